package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/claims"
)

// finfig runs the command in-process and returns its exit status and
// output.
func finfig(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// embeddedCase returns the embedded case's ledger and a Checker of its
// claims, or fails tb.
func embeddedCase(tb testing.TB) ([]claims.Claim, *claims.Checker) {
	tb.Helper()
	ledger, errLedger := fbnetflix.Ledger()
	ck, errChecker := fbnetflix.Checker()
	if err := errors.Join(errLedger, errChecker); err != nil {
		tb.Fatal(err)
	}
	return ledger, ck
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeTemp writes data into the file name of a new temporary directory
// and returns its path.
func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	writeFile(t, p, data)
	return p
}

// copyData writes the embedded data package into a temporary directory,
// with observations.csv changed by edit.
func copyData(t *testing.T, edit func(string) string) string {
	t.Helper()
	return copyCase(t, "observations.csv", edit, "datapackage.json", "series.csv", "observations.csv")
}

// copyCase copies the named files of the embedded case's data package
// into a new directory, the file edited through edit.
func copyCase(t *testing.T, edited string, edit func(string) string, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join("..", "..", "cases", "fbnetflix", "data", name))
		if err != nil {
			t.Fatal(err)
		}
		if name == edited {
			b = []byte(edit(string(b)))
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
