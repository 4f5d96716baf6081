package gonbplot_test

import (
	"bytes"
	"encoding/gob"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/plots/gonbplot"
	"github.com/finfig/finfig/series"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
)

// kernelDisplayData has the shape of GoNB's protocol.DisplayData, which the
// kernel decodes each message into.
type (
	mimeType          string
	kernelDisplayData struct {
		Data      map[mimeType]any
		Metadata  map[string]any
		DisplayID string
	}
)

func chart(t *testing.T) *plot.Plot {
	t.Helper()
	var pts []series.Point
	for i, f := range []string{"5000", "8000", "12000"} {
		v, err := series.ParseValue(f)
		if err != nil {
			t.Fatal(err)
		}
		pts = append(pts, series.Point{Period: series.Year(2012 + i), Value: v.Shift(6)})
	}
	s, err := series.New(series.Meta{ID: "a", Name: "Alpha revenue", Unit: "USD", Frequency: series.Annual}, pts)
	if err != nil {
		t.Fatal(err)
	}
	p, err := plots.Lines(plots.Spec{Title: "Alpha revenue"}, s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// decodeAll reads messages as the kernel does until the stream ends.
func decodeAll(t *testing.T, r io.Reader) []kernelDisplayData {
	t.Helper()
	dec := gob.NewDecoder(r)
	var out []kernelDisplayData
	for {
		var d kernelDisplayData
		err := dec.Decode(&d)
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("the kernel cannot decode message %d: %v", len(out)+1, err)
		}
		out = append(out, d)
	}
}

func TestShowOutsideNotebook(t *testing.T) {
	t.Setenv(gonbplot.PipeEnv, "")
	if err := gonbplot.Show(chart(t)); !errors.Is(err, gonbplot.ErrNotNotebook) {
		t.Errorf("err = %v, want ErrNotNotebook", err)
	}
}

func TestShow(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pipe")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(gonbplot.PipeEnv, path)
	p := chart(t)
	if err := gonbplot.Show(p); err != nil {
		t.Fatal(err)
	}
	if err := gonbplot.Show(p, gonbplot.Size(4*vg.Inch, 3*vg.Inch), gonbplot.SVG()); err != nil {
		t.Fatal(err)
	}
	if err := gonbplot.ShowChart(plots.Chart{Plot: p, Width: 5 * vg.Inch, Height: 3 * vg.Inch}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	msgs := decodeAll(t, bytes.NewReader(b))
	if len(msgs) != 3 {
		t.Fatalf("%d messages, want 3", len(msgs))
	}
	png, ok := msgs[0].Data["image/png"].([]byte)
	if !ok || !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Errorf("first message has no PNG: %T", msgs[0].Data["image/png"])
	}
	if alt := msgs[0].Data["text/plain"]; alt != p.Title.Text {
		t.Errorf("text/plain = %v, want the title", alt)
	}
	html, ok := msgs[1].Data["text/html"].(string)
	if !ok || !strings.HasPrefix(html, "<div><?xml") || !strings.Contains(html, `width="288pt"`) {
		t.Errorf("second message is not the 4-inch SVG: %.60q", html)
	}
	if _, ok := msgs[2].Data["image/png"].([]byte); !ok {
		t.Error("third message has no PNG")
	}

	// A bad plot is an error and sends nothing.
	if err := gonbplot.Show(nil); err == nil {
		t.Error("nil plot: no error")
	}
	// A missing pipe is an error.
	t.Setenv(gonbplot.PipeEnv, filepath.Join(t.TempDir(), "none"))
	if err := gonbplot.Show(p); err == nil || errors.Is(err, gonbplot.ErrNotNotebook) {
		t.Errorf("missing pipe: err = %v", err)
	}
}
