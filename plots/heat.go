package plots

import (
	"fmt"
	"math"

	"github.com/finfig/finfig/series"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// WindowGrid is the CAGR of every window of a series, as a plotter.GridXYZ
// for gonum's plotter.HeatMap: column c is the window's start period, row r
// its end period, X and Y their PeriodX, and Z the CAGR, NaN where the end
// is not after the start or a window spans no values.
type WindowGrid struct {
	Periods []series.Period // the series' periods, first to last
	cagr    map[[2]int]float64
}

// NewWindowGrid returns the WindowGrid of s from series.AllWindows: every
// window of at least one period.
func NewWindowGrid(s *series.Series) (*WindowGrid, error) {
	if s == nil {
		return nil, ErrNilSeries
	}
	first, last, ok := s.Span()
	if !ok {
		return nil, fmt.Errorf("plots: series %q: %w", s.ID(), ErrNoData)
	}
	g := &WindowGrid{cagr: map[[2]int]float64{}}
	for p := first; p.Compare(last) <= 0; p = p.Add(1) {
		g.Periods = append(g.Periods, p)
	}
	for _, w := range series.AllWindows(s, 0) {
		g.cagr[[2]int{w.From.Sub(first), w.To.Sub(first)}] = w.CAGR
	}
	if len(g.cagr) == 0 {
		return nil, fmt.Errorf("plots: series %q: no window has two values: %w", s.ID(), ErrNoData)
	}
	return g, nil
}

// Dims implements plotter.GridXYZ: one column per start period (all but the
// last) and one row per end period (all but the first).
func (g *WindowGrid) Dims() (c, r int) { return len(g.Periods) - 1, len(g.Periods) - 1 }

// Z implements plotter.GridXYZ: the CAGR from the c'th period to the
// (r+1)'th, or NaN.
func (g *WindowGrid) Z(c, r int) float64 {
	if v, ok := g.cagr[[2]int{c, r + 1}]; ok {
		return v
	}
	return math.NaN()
}

// X implements plotter.GridXYZ: PeriodX of the start period.
func (g *WindowGrid) X(c int) float64 { return PeriodX(g.Periods[c]) }

// Y implements plotter.GridXYZ: PeriodX of the end period.
func (g *WindowGrid) Y(r int) float64 { return PeriodX(g.Periods[r+1]) }

// Min returns the lowest CAGR, for plotter.NewHeatMap.
func (g *WindowGrid) Min() float64 {
	m := math.Inf(1)
	for _, v := range g.cagr {
		m = math.Min(m, v)
	}
	return m
}

// Max returns the highest CAGR, for plotter.NewHeatMap.
func (g *WindowGrid) Max() float64 {
	m := math.Inf(-1)
	for _, v := range g.cagr {
		m = math.Max(m, v)
	}
	return m
}

// GridLabels is a plot.Plotter that writes the value of each cell of a heat
// map in its cell, in black on light cells and white on dark ones.
type GridLabels struct {
	HeatMap   *plotter.HeatMap // the cells and their colours
	Format    Format           // a cell's label, such as WholePercent()
	TextStyle text.Style       // its colour is replaced per cell
}

// Plot implements plot.Plotter.
func (l *GridLabels) Plot(c draw.Canvas, p *plot.Plot) {
	g := l.HeatMap.GridXYZ
	cols, rows := g.Dims()
	trX, trY := p.Transforms(&c)
	pal := l.HeatMap.Palette.Colors()
	st := l.TextStyle
	st.XAlign, st.YAlign = draw.XCenter, draw.YCenter
	for i := 0; i < cols; i++ {
		for j := 0; j < rows; j++ {
			v := g.Z(i, j)
			if math.IsNaN(v) {
				continue
			}
			pt := vg.Point{X: trX(g.X(i)), Y: trY(g.Y(j))}
			if !c.Contains(pt) {
				continue
			}
			st.Color = textColorOn(nil)
			if len(pal) > 0 && l.HeatMap.Max > l.HeatMap.Min {
				k := int((v-l.HeatMap.Min)/(l.HeatMap.Max-l.HeatMap.Min)*float64(len(pal)-1) + 0.5)
				st.Color = textColorOn(pal[max(0, min(k, len(pal)-1))])
			}
			c.FillText(st, pt, l.Format(v))
		}
	}
}

// Outline is a plot.Plotter that draws the outline of a rectangle given in
// data coordinates, such as the cell of the claimed window in a heat map.
type Outline struct {
	Min, Max plotter.XY // opposite corners, in data coordinates
	draw.LineStyle
}

// Plot implements plot.Plotter.
func (o *Outline) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	x0, x1 := trX(o.Min.X), trX(o.Max.X)
	y0, y1 := trY(o.Min.Y), trY(o.Max.Y)
	// Inset by half the line width, so that the whole line shows inside
	// the rectangle and beside its neighbours.
	in := o.Width / 2
	pts := []vg.Point{{X: x0 + in, Y: y0 + in}, {X: x1 - in, Y: y0 + in}, {X: x1 - in, Y: y1 - in}, {X: x0 + in, Y: y1 - in}, {X: x0 + in, Y: y0 + in}}
	c.StrokeLines(o.LineStyle, c.ClipLinesXY(pts)...)
}

// DataRange implements plot.DataRanger.
func (o *Outline) DataRange() (xmin, xmax, ymin, ymax float64) {
	return math.Min(o.Min.X, o.Max.X), math.Max(o.Min.X, o.Max.X), math.Min(o.Min.Y, o.Max.Y), math.Max(o.Min.Y, o.Max.Y)
}

// Thumbnail implements plot.Thumbnailer: a small outlined square.
func (o *Outline) Thumbnail(c *draw.Canvas) {
	h := (c.Max.Y - c.Min.Y) / 2.5
	cx, cy := c.Center().X, c.Center().Y
	c.StrokeLines(o.LineStyle, []vg.Point{{X: cx - h, Y: cy - h}, {X: cx + h, Y: cy - h}, {X: cx + h, Y: cy + h}, {X: cx - h, Y: cy + h}, {X: cx - h, Y: cy - h}})
}
