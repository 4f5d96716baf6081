package plots

import (
	"fmt"
	"math"

	"github.com/finfig/finfig/series"
	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Default chart size: it fits a notebook cell and the text width of a
// printed page, at which the theme's type sizes read well.
const (
	DefaultWidth  = 7 * vg.Inch
	DefaultHeight = 4.5 * vg.Inch
)

// Spec is what a chart builder is told besides its data: the words on the
// chart and how its values are written. The builders choose everything
// else (scales, ranges, styles), and return a *plot.Plot to which more
// plotters can be added.
type Spec struct {
	Title  string // wraps when wider than DefaultWidth
	XLabel string // "Fiscal year"
	YLabel string // "Revenue (USD per year)"

	// Unit is the unit of the charted values (finance.Unit implements
	// it): the Y axis is labelled with UnitFormat(Unit), and stated
	// figures are written with ValueText. Builders whose values are
	// rates, shares or index points ignore it.
	Unit Unit

	// Format, when not nil, labels the Y axis instead of
	// UnitFormat(Unit): Percent() for a series of ratios, say.
	Format Format

	// Log puts the Y axis of Lines on a log scale, labelled in the 1-2-5
	// sequence; every value must then be positive.
	Log bool

	// Source is the source line; empty means SourceLine of the charted
	// series.
	Source string
}

// format returns the Format of the Y axis.
func (s Spec) format() Format {
	if s.Format != nil {
		return s.Format
	}
	return UnitFormat(s.Unit)
}

// source returns the chart's Source plotter.
func (s Spec) source(ss ...*series.Series) *Source {
	if s.Source != "" {
		return NewSource(s.Source)
	}
	return NewSource(SourceLine(ss...))
}

// newPlot returns a plot in the default theme with the spec's words and
// horizontal grid lines, and the theme.
func (s Spec) newPlot() (*plot.Plot, Theme) {
	t := DefaultTheme()
	p := t.NewPlot(s.Title, s.XLabel, s.YLabel)
	g := plotter.NewGrid()
	g.Vertical.Color = nil
	g.Horizontal = t.Grid
	p.Add(g)
	return p, t
}

// Chart is one chart of a set: a name that serves as its file name's stem,
// its title, the plot, and the size it is meant to be drawn at.
type Chart struct {
	Name   string     // "01-revenue-linear"
	Title  string     // the plot's title
	Plot   *plot.Plot // the chart, to draw with Write or add to
	Width  vg.Length  // the size it is laid out for: its width
	Height vg.Length  // and its height
}

// Build is one chart of a set before it is built: its name and the call
// of a builder that makes its plot.
type Build struct {
	Name   string                     // the chart's name: "01-revenue-linear"
	Height vg.Length                  // zero means DefaultHeight
	Plot   func() (*plot.Plot, error) // such as func() (*plot.Plot, error) { return Lines(spec, a, b) }
}

// BuildAll builds the charts in order, each DefaultWidth wide. The first
// error stops it and is returned with the chart's name.
func BuildAll(builds ...Build) ([]Chart, error) {
	charts := make([]Chart, 0, len(builds))
	for _, b := range builds {
		p, err := b.Plot()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", b.Name, err)
		}
		h := b.Height
		if h == 0 {
			h = DefaultHeight
		}
		charts = append(charts, Chart{Name: b.Name, Title: p.Title.Text, Plot: p, Width: DefaultWidth, Height: h})
	}
	return charts, nil
}

