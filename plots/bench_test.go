package plots_test

import (
	"io"
	"testing"

	"github.com/finfig/finfig/plots"
)

// BenchmarkChart renders each standard chart at its size, as PNG and as
// SVG: BenchmarkChart/01-revenue-linear/png. (Drawing settles a plot's
// axes once; drawing it again does the same work.)
func BenchmarkChart(b *testing.B) {
	charts, err := plots.Standard(testInputs())
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range charts {
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

// BenchmarkStandard builds the whole chart set without drawing it.
func BenchmarkStandard(b *testing.B) {
	in := testInputs()
	for b.Loop() {
		if _, err := plots.Standard(in); err != nil {
			b.Fatal(err)
		}
	}
}
