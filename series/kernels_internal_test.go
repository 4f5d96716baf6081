package series

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestQuotientFast checks the fast path (SSE2 on amd64, else the scalar
// loop) against the scalar loop on values with special ones strewn in: a
// fast path that reports success must have written exactly what the
// scalar loop writes, and the scalar loop must then accept every value.
// The fast path may refuse more (a + b/a overflowing), never less.
func TestQuotientFast(t *testing.T) {
	specials := []float64{0, math.Copysign(0, -1), -1, math.NaN(), math.Inf(1), math.Inf(-1),
		5e-324, 1e-310, math.SmallestNonzeroFloat64, math.MaxFloat64, 1e308, 1e-300, 1e300}
	r := rand.New(rand.NewPCG(7, 8))
	refused := 0
	for trial := range 20000 {
		n := r.IntN(40)
		num, den := make([]float64, n), make([]float64, n)
		for i := range n {
			num[i], den[i] = r.Float64()*100, 0.5+r.Float64()*100
		}
		if trial%4 != 0 && n > 0 { // most trials have a special value or two
			for range 1 + r.IntN(2) {
				x := specials[r.IntN(len(specials))]
				if r.IntN(2) == 0 {
					num[r.IntN(n)] = x
				} else {
					den[r.IntN(n)] = x
				}
			}
		}
		for _, c := range []float64{0, 1} {
			fast, slow := make([]float64, n), make([]float64, n)
			ok := quotientFast(fast, num, den, c)
			err := quotientChecked(slow, num, den, c, 0)
			if ok && err != nil {
				t.Fatalf("fast path accepted what the scalar loop refuses (%v): num %v den %v", err, num, den)
			}
			if ok {
				for i := range fast {
					if math.Float64bits(fast[i]) != math.Float64bits(slow[i]) {
						t.Fatalf("[%d] fast %v, scalar %v (num %v den %v)", i, fast[i], slow[i], num[i], den[i])
					}
					if math.IsInf(fast[i], 0) || math.IsNaN(fast[i]) {
						t.Fatalf("[%d] = %v with no error", i, fast[i])
					}
				}
			}
			if !ok && err == nil {
				refused++
			}
		}
	}
	t.Logf("fast path refused %d inputs that the scalar loop accepts", refused)
}

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
