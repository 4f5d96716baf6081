package series_test

import (
	"errors"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/finfig/finfig/series"
)

// walk returns n positive values of a random walk in log space from 100,
// each step e^N(0, sigma).
func walk(r *rand.Rand, n int, sigma float64) []float64 {
	v := make([]float64, n)
	x := 100.0
	for i := range v {
		x *= math.Exp(sigma * r.NormFloat64())
		v[i] = x
	}
	return v
}

func TestKernelsFacebook(t *testing.T) {
	c := growthCases[0]
	v, err := annual(t, c.name, 2012, c.figures, c.shift).Dense(series.Year(2012), series.Year(2019))
	if err != nil {
		t.Fatal(err)
	}
	dst := make([]float64, 7)
	if err := series.YoYTo(dst, v, 1); err != nil {
		t.Fatal(err)
	}
	for i, want := range c.yoy {
		checkNear(t, "YoYTo", dst[i], want)
	}
	if err := series.PctChangeTo(dst, v); err != nil || dst[6] != c.yoy[6] && !near(dst[6], c.yoy[6], rel) {
		t.Errorf("PctChangeTo: %v %v", dst, err)
	}
	m := make([]float64, 1)
	if err := series.MultipleTo(m, v, 7); err != nil {
		t.Fatal(err)
	}
	checkNear(t, "MultipleTo", m[0], c.multiple)
	idx := make([]float64, 8)
	if err := series.IndexTo(idx, v, 0); err != nil {
		t.Fatal(err)
	}
	for i, want := range c.index {
		checkNear(t, "IndexTo", idx[i], want)
	}
	w := make([]float64, series.Windows(8))
	if err := series.CAGRWindowsTo(w, make([]float64, 8), v, 1); err != nil {
		t.Fatal(err)
	}
	checkNear(t, "CAGRWindowsTo 2012–2019", w[6], c.cagr)
	lg := make([]float64, 1)
	if err := series.LogGrowthTo(lg, v, 7, 1); err != nil {
		t.Fatal(err)
	}
	checkNear(t, "LogGrowthTo", lg[0], math.Log(c.multiple)/7)
}

// TestKernelsMatchScalar checks each kernel against its formula, value by
// value, on sizes around the width of the packed loop (4) and beyond.
func TestKernelsMatchScalar(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 2, 3, 4, 5, 7, 8, 9, 13, 16, 17, 100, 1001} {
		v := walk(r, n, 0.3)
		for _, lag := range []int{1, 4, 12} {
			if lag >= n {
				continue
			}
			dst := make([]float64, n-lag)
			if err := series.YoYTo(dst, v, lag); err != nil {
				t.Fatal(err)
			}
			for i := range dst {
				if want := v[i+lag]/v[i] - 1; dst[i] != want {
					t.Fatalf("YoYTo n=%d lag=%d [%d] = %v, want %v", n, lag, i, dst[i], want)
				}
			}
			if err := series.MultipleTo(dst, v, lag); err != nil {
				t.Fatal(err)
			}
			for i := range dst {
				if want := v[i+lag] / v[i]; dst[i] != want {
					t.Fatalf("MultipleTo n=%d lag=%d [%d] = %v, want %v", n, lag, i, dst[i], want)
				}
			}
			if err := series.LogGrowthTo(dst, v, lag, 0.25); err != nil {
				t.Fatal(err)
			}
			for i := range dst {
				if want := math.Log(v[i+lag]/v[i]) * (1 / (float64(lag) * 0.25)); dst[i] != want {
					t.Fatalf("LogGrowthTo n=%d lag=%d [%d] = %v, want %v", n, lag, i, dst[i], want)
				}
			}
		}
		if n > 1 {
			dst := make([]float64, n-1)
			if err := series.PctChangeTo(dst, v); err != nil {
				t.Fatal(err)
			}
			for i := range dst {
				if want := v[i+1]/v[i] - 1; dst[i] != want {
					t.Fatalf("PctChangeTo n=%d [%d] = %v, want %v", n, i, dst[i], want)
				}
			}
		}
		idx := make([]float64, n)
		base := n / 2
		if err := series.IndexTo(idx, v, base); err != nil {
			t.Fatal(err)
		}
		for i := range idx {
			if want := v[i] * (100 / v[base]); idx[i] != want || !near(idx[i], 100*v[i]/v[base], 1e-15) {
				t.Fatalf("IndexTo n=%d [%d] = %v, want %v", n, i, idx[i], want)
			}
		}
		if n <= 100 {
			w := make([]float64, series.Windows(n))
			if err := series.CAGRWindowsTo(w, make([]float64, n), v, 0.25); err != nil {
				t.Fatal(err)
			}
			k := 0
			for i := range n {
				for j := i + 1; j < n; j++ {
					want, err := series.CAGR(v[i], v[j], float64(j-i)*0.25)
					if err != nil {
						t.Fatal(err)
					}
					// Two formulas, (b/a)^(1/y) and e^((ln b − ln a)/y): they
					// agree to rounding in 1 + rate.
					if !near(1+w[k], 1+want, 1e-12) {
						t.Fatalf("CAGRWindowsTo n=%d (%d, %d) = %v, want %v", n, i, j, w[k], want)
					}
					k++
				}
			}
		}
	}
}

