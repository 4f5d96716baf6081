package fbnetflix_test

import (
	"testing"

	"github.com/finfig/finfig/cases/fbnetflix"
)

func TestLedgerAndEvents(t *testing.T) {
	ledger, err := fbnetflix.Ledger()
	if err != nil {
		t.Fatal(err)
	}
	if len(ledger) < 100 {
		t.Errorf("ledger has %d claims, want at least 100", len(ledger))
	}
	events, err := fbnetflix.Events()
	if err != nil {
		t.Fatal(err)
	}
	e, ok := events.Get("dpc-fine-2022")
	if !ok || e.Value.String() != "265000000" || e.Unit != "EUR" || e.Date.String() != "2022-11-28" {
		t.Errorf("dpc-fine-2022 = %+v, %v", e, ok)
	}
}
