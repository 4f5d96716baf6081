package series

import (
	"errors"
	"strconv"
	"strings"
)

// ParseError reports text that is not of the expected form. Loaders that
// know the file, line and column wrap it with them.
type ParseError struct {
	Type     string // what was being parsed: "period", "decimal", ...
	Input    string // the text as given
	Expected string // the forms accepted
	Reason   string // what in particular is wrong, if known
}

// Error says what text could not be parsed as what, and why. An input
// longer than 64 bytes is quoted by its first 64 and its length, so that a
// huge cell does not make a huge message; Input keeps it whole.
func (e *ParseError) Error() string {
	in := strconv.Quote(e.Input)
	if len(e.Input) > 64 {
		in = strconv.Quote(strings.ToValidUTF8(e.Input[:64], "")) + "… (" + strconv.Itoa(len(e.Input)) + " bytes)"
	}
	msg := "cannot parse " + in + " as " + e.Type
	if e.Reason != "" {
		msg += ": " + e.Reason
	}
	if e.Expected != "" {
		msg += " (expected " + e.Expected + ")"
	}
	return msg
}

// The reasons growth cannot be computed. Functions return them wrapped in
// a *GrowthError, or as they are from the scalar functions; test with
// errors.Is.
var (
	ErrNonPositiveBase   = errors.New("base value is zero or negative")
	ErrNegativeValue     = errors.New("end value is negative")
	ErrGap               = errors.New("no value for the period (a gap)")
	ErrReversedWindow    = errors.New("window ends before it starts")
	ErrEmptyWindow       = errors.New("window is empty (start equals end)")
	ErrUnitMismatch      = errors.New("series have different units")
	ErrFrequencyMismatch = errors.New("series have different frequencies")
	ErrNoGrowth          = errors.New("growth is not positive, so there is no doubling time")
	ErrTooFewPoints      = errors.New("too few points")
	ErrOutOfRange        = errors.New("result is beyond the range of a float64")
)

// GrowthError says which growth computation failed, over which window,
// and why (one of the Err values above).
type GrowthError struct {
	Op       string // "multiple", "cagr", "yoy", "index", "trend", ...
	Series   string // series id, if any
	From, To Period
	Err      error
}

// Error says which computation failed, of which series, over which
// window, and why: "growth of fb from 2012 to 2014: no value for the
// period (a gap)".
func (e *GrowthError) Error() string {
	msg := e.Op
	if e.Series != "" {
		msg += " of " + e.Series
	}
	if !e.From.IsZero() || !e.To.IsZero() {
		msg += " from " + e.From.String() + " to " + e.To.String()
	}
	return msg + ": " + e.Err.Error()
}

// Unwrap returns the reason, for errors.Is.
func (e *GrowthError) Unwrap() error { return e.Err }
