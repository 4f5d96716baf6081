package claims

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/finfig/finfig/series"
)

// fact names what a claim is about, so that claims of different articles
// about the same fact can be compared: the kind, the subject, and the
// period or edge.
func fact(c Claim) string {
	switch c.Kind {
	case KindValue:
		return "value|" + c.Subject + "|" + c.Period.String()
	case KindChange:
		return "change|" + c.Subject + "|" + c.From.String() + "|" + c.To.String()
	case KindDate:
		return "date|" + c.Subject + "|" + c.Edge
	case KindDifference:
		return "difference|" + c.Subject + "|" + c.Other
	}
	return string(c.Kind) + "|" + c.Subject
}

// crossCheck compares the claims of different articles about the same fact
// and flags each pair that cannot both be true with conflicts:<other id>
// on both. A claim no reference decides (unverifiable) that conflicts with
// another becomes disputed.
func crossCheck(ledger []Claim, results []Result) {
	groups := map[string][]int{}
	for i, c := range ledger {
		groups[fact(c)] = append(groups[fact(c)], i)
	}
	for _, idx := range groups {
		for x, i := range idx {
			for _, j := range idx[x+1:] {
				a, b := ledger[i], ledger[j]
				if a.Source == b.Source {
					continue
				}
				why, conflict := conflicts(a, b)
				if !conflict {
					continue
				}
				mark(&results[i], b, why)
				mark(&results[j], a, why)
			}
		}
	}
}

func mark(r *Result, other Claim, why string) {
	flag := FlagConflicts + other.ID
	if slices.Contains(r.Flags, flag) {
		return
	}
	r.Flags = append(r.Flags, flag)
	if r.Verdict == Unverifiable {
		r.Verdict = Disputed
	}
	r.Explanation = strings.TrimSuffix(r.Explanation, ".") + fmt.Sprintf("; %s (%s) says otherwise: %s.", other.Source, other.ID, why)
}

// conflicts reports whether two claims about the same fact cannot both be
// true, and why.
func conflicts(a, b Claim) (string, bool) {
	switch a.Kind {
	case KindValue, KindDifference, KindConversion:
		fa, ea := parseFigure(a.Claimed)
		fb, eb := parseFigure(b.Claimed)
		if ea != nil || eb != nil {
			return "", false
		}
		if fa.unit != "" && fb.unit != "" && fa.unit != fb.unit {
			return "", false // the same amount stated in two currencies: a conversion, checked as such
		}
		sa, sb := feasible(fa.iv, ruleFor(a)), feasible(fb.iv, ruleFor(b))
		if !sa.Overlaps(sb) {
			return fmt.Sprintf("%q and %q cannot both hold", hedged(a, a.Claimed), hedged(b, b.Claimed)), true
		}
	case KindDate:
		pa, ea := series.ParsePeriod(a.Claimed)
		pb, eb := series.ParsePeriod(b.Claimed)
		if ea != nil || eb != nil {
			return "", false
		}
		if a.Other != "" || b.Other != "" {
			return "", false // a date relative to another event: its period is that event's
		}
		if !datesCompatible(pa, dateBound(a.Hedge, a.Edge), pb, dateBound(b.Hedge, b.Edge)) {
			return fmt.Sprintf("%s and %s", hedged(a, a.Claimed), hedged(b, b.Claimed)), true
		}
	case KindFrequency:
		fa, ea := parseCadence(a.Claimed)
		fb, eb := parseCadence(b.Claimed)
		if ea == nil && eb == nil && math.Abs(fa/fb-1) > cadenceTolerance {
			return fmt.Sprintf("%q is %.0f a year, %q %.0f", a.Claimed, fa, b.Claimed, fb), true
		}
	case KindDuration:
		da, ea := parseDuration(a.Claimed)
		db, eb := parseDuration(b.Claimed)
		if ea == nil && eb == nil && !feasible(da.iv, ruleFor(a)).Overlaps(feasible(db.iv, ruleFor(b))) {
			return fmt.Sprintf("%q and %q", hedged(a, a.Claimed), hedged(b, b.Claimed)), true
		}
	}
	return "", false
}

// datesCompatible reports whether some date satisfies both date claims.
func datesCompatible(p series.Period, bp DateBound, q series.Period, bq DateBound) bool {
	lo1, hi1 := dateRange(p, bp)
	lo2, hi2 := dateRange(q, bq)
	return lo1.Before(hi2) && lo2.Before(hi1)
}

// dateRange is the span of instants a date claim allows: the period, or
// everything before its end ("by", "since"), before its start ("before"),
// or everything from its start ("after", "until now").
func dateRange(p series.Period, b DateBound) (lo, hi time.Time) {
	lo, hi = p.Start(), p.End()
	switch b {
	case NotAfter:
		lo = time.Time{}
	case Before:
		lo, hi = time.Time{}, p.Start()
	case NotBefore, Ongoing:
		hi = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	return lo, hi
}
