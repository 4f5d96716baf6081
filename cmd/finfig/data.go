package main

import (
	"errors"
	"flag"
	"io/fs"
	"os"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/series"
)

// dataFlags are the flags every data command shares.
type dataFlags struct {
	dir    string
	format string
}

func addDataFlags(fs *flag.FlagSet) *dataFlags {
	d := &dataFlags{}
	fs.StringVar(&d.dir, "data", "", "read the data package in `DIR` instead of the embedded one")
	fs.StringVar(&d.format, "format", formatTable, "output `format`: table, csv, json or markdown")
	return d
}

// load returns the data package: the user's, or the embedded reported
// figures.
func (d *dataFlags) load() (*datapkg.Package, error) {
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
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return usagef("--data %s does not exist (expected the directory of a data package)", dir)
	case err != nil:
		return err
	case !info.IsDir():
		return usagef("--data %s is not a directory (expected the directory of a data package)", dir)
	}
	return nil
}

// oneSeries loads the data and returns the series the command's single
// argument names, in the given vintage ("" for the primary).
func (d *dataFlags) oneSeries(command string, args []string, vintage string) (*series.Series, error) {
	if len(args) != 1 {
		return nil, usagef("%s takes one SERIES id", command)
	}
	pkg, err := d.load()
	if err != nil {
		return nil, err
	}
	return pickSeries(pkg.Vintages(args[0]), args[0], vintage)
}
