package plots_test

import (
	"bytes"
	"compress/zlib"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"testing"

	"github.com/finfig/finfig/plots"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

func render(t testing.TB, p *plot.Plot, format string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := plots.Write(&buf, p, format, plots.DefaultWidth, plots.DefaultHeight); err != nil {
		t.Fatalf("Write %s: %v", format, err)
	}
	return buf.Bytes()
}

// The same input gives the same bytes, in every format: charts built
// twice and written twice.
func TestWriteDeterministic(t *testing.T) {
	for _, format := range plots.Formats() {
		for _, name := range []string{"lines", "windows"} {
			a := render(t, sampleChart(t, name).Plot, format)
			for range 3 {
				b := render(t, sampleChart(t, name).Plot, format)
				if !bytes.Equal(a, b) {
					t.Errorf("%s %s: output differs between runs", name, format)
					break
				}
			}
		}
	}
}

func TestWriteFormats(t *testing.T) {
	p := sampleChart(t, "claim-figures").Plot
	magic := map[string]string{"png": "\x89PNG\r\n", "svg": "<?xml", "pdf": "%PDF-"}
	for format, m := range magic {
		b := render(t, p, format)
		if !bytes.HasPrefix(b, []byte(m)) {
			t.Errorf("%s output starts %q", format, b[:min(len(b), 10)])
		}
	}
	// Upper case and a leading dot are accepted.
	render(t, p, ".SVG")
}

func TestWritePDF(t *testing.T) {
	b := render(t, sampleChart(t, "claim-figures").Plot, "pdf")
	dates := regexp.MustCompile(`/(CreationDate|ModDate) \(D:([0-9]+)\)`).FindAllSubmatch(b, -1)
	if len(dates) != 2 {
		t.Fatalf("found %d dates, want CreationDate and ModDate", len(dates))
	}
	for _, d := range dates {
		if string(d[2]) != "19700101000000" {
			t.Errorf("%s is %s, want the fixed date", d[1], d[2])
		}
	}
	// One font, the regular face, is embedded; the bold title is drawn
	// as outlines rather than as a second face that vgpdf would mangle.
	if fonts := regexp.MustCompile(`/FontFile2 `).FindAll(b, -1); len(fonts) != 1 {
		t.Errorf("%d embedded font files, want 1", len(fonts))
	}
	if !bytes.Contains(b, []byte("/BaseFont /LiberationSans")) || bytes.Contains(b, []byte("Bold")) {
		t.Error("the embedded font is not Liberation Sans regular alone")
	}
	content := pdfContent(t, b)
	for _, want := range []string{"(Fiscal year)", "(Claimed figures \\(article 1\\))", "($60B)", "(2019)"} {
		if !bytes.Contains(content, []byte(want)) {
			t.Errorf("the PDF's text lacks %s", want)
		}
	}
	// The cross-reference table still points at objects.
	xref := regexp.MustCompile(`(?m)^([0-9]{10}) 00000 n`).FindAllSubmatch(b, -1)
	if len(xref) == 0 {
		t.Fatal("no cross-reference table")
	}
	for _, m := range xref {
		off, err := strconv.Atoi(string(m[1]))
		if err != nil {
			t.Fatal(err)
		}
		if !regexp.MustCompile(`^[0-9]+ 0 obj`).Match(b[off:min(len(b), off+20)]) {
			t.Errorf("xref offset %d points at %q", off, b[off:min(len(b), off+20)])
		}
	}

	// Text in the regular face is encoded in Windows-1252.
	p := plot.New()
	p.X.Label.Text = "2012–2019 in €, × 16.3, “quoted”, ≥ 1"
	b = render(t, p, "pdf")
	if want := "(2012\x962019 in \x80, \xd7 16.3, \x93quoted\x94, ? 1)"; !bytes.Contains(pdfContent(t, b), []byte(want)) {
		t.Errorf("the PDF's text lacks %q", want)
	}
}

// pdfContent returns the PDF's streams, inflated, one after the other.
func pdfContent(t *testing.T, b []byte) []byte {
	t.Helper()
	var out []byte
	for _, m := range regexp.MustCompile(`(?s)stream\r?\n(.*?)endstream`).FindAllSubmatch(b, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue // not deflated
		}
		d, _ := io.ReadAll(r)
		out = append(out, d...)
	}
	return out
}

