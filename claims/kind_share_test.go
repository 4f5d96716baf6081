package claims_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/finfig/finfig/claims"
)

// shareLedger is a ledger of share claims written for this test, about
// the case's series.
const shareLedger = `
[[claim]]
id = "s-ad-share"
source = "t.txt"
quote = "ads were 98.5% of its 2019 revenue"
kind = "share"
subject = "facebook.revenue"
period = "2019"
other = "facebook.ad_revenue"
claimed = "98.5%"
hedge = ""

[[claim]]
id = "s-ad-share-low"
source = "t.txt"
quote = "ads were 98% of its 2019 revenue"
kind = "share"
subject = "facebook.revenue"
period = "2019"
other = "facebook.ad_revenue"
claimed = "98%"
hedge = ""

[[claim]]
id = "s-ad-share-about"
source = "t.txt"
quote = "ads were about 98% of its 2019 revenue"
kind = "share"
subject = "facebook.revenue"
period = "2019"
other = "facebook.ad_revenue"
claimed = "98%"
hedge = "about"

[[claim]]
id = "s-spend-share"
source = "t.txt"
quote = "$150 million, 1.3 percent of its 2017 revenue"
kind = "share"
subject = "netflix.revenue"
period = "2017"
amount = "$150 million"
claimed = "1.3 percent"
hedge = ""
`

// TestShare checks share claims: part/whole from the references, with
// the interval that both roundings give, judged with the hedge rules.
func TestShare(t *testing.T) {
	ledger, err := claims.ReadLedger(strings.NewReader(shareLedger), "share.toml")
	if err != nil {
		t.Fatal(err)
	}
	rs, err := checker(t).Check(ledger, "share.toml")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		verdict   claims.Verdict
		reference float64
	}{
		{claims.Accurate, 69655.0 / 70697},      // [0.98525, 0.98527] meets [0.985, 0.986)
		{claims.Inaccurate, 69655.0 / 70697},    // "98%" is at most 0.985
		{claims.Approximately, 69655.0 / 70697}, // within the 5% that "about" allows
		{claims.Accurate, 150e6 / 11692713000},  // 1.2829% against [1.25%, 1.35%]
	}
	for i, w := range want {
		r := rs[i]
		if r.Verdict != w.verdict || !near(r.Reference, w.reference, 1e-9) {
			t.Errorf("%s: %s, reference %v; want %s, %v (%s)", r.ID, r.Verdict, *r.Reference, w.verdict, w.reference, r.Explanation)
		}
	}
	if got := rs[0].Explanation; !strings.Contains(got, "98.53% [98.52%, 98.53%]") {
		t.Errorf("explanation %q does not give the share and its interval", got)
	}
}

// TestShareErrors checks that a share claim without its part, or with a
// figure that is no percentage, is refused with the key at fault.
func TestShareErrors(t *testing.T) {
	noPart := strings.Replace(shareLedger, `other = "facebook.ad_revenue"
claimed = "98.5%"`, `claimed = "98.5%"`, 1)
	_, err := claims.ReadLedger(strings.NewReader(noPart), "share.toml")
	var le *claims.LedgerError
	if !errors.As(err, &le) || le.Field != "amount" || !errors.Is(err, claims.ErrValue) {
		t.Errorf("share without its part: %v, want an error on amount", err)
	}
	bad := strings.Replace(shareLedger, `claimed = "98.5%"`, `claimed = "98.5"`, 1)
	ledger, err := claims.ReadLedger(strings.NewReader(bad), "share.toml")
	if err != nil {
		t.Fatal(err)
	}
	_, err = checker(t).Check(ledger[:1], "share.toml")
	if !errors.As(err, &le) || !errors.Is(err, claims.ErrClaim) || !strings.Contains(err.Error(), "expected a percentage") {
		t.Errorf("share of 98.5: %v, want an unchecked-claim error asking for a percentage", err)
	}
}
