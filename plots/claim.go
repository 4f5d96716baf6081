package plots

import (
	"fmt"
	"image/color"
	"math"
	"strconv"

	"github.com/finfig/finfig/series"
	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Claim is a plot.Plotter that marks a claimed change from one figure to
// another: a marker at the start and at the end, a dashed connector between
// them and a label at the connector's middle, such as
// "16.3× in 7 years (CAGR 49.0%)".
type Claim struct {
	From, To plotter.XY // the claimed figures: X as PeriodX, Y in base units
	Label    string     // at the connector's middle; empty for none

	Glyph          draw.GlyphStyle // start and end markers
	draw.LineStyle                 // the connector
	TextStyle      text.Style      // the label

	// Below puts the label below and to the right of the connector
	// instead of above and to the left of it.
	Below bool

	// Background, when not nil, fills the label's box so that it stays
	// legible over grid lines and data.
	Background color.Color
}

// NewClaim returns the Claim that a went from a at period from to b at
// period to, labelled with ClaimLabel of that growth and styled in the
// default theme. It is an error when the growth cannot be computed (a base
// that is not positive, a reversed window).
func NewClaim(from, to series.Period, a, b series.Value) (*Claim, error) {
	g, err := series.NewGrowth(from, to, a, b)
	if err != nil {
		return nil, err
	}
	t := DefaultTheme()
	st := t.TextStyle(t.NoteSize + 1)
	st.Font.Weight = xfont.WeightBold
	return &Claim{
		From:       plotter.XY{X: PeriodX(from), Y: a.Float64()},
		To:         plotter.XY{X: PeriodX(to), Y: b.Float64()},
		Label:      ClaimLabel(g),
		Glyph:      draw.GlyphStyle{Color: t.Text, Radius: vg.Points(7), Shape: draw.RingGlyph{}},
		LineStyle:  draw.LineStyle{Color: t.Text, Width: vg.Points(1), Dashes: []vg.Length{vg.Points(4), vg.Points(3)}},
		TextStyle:  st,
		Background: t.Background, // opaque: vgpdf draws a translucent colour too dark
	}, nil
}

// ClaimLabel describes a growth as a reader would say it: the multiple to
// three significant digits, the years, and the CAGR to a tenth of a per
// cent: "16.3× in 7 years (CAGR 49.0%)".
func ClaimLabel(g series.Growth) string {
	years := strconv.FormatFloat(g.Years, 'f', -1, 64) + " years"
	if g.Years == 1 {
		years = "1 year"
	}
	return fmt.Sprintf("%s× in %s (CAGR %.1f%%)", sig3(g.Multiple.Point), years, 100*g.CAGR.Point)
}

// labelGap is the distance from the connector's middle to the label.
const labelGap = 6

// layout returns the label's anchor and text style for a connector from a
// to b on the canvas: offset from the middle along the connector's normal,
// to its upper left (or, Below, its lower right).
func (cl *Claim) layout(a, b vg.Point) (vg.Point, text.Style) {
	mid := vg.Point{X: (a.X + b.X) / 2, Y: (a.Y + b.Y) / 2}
	dx, dy := float64(b.X-a.X), float64(b.Y-a.Y)
	n := math.Hypot(dx, dy)
	nx, ny := 0.0, 1.0
	if n > 0 {
		nx, ny = -dy/n, dx/n
		if ny < 0 || (ny == 0 && nx > 0) {
			nx, ny = -nx, -ny // the normal that points up (or left)
		}
	}
	st := cl.TextStyle
	st.XAlign, st.YAlign = draw.XRight, draw.YBottom
	side := 1.0
	if cl.Below {
		side = -1
		st.XAlign, st.YAlign = draw.XLeft, draw.YTop
	}
	gap := labelGap * side
	return vg.Point{X: mid.X + vg.Points(gap*nx), Y: mid.Y + vg.Points(gap*ny)}, st
}

// Plot implements plot.Plotter.
func (cl *Claim) Plot(c draw.Canvas, p *plot.Plot) {
	if isLog(p.Y.Scale) && (cl.From.Y <= 0 || cl.To.Y <= 0) {
		return
	}
	trX, trY := p.Transforms(&c)
	a := vg.Point{X: trX(cl.From.X), Y: trY(cl.From.Y)}
	b := vg.Point{X: trX(cl.To.X), Y: trY(cl.To.Y)}
	c.StrokeLines(cl.LineStyle, c.ClipLinesXY([]vg.Point{a, b})...)
	if cl.Glyph.Shape != nil {
		c.DrawGlyph(cl.Glyph, a)
		c.DrawGlyph(cl.Glyph, b)
	}
	if cl.Label == "" {
		return
	}
	at, st := cl.layout(a, b)
	if cl.Background != nil {
		r := st.Rectangle(cl.Label).Add(at)
		pad := vg.Points(2)
		c.FillPolygon(cl.Background, []vg.Point{
			{X: r.Min.X - pad, Y: r.Min.Y - pad}, {X: r.Max.X + pad, Y: r.Min.Y - pad},
			{X: r.Max.X + pad, Y: r.Max.Y + pad}, {X: r.Min.X - pad, Y: r.Max.Y + pad},
		})
	}
	c.FillText(st, at, cl.Label)
}

// DataRange implements plot.DataRanger: the two claimed figures.
func (cl *Claim) DataRange() (xmin, xmax, ymin, ymax float64) {
	return math.Min(cl.From.X, cl.To.X), math.Max(cl.From.X, cl.To.X),
		math.Min(cl.From.Y, cl.To.Y), math.Max(cl.From.Y, cl.To.Y)
}

// GlyphBoxes implements plot.GlyphBoxer: the markers and, roughly, the
// label, so that neither is clipped at the edge of the plot.
func (cl *Claim) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	if isLog(p.Y.Scale) && (cl.From.Y <= 0 || cl.To.Y <= 0) {
		return nil
	}
	var boxes []plot.GlyphBox
	fx, fy := p.X.Norm(cl.From.X), p.Y.Norm(cl.From.Y)
	tx, ty := p.X.Norm(cl.To.X), p.Y.Norm(cl.To.Y)
	if cl.Glyph.Shape != nil {
		r := cl.Glyph.Rectangle()
		boxes = append(boxes, plot.GlyphBox{X: fx, Y: fy, Rectangle: r}, plot.GlyphBox{X: tx, Y: ty, Rectangle: r})
	}
	if cl.Label != "" {
		// The connector's direction on the canvas is not known here;
		// treat it as the diagonal of the normalised coordinates.
		at, st := cl.layout(vg.Point{X: vg.Length(fx), Y: vg.Length(fy)}, vg.Point{X: vg.Length(tx), Y: vg.Length(ty)})
		off := vg.Point{X: at.X - vg.Length((fx+tx)/2), Y: at.Y - vg.Length((fy+ty)/2)}
		boxes = append(boxes, plot.GlyphBox{X: (fx + tx) / 2, Y: (fy + ty) / 2, Rectangle: st.Rectangle(cl.Label).Add(off)})
	}
	return boxes
}

// Thumbnail implements plot.Thumbnailer: the dashed connector with a marker.
func (cl *Claim) Thumbnail(c *draw.Canvas) {
	y := c.Center().Y
	c.StrokeLine2(cl.LineStyle, c.Min.X, y, c.Max.X, y)
	if cl.Glyph.Shape != nil {
		g := cl.Glyph
		g.Radius = font.Length(math.Min(float64(g.Radius), float64(c.Max.Y-c.Min.Y)/2))
		c.DrawGlyphNoClip(g, c.Center())
	}
}
