package plots_test

import (
	"flag"
	"testing"

	"github.com/finfig/finfig/plots/plotstest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ from the current output")

// TestGolden compares the chart of each builder on the test inputs with
// its golden file under testdata/ ("go test -run TestGolden -update"
// rewrites them).
func TestGolden(t *testing.T) {
	plotstest.Golden(t, "testdata", sampleCharts(t), *update)
}
