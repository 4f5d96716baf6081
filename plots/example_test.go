package plots_test

import (
	"fmt"
	"os"

	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/series"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
)

// The 1-2-5 labels of chart 2's log axis, from $2B to $100B.
func ExampleLogTicks() {
	p, err := plots.RevenueLog(facebookAdRevenue(), netflixStreamingRevenue())
	if err != nil {
		panic(err)
	}
	for _, t := range p.Y.Tick.Marker.Ticks(p.Y.Min, p.Y.Max) {
		if !t.IsMinor() {
			fmt.Print(t.Label, " ")
		}
	}
	fmt.Println()
	// Output:
	// $2B $5B $10B $20B $50B $100B
}

// A period axis labels years, not numbers.
func ExamplePeriodTicks() {
	ticks := plots.PeriodTicks{}.Ticks(plots.PeriodX(series.Year(2012))-0.5, plots.PeriodX(series.Year(2019))+0.5)
	for _, t := range ticks {
		if !t.IsMinor() {
			fmt.Printf("%s at %g\n", t.Label, t.Value)
		}
	}
	// Output:
	// 2012 at 2012.5
	// 2013 at 2013.5
	// 2014 at 2014.5
	// 2015 at 2015.5
	// 2016 at 2016.5
	// 2017 at 2017.5
	// 2018 at 2018.5
	// 2019 at 2019.5
}

func ExamplePeriodX() {
	for _, p := range []series.Period{series.Year(2012), series.Quarter(2019, 4)} {
		start, end := plots.PeriodBounds(p)
		fmt.Printf("%s: %g in [%g, %g]\n", p, plots.PeriodX(p), start, end)
	}
	// Output:
	// 2012: 2012.5 in [2012, 2013]
	// 2019Q4: 2019.875 in [2019.75, 2020]
}

// The label of the claim annotation for "$4.28 billion in 2012 to $69.66
// billion in 2019".
func ExampleNewClaim() {
	start, _ := series.ParseValue("4.28")
	end, _ := series.ParseValue("69.66")
	c, err := plots.NewClaim(series.Year(2012), series.Year(2019), start.Shift(9), end.Shift(9))
	if err != nil {
		panic(err)
	}
	fmt.Println(c.Label)
	// Output:
	// 16.3× in 7 years (CAGR 49.0%)
}

func ExampleMoney() {
	usd, eur := plots.Money("USD"), plots.Money("EUR")
	fmt.Println(usd(1e10), usd(7e10), usd(4.279e9), eur(2.65e8))
	fmt.Println(plots.Count()(2.5e9), plots.Percent()(0.49), plots.Percent()(0.0023))
	// Output:
	// $10B $70B $4.28B €265M
	// 2.5B 49% 0.23%
}

func ExampleLabelTicks() {
	p := plot.New()
	p.Y.Tick.Marker = plots.LabelTicks{Format: plots.Money("USD")}
	for _, t := range p.Y.Tick.Marker.Ticks(0, 70e9) {
		fmt.Print(t.Label, " ")
	}
	fmt.Println()
	// Output:
	// $0 $20B $40B $60B
}

func ExampleSourceLine() {
	fmt.Println(plots.SourceLine(facebookAdRevenue()))
	fmt.Println(plots.SourceLine(facebookAdRevenue(), netflixStreamingRevenue()))
	// Output:
	// Source: Facebook Form 10-K
	// Sources: Facebook Form 10-K; Netflix Form 10-K
}

// The standard charts, written as SVG files.
func ExampleStandard() {
	charts, err := plots.Standard(testInputs())
	if err != nil {
		panic(err)
	}
	dir, err := os.MkdirTemp("", "charts")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	for _, c := range charts {
		if err := plots.WriteFile(dir+"/"+c.Name+".svg", c.Plot, "svg", c.Width, c.Height); err != nil {
			panic(err)
		}
		fmt.Printf("%s.svg  %s\n", c.Name, c.Title)
	}
	// Output:
	// 01-revenue-linear.svg  Revenue, 2012–2019
	// 02-revenue-log.svg  Revenue, 2012–2019, on a log scale
	// 03-revenue-yoy.svg  Growth on the year before, 2013–2019
	// 04-revenue-index.svg  Revenue indexed to 2012 = 100
	// 05a-ad-spend-reports.svg  Netflix spending on Facebook advertising, as reported
	// 05b-ad-spend-shares.svg  Reported spending as a share of two totals
	// 06a-claim-figures.svg  “$4.28 billion in 2012 to an astounding $69.66 billion in 2019”
	// 06b-claim-rounding.svg  Rounding: the claimed figures against the filings
	// 06c-claim-windows.svg  CAGR of every window of Facebook advertising revenue
	// 07-users.svg  Facebook monthly active users, 2012–2019
	// 08-revenue-per-user.svg  Facebook advertising revenue per user, 2012–2019
}

// Composing the parts on a plot of one's own: a gap-aware line on a
// period axis with money labels, and a source line.
func ExampleLine() {
	t := plots.DefaultTheme()
	p := t.NewPlot("Facebook advertising revenue", "Fiscal year", "USD per year")
	l, err := plots.NewSeriesLine(facebookAdRevenue())
	if err != nil {
		panic(err)
	}
	p.Add(l, plots.NewSource(plots.SourceLine(facebookAdRevenue())))
	p.X.Tick.Marker = plots.PeriodTicks{}
	p.Y.Tick.Marker = plots.LabelTicks{Format: plots.Money("USD")}
	if err := plots.Write(discard{}, p, "png", 6*vg.Inch, 4*vg.Inch); err != nil {
		panic(err)
	}
	fmt.Println(p.X.Min, p.X.Max)
	// Output:
	// 2012.5 2019.5
}