// Lines charts series of one unit as lines broken at their gaps, each in
// its theme style, on a period axis: on a linear scale from zero, or with
// spec.Log on a log scale, where equal growth rates are equal slopes. Two
// or more series get a legend of their names; one is named by the title.
func Lines(spec Spec, ss ...*series.Series) (*plot.Plot, error) {
	const chart = "lines"
	if err := checkOneUnit(chart, ss...); err != nil {
		return nil, err
	}
	if spec.Log {
		if err := checkPositive(chart, ss...); err != nil {
			return nil, err
		}
	}
	p, t := spec.newPlot()
	for i, s := range ss {
		l, err := NewSeriesLine(s)
		if err != nil {
			return nil, &InputError{Chart: chart, Input: s.ID(), Err: err}
		}
		st := t.Style(i)
		l.LineStyle, l.Glyph = st.Line, st.Glyph
		p.Add(l)
		if len(ss) > 1 {
			p.Legend.Add(seriesLabel(s), l)
		}
	}
	first, last := Span(ss...)
	periodAxis(p, first, last)
	lo, hi := seriesRange(ss...)
	if spec.Log {
		logAxis(&p.Y, lo, hi, spec.format())
	} else {
		linearAxis(&p.Y, math.Min(0, lo), hi, spec.format())
	}
	p.Add(spec.source(ss...))
	return p, nil
}

// YoYBars charts the growth of each series on the year before
// (series.YoY) as grouped bars, each labelled with its rate. A rate that
// cannot be computed (a missing year) is marked "n/a", never drawn as
// zero. The Y axis is in per cent: spec.Unit is not used.
func YoYBars(spec Spec, ss ...*series.Series) (*plot.Plot, error) {
	const chart = "yoy"
	if err := checkSeries(chart, ss...); err != nil {
		return nil, err
	}
	var first, last series.Period
	var lo, hi float64
	var bars []*Bars
	// The group of bars fills 80% of a period's slot: a year, a quarter.
	period, _ := Span(ss...)
	start, end := PeriodBounds(period)
	width := 0.8 * (end - start) / float64(len(ss))
	p, t := spec.newPlot()
	for i, s := range ss {
		ds := series.YoY(s)
		es := DerivedEstimates(ds)
		if len(es) == 0 {
			return nil, &InputError{Chart: chart, Input: s.ID(), Err: fmt.Errorf("%w: need two years", ErrNoData)}
		}
		br, err := NewBars(es.XYs(), width*0.92)
		if err != nil {
			return nil, &InputError{Chart: chart, Input: s.ID(), Err: err}
		}
		br.Offset = (float64(i) - float64(len(ss)-1)/2) * width
		br.Color = t.Style(i).Fill
		br.Label = WholePercent()
		br.MissingLabel = "n/a"
		bars = append(bars, br)
		if f := ds[0].Period; first.IsZero() || f.Before(first) {
			first = f
		}
		if l := ds[len(ds)-1].Period; last.IsZero() || last.Before(l) {
			last = l
		}
		_, _, l, h := xyRange(es.XYs())
		lo, hi = math.Min(lo, l), math.Max(hi, h)
	}
	if math.IsInf(hi, -1) || math.IsNaN(hi) {
		return nil, &InputError{Chart: chart, Err: fmt.Errorf("%w: no rate can be computed", ErrNoData)}
	}
	for i, br := range bars {
		p.Add(br)
		p.Legend.Add(seriesLabel(ss[i]), br)
	}
	periodAxis(p, first, last)
	// Head room for the legend above the tallest bars.
	linearAxis(&p.Y, math.Min(0, lo), hi*1.3, Percent())
	p.Legend.Left = false
	p.Legend.XOffs = -vg.Points(8)
	src := spec.source(ss...)
	src.Top = true
	src.Left = true
	p.Add(src)
	p.Legend.YOffs = -vg.Points(6)
	return p, nil
}

