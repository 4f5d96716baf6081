package fbnetflix

import (
	"fmt"

	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/series"
)

// A hand-typed copy of the case's figures, from which the golden files
// were first drawn.

// annual builds an annual series from 2012 of figures written as the
// source writes them, stated in units of 10^shift (6 for USD millions).
func annual(id, name, unit, vintage string, shift int, doc string, figures ...string) *series.Series {
	return annualFrom(2012, id, name, unit, vintage, shift, doc, figures...)
}

func annualFrom(year int, id, name, unit, vintage string, shift int, doc string, figures ...string) *series.Series {
	var pts []series.Point
	for i, f := range figures {
		if f == "" {
			continue // a year the source does not give
		}
		v, err := series.ParseValue(f)
		if err != nil {
			panic(err)
		}
		pts = append(pts, series.Point{
			Period: series.Year(year + i),
			Value:  v.Shift(shift),
			Source: series.Source{Document: fmt.Sprintf(doc, year+i+1), Kind: "P"},
		})
	}
	s, err := series.New(series.Meta{ID: id, Name: name, Unit: unit, Frequency: series.Annual, Vintage: vintage}, pts)
	if err != nil {
		panic(err)
	}
	return s
}

func facebookAdRevenue() *series.Series {
	return annual("facebook.ad_revenue", "Facebook advertising revenue", "USD", "", 6, "Facebook FY%d Form 10-K, p. 46",
		"4,279", "6,986", "11,492", "17,079", "26,885", "39,942", "55,013", "69,655")
}

func netflixStreamingRevenue() *series.Series {
	return annual("netflix.streaming_revenue", "Netflix streaming revenue", "USD", "", 3, "Netflix FY%d Form 10-K, segment note",
		"2,472,410", "3,463,765", "4,739,495", "6,133,774", "8,288,402", "11,242,216", "15,428,752", "19,859,230")
}

func netflixMarketing() *series.Series {
	return annual("netflix.marketing", "Netflix marketing expense", "USD", "", 3, "Netflix FY%d Form 10-K",
		"484,729", "503,889", "607,186", "824,092", "991,078", "1,436,281", "2,369,469", "2,652,500")
}

func facebookMAU() *series.Series {
	return annual("facebook.mau", "Facebook monthly active users", "users", "", 9, "Facebook Q4 %d earnings release (Exhibit 99.1)",
		"1.06", "1.23", "1.39", "1.59", "1.86", "2.13", "2.32", "2.50")
}

// adSpendReports returns Netflix's spending on Facebook ads as each report
// gives it (USD, stated to the million).
func adSpendReports() []*series.Series {
	report := func(vintage, doc string, figures map[int]string) *series.Series {
		var pts []series.Point
		for _, y := range []int{2015, 2016, 2017, 2018, 2019} {
			f, ok := figures[y]
			if !ok {
				continue
			}
			v, err := series.ParseValue(f)
			if err != nil {
				panic(err)
			}
			pts = append(pts, series.Point{Period: series.Year(y), Value: v.Shift(6), Source: series.Source{Document: doc, Kind: "S"}})
		}
		s, err := series.New(series.Meta{ID: "netflix.facebook_ad_spend", Name: "Netflix spending on Facebook advertising",
			Unit: "USD", Frequency: series.Annual, Vintage: vintage}, pts)
		if err != nil {
			panic(err)
		}
		return s
	}
	return []*series.Series{
		report("IndieWire via Yahoo", "IndieWire via Yahoo", map[int]string{2017: "40", 2019: "150"}),
		report("leakrelease", "leakrelease", map[int]string{2017: "150"}),
		report("seed 000", "seed article 000", map[int]string{2015: "40"}),
		report("seed 001", "seed article 001", map[int]string{2015: "40", 2017: "150"}),
		report("seed 002", "seed article 002", map[int]string{2019: "150"}),
		report("seed 004", "seed article 004", map[int]string{2017: "150"}),
	}
}

func claim() plots.GrowthClaim {
	v := func(s string) series.Value {
		x, err := series.ParseValue(s)
		if err != nil {
			panic(err)
		}
		return x.Shift(9)
	}
	return plots.GrowthClaim{
		Quote:  "$4.28 billion in 2012 to an astounding $69.66 billion in 2019",
		Source: "seed 001",
		From:   series.Year(2012), To: series.Year(2019),
		Start: v("4.28"), End: v("69.66"),
	}
}

func testInputs() chartData {
	return chartData{
		adRevenue: facebookAdRevenue(),
		streaming: netflixStreamingRevenue(),
		marketing: netflixMarketing(),
		adSpend:   adSpendReports(),
		mau:       facebookMAU(),
		claim:     claim(),
	}
}
