// Package ecb embeds the European Central Bank's euro foreign exchange
// reference rates, every business day since 1999-01-04, as the ECB
// publishes them (https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip).
//
// The table is large, so it lives in a package of its own, as time/tzdata
// does: only a program that imports ecb carries it. It is parsed on the
// first call of Rates, never at init.
package ecb

import (
	_ "embed"
	"sync"

	"github.com/finfig/finfig/finance"
)

// File is the name of the embedded table, as errors give it.
const File = "finance/ecb/eurofxref-hist.csv"

//go:embed eurofxref-hist.csv
var table []byte

var rates = sync.OnceValues(func() (*finance.RateTable, error) {
	return finance.ParseRateTable(table, File)
})

// Rates returns the ECB's reference rate table, parsed on first use.
func Rates() (*finance.RateTable, error) { return rates() }
