package plots

import (
	"fmt"
	"math"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/finfig/finfig/series"
	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/palette/brewer"
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

// Chart is one chart of a set: a name that serves as its file name's stem,
// its title, the plot, and the size it is meant to be drawn at.
type Chart struct {
	Name   string     // "01-revenue-linear"
	Title  string     // the plot's title
	Plot   *plot.Plot // the chart, to draw with Write or add to
	Width  vg.Length  // the size it is laid out for: its width
	Height vg.Length  // and its height
}

// Inputs are the series the standard charts are drawn from. The command
// fills them from the embedded data; tests and notebooks may build them by
// hand.
type Inputs struct {
	FacebookAdRevenue       *series.Series // facebook.ad_revenue
	NetflixStreamingRevenue *series.Series // netflix.streaming_revenue
	NetflixMarketing        *series.Series // netflix.marketing, as first filed

	// NetflixFacebookAdSpend holds every vintage of
	// netflix.facebook_ad_spend: one series per report, whose Vintage
	// names the report.
	NetflixFacebookAdSpend []*series.Series

	// FacebookMAU is facebook.mau. It is optional: without it the charts
	// of users and revenue per user are left out.
	FacebookMAU *series.Series

	// Claim is the claimed growth of Facebook's advertising revenue that
	// the claim charts check against FacebookAdRevenue.
	Claim GrowthClaim
}

// GrowthClaim is a claim that a series went from one figure to another:
// "$4.28 billion in 2012 to $69.66 billion in 2019".
type GrowthClaim struct {
	Quote      string        // the article's words
	Source     string        // where the claim is made: "seed 001"
	From, To   series.Period // the claimed periods
	Start, End series.Value  // the claimed figures, in the series' base units
}

// Standard builds the standard chart set from in, in order:
//
//	01-revenue-linear     both revenues, linear scale
//	02-revenue-log        both revenues, log scale
//	03-revenue-yoy        year-over-year growth of both, grouped bars
//	04-revenue-index      both indexed to their first common year = 100
//	05a-ad-spend-reports  Netflix's Facebook ad spending, each report its own mark
//	05b-ad-spend-shares   that spending as a share of Netflix marketing and Facebook ad revenue
//	06a-claim-figures     the claimed figures on the filed series, with the claim's label
//	06b-claim-rounding    the claimed figures' rounding intervals against the filings'
//	06c-claim-windows     the CAGR of every window, the claimed one outlined
//	07-users              Facebook monthly active users (when FacebookMAU is set)
//	08-revenue-per-user   advertising revenue per user (when FacebookMAU is set)
//
// The first error stops it.
func Standard(in Inputs) ([]Chart, error) {
	fb, nf := in.FacebookAdRevenue, in.NetflixStreamingRevenue
	type build struct {
		name string
		fn   func() (*plot.Plot, error)
		h    vg.Length
	}
	builds := []build{
		{"01-revenue-linear", func() (*plot.Plot, error) { return RevenueLinear(fb, nf) }, 0},
		{"02-revenue-log", func() (*plot.Plot, error) { return RevenueLog(fb, nf) }, 0},
		{"03-revenue-yoy", func() (*plot.Plot, error) { return RevenueYoY(fb, nf) }, 0},
		{"04-revenue-index", func() (*plot.Plot, error) {
			base, err := commonStart("revenue-index", fb, nf)
			if err != nil {
				return nil, err
			}
			return RevenueIndex(fb, nf, base)
		}, 0},
		{"05a-ad-spend-reports", func() (*plot.Plot, error) { return AdSpendReports(in.NetflixFacebookAdSpend) }, 0},
		{"05b-ad-spend-shares", func() (*plot.Plot, error) {
			return AdSpendShares(in.NetflixFacebookAdSpend, in.NetflixMarketing, fb)
		}, 0},
		{"06a-claim-figures", func() (*plot.Plot, error) { return ClaimFigures(fb, in.Claim) }, 0},
		{"06b-claim-rounding", func() (*plot.Plot, error) { return ClaimRounding(fb, in.Claim) }, 0},
		{"06c-claim-windows", func() (*plot.Plot, error) { return ClaimWindows(fb, in.Claim) }, 5.5 * vg.Inch},
	}
	if in.FacebookMAU != nil {
		builds = append(builds,
			build{"07-users", func() (*plot.Plot, error) { return Users(in.FacebookMAU) }, 0},
			build{"08-revenue-per-user", func() (*plot.Plot, error) { return RevenuePerUser(fb, in.FacebookMAU) }, 0},
		)
	}
	charts := make([]Chart, 0, len(builds))
	for _, b := range builds {
		p, err := b.fn()
		if err != nil {
			return nil, err
		}
		h := b.h
		if h == 0 {
			h = DefaultHeight
		}
		charts = append(charts, Chart{Name: b.name, Title: p.Title.Text, Plot: p, Width: DefaultWidth, Height: h})
	}
	return charts, nil
}

// RevenueLinear charts two revenue series (or any two series of one unit)
// as lines on a linear scale from zero.
func RevenueLinear(a, b *series.Series) (*plot.Plot, error) {
	return revenueLines("revenue-linear", a, b, false)
}

// RevenueLog charts two revenue series on a log scale, where equal growth
// rates are equal slopes; the axis is labelled in the 1-2-5 sequence.
// Every value must be positive.
func RevenueLog(a, b *series.Series) (*plot.Plot, error) {
	return revenueLines("revenue-log", a, b, true)
}

func revenueLines(chart string, a, b *series.Series, logY bool) (*plot.Plot, error) {
	ss := []*series.Series{a, b}
	if err := checkSeries(chart, ss...); err != nil {
		return nil, err
	}
	if err := sameUnit(chart, ss...); err != nil {
		return nil, err
	}
	if logY {
		if err := checkPositive(chart, ss...); err != nil {
			return nil, err
		}
	}
	t := DefaultTheme()
	first, last := unionSpan(ss...)
	title := fmt.Sprintf("Revenue, %s", spanText(first, last))
	ylabel := fmt.Sprintf("Revenue (%s per year)", a.Unit())
	if logY {
		title += ", on a log scale"
		ylabel = fmt.Sprintf("Revenue (%s per year, log scale)", a.Unit())
	}
	p := t.NewPlot(title, "Fiscal year", ylabel)
	addGrid(p, t)
	for i, s := range ss {
		l, err := NewSeriesLine(s)
		if err != nil {
			return nil, &InputError{Chart: chart, Input: s.ID(), Err: err}
		}
		st := t.Style(i)
		l.LineStyle, l.Glyph = st.Line, st.Glyph
		p.Add(l)
		p.Legend.Add(seriesLabel(s), l)
	}
	periodAxis(p, first, last)
	lo, hi := seriesRange(ss...)
	if logY {
		logAxis(&p.Y, lo, hi, UnitFormat(a.Unit()))
	} else {
		linearAxis(&p.Y, math.Min(0, lo), hi, UnitFormat(a.Unit()))
	}
	p.Add(NewSource(SourceLine(ss...)))
	return p, nil
}

// RevenueYoY charts the year-over-year growth of two series as grouped
// bars, each labelled with its rate. A rate that cannot be computed (a
// missing year) is marked "n/a", never drawn as zero.
func RevenueYoY(a, b *series.Series) (*plot.Plot, error) {
	const chart = "revenue-yoy"
	ss := []*series.Series{a, b}
	if err := checkSeries(chart, ss...); err != nil {
		return nil, err
	}
	t := DefaultTheme()
	var first, last series.Period
	var lo, hi float64
	var bars []*Bars
	width := 0.8 / float64(len(ss))
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
	p := t.NewPlot("Growth on the year before, "+spanText(first, last), "Fiscal year", "Growth on the year before (%)")
	addGrid(p, t)
	for i, br := range bars {
		p.Add(br)
		p.Legend.Add(seriesLabel(ss[i]), br)
	}
	periodAxis(p, first, last)
	// Head room for the legend above the tallest bars.
	linearAxis(&p.Y, math.Min(0, lo), hi*1.3, Percent())
	p.Legend.Left = false
	p.Legend.XOffs = -vg.Points(8)
	src := NewSource(SourceLine(ss...))
	src.Top = true
	src.Left = true
	p.Add(src)
	p.Legend.YOffs = -vg.Points(6)
	return p, nil
}

// RevenueIndex charts two series indexed to their values at base = 100, so
// that their growth compares from a common start. Both need a value at base.
func RevenueIndex(a, b *series.Series, base series.Period) (*plot.Plot, error) {
	const chart = "revenue-index"
	ss := []*series.Series{a, b}
	if err := checkSeries(chart, ss...); err != nil {
		return nil, err
	}
	t := DefaultTheme()
	p := t.NewPlot(fmt.Sprintf("Revenue indexed to %s = 100", base), "Fiscal year", fmt.Sprintf("Index (%s = 100)", base))
	addGrid(p, t)
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
		// The last value, written at the end of its line.
		for j := len(es) - 1; j >= 0; j-- {
			if !math.IsNaN(es[j].Point) {
				p.Add(endLabel(t, es[j].X, es[j].Point, Plain()(es[j].Point), st))
				break
			}
		}
	}
	first, last := unionSpan(ss...)
	periodAxis(p, first, last)
	linearAxis(&p.Y, 0, hi, Plain())
	// At the top, clear of the reference line at 100.
	src := NewSource(SourceLine(ss...))
	src.Top = true
	p.Add(src)
	return p, nil
}

