package plots

import (
	"errors"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
)

// pdfCanvas draws text for gonum's vgpdf, which in gonum/plot v0.17.0
// cannot hold two font faces: every face it embeds is registered with
// gofpdf under the same file name, so the second face's glyphs replace the
// first's, and a bold face is moreover looked up under a style it was not
// registered with ("undefined font"). So only one face goes to vgpdf as
// text: the first regular (not bold, not italic) face drawn. Text in any
// other face is filled as the outlines of its glyphs, which needs no font
// in the file and looks the same everywhere, but cannot be selected.
type pdfCanvas struct {
	vg.CanvasWriterTo
	text    font.Font // the face drawn as text, without its size
	hasText bool
}

// FillString implements vg.Canvas.
func (c *pdfCanvas) FillString(f font.Face, pt vg.Point, s string) {
	face := f.Font
	face.Size = 0
	regular := face.Weight == xfont.WeightNormal && face.Style == xfont.StyleNormal
	if regular && !c.hasText {
		c.text, c.hasText = face, true
	}
	if c.hasText && face == c.text {
		c.CanvasWriterTo.FillString(f, pt, toWindows1252(s))
		return
	}
	if path, err := outline(f, pt, CleanText(s)); err == nil {
		c.Fill(path)
		return
	}
	c.CanvasWriterTo.FillString(f, pt, toWindows1252(s))
}

// outline returns the glyph outlines of s in face f, its baseline starting
// at pt, advanced and kerned as gonum measures text (font.Face.Width).
func outline(f font.Face, pt vg.Point, s string) (vg.Path, error) {
	if f.Face == nil {
		return nil, errors.New("plots: face has no font data")
	}
	var (
		buf   sfnt.Buffer
		ppem  = fixed.Int26_6(f.Face.UnitsPerEm())
		scale = float64(f.Font.Size) / float64(ppem) // font units to points
		path  vg.Path
		x     float64 // pen position in font units
		prev  sfnt.GlyphIndex
	)
	at := func(p fixed.Point26_6) vg.Point {
		return vg.Point{X: pt.X + vg.Length((x+float64(p.X))*scale), Y: pt.Y - vg.Length(float64(p.Y)*scale)}
	}
	for i, r := range []rune(s) {
		idx, err := f.Face.GlyphIndex(&buf, r)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			if kern, err := f.Face.Kern(&buf, prev, idx, ppem, xfont.HintingNone); err == nil {
				x += float64(kern)
			}
		}
		segs, err := f.Face.LoadGlyph(&buf, idx, ppem, nil)
		if err != nil {
			return nil, err
		}
		open := false
		for _, seg := range segs {
			switch seg.Op {
			case sfnt.SegmentOpMoveTo:
				if open {
					path.Close()
				}
				path.Move(at(seg.Args[0]))
				open = true
			case sfnt.SegmentOpLineTo:
				path.Line(at(seg.Args[0]))
			case sfnt.SegmentOpQuadTo:
				path.QuadTo(at(seg.Args[0]), at(seg.Args[1]))
			case sfnt.SegmentOpCubeTo:
				path.CubeTo(at(seg.Args[0]), at(seg.Args[1]), at(seg.Args[2]))
			}
		}
		if open {
			path.Close()
		}
		adv, err := f.Face.GlyphAdvance(&buf, idx, ppem, xfont.HintingNone)
		if err != nil {
			return nil, err
		}
		x += float64(adv)
		prev = idx
	}
	return path, nil
}
