package kernel

import "math"

// Quotient writes dst[i] = num[i]/den[i] − c for every i and reports
// whether every den[i] lay in (0, MaxFloat64], every num[i] in
// [0, MaxFloat64] and every quotient was finite. When it reports false,
// dst holds anything: the caller finds the bad value with its own loop.
// It may refuse a few usable values (see quotientSSE2), never accept an
// unusable one. num and den must be at least as long as dst.
func Quotient(dst, num, den []float64, c float64) bool {
	return quotient(dst, num[:len(dst)], den[:len(dst)], c)
}

// quotientScalar is Quotient one value at a time.
func quotientScalar(dst, num, den []float64, c float64) bool {
	num, den = num[:len(dst)], den[:len(dst)]
	for i := range dst {
		a, b := den[i], num[i]
		if !(a > 0 && a <= math.MaxFloat64 && b >= 0 && b <= math.MaxFloat64) {
			return false
		}
		r := b / a
		if r > math.MaxFloat64 {
			return false
		}
		dst[i] = r - c
	}
	return true
}
