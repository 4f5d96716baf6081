package finance

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/series"
)

// canonicalIDs are the series ids of DESIGN.md.
var canonicalIDs = []string{
	"facebook.ad_revenue", "facebook.revenue", "facebook.mau",
	"netflix.streaming_revenue", "netflix.revenue", "netflix.marketing",
	"netflix.paid_memberships", "netflix.facebook_ad_spend",
}

func TestReported(t *testing.T) {
	p, err := caseData()
	if err != nil {
		t.Fatal(err)
	}
	q, _ := caseData()
	if p != q {
		t.Error("Reported loads twice")
	}
	ids := map[string]bool{}
	for _, id := range p.IDs() {
		ids[id] = true
	}
	for _, id := range canonicalIDs {
		if !ids[id] {
			t.Errorf("no series %s", id)
		}
	}
	// Figures as the case's sources state them (cases/fbnetflix/SOURCES.md).
	for _, tt := range []struct {
		id, vintage string
		period      series.Period
		value       string
		decimals    int
		unit        string
	}{
		{"facebook.ad_revenue", "", series.Year(2019), "69655000000", -6, "USD"},
		{"facebook.ad_revenue", "", series.Year(2012), "4279000000", -6, "USD"},
		{"facebook.revenue", "", series.Year(2019), "70697000000", -6, "USD"},
		{"facebook.mau", "", series.Year(2019), "2500000000", -7, "users"},
		{"netflix.streaming_revenue", "", series.Year(2012), "2472410000", -3, "USD"},
		{"netflix.streaming_revenue", "", series.Year(2019), "19859230000", -3, "USD"},
		{"netflix.revenue", "", series.Year(2019), "20156447000", -3, "USD"},
		{"netflix.marketing", "", series.Year(2012), "484729000", -3, "USD"},
		{"netflix.marketing", "restated FY2013 10-K", series.Year(2012), "465400000", -3, "USD"},
		{"netflix.paid_memberships", "", series.Year(2019), "167090000", -3, "members"},
		{"us.cpi_u", "", series.Year(2022), "292.655", 3, "index"},
	} {
		var s *series.Series
		for _, v := range p.Vintages(tt.id) {
			if v.Vintage() == tt.vintage {
				s = v
			}
		}
		if s == nil {
			t.Errorf("%s: no vintage %q", tt.id, tt.vintage)
			continue
		}
		pt, ok := s.At(tt.period)
		if !ok || pt.Missing || pt.Value.String() != tt.value || pt.Value.Decimals() != tt.decimals || s.Unit() != tt.unit {
			t.Errorf("%s %q %s = %s decimals %d %s, want %s decimals %d %s",
				tt.id, tt.vintage, tt.period, pt.Value, pt.Value.Decimals(), s.Unit(), tt.value, tt.decimals, tt.unit)
		}
		if pt.Source.Document == "" || pt.Source.Kind == "" {
			t.Errorf("%s %s: no source: %+v", tt.id, tt.period, pt.Source)
		}
	}
	// Not found is not available, never filled.
	paid, _ := p.Series("netflix.paid_memberships")
	if pt, ok := paid.At(series.Year(2014)); !ok || !pt.Missing {
		t.Errorf("netflix.paid_memberships 2014: %+v, want an explicit gap", pt)
	}
	// Netflix's Facebook ad spend is as reported, one vintage per report.
	if _, err := p.Series("netflix.facebook_ad_spend"); err == nil {
		t.Error("netflix.facebook_ad_spend has a primary vintage")
	}
	if n := len(p.Vintages("netflix.facebook_ad_spend")); n != 6 {
		t.Errorf("netflix.facebook_ad_spend: %d reports, want 6", n)
	}
	// Every unit is one ParseUnit reads.
	for s := range p.All() {
		if _, err := ParseUnit(s.Unit()); err != nil {
			t.Errorf("%s: %v", s.ID(), err)
		}
	}
}

func TestLoadDir(t *testing.T) {
	p, err := caseData()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := datapkg.Write(dir, p); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadDir(dir); err != nil {
		t.Fatal(err)
	}
	// A unit ParseUnit does not read is refused where it is written.
	name := filepath.Join(dir, "series.csv")
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	b = []byte(strings.Replace(string(b), ",USD,annual,", ",usd,annual,", 1))
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = LoadDir(dir)
	want := name + `:2:3 (unit): cannot parse "usd" as unit: write it USD (expected an ISO 4217 code in capitals, such as USD, EUR, GBP, JPY, CHF or another the ECB publishes rates for, or a count: users, members, people, index)`
	if err == nil || err.Error() != want {
		t.Errorf("error\n%v\nwant\n%s", err, want)
	}
}
