package plots

import (
	"fmt"
	"math"
	"strconv"

	"github.com/finfig/finfig/series"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/palette/brewer"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// GrowthClaim is a claim that a series went from one figure to another:
// "$4.28 billion in 2012 to $69.66 billion in 2019".
type GrowthClaim struct {
	Quote      string        // the article's words
	Source     string        // where the claim is made: "seed 001"
	From, To   series.Period // the claimed periods
	Start, End series.Value  // the claimed figures, in the series' base units
}

// ClaimFigures charts series s as filed with a growth claim about it: the
// claimed figures as rings, joined by a dashed line labelled with the
// claimed multiple and CAGR (NewClaim).
func ClaimFigures(spec Spec, s *series.Series, c GrowthClaim) (*plot.Plot, error) {
	const chart = "claim-figures"
	if err := checkSeries(chart, s); err != nil {
		return nil, err
	}
	cl, err := NewClaim(c.From, c.To, c.Start, c.End)
	if err != nil {
		return nil, &InputError{Chart: chart, Input: "claim", Err: err}
	}
	p, _ := spec.newPlot()
	l, err := NewSeriesLine(s)
	if err != nil {
		return nil, &InputError{Chart: chart, Input: s.ID(), Err: err}
	}
	p.Add(l, cl)
	p.Legend.Add(seriesLabel(s)+" as filed", l)
	claimed := "Claimed figures"
	if c.Source != "" {
		claimed += " (" + CleanText(c.Source) + ")"
	}
	p.Legend.Add(claimed, cl)
	first, last := Span(s)
	if c.From.Before(first) {
		first = c.From
	}
	if last.Before(c.To) {
		last = c.To
	}
	periodAxis(p, first, last)
	lo, hi := seriesRange(s)
	_, _, clo, chi := cl.DataRange()
	linearAxis(&p.Y, math.Min(0, math.Min(lo, clo)), math.Max(hi, chi), spec.format())
	p.Add(spec.source(s))
	return p, nil
}

// ClaimRounding charts, for each end of a growth claim, the claimed figure
// and the filed one as differences from the filed figure, each with its
// rounding interval, and says whether the two are consistent: whether
// their intervals meet (series.Value.Consistent). The notes write the
// figures with ValueText(spec.Unit, …).
func ClaimRounding(spec Spec, s *series.Series, c GrowthClaim) (*plot.Plot, error) {
	const chart = "claim-rounding"
	if err := checkSeries(chart, s); err != nil {
		return nil, err
	}
	if c.From.IsZero() || c.To.IsZero() {
		return nil, &InputError{Chart: chart, Input: "claim", Err: fmt.Errorf("%w: the claim has no periods", ErrNoData)}
	}
	p, t := spec.newPlot()
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
		fe, ce := pt.Value.Estimate().Shift(-ref), e.claimed.Estimate().Shift(-ref)
		filed = append(filed, XEstimate{X: x + 0.15, Estimate: fe})
		claimed = append(claimed, XEstimate{X: x - 0.15, Estimate: ce})
		ticks = append(ticks, plot.Tick{Value: x, Label: e.period.String()})
		lo = math.Min(lo, math.Min(fe.Lo, ce.Lo))
		hi = math.Max(hi, math.Max(fe.Hi, ce.Hi))
		verdict := "consistent: the intervals meet"
		if !e.claimed.Consistent(pt.Value) {
			verdict = "not consistent: the intervals do not meet"
		}
		label := fmt.Sprintf("claimed %s, filed %s\n%s", ValueText(spec.Unit, e.claimed), ValueText(spec.Unit, pt.Value), verdict)
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
		glyph := t.Style(1 - k).Glyph
		glyph.Radius = vg.Points(4.5)
		name := "filed figure and its rounding interval"
		if k == 0 {
			glyph.Shape = draw.BoxGlyph{}
			name = "claimed figure and its rounding interval"
		}
		bars, sc, err := newMarks(es, glyph)
		if err != nil {
			return nil, &InputError{Chart: chart, Err: err}
		}
		bars.Width = vg.Points(2)
		bars.CapWidth = vg.Points(10)
		p.Add(bars, sc)
		p.Legend.Add(name, bars, sc)
	}
	p.X.Tick.Marker = plot.ConstantTicks(ticks)
	p.X.Min, p.X.Max = -0.6, float64(len(ends))-0.4
	p.Y.Tick.Marker = LabelTicks{Format: spec.format()}
	p.Y.Min, p.Y.Max = lo-0.15*span, hi+0.9*span
	p.Legend.Top, p.Legend.Left = false, false
	p.Legend.YOffs = vg.Points(6)
	p.Legend.XOffs = -vg.Points(8)
	src := spec.source(s)
	src.Left = true
	p.Add(src)
	return p, nil
}

// WindowHeatMap charts the CAGR of every window of s as a heat map
// (WindowGrid), each cell labelled with its rate. When c has periods it
// outlines the claimed window, with its rank among the windows of
// comparable length (series.WindowRank, the rank finfig check reports) in
// the legend, so that a reader sees whether the claim picked a favourable
// one. Only c's periods are used.
func WindowHeatMap(spec Spec, s *series.Series, c GrowthClaim) (*plot.Plot, error) {
	const chart = "windows"
	if err := checkSeries(chart, s); err != nil {
		return nil, err
	}
	g, err := NewWindowGrid(s)
	if err != nil {
		return nil, &InputError{Chart: chart, Input: s.ID(), Err: err}
	}
	t := DefaultTheme()
	// No grid lines: the cells tile the data area.
	p := t.NewPlot(spec.Title, spec.XLabel, spec.YLabel)
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

	if rank, of, minYears, ok := series.WindowRank(s, c.From, c.To); ok {
		x0, x1 := PeriodBounds(c.From)
		y0, y1 := PeriodBounds(c.To)
		o := &Outline{Min: plotter.XY{X: x0, Y: y0}, Max: plotter.XY{X: x1, Y: y1},
			LineStyle: draw.LineStyle{Color: t.Text, Width: vg.Points(3.5)}}
		p.Add(o)
		cagr := g.Z(c.From.Sub(periods[0]), c.To.Sub(periods[0])-1)
		p.Legend.Add(fmt.Sprintf("claimed window %s–%s: %.1f%%, %s highest of %d windows of %g+ years", c.From, c.To, 100*cagr, ordinal(rank), of, minYears), o)
	} else if !c.From.IsZero() {
		return nil, &InputError{Chart: chart, Input: "claim", Err: fmt.Errorf("%w: no window %s–%s in %s", ErrNoData, c.From, c.To, s.ID())}
	}
	p.Legend.Top, p.Legend.Left = false, false
	p.Legend.XOffs = -vg.Points(6)
	p.Legend.YOffs = vg.Points(26)
	p.Add(spec.source(s))
	return p, nil
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
