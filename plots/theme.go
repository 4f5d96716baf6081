package plots

import (
	"image/color"
	"math"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Theme is the look shared by every chart: one sans-serif typeface (gonum's
// embedded Liberation Sans, so the output is the same on every machine),
// type sizes that read at notebook width and on paper, and series styles
// that stay apart when printed in greyscale: each differs from its
// neighbours in luminance, dash pattern and marker shape, not in hue alone.
type Theme struct {
	Font font.Font // typeface of all text; sizes come from the fields below

	TitleSize  font.Length // chart title, set in bold
	LabelSize  font.Length // axis labels
	TickSize   font.Length // tick labels
	LegendSize font.Length // legend entries
	NoteSize   font.Length // source line, annotations, bar labels

	Text       color.Color    // all text and axes
	Muted      color.Color    // source line and other secondary text
	Background color.Color    // plot background, also behind notes
	Grid       draw.LineStyle // horizontal grid lines

	// Styles are the series styles in the order charts use them.
	Styles []SeriesStyle
}

// SeriesStyle is how one series is drawn: its line, its markers and the
// fill of its bars.
type SeriesStyle struct {
	Line  draw.LineStyle  // lines: colour, width, dashes
	Glyph draw.GlyphStyle // markers at the points
	Fill  color.Color     // bars
}

// Colours of the default theme, from the Okabe–Ito set (distinct for
// colour-blind readers) with a dark blue in place of its blue. Their CIE L*
// are about 27, 72, 56, 70, 0 and 62: the first three, which most charts
// use, are far apart in greyscale.
var (
	darkBlue   = color.RGBA{R: 0x1b, G: 0x3f, B: 0x73, A: 0xff}
	orange     = color.RGBA{R: 0xe6, G: 0x9f, B: 0x00, A: 0xff}
	vermillion = color.RGBA{R: 0xd5, G: 0x5e, B: 0x00, A: 0xff}
	skyBlue    = color.RGBA{R: 0x56, G: 0xb4, B: 0xe9, A: 0xff}
	black      = color.RGBA{A: 0xff}
	grey       = color.RGBA{R: 0x99, G: 0x99, B: 0x99, A: 0xff}
)

// DefaultTheme returns the theme the standard charts use.
func DefaultTheme() Theme {
	line := func(c color.Color, dashes ...vg.Length) draw.LineStyle {
		return draw.LineStyle{Color: c, Width: vg.Points(2), Dashes: dashes}
	}
	glyph := func(c color.Color, s draw.GlyphDrawer) draw.GlyphStyle {
		return draw.GlyphStyle{Color: c, Radius: vg.Points(3.5), Shape: s}
	}
	return Theme{
		Font:       font.Font{Typeface: "Liberation", Variant: "Sans"},
		TitleSize:  font.Points(13),
		LabelSize:  font.Points(11),
		TickSize:   font.Points(10),
		LegendSize: font.Points(10),
		NoteSize:   font.Points(8.5),
		Text:       color.Gray{Y: 0x20},
		Muted:      color.Gray{Y: 0x55},
		Background: color.White,
		Grid:       draw.LineStyle{Color: color.Gray{Y: 0xdd}, Width: vg.Points(0.5)},
		Styles: []SeriesStyle{
			{line(darkBlue), glyph(darkBlue, draw.CircleGlyph{}), darkBlue},
			{line(orange, vg.Points(6), vg.Points(3)), glyph(orange, draw.SquareGlyph{}), orange},
			{line(vermillion, vg.Points(2), vg.Points(2)), glyph(vermillion, draw.TriangleGlyph{}), vermillion},
			{line(skyBlue, vg.Points(8), vg.Points(3), vg.Points(2), vg.Points(3)), glyph(skyBlue, draw.PyramidGlyph{}), skyBlue},
			{line(black, vg.Points(1), vg.Points(3)), glyph(black, draw.RingGlyph{}), black},
			{line(grey, vg.Points(4), vg.Points(2), vg.Points(1), vg.Points(2)), glyph(grey, draw.CrossGlyph{}), grey},
		},
	}
}

// Style returns the style of the i'th series, cycling through Styles.
func (t Theme) Style(i int) SeriesStyle {
	if len(t.Styles) == 0 {
		return SeriesStyle{
			Line:  draw.LineStyle{Color: t.Text, Width: vg.Points(1)},
			Glyph: draw.GlyphStyle{Color: t.Text, Radius: vg.Points(3), Shape: draw.CircleGlyph{}},
			Fill:  t.Text,
		}
	}
	return t.Styles[i%len(t.Styles)]
}

// TextStyle returns a text style in the theme's typeface at the given size,
// left-aligned on its baseline's left end.
func (t Theme) TextStyle(size font.Length) text.Style {
	return text.Style{
		Color:   t.Text,
		Font:    font.From(t.Font, size),
		XAlign:  draw.XLeft,
		YAlign:  draw.YBottom,
		Handler: plot.DefaultTextHandler,
	}
}

// Apply sets the plot's title, axes and legend in the theme's type and
// colours. It leaves the axes' ranges, scales and tickers alone.
func (t Theme) Apply(p *plot.Plot) {
	p.BackgroundColor = t.Background

	p.Title.TextStyle.Font = font.From(t.Font, t.TitleSize)
	p.Title.TextStyle.Font.Weight = xfont.WeightBold
	p.Title.TextStyle.Color = t.Text
	p.Title.Padding = vg.Points(10)

	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(t.Font, t.LabelSize)
		a.Label.TextStyle.Color = t.Text
		a.Label.Padding = vg.Points(4)
		a.Tick.Label.Font = font.From(t.Font, t.TickSize)
		a.Tick.Label.Color = t.Text
		a.Tick.Length = vg.Points(4)
		a.Tick.LineStyle.Color = t.Text
		a.LineStyle.Color = t.Text
		a.Padding = vg.Points(2)
	}

	p.Legend.TextStyle.Font = font.From(t.Font, t.LegendSize)
	p.Legend.TextStyle.Color = t.Text
	p.Legend.ThumbnailWidth = vg.Points(28)
	p.Legend.Padding = vg.Points(4)
	p.Legend.Top = true
	p.Legend.Left = true
	p.Legend.XOffs = vg.Points(8)
	p.Legend.YOffs = -vg.Points(6)
}

// NewPlot returns a new plot with the theme applied and the given title and
// axis labels. A title wider than DefaultWidth wraps.
func (t Theme) NewPlot(title, xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	t.Apply(p)
	st := p.Title.TextStyle
	p.Title.Text = wrap(st, CleanText(title), DefaultWidth-vg.Points(40))
	p.X.Label.Text = CleanText(xLabel)
	p.Y.Label.Text = CleanText(yLabel)
	return p
}

// luminance returns the relative luminance of c, 0 for black to 1 for white
// (sRGB, WCAG 2).
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// tint mixes c with white: f = 1 is c, f = 0 white.
func tint(c color.Color, f float64) color.Color {
	r, g, b, _ := c.RGBA()
	mix := func(v uint32) uint8 { return uint8(math.Round(255 - f*(255-float64(v>>8)))) }
	return color.RGBA{R: mix(r), G: mix(g), B: mix(b), A: 0xff}
}

// textColorOn returns the colour of text written on a background of colour
// bg: black, or white on a dark background (relative luminance under
// 0.4); black when bg is nil (no background).
func textColorOn(bg color.Color) color.Color {
	if bg != nil && luminance(bg) < 0.4 {
		return color.White
	}
	return color.Black
}
