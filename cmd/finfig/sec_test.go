package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// secFixture is the excerpt of Netflix's and Meta's company facts that the
// sec package's cross-check uses.
var secFixture = []string{
	filepath.Join("..", "..", "testdata", "sec", "real", "CIK0001065280.json"),
	filepath.Join("..", "..", "testdata", "sec", "real", "CIK0001326801.json"),
}

func TestSecImportAndShow(t *testing.T) {
	out := filepath.Join(t.TempDir(), "pkg")
	code, stdout, stderr := finfig(t, append([]string{"sec", "import", "--out", out, "--ticker", "1326801=Meta"}, secFixture...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{`\ncompanies +2\n`, `\nfacts +616\n`, `\nseries restated +2\n`, `\nquarters derived +25\n`, "\nwrote " + regexp.QuoteMeta(out) + "\n"} {
		if !regexp.MustCompile(want).MatchString(stdout) {
			t.Errorf("sec import printed\n%s\nwant %q in it", stdout, want)
		}
	}
	code, stdout, stderr = finfig(t, "show", "cik1326801.revenue", "--data", out, "--format", "json", "--vintage", "latest")
	if code != 0 {
		t.Fatalf("show: exit %d: %s", code, stderr)
	}
	var o struct {
		Name   string
		Points []struct {
			Period, Start, End, Value, Source, Locator string
			Derived                                    bool
		}
	}
	if err := json.Unmarshal([]byte(stdout), &o); err != nil {
		t.Fatal(err)
	}
	if o.Name != "Meta revenue" || len(o.Points) == 0 {
		t.Fatalf("show: %s", stdout)
	}
	p := o.Points[0]
	if p.Period != "2010" || p.Start != "2010-01-01" || p.End != "2010-12-31" || p.Value != "1974000000" ||
		p.Locator != "https://www.sec.gov/Archives/edgar/data/1326801/000132680113000003/" {
		t.Errorf("first point %+v", p)
	}
	code, stdout, _ = finfig(t, "show", "cik1326801.revenue.quarterly", "--data", out)
	if code != 0 || !strings.Contains(stdout, "2019Q4  2019-10-01 to 2019-12-31 (derived)  21082000000") {
		t.Errorf("quarterly table (exit %d):\n%s", code, stdout)
	}
	code, stdout, stderr = finfig(t, "growth", "cik1065280.revenue", "--data", out, "--from", "2012", "--to", "2019", "--vintage", "first", "--format", "json")
	var g growthJSON
	if code != 0 || json.Unmarshal([]byte(stdout), &g) != nil || g.Start != 3609282000 || g.End != 20156447000 {
		t.Errorf("growth (exit %d, %s): %+v", code, stderr, g)
	}
}

func TestSecVintages(t *testing.T) {
	out := filepath.Join(t.TempDir(), "pkg")
	if code, _, stderr := finfig(t, append([]string{"sec", "import", "--out", out}, secFixture...)...); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// Netflix's marketing expense for 2017: 1,278,022 thousand in the FY2017
	// 10-K, restated to 1,436,281 thousand in the FY2018 10-K.
	for _, tt := range []struct{ vintage, want string }{
		{"", "1278022000"}, {"first", "1278022000"}, {"latest", "1436281000"}, {"0001065280-19-000043", "1436281000"},
	} {
		code, stdout, stderr := finfig(t, "show", "cik1065280.marketing_expense", "--data", out, "--vintage", tt.vintage, "--format", "csv")
		if code != 0 || !strings.Contains(stdout, "\n2017,2017-01-01 to 2017-12-31,"+tt.want+",") {
			t.Errorf("show --vintage %q (exit %d, %s):\n%s\nwant 2017 = %s", tt.vintage, code, stderr, stdout, tt.want)
		}
	}
	code, _, stderr := finfig(t, "show", "cik1065280.marketing_expense", "--data", out, "--vintage", "0001065280-99-000001")
	if code != 2 || !strings.Contains(stderr, `has no vintage "0001065280-99-000001"`) {
		t.Errorf("an unknown vintage: exit %d, %s", code, stderr)
	}
	// The case's series have no vintage latest: check uses them as they are.
	code, stdout, stderr := finfig(t, "check", "--vintage", "latest", "--format", "json")
	if code != 0 || !strings.Contains(stdout, `"verdict"`) {
		t.Errorf("check --vintage latest: exit %d, %s", code, stderr)
	}
}

func TestSecUsageAndBadData(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"cik": 1, "facts": {"us-gaap": {"Revenues": {"units": {"USD": [`), 0o644)
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"sec", "import", secFixture[0]}, 2, "sec import needs --out DIR"},
		{[]string{"sec", "import", "--out", dir}, 2, "sec import takes one or more FILEs"},
		{[]string{"sec", "import", "--out", dir, filepath.Join(dir, "nope.json")}, 2, "nope.json does not exist"},
		{[]string{"sec", "import", "--out", dir, "--ticker", "NFLX", secFixture[0]}, 2, `"NFLX" is not CIK=NAME`},
		{[]string{"sec", "import", "--out", filepath.Join(dir, "out"), bad}, 1, bad + ":1:65: unexpected end of input: the JSON is truncated"},
		{[]string{"sec", "fetch", "--out", dir, "1065280"}, 2, "sec fetch needs --user-agent"},
		{[]string{"sec", "fetch", "--out", dir, "--user-agent", "a b@example.com"}, 2, "sec fetch takes one or more CIKs or tickers"},
		{[]string{"sec", "frobnicate"}, 2, `unknown command "sec frobnicate"`},
		{[]string{"sec"}, 2, "finfig sec: expected a command, import or fetch"},
	} {
		code, _, stderr := finfig(t, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("finfig %s: exit %d, stderr\n%s\nwant exit %d and %q", strings.Join(tt.args, " "), code, stderr, tt.code, tt.want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "out")); !os.IsNotExist(err) {
		t.Errorf("a failed import created its --out: %v", err)
	}
}

// TestSecHelp: "finfig sec -h" lists the sec commands on stdout and exits 0.
func TestSecHelp(t *testing.T) {
	code, stdout, _ := finfig(t, "sec", "-h")
	if code != 0 || !strings.Contains(stdout, "import FILE...") || !strings.Contains(stdout, "fetch CIK...") {
		t.Errorf("finfig sec -h: exit %d, stdout\n%s", code, stdout)
	}
}
