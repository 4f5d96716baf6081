package extract

import (
	"bytes"
	"strings"
	"testing"

	"github.com/finfig/finfig/claims"
)

// subjects for the tests: an invented company and its data.
var testSubjects = []Subject{
	{ID: "acme", Kind: SubjectEntity, Names: []string{"Acme", "the widget maker"}},
	{ID: "acme.revenue", Kind: SubjectSeries, Names: []string{"revenue", "sales"}},
	{ID: "acme.users", Kind: SubjectSeries, Names: []string{"monthly active users", "monthly users"}},
	{ID: "acme-fine", Kind: SubjectEvent, Names: []string{"regulator fined"}},
	{ID: "acme-report-cadence", Kind: SubjectEvent, Names: []string{"written report"}},
}

// The article is written for this test.
const testArticle = `Acme grew fast. Its revenue rose from $1.5 billion in 2015 to $6 billion in 2020.
The widget maker had over 20 million monthly active users in 2020.
In 2021, the regulator fined Acme €265 million ($300 million).
Acme sends a written report every two weeks.
The company's revenue was 9% of its 2020 sales, analysts said.
Somebody earned $5 million.
`

func TestExtract(t *testing.T) {
	x := &Extractor{Subjects: testSubjects}
	cs, err := x.Extract("acme-2021.txt", []byte(testArticle))
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		kind                                  claims.Kind
		subject, period, from, to, claimed    string
		claimedEnd, amount, hedge, edge, sure string
	}
	wants := []want{
		{kind: claims.KindChange, subject: "acme.revenue", from: "2015", to: "2020", claimed: "$1.5 billion", claimedEnd: "$6 billion", sure: "medium"},
		{kind: claims.KindValue, subject: "acme.users", period: "2020", claimed: "20 million", hedge: "over", sure: "high"},
		{kind: claims.KindConversion, subject: "acme-fine", claimed: "$300 million", amount: "€265 million", sure: "high"},
		{kind: claims.KindValue, subject: "acme-fine", claimed: "€265 million", sure: "high"},
		{kind: claims.KindDate, subject: "acme-fine", claimed: "2021", sure: "high"},
		{kind: claims.KindFrequency, subject: "acme-report-cadence", claimed: "every two weeks", sure: "high"},
		{kind: claims.KindShare, subject: "acme.revenue", period: "2020", claimed: "9%", sure: "medium"},
		{kind: claims.KindValue, subject: "", claimed: "$5 million", sure: "low"},
	}
	if len(cs) != len(wants) {
		for _, c := range cs {
			t.Logf("%s %s %q %q", c.ID, c.Kind, c.Subject, c.Claimed)
		}
		t.Fatalf("got %d claims, want %d", len(cs), len(wants))
	}
	ps := func(p interface {
		IsZero() bool
		String() string
	}) string {
		if p.IsZero() {
			return ""
		}
		return p.String()
	}
	for i, w := range wants {
		c := cs[i]
		got := want{c.Kind, c.Subject, ps(c.Period), ps(c.From), ps(c.To), c.Claimed, c.ClaimedEnd, c.Amount, c.Hedge, c.Edge, c.Sure}
		if got != w {
			t.Errorf("claim %d (%s):\ngot  %+v\nwant %+v\n%s", i, c.ID, got, w, c.Inferred)
		}
		if testArticle[c.Start:c.End] != c.Quote {
			t.Errorf("claim %s: quote %q is not the text at [%d, %d)", c.ID, c.Quote, c.Start, c.End)
		}
		if !strings.HasPrefix(c.ID, "acme-2021-") || c.Source != "acme-2021.txt" {
			t.Errorf("claim id %q, source %q", c.ID, c.Source)
		}
	}
}

// TestLedgerRoundTrip checks that the draft ledger of claims with a
// subject and a kind the ledger knows reads back as the same claims.
func TestLedgerRoundTrip(t *testing.T) {
	x := &Extractor{Subjects: testSubjects}
	cs, err := x.Extract("acme-2021.txt", []byte(testArticle))
	if err != nil {
		t.Fatal(err)
	}
	var keep []Claim
	for _, c := range cs {
		if c.Subject != "" && c.Kind != claims.KindShare {
			keep = append(keep, c)
		}
	}
	var buf bytes.Buffer
	if err := WriteLedger(&buf, keep); err != nil {
		t.Fatal(err)
	}
	back, err := claims.ReadLedger(&buf, "draft.toml")
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if len(back) != len(keep) {
		t.Fatalf("read %d claims back, wrote %d", len(back), len(keep))
	}
	for i, c := range back {
		w := keep[i].Claim
		w.Line = c.Line
		if c != w {
			t.Errorf("claim %d read back as\n%+v\nwant\n%+v", i, c, w)
		}
	}
}

// TestNoEntityNoLink checks that an article naming none of the entities
// gets no subjects, whatever its words.
func TestNoEntityNoLink(t *testing.T) {
	x := &Extractor{Subjects: testSubjects}
	cs, err := x.Extract("other.txt", []byte("Another firm's revenue was $3 billion in 2020; a regulator fined it."))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c.Subject != "" {
			t.Errorf("claim %s linked to %s", c.ID, c.Subject)
		}
	}
	if len(cs) != 2 {
		t.Errorf("got %d claims, want 2", len(cs))
	}
}
