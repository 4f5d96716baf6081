package series_test

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/finfig/finfig/series"
)

// The seed corpora are in testdata/fuzz/<FuzzName>/. Run a target with
//
//	go test -run '^$' -fuzz '^FuzzParsePeriod$' -fuzztime 60s ./series

func FuzzParsePeriod(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		p, err := series.ParsePeriod(s)
		if err != nil {
			if !p.IsZero() {
				t.Fatalf("ParsePeriod(%q) = %v with an error", s, p)
			}
			return
		}
		str := p.String()
		if str != s {
			// Every accepted form is canonical: there is one way to write
			// each period.
			t.Fatalf("ParsePeriod(%q).String() = %q", s, str)
		}
		q, err := series.ParsePeriod(str)
		if err != nil || q != p {
			t.Fatalf("ParsePeriod(%q) = %v, %v; want %v", str, q, err, p)
		}
		b, err := p.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var u series.Period
		if err := u.UnmarshalText(b); err != nil || u != p {
			t.Fatalf("UnmarshalText(%q) = %v, %v", b, u, err)
		}
		if !p.Start().Before(p.End()) || !p.Contains(p) || p.Compare(p) != 0 {
			t.Fatalf("%v: [%v, %v)", p, p.Start(), p.End())
		}
		if n := p.Add(1); n.YearNumber() <= 9999 && (n.Sub(p) != 1 || !p.Before(n) || !n.Start().Equal(p.End())) {
			t.Fatalf("%v.Add(1) = %v", p, n)
		}
	})
}

func FuzzParseDecimal(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		d, err := series.ParseDecimal(s)
		if err != nil {
			if d != (series.Decimal{}) {
				t.Fatalf("ParseDecimal(%q) = %v with an error", s, d)
			}
			return
		}
		str := d.String()
		back, err := series.ParseDecimal(str)
		if err != nil {
			t.Fatalf("ParseDecimal(%q) (the String of ParseDecimal(%q)): %v", str, s, err)
		}
		if d.Exponent() <= 0 && back != d || back.Cmp(d) != 0 {
			t.Fatalf("ParseDecimal(%q) = %d×10^%d, from %q = %d×10^%d", str, back.Coefficient(), back.Exponent(),
				s, d.Coefficient(), d.Exponent())
		}
		if str2 := back.String(); str2 != str {
			t.Fatalf("String is not stable: %q, then %q", str, str2)
		}
		// Float64 is the float nearest the text, as strconv finds it.
		// Past the float64 range both give ±Inf (strconv with ErrRange).
		want, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		if err != nil && !errors.Is(err, strconv.ErrRange) {
			t.Fatalf("strconv.ParseFloat(%q): %v", s, err)
		}
		if got := d.Float64(); got != want && ulps(got, want) > 1 {
			t.Fatalf("ParseDecimal(%q).Float64() = %v, strconv gives %v", s, got, want)
		}
		// The rounding interval holds the value, and an exact value is
		// consistent with itself however it is written.
		v := series.ValueOf(d)
		lo, hi := v.Bounds()
		if lo.Cmp(hi) >= 0 || !v.Consistent(series.NewValue(back, series.Exact)) {
			t.Fatalf("%v: bounds [%v, %v]", v, lo, hi)
		}
	})
}

// ulps returns how many float64s lie between a and b, for finite a and b
// of one sign.
func ulps(a, b float64) uint64 {
	x, y := math.Float64bits(math.Abs(a)), math.Float64bits(math.Abs(b))
	if x > y {
		return x - y
	}
	return y - x
}

func finite(xs ...float64) bool {
	for _, x := range xs {
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return false
		}
	}
	return true
}

var fuzzSpans = [][2]series.Period{
	{series.Year(2012), series.Year(2019)},
	{series.Quarter(2019, 3), series.Quarter(2019, 4)},
	{series.Month(2015, 2), series.Month(2015, 3)},
	{series.Day(2022, 11, 27), series.Day(2022, 11, 28)},
	{series.Year(2019), series.Year(2012)},
	{series.Year(2019), series.Year(2019)},
}

// FuzzGrowth feeds arbitrary floats to the scalar growth functions and the
// bulk kernels, and arbitrary decimals to NewGrowth: whatever comes back
// with a nil error is finite.
func FuzzGrowth(f *testing.F) {
	f.Fuzz(func(t *testing.T, a, b, years float64, ca int64, ea int8, cb int64, eb int8, da, db int8, span uint8) {
		check := func(name string, x float64, err error) {
			if err == nil && !finite(x) {
				t.Fatalf("%s(%v, %v, %v) = %v with no error", name, a, b, years, x)
			}
			if err != nil && x != 0 {
				t.Fatalf("%s(%v, %v, %v) = %v with %v", name, a, b, years, x, err)
			}
		}
		x, err := series.Multiple(a, b)
		check("Multiple", x, err)
		x, err = series.PctChange(a, b)
		check("PctChange", x, err)
		x, err = series.CAGR(a, b, years)
		check("CAGR", x, err)
		x, err = series.LogGrowth(a, b, years)
		check("LogGrowth", x, err)
		x, err = series.DoublingTime(a)
		check("DoublingTime", x, err)

		v := []float64{a, b, years, a, b}
		dst := make([]float64, len(v))
		kernels := map[string]func() error{
			"YoYTo":       func() error { return series.YoYTo(dst[:4], v, 1) },
			"MultipleTo":  func() error { return series.MultipleTo(dst[:3], v, 2) },
			"PctChangeTo": func() error { return series.PctChangeTo(dst[:4], v) },
			"IndexTo":     func() error { return series.IndexTo(dst, v, 1) },
		}
		if years > 0 && years <= math.MaxFloat64 {
			kernels["LogGrowthTo"] = func() error { return series.LogGrowthTo(dst[:4], v, 1, years) }
		}
		for name, run := range kernels {
			clear(dst)
			if err := run(); err == nil && !finite(dst...) {
				t.Fatalf("%s(%v) = %v with no error", name, v, dst)
			}
		}
		if years > 0 && years <= math.MaxFloat64 {
			w := make([]float64, series.Windows(len(v)))
			if err := series.CAGRWindowsTo(w, make([]float64, len(v)), v, years); err == nil && !finite(w...) {
				t.Fatalf("CAGRWindowsTo(%v, %v) = %v with no error", v, years, w)
			}
		}

		pp := fuzzSpans[int(span)%len(fuzzSpans)]
		va := series.NewValue(series.NewDecimal(ca, int(ea)), int(da))
		vb := series.NewValue(series.NewDecimal(cb, int(eb)), int(db))
		g, err := series.NewGrowth(pp[0], pp[1], va, vb)
		if err != nil {
			return
		}
		for _, e := range []series.Estimate{g.Change, g.PctChange, g.Multiple, g.CAGR, g.LogGrowth, g.DoublingYears} {
			if !finite(e.Point, e.Lo, e.Hi) {
				t.Fatalf("NewGrowth(%v, %v, %v, %v) = %+v", pp[0], pp[1], va, vb, g)
			}
		}
		if !finite(g.Years) || !(g.Multiple.Lo <= g.Multiple.Point && g.Multiple.Point <= g.Multiple.Hi) {
			t.Fatalf("NewGrowth(%v, %v, %v, %v) = %+v", pp[0], pp[1], va, vb, g)
		}
	})
}
