package finance_test

// Regression tests for bugs found by the reliability work (issue 7):
// nothing a user gives may crash finfig, be silently misread, or be lost.

import (
	"math"
	"strings"
	"testing"

	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/finance/ecb"
	"github.com/finfig/finfig/series"
)

// TestConvertBeyondFloat64: Convert of an amount beyond the float64 range
// (series.ParseValue reads "1" and 400 zeros) returned +Inf with no error,
// which finfig convert printed as "converted +Inf USD" and could not write
// as JSON; ImpliedRate of such a target returned an infinite rate. Both
// must be errors, as every figure beyond the range is in series.
func TestConvertBeyondFloat64(t *testing.T) {
	huge, err := series.ParseValue("1" + strings.Repeat("0", 400))
	if err != nil {
		t.Fatal(err)
	}
	day := series.Day(2022, 11, 28)
	rates, err := ecb.Rates()
	if err != nil {
		t.Fatal(err)
	}
	if est, _, err := rates.Convert(huge, finance.EUR, finance.USD, day); err == nil {
		t.Errorf("Convert: %+v with no error", est)
	}
	five := series.NewValue(series.NewDecimal(5, 0), 0)
	if r, err := finance.ImpliedRate(five, huge); err == nil && (math.IsInf(r.Point, 0) || math.IsInf(r.Hi, 0)) {
		t.Errorf("ImpliedRate: %+v with no error", r)
	}
}
