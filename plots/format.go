package plots

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/finfig/finfig/series"
	"gonum.org/v1/plot"
)

// A Format turns a value, in base units, into the label a reader expects:
// "$10B" rather than 1e+10.
type Format func(v float64) string

// Money returns the Format of amounts written after the sign sign, in
// compact form with at most three significant digits: with sign "$",
// 4.279e9 is "$4.28B" and 0 "$0"; with "€", 2.65e8 is "€265M"; with
// "CHF ", 1.2e7 is "CHF 12M". UnitFormat picks the sign from a unit.
func Money(sign string) Format {
	return func(v float64) string {
		if s, ok := special(v); ok {
			return s
		}
		if v < 0 {
			return "-" + sign + compact(-v)
		}
		return sign + compact(v)
	}
}

// Count returns the Format of counts such as users, in compact form with at
// most three significant digits: 2.5e9 is "2.5B", 1.06e9 "1.06B", 300000
// "300K".
func Count() Format {
	return func(v float64) string {
		if s, ok := special(v); ok {
			return s
		}
		if v < 0 {
			return "-" + compact(-v)
		}
		return compact(v)
	}
}

// Percent returns the Format of ratios as percentages with at most three
// significant digits: 0.49 is "49%", 0.0023 "0.23%", -0.1 "-10%".
func Percent() Format {
	return func(v float64) string {
		if s, ok := special(v); ok {
			return s
		}
		return sig3(100*v) + "%"
	}
}

// WholePercent returns the Format of ratios as whole percentages: 0.633 is
// "63%". It suits labels that must be short, such as those above bars.
func WholePercent() Format {
	return func(v float64) string {
		if s, ok := special(v); ok {
			return s
		}
		return strconv.FormatFloat(math.Round(100*v)+0, 'f', 0, 64) + "%"
	}
}

// Plain returns the Format of plain numbers such as index values: at most
// three significant digits below 1,000, whole numbers with thousands
// separators above: 100, 1,500, 0.25.
func Plain() Format {
	return func(v float64) string {
		if s, ok := special(v); ok {
			return s
		}
		if math.Abs(v) >= 1000 {
			return group(strconv.FormatFloat(math.Round(v), 'f', 0, 64))
		}
		return sig3(v)
	}
}

// Unit is what a chart needs to know of the unit of a series' values to
// write them: whether it is a currency, and the sign written before an
// amount. finance.Unit implements it, so the question "is this money?" is
// answered once, by the package that knows units; plots imports only series.
type Unit interface {
	String() string   // the code as data files write it: "USD", "users"
	Symbol() string   // the sign before an amount: "$"; "" for none
	IsCurrency() bool // whether values are amounts of money
}

// UnitFormat returns the Format for values of unit u: Money with the
// currency's sign (or its code and a space, "CHF ", when it has none) for
// a currency, Count for anything else, nil included.
func UnitFormat(u Unit) Format {
	if sign, ok := moneySign(u); ok {
		return Money(sign)
	}
	return Count()
}

// moneySign returns the sign written before an amount of u, and whether u
// is a currency.
func moneySign(u Unit) (string, bool) {
	if u == nil || !u.IsCurrency() {
		return "", false
	}
	if sym := u.Symbol(); sym != "" {
		return sym, true
	}
	return u.String() + " ", true
}

// ValueText writes a reported value of unit u as its source states it,
// scaled for reading but with no digit added or dropped: 69.66 billion
// stated to the ten million is "$69.66B", 4,279 million stated to the
// million "$4.279B", 1.06 billion users "1.06B". A nil u writes no sign.
func ValueText(u Unit, v series.Value) string {
	f := v.Float64()
	sym, _ := moneySign(u)
	sign := ""
	if f < 0 {
		sign, f = "-", -f
	}
	scales := []struct {
		exp  int
		name string
	}{{12, "T"}, {9, "B"}, {6, "M"}, {3, "K"}, {0, ""}}
	for _, sc := range scales {
		if f < math.Pow10(sc.exp) && sc.exp > 0 {
			continue
		}
		decimals := -1 // an exact value: as many digits as it takes
		if !v.IsExact() {
			decimals = min(max(0, sc.exp+v.Decimals()), 15)
		}
		return sign + sym + strconv.FormatFloat(f/math.Pow10(sc.exp), 'f', decimals, 64) + sc.name
	}
	return v.String()
}

// special formats the values no Format can scale.
func special(v float64) (string, bool) {
	switch {
	case math.IsNaN(v):
		return "n/a", true
	case math.IsInf(v, 1):
		return "∞", true
	case math.IsInf(v, -1):
		return "-∞", true
	}
	return "", false
}

