package claims

import (
	"fmt"
	"math"
	"strings"

	"github.com/finfig/finfig/series"
)

// claimed is a figure as a claim states it: its point, its rounding
// interval and its unit ("" for a bare count).
type claimed struct {
	point float64
	iv    series.Interval
	unit  string
	vague bool // a magnitude such as "hundreds of millions": no point
}

// vagueMagnitudes reads the plural magnitudes articles use for figures
// they do not state: "millions" is at least two million and under a
// thousand million (where "billions" takes over); "tens of millions" is
// 10^7 to 10^8; "hundreds of millions" 10^8 to 10^9.
var vagueMagnitudes = map[string]float64{"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}

// smallNumbers reads counts written as words.
var smallNumbers = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a dozen": 12}

// parseVague reads "millions", "hundreds of millions of dollars",
// "billions" and small numbers written as words; ok is false for any
// other text.
func parseVague(s string) (claimed, bool) {
	t := strings.ToLower(strings.TrimSpace(s))
	unit := ""
	for suffix, u := range map[string]string{" of dollars": "USD", " of euros": "EUR"} {
		if rest, ok := strings.CutSuffix(t, suffix); ok {
			t, unit = rest, u
		}
	}
	if v, ok := smallNumbers[t]; ok {
		return claimed{point: v, iv: series.Interval{Lo: v, Hi: v}, unit: unit}, true
	}
	lo, hi := 2.0, 1000.0 // "millions": 2 million to a thousand million
	for prefix, f := range map[string]float64{"tens of ": 10, "hundreds of ": 100} {
		if rest, ok := strings.CutPrefix(t, prefix); ok {
			t, lo, hi = rest, f, 10*f
		}
	}
	m, ok := vagueMagnitudes[t]
	if !ok {
		return claimed{}, false
	}
	// The point is the geometric middle of the range, for the record only:
	// vague figures are judged by their range.
	return claimed{point: m * math.Sqrt(lo*hi), iv: series.Interval{Lo: m * lo, Hi: m * hi}, unit: unit, vague: true}, true
}

// durationUnits gives each unit of a duration in years.
var durationUnits = map[string]float64{"year": 1, "years": 1, "month": 1.0 / 12, "months": 1.0 / 12,
	"week": 7 / 365.2425, "weeks": 7 / 365.2425, "day": 1 / 365.2425, "days": 1 / 365.2425}

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

// cadences gives each frequency phrase in occurrences a year. "bi-weekly"
// is read as every two weeks, the sense US business writing gives it; it
// can also mean twice a week, which a note on the claim should say.
var cadences = map[string]float64{
	"daily": 365.2425, "every day": 365.2425,
	"weekly": 365.2425 / 7, "every week": 365.2425 / 7, "once a week": 365.2425 / 7,
	"twice a week": 2 * 365.2425 / 7, "twice weekly": 2 * 365.2425 / 7,
	"every two weeks": 365.2425 / 14, "bi-weekly": 365.2425 / 14, "biweekly": 365.2425 / 14,
	"fortnightly": 365.2425 / 14, "every fortnight": 365.2425 / 14,
	"twice a month": 24, "monthly": 12, "every month": 12, "quarterly": 4, "every quarter": 4,
	"twice a year": 2, "annually": 1, "yearly": 1, "every year": 1,
}

func parseCadence(s string) (float64, error) {
	if v, ok := cadences[strings.ToLower(strings.TrimSpace(s))]; ok {
		return v, nil
	}
	return 0, fmt.Errorf("cannot read %q as a frequency (expected a phrase such as \"every two weeks\", \"twice a week\", \"daily\", \"monthly\")", s)
}
