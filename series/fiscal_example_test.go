package series_test

import (
	"fmt"

	"github.com/finfig/finfig/series"
)

// A fiscal year is named by the calendar year in which it ends: a year
// ended 28 September 2019 is FY2019. Fiscal periods parse, print, order
// and count as calendar ones do.
func ExampleFiscalYear() {
	fy := series.FiscalYear(2019)
	q, err := series.ParsePeriod("FY2019Q4")
	if err != nil {
		panic(err)
	}
	fmt.Println(fy, q, q.Frequency(), q.IsFiscal())
	fmt.Println(q.Before(fy), fy.Contains(q), q.Add(1))
	fmt.Println(series.YearsBetween(series.FiscalYear(2012), fy))
	// Output:
	// FY2019 FY2019Q4 quarterly true
	// true true FY2020Q1
	// 7
}
