package plots_test

import (
	"io"
	"testing"

	"github.com/finfig/finfig/plots"
)

// BenchmarkChart renders each builder's test chart at its size, as PNG and
// as SVG: BenchmarkChart/lines/png. (Drawing settles a plot's axes once;
// drawing it again does the same work.) The case's charts have their own
// benchmark in cases/fbnetflix.
func BenchmarkChart(b *testing.B) {
	charts, err := plots.BuildAll(sampleBuilds()...)
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

// BenchmarkBuildAll builds every builder's test chart without drawing it.
func BenchmarkBuildAll(b *testing.B) {
	builds := sampleBuilds()
	for b.Loop() {
		if _, err := plots.BuildAll(builds...); err != nil {
			b.Fatal(err)
		}
	}
}
