package plots_test

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/series"
	"gonum.org/v1/plot"
)

func TestPeriodX(t *testing.T) {
	tests := []struct {
		p             series.Period
		x, start, end float64
	}{
		{series.Year(2012), 2012.5, 2012, 2013},
		{series.Quarter(2019, 4), 2019.875, 2019.75, 2020},
		{series.Quarter(2019, 1), 2019.125, 2019, 2019.25},
		{series.Month(2015, time.February), 2015 + 1.5/12, 2015 + 1.0/12, 2015 + 2.0/12},
		{series.Day(2022, time.November, 28), 2022 + 331.5/365, 2022 + 331.0/365, 2022 + 332.0/365},
		{series.Day(2020, time.December, 31), 2020 + 365.5/366, 2020 + 365.0/366, 2021},
	}
	for _, tt := range tests {
		if got := plots.PeriodX(tt.p); math.Abs(got-tt.x) > 1e-12 {
			t.Errorf("PeriodX(%s) = %v, want %v", tt.p, got, tt.x)
		}
		s, e := plots.PeriodBounds(tt.p)
		if math.Abs(s-tt.start) > 1e-12 || math.Abs(e-tt.end) > 1e-12 {
			t.Errorf("PeriodBounds(%s) = %v, %v, want %v, %v", tt.p, s, e, tt.start, tt.end)
		}
	}
	if x := plots.PeriodX(series.Period{}); !math.IsNaN(x) {
		t.Errorf("PeriodX(zero) = %v, want NaN", x)
	}
	// Differences of PeriodX are the years between the periods.
	if d := plots.PeriodX(series.Year(2019)) - plots.PeriodX(series.Year(2012)); d != series.YearsBetween(series.Year(2012), series.Year(2019)) {
		t.Errorf("PeriodX difference 2012→2019 = %v", d)
	}
}

func majorLabels(ticks []plot.Tick) []string {
	var out []string
	for _, tk := range ticks {
		if !tk.IsMinor() {
			out = append(out, tk.Label)
		}
	}
	return out
}

func TestPeriodTicks(t *testing.T) {
	tests := []struct {
		name     string
		ticker   plots.PeriodTicks
		min, max float64
		want     []string
	}{
		{"annual 2012–2019", plots.PeriodTicks{Frequency: series.Annual}, 2012, 2020,
			[]string{"2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019"}},
		{"annual, frequency from span", plots.PeriodTicks{}, 2012, 2020,
			[]string{"2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019"}},
		{"quarters", plots.PeriodTicks{Frequency: series.Quarterly}, 2019, 2020.5,
			[]string{"2019Q1", "2019Q2", "2019Q3", "2019Q4", "2020Q1", "2020Q2"}},
		{"quarters over years label years", plots.PeriodTicks{Frequency: series.Quarterly}, 2012, 2020,
			[]string{"2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019"}},
		{"months", plots.PeriodTicks{Frequency: series.Monthly}, 2015, 2015.5,
			[]string{"2015-01", "2015-02", "2015-03", "2015-04", "2015-05", "2015-06"}},
		{"months over a year and a half label quarters", plots.PeriodTicks{Frequency: series.Monthly}, 2015, 2016.5,
			[]string{"2015Q1", "2015Q2", "2015Q3", "2015Q4", "2016Q1", "2016Q2"}},
		{"thirty years in steps of five", plots.PeriodTicks{Frequency: series.Annual}, 1990, 2020,
			[]string{"1990", "1995", "2000", "2005", "2010", "2015"}},
		{"fourteen years in steps of two", plots.PeriodTicks{Frequency: series.Annual}, 2006, 2020,
			[]string{"2006", "2008", "2010", "2012", "2014", "2016", "2018"}},
		{"Unix seconds get no ticks", plots.PeriodTicks{}, 1.3e9, 1.6e9, nil},
		{"reversed axis", plots.PeriodTicks{}, 2020, 2012, nil},
		{"NaN", plots.PeriodTicks{}, math.NaN(), 2012, nil},
	}
	for _, tt := range tests {
		got := majorLabels(tt.ticker.Ticks(tt.min, tt.max))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: labels = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestLogTicks(t *testing.T) {
	tests := []struct {
		name     string
		min, max float64
		want     []string
	}{
		{"chart 2's axis", 2e9, 1e11, []string{"$2B", "$5B", "$10B", "$20B", "$50B", "$100B"}},
		{"$4B to $70B", 4e9, 7e10, []string{"$5B", "$10B", "$20B", "$50B"}},
		{"within a decade", 4e9, 9e9, []string{"$4B", "$5B", "$6B", "$7B", "$8B", "$9B"}},
		{"many decades", 1, 1e8, []string{"$1", "$10", "$100", "$1K", "$10K", "$100K", "$1M", "$10M", "$100M"}},
	}
	for _, tt := range tests {
		got := majorLabels(plots.LogTicks{Format: plots.Money("$")}.Ticks(tt.min, tt.max))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: labels = %q, want %q", tt.name, got, tt.want)
		}
	}
	// A narrow axis between the integer multiples still gets labels.
	if got := majorLabels(plots.LogTicks{}.Ticks(4.1, 4.3)); len(got) < 2 {
		t.Errorf("narrow axis: labels = %q, want at least 2", got)
	}
	// What a log scale cannot show gets no ticks, not a panic.
	for _, r := range [][2]float64{{0, 10}, {-1, 10}, {10, 1}, {1, math.Inf(1)}, {math.NaN(), 1}} {
		if got := (plots.LogTicks{}).Ticks(r[0], r[1]); got != nil {
			t.Errorf("Ticks(%g, %g) = %v, want none", r[0], r[1], got)
		}
	}
}

// FuzzTickers checks that no ticker panics or labels an axis with a number
// in exponent notation, whatever the range.
func FuzzTickers(f *testing.F) {
	f.Add(2012.0, 2020.0)
	f.Add(2e9, 1e11)
	f.Add(1.3e9, 1.6e9)
	f.Add(-1.0, 1.0)
	f.Add(0.0, 0.0)
	f.Fuzz(func(t *testing.T, min, max float64) {
		for _, tk := range (plots.PeriodTicks{}).Ticks(min, max) {
			if strings.ContainsAny(tk.Label, "e+") {
				t.Errorf("period label %q", tk.Label)
			}
		}
		plots.LogTicks{Format: plots.Money("$")}.Ticks(min, max)
		ticks := plots.LabelTicks{Format: plots.Percent()}.Ticks(min, max)
		if len(ticks) > 1000 {
			t.Errorf("%d ticks for [%g, %g]", len(ticks), min, max)
		}
	})
}
