package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// nasty is text from data that every output format must carry without
// letting it become markup, break a row or reach a terminal raw: a script
// tag, quotes, commas, a newline, pipes, Markdown and XML syntax and
// control characters (a bell, an escape sequence, a NUL).
const nasty = "<script>alert(1)</script> \"quotes\", commas, | pipes |\nnew line\ttab \a bell \x1b[31m red \x00 nul & ]]> *em* [link](x) `code` \\"

// nastyTOML is nasty as a ledger string.
const nastyTOML = `<script>alert(1)</script> \"quotes\", commas, | pipes |\nnew line\ttab \u0007 bell \u001b[31m red \u0000 nul & ]]> *em* [link](x) ` + "`code`" + ` \\`

// nastyPackage writes a copy of the fixture package whose series names,
// a vintage, sources, quotes and notes are nasty, and a ledger whose
// claims' sources and quotes are.
func nastyPackage(t *testing.T) (dir, ledger string) {
	t.Helper()
	dir = t.TempDir()
	for _, name := range []string{"datapackage.json", "series.csv", "observations.csv", "events.csv"} {
		b, err := os.ReadFile(filepath.Join(fixtureDir, name))
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(bytes.NewReader(b))
		if name == "datapackage.json" {
			writeFile(t, filepath.Join(dir, name), b)
			continue
		}
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, rec := range recs[1:] {
			switch name {
			case "series.csv":
				rec[1] = rec[1] + " " + nasty // name
				rec[4] = nasty                // description
			case "observations.csv":
				if rec[1] == "seed 001" {
					rec[1] = "seed 001 " + nasty // vintage
				}
				rec[6] = rec[6] + " " + nasty // source
				rec[7] = nasty                // locator
				rec[8] = nasty                // quote
				rec[9] = nasty                // note
			case "events.csv":
				rec[10], rec[12] = nasty, nasty // source, quote
			}
		}
		var out bytes.Buffer
		w := csv.NewWriter(&out)
		w.WriteAll(recs)
		writeFile(t, filepath.Join(dir, name), out.Bytes())
	}
	b, err := os.ReadFile(filepath.Join(fixtureDir, "ledger.toml"))
	if err != nil {
		t.Fatal(err)
	}
	l := strings.ReplaceAll(string(b), `source      = "fixture.txt"`, `source      = "fixture.txt `+nastyTOML+`"`)
	l = strings.ReplaceAll(l, `note        = `, `note        = "`+nastyTOML+`" # `)
	l = strings.Replace(l, `quote       = "over 2.3 billion users"`, `quote       = "over 2.3 billion users `+nastyTOML+`"`, 1)
	ledger = filepath.Join(dir, "ledger.toml")
	writeFile(t, ledger, []byte(l))
	return dir, ledger
}

// TestEscaping runs series, show and check on nasty data in every
// --format and reads each output back: JSON and CSV must give the nasty
// text back exactly; Markdown table rows must keep their column count and
// hold no raw tag; the terminal table must hold no control character and
// one line per row.
func TestEscaping(t *testing.T) {
	dir, ledger := nastyPackage(t)
	commands := []struct {
		args []string
		rows int // data rows of the (last) table
	}{
		{[]string{"series", "--data", dir}, 14},
		{[]string{"show", "facebook.ad_revenue", "--data", dir}, 8},
		{[]string{"show", "netflix.facebook_ad_spend", "--vintage", "seed 001 " + nasty, "--data", dir}, 2},
		{[]string{"check", "--data", dir, "--ledger", ledger}, 9},
	}
	for _, c := range commands {
		for _, format := range []string{formatTable, formatCSV, formatJSON, formatMarkdown} {
			args := append(c.args[:len(c.args):len(c.args)], "--format", format)
			code, out, stderr := finfig(t, args...)
			if code != 0 {
				t.Fatalf("finfig %s %s: exit %d: %s", c.args[0], format, code, stderr)
			}
			name := c.args[0] + " " + format
			switch format {
			case formatJSON:
				var v any
				if err := json.Unmarshal([]byte(out), &v); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if !containsString(v, nasty) && !containsString(v, "fixture.txt "+nasty) {
					t.Errorf("%s: the nasty text does not come back from the JSON", name)
				}
				if strings.Contains(out, "<script") {
					t.Errorf("%s: raw <script> in JSON (encoding/json escapes <)", name)
				}
			case formatCSV:
				recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if len(recs) != c.rows+1 {
					t.Errorf("%s: %d records, want a header and %d rows", name, len(recs), c.rows)
				}
				found := false
				for _, rec := range recs {
					for _, cell := range rec {
						found = found || strings.Contains(cell, nasty)
					}
				}
				if !found {
					t.Errorf("%s: the nasty text does not come back from the CSV", name)
				}
			case formatMarkdown:
				checkMarkdown(t, name, out, c.rows)
			case formatTable:
				checkTerminal(t, name, out)
			}
		}
	}
}

