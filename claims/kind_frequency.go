package claims

// Frequency claims: how often something recurs ("every two weeks"),
// in occurrences a year.

import (
	"fmt"
	"math"
	"strings"

	"github.com/finfig/finfig/series"
)

// cadenceTolerance allows for calendars: every two weeks is 26.09 a year,
// which a source may state as 26.
const cadenceTolerance = 0.02

func checkFrequency(c Claim, e Event) (Result, error) {
	per, err := parseCadence(c.Claimed)
	if err != nil {
		return Result{}, err
	}
	r := Result{Claimed: num(per)}
	if e.PerYear == 0 || !e.Independent() {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("No independent source states how often %s.", e.Name)
		return r, nil
	}
	r.Reference = num(e.PerYear)
	r.Citations = []string{cite(e.Source)}
	dev := per/e.PerYear - 1
	switch {
	case math.Abs(dev) <= cadenceTolerance:
		r.Verdict = Accurate
		r.Explanation = fmt.Sprintf("%q is %.1f a year; %s states %s (%.0f a year).", c.Claimed, per, e.Source.Document, quoteOr(e), e.PerYear)
	default:
		r.Verdict = Inaccurate
		r.Flags = []string{map[bool]string{true: FlagOverstated, false: FlagUnderstated}[dev > 0]}
		r.Explanation = fmt.Sprintf("%q is %.1f a year, %.1f× the %.0f a year that %s states (%s).", c.Claimed, per, per/e.PerYear, e.PerYear, e.Source.Document, quoteOr(e))
	}
	return r, nil
}

func quoteOr(e Event) string {
	if e.Source.Quote != "" {
		return fmt.Sprintf("%q", e.Source.Quote)
	}
	return e.Name
}

// cadences gives each frequency phrase in occurrences a year. "bi-weekly"
// is read as every two weeks, the sense US business writing gives it; it
// can also mean twice a week, which a note on the claim should say.
var cadences = map[string]float64{
	"daily": series.MeanYearDays, "every day": series.MeanYearDays,
	"weekly": series.MeanYearDays / 7, "every week": series.MeanYearDays / 7, "once a week": series.MeanYearDays / 7,
	"twice a week": 2 * series.MeanYearDays / 7, "twice weekly": 2 * series.MeanYearDays / 7,
	"every two weeks": series.MeanYearDays / 14, "bi-weekly": series.MeanYearDays / 14, "biweekly": series.MeanYearDays / 14,
	"fortnightly": series.MeanYearDays / 14, "every fortnight": series.MeanYearDays / 14,
	"twice a month": 24, "monthly": 12, "every month": 12, "quarterly": 4, "every quarter": 4,
	"twice a year": 2, "annually": 1, "yearly": 1, "every year": 1,
}

func parseCadence(s string) (float64, error) {
	if v, ok := cadences[strings.ToLower(strings.TrimSpace(s))]; ok {
		return v, nil
	}
	return 0, fmt.Errorf("cannot read %q as a frequency (expected a phrase such as \"every two weeks\", \"twice a week\", \"daily\", \"monthly\")", s)
}
