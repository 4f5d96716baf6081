package series_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/finfig/finfig/series"
)

func TestParseDecimal(t *testing.T) {
	tests := []struct {
		in   string
		coef int64
		exp  int
		str  string // String form; "" for the input itself
	}{
		{"4279", 4279, 0, ""},
		{"4,279", 4279, 0, "4279"},
		{"69.66", 6966, -2, ""},
		{"69.655", 69655, -3, ""},
		{"69.660", 69660, -3, ""}, // the written digits are kept
		{"0.0023", 23, -4, ""},
		{"-0.0023", -23, -4, ""},
		{"-1,234.5", -12345, -1, "-1234.5"},
		{"2,472,410", 2472410, 0, "2472410"},
		{"1,000,000.25", 100000025, -2, "1000000.25"},
		{"+12", 12, 0, "12"},
		{"0", 0, 0, ""},
		{"-0", 0, 0, "0"},
		{"0.00", 0, -2, ""},
		{".5", 5, -1, "0.5"},
		{"-.5", -5, -1, "-0.5"},
		{"007", 7, 0, "7"},
		{"123,456", 123456, 0, "123456"},
		{"999,999,999,999,999,999", 999_999_999_999_999_999, 0, "999999999999999999"}, // 18 digits: the most
		{"0.999999999999999999", 999_999_999_999_999_999, -18, ""},
		{"0.000000000000000000000001", 1, -24, ""}, // leading zeros are not significant
		{"00000000000000000000001", 1, 0, "1"},
		// Zeros past the 18th digit of the integer part go into the
		// exponent: String's form of 374005516333807730×10^2 reads back.
		{"37400551633380773000", 374005516333807730, 2, ""},
		{"1000000000000000000", 100000000000000000, 1, ""},
		{"-1,000,000,000,000,000,000,000", -100000000000000000, 4, "-1000000000000000000000"},
	}
	for _, tt := range tests {
		d, err := series.ParseDecimal(tt.in)
		if err != nil {
			t.Errorf("ParseDecimal(%q): %v", tt.in, err)
			continue
		}
		if d.Coefficient() != tt.coef || d.Exponent() != tt.exp {
			t.Errorf("ParseDecimal(%q) = %d×10^%d, want %d×10^%d", tt.in, d.Coefficient(), d.Exponent(), tt.coef, tt.exp)
		}
		want := tt.str
		if want == "" {
			want = tt.in
		}
		if got := d.String(); got != want {
			t.Errorf("ParseDecimal(%q).String() = %q, want %q", tt.in, got, want)
		}
		if back, err := series.ParseDecimal(d.String()); err != nil || back != d {
			t.Errorf("ParseDecimal(%q) = %v, %v; want %v back", d.String(), back, err, d)
		}
	}
}

