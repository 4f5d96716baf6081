package plots_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/series"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
)

// The 1-2-5 labels of a log axis from $2B to $100B.
func ExampleLogTicks() {
	for _, t := range (plots.LogTicks{Format: plots.Money("$")}).Ticks(2e9, 100e9) {
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
// billion in 2019": 69.66/4.28 = 16.3×, and 16.28^(1/7) − 1 = 49.0%.
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
	usd, eur := plots.Money("$"), plots.Money("€")
	fmt.Println(usd(1e10), usd(7e10), usd(4.279e9), eur(2.65e8))
	fmt.Println(plots.Count()(2.5e9), plots.Percent()(0.49), plots.Percent()(0.0023))
	// Output:
	// $10B $70B $4.28B €265M
	// 2.5B 49% 0.23%
}

func ExampleLabelTicks() {
	p := plot.New()
	p.Y.Tick.Marker = plots.LabelTicks{Format: plots.Money("$")}
	for _, t := range p.Y.Tick.Marker.Ticks(0, 70e9) {
		fmt.Print(t.Label, " ")
	}
	fmt.Println()
	// Output:
	// $0 $20B $40B $60B
}

func ExampleSourceLine() {
	fmt.Println(plots.SourceLine(revenueA))
	fmt.Println(plots.SourceLine(revenueA, revenueB, usersA))
	// Output:
	// Source: Alpha Form 10-K
	// Sources: Alpha Form 10-K, earnings release; Beta Form 10-K
}

// UnitFormat writes values as a unit wants them; finance.Unit is the
// usual Unit.
func ExampleUnitFormat() {
	fmt.Println(plots.UnitFormat(usd)(7e10), plots.UnitFormat(chf)(1.2e7), plots.UnitFormat(users)(2.5e9))
	// Output:
	// $70B CHF 12M 2.5B
}

// A stated figure keeps its digits: 4,279 USD millions is $4.279B.
func ExampleValueText() {
	v, _ := series.ParseValue("4,279")
	fmt.Println(plots.ValueText(usd, v.Shift(6)))
	// Output:
	// $4.279B
}

// Two series of one unit as lines, on a linear and on a log scale.
func ExampleLines() {
	spec := plots.Spec{Title: "Revenue", XLabel: "Fiscal year", YLabel: "USD per year", Unit: usd}
	p, err := plots.Lines(spec, revenueA, revenueB)
	if err != nil {
		panic(err)
	}
	fmt.Println(labels(p.Y))
	spec.Log = true
	if p, err = plots.Lines(spec, revenueA, revenueB); err != nil {
		panic(err)
	}
	fmt.Println(labels(p.Y))
	fmt.Println(labels(p.X))
	// Output:
	// $0 $20B $40B $60B $80B
	// $2B $5B $10B $20B $50B $100B
	// 2012 2013 2014 2015 2016 2017 2018 2019
}

// Growth on the year before as grouped bars, each labelled with its rate:
// Alpha's revenue went from $5B to $8B in 2013, 60%.
func ExampleYoYBars() {
	p, err := plots.YoYBars(plots.Spec{Title: "Growth on the year before"}, revenueA, revenueB)
	if err != nil {
		panic(err)
	}
	fmt.Println(labels(p.X))
	fmt.Println(labels(p.Y))
	// Output:
	// 2013 2014 2015 2016 2017 2018 2019
	// 0% 20% 40% 60% 80%
}

// Both revenues indexed to their first common year: Alpha's reaches
// 100 × 70/5 = 1,400, Beta's 100 × 20/2.5 = 800.
func ExampleIndexLines() {
	a, b := revenueA, revenueB
	base, err := plots.CommonStart(a, b)
	if err != nil {
		panic(err)
	}
	p, err := plots.IndexLines(plots.Spec{Title: fmt.Sprintf("Revenue indexed to %s = 100", base)}, base, a, b)
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Title.Text)
	fmt.Println(labels(p.Y))
	// Output:
	// Revenue indexed to 2012 = 100
	// 0 500 1,000 1,500
}

// Reports of one figure side by side, named in the legend by their
// vintages.
func ExampleReports() {
	p, err := plots.Reports(plots.Spec{Title: "As reported", Unit: usd}, reports()...)
	if err != nil {
		panic(err)
	}
	fmt.Println(strings.Join(drawnWith(p, "report"), "; "))
	fmt.Println(labels(p.Y))
	// Output:
	// report 1; report 2; report 3
	// $0 $50M $100M $150M $200M
}

// The reports as shares of two totals on a log axis: from 40/40,000 =
// 0.1% of Alpha's revenue in 2017 to 150/1,400 = 10.7% of Beta's
// marketing in 2017, with room for the legend and the source line.
func ExampleShares() {
	p, err := plots.Shares(plots.Spec{Title: "Shares"}, reports(), marketingB, revenueA)
	if err != nil {
		panic(err)
	}
	fmt.Println(strings.Join(drawnWith(p, "of "), "\n"))
	fmt.Println(labels(p.Y))
	// Output:
	// of Beta marketing expense
	// of Alpha revenue
	// 0.02% 0.05% 0.1% 0.2% 0.5% 1% 2% 5% 10% 20% 50%
}

