package claims

// Change claims: "from $4.28 billion in 2012 to $69.66 billion in 2019",
// checked on both figures, the multiple and the CAGR, and ranked among all
// windows of the series.

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/series"
)

// checkChange checks "from X in Y1 to Z in Y2": both figures, the
// multiple and CAGR they imply against the filings', and where the window
// ranks among the windows of the series.
func (ck *Checker) checkChange(c Claim, vintages []*series.Series) (Result, error) {
	a, err := parseFigure(c.Claimed)
	if err != nil {
		return Result{}, err
	}
	b, err := parseFigure(c.ClaimedEnd)
	if err != nil {
		return Result{}, err
	}
	if !(a.point > 0 && a.iv.Lo > 0) {
		return Result{}, fmt.Errorf("claimed %q: a change from a figure that is not positive has no multiple or CAGR (expected a positive start figure)", c.Claimed)
	}
	if !(b.point >= 0) {
		return Result{}, fmt.Errorf("claimed_end %q: expected a figure that is not negative", c.ClaimedEnd)
	}
	for _, f := range []claimed{a, b} {
		if err := checkUnit(f.unit, vintages[0].Unit(), c.Subject); err != nil {
			return Result{}, err
		}
	}
	for _, p := range []series.Period{c.From, c.To} {
		if !anyHas(vintages, p) {
			return Result{}, fmt.Errorf("unknown period %s for series %s (%s)", p, c.Subject, spanOf(vintages[0]))
		}
	}
	years := series.YearsBetween(c.From, c.To)
	mult := b.estimate().Quo(a.estimate())
	cagr := func(m float64) float64 { return math.Pow(m, 1/years) - 1 }
	claimedCAGR := cagr(mult.Point)
	r := Result{Claimed: num(mult.Point), Computed: num(claimedCAGR)}
	// The reference is the primary series, or else the first independent
	// report that gives both periods.
	var s *series.Series
	for _, v := range vintages {
		pa, oka := v.At(c.From)
		pb, okb := v.At(c.To)
		if oka && okb && !pa.Missing && !pb.Missing &&
			(report{source: pa.Source}).independent(c.Source) && (report{source: pb.Source}).independent(c.Source) {
			s = v
			break
		}
		if v.Vintage() == "" {
			break
		}
	}
	if s == nil {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("%s to %s is %.2f× in %s years (CAGR %.1f%%), but no independent source gives %s for both %s and %s.",
			c.Claimed, c.ClaimedEnd, mult.Point, trimFloat(years), 100*claimedCAGR, vintages[0].Name(), c.From, c.To)
		return r, nil
	}
	ref, err := series.GrowthBetween(s, c.From, c.To)
	if err != nil {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("The sources give no growth for %s: %v.", s.Name(), err)
		return r, nil
	}
	r.Reference = num(ref.Multiple.Point)
	rule := ruleFor(c)
	ja := judge(a.iv, ref.Start.Interval(), ref.Start.Float64(), rule)
	jb := judge(b.iv, ref.End.Interval(), ref.End.Float64(), rule)
	jm := judge(mult.Interval(), ref.Multiple.Interval(), ref.Multiple.Point, rule)
	worst := jm
	for _, j := range []judgement{ja, jb} {
		if j.deviation > worst.deviation {
			worst = j
		}
	}
	r.Verdict = worst.verdict
	if worst.flag != "" {
		r.Flags = append(r.Flags, worst.flag)
	}
	// Favourable: in the top quarter of four or more comparable windows.
	rank, n, minYears, _ := series.WindowRank(s, c.From, c.To)
	favourable := n >= 4 && rank <= (n+3)/4
	if favourable {
		r.Flags = append(r.Flags, FlagWindowFavourable)
	}
	for _, p := range []series.Period{c.From, c.To} {
		pt, _ := s.At(p)
		if ct := cite(pt.Source); ct != "" && !slices.Contains(r.Citations, ct) {
			r.Citations = append(r.Citations, ct)
		}
	}
	r.Explanation = fmt.Sprintf("%s to %s is %.2f× in %s years (CAGR %.2f%%); the filings' %s to %s give %.2f× [%.3f, %.3f] (CAGR %.2f%% [%.2f%%, %.2f%%]): %s; the window ranks %d of %d windows of at least %s years by CAGR%s.",
		c.Claimed, c.ClaimedEnd, mult.Point, trimFloat(years), 100*claimedCAGR,
		finance.FormatValueIn(ref.Start, s.Unit()), finance.FormatValueIn(ref.End, s.Unit()),
		ref.Multiple.Point, ref.Multiple.Lo, ref.Multiple.Hi, 100*ref.CAGR.Point, 100*ref.CAGR.Lo, 100*ref.CAGR.Hi,
		describe(worst, rule), rank, n, trimFloat(minYears), map[bool]string{true: ", in the top quarter", false: ""}[favourable])
	return r, nil
}

func trimFloat(x float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", x), "0"), ".")
}

// spanOf says which periods a series has values for, for messages.
func spanOf(s *series.Series) string {
	first, last, ok := s.Span()
	if !ok {
		return "it has no values"
	}
	return fmt.Sprintf("it has %s to %s", first, last)
}

// anyHas reports whether any vintage has a point, or an explicit gap, at p.
func anyHas(vintages []*series.Series, p series.Period) bool {
	for _, v := range vintages {
		if _, ok := v.At(p); ok {
			return true
		}
	}
	return false
}
