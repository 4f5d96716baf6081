package series

import (
	"fmt"
	"math"
	"runtime"
	"sort"

	"github.com/finfig/finfig/series/internal/kernel"
)

// The bulk kernels work on dense float64 slices: one value per period, no
// gaps (Series.Dense makes one). They write into dst, allocate nothing and
// return an *IndexError naming the first value they cannot use: a base
// that is not positive (ErrNonPositiveBase), an end value that is negative
// or NaN (ErrNegativeValue), or a value that is infinite or whose result
// would be beyond the float64 range (ErrOutOfRange), as the scalar
// functions do. dst is then partly written. So, like the scalar functions,
// they never write Inf or NaN.
// Mismatched lengths and a lag, step or years that is not positive are
// programmer errors and panic.

// IndexError reports the position of a value a bulk kernel cannot use.
type IndexError struct {
	Index int
	Err   error
}

// Error names the value and why it cannot be used: "value 6: base value
// is zero or negative".
func (e *IndexError) Error() string { return fmt.Sprintf("value %d: %v", e.Index, e.Err) }

// Unwrap returns the reason, for errors.Is.
func (e *IndexError) Unwrap() error { return e.Err }

const (
	badLag    = "series: lag must be positive"
	badLength = "series: length mismatch"
	badYears  = "series: years between periods must be positive and finite"
)

// MultipleTo writes the multiple of each value over the value lag
// positions before it:
//
//	dst[i] = v[i+lag] / v[i]
//
// len(dst) must be len(v) − lag.
func MultipleTo(dst, v []float64, lag int) error {
	checkLag(dst, v, lag)
	return quotientTo(dst, v[lag:], v[:len(dst)], 0, lag)
}

// PctChangeTo writes the percentage change from each value to the next
// as a fraction:
//
//	dst[i] = v[i+1]/v[i] − 1
//
// len(dst) must be len(v) − 1.
func PctChangeTo(dst, v []float64) error { return YoYTo(dst, v, 1) }

// YoYTo writes year-over-year rates for a series with lag periods a year
// (1 annual, 4 quarterly, 12 monthly):
//
//	dst[i] = v[i+lag]/v[i] − 1
//
// len(dst) must be len(v) − lag.
func YoYTo(dst, v []float64, lag int) error {
	checkLag(dst, v, lag)
	return quotientTo(dst, v[lag:], v[:len(dst)], 1, lag)
}

// quotientTo writes dst[i] = num[i]/den[i] − c, where num is v shifted by
// lag, for the error's index. kernel.Quotient (packed division on amd64)
// validates a whole slice at once; only when it reports a bad value does
// the scalar loop run again to say which one.
func quotientTo(dst, num, den []float64, c float64, lag int) error {
	if kernel.Quotient(dst, num, den, c) {
		return nil
	}
	return quotientChecked(dst, num, den, c, lag)
}

// quotientChecked is quotientTo one value at a time, stopping at the
// first value it cannot use.
func quotientChecked(dst, num, den []float64, c float64, lag int) error {
	num, den = num[:len(dst)], den[:len(dst)]
	for i := range dst {
		a, b := den[i], num[i]
		if err := checkPair(a, b); err != nil {
			if err == ErrNonPositiveBase || a > math.MaxFloat64 {
				return &IndexError{Index: i, Err: err}
			}
			return &IndexError{Index: i + lag, Err: err}
		}
		r := b / a
		if r > math.MaxFloat64 {
			return &IndexError{Index: i + lag, Err: ErrOutOfRange}
		}
		dst[i] = r - c
	}
	return nil
}

// LogGrowthTo writes the log growth rate over lag periods of years each:
//
//	dst[i] = ln(v[i+lag]/v[i]) / (lag·years)
//
// len(dst) must be len(v) − lag; years must be positive and finite. Both
// values must be positive and finite. From parallelLogs values on, the
// values are shared between GOMAXPROCS goroutines, as in CAGRWindowsTo.
func LogGrowthTo(dst, v []float64, lag int, years float64) error {
	checkLag(dst, v, lag)
	if !(years > 0 && years <= math.MaxFloat64) {
		panic(badYears)
	}
	inv := 1 / (float64(lag) * years)
	if procs := runtime.GOMAXPROCS(0); procs > 1 && len(dst) >= parallelLogs {
		j := kernel.NewJob(logGrowthPart)
		j.Dst, j.Src, j.Lag, j.X = dst, v, lag, inv
		for p := range procs {
			j.Split(len(dst) / procs * p)
		}
		j.Split(len(dst))
		return j.Run()
	}
	return logGrowthRange(dst, v, lag, inv, 0, len(dst))
}

