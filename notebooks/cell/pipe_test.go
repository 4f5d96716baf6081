//go:build unix

package cell

import (
	"encoding/gob"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"gonum.org/v1/plot"

	"github.com/finfig/finfig/plots/gonbplot"
)

// kernel plays GoNB's side of the two pipes: it decodes every message the
// program sends, in order, and answers each sync request on the reply pipe.
// It returns the MIME types of the first n messages, one list per message.
func kernel(t *testing.T, n int) <-chan [][]string {
	t.Helper()
	dir := t.TempDir()
	out, back := filepath.Join(dir, "pipe"), filepath.Join(dir, "back")
	for _, p := range []string{out, back} {
		if err := syscall.Mkfifo(p, 0o600); err != nil {
			t.Skip("no FIFO:", err)
		}
	}
	t.Setenv(gonbplot.PipeEnv, out)
	t.Setenv(pipeBackEnv, back)
	got := make(chan [][]string, 1)
	go func() {
		defer close(got)
		r, err := os.Open(out)
		if err != nil {
			t.Error(err)
			return
		}
		defer r.Close()
		w, err := os.OpenFile(back, os.O_WRONLY, 0)
		if err != nil {
			t.Error(err)
			return
		}
		defer w.Close()
		dec, enc := gob.NewDecoder(r), gob.NewEncoder(w)
		var msgs [][]string
		for len(msgs) < n {
			var m struct{ Data map[string]any }
			if err := dec.Decode(&m); err != nil {
				t.Error(err)
				break
			}
			var kinds []string
			for k, v := range m.Data {
				kinds = append(kinds, k)
				if c, ok := v.(commValue); ok && c.Address == syncAddress {
					if err := enc.Encode(&commValue{Address: syncAckAddr, Value: c.Value}); err != nil {
						t.Error(err)
					}
				}
			}
			msgs = append(msgs, kinds)
		}
		got <- msgs
	}()
	return got
}

func TestDisplayWaitsForTheKernel(t *testing.T) {
	want := []string{"text/markdown", commValueMIME, "image/png", commValueMIME, "text/markdown", commValueMIME}
	got := kernel(t, len(want))
	Markdown("**$5 billion**")
	p := plot.New()
	p.Title.Text = "a chart"
	ShowPlot(p, nil)
	Markdown("after the chart")

	msgs := <-got
	if len(msgs) != len(want) {
		t.Fatalf("kernel got %d messages %v, want %d", len(msgs), msgs, len(want))
	}
	for i, w := range want {
		found := false
		for _, k := range msgs[i] {
			found = found || k == w
		}
		if !found {
			t.Errorf("message %d has %v, want %s", i+1, msgs[i], w)
		}
	}
}
