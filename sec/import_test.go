package sec_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/sec"
	"github.com/finfig/finfig/series"
)

// fiscalCo is a made-up filer whose fiscal year ends in late September,
// with a revenue concept that changes in its second 10-K (which restates
// the first year), quarters given only year to date, a value above 2^53,
// a per-share figure and a pure ratio. The figures are the test's own.
const fiscalCo = `{"cik": 9999901, "entityName": "Example Fiscal Co", "facts": {
"us-gaap": {
 "SalesRevenueNet": {"label": "Sales Revenue, Net", "units": {"USD": [
  {"start": "2017-10-01", "end": "2018-09-29", "val": 1000000, "accn": "0009999901-18-000004", "fy": 2018, "fp": "FY", "form": "10-K", "filed": "2018-11-05"},
  {"start": "2017-10-01", "end": "2017-12-30", "val": 300000, "accn": "0009999901-18-000001", "fy": 2018, "fp": "Q1", "form": "10-Q", "filed": "2018-02-01"},
  {"start": "2017-10-01", "end": "2018-03-31", "val": 550000, "accn": "0009999901-18-000002", "fy": 2018, "fp": "Q2", "form": "10-Q", "filed": "2018-05-02"},
  {"start": "2017-10-01", "end": "2018-06-30", "val": 780000, "accn": "0009999901-18-000003", "fy": 2018, "fp": "Q3", "form": "10-Q", "filed": "2018-08-01"}
 ]}},
 "RevenueFromContractWithCustomerExcludingAssessedTax": {"label": "Revenue", "units": {"USD": [
  {"start": "2017-10-01", "end": "2018-09-29", "val": 1010000, "accn": "0009999901-19-000004", "fy": 2019, "fp": "FY", "form": "10-K", "filed": "2019-11-01"},
  {"start": "2018-09-30", "end": "2019-09-28", "val": 1200000, "accn": "0009999901-19-000004", "fy": 2019, "fp": "FY", "form": "10-K", "filed": "2019-11-01"}
 ]}},
 "Revenues": {"label": "Revenues", "units": {"USD": [
  {"start": "2017-10-01", "end": "2018-09-29", "val": 999000, "accn": "0009999901-19-000004", "fy": 2019, "fp": "FY", "form": "10-K", "filed": "2019-11-01"}
 ]}},
 "EarningsPerShareBasic": {"label": "EPS", "units": {"USD/shares": [
  {"start": "2017-10-01", "end": "2018-09-29", "val": 2.015, "accn": "0009999901-18-000004", "fy": 2018, "fp": "FY", "form": "10-K", "filed": "2018-11-05"},
  {"start": "2017-10-01", "end": "2018-09-29", "val": 2.0150, "accn": "0009999901-19-000004", "fy": 2019, "fp": "FY", "form": "10-K", "filed": "2019-11-01"}
 ]}},
 "EffectiveIncomeTaxRateContinuingOperations": {"label": "Tax rate", "units": {"pure": [
  {"start": "2017-10-01", "end": "2018-09-29", "val": 0.21, "accn": "0009999901-18-000004", "fy": 2018, "fp": "FY", "form": "10-K", "filed": "2018-11-05"}
 ]}}
},
"dei": {
 "EntityCommonStockSharesOutstanding": {"label": "Shares", "units": {"shares": [
  {"end": "2018-10-19", "val": 9007199254740993, "accn": "0009999901-18-000004", "fy": 2018, "fp": "FY", "form": "10-K", "filed": "2018-11-05", "frame": "CY2018Q3I"}
 ]}}
}}}
`

