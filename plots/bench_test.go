package plots_test

import (
	"testing"

	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/plots/plotstest"
)

// BenchmarkChart renders each builder's test chart at its size, as PNG and
// as SVG: BenchmarkChart/lines/png. The case's charts have their own
// benchmark in cases/fbnetflix.
func BenchmarkChart(b *testing.B) { plotstest.Benchmark(b, sampleCharts(b)) }

// BenchmarkBuildAll builds every builder's test chart without drawing it.
func BenchmarkBuildAll(b *testing.B) {
	builds := sampleBuilds()
	for b.Loop() {
		if _, err := plots.BuildAll(builds...); err != nil {
			b.Fatal(err)
		}
	}
}