// IndexLines charts series indexed to their values at base = 100
// (series.Index), so that their growth compares from a common start, with
// a reference line at 100 and each line's last value at its end. Every
// series needs a value at base; CommonStart finds the first such period.
// spec.Unit is not used: index points have none.
func IndexLines(spec Spec, base series.Period, ss ...*series.Series) (*plot.Plot, error) {
	const chart = "index"
	if err := checkSeries(chart, ss...); err != nil {
		return nil, err
	}
	p, t := spec.newPlot()
	ref := plotter.NewFunction(func(float64) float64 { return 100 })
	ref.LineStyle = draw.LineStyle{Color: t.Muted, Width: vg.Points(0.75), Dashes: []vg.Length{vg.Points(3), vg.Points(3)}}
	p.Add(ref)
	hi := 100.0
	for i, s := range ss {
		ds, err := series.Index(s, base)
		if err != nil {
			return nil, &InputError{Chart: chart, Input: s.ID(), Err: err}
		}
		if err := firstErr(ds); err != nil {
			return nil, &InputError{Chart: chart, Input: s.ID(), Err: err}
		}
		es := DerivedEstimates(ds)
		l, err := NewLine(es.XYs())
		if err != nil {
			return nil, &InputError{Chart: chart, Input: s.ID(), Err: err}
		}
		st := t.Style(i)
		l.LineStyle, l.Glyph = st.Line, st.Glyph
		p.Add(l)
		p.Legend.Add(seriesLabel(s), l)
		_, _, _, h := l.DataRange()
		hi = math.Max(hi, h)
		addEndLabel(p, t, es, Plain(), st)
	}
	first, last := Span(ss...)
	periodAxis(p, first, last)
	linearAxis(&p.Y, 0, hi, Plain())
	// At the top, clear of the reference line at 100.
	src := spec.source(ss...)
	src.Top = true
	p.Add(src)
	return p, nil
}

// Reports charts one figure as each report gives it: one series per
// report (a vintage, which names the report in the legend), each figure
// its own mark with its rounding interval, side by side where reports give
// the same period, so that disagreement shows.
func Reports(spec Spec, reports ...*series.Series) (*plot.Plot, error) {
	const chart = "reports"
	if err := checkOneUnit(chart, reports...); err != nil {
		return nil, err
	}
	p, t := spec.newPlot()
	offsets := dodge(reports, 0.7)
	_, hi := seriesRange(reports...)
	for i, r := range reports {
		es := SeriesEstimates(r)
		for j := range es {
			es[j].X += offsets[i][j]
		}
		glyph := t.Style(i).Glyph
		glyph.Radius = vg.Points(4.5)
		bars, sc, err := newMarks(es, glyph)
		if err != nil {
			return nil, &InputError{Chart: chart, Input: reportName(r), Err: err}
		}
		bars.MinLength = vg.Points(12)
		p.Add(bars, sc)
		p.Legend.Add(reportName(r), sc)
		_, _, _, h := es.dataRange()
		hi = math.Max(hi, h)
	}
	first, last := Span(reports...)
	periodAxis(p, first, last)
	linearAxis(&p.Y, 0, hi*1.15, spec.format())
	p.Legend.Top, p.Legend.Left = true, true
	p.Add(spec.source(reports...))
	return p, nil
}

