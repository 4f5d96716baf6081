//go:build !purego

package kernel

// quotientSSE2 writes dst[i] = num[i]/den[i] − c for every i, two values
// an instruction, and reports whether every den[i] lay in (0, MaxFloat64],
// every num[i] in [0, MaxFloat64] and every quotient was finite. len(dst)
// must be a multiple of 4, and num and den at least as long. It refuses a
// usable pair whose den + num/den overflows, which the scalar loop accepts.
//
// Packed division is the point: DIVPD divides two float64s in the time
// DIVSD takes for one, and the divider, not memory, bounds the scalar
// loop. SSE2 is in every amd64 CPU, so there is no feature test.
//
//go:noescape
func quotientSSE2(dst, num, den []float64, c float64) bool

// quotient writes the quotients with quotientSSE2, the last len%4 with
// quotientScalar.
func quotient(dst, num, den []float64, c float64) bool {
	n := len(dst) &^ 3
	if n > 0 && !quotientSSE2(dst[:n], num[:n], den[:n], c) {
		return false
	}
	return quotientScalar(dst[n:], num[n:], den[n:], c)
}
