package datapkg_test

// Regression tests for bugs found by the reliability work (issue 7):
// nothing a user gives may crash finfig, be silently misread, or be lost.
// The packages are made from the shared fixture ../testdata/pkg.

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/finfig/finfig/datapkg"
)

// fixture returns the shared fixture package as a MapFS, with edit
// applied to the file name.
func fixture(t *testing.T, name string, edit func(string) string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	for _, n := range []string{"datapackage.json", "series.csv", "observations.csv", "events.csv"} {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "pkg", n))
		if err != nil {
			t.Fatal(err)
		}
		if n == name {
			b = []byte(edit(string(b)))
		}
		m[n] = &fstest.MapFile{Data: b}
	}
	return m
}

func replaceOnce(t *testing.T, old, new string) func(string) string {
	return func(s string) string {
		if !strings.Contains(s, old) {
			t.Fatalf("fixture lacks %q", old)
		}
		return strings.Replace(s, old, new, 1)
	}
}

// TestValueBeyondFloat64: Load accepted a value beyond the float64 range
// ("1" and 400 zeros: ParseDecimal moves the zeros into the exponent), and
// every figure derived from it was then infinite: finfig growth said "base
// value is zero or negative" of it, and a claim checked against it gave
// JSON that cannot be written (testdata/bad/value-beyond-float64.txtar). It must
// be refused where it is written.
func TestValueBeyondFloat64(t *testing.T) {
	huge := "1" + strings.Repeat("0", 400)
	m := fixture(t, "observations.csv", replaceOnce(t, "acme.revenue,,2018Q3,1200000000,-6,", "acme.revenue,,2018Q3,"+huge+",-6,"))
	p, err := datapkg.Load(m, datapkg.Options{})
	var e *datapkg.Error
	if err == nil || !errors.As(err, &e) || e.File != "observations.csv" || e.Line < 2 || e.Field != "value" {
		t.Errorf("Load: %v, %v; want an *Error at the value", p != nil, err)
	}
}

// TestHeaderErrorShort: a header cell that differs from the schema's field
// was repeated whole in the message, so that a file of one line of
// megabytes gave a message of megabytes (testdata/bad/long-line-no-newline.txtar).
func TestHeaderErrorShort(t *testing.T) {
	m := fixture(t, "series.csv", func(string) string { return strings.Repeat("ab", 1<<20) })
	_, err := datapkg.Load(m, datapkg.Options{})
	if err == nil {
		t.Fatal("no error")
	}
	if msg := err.Error(); len(msg) > 1024 || !strings.HasPrefix(msg, "series.csv:1:1") {
		t.Errorf("message of %d bytes: %.200s…", len(msg), msg)
	}
}

// TestLoadRefusesNamedPipe: a named pipe in place of a file of the package
// (a mistake, or a hostile package) made Load wait for ever to open it, and
// finfig with it (testdata/bad/data-observations-fifo.txtar). A file that is not
// a regular file must be refused, as one that is too large is, before it
// is opened.
func TestLoadRefusesNamedPipe(t *testing.T) {
	mkfifo, err := exec.LookPath("mkfifo")
	if err != nil {
		t.Skip("no mkfifo")
	}
	dir := t.TempDir()
	for _, n := range []string{"datapackage.json", "series.csv"} {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "pkg", n))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pipe := filepath.Join(dir, "observations.csv")
	if out, err := exec.Command(mkfifo, pipe).CombinedOutput(); err != nil {
		t.Fatalf("mkfifo: %v: %s", err, out)
	}
	done := make(chan error, 1)
	go func() {
		_, err := datapkg.LoadDir(dir, datapkg.Options{})
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.HasPrefix(err.Error(), pipe+": ") {
			t.Errorf("LoadDir: %v, want an error about %s", err, pipe)
		}
	case <-time.After(5 * time.Second):
		if f, err := os.OpenFile(pipe, os.O_WRONLY, 0); err == nil { // let Load go
			f.Close()
		}
		<-done
		t.Error("LoadDir waited for a writer of the named pipe observations.csv")
	}
}

// TestWriteKeepsCarriageReturn: a package with CR LF line ends is written
// with encoding/csv's UseCRLF, which drops a carriage return inside a field
// ("a\rb" is written "ab"), so that Write lost a character that Load had
// read, and the package read back differs (found by FuzzLoad:
// testdata/fuzz/FuzzLoad/38ebf0a457b14aa0).
func TestWriteKeepsCarriageReturn(t *testing.T) {
	crlf := func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }
	m := fixture(t, "observations.csv", func(s string) string {
		return crlf(strings.Replace(s, ",,not reported\n", ",,\"not\rreported\"\n", 1))
	})
	p, err := datapkg.Load(m, datapkg.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := datapkg.Write(dir, p); err != nil {
		t.Fatal(err)
	}
	q, err := datapkg.LoadDir(dir, datapkg.Options{})
	if err != nil {
		t.Fatal(err)
	}
	note := func(p *datapkg.Package) string {
		s, err := p.Series("acme.revenue")
		if err != nil {
			t.Fatal(err)
		}
		for _, pt := range s.All() {
			if pt.Missing {
				return pt.Source.Note
			}
		}
		return ""
	}
	if a, b := note(p), note(q); a != "not\rreported" || b != a {
		t.Errorf("note %q, written and read back %q", a, b)
	}
}

// TestRoundTripCRLFInField: encoding/csv reads a CR LF inside a quoted
// field as LF, so that a package with LF line ends and a note written over
// two lines with CR LF was read as another note, and Write did not give
// back the file it was loaded from, as the package documentation says it
// does. Load must refuse such a field where it is, or Write must give back
// the same bytes.
func TestRoundTripCRLFInField(t *testing.T) {
	m := fixture(t, "observations.csv", replaceOnce(t, ",,not reported\n", ",,\"not\r\nreported\"\n"))
	p, err := datapkg.Load(m, datapkg.Options{})
	if err != nil {
		var e *datapkg.Error
		if !errors.As(err, &e) || e.Line < 2 || e.Field != "note" {
			t.Errorf("Load: %v; want an *Error at the note", err)
		}
		return
	}
	dir := t.TempDir()
	if err := datapkg.Write(dir, p); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "observations.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(m["observations.csv"].Data) {
		t.Error("Write did not give back the observations.csv that Load read (the CR LF in the note is now LF)")
	}
}
