package plots_test

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/series"
	"gonum.org/v1/plot"
)

var years = []string{"2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019"}

// axisLabels returns the labels of an axis' major ticks over its range.
func axisLabels(a plot.Axis) []string { return majorLabels(a.Tick.Marker.Ticks(a.Min, a.Max)) }

func TestBuildAll(t *testing.T) {
	var names []string
	for _, c := range sampleCharts(t) {
		names = append(names, c.Name)
		if c.Title == "" || c.Plot == nil || c.Width != plots.DefaultWidth || c.Height <= 0 {
			t.Errorf("%s: incomplete chart %+v", c.Name, c)
		}
		if c.Title != c.Plot.Title.Text {
			t.Errorf("%s: title %q, plot's %q", c.Name, c.Title, c.Plot.Title.Text)
		}
	}
	want := []string{"lines", "lines-log", "yoy", "index", "reports", "shares", "claim-figures", "claim-rounding", "windows", "lines-one", "per-unit"}
	if !slices.Equal(names, want) {
		t.Errorf("charts %q, want %q", names, want)
	}
	if c := sampleChart(t, "windows"); c.Height != 5.5*72 {
		t.Errorf("windows: height %v, want the Build's 5.5 inches", c.Height)
	}

	bad := plots.Build{Name: "broken", Plot: func() (*plot.Plot, error) { return plots.Lines(plots.Spec{}) }}
	charts, err := plots.BuildAll(append(sampleBuilds()[:1], bad)...)
	if charts != nil || !errors.Is(err, plots.ErrNoData) || !strings.HasPrefix(err.Error(), "broken: ") {
		t.Errorf("BuildAll with a broken build = %v, %v", charts, err)
	}
}

func TestChartRanges(t *testing.T) {
	tests := []struct {
		name                   string
		xmin, xmax, ymin, ymax float64
		xlabels, ylabels       []string
	}{
		// Linear from zero to the highest value, $70B, rounded up to a tick.
		{"lines", 2012, 2020, 0, 80e9, years, []string{"$0", "$20B", "$40B", "$60B", "$80B"}},
		// From $2.5B to $70B, widened to the 1-2-5 values around them.
		{"lines-log", 2012, 2020, 2e9, 100e9, years, []string{"$2B", "$5B", "$10B", "$20B", "$50B", "$100B"}},
		// Alpha's first rate, 8/5 − 1 = 60%, is the highest; 1.3 × 60% = 78% of head room.
		{"yoy", 2013, 2020, 0, 0.8, years[1:], []string{"0%", "20%", "40%", "60%", "80%"}},
		// Alpha's index reaches 100 × 70/5 = 1,400.
		{"index", 2012, 2020, 0, 1500, years, []string{"0", "500", "1,000", "1,500"}},
		// The highest report, 150 ± 0.5 million, with 15% head room.
		{"reports", 2015, 2020, 0, 200e6, years[3:], []string{"$0", "$50M", "$100M", "$150M", "$200M"}},
		{"claim-figures", 2012, 2020, 0, 80e9, years, []string{"$0", "$20B", "$40B", "$60B", "$80B"}},
		{"lines-one", 2012, 2020, 0, 2.5e9, years, []string{"0", "500M", "1B", "1.5B", "2B", "2.5B"}},
		// 70/2.5 = $28 per user in 2019.
		{"per-unit", 2012, 2020, 0, 30, years, []string{"$0", "$10", "$20", "$30"}},
	}
	for _, tt := range tests {
		p := sampleChart(t, tt.name).Plot
		if p.X.Min != tt.xmin || p.X.Max != tt.xmax || !near(p.Y.Min, tt.ymin) || !near(p.Y.Max, tt.ymax) {
			t.Errorf("%s: range X [%v, %v] Y [%v, %v], want X [%v, %v] Y [%v, %v]", tt.name,
				p.X.Min, p.X.Max, p.Y.Min, p.Y.Max, tt.xmin, tt.xmax, tt.ymin, tt.ymax)
		}
		if got := axisLabels(p.X); !slices.Equal(got, tt.xlabels) {
			t.Errorf("%s: X labels %q, want %q", tt.name, got, tt.xlabels)
		}
		if got := axisLabels(p.Y); !slices.Equal(got, tt.ylabels) {
			t.Errorf("%s: Y labels %q, want %q", tt.name, got, tt.ylabels)
		}
	}
}

