package claims

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WriteLedger writes claims in the ledger format that ReadLedger reads:
// one [[claim]] table each, its keys in the documented order, empty keys
// left out but for those every claim has (id, source, quote, kind,
// subject, claimed, hedge). comment, when not nil, gives the lines of a
// "# " comment written above each claim (nil or "" for none). A claim
// with an empty subject is written with subject = "", which ReadLedger
// refuses until a person fills it in.
func WriteLedger(w io.Writer, ledger []Claim, comment func(i int) string) error {
	bw := bufio.NewWriter(w)
	for i, c := range ledger {
		if i > 0 {
			bw.WriteString("\n")
		}
		if comment != nil {
			if text := comment(i); text != "" {
				for _, line := range strings.Split(text, "\n") {
					bw.WriteString(strings.TrimRight("# "+line, " ") + "\n")
				}
			}
		}
		bw.WriteString("[[claim]]\n")
		fields := []struct {
			key, value string
			always     bool
		}{
			{"id", c.ID, true}, {"source", c.Source, true}, {"quote", c.Quote, true}, {"kind", string(c.Kind), true},
			{"subject", c.Subject, true}, {"period", c.Period.String(), false}, {"from", c.From.String(), false},
			{"to", c.To.String(), false}, {"claimed", c.Claimed, true}, {"claimed_end", c.ClaimedEnd, false},
			{"amount", c.Amount, false}, {"other", c.Other, false}, {"edge", c.Edge, false}, {"hedge", c.Hedge, true},
			{"note", c.Note, false}, {"published", c.Published.String(), false}, {"measure", c.Measure, false},
		}
		for _, f := range fields {
			if f.value == "" && !f.always {
				continue
			}
			fmt.Fprintf(bw, "%-11s = %s\n", f.key, quoteTOML(f.value))
		}
	}
	return bw.Flush()
}

// quoteTOML writes s as a TOML basic string with the escapes parseString
// reads: \" \\ \n \t and \uXXXX for other control characters.
func quoteTOML(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