// containsString reports whether a decoded JSON value holds a string
// that contains s.
func containsString(v any, s string) bool {
	switch v := v.(type) {
	case string:
		return strings.Contains(v, s)
	case []any:
		for _, e := range v {
			if containsString(e, s) {
				return true
			}
		}
	case map[string]any:
		for _, e := range v {
			if containsString(e, s) {
				return true
			}
		}
	}
	return false
}

// checkMarkdown checks Markdown output: every table row has the header's
// cell count (a pipe inside a cell is escaped), the last table has rows
// data rows, and no text holds a raw tag or control character.
func checkMarkdown(t *testing.T, name, out string, rows int) {
	t.Helper()
	if strings.Contains(out, "<script") || strings.Contains(out, "<") {
		t.Errorf("%s: raw < in Markdown:\n%s", name, out)
	}
	checkTerminal(t, name, out)
	cells, n, last := -1, 0, 0
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "|") {
			if n > 0 {
				last = n
			}
			cells, n = -1, 0
			continue
		}
		c := markdownCells(line)
		if cells < 0 {
			cells = c
		} else if c != cells {
			t.Errorf("%s: a row of %d cells in a table of %d: %q", name, c, cells, line)
		}
		n++
	}
	if last != rows+2 { // the header, the rule and the rows
		t.Errorf("%s: last table has %d lines, want %d", name, last, rows+2)
	}
}

// markdownCells counts the cells of a Markdown table row: the pipes that
// no backslash escapes, less one.
func markdownCells(line string) int {
	n := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	return n - 1
}

// checkTerminal checks output for a terminal: no control character but
// the newline, which would break a row or drive the terminal.
func checkTerminal(t *testing.T, name, out string) {
	t.Helper()
	for _, r := range out {
		if r != '\n' && (unicode.IsControl(r) || r == unicode.ReplacementChar) {
			t.Errorf("%s: control character %U in the output", name, r)
			return
		}
	}
}

// TestEscapingSVG draws the standard charts of nasty data as SVG and reads
// each back with an XML decoder: they must be well-formed XML, hold no
// script element, and show the nasty text as text.
func TestEscapingSVG(t *testing.T) {
	if testing.Short() {
		t.Skip("drawing the charts takes a while")
	}
	dir, _ := nastyPackage(t)
	out := t.TempDir()
	if code, _, stderr := finfig(t, "plot", "--data", dir, "--format", "svg", "--out", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(out, "*.svg"))
	if len(files) < 8 {
		t.Fatalf("%d charts", len(files))
	}
	shown := false
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(bytes.NewReader(b))
		var text strings.Builder
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: not well-formed XML: %v", filepath.Base(f), err)
			}
			switch tok := tok.(type) {
			case xml.StartElement:
				if strings.EqualFold(tok.Name.Local, "script") {
					t.Errorf("%s: a script element", filepath.Base(f))
				}
			case xml.CharData:
				text.Write(tok)
			}
		}
		shown = shown || strings.Contains(text.String(), "<script>alert(1)</script>")
	}
	if !shown {
		t.Error("no chart shows the nasty series name as text")
	}
}
