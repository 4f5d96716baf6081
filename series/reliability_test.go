package series_test

// Regression tests for bugs found by the reliability work (issue 7):
// nothing a user gives may crash finfig, be silently misread, or be lost.

import (
	"errors"
	"strings"
	"testing"

	"github.com/finfig/finfig/series"
)

// TestParseErrorShort: a ParseError repeated its whole input, so that a
// data file with a cell of megabytes gave a message of megabytes (finfig
// series on testdata/bad/long-line-period.txtar printed 6 MB to stderr). The
// message must stay short and still say what was expected.
func TestParseErrorShort(t *testing.T) {
	long := strings.Repeat("9", 1<<20)
	for name, parse := range map[string]func(string) error{
		"period":  func(s string) error { _, err := series.ParsePeriod(s); return err },
		"decimal": func(s string) error { _, err := series.ParseDecimal(s); return err },
	} {
		err := parse(long + "x")
		if err == nil {
			t.Fatalf("%s: no error", name)
		}
		if msg := err.Error(); len(msg) > 1024 || !strings.Contains(msg, "(expected") {
			t.Errorf("%s: message of %d bytes: %.200s…", name, len(msg), msg)
		}
	}
}

// TestGrowthBeyondFloat64: a value beyond the float64 range (a data file
// may hold one: datapkg reads "1" and 400 zeros) made NewGrowth say "base
// value is zero or negative" of a huge base, and "end value is negative"
// of a huge end. It is ErrOutOfRange.
func TestGrowthBeyondFloat64(t *testing.T) {
	huge, err := series.ParseValue("1" + strings.Repeat("0", 400))
	if err != nil {
		t.Fatal(err)
	}
	one := series.NewValue(series.NewDecimal(1, 0), 0)
	for _, tt := range []struct{ a, b series.Value }{{huge, one}, {one, huge}} {
		_, err := series.NewGrowth(series.Year(2012), series.Year(2019), tt.a, tt.b)
		if !errors.Is(err, series.ErrOutOfRange) {
			t.Errorf("NewGrowth(%.10s…, %.10s…): %v, want %v", tt.a, tt.b, err, series.ErrOutOfRange)
		}
	}
}
