package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The seed corpus is in testdata/fuzz/FuzzRun/. Run the target with
//
//	go test -run '^$' -fuzz '^FuzzRun$' -fuzztime 60s ./cmd/finfig

// fixtureDir is the shared fixture data package: a few series of each
// kind, an events table and a ledger (testdata/pkg/ledger.toml).
const fixtureDir = "../../testdata/pkg"

// FuzzRun runs finfig on arbitrary argument lists: the fuzz input split at
// NUL bytes (which no real argument holds), with $DATA standing for the
// fixture package's directory, and an argument "$FILE:text" standing for
// the path of a temporary file holding text (a ledger to check, say).
// Whatever the arguments, finfig must not panic, must exit 0, 1 or 2, must
// print nothing on stdout and say why on stderr when it fails, must print
// what its --format promises when it succeeds, and must give the same
// output when run again.
func FuzzRun(f *testing.F) {
	data, err := filepath.Abs(fixtureDir)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		args := strings.Split(strings.ReplaceAll(in, "$DATA", data), "\x00")
		for i, a := range args {
			if text, ok := strings.CutPrefix(a, "$FILE:"); ok {
				args[i] = filepath.Join(t.TempDir(), "ledger.toml")
				if err := os.WriteFile(args[i], []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			if unsafePath(a) {
				t.Skip("an argument names a device or kernel file, which finfig would read as any file")
			}
		}
		var outDir string
		if args[0] == "plot" {
			// Force the charts into a temporary directory: the last --out
			// wins, and an "--out" the fuzz input leaves dangling takes
			// ours as its value and leaves a positional argument behind,
			// which plot refuses before writing anything.
			outDir = t.TempDir()
			args = append(args, "--out", outDir)
		}
		code, stdout, stderr := runArgs(args)
		switch code {
		case 0:
		case 1, 2:
			if stdout != "" {
				t.Fatalf("finfig %q: exit %d with stdout %q", args, code, stdout)
			}
			if strings.TrimSpace(stderr) == "" {
				t.Fatalf("finfig %q: exit %d and no message", args, code)
			}
		default:
			t.Fatalf("finfig %q: exit %d", args, code)
		}
		if strings.Contains(stderr, "json: unsupported value") {
			t.Fatalf("finfig %q: a figure JSON cannot hold (an infinity or a NaN) reached the output: %s", args, stderr)
		}
		if outDir != "" {
			checkNoTemp(t, outDir)
			return // plot is slow; its output is checked by the plot tests
		}
		if code == 0 {
			checkOutputFormat(t, args, stdout)
		}
		code2, stdout2, stderr2 := runArgs(args)
		if code2 != code || stdout2 != stdout || stderr2 != stderr {
			t.Fatalf("finfig %q twice: exit %d, then %d; stdout\n%s\nthen\n%s\nstderr\n%s\nthen\n%s", args, code, code2, stdout, stdout2, stderr, stderr2)
		}
	})
}

func runArgs(args []string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// unsafePath reports whether a names a file under /dev, /proc or /sys,
// whose reading may block (/dev/stdin) or never end (/dev/zero, though
// the size limits stop that).
func unsafePath(a string) bool {
	if _, v, ok := strings.Cut(a, "="); ok && strings.HasPrefix(a, "-") {
		a = v
	}
	if a == "" {
		return false
	}
	abs, err := filepath.Abs(a)
	if err != nil {
		return true
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		abs = r
	}
	for _, dir := range []string{"/dev", "/proc", "/sys"} {
		if abs == dir || strings.HasPrefix(abs, dir+"/") {
			return true
		}
	}
	return false
}

// checkOutputFormat checks that a successful command's output is what its
// --format promises: JSON that parses, CSV whose records all have the
// header's field count.
func checkOutputFormat(t *testing.T, args []string, stdout string) {
	t.Helper()
	format := formatOf(args)
	switch format {
	case formatJSON:
		if !json.Valid([]byte(stdout)) {
			t.Fatalf("finfig %q: output is not JSON:\n%s", args, stdout)
		}
	case formatCSV:
		r := csv.NewReader(strings.NewReader(stdout))
		if _, err := r.ReadAll(); err != nil {
			t.Fatalf("finfig %q: output is not CSV: %v\n%s", args, err, stdout)
		}
	}
}

// formatOf returns the --format that run sees in args, "" when none
// applies.
func formatOf(args []string) string {
	if len(args) == 0 {
		return ""
	}
	for _, c := range commandTable() {
		if c.name != args[0] {
			continue
		}
		fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		c.flags(fs)
		if fs.Parse(interleave(args[1:], fs)) != nil {
			return ""
		}
		if fl := fs.Lookup("format"); fl != nil {
			return fl.Value.String()
		}
	}
	return ""
}

// checkNoTemp fails when dir holds a temporary file of an atomic write.
func checkNoTemp(t *testing.T, dir string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".") || strings.Contains(e.Name(), ".tmp") {
			t.Fatalf("%s left behind in %s", e.Name(), dir)
		}
	}
}
