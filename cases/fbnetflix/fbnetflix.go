// Package fbnetflix is finfig's first case: five articles on the
// Facebook–Netflix data-sharing relationship, checked against the figures
// the companies filed and the events regulators, courts and the press
// reported.
//
// The case is data, embedded from data/: a Frictionless data package of
// reported series (datapackage.json, series.csv, observations.csv) and
// reference events (events.csv, the package's table "events"), and the
// ledger of the articles' claims (ledger.toml). Every figure and date in
// them names its source; SOURCES.md lists the documents. The general
// packages (series, finance, datapkg, claims, plots) know nothing of the
// case: the command finfig embeds it as its default, and a user's own
// case is a directory of the same files (finfig --data DIR).
//
// Nothing is parsed at init: each accessor loads its file on first use.
package fbnetflix

import (
	"embed"
	"errors"
	"io/fs"
	"sync"

	"github.com/finfig/finfig/claims"
	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/finance/ecb"
)

// Dir is the case's data directory in the repository, as errors name it.
const Dir = "cases/fbnetflix/data"

//go:embed data
var files embed.FS

// Files returns the case's data directory: the data package (with its
// events.csv) and ledger.toml.
func Files() fs.FS {
	sub, err := fs.Sub(files, "data")
	if err != nil {
		panic("fbnetflix: embedded data missing: " + err.Error()) // a build defect, not bad input
	}
	return sub
}

var data = sync.OnceValues(func() (*datapkg.Package, error) { return finance.LoadPackage(Files()) })

// Data returns the case's reported series: Facebook's and Netflix's
// figures as filed, Netflix's spending on Facebook ads as reported, and
// the US CPI-U.
func Data() (*datapkg.Package, error) { return data() }

var events = sync.OnceValues(func() (*claims.Events, error) {
	p, err := Data()
	if err != nil {
		return nil, err
	}
	t, ok := p.Table("events")
	if !ok {
		return nil, errors.New("fbnetflix: the data package declares no events table") // a build defect
	}
	return claims.EventsFrom(t)
})

// Events returns the case's reference events: fines, settlements, tenures,
// agreements, reports, each with its source.
func Events() (*claims.Events, error) { return events() }

var ledger = sync.OnceValues(func() ([]claims.Claim, error) {
	f, err := Files().Open("ledger.toml")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return claims.ReadLedger(f, Dir+"/ledger.toml")
})

// Ledger returns the claims of the five articles.
func Ledger() ([]claims.Claim, error) { return ledger() }

// Checker returns a checker of claims against the case's series and
// events, with conversions at the ECB's reference rates.
func Checker() (*claims.Checker, error) {
	d, err := Data()
	if err != nil {
		return nil, err
	}
	e, err := Events()
	if err != nil {
		return nil, err
	}
	rates, err := ecb.Rates()
	if err != nil {
		return nil, err
	}
	return &claims.Checker{Data: d, Events: e, Rates: rates}, nil
}