// Text from data is escaped in SVG: the output is well-formed XML whose
// text is the data's, and holds no element the data tried to inject.
func TestWriteSVGEscapes(t *testing.T) {
	const name = `<script>alert(1)</script>&"'` + "\x00\x1b"
	s := annual("evil", name, "USD", `v<1>&"'`, 6, `Doc <b>&"'</b> FY%d`, "1 2 3")
	p, err := plots.Lines(plots.Spec{Title: name, Unit: usd}, s, revenueA)
	if err != nil {
		t.Fatal(err)
	}
	b := render(t, p, "svg")
	if bytes.Contains(b, []byte("<script")) || bytes.Contains(b, []byte("<b>")) {
		t.Error("SVG contains an injected element")
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	var texts []string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		if cd, ok := tok.(xml.CharData); ok && !bytes.Contains(cd, []byte("@font-face")) {
			texts = append(texts, string(cd))
		}
	}
	found := false
	for _, s := range texts {
		// The control characters became spaces.
		if s == `<script>alert(1)</script>&"'   (v<1>&"')` {
			found = true
		}
	}
	if !found {
		t.Errorf("legend entry not found among the SVG's texts %q", texts)
	}
	// The fonts are embedded.
	if !bytes.Contains(b, []byte("@font-face")) {
		t.Error("SVG does not embed its fonts")
	}
	// PNG and PDF take the same text.
	render(t, p, "png")
	render(t, p, "pdf")
}

func TestWriteErrors(t *testing.T) {
	p := sampleChart(t, "lines").Plot
	var buf bytes.Buffer
	if err := plots.Write(&buf, p, "gif", plots.DefaultWidth, plots.DefaultHeight); !errors.Is(err, plots.ErrUnknownFormat) || buf.Len() != 0 {
		t.Errorf("gif: err = %v, %d bytes written", err, buf.Len())
	}
	for _, size := range [][2]vg.Length{{0, plots.DefaultHeight}, {plots.DefaultWidth, -1}, {plots.MaxSize + 1, vg.Inch}, {vg.Length(math.NaN()), vg.Inch}} {
		if err := plots.Write(&buf, p, "png", size[0], size[1]); !errors.Is(err, plots.ErrBadSize) {
			t.Errorf("size %v: err = %v", size, err)
		}
	}
	if err := plots.Write(&buf, nil, "png", plots.DefaultWidth, plots.DefaultHeight); err == nil {
		t.Error("nil plot: no error")
	}
	// A plotter that panics while drawing gives an error, not a panic.
	bad := plot.New()
	bad.Y.Scale = plot.LogScale{}
	l, _ := plotter.NewLine(plotter.XYs{{X: 0, Y: 0}, {X: 1, Y: 1}})
	bad.Add(l)
	if err := plots.Write(&buf, bad, "svg", plots.DefaultWidth, plots.DefaultHeight); err == nil {
		t.Error("log axis from zero: no error")
	}
	if buf.Len() != 0 {
		t.Errorf("%d bytes written on error", buf.Len())
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	p := sampleChart(t, "lines").Plot
	path := filepath.Join(dir, "chart.svg")
	if err := plots.WriteFile(path, p, "svg", plots.DefaultWidth, plots.DefaultHeight); err != nil {
		t.Fatal(err)
	}
	want := render(t, sampleChart(t, "lines").Plot, "svg")
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("file differs from Write's output (err %v)", err)
	}

	// An unknown format writes nothing: no file, no temporary file.
	if err := plots.WriteFile(filepath.Join(dir, "chart.gif"), p, "gif", plots.DefaultWidth, plots.DefaultHeight); !errors.Is(err, plots.ErrUnknownFormat) {
		t.Errorf("gif: err = %v", err)
	}
	// A failed write leaves the old file whole.
	bad := plot.New()
	bad.Y.Scale = plot.LogScale{}
	l, _ := plotter.NewLine(plotter.XYs{{X: 0, Y: 0}, {X: 1, Y: 1}})
	bad.Add(l)
	if err := plots.WriteFile(path, bad, "svg", plots.DefaultWidth, plots.DefaultHeight); err == nil {
		t.Error("bad plot: no error")
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, want) {
		t.Error("a failed write changed the file")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("directory holds %q, want only chart.svg", names)
	}
	// A directory that does not exist is an error.
	if err := plots.WriteFile(filepath.Join(dir, "no", "such", "chart.svg"), p, "svg", vg.Inch, vg.Inch); err == nil {
		t.Error("missing directory: no error")
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, err %v", info.Mode(), err)
	}
}

// Charts may be built and written from several goroutines at once, each
// its own plots.
func TestWriteConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			charts, err := plots.BuildAll(sampleBuilds()...)
			if err != nil {
				t.Error(err)
				return
			}
			for _, c := range charts[:3] {
				for _, f := range plots.Formats() {
					if err := plots.Write(io.Discard, c.Plot, f, c.Width, c.Height); err != nil {
						t.Error(err)
					}
				}
			}
		}()
	}
	wg.Wait()
}
