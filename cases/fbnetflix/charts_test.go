package fbnetflix

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

func caseCharts(t testing.TB) []plots.Chart {
	t.Helper()
	charts, err := testInputs().charts()
	if err != nil {
		t.Fatal(err)
	}
	return charts
}

// TestGolden compares each of the case's charts, as SVG, with its golden
// file under testdata/. Run "go test -run TestGolden -update" to rewrite
// them after an intended change, and look at the charts before committing.
func TestGolden(t *testing.T) {
	for _, c := range caseCharts(t) {
		var buf bytes.Buffer
		if err := plots.Write(&buf, c.Plot, "svg", plots.DefaultWidth, plots.DefaultHeight); err != nil {
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
			t.Errorf("%s: SVG differs from %s; run with -update if the change is intended", c.Name, path)
		}
	}
}
