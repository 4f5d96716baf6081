package extract

import (
	"bytes"
	"slices"
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
It paid $90 million, 9% of its 2020 sales, analysts said.
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
		{kind: claims.KindValue, subject: "acme.revenue", period: "2015", claimed: "$1.5 billion", sure: "medium"},
		{kind: claims.KindValue, subject: "acme.revenue", period: "2020", claimed: "$6 billion", sure: "medium"},
		{kind: claims.KindValue, subject: "acme.users", period: "2020", claimed: "20 million", hedge: "over", sure: "high"},
		{kind: claims.KindConversion, subject: "acme-fine", claimed: "$300 million", amount: "€265 million", sure: "high"},
		{kind: claims.KindValue, subject: "acme-fine", claimed: "€265 million", sure: "high"},
		{kind: claims.KindDate, subject: "acme-fine", claimed: "2021", sure: "high"},
		{kind: claims.KindFrequency, subject: "acme-report-cadence", claimed: "every two weeks", sure: "high"},
		{kind: claims.KindShare, subject: "acme.revenue", period: "2020", claimed: "9%", amount: "$90 million", sure: "medium"},
		{kind: claims.KindValue, subject: "", claimed: "$5 million", sure: "low"},
	}
	if len(cs) != len(wants) {
		for _, c := range cs {
			t.Logf("%s %s %q %q", c.ID, c.Kind, c.Subject, c.Claimed)
		}
		t.Fatalf("got %d claims, want %d", len(cs), len(wants))
	}
	for i, w := range wants {
		c := cs[i]
		got := want{c.Kind, c.Subject, c.Period.String(), c.From.String(), c.To.String(), c.Claimed, c.ClaimedEnd, c.Amount, c.Hedge, c.Edge, c.Sure}
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
		if c.Subject != "" {
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

// TestMeasure checks what a money figure about a series is read to
// measure: a rate, a commitment or money spent.
func TestMeasure(t *testing.T) {
	x := &Extractor{Subjects: testSubjects}
	for _, tt := range []struct{ text, measure string }{
		{"Acme spent more than $150 million on sales in 2017.", "spend"},
		{"Acme's sales, committing to a guaranteed $150 million in 2017.", "commitment"},
		{"Acme's sales reached $40 million per year by 2015.", "rate"},
		{"Acme's sales were $40 million in 2015.", ""},
	} {
		cs, err := x.Extract("m.txt", []byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) == 0 || cs[0].Subject != "acme.revenue" || cs[0].Measure != tt.measure {
			t.Errorf("%q: got %+v, want a claim about acme.revenue with measure %q", tt.text, cs, tt.measure)
			continue
		}
		if tt.measure != "" && !slices.Contains(claims.Measures, cs[0].Measure) {
			t.Errorf("%q: measure %q is not one of claims.Measures", tt.text, cs[0].Measure)
		}
	}
}

// TestRelative checks dates and durations given relative to another
// event: the anchor becomes Other, the subject the other event named.
func TestRelative(t *testing.T) {
	x := &Extractor{Subjects: append(testSubjects,
		Subject{ID: "acme-ipo", Kind: SubjectEvent, Names: []string{"Acme’s listing", "listing"}},
		Subject{ID: "acme-ipo.press", Kind: SubjectEvent, Names: []string{"listed on the exchange"}},
		Subject{ID: "acme-deal", Kind: SubjectEvent, Names: []string{"widget deal"}})}
	text := "Acme listed on the exchange in May 2020. Shortly after Acme’s listing, it signed the widget deal. " +
		"Within a month of Acme’s listing, it signed the widget deal."
	cs, err := x.Extract("r.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cs {
		got = append(got, strings.Join([]string{string(c.Kind), c.Subject, c.Other, c.Claimed, c.Hedge}, " "))
	}
	want := []string{
		"date acme-ipo.press  2020-05 ",
		"date acme-deal acme-ipo 2020-05 shortly after",
		"duration acme-deal acme-ipo 1 month within",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestNotes checks that notes are written only when asked for.
func TestNotes(t *testing.T) {
	for _, notes := range []bool{false, true} {
		x := &Extractor{Subjects: testSubjects, Notes: notes}
		cs, err := x.Extract("acme-2021.txt", []byte(testArticle))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if (c.Inferred != "") != notes {
				t.Errorf("Notes %v: claim %s has Inferred %q", notes, c.ID, c.Inferred)
			}
		}
		if notes && !strings.Contains(cs[0].Inferred, "from … to …: a change; periods 2015 and 2020 from the years after each figure.") {
			t.Errorf("notes of the change: %q", cs[0].Inferred)
		}
	}
}
