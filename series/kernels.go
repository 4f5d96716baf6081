package series

import (
	"fmt"
	"math"
)

// The bulk kernels work on dense float64 slices: one value per period, no
// gaps (Series.Dense makes one). They write into dst, allocate nothing and
// return an *IndexError naming the first value they cannot use; dst is
// then partly written. Mismatched lengths are programmer errors and panic.

// IndexError reports the position of a value a bulk kernel cannot use.
type IndexError struct {
	Index int
	Err   error
}

func (e *IndexError) Error() string { return fmt.Sprintf("value %d: %v", e.Index, e.Err) }

func (e *IndexError) Unwrap() error { return e.Err }

const (
	badLag    = "series: lag must be positive"
	badLength = "series: length mismatch"
)

// MultipleInto writes the multiple of each value over the value lag
// positions before it:
//
//	dst[i] = v[i+lag] / v[i]
//
// len(dst) must be len(v) − lag.
func MultipleInto(dst, v []float64, lag int) error {
	checkLag(dst, v, lag)
	for i := range dst {
		a, b := v[i], v[i+lag]
		if !(a > 0) {
			return &IndexError{Index: i, Err: ErrNonPositiveBase}
		}
		dst[i] = b / a
	}
	return nil
}

// PctChangeInto writes the percentage change from each value to the next
// as a fraction:
//
//	dst[i] = v[i+1]/v[i] − 1
//
// len(dst) must be len(v) − 1.
func PctChangeInto(dst, v []float64) error { return YoYInto(dst, v, 1) }

// YoYInto writes year-over-year rates for a series with lag periods a year
// (1 annual, 4 quarterly, 12 monthly):
//
//	dst[i] = v[i+lag]/v[i] − 1
//
// len(dst) must be len(v) − lag.
func YoYInto(dst, v []float64, lag int) error {
	checkLag(dst, v, lag)
	for i := range dst {
		a := v[i]
		if !(a > 0) {
			return &IndexError{Index: i, Err: ErrNonPositiveBase}
		}
		dst[i] = v[i+lag]/a - 1
	}
	return nil
}

// LogGrowthInto writes the log growth rate over lag periods of years each:
//
//	dst[i] = ln(v[i+lag]/v[i]) / (lag·years)
//
// len(dst) must be len(v) − lag.
func LogGrowthInto(dst, v []float64, lag int, years float64) error {
	checkLag(dst, v, lag)
	inv := 1 / (float64(lag) * years)
	for i := range dst {
		a, b := v[i], v[i+lag]
		if !(a > 0) {
			return &IndexError{Index: i, Err: ErrNonPositiveBase}
		}
		if !(b > 0) {
			return &IndexError{Index: i + lag, Err: ErrNonPositiveBase}
		}
		dst[i] = math.Log(b/a) * inv
	}
	return nil
}

// IndexInto writes v indexed to v[base] = 100:
//
//	dst[i] = 100 · v[i] / v[base]
//
// len(dst) must be len(v).
func IndexInto(dst, v []float64, base int) error {
	if len(dst) != len(v) {
		panic(badLength)
	}
	a := v[base]
	if !(a > 0) {
		return &IndexError{Index: base, Err: ErrNonPositiveBase}
	}
	k := 100 / a
	for i, b := range v {
		dst[i] = b * k
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

// CAGRWindowsInto writes the CAGR of every window of v, periods step years
// apart, in row order: for i = 0, 1, …, and for j = i+1, …, len(v)−1,
//
//	dst[k] = (v[j]/v[i])^(1/((j−i)·step)) − 1
//
// computed as exp((ln v[j] − ln v[i])/((j−i)·step)) − 1 from ln v, which
// it writes into scratch. len(dst) must be Windows(len(v)) and len(scratch)
// len(v).
func CAGRWindowsInto(dst, scratch, v []float64, step float64) error {
	n := len(v)
	if len(dst) != Windows(n) || len(scratch) != n {
		panic(badLength)
	}
	for i, x := range v {
		if !(x > 0) {
			return &IndexError{Index: i, Err: ErrNonPositiveBase}
		}
		scratch[i] = math.Log(x)
	}
	k := 0
	for i := 0; i < n-1; i++ {
		li := scratch[i]
		row := dst[k : k+n-1-i]
		for d := range row {
			row[d] = math.Expm1((scratch[i+1+d] - li) / (float64(d+1) * step))
		}
		k += len(row)
	}
	return nil
}
