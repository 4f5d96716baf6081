package plots_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/series"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
)

// record draws the plotters on a plot and returns what they drew.
func record(t *testing.T, configure func(*plot.Plot), ps ...plot.Plotter) []recorder.Action {
	t.Helper()
	p := plot.New()
	p.Add(ps...)
	if configure != nil {
		configure(p)
	}
	var rec recorder.Canvas
	c := draw.NewCanvas(&rec, 4*vg.Inch, 3*vg.Inch)
	dc := p.DataCanvas(c)
	for _, pl := range ps {
		pl.Plot(dc, p)
	}
	return rec.Actions
}

// drawn returns the text a whole plot draws, title, ticks and legend
// included, in drawing order.
func drawn(p *plot.Plot) []string {
	var rec recorder.Canvas
	p.Draw(draw.NewCanvas(&rec, plots.DefaultWidth, plots.DefaultHeight))
	return texts(rec.Actions)
}

// drawnWith returns the drawn texts that start with prefix.
func drawnWith(p *plot.Plot, prefix string) []string {
	var out []string
	for _, s := range drawn(p) {
		if strings.HasPrefix(s, prefix) {
			out = append(out, s)
		}
	}
	return out
}

func count[T any](actions []recorder.Action) int {
	n := 0
	for _, a := range actions {
		if _, ok := a.(T); ok {
			n++
		}
	}
	return n
}

func texts(actions []recorder.Action) []string {
	var out []string
	for _, a := range actions {
		if fs, ok := a.(*recorder.FillString); ok {
			out = append(out, fs.String)
		}
	}
	return out
}

