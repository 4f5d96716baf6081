// Command tour is the README's tour of the finfig packages: load the
// reported figures, compute growth, check a claim.
package main

import (
	"fmt"
	"log"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/finance/ecb"
	"github.com/finfig/finfig/series"
)

func main() {
	data, err := fbnetflix.Data() // the embedded figures, each with its source
	if err != nil {
		log.Fatal(err)
	}
	ads, err := data.Series("facebook.ad_revenue")
	if err != nil {
		log.Fatal(err)
	}
	g, err := series.GrowthBetween(ads, series.Year(2012), series.Year(2019))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s 2012→2019: %.2f×, CAGR %.2f%%\n", ads.Name(), g.Multiple.Point, 100*g.CAGR.Point)

	// "$69.66 billion" and the filing's 69,655 (USD millions) agree
	// within rounding, though 69.655 sits on the boundary.
	claimed, err := finance.ParseAmount("$69.66 billion")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("consistent:", claimed.Value.Consistent(g.End))

	// €265 million at the ECB reference rate of 28 November 2022.
	rates, err := ecb.Rates()
	if err != nil {
		log.Fatal(err)
	}
	usd, q, err := rates.Convert(series.NewValue(series.NewDecimal(265, 6), -6), finance.EUR, finance.USD, series.Day(2022, 11, 28))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("€265 million = %s at %.4f (%s)\n", finance.FormatFloat(usd.Point, finance.USD, 2), q.Rate, q.Date)
}
