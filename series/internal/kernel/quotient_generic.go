//go:build !amd64 || purego

package kernel

func quotient(dst, num, den []float64, c float64) bool {
	return quotientScalar(dst, num, den, c)
}
