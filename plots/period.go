package plots

import (
	"math"
	"time"

	"github.com/finfig/finfig/series"
	"gonum.org/v1/plot"
)

// PeriodX returns the X coordinate of period p: its mid-point as a
// fractional calendar year. Annual, quarterly and monthly periods count
// months (2012 is 2012.5, 2019Q4 is 2019.875, 2015-02 is 2015 + 1.5/12);
// a day counts days (2022-11-28 is 2022 + 331.5/365). The zero Period
// gives NaN.
//
// Differences of PeriodX between periods of one frequency are the years
// between them, as series.YearsBetween counts them.
func PeriodX(p series.Period) float64 {
	start, end := PeriodBounds(p)
	return (start + end) / 2
}

// PeriodBounds returns where period p starts and ends on the X axis, in
// fractional calendar years: 2012 spans [2012, 2013], 2019Q4 [2019.75,
// 2020]. The zero Period gives NaN, NaN.
func PeriodBounds(p series.Period) (start, end float64) {
	if p.IsZero() {
		return math.NaN(), math.NaN()
	}
	s := p.Start()
	y := float64(s.Year())
	m := float64(s.Month() - 1)
	switch p.Frequency() {
	case series.Annual:
		return y, y + 1
	case series.Quarterly:
		return y + m/12, y + (m+3)/12
	case series.Monthly:
		return y + m/12, y + (m+1)/12
	}
	days := float64(time.Date(s.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(s.Year(), 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24)
	d := float64(s.YearDay() - 1)
	return y + d/days, y + (d+1)/days
}

// PeriodTicks is a plot.Ticker for an X axis of PeriodX coordinates. It puts
// a labelled tick at the mid-point of each period ("2012", "2019Q4",
// "2015-02") and a minor tick at each boundary between periods. When the
// axis holds more periods than MaxLabels it labels coarser periods (years
// rather than quarters) or every second, fifth, tenth… year.
//
// An axis outside the years 1 to 9998 — Unix seconds, say — gets no ticks
// rather than nonsense labels such as 1.3e+09.
type PeriodTicks struct {
	// Frequency is the frequency of the periods on the axis: Annual,
	// Quarterly or Monthly (Daily is treated as Monthly). Zero chooses
	// from the span of the axis.
	Frequency series.Frequency

	// MaxLabels is the most labels to place; zero means 10.
	MaxLabels int
}

// maxMinorTicks bounds the minor ticks at period boundaries.
const maxMinorTicks = 120

// Ticks implements plot.Ticker.
func (t PeriodTicks) Ticks(min, max float64) []plot.Tick {
	if !(min <= max) || math.IsInf(min, 0) || math.IsInf(max, 0) || min < 1 || max >= 9999 {
		return nil
	}
	freq := t.Frequency
	switch {
	case freq == series.Daily:
		freq = series.Monthly
	case freq < series.Annual || freq > series.Daily:
		switch span := max - min; {
		case span > 4:
			freq = series.Annual
		case span > 1:
			freq = series.Quarterly
		default:
			freq = series.Monthly
		}
	}
	maxLabels := t.MaxLabels
	if maxLabels <= 0 {
		maxLabels = 10
	}

	// Label the finest frequency, from freq up to years, that fits; then
	// every step'th year.
	var labels []series.Period
	for f := freq; f >= series.Annual; f-- {
		labels = periodsIn(min, max, f)
		if len(labels) <= maxLabels {
			break
		}
	}
	if len(labels) > maxLabels {
		step := yearStep(len(labels), maxLabels)
		kept := labels[:0]
		for _, p := range labels {
			if p.YearNumber()%step == 0 {
				kept = append(kept, p)
			}
		}
		labels = kept
	}

	var ticks []plot.Tick
	for _, p := range labels {
		ticks = append(ticks, plot.Tick{Value: PeriodX(p), Label: p.String()})
	}
	// Minor ticks at the boundaries of the axis' own periods.
	if bounds := periodsIn(min, max, freq); len(bounds) <= maxMinorTicks {
		for _, p := range bounds {
			start, end := PeriodBounds(p)
			if start >= min {
				ticks = append(ticks, plot.Tick{Value: start})
			}
			if end <= max && p == bounds[len(bounds)-1] {
				ticks = append(ticks, plot.Tick{Value: end})
			}
		}
	}
	return ticks
}

// periodsIn returns the periods of frequency f whose mid-points lie in
// [min, max], in order, or nil when there are more than 10,000.
func periodsIn(min, max float64, f series.Frequency) []series.Period {
	var perYear int
	switch f {
	case series.Annual:
		perYear = 1
	case series.Quarterly:
		perYear = 4
	default:
		perYear = 12
	}
	if (max-min)*float64(perYear) > 10000 {
		return nil
	}
	y := int(math.Floor(min))
	var p series.Period
	switch f {
	case series.Annual:
		p = series.Year(y)
	case series.Quarterly:
		p = series.Quarter(y, 1)
	default:
		p = series.Month(y, time.January)
	}
	var out []series.Period
	for ; ; p = p.Add(1) {
		x := PeriodX(p)
		if x > max {
			break
		}
		if x >= min {
			out = append(out, p)
		}
	}
	return out
}

// yearStep returns the smallest of 2, 5, 10, 20, 50, … that labels at most
// maxLabels of n consecutive years.
func yearStep(n, maxLabels int) int {
	for step := 1; ; step *= 10 {
		for _, m := range []int{2, 5, 10} {
			if (n+step*m-1)/(step*m) <= maxLabels {
				return step * m
			}
		}
	}
}
