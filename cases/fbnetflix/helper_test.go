package fbnetflix_test

import (
	"errors"
	"testing"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/claims"
	"github.com/finfig/finfig/datapkg"
)

// caseInputs returns the case's embedded data package, ledger and events,
// or fails tb.
func caseInputs(tb testing.TB) (*datapkg.Package, []claims.Claim, *claims.Events) {
	tb.Helper()
	pkg, errData := fbnetflix.Data()
	ledger, errLedger := fbnetflix.Ledger()
	events, errEvents := fbnetflix.Events()
	if err := errors.Join(errData, errLedger, errEvents); err != nil {
		tb.Fatal(err)
	}
	return pkg, ledger, events
}
