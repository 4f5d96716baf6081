package plots

import (
	"errors"
	"fmt"

	"github.com/finfig/finfig/series"
)

// The reasons a chart cannot be drawn from its inputs. Chart builders
// return them wrapped in an *InputError; test with errors.Is.
var (
	ErrNilSeries   = errors.New("series is nil")
	ErrNoData      = errors.New("no values to plot")
	ErrBadValue    = errors.New("value is infinite, or NaN where a number is needed")
	ErrNonPositive = errors.New("value is zero or negative, which a log scale cannot show")
	// ErrUnitMismatch is series.ErrUnitMismatch, so that one errors.Is
	// test finds series of different units in growth and in charts.
	ErrUnitMismatch = series.ErrUnitMismatch
)

// InputError says which chart could not be built from which input, and why.
type InputError struct {
	Chart string // chart name, "revenue-log"
	Input string // the series id or the input's name
	Err   error  // the reason: ErrNilSeries, ErrNoData, …, or a series error
}

// Error returns "plots: chart NAME: INPUT: reason".
func (e *InputError) Error() string {
	if e.Input == "" {
		return fmt.Sprintf("plots: chart %s: %v", e.Chart, e.Err)
	}
	return fmt.Sprintf("plots: chart %s: %s: %v", e.Chart, e.Input, e.Err)
}

// Unwrap returns the reason, one of the errors above.
func (e *InputError) Unwrap() error { return e.Err }
