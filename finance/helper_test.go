package finance

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/finfig/finfig/series"
)

// The helpers the package's tests share.

// value is a figure as written, scaled by 10^shift (6 for millions).
func value(s string, shift int) series.Value { return series.MustParseValue(s).Shift(shift) }

// figure reads a figure written as its digits show its precision, times
// 10^n after an "e": "69.66e9" is value("69.66", 9), "725" value("725", 0).
func figure(s string) series.Value {
	digits, exp, ok := strings.Cut(s, "e")
	shift := 0
	if ok {
		var err error
		if shift, err = strconv.Atoi(exp); err != nil {
			panic(err)
		}
	}
	return value(digits, shift)
}

// table reads testdata/name, a table of lines "input → want" with
// comment lines starting with #, and returns the two sides of each line.
func table(t *testing.T, name string) [][2]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var rows [][2]string
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		in, want, ok := strings.Cut(line, " → ")
		if !ok {
			t.Fatalf("%s:%d: no → in %q", name, i+1, line)
		}
		rows = append(rows, [2]string{in, want})
	}
	if len(rows) == 0 {
		t.Fatalf("%s: no rows", name)
	}
	return rows
}
