package series_test

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/finfig/finfig/series"
)

// The property tests draw from fixed seeds, so a failure reproduces.

// TestYoYProductIsMultiple checks Π(1 + YoY) = v_last/v_first, for the
// bulk kernel and for YoY on a Series.
func TestYoYProductIsMultiple(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for trial := range 500 {
		n := 2 + r.IntN(60)
		v := walk(r, n, 0.4)
		rates := make([]float64, n-1)
		if err := series.PctChangeTo(rates, v); err != nil {
			t.Fatal(err)
		}
		prod := 1.0
		for _, x := range rates {
			prod *= 1 + x
		}
		if want := v[n-1] / v[0]; !near(prod, want, 1e-12) {
			t.Fatalf("trial %d: Π(1+YoY) = %v, multiple %v", trial, prod, want)
		}
	}
	for trial := range 100 {
		n := 2 + r.IntN(20)
		figures := make([]string, n)
		for i := range figures {
			figures[i] = strconv.FormatInt(1+r.Int64N(1_000_000_000), 10)
		}
		s := annual(t, "random", 2000, figures, 0)
		prod := 1.0
		for _, d := range series.YoY(s) {
			if d.Err != nil {
				t.Fatal(d.Err)
			}
			prod *= 1 + d.Point
		}
		g, err := series.GrowthBetween(s, series.Year(2000), series.Year(2000+n-1))
		if err != nil {
			t.Fatal(err)
		}
		if !near(prod, g.Multiple.Point, 1e-12) {
			t.Fatalf("trial %d: Π(1+YoY) = %v, multiple %v", trial, prod, g.Multiple.Point)
		}
	}
}

// TestCAGRCompoundsBack checks a·(1 + CAGR)^years = b.
func TestCAGRCompoundsBack(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for range 10000 {
		a := math.Exp(r.Float64()*20 - 5)
		b := a * math.Exp(r.Float64()*4-1)
		years := 0.25 * float64(1+r.IntN(80))
		c, err := series.CAGR(a, b, years)
		if err != nil {
			t.Fatal(err)
		}
		if got := a * math.Pow(1+c, years); !near(got, b, 1e-12) {
			t.Fatalf("a=%v b=%v years=%v: a(1+CAGR)^years = %v", a, b, years, got)
		}
		lg, err := series.LogGrowth(a, b, years)
		if err != nil {
			t.Fatal(err)
		}
		if got := a * math.Exp(lg*years); !near(got, b, 1e-12) {
			t.Fatalf("a=%v b=%v years=%v: a·e^(log growth·years) = %v", a, b, years, got)
		}
		if c > 0 {
			d, err := series.DoublingTime(c)
			if err != nil {
				t.Fatal(err)
			}
			if got := math.Pow(1+c, d); !near(got, 2, 1e-12) {
				t.Fatalf("(1+%v)^doubling = %v", c, got)
			}
		}
	}
}

func randomPeriod(r *rand.Rand) series.Period {
	y := 1 + r.IntN(9999)
	switch r.IntN(4) {
	case 0:
		return series.Year(y)
	case 1:
		return series.Quarter(y, 1+r.IntN(4))
	case 2:
		return series.Month(y, time.Month(1+r.IntN(12)))
	}
	m := time.Month(1 + r.IntN(12))
	return series.Day(y, m, 1+r.IntN(time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()))
}

func TestPeriodRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	for range 20000 {
		p := randomPeriod(r)
		q, err := series.ParsePeriod(p.String())
		if err != nil || q != p {
			t.Fatalf("ParsePeriod(%q) = %v, %v", p.String(), q, err)
		}
		n := r.IntN(2000) - 1000
		if back := p.Add(n).Add(-n); back != p && p.Add(n).YearNumber() >= 1 && p.Add(n).YearNumber() <= 9999 {
			t.Fatalf("%v.Add(%d).Add(%d) = %v", p, n, -n, back)
		}
		o := randomPeriod(r)
		if p.Compare(o) != -o.Compare(p) {
			t.Fatalf("Compare(%v, %v) is not antisymmetric", p, o)
		}
		if p.Compare(o) == 0 && p != o {
			t.Fatalf("Compare(%v, %v) = 0 for different periods", p, o)
		}
		if p.Contains(o) && !p.Overlaps(o) {
			t.Fatalf("%v contains %v but does not overlap it", p, o)
		}
	}
}

func TestDecimalRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 18))
	for range 50000 {
		digits := 1 + r.IntN(18)
		coef := r.Int64N(int64(math.Pow10(digits)))
		if r.IntN(2) == 0 {
			coef = -coef
		}
		d := series.NewDecimal(coef, -r.IntN(25))
		s := d.String()
		back, err := series.ParseDecimal(s)
		if err != nil || back != d {
			t.Fatalf("ParseDecimal(%q) = %v, %v; want %d×10^%d", s, back, err, d.Coefficient(), d.Exponent())
		}
		// The same number with thousands separators reads back equal too.
		if withCommas := commas(s); withCommas != s {
			if back, err := series.ParseDecimal(withCommas); err != nil || back != d {
				t.Fatalf("ParseDecimal(%q) = %v, %v", withCommas, back, err)
			}
		}
		want, _ := strconv.ParseFloat(s, 64)
		if got := d.Float64(); got != want {
			t.Fatalf("%s.Float64() = %v, strconv gives %v", s, got, want)
		}
		// A positive exponent reads back as an equal value.
		up := d.Shift(r.IntN(6))
		back, err = series.ParseDecimal(up.String())
		if err != nil || back.Cmp(up) != 0 {
			t.Fatalf("ParseDecimal(%q) = %v, %v; want a value equal to %v", up.String(), back, err, up)
		}
	}
}

// commas puts thousands separators into the integer part of a plain
// decimal.
func commas(s string) string {
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	intPart, frac := s, ""
	for i := range s {
		if s[i] == '.' {
			intPart, frac = s[:i], s[i:]
			break
		}
	}
	var out []byte
	for i := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, intPart[i])
	}
	return sign + string(out) + frac
}

// TestGrowthIntervals checks, on random figures stated to random
// precisions, that every Estimate holds its point and is finite.
func TestGrowthIntervals(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 20))
	periods := [][2]series.Period{
		{series.Year(2012), series.Year(2019)},
		{series.Quarter(2019, 3), series.Quarter(2019, 4)},
		{series.Month(2015, 2), series.Month(2016, 2)},
		{series.Day(2022, 11, 27), series.Day(2022, 11, 28)},
		{series.Year(2012), series.Day(2022, 11, 28)},
	}
	ok := 0
	for range 50000 {
		val := func() series.Value {
			d := series.NewDecimal(r.Int64N(1_000_000_000_000)-1000, -r.IntN(12))
			return series.NewValue(d, -d.Exponent()-r.IntN(3))
		}
		a, b := val(), val()
		pp := periods[r.IntN(len(periods))]
		g, err := series.NewGrowth(pp[0], pp[1], a, b)
		if err != nil {
			continue
		}
		ok++
		es := map[string]series.Estimate{
			"change": g.Change, "pct change": g.PctChange, "multiple": g.Multiple,
			"CAGR": g.CAGR, "log growth": g.LogGrowth, "doubling": g.DoublingYears,
		}
		for name, e := range es {
			for _, x := range []float64{e.Point, e.Lo, e.Hi} {
				if math.IsInf(x, 0) || math.IsNaN(x) {
					t.Fatalf("%v→%v %v→%v: %s = %+v", pp[0], pp[1], a, b, name, e)
				}
			}
			if (name != "log growth" || g.HasLog) && (name != "doubling" || g.HasDoubling) && !(e.Lo <= e.Point && e.Point <= e.Hi) {
				t.Fatalf("%v→%v %v→%v: %s = %+v: the interval misses the point", pp[0], pp[1], a, b, name, e)
			}
		}
		// The multiple's interval is [b_lo/a_hi, b_hi/a_lo].
		ia, ib := a.Interval(), b.Interval()
		if !near(g.Multiple.Hi, ib.Hi/ia.Lo, 1e-15) || !near(g.Multiple.Lo, math.Max(ib.Lo, 0)/ia.Hi, 1e-15) && g.Multiple.Lo != 0 {
			t.Fatalf("%v→%v: multiple %+v, want [%v, %v]", a, b, g.Multiple, ib.Lo/ia.Hi, ib.Hi/ia.Lo)
		}
	}
	if ok < 10000 {
		t.Errorf("only %d of 50000 random growths were computable", ok)
	}
}
