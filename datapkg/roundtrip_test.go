package datapkg

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/finfig/finfig/series"
)

// reportedDir holds the package that the finance package embeds: the
// example of the format.
const reportedDir = "../cases/fbnetflix/data"

func loadReported(t testing.TB) *Package {
	t.Helper()
	p, err := LoadDir(reportedDir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRoundTripBytes(t *testing.T) {
	p := loadReported(t)
	dir := t.TempDir()
	if err := Write(dir, p); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"datapackage.json", "series.csv", "observations.csv", "events.csv"} {
		want, err := os.ReadFile(filepath.Join(reportedDir, name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: written file differs from the input (%d bytes, want %d)", name, len(got), len(want))
		}
	}
	q, err := LoadDir(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := samePackage(p, q); err != nil {
		t.Error(err)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestWriteRefusesInput(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, loadReported(t)); err != nil {
		t.Fatal(err)
	}
	p, err := LoadDir(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = Write(dir, p)
	if err == nil {
		t.Fatal("Write over the package's own files: no error")
	}
	want := "datapkg: refusing to overwrite " + filepath.Join(dir, "datapackage.json") + ", which the package was loaded from (expected another directory)"
	if err.Error() != want {
		t.Errorf("error\n%s\nwant\n%s", err, want)
	}
	// Into another directory, over files of another package: fine.
	if err := Write(t.TempDir(), p); err != nil {
		t.Error(err)
	}
}

func TestReportedContents(t *testing.T) {
	p := loadReported(t)
	if got := len(p.IDs()); got != 12 {
		t.Errorf("%d series, want 12", got)
	}
	s, err := p.Series("facebook.ad_revenue")
	if err != nil {
		t.Fatal(err)
	}
	pt, ok := s.At(series.Year(2019))
	if !ok || pt.Value.String() != "69655000000" || pt.Value.Decimals() != -6 {
		t.Errorf("facebook.ad_revenue 2019 = %v %d, want 69655000000 -6", pt.Value, pt.Value.Decimals())
	}
	cpi, err := p.Series("us.cpi_u")
	if err != nil {
		t.Fatal(err)
	}
	if pt, _ := cpi.At(series.Year(2017)); pt.Value.String() != "245.120" || pt.Value.Decimals() != 3 {
		t.Errorf("us.cpi_u 2017 = %v %d, want 245.120 3", pt.Value, pt.Value.Decimals())
	}
	vs := p.Vintages("netflix.marketing")
	var names []string
	for _, v := range vs {
		names = append(names, v.Vintage())
	}
	if want := []string{"", "restated FY2013 10-K", "restated FY2014 10-K", "restated FY2018 10-K", "secondary"}; !equalStrings(names, want) {
		t.Errorf("netflix.marketing vintages %q, want %q", names, want)
	}
	gaps := 0
	paid, _ := p.Series("netflix.paid_memberships")
	for _, pt := range paid.All() {
		if pt.Missing {
			gaps++
		}
	}
	if gaps != 5 {
		t.Errorf("netflix.paid_memberships has %d explicit gaps, want 5 (2012-2016)", gaps)
	}
	n := 0
	for range p.All() {
		n++
	}
	if n != 11+4+6 { // 11 primaries, 3 marketing restatements and a secondary report, 6 ad-spend reports
		t.Errorf("All yields %d series, want 21", n)
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// samePackage reports how p and q differ: ids, metas, every series of every
// vintage point by point, and the rows' order.
func samePackage(p, q *Package) error {
	if !equalStrings(p.ids, q.ids) {
		return errorf("ids %q, then %q", p.ids, q.ids)
	}
	for _, id := range p.ids {
		if p.metas[id] != q.metas[id] {
			return errorf("meta of %s: %+v, then %+v", id, p.metas[id], q.metas[id])
		}
		pv, qv := p.vintages[id], q.vintages[id]
		if len(pv) != len(qv) {
			return errorf("%s: %d vintages, then %d", id, len(pv), len(qv))
		}
		for i := range pv {
			if pv[i].Meta() != qv[i].Meta() || pv[i].Len() != qv[i].Len() {
				return errorf("%s vintage %d: %+v (%d points), then %+v (%d points)", id, i, pv[i].Meta(), pv[i].Len(), qv[i].Meta(), qv[i].Len())
			}
			for j := range pv[i].Len() {
				a, b := pv[i].Point(j), qv[i].Point(j)
				if a.Period != b.Period || a.Missing != b.Missing || a.Source != b.Source ||
					a.Value.Decimal().Cmp(b.Value.Decimal()) != 0 || a.Value.Decimals() != b.Value.Decimals() {
					return errorf("%s %q point %d: %+v, then %+v", id, pv[i].Vintage(), j, a, b)
				}
			}
		}
	}
	if len(p.rows) != len(q.rows) {
		return errorf("%d rows, then %d", len(p.rows), len(q.rows))
	}
	for i := range p.rows {
		a, b := p.rows[i], q.rows[i]
		if a.period != b.period || a.s.ID() != b.s.ID() || a.s.Vintage() != b.s.Vintage() {
			return errorf("row %d: %s %q %s, then %s %q %s", i, a.s.ID(), a.s.Vintage(), a.period, b.s.ID(), b.s.Vintage(), b.period)
		}
	}
	return sameTables(p, q)
}

// mapFS returns the encoded package as a file system.
func mapFS(t testing.TB, p *Package) fstest.MapFS {
	t.Helper()
	files, err := p.encode()
	if err != nil {
		t.Fatal(err)
	}
	m := fstest.MapFS{}
	for _, f := range files {
		m[f.name] = &fstest.MapFile{Data: f.data}
	}
	return m
}

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }

// TestConcurrentReads reads one package from many goroutines; run with
// -race.
func TestConcurrentReads(t *testing.T) {
	p := loadReported(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for _, id := range p.IDs() {
				p.Series(id)
				for _, s := range p.Vintages(id) {
					s.Len()
				}
			}
			for s := range p.All() {
				s.Points()
			}
		})
	}
	wg.Wait()
}
