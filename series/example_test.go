package series_test

import (
	"fmt"

	"github.com/finfig/finfig/series"
)

// facebookAdRevenue builds Facebook's advertising revenue 2012–2019 in USD
// millions as the 10-K tables and earnings releases state it.
func facebookAdRevenue() *series.Series {
	millions := []string{"4,279", "6,986", "11,492", "17,079", "26,885", "39,942", "55,013", "69,655"}
	var pts []series.Point
	for i, s := range millions {
		pts = append(pts, series.Point{Period: series.Year(2012 + i), Value: series.MustParseValue(s).Shift(6)})
	}
	s, err := series.New(series.Meta{ID: "facebook.ad_revenue", Unit: "USD", Frequency: series.Annual}, pts)
	if err != nil {
		panic(err)
	}
	return s
}

func ExampleGrowthBetween() {
	g, err := series.GrowthBetween(facebookAdRevenue(), series.Year(2012), series.Year(2019))
	if err != nil {
		panic(err)
	}
	fmt.Printf("multiple %.2f, CAGR %.2f%% over %g years\n", g.Multiple.Point, 100*g.CAGR.Point, g.Years)
	fmt.Printf("CAGR within rounding: [%.4f%%, %.4f%%]\n", 100*g.CAGR.Lo, 100*g.CAGR.Hi)
	// Output:
	// multiple 16.28, CAGR 48.97% over 7 years
	// CAGR within rounding: [48.9634%, 48.9686%]
}

func ExampleYoY() {
	for _, r := range series.YoY(facebookAdRevenue()) {
		fmt.Printf("%s %.1f%%\n", r.Period, 100*r.Point)
	}
	// Output:
	// 2013 63.3%
	// 2014 64.5%
	// 2015 48.6%
	// 2016 57.4%
	// 2017 48.6%
	// 2018 37.7%
	// 2019 26.6%
}

func ExampleTrend() {
	fit, err := series.Trend(facebookAdRevenue())
	if err != nil {
		panic(err)
	}
	fmt.Printf("trend %.1f%% a year, R² %.3f, 95%% interval [%.1f%%, %.1f%%]\n",
		100*fit.Rate, fit.R2, 100*fit.RateLo, 100*fit.RateHi)
	// Output:
	// trend 50.0% a year, R² 0.991, 95% interval [44.1%, 56.0%]
}

func ExampleValue_Consistent() {
	article := series.MustParseValue("69.66") // "$69.66 billion"
	filing := series.MustParseValue("69,655") // USD millions
	fmt.Println(article.Shift(9).Consistent(filing.Shift(6)))
	// Output: true
}

func ExampleMustParseValue() {
	v := series.MustParseValue("69,655").Shift(6) // a filing's USD millions
	fmt.Println(v, v.Decimals())
	// Output: 69655000000 -6
}

func ExampleParsePeriod() {
	for _, s := range []string{"2019", "2019Q4", "2015-02", "2022-11-28"} {
		p, err := series.ParsePeriod(s)
		if err != nil {
			panic(err)
		}
		fmt.Println(p, p.Frequency(), series.YearsBetween(series.Year(2012), p))
	}
	// Output:
	// 2019 annual 7
	// 2019Q4 quarterly 7
	// 2015-02 monthly 2.1666666666666665
	// 2022-11-28 daily 9.908485458291409
}
