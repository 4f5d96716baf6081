package ecb_test

import (
	"fmt"

	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/finance/ecb"
	"github.com/finfig/finfig/series"
)

// The reference rate of the day the Irish DPC announced its €265 million
// fine, and the days the embedded table covers.
func ExampleRates() {
	rates, err := ecb.Rates()
	if err != nil {
		panic(err)
	}
	q, err := rates.Rate(series.Day(2022, 11, 28), finance.EUR, finance.USD)
	if err != nil {
		panic(err)
	}
	fmt.Println(q)
	first, last := rates.Days()
	fmt.Println(first, "to", last)
	// Output:
	// 1 EUR = 1.0463 USD (ECB reference rate of 2022-11-28)
	// 1999-01-04 to 2024-10-11
}
