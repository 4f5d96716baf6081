package plots_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/series"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
)

// The tests' inputs: made-up annual series of two companies, Alpha and
// Beta, 2012–2019, stated as a filing states figures (in millions or
// billions, with the precision the digits show), and made-up reports of
// one figure that disagree.

// testUnit implements plots.Unit, as finance.Unit does.
type testUnit struct {
	code, symbol string
	currency     bool
}

func (u testUnit) String() string   { return u.code }
func (u testUnit) Symbol() string   { return u.symbol }
func (u testUnit) IsCurrency() bool { return u.currency }

var (
	usd   = testUnit{"USD", "$", true}
	eur   = testUnit{"EUR", "€", true}
	chf   = testUnit{"CHF", "", true}
	users = testUnit{"users", "", false}
)

// annual builds an annual series from 2012 of figures written as the
// source writes them, stated in units of 10^shift (9 for billions).
func annual(id, name, unit, vintage string, shift int, doc string, figures string) *series.Series {
	return annualFrom(2012, id, name, unit, vintage, shift, doc, figures)
}

// annualFrom is annual from year; figures are separated by spaces, "-"
// where the source does not give the year.
func annualFrom(year int, id, name, unit, vintage string, shift int, doc string, figures string) *series.Series {
	var pts []series.Point
	for i, f := range strings.Fields(figures) {
		if f == "-" {
			continue
		}
		v, err := series.ParseValue(f)
		if err != nil {
			panic(err)
		}
		pts = append(pts, series.Point{
			Period: series.Year(year + i),
			Value:  v.Shift(shift),
			Source: series.Source{Document: document(doc, year+i+1), Kind: "P"},
		})
	}
	s, err := series.New(series.Meta{ID: id, Name: name, Unit: unit, Frequency: series.Annual, Vintage: vintage}, pts)
	if err != nil {
		panic(err)
	}
	return s
}

// near reports whether a is b to nine significant digits, or within 1e-9
// of a b smaller than 1.
func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// document names the source of a figure for year: doc, with the year
// (the filing's) in place of a %d.
func document(doc string, year int) string {
	if strings.Contains(doc, "%d") {
		return fmt.Sprintf(doc, year)
	}
	return doc
}

// The companies' series; a Series is immutable, so tests share them.
var (
	// revenueA grows from $5B to $70B, stated to the billion.
	revenueA = annual("alpha.revenue", "Alpha revenue", "USD", "", 9, "Alpha FY%d Form 10-K, p. 40", "5 8 12 18 27 40 55 70")
	// revenueB grows from $2.5B to $20B, stated to the hundred million.
	revenueB   = annual("beta.revenue", "Beta revenue", "USD", "", 9, "Beta FY%d Form 10-K", "2.5 3.5 4.5 6.0 8.0 11.0 15.0 20.0")
	marketingB = annual("beta.marketing", "Beta marketing expense", "USD", "", 9, "Beta FY%d Form 10-K", "0.5 0.5 0.6 0.8 1.0 1.4 2.4 2.7")
	// usersA grows from 1.0 to 2.5 billion users.
	usersA = annual("alpha.users", "Alpha users", "users", "", 9, "Alpha Q4 %d earnings release", "1.0 1.2 1.4 1.6 1.8 2.1 2.3 2.5")
)

// reports returns one figure, Beta's spending on Alpha ads in USD
// millions, as three reports give it.
func reports() []*series.Series {
	return []*series.Series{
		annualFrom(2015, "beta.ad_spend", "Beta spending on Alpha ads", "USD", "report 1", 6, "report 1", "- - 40 - 150"),
		annualFrom(2015, "beta.ad_spend", "Beta spending on Alpha ads", "USD", "report 2", 6, "report 2", "- - 150"),
		annualFrom(2015, "beta.ad_spend", "Beta spending on Alpha ads", "USD", "report 3", 6, "report 3", "40"),
	}
}

// claimA says that Alpha's revenue went from "$5.0 billion" to "$70
// billion" from 2012 to 2019.
func claimA() plots.GrowthClaim {
	v := func(s string) series.Value {
		x, err := series.ParseValue(s)
		if err != nil {
			panic(err)
		}
		return x.Shift(9)
	}
	return plots.GrowthClaim{
		Quote:  "$5.0 billion in 2012 to $70 billion in 2019",
		Source: "article 1",
		From:   series.Year(2012), To: series.Year(2019),
		Start: v("5.0"), End: v("70"),
	}
}

// sampleBuilds calls every builder once, on the inputs above.
func sampleBuilds() []plots.Build {
	a, b, u := revenueA, revenueB, usersA
	c := claimA()
	build := func(name string, fn func() (*plot.Plot, error)) plots.Build {
		return plots.Build{Name: name, Plot: fn}
	}
	money := plots.Spec{XLabel: "Fiscal year", YLabel: "USD per year", Unit: usd}
	titled := func(s plots.Spec, title string) plots.Spec { s.Title = title; return s }
	log := titled(money, "Revenue, on a log scale")
	log.Log = true
	return []plots.Build{
		build("lines", func() (*plot.Plot, error) { return plots.Lines(titled(money, "Revenue"), a, b) }),
		build("lines-log", func() (*plot.Plot, error) { return plots.Lines(log, a, b) }),
		build("yoy", func() (*plot.Plot, error) { return plots.YoYBars(titled(money, "Growth"), a, b) }),
		build("index", func() (*plot.Plot, error) {
			return plots.IndexLines(titled(money, "Index"), series.Year(2012), a, b)
		}),
		build("reports", func() (*plot.Plot, error) { return plots.Reports(titled(money, "Reports"), reports()...) }),
		build("shares", func() (*plot.Plot, error) {
			return plots.Shares(titled(money, "Shares"), reports(), marketingB, a)
		}),
		build("claim-figures", func() (*plot.Plot, error) { return plots.ClaimFigures(titled(money, "“"+c.Quote+"”"), a, c) }),
		build("claim-rounding", func() (*plot.Plot, error) { return plots.ClaimRounding(titled(money, "Rounding"), a, c) }),
		{Name: "windows", Height: 5.5 * vg.Inch, Plot: func() (*plot.Plot, error) {
			return plots.WindowHeatMap(plots.Spec{Title: "Windows", XLabel: "From", YLabel: "To"}, a, c)
		}},
		build("lines-one", func() (*plot.Plot, error) {
			return plots.Lines(plots.Spec{Title: "Users", YLabel: "Users", Unit: users}, u)
		}),
		build("per-unit", func() (*plot.Plot, error) { return plots.PerUnit(titled(money, "Revenue per user"), a, u) }),
	}
}

func sampleCharts(t testing.TB) []plots.Chart {
	t.Helper()
	charts, err := plots.BuildAll(sampleBuilds()...)
	if err != nil {
		t.Fatal(err)
	}
	return charts
}

func sampleChart(t testing.TB, name string) plots.Chart {
	t.Helper()
	for _, c := range sampleCharts(t) {
		if c.Name == name {
			return c
		}
	}
	t.Fatalf("no chart %s", name)
	return plots.Chart{}
}
