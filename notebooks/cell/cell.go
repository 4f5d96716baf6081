// Package cell is what a notebook's code cells share: failing a cell on an
// error, asserting the figures a cell prints, and showing Markdown and
// charts in the notebook.
//
// A notebook imports it in its first Go cell:
//
//	import "github.com/finfig/finfig/notebooks/cell"
//
//	%%
//	g := cell.Must(series.GrowthBetween(ads, series.Year(2012), series.Year(2019)))
//	fmt.Printf("CAGR %.3f%%\n", 100*g.CAGR.Point)
//	cell.Near("CAGR", g.CAGR.Point, 0.4896600, 5e-7) // by hand: 16.2783^(1/7) − 1
//	cell.Show(chart)
//
// A failure panics with a *Failure that says what was wrong: GoNB reports
// the panic as the cell's error, with the line of the cell that failed, and
// `make notebooks` fails with it. Every figure a notebook prints is asserted
// this way, against a value worked out by hand, so that a notebook whose
// data or library drifts fails rather than printing another number.
//
// Show and Markdown display in the GoNB cell that runs them, and wait until
// the kernel has the display: a cell's program may end right after, and
// what is still in the pipe to the kernel when it ends can be lost. Outside
// a notebook (in a test, or `go run`) they print a line of text instead,
// so that a cell's code runs anywhere.
//
// The package speaks GoNB's display protocol itself, as plots/gonbplot
// does, so that finfig's go.mod does not need GoNB's module and its
// dependencies. A program that uses cell must not also use GoNB's gonbui
// package: both register GoNB's message type for the kernel's replies.
package cell

import (
	"fmt"
	"math"
)

// Failure is what a failing cell panics with.
type Failure struct {
	What string // what was checked: "CAGR", or the error's context
	Msg  string // what was wrong: "got 0.49, want 0.5 ± 1e-07"
	Err  error  // the error that failed the cell, for Must and Check
}

func (f *Failure) Error() string {
	if f.What == "" {
		return "cell: " + f.Msg
	}
	return "cell: " + f.What + ": " + f.Msg
}

// Unwrap returns the error that failed the cell, if any.
func (f *Failure) Unwrap() error { return f.Err }

func fail(what, format string, args ...any) {
	panic(&Failure{What: what, Msg: fmt.Sprintf(format, args...)})
}

// Must returns v, or fails the cell with err.
func Must[T any](v T, err error) T {
	Check(err)
	return v
}

// Must2 returns a and b, or fails the cell with err: Must for a function
// of two results, such as finance.RateTable.Convert.
func Must2[A, B any](a A, b B, err error) (A, B) {
	Check(err)
	return a, b
}

// Check fails the cell when err is not nil.
func Check(err error) {
	if err != nil {
		panic(&Failure{Msg: err.Error(), Err: err})
	}
}

// Near fails the cell unless got lies within tol of want, a value worked
// out by hand. what names the figure in the failure.
func Near(what string, got, want, tol float64) {
	if !(math.Abs(got-want) <= tol) { // a NaN fails too
		fail(what, "got %.10g, want %.10g ± %g", got, want, tol)
	}
}

// Equal fails the cell unless got == want. what names the figure in the
// failure.
func Equal[T comparable](what string, got, want T) {
	if got != want {
		fail(what, "got %v, want %v", got, want)
	}
}