// AdSpendReports charts a figure as each report gives it: one series per
// report (a vintage), each its own mark with its rounding interval, side by
// side where reports give the same period, so that disagreement shows.
func AdSpendReports(reports []*series.Series) (*plot.Plot, error) {
	const chart = "ad-spend-reports"
	if err := checkReports(chart, reports); err != nil {
		return nil, err
	}
	t := DefaultTheme()
	first, last := unionSpan(reports...)
	p := t.NewPlot(seriesName(reports[0])+", as reported", "Year", reports[0].Unit()+" per year")
	addGrid(p, t)
	offsets := dodge(reports, 0.7)
	_, hi := seriesRange(reports...)
	for i, r := range reports {
		es := SeriesEstimates(r)
		for j := range es {
			es[j].X += offsets[i][j]
		}
		st := t.Style(i)
		bars, err := NewErrorBars(es)
		if err != nil {
			return nil, &InputError{Chart: chart, Input: reportName(r), Err: err}
		}
		bars.Color = st.Glyph.Color
		bars.MinLength = vg.Points(12)
		sc, err := plotter.NewScatter(dropGaps(es.XYs()))
		if err != nil {
			return nil, &InputError{Chart: chart, Input: reportName(r), Err: err}
		}
		sc.GlyphStyle = st.Glyph
		sc.GlyphStyle.Radius = vg.Points(4.5)
		p.Add(bars, sc)
		p.Legend.Add(reportName(r), sc)
		_, _, _, h := es.dataRange()
		hi = math.Max(hi, h)
	}
	periodAxis(p, first, last)
	linearAxis(&p.Y, 0, hi*1.15, UnitFormat(reports[0].Unit()))
	p.Legend.Top, p.Legend.Left = true, true
	p.Add(NewSource(SourceLine(reports...)))
	return p, nil
}