// calendarCo is a made-up filer whose year is the calendar year.
const calendarCo = `{"cik": 9999902, "entityName": "Example Calendar Co", "facts": {"us-gaap": {
 "Revenues": {"label": "Revenues", "units": {"USD": [
  {"start": "2019-01-01", "end": "2019-12-31", "val": 400, "accn": "0009999902-20-000001", "fy": 2019, "fp": "FY", "form": "10-K", "filed": "2020-02-01"},
  {"start": "2019-01-01", "end": "2019-09-30", "val": 290, "accn": "0009999902-19-000003", "fy": 2019, "fp": "Q3", "form": "10-Q", "filed": "2019-10-30"},
  {"start": "2019-07-01", "end": "2019-09-30", "val": 100, "accn": "0009999902-19-000003", "fy": 2019, "fp": "Q3", "form": "10-Q", "filed": "2019-10-30"},
  {"start": "2019-07-01", "end": "2019-09-30", "val": 100, "accn": "0009999902-20-000001", "fy": 2019, "fp": "FY", "form": "10-K", "filed": "2020-02-01"}
 ]}}
}}}
`

func writeFile(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func importOne(t *testing.T, docs ...string) *datapkg.Package {
	t.Helper()
	in := t.TempDir()
	var files []string
	for i, d := range docs {
		files = append(files, writeFile(t, in, "facts"+string(rune('a'+i))+".json", d))
	}
	out := filepath.Join(t.TempDir(), "pkg")
	if _, err := sec.Import(out, files, sec.Options{Names: map[int64]string{9999901: "FISC"}}); err != nil {
		t.Fatal(err)
	}
	p, err := finance.LoadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func vintage(t *testing.T, p *datapkg.Package, id, v string) *series.Series {
	t.Helper()
	for _, s := range p.Vintages(id) {
		if s.Vintage() == v {
			return s
		}
	}
	var have []string
	for _, s := range p.Vintages(id) {
		have = append(have, s.Vintage())
	}
	t.Fatalf("series %s has no vintage %q (it has %q; ids %v)", id, v, have, p.IDs())
	return nil
}

func at(t *testing.T, s *series.Series, period string) series.Point {
	t.Helper()
	p, err := series.ParsePeriod(period)
	if err != nil {
		t.Fatal(err)
	}
	pt, ok := s.At(p)
	if !ok {
		t.Fatalf("%s %q has no period %s", s.ID(), s.Vintage(), period)
	}
	return pt
}

func day(pt time.Time) string {
	if pt.IsZero() {
		return ""
	}
	return pt.Format(time.DateOnly)
}

func TestFiscalYearRestatementAndDerivedQuarters(t *testing.T) {
	p := importOne(t, fiscalCo)

	rev := vintage(t, p, "cik9999901.revenue", "")
	if rev.Name() != "FISC revenue" || rev.Unit() != "USD" || rev.Frequency() != series.Annual {
		t.Errorf("meta %+v", rev.Meta())
	}
	fy18 := at(t, rev, "FY2018")
	if fy18.Value.String() != "1000000" || day(fy18.Start) != "2017-10-01" || day(fy18.End) != "2018-09-29" ||
		!strings.Contains(fy18.Source.Document, "10-K 0009999901-18-000004 filed 2018-11-05, us-gaap:SalesRevenueNet") ||
		fy18.Source.Locator != "https://www.sec.gov/Archives/edgar/data/9999901/000999990118000004/" {
		t.Errorf("FY2018 as first filed: %+v", fy18)
	}
	// The second 10-K restates FY2018 under the concept of the highest
	// priority; its lower-priority Revenues (999000) is not taken.
	latest := at(t, vintage(t, p, "cik9999901.revenue", sec.VintageLatest), "FY2018")
	if latest.Value.String() != "1010000" || !strings.Contains(latest.Source.Document, "RevenueFromContractWithCustomerExcludingAssessedTax") {
		t.Errorf("FY2018 as last filed: %+v", latest)
	}
	if got := at(t, vintage(t, p, "cik9999901.revenue", ""), "FY2018").Value.String(); got != "1000000" {
		t.Errorf("vintage first FY2018 = %s, want 1000000", got)
	}
	k19 := vintage(t, p, "cik9999901.revenue", "0009999901-19-000004")
	if k19.Len() != 2 || at(t, k19, "FY2019").Value.String() != "1200000" || at(t, k19, "FY2018").Value.String() != "1010000" {
		t.Errorf("vintage of the second 10-K: %v", k19.Points())
	}
	if at(t, vintage(t, p, "cik9999901.revenue", "0009999901-18-000004"), "FY2018").Value.String() != "1000000" {
		t.Error("vintage of the first 10-K")
	}

	q := vintage(t, p, "cik9999901.revenue.quarterly", "")
	for _, c := range []struct {
		period, value, start, end string
		derived                   bool
	}{
		{"FY2018Q1", "300000", "2017-10-01", "2017-12-30", false},
		{"FY2018Q2", "250000", "2017-12-31", "2018-03-31", true},
		{"FY2018Q3", "230000", "2018-04-01", "2018-06-30", true},
		{"FY2018Q4", "220000", "2018-07-01", "2018-09-29", true},
	} {
		pt := at(t, q, c.period)
		if pt.Value.String() != c.value || day(pt.Start) != c.start || day(pt.End) != c.end || pt.Derived != c.derived {
			t.Errorf("%s = %s %s to %s derived %t, want %s %s to %s derived %t", c.period, pt.Value, day(pt.Start), day(pt.End), pt.Derived,
				c.value, c.start, c.end, c.derived)
		}
	}
	q4 := at(t, q, "FY2018Q4")
	if !strings.Contains(q4.Source.Note, "derived as the year less the nine months: 2017-10-01 to 2018-09-29 (10-K 0009999901-18-000004) less 2017-10-01 to 2018-06-30 (10-Q 0009999901-18-000003)") {
		t.Errorf("Q4 note %q", q4.Source.Note)
	}
	// As last filed, the year is 1,010,000, so Q4 is 230,000.
	if got := at(t, vintage(t, p, "cik9999901.revenue.quarterly", sec.VintageLatest), "FY2018Q4").Value.String(); got != "230000" {
		t.Errorf("latest FY2018Q4 = %s, want 230000", got)
	}

	eps := vintage(t, p, "cik9999901.earnings_per_share_basic", "")
	if len(p.Vintages(eps.ID())) != 1 || eps.Unit() != "USD/shares" {
		t.Errorf("EPS, the same value in two filings, must be one unrestated series in USD/shares: %d vintages, unit %s", len(p.Vintages(eps.ID())), eps.Unit())
	}
	if pt := at(t, eps, "FY2018"); pt.Value.String() != "2.015" || pt.Value.Decimals() != 3 || pt.Source.Note != "decimals inferred" ||
		!strings.Contains(pt.Source.Document, "0009999901-18-000004") {
		t.Errorf("EPS FY2018 %+v decimals %d (want 2.015, 3, citing the first filing)", pt, pt.Value.Decimals())
	}
	if pt := at(t, vintage(t, p, "cik9999901.effective_income_tax_rate_continuing_operations", ""), "FY2018"); pt.Value.String() != "0.21" {
		t.Errorf("tax rate %s", pt.Value)
	}
	shares := vintage(t, p, "cik9999901.entity_common_stock_shares_outstanding", "")
	if shares.Frequency() != series.Daily || shares.Unit() != "shares" {
		t.Errorf("shares: %+v", shares.Meta())
	}
	if pt := at(t, shares, "2018-10-19"); pt.Value.String() != "9007199254740993" || !pt.Start.IsZero() {
		t.Errorf("2^53+1 shares read as %s (start %v)", pt.Value, pt.Start)
	}
}

func TestCalendarYear(t *testing.T) {
	p := importOne(t, calendarCo)
	rev := vintage(t, p, "cik9999902.revenue", "")
	// The 10-K states 400 and 100: its figures are in hundreds.
	if pt := at(t, rev, "2019"); pt.Value.String() != "400" || pt.Value.Decimals() != -2 {
		t.Errorf("2019 = %s decimals %d", pt.Value, pt.Value.Decimals())
	}
	q := vintage(t, p, "cik9999902.revenue.quarterly", "")
	if q.Len() != 2 || len(p.Vintages(q.ID())) != 1 {
		t.Errorf("quarterly: %d points, %d vintages; want 2019Q3 reported (twice, the same) and 2019Q4 derived", q.Len(), len(p.Vintages(q.ID())))
	}
	q3, q4 := at(t, q, "2019Q3"), at(t, q, "2019Q4")
	if q3.Value.String() != "100" || q3.Derived || !strings.Contains(q3.Source.Document, "0009999902-19-000003") {
		t.Errorf("2019Q3 %+v: want 100, reported, citing the first filing", q3)
	}
	if q4.Value.String() != "110" || !q4.Derived {
		t.Errorf("2019Q4 = %s derived %t, want 110 derived", q4.Value, q4.Derived)
	}
	g, err := series.GrowthBetween(q, series.Quarter(2019, 3), series.Quarter(2019, 4))
	if err != nil || g.Multiple.Point != 1.1 {
		t.Errorf("growth 2019Q3 to 2019Q4: %v, %v", g.Multiple.Point, err)
	}
}

func TestCompanyConceptAndMerge(t *testing.T) {
	concept := `{"cik":9999903,"taxonomy":"us-gaap","tag":"Revenues","label":"Revenues","entityName":"Example Concept Co","units":{"EUR":[
{"start":"2020-01-01","end":"2020-12-31","val":-5.5,"accn":"0009999903-21-000001","fy":2020,"fp":"FY","form":"20-F","filed":"2021-03-01"}]}}`
	in := t.TempDir()
	out := filepath.Join(t.TempDir(), "pkg")
	if _, err := sec.Import(out, []string{writeFile(t, in, "c.json", concept)}, sec.Options{}); err != nil {
		t.Fatal(err)
	}
	// A second import merges: the first company's series stay.
	if _, err := sec.Import(out, []string{writeFile(t, in, "d.json", calendarCo)}, sec.Options{}); err != nil {
		t.Fatal(err)
	}
	p, err := finance.LoadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	s := vintage(t, p, "cik9999903.revenue", "")
	if s.Unit() != "EUR" || at(t, s, "2020").Value.String() != "-5.5" || at(t, s, "2020").Value.Decimals() != 1 {
		t.Errorf("company concept: %+v %v", s.Meta(), s.Points())
	}
	vintage(t, p, "cik9999902.revenue", "")
}

// TestMetricNames checks the names that could collide: a concept whose
// snake case is revenue but that is not in the priority list, one in two
// taxonomies, and one in two units, one of which is not modelled.
func TestMetricNames(t *testing.T) {
	f := func(unit, start string) string {
		return `{"` + unit + `": [{"start": "` + start + `", "end": "2019-12-31", "val": 7, "accn": "0009999905-20-000001", "form": "10-K", "filed": "2020-02-01"}]}`
	}
	doc := `{"cik": 9999905, "entityName": "Example Names Co", "facts": {
 "us-gaap": {
  "Revenues": {"label": "Revenues", "units": ` + f("USD", "2019-01-01") + `},
  "Revenue": {"label": "Revenue (not in the list)", "units": ` + f("USD", "2019-01-01") + `},
  "Assets": {"label": "Assets", "units": {"USD": [{"start": "2019-01-01", "end": "2019-12-31", "val": 1, "accn": "0009999905-20-000001", "form": "10-K", "filed": "2020-02-01"}],
   "EUR": [{"start": "2019-01-01", "end": "2019-12-31", "val": 2, "accn": "0009999905-20-000001", "form": "10-K", "filed": "2020-02-01"}]}}
 },
 "dei": {"Assets": {"label": "Assets (dei)", "units": ` + f("USD", "2019-01-01") + `}}
}}`
	p := importOne(t, doc)
	for _, id := range []string{"cik9999905.revenue", "cik9999905.us_gaap_revenue", "cik9999905.assets", "cik9999905.assets_eur", "cik9999905.dei_assets"} {
		if _, err := p.Series(id); err != nil {
			t.Errorf("%v (ids %v)", err, p.IDs())
		}
	}
}

func TestZip(t *testing.T) {
	dir := t.TempDir()
	zipOf := func(name string, entries ...[2]string) string {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		for _, e := range entries {
			w, err := zw.Create(e[0])
			if err != nil {
				t.Fatal(err)
			}
			w.Write([]byte(e[1]))
		}
		zw.Close()
		return writeFile(t, dir, name, b.String())
	}
	good := zipOf("good.zip", [2]string{"CIK0009999901.json", fiscalCo}, [2]string{"CIK0009999902.json", calendarCo})
	out := filepath.Join(t.TempDir(), "pkg")
	r, err := sec.Import(out, []string{good}, sec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Companies != 2 || r.Files != 1 {
		t.Errorf("report %+v", r)
	}
	bad := zipOf("bad.zip", [2]string{"CIK0009999902.json", calendarCo}, [2]string{"README.txt", "not JSON"})
	_, err = sec.Import(filepath.Join(t.TempDir(), "pkg"), []string{bad}, sec.Options{})
	if err == nil || !errors.Is(err, sec.ErrNotCompanyFacts) || !strings.Contains(err.Error(), "zip entry README.txt of "+bad+" is not company facts") {
		t.Errorf("zip with a README: %v", err)
	}
	twice := zipOf("twice.zip", [2]string{"a.json", calendarCo}, [2]string{"b.json", calendarCo})
	_, err = sec.Import(filepath.Join(t.TempDir(), "pkg"), []string{twice}, sec.Options{})
	if err == nil || !strings.Contains(err.Error(), "company CIK 9999902 given twice") {
		t.Errorf("zip with a company twice: %v", err)
	}
}

// fact wraps one fact, on its own line, in company facts.
func fact(unit, f string) string {
	return `{"cik":9999904,"entityName":"Bad Co","facts":{"us-gaap":{"Revenues":{"label":"Revenues","units":{"` + unit + `":[
{"start":"2019-01-01","end":"2019-12-31","val":1,"accn":"0009999904-20-000001","form":"10-K","filed":"2020-02-01"},
` + f + `]}}}}}`
}

const okFact = `{"start":"2019-01-01","end":"2019-12-31","val":1,"accn":"0009999904-20-000001","form":"10-K","filed":"2020-02-01"}`

func TestBadInput(t *testing.T) {
	tests := []struct {
		name, doc, want string
		skippable       bool
	}{
		{"truncated", fact("USD", okFact)[:120], `:2:16: unexpected end of input in a string: the JSON is truncated`, false},
		{"invalid", fact("USD", `{"end":"2019-12-31" "val":1}`), `:3:21: invalid character '"' (expected ',' or '}')`, false},
		{"trailing", fact("USD", okFact) + "x", `:3:121: unexpected data after the top-level value (expected the end of the file)`, false},
		{"missing val", fact("USD", `{"start":"2019-01-01","end":"2019-12-31","accn":"0009999904-20-000002","form":"10-K","filed":"2020-02-01"}`),
			`:3:1: us-gaap:Revenues USD fact 2: no "val" (expected a fact with end, val, accn, form and filed, and start for a duration)`, true},
		{"val a string", fact("USD", `{"end":"2019-12-31","val":"12","accn":"a","form":"10-K","filed":"2020-02-01"}`),
			`:3:1: us-gaap:Revenues USD fact 2: "val" is a string (expected a number)`, true},
		{"end a number", fact("USD", `{"end":20191231,"val":12,"accn":"a","form":"10-K","filed":"2020-02-01"}`),
			`us-gaap:Revenues USD fact 2: "end" is a number (expected a string)`, true},
		{"no such day", fact("USD", `{"end":"2019-02-30","val":12,"accn":"a","form":"10-K","filed":"2020-02-01"}`),
			`us-gaap:Revenues USD fact 2: "end" is "2019-02-30" (expected a date written YYYY-MM-DD)`, true},
		{"end before start", fact("USD", `{"start":"2019-12-31","end":"2019-01-01","val":12,"accn":"a","form":"10-K","filed":"2020-02-01"}`),
			`us-gaap:Revenues USD fact 2: impossible period: end 2019-01-01 is before start 2019-12-31`, true},
		{"unknown unit", fact("widgets", okFact), `:2:1: us-gaap:Revenues widgets fact 1: unknown unit "widgets"`, true},
		{"too many digits", fact("USD", `{"end":"2019-12-31","val":1234567890123456789,"accn":"a","form":"10-K","filed":"2020-02-01"}`),
			`"val" 1234567890123456789 cannot be kept exactly: more than 18 significant digits`, true},
		{"not company facts", `{"hello": "world"}`, `:1:1: not SEC company facts`, false},
		{"an array", `[1, 2]`, `:1:1: not SEC company facts`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := t.TempDir()
			file := writeFile(t, in, "bad.json", tt.doc)
			// An existing package in the output directory stays as it was.
			out := t.TempDir()
			old := writeFile(t, out, "README", "kept")
			_, err := sec.Import(out, []string{file}, sec.Options{})
			if err == nil || !strings.HasPrefix(err.Error(), file+":") || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error\n%v\nwant it to start with %s: and contain\n%s", err, file, tt.want)
			}
			entries, _ := os.ReadDir(out)
			if len(entries) != 1 || entries[0].Name() != filepath.Base(old) {
				t.Errorf("the failed import left %v in %s", entries, out)
			}
			r, err := sec.Import(filepath.Join(t.TempDir(), "pkg"), []string{file}, sec.Options{SkipBad: true})
			wantBad := 1
			if tt.name == "unknown unit" { // every fact in the unit is left out, named by the first
				wantBad = 2
			}
			switch {
			case tt.skippable && err != nil:
				t.Errorf("with SkipBad: %v", err)
			case tt.skippable && (r.BadFacts != wantBad || len(r.Bad) != 1 || !strings.Contains(r.Bad[0].Error(), tt.want)):
				t.Errorf("with SkipBad: %d bad facts %v, want %d", r.BadFacts, r.Bad, wantBad)
			case !tt.skippable && err == nil:
				t.Error("with SkipBad: no error for JSON that is not company facts")
			}
		})
	}
}

func TestMergeFailureLeavesPackage(t *testing.T) {
	in := t.TempDir()
	out := filepath.Join(t.TempDir(), "pkg")
	if _, err := sec.Import(out, []string{writeFile(t, in, "a.json", calendarCo)}, sec.Options{}); err != nil {
		t.Fatal(err)
	}
	before := map[string][]byte{}
	for _, n := range []string{"datapackage.json", "series.csv", "observations.csv"} {
		before[n], _ = os.ReadFile(filepath.Join(out, n))
	}
	_, err := sec.Import(out, []string{writeFile(t, in, "b.json", fiscalCo), writeFile(t, in, "c.json", fact("USD", `{"end":1}`))}, sec.Options{})
	if err == nil {
		t.Fatal("no error")
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 3 {
		t.Errorf("files in %s after a failed merge: %v", out, entries)
	}
	for n, b := range before {
		if now, _ := os.ReadFile(filepath.Join(out, n)); !bytes.Equal(now, b) {
			t.Errorf("%s changed by a failed merge", n)
		}
	}
}
