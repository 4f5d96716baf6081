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
	"slices"
	"strconv"
	"strings"
	"testing"
	"text/template"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the want and stdout sections of testdata/bad/*.txtar from the current output")

// badDir holds the bad-input corpus: one txtar archive a case
// (golang.org/x/tools/txtar), NAME.txtar, and base.txtar, the files that
// the cases share. A case's archive holds only what makes it the case.
// Its comment says why the case is there, when its name does not say;
// then come the files
//
//	args      the finfig arguments, one a line; $DIR is the case directory
//	want      the exit status on the first line, then the exact stderr,
//	          with the case directory written $DIR
//	stdout    for input that is accepted (a byte-order mark, CR LF line
//	          ends): what finfig prints, which says what it loaded
//	bug       a known bug that the case shows, and the test in the
//	          package at fault that reports it: until it is fixed, want
//	          holds the exit status that finfig should give, and the case
//	          is skipped when finfig gives another or a message that does
//	          not say where the problem is
//
// and the files of the case directory where they differ from the base.
// The case directory is a new temporary directory for each run, with the
// base's files whose names do not end in .base (a small valid data
// package: datapackage.json, series.csv, observations.csv), changed by
// the case's other files:
//
//	NAME         the file NAME, in place of the base's NAME
//	NAME.delete  (empty) no file NAME: the base's is left out
//	NAME.base    (empty) the base's NAME.base as NAME: a valid ledger.toml
//	             or events.csv, which only the cases that ask have
//	NAME.gen     NAME made by the test: the text/template NAME.gen, whose
//	             {{repeat "x" N}} writes x N times (a line of megabytes),
//	             and {{... -}} at the end leaves out the final newline
//	NAME.sparse  NAME made by the test: a sparse file of the size written
//	             in NAME.sparse (a file over a size limit, which must be
//	             refused before it is read)
//	NAME.fifo    NAME made by the test: a named pipe (mkfifo) with no
//	             writer, which a reader that opens it waits on for ever
//	NAME.quoted  any file above (NAME, NAME.gen, want, ...) written as Go
//	             string literals, one a line, that are joined: for the
//	             bytes that a txtar file cannot hold or would hide, CR,
//	             NUL, a byte-order mark, invalid UTF-8, no final newline
//
// A NAME.gen, NAME.sparse or NAME.fifo replaces the base's NAME too.
// go test -run TestBadInput -update rewrites want and stdout in the
// archives, quoted where they must be.
const badDir = "../../testdata/bad"

// baseArchive is the base of every case, in badDir.
const baseArchive = "base.txtar"

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
	base, err := txtar.ParseFile(filepath.Join(badDir, baseArchive))
	if err != nil {
		t.Fatal(err)
	}
	cases, err := filepath.Glob(filepath.Join(badDir, "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range cases {
		if filepath.Base(path) == baseArchive {
			continue
		}
		n++
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) { runBadCase(t, base, path) })
	}
	if n < 40 {
		t.Errorf("%d cases in %s, want at least 40", n, badDir)
	}
}

func runBadCase(t *testing.T, base *txtar.Archive, path string) {
	a, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	argsText, ok := archiveFile(t, a, "args")
	if !ok {
		t.Fatalf("%s has no args", path)
	}
	files, err := caseFiles(base, a)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	dir := t.TempDir()
	materialize(t, dir, files)
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
	if bug, ok := archiveFile(t, a, "bug"); ok {
		want, _ := archiveFile(t, a, "want")
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
		t.Fatalf("the bug seems fixed: delete the bug of %s, run go test -run TestBadInput -update and review want", path)
	}
	if hung {
		t.Fatalf("finfig %s did not return within 10 seconds", strings.Join(args, " "))
	}
	if *update {
		setArchiveFile(a, "want", []byte(got))
		if code == 0 {
			setArchiveFile(a, "stdout", []byte(gotOut))
		} else {
			setArchiveFile(a, "stdout", nil)
		}
		if err := os.WriteFile(path, txtar.Format(a), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, ok := archiveFile(t, a, "want")
	if !ok {
		t.Fatalf("%s has no want (go test -run TestBadInput -update writes it)", path)
	}
	if got != string(want) {
		t.Errorf("finfig %s:\ngot\n%s\nwant\n%s", strings.Join(args, " "), got, want)
	}
	wantOut, accepted := archiveFile(t, a, "stdout")
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

// caseMeta names the files of a case's archive that are not in its
// directory.
var caseMeta = []string{"args", "want", "stdout", "bug"}

// Suffixes of the names in the archives (see badDir).
const (
	quotedSuffix = ".quoted"
	deleteSuffix = ".delete"
	baseSuffix   = ".base"
)

// generated says which file a NAME.gen, NAME.sparse or NAME.fifo makes.
func generated(name string) (made string, ok bool) {
	switch ext := filepath.Ext(name); ext {
	case ".gen", ".sparse", ".fifo":
		return strings.TrimSuffix(name, ext), true
	}
	return name, false
}

// caseFiles returns the files of a case's directory, by name, as base and
// the case's archive c make them: a NAME.gen, NAME.sparse or NAME.fifo
// is still to be made.
func caseFiles(base, c *txtar.Archive) (map[string][]byte, error) {
	files, optional := map[string][]byte{}, map[string][]byte{}
	for _, f := range base.Files {
		name, data, err := unquoteFile(f)
		if err != nil {
			return nil, err
		}
		if strings.HasSuffix(name, baseSuffix) {
			optional[strings.TrimSuffix(name, baseSuffix)] = data
		} else {
			files[name] = data
		}
	}
	for _, f := range c.Files {
		name, data, err := unquoteFile(f)
		if err != nil {
			return nil, err
		}
		switch {
		case slices.Contains(caseMeta, name):
		case strings.HasSuffix(name, deleteSuffix):
			name = strings.TrimSuffix(name, deleteSuffix)
			if _, ok := files[name]; !ok {
				return nil, fmt.Errorf("%s%s: the base has no %s", name, deleteSuffix, name)
			}
			delete(files, name)
		case strings.HasSuffix(name, baseSuffix):
			name = strings.TrimSuffix(name, baseSuffix)
			b, ok := optional[name]
			if !ok {
				return nil, fmt.Errorf("%s%s: the base has no %s%s", name, baseSuffix, name, baseSuffix)
			}
			files[name] = b
		default:
			if made, ok := generated(name); ok {
				delete(files, made)
			}
			files[name] = data
		}
	}
	return files, nil
}

// materialize writes files into dir, making the NAME.gen, NAME.sparse and
// NAME.fifo.
func materialize(t *testing.T, dir string, files map[string][]byte) {
	for name, b := range files {
		made, _ := generated(name)
		path := filepath.Join(dir, made)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
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
		case ".fifo":
			mkfifo, err := exec.LookPath("mkfifo")
			if err != nil {
				t.Skip("no mkfifo to make a named pipe")
			}
			if out, err := exec.Command(mkfifo, path).CombinedOutput(); err != nil {
				t.Fatalf("mkfifo: %v: %s", err, out)
			}
			continue
		case ".sparse":
			size, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := f.Truncate(size); err != nil {
				t.Fatal(err)
			}
			f.Close()
			continue
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// archiveFile returns the file name of a, unquoted, and whether a has it.
func archiveFile(t *testing.T, a *txtar.Archive, name string) ([]byte, bool) {
	t.Helper()
	for _, f := range a.Files {
		if f.Name == name || f.Name == name+quotedSuffix {
			_, b, err := unquoteFile(f)
			if err != nil {
				t.Fatal(err)
			}
			return b, true
		}
	}
	return nil, false
}

// setArchiveFile puts data in a as the file name, quoted if it must be,
// where a had it or else at the end; nil data takes the file out.
func setArchiveFile(a *txtar.Archive, name string, data []byte) {
	i := slices.IndexFunc(a.Files, func(f txtar.File) bool { return f.Name == name || f.Name == name+quotedSuffix })
	if data == nil {
		if i >= 0 {
			a.Files = slices.Delete(a.Files, i, i+1)
		}
		return
	}
	f := quoteFile(name, data)
	if i < 0 {
		a.Files = append(a.Files, f)
	} else {
		a.Files[i] = f
	}
}

// unquoteFile returns the name and contents of f, which a NAME.quoted
// holds as Go string literals, one a line.
func unquoteFile(f txtar.File) (string, []byte, error) {
	name, quoted := strings.CutSuffix(f.Name, quotedSuffix)
	if !quoted {
		return name, f.Data, nil
	}
	var b []byte
	for line := range strings.Lines(string(f.Data)) {
		s, err := strconv.Unquote(strings.TrimSuffix(line, "\n"))
		if err != nil {
			return "", nil, fmt.Errorf("%s: %q: %v", f.Name, line, err)
		}
		b = append(b, s...)
	}
	return name, b, nil
}

// quoteFile returns the archive's file for the file name: as it is, or
// NAME.quoted when a txtar file cannot hold or would hide its bytes.
func quoteFile(name string, data []byte) txtar.File {
	if !mustQuote(data) {
		return txtar.File{Name: name, Data: data}
	}
	var q []byte
	for line := range strings.Lines(string(data)) {
		for len(line) > 0 {
			n := 0
			for n < len(line) && n < 64 {
				_, size := utf8.DecodeRuneInString(line[n:])
				n += size
			}
			q = strconv.AppendQuote(q, line[:n])
			q = append(q, '\n')
			line = line[n:]
		}
	}
	return txtar.File{Name: name + quotedSuffix, Data: q}
}

// mustQuote says whether data is not plain text that ends in a newline,
// or has a line that reads as a txtar file marker.
func mustQuote(data []byte) bool {
	if len(data) > 0 && data[len(data)-1] != '\n' || !utf8.Valid(data) {
		return true
	}
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSuffix(line, "\n")
		if strings.HasPrefix(line, "-- ") && strings.HasSuffix(line, " --") {
			return true
		}
		if strings.ContainsFunc(line, func(r rune) bool { return r != '\t' && !unicode.IsPrint(r) }) {
			return true
		}
	}
	return false
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
