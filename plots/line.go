package plots

import (
	"fmt"
	"image/color"
	"math"

	"github.com/finfig/finfig/series"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Line is a plot.Plotter that joins its points in order with straight
// segments and breaks wherever a point's Y is NaN: a missing period is a
// gap in the line, never a segment drawn across it. gonum's plotter.Line
// rejects NaN, so it cannot draw a gap.
//
// A point with a gap on both sides has no segment; it is drawn with Glyph,
// or with a dot of the line's colour when Glyph has no Shape, so that it
// never vanishes.
type Line struct {
	XYs plotter.XYs // Y NaN marks a gap
	draw.LineStyle
	Glyph draw.GlyphStyle // drawn at every point when Shape is not nil
}

// NewLine returns a Line of a copy of xys in the default theme's first
// style. X must be finite; Y finite or NaN.
func NewLine(xys plotter.XYer) (*Line, error) {
	pts := make(plotter.XYs, xys.Len())
	for i := range pts {
		x, y := xys.XY(i)
		if math.IsNaN(x) || math.IsInf(x, 0) || math.IsInf(y, 0) {
			return nil, fmt.Errorf("plots: point %d (%g, %g): %w", i, x, y, ErrBadValue)
		}
		pts[i] = plotter.XY{X: x, Y: y}
	}
	st := DefaultTheme().Style(0)
	return &Line{XYs: pts, LineStyle: st.Line, Glyph: st.Glyph}, nil
}

// SeriesXYs returns the points of s from its first to its last value, one
// per period: X is PeriodX of the period, Y the value in base units, NaN
// for a period with no value (an explicit gap or one the series skips).
func SeriesXYs(s *series.Series) plotter.XYs {
	first, last, ok := s.Span()
	if !ok {
		return nil
	}
	var xys plotter.XYs
	for p := first; p.Compare(last) <= 0; p = p.Add(1) {
		y := math.NaN()
		if pt, ok := s.At(p); ok && !pt.Missing {
			y = pt.Value.Float64()
		}
		xys = append(xys, plotter.XY{X: PeriodX(p), Y: y})
	}
	return xys
}

// NewSeriesLine returns the Line of s: SeriesXYs(s), broken at its gaps.
func NewSeriesLine(s *series.Series) (*Line, error) {
	if s == nil {
		return nil, ErrNilSeries
	}
	xys := SeriesXYs(s)
	if len(xys) == 0 {
		return nil, fmt.Errorf("plots: series %q: %w", s.ID(), ErrNoData)
	}
	return NewLine(xys)
}

// Plot implements plot.Plotter.
func (l *Line) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	logY := isLog(p.Y.Scale)
	var run []vg.Point
	flush := func() {
		switch {
		case len(run) > 1:
			c.StrokeLines(l.LineStyle, c.ClipLinesXY(run)...)
		case len(run) == 1 && l.Glyph.Shape == nil:
			c.DrawGlyph(draw.GlyphStyle{Color: l.Color, Radius: l.Width, Shape: draw.CircleGlyph{}}, run[0])
		}
		run = nil
	}
	for _, pt := range l.XYs {
		if math.IsNaN(pt.Y) || (logY && pt.Y <= 0) {
			flush()
			continue
		}
		run = append(run, vg.Point{X: trX(pt.X), Y: trY(pt.Y)})
	}
	flush()
	if l.Glyph.Shape != nil {
		for _, pt := range l.XYs {
			if math.IsNaN(pt.Y) || (logY && pt.Y <= 0) {
				continue
			}
			c.DrawGlyph(l.Glyph, vg.Point{X: trX(pt.X), Y: trY(pt.Y)})
		}
	}
}

// DataRange implements plot.DataRanger. Gaps do not count.
func (l *Line) DataRange() (xmin, xmax, ymin, ymax float64) {
	return xyRange(l.XYs)
}

// GlyphBoxes implements plot.GlyphBoxer, so that markers are not clipped.
func (l *Line) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	if l.Glyph.Shape == nil {
		return nil
	}
	var boxes []plot.GlyphBox
	for _, pt := range l.XYs {
		if math.IsNaN(pt.Y) || (isLog(p.Y.Scale) && pt.Y <= 0) {
			continue
		}
		boxes = append(boxes, plot.GlyphBox{X: p.X.Norm(pt.X), Y: p.Y.Norm(pt.Y), Rectangle: l.Glyph.Rectangle()})
	}
	return boxes
}

// Thumbnail implements plot.Thumbnailer: a short line with a marker.
func (l *Line) Thumbnail(c *draw.Canvas) {
	y := c.Center().Y
	c.StrokeLine2(l.LineStyle, c.Min.X, y, c.Max.X, y)
	if l.Glyph.Shape != nil {
		c.DrawGlyphNoClip(l.Glyph, c.Center())
	}
}

