package plots

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Bars is a plot.Plotter that draws a bar from Base to Y for each point,
// centred at X+Offset and Width wide, both in X units: on a period axis a
// bar 0.4 wide fills 40% of its year. Side-by-side bars of several series
// are Bars with the same Width and different Offsets.
//
// A point whose Y is NaN — a rate that could not be computed — gets no bar;
// MissingLabel, if set, is written at its base instead, so that a missing
// figure is shown as missing rather than as zero.
type Bars struct {
	XYs    plotter.XYs // Y NaN marks a missing figure
	Width  float64     // bar width in X units
	Offset float64     // added to each X
	Base   float64     // where bars start, usually 0

	Color          color.Color // fill
	draw.LineStyle             // outline; zero Width for none

	// Label, when not nil, writes each bar's value at its end (above a
	// positive bar, below a negative one) in LabelStyle.
	Label      Format
	LabelStyle text.Style // value labels and MissingLabel; centred on the bar

	MissingLabel string // written at the base of a missing figure, such as "n/a"
}

// NewBars returns Bars of a copy of xys, width wide, in the default theme's
// first fill colour. X must be finite, Y finite or NaN, width positive.
func NewBars(xys plotter.XYer, width float64) (*Bars, error) {
	if !(width > 0) || math.IsInf(width, 0) {
		return nil, fmt.Errorf("plots: bar width %g: %w", width, ErrBadValue)
	}
	l, err := NewLine(xys)
	if err != nil {
		return nil, err
	}
	t := DefaultTheme()
	st := t.TextStyle(t.NoteSize)
	st.XAlign = draw.XCenter
	return &Bars{XYs: l.XYs, Width: width, Color: t.Style(0).Fill, LabelStyle: st}, nil
}

// Plot implements plot.Plotter.
func (b *Bars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	base := trY(b.Base)
	gap := vg.Points(2)
	for _, pt := range b.XYs {
		x := pt.X + b.Offset
		x0, x1 := trX(x-b.Width/2), trX(x+b.Width/2)
		if math.IsNaN(pt.Y) {
			if b.MissingLabel != "" {
				st := b.LabelStyle
				st.YAlign = draw.YBottom
				c.FillText(st, vg.Point{X: trX(x), Y: base + gap}, b.MissingLabel)
			}
			continue
		}
		y := trY(pt.Y)
		rect := []vg.Point{{X: x0, Y: base}, {X: x1, Y: base}, {X: x1, Y: y}, {X: x0, Y: y}}
		c.FillPolygon(b.Color, c.ClipPolygonXY(rect))
		if b.LineStyle.Width > 0 {
			rect = append(rect, rect[0])
			c.StrokeLines(b.LineStyle, c.ClipLinesXY(rect)...)
		}
		if b.Label != nil {
			st := b.LabelStyle
			at := vg.Point{X: trX(x), Y: y + gap}
			st.YAlign = draw.YBottom
			if pt.Y < b.Base {
				at.Y = y - gap
				st.YAlign = draw.YTop
			}
			c.FillText(st, at, b.Label(pt.Y))
		}
	}
}

// DataRange implements plot.DataRanger: the bars' full width and the span
// from Base to the values.
func (b *Bars) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax, ymin, ymax = xyRange(b.XYs)
	if math.IsInf(xmin, 1) {
		return xmin, xmax, ymin, ymax
	}
	xmin += b.Offset - b.Width/2
	xmax += b.Offset + b.Width/2
	return xmin, xmax, math.Min(ymin, b.Base), math.Max(ymax, b.Base)
}

// GlyphBoxes implements plot.GlyphBoxer, so that value labels are not
// clipped at the top or bottom of the plot.
func (b *Bars) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	if b.Label == nil {
		return nil
	}
	var boxes []plot.GlyphBox
	gap := vg.Points(2)
	for _, pt := range b.XYs {
		if math.IsNaN(pt.Y) {
			continue
		}
		st := b.LabelStyle
		label := b.Label(pt.Y)
		r := st.Rectangle(label)
		h := r.Max.Y - r.Min.Y
		box := vg.Rectangle{Min: vg.Point{X: r.Min.X, Y: gap}, Max: vg.Point{X: r.Max.X, Y: gap + h}}
		if pt.Y < b.Base {
			box.Min.Y, box.Max.Y = -gap-h, -gap
		}
		boxes = append(boxes, plot.GlyphBox{X: p.X.Norm(pt.X + b.Offset), Y: p.Y.Norm(pt.Y), Rectangle: box})
	}
	return boxes
}

// Thumbnail implements plot.Thumbnailer: a filled square.
func (b *Bars) Thumbnail(c *draw.Canvas) {
	h := (c.Max.Y - c.Min.Y) / 2.5
	cx, cy := c.Center().X, c.Center().Y
	pts := []vg.Point{{X: cx - h, Y: cy - h}, {X: cx + h, Y: cy - h}, {X: cx + h, Y: cy + h}, {X: cx - h, Y: cy + h}}
	c.FillPolygon(b.Color, pts)
	if b.LineStyle.Width > 0 {
		c.StrokeLines(b.LineStyle, append(pts, pts[0]))
	}
}