func TestParseDecimalInvalid(t *testing.T) {
	for _, in := range []string{
		"", "-", "+", ".", "-.", "1.", "-1.", "1..2", "1.2.3",
		"4,27", "1,2345", ",123", "12,", "1,,234", "1234,567", "1,234,56", "1,23,456", "1,234.5,6", "0.123,456",
		"NaN", "nan", "Inf", "+Inf", "-Inf", "infinity", "1e5", "1E5", "0x10", "1_000",
		" 1", "1 ", "1 000", "--1", "+-1", "1-", "$5", "5%", "١٢٣", "１２",
		"1234567890123456789",   // 19 digits
		"-1234567890123456789",  // 19 digits, negative
		"123456789.0123456789",  // 19 digits across the point
		"0.1000000000000000000", // 19 digits after the point, trailing zeros count
		"99999999999999999999",  // would overflow int64
		"10000000000000000001",  // a 20th digit that is not a trailing zero
		"1000000000000000000.0", // trailing zeros past the 18th digit, then a fraction
		"1000000000000000000.5",
		"9223372036854775808", // 2^63
		"1,234,567,890,123,456,789",
	} {
		d, err := series.ParseDecimal(in)
		if err == nil {
			t.Errorf("ParseDecimal(%q) = %v, want an error", in, d)
			continue
		}
		if !isParseError(err, in, "decimal") {
			t.Errorf("ParseDecimal(%q): %#v is not a *ParseError naming the input", in, err)
		}
		if _, err := series.ParseValue(in); err == nil {
			t.Errorf("ParseValue(%q) succeeded", in)
		}
	}
	// The message names the character as written, not one byte of it.
	_, err := series.ParseDecimal("12€")
	if want := `cannot parse "12€" as decimal: unexpected character '€' (expected a decimal number such as 4279, 4,279, 69.66 or -0.0023)`; err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

func TestDecimalShiftSign(t *testing.T) {
	d := series.NewDecimal(4279, 0)
	for _, tt := range []struct {
		n    int
		want string
	}{{6, "4279000000"}, {0, "4279"}, {-3, "4.279"}, {-6, "0.004279"}, {9, "4279000000000"}} {
		got := d.Shift(tt.n)
		if got.String() != tt.want || got.Coefficient() != 4279 || got.Exponent() != tt.n {
			t.Errorf("Shift(%d) = %v (%d×10^%d), want %s", tt.n, got, got.Coefficient(), got.Exponent(), tt.want)
		}
	}
	if got := series.NewDecimal(6966, -2).Shift(9).String(); got != "69660000000" {
		t.Errorf("69.66 billion = %s", got)
	}
	if got := series.NewDecimal(0, 3).String(); got != "0" {
		t.Errorf("0×10^3 = %q", got)
	}
	for _, tt := range []struct {
		d    series.Decimal
		sign int
	}{{series.NewDecimal(-5, -1), -1}, {series.NewDecimal(0, 4), 0}, {series.NewDecimal(3, 2), 1}} {
		if tt.d.Sign() != tt.sign {
			t.Errorf("%v.Sign() = %d", tt.d, tt.d.Sign())
		}
	}
}

func TestDecimalCmp(t *testing.T) {
	dec := func(s string) series.Decimal {
		d, err := series.ParseDecimal(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tt := range []struct {
		a, b series.Decimal
		want int
	}{
		{dec("69.66"), dec("69.660"), 0},
		{dec("69.655"), dec("69.66"), -1},
		{dec("69.66"), dec("69.655"), 1},
		{dec("-1"), dec("0.5"), -1},
		{dec("0"), dec("-0.000"), 0},
		{dec("69,655").Shift(6), dec("69.655").Shift(9), 0},
		{dec("69,655").Shift(6), dec("69.66").Shift(9), -1},
		{series.NewDecimal(1, 30), series.NewDecimal(999_999_999_999_999_999, 0), 1},
		{series.NewDecimal(1, -30), series.NewDecimal(1, -29), -1},
		{series.NewDecimal(-1, -30), series.NewDecimal(-1, -29), 1},
	} {
		if got := tt.a.Cmp(tt.b); got != tt.want {
			t.Errorf("%v.Cmp(%v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := tt.b.Cmp(tt.a); got != -tt.want {
			t.Errorf("%v.Cmp(%v) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
	}
	if dec("69.66") == dec("69.660") {
		t.Error(`"69.66" == "69.660": Decimals written differently must differ`)
	}
}

func TestDecimalFloat64(t *testing.T) {
	for _, tt := range []struct {
		d    series.Decimal
		want float64
	}{
		{series.NewDecimal(69655, -3), 69.655},
		{series.NewDecimal(6966, 7), 6966e7},
		{series.NewDecimal(6966, -2), 69.66},
		{series.NewDecimal(23, -4), 0.0023},
		{series.NewDecimal(-12345, -1), -1234.5},
		{series.NewDecimal(4279, 6), 4279e6},
		{series.NewDecimal(1, -22), 1e-22},
		{series.NewDecimal(1, 22), 1e22},
		{series.NewDecimal(1, -23), 1e-23},                         // past the exact powers: through strconv
		{series.NewDecimal(9007199254740993, 0), 9007199254740992}, // 2^53+1: rounds to even
		{series.NewDecimal(999_999_999_999_999_999, -18), 0.999999999999999999},
		{series.NewDecimal(123456789012345678, -5), 1234567890123.45678},
		{series.NewDecimal(0, 0), 0},
	} {
		if got := tt.d.Float64(); got != tt.want {
			t.Errorf("%v.Float64() = %v, want %v", tt.d, got, tt.want)
		}
		if got := series.NewValue(tt.d, 0).Float64(); got != tt.want {
			t.Errorf("Value %v.Float64() = %v, want %v", tt.d, got, tt.want)
		}
	}
}

func TestDecimalText(t *testing.T) {
	d := series.NewDecimal(-12345, -1)
	b, err := d.MarshalText()
	if err != nil || string(b) != "-1234.5" {
		t.Fatalf("MarshalText = %q, %v", b, err)
	}
	var e series.Decimal
	if err := e.UnmarshalText(b); err != nil || e != d {
		t.Errorf("UnmarshalText(%q) = %v, %v", b, e, err)
	}
	if err := e.UnmarshalText([]byte("1e5")); err == nil {
		t.Error("UnmarshalText(1e5) succeeded")
	}
	if got := string(d.AppendText([]byte("x="))); got != "x=-1234.5" {
		t.Errorf("AppendText = %q", got)
	}
}

func ratString(r *big.Rat) string { return r.FloatString(6) }

func TestValueBounds(t *testing.T) {
	for _, tt := range []struct {
		v        series.Value
		decimals int
		lo, hi   string
	}{
		{value("4,279", 6), -6, "4278500000.000000", "4279500000.000000"},
		{value("69.66", 9), -7, "69655000000.000000", "69665000000.000000"},
		{value("69,655", 6), -6, "69654500000.000000", "69655500000.000000"},
		{value("0.0023", 0), 4, "0.002250", "0.002350"},
		{value("-1,234.5", 0), 1, "-1234.550000", "-1234.450000"},
		{value("2,472,410", 3), -3, "2472409500.000000", "2472410500.000000"},
		{series.NewValue(series.NewDecimal(5, 0), series.Exact), series.Exact, "5.000000", "5.000000"},
		{series.NewValue(series.NewDecimal(5, 0), series.Exact).Shift(3), series.Exact, "5000.000000", "5000.000000"},
	} {
		if tt.v.Decimals() != tt.decimals {
			t.Errorf("%v: Decimals %d, want %d", tt.v, tt.v.Decimals(), tt.decimals)
		}
		lo, hi := tt.v.Bounds()
		if ratString(lo) != tt.lo || ratString(hi) != tt.hi {
			t.Errorf("%v.Bounds() = [%s, %s], want [%s, %s]", tt.v, ratString(lo), ratString(hi), tt.lo, tt.hi)
		}
		iv := tt.v.Interval()
		flo, _ := lo.Float64()
		fhi, _ := hi.Float64()
		if math.Abs(iv.Lo-flo) > 1e-9*math.Abs(flo) || math.Abs(iv.Hi-fhi) > 1e-9*math.Abs(fhi) || !iv.Contains(tt.v.Float64()) {
			t.Errorf("%v.Interval() = %v, want about [%v, %v]", tt.v, iv, flo, fhi)
		}
		e := tt.v.Estimate()
		if e.Point != tt.v.Float64() || e.Lo != iv.Lo || e.Hi != iv.Hi {
			t.Errorf("%v.Estimate() = %+v", tt.v, e)
		}
		if tt.v.IsExact() != (tt.decimals == series.Exact) {
			t.Errorf("%v.IsExact() = %v", tt.v, tt.v.IsExact())
		}
	}
	// Bounds returns fresh values: changing one changes nothing else.
	v := series.NewValue(series.NewDecimal(5, 0), series.Exact)
	lo, hi := v.Bounds()
	lo.SetInt64(0)
	if hi.Cmp(big.NewRat(5, 1)) != 0 {
		t.Error("the bounds of an exact value share storage")
	}
}

func TestValueConsistent(t *testing.T) {
	filing := value("69,655", 6) // USD millions: [69,654.5, 69,655.5] million
	for _, tt := range []struct {
		name string
		a, b series.Value
		want bool
	}{
		// [69.655, 69.665] billion meets [69.6545, 69.6555] billion,
		// though the filing's point 69.655 is the article's lower bound.
		{"$69.66 billion vs 69,655 million", value("69.66", 9), filing, true},
		{"$69.67 billion vs 69,655 million", value("69.67", 9), filing, false},
		{"$69.65 billion vs 69,655 million", value("69.65", 9), filing, true},
		{"$69.64 billion vs 69,655 million", value("69.64", 9), filing, false},
		{"$69.7 billion vs 69,655 million", value("69.7", 9), filing, true},
		{"$70 billion vs 69,655 million", value("70", 9), filing, true},
		{"$69 billion vs 69,655 million", value("69", 9), filing, false},
		// Intervals that only touch are consistent: [1.5, 2.5] and [2.5, 2.5].
		{"touching", value("2", 0), series.NewValue(series.NewDecimal(25, -1), series.Exact), true},
		{"exact equal", series.NewValue(series.NewDecimal(25, -1), series.Exact), series.NewValue(series.NewDecimal(250, -2), series.Exact), true},
		{"exact apart", series.NewValue(series.NewDecimal(25, -1), series.Exact), series.NewValue(series.NewDecimal(2501, -3), series.Exact), false},
		{"just outside", value("2", 0), series.NewValue(series.NewDecimal(2500000000000000001, -18), series.Exact), false},
		{"$4.28 billion vs 4,279 million", value("4.28", 9), value("4,279", 6), true},
		{"$4.3 billion vs 4,279 million", value("4.3", 9), value("4,279", 6), true},
		{"$4.27 billion vs 4,279 million", value("4.27", 9), value("4,279", 6), false},
	} {
		if got := tt.a.Consistent(tt.b); got != tt.want {
			t.Errorf("%s: Consistent = %v, want %v", tt.name, got, tt.want)
		}
		if got := tt.b.Consistent(tt.a); got != tt.want {
			t.Errorf("%s: Consistent is not symmetric", tt.name)
		}
	}
}

func TestValueOf(t *testing.T) {
	v := series.ValueOf(series.NewDecimal(4279, 6))
	if v.Decimals() != -6 || v.String() != "4279000000" || v.Decimal() != series.NewDecimal(4279, 6) {
		t.Errorf("ValueOf(4279e6) = %v, decimals %d", v, v.Decimals())
	}
	if v.Shift(-6).Decimals() != 0 {
		t.Errorf("Shift(-6) decimals %d", v.Shift(-6).Decimals())
	}
}

func TestEstimateString(t *testing.T) {
	for _, tt := range []struct {
		e    series.Estimate
		want string
	}{
		{series.Estimate{Point: 16.278336, Lo: 16.2763, Hi: 16.28036}, "16.28 [16.28, 16.28]"},
		{series.Estimate{Point: 0.4897, Lo: 0.4896, Hi: 0.4897}, "0.4897 [0.4896, 0.4897]"},
		{series.Estimate{Point: 2, Lo: 2, Hi: 2}, "2"},
	} {
		if got := tt.e.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.e, got, tt.want)
		}
	}
	iv := series.Interval{Lo: 1, Hi: 2}
	if !iv.Contains(1) || !iv.Contains(2) || iv.Contains(2.0000001) || !iv.Overlaps(series.Interval{Lo: 2, Hi: 3}) || iv.Overlaps(series.Interval{Lo: 2.5, Hi: 3}) {
		t.Error("Interval.Contains/Overlaps are not closed-interval tests")
	}
	if (series.Estimate{Lo: 1, Hi: 2}).Interval() != iv {
		t.Error("Estimate.Interval")
	}
}
