package kernel

import (
	"math"
	"testing"
)

// BenchmarkExpm1 compares Expm1 with math.Expm1 over the exponents that
// yearly growth rates give, (ln v[j] − ln v[i])/years.
func BenchmarkExpm1(b *testing.B) {
	xs := make([]float64, 1024)
	for i := range xs {
		xs[i] = float64(i-512) / 1024
	}
	for _, f := range []struct {
		name string
		fn   func(float64) float64
	}{{"Expm1", Expm1}, {"math.Expm1", math.Expm1}} {
		b.Run(f.name, func(b *testing.B) {
			var sink float64
			b.ReportAllocs()
			for b.Loop() {
				for _, x := range xs {
					sink += f.fn(x)
				}
			}
			if math.IsNaN(sink) {
				b.Fatal("NaN")
			}
		})
	}
}

// BenchmarkQuotient compares Quotient with the scalar loop.
func BenchmarkQuotient(b *testing.B) {
	const n = 100_000
	num, den, dst := make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range num {
		num[i], den[i] = float64(i+2), float64(i+1)
	}
	for _, f := range []struct {
		name string
		fn   func(dst, num, den []float64, c float64) bool
	}{{"Quotient", Quotient}, {"scalar", quotientScalar}} {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(8 * n)
			b.ReportAllocs()
			for b.Loop() {
				if !f.fn(dst, num, den, 1) {
					b.Fatal("refused")
				}
			}
		})
	}
}
