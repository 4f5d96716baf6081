package finance

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/finfig/finfig/series"
)

// TestParseAmount reads the amounts of testdata/parse-amount.txt.
func TestParseAmount(t *testing.T) {
	for _, c := range table(t, "parse-amount.txt") {
		in, want := c[0], c[1]
		a, err := ParseAmount(in)
		if err != nil {
			t.Errorf("ParseAmount(%q): %v", in, err)
			continue
		}
		if got := strings.TrimSpace(fmt.Sprintf("%s %d %s", a.Value, a.Value.Decimals(), a.Unit)); got != want || a.Text != in {
			t.Errorf("ParseAmount(%q) = %s, text %q; want %s", in, got, a.Text, want)
		}
	}
}

func TestParseAmountErrors(t *testing.T) {
	const expected = " (expected an amount such as $4.28 billion, €265 million, 725 million USD, US$1.5bn, $69.66B, half a billion or 1,234,567)"
	for _, tt := range []struct{ in, want string }{
		{"", `cannot parse "" as amount: empty`},
		{"   ", `cannot parse "   " as amount: empty`},
		{"$", `cannot parse "$" as amount: no number`},
		{"five million", `cannot parse "five million" as amount: no number`},
		{"$4.28 bilion", `cannot parse "$4.28 bilion" as amount: unexpected "bilion" after the number`},
		{"$4.28 billion dollars more", `cannot parse "$4.28 billion dollars more" as amount: unexpected "dollars more" after the number`},
		{"1,23 million", `cannot parse "1,23 million" as amount: misplaced thousands separator`},
		{"4.2.8 billion", `cannot parse "4.2.8 billion" as amount: unexpected character '.' in the fraction`},
		{"half a", `cannot parse "half a" as amount: expected a scale such as million or billion after "a"`},
		{"$725 million EUR", `cannot parse "$725 million EUR" as amount: two units, USD and EUR`},
		{"NaN", `cannot parse "NaN" as amount: no number`},
		{"1e9", `cannot parse "1e9" as amount: unexpected "e9" after the number`},
		{"1234567890123456789", `cannot parse "1234567890123456789" as amount: more than 18 significant digits`},
	} {
		_, err := ParseAmount(tt.in)
		if err == nil || err.Error() != tt.want+expected {
			t.Errorf("ParseAmount(%q): error\n%v\nwant\n%s", tt.in, err, tt.want+expected)
		}
		if _, ok := err.(*series.ParseError); !ok {
			t.Errorf("ParseAmount(%q): error is %T, not *series.ParseError", tt.in, err)
		}
	}
}

// TestFormatAmount formats the figures of testdata/format-amount.txt,
// and values whose digits are not their precision.
func TestFormatAmount(t *testing.T) {
	for _, c := range table(t, "format-amount.txt") {
		in, want := c[0], c[1]
		fig, unit, _ := strings.Cut(in, " ")
		var u Unit
		if err := u.UnmarshalText([]byte(unit)); err != nil {
			t.Fatal(err)
		}
		if got := FormatAmount(figure(fig), u); got != want {
			t.Errorf("FormatAmount(%s) = %q, want %q", in, got, want)
		}
	}
	// Values whose digits are not their precision.
	for _, tt := range []struct {
		v    series.Value
		u    Unit
		want string
	}{
		{series.NewValue(series.NewDecimal(500000000, 0), -8), NoUnit, "0.5 billion"},
		{series.NewValue(series.NewDecimal(999999999, 0), -7), USD, "$1.00 billion"},
		{series.NewValue(series.NewDecimal(4279, 6), series.Exact), USD, "$4.279 billion"},
		// Digits beyond the precision are rounded, half away from zero.
		{series.NewValue(series.NewDecimal(69655123456, 0), -6), USD, "$69.655 billion"},
		{series.NewValue(series.NewDecimal(-2465, 4), -5), USD, "-$24.7 million"},
		{series.NewValue(series.NewDecimal(-2465, 5), -7), USD, "-$0.25 billion"},
	} {
		if got := FormatAmount(tt.v, tt.u); got != tt.want {
			t.Errorf("FormatAmount(%s decimals %d, %v) = %q, want %q", tt.v, tt.v.Decimals(), tt.u, got, tt.want)
		}
	}
}