// Shares charts each report's figure as a share of each total for the
// same period, on a log scale since shares of different totals can differ
// by orders of magnitude. A report for a period a total does not cover is
// left out. The interval of a share is the quotient of the figures'
// rounding intervals (series.Estimate.Quo). spec.Unit is not used: shares
// are in per cent.
func Shares(spec Spec, reports []*series.Series, totals ...*series.Series) (*plot.Plot, error) {
	const chart = "shares"
	if err := checkSeries(chart, reports...); err != nil {
		return nil, err
	}
	if len(totals) == 0 {
		return nil, &InputError{Chart: chart, Input: "totals", Err: ErrNilSeries}
	}
	if err := checkSeries(chart, totals...); err != nil {
		return nil, err
	}
	if err := checkOneUnit(chart, append(append([]*series.Series(nil), reports...), totals...)...); err != nil {
		return nil, err
	}
	p, t := spec.newPlot()
	offsets := dodge(reports, 0.7)
	lo, hi := math.Inf(1), math.Inf(-1)
	for k, total := range totals {
		var es Estimates
		for i, r := range reports {
			first, _ := Span(r)
			for _, pt := range r.Points() {
				d, ok := total.At(pt.Period)
				if pt.Missing || !ok || d.Missing {
					continue
				}
				if q, ok := quo(pt.Value, d.Value); ok {
					es = append(es, XEstimate{X: PeriodX(pt.Period) + offsets[i][pt.Period.Sub(first)], Estimate: q})
				}
			}
		}
		if len(es) == 0 {
			return nil, &InputError{Chart: chart, Input: total.ID(), Err: fmt.Errorf("%w: no report falls in a period it covers", ErrNoData)}
		}
		glyph := t.Style(k).Glyph
		glyph.Radius = vg.Points(4)
		bars, sc, err := newMarks(es, glyph)
		if err != nil {
			return nil, &InputError{Chart: chart, Input: total.ID(), Err: err}
		}
		bars.MinLength = vg.Points(12)
		p.Add(bars, sc)
		p.Legend.Add("of "+seriesLabel(total), sc)
		_, _, l, h := es.dataRange()
		lo, hi = math.Min(lo, l), math.Max(hi, h)
	}
	if !(lo > 0) {
		return nil, &InputError{Chart: chart, Err: ErrNonPositive}
	}
	first, last := Span(reports...)
	periodAxis(p, first, last)
	// Room for the legend above the points and the source line below.
	logAxis(&p.Y, lo/4, hi*2, Percent())
	p.Add(spec.source(append(append([]*series.Series(nil), reports...), totals...)...))
	return p, nil
}

// PerUnit charts num divided by den period by period, such as revenue per
// user, as a line with the interval the rounding of both allows
// (series.Estimate.Quo) and its last value written at its end. A period
// missing either figure is a gap. spec.Unit is the unit of the quotient,
// usually num's: revenue per user is in dollars.
func PerUnit(spec Spec, num, den *series.Series) (*plot.Plot, error) {
	const chart = "per-unit"
	if err := checkSeries(chart, num, den); err != nil {
		return nil, err
	}
	var es Estimates
	for _, pt := range num.Points() {
		e := XEstimate{X: PeriodX(pt.Period), Estimate: gapEstimate()}
		if u, ok := den.At(pt.Period); !pt.Missing && ok && !u.Missing {
			if q, ok := quo(pt.Value, u.Value); ok {
				e.Estimate = q
			}
		}
		es = append(es, e)
	}
	l, err := NewLine(es.XYs())
	if err != nil {
		return nil, &InputError{Chart: chart, Err: err}
	}
	_, _, _, hi := l.DataRange()
	if math.IsInf(hi, -1) {
		return nil, &InputError{Chart: chart, Err: fmt.Errorf("%w: no period has both figures", ErrNoData)}
	}
	p, t := spec.newPlot()
	bars, err := NewErrorBars(es)
	if err != nil {
		return nil, &InputError{Chart: chart, Err: err}
	}
	p.Add(bars, l)
	addEndLabel(p, t, es, spec.format(), t.Style(0))
	first, last := Span(num)
	periodAxis(p, first, last)
	linearAxis(&p.Y, 0, hi, spec.format())
	p.Add(spec.source(num, den))
	return p, nil
}

// Span returns the first and last periods with a value in any of the
// series; both are zero when none has a value.
func Span(ss ...*series.Series) (first, last series.Period) {
	for _, s := range ss {
		if s == nil {
			continue
		}
		f, l, ok := s.Span()
		if !ok {
			continue
		}
		if first.IsZero() || f.Before(first) {
			first = f
		}
		if last.IsZero() || last.Before(l) {
			last = l
		}
	}
	return first, last
}

// SpanText writes a span of periods as a title gives it: "2012–2019", or
// "2019" for one period.
func SpanText(first, last series.Period) string {
	if first == last {
		return first.String()
	}
	return first.String() + "–" + last.String()
}

