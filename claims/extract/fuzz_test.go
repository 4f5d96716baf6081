package extract

import (
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that extraction never panics, that every offset lies
// inside the text and that every figure's text is the bytes at its
// offsets.
func FuzzExtract(f *testing.F) {
	for _, tt := range figureTests {
		f.Add(tt.text)
	}
	f.Add(testArticle)
	f.Add("$ 2 billion (€1,848 billion) 13 hours and 11 minutes a Day 1 out of every 5 Q4 FY19 2018-19 between June 23, 2019 and June 23, 2025")
	f.Add("date 2020-04-29 Oct. 1, 2025:\nRELATED STORIES\n- $30B plan\n")
	x := &Extractor{Subjects: testSubjects}
	f.Fuzz(func(t *testing.T, text string) {
		cs, err := x.Extract("fuzz.txt", []byte(text))
		if err != nil {
			if utf8.ValidString(text) && !containsNUL(text) {
				t.Fatalf("valid text refused: %v", err)
			}
			return
		}
		check := func(g Figure) {
			if g.Start < 0 || g.End > len(text) || g.Start > g.End {
				t.Fatalf("figure %q at [%d, %d) outside the text of %d bytes", g.Text, g.Start, g.End, len(text))
			}
			if text[g.Start:g.End] != g.Text {
				t.Fatalf("figure %q at [%d, %d) reads %q", g.Text, g.Start, g.End, text[g.Start:g.End])
			}
		}
		for _, g := range Figures(text) {
			check(g)
		}
		for _, c := range cs {
			if c.Start < 0 || c.End > len(text) || c.Start > c.End || text[c.Start:c.End] != c.Quote {
				t.Fatalf("claim %s: quote at [%d, %d) is not the text", c.ID, c.Start, c.End)
			}
			for _, g := range c.Figures {
				check(g)
			}
		}
	})
}

func containsNUL(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return true
		}
	}
	return false
}
