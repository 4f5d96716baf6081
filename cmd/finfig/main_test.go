package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestGrowthJSON(t *testing.T) {
	code, out, stderr := finfig(t, "growth", "facebook.ad_revenue", "--from", "2012", "--to", "2019", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var raw map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for k := range raw {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	want := []string{"cagr", "change", "doubling_years", "end", "from", "log_growth", "multiple", "pct_change",
		"series", "start", "to", "trend_r2", "trend_rate", "yoy"}
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("keys %v, want %v", keys, want)
	}
	var g growthJSON
	if err := json.Unmarshal([]byte(out), &g); err != nil {
		t.Fatal(err)
	}
	// 69,655 / 4,279 (USD millions, the 10-K and the Q4 2019 release).
	if g.Start != 4279e6 || g.End != 69655e6 || fmt4(g.Multiple) != "16.2783" || fmt4(g.CAGR) != "0.4897" || len(g.YoY) != 7 {
		t.Errorf("growth = %+v", g)
	}
	if g.YoY[6].Period != "2019" || fmt4(*g.YoY[6].Rate) != "0.2662" { // 69,655/55,013 − 1
		t.Errorf("YoY 2019 = %+v", g.YoY[6])
	}
}

func fmt4(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }

func TestConvert(t *testing.T) {
	code, out, stderr := finfig(t, "convert", "265000000", "EUR", "USD", "--date", "2022-11-28")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"1.0463 USD per EUR, ECB reference rate of 2022-11-28", "$277.27 million"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// A Sunday takes the Friday before, and says so.
	_, out, _ = finfig(t, "convert", "265000000", "EUR", "USD", "--date", "2022-11-27")
	if !strings.Contains(out, "2022-11-25 (the last business day before 2022-11-27") || !strings.Contains(out, "$274.94 million") {
		t.Errorf("fallback output:\n%s", out)
	}
}

func TestCheckJSON(t *testing.T) {
	code, out, stderr := finfig(t, "check", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rs []map[string]any
	if err := json.Unmarshal([]byte(out), &rs); err != nil {
		t.Fatal(err)
	}
	if len(rs) < 35 {
		t.Fatalf("%d results", len(rs))
	}
	want := []string{"citations", "claimed", "computed", "explanation", "flags", "id", "kind", "quote", "reference", "source", "verdict"}
	for _, r := range rs {
		var keys []string
		for k := range r {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if !reflect.DeepEqual(keys, want) {
			t.Fatalf("result keys %v, want %v", keys, want)
		}
	}
}

func TestCheckTable(t *testing.T) {
	code, out, _ := finfig(t, "check")
	if code != 0 {
		t.Fatal(code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	summary := lines[len(lines)-1]
	ledger, _ := embeddedCase(t)
	if !strings.HasPrefix(summary, fmt.Sprintf("%d claims: ", len(ledger))) || !strings.Contains(summary, " accurate, ") {
		t.Errorf("summary %q", summary)
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "\n"+summary+"\n") {
		t.Errorf("README.md does not show the summary finfig check prints:\n%s", summary)
	}
	if !strings.HasPrefix(out, "000_c01d4edba4deda1d.txt\n") {
		t.Errorf("report does not start with the first article:\n%.200s", out)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		{},
		{"frobnicate"},
		{"growth"},
		{"growth", "no.such.series"},
		{"growth", "facebook.ad_revenue", "--from", "2019", "--to", "2012"},
		{"growth", "facebook.ad_revenue", "--from", "2019Q5"},
		{"show", "netflix.facebook_ad_spend"},
		{"series", "--format", "yaml"},
		{"convert", "265", "EUR", "USD"},
		{"convert", "265", "EUR", "XYZ", "--date", "2022-11-28"},
		{"convert", "265", "EUR", "USD", "--date", "1990-01-01"},
		{"check", "--ledger", "/no/such/ledger.toml"},
		{"plot", "--format", "gif", "--out", "unused"},
	}
	for _, args := range tests {
		code, out, stderr := finfig(t, args...)
		if code != 2 || out != "" || stderr == "" {
			t.Errorf("finfig %v: exit %d, stdout %q, stderr %q; want 2, nothing, a message", args, code, out, stderr)
		}
	}
	if _, err := os.Stat("unused"); err == nil {
		t.Error("plot with an unknown format created its output directory")
	}
}

func TestBadData(t *testing.T) {
	replace := func(old, new string) func(string) string {
		return func(s string) string {
			if !strings.Contains(s, old) {
				t.Fatalf("fixture lacks %q", old)
			}
			return strings.Replace(s, old, new, 1)
		}
	}
	tests := []struct {
		name string
		edit func(string) string
		want string // the start of the message: file, line, column
	}{
		{"wrong column count", replace("facebook.ad_revenue,,2013,6986000000,-6,", "facebook.ad_revenue,,2013,6986000000,"), "observations.csv:3:"},
		{"non-numeric value", replace(",2013,6986000000,", ",2013,69x6000000,"), "observations.csv:3:4"},
		{"NaN", replace(",2013,6986000000,", ",2013,NaN,"), "observations.csv:3:4"},
		{"duplicate period", replace(",2013,6986000000,", ",2012,6986000000,"), "observations.csv:3:3"},
		{"invalid UTF-8", replace("Facebook FY2013 Form 10-K, p. 46", "Facebook FY2013 Form 10-K, p. \xff46"), "observations.csv:2:7"},
		{"unknown series", replace("facebook.ad_revenue,,2013,", "facebook.ad_revenues,,2013,"), "observations.csv:3:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyData(t, tt.edit)
			code, out, stderr := finfig(t, "growth", "facebook.ad_revenue", "--data", dir)
			if code != 1 || out != "" {
				t.Fatalf("exit %d, stdout %q; want 1 and nothing", code, out)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("message %q lacks %q", stderr, tt.want)
			}
		})
	}
}

func TestBadUnit(t *testing.T) {
	dir := copyData(t, func(s string) string { return s })
	series, _ := os.ReadFile(filepath.Join(dir, "series.csv"))
	os.WriteFile(filepath.Join(dir, "series.csv"), bytes.Replace(series, []byte(",Facebook advertising revenue,USD,"), []byte(",Facebook advertising revenue,USDD,"), 1), 0o644)
	code, out, stderr := finfig(t, "series", "--data", dir)
	if code != 1 || out != "" || !strings.Contains(stderr, "series.csv:2:3") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
}