// AdSpendShares charts each report's figure as a share of two totals for
// the same period (such as Netflix's marketing expense and Facebook's
// advertising revenue), on a log scale since the shares differ by an order
// of magnitude. A report for a period a total does not cover is left out.
// Intervals combine the rounding of both figures.
func AdSpendShares(reports []*series.Series, totals ...*series.Series) (*plot.Plot, error) {
	const chart = "ad-spend-shares"
	if err := checkReports(chart, reports); err != nil {
		return nil, err
	}
	if len(totals) == 0 {
		return nil, &InputError{Chart: chart, Input: "totals", Err: ErrNilSeries}
	}
	if err := checkSeries(chart, totals...); err != nil {
		return nil, err
	}
	if err := sameUnit(chart, append([]*series.Series{reports[0]}, totals...)...); err != nil {
		return nil, err
	}
	t := DefaultTheme()
	first, last := unionSpan(reports...)
	p := t.NewPlot("Reported spending as a share of two totals", "Year", "Share (log scale)")
	addGrid(p, t)
	offsets := dodge(reports, 0.7)
	lo, hi := math.Inf(1), math.Inf(-1)
	for k, total := range totals {
		var es Estimates
		for i, r := range reports {
			for _, pt := range r.Points() {
				if pt.Missing {
					continue
				}
				d, ok := total.At(pt.Period)
				if !ok || d.Missing {
					continue
				}
				e, ok := share(pt.Value, d.Value)
				if !ok {
					continue
				}
				es = append(es, XEstimate{X: PeriodX(pt.Period) + offsets[i][pt.Period.Sub(firstPeriod(r))], Estimate: e})
			}
		}
		if len(es) == 0 {
			return nil, &InputError{Chart: chart, Input: total.ID(), Err: fmt.Errorf("%w: no report falls in a period it covers", ErrNoData)}
		}
		st := t.Style(k)
		bars, err := NewErrorBars(es)
		if err != nil {
			return nil, &InputError{Chart: chart, Input: total.ID(), Err: err}
		}
		bars.Color = st.Glyph.Color
		bars.MinLength = vg.Points(12)
		sc, err := plotter.NewScatter(es.XYs())
		if err != nil {
			return nil, &InputError{Chart: chart, Input: total.ID(), Err: err}
		}
		sc.GlyphStyle = st.Glyph
		sc.GlyphStyle.Radius = vg.Points(4)
		p.Add(bars, sc)
		p.Legend.Add("of "+seriesLabel(total), sc)
		_, _, l, h := es.dataRange()
		lo, hi = math.Min(lo, l), math.Max(hi, h)
	}
	if !(lo > 0) {
		return nil, &InputError{Chart: chart, Err: ErrNonPositive}
	}
	periodAxis(p, first, last)
	// Room for the legend above the points and the source line below.
	logAxis(&p.Y, lo/4, hi*2, Percent())
	p.Add(NewSource(SourceLine(append(append([]*series.Series(nil), reports...), totals...)...)))
	return p, nil
}

