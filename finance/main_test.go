package finance

import (
	"fmt"
	"os"
	"testing"
)

// TestMain checks, before any test runs, that importing the package did
// no work: neither the rate table nor the reported package was parsed at
// init.
func TestMain(m *testing.M) {
	if n, k := ecbParses.Load(), reportedLoads.Load(); n != 0 || k != 0 {
		fmt.Fprintf(os.Stderr, "work at init: %d parses of the ECB table, %d loads of the reported package\n", n, k)
		os.Exit(1)
	}
	os.Exit(m.Run())
}
