package claims

// Conversion claims: "€265 million ($284 million)", checked at the
// reference rate of the event's day.

import (
	"fmt"
	"math"

	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/series"
)

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
	if !c.Published.IsZero() && c.Published.Frequency() == series.Daily && end.Before(c.Published) {
		end = c.Published
	}
	first, last := ck.Rates.Days()
	if last.Before(end) {
		end = last
	}
	days, err := ck.Rates.DatesWithRate(amt.Unit, conv.Unit, implied.Interval(), day, end)
	if err != nil {
		return Result{}, err
	}
	pub := ""
	if p := c.Published; !p.IsZero() && p.Frequency() == series.Daily && !p.Before(first) && !last.Before(p) {
		pq, err := ck.Rates.Rate(p, amt.Unit, conv.Unit)
		if err != nil {
			return Result{}, err
		}
		fits := "does not reproduce it"
		if lo, hi := implied.Lo, implied.Hi; pq.Rate >= lo && pq.Rate <= hi {
			fits = "reproduces it"
		}
		better := "the event day's"
		if math.Abs(pq.Rate-implied.Point) < math.Abs(q.Rate-implied.Point) {
			better = "the publication day's"
		}
		pub = fmt.Sprintf("; the rate of %s, the day the article was published, is %.4f (%+.2f%% from the event day's) and %s: of the two days, it fits %s better",
			pq.Date, pq.Rate, 100*(pq.Rate/q.Rate-1), fits, better)
	}
	if len(days) == 0 {
		r.Verdict = Inaccurate
		r.Explanation = head + pub + fmt.Sprintf("; the reference rate of no day from %s to %s reproduces it.", day, end)
		return r, nil
	}
	best := days[0]
	for _, d := range days[1:] {
		if math.Abs(d.Rate-implied.Point) < math.Abs(best.Rate-implied.Point) {
			best = d
		}
	}
	r.Verdict = Approximately
	r.Flags = append(r.Flags, FlagMisdated)
	r.Explanation = head + pub + fmt.Sprintf("; the reference rates of %d days from %s to %s reproduce it (first %s, last %s), and of all days it fits best the rate of %s (%.4f, %+.2f%% from the event day's): the conversion used another day's rate.",
		len(days), day, end, days[0].Date, days[len(days)-1].Date, best.Date, best.Rate, 100*(best.Rate/q.Rate-1))
	return r, nil
}
