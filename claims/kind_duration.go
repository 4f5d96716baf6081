package claims

// Duration claims: how long something lasted ("nearly a decade"), against
// the span of an event.

import (
	"fmt"
	"math"
	"strings"

	"github.com/finfig/finfig/series"
)

// checkDuration checks how long an article says something lasted against
// the span of the event: from its date to its end date, which at their
// precision allow a shortest and a longest span. A claim with an other
// event is a lag ("within a month of Hastings joining"): the span runs
// from the other event's date to the subject's, and a lag outside the
// claim is misdated.
func (ck *Checker) checkDuration(c Claim, e Event) (Result, error) {
	cl, err := parseDuration(c.Claimed)
	if err != nil {
		return Result{}, err
	}
	r := Result{Claimed: num(cl.point)}
	from, to, name := e.Date, e.EndDate, e.Name
	used := []Event{e}
	if c.Other != "" {
		o, err := ck.event(c.Other)
		if err != nil {
			return Result{}, err
		}
		from, to, name = o.Date, e.Date, fmt.Sprintf("the time from %s to %s", o.Name, e.Name)
		used = []Event{o, e}
	}
	for _, u := range used {
		if !u.Independent() {
			from = series.Period{}
		}
	}
	if from.IsZero() || to.IsZero() {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("No independent source gives when this began and ended (%s).", name)
		return r, nil
	}
	longest := to.End().Sub(from.Start()).Hours() / 24 / series.MeanYearDays
	shortest := math.Max(0, to.Start().Sub(from.End()).Hours()/24/series.MeanYearDays)
	span := series.Interval{Lo: shortest, Hi: longest}
	mid := (shortest + longest) / 2
	r.Reference = num(mid)
	for _, u := range used {
		r.Citations = append(r.Citations, citeEvent(u))
	}
	rule := ruleFor(c)
	j := judge(cl.iv, span, mid, rule)
	r.Verdict = j.verdict
	switch {
	case c.Other != "" && j.verdict == Inaccurate:
		r.Flags = append(r.Flags, FlagMisdated) // a lag that is wrong dates the later event wrongly
	case j.flag != "":
		r.Flags = append(r.Flags, j.flag)
	}
	r.Explanation = fmt.Sprintf("%s ran from %s to %s, %.1f to %.1f years, against %q: %s.", capitalise(name), from, to, shortest, longest, hedged(c, c.Claimed), describe(j, rule))
	allegation(&r, used...)
	return r, nil
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// durationUnits gives each unit of a duration in years.
var durationUnits = map[string]float64{"year": 1, "years": 1, "month": 1.0 / 12, "months": 1.0 / 12,
	"week": 7 / series.MeanYearDays, "weeks": 7 / series.MeanYearDays, "day": 1 / series.MeanYearDays, "days": 1 / series.MeanYearDays}

// parseDuration reads "10 years", "1 month", "a decade": the interval is
// the rounding of the number as written (10 years is 9.5 to 10.5).
func parseDuration(s string) (claimed, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "a decade" || t == "decade" {
		t = "10 years"
	}
	num, unit, ok := strings.Cut(t, " ")
	per, known := durationUnits[unit]
	if !ok || !known {
		return claimed{}, fmt.Errorf("cannot read %q as a duration (expected a number and years, months, weeks or days, such as \"10 years\")", s)
	}
	v, err := series.ParseValue(num)
	if err != nil {
		if n, ok := smallNumbers[num]; ok {
			v = series.NewValue(series.NewDecimal(int64(n), 0), 0)
		} else {
			return claimed{}, fmt.Errorf("cannot read %q as a duration: %v", s, err)
		}
	}
	iv := v.Interval()
	if math.IsInf(iv.Lo, 0) || math.IsInf(iv.Hi, 0) {
		return claimed{}, fmt.Errorf("cannot read %q as a duration: beyond the range of a float64", s)
	}
	return claimed{point: v.Float64() * per, iv: series.Interval{Lo: iv.Lo * per, Hi: iv.Hi * per}, unit: "years"}, nil
}
