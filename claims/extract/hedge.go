package extract

import (
	"slices"
	"strings"
	"sync"

	"github.com/finfig/finfig/claims"
)

// hedgePhrase is a hedge as the text writes it and the word of
// claims.HedgeRules or claims.TimeWords it stands for.
type hedgePhrase struct {
	words []string // lower case, in order
	as    string
	time  bool // a word of time: it bounds dates and durations only
}

// moreHedges are ways of writing a hedge that claims.HedgeRules words
// otherwise: "well over" bounds as "over" does.
var moreHedges = []hedgePhrase{
	{words: []string{"well", "over"}, as: "over"}, {words: []string{"just", "over"}, as: "over"},
	{words: []string{"surpassed"}, as: "over"}, {words: []string{"a", "little", "more", "than"}, as: "more than"},
	{words: []string{"slightly", "more", "than"}, as: "more than"}, {words: []string{"topping"}, as: "over"},
	{words: []string{"tops"}, as: "over"}, {words: []string{"nearly"}, as: "nearly"},
	{words: []string{"slightly", "less", "than"}, as: "less than"}, {words: []string{"a", "little", "less", "than"}, as: "less than"},
	{words: []string{"just", "under"}, as: "just under"}, {words: []string{"only"}}, {words: []string{"just"}},
}

// loadHedges lists the hedges of claims.HedgeRules that qualify a figure
// (not "in", "on", "reaching": those allow nothing and say nothing), the
// words of time of claims.TimeWords that bound a date (not "from", which
// bounds nothing, nor the patterns "from … to …": ranges are read as
// figures), and moreHedges, longest first so that "at least since" wins
// over "since".
var loadHedges = sync.OnceValue(func() []hedgePhrase {
	var out []hedgePhrase
	for _, r := range claims.HedgeRules {
		if r.Bound == claims.Near && r.Tolerance == 0 {
			continue
		}
		for _, w := range r.Words {
			if w == "" || w == "some" {
				continue // "some 40 million" is rare, "some of" common
			}
			out = append(out, hedgePhrase{words: strings.Fields(strings.TrimSuffix(w, ".")), as: w})
		}
	}
	for _, t := range claims.TimeWords {
		if t.Start == claims.InPeriod && t.End == claims.InPeriod {
			continue
		}
		for _, w := range t.Words {
			if !strings.Contains(w, "…") {
				out = append(out, hedgePhrase{words: strings.Fields(w), as: w, time: true})
			}
		}
	}
	out = append(out, moreHedges...)
	slices.SortStableFunc(out, func(a, b hedgePhrase) int { return len(b.words) - len(a.words) })
	return out
})

// timeWord returns the row of claims.TimeWords that the hedge word is
// in; ok is false for a hedge that is not a word of time.
func timeWord(word string) (claims.TimeWord, bool) {
	i, ok := timeWordRows()[word]
	if !ok {
		return claims.TimeWord{}, false
	}
	return claims.TimeWords[i], true
}

// timeWordRows maps each word of claims.TimeWords to its first row, as
// loadHedges reads the table once.
var timeWordRows = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for i, t := range claims.TimeWords {
		for _, w := range t.Words {
			if _, ok := m[w]; !ok {
				m[w] = i
			}
		}
	}
	return m
})

// maxHedgeWord is the longest last word of a hedge phrase that hedge
// looks for.
const maxHedgeWord = 16

// hedgesByLast holds the phrases of loadHedges by their last word, each
// list in loadHedges' order: only the phrases that end in the word before
// a figure can end there.
var hedgesByLast = sync.OnceValue(func() map[string][]hedgePhrase {
	m := map[string][]hedgePhrase{}
	for _, h := range loadHedges() {
		last := h.words[len(h.words)-1]
		m[last] = append(m[last], h)
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
	// A figure whose previous word does not end a hedge phrase (the word
	// table's wHedgeLast) has no hedge.
	if sc.toks[i].end-sc.toks[i].start > maxHedgeWord || sc.word(sc.toks[i]).class&wHedgeLast == 0 {
		return
	}
	timeOnly := f.Kind == Date || f.Kind == Duration
outer:
	for _, h := range hedgesByLast()[sc.lo[sc.toks[i].start:sc.toks[i].end]] {
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
		if h.time && !timeOnly {
			continue
		}
		if h.as != "" && !h.time && timeOnly && f.Kind == Date {
			// "over 2011" is no hedge of a date; "nearly a decade" is.
			continue
		}
		if h.as == "until" && i-n >= 0 && sc.notUntil(i-n) {
			return // "it was not until 2016 that": the date itself
		}
		f.Hedge = h.as
		if h.as != "" {
			f.hedgeStart, f.hedgeTok = sc.toks[i-n+1].start, i-n+1
		}
		return
	}
}

// notUntil reports whether token i, just before "until", makes it "not
// until" or "won't be until", which date the event itself rather than
// bound it.
func (sc *scanner) notUntil(i int) bool {
	t := sc.toks[i]
	return sc.is(t, "not") || sc.is(t, "be") || sc.is(t, "t") && i > 0 && (sc.is(sc.toks[i-1], "’") || sc.is(sc.toks[i-1], "'"))
}
