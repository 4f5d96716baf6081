package plots_test

import (
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/series"
	"gonum.org/v1/plot"
)

var years = []string{"2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019"}

// axisLabels returns the labels of an axis' major ticks over its range.
func axisLabels(a plot.Axis) []string { return majorLabels(a.Tick.Marker.Ticks(a.Min, a.Max)) }

func standardList(t testing.TB) []plots.Chart {
	t.Helper()
	charts, err := plots.Standard(testInputs())
	if err != nil {
		t.Fatal(err)
	}
	return charts
}

func standard(t testing.TB) map[string]plots.Chart {
	t.Helper()
	m := map[string]plots.Chart{}
	for _, c := range standardList(t) {
		m[c.Name] = c
	}
	return m
}

func TestStandard(t *testing.T) {
	charts, err := plots.Standard(testInputs())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range charts {
		names = append(names, c.Name)
		if c.Title == "" || c.Plot == nil || c.Width <= 0 || c.Height <= 0 {
			t.Errorf("%s: incomplete chart %+v", c.Name, c)
		}
		if c.Plot.Y.Label.Text == "" {
			t.Errorf("%s: no Y axis label", c.Name)
		}
	}
	want := []string{"01-revenue-linear", "02-revenue-log", "03-revenue-yoy", "04-revenue-index",
		"05a-ad-spend-reports", "05b-ad-spend-shares", "06a-claim-figures", "06b-claim-rounding",
		"06c-claim-windows", "07-users", "08-revenue-per-user"}
	if !slices.Equal(names, want) {
		t.Errorf("charts %q, want %q", names, want)
	}

	in := testInputs()
	in.FacebookMAU = nil
	charts, err = plots.Standard(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(charts) != 9 {
		t.Errorf("without MAU: %d charts, want 9", len(charts))
	}
}

func TestChartRanges(t *testing.T) {
	charts := standard(t)
	tests := []struct {
		name                   string
		xmin, xmax, ymin, ymax float64
		xlabels, ylabels       []string
	}{
		{"01-revenue-linear", 2012, 2020, 0, 80e9, years, []string{"$0", "$20B", "$40B", "$60B", "$80B"}},
		{"02-revenue-log", 2012, 2020, 2e9, 100e9, years, []string{"$2B", "$5B", "$10B", "$20B", "$50B", "$100B"}},
		{"03-revenue-yoy", 2013, 2020, 0, 1, years[1:], []string{"0%", "20%", "40%", "60%", "80%", "100%"}},
		{"04-revenue-index", 2012, 2020, 0, 2000, years, []string{"0", "500", "1,000", "1,500", "2,000"}},
		{"05a-ad-spend-reports", 2015, 2020, 0, 200e6, years[3:], []string{"$0", "$50M", "$100M", "$150M", "$200M"}},
		{"06a-claim-figures", 2012, 2020, 0, 80e9, years, []string{"$0", "$20B", "$40B", "$60B", "$80B"}},
		{"07-users", 2012, 2020, 0, 2.5e9, years, []string{"0", "500M", "1B", "1.5B", "2B", "2.5B"}},
		{"08-revenue-per-user", 2012, 2020, 0, 30, years, []string{"$0", "$10", "$20", "$30"}},
	}
	for _, tt := range tests {
		c, ok := charts[tt.name]
		if !ok {
			t.Errorf("no chart %s", tt.name)
			continue
		}
		p := c.Plot
		if p.X.Min != tt.xmin || p.X.Max != tt.xmax || !close(p.Y.Min, tt.ymin) || !close(p.Y.Max, tt.ymax) {
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

func close(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// Chart 2's log axis labels at least four values from $2B to $70B.
func TestRevenueLogLabels(t *testing.T) {
	p, err := plots.RevenueLog(facebookAdRevenue(), netflixStreamingRevenue())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, tk := range p.Y.Tick.Marker.Ticks(p.Y.Min, p.Y.Max) {
		if !tk.IsMinor() && tk.Value >= 2e9 && tk.Value <= 70e9 {
			n++
		}
	}
	if n < 4 {
		t.Errorf("%d labels between $2B and $70B, want at least 4", n)
	}
}

func TestShareAndWindowCharts(t *testing.T) {
	charts := standard(t)
	p := charts["05b-ad-spend-shares"].Plot
	got := axisLabels(p.Y)
	for _, want := range []string{"0.1%", "0.2%", "0.5%", "1%", "2%", "5%", "10%"} {
		if !slices.Contains(got, want) {
			t.Errorf("05b: Y labels %q lack %q", got, want)
		}
	}
	if got := axisLabels(p.X); !slices.Equal(got, years[3:]) {
		t.Errorf("05b: X labels %q", got)
	}

	p = charts["06c-claim-windows"].Plot
	if got := axisLabels(p.X); !slices.Equal(got, years[:7]) {
		t.Errorf("06c: X labels %q, want the window starts 2012–2018", got)
	}
	if got := axisLabels(p.Y); !slices.Equal(got, years[1:]) {
		t.Errorf("06c: Y labels %q, want the window ends 2013–2019", got)
	}
	if p.X.Min != 2012 || p.X.Max != 2019 || p.Y.Min != 2013 || p.Y.Max != 2020 {
		t.Errorf("06c: range X [%v, %v] Y [%v, %v]", p.X.Min, p.X.Max, p.Y.Min, p.Y.Max)
	}

	p = charts["06b-claim-rounding"].Plot
	if got := axisLabels(p.X); !slices.Equal(got, []string{"2012", "2019"}) {
		t.Errorf("06b: X labels %q", got)
	}
}

func TestChartErrors(t *testing.T) {
	fb, nf := facebookAdRevenue(), netflixStreamingRevenue()
	empty, err := series.New(series.Meta{ID: "empty", Unit: "USD", Frequency: series.Annual}, nil)
	if err != nil {
		t.Fatal(err)
	}
	withZero := annual("zero", "Zero", "USD", "", 6, "doc %d", "0", "1", "2")
	users := facebookMAU()
	c := claim()
	badClaim := c
	badClaim.Start = series.NewValue(series.NewDecimal(0, 0), 0)

	tests := []struct {
		name string
		fn   func() (*plot.Plot, error)
		want error
	}{
		{"linear nil", func() (*plot.Plot, error) { return plots.RevenueLinear(nil, nf) }, plots.ErrNilSeries},
		{"linear empty", func() (*plot.Plot, error) { return plots.RevenueLinear(fb, empty) }, plots.ErrNoData},
		{"linear units", func() (*plot.Plot, error) { return plots.RevenueLinear(fb, users) }, plots.ErrUnitMismatch},
		{"log zero", func() (*plot.Plot, error) { return plots.RevenueLog(fb, withZero) }, plots.ErrNonPositive},
		{"yoy nil", func() (*plot.Plot, error) { return plots.RevenueYoY(fb, nil) }, plots.ErrNilSeries},
		{"yoy one year", func() (*plot.Plot, error) {
			return plots.RevenueYoY(fb, annual("one", "One", "USD", "", 6, "doc %d", "1"))
		}, plots.ErrNoData},
		{"index zero base", func() (*plot.Plot, error) { return plots.RevenueIndex(fb, withZero, series.Year(2012)) }, series.ErrNonPositiveBase},
		{"index missing base", func() (*plot.Plot, error) { return plots.RevenueIndex(fb, nf, series.Year(2005)) }, series.ErrGap},
		{"reports none", func() (*plot.Plot, error) { return plots.AdSpendReports(nil) }, plots.ErrNoData},
		{"reports nil", func() (*plot.Plot, error) { return plots.AdSpendReports([]*series.Series{nil}) }, plots.ErrNilSeries},
		{"shares no totals", func() (*plot.Plot, error) { return plots.AdSpendShares(adSpendReports()) }, plots.ErrNilSeries},
		{"shares nil total", func() (*plot.Plot, error) { return plots.AdSpendShares(adSpendReports(), nil) }, plots.ErrNilSeries},
		{"shares no overlap", func() (*plot.Plot, error) {
			return plots.AdSpendShares(adSpendReports(), annualFrom(2000, "old", "Old", "USD", "", 6, "doc %d", "1", "2"))
		}, plots.ErrNoData},
		{"claim zero start", func() (*plot.Plot, error) { return plots.ClaimFigures(fb, badClaim) }, series.ErrNonPositiveBase},
		{"claim no claim", func() (*plot.Plot, error) { return plots.ClaimRounding(fb, plots.GrowthClaim{}) }, plots.ErrNoData},
		{"claim window outside", func() (*plot.Plot, error) {
			cl := c
			cl.From, cl.To = series.Year(2001), series.Year(2002)
			return plots.ClaimWindows(fb, cl)
		}, plots.ErrNoData},
		{"windows empty", func() (*plot.Plot, error) { return plots.ClaimWindows(empty, c) }, plots.ErrNoData},
		{"users nil", func() (*plot.Plot, error) { return plots.Users(nil) }, plots.ErrNilSeries},
		{"per user nil", func() (*plot.Plot, error) { return plots.RevenuePerUser(fb, nil) }, plots.ErrNilSeries},
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

	in := testInputs()
	in.NetflixMarketing = nil
	if _, err := plots.Standard(in); !errors.Is(err, plots.ErrNilSeries) {
		t.Errorf("Standard without marketing: err = %v", err)
	}
}

// A series with gaps still charts, and its gaps stay gaps.
func TestChartsWithGaps(t *testing.T) {
	g := withGap(t)
	in := testInputs()
	in.FacebookAdRevenue = g
	in.Claim.From = series.Year(2012)
	charts, err := plots.Standard(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range charts {
		if err := plots.Write(discard{}, c.Plot, "svg", c.Width, c.Height); err != nil {
			t.Errorf("%s: %v", c.Name, err)
		}
	}
}

type discard struct{}

func (discard) Write(b []byte) (int, error) { return len(b), nil }