// ClaimFigures charts a series as filed with a growth claim about it: the
// claimed figures as rings, joined by a dashed line labelled with the
// claimed multiple and CAGR.
func ClaimFigures(s *series.Series, c GrowthClaim) (*plot.Plot, error) {
	const chart = "claim-figures"
	if err := checkSeries(chart, s); err != nil {
		return nil, err
	}
	cl, err := NewClaim(c.From, c.To, c.Start, c.End)
	if err != nil {
		return nil, &InputError{Chart: chart, Input: "claim", Err: err}
	}
	t := DefaultTheme()
	title := "Claimed growth of " + seriesName(s)
	if c.Quote != "" {
		title = "“" + c.Quote + "”"
	}
	p := t.NewPlot(title, "Fiscal year", fmt.Sprintf("%s per year", s.Unit()))
	addGrid(p, t)
	l, err := NewSeriesLine(s)
	if err != nil {
		return nil, &InputError{Chart: chart, Input: s.ID(), Err: err}
	}
	st := t.Style(0)
	l.LineStyle, l.Glyph = st.Line, st.Glyph
	p.Add(l, cl)
	p.Legend.Add(seriesLabel(s)+" as filed", l)
	claimed := "Claimed figures"
	if c.Source != "" {
		claimed += " (" + CleanText(c.Source) + ")"
	}
	p.Legend.Add(claimed, cl)
	first, last := unionSpan(s)
	if c.From.Before(first) {
		first = c.From
	}
	if last.Before(c.To) {
		last = c.To
	}
	periodAxis(p, first, last)
	lo, hi := seriesRange(s)
	_, _, clo, chi := cl.DataRange()
	linearAxis(&p.Y, math.Min(0, math.Min(lo, clo)), math.Max(hi, chi), UnitFormat(s.Unit()))
	p.Add(NewSource(SourceLine(s)))
	return p, nil
}

