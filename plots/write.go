package plots

import (
	"bytes"
	"errors"
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/text/encoding/charmap"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// ErrUnknownFormat is the error for a format other than png, svg or pdf.
var ErrUnknownFormat = errors.New("plots: unknown format")

// ErrBadSize is the error for a width or height that is not positive or
// exceeds MaxSize.
var ErrBadSize = errors.New("plots: width and height must be positive and at most MaxSize")

// MaxSize bounds the width and height Write accepts: 50 inches, 7,200
// pixels in PNG.
const MaxSize = 50 * vg.Inch

// PNGDPI is the resolution of PNG output: 7 × 4.5 inches is 1008 × 648
// pixels, sharp on a high-density screen.
const PNGDPI = 144

// PDFDate is the creation and modification date written into every PDF,
// in place of the time of writing, so that the same chart gives the same
// bytes: the Unix epoch, the usual "no date" of reproducible builds.
const PDFDate = "D:19700101000000"

// The margins, in points, around the plot: gonum draws to the canvas'
// edges, which puts the last tick label or an end label against the edge
// of the image.
const (
	marginLeft   = 4
	marginRight  = 10
	marginBottom = 4
	marginTop    = 6
)

// Formats lists the formats Write accepts.
func Formats() []string { return []string{"png", "svg", "pdf"} }

func init() {
	// gofpdf writes fonts and images in map order unless told to sort
	// them; sorted, a PDF's bytes no longer vary from run to run. The
	// setting is global to gofpdf but changes nothing but object order.
	fpdf.SetDefaultCatalogSort(true)
}

// Write draws p at width × height as png, svg or pdf to w.
//
// The same plot gives the same bytes, so that golden files can hold them:
// fonts are gonum's embedded Liberation fonts, embedded in SVG and PDF
// output; a PDF's creation and modification dates are PDFDate and its
// objects are sorted. Text is escaped in SVG (gonum's vgsvg escapes it,
// and control characters, which XML forbids, are replaced by spaces) and
// translated to the PDF fonts' Windows-1252 encoding, with "?" for a
// character it lacks.
//
// Drawing mutates p as plot.Plot.Draw does (it settles the axes' ranges),
// so one plot must not be written by two goroutines at once. A panic while
// drawing, such as gonum's for a value a log axis cannot show, is returned
// as an error. An unknown format is ErrUnknownFormat and writes nothing;
// nothing is written either when drawing fails.
func Write(w io.Writer, p *plot.Plot, format string, width, height vg.Length) error {
	b, err := render(p, format, width, height)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// WriteFile writes p to the file path as Write does, atomically: it writes
// a temporary file in the same directory and renames it to path, so that
// path holds either the whole chart or what it held before. An unknown
// format is ErrUnknownFormat and creates no file.
func WriteFile(path string, p *plot.Plot, format string, width, height vg.Length) (err error) {
	b, err := render(p, format, width, height)
	if err != nil {
		return err
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err = f.Write(b); err != nil {
		return err
	}
	if err = f.Chmod(0o644); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// render draws p into memory in the given format.
func render(p *plot.Plot, format string, width, height vg.Length) (out []byte, err error) {
	if p == nil {
		return nil, errors.New("plots: nil plot")
	}
	format = strings.ToLower(strings.TrimPrefix(format, "."))
	switch format {
	case "png", "svg", "pdf":
	default:
		return nil, fmt.Errorf("%w %q (want png, svg or pdf)", ErrUnknownFormat, format)
	}
	if !(width > 0 && width <= MaxSize) || !(height > 0 && height <= MaxSize) {
		return nil, fmt.Errorf("%w: %v × %v", ErrBadSize, width, height)
	}
	var c vg.CanvasWriterTo
	switch format {
	case "png":
		c = fastPNG{vgimg.NewWith(vgimg.UseWH(width, height), vgimg.UseDPI(PNGDPI))}
	case "svg":
		c = textCanvas{vgsvg.NewWith(vgsvg.UseWH(width, height), vgsvg.EmbedFonts(true)), CleanText}
	case "pdf":
		c = &pdfCanvas{CanvasWriterTo: vgpdf.New(width, height)}
	}
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("plots: drawing %s failed: %v", format, r)
		}
	}()
	dc := draw.New(c)
	if p.BackgroundColor != nil {
		dc.SetColor(p.BackgroundColor)
		dc.Fill(dc.Rectangle.Path())
	}
	p.Draw(draw.Crop(dc, vg.Points(marginLeft), -vg.Points(marginRight), vg.Points(marginBottom), -vg.Points(marginTop)))
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, err
	}
	out = buf.Bytes()
	if format == "pdf" {
		out = fixPDFDates(out)
	}
	return out, nil
}

// fastPNG writes its image as PNG at png.BestSpeed. gonum's PngCanvas
// uses the default compression, which takes most of a chart's rendering
// time; a chart of flat colours compresses nearly as well at the fastest
// level. The output is as deterministic as the default's.
type fastPNG struct{ *vgimg.Canvas }

func (c fastPNG) WriteTo(w io.Writer) (int64, error) {
	cw := &countingWriter{w: w}
	err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(cw, c.Image())
	return cw.n, err
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// textCanvas passes every string through a translation on its way to the
// canvas. Plot layout has measured the original text, so the translation
// should keep its width: CleanText and toWindows1252 replace a character
// by one character.
type textCanvas struct {
	vg.CanvasWriterTo
	translate func(string) string
}

// FillString implements vg.Canvas.
func (c textCanvas) FillString(f font.Face, pt vg.Point, s string) {
	c.CanvasWriterTo.FillString(f, pt, c.translate(s))
}

// toWindows1252 encodes s in Windows-1252, the encoding gonum's PDF
// backend gives its fonts; it cannot show other characters, so they
// become "?". Control characters become spaces.
func toWindows1252(s string) string {
	s = CleanText(s)
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r < 0x80 {
			b = append(b, byte(r))
			continue
		}
		if c, ok := charmap.Windows1252.EncodeRune(r); ok {
			b = append(b, c)
			continue
		}
		b = append(b, '?')
	}
	return string(b)
}

// pdfDate matches the dates gofpdf writes: "/CreationDate (D:20240131120000)".
var pdfDate = regexp.MustCompile(`/(CreationDate|ModDate) \(D:[0-9]{14}\)`)

// fixPDFDates replaces the dates with PDFDate. The replacement has the
// same length, so the cross-reference table's offsets stay right.
func fixPDFDates(b []byte) []byte {
	return pdfDate.ReplaceAllFunc(b, func(m []byte) []byte {
		key := m[1:bytes.IndexByte(m, ' ')]
		return []byte("/" + string(key) + " (" + PDFDate + ")")
	})
}
