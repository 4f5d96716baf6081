package plots_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/finfig/finfig/plots"
)

func TestRenderTmp(t *testing.T) {
	dir := os.Getenv("RENDER_DIR")
	if dir == "" {
		t.Skip()
	}
	charts, err := plots.Standard(testInputs())
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
