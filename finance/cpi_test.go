package finance

import (
	"errors"
	"math"
	"testing"

	"github.com/finfig/finfig/series"
)

func reportedSeries(t testing.TB, id string) *series.Series {
	t.Helper()
	p, err := caseData()
	if err != nil {
		t.Fatal(err)
	}
	s, err := p.Series(id)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestDeflate(t *testing.T) {
	ads, cpi := reportedSeries(t, "facebook.ad_revenue"), reportedSeries(t, "us.cpi_u")
	real, err := Deflate(ads, cpi, 2019)
	if err != nil {
		t.Fatal(err)
	}
	if len(real) != ads.Len() {
		t.Fatalf("%d values, want %d", len(real), ads.Len())
	}
	// 2012: 4,279 USD millions × 255.657 / 229.594 (CPI-U 2019, 2012).
	d := real[0]
	if d.Period != series.Year(2012) || d.Err != nil {
		t.Fatalf("first: %+v", d)
	}
	if want := 4279e6 * 255.657 / 229.594; d.Point != want {
		t.Errorf("2012 in 2019 dollars: %g, want %g", d.Point, want)
	}
	if lo := 4278.5e6 * 255.6565 / 229.5945; !near(d.Lo, lo) {
		t.Errorf("2012 low end %g, want %g", d.Lo, lo)
	}
	if hi := 4279.5e6 * 255.6575 / 229.5935; !near(d.Hi, hi) {
		t.Errorf("2012 high end %g, want %g", d.Hi, hi)
	}
	// The base year keeps its value and its rounding only.
	last := real[len(real)-1]
	if last.Period != series.Year(2019) || last.Point != 69655e6 || last.Lo != 69654.5e6 || last.Hi != 69655.5e6 {
		t.Errorf("2019 in 2019 dollars: %+v", last)
	}
}

// near reports whether x and y agree to 1e-14, relatively: the same
// product computed in another order.
func near(x, y float64) bool { return math.Abs(x-y) <= 1e-14*math.Abs(y) }

func TestDeflateErrors(t *testing.T) {
	cpi := reportedSeries(t, "us.cpi_u")
	v := func(s string) series.Value {
		x, err := series.ParseValue(s)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	s, err := series.New(series.Meta{ID: "acme.revenue", Unit: "USD", Frequency: series.Annual}, []series.Point{
		{Period: series.Year(2009), Value: v("100")},
		{Period: series.Year(2010), Missing: true},
		{Period: series.Year(2011), Value: v("120")},
	})
	if err != nil {
		t.Fatal(err)
	}
	real, err := Deflate(s, cpi, 2024)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"deflate acme.revenue: 2009: us.cpi_u has no value for 2009 (it has values for 2010 to 2024): no value for the period (a gap)",
		"deflate acme.revenue: 2010: no value for the period (a gap)",
		"",
	}
	for i, d := range real {
		got := ""
		if d.Err != nil {
			got = d.Err.Error()
			if !errors.Is(d.Err, series.ErrGap) {
				t.Errorf("%s: error does not wrap series.ErrGap", d.Period)
			}
		}
		if got != want[i] {
			t.Errorf("%s: error %q, want %q", d.Period, got, want[i])
		}
	}
	if real[2].Point != 120*313.689/224.939 {
		t.Errorf("2011 in 2024 dollars: %g", real[2].Point)
	}

	users := reportedSeries(t, "facebook.mau")
	if _, err := Deflate(users, cpi, 2019); err == nil || err.Error() != `deflate facebook.mau: its unit "users" is not a currency` {
		t.Errorf("deflating users: %v", err)
	}
	ads := reportedSeries(t, "facebook.ad_revenue")
	if _, err := Deflate(ads, ads, 2019); err == nil || err.Error() != `deflate facebook.ad_revenue: facebook.ad_revenue is annual in "USD", not an annual price index (expected unit index)` {
		t.Errorf("deflating by a non-index: %v", err)
	}
}