func TestShareAndWindowCharts(t *testing.T) {
	p := sampleChart(t, "shares").Plot
	got := axisLabels(p.Y)
	// From 40/40,000 = 0.1% of Alpha's revenue to 150/1,400 = 10.7% of
	// Beta's marketing, both in 2017.
	for _, want := range []string{"0.1%", "1%", "10%"} {
		if !slices.Contains(got, want) {
			t.Errorf("shares: Y labels %q lack %q", got, want)
		}
	}
	if got := axisLabels(p.X); !slices.Equal(got, years[3:]) {
		t.Errorf("shares: X labels %q", got)
	}

	p = sampleChart(t, "windows").Plot
	if got := axisLabels(p.X); !slices.Equal(got, years[:7]) {
		t.Errorf("windows: X labels %q, want the window starts 2012–2018", got)
	}
	if got := axisLabels(p.Y); !slices.Equal(got, years[1:]) {
		t.Errorf("windows: Y labels %q, want the window ends 2013–2019", got)
	}
	if p.X.Min != 2012 || p.X.Max != 2019 || p.Y.Min != 2013 || p.Y.Max != 2020 {
		t.Errorf("windows: range X [%v, %v] Y [%v, %v]", p.X.Min, p.X.Max, p.Y.Min, p.Y.Max)
	}
	// The claimed window's CAGR is (70/5)^(1/7) − 1 = 45.8%; its rank is
	// the one series.WindowRank gives.
	rank, of, minYears, _ := series.WindowRank(revenueA, series.Year(2012), series.Year(2019))
	if n := drawnWith(p, "claimed window"); len(n) != 1 || !strings.Contains(n[0], fmt.Sprintf(": 45.8%%, %d", rank)) || !strings.Contains(n[0], fmt.Sprintf(" highest of %d windows of %g+ years", of, minYears)) {
		t.Errorf("windows: legend %+v, want rank %d of %d", n, rank, of)
	}

	p = sampleChart(t, "claim-rounding").Plot
	if got := axisLabels(p.X); !slices.Equal(got, []string{"2012", "2019"}) {
		t.Errorf("claim-rounding: X labels %q", got)
	}
}

func TestChartErrors(t *testing.T) {
	a, b := revenueA, revenueB
	empty, err := series.New(series.Meta{ID: "empty", Unit: "USD", Frequency: series.Annual}, nil)
	if err != nil {
		t.Fatal(err)
	}
	withZero := annual("zero", "Zero", "USD", "", 6, "doc %d", "0 1 2")
	u := usersA
	c := claimA()
	badClaim := c
	badClaim.Start = series.NewValue(series.NewDecimal(0, 0), 0)
	var spec plots.Spec

	tests := []struct {
		name string
		fn   func() (*plot.Plot, error)
		want error
	}{
		{"lines none", func() (*plot.Plot, error) { return plots.Lines(spec) }, plots.ErrNoData},
		{"lines nil", func() (*plot.Plot, error) { return plots.Lines(spec, nil, b) }, plots.ErrNilSeries},
		{"lines empty", func() (*plot.Plot, error) { return plots.Lines(spec, a, empty) }, plots.ErrNoData},
		{"lines units", func() (*plot.Plot, error) { return plots.Lines(spec, a, u) }, plots.ErrUnitMismatch},
		{"log zero", func() (*plot.Plot, error) { return plots.Lines(plots.Spec{Log: true}, a, withZero) }, plots.ErrNonPositive},
		{"yoy nil", func() (*plot.Plot, error) { return plots.YoYBars(spec, a, nil) }, plots.ErrNilSeries},
		{"yoy one year", func() (*plot.Plot, error) {
			return plots.YoYBars(spec, a, annual("one", "One", "USD", "", 6, "doc %d", "1"))
		}, plots.ErrNoData},
		{"index zero base", func() (*plot.Plot, error) { return plots.IndexLines(spec, series.Year(2012), a, withZero) }, series.ErrNonPositiveBase},
		{"index missing base", func() (*plot.Plot, error) { return plots.IndexLines(spec, series.Year(2005), a, b) }, series.ErrGap},
		{"reports none", func() (*plot.Plot, error) { return plots.Reports(spec) }, plots.ErrNoData},
		{"reports nil", func() (*plot.Plot, error) { return plots.Reports(spec, nil) }, plots.ErrNilSeries},
		{"shares no totals", func() (*plot.Plot, error) { return plots.Shares(spec, reports()) }, plots.ErrNilSeries},
		{"shares nil total", func() (*plot.Plot, error) { return plots.Shares(spec, reports(), nil) }, plots.ErrNilSeries},
		{"shares no overlap", func() (*plot.Plot, error) {
			return plots.Shares(spec, reports(), annualFrom(2000, "old", "Old", "USD", "", 6, "doc %d", "1 2"))
		}, plots.ErrNoData},
		{"claim zero start", func() (*plot.Plot, error) { return plots.ClaimFigures(spec, a, badClaim) }, series.ErrNonPositiveBase},
		{"claim no claim", func() (*plot.Plot, error) { return plots.ClaimRounding(spec, a, plots.GrowthClaim{}) }, plots.ErrNoData},
		{"claim window outside", func() (*plot.Plot, error) {
			cl := c
			cl.From, cl.To = series.Year(2001), series.Year(2002)
			return plots.WindowHeatMap(spec, a, cl)
		}, plots.ErrNoData},
		{"windows empty", func() (*plot.Plot, error) { return plots.WindowHeatMap(spec, empty, c) }, plots.ErrNoData},
		{"per unit nil", func() (*plot.Plot, error) { return plots.PerUnit(spec, a, nil) }, plots.ErrNilSeries},
		{"per unit apart", func() (*plot.Plot, error) {
			return plots.PerUnit(spec, a, annualFrom(2000, "old", "Old", "users", "", 6, "doc %d", "1 2"))
		}, plots.ErrNoData},
	}
	for _, tt := range tests {
		p, err := tt.fn()
		if !errors.Is(err, tt.want) || p != nil {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
		}
		var ie *plots.InputError
		if err != nil && !errors.As(err, &ie) {
			t.Errorf("%s: %T is not an *InputError", tt.name, err)
		}
	}
	if _, err := plots.CommonStart(a, annualFrom(2000, "old", "Old", "USD", "", 6, "doc %d", "1")); !errors.Is(err, plots.ErrNoData) {
		t.Errorf("CommonStart of series apart: err = %v", err)
	}
}

