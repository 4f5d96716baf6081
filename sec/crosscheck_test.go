package sec_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/sec"
	"github.com/finfig/finfig/series"
)

// crossChecks pairs the case's hand-typed series with the imported ones.
var crossChecks = []struct {
	caseID, secID string
	from, to      int
}{
	{"facebook.ad_revenue", "cik1326801.advertising_revenue", 2012, 2017},
	{"netflix.revenue", "cik1065280.revenue", 2012, 2019},
}

// TestCrossCheckCase imports the real company facts of Netflix and Meta and
// checks them, year by year, against the figures the case typed by hand
// from the filings: the real files in ../shared/data/sec when they are
// there, and the excerpt of them (figures only) in testdata/sec/real.
func TestCrossCheckCase(t *testing.T) {
	for _, dir := range []string{"../../shared/data/sec", "../testdata/sec/real"} {
		t.Run(filepath.Base(filepath.Dir(dir))+"/"+filepath.Base(dir), func(t *testing.T) {
			files := []string{filepath.Join(dir, "CIK0001065280.json"), filepath.Join(dir, "CIK0001326801.json")}
			for _, f := range files {
				if _, err := os.Stat(f); err != nil {
					t.Skipf("%s is not there: %v", f, err)
				}
			}
			out := filepath.Join(t.TempDir(), "pkg")
			// The real files have facts in units finfig does not model
			// (segment, country, Y): they are skipped and counted.
			if _, err := sec.Import(out, files, sec.Options{SkipBad: true}); err != nil {
				t.Fatal(err)
			}
			imported, err := finance.LoadDir(out)
			if err != nil {
				t.Fatal(err)
			}
			typed, err := fbnetflix.Data()
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range crossChecks {
				want, err := typed.Series(c.caseID)
				if err != nil {
					t.Fatal(err)
				}
				got, err := imported.Series(c.secID)
				if err != nil {
					t.Fatal(err)
				}
				for y := c.from; y <= c.to; y++ {
					w, ok1 := want.At(series.Year(y))
					g, ok2 := got.At(series.Year(y))
					if !ok1 || !ok2 || w.Missing {
						t.Errorf("%d: %s has it %t, %s has it %t", y, c.caseID, ok1, c.secID, ok2)
						continue
					}
					if g.Value.Decimal().Cmp(w.Value.Decimal()) != 0 || g.Value.Decimals() != w.Value.Decimals() {
						t.Errorf("%s %d = %s (decimals %d, %s), the case has %s (decimals %d, %s)", c.secID, y,
							g.Value, g.Value.Decimals(), g.Source.Document, w.Value, w.Value.Decimals(), w.Source.Document)
						continue
					}
					t.Logf("%s %d = %s (decimals %d) = %s", c.secID, y, g.Value, g.Value.Decimals(), c.caseID)
				}
			}
		})
	}
}
