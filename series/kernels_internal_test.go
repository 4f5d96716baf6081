package series

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestWindowsBefore(t *testing.T) {
	for n := range 30 {
		k := 0
		for r := range max(n, 1) {
			if got := windowsBefore(r, n); got != k {
				t.Fatalf("windowsBefore(%d, %d) = %d, want %d", r, n, got, k)
			}
			k += n - 1 - r
		}
		if n > 0 && windowsBefore(n-1, n) != Windows(n) {
			t.Fatalf("windowsBefore(n−1, %d) = %d, want %d", n, windowsBefore(n-1, n), Windows(n))
		}
	}
}

// randomSeries returns a series of about n periods of frequency f with
// the values that ratios and AllWindows treat apart strewn in: gaps,
// skipped periods, zeros, negatives, values whose rounding interval
// reaches zero, exact values and, in half the series, extreme values
// (beyond the float64 range, or so small that quotients overflow), which
// send every quotient of the series to the one-at-a-time path.
func randomSeries(t *testing.T, r *rand.Rand, f Frequency, n int) *Series {
	t.Helper()
	huge, err := ParseValue("1" + strings.Repeat("0", 400))
	if err != nil {
		t.Fatal(err)
	}
	first := map[Frequency]Period{Annual: Year(2000), Quarterly: Quarter(2000, 1), Monthly: Month(2000, 1), Daily: Day(2000, 1, 1)}[f]
	var pts []Point
	extremes := r.IntN(2) == 0
	for i := range n {
		pt := Point{Period: first.Add(i)}
		coef := 1 + r.Int64N(1_000_000)
		pt.Value = ValueOf(NewDecimal(coef, -r.IntN(4))).Shift(r.IntN(10))
		switch x := r.IntN(40); {
		case x == 0:
			continue // a period the series skips
		case x == 1:
			pt.Missing, pt.Value = true, Value{}
		case x == 2:
			pt.Value = ValueOf(NewDecimal(0, 0))
		case x == 3:
			pt.Value = ValueOf(NewDecimal(-coef, 0))
		case x == 4:
			pt.Value = NewValue(NewDecimal(3, 0), -1) // 3 ± 5
		case x == 5:
			pt.Value = NewValue(NewDecimal(coef, 0), Exact)
		case x == 6 && extremes:
			pt.Value = huge
		case x == 7 && extremes:
			pt.Value = ValueOf(NewDecimal(coef, -300))
		}
		pts = append(pts, pt)
	}
	s, err := New(Meta{ID: "r", Frequency: f}, pts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestRatiosMatchRatio checks that YoY and Index, which divide with the
// packed-division kernel, give what ratio gives one period at a time, to
// the bit, errors included.
func TestRatiosMatchRatio(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	same := func(what string, got, want Derived) {
		t.Helper()
		if got.Period != want.Period || math.Float64bits(got.Point) != math.Float64bits(want.Point) ||
			math.Float64bits(got.Lo) != math.Float64bits(want.Lo) || math.Float64bits(got.Hi) != math.Float64bits(want.Hi) ||
			fmt.Sprint(got.Err) != fmt.Sprint(want.Err) {
			t.Fatalf("%s: %+v, one at a time %+v", what, got, want)
		}
	}
	packed := 0
	for trial := range 300 {
		f := []Frequency{Annual, Quarterly, Monthly}[trial%3]
		s := randomSeries(t, r, f, 1+r.IntN(60))
		first, last, ok := s.Span()
		if !ok {
			continue
		}
		yoy := YoY(s)
		k := 0
		for p := first; p.Compare(last) <= 0; p = p.Add(1) {
			if prev := yearBefore(p); !prev.Before(first) {
				same(fmt.Sprintf("trial %d YoY %v", trial, p), yoy[k], ratio(s, "yoy", prev, p, -1))
				k++
			}
		}
		if k != len(yoy) {
			t.Fatalf("trial %d: %d YoY rates, want %d", trial, len(yoy), k)
		}
		for _, pt := range s.points {
			idx, err := Index(s, pt.Period)
			if pt.Missing {
				if !errors.Is(err, ErrGap) {
					t.Fatalf("trial %d: Index on a gap: %v", trial, err)
				}
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			for i, d := range idx {
				p := s.points[0].Period.Add(i)
				same(fmt.Sprintf("trial %d Index %v %v", trial, pt.Period, p), d, ratio(s, "index", pt.Period, p, 100))
				if d.Err == nil {
					packed++
				}
			}
		}
	}
	if packed < 5000 {
		t.Errorf("only %d index figures computed", packed)
	}
}

// TestAllWindowsMatchCAGR checks AllWindows, which lays a series out for
// CAGRWindowsTo, against CAGR over every pair of points: the same windows
// in the same order, the same Years to the bit, and rates within the
// rounding of the logs that CAGRWindowsTo documents. Daily series of a
// few points years apart take the window-by-window path.
func TestAllWindowsMatchCAGR(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 42))
	const eps = 0x1p-52
	worst := 0.0
	for trial := range 400 {
		f := []Frequency{Annual, Quarterly, Monthly, Daily}[trial%4]
		s := randomSeries(t, r, f, 1+r.IntN(50))
		if f == Daily && trial%8 == 3 && s.Len() > 2 { // sparse: two of every 500 days
			pts := s.Points()
			for i := range pts {
				pts[i].Period = pts[i].Period.Add(500 * i)
			}
			var err error
			if s, err = New(s.Meta(), pts); err != nil {
				t.Fatal(err)
			}
		}
		minYears := []float64{0, 0.5, 3}[trial%3]
		var want []Window
		v0 := math.NaN() // the first value that can start a window
		for i, a := range s.points {
			x := a.Value.Float64()
			if !a.Missing && math.IsNaN(v0) && x > 0 && x <= math.MaxFloat64 {
				v0 = x
			}
			for _, b := range s.points[i+1:] {
				years := YearsBetween(a.Period, b.Period)
				if a.Missing || b.Missing || years < minYears {
					continue
				}
				if c, err := CAGR(x, b.Value.Float64(), years); err == nil {
					want = append(want, Window{From: a.Period, To: b.Period, Years: years, CAGR: c})
				}
			}
		}
		got := AllWindows(s, minYears)
		if len(got) != len(want) {
			t.Fatalf("trial %d: %d windows, want %d", trial, len(got), len(want))
		}
		for k, w := range want {
			g := got[k]
			if g.From != w.From || g.To != w.To || g.Years != w.Years {
				t.Fatalf("trial %d: window %d = %+v, want %+v", trial, k, g, w)
			}
			a, _ := s.At(w.From)
			b, _ := s.At(w.To)
			switch m := b.Value.Float64() / a.Value.Float64(); {
			case m == 0: // a fall of 100%
				if g.CAGR != -1 {
					t.Fatalf("trial %d: %v–%v: CAGR %v, want −1", trial, w.From, w.To, g.CAGR)
				}
				continue
			case m < 0x1p-1022:
				continue // a subnormal b/a has lost digits: CAGR is the less precise
			}
			ua, ub := math.Log(a.Value.Float64()/v0), math.Log(b.Value.Float64()/v0)
			// The logs' rounding, over the years, and the rounding of the − 1.
			bound := math.Abs(1+w.CAGR)*(8*eps+2*eps*(2+math.Abs(ua)+math.Abs(ub))/w.Years) + 2*eps*math.Abs(w.CAGR)
			if e := math.Abs(g.CAGR - w.CAGR); e > bound {
				t.Fatalf("trial %d: %v–%v: CAGR %v, CAGR gives %v (%.3g of the bound)", trial, w.From, w.To, g.CAGR, w.CAGR, e/bound)
			} else if bound > 0 {
				worst = max(worst, e/bound)
			}
		}
	}
	t.Logf("worst error %.2f of the bound", worst)
}

// BenchmarkAllWindows times AllWindows on quarterly series of 10 to 100
// years, laid out for CAGRWindowsTo and one pair at a time by CAGR.
func BenchmarkAllWindows(b *testing.B) {
	for _, years := range []int{10, 40, 100} {
		var pts []Point
		x := 1000.0
		r := rand.New(rand.NewPCG(2012, 2019))
		for i := range 4 * years {
			x *= math.Exp(0.03 + 0.05*r.NormFloat64())
			pts = append(pts, Point{Period: Quarter(1990, 1).Add(i), Value: NewValue(NewDecimal(int64(x*1000), -3), 0)})
		}
		s, err := New(Meta{ID: "q", Frequency: Quarterly}, pts)
		if err != nil {
			b.Fatal(err)
		}
		for _, m := range []struct {
			name string
			f    func(*Series, float64) []Window
		}{{"grid", AllWindows}, {"pairs", windowsByPair}} {
			b.Run(fmt.Sprintf("points=%d/%s", len(pts), m.name), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if ws := m.f(s, 0); len(ws) != Windows(len(pts)) {
						b.Fatalf("%d windows", len(ws))
					}
				}
			})
		}
	}
}
