package finance

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/finfig/finfig/series"
)

// Amount is a figure as an article writes it: "$4.28 billion".
type Amount struct {
	// Value is the figure in base units, with the precision that the
	// digits written show: "$4.28 billion" is 4,280,000,000 accurate to
	// the ten million (decimals −7).
	Value series.Value
	// Unit is the currency, or a count's unit, or NoUnit for a bare number.
	Unit Unit
	// Text is the text that was parsed.
	Text string
}

// String returns the amount as FormatAmount writes it.
func (a Amount) String() string { return FormatAmount(a.Value, a.Unit) }

// The scales of display: a value is written in thousands, millions,
// billions or trillions of its unit.
var scales = [...]struct {
	exp  int
	word string
}{{0, ""}, {3, "thousand"}, {6, "million"}, {9, "billion"}, {12, "trillion"}}

// scaleWords are the words and abbreviations ParseAmount reads for a scale,
// in lower case.
var scaleWords = [...]struct {
	word string
	exp  int
}{
	{"thousand", 3}, {"k", 3},
	{"million", 6}, {"mn", 6}, {"mln", 6}, {"m", 6},
	{"billion", 9}, {"bn", 9}, {"bln", 9}, {"b", 9},
	{"trillion", 12}, {"tn", 12}, {"trn", 12}, {"t", 12},
}

// prefixes are the signs written before a number, longest first.
var prefixes = [...]struct {
	sign string
	unit Unit
}{
	{"U.S.$", USD}, {"US$", USD}, {"CA$", CAD}, {"AU$", AUD}, {"NZ$", NZD}, {"HK$", HKD},
	{"C$", CAD}, {"A$", AUD}, {"S$", SGD}, {"R$", BRL},
	{"$", USD}, {"€", EUR}, {"£", GBP}, {"¥", JPY},
}

// unitWords are the words ParseAmount reads after a number, in lower
// case, besides the codes and counts' names that ParseUnit reads.
var unitWords = [...]struct {
	word string
	unit Unit
}{
	{"dollars", USD}, {"dollar", USD}, {"us dollars", USD}, {"us dollar", USD}, {"u.s. dollars", USD},
	{"euros", EUR}, {"euro", EUR},
	{"pounds", GBP}, {"pound", GBP}, {"pounds sterling", GBP}, {"sterling", GBP}, {"british pounds", GBP},
	{"yen", JPY}, {"japanese yen", JPY},
	{"swiss francs", CHF}, {"swiss franc", CHF},
	{"user", Users},
	{"member", Members}, {"memberships", Members},
	{"person", People}, {"persons", People},
	{"index points", Index},
}

const amountForms = "an amount such as $4.28 billion, €265 million, 725 million USD, US$1.5bn, $69.66B, half a billion or 1,234,567"

// ParseAmount parses an amount as articles write it: an optional sign; an
// optional currency sign ($, US$, €, £, ¥, C$, A$, …) or ISO code before
// the number; the number, with optional thousands separators and fraction
// ("4.28", "1,234,567"), or "half a" or "a" before a scale; an optional
// scale, a word or an abbreviation, with or without a space ("million",
// "m", "mn", "billion", "bn", "B", "thousand", "k", "trillion", "tn"); and
// an optional unit after it (an ISO code, "euros", "dollars", "pounds",
// "users", "members", "people", "index points"). Case is ignored but in
// the codes before the number.
//
// The value is in base units and has the precision of the digits written:
// "$4.28 billion" is 4,280,000,000 with decimals −7, "$5 billion" decimals
// −9, "$725million" decimals −6, "1,234,567" decimals 0. "Half a billion"
// is read as 0.5 billion, a single significant digit: decimals −8, the
// interval [0.45, 0.55] billion; "a billion" is 1 billion, decimals −9.
//
// An amount ParseAmount cannot read is a *series.ParseError saying what is
// wrong and what was expected.
func ParseAmount(s string) (Amount, error) {
	fail := func(why string) (Amount, error) {
		return Amount{}, &series.ParseError{Type: "amount", Input: s, Expected: amountForms, Reason: why}
	}
	p := strings.Join(strings.Fields(s), " ")
	if p == "" {
		return fail("empty")
	}
	neg := false
	for _, minus := range [...]string{"-", "−"} {
		if rest, ok := strings.CutPrefix(p, minus); ok {
			neg, p = true, strings.TrimLeft(rest, " ")
			break
		}
	}
	unit := NoUnit
	if u, n := currencyPrefix(p); n > 0 {
		unit, p = u, strings.TrimLeft(p[n:], " ")
	}

	var num series.Decimal
	needScale := false
	switch {
	case hasWordFold(p, "half a"):
		num, needScale, p = series.NewDecimal(5, -1), true, p[len("half a"):]
	case hasWordFold(p, "a"):
		num, needScale, p = series.NewDecimal(1, 0), true, p[len("a"):]
	default:
		i := 0
		for i < len(p) && (p[i] >= '0' && p[i] <= '9' || p[i] == ',' || p[i] == '.') {
			i++
		}
		if i == 0 {
			return fail("no number")
		}
		d, err := series.ParseDecimal(p[:i])
		if err != nil {
			if pe, ok := err.(*series.ParseError); ok {
				return fail(pe.Reason)
			}
			return fail(err.Error())
		}
		num, p = d, p[i:]
	}
	p = strings.TrimLeft(p, " ")

	exp := 0
	word, rest := nextWord(p)
	if e, ok := lookupScale(word); ok {
		exp, p = e, strings.TrimLeft(rest, " ")
	} else if needScale {
		return fail("expected a scale such as million or billion after \"a\"")
	}
	if p != "" {
		u, ok := unitWord(p)
		if !ok {
			return fail("unexpected " + strconv.Quote(p) + " after the number")
		}
		if unit != NoUnit && u != unit {
			return fail("two units, " + unit.String() + " and " + u.String())
		}
		unit = u
	}
	v := series.ValueOf(num).Shift(exp)
	if neg {
		v = negate(v)
	}
	return Amount{Value: v, Unit: unit, Text: s}, nil
}

