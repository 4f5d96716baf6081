package fbnetflix_test

import (
	"testing"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/claims"
	"github.com/finfig/finfig/datapkg"
)

// The helpers the package's tests share: the case's embedded data, or the
// test fails.

func caseData(tb testing.TB) *datapkg.Package {
	tb.Helper()
	pkg, err := fbnetflix.Data()
	if err != nil {
		tb.Fatal(err)
	}
	return pkg
}

func caseLedger(tb testing.TB) []claims.Claim {
	tb.Helper()
	ledger, err := fbnetflix.Ledger()
	if err != nil {
		tb.Fatal(err)
	}
	return ledger
}

func caseEvents(tb testing.TB) *claims.Events {
	tb.Helper()
	events, err := fbnetflix.Events()
	if err != nil {
		tb.Fatal(err)
	}
	return events
}
