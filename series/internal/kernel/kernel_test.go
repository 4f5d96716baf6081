package kernel

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// TestQuotient checks Quotient (SSE2 on amd64, else the scalar loop)
// against the scalar loop on values with special ones strewn in: a
// fast path that reports success must have written exactly what the
// scalar loop writes, and the scalar loop must then accept every value.
// The fast path may refuse more (a + b/a overflowing), never less.
func TestQuotient(t *testing.T) {
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
			ok := Quotient(fast, num, den, c)
			slowOK := quotientScalar(slow, num, den, c)
			if ok && !slowOK {
				t.Fatalf("fast path accepted what the scalar loop refuses: num %v den %v", num, den)
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
			if !ok && slowOK {
				refused++
			}
		}
	}
	t.Logf("fast path refused %d inputs that the scalar loop accepts", refused)
}

// exactExpm1 returns e^x − 1 to 300 bits, rounded to float64: the Taylor
// series at x/2^k, then k doublings by e^2y − 1 = (e^y − 1)(e^y + 1).
func exactExpm1(x float64) float64 {
	const prec = 300
	y := new(big.Float).SetPrec(prec).SetFloat64(x)
	k := 0
	for new(big.Float).Abs(y).Cmp(big.NewFloat(0.01)) > 0 {
		y.Quo(y, big.NewFloat(2))
		k++
	}
	sum := new(big.Float).SetPrec(prec)
	term := new(big.Float).SetPrec(prec).SetFloat64(1)
	for i := 1; i < 40; i++ {
		term.Mul(term, y)
		term.Quo(term, big.NewFloat(float64(i)))
		sum.Add(sum, term)
	}
	for ; k > 0; k-- {
		sum.Mul(sum, new(big.Float).SetPrec(prec).Add(sum, big.NewFloat(2)))
	}
	f, _ := sum.Float64()
	return f
}

// TestExpm1 checks Expm1 within 3 ulp of the exact value, over the range
// that windows of growth rates meet.
func TestExpm1(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	worst := 0.0
	for i := range 20000 {
		x := (2*r.Float64() - 1) * []float64{1e-6, 1e-3, 0.05, 0.5, 3, 50, 707}[i%7]
		want := exactExpm1(x)
		got := Expm1(x)
		ulp := math.Nextafter(math.Abs(want), math.Inf(1)) - math.Abs(want)
		if e := math.Abs(got-want) / ulp; e > worst {
			worst = e
			if e > 3 {
				t.Errorf("Expm1(%v) = %v, exact %v: %.1f ulp", x, got, want, e)
			}
		}
	}
	t.Logf("worst error %.1f ulp", worst)
	for _, x := range []float64{0, 1e-300, -1e-300, 5e-324, 707.99, 708, -708, -707.99, -745, -800, 709.7, 710, 1e308,
		math.Inf(1), math.Inf(-1), math.NaN()} {
		got, want := Expm1(x), math.Expm1(x)
		if !(got == want || math.IsNaN(got) && math.IsNaN(want) || math.Abs(got-want) <= 4e-16*math.Abs(want)) {
			t.Errorf("Expm1(%v) = %v, math.Expm1 gives %v", x, got, want)
		}
	}
}