func TestKernelErrors(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	ones := func(n int, at int, x float64) []float64 {
		v := make([]float64, n)
		for i := range v {
			v[i] = 1 + float64(i)
		}
		if at >= 0 {
			v[at] = x
		}
		return v
	}
	// reference applies the documented contract to dst[i] = v[i+lag]/v[i]:
	// the first i whose base is not positive is ErrNonPositiveBase at i,
	// or +Inf, ErrOutOfRange at i; else whose end is negative or NaN,
	// ErrNegativeValue at i+lag; else whose end is +Inf or quotient
	// overflows, ErrOutOfRange at i+lag.
	reference := func(v []float64, lag int) (int, error) {
		for i := 0; i+lag < len(v); i++ {
			a, b := v[i], v[i+lag]
			switch {
			case !(a > 0):
				return i, series.ErrNonPositiveBase
			case math.IsInf(a, 1):
				return i, series.ErrOutOfRange
			case !(b >= 0):
				return i + lag, series.ErrNegativeValue
			case math.IsInf(b, 1), math.IsInf(b/a, 0):
				return i + lag, series.ErrOutOfRange
			}
		}
		return -1, nil
	}
	kernels := []struct {
		name string
		lag  int
		run  func(dst, v []float64) error
	}{
		{"YoYTo/1", 1, func(dst, v []float64) error { return series.YoYTo(dst, v, 1) }},
		{"YoYTo/12", 12, func(dst, v []float64) error { return series.YoYTo(dst, v, 12) }},
		{"MultipleTo/1", 1, func(dst, v []float64) error { return series.MultipleTo(dst, v, 1) }},
		{"MultipleTo/4", 4, func(dst, v []float64) error { return series.MultipleTo(dst, v, 4) }},
		{"PctChangeTo", 1, series.PctChangeTo},
	}
	// Positions in the packed loop's body and in its scalar tail; the
	// value at position p is a base for the quotient at p and an end for
	// the one at p − lag.
	for _, n := range []int{20, 23} {
		for _, at := range []int{0, 1, 5, 12, 16, n - 1} {
			for _, x := range []float64{0, math.Copysign(0, -1), -1, nan, inf, -inf, 1e-320, 1e308, math.MaxFloat64} {
				v := ones(n, at, x)
				for _, k := range kernels {
					err := k.run(make([]float64, n-k.lag), v)
					wantIndex, want := reference(v, k.lag)
					var ie *series.IndexError
					if want == nil {
						if err != nil {
							t.Errorf("%s n=%d v[%d]=%v: %v", k.name, n, at, x, err)
						}
						continue
					}
					if !errors.Is(err, want) || !errors.As(err, &ie) || ie.Index != wantIndex {
						t.Errorf("%s n=%d v[%d]=%v: %v, want %v at %d", k.name, n, at, x, err, want, wantIndex)
					}
				}
			}
		}
	}
	// The cases the reference covers, spelled out once.
	if at, err := reference([]float64{1, 2, 1e-320, 1e10}, 1); err != series.ErrOutOfRange || at != 3 {
		t.Errorf("reference: %v at %d", err, at)
	}
	if at, err := reference([]float64{1, math.Copysign(0, -1), 2}, 1); err != series.ErrNonPositiveBase || at != 1 {
		t.Errorf("reference: %v at %d", err, at) // −0 is a fine end but no base
	}
	// Overflow: a subnormal base under a large end.
	v := []float64{1, 2, 3, 4, 5, 1e-320, 1e10, 8, 9}
	for _, k := range kernels {
		if k.lag != 1 {
			continue
		}
		var ie *series.IndexError
		if err := k.run(make([]float64, 8), v); !errors.Is(err, series.ErrOutOfRange) || !errors.As(err, &ie) || ie.Index != 6 {
			t.Errorf("%s: %v, want ErrOutOfRange at 6", k.name, err)
		}
	}
	// The values before the bad one are written.
	dst := make([]float64, 8)
	v = []float64{1, 2, 4, 8, 16, 32, 0, 64, 128}
	err := series.YoYTo(dst, v, 1)
	if !errors.Is(err, series.ErrNonPositiveBase) || dst[0] != 1 || dst[5] != -1 {
		t.Errorf("YoYTo = %v, %v", dst, err)
	}
	if err.Error() != "value 6: base value is zero or negative" {
		t.Errorf("message %q", err)
	}

	for _, tt := range []struct {
		name string
		err  error
		want error
		at   int
	}{
		{"LogGrowthTo zero end", series.LogGrowthTo(make([]float64, 2), []float64{1, 0, 2}, 1, 1), series.ErrNonPositiveBase, 1},
		{"LogGrowthTo NaN", series.LogGrowthTo(make([]float64, 2), []float64{1, 2, nan}, 1, 1), series.ErrNonPositiveBase, 2},
		{"LogGrowthTo Inf base", series.LogGrowthTo(make([]float64, 2), []float64{inf, 2, 3}, 1, 1), series.ErrOutOfRange, 0},
		{"LogGrowthTo underflow", series.LogGrowthTo(make([]float64, 1), []float64{1e300, 1e-300}, 1, 1), series.ErrOutOfRange, 1},
		{"LogGrowthTo overflow", series.LogGrowthTo(make([]float64, 1), []float64{1e-300, 1e300}, 1, 1), series.ErrOutOfRange, 1},
		{"IndexTo zero base", series.IndexTo(make([]float64, 3), []float64{0, 1, 2}, 0), series.ErrNonPositiveBase, 0},
		{"IndexTo Inf base", series.IndexTo(make([]float64, 3), []float64{1, inf, 2}, 1), series.ErrOutOfRange, 1},
		{"IndexTo Inf", series.IndexTo(make([]float64, 3), []float64{1, inf, 2}, 0), series.ErrOutOfRange, 1},
		{"IndexTo negative", series.IndexTo(make([]float64, 3), []float64{1, 2, -2}, 0), series.ErrNegativeValue, 2},
		{"IndexTo NaN", series.IndexTo(make([]float64, 3), []float64{1, nan, 2}, 0), series.ErrNegativeValue, 1},
		{"IndexTo overflow", series.IndexTo(make([]float64, 3), []float64{1e-300, 1, 1e300}, 0), series.ErrOutOfRange, 2},
		{"IndexTo overflow, tiny base", series.IndexTo(make([]float64, 3), []float64{1e-310, 1, 1e300}, 0), series.ErrOutOfRange, 1},
		{"CAGRWindowsTo zero", series.CAGRWindowsTo(make([]float64, 3), make([]float64, 3), []float64{1, 0, 2}, 1), series.ErrNonPositiveBase, 1},
		{"CAGRWindowsTo Inf", series.CAGRWindowsTo(make([]float64, 3), make([]float64, 3), []float64{1, 2, inf}, 1), series.ErrOutOfRange, 2},
		{"CAGRWindowsTo overflow", series.CAGRWindowsTo(make([]float64, 3), make([]float64, 3), []float64{1, 1e-300, 1e300}, 1), series.ErrOutOfRange, 2},
		{"CAGRWindowsTo daily overflow", series.CAGRWindowsTo(make([]float64, 1), make([]float64, 2), []float64{1, 10}, 1/365.2425), series.ErrOutOfRange, 1},
	} {
		var ie *series.IndexError
		if !errors.Is(tt.err, tt.want) || !errors.As(tt.err, &ie) || ie.Index != tt.at {
			t.Errorf("%s: %v, want %v at %d", tt.name, tt.err, tt.want, tt.at)
		}
	}
}

func TestKernelPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"YoYTo lag 0":           func() { series.YoYTo(make([]float64, 3), make([]float64, 3), 0) },
		"YoYTo short dst":       func() { series.YoYTo(make([]float64, 1), make([]float64, 3), 1) },
		"MultipleTo long dst":   func() { series.MultipleTo(make([]float64, 3), make([]float64, 3), 1) },
		"PctChangeTo":           func() { series.PctChangeTo(make([]float64, 3), make([]float64, 3)) },
		"LogGrowthTo years 0":   func() { series.LogGrowthTo(make([]float64, 2), []float64{1, 2, 3}, 1, 0) },
		"LogGrowthTo years NaN": func() { series.LogGrowthTo(make([]float64, 2), []float64{1, 2, 3}, 1, math.NaN()) },
		"LogGrowthTo lag -1":    func() { series.LogGrowthTo(make([]float64, 4), []float64{1, 2, 3}, -1, 1) },
		"IndexTo length":        func() { series.IndexTo(make([]float64, 2), []float64{1, 2, 3}, 0) },
		"IndexTo base":          func() { series.IndexTo(make([]float64, 3), []float64{1, 2, 3}, 3) },
		"CAGRWindowsTo dst":     func() { series.CAGRWindowsTo(make([]float64, 2), make([]float64, 3), []float64{1, 2, 3}, 1) },
		"CAGRWindowsTo scratch": func() { series.CAGRWindowsTo(make([]float64, 3), make([]float64, 2), []float64{1, 2, 3}, 1) },
		"CAGRWindowsTo step 0":  func() { series.CAGRWindowsTo(make([]float64, 3), make([]float64, 3), []float64{1, 2, 3}, 0) },
		"CAGRWindowsTo step -Inf": func() {
			series.CAGRWindowsTo(make([]float64, 3), make([]float64, 3), []float64{1, 2, 3}, math.Inf(-1))
		},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s did not panic", name)
				}
			}()
			f()
		}()
	}
	// A subnormal base still indexes itself to 100.
	idx := make([]float64, 2)
	if err := series.IndexTo(idx, []float64{1e-310, 2e-310}, 0); err != nil || idx[0] != 100 || idx[1] != 200 {
		t.Errorf("IndexTo with a subnormal base = %v, %v", idx, err)
	}
	// Empty inputs are fine.
	if err := series.CAGRWindowsTo(nil, nil, nil, 1); err != nil {
		t.Error(err)
	}
	if err := series.CAGRWindowsTo(nil, make([]float64, 1), []float64{5}, 1); err != nil {
		t.Error(err)
	}
	if err := series.YoYTo(nil, []float64{1}, 1); err != nil {
		t.Error(err)
	}
}

