package plots_test

import (
	"math"
	"slices"
	"testing"

	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/series"
)

func TestFormats(t *testing.T) {
	for _, tt := range []struct {
		name   string
		format plots.Format
		v      float64
		want   string
	}{
		{"money zero", plots.Money("$"), 0, "$0"},
		{"money billions", plots.Money("$"), 1e10, "$10B"},
		{"money 70B", plots.Money("$"), 7e10, "$70B"},
		{"money rounds to 3 digits", plots.Money("$"), 4.279e9, "$4.28B"},
		{"money carries to next suffix", plots.Money("$"), 999.96e6, "$1B"},
		{"money millions", plots.Money("$"), 1.5e8, "$150M"},
		{"money euro", plots.Money("€"), 2.65e8, "€265M"},
		{"money pound", plots.Money("£"), 1e6, "£1M"},
		{"money other code", plots.Money("CHF "), 1.2e7, "CHF 12M"},
		{"money negative", plots.Money("$"), -5e6, "-$5M"},
		{"money small", plots.Money("$"), 27.86, "$27.9"},
		{"money cents", plots.Money("$"), 0.25, "$0.25"},
		{"money NaN", plots.Money("$"), math.NaN(), "n/a"},
		{"count", plots.Count(), 2.5e9, "2.5B"},
		{"count users", plots.Count(), 1.06e9, "1.06B"},
		{"count thousands", plots.Count(), 3e5, "300K"},
		{"count trillions", plots.Count(), 1.5e12, "1.5T"},
		{"count units", plots.Count(), 42, "42"},
		{"percent", plots.Percent(), 0.49, "49%"},
		{"percent small", plots.Percent(), 0.0023, "0.23%"},
		{"percent float noise", plots.Percent(), 0.1 + 0.2, "30%"},
		{"percent negative", plots.Percent(), -0.1, "-10%"},
		{"percent CAGR", plots.Percent(), 0.48966, "49%"},
		{"whole percent", plots.WholePercent(), 0.633, "63%"},
		{"whole percent negative zero", plots.WholePercent(), -0.001, "0%"},
		{"plain", plots.Plain(), 1500, "1,500"},
		{"plain index", plots.Plain(), 100, "100"},
		{"plain large", plots.Plain(), 1234567, "1,234,567"},
		{"plain fraction", plots.Plain(), 0.25, "0.25"},
		{"plain negative", plots.Plain(), -2500, "-2,500"},
		{"plain inf", plots.Plain(), math.Inf(1), "∞"},
	} {
		if got := tt.format(tt.v); got != tt.want {
			t.Errorf("%s: format(%g) = %q, want %q", tt.name, tt.v, got, tt.want)
		}
	}
}

func TestUnitFormat(t *testing.T) {
	tests := []struct {
		unit plots.Unit
		v    float64
		want string
	}{
		{usd, 7e10, "$70B"},
		{eur, 2.65e8, "€265M"},
		{chf, 1.2e7, "CHF 12M"}, // no sign: the code
		{users, 2.5e9, "2.5B"},
		{nil, 2.5e9, "2.5B"},
	}
	for _, tt := range tests {
		if got := plots.UnitFormat(tt.unit)(tt.v); got != tt.want {
			t.Errorf("UnitFormat(%v)(%g) = %q, want %q", tt.unit, tt.v, got, tt.want)
		}
	}
}

func TestValueText(t *testing.T) {
	v := func(s string, shift int) series.Value {
		x, err := series.ParseValue(s)
		if err != nil {
			t.Fatal(err)
		}
		return x.Shift(shift)
	}
	tests := []struct {
		unit plots.Unit
		v    series.Value
		want string
	}{
		{usd, v("69.66", 9), "$69.66B"},
		{usd, v("4.28", 9), "$4.28B"},
		{usd, v("4,279", 6), "$4.279B"},
		{usd, v("69,655", 6), "$69.655B"},
		{usd, v("2,472,410", 3), "$2.472410B"}, // the last 0 is a stated digit
		{usd, v("40", 6), "$40M"},
		{usd, v("-40", 6), "-$40M"},
		{eur, v("265", 6), "€265M"},
		{chf, v("12", 6), "CHF 12M"},
		{users, v("2.50", 9), "2.50B"},
		{nil, v("2.50", 9), "2.50B"},
		{usd, series.NewValue(series.NewDecimal(1500, 0), series.Exact), "$1.5K"},
	}
	for _, tt := range tests {
		if got := plots.ValueText(tt.unit, tt.v); got != tt.want {
			t.Errorf("ValueText(%v, %s) = %q, want %q", tt.unit, tt.v, got, tt.want)
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Facebook advertising revenue", "Facebook advertising revenue"},
		{"a\x00b\nc\td", "a b c d"},
		{"bad \xff utf-8", "bad \uFFFD utf-8"},
		{`<script>&"'`, `<script>&"'`}, // escaping is the SVG writer's job
	}
	for _, tt := range tests {
		if got := plots.CleanText(tt.in); got != tt.want {
			t.Errorf("CleanText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLabelTicks(t *testing.T) {
	ticks := plots.LabelTicks{Format: plots.Money("$")}.Ticks(0, 8e10)
	var labels []string
	for _, tk := range ticks {
		if !tk.IsMinor() {
			labels = append(labels, tk.Label)
		}
	}
	want := []string{"$0", "$20B", "$40B", "$60B", "$80B"}
	if !slices.Equal(labels, want) {
		t.Errorf("labels = %q, want %q", labels, want)
	}
}

func TestLinearTicks(t *testing.T) {
	tests := []struct {
		min, max float64
		want     []float64
	}{
		{0, 10, []float64{0, 2, 4, 6, 8, 10}},
		{0, 0.84, []float64{0, 0.2, 0.4, 0.6, 0.8}},
		{-5e6, 2.2e7, []float64{0, 1e7, 2e7}},
		{0, 2000, []float64{0, 500, 1000, 1500, 2000}},
	}
	for _, tt := range tests {
		var got []float64
		for _, tk := range (plots.LinearTicks{}).Ticks(tt.min, tt.max) {
			got = append(got, tk.Value)
		}
		if len(got) != len(tt.want) {
			t.Errorf("Ticks(%g, %g) = %v, want %v", tt.min, tt.max, got, tt.want)
			continue
		}
		for i := range got {
			if math.Abs(got[i]-tt.want[i]) > 1e-9*math.Max(1, math.Abs(tt.want[i])) {
				t.Errorf("Ticks(%g, %g) = %v, want %v", tt.min, tt.max, got, tt.want)
				break
			}
		}
	}
	for _, bad := range [][2]float64{{1, 0}, {math.NaN(), 1}, {0, math.Inf(1)}} {
		if got := (plots.LinearTicks{}).Ticks(bad[0], bad[1]); got != nil {
			t.Errorf("Ticks(%g, %g) = %v, want none", bad[0], bad[1], got)
		}
	}
}
