package claims

import (
	"errors"
	"strings"
	"testing"
)

const goodClaim = `# a comment
[[claim]]
id = "x-1"
source = "art.txt"
quote = "revenue of $4.28 billion in 2012"
kind = "value"
subject = "facebook.ad_revenue"
period = "2012"
claimed = "$4.28 billion"   # trailing comment
hedge = ""
`

func TestReadLedger(t *testing.T) {
	cs, err := ReadLedger(strings.NewReader(goodClaim), "l.toml")
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 {
		t.Fatalf("got %d claims, want 1", len(cs))
	}
	c := cs[0]
	if c.ID != "x-1" || c.Kind != KindValue || c.Period.String() != "2012" || c.Claimed != "$4.28 billion" || c.Line != 2 {
		t.Errorf("claim = %+v", c)
	}
}

func TestReadLedgerEscapes(t *testing.T) {
	in := strings.Replace(goodClaim, `quote = "revenue of $4.28 billion in 2012"`, `quote = "a \"quoted\" \\ \u2019 ’"`, 1)
	cs, err := ReadLedger(strings.NewReader(in), "l.toml")
	if err != nil {
		t.Fatal(err)
	}
	if want := "a \"quoted\" \\ ’ ’"; cs[0].Quote != want {
		t.Errorf("quote = %q, want %q", cs[0].Quote, want)
	}
}

func TestReadLedgerErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "l.toml:1:1: no [[claim]] in the ledger"},
		{"syntax: no equals", "[[claim]]\nid \"x\"\n", "l.toml:2:1: expected key = \"value\", a [[claim]] header or a # comment"},
		{"syntax: unclosed string", "[[claim]]\nid = \"x\n", "l.toml:2:6 (id): string is not closed (expected a closing \" on the same line)"},
		{"syntax: bare value", "[[claim]]\nid = x\n", "l.toml:2:6 (id): expected a string in double quotes"},
		{"syntax: other table", "[claim]\n", "l.toml:1:1: expected [[claim]], the only table a ledger has"},
		{"syntax: text after string", "[[claim]]\nid = \"x\" y\n", "l.toml:2:10 (id): unexpected text after the string (expected a # comment or the end of the line)"},
		{"unknown key", "[[claim]]\nwho = \"x\"\n", `l.toml:2:1 (who): unknown key "who" (expected one of id, source, quote, kind, subject, period, from, to, claimed, claimed_end, amount, other, edge, hedge, note, published, measure)`},
		{"key before header", "id = \"x\"\n", `l.toml:1:1 (id): key "id" before the first [[claim]] header`},
		{"key twice", "[[claim]]\nid = \"x\"\nid = \"y\"\n", `l.toml:3:1 (id): key "id" given twice in the claim that starts on line 1`},
		{"unknown kind", strings.Replace(goodClaim, `kind = "value"`, `kind = "guess"`, 1),
			`l.toml:6:8 (kind): unknown kind "guess" (expected one of value, change, difference, conversion, date, frequency, duration, share)`},
		{"quote empty", strings.Replace(goodClaim, `quote = "revenue of $4.28 billion in 2012"`, `quote = ""`, 1),
			`l.toml:5:9 (quote): claim "x-1": quote is empty or missing (every claim needs id, source, quote, kind, subject and claimed)`},
		{"bad period", strings.Replace(goodClaim, `period = "2012"`, `period = "2012Q5"`, 1),
			`l.toml:8:10 (period): period: cannot parse "2012Q5" as period: quarter must be Q1 to Q4 (expected a period written YYYY, YYYYQn, YYYY-MM or YYYY-MM-DD)`},
		{"duplicate id", goodClaim + "\n" + goodClaim, `l.toml:13:1: claim id "x-1" already used by the claim on line 2`},
		{"unknown hedge", strings.Replace(goodClaim, `hedge = ""`, `hedge = "kind of"`, 1), `l.toml:10:9 (hedge): unknown hedge "kind of" (expected one of "in", "on", "reaching", "surged", "surged dramatically", "significant", "guaranteed", "allegedly", "about", "approximately", "around", "roughly", "some", "an estimated", "circa", "approx.", "nearly", "almost", "close to", "just under", "over", "more than", "above", "exceeding", "in excess of", "at least", "upwards of", "up to", "as many as", "at most", "no more than", "under", "less than", "fewer than", "from … to …", "from", "between … and …", "since", "at least since", "from at least", "by", "within", "before", "after", "shortly after", "until", "until now" or "")`},
		{"invalid UTF-8", "[[claim]]\nid = \"a\xffb\"\n", "l.toml:2:8: invalid UTF-8"},
		{"change without end", strings.Replace(goodClaim, `kind = "value"`, "kind = \"change\"\nfrom = \"2012\"\nto = \"2019\"", 1),
			`l.toml:2:1 (claimed_end): claim "x-1" of kind change needs claimed_end`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadLedger(strings.NewReader(tt.in), "l.toml")
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			var le *LedgerError
			if !errors.As(err, &le) {
				t.Fatalf("error %T is not a *LedgerError", err)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error\n got %q\nwant %q", err, tt.want)
			}
		})
	}
}

func TestReadLedgerCRLFAndBOM(t *testing.T) {
	in := "\uFEFF" + strings.ReplaceAll(goodClaim, "\n", "\r\n")
	cs, err := ReadLedger(strings.NewReader(in), "l.toml")
	if err != nil {
		t.Fatal(err)
	}
	if cs[0].Hedge != "" || cs[0].Claimed != "$4.28 billion" {
		t.Errorf("claim = %+v", cs[0])
	}
}

func FuzzReadLedger(f *testing.F) {
	f.Add(goodClaim)
	f.Add("[[claim]]\nid = \"a\\u00e9\"\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, in string) {
		cs, err := ReadLedger(strings.NewReader(in), "f.toml")
		if err != nil {
			var le *LedgerError
			if !errors.As(err, &le) || le.Line < 1 || le.Column < 1 {
				t.Fatalf("error %v (%T) has no position", err, err)
			}
			return
		}
		if len(cs) == 0 {
			t.Fatal("no claims and no error")
		}
	})
}

// TestLedgerErrorKinds: each error wraps the sentinel of its kind, and
// names the key at fault, as csv.ParseError and datapkg.Error do.
func TestLedgerErrorKinds(t *testing.T) {
	for _, tt := range []struct {
		in    string
		kind  error
		field string
	}{
		{"[[claim]]\nid \"x\"\n", ErrSyntax, ""},
		{"[[claim]]\nwho = \"x\"\n", ErrKey, "who"},
		{"[[claim]]\nid = \"x\"\nid = \"y\"\n", ErrKey, "id"},
		{strings.Replace(goodClaim, `kind = "value"`, `kind = "guess"`, 1), ErrValue, "kind"},
	} {
		_, err := ReadLedger(strings.NewReader(tt.in), "l.toml")
		var le *LedgerError
		if !errors.As(err, &le) || !errors.Is(err, tt.kind) || le.Field != tt.field {
			t.Errorf("ReadLedger(%q) = %v: want a *LedgerError wrapping %v with field %q", tt.in, err, tt.kind, tt.field)
		}
	}
}
