package claims

import (
	"math"

	"github.com/finfig/finfig/series"
)

// Verdict is finfig's judgement of a claim.
type Verdict string

// The verdicts. A claim is accurate when its rounding interval meets the
// reference's; approximately when it lies outside rounding but within its
// hedge word's tolerance; inaccurate otherwise. Disputed means the sources
// disagree and none decides; unverifiable, that no independent reference
// exists.
const (
	Accurate      Verdict = "accurate"
	Approximately Verdict = "approximately"
	Inaccurate    Verdict = "inaccurate"
	Disputed      Verdict = "disputed"
	Unverifiable  Verdict = "unverifiable"
)

// Verdicts lists the verdicts in the order reports count them.
var Verdicts = []Verdict{Accurate, Approximately, Inaccurate, Disputed, Unverifiable}

// The flags a result may carry beside its verdict; a conflict is written
// FlagConflicts + the other claim's id.
const (
	FlagUnderstated      = "understated"
	FlagOverstated       = "overstated"
	FlagMisdated         = "misdated"
	FlagWindowFavourable = "window-favourable"
	FlagConflicts        = "conflicts:"
	// FlagAlleged marks a verdict whose only reference is a party's
	// allegation (source kind A): checked as alleged, not as fact.
	FlagAlleged = "alleged"
)

// judgement is the outcome of comparing a claimed interval with a
// reference interval under a hedge rule.
type judgement struct {
	verdict   Verdict
	flag      string  // FlagUnderstated, FlagOverstated or ""
	deviation float64 // how far outside the allowed region, relative to the reference point; 0 inside
}

// judge compares what a claim states, the interval c, with the reference
// interval r (point ref), as the hedge rule reads the claim. Intervals are
// compared, so rounding on either side never makes a false alarm.
func judge(c, r series.Interval, ref float64, rule HedgeRule) judgement {
	scale := math.Abs(ref)
	if scale == 0 {
		scale = 1
	}
	rel := func(d float64) float64 { return d / scale }
	switch rule.Bound {
	case Above: // the truth is at least c, or above it when strict
		if rule.Strict && r.Hi >= c.Lo && ref <= (c.Lo+c.Hi)/2 {
			// "more than 150" against a reference of exactly 150: within
			// rounding, but the reference does not say more.
			return judgement{verdict: Approximately, flag: FlagOverstated}
		}
		if r.Hi >= c.Lo {
			j := judgement{verdict: Accurate}
			if r.Lo > c.Hi*(1+rule.Loose) {
				j.flag = FlagUnderstated
			}
			return j
		}
		return outside(rel(c.Lo-r.Hi), rule.Tolerance, FlagOverstated)
	case Below: // the truth is at most c
		if r.Lo <= c.Hi {
			j := judgement{verdict: Accurate}
			if r.Hi < c.Lo*(1-rule.Loose) {
				j.flag = FlagOverstated
			}
			return j
		}
		return outside(rel(r.Lo-c.Hi), rule.Tolerance, FlagUnderstated)
	case NearBelow: // the truth is a little under c
		allowed := series.Interval{Lo: c.Lo * (1 - rule.Tolerance), Hi: c.Hi}
		if r.Overlaps(allowed) {
			return judgement{verdict: Accurate}
		}
		if r.Lo > allowed.Hi {
			return judgement{verdict: Inaccurate, flag: FlagUnderstated, deviation: rel(r.Lo - allowed.Hi)}
		}
		return judgement{verdict: Inaccurate, flag: FlagOverstated, deviation: rel(allowed.Lo - r.Hi)}
	}
	if r.Overlaps(c) {
		return judgement{verdict: Accurate}
	}
	if c.Lo > r.Hi {
		return outside(rel(c.Lo-r.Hi), rule.Tolerance, FlagOverstated)
	}
	return outside(rel(r.Lo-c.Hi), rule.Tolerance, FlagUnderstated)
}

func outside(dev, tol float64, flag string) judgement {
	if dev <= tol {
		return judgement{verdict: Approximately, flag: flag, deviation: dev}
	}
	return judgement{verdict: Inaccurate, flag: flag, deviation: dev}
}

// feasible returns the set of true values a claim allows, as an interval
// (infinite on the open side of a bound); two claims about the same fact
// conflict when their feasible sets do not meet.
func feasible(c series.Interval, rule HedgeRule) series.Interval {
	switch rule.Bound {
	case Above:
		return series.Interval{Lo: c.Lo, Hi: math.Inf(1)}
	case Below:
		return series.Interval{Lo: math.Inf(-1), Hi: c.Hi}
	case NearBelow:
		return series.Interval{Lo: c.Lo * (1 - rule.Tolerance), Hi: c.Hi}
	}
	w := math.Max(math.Abs(c.Lo), math.Abs(c.Hi)) * rule.Tolerance
	return series.Interval{Lo: c.Lo - w, Hi: c.Hi + w}
}
