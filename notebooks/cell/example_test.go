package cell_test

import (
	"errors"
	"fmt"

	"github.com/finfig/finfig/notebooks/cell"
	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/series"
)

// A cell prints a figure and asserts it against the value worked out by
// hand; a wrong figure fails the cell with what was expected.
func Example() {
	g := cell.Must(series.NewGrowth(series.Year(2012), series.Year(2019), cell.Must(series.ParseValue("4279")), cell.Must(series.ParseValue("69655"))))
	fmt.Printf("multiple %.4f×\n", g.Multiple.Point)
	cell.Near("multiple", g.Multiple.Point, 16.2783, 5e-5) // 69,655 / 4,279

	defer func() { fmt.Println(recover()) }()
	cell.Near("multiple", g.Multiple.Point, 16.3, 5e-5)
	// Output:
	// multiple 16.2783×
	// cell: multiple: got 16.27833606, want 16.3 ± 5e-05
}

func ExampleCheck() {
	defer func() {
		f := recover().(*cell.Failure)
		fmt.Println(f, errors.Is(f, series.ErrGap))
	}()
	cell.Check(fmt.Errorf("paid memberships 2012→2019: %w", series.ErrGap))
	// Output:
	// cell: paid memberships 2012→2019: no value for the period (a gap) true
}

func ExampleEqual() {
	cell.Equal("claims", 102, 102)
	defer func() { fmt.Println(recover()) }()
	cell.Equal("verdict", "inaccurate", "accurate")
	// Output:
	// cell: verdict: got inaccurate, want accurate
}

// Outside a notebook, Markdown prints its text.
func ExampleNewTable() {
	t := cell.NewTable("FY", "revenue:")
	t.Row(2012, "$4,279 million")
	t.Row(2019, "$69,655 million")
	cell.Markdown(t.String())
	// Output:
	// | FY | revenue |
	// |---|---:|
	// | 2012 | $4,279 million |
	// | 2019 | $69,655 million |
}

func ExampleChart() {
	charts := []plots.Chart{{Name: "07-users", Title: "Facebook monthly active users"}}
	cell.Show(cell.Chart(charts, "07-users"))
	defer func() { fmt.Println(recover()) }()
	cell.Chart(charts, "09-missing")
	// Output:
	// [chart 07-users: Facebook monthly active users]
	// cell: chart 09-missing: no such chart (have 07-users)
}
