package finance_test

import (
	"fmt"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/finance/ecb"
	"github.com/finfig/finfig/series"
)

func ExampleParseAmount() {
	for _, s := range []string{
		"$4.28 billion", "€265 million", "725 million USD", "$725million", "$40 million",
		"2.3 billion", "167 million", "87 million", "150 million USD", "265 million Euros",
		"$284 million", "half a billion", "$5 billion", "US$1.5bn", "$69.66B", "1,234,567",
	} {
		a, err := finance.ParseAmount(s)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%-18s %-4s %12s decimals %3d  %s\n", s, a.Unit, a.Value, a.Value.Decimals(), a)
	}
	_, err := finance.ParseAmount("$4.28 bilion")
	fmt.Println(err)
	// Output:
	// $4.28 billion      USD    4280000000 decimals  -7  $4.28 billion
	// €265 million       EUR     265000000 decimals  -6  €265 million
	// 725 million USD    USD     725000000 decimals  -6  $725 million
	// $725million        USD     725000000 decimals  -6  $725 million
	// $40 million        USD      40000000 decimals  -6  $40 million
	// 2.3 billion               2300000000 decimals  -8  2.3 billion
	// 167 million                167000000 decimals  -6  167 million
	// 87 million                  87000000 decimals  -6  87 million
	// 150 million USD    USD     150000000 decimals  -6  $150 million
	// 265 million Euros  EUR     265000000 decimals  -6  €265 million
	// $284 million       USD     284000000 decimals  -6  $284 million
	// half a billion             500000000 decimals  -8  0.5 billion
	// $5 billion         USD    5000000000 decimals  -9  $5 billion
	// US$1.5bn           USD    1500000000 decimals  -8  $1.5 billion
	// $69.66B            USD   69660000000 decimals  -7  $69.66 billion
	// 1,234,567                    1234567 decimals   0  1.234567 million
	// cannot parse "$4.28 bilion" as amount: unexpected "bilion" after the number (expected an amount such as $4.28 billion, €265 million, 725 million USD, US$1.5bn, $69.66B, half a billion or 1,234,567)
}

func ExampleFormatAmount() {
	reported, err := fbnetflix.Data()
	if err != nil {
		panic(err)
	}
	ads, err := reported.Series("facebook.ad_revenue")
	if err != nil {
		panic(err)
	}
	filed, _ := ads.At(series.Year(2019)) // 69,655 USD millions
	fmt.Println(finance.FormatAmount(filed.Value, finance.USD))
	fmt.Println(finance.FormatAmountDigits(filed.Value, finance.USD, 2))

	// The article's "$69.66 billion" is the filing's figure rounded: the
	// intervals [69.655, 69.665] and [69.6545, 69.6555] billion share 69.655.
	article, _ := finance.ParseAmount("$69.66 billion")
	fmt.Println(article.Value.Consistent(filed.Value))

	mau, _ := reported.Series("facebook.mau")
	users, _ := mau.At(series.Year(2019))
	fmt.Println(finance.FormatAmount(users.Value, finance.Users))
	// Output:
	// $69.655 billion
	// $69.66 billion
	// true
	// 2.50 billion users
}

func ExampleRateTable_Convert() {
	rates, err := ecb.Rates()
	if err != nil {
		panic(err)
	}
	fine, _ := finance.ParseAmount("€265 million") // the Irish DPC's fine, announced 2022-11-28
	for _, day := range []series.Period{series.Day(2022, 11, 28), series.Day(2022, 11, 25), series.Day(2022, 11, 27)} {
		usd, q, err := rates.Convert(fine.Value, finance.EUR, finance.USD, day)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s: %s at %s\n", day, finance.FormatFloat(usd.Point, finance.USD, 2), q)
	}
	_, _, err = rates.Convert(fine.Value, finance.EUR, finance.USD, series.Day(2024, 12, 2))
	fmt.Println(err)
	// Output:
	// 2022-11-28: $277.27 million at 1 EUR = 1.0463 USD (ECB reference rate of 2022-11-28)
	// 2022-11-25: $274.94 million at 1 EUR = 1.0375 USD (ECB reference rate of 2022-11-25)
	// 2022-11-27: $274.94 million at 1 EUR = 1.0375 USD (ECB reference rate of 2022-11-25; the last business day before 2022-11-27)
	// rate EUR→USD: no ECB reference rate on 2024-12-02: the ECB table runs from 1999-01-04 to 2024-10-11
}

func ExampleImpliedRate() {
	// An article gives the €265 million fine as $284 million.
	eur, _ := finance.ParseAmount("€265 million")
	usd, _ := finance.ParseAmount("$284 million")
	implied, err := finance.ImpliedRate(eur.Value, usd.Value)
	if err != nil {
		panic(err)
	}
	fmt.Printf("implied rate %.4f, within rounding [%.5f, %.5f]\n", implied.Point, implied.Lo, implied.Hi)

	rates, err := ecb.Rates()
	if err != nil {
		panic(err)
	}
	q, _ := rates.Rate(series.Day(2022, 11, 28), finance.EUR, finance.USD)
	fmt.Println("the rate of the announcement reproduces it:", q.Reproduces(eur.Value, usd.Value))

	days, err := rates.DatesWithRate(finance.EUR, finance.USD, implied.Interval(), series.Day(2022, 1, 1), series.Day(2023, 12, 31))
	if err != nil {
		panic(err)
	}
	fmt.Printf("%d ECB business days of 2022-2023 have such a rate, from %s (%s) to %s (%s)\n",
		len(days), days[0].Date, days[0].ToPerEUR, days[len(days)-1].Date, days[len(days)-1].ToPerEUR)
	// Output:
	// implied rate 1.0717, within rounding [1.06780, 1.07561]
	// the rate of the announcement reproduces it: false
	// 52 ECB business days of 2022-2023 have such a rate, from 2022-04-25 (1.0746) to 2023-11-14 (1.0724)
}

func ExampleDeflate() {
	reported, err := fbnetflix.Data()
	if err != nil {
		panic(err)
	}
	ads, _ := reported.Series("facebook.ad_revenue")
	cpi, _ := reported.Series("us.cpi_u")
	real, err := finance.Deflate(ads, cpi, 2019)
	if err != nil {
		panic(err)
	}
	for _, d := range real[:2] {
		fmt.Printf("%s %s in 2019 dollars\n", d.Period, finance.FormatFloat(d.Point, finance.USD, 2))
	}
	_, err = finance.Deflate(ads, cpi, 2009)
	fmt.Println(err)
	// Output:
	// 2012 $4.76 billion in 2019 dollars
	// 2013 $7.67 billion in 2019 dollars
	// deflate facebook.ad_revenue to 2009 prices: us.cpi_u has no value for 2009 (it has values for 2010 to 2024): no value for the period (a gap)
}
