package extract

import (
	"slices"
	"strings"
	"sync"

	"github.com/finfig/finfig/claims"
)

// hedgePhrase is a hedge as the text writes it and the word of
// claims.HedgeRules it stands for.
type hedgePhrase struct {
	words []string // lower case, in order
	as    string
}

// moreHedges are ways of writing a hedge that claims.HedgeRules words
// otherwise: "well over" bounds as "over" does.
var moreHedges = []hedgePhrase{
	{[]string{"well", "over"}, "over"}, {[]string{"just", "over"}, "over"}, {[]string{"surpassed"}, "over"},
	{[]string{"a", "little", "more", "than"}, "more than"}, {[]string{"slightly", "more", "than"}, "more than"},
	{[]string{"topping"}, "over"}, {[]string{"tops"}, "over"}, {[]string{"nearly"}, "nearly"},
	{[]string{"slightly", "less", "than"}, "less than"}, {[]string{"a", "little", "less", "than"}, "less than"},
	{[]string{"just", "under"}, "just under"}, {[]string{"only"}, ""}, {[]string{"just"}, ""},
}

// loadHedges lists the hedges of claims.HedgeRules that qualify a figure
// (not "in", "on", "reaching": those allow nothing and say nothing), and
// moreHedges, longest first so that "at least since" wins over "since".
var loadHedges = sync.OnceValue(func() []hedgePhrase {
	var out []hedgePhrase
	for _, r := range claims.HedgeRules {
		if r.Bound == claims.Near && r.Tolerance == 0 && !r.Time {
			continue
		}
		for _, w := range r.Words {
			if w == "" || w == "some" {
				continue // "some 40 million" is rare, "some of" common
			}
			out = append(out, hedgePhrase{strings.Fields(strings.TrimSuffix(w, ".")), w})
		}
	}
	out = append(out, moreHedges...)
	slices.SortStableFunc(out, func(a, b hedgePhrase) int { return len(b.words) - len(a.words) })
	return out
})

// hedgeLast holds the last word of every hedge phrase: a figure whose
// previous word is not one has no hedge, which one lookup tells.
var hedgeLast = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, h := range loadHedges() {
		m[h.words[len(h.words)-1]] = true
	}
	return m
})

// hedge sets the hedge of the figure: the longest hedge phrase that ends
// just before it (quotes and a "$" aside). Words of time ("by", "within")
// hedge dates and durations only.
func (sc *scanner) hedge(f *Figure) {
	i := f.tok - 1
	for i >= 0 && sc.toks[i].kind == tPunct && (isCloser(sc.text(sc.toks[i])) || sc.text(sc.toks[i]) == "“" || sc.text(sc.toks[i]) == "\"") {
		i--
	}
	if i < 0 || sc.toks[i].kind != tWord {
		return
	}
	if sc.toks[i].end-sc.toks[i].start > 16 || !hedgeLast()[string(lowerInto(sc.buf[:0], sc.text(sc.toks[i])))] {
		return
	}
	timeOnly := f.Kind == Date || f.Kind == Duration
outer:
	for _, h := range loadHedges() {
		n := len(h.words)
		if i-n+1 < 0 {
			continue
		}
		for k, w := range h.words {
			t := sc.toks[i-n+1+k]
			if t.kind != tWord || !sc.is(t, w) {
				continue outer
			}
			if k > 0 && sc.toks[i-n+1+k].newline {
				continue outer
			}
		}
		rule := ruleOf(h.as)
		if h.as != "" && rule.Time && !timeOnly {
			continue
		}
		if h.as != "" && !rule.Time && timeOnly && f.Kind == Date {
			// "over 2011" is no hedge of a date; "nearly a decade" is.
			continue
		}
		f.Hedge = h.as
		if h.as != "" {
			f.hedgeStart, f.hedgeTok = sc.toks[i-n+1].start, i-n+1
		}
		return
	}
}

func ruleOf(word string) claims.HedgeRule {
	for _, r := range claims.HedgeRules {
		if slices.Contains(r.Words, word) {
			return r
		}
	}
	return claims.HedgeRule{}
}