// Revenue per user: $70B over 2.5 billion users is $28 in 2019.
func ExamplePerUnit() {
	p, err := plots.PerUnit(plots.Spec{Title: "Revenue per user", Unit: usd}, revenueA, usersA)
	if err != nil {
		panic(err)
	}
	fmt.Println(labels(p.Y))
	// Output:
	// $0 $10 $20 $30
}

// A growth claim on the series it is about: the claimed figures with
// their multiple and CAGR, and their rounding against the filed figures.
func ExampleClaimFigures() {
	c := claimA()
	p, err := plots.ClaimFigures(plots.Spec{Title: "“" + c.Quote + "”", Unit: usd}, revenueA, c)
	if err != nil {
		panic(err)
	}
	fmt.Println(strings.Join(drawnWith(p, "Alpha revenue"), "\n"))
	fmt.Println(strings.Join(drawnWith(p, "Claimed"), "\n"))
	// Output:
	// Alpha revenue as filed
	// Claimed figures (article 1)
}

// "$5.0 billion" is [4.95, 5.05] billion and the filed "5" billion [4.5,
// 5.5]: the intervals meet.
func ExampleClaimRounding() {
	p, err := plots.ClaimRounding(plots.Spec{Title: "Rounding", Unit: usd}, revenueA, claimA())
	if err != nil {
		panic(err)
	}
	fmt.Println(strings.Join(drawnWith(p, "claimed $"), "\n"))
	fmt.Println(strings.Join(drawnWith(p, "consistent"), "\n"))
	// Output:
	// claimed $5.0B, filed $5B
	// claimed $70B, filed $70B
	// consistent: the intervals meet
	// consistent: the intervals meet
}

// Every window's CAGR, the claimed window outlined and ranked in the
// legend among the windows of at least half its length (series.WindowRank):
// 2012–2019, (70/5)^(1/7) − 1 = 45.8%, among the ten windows of four years
// or more of a series whose growth slows.
func ExampleWindowHeatMap() {
	p, err := plots.WindowHeatMap(plots.Spec{Title: "CAGR of every window"}, revenueA, claimA())
	if err != nil {
		panic(err)
	}
	fmt.Println(strings.Join(drawnWith(p, "claimed window"), "\n"))
	// Output:
	// claimed window 2012–2019: 45.8%, 7th highest of 10 windows of 4+ years
}

// A chart set: the builds in order, each built and then written as SVG.
func ExampleBuildAll() {
	a, b := revenueA, revenueB
	first, last := plots.Span(a, b)
	spec := plots.Spec{Title: "Revenue, " + plots.SpanText(first, last), XLabel: "Fiscal year", YLabel: "USD per year", Unit: usd}
	charts, err := plots.BuildAll(
		plots.Build{Name: "01-revenue", Plot: func() (*plot.Plot, error) { return plots.Lines(spec, a, b) }},
		plots.Build{Name: "02-yoy", Plot: func() (*plot.Plot, error) {
			return plots.YoYBars(plots.Spec{Title: "Growth on the year before"}, a, b)
		}},
	)
	if err != nil {
		panic(err)
	}
	dir, err := os.MkdirTemp("", "charts")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	for _, c := range charts {
		if err := plots.WriteFile(filepath.Join(dir, c.Name+".svg"), c.Plot, "svg", c.Width, c.Height); err != nil {
			panic(err)
		}
		fmt.Printf("%s.svg  %s\n", c.Name, c.Title)
	}
	// Output:
	// 01-revenue.svg  Revenue, 2012–2019
	// 02-yoy.svg  Growth on the year before
}

// Composing the parts on a plot of one's own: a gap-aware line on a
// period axis with money labels, and a source line.
func ExampleLine() {
	t := plots.DefaultTheme()
	p := t.NewPlot("Alpha revenue", "Fiscal year", "USD per year")
	l, err := plots.NewSeriesLine(revenueA)
	if err != nil {
		panic(err)
	}
	p.Add(l, plots.NewSource(plots.SourceLine(revenueA)))
	p.X.Tick.Marker = plots.PeriodTicks{}
	p.Y.Tick.Marker = plots.LabelTicks{Format: plots.Money("$")}
	if err := plots.Write(io.Discard, p, "png", 6*vg.Inch, 4*vg.Inch); err != nil {
		panic(err)
	}
	fmt.Println(p.X.Min, p.X.Max)
	// Output:
	// 2012.5 2019.5
}

// labels returns the labels of an axis' major ticks, space-separated.
func labels(a plot.Axis) string { return strings.Join(axisLabels(a), " ") }

// An overview of any series: per unit and frequency, lines on a linear
// and a log scale and the growth on the year before.
func ExampleOverview() {
	unit := func(code string) plots.Unit {
		if code == "USD" {
			return usd
		}
		return users
	}
	charts, err := plots.Overview(unit, revenueA, usersA, revenueB)
	if err != nil {
		panic(err)
	}
	for _, c := range charts {
		fmt.Printf("%-22s %s\n", c.Name, c.Title)
	}
	// Output:
	// 01-USD-annual-lines    Series in USD, 2012–2019
	// 02-USD-annual-log      Series in USD, 2012–2019, on a log scale
	// 03-USD-annual-yoy      Growth on the year before: Series in USD
	// 04-users-annual-lines  Alpha users, 2012–2019
	// 05-users-annual-log    Alpha users, 2012–2019, on a log scale
	// 06-users-annual-yoy    Growth on the year before: Alpha users
}