// TestCAGRWindowsParallel checks that the rows shared between goroutines
// give exactly what one goroutine gives, and that an error reports the
// first bad window in row order whichever goroutine met it.
func TestCAGRWindowsParallel(t *testing.T) {
	const n = 1600 // 1,279,200 windows: above the parallel threshold
	r := rand.New(rand.NewPCG(3, 4))
	v := walk(r, n, 0.05)
	want := make([]float64, series.Windows(n))
	got := make([]float64, series.Windows(n))
	scratch := make([]float64, n)
	prev := runtime.GOMAXPROCS(1)
	err := series.CAGRWindowsTo(want, scratch, v, 1.0/12)
	runtime.GOMAXPROCS(max(prev, 2))
	defer runtime.GOMAXPROCS(prev)
	if err != nil {
		t.Fatal(err)
	}
	for _, procs := range []int{2, 3, 7} {
		runtime.GOMAXPROCS(procs)
		clear(got)
		if err := series.CAGRWindowsTo(got, scratch, v, 1.0/12); err != nil {
			t.Fatal(err)
		}
		for k := range want {
			if got[k] != want[k] {
				t.Fatalf("GOMAXPROCS %d: window %d = %v, one goroutine gives %v", procs, k, got[k], want[k])
			}
		}
	}
	runtime.GOMAXPROCS(2)
	// One overflow late (row 1500, in the second goroutine's rows), then
	// another early as well (row 10): the early one is reported.
	bad := append([]float64(nil), v...)
	bad[1500], bad[1501] = 1e-300, 1e300
	var ie *series.IndexError
	if err := series.CAGRWindowsTo(got, scratch, bad, 1); !errors.As(err, &ie) || ie.Index != 1501 || !errors.Is(err, series.ErrOutOfRange) {
		t.Errorf("late overflow: %v, want ErrOutOfRange at 1501", err)
	}
	bad[10], bad[11] = 1e-300, 1e300
	if err := series.CAGRWindowsTo(got, scratch, bad, 1); !errors.As(err, &ie) || ie.Index != 11 {
		t.Errorf("two overflows: %v, want the one at 11", err)
	}
	// Calls at once from several goroutines share nothing.
	done := make(chan error)
	for range 4 {
		go func() {
			out := make([]float64, series.Windows(n))
			err := series.CAGRWindowsTo(out, make([]float64, n), v, 1.0/12)
			for k := range want {
				if err == nil && out[k] != want[k] {
					err = errors.New("concurrent calls disagree")
				}
			}
			done <- err
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestLogGrowthParallel checks that LogGrowthTo gives the same on one
// goroutine and on several, and reports the first bad value.
func TestLogGrowthParallel(t *testing.T) {
	const n = 200_000 // above the parallel threshold
	v := walk(rand.New(rand.NewPCG(9, 10)), n, 0.01)
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	want := make([]float64, n-12)
	if err := series.LogGrowthTo(want, v, 12, 1.0/12); err != nil {
		t.Fatal(err)
	}
	got := make([]float64, n-12)
	for _, procs := range []int{2, 3, 8} {
		runtime.GOMAXPROCS(procs)
		clear(got)
		if err := series.LogGrowthTo(got, v, 12, 1.0/12); err != nil {
			t.Fatal(err)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("GOMAXPROCS %d: [%d] = %v, one goroutine gives %v", procs, i, got[i], want[i])
			}
		}
		bad := append([]float64(nil), v...)
		bad[n-5] = 0 // in the last part
		var ie *series.IndexError
		if err := series.LogGrowthTo(got, bad, 12, 1); !errors.As(err, &ie) || ie.Index != n-5 || !errors.Is(err, series.ErrNonPositiveBase) {
			t.Errorf("GOMAXPROCS %d: %v, want the zero end, value %d", procs, err, n-5)
		}
		bad[100] = math.NaN() // and one in the first
		if err := series.LogGrowthTo(got, bad, 12, 1); !errors.As(err, &ie) || ie.Index != 100 {
			t.Errorf("GOMAXPROCS %d: %v, want the NaN end, value 100", procs, err)
		}
	}
}

func TestKernelsAllocateNothing(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates")
	}
	r := rand.New(rand.NewPCG(5, 6))
	v := walk(r, 2000, 0.01)
	dst := make([]float64, len(v))
	big := walk(r, 1<<17, 0.01)
	bigDst := make([]float64, len(big)-1)
	n := 1500
	w := make([]float64, series.Windows(n))
	scratch := make([]float64, n)
	prev := runtime.GOMAXPROCS(2)
	defer runtime.GOMAXPROCS(prev)
	for name, f := range map[string]func(){
		"PctChangeTo":            func() { series.PctChangeTo(dst[:len(v)-1], v) },
		"YoYTo":                  func() { series.YoYTo(dst[:len(v)-12], v, 12) },
		"MultipleTo":             func() { series.MultipleTo(dst[:len(v)-4], v, 4) },
		"IndexTo":                func() { series.IndexTo(dst, v, 0) },
		"LogGrowthTo":            func() { series.LogGrowthTo(dst[:len(v)-1], v, 1, 1) },
		"LogGrowthTo parallel":   func() { series.LogGrowthTo(bigDst, big, 1, 1) },
		"CAGRWindowsTo serial":   func() { series.CAGRWindowsTo(w[:series.Windows(100)], scratch[:100], v[:100], 1) },
		"CAGRWindowsTo parallel": func() { series.CAGRWindowsTo(w, scratch, v[:n], 1) },
	} {
		f() // warm up: the parallel path makes its job record once
		if name == "LogGrowthTo parallel" {
			if err := series.LogGrowthTo(bigDst, big, 1, 1); err != nil {
				t.Fatal(err)
			}
		}
		if a := testing.AllocsPerRun(20, f); a != 0 {
			t.Errorf("%s: %v allocations a call", name, a)
		}
	}
}

// TestCAGRWindowsPrecision checks CAGRWindowsTo against CAGR on figures
// in the billions, where the logs of the values themselves (about 22)
// would cost many times the rounding of the power, and on values whose
// ratios to the first overflow. The error grows as 1/years.
func TestCAGRWindowsPrecision(t *testing.T) {
	for _, tt := range []struct {
		v    []float64
		step float64
		tol  float64 // relative, in 1 + rate
	}{
		{[]float64{4279e6, 6986e6, 11492e6, 17079e6, 26885e6, 39942e6, 55013e6, 69655e6}, 1, 8e-16},
		{[]float64{2472410e3, 3463765e3, 4739495e3, 6133774e3, 8288402e3, 11242216e3, 15428752e3, 19859230e3}, 0.25, 2e-15},
		{[]float64{1e-300, 1e10, 1e300}, 100, 2e-15},
	} {
		n := len(tt.v)
		w := make([]float64, series.Windows(n))
		if err := series.CAGRWindowsTo(w, make([]float64, n), tt.v, tt.step); err != nil {
			t.Fatal(err)
		}
		k := 0
		for i := range n {
			for j := i + 1; j < n; j++ {
				want, err := series.CAGR(tt.v[i], tt.v[j], float64(j-i)*tt.step)
				if err != nil {
					t.Fatal(err)
				}
				if !near(1+w[k], 1+want, tt.tol) {
					t.Errorf("%v (%d, %d): %v, CAGR gives %v", tt.v[:2], i, j, w[k], want)
				}
				k++
			}
		}
	}
}