// CommonStart returns the first period in which every series has a value:
// the base that IndexLines needs.
func CommonStart(ss ...*series.Series) (series.Period, error) {
	const chart = "index"
	if err := checkSeries(chart, ss...); err != nil {
		return series.Period{}, err
	}
	first, last, _ := ss[0].Span()
	for p := first; p.Compare(last) <= 0; p = p.Add(1) {
		all := true
		for _, s := range ss {
			pt, ok := s.At(p)
			all = all && ok && !pt.Missing
		}
		if all {
			return p, nil
		}
	}
	return series.Period{}, &InputError{Chart: chart, Err: fmt.Errorf("%w: the series share no period", ErrNoData)}
}

// newMarks returns the marks of figures with intervals: error bars in the
// glyph's colour and a marker at each figure that is not a gap.
func newMarks(es Estimates, glyph draw.GlyphStyle) (*ErrorBars, *plotter.Scatter, error) {
	bars, err := NewErrorBars(es)
	if err != nil {
		return nil, nil, err
	}
	bars.Color = glyph.Color
	var xys plotter.XYs
	for _, xy := range es.XYs() {
		if !math.IsNaN(xy.Y) {
			xys = append(xys, xy)
		}
	}
	sc, err := plotter.NewScatter(xys)
	if err != nil {
		return nil, nil, err
	}
	sc.GlyphStyle = glyph
	return bars, sc, nil
}

// quo returns a/b with the interval the rounding of both allows; ok is
// false when a is negative or b's interval reaches zero, where a quotient
// of rounded figures has no useful bound, or when it overflows.
func quo(a, b series.Value) (series.Estimate, bool) {
	ae, be := a.Estimate(), b.Estimate()
	if !(be.Lo > 0) || ae.Lo < 0 {
		return series.Estimate{}, false
	}
	q := ae.Quo(be)
	return q, q.Finite()
}

// firstErr returns the first error of derived figures none of which could
// be computed, or nil when any could.
func firstErr(ds []series.Derived) error {
	for _, d := range ds {
		if d.Err == nil {
			return nil
		}
	}
	if len(ds) == 0 {
		return ErrNoData
	}
	return ds[0].Err
}

// checkSeries returns an *InputError for no series, a nil series or one
// without values.
func checkSeries(chart string, ss ...*series.Series) error {
	if len(ss) == 0 {
		return &InputError{Chart: chart, Input: "series", Err: ErrNoData}
	}
	for i, s := range ss {
		if s == nil {
			return &InputError{Chart: chart, Input: fmt.Sprintf("series %d", i+1), Err: ErrNilSeries}
		}
		if _, _, ok := s.Span(); !ok {
			return &InputError{Chart: chart, Input: s.ID(), Err: ErrNoData}
		}
	}
	return nil
}

// checkPositive refuses a value that a log scale cannot show.
func checkPositive(chart string, ss ...*series.Series) error {
	for _, s := range ss {
		for p, pt := range s.All() {
			if !pt.Missing && !(pt.Value.Float64() > 0) {
				return &InputError{Chart: chart, Input: s.ID(), Err: fmt.Errorf("%w: %s at %s", ErrNonPositive, pt.Value, p)}
			}
		}
	}
	return nil
}

// checkOneUnit is checkSeries, and refuses series of different units on
// one axis.
func checkOneUnit(chart string, ss ...*series.Series) error {
	if err := checkSeries(chart, ss...); err != nil {
		return err
	}
	for _, s := range ss[1:] {
		if s.Unit() != ss[0].Unit() {
			return &InputError{Chart: chart, Input: s.ID(),
				Err: fmt.Errorf("%w: %s is in %q, %s in %q", ErrUnitMismatch, ss[0].ID(), ss[0].Unit(), s.ID(), s.Unit())}
		}
	}
	return nil
}

// seriesRange returns the lowest and highest values of the series.
func seriesRange(ss ...*series.Series) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, s := range ss {
		_, _, l, h := xyRange(SeriesXYs(s))
		lo, hi = math.Min(lo, l), math.Max(hi, h)
	}
	return lo, hi
}

// seriesName returns the series' name, or its id when it has none.
func seriesName(s *series.Series) string {
	if s.Name() != "" {
		return CleanText(s.Name())
	}
	return CleanText(s.ID())
}

