package plots_test

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/finfig/finfig/plots"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ from the current output")

// fontData matches the base64 font files that SVG output embeds.
var fontData = regexp.MustCompile(`base64,[A-Za-z0-9+/=]+`)

// withoutFonts replaces each embedded font file by its SHA-256, which
// keeps the golden files small and still checks the fonts.
func withoutFonts(svg []byte) []byte {
	return fontData.ReplaceAllFunc(svg, func(m []byte) []byte {
		return fmt.Appendf(nil, "base64,sha256-%x", sha256.Sum256(m[len("base64,"):]))
	})
}

// TestGolden compares the chart of each builder on the test inputs, as SVG
// at its size, with its golden file under testdata/. Run
// "go test -run TestGolden -update" to rewrite them after an intended
// change, and look at the charts before committing.
func TestGolden(t *testing.T) {
	for _, c := range sampleCharts(t) {
		var buf bytes.Buffer
		if err := plots.Write(&buf, c.Plot, "svg", c.Width, c.Height); err != nil {
			t.Fatal(c.Name, err)
		}
		got := withoutFonts(buf.Bytes())
		path := filepath.Join("testdata", c.Name+".golden.svg")
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v (run with -update to create it)", c.Name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: SVG differs from %s at line %d; run with -update if the change is intended", c.Name, path, firstDiffLine(got, want))
		}
	}
}

func firstDiffLine(a, b []byte) int {
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := range min(len(la), len(lb)) {
		if !bytes.Equal(la[i], lb[i]) {
			return i + 1
		}
	}
	return min(len(la), len(lb)) + 1
}
