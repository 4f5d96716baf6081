package datapkg

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/finfig/finfig/series"
)

func writerSeries(t *testing.T, id, vintage string, v string, derived bool) *series.Series {
	t.Helper()
	val, err := series.ParseValue(v)
	if err != nil {
		t.Fatal(err)
	}
	s, err := series.New(series.Meta{ID: id, Name: "test " + id, Unit: "USD", Frequency: series.Annual, Vintage: vintage},
		[]series.Point{{Period: series.FiscalYear(2019), Value: val, Source: series.Source{Kind: "P", Document: "10-K"},
			Start: time.Date(2018, 9, 30, 0, 0, 0, 0, time.UTC), End: time.Date(2019, 9, 28, 0, 0, 0, 0, time.UTC), Derived: derived}})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestWriterNewAndMerge(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	w, err := NewWriter(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Add([]*series.Series{writerSeries(t, "a.x", "", "260174000000", false), writerSeries(t, "a.x", "latest", "260174000001", true)}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("the directory exists before Commit: %v", err)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	p, err := LoadDir(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	vs := p.Vintages("a.x")
	if len(vs) != 2 {
		t.Fatalf("%d vintages, want 2", len(vs))
	}
	pt := vs[1].Point(0)
	if pt.Period.String() != "FY2019" || pt.Value.String() != "260174000001" || !pt.Derived ||
		pt.Start.Format(time.DateOnly) != "2018-09-30" || pt.End.Format(time.DateOnly) != "2019-09-28" {
		t.Errorf("point read back: %+v", pt)
	}

	// Merge into a copy of the fixture, whose descriptor has no extension
	// columns: its series are kept, the descriptor gets the columns.
	base := t.TempDir()
	for _, name := range []string{"datapackage.json", "series.csv", "observations.csv", "events.csv"} {
		b, err := os.ReadFile(filepath.Join("../testdata/pkg", name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(base, name), b, 0o644)
	}
	bp, err := LoadDir(base, Options{})
	if err != nil {
		t.Fatal(err)
	}
	w, err = NewWriter(base, bp)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Add([]*series.Series{writerSeries(t, "facebook.ad_revenue", "", "1", false)}); err != nil {
		t.Fatal(err)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	q, err := LoadDir(base, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(q.IDs()) != len(bp.IDs()) {
		t.Errorf("merged package has %d series, want %d", len(q.IDs()), len(bp.IDs()))
	}
	s, err := q.Series("facebook.ad_revenue")
	if err != nil || s.Len() != 1 || s.Point(0).Value.String() != "1" {
		t.Errorf("replaced series: %v, %v", s, err)
	}
	if m, _ := q.Series("facebook.mau"); m == nil || m.Len() == 0 {
		t.Error("facebook.mau was not kept")
	}
	d, _ := os.ReadFile(filepath.Join(base, "datapackage.json"))
	if !bytes.Contains(d, []byte(`"title": "finfig test fixture: a small data package"`)) || !bytes.Contains(d, []byte(`"name": "derived"`)) {
		t.Error("the merged descriptor lost its own members or lacks the extension fields")
	}
}

func TestWriterAbortLeavesDir(t *testing.T) {
	dir := t.TempDir()
	w, err := NewWriter(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	w.Add([]*series.Series{writerSeries(t, "a.x", "", "1", false)})
	if err := w.Add([]*series.Series{writerSeries(t, "a.x", "", "1", false)}); err == nil || !strings.Contains(err.Error(), "added twice") {
		t.Errorf("adding an id twice: %v", err)
	}
	w.Abort()
	left, _ := os.ReadDir(dir)
	if len(left) != 0 {
		t.Errorf("Abort left %d files in %s", len(left), dir)
	}
	fresh := filepath.Join(t.TempDir(), "new")
	w, _ = NewWriter(fresh, nil)
	w.Abort()
	if _, err := os.Stat(fresh); !os.IsNotExist(err) {
		t.Errorf("Abort left %s: %v", fresh, err)
	}
	if _, err := NewWriter(filepath.Join("../testdata/pkg"), nil); err == nil {
		t.Error("NewWriter without a base on a directory that holds a package must refuse")
	}
}

func TestExtensionColumnErrors(t *testing.T) {
	for _, tt := range []struct{ row, want string }{
		{"a.x,,2019,1,0,P,,,,,2019-13-01,2019-12-31,", "observations.csv:2:11 (start): cannot parse \"2019-13-01\" as date"},
		{"a.x,,2019,1,0,P,,,,,2019-12-31,2019-01-01,", "observations.csv:2:12 (end): end 2019-01-01 before start 2019-12-31"},
		{"a.x,,2019,1,0,P,,,,,,,yes", "observations.csv:2:13 (derived): cannot parse \"yes\" as derived"},
	} {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "datapackage.json"), []byte(defaultDescriptor), 0o644)
		os.WriteFile(filepath.Join(dir, "series.csv"), []byte("id,name,unit,frequency,description\na.x,,USD,annual,\n"), 0o644)
		os.WriteFile(filepath.Join(dir, "observations.csv"), []byte(strings.Join(observationHeader(true), ",")+"\n"+tt.row+"\n"), 0o644)
		_, err := LoadDir(dir, Options{})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("row %s: error %v, want %s", tt.row, err, tt.want)
		}
	}
}

// TestAppendObservation checks the fast writer of a row against the
// general one, on fields that need quoting and on a gap.
func TestAppendObservation(t *testing.T) {
	val, _ := series.ParseValue("-12.50")
	s, err := series.New(series.Meta{ID: "a,x", Unit: "USD", Frequency: series.Annual, Vintage: `say "hi"`}, []series.Point{
		{Period: series.FiscalYear(2019), Value: val, Source: series.Source{Kind: "P", Document: "10-K, p. 3", Note: "line\nbreak"},
			Start: time.Date(2018, 9, 30, 0, 0, 0, 0, time.UTC), End: time.Date(2019, 9, 28, 0, 0, 0, 0, time.UTC), Derived: true},
		{Period: series.FiscalYear(2020), Missing: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	var q quoteCache
	prefix := append(appendField(nil, s.ID()), ',')
	prefix = append(appendField(prefix, s.Vintage()), ',')
	for _, pt := range s.All() {
		got := string(appendObservation(nil, &q, prefix, pt, "\n"))
		want := string(appendRecord(nil, observationRecord(s, pt, true), "\n"))
		if got != want {
			t.Errorf("appendObservation\n%q\nwant\n%q", got, want)
		}
	}
}

func TestAppendDate(t *testing.T) {
	for _, d := range []time.Time{time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2019, 9, 28, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC)} {
		if got, want := string(appendDate(nil, d)), d.Format(time.DateOnly); got != want {
			t.Errorf("appendDate(%v) = %q, want %q", d, got, want)
		}
	}
}

// TestAddVintagesChecksPoints checks that AddVintages refuses what
// series.New refuses (a point of another frequency, out of order or given
// twice) and that the Writer then refuses everything but Abort.
func TestAddVintagesChecksPoints(t *testing.T) {
	val, _ := series.ParseValue("1")
	pts := func(ps ...series.Period) Vintage {
		return Vintage{Name: "", Points: func(yield func(series.Point) bool) {
			for _, p := range ps {
				if !yield(series.Point{Period: p, Value: val}) {
					return
				}
			}
		}}
	}
	meta := series.Meta{ID: "a.x", Unit: "USD", Frequency: series.Annual}
	for _, tt := range []struct {
		v    Vintage
		want string
	}{
		{pts(series.Year(2019), series.Quarter(2020, 1)), "datapkg: series a.x, primary vintage: period 2020Q1 is quarterly (expected annual)"},
		{pts(series.Year(2020), series.Year(2019)), "datapkg: series a.x, primary vintage: period 2019 comes after 2020 (expected the points in period order)"},
		{pts(series.Year(2019), series.Year(2019)), "datapkg: series a.x, primary vintage: period 2019 is given twice"},
		{pts(series.Period{}), "datapkg: series a.x, primary vintage: a point without a period"},
	} {
		dir := filepath.Join(t.TempDir(), "out")
		w, err := NewWriter(dir, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.AddVintages(meta, []Vintage{tt.v}); err == nil || err.Error() != tt.want {
			t.Errorf("AddVintages: %v, want %s", err, tt.want)
		}
		if err := w.AddVintages(series.Meta{ID: "a.y", Frequency: series.Annual}, []Vintage{pts(series.Year(2019))}); err == nil || !strings.Contains(err.Error(), "used after an error") {
			t.Errorf("AddVintages after an error: %v", err)
		}
		if err := w.Commit(); err == nil {
			t.Error("Commit after an error succeeded")
		}
		if _, err := os.Stat(dir); !os.IsNotExist(err) {
			t.Errorf("a failed Commit left %s: %v", dir, err)
		}
	}
	w, _ := NewWriter(filepath.Join(t.TempDir(), "out"), nil)
	defer w.Abort()
	if err := w.AddVintages(meta, []Vintage{pts(series.Year(2019)), {Name: "", Points: pts().Points}}); err == nil || err.Error() != "datapkg: series a.x, primary vintage given twice" {
		t.Errorf("two primaries: %v", err)
	}
}

// A series whose points are made as the Writer writes them.
func ExampleWriter_AddVintages() {
	dir, err := os.MkdirTemp("", "datapkg-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	w, err := NewWriter(filepath.Join(dir, "pkg"), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	figures := []struct {
		year  int
		value int64
	}{{2019, 20156447000}, {2020, 24996056000}}
	points := func(yield func(series.Point) bool) {
		for _, f := range figures {
			pt := series.Point{Period: series.Year(f.year), Value: series.NewValue(series.NewDecimal(f.value, 0), -3),
				Source: series.Source{Kind: "P", Document: fmt.Sprintf("10-K for %d", f.year)}}
			if !yield(pt) {
				return
			}
		}
	}
	meta := series.Meta{ID: "netflix.revenue", Name: "Netflix revenue", Unit: "USD", Frequency: series.Annual}
	if err := w.AddVintages(meta, []Vintage{{Name: "", Points: points}}); err != nil {
		fmt.Println(err)
		return
	}
	if err := w.Commit(); err != nil {
		fmt.Println(err)
		return
	}
	obs, _ := os.ReadFile(filepath.Join(dir, "pkg", "observations.csv"))
	fmt.Print(string(obs))
	// Output:
	// series,vintage,period,value,decimals,kind,source,locator,quote,note,start,end,derived
	// netflix.revenue,,2019,20156447000,-3,P,10-K for 2019,,,,,,
	// netflix.revenue,,2020,24996056000,-3,P,10-K for 2020,,,,,,
}