// The heat map without a claimed window has no outline and no legend.
func TestWindowHeatMapWithoutClaim(t *testing.T) {
	p, err := plots.WindowHeatMap(plots.Spec{Title: "Windows"}, revenueA, plots.GrowthClaim{})
	if err != nil {
		t.Fatal(err)
	}
	if n := drawnWith(p, "claimed"); len(n) != 0 {
		t.Errorf("legend %q, want none", n)
	}
}

// A series with gaps still charts with every builder, and its gaps stay gaps.
func TestChartsWithGaps(t *testing.T) {
	g := withGap(t)
	c := claimA()
	spec := plots.Spec{Title: "Gaps", Unit: usd}
	for name, fn := range map[string]func() (*plot.Plot, error){
		"lines":          func() (*plot.Plot, error) { return plots.Lines(spec, g, revenueB) },
		"yoy":            func() (*plot.Plot, error) { return plots.YoYBars(spec, g) },
		"index":          func() (*plot.Plot, error) { return plots.IndexLines(spec, series.Year(2012), g) },
		"shares":         func() (*plot.Plot, error) { return plots.Shares(spec, reports(), g) },
		"claim-figures":  func() (*plot.Plot, error) { return plots.ClaimFigures(spec, g, c) },
		"claim-rounding": func() (*plot.Plot, error) { return plots.ClaimRounding(spec, g, c) },
		"windows":        func() (*plot.Plot, error) { return plots.WindowHeatMap(spec, g, c) },
		"per-unit":       func() (*plot.Plot, error) { return plots.PerUnit(spec, g, usersA) },
	} {
		p, err := fn()
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if err := plots.Write(io.Discard, p, "svg", plots.DefaultWidth, plots.DefaultHeight); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// Quarterly series chart on a quarterly axis.
func TestLinesQuarterly(t *testing.T) {
	var pts []series.Point
	for i, f := range []string{"10", "11", "12", "13", "14", "15"} {
		v, _ := series.ParseValue(f)
		pts = append(pts, series.Point{Period: series.Quarter(2019, 1).Add(i), Value: v.Shift(6)})
	}
	s, err := series.New(series.Meta{ID: "q", Name: "Quarterly", Unit: "EUR", Frequency: series.Quarterly}, pts)
	if err != nil {
		t.Fatal(err)
	}
	p, err := plots.Lines(plots.Spec{Title: "Quarterly", Unit: eur}, s)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := axisLabels(p.X), []string{"2019Q1", "2019Q2", "2019Q3", "2019Q4", "2020Q1", "2020Q2"}; !slices.Equal(got, want) {
		t.Errorf("X labels %q, want %q", got, want)
	}
	if got, want := axisLabels(p.Y), []string{"€0", "€5M", "€10M", "€15M"}; !slices.Equal(got, want) {
		t.Errorf("Y labels %q, want %q", got, want)
	}
}

// Overview leaves out what it cannot chart: a series without values, a
// log scale for a value of zero, growth of a single year.
func TestOverviewLeavesOut(t *testing.T) {
	empty, err := series.New(series.Meta{ID: "empty", Unit: "USD", Frequency: series.Annual}, nil)
	if err != nil {
		t.Fatal(err)
	}
	charts, err := plots.Overview(nil,
		empty,
		annual("zero", "Zero", "a/b", "", 0, "doc %d", "0 1 2"),
		annual("one", "One", "", "", 0, "doc %d", "1"),
		nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range charts {
		names = append(names, c.Name)
	}
	if want := []string{"01-a_b-annual-lines", "02-a_b-annual-yoy", "03-_-annual-lines", "04-_-annual-log"}; !slices.Equal(names, want) {
		t.Errorf("charts %q, want %q", names, want)
	}
}
