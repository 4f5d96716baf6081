package plots_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/finfig/finfig/plots"
)

// TestRender writes the test charts in every format to the directory
// $PLOTS_RENDER_DIR, for looking at them:
//
//	PLOTS_RENDER_DIR=/tmp/charts go test -run TestRender ./plots
func TestRender(t *testing.T) {
	dir := os.Getenv("PLOTS_RENDER_DIR")
	if dir == "" {
		t.Skip("PLOTS_RENDER_DIR is not set")
	}
	charts, err := plots.BuildAll(sampleBuilds()...)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range charts {
		for _, f := range []string{"png", "svg", "pdf"} {
			if err := plots.WriteFile(filepath.Join(dir, c.Name+"."+f), c.Plot, f, c.Width, c.Height); err != nil {
				t.Fatal(c.Name, err)
			}
		}
	}
}