// ClaimRounding charts, for each end of a growth claim, the claimed figure
// and the filed one as differences from the filed figure, each with its
// rounding interval, and says whether the two are consistent: whether
// their intervals meet (series.Value.Consistent).
func ClaimRounding(s *series.Series, c GrowthClaim) (*plot.Plot, error) {
	const chart = "claim-rounding"
	if err := checkSeries(chart, s); err != nil {
		return nil, err
	}
	if c.From.IsZero() || c.To.IsZero() {
		return nil, &InputError{Chart: chart, Input: "claim", Err: fmt.Errorf("%w: the claim has no periods", ErrNoData)}
	}
	t := DefaultTheme()
	p := t.NewPlot("Rounding: the claimed figures against the filings", "Fiscal year", "Difference from the filed figure ("+s.Unit()+")")
	addGrid(p, t)
	zero := plotter.NewFunction(func(float64) float64 { return 0 })
	zero.LineStyle = draw.LineStyle{Color: t.Muted, Width: vg.Points(0.75)}
	p.Add(zero)

	ends := []struct {
		period  series.Period
		claimed series.Value
	}{{c.From, c.Start}, {c.To, c.End}}
	var filed, claimed Estimates
	var ticks []plot.Tick
	var notes []*plotter.Labels
	lo, hi := 0.0, 0.0
	for i, e := range ends {
		pt, ok := s.At(e.period)
		if !ok || pt.Missing {
			return nil, &InputError{Chart: chart, Input: s.ID(), Err: fmt.Errorf("%w: no filed value for %s", ErrNoData, e.period)}
		}
		ref := pt.Value.Float64()
		x := float64(i)
		fe, ce := pt.Value.Estimate(), e.claimed.Estimate()
		filed = append(filed, XEstimate{X: x + 0.15, Estimate: offset(fe, ref)})
		claimed = append(claimed, XEstimate{X: x - 0.15, Estimate: offset(ce, ref)})
		ticks = append(ticks, plot.Tick{Value: x, Label: e.period.String()})
		lo = math.Min(lo, math.Min(fe.Lo, ce.Lo)-ref)
		hi = math.Max(hi, math.Max(fe.Hi, ce.Hi)-ref)
		verdict := "consistent: the intervals meet"
		if !e.claimed.Consistent(pt.Value) {
			verdict = "not consistent: the intervals do not meet"
		}
		label := fmt.Sprintf("claimed %s, filed %s\n%s", ValueText(s.Unit(), e.claimed), ValueText(s.Unit(), pt.Value), verdict)
		n, err := plotter.NewLabels(plotter.XYLabels{XYs: plotter.XYs{{X: x, Y: 0}}, Labels: []string{label}})
		if err != nil {
			return nil, &InputError{Chart: chart, Err: err}
		}
		notes = append(notes, n)
	}
	span := hi - lo
	for _, n := range notes {
		n.XYs[0].Y = hi + 0.3*span
		n.TextStyle[0] = t.TextStyle(t.NoteSize)
		n.TextStyle[0].XAlign, n.TextStyle[0].YAlign = draw.XCenter, draw.YBottom
		p.Add(n)
	}
	for k, es := range []Estimates{claimed, filed} {
		st := t.Style(1 - k)
		bars, err := NewErrorBars(es)
		if err != nil {
			return nil, &InputError{Chart: chart, Err: err}
		}
		bars.Color = st.Glyph.Color
		bars.Width = vg.Points(2)
		bars.CapWidth = vg.Points(10)
		sc, err := plotter.NewScatter(es.XYs())
		if err != nil {
			return nil, &InputError{Chart: chart, Err: err}
		}
		sc.GlyphStyle = st.Glyph
		sc.GlyphStyle.Radius = vg.Points(4.5)
		if k == 0 {
			sc.GlyphStyle.Shape = draw.BoxGlyph{}
		}
		p.Add(bars, sc)
		name := "claimed figure and its rounding interval"
		if k == 1 {
			name = "filed figure and its rounding interval"
		}
		p.Legend.Add(name, bars, sc)
	}
	p.X.Tick.Marker = plot.ConstantTicks(ticks)
	p.X.Min, p.X.Max = -0.6, float64(len(ends))-0.4
	p.Y.Tick.Marker = LabelTicks{Format: UnitFormat(s.Unit())}
	p.Y.Min, p.Y.Max = lo-0.15*span, hi+0.9*span
	p.Legend.Top, p.Legend.Left = false, false
	p.Legend.YOffs = vg.Points(6)
	p.Legend.XOffs = -vg.Points(8)
	src := NewSource(SourceLine(s))
	src.Left = true
	p.Add(src)
	return p, nil
}

