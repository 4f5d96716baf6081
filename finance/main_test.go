package finance

import (
	"os"
	"sync"
	"testing"

	"github.com/finfig/finfig/datapkg"
)

// testRateTable is the ECB table that package finance/ecb embeds, read
// from its file: finance's own tests cannot import finance/ecb, which
// imports finance.
var testRateTable = sync.OnceValues(func() (*RateTable, error) {
	const file = "ecb/eurofxref-hist.csv"
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return ParseRateTable(data, file)
})

// testRates returns testRateTable, failing the test when it cannot be read.
func testRates(t testing.TB) *RateTable {
	t.Helper()
	tab, err := testRateTable()
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// caseData is the data package of the first case, read from its
// directory: a package of real reported figures for the tests of units,
// amounts and deflation.
var caseData = sync.OnceValues(func() (*datapkg.Package, error) {
	return LoadPackage(os.DirFS("../cases/fbnetflix/data"))
})

// ecbFile returns the bytes of the ECB table that package finance/ecb
// embeds.
func ecbFile(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile("ecb/eurofxref-hist.csv")
	if err != nil {
		t.Fatal(err)
	}
	return data
}
