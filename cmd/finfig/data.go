package main

import (
	"flag"

	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/finance"
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
		return finance.LoadDir(d.dir)
	}
	return finance.Reported()
}
