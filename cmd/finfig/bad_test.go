package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"text/template"
	"time"
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
//	bug       a known bug that the case shows, and the test in the
//	          package at fault that reports it: until it is fixed, want
//	          holds the exit status that finfig should give, and the case
//	          is skipped when finfig gives another or a message that does
//	          not say where the problem is
//	*.gen     a file made by the test: the text/template *.gen, whose
//	          {{repeat "x" N}} writes x N times (a line of megabytes)
//	*.sparse  a file made by the test: a sparse file of the size written
//	          in *.sparse (a file over a size limit, which must be refused
//	          before it is read)
//	*.fifo    a named pipe made by the test (mkfifo), with no writer: a
//	          reader that opens it waits for ever
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
	code, hung := runWithin(t, dir, args, &stdout, &stderr)

	for i, w := range watched {
		if diff := diffSnapshots(before[i], snapshot(t, w)); diff != "" {
			t.Errorf("finfig changed %s: %s", w, diff)
		}
	}
	gotErr := strings.ReplaceAll(stderr.String(), dir, "$DIR")
	gotOut := strings.ReplaceAll(stdout.String(), dir, "$DIR")
	got := strconv.Itoa(code) + "\n" + gotErr
	wantFile, outFile := filepath.Join(caseDir, "want"), filepath.Join(caseDir, "stdout")
	if bug, err := os.ReadFile(filepath.Join(caseDir, "bug")); err == nil {
		want, err := os.ReadFile(wantFile)
		if err != nil {
			t.Fatal(err)
		}
		problem := messageProblem(code, gotErr)
		switch {
		case hung:
			problem = "finfig did not return within 10 seconds"
		case strconv.Itoa(code) != strings.TrimSpace(string(want)):
			problem = fmt.Sprintf("exit %d, want %s", code, strings.TrimSpace(string(want)))
		case gotOut != "":
			problem = "output on stdout"
		}
		if problem != "" {
			t.Skipf("known bug (%s): %s", strings.TrimSpace(string(bug)), problem)
		}
		t.Fatalf("the bug seems fixed: delete %s/bug, run go test -run TestBadInput -update and review want", caseDir)
	}
	if hung {
		t.Fatalf("finfig %s did not return within 10 seconds", strings.Join(args, " "))
	}
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
	if problem := messageProblem(code, gotErr); problem != "" {
		t.Error(problem)
	}
}

// messageProblem says what is wrong with the message of a failure, ""
// when nothing is. A message is short (it must not repeat a line of
// megabytes), starts with the command's name, and for bad data names the
// file, line and column, or the file when the problem is the whole file;
// growth of a valid series that cannot be computed (a zero base, a gap)
// names the series and the window instead.
func messageProblem(code int, msg string) string {
	first, _, _ := strings.Cut(msg, "\n")
	switch {
	case len(msg) > 4096:
		return fmt.Sprintf("message of %d bytes: it must not repeat the input", len(msg))
	case !strings.HasPrefix(first, "finfig"):
		return fmt.Sprintf("message %q does not start with the command", first)
	case code == 1 && !positioned.MatchString(first) && !wholeFile.MatchString(first) &&
		!strings.HasPrefix(first, "finfig growth: growth of ") && !strings.HasPrefix(first, "finfig growth: series "):
		return fmt.Sprintf("bad data, but the message names no file, line and column: %q", first)
	}
	return ""
}

// runWithin runs finfig and reports whether it hung: whether it had not
// returned within 10 seconds (it takes under one), after which it is
// unblocked: a reader waiting to open a named pipe of dir gets one opened
// and closed for writing, so that it reads an empty file.
func runWithin(t *testing.T, dir string, args []string, stdout, stderr *bytes.Buffer) (code int, hung bool) {
	done := make(chan int, 1)
	go func() { done <- run(args, stdout, stderr) }()
	select {
	case code := <-done:
		return code, false
	case <-time.After(10 * time.Second):
	}
	pipes, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, p := range pipes {
		if info, err := os.Lstat(p); err == nil && info.Mode()&fs.ModeNamedPipe != 0 {
			if f, err := os.OpenFile(p, os.O_WRONLY, 0); err == nil {
				f.Close()
			}
		}
	}
	return <-done, true
}

// materialize returns the directory to run a case in: caseDir itself, or,
// when the case has generated files (*.gen, *.sparse), a temporary copy
// with them made.
func materialize(t *testing.T, caseDir string) string {
	gen, _ := filepath.Glob(filepath.Join(caseDir, "*.gen"))
	sparse, _ := filepath.Glob(filepath.Join(caseDir, "*.sparse"))
	fifo, _ := filepath.Glob(filepath.Join(caseDir, "*.fifo"))
	if len(gen)+len(sparse)+len(fifo) == 0 {
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
		case ".fifo":
			mkfifo, err := exec.LookPath("mkfifo")
			if err != nil {
				t.Skip("no mkfifo to make a named pipe")
			}
			if out, err := exec.Command(mkfifo, filepath.Join(dir, strings.TrimSuffix(name, ".fifo"))).CombinedOutput(); err != nil {
				t.Fatalf("mkfifo: %v: %s", err, out)
			}
			continue
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

// copyFixture copies the fixture package into a new temporary directory.
func copyFixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"datapackage.json", "series.csv", "observations.csv", "events.csv", "ledger.toml"} {
		b, err := os.ReadFile(filepath.Join(fixtureDir, name))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, name), b)
	}
	return dir
}

