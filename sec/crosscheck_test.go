package sec_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/datapkg"
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
			checkMarketingVintages(t, imported, typed)
		})
	}
}

// checkMarketingVintages checks the restatements of Netflix's marketing
// expense: the case keeps each restated figure under a vintage named after
// the 10-K that restated it, the import under that 10-K's accession
// number. The case's primary vintage is the figure as first filed for
// 2012–2016 and 2018; for 2017 it has the FY2018 10-K's figure, which
// restated the FY2017 10-K's.
func checkMarketingVintages(t *testing.T, imported, typed *datapkg.Package) {
	t.Helper()
	vintageOf := func(p *datapkg.Package, id, v string) *series.Series {
		for _, s := range p.Vintages(id) {
			if s.Vintage() == v {
				return s
			}
		}
		t.Fatalf("%s has no vintage %q", id, v)
		return nil
	}
	for _, c := range []struct {
		caseVintage, secVintage string
		year                    int
	}{
		{"", "", 2012}, {"", "", 2013}, {"", "", 2014},
		{"", "", 2015}, {"", "", 2016}, {"", "", 2018},
		{"", "0001065280-19-000043", 2017}, // the FY2018 10-K
		{"restated FY2013 10-K", "0001065280-14-000006", 2012},
		{"restated FY2014 10-K", "0001065280-15-000006", 2013},
		{"restated FY2014 10-K", sec.VintageLatest, 2013},
		{"restated FY2018 10-K", "0001065280-19-000043", 2016},
		{"restated FY2018 10-K", sec.VintageLatest, 2016},
	} {
		w, ok1 := vintageOf(typed, "netflix.marketing", c.caseVintage).At(series.Year(c.year))
		g, ok2 := vintageOf(imported, "cik1065280.marketing_expense", c.secVintage).At(series.Year(c.year))
		if !ok1 || !ok2 || g.Value.Decimal().Cmp(w.Value.Decimal()) != 0 || g.Value.Decimals() != w.Value.Decimals() {
			t.Errorf("marketing %d: imported %q %s (%t), case %q %s (%t)", c.year, c.secVintage, g.Value, ok2, c.caseVintage, w.Value, ok1)
			continue
		}
		t.Logf("cik1065280.marketing_expense %q %d = %s = netflix.marketing %q", c.secVintage, c.year, g.Value, c.caseVintage)
	}
	first, _ := vintageOf(imported, "cik1065280.marketing_expense", "").At(series.Year(2017))
	if first.Value.String() != "1278022000" || !strings.Contains(first.Source.Document, "0001065280-18-000069") {
		t.Errorf("marketing 2017 as first filed: %s from %s, want 1278022000 from the FY2017 10-K", first.Value, first.Source.Document)
	}
}