// ClaimWindows charts the CAGR of every window of s as a heat map, each
// cell labelled with its rate, and outlines the claimed window, so that a
// reader sees whether the claim picked a favourable one.
func ClaimWindows(s *series.Series, c GrowthClaim) (*plot.Plot, error) {
	const chart = "claim-windows"
	if err := checkSeries(chart, s); err != nil {
		return nil, err
	}
	g, err := NewWindowGrid(s)
	if err != nil {
		return nil, &InputError{Chart: chart, Input: s.ID(), Err: err}
	}
	t := DefaultTheme()
	p := t.NewPlot("CAGR of every window of "+seriesName(s), "First year of the window", "Last year of the window")
	pal, err := brewer.GetPalette(brewer.TypeSequential, "Blues", 9)
	if err != nil {
		return nil, &InputError{Chart: chart, Err: err}
	}
	hm := plotter.NewHeatMap(g, pal)
	if hm.Min == hm.Max {
		hm.Min, hm.Max = hm.Min-0.01, hm.Max+0.01
	}
	hm.NaN = t.Background
	p.Add(hm)
	st := t.TextStyle(t.NoteSize + 0.5)
	p.Add(&GridLabels{HeatMap: hm, Format: WholePercent(), TextStyle: st})

	periods := g.Periods
	p.X.Tick.Marker = PeriodTicks{Frequency: s.Frequency()}
	p.Y.Tick.Marker = PeriodTicks{Frequency: s.Frequency()}
	p.X.Min, _ = PeriodBounds(periods[0])
	_, p.X.Max = PeriodBounds(periods[len(periods)-2])
	p.Y.Min, _ = PeriodBounds(periods[1])
	_, p.Y.Max = PeriodBounds(periods[len(periods)-1])

	if _, _, ok := g.Rank(c.From, c.To); ok {
		x0, x1 := PeriodBounds(c.From)
		y0, y1 := PeriodBounds(c.To)
		o := &Outline{Min: plotter.XY{X: x0, Y: y0}, Max: plotter.XY{X: x1, Y: y1},
			LineStyle: draw.LineStyle{Color: t.Text, Width: vg.Points(3.5)}}
		p.Add(o)
		cagr := g.Z(c.From.Sub(periods[0]), c.To.Sub(periods[0])-1)
		// The rank is the one finfig check reports: among the windows of
		// comparable length (series.WindowRank).
		rank, of, minYears, _ := series.WindowRank(s, c.From, c.To)
		p.Legend.Add(fmt.Sprintf("claimed window %s–%s: %.1f%%, %s highest of %d windows of %g+ years", c.From, c.To, 100*cagr, ordinal(rank), of, minYears), o)
	} else if !c.From.IsZero() {
		return nil, &InputError{Chart: chart, Input: "claim", Err: fmt.Errorf("%w: no window %s–%s in %s", ErrNoData, c.From, c.To, s.ID())}
	}
	p.Legend.Top, p.Legend.Left = false, false
	p.Legend.XOffs = -vg.Points(6)
	p.Legend.YOffs = vg.Points(26)
	p.Add(NewSource(SourceLine(s)))
	return p, nil
}

