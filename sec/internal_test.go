package sec

import (
	"math"
	"testing"
	"time"

	"github.com/finfig/finfig/series"
)

func TestAppendDay(t *testing.T) {
	for _, d := range []time.Time{time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC), time.Date(2019, 9, 28, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)} {
		day := int32(d.Unix() / 86400)
		if got, want := dayText(day), d.Format(time.DateOnly); got != want {
			t.Errorf("dayText(%d) = %q, want %q", day, got, want)
		}
		if y, m, dd := d.Date(); y <= 9999 {
			if back, ok := series.ParseDayNumber([]byte(d.Format(time.DateOnly))); !ok || back != int(day) || series.DaysFromCivil(y, m, dd) != int(day) {
				t.Errorf("ParseDayNumber(%s) = %d, %t, want %d", d.Format(time.DateOnly), back, ok, day)
			}
		}
	}
}

func TestDecimalSub(t *testing.T) {
	max := series.NewDecimal(math.MaxInt64, 0)
	for _, tt := range []struct {
		a, b series.Decimal
		want string
	}{
		{series.NewDecimal(20156447, 3), series.NewDecimal(14689013000, 0), "5467434000"},
		{series.NewDecimal(15, -1), series.NewDecimal(25, -2), "1.25"},
		{series.NewDecimal(-3, 0), max, ""}, // beyond int64: an error
		{max, series.NewDecimal(-1, 0), ""},
		{series.NewDecimal(922337203685477580, 0), series.NewDecimal(1, -1), "922337203685477579.9"}, // aligned in big.Int
		{series.NewDecimal(100, 0), series.NewDecimal(1, 2), "0"},
	} {
		got, err := decimalSub(tt.a, tt.b)
		if tt.want == "" {
			if err == nil {
				t.Errorf("%s − %s = %s, want an error", tt.a, tt.b, got)
			}
			continue
		}
		if err != nil || got.String() != tt.want {
			t.Errorf("%s − %s = %s, %v, want %s", tt.a, tt.b, got, err, tt.want)
		}
	}
	for _, s := range []string{"0", "-0", "123456789012345678", "-123456789012345678", "9007199254740993", "1.5", "6e-06", "1E3", "-0.03"} {
		got, err := decimalOf([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		if s == "6e-06" || s == "1E3" {
			if want := map[string]float64{"6e-06": 6e-06, "1E3": 1000}[s]; got.Float64() != want {
				t.Errorf("decimalOf(%s) = %s", s, got)
			}
			continue
		}
		if want, _ := series.ParseDecimal(s); got.Cmp(want) != 0 || got.Exponent() != want.Exponent() {
			t.Errorf("decimalOf(%s) = %s, want %s", s, got, want)
		}
	}
}
