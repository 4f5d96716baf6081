package kernel

import "math"

// Expm1 returns e^x − 1, within 3 ulp of the exact value (tested against
// math/big), where math.Expm1 is within 1: a relative error of at most
// 7·10⁻¹⁶ in a growth rate. It is for loops whose cost is the exponential,
// such as every window's CAGR: a table of 2^(j/32) leaves a shorter
// polynomial than math.Expm1 evaluates (BenchmarkExpm1 compares them).
//
// The method: x = (32m + j)·ln2/32 + r with |r| ≤ ln2/64, so that
//
//	e^x = 2^m · 2^(j/32) · e^r
//
// with 2^(j/32) = hi + lo from a table, exact to twice float64 precision,
// and e^r − 1 from its Taylor polynomial of degree 6 (the next term is
// below 2^-60 of it). Outside (−708, 708), where 2^m would leave the
// normal range, and for NaN, it is math.Expm1.
func Expm1(x float64) float64 {
	if !(x > -708 && x < 708) {
		return math.Expm1(x)
	}
	// Adding 1.5·2^52 rounds x·32/ln2 to an integer k in the low bits.
	z := x*invLn2By32 + roundShift
	k := int64(math.Float64bits(z)) - int64(math.Float64bits(roundShift))
	kf := z - roundShift
	r := (x - kf*ln2By32Hi) - kf*ln2By32Lo // exact: kf·ln2By32Hi has no rounding
	p := r + r*r*(1.0/2+r*(1.0/6+r*(1.0/24+r*(1.0/120+r*(1.0/720)))))
	j := k & 31
	scale := math.Float64frombits(uint64(1023+(k>>5)) << 52) // 2^m
	s := exp2By32Hi[j] * scale
	return (s - 1) + (s*p + exp2By32Lo[j]*scale)
}

const (
	invLn2By32 = 0x1.71547652b82fep+5 // 32/ln2
	ln2By32Hi  = 0x1.62e4200000000p-6 // ln2/32 to 21 bits, so k·ln2By32Hi is exact for |k| < 2^32
	ln2By32Lo  = 0x1.fdf473de6af28p-27
	roundShift = 0x1.8p52
)

// exp2By32Hi[j] + exp2By32Lo[j] is 2^(j/32), computed to 60 digits with
// Python's decimal module: Hi the nearest float64, Lo the rest. Eight to a
// line, j = 0…7 on the first.
var exp2By32Hi = [32]float64{
	0x1.0000000000000p+0, 0x1.059b0d3158574p+0, 0x1.0b5586cf9890fp+0, 0x1.11301d0125b51p+0, 0x1.172b83c7d517bp+0, 0x1.1d4873168b9aap+0, 0x1.2387a6e756238p+0, 0x1.29e9df51fdee1p+0,
	0x1.306fe0a31b715p+0, 0x1.371a7373aa9cbp+0, 0x1.3dea64c123422p+0, 0x1.44e086061892dp+0, 0x1.4bfdad5362a27p+0, 0x1.5342b569d4f82p+0, 0x1.5ab07dd485429p+0, 0x1.6247eb03a5585p+0,
	0x1.6a09e667f3bcdp+0, 0x1.71f75e8ec5f74p+0, 0x1.7a11473eb0187p+0, 0x1.82589994cce13p+0, 0x1.8ace5422aa0dbp+0, 0x1.93737b0cdc5e5p+0, 0x1.9c49182a3f090p+0, 0x1.a5503b23e255dp+0,
	0x1.ae89f995ad3adp+0, 0x1.b7f76f2fb5e47p+0, 0x1.c199bdd85529cp+0, 0x1.cb720dcef9069p+0, 0x1.d5818dcfba487p+0, 0x1.dfc97337b9b5fp+0, 0x1.ea4afa2a490dap+0, 0x1.f50765b6e4540p+0,
}

var exp2By32Lo = [32]float64{
	0x0.0p+0, 0x1.d73e2a475b465p-55, 0x1.8a62e4adc610bp-54, -0x1.6c51039449b3ap-54, -0x1.19041b9d78a76p-55, 0x1.e016e00a2643cp-54, 0x1.9b07eb6c70573p-54, 0x1.612e8afad1255p-55,
	0x1.6f46ad23182e4p-55, -0x1.63aeabf42eae2p-54, 0x1.ada0911f09ebcp-55, 0x1.89b7a04ef80d0p-59, 0x1.d4397afec42e2p-56, -0x1.07abe1db13cadp-55, 0x1.6324c054647adp-54, -0x1.383c17e40b497p-54,
	-0x1.bdd3413b26456p-54, -0x1.16e4786887a99p-55, -0x1.41577ee04992fp-55, -0x1.d4c1dd41532d8p-54, 0x1.6e9f156864b27p-54, -0x1.75fc781b57ebcp-57, 0x1.c7c46b071f2bep-56, -0x1.d2f6edb8d41e1p-54,
	0x1.7a1cd345dcc81p-54, -0x1.5584f7e54ac3bp-56, 0x1.11065895048ddp-55, 0x1.503cbd1e949dbp-56, 0x1.2ed02d75b3707p-55, -0x1.1a5cd4f184b5cp-54, -0x1.e9c23179c2893p-54, 0x1.9d3e12dd8a18bp-54,
}
