package main

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"text/template"
)

var update = flag.Bool("update", false, "rewrite the goldens of testdata/bad/*/want and */stdout from the current output")

// badDir holds the bad-input corpus: one directory per case, with
//
//	args      the finfig arguments, one a line; $DIR is the case directory
//	want      the exit status on the first line, then the exact stderr,
//	          with the case directory written $DIR
//	stdout    for input that is accepted (a byte-order mark, CR LF line
//	          ends): what finfig prints, which says what it loaded
//	note      why the case is there, when its name does not say
//	*.gen     a file made by the test: the text/template *.gen, whose
//	          {{repeat "x" N}} writes x N times (a line of megabytes)
//	*.sparse  a file made by the test: a sparse file of the size written
//	          in *.sparse (a file over a size limit, which must be refused
//	          before it is read)
//
// and the data package, ledger or events table the arguments name.
const badDir = "../../testdata/bad"

// positioned matches a message that names a file, a line and a column.
var positioned = regexp.MustCompile(`\$DIR/[^\s:]+:\d+:\d+`)

// wholeFile matches a message about a whole file: missing, empty, too
// large, not a file.
var wholeFile = regexp.MustCompile(`\$DIR(/[^\s:]+)?: `)

// TestBadInput runs finfig on every case of the bad-input corpus,
// in-process, and checks that it refuses the input with the message and
// exit status of the case's golden (1 for bad data, 2 for bad usage),
// prints nothing on stdout, and creates or changes no file in the case
// directory, in the --out directory or in the working directory. Input
// that finfig accepts (a byte-order mark, CR LF) must give the golden
// stdout. go test -run TestBadInput -update rewrites the goldens.
func TestBadInput(t *testing.T) {
	ents, err := os.ReadDir(badDir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		n++
		t.Run(e.Name(), func(t *testing.T) { runBadCase(t, filepath.Join(badDir, e.Name())) })
	}
	if n < 40 {
		t.Errorf("%d cases in %s, want at least 40", n, badDir)
	}
}

func runBadCase(t *testing.T, caseDir string) {
	caseDir, err := filepath.Abs(caseDir)
	if err != nil {
		t.Fatal(err)
	}
	argsText, err := os.ReadFile(filepath.Join(caseDir, "args"))
	if err != nil {
		t.Fatal(err)
	}
	dir := materialize(t, caseDir)
	args := strings.Split(strings.TrimSuffix(string(argsText), "\n"), "\n")
	var outDir string
	for i := range args {
		args[i] = strings.ReplaceAll(args[i], "$DIR", dir)
		if i > 0 && args[i-1] == "--out" {
			outDir = args[i]
		}
	}
	cwd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	watched := []string{dir, cwd}
	if outDir != "" {
		watched = append(watched, outDir)
	}
	before := make([]map[string]string, len(watched))
	for i, w := range watched {
		before[i] = snapshot(t, w)
	}

	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)

	for i, w := range watched {
		if diff := diffSnapshots(before[i], snapshot(t, w)); diff != "" {
			t.Errorf("finfig changed %s: %s", w, diff)
		}
	}
	gotErr := strings.ReplaceAll(stderr.String(), dir, "$DIR")
	gotOut := strings.ReplaceAll(stdout.String(), dir, "$DIR")
	got := strconv.Itoa(code) + "\n" + gotErr
	wantFile, outFile := filepath.Join(caseDir, "want"), filepath.Join(caseDir, "stdout")
	if *update {
		writeGolden(t, wantFile, got)
		if code == 0 {
			writeGolden(t, outFile, gotOut)
		} else {
			os.Remove(outFile)
		}
	}
	want, err := os.ReadFile(wantFile)
	if err != nil {
		t.Fatalf("%v (go test -run TestBadInput -update writes it)", err)
	}
	if got != string(want) {
		t.Errorf("finfig %s:\ngot\n%s\nwant\n%s", strings.Join(args, " "), got, want)
	}
	wantOut, err := os.ReadFile(outFile)
	accepted := err == nil
	switch {
	case accepted:
		if code != 0 || gotOut != string(wantOut) {
			t.Errorf("accepted input: exit %d, stdout\n%s\nwant 0 and\n%s", code, gotOut, wantOut)
		}
		return
	case code != 1 && code != 2:
		t.Fatalf("exit %d, want 1 (bad data) or 2 (bad usage)", code)
	case gotOut != "":
		t.Errorf("exit %d with stdout %q, want nothing", code, gotOut)
	}
	// The message: one line (the flag package adds the usage after its
	// own), short, naming the command and, for bad data in a file, the
	// file, line and column.
	if len(gotErr) > 4096 {
		t.Errorf("message of %d bytes: it must not repeat the input", len(gotErr))
	}
	first, _, _ := strings.Cut(gotErr, "\n")
	if !strings.HasPrefix(first, "finfig") {
		t.Errorf("message %q does not start with the command", first)
	}
	if code == 1 && !positioned.MatchString(first) && !wholeFile.MatchString(first) && !strings.HasPrefix(first, "finfig growth: growth of ") {
		t.Errorf("bad data, but the message names no file, line and column: %q", first)
	}
}

// materialize returns the directory to run a case in: caseDir itself, or,
// when the case has generated files (*.gen, *.sparse), a temporary copy
// with them made.
func materialize(t *testing.T, caseDir string) string {
	gen, _ := filepath.Glob(filepath.Join(caseDir, "*.gen"))
	sparse, _ := filepath.Glob(filepath.Join(caseDir, "*.sparse"))
	if len(gen)+len(sparse) == 0 {
		return caseDir
	}
	dir := t.TempDir()
	ents, err := os.ReadDir(caseDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		name := e.Name()
		if e.IsDir() || name == "args" || name == "want" || name == "stdout" || name == "note" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(caseDir, name))
		if err != nil {
			t.Fatal(err)
		}
		switch filepath.Ext(name) {
		case ".gen":
			tmpl, err := template.New(name).Funcs(template.FuncMap{"repeat": strings.Repeat}).Parse(string(b))
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			if err := tmpl.Execute(&out, nil); err != nil {
				t.Fatal(err)
			}
			b = out.Bytes()
			name = strings.TrimSuffix(name, ".gen")
		case ".sparse":
			size, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			f, err := os.Create(filepath.Join(dir, strings.TrimSuffix(name, ".sparse")))
			if err != nil {
				t.Fatal(err)
			}
			if err := f.Truncate(size); err != nil {
				t.Fatal(err)
			}
			f.Close()
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// snapshot returns every file and directory under root with its mode,
// size and modification time, and for a file up to a megabyte its hash.
func snapshot(t *testing.T, root string) map[string]string {
	t.Helper()
	m := map[string]string{}
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // a directory that does not exist yet: empty
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		s := info.Mode().String() + " " + strconv.FormatInt(info.Size(), 10) + " " + info.ModTime().String()
		if info.Mode().IsRegular() && info.Size() <= 1<<20 {
			if b, err := os.ReadFile(path); err == nil {
				s += fmt.Sprintf(" %x", sha256.Sum256(b))
			}
		}
		m[path] = s
		return nil
	})
	return m
}

// diffSnapshots describes how two snapshots differ, "" when they do not.
func diffSnapshots(before, after map[string]string) string {
	var d []string
	for p, s := range after {
		if b, ok := before[p]; !ok {
			d = append(d, "created "+p)
		} else if b != s {
			d = append(d, "modified "+p)
		}
	}
	for p := range before {
		if _, ok := after[p]; !ok {
			d = append(d, "removed "+p)
		}
	}
	return strings.Join(d, "; ")
}

func writeGolden(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