// withGap is a revenue series in USD millions without 2015 (explicitly
// missing) and 2017 (skipped).
func withGap(t *testing.T) *series.Series {
	t.Helper()
	var pts []series.Point
	for i, f := range []string{"5,000", "8,000", "12,000", "", "27,000", "", "55,000", "70,000"} {
		p := series.Point{Period: series.Year(2012 + i)}
		switch {
		case i == 3:
			p.Missing = true
		case f == "":
			continue
		default:
			v, err := series.ParseValue(f)
			if err != nil {
				t.Fatal(err)
			}
			p.Value = v.Shift(6)
		}
		pts = append(pts, p)
	}
	s, err := series.New(series.Meta{ID: "gappy", Name: "Gappy", Unit: "USD", Frequency: series.Annual}, pts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSeriesXYs(t *testing.T) {
	xys := plots.SeriesXYs(withGap(t))
	if len(xys) != 8 {
		t.Fatalf("len = %d, want 8 (one point per period 2012–2019)", len(xys))
	}
	for i, xy := range xys {
		if xy.X != 2012.5+float64(i) {
			t.Errorf("X[%d] = %v", i, xy.X)
		}
		if gap := i == 3 || i == 5; gap != math.IsNaN(xy.Y) {
			t.Errorf("Y[%d] = %v, gap %v", i, xy.Y, gap)
		}
	}
}

func TestLineBreaksAtGaps(t *testing.T) {
	l, err := plots.NewSeriesLine(withGap(t))
	if err != nil {
		t.Fatal(err)
	}
	l.Glyph.Shape = nil
	actions := record(t, nil, l)
	// Segments 2012–2014 and 2018–2019, and a dot for 2016 alone.
	if n := count[*recorder.Stroke](actions); n != 2 {
		t.Errorf("%d strokes, want 2", n)
	}
	if n := count[*recorder.Fill](actions); n != 1 {
		t.Errorf("%d fills, want 1 (the lone 2016 value)", n)
	}
	xmin, xmax, ymin, ymax := l.DataRange()
	if xmin != 2012.5 || xmax != 2019.5 || ymin != 5e9 || ymax != 70e9 {
		t.Errorf("DataRange = %v %v %v %v", xmin, xmax, ymin, ymax)
	}
}

func TestLineErrors(t *testing.T) {
	if _, err := plots.NewLine(plotter.XYs{{X: 1, Y: math.Inf(1)}}); !errors.Is(err, plots.ErrBadValue) {
		t.Errorf("Inf Y: err = %v", err)
	}
	if _, err := plots.NewLine(plotter.XYs{{X: math.NaN(), Y: 1}}); !errors.Is(err, plots.ErrBadValue) {
		t.Errorf("NaN X: err = %v", err)
	}
	if _, err := plots.NewSeriesLine(nil); !errors.Is(err, plots.ErrNilSeries) {
		t.Errorf("nil series: err = %v", err)
	}
	empty, _ := series.New(series.Meta{ID: "empty", Unit: "USD", Frequency: series.Annual}, nil)
	if _, err := plots.NewSeriesLine(empty); !errors.Is(err, plots.ErrNoData) {
		t.Errorf("empty series: err = %v", err)
	}
}

func TestLineOnLogScaleSkipsNonPositive(t *testing.T) {
	l, err := plots.NewLine(plotter.XYs{{X: 1, Y: 1}, {X: 2, Y: 0}, {X: 3, Y: 10}, {X: 4, Y: 100}})
	if err != nil {
		t.Fatal(err)
	}
	actions := record(t, func(p *plot.Plot) {
		p.Y.Scale = plot.LogScale{}
		p.Y.Min = 1
	}, l)
	if n := count[*recorder.Stroke](actions); n < 1 {
		t.Errorf("%d strokes, want the segment 3–4", n)
	}
}

func TestEstimates(t *testing.T) {
	es := plots.SeriesEstimates(withGap(t))
	if es[0].Lo != 4.9995e9 || es[0].Hi != 5.0005e9 || es[0].Point != 5e9 {
		t.Errorf("2012 = %+v, want 5,000 ± 0.5 million", es[0])
	}
	if !math.IsNaN(es[3].Point) {
		t.Errorf("2015 = %+v, want a gap", es[3])
	}
	b, err := plots.NewBand(es)
	if err != nil {
		t.Fatal(err)
	}
	actions := record(t, nil, b)
	// Bands 2012–2014 and 2018–2019 are polygons; 2016 alone a stroke.
	if n := count[*recorder.Fill](actions); n != 2 {
		t.Errorf("%d fills, want 2", n)
	}
	if n := count[*recorder.Stroke](actions); n != 1 {
		t.Errorf("%d strokes, want 1", n)
	}
	eb, err := plots.NewErrorBars(es)
	if err != nil {
		t.Fatal(err)
	}
	_, _, ymin, ymax := eb.DataRange()
	if ymin != 4.9995e9 || ymax != 70.0005e9 {
		t.Errorf("ErrorBars.DataRange y = %v, %v", ymin, ymax)
	}
	bad := plots.Estimates{{X: 1, Estimate: series.Estimate{Point: 2, Lo: 3, Hi: 4}}}
	if _, err := plots.NewErrorBars(bad); !errors.Is(err, plots.ErrBadValue) {
		t.Errorf("point outside interval: err = %v", err)
	}
}

func TestDerivedEstimates(t *testing.T) {
	es := plots.DerivedEstimates(series.YoY(withGap(t)))
	var gaps []float64
	for _, e := range es {
		if math.IsNaN(e.Point) {
			gaps = append(gaps, e.X)
		}
	}
	// 2015 and 2016 need 2015; 2017 and 2018 need 2017.
	if len(gaps) != 4 {
		t.Errorf("gaps at %v, want 2015, 2016, 2017, 2018", gaps)
	}
}

func TestBarsMarkMissing(t *testing.T) {
	b, err := plots.NewBars(plotter.XYs{{X: 2013.5, Y: 0.6}, {X: 2014.5, Y: math.NaN()}, {X: 2015.5, Y: -0.1}}, 0.4)
	if err != nil {
		t.Fatal(err)
	}
	b.Label = plots.WholePercent()
	b.MissingLabel = "n/a"
	actions := record(t, nil, b)
	got := texts(actions)
	want := []string{"60%", "n/a", "-10%"}
	if len(got) != len(want) {
		t.Fatalf("labels %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("labels %q, want %q", got, want)
		}
	}
	xmin, xmax, ymin, ymax := b.DataRange()
	if xmin != 2013.3 || xmax != 2015.7 || ymin != -0.1 || ymax != 0.6 {
		t.Errorf("DataRange = %v %v %v %v", xmin, xmax, ymin, ymax)
	}
	if _, err := plots.NewBars(plotter.XYs{{X: 1, Y: 1}}, 0); !errors.Is(err, plots.ErrBadValue) {
		t.Errorf("zero width: err = %v", err)
	}
}

func TestClaim(t *testing.T) {
	c := claimA()
	cl, err := plots.NewClaim(c.From, c.To, c.Start, c.End)
	if err != nil {
		t.Fatal(err)
	}
	// 70/5.0 = 14×, and 14^(1/7) − 1 = 45.8%.
	if want := "14× in 7 years (CAGR 45.8%)"; cl.Label != want {
		t.Errorf("label %q, want %q", cl.Label, want)
	}
	if cl.From.X != 2012.5 || cl.To.Y != 70e9 {
		t.Errorf("From %v To %v", cl.From, cl.To)
	}
	got := texts(record(t, nil, cl))
	if len(got) != 1 || got[0] != cl.Label {
		t.Errorf("drew %q", got)
	}
	zero := series.NewValue(series.NewDecimal(0, 0), 0)
	if _, err := plots.NewClaim(c.From, c.To, zero, c.End); !errors.Is(err, series.ErrNonPositiveBase) {
		t.Errorf("zero start: err = %v", err)
	}
}

func TestClaimLabel(t *testing.T) {
	one := func(a, b string, from, to series.Period) string {
		va, _ := series.ParseValue(a)
		vb, _ := series.ParseValue(b)
		g, err := series.NewGrowth(from, to, va, vb)
		if err != nil {
			t.Fatal(err)
		}
		return plots.ClaimLabel(g)
	}
	if got := one("100", "150", series.Year(2018), series.Year(2019)); got != "1.5× in 1 year (CAGR 50.0%)" {
		t.Errorf("one year: %q", got)
	}
	if got := one("100", "90", series.Quarter(2019, 1), series.Quarter(2019, 2)); got != "0.9× in 0.25 years (CAGR -34.4%)" {
		t.Errorf("a quarter's fall: %q", got)
	}
}

func TestSourceLine(t *testing.T) {
	tests := []struct {
		name string
		ss   []*series.Series
		want string
	}{
		{"one document kind", []*series.Series{revenueA}, "Source: Alpha Form 10-K"},
		{"two companies", []*series.Series{revenueA, revenueB}, "Sources: Alpha Form 10-K; Beta Form 10-K"},
		{"kinds of one company", []*series.Series{revenueA, usersA}, "Sources: Alpha Form 10-K, earnings release"},
		{"numbered reports", reports(), "Sources: report 1, 2, 3"},
		{"nil", []*series.Series{nil}, ""},
	}
	for _, tt := range tests {
		if got := plots.SourceLine(tt.ss...); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSourceWraps(t *testing.T) {
	s := plots.NewSource("Sources: report 1, 2, 3; article 000, 001, 002, 004; Beta Form 10-K, earnings release; Alpha Form 10-K")
	got := texts(record(t, nil, s))
	if len(got) < 2 {
		t.Errorf("drew %q, want two or more lines in a 4-inch plot", got)
	}
}

func TestWindowGrid(t *testing.T) {
	g, err := plots.NewWindowGrid(revenueA)
	if err != nil {
		t.Fatal(err)
	}
	c, r := g.Dims()
	if c != 7 || r != 7 {
		t.Fatalf("Dims = %d, %d, want 7, 7", c, r)
	}
	// Column 0 is 2012, row 6 is 2019: (70/5)^(1/7) − 1.
	if z := g.Z(0, 6); math.Abs(z-(math.Pow(14, 1.0/7)-1)) > 1e-12 {
		t.Errorf("CAGR 2012–2019 = %v", z)
	}
	// Column 0, row 0: 2012–2013, 8/5 − 1.
	if z := g.Z(0, 0); math.Abs(z-0.6) > 1e-12 {
		t.Errorf("CAGR 2012–2013 = %v", z)
	}
	if z := g.Z(6, 0); !math.IsNaN(z) {
		t.Errorf("CAGR 2018–2013 = %v, want NaN", z)
	}
	if g.X(0) != 2012.5 || g.Y(0) != 2013.5 {
		t.Errorf("X(0) = %v, Y(0) = %v", g.X(0), g.Y(0))
	}
	if lo, hi := g.Min(), g.Max(); math.Abs(hi-0.6) > 1e-12 || !(lo > 0 && lo < hi) {
		t.Errorf("Min, Max = %v, %v; want the highest 60%%", lo, hi)
	}
}
