package claims

// Date claims: the date an article gives an event, or the start or end of
// a span, bounded by its word of time (TimeWords); a relative date ("shortly
// after Hastings' appointment") is checked against the other event's date.

import (
	"fmt"
	"strings"

	"github.com/finfig/finfig/series"
)

// checkDate checks the date an article gives an event against every
// source of it (the event and its corroborating rows, Events.Sources): the
// event's date (or, for a span, its start or end) must meet the claimed
// period as the claim's word of time bounds that edge. A claim with an
// other event is relative: its period is the other event's date as the
// sources give it. Sources that disagree make the claim disputed.
func (ck *Checker) checkDate(c Claim, e Event) (Result, error) {
	p, err := series.ParsePeriod(c.Claimed)
	if err != nil {
		return Result{}, err
	}
	bound := dateBound(c.Hedge, c.Edge)
	if bound == Unstated {
		return Result{}, fmt.Errorf("hedge %q says nothing about the %s of an event (see claims.TimeWords)", c.Hedge, edgeName(c.Edge))
	}
	r := Result{}
	anchor := ""
	if c.Other != "" {
		o, err := ck.event(c.Other)
		if err != nil {
			return Result{}, err
		}
		if o.Date.IsZero() || !o.Independent() {
			r.Verdict = Unverifiable
			r.Explanation = fmt.Sprintf("No independent source dates %s, which the claim's date is relative to.", o.Name)
			return r, nil
		}
		p = o.Date
		anchor = fmt.Sprintf(" (%s, %s by %s)", o.Name, o.Date, o.Source.Document)
		r.Citations = append(r.Citations, citeEvent(o))
	}
	var dated []Event
	for _, s := range ck.Events.Sources(e.ID) {
		if !edgeDate(s, c.Edge).IsZero() {
			dated = append(dated, s)
		}
	}
	if len(dated) == 0 {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("No source dates this (%s).", e.Name)
		return r, nil
	}
	var indep []Event
	for _, s := range dated {
		if s.Independent() {
			indep = append(indep, s)
		}
	}
	if len(indep) == 0 {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("Only the articles date this (%s: %s); no independent source does.", e.Name, edgeDate(dated[0], c.Edge))
		return r, nil
	}
	claim := hedged(c, c.Claimed)
	if anchor != "" {
		claim = c.Hedge + " " + c.Claimed + anchor
	}
	var agree, differ []string
	for _, s := range indep {
		d := edgeDate(s, c.Edge)
		r.Citations = append(r.Citations, citeEvent(s))
		part := fmt.Sprintf("%s by %s", d, s.Source.Document)
		if satisfies(d, p, bound) {
			agree = append(agree, part)
		} else {
			differ = append(differ, part)
		}
	}
	what := e.Name
	if c.Edge != "" {
		what = edgeName(c.Edge) + " of " + e.Name
	}
	switch {
	case len(differ) == 0:
		r.Verdict = Accurate
		r.Explanation = fmt.Sprintf("%s: dated %s, consistent with %q (%s %s).", what, strings.Join(agree, "; "), claim, bound, p)
	case len(agree) == 0:
		r.Verdict = Inaccurate
		r.Flags = []string{FlagMisdated}
		r.Explanation = fmt.Sprintf("%s: dated %s, not %q (%s %s).", what, strings.Join(differ, "; "), claim, bound, p)
	default:
		r.Verdict = Disputed
		r.Explanation = fmt.Sprintf("The sources disagree on the %s: %s fit %q (%s %s), %s do not.", what, strings.Join(agree, "; "), claim, bound, p, strings.Join(differ, "; "))
	}
	allegation(&r, indep...)
	return r, nil
}

// edgeDate is the date of an event's edge: its end for "end", else its
// start (or only) date.
func edgeDate(e Event, edge string) series.Period {
	if edge == "end" {
		return e.EndDate
	}
	return e.Date
}

func edgeName(edge string) string {
	if edge == "" {
		return "date"
	}
	return edge
}
