package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/finfig/finfig/claims/extract"
	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/finance"
)

// The formats of finfig extract.
const formatTOML = "toml"

func extractCommand(fset *flag.FlagSet) func([]string, io.Writer) error {
	dir := fset.String("data", "", "link claims to the series and events of the data package in `DIR` (its subjects table)")
	format := fset.String("format", "", "output `format`: toml (a draft ledger; the default when stdout is not a terminal), json or table (the default on a terminal)")
	return func(args []string, w io.Writer) error {
		if len(args) == 0 {
			return usagef("extract takes one or more ARTICLE files (- for standard input)")
		}
		f := *format
		if f == "" {
			f = formatTOML
			if stdoutIsTerminal() {
				f = formatTable
			}
		}
		if f != formatTOML && f != formatJSON && f != formatTable {
			return usagef("unknown --format %q (expected toml, json or table)", f)
		}
		var pkg *datapkg.Package
		if *dir != "" {
			if err := checkDataDir(*dir); err != nil {
				return err
			}
			var err error
			if pkg, err = finance.LoadDir(*dir); err != nil {
				return err
			}
		}
		cs, err := extractArticles(*dir, pkg, args, f == formatTOML)
		if err != nil {
			return err
		}
		switch f {
		case formatJSON:
			if cs == nil {
				cs = []extract.Claim{}
			}
			return writeJSON(w, cs)
		case formatTOML:
			fmt.Fprintf(w, "# finfig extract: a draft ledger of %s. Check every claim before use:\n", strings.Join(args, ", "))
			fmt.Fprintln(w, "# each comment says what was inferred and how sure the extractor is.")
			if len(cs) == 0 {
				fmt.Fprintln(w, "# No claims found.")
				return nil
			}
			fmt.Fprintln(w)
			return extract.WriteLedger(w, cs)
		}
		t := table{header: []string{"id", "kind", "subject", "period", "claimed", "hedge", "sure", "quote"}}
		for _, c := range cs {
			p := ""
			switch {
			case !c.Period.IsZero():
				p = c.Period.String()
			case !c.From.IsZero():
				p = c.From.String() + "–" + c.To.String()
			}
			claimed := c.Claimed
			if c.ClaimedEnd != "" {
				claimed += " → " + c.ClaimedEnd
			}
			t.add(c.ID, string(c.Kind), c.Subject, p, claimed, c.Hedge, c.Sure, shorten(c.Quote, 60))
		}
		return t.write(w, formatTable)
	}
}

// shorten cuts s to n characters, on one line.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// stdoutIsTerminal reports whether standard output is a terminal, where a
// table reads better than a ledger.
func stdoutIsTerminal() bool {
	info, err := os.Stdout.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// extractArticles reads each article and returns the claims of all, with
// the notes of what was inferred when notes is true.
func extractArticles(dir string, pkg *datapkg.Package, paths []string, notes bool) ([]extract.Claim, error) {
	subjects, err := loadSubjects(dir, pkg)
	if err != nil {
		return nil, err
	}
	x := &extract.Extractor{Subjects: subjects, Notes: notes}
	var out []extract.Claim
	for _, p := range paths {
		text, name, err := readArticle(p)
		if err != nil {
			return nil, err
		}
		cs, err := x.Extract(name, text)
		if err != nil {
			return nil, err
		}
		out = append(out, cs...)
	}
	return out, nil
}

// readArticle reads an article file, or standard input for "-", refusing
// a directory and a file over extract.MaxSize before reading it.
func readArticle(path string) ([]byte, string, error) {
	if path == "-" {
		b, err := extract.Read(os.Stdin, "stdin")
		return b, "stdin", err
	}
	info, err := statArg(path, "article %s does not exist")
	switch {
	case err != nil:
		return nil, path, err
	case info.IsDir():
		return nil, path, &extract.InputError{File: path, Offset: 0, Msg: "is a directory (expected a text file)"}
	case info.Mode().IsRegular() && info.Size() > extract.MaxSize:
		return nil, path, &extract.InputError{File: path, Offset: extract.MaxSize,
			Msg: fmt.Sprintf("file is %d bytes, more than the limit of %d (extract.MaxSize)", info.Size(), extract.MaxSize)}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, path, err
	}
	defer f.Close()
	b, err := extract.Read(f, path)
	return b, path, err
}
