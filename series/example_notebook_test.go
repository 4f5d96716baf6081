package series_test

import (
	"fmt"

	"github.com/finfig/finfig/series"
)

// The windows of eight years of figures: 8·7/2 = 28, the fastest first
// when sorted; 15 grew faster than 2012→2019 (by hand), so it ranks 16th.
func ExampleAllWindows() {
	ws := series.AllWindows(facebookAdRevenue(), 0)
	faster := 0
	var whole series.Window
	for _, w := range ws {
		if w.From == series.Year(2012) && w.To == series.Year(2019) {
			whole = w
		}
	}
	for _, w := range ws {
		if w.CAGR > whole.CAGR {
			faster++
		}
	}
	fmt.Printf("%d windows; 2012→2019 (%.2f%%) ranks %d of %d\n", len(ws), 100*whole.CAGR, faster+1, len(ws))
	// Output:
	// 28 windows; 2012→2019 (48.97%) ranks 16 of 28
}

// A window that spans the whole series has none as long to compare with, so
// WindowRank compares it with the windows of at least half its length,
// rounded up: the 10 windows of four years or more.
func ExampleWindowRank() {
	rank, n, minYears, ok := series.WindowRank(facebookAdRevenue(), series.Year(2012), series.Year(2019))
	fmt.Println(rank, n, minYears, ok)
	// Output:
	// 6 10 4 true
}
