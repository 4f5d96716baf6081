package fbnetflix_test

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"reflect"
	"testing"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/series"
)

func TestLedgerAndEvents(t *testing.T) {
	_, ledger, events := caseInputs(t)
	if len(ledger) < 100 {
		t.Errorf("ledger has %d claims, want at least 100", len(ledger))
	}
	e, ok := events.Get("dpc-fine-2022")
	if !ok || e.Value.String() != "265000000" || e.Unit != "EUR" || e.Date.String() != "2022-11-28" {
		t.Errorf("dpc-fine-2022 = %+v, %v", e, ok)
	}
}

// TestEmbeddedRoundTrip: the embedded package, as Data loads it, exported
// with datapkg.Write gives the embedded files (Files) byte for byte, and
// loads back to the same series; every period and value prints and parses
// back to itself.
func TestEmbeddedRoundTrip(t *testing.T) {
	p, _, _ := caseInputs(t)
	dir := t.TempDir()
	if err := datapkg.Write(dir, p); err != nil {
		t.Fatal(err)
	}
	written := os.DirFS(dir)
	for _, name := range []string{"datapackage.json", "series.csv", "observations.csv"} {
		want, errWant := fs.ReadFile(fbnetflix.Files(), name)
		got, errGot := fs.ReadFile(written, name)
		if err := errors.Join(errWant, errGot); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: exported file differs from the embedded %s", name, name)
		}
	}
	q, err := finance.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p.IDs(), q.IDs()) {
		t.Fatalf("ids %v, then %v", p.IDs(), q.IDs())
	}
	n := 0
	for _, id := range p.IDs() {
		a, b := p.Vintages(id), q.Vintages(id)
		if len(a) != len(b) {
			t.Fatalf("%s: %d vintages, then %d", id, len(a), len(b))
		}
		for i := range a {
			if a[i].Meta() != b[i].Meta() || !reflect.DeepEqual(a[i].Points(), b[i].Points()) {
				t.Errorf("%s %q differs after the round trip", id, a[i].Vintage())
			}
			for per, pt := range a[i].All() {
				n++
				if back, err := series.ParsePeriod(per.String()); err != nil || back != per {
					t.Errorf("%s: period %v reads back as %v, %v", id, per, back, err)
				}
				if pt.Missing {
					continue
				}
				d := pt.Value.Decimal()
				back, err := series.ParseDecimal(d.String())
				if err != nil || back.Cmp(d) != 0 || d.Exponent() <= 0 && back != d {
					t.Errorf("%s %v: value %v reads back as %v, %v", id, per, d, back, err)
				}
			}
		}
	}
	if n < 80 {
		t.Errorf("only %d points", n)
	}
}
