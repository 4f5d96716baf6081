package claims

// Difference claims: the difference between two events' figures.

import (
	"cmp"
	"fmt"

	"github.com/finfig/finfig/finance"
)

// checkDifference checks a claimed difference between the figures of the
// events a (the subject) and b (the claim's other), a − b, with the
// interval their rounding allows.
func (ck *Checker) checkDifference(c Claim, a Event) (Result, error) {
	b, errOther := ck.event(c.Other)
	cl, errFigure := parseFigure(c.Claimed)
	if err := cmp.Or(errOther, errFigure); err != nil {
		return Result{}, err
	}
	r := Result{Claimed: num(cl.point)}
	if !a.HasValue || !b.HasValue || !a.Independent() || !b.Independent() {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("No independent source gives both %s and %s.", a.Name, b.Name)
		return r, nil
	}
	if a.Unit != b.Unit {
		return Result{}, fmt.Errorf("events %s (%s) and %s (%s) have different units", a.ID, a.Unit, b.ID, b.Unit)
	}
	d := a.Value.Estimate().Sub(b.Value.Estimate())
	diff, point := d.Interval(), d.Point
	r.Reference = num(point)
	j := judge(cl.iv, diff, point, ruleFor(c))
	r.Verdict = j.verdict
	if j.flag != "" {
		r.Flags = append(r.Flags, j.flag)
	}
	r.Citations = []string{cite(a.Source), cite(b.Source)}
	r.Explanation = fmt.Sprintf("%s − %s = %s (%s to %s with their rounding) against the claimed %s: %s.",
		finance.FormatValueIn(a.Value, a.Unit), finance.FormatValueIn(b.Value, b.Unit), finance.FormatFloatIn(point, a.Unit),
		finance.FormatFloatIn(diff.Lo, a.Unit), finance.FormatFloatIn(diff.Hi, a.Unit), c.Claimed, describe(j, ruleFor(c)))
	return r, nil
}