// TestPlotIntoDataDir: charts written into the data package's own
// directory leave its files as they were.
func TestPlotIntoDataDir(t *testing.T) {
	if testing.Short() {
		t.Skip("drawing the charts takes a while")
	}
	dir := copyFixture(t)
	before := snapshot(t, dir)
	code, out, stderr := finfig(t, "plot", "--data", dir, "--out", dir, "--format", "svg")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	after := snapshot(t, dir)
	for path, s := range before {
		if filepath.Clean(path) != filepath.Clean(dir) && after[path] != s {
			t.Errorf("plot changed %s", path)
		}
	}
	charts, _ := filepath.Glob(filepath.Join(dir, "*.svg"))
	if len(charts) < 8 || !strings.Contains(out, charts[0]) {
		t.Errorf("charts %v, output\n%s", charts, out)
	}
	checkNoTemp(t, dir)
}

// TestPlotRefusesInputPath: a chart path that names a file of the data
// package, here through a symbolic link, is refused before any chart is
// written.
func TestPlotRefusesInputPath(t *testing.T) {
	dir := copyFixture(t)
	out := t.TempDir()
	link := filepath.Join(out, "01-USD-annual-lines.svg") // the overview's first chart
	if err := os.Symlink(filepath.Join(dir, "observations.csv"), link); err != nil {
		t.Fatal(err)
	}
	before, beforeOut := snapshot(t, dir), snapshot(t, out)
	code, stdout, stderr := finfig(t, "plot", "--data", dir, "--out", out, "--format", "svg")
	want := fmt.Sprintf("finfig plot: --out %s: chart %s would overwrite %s, a file of the data package (expected another directory)\n",
		out, link, filepath.Join(dir, "observations.csv"))
	if code != 2 || stdout != "" || stderr != want {
		t.Errorf("exit %d, stdout %q, stderr\n%s\nwant 2, nothing and\n%s", code, stdout, stderr, want)
	}
	if d := diffSnapshots(before, snapshot(t, dir)); d != "" {
		t.Errorf("data package changed: %s", d)
	}
	if d := diffSnapshots(beforeOut, snapshot(t, out)); d != "" {
		t.Errorf("--out changed: %s", d)
	}
}

// TestPlotFailedWrite: when a chart cannot be written, finfig fails with
// the path and leaves no partial or temporary file, and what was in place
// of a chart is either intact or wholly replaced.
func TestPlotFailedWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("drawing the charts takes a while")
	}
	t.Run("unknown format", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "charts")
		code, stdout, stderr := finfig(t, "plot", "--out", out, "--format", "gif")
		if code != 2 || stdout != "" || stderr != "finfig plot: unknown --format \"gif\" (expected png, svg, pdf)\n" {
			t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
		if _, err := os.Stat(out); err == nil {
			t.Error("the --out directory was created")
		}
	})
	t.Run("out is a file", func(t *testing.T) {
		parent := t.TempDir()
		out := filepath.Join(parent, "charts")
		writeFile(t, out, []byte("not a directory\n"))
		before := snapshot(t, parent)
		code, stdout, stderr := finfig(t, "plot", "--out", out, "--format", "svg")
		if code != 1 || stdout != "" || !strings.Contains(stderr, out) {
			t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
		if d := diffSnapshots(before, snapshot(t, parent)); d != "" {
			t.Errorf("changed: %s", d)
		}
	})
	t.Run("a directory where a chart goes", func(t *testing.T) {
		out := t.TempDir()
		old := filepath.Join(out, "01-revenue-linear.svg")
		writeFile(t, old, []byte("an older chart\n"))
		squatter := filepath.Join(out, "03-revenue-yoy.svg")
		if err := os.Mkdir(squatter, 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(squatter, "keep"), []byte("kept\n"))
		code, stdout, stderr := finfig(t, "plot", "--out", out, "--format", "svg")
		if code != 1 || stdout != "" || !strings.HasPrefix(stderr, "finfig plot: "+squatter+": ") {
			t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
		checkNoTemp(t, out)
		if b, err := os.ReadFile(filepath.Join(squatter, "keep")); err != nil || string(b) != "kept\n" {
			t.Errorf("the directory in the way was changed: %q, %v", b, err)
		}
		ents, _ := os.ReadDir(out)
		for _, e := range ents {
			if e.IsDir() {
				continue
			}
			b, err := os.ReadFile(filepath.Join(out, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if err := xmlWellFormed(b); err != nil {
				t.Errorf("%s is not a whole chart: %v", e.Name(), err)
			}
		}
	})
}

// xmlWellFormed reads b to its end as XML.
func xmlWellFormed(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		if _, err := d.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}