func TestFormatDigits(t *testing.T) {
	for _, tt := range []struct {
		v      series.Value
		u      Unit
		digits int
		want   string
	}{
		{value("69,655", 6), USD, 2, "$69.66 billion"},
		{value("69,655", 6), USD, 0, "$70 billion"},
		{value("265", 6), EUR, 2, "€265.00 million"},
		{value("999.996", 6), USD, 2, "$1.00 billion"},
		{value("-0.004", 0), USD, 2, "$0.00"},
	} {
		if got := FormatAmountDigits(tt.v, tt.u, tt.digits); got != tt.want {
			t.Errorf("FormatAmountDigits(%s, %v, %d) = %q, want %q", tt.v, tt.u, tt.digits, got, tt.want)
		}
	}
	for _, tt := range []struct {
		x      float64
		u      Unit
		digits int
		want   string
	}{
		{69.655e9, USD, 2, "$69.66 billion"}, // the float64 is 69654999999.99998…: rounded as written
		{277269500, USD, 2, "$277.27 million"},
		{274937500, USD, 2, "$274.94 million"},
		{277269500, USD, -1, "$277.2695 million"},
		{2.5e9, Users, 2, "2.50 billion users"},
		{0, NoUnit, 1, "0.0"},
	} {
		if got := FormatFloat(tt.x, tt.u, tt.digits); got != tt.want {
			t.Errorf("FormatFloat(%g, %v, %d) = %q, want %q", tt.x, tt.u, tt.digits, got, tt.want)
		}
	}
}

// TestFormatParseRoundTrip: ParseAmount(FormatAmount(v, u)) is v, in value
// and precision, for values that are whole multiples of their precision
// from 10^-6 to 10^12.
func TestFormatParseRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pick := []Unit{NoUnit, USD, EUR, GBP, JPY, CHF, ZAR, Users, Members, People, Index}
	for range 20000 {
		digits := 1 + rng.IntN(12)
		coef := rng.Int64N(pow10i(digits))
		if rng.IntN(4) == 0 {
			coef = -coef
		}
		d := rng.IntN(19) - 12 // decimals −12 … 6
		v := series.NewValue(series.NewDecimal(coef, -d), d)
		u := pick[rng.IntN(len(pick))]
		s := FormatAmount(v, u)
		a, err := ParseAmount(s)
		if err != nil {
			t.Fatalf("FormatAmount(%s decimals %d, %v) = %q, which does not parse: %v", v, d, u, s, err)
		}
		if a.Value.Decimal().Cmp(v.Decimal()) != 0 || a.Value.Decimals() != d || a.Unit != u {
			t.Fatalf("FormatAmount(%s decimals %d, %v) = %q, which parses to %s decimals %d %v",
				v, d, u, s, a.Value, a.Value.Decimals(), a.Unit)
		}
	}
}

func pow10i(n int) int64 {
	p := int64(1)
	for range n {
		p *= 10
	}
	return p
}

// FuzzParseAmount: ParseAmount never panics, and what it reads formats and
// reads back to the same value, precision and unit.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"$4.28 billion", "€265 million", "725 million USD", "$725million", "half a billion",
		"US$1.5bn", "$69.66B", "1,234,567", "-CHF 1.50 billion", "245.120 index points", "a trillion", ".5k", "¥"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAmount(s)
		if err != nil {
			return
		}
		out := FormatAmount(a.Value, a.Unit)
		b, err := ParseAmount(out)
		if err != nil {
			t.Fatalf("%q reads as %s decimals %d, formatted %q, which does not read: %v", s, a.Value, a.Value.Decimals(), out, err)
		}
		if b.Value.Decimal().Cmp(a.Value.Decimal()) != 0 || b.Value.Decimals() != a.Value.Decimals() || b.Unit != a.Unit {
			t.Fatalf("%q reads as %s decimals %d %v, formatted %q, which reads as %s decimals %d %v",
				s, a.Value, a.Value.Decimals(), a.Unit, out, b.Value, b.Value.Decimals(), b.Unit)
		}
		_ = FormatAmountDigits(a.Value, a.Unit, 2)
		_ = FormatFloat(a.Value.Float64(), a.Unit, 2)
	})
}

func TestFormatExtremes(t *testing.T) {
	for _, tt := range []struct {
		v    series.Value
		want string
	}{
		{series.NewValue(series.NewDecimal(0, 0), -99), "$0 trillion"},
		{series.NewValue(series.NewDecimal(5, 15), -15), "$5,000 trillion"},
		{series.NewValue(series.NewDecimal(1, 0), 99), "$1." + strings.Repeat("0", 99)},
	} {
		if got := FormatAmount(tt.v, USD); got != tt.want {
			t.Errorf("FormatAmount(%s decimals %d) = %q, want %q", tt.v, tt.v.Decimals(), got, tt.want)
		}
	}
}
