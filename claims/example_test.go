package claims_test

import (
	"fmt"
	"strings"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/claims"
)

// A ledger is a text file a person edits; Check judges each claim against
// the reference figures.
func ExampleChecker_Check() {
	ledger := `[[claim]]
id = "fb-growth"
source = "001_1e3492959d669e6d.txt"
quote = "from $4.28 billion in 2012 to an astounding $69.66 billion in 2019"
kind = "change"
subject = "facebook.ad_revenue"
from = "2012"
to = "2019"
claimed = "$4.28 billion"
claimed_end = "$69.66 billion"
`
	cs, err := claims.ReadLedger(strings.NewReader(ledger), "example.toml")
	if err != nil {
		panic(err)
	}
	ck, err := fbnetflix.Checker() // the first case's series and events, and the ECB's rates
	if err != nil {
		panic(err)
	}
	results, err := ck.Check(cs, "example.toml")
	if err != nil {
		panic(err)
	}
	r := results[0]
	fmt.Printf("%s: %s\n", r.ID, r.Verdict)
	fmt.Printf("claimed multiple %.2f, CAGR %.2f%%; filings' multiple %.2f\n", *r.Claimed, 100**r.Computed, *r.Reference)
	// Output:
	// fb-growth: accurate
	// claimed multiple 16.28, CAGR 48.96%; filings' multiple 16.28
}

// Hedge words set how a figure is read: "over 2.3 billion" is a lower
// bound, which Facebook's 2.50 billion users satisfy with room to spare.
func ExampleHedgeRules() {
	for _, r := range claims.HedgeRules {
		if r.Words[0] == "over" {
			fmt.Println(r.Words[:3], "tolerance", r.Tolerance, "loose above", r.Loose)
		}
	}
	// Output:
	// [over more than above] tolerance 0 loose above 0.05
}
