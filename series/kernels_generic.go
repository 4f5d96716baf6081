//go:build !amd64 || purego

package series

// quotientFast reports whether quotientChecked wrote every quotient.
func quotientFast(dst, num, den []float64, c float64) bool {
	return quotientChecked(dst, num, den, c, 0) == nil
}
