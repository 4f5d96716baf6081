package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/claims"
	"github.com/finfig/finfig/claims/extract"
	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/finance/ecb"
)

func checkCommand(fset *flag.FlagSet) func([]string, io.Writer) error {
	d := addDataFlags(fset)
	ledgerPath := fset.String("ledger", "", "check the claims of the ledger `FILE` instead of the embedded one")
	articlePath := fset.String("article", "", "extract the claims of the article `FILE` (- for standard input) and check them")
	vintage := fset.String("vintage", "", vintageUsage("check"))
	return func(args []string, w io.Writer) error {
		if len(args) != 0 {
			return usagef("check takes no arguments")
		}
		if *ledgerPath != "" && *articlePath != "" {
			return usagef("check takes --ledger or --article, not both")
		}
		pkg, err := d.load()
		if err != nil {
			return err
		}
		var ledger []claims.Claim
		var extracted []extract.Claim
		file := *articlePath
		if file != "" {
			if extracted, err = extractArticles(d.dir, pkg, []string{file}, false); err != nil {
				return err
			}
		} else if ledger, file, err = loadLedger(*ledgerPath); err != nil {
			return err
		}
		events, err := loadEvents(d.dir, pkg)
		if err != nil {
			return err
		}
		rates, err := ecb.Rates()
		if err != nil {
			return err
		}
		ck := &claims.Checker{Data: vintageView{pkg: pkg, vintage: *vintage}, Events: events, Rates: rates}
		if *articlePath != "" {
			return writeResults(w, d.format, checkExtracted(ck, extracted, file))
		}
		results, err := ck.Check(ledger, file)
		if err != nil {
			return err
		}
		return writeResults(w, d.format, results)
	}
}

func loadLedger(path string) ([]claims.Claim, string, error) {
	if path == "" {
		l, err := fbnetflix.Ledger()
		return l, fbnetflix.Dir + "/ledger.toml", err
	}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, path, usagef("ledger %s does not exist", path)
	case err != nil:
		return nil, path, err
	case info.IsDir():
		return nil, path, usagef("ledger %s is a directory (expected a ledger file)", path)
	}
	f, err := openLimited(path, info)
	if err != nil {
		return nil, path, err
	}
	defer f.Close()
	l, err := claims.ReadLedger(f, path)
	return l, path, err
}

// openLimited opens a ledger file whose Stat is info, refusing before
// reading it a regular file larger than claims.MaxLedgerSize, the limit
// that ReadLedger enforces as it reads (which is what stops a pipe).
func openLimited(path string, info fs.FileInfo) (*os.File, error) {
	if info.Mode().IsRegular() && info.Size() > claims.MaxLedgerSize {
		return nil, fmt.Errorf("%s: file is %d bytes, more than the limit of %d (claims.MaxLedgerSize)", path, info.Size(), claims.MaxLedgerSize)
	}
	return os.Open(path)
}

// loadEvents returns the reference events: those of the embedded case
// without --data; else the events table of the data package when its
// descriptor declares one; else DIR/events.csv when there is one, read
// with the embedded case's schema of events, as packages whose descriptor
// did not declare the table were read; else the embedded case's events.
func loadEvents(dir string, pkg *datapkg.Package) (*claims.Events, error) {
	if dir == "" {
		return fbnetflix.Events()
	}
	if t, ok := pkg.Table("events"); ok {
		return claims.EventsFrom(t)
	}
	t, err := caseTable(dir, "events")
	if err != nil || t == nil {
		if err == nil {
			return fbnetflix.Events()
		}
		return nil, err
	}
	ev, err := claims.EventsFrom(t)
	return ev, inDir(dir, err)
}

// caseTable reads DIR/NAME.csv, a table that a data package's descriptor
// does not declare, with the embedded case's schema of it; nil when the
// file does not exist.
func caseTable(dir, name string) (*datapkg.Table, error) {
	path := filepath.Join(dir, name+".csv")
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, err
	case !info.Mode().IsRegular():
		return nil, fmt.Errorf("%s: not a regular file (expected the %s table of the data package, or nothing)", path, name)
	}
	t, err := datapkg.LoadTable(caseSchema{os.DirFS(dir)}, name, datapkg.Options{})
	return t, inDir(dir, err)
}

// inDir makes the file of a *datapkg.Error, a path in os.DirFS(dir), a
// path under dir.
func inDir(dir string, err error) error {
	var e *datapkg.Error
	if errors.As(err, &e) {
		e.File = filepath.Join(dir, filepath.FromSlash(e.File))
	}
	return err
}

// caseSchema is a data directory seen through the embedded case's
// descriptor, which declares the table events at events.csv.
type caseSchema struct{ dir fs.FS }

func (c caseSchema) Open(name string) (fs.File, error) {
	if name == datapkg.DescriptorName {
		return fbnetflix.Files().Open(name)
	}
	return c.dir.Open(name)
}

// Stat lets datapkg refuse a named pipe without opening it, which would
// wait for a writer.
func (c caseSchema) Stat(name string) (fs.FileInfo, error) {
	if name == datapkg.DescriptorName {
		return fs.Stat(fbnetflix.Files(), name)
	}
	return fs.Stat(c.dir, name)
}

func writeResults(w io.Writer, format string, results []claims.Result) error {
	if format == formatJSON {
		return writeJSON(w, results)
	}
	counts := map[claims.Verdict]int{}
	for _, r := range results {
		counts[r.Verdict]++
	}
	var parts []string
	for _, v := range claims.Verdicts {
		parts = append(parts, fmt.Sprintf("%d %s", counts[v], v))
	}
	summary := fmt.Sprintf("%d claims: %s", len(results), strings.Join(parts, ", "))
	if format == formatCSV {
		t := table{header: []string{"id", "source", "kind", "verdict", "flags", "claimed", "computed", "reference", "quote", "explanation", "citations"}}
		for _, r := range results {
			t.add(r.ID, r.Source, string(r.Kind), string(r.Verdict), strings.Join(r.Flags, " "),
				jsonNum(r.Claimed), jsonNum(r.Computed), jsonNum(r.Reference), r.Quote, r.Explanation, strings.Join(r.Citations, "; "))
		}
		return t.write(w, format)
	}
	// Table and Markdown: grouped by article, then the summary.
	var order []string
	bySource := map[string][]claims.Result{}
	for _, r := range results {
		if _, ok := bySource[r.Source]; !ok {
			order = append(order, r.Source)
		}
		bySource[r.Source] = append(bySource[r.Source], r)
	}
	for i, src := range order {
		if i > 0 {
			fmt.Fprintln(w)
		}
		heading := cleanCells([]string{src})[0] // one line, without control characters
		if format == formatMarkdown {
			fmt.Fprintf(w, "## %s\n\n", markdownEscaper.Replace(heading))
		} else {
			fmt.Fprintf(w, "%s\n", heading)
		}
		t := table{header: []string{"id", "verdict", "flags", "explanation"}}
		for _, r := range bySource[src] {
			t.add(r.ID, string(r.Verdict), strings.Join(r.Flags, " "), r.Explanation)
		}
		if err := t.write(w, format); err != nil {
			return err
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, summary)
	return nil
}

func jsonNum(p *float64) string {
	if p == nil {
		return ""
	}
	return fmt.Sprint(*p)
}