// parallelLogs is the count of values from which LogGrowthTo shares the
// work between goroutines: enough logarithms that their time outweighs
// starting and joining the goroutines many times over
// (BenchmarkLogGrowthTo at 10^5 values shows the gain).
const parallelLogs = 1 << 16

// logGrowthRange writes dst[lo:hi] of LogGrowthTo, with inv =
// 1/(lag·years).
func logGrowthRange(dst, v []float64, lag int, inv float64, lo, hi int) error {
	num, den := v[lo+lag:hi+lag], v[lo:hi]
	out := dst[lo:hi]
	for i := range out {
		a, b := den[i], num[i]
		if err := positive(a); err != nil {
			return &IndexError{Index: lo + i, Err: err}
		}
		if err := positive(b); err != nil {
			return &IndexError{Index: lo + i + lag, Err: err}
		}
		r := math.Log(b/a) * inv
		if !(r >= -math.MaxFloat64 && r <= math.MaxFloat64) { // b/a underflowed to 0 or overflowed
			return &IndexError{Index: lo + i + lag, Err: ErrOutOfRange}
		}
		out[i] = r
	}
	return nil
}

func logGrowthPart(j *kernel.Job, lo, hi int) error {
	return logGrowthRange(j.Dst, j.Src, j.Lag, j.X, lo, hi)
}

// IndexTo writes v indexed to v[base] = 100:
//
//	dst[i] = 100 · v[i] / v[base]
//
// computed as v[i] · (100/v[base]), or as v[i]/v[base] · 100 when
// 100/v[base] overflows. len(dst) must be len(v).
func IndexTo(dst, v []float64, base int) error {
	if len(dst) != len(v) {
		panic(badLength)
	}
	a := v[base]
	if err := positive(a); err != nil {
		return &IndexError{Index: base, Err: err}
	}
	k := 100 / a
	if k > math.MaxFloat64 { // a tiny base: 100/a overflows, 100·(b/a) need not
		return indexByQuotient(dst, v, a)
	}
	dst = dst[:len(v)]
	for i, b := range v {
		r := b * k
		// One test covers all three failures: r is NaN, negative or
		// infinite exactly when b is NaN, negative or infinite, or b·k
		// overflows (k is positive and finite, or +Inf for a tiny base).
		if !(r >= 0 && r <= math.MaxFloat64) {
			return indexError(b, i)
		}
		dst[i] = r
	}
	return nil
}

// indexByQuotient is IndexTo for a base so small that 100/a overflows.
func indexByQuotient(dst, v []float64, a float64) error {
	for i, b := range v {
		r := b / a * 100
		if !(r >= 0 && r <= math.MaxFloat64) {
			return indexError(b, i)
		}
		dst[i] = r
	}
	return nil
}

func indexError(b float64, i int) error {
	if !(b >= 0) {
		return &IndexError{Index: i, Err: ErrNegativeValue}
	}
	return &IndexError{Index: i, Err: ErrOutOfRange}
}

// positive refuses a value that is not positive (ErrNonPositiveBase) or
// is infinite (ErrOutOfRange): the values whose logarithm is used.
func positive(x float64) error {
	switch {
	case !(x > 0):
		return ErrNonPositiveBase
	case x > math.MaxFloat64:
		return ErrOutOfRange
	}
	return nil
}

func checkLag(dst, v []float64, lag int) {
	if lag <= 0 {
		panic(badLag)
	}
	if len(dst) != len(v)-lag {
		panic(badLength)
	}
}

// Windows returns the number of windows (i, j), i < j, of n values:
// n(n−1)/2.
func Windows(n int) int { return n * (n - 1) / 2 }

