//go:build unix

package gonbplot_test

import (
	"encoding/gob"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/finfig/finfig/plots/gonbplot"
)

// A program that also displays through gonbui writes to the same pipe from
// its own encoder; the kernel decodes both streams' messages as one.
func TestShowBesideGonbui(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip("no FIFO:", err)
	}
	t.Setenv(gonbplot.PipeEnv, path)

	got := make(chan []kernelDisplayData)
	go func() {
		f, err := os.Open(path) // the kernel's end
		if err != nil {
			t.Error(err)
			close(got)
			return
		}
		defer f.Close()
		got <- decodeAll(t, f)
	}()

	// gonbui's end: its own file and encoder, and its message type,
	// which has the unnamed map type map[string]any.
	other, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	enc := gob.NewEncoder(other)
	gonbui := func(html string) {
		t.Helper()
		if err := enc.Encode(&kernelDisplayData{Data: map[mimeType]any{"text/html": html}, Metadata: map[string]any{"k": "v"}}); err != nil {
			t.Fatal(err)
		}
	}
	p := chart(t)
	gonbui("<b>first</b>")
	if err := gonbplot.Show(p); err != nil {
		t.Fatal(err)
	}
	gonbui("<b>second</b>")
	if err := gonbplot.Show(p); err != nil {
		t.Fatal(err)
	}
	other.Close()
	closePipe(t)

	msgs := <-got
	if len(msgs) != 4 {
		t.Fatalf("kernel decoded %d messages, want 4", len(msgs))
	}
	for i, key := range []mimeType{"text/html", "image/png", "text/html", "image/png"} {
		if _, ok := msgs[i].Data[key]; !ok {
			t.Errorf("message %d has no %s", i+1, key)
		}
	}
}

func closePipe(t *testing.T) {
	t.Helper()
	gonbplot.ClosePipe()
}
