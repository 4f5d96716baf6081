package claims

// This file holds the claims package's uses of finance: reading amounts
// as articles write them, formatting them, and converting currencies.

import (
	"fmt"
	"math"

	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/series"
)

// parseFigure reads a claimed figure: an amount as finance.ParseAmount
// reads it ("$4.28 billion", "725 million USD", "half a billion"), or a
// vague magnitude ("hundreds of millions of dollars") or a number in words.
func parseFigure(s string) (claimed, error) {
	a, err := finance.ParseAmount(s)
	if err == nil {
		iv := a.Value.Interval()
		if math.IsInf(iv.Lo, 0) || math.IsInf(iv.Hi, 0) {
			return claimed{}, fmt.Errorf("figure %q is beyond the range of a float64", s)
		}
		return claimed{point: a.Value.Float64(), iv: iv, unit: a.Unit.String()}, nil
	}
	if c, ok := parseVague(s); ok {
		return c, nil
	}
	return claimed{}, err
}

// formatAmount writes a figure in unit as a person writes it, with the
// digits its size needs.
func formatAmount(v float64, unit string) string {
	u, err := finance.ParseUnit(unit)
	if err != nil {
		return fmt.Sprintf("%g %s", v, unit)
	}
	return finance.FormatFloat(v, u, -1)
}

// rateWindow is how far after an event checkConversion looks for the days
// whose reference rate reproduces a stated conversion: articles convert at
// the rate of the day they are written, often years later.
const rateWindowYears = 3

// checkConversion checks "€265 million ($284 million)" at the ECB
// reference rate of the event's date. A figure that the rate of another
// day reproduces is approximately right and misdated; one that no day's
// rate reproduces is inaccurate.
func (ck *Checker) checkConversion(c Claim, e Event) (Result, error) {
	amt, err := finance.ParseAmount(c.Amount)
	if err != nil {
		return Result{}, err
	}
	conv, err := finance.ParseAmount(c.Claimed)
	if err != nil {
		return Result{}, err
	}
	if !amt.Unit.IsCurrency() || !conv.Unit.IsCurrency() {
		return Result{}, fmt.Errorf("a conversion needs two currencies, got %q and %q", c.Amount, c.Claimed)
	}
	if e.Date.IsZero() {
		return Result{Claimed: num(conv.Value.Float64()), Verdict: Unverifiable,
			Explanation: fmt.Sprintf("No source dates %s, so no day's rate applies.", e.Name)}, nil
	}
	if ck.Rates == nil {
		return Result{Claimed: num(conv.Value.Float64()), Verdict: Unverifiable,
			Explanation: "No exchange-rate table was given to check the conversion against."}, nil
	}
	day := e.Date
	if day.Frequency() != series.Daily {
		day = series.DayOf(e.Date.End().AddDate(0, 0, -1)) // the last day of the period
	}
	est, q, err := ck.Rates.Convert(amt.Value, amt.Unit, conv.Unit, day)
	if err != nil {
		return Result{}, err
	}
	implied, err := finance.ImpliedRate(amt.Value, conv.Value)
	if err != nil {
		return Result{}, err
	}
	r := Result{Claimed: num(conv.Value.Float64()), Computed: num(implied.Point), Reference: num(est.Point),
		Citations: []string{cite(e.Source), cite(q.Source)}}
	j := judge(conv.Value.Interval(), est.Interval(), est.Point, ruleFor(c))
	r.Verdict = j.verdict
	if j.flag != "" {
		r.Flags = append(r.Flags, j.flag)
	}
	head := fmt.Sprintf("%s at the ECB reference rate of %s (%s %.4f) is %s; %q implies %.4f [%.4f, %.4f]",
		c.Amount, q.Date, q.To, q.Rate, finance.FormatFloat(est.Point, conv.Unit, 2), c.Claimed, implied.Point, implied.Lo, implied.Hi)
	if j.verdict == Accurate {
		r.Explanation = head + ": consistent within rounding."
		return r, nil
	}
	end := series.DayOf(day.Start().AddDate(rateWindowYears, 0, 0))
	_, last := ck.Rates.Days()
	if last.Before(end) {
		end = last
	}
	days, err := ck.Rates.DatesWithRate(amt.Unit, conv.Unit, implied.Interval(), day, end)
	if err != nil {
		return Result{}, err
	}
	if len(days) == 0 {
		r.Verdict = Inaccurate
		r.Explanation = head + fmt.Sprintf(", the reference rate of no day from %s to %s.", day, end)
		return r, nil
	}
	r.Verdict = Approximately
	r.Flags = append(r.Flags, FlagMisdated)
	r.Explanation = head + fmt.Sprintf(", the reference rate of %d days from %s to %s (first %s, last %s), not of the day of the event: the conversion used another day's rate.",
		len(days), day, end, days[0].Date, days[len(days)-1].Date)
	return r, nil
}

// formatValue writes a reported value with the digits its precision shows:
// "2.50 billion users", "$4.279 billion".
func formatValue(v series.Value, unit string) string {
	u, err := finance.ParseUnit(unit)
	if err != nil {
		return v.String() + " " + unit
	}
	return finance.FormatAmount(v, u)
}