// windowsBefore returns the number of windows in the rows before row r of
// n values: Σ_{i<r} (n−1−i).
func windowsBefore(r, n int) int { return r*(n-1) - r*(r-1)/2 }

// parallelWindows is the count of windows from which CAGRWindowsTo
// shares the work between goroutines: enough exponentials that their time
// outweighs starting and joining the goroutines many times over.
const parallelWindows = 1 << 20

// CAGRWindowsTo writes the CAGR of every window of v, periods step years
// apart, in row order: for i = 0, 1, …, and for j = i+1, …, len(v)−1,
//
//	dst[k] = (v[j]/v[i])^(1/((j−i)·step)) − 1
//
// computed as exp((u[j] − u[i])/((j−i)·step)) − 1 from u[i] = ln(v[i]/v[0]),
// which it writes into scratch. The logs are taken of ratios to v[0], not
// of the values, because the error of a log is relative to its size: for
// figures in the billions, ln v is about 22 and its rounding alone would
// cost many times the rounding of (v[j]/v[i])^(1/y). A ratio beyond the
// normal float64 range falls back to ln v[i] − ln v[0].
//
// len(dst) must be Windows(len(v)) and len(scratch) len(v); step must be
// positive and finite. Every value must be positive and finite. A rate
// beyond the float64 range is an *IndexError naming the window's end value
// j, the first such window in row order.
//
// From parallelWindows windows on, the rows are shared between
// GOMAXPROCS goroutines, each with a similar count of windows. The
// goroutines are started for the call and joined before it returns; they
// allocate nothing on the heap once a first call has made the record that
// the goroutines share.
func CAGRWindowsTo(dst, scratch, v []float64, step float64) error {
	n := len(v)
	if len(dst) != Windows(n) || len(scratch) != n {
		panic(badLength)
	}
	if !(step > 0 && step <= math.MaxFloat64) {
		panic(badYears)
	}
	for i, x := range v {
		if err := positive(x); err != nil {
			return &IndexError{Index: i, Err: err}
		}
		if q := x / v[0]; q >= 0x1p-1022 && q <= math.MaxFloat64 {
			scratch[i] = math.Log(q)
		} else {
			scratch[i] = math.Log(x) - math.Log(v[0])
		}
	}
	if procs := runtime.GOMAXPROCS(0); procs > 1 && len(dst) >= parallelWindows {
		// Split the rows where the count of windows before them crosses a
		// multiple of the total over procs.
		j := kernel.NewJob(cagrPart)
		j.Dst, j.Src, j.X = dst, scratch, step
		for p := range procs {
			target := len(dst) / procs * p
			j.Split(sort.Search(n-1, func(r int) bool { return windowsBefore(r, n) >= target }))
		}
		j.Split(n - 1)
		return j.Run()
	}
	return cagrRows(dst, scratch, 0, max(n-1, 0), step)
}

// cagrRows writes rows r0 to r1−1 of the windows of the values whose logs
// are logv.
//
// Why exp of a quotient and not a power: math.Pow takes a log and an exp
// per window, where one log per value (n in all, into scratch: logv holds
// ln(v[i]/v[0])) leaves one exp per window, and the exp is then the cost of a window: hence
// kernel.Expm1 (e^x − 1 rather than math.Exp − 1, which loses digits near
// 0), and more cores (kernel.Job). The division by (j−i)·step stays: a
// table of reciprocals 1/k would turn it into a multiplication, but the
// divider runs beside the exp, so the table would cost memory for little.
func cagrRows(dst, logv []float64, r0, r1 int, step float64) error {
	n := len(logv)
	k := windowsBefore(r0, n)
	for i := r0; i < r1; i++ {
		li := logv[i]
		row := dst[k : k+n-1-i]
		ends := logv[i+1 : i+1+len(row)]
		for d := range row {
			r := kernel.Expm1((ends[d] - li) / (float64(d+1) * step))
			if r > math.MaxFloat64 {
				return &IndexError{Index: i + 1 + d, Err: ErrOutOfRange}
			}
			row[d] = r
		}
		k += len(row)
	}
	return nil
}

func cagrPart(j *kernel.Job, lo, hi int) error { return cagrRows(j.Dst, j.Src, lo, hi, j.X) }
