package fbnetflix_test

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/claims"
	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/plots/plotstest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ from the current output")

func caseCharts(t testing.TB) []plots.Chart {
	t.Helper()
	pkg, err := fbnetflix.Data()
	if err != nil {
		t.Fatal(err)
	}
	ledger, err := fbnetflix.Ledger()
	if err != nil {
		t.Fatal(err)
	}
	charts, err := fbnetflix.Charts(pkg, ledger)
	if err != nil {
		t.Fatal(err)
	}
	return charts
}

// TestGolden compares each of the case's charts, drawn from its embedded
// data, with its golden file under testdata/ ("go test -run TestGolden
// -update" rewrites them).
func TestGolden(t *testing.T) {
	plotstest.Golden(t, "testdata", caseCharts(t), *update)
}

func TestCharts(t *testing.T) {
	var names []string
	for _, c := range caseCharts(t) {
		names = append(names, c.Name)
	}
	want := []string{"01-revenue-linear", "02-revenue-log", "03-revenue-yoy", "04-revenue-index",
		"05a-ad-spend-reports", "05b-ad-spend-shares", "06a-claim-figures", "06b-claim-rounding",
		"06c-claim-windows", "07-users", "08-revenue-per-user"}
	if !slices.Equal(names, want) {
		t.Errorf("charts %q, want %q", names, want)
	}

	pkg, err := fbnetflix.Data()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fbnetflix.Charts(pkg, nil); err == nil {
		t.Error("Charts without a ledger: no error")
	}
	bad := []claims.Claim{{ID: "x", Kind: claims.KindChange, Subject: "facebook.ad_revenue", Claimed: "lots", ClaimedEnd: "more"}}
	if _, err := fbnetflix.Charts(pkg, bad); err == nil {
		t.Error("Charts with a claim of no figure: no error")
	}
}

// TestChartsNeedTheSeries: a package without the case's series is an
// error that names the missing id.
func TestChartsNeedTheSeries(t *testing.T) {
	ledger, err := fbnetflix.Ledger()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fbnetflix.Charts(&datapkg.Package{}, ledger); !errors.Is(err, datapkg.ErrNoSeries) {
		t.Errorf("err = %v, want ErrNoSeries", err)
	}
}

// The case's charts, with their titles (a long title wraps; here it is
// written on one line).
func ExampleCharts() {
	pkg, err := fbnetflix.Data()
	if err != nil {
		panic(err)
	}
	ledger, err := fbnetflix.Ledger()
	if err != nil {
		panic(err)
	}
	charts, err := fbnetflix.Charts(pkg, ledger)
	if err != nil {
		panic(err)
	}
	for _, c := range charts {
		fmt.Printf("%-21s %s\n", c.Name, strings.ReplaceAll(c.Title, "\n", " "))
	}
	// Output:
	// 01-revenue-linear     Revenue, 2012–2019
	// 02-revenue-log        Revenue, 2012–2019, on a log scale
	// 03-revenue-yoy        Growth on the year before, 2013–2019
	// 04-revenue-index      Revenue indexed to 2012 = 100
	// 05a-ad-spend-reports  Netflix spending on Facebook advertising, as reported
	// 05b-ad-spend-shares   Reported spending as a share of two totals
	// 06a-claim-figures     “surged dramatically from $4.28 billion in 2012 to an astounding $69.66 billion in 2019”
	// 06b-claim-rounding    Rounding: the claimed figures against the filings
	// 06c-claim-windows     CAGR of every window of Facebook advertising revenue
	// 07-users              Facebook monthly active users, 2012–2019
	// 08-revenue-per-user   Facebook advertising revenue per user, 2012–2019
}

// BenchmarkChart renders each of the case's charts at its size, as PNG
// and as SVG: BenchmarkChart/01-revenue-linear/png. (Drawing settles a
// plot's axes once; drawing it again does the same work.)
func BenchmarkChart(b *testing.B) {
	for _, c := range caseCharts(b) {
		for _, format := range []string{"png", "svg"} {
			b.Run(c.Name+"/"+format, func(b *testing.B) {
				for b.Loop() {
					if err := plots.Write(io.Discard, c.Plot, format, c.Width, c.Height); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkCharts builds the case's charts from its loaded data without
// drawing them.
func BenchmarkCharts(b *testing.B) {
	pkg, err := fbnetflix.Data()
	if err != nil {
		b.Fatal(err)
	}
	ledger, err := fbnetflix.Ledger()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := fbnetflix.Charts(pkg, ledger); err != nil {
			b.Fatal(err)
		}
	}
}
