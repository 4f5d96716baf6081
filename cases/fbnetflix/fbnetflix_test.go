package fbnetflix_test

import (
	"testing"
)

func TestLedgerAndEvents(t *testing.T) {
	_, ledger, events := caseInputs(t)
	if len(ledger) < 100 {
		t.Errorf("ledger has %d claims, want at least 100", len(ledger))
	}
	e, ok := events.Get("dpc-fine-2022")
	if !ok || e.Value.String() != "265000000" || e.Unit != "EUR" || e.Date.String() != "2022-11-28" {
		t.Errorf("dpc-fine-2022 = %+v, %v", e, ok)
	}
}
