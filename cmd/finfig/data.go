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
	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/series"
)

// dataFlags are the flags every data command shares, --data and --format,
// and --vintage for the commands that vintageUsage names.
type dataFlags struct {
	command string // as run names it: series, show, …
	dir     string
	format  string
	vintage string
}

func addDataFlags(fs *flag.FlagSet) *dataFlags {
	d := &dataFlags{command: strings.TrimPrefix(fs.Name(), "finfig ")}
	fs.StringVar(&d.dir, "data", "", "read the data package in `DIR` instead of the embedded one")
	fs.StringVar(&d.format, "format", formatTable, "output `format`: table, csv, json or markdown")
	if usage := vintageUsage(d.command); usage != "" {
		fs.StringVar(&d.vintage, "vintage", "", usage)
	}
	return d
}

// load returns the data package, the user's or the embedded reported
// figures, for a command that takes no arguments.
func (d *dataFlags) load(args []string) (*datapkg.Package, error) {
	if len(args) != 0 {
		return nil, usagef("%s takes no arguments", d.command)
	}
	if err := checkFormat(d.format); err != nil {
		return nil, err
	}
	if d.dir != "" {
		if err := checkDataDir(d.dir); err != nil {
			return nil, err
		}
		return finance.LoadDir(d.dir)
	}
	return fbnetflix.Data()
}

// checkDataDir refuses a --data that is not a directory: a mistake in the
// command line, like a --ledger that does not exist.
func checkDataDir(dir string) error {
	info, err := statArg(dir, "--data %s does not exist (expected the directory of a data package)")
	if err == nil && !info.IsDir() {
		return usagef("--data %s is not a directory (expected the directory of a data package)", dir)
	}
	return err
}

// statArg returns the FileInfo of a file the command line names. One that
// does not exist is a usage error, notExist with the path in place of its
// one %s.
func statArg(path, notExist string) (fs.FileInfo, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, usagef(notExist, path)
	}
	return info, err
}

// withSeries returns a command that takes one argument, a series id: it
// loads the data and calls do with the series in the vintage of --vintage
// ("" for the primary).
func (d *dataFlags) withSeries(do func(s *series.Series, w io.Writer) error) func([]string, io.Writer) error {
	return func(args []string, w io.Writer) error {
		if len(args) != 1 {
			return usagef("%s takes one SERIES id", d.command)
		}
		pkg, err := d.load(nil)
		if err != nil {
			return err
		}
		s, err := pickSeries(pkg.Vintages(args[0]), args[0], d.vintage)
		if err != nil {
			return err
		}
		return do(s, w)
	}
}

// loadLedger reads the ledger at path, or the embedded case's for "", and
// returns it with the name of its file.
func loadLedger(path string) ([]claims.Claim, string, error) {
	if path == "" {
		l, err := fbnetflix.Ledger()
		return l, fbnetflix.Dir + "/ledger.toml", err
	}
	info, err := statArg(path, "ledger %s does not exist")
	switch {
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
