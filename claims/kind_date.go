package claims

// Date claims: the date an article gives an event, or the start or end of
// a span.

import (
	"fmt"

	"github.com/finfig/finfig/series"
)

// checkDate checks the date an article gives an event: the event's date
// (or, for a span, its start or end) must fall in the claimed period, or
// before it for "by", after it for "after".
func checkDate(c Claim, e Event) (Result, error) {
	p, err := series.ParsePeriod(c.Claimed)
	if err != nil {
		return Result{}, err
	}
	d := e.Date
	if c.Edge == "end" {
		d = e.EndDate
	}
	r := Result{}
	if d.IsZero() {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("No source dates this (%s).", e.Name)
		return r, nil
	}
	if !e.Independent() {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("Only the articles date this (%s: %s); no independent source does.", e.Name, d)
		return r, nil
	}
	var ok bool
	rule := ruleFor(c)
	switch rule.Bound {
	case Below:
		ok = d.Start().Before(p.End())
	case Above:
		ok = !d.End().Before(p.Start())
	default:
		ok = d.Overlaps(p)
	}
	r.Citations = []string{cite(e.Source)}
	if ok {
		r.Verdict = Accurate
		r.Explanation = fmt.Sprintf("%s: dated %s by %s, consistent with %q.", e.Name, d, e.Source.Document, hedged(c, c.Claimed))
	} else {
		r.Verdict = Inaccurate
		r.Flags = []string{FlagMisdated}
		r.Explanation = fmt.Sprintf("%s: dated %s by %s, not %q.", e.Name, d, e.Source.Document, hedged(c, c.Claimed))
	}
	return r, nil
}