// Users charts a count, such as monthly active users, as a line from zero.
func Users(users *series.Series) (*plot.Plot, error) {
	const chart = "users"
	if err := checkSeries(chart, users); err != nil {
		return nil, err
	}
	t := DefaultTheme()
	first, last := unionSpan(users)
	p := t.NewPlot(fmt.Sprintf("%s, %s", seriesName(users), spanText(first, last)), "Fiscal year (at year end)", capitalize(users.Unit()))
	addGrid(p, t)
	l, err := NewSeriesLine(users)
	if err != nil {
		return nil, &InputError{Chart: chart, Input: users.ID(), Err: err}
	}
	p.Add(l)
	periodAxis(p, first, last)
	_, hi := seriesRange(users)
	linearAxis(&p.Y, 0, hi, UnitFormat(users.Unit()))
	p.Add(NewSource(SourceLine(users)))
	return p, nil
}

// RevenuePerUser charts revenue divided by the year-end user count, with
// the interval the rounding of both allows. A year missing either figure is
// a gap.
func RevenuePerUser(revenue, users *series.Series) (*plot.Plot, error) {
	const chart = "revenue-per-user"
	if err := checkSeries(chart, revenue, users); err != nil {
		return nil, err
	}
	var es Estimates
	for _, pt := range revenue.Points() {
		e := XEstimate{X: PeriodX(pt.Period), Estimate: gapEstimate()}
		u, ok := users.At(pt.Period)
		if !pt.Missing && ok && !u.Missing {
			if q, ok := share(pt.Value, u.Value); ok {
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
		return nil, &InputError{Chart: chart, Err: fmt.Errorf("%w: no year has both figures", ErrNoData)}
	}
	t := DefaultTheme()
	first, last := unionSpan(revenue)
	p := t.NewPlot(fmt.Sprintf("%s per user, %s", seriesName(revenue), spanText(first, last)), "Fiscal year",
		fmt.Sprintf("%s per year-end user", revenue.Unit()))
	addGrid(p, t)
	bars, err := NewErrorBars(es)
	if err != nil {
		return nil, &InputError{Chart: chart, Err: err}
	}
	p.Add(bars, l)
	for i := len(es) - 1; i >= 0; i-- {
		if !math.IsNaN(es[i].Point) {
			p.Add(endLabel(t, es[i].X, es[i].Point, UnitFormat(revenue.Unit())(es[i].Point), t.Style(0)))
			break
		}
	}
	periodAxis(p, first, last)
	linearAxis(&p.Y, 0, hi, UnitFormat(revenue.Unit()))
	p.Add(NewSource(SourceLine(revenue, users)))
	return p, nil
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

// checkSeries returns an *InputError for a nil series or one without values.
func checkSeries(chart string, ss ...*series.Series) error {
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

// checkReports checks the reports of one figure: at least one, none nil
// or empty, all of one unit.
func checkReports(chart string, reports []*series.Series) error {
	if len(reports) == 0 {
		return &InputError{Chart: chart, Input: "reports", Err: ErrNoData}
	}
	if err := checkSeries(chart, reports...); err != nil {
		return err
	}
	return sameUnit(chart, reports...)
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

// sameUnit refuses series of different units on one axis.
func sameUnit(chart string, ss ...*series.Series) error {
	for _, s := range ss[1:] {
		if s.Unit() != ss[0].Unit() {
			return &InputError{Chart: chart, Input: s.ID(),
				Err: fmt.Errorf("%w: %s is in %q, %s in %q", ErrUnitMismatch, ss[0].ID(), ss[0].Unit(), s.ID(), s.Unit())}
		}
	}
	return nil
}

// commonStart returns the first period in which every series has a value.
func commonStart(chart string, ss ...*series.Series) (series.Period, error) {
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

// unionSpan returns the first and last periods with a value in any of the
// series, which checkSeries has found non-empty.
func unionSpan(ss ...*series.Series) (first, last series.Period) {
	for _, s := range ss {
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

// seriesRange returns the lowest and highest values of the series.
func seriesRange(ss ...*series.Series) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, s := range ss {
		_, _, l, h := xyRange(SeriesXYs(s))
		lo, hi = math.Min(lo, l), math.Max(hi, h)
	}
	return lo, hi
}

// firstPeriod returns the first period with a value.
func firstPeriod(s *series.Series) series.Period {
	f, _, _ := s.Span()
	return f
}

// spanText writes a span of periods as "2012–2019", or "2019" for one.
func spanText(first, last series.Period) string {
	if first == last {
		return first.String()
	}
	return first.String() + "–" + last.String()
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

// addGrid adds horizontal grid lines at the Y axis' major ticks.
func addGrid(p *plot.Plot, t Theme) {
	g := plotter.NewGrid()
	g.Vertical.Color = nil
	g.Horizontal = t.Grid
	p.Add(g)
}

// endLabel writes text just right of the point (x, y), in the style's
// colour, bold.
func endLabel(t Theme, x, y float64, label string, st SeriesStyle) *plotter.Labels {
	l, _ := plotter.NewLabels(plotter.XYLabels{XYs: plotter.XYs{{X: x, Y: y}}, Labels: []string{label}})
	ts := t.TextStyle(t.NoteSize + 0.5)
	ts.Font.Weight = xfont.WeightBold
	ts.Color = st.Line.Color
	ts.YAlign = draw.YCenter
	l.TextStyle[0] = ts
	l.Offset = vg.Point{X: vg.Points(8)}
	return l
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

// dropGaps returns the points that are not gaps.
func dropGaps(xys plotter.XYs) plotter.XYs {
	var out plotter.XYs
	for _, xy := range xys {
		if !math.IsNaN(xy.Y) {
			out = append(out, xy)
		}
	}
	return out
}

// share returns a/b with the interval the rounding of both allows,
// [a_lo/b_hi, a_hi/b_lo]; ok is false when b's interval reaches zero.
func share(a, b series.Value) (series.Estimate, bool) {
	ai, bi := a.Interval(), b.Interval()
	if !(bi.Lo > 0) || ai.Lo < 0 {
		return series.Estimate{}, false
	}
	return series.Estimate{Point: a.Float64() / b.Float64(), Lo: ai.Lo / bi.Hi, Hi: ai.Hi / bi.Lo}, true
}

// offset returns e less ref.
func offset(e series.Estimate, ref float64) series.Estimate {
	return series.Estimate{Point: e.Point - ref, Lo: e.Lo - ref, Hi: e.Hi - ref}
}

// ordinal writes n as "1st", "2nd", "16th".
func ordinal(n int) string {
	suffix := "th"
	switch n % 10 {
	case 1:
		suffix = "st"
	case 2:
		suffix = "nd"
	case 3:
		suffix = "rd"
	}
	if n%100 >= 11 && n%100 <= 13 {
		suffix = "th"
	}
	return strconv.Itoa(n) + suffix
}

// capitalize returns s with its first letter in upper case.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
