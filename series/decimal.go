package series

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Decimal is an exact decimal number, coef × 10^exp, kept as it was
// written: ParseDecimal("69.655") is 69655 × 10^-3 and stays so; no float
// round trip ever touches it. Two Decimals are == when they were written
// alike ("69.66" and "69.660" differ); Cmp compares their values.
//
// A Decimal holds at most 18 significant digits, which every reported
// figure fits.
type Decimal struct {
	coef int64
	exp  int32
}

// maxCoef bounds the coefficient so that scaling by ten within parsing
// never overflows: 18 digits.
const maxCoef = 999_999_999_999_999_999

// NewDecimal returns coef × 10^exp.
func NewDecimal(coef int64, exp int) Decimal { return Decimal{coef: coef, exp: int32(exp)} }

// Coefficient returns the integer coef of coef × 10^exp.
func (d Decimal) Coefficient() int64 { return d.coef }

// Exponent returns the exp of coef × 10^exp: minus the count of digits
// written after the point.
func (d Decimal) Exponent() int { return int(d.exp) }

const decimalForms = "a decimal number such as 4279, 4,279, 69.66 or -0.0023"

// ParseDecimal parses a decimal number as reports write it: an optional
// sign, digits with optional thousands separators placed every three digits
// ("4,279", "2,472,410"), and an optional fraction ("69.66", "0.0023").
// It does not accept exponents, spaces, "NaN" or "Inf", nor more than 18
// significant digits, except that zeros ending the integer part past the
// 18th digit go into the exponent ("37400551633380773000" is
// 374005516333807730 × 10^2), so that the String form of every Decimal
// reads back.
func ParseDecimal(s string) (Decimal, error) {
	fail := func(why string) (Decimal, error) {
		return Decimal{}, &ParseError{Type: "decimal", Input: s, Expected: decimalForms, Reason: why}
	}
	i, neg := 0, false
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		neg = s[i] == '-'
		i++
	}
	var coef int64
	intDigits, group, seenComma, fracDigits := 0, 0, false, 0
	zeros := 0 // zeros that end the integer part past the 18th digit
	for ; i < len(s) && s[i] != '.'; i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			switch {
			case coef <= maxCoef/10 && zeros == 0:
				coef = coef*10 + int64(c-'0')
			case c == '0' && zeros < math.MaxInt32:
				zeros++
			default:
				return fail("more than 18 significant digits")
			}
			intDigits++
			group++
		case c == ',':
			if intDigits == 0 || (seenComma && group != 3) || (!seenComma && group > 3) {
				return fail("misplaced thousands separator")
			}
			seenComma, group = true, 0
		default:
			r, _ := utf8.DecodeRuneInString(s[i:])
			return fail("unexpected character " + strconv.QuoteRune(r))
		}
	}
	if seenComma && group != 3 {
		return fail("misplaced thousands separator")
	}
	if i < len(s) { // the point
		i++
		for ; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				r, _ := utf8.DecodeRuneInString(s[i:])
				return fail("unexpected character " + strconv.QuoteRune(r) + " in the fraction")
			}
			if coef > maxCoef/10 || zeros > 0 {
				return fail("more than 18 significant digits")
			}
			coef = coef*10 + int64(c-'0')
			fracDigits++
		}
		if fracDigits == 0 {
			return fail("no digits after the point")
		}
	}
	if intDigits == 0 && fracDigits == 0 {
		return fail("no digits")
	}
	if neg {
		coef = -coef
	}
	return Decimal{coef: coef, exp: int32(zeros - fracDigits)}, nil
}

// String returns the decimal in plain notation with its written digits:
// "4279", "69.66", "-0.0023", "4279000000" for 4279 × 10^6. ParseDecimal
// reads it back to the same Decimal when exp ≤ 0; for exp > 0 it reads
// back to an equal value.
func (d Decimal) String() string { return string(d.AppendText(nil)) }

