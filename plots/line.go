package plots

import (
	"fmt"
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
