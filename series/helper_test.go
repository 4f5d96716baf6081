package series_test

import (
	"errors"
	"math"
	"testing"

	"github.com/finfig/finfig/series"
)

// The helpers the package's tests share.

const rel = 1e-9

func near(got, want, tol float64) bool {
	return math.Abs(got-want) <= tol*math.Max(math.Abs(want), 1e-300)
}

func checkNear(t *testing.T, what string, got, want float64) {
	t.Helper()
	if !near(got, want, rel) {
		t.Errorf("%s = %.17g, want %.17g (relative error %.3g)", what, got, want, math.Abs(got-want)/math.Abs(want))
	}
}

// annual builds an annual series from first on, one figure a year scaled
// by 10^shift; "" is an explicit gap.
func annual(t testing.TB, id string, first int, figures []string, shift int) *series.Series {
	t.Helper()
	var pts []series.Point
	for i, f := range figures {
		p := series.Point{Period: series.Year(first + i)}
		if f == "" {
			p.Missing = true
		} else {
			p.Value = value(f, shift)
		}
		pts = append(pts, p)
	}
	s, err := series.New(series.Meta{ID: id, Unit: "USD", Frequency: series.Annual}, pts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// value is a figure as written, scaled by 10^shift (6 for millions).
func value(s string, shift int) series.Value { return series.MustParseValue(s).Shift(shift) }

// isParseError reports whether err is a *series.ParseError for the input
// in as a typ ("decimal", "period").
func isParseError(err error, in, typ string) bool {
	var pe *series.ParseError
	return errors.As(err, &pe) && pe.Input == in && pe.Type == typ
}