// AppendText appends the String form of d to b.
func (d Decimal) AppendText(b []byte) []byte {
	if d.coef < 0 {
		b = append(b, '-')
	}
	u := uint64(d.coef)
	if d.coef < 0 {
		u = uint64(-d.coef)
	}
	var buf [24]byte
	digs := strconv.AppendUint(buf[:0], u, 10)
	switch {
	case d.exp >= 0:
		b = append(b, digs...)
		if u != 0 {
			for range d.exp {
				b = append(b, '0')
			}
		}
	case int(-d.exp) < len(digs):
		p := len(digs) + int(d.exp)
		b = append(b, digs[:p]...)
		b = append(b, '.')
		b = append(b, digs[p:]...)
	default:
		b = append(b, '0', '.')
		for range int(-d.exp) - len(digs) {
			b = append(b, '0')
		}
		b = append(b, digs...)
	}
	return b
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (d Decimal) MarshalText() ([]byte, error) { return d.AppendText(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseDecimal.
func (d *Decimal) UnmarshalText(b []byte) error {
	v, err := ParseDecimal(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Shift returns d × 10^n, exactly: Shift(6) turns USD millions into USD.
func (d Decimal) Shift(n int) Decimal {
	if d.coef == 0 {
		return Decimal{exp: d.exp + int32(n)}
	}
	return Decimal{coef: d.coef, exp: d.exp + int32(n)}
}

// Sign returns -1, 0 or +1.
func (d Decimal) Sign() int {
	switch {
	case d.coef < 0:
		return -1
	case d.coef > 0:
		return 1
	}
	return 0
}

// pow10 holds the powers of ten that float64 represents exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// Float64 returns the nearest float64 to d. A coefficient below 2^53 and an
// exponent within ±22 need a single correctly rounded operation; anything
// else goes through strconv, which rounds correctly too.
func (d Decimal) Float64() float64 {
	const exactInt = 1 << 53
	if d.coef > -exactInt && d.coef < exactInt && d.exp >= -22 && d.exp <= 22 {
		if d.exp >= 0 {
			return float64(d.coef) * pow10[d.exp]
		}
		return float64(d.coef) / pow10[-d.exp]
	}
	f, _ := strconv.ParseFloat(string(d.appendE(nil)), 64)
	return f
}

func (d Decimal) appendE(b []byte) []byte {
	b = strconv.AppendInt(b, d.coef, 10)
	b = append(b, 'e')
	return strconv.AppendInt(b, int64(d.exp), 10)
}

// bigAt returns d × 10^-exp as an integer; exp must not exceed d.exp.
func (d Decimal) bigAt(exp int32) *big.Int {
	v := big.NewInt(d.coef)
	if n := d.exp - exp; n > 0 {
		v.Mul(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil))
	}
	return v
}

// Cmp compares the values of d and e exactly: -1, 0 or +1.
func (d Decimal) Cmp(e Decimal) int {
	if d.exp == e.exp {
		switch {
		case d.coef < e.coef:
			return -1
		case d.coef > e.coef:
			return 1
		}
		return 0
	}
	exp := min(d.exp, e.exp)
	return d.bigAt(exp).Cmp(e.bigAt(exp))
}

// Exact is the Decimals of a Value with no rounding (XBRL decimals="INF").
const Exact = math.MaxInt32

// Value is a reported figure: an exact Decimal in base units and the
// precision it was stated in, as the XBRL decimals attribute: decimals = -6
// means accurate to the million, so the value stands for the interval
// [v − ½·10^6, v + ½·10^6]. A Value is comparable and safe to share.
type Value struct {
	dec      Decimal
	decimals int32
}

// NewValue returns the value d stated to the given decimals (Exact for
// none).
func NewValue(d Decimal, decimals int) Value { return Value{dec: d, decimals: int32(decimals)} }

// ValueOf returns d with the precision its digits show: "69.66" is accurate
// to the hundredth, "4279" to the unit. Scaling by Shift keeps that
// precision, so "69.66" billion is accurate to the ten million.
func ValueOf(d Decimal) Value { return Value{dec: d, decimals: -d.exp} }

// ParseValue parses a decimal with ParseDecimal and gives it the precision
// its digits show.
func ParseValue(s string) (Value, error) {
	d, err := ParseDecimal(s)
	if err != nil {
		return Value{}, err
	}
	return ValueOf(d), nil
}

// MustParseValue is like ParseValue but panics if s does not parse. It is
// for figures written in the program, such as tests' inputs and
// package-level variables, as netip.MustParseAddr is.
func MustParseValue(s string) Value {
	v, err := ParseValue(s)
	if err != nil {
		panic(err)
	}
	return v
}

// Decimal returns the exact value.
func (v Value) Decimal() Decimal { return v.dec }

// Decimals returns the precision in the XBRL sense, or Exact.
func (v Value) Decimals() int { return int(v.decimals) }

// IsExact reports whether the value has no rounding.
func (v Value) IsExact() bool { return v.decimals == Exact }

// Float64 returns the nearest float64 to the value.
func (v Value) Float64() float64 { return v.dec.Float64() }

// Shift returns the value × 10^n with its precision scaled alike: a figure
// in millions stated to the unit becomes a figure in base units stated to
// the million.
func (v Value) Shift(n int) Value {
	d := v.decimals
	if d != Exact {
		d -= int32(n)
	}
	return Value{dec: v.dec.Shift(n), decimals: d}
}

// String returns the exact decimal.
func (v Value) String() string { return v.dec.String() }

// halfUnit returns ½·10^-decimals as a Decimal: 5 × 10^(-decimals-1).
func (v Value) halfUnit() Decimal { return Decimal{coef: 5, exp: -v.decimals - 1} }

// Bounds returns the ends of the value's rounding interval, exactly:
// [v − ½·10^-decimals, v + ½·10^-decimals].
func (v Value) Bounds() (lo, hi *big.Rat) {
	if v.decimals == Exact {
		r := decimalRat(v.dec)
		return r, new(big.Rat).Set(r)
	}
	r, h := decimalRat(v.dec), decimalRat(v.halfUnit())
	return new(big.Rat).Sub(r, h), new(big.Rat).Add(r, h)
}

func decimalRat(d Decimal) *big.Rat {
	if d.exp >= 0 {
		return new(big.Rat).SetInt(d.bigAt(0))
	}
	den := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-d.exp)), nil)
	return new(big.Rat).SetFrac(big.NewInt(d.coef), den)
}

// Interval returns the rounding interval in float64, for arithmetic. Use
// Consistent, not these floats, to decide whether two values agree.
func (v Value) Interval() Interval {
	if v.decimals == Exact {
		f := v.Float64()
		return Interval{Lo: f, Hi: f}
	}
	x, h := v.Float64(), v.halfUnit().Float64()
	return Interval{Lo: x - h, Hi: x + h}
}

// Estimate returns the value as an Estimate: its float64 point and its
// rounding interval.
func (v Value) Estimate() Estimate {
	iv := v.Interval()
	return Estimate{Point: v.Float64(), Lo: iv.Lo, Hi: iv.Hi}
}

// Consistent reports whether v and w can be the same quantity rounded two
// ways: whether their rounding intervals meet, endpoints included (the XBRL
// Calculations 1.1 rule). "$69.66 billion" and 69,655 USD millions are
// consistent: [69.655, 69.665] and [69.6545, 69.6555] billion share 69.655.
// The comparison is exact.
func (v Value) Consistent(w Value) bool {
	vlo, vhi := v.Bounds()
	wlo, whi := w.Bounds()
	return vlo.Cmp(whi) <= 0 && wlo.Cmp(vhi) <= 0
}

// Interval is a closed interval [Lo, Hi] of float64.
type Interval struct{ Lo, Hi float64 }

// Contains reports whether x lies in the interval.
func (iv Interval) Contains(x float64) bool { return iv.Lo <= x && x <= iv.Hi }

// Overlaps reports whether the intervals meet.
func (iv Interval) Overlaps(o Interval) bool { return iv.Lo <= o.Hi && o.Lo <= iv.Hi }

// Estimate is a derived figure: its point value and the interval that the
// rounding of its inputs allows. The functions that make Estimates are
// monotone in each input, so the interval comes from the inputs' endpoints.
type Estimate struct {
	Point  float64
	Lo, Hi float64
}

// Interval returns [Lo, Hi].
func (e Estimate) Interval() Interval { return Interval{Lo: e.Lo, Hi: e.Hi} }

// String prints the point and the interval: "16.28 [16.27, 16.29]", each
// with %.4g.
func (e Estimate) String() string {
	var b strings.Builder
	b.WriteString(strconv.FormatFloat(e.Point, 'g', 4, 64))
	if e.Lo != e.Point || e.Hi != e.Point {
		b.WriteString(" [")
		b.WriteString(strconv.FormatFloat(e.Lo, 'g', 4, 64))
		b.WriteString(", ")
		b.WriteString(strconv.FormatFloat(e.Hi, 'g', 4, 64))
		b.WriteString("]")
	}
	return b.String()
}

// Quo returns e/d for positive quantities: the point e.Point/d.Point and
// the interval [max(e.Lo, 0)/d.Hi, e.Hi/d.Lo], the extremes of a quotient
// that grows with e and falls with d. d.Lo must be positive; a bound that
// overflows is an infinity, which Finite reports.
func (e Estimate) Quo(d Estimate) Estimate {
	return Estimate{Point: e.Point / d.Point, Lo: math.Max(e.Lo, 0) / d.Hi, Hi: e.Hi / d.Lo}
}

// Sub returns e − d: the point e.Point − d.Point and the interval
// [e.Lo − d.Hi, e.Hi − d.Lo].
func (e Estimate) Sub(d Estimate) Estimate {
	return Estimate{Point: e.Point - d.Point, Lo: e.Lo - d.Hi, Hi: e.Hi - d.Lo}
}

// Shift returns e + by: the point and both bounds moved by by.
func (e Estimate) Shift(by float64) Estimate {
	return Estimate{Point: e.Point + by, Lo: e.Lo + by, Hi: e.Hi + by}
}

// Scale returns e·k for k ≥ 0: the point and both bounds times k.
func (e Estimate) Scale(k float64) Estimate {
	return Estimate{Point: e.Point * k, Lo: e.Lo * k, Hi: e.Hi * k}
}

// Finite reports whether the point and both bounds are finite numbers:
// a figure beyond the float64 range has become an infinity.
func (e Estimate) Finite() bool {
	for _, x := range [...]float64{e.Point, e.Lo, e.Hi} {
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return false
		}
	}
	return true
}