// xyRange returns the range of the points that are not gaps, or +Inf, -Inf
// when there are none, which leaves a plot's range as it was.
func xyRange(xys plotter.XYs) (xmin, xmax, ymin, ymax float64) {
	return extent(xys, func(xy plotter.XY) (x, lo, hi float64) { return xy.X, xy.Y, xy.Y })
}

// extent returns the range of items, each at x from lo to hi, leaving out
// gaps (lo or hi NaN); +Inf, -Inf when all are gaps.
func extent[T any](items []T, at func(T) (x, lo, hi float64)) (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for _, it := range items {
		x, lo, hi := at(it)
		if math.IsNaN(lo) || math.IsNaN(hi) {
			continue
		}
		xmin, xmax = math.Min(xmin, x), math.Max(xmax, x)
		ymin, ymax = math.Min(ymin, lo), math.Max(ymax, hi)
	}
	return xmin, xmax, ymin, ymax
}

// isLog reports whether an axis scale is logarithmic.
func isLog(n plot.Normalizer) bool {
	switch n.(type) {
	case plot.LogScale, *plot.LogScale:
		return true
	}
	return false
}

// XEstimate is a figure at X with the interval its rounding allows: a
// reported value's rounding interval, or the interval a derived figure
// (a multiple, a rate, a share) inherits from its inputs.
type XEstimate struct {
	X float64 // the figure's X coordinate, such as PeriodX of its period
	series.Estimate
}

// Estimates is a sequence of figures with their intervals. A NaN Point
// marks a gap: a period with no figure.
type Estimates []XEstimate

// SeriesEstimates returns the values of s from its first to its last value,
// one per period at PeriodX, each with its rounding interval
// (series.Value.Interval); a period with no value is a gap.
func SeriesEstimates(s *series.Series) Estimates {
	first, last, ok := s.Span()
	if !ok {
		return nil
	}
	var es Estimates
	for p := first; p.Compare(last) <= 0; p = p.Add(1) {
		e := XEstimate{X: PeriodX(p), Estimate: gapEstimate()}
		if pt, ok := s.At(p); ok && !pt.Missing {
			e.Estimate = pt.Value.Estimate()
		}
		es = append(es, e)
	}
	return es
}

// DerivedEstimates returns derived figures, such as those of series.YoY or
// series.Index, at PeriodX of their periods; one that could not be computed
// (its Err is set) is a gap.
func DerivedEstimates(ds []series.Derived) Estimates {
	es := make(Estimates, len(ds))
	for i, d := range ds {
		es[i] = XEstimate{X: PeriodX(d.Period), Estimate: d.Estimate}
		if d.Err != nil {
			es[i].Estimate = gapEstimate()
		}
	}
	return es
}

func gapEstimate() series.Estimate {
	nan := math.NaN()
	return series.Estimate{Point: nan, Lo: nan, Hi: nan}
}

// XYs returns the points of the estimates, NaN at gaps, for a Line or Bars.
func (es Estimates) XYs() plotter.XYs {
	xys := make(plotter.XYs, len(es))
	for i, e := range es {
		xys[i] = plotter.XY{X: e.X, Y: e.Point}
	}
	return xys
}

// check returns an error for an estimate that is neither a gap nor a
// finite point inside a finite interval.
func (es Estimates) check() error {
	for i, e := range es {
		if math.IsNaN(e.Point) {
			continue
		}
		finite := !math.IsInf(e.X, 0) && !math.IsNaN(e.X) && !math.IsInf(e.Point, 0) &&
			!math.IsInf(e.Lo, 0) && !math.IsInf(e.Hi, 0) && !math.IsNaN(e.Lo) && !math.IsNaN(e.Hi)
		if !finite || e.Lo > e.Point || e.Point > e.Hi {
			return fmt.Errorf("plots: estimate %d (%g: %v): %w", i, e.X, e.Estimate, ErrBadValue)
		}
	}
	return nil
}

// dataRange returns the range of the intervals that are not gaps.
func (es Estimates) dataRange() (xmin, xmax, ymin, ymax float64) {
	return extent(es, func(e XEstimate) (x, lo, hi float64) {
		if math.IsNaN(e.Point) {
			return e.X, math.NaN(), math.NaN()
		}
		return e.X, e.Lo, e.Hi
	})
}

// Band is a plot.Plotter that fills the interval [Lo, Hi] of a run of
// estimates as one band, broken at gaps like a Line. A lone estimate between
// two gaps is drawn as a vertical stroke.
type Band struct {
	Estimates
	Color color.Color // the band's fill
}

// NewBand returns a Band of the estimates in a light tint of the default
// theme's first colour. Points must be finite, or NaN for a gap, and lie in
// their intervals.
func NewBand(es Estimates) (*Band, error) {
	if err := es.check(); err != nil {
		return nil, err
	}
	return &Band{Estimates: append(Estimates(nil), es...), Color: tint(DefaultTheme().Style(0).Fill, 0.25)}, nil
}

