package plotstest_test

import (
	"bytes"
	"fmt"

	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/plots/plotstest"
	"github.com/finfig/finfig/series"
)

// SVG draws a chart as a golden file holds it: the SVG with each embedded
// font replaced by its SHA-256, so the same chart gives the same bytes.
func ExampleSVG() {
	s, err := series.New(series.Meta{ID: "acme.revenue", Name: "Acme revenue", Unit: "USD", Frequency: series.Annual}, []series.Point{
		{Period: series.Year(2020), Value: series.MustParseValue("100")},
		{Period: series.Year(2021), Value: series.MustParseValue("150")},
	})
	if err != nil {
		panic(err)
	}
	p, err := plots.Lines(plots.Spec{Title: "Acme revenue", Format: plots.Plain()}, s)
	if err != nil {
		panic(err)
	}
	c := plots.Chart{Name: "acme", Title: "Acme revenue", Plot: p, Width: plots.DefaultWidth, Height: plots.DefaultHeight}
	a, err := plotstest.SVG(c)
	if err != nil {
		panic(err)
	}
	b, _ := plotstest.SVG(c)
	fmt.Println(bytes.HasPrefix(a, []byte("<?xml")), bytes.Contains(a, []byte("Acme revenue")), bytes.Equal(a, b))
	// Output:
	// true true true
}