// currencyPrefix returns the currency whose sign or ISO code p starts
// with, and the sign's length; 0 when there is none. A code must be
// followed by a space or a digit: "USD 725 million", "CHF1.5bn".
func currencyPrefix(p string) (Unit, int) {
	for _, x := range prefixes {
		if strings.HasPrefix(p, x.sign) {
			return x.unit, len(x.sign)
		}
	}
	if len(p) > 3 && (p[3] == ' ' || p[3] >= '0' && p[3] <= '9') {
		if u, ok := lookupUnit(p[:3]); ok && u.IsCurrency() {
			return u, 3
		}
	}
	return NoUnit, 0
}

// hasWordFold reports whether p starts with the words w, ignoring case,
// followed by a space or the end.
func hasWordFold(p, w string) bool {
	return len(p) >= len(w) && strings.EqualFold(p[:len(w)], w) && (len(p) == len(w) || p[len(w)] == ' ')
}

// nextWord splits p after its leading run of letters.
func nextWord(p string) (word, rest string) {
	i := 0
	for i < len(p) {
		r, n := utf8.DecodeRuneInString(p[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return p[:i], p[i:]
}

func lookupScale(word string) (int, bool) {
	for _, s := range scaleWords {
		if strings.EqualFold(word, s.word) {
			return s.exp, true
		}
	}
	return 0, false
}

// unitWord returns the unit that the whole of p names.
func unitWord(p string) (Unit, bool) {
	if u, ok := lookupUnitFold(p); ok {
		return u, true
	}
	for _, w := range unitWords {
		if strings.EqualFold(p, w.word) {
			return w.unit, true
		}
	}
	return NoUnit, false
}

func negate(v series.Value) series.Value {
	d := v.Decimal()
	return series.NewValue(series.NewDecimal(-d.Coefficient(), d.Exponent()), v.Decimals())
}

// FormatAmount writes v in unit u as a person writes it:
//
//	$69.66 billion, €265 million, 2.50 billion users, CHF 1.5 billion, $725
//
// The scale is the largest of thousand, million, billion and trillion that
// the value reaches, and none below a thousand. The digits are those the
// value's precision shows: 2,500,000,000 users accurate to the ten million
// (decimals −7) is "2.50 billion users", 69,655 USD millions (decimals −6)
// is "$69.655 billion". A precision coarser than the scale's unit moves to
// the next scale, so that no digit is implied that the value lacks: 500
// million accurate to the hundred million is "0.5 billion"; only a
// precision coarser than a trillion cannot be shown. An exact value shows
// the digits its decimal was written with.
//
// The euro, dollar, pound and yen are written with their signs (€, $, £,
// ¥) before the number; other currencies with their code and a space
// ("CHF 1.5 billion"); counts and the index with their name after it.
// ParseAmount reads the result back to the same value and precision.
func FormatAmount(v series.Value, u Unit) string {
	d := v.Decimals()
	if v.IsExact() {
		d = -v.Decimal().Exponent()
	}
	n := roundAt(v.Decimal(), d)
	si := scaleOf(magnitude(n, d))
	for si < len(scales)-1 && d+scales[si].exp < 0 {
		si++
	}
	return assemble(n, d+scales[si].exp, si, u)
}

// FormatAmountDigits writes v in unit u as FormatAmount does, but with
// digits digits after the point, however precise v is: "$69.66 billion"
// for 69,655 USD millions with digits 2. The value is rounded half away
// from zero, exactly.
func FormatAmountDigits(v series.Value, u Unit, digits int) string {
	return formatDigits(v.Decimal(), u, max(0, digits))
}

// FormatFloat writes x in unit u as FormatAmountDigits does, with digits
// digits after the point, or with as many as the shortest decimal that
// reads back as x needs when digits is negative. x is taken as that
// shortest decimal, so 69.655e9 rounds to "$69.66 billion" although the
// float64 nearest to it is a little smaller. NaN and infinities are
// written as strconv writes them.
func FormatFloat(x float64, u Unit, digits int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return strings.TrimSpace(strconv.FormatFloat(x, 'g', -1, 64) + " " + u.String())
	}
	d := shortestDecimal(x)
	if digits < 0 {
		// As many digits as the shortest decimal has at the scale its
		// magnitude picks: 40e6 is "$40 million", 69.655e9 "$69.655 billion".
		digits = 0
		if d.Sign() != 0 {
			si := scaleOf(magnitude(big.NewInt(d.Coefficient()), -d.Exponent()))
			digits = max(0, scales[si].exp-d.Exponent())
		}
	}
	return formatDigits(d, u, digits)
}

func formatDigits(x series.Decimal, u Unit, digits int) string {
	si := 0
	if x.Sign() != 0 {
		si = scaleOf(magnitude(big.NewInt(x.Coefficient()), -x.Exponent()))
	}
	for {
		d := digits - scales[si].exp
		n := roundAt(x, d)
		if si < len(scales)-1 && scaleOf(magnitude(n, d)) > si {
			si++ // rounding reached the next scale: 999.996 million is 1.00 billion
			continue
		}
		return assemble(n, digits, si, u)
	}
}

// shortestDecimal returns the shortest decimal that reads back as the
// finite x.
func shortestDecimal(x float64) series.Decimal {
	s := strconv.FormatFloat(x, 'e', -1, 64) // -d.ddde±xx
	mant, e, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(e)
	intPart, frac, _ := strings.Cut(mant, ".")
	coef, _ := strconv.ParseInt(intPart+frac, 10, 64)
	return series.NewDecimal(coef, exp-len(frac))
}

// roundAt returns x rounded half away from zero to a multiple of 10^-d, as
// the integer n with x ≈ n·10^-d.
func roundAt(x series.Decimal, d int) *big.Int {
	n := big.NewInt(x.Coefficient())
	shift := x.Exponent() + d
	if shift >= 0 {
		return n.Mul(n, pow10(shift))
	}
	if -shift > 19 { // |coef| < 10^18: the result is 0
		return n.SetInt64(0)
	}
	q, r := new(big.Int).QuoRem(n, pow10(-shift), new(big.Int))
	r.Abs(r).Lsh(r, 1) // 2|r| against the divisor
	if r.Cmp(pow10(-shift)) >= 0 {
		if n.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

func pow10(n int) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

// magnitude returns floor(log10 |n·10^-d|), or math.MinInt for 0.
func magnitude(n *big.Int, d int) int {
	if n.Sign() == 0 {
		return math.MinInt
	}
	return len(new(big.Int).Abs(n).String()) - 1 - d
}

// scaleOf returns the index of the largest scale that magnitude mag
// reaches.
func scaleOf(mag int) int {
	si := 0
	for si+1 < len(scales) && mag >= scales[si+1].exp {
		si++
	}
	return si
}

// assemble writes n·10^-frac in scale si and unit u.
func assemble(n *big.Int, frac, si int, u Unit) string {
	neg := n.Sign() < 0
	digits := new(big.Int).Abs(n).String()
	if frac < 0 {
		if digits != "0" {
			digits += strings.Repeat("0", -frac)
		}
		frac = 0
	}
	if len(digits) <= frac {
		digits = strings.Repeat("0", frac-len(digits)+1) + digits
	}
	intPart, fracPart := digits[:len(digits)-frac], digits[len(digits)-frac:]
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	switch {
	case u.Symbol() != "":
		b.WriteString(u.Symbol())
	case u.IsCurrency():
		b.WriteString(u.String())
		b.WriteByte(' ')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac > 0 {
		b.WriteByte('.')
		b.WriteString(fracPart)
	}
	if w := scales[si].word; w != "" {
		b.WriteByte(' ')
		b.WriteString(w)
	}
	if !u.IsCurrency() && u != NoUnit {
		b.WriteByte(' ')
		b.WriteString(u.Name())
	}
	return b.String()
}

// FormatValueIn writes a reported value in the unit named unit with the
// digits its precision shows ("$4.279 billion", "2.50 billion users"); a
// unit ParseUnit does not read is written after the plain value.
func FormatValueIn(v series.Value, unit string) string {
	u, err := ParseUnit(unit)
	if err != nil {
		return v.String() + " " + unit
	}
	return FormatAmount(v, u)
}

// FormatFloatIn writes a derived figure in the unit named unit with the
// digits its size needs (FormatFloat with digits −1).
func FormatFloatIn(x float64, unit string) string {
	u, err := ParseUnit(unit)
	if err != nil {
		return strconv.FormatFloat(x, 'g', -1, 64) + " " + unit
	}
	return FormatFloat(x, u, -1)
}