// compact writes v ≥ 0 with at most three significant digits and the
// suffix K, M, B or T: 4.279e9 is "4.28B", 999.96e6 "1B".
func compact(v float64) string {
	suffixes := []struct {
		scale float64
		name  string
	}{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}, {1, ""}}
	for i, s := range suffixes {
		if v < s.scale && i < len(suffixes)-1 {
			continue
		}
		m := roundSig3(v / s.scale)
		if m >= 1000 && i > 0 {
			// Rounding carried into the next suffix: 999.96M is 1B.
			return sig3(m/1000) + suffixes[i-1].name
		}
		return sig3(m) + s.name
	}
	return sig3(v)
}

// roundSig3 rounds v to three significant digits.
func roundSig3(v float64) float64 {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	e := math.Floor(math.Log10(math.Abs(v)))
	scale := math.Pow(10, 2-e)
	return math.Round(v*scale) / scale
}

// sig3 formats v with at most three significant digits and no trailing
// zeros: 16.2757 is "16.3", 0.0023 "0.0023", 49 "49".
func sig3(v float64) string {
	v = roundSig3(v)
	if v == 0 {
		return "0"
	}
	decimals := max(0, 2-int(math.Floor(math.Log10(math.Abs(v)))))
	s := strconv.FormatFloat(v, 'f', min(decimals, 15), 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// group inserts thousands separators into an integer written in digits.
func group(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return sign + b.String()
}

// LabelTicks is a plot.Ticker that labels the major ticks of another
// Ticker with a Format: LabelTicks{Format: Money("USD")} turns "1e+10"
// into "$10B". Minor ticks stay unlabelled.
type LabelTicks struct {
	Ticker plot.Ticker // the tick positions; nil means LinearTicks{}
	Format Format      // the labels; nil means Plain()
}

// Ticks implements plot.Ticker.
func (t LabelTicks) Ticks(min, max float64) []plot.Tick {
	inner := t.Ticker
	if inner == nil {
		inner = LinearTicks{}
	}
	format := t.Format
	if format == nil {
		format = Plain()
	}
	ticks := inner.Ticks(min, max)
	for i := range ticks {
		if !ticks[i].IsMinor() {
			ticks[i].Label = format(ticks[i].Value)
		}
	}
	return ticks
}

// CleanText returns s made safe to draw and to embed in SVG or PDF text:
// invalid UTF-8 becomes U+FFFD and control characters (which XML forbids)
// become spaces. Charts pass every string that comes from data — series
// names, report names, sources — through it.
func CleanText(s string) string {
	if utf8.ValidString(s) && strings.IndexFunc(s, unicode.IsControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		if unicode.IsControl(r) {
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}

// LinearTicks is a plot.Ticker for a linear axis that places about Count
// major ticks at multiples of 1, 2, 2.5 or 5 × 10^k — 0, $20B, $40B, $60B —
// where gonum's plot.DefaultTicks may choose steps of 3 and leave a chart
// with three labels. Its labels are Plain; wrap it in LabelTicks for others.
type LinearTicks struct {
	Count int // the number of major ticks to aim for; zero means 5
}

// Ticks implements plot.Ticker.
func (t LinearTicks) Ticks(min, max float64) []plot.Tick {
	if !(min <= max) || math.IsInf(min, 0) || math.IsInf(max, 0) {
		return nil
	}
	step := t.Step(min, max)
	if step == 0 {
		return []plot.Tick{{Value: min, Label: Plain()(min)}}
	}
	var ticks []plot.Tick
	k0 := math.Ceil(min/step - 1e-9)
	// At most a few more than Count ticks; the bound also ends the loop
	// where k0+i no longer changes in floating point.
	for i := 0.0; i <= 100; i++ {
		v := (k0 + i) * step
		if v > max+step*1e-9 {
			break
		}
		if v == 0 {
			v = 0 // no "-0"
		}
		ticks = append(ticks, plot.Tick{Value: v, Label: Plain()(v)})
	}
	return ticks
}

// Step returns the distance between major ticks on an axis from min to max:
// the smallest of 1, 2, 2.5, 5 × 10^k that gives at most about Count ticks.
// It is zero when min equals max.
func (t LinearTicks) Step(min, max float64) float64 {
	count := t.Count
	if count <= 0 {
		count = 5
	}
	span := max - min
	if !(span > 0) {
		return 0
	}
	raw := span / float64(count)
	mag := math.Pow10(int(math.Floor(math.Log10(raw))))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*mag >= raw*(1-1e-9) {
			return m * mag
		}
	}
	return 10 * mag
}
