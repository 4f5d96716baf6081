package extract

import (
	"io"
	"strconv"

	"github.com/finfig/finfig/claims"
)

// WriteLedger writes the claims as a draft ledger in the format
// claims.ReadLedger reads, each with a comment that says what was
// inferred and how sure the extractor is.
func WriteLedger(w io.Writer, cs []Claim) error {
	ledger := make([]claims.Claim, len(cs))
	for i, c := range cs {
		ledger[i] = c.Claim
	}
	return claims.WriteLedger(w, ledger, func(i int) string {
		c := cs[i]
		s := "sure: " + c.Sure + ". Figures"
		for k, f := range c.Figures {
			if k > 0 {
				s += ","
			}
			s += " " + strconv.Quote(f.Text) + " " + string(f.Kind)
		}
		s += ". " + c.Inferred
		if c.Subject == "" {
			s += "\nTODO: fill in the subject (a series or event id) or delete this claim."
		}
		return s
	})
}