// Plot implements plot.Plotter.
func (b *Band) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	logY := isLog(p.Y.Scale)
	var run Estimates
	flush := func() {
		switch len(run) {
		case 0:
		case 1:
			e := run[0]
			x := trX(e.X)
			c.StrokeLine2(draw.LineStyle{Color: b.Color, Width: vg.Points(2)}, x, trY(e.Lo), x, trY(e.Hi))
		default:
			poly := make([]vg.Point, 0, 2*len(run))
			for _, e := range run {
				poly = append(poly, vg.Point{X: trX(e.X), Y: trY(e.Hi)})
			}
			for i := len(run) - 1; i >= 0; i-- {
				poly = append(poly, vg.Point{X: trX(run[i].X), Y: trY(run[i].Lo)})
			}
			c.FillPolygon(b.Color, c.ClipPolygonXY(poly))
		}
		run = run[:0]
	}
	for _, e := range b.Estimates {
		if math.IsNaN(e.Point) || (logY && e.Lo <= 0) {
			flush()
			continue
		}
		run = append(run, e)
	}
	flush()
}

// DataRange implements plot.DataRanger: the intervals' range.
func (b *Band) DataRange() (xmin, xmax, ymin, ymax float64) { return b.dataRange() }

// Thumbnail implements plot.Thumbnailer.
func (b *Band) Thumbnail(c *draw.Canvas) {
	h := (c.Max.Y - c.Min.Y) / 4
	y := c.Center().Y
	c.FillPolygon(b.Color, []vg.Point{
		{X: c.Min.X, Y: y - h}, {X: c.Max.X, Y: y - h},
		{X: c.Max.X, Y: y + h}, {X: c.Min.X, Y: y + h},
	})
}

// ErrorBars is a plot.Plotter that draws the interval of each estimate as a
// vertical bar with caps, and nothing at gaps.
type ErrorBars struct {
	Estimates
	draw.LineStyle
	CapWidth vg.Length // total width of a cap

	// MinLength leaves out a bar shorter than it on the canvas, such as
	// the rounding interval of a figure stated to the million on an axis
	// of hundreds of millions, which a marker would hide anyway.
	MinLength vg.Length
}

// NewErrorBars returns ErrorBars of the estimates in the default theme's
// text colour. Points must be finite, or NaN for a gap, and lie in their
// intervals.
func NewErrorBars(es Estimates) (*ErrorBars, error) {
	if err := es.check(); err != nil {
		return nil, err
	}
	t := DefaultTheme()
	return &ErrorBars{
		Estimates: append(Estimates(nil), es...),
		LineStyle: draw.LineStyle{Color: t.Text, Width: vg.Points(1)},
		CapWidth:  vg.Points(6),
	}, nil
}

// Plot implements plot.Plotter.
func (e *ErrorBars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	logY := isLog(p.Y.Scale)
	for _, es := range e.Estimates {
		if math.IsNaN(es.Point) || (logY && es.Lo <= 0) {
			continue
		}
		x, lo, hi := trX(es.X), trY(es.Lo), trY(es.Hi)
		if hi-lo < e.MinLength {
			continue
		}
		c.StrokeLines(e.LineStyle, c.ClipLinesXY([]vg.Point{{X: x, Y: lo}, {X: x, Y: hi}})...)
		half := e.CapWidth / 2
		for _, y := range []vg.Length{lo, hi} {
			if c.ContainsY(y) {
				c.StrokeLine2(e.LineStyle, x-half, y, x+half, y)
			}
		}
	}
}

// DataRange implements plot.DataRanger: the intervals' range.
func (e *ErrorBars) DataRange() (xmin, xmax, ymin, ymax float64) { return e.dataRange() }

// GlyphBoxes implements plot.GlyphBoxer, so that caps are not clipped at
// the sides.
func (e *ErrorBars) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	var boxes []plot.GlyphBox
	half := e.CapWidth / 2
	for _, es := range e.Estimates {
		if math.IsNaN(es.Point) || (isLog(p.Y.Scale) && es.Point <= 0) {
			continue
		}
		boxes = append(boxes, plot.GlyphBox{
			X: p.X.Norm(es.X), Y: p.Y.Norm(es.Point),
			Rectangle: vg.Rectangle{Min: vg.Point{X: -half}, Max: vg.Point{X: half}},
		})
	}
	return boxes
}

// Thumbnail implements plot.Thumbnailer.
func (e *ErrorBars) Thumbnail(c *draw.Canvas) {
	x := c.Center().X
	h := (c.Max.Y - c.Min.Y) / 2.5
	y := c.Center().Y
	half := e.CapWidth / 2
	c.StrokeLine2(e.LineStyle, x, y-h, x, y+h)
	c.StrokeLine2(e.LineStyle, x-half, y-h, x+half, y-h)
	c.StrokeLine2(e.LineStyle, x-half, y+h, x+half, y+h)
}
