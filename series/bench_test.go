package series_test

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/finfig/finfig/series"
)

// The benchmarks run every bulk operation at 10^3, 10^5 and 10^7 values,
// beside BenchmarkCopy, the time to copy the same bytes: the floor for a
// kernel that reads its input once and writes its output once. b.SetBytes
// is the size of the input, so the MB/s columns compare directly with the
// copy's. Run them with
//
//	go test -run '^$' -bench . -benchmem ./series
//
// bench/compare.sh times the same operations against numpy and pandas.

var benchSizes = []int{1_000, 100_000, 10_000_000}

// benchValues returns n positive values, a random walk in log space with
// a 1% step, from a fixed seed: the same data for every run.
func benchValues(n int) []float64 {
	r := rand.New(rand.NewPCG(2012, 2019))
	v := make([]float64, n)
	x := 100.0
	for i := range v {
		x *= math.Exp(0.01 * r.NormFloat64())
		v[i] = x
	}
	return v
}

// sizeName writes 1000 as 1e3, 100000 as 1e5.
func sizeName(n int) string {
	e := 0
	for m := n; m >= 10 && m%10 == 0; m /= 10 {
		e++
	}
	if n == int(math.Pow10(e)) {
		return "n=1e" + strconv.Itoa(e)
	}
	return "n=" + strconv.Itoa(n)
}

func BenchmarkCopy(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(sizeName(n), func(b *testing.B) {
			v, dst := benchValues(n), make([]float64, n)
			b.SetBytes(int64(8 * n))
			b.ReportAllocs()
			for b.Loop() {
				copy(dst, v)
			}
		})
	}
}

// benchLagged benchmarks a kernel that writes len(v) − lag values.
func benchLagged(b *testing.B, lag int, run func(dst, v []float64) error) {
	for _, n := range benchSizes {
		b.Run(sizeName(n), func(b *testing.B) {
			v, dst := benchValues(n), make([]float64, n-lag)
			b.SetBytes(int64(8 * n))
			b.ReportAllocs()
			for b.Loop() {
				if err := run(dst, v); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkPctChangeTo(b *testing.B) { benchLagged(b, 1, series.PctChangeTo) }

func BenchmarkYoYTo(b *testing.B) {
	for _, lag := range []int{1, 12} {
		b.Run("lag="+strconv.Itoa(lag), func(b *testing.B) {
			benchLagged(b, lag, func(dst, v []float64) error { return series.YoYTo(dst, v, lag) })
		})
	}
}

func BenchmarkMultipleTo(b *testing.B) {
	benchLagged(b, 1, func(dst, v []float64) error { return series.MultipleTo(dst, v, 1) })
}

func BenchmarkLogGrowthTo(b *testing.B) {
	benchLagged(b, 1, func(dst, v []float64) error { return series.LogGrowthTo(dst, v, 1, 1) })
}

func BenchmarkIndexTo(b *testing.B) {
	benchLagged(b, 0, func(dst, v []float64) error { return series.IndexTo(dst, v, 0) })
}

// BenchmarkCAGRWindowsTo takes n values so that the windows number about
// 10^3, 10^5 and 10^7, and 5·10^7 for a 10^4-period series. SetBytes is
// the size of the output, the windows.
func BenchmarkCAGRWindowsTo(b *testing.B) {
	for _, n := range []int{45, 448, 4473, 10_000} {
		b.Run(sizeName(n)+"/windows="+strconv.Itoa(series.Windows(n)), func(b *testing.B) {
			v := benchValues(n)
			dst, scratch := make([]float64, series.Windows(n)), make([]float64, n)
			b.SetBytes(int64(8 * len(dst)))
			b.ReportAllocs()
			for b.Loop() {
				if err := series.CAGRWindowsTo(dst, scratch, v, 1); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkFitTrend(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(sizeName(n), func(b *testing.B) {
			v := benchValues(n)
			t, logv := make([]float64, n), make([]float64, n)
			for i, x := range v {
				t[i], logv[i] = float64(i), math.Log(x)
			}
			b.SetBytes(int64(8 * n))
			b.ReportAllocs()
			for b.Loop() {
				// FitTrend centres t in place; once centred it stays so.
				if _, err := series.FitTrend(t, logv); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// benchPairs returns n pairs of reported values (a[i], b[i]), figures in
// USD millions stated to the unit, from 1,000 to 100,000 million, b within
// a factor of two of a.
func benchPairs(n int) (a, b []series.Value) {
	r := rand.New(rand.NewPCG(2012, 2019))
	a, b = make([]series.Value, n), make([]series.Value, n)
	for i := range n {
		x := 1000 + r.Int64N(99_000)
		a[i] = series.ValueOf(series.NewDecimal(x, 0)).Shift(6)
		b[i] = series.ValueOf(series.NewDecimal(x/2+r.Int64N(x+x/2), 0)).Shift(6)
	}
	return a, b
}

// BenchmarkValueInterval propagates precision into float intervals:
// Value.Interval over n values.
func BenchmarkValueInterval(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(sizeName(n), func(b *testing.B) {
			a, _ := benchPairs(n)
			out := make([]series.Interval, n)
			b.SetBytes(int64(16 * n))
			b.ReportAllocs()
			for b.Loop() {
				for i, v := range a {
					out[i] = v.Interval()
				}
			}
		})
	}
}

// BenchmarkNewGrowth computes every growth figure with its interval for n
// pairs of values.
func BenchmarkNewGrowth(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(sizeName(n), func(b *testing.B) {
			a, c := benchPairs(n)
			from, to := series.Year(2018), series.Year(2019)
			var sink float64
			b.SetBytes(int64(32 * n))
			b.ReportAllocs()
			for b.Loop() {
				for i := range a {
					g, err := series.NewGrowth(from, to, a[i], c[i])
					if err != nil {
						b.Fatal(err)
					}
					sink += g.CAGR.Hi
				}
			}
			if math.IsNaN(sink) {
				b.Fatal("NaN")
			}
		})
	}
}
