// Package plotstest checks charts against golden files, for the tests of
// packages that build charts (as net/http/httptest serves handlers' tests).
package plotstest

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/finfig/finfig/plots"
)

// fontData matches the base64 font files that SVG output embeds.
var fontData = regexp.MustCompile(`base64,[A-Za-z0-9+/=]+`)

// SVG returns c drawn as SVG at its size, with each embedded font file
// replaced by its SHA-256: small enough for a golden file, and still a
// check of the fonts.
func SVG(c plots.Chart) ([]byte, error) {
	var buf bytes.Buffer
	if err := plots.Write(&buf, c.Plot, "svg", c.Width, c.Height); err != nil {
		return nil, err
	}
	return fontData.ReplaceAllFunc(buf.Bytes(), func(m []byte) []byte {
		return fmt.Appendf(nil, "base64,sha256-%x", sha256.Sum256(m[len("base64,"):]))
	}), nil
}

// Golden compares SVG of each chart with the file dir/NAME.golden.svg and
// reports each that differs, with the first line that does. With update
// it writes the files instead: run the test with -update after an
// intended change, and look at the charts before committing.
func Golden(t testing.TB, dir string, charts []plots.Chart, update bool) {
	t.Helper()
	for _, c := range charts {
		got, err := SVG(c)
		if err != nil {
			t.Errorf("%s: %v", c.Name, err)
			continue
		}
		path := filepath.Join(dir, c.Name+".golden.svg")
		if update {
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

// firstDiffLine returns the number of the first line where a and b differ.
func firstDiffLine(a, b []byte) int {
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := range min(len(la), len(lb)) {
		if !bytes.Equal(la[i], lb[i]) {
			return i + 1
		}
	}
	return min(len(la), len(lb)) + 1
}