// seriesLabel is a series' legend entry: its name, and its vintage if it
// is not the primary series.
func seriesLabel(s *series.Series) string {
	if v := s.Vintage(); v != "" {
		return seriesName(s) + " (" + CleanText(v) + ")"
	}
	return seriesName(s)
}

// reportName is a report's legend entry: its vintage, which names the report.
func reportName(s *series.Series) string {
	if v := s.Vintage(); v != "" {
		return CleanText(v)
	}
	return seriesName(s)
}

// periodAxis makes p's X axis a period axis from the start of first to the
// end of last.
func periodAxis(p *plot.Plot, first, last series.Period) {
	p.X.Tick.Marker = PeriodTicks{Frequency: first.Frequency()}
	p.X.Min, _ = PeriodBounds(first)
	_, p.X.Max = PeriodBounds(last)
}

// linearAxis sets a linear axis from lo to hi, rounded out to its major
// ticks, labelled with format.
func linearAxis(a *plot.Axis, lo, hi float64, format Format) {
	if !(hi > lo) {
		hi = lo + 1
	}
	var ticker LinearTicks
	if step := ticker.Step(lo, hi); step > 0 {
		lo = math.Floor(lo/step+1e-9) * step
		hi = math.Ceil(hi/step-1e-9) * step
	}
	a.Min, a.Max = lo, hi
	a.Tick.Marker = LabelTicks{Ticker: ticker, Format: format}
}

// logAxis sets a log axis from lo to hi, rounded out to the 1-2-5
// sequence, labelled with format.
func logAxis(a *plot.Axis, lo, hi float64, format Format) {
	a.Scale = plot.LogScale{}
	a.Tick.Marker = LogTicks{Format: format}
	a.Min, a.Max = logBounds(lo, hi)
	// gonum pads a vertical axis for its label as if the label were
	// centred on the arithmetic mean of Min and Max, which a log scale
	// puts near the top: a long label then pushes the data area down.
	// At the top of the axis the label is placed where it is drawn.
	a.Label.Position = draw.PosTop
}

// addEndLabel writes the last figure of es that is not a gap just right of
// it, in the style's colour, bold.
func addEndLabel(p *plot.Plot, t Theme, es Estimates, format Format, st SeriesStyle) {
	for i := len(es) - 1; i >= 0; i-- {
		e := es[i]
		if math.IsNaN(e.Point) {
			continue
		}
		l, _ := plotter.NewLabels(plotter.XYLabels{XYs: plotter.XYs{{X: e.X, Y: e.Point}}, Labels: []string{format(e.Point)}})
		ts := t.TextStyle(t.NoteSize + 0.5)
		ts.Font.Weight = xfont.WeightBold
		ts.Color = st.Line.Color
		ts.YAlign = draw.YCenter
		l.TextStyle[0] = ts
		l.Offset = vg.Point{X: vg.Points(8)}
		p.Add(l)
		return
	}
}

// dodge returns, for each report and each period of its span, an X offset
// that puts the reports that give the same period side by side, within
// width of a year, in the reports' order.
func dodge(reports []*series.Series, width float64) [][]float64 {
	type slot struct{ report, index int }
	at := map[series.Period][]slot{}
	var periods []series.Period
	offsets := make([][]float64, len(reports))
	for i, r := range reports {
		first, last, _ := r.Span()
		offsets[i] = make([]float64, last.Sub(first)+1)
		for p := first; p.Compare(last) <= 0; p = p.Add(1) {
			if pt, ok := r.At(p); ok && !pt.Missing {
				if _, seen := at[p]; !seen {
					periods = append(periods, p)
				}
				at[p] = append(at[p], slot{i, p.Sub(first)})
			}
		}
	}
	for _, p := range periods {
		slots := at[p]
		step := width / float64(len(slots))
		for k, s := range slots {
			offsets[s.report][s.index] = (float64(k) - float64(len(slots)-1)/2) * step
		}
	}
	return offsets
}
