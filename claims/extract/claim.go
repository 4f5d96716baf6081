package extract

import (
	"cmp"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/finfig/finfig/claims"
	"github.com/finfig/finfig/series"
)

// Subject is something a claim can be about, as data: a series of the
// data package, an event of its events table, or an entity (a company)
// whose series ids start with its id and a dot ("facebook" owns
// "facebook.ad_revenue").
//
// Names are what the text calls it, matched as whole words ignoring
// case: a series' metric names ("advertising revenue", "ad revenue"), an
// event's keywords ("Titan API"), an entity's names ("Netflix", "the
// streaming giant"). A series name is read together with the entity the
// sentence names, or else the last one the article named.
type Subject struct {
	ID    string
	Kind  string // "series", "event" or "entity"
	Names []string
}

// The kinds of Subject.
const (
	SubjectSeries = "series"
	SubjectEvent  = "event"
	SubjectEntity = "entity"
)

// Claim is an extracted claim: the claim as a ledger records it, where
// its quote lies in the text, the figures it rests on, and what the
// extractor inferred and how sure it is.
type Claim struct {
	claims.Claim
	Start, End int      // the quote's byte offsets
	Figures    []Figure // the figures the claim rests on
	// Sure is how sure the extractor is of the claim's kind and subject:
	// "high" (named in the sentence), "medium" (carried over from an
	// earlier sentence, or the nearest of several), "low" (no subject).
	Sure string
	// Inferred says what was inferred and from which words, for a person
	// who checks the draft.
	Inferred string
}

// Extractor finds the claims of articles. Subjects are the series,
// events and entities that claims are linked to; with none, every claim's
// subject is empty.
type Extractor struct {
	Subjects []Subject
	// Notes makes Extract write each claim's Inferred, which a draft
	// ledger prints as a comment. Without it Inferred is empty: the notes
	// are a third of the work of forming claims, and output that does not
	// print them need not pay for them.
	Notes bool
}

// mention is a subject's name found in the text.
type mention struct {
	start, end int
	subj       *Subject
	key        string // the name as indexed: lower case, one space between words
}

// nameIndex indexes the subjects' names by their first word, lower case,
// and the series by their names.
type nameIndex struct {
	first  map[string][]nameEntry
	series map[string][]*Subject // by key
	// firstLens has, by a first word's first byte, a bit for its length
	// (bit 63 for 63 bytes and more): most words are no name's first
	// word, which two loads tell without the map.
	firstLens [256]uint64
}

type nameEntry struct {
	words []string
	key   string
	subj  *Subject
}

// lenBit is the bit of nameIndex.firstLens for a word of n bytes.
func lenBit(n int) uint64 { return 1 << min(n, 63) }

func (x *Extractor) index() nameIndex {
	idx := nameIndex{first: map[string][]nameEntry{}, series: map[string][]*Subject{}}
	for i := range x.Subjects {
		s := &x.Subjects[i]
		for _, n := range s.Names {
			var ws []string
			toks := tokenize(nil, n)
			for _, t := range toks {
				ws = append(ws, strings.ToLower(n[t.start:t.end]))
			}
			if len(ws) == 0 {
				continue
			}
			key := strings.Join(ws, " ")
			idx.first[ws[0]] = append(idx.first[ws[0]], nameEntry{ws, key, s})
			idx.firstLens[ws[0][0]] |= lenBit(len(ws[0]))
			if s.Kind == SubjectSeries && !slices.Contains(idx.series[key], s) {
				idx.series[key] = append(idx.series[key], s)
			}
		}
	}
	return idx
}

// Extract returns the claims of the article text, whose file name source
// names it (ids are derived from it). The text must be valid UTF-8
// without NUL bytes, as Validate checks; an empty text has no claims.
func (x *Extractor) Extract(source string, text []byte) ([]Claim, error) {
	if err := Validate(source, text); err != nil {
		return nil, err
	}
	sc := newScanner(string(text))
	sc.scan()
	defer sc.release()
	return x.group(sc, source), nil
}

// idPrefix derives claim ids from a file name: "001_1e34….txt" gives
// "001_1e34…", lower case, with characters a ledger id does not allow
// replaced by '-'.
func idPrefix(source string) string {
	base := path.Base(strings.ReplaceAll(source, "\\", "/"))
	if ext := path.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	b := []byte(strings.ToLower(base))
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			b[i] = '-'
		}
	}
	if len(b) == 0 || base == "-" {
		return "article"
	}
	return string(b)
}

// sentence is a run of tokens and the figures in it.
type sentence struct {
	start, end int // byte offsets
	t0, t1     int // tokens [t0, t1)
	figs       []int
	mentions   []mention
}

func (x *Extractor) group(sc *scanner, source string) []Claim {
	idx := x.index()
	sents := make([]sentence, 0, sc.sentences)
	for i := 0; i < len(sc.toks); {
		j := i + 1
		for j < len(sc.toks) && !sc.toks[j].sentence {
			j++
		}
		sents = append(sents, sentence{start: sc.toks[i].start, end: sc.toks[j-1].end, t0: i, t1: j})
		i = j
	}
	// Figures to sentences: each sentence's figures are a run of one
	// slice, in order.
	order := make([]int, 0, len(sc.figs))
	si, from := 0, 0
	for k, f := range sc.figs {
		if f.boilerplate {
			continue
		}
		for si < len(sents)-1 && sents[si].end <= f.Start {
			sents[si].figs = order[from:len(order):len(order)]
			si, from = si+1, len(order)
		}
		order = append(order, k)
	}
	if len(sents) > 0 {
		sents[si].figs = order[from:len(order):len(order)]
	}
	g := &grouper{sc: sc, x: x, prefix: idPrefix(source), source: source, base: path.Base(strings.ReplaceAll(source, "\\", "/")),
		used: make([]bool, len(sc.figs)), held: make([]bool, len(sc.figs)), out: make([]Claim, 0, len(sc.figs)),
		notes: x.Notes, series: idx.series, figArena: make([]Figure, 0, len(sc.figs)/8+8)}
	for k := range sents {
		sents[k].mentions = g.findMentions(&idx, &sents[k])
	}
	// An article that names none of the entities is not about the data:
	// its claims are linked to nothing, however its words match.
	named := false
	for _, s := range sents {
		for _, m := range s.mentions {
			named = named || m.subj.Kind == SubjectEntity
		}
	}
	for k := range sents {
		s := &sents[k]
		if !named {
			s.mentions = nil
		}
		if len(s.figs) > 0 {
			g.sentence(s)
		}
		// The entity the next sentence's "the company" means.
		for _, m := range s.mentions {
			if m.subj.Kind == SubjectEntity {
				g.entity = m.subj
			}
		}
	}
	return g.out
}

type grouper struct {
	sc             *scanner
	x              *Extractor
	prefix, source string
	base           string // the source's file name
	used           []bool // figures already in a claim, by index
	held           []bool // figures a claim holds in sc.figs (claimOf), by index
	out            []Claim
	entity         *Subject              // the last entity named
	lastFrom       [2]series.Period      // the last range of years, for "the same period"
	ids            map[string]int        // the index in idCounts of each id's slug
	idCounts       []int                 // how many ids each slug has given
	notes          bool                  // whether to write each claim's Inferred
	series         map[string][]*Subject // the series by name (nameIndex.series)
	idBuf          []byte                // newID's buffer
	idArena        strings.Builder       // the block ids are written into (intern)
	msBuf, outBuf  []mention             // findMentions' buffers
	mentions       []mention             // the array of the sentences' mentions
	figArena       []Figure              // the claims' figures
}

// findMentions finds the subjects' names in the sentence, dropping a name
// inside a longer one ("revenue" inside "advertising revenue").
func (g *grouper) findMentions(idx *nameIndex, s *sentence) []mention {
	if len(idx.first) == 0 {
		return nil
	}
	sc := g.sc
	ms := g.msBuf[:0]
	for i := s.t0; i < s.t1; i++ {
		t := sc.toks[i]
		if idx.firstLens[sc.lo[t.start]]&lenBit(t.end-t.start) == 0 {
			continue
		}
		cands := idx.first[sc.lo[t.start:t.end]]
	next:
		for _, c := range cands {
			if i+len(c.words) > s.t1 {
				continue
			}
			for k, w := range c.words {
				if !sc.is(sc.toks[i+k], w) {
					continue next
				}
			}
			ms = append(ms, mention{start: t.start, end: sc.toks[i+len(c.words)-1].end, subj: c.subj, key: c.key})
		}
	}
	// Longest first at each start; drop those inside another.
	slices.SortStableFunc(ms, func(a, b mention) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
	out := g.outBuf[:0]
	for _, m := range ms {
		inside := false
		for _, o := range out {
			if o.start <= m.start && m.end <= o.end && (o.end-o.start > m.end-m.start || o.subj == m.subj) {
				inside = true
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	g.msBuf, g.outBuf = ms, out
	if len(out) == 0 {
		return nil
	}
	// The sentences' mentions share arrays, as claims' figures do.
	if cap(g.mentions)-len(g.mentions) < len(out) {
		g.mentions = make([]mention, 0, max(1024, len(out)))
	}
	n := len(g.mentions)
	g.mentions = append(g.mentions, out...)
	return g.mentions[n:len(g.mentions):len(g.mentions)]
}

func (g *grouper) newID(kind string, f *Figure) string {
	if g.ids == nil {
		g.ids = map[string]int{}
	}
	// prefix-kind-slug, the slug being the figure's text in lower-case
	// letters and digits, other runs as one '-', cut at 24 bytes.
	b := append(append(append(g.idBuf[:0], g.prefix...), '-'), kind...)
	slug := len(b) + 1
	b = append(b, '-')
	for i := 0; i < len(f.Text) && len(b)-slug < 24; i++ {
		c := f.Text[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b = append(b, c)
		case len(b) > slug && b[len(b)-1] != '-':
			b = append(b, '-')
		}
	}
	for len(b) >= slug && b[len(b)-1] == '-' {
		b = b[:len(b)-1] // no slug, or one that ends in '-'
	}
	g.idBuf = b
	// One allocation an id: the map holds the index of the slug's count,
	// so that a slug seen before is looked up without a new key. Its
	// keys leave out the prefix, the same for every id.
	p := len(g.prefix) + 1
	ix, ok := g.ids[string(b[p:])]
	if !ok {
		id := g.intern(b)
		g.ids[id[p:]] = len(g.idCounts)
		g.idCounts = append(g.idCounts, 1)
		return id
	}
	g.idCounts[ix]++
	b = strconv.AppendInt(append(b, '-'), int64(g.idCounts[ix]), 10)
	g.idBuf = b
	return g.intern(b)
}

// idChunk is the size of the blocks that ids are written into.
const idChunk = 16 << 10

// intern returns b as a string that shares a block with other ids: one
// allocation for hundreds of ids rather than one each. A strings.Builder
// never changes bytes once written, so the strings its String returned
// stay as they were while it grows; a new block starts when b does not
// fit, so that no block is copied.
func (g *grouper) intern(b []byte) string {
	a := &g.idArena
	if a.Cap()-a.Len() < len(b) {
		*a = strings.Builder{}
		a.Grow(max(idChunk, len(b)))
	}
	n := a.Len()
	a.Write(b)
	return a.String()[n:]
}

// claimFor starts a claim of kind about the figures, quoting the sentence.
func (g *grouper) claimFor(s *sentence, kind claims.Kind, figs ...*Figure) Claim {
	// The claims' figures share one array, which saves an allocation a
	// claim; each claim's slice is capped, so appending to it copies.
	// When the array is full a new one starts, the same size: the old
	// one, which earlier claims hold, is not copied.
	if cap(g.figArena)-len(g.figArena) < len(figs) {
		g.figArena = make([]Figure, 0, max(cap(g.figArena), len(figs)))
	}
	n := len(g.figArena)
	for _, f := range figs {
		g.figArena = append(g.figArena, *f)
	}
	return g.claimWith(s, kind, g.figArena[n:len(g.figArena):len(g.figArena)])
}

// claimOf starts a claim of kind about the figure sc.figs[k]. The first
// claim about a figure holds it where the scanner left it, a later one a
// copy: no two claims share a Figure.
func (g *grouper) claimOf(s *sentence, kind claims.Kind, k int) Claim {
	if g.held[k] {
		return g.claimFor(s, kind, &g.sc.figs[k])
	}
	g.held[k] = true
	return g.claimWith(s, kind, g.sc.figs[k:k+1:k+1])
}

func (g *grouper) claimWith(s *sentence, kind claims.Kind, figs []Figure) Claim {
	c := Claim{Start: s.start, End: s.end, Figures: figs}
	c.Source = g.base
	c.Quote = g.sc.s[s.start:s.end]
	c.Kind = kind
	c.ID = g.newID(string(kind), &figs[0])
	return c
}

// sentence makes the claims of one sentence.
func (g *grouper) sentence(s *sentence) {
	sc := g.sc
	used := g.used
	figs := s.figs
	fig := func(k int) *Figure { return &sc.figs[k] }
	// The years of the sentence: the period of its values.
	var years []int
	for _, k := range figs {
		if f := fig(k); f.Kind == Date && f.Period != "" {
			years = append(years, k)
		}
	}
	// Conversions: "€265 million ($284 million)".
	for n := 0; n+1 < len(figs); n++ {
		a, b := fig(figs[n]), fig(figs[n+1])
		if a.Kind == Money && b.Kind == Money && a.Unit != b.Unit && a.Unit != "" && b.Unit != "" && !a.Vague && !b.Vague {
			between := strings.TrimSpace(sc.s[a.End:b.Start])
			if between == "(" || between == "(about" || between == "(or" || between == "(around" || between == "(roughly" ||
				between == ", or" || between == "(approximately" || strings.HasPrefix(between, "(") && len(between) < 16 {
				c := g.claimFor(s, claims.KindConversion, b, a)
				c.Claimed, c.Amount, c.Hedge = b.Text, a.Text, b.Hedge
				g.link(&c, s, a, false)
				if g.notes {
					c.Inferred = fmt.Sprintf("%q written as %q in parentheses: a conversion. %s", a.Text, b.Text, c.Inferred)
				}
				g.emit(&c)
				used[figs[n+1]] = true
				// The amount itself is also a value claim (below).
			}
		}
	}
	// Changes: "from $4.28 billion in 2012 to $69.66 billion in 2019".
	for n := 0; n+1 < len(figs); n++ {
		ka := figs[n]
		a := fig(ka)
		if a.Kind != Money && a.Kind != Count || a.Vague || used[ka] || !g.wordBefore(a, "from") {
			continue
		}
		for m := n + 1; m < len(figs); m++ {
			kb := figs[m]
			b := fig(kb)
			if b.Kind == Date {
				continue
			}
			if b.Kind != a.Kind || b.Vague || !g.wordsBefore(b, "to", 3) {
				break
			}
			c := g.claimFor(s, claims.KindChange, a, b)
			c.Claimed, c.ClaimedEnd, c.Hedge = a.Text, b.Text, b.Hedge
			from, to, how := g.changePeriods(s, a, b)
			c.From, c.To = from, to
			g.link(&c, s, a, true)
			if g.notes {
				c.Inferred = "from … to …: a change; " + how + ". " + c.Inferred
			}
			if from.IsZero() {
				c.Sure = "low"
			}
			g.emit(&c)
			if !from.IsZero() {
				// Each end is also a value at its period, as a ledger
				// records it: "$4.28 billion in 2012".
				for _, e := range []struct {
					k int
					f *Figure
					p series.Period
				}{{ka, a, from}, {kb, b, to}} {
					v := g.claimOf(s, claims.KindValue, e.k)
					v.Claimed, v.Hedge, v.Subject, v.Period, v.Sure = g.claimedText(e.f), valueHedge(e.f.Hedge), c.Subject, e.p, c.Sure
					v.Measure = g.measure(s, e.f)
					if g.notes {
						v.Inferred = fmt.Sprintf("One end of the change %q to %q, at %s. Subject as the change's.", a.Text, b.Text, e.p)
					}
					g.emit(&v)
				}
			}
			used[ka], used[kb] = true, true
			for _, y := range years {
				f := fig(y)
				if f.Start >= a.Start && f.End <= b.End+24 {
					used[y] = true
				}
			}
			break
		}
	}
	// Differences: "37 million more than the initial estimate of 50 million".
	for n := 0; n+1 < len(figs); n++ {
		ka, kb := figs[n], figs[n+1]
		a, b := fig(ka), fig(kb)
		if (a.Kind == Money || a.Kind == Count) && a.Kind == b.Kind && !used[ka] {
			between := strings.ToLower(sc.s[a.End:b.Start])
			if strings.HasPrefix(strings.TrimSpace(between), "more than") || strings.HasPrefix(strings.TrimSpace(between), "fewer than") ||
				strings.HasPrefix(strings.TrimSpace(between), "less than") || strings.HasPrefix(strings.TrimSpace(between), "higher than") {
				c := g.claimFor(s, claims.KindDifference, a, b)
				c.Claimed = a.Text
				other := g.nearestEvent(s.mentions, b.Start-len(between), b.End)
				subj := g.nearestEventExcept(s.mentions, a.Start, other)
				if other != nil && subj != nil {
					c.Subject, c.Other, c.Sure = subj.ID, other.ID, "medium"
					if g.notes {
						c.Inferred = fmt.Sprintf("%q more than %q: a difference between %s and %s, the events named nearest.", a.Text, b.Text, subj.ID, other.ID)
					}
				} else {
					c.Sure = "low"
					if g.notes {
						c.Inferred = fmt.Sprintf("%q more than %q: a difference; the events it compares are not named.", a.Text, b.Text)
					}
				}
				g.emit(&c)
				used[ka] = true
			}
		}
	}
	// Shares: "9% of its 2018 revenue".
	for _, k := range figs {
		f := fig(k)
		if f.Kind != Percent || used[k] {
			continue
		}
		// " of " in any case; no other letter's lower case is an ASCII
		// 'o' or 'f', so the ASCII lower case says what strings.ToLower
		// would.
		if !strings.HasPrefix(sc.lo[f.End:], " of ") {
			continue
		}
		c := g.claimOf(s, claims.KindShare, k)
		c.Claimed, c.Hedge = f.Text, f.Hedge
		g.share(&c, s, f)
		for _, y := range years {
			if yf := fig(y); yf.Start > f.End && yf.Start < f.End+40 && yf.rangeEnd == nil {
				if p, err := series.ParsePeriod(yf.Period); err == nil {
					c.Period = p
					used[y] = true
				}
			}
		}
		if g.notes {
			c.Inferred = "A percentage \"of\" something: a share. " + c.Inferred
		}
		g.emit(&c)
		used[k] = true
	}
	// Values, frequencies, durations.
	for _, k := range figs {
		f := fig(k)
		if used[k] {
			continue
		}
		switch f.Kind {
		case Money, Count:
			c := g.claimOf(s, claims.KindValue, k)
			c.Claimed, c.Hedge = g.claimedText(f), valueHedge(f.Hedge)
			isSeries := g.link(&c, s, f, true)
			if isSeries {
				c.Measure = g.measure(s, f)
				if y := g.periodFor(s, f, years); y >= 0 {
					yf := fig(y)
					if p, err := series.ParsePeriod(seriesPeriod(yf.Period)); err == nil {
						c.Period = p
						used[y] = true
						if g.notes {
							c.Inferred += " Period " + p.String() + " from " + strconv.Quote(yf.Text) + "."
						}
					}
				} else {
					if g.notes {
						c.Inferred += " No period in the sentence."
					}
					c.Sure = "low"
				}
			}
			if f.Vague {
				if g.notes {
					c.Inferred += " A vague magnitude: checked as a range."
				}
			}
			if f.Rate != "" {
				if g.notes {
					c.Inferred += " A rate, " + f.Rate + "."
				}
			}
			g.emit(&c)
		case Percent, Multiple:
			c := g.claimOf(s, claims.KindValue, k)
			c.Claimed, c.Hedge, c.Sure = f.Text, valueHedge(f.Hedge), "low"
			if g.notes {
				c.Inferred = "A " + string(f.Kind) + " of a change or a comparison the ledger has no kind for: left without a subject."
			}
			g.emit(&c)
		case Frequency:
			c := g.claimOf(s, claims.KindFrequency, k)
			c.Claimed, c.Hedge = cadenceText(f.Text), f.Hedge
			g.link(&c, s, f, false)
			g.emit(&c)
		case Duration:
			c := g.claimOf(s, claims.KindDuration, k)
			c.Claimed, c.Hedge = durationText(f), f.Hedge
			g.link(&c, s, f, false)
			g.relative(&c, s, f)
			g.emit(&c)
		default:
			continue
		}
		used[k] = true
	}
	// Dates left: the date of an event, or each edge of a span.
	for _, k := range figs {
		f := fig(k)
		if used[k] || f.Kind != Date {
			continue
		}
		if f.rangeEnd != nil {
			a, b, _ := strings.Cut(f.Period, "/")
			for _, e := range []struct{ edge, p string }{{"start", a}, {"end", b}} {
				c := g.claimOf(s, claims.KindDate, k)
				c.ID = g.newID("date-"+e.edge, f)
				c.Claimed, c.Edge, c.Hedge = e.p, e.edge, f.Hedge
				if e.p == "" {
					c.Claimed = f.Text
				}
				g.link(&c, s, f, false)
				if g.notes {
					c.Inferred = fmt.Sprintf("The %s of the span %q. %s", e.edge, f.Text, c.Inferred)
				}
				g.emit(&c)
			}
			continue
		}
		c := g.claimOf(s, claims.KindDate, k)
		c.Claimed, c.Hedge = f.Period, f.Hedge
		if f.Period == "" {
			c.Claimed = f.Text
			if g.notes {
				c.Inferred = "The text gives no year for this date. "
			}
		}
		g.link(&c, s, f, false)
		g.relative(&c, s, f)
		if edge := hedgeEdge(f.Hedge); edge != "" {
			c.Edge = edge
			if g.notes {
				c.Inferred += fmt.Sprintf(" The %s of what it dates (%q).", edge, f.Hedge)
			}
		}
		if c.Edge == "" {
			g.startEdge(&c, f)
		}
		g.emit(&c)
	}
}

// startEdge makes a date claim the start of what it dates where a word
// of beginning comes just before the date, or before "in" or "to" before
// it: "since 2019", "began in 2019".
func (g *grouper) startEdge(c *Claim, f *Figure) {
	sc := g.sc
	before := f.tok - 1 // the word before the figure or its hedge
	if f.hedgeStart >= 0 {
		before = f.hedgeTok - 1
	}
	if before < 0 {
		return
	}
	w := sc.lo[sc.toks[before].start:sc.toks[before].end]
	if w == "in" || w == "to" {
		// The word two before the figure itself (not its hedge).
		if f.tok < 2 {
			return
		}
		w = sc.lo[sc.toks[f.tok-2].start:sc.toks[f.tok-2].end]
	}
	switch w {
	case "since", "from", "began", "begun", "started", "starts", "begins", "back", "formed":
		c.Edge = "start"
		if g.notes {
			c.Inferred += fmt.Sprintf(" The start of what it dates (%q).", w)
		}
	}
}

// seriesPeriod is the period of a series a date names: the year of a
// month or a day ("By February 2015, $40 million per year" is about
// 2015), a quarter as it is, the start of a span.
func seriesPeriod(p string) string {
	a, _, _ := strings.Cut(p, "/")
	if len(a) > 4 && a[4] == '-' {
		return a[:4]
	}
	return a
}

// relative links a date or duration given relative to another event:
// "Shortly after Hastings' appointment" (the anchor is the figure) or
// "within a month of Hastings joining" (a word of time, then "of" and the
// anchor). The anchor event becomes Other and the subject is the nearest
// other event the sentence names, or none.
func (g *grouper) relative(c *Claim, s *sentence, f *Figure) {
	var anchor *Subject
	switch {
	case f.rel == 'l':
		for _, m := range s.mentions {
			if m.subj.Kind == SubjectEvent && m.start >= f.Start && m.end <= f.End {
				anchor = m.subj
				break
			}
		}
	case f.Hedge != "":
		if _, ok := timeWord(f.Hedge); !ok {
			return
		}
		rest := strings.TrimLeft(g.sc.s[f.End:min(len(g.sc.s), f.End+8)], "\"'’” ")
		if !strings.HasPrefix(rest, "of ") {
			return
		}
		at := len(g.sc.s[:min(len(g.sc.s), f.End+8)]) - len(rest) + len("of ")
		for _, m := range s.mentions {
			if m.subj.Kind == SubjectEvent && m.start >= at && m.start <= at+24 {
				anchor = m.subj
				break
			}
		}
	}
	if anchor == nil {
		return
	}
	c.Other, c.Subject, c.Sure = anchor.ID, "", "low"
	if g.notes {
		c.Inferred += " Relative to " + anchor.ID + ", the event it names as its anchor."
	}
	if e := g.nearestEventExcept(s.mentions, f.Start, anchor, f.End); e != nil {
		c.Subject, c.Sure = e.ID, "medium"
		if g.notes {
			c.Inferred += " Subject " + e.ID + ": the nearest other event the sentence names."
		}
	}
}

// hedgeEdge returns the edge of a span that a word of time dates: a
// word that bounds the start and leaves the end open or running ("since",
// "at least since") dates a start; a word that leaves the start unstated
// ("until") dates an end; "" for any other hedge.
func hedgeEdge(h string) string {
	t, ok := timeWord(h)
	switch {
	case !ok:
		return ""
	case t.Start == claims.Unstated:
		return "end"
	case t.End == claims.Unstated || t.End == claims.Ongoing:
		return "start"
	}
	return ""
}

// valueHedge keeps the hedges that qualify an amount: words of time
// ("by 2013") qualify the date, not the figure.
func valueHedge(h string) string {
	if _, ok := timeWord(h); ok {
		return ""
	}
	return h
}

// wordBefore reports whether the word w comes just before the figure (or
// its hedge).
func (g *grouper) wordBefore(f *Figure, w string) bool {
	i := f.tok - 1
	if f.hedgeStart >= 0 {
		i = f.hedgeTok - 1
	}
	return i >= 0 && g.sc.is(g.sc.toks[i], w)
}

// wordsBefore reports whether the word w comes at most n words before
// the figure (or its hedge), with only words between: "to an astounding
// $69.66 billion".
func (g *grouper) wordsBefore(f *Figure, w string, n int) bool {
	i := f.tok - 1
	if f.hedgeStart >= 0 {
		i = f.hedgeTok - 1
	}
	for k := 0; k < n && i-k >= 0; k++ {
		t := g.sc.toks[i-k]
		if t.kind != tWord {
			return false
		}
		if g.sc.is(t, w) {
			return true
		}
	}
	return false
}

// claimedText is a figure as a ledger's claimed field writes it: a count
// without its noun ("87 million" of "87 million people"), any other
// figure as written.
func (g *grouper) claimedText(f *Figure) string {
	if f.numEnd > f.Start {
		return g.sc.s[f.Start:f.numEnd]
	}
	return f.Text
}

// measure says what a money figure about a series measures (one of
// claims.Measures): a rate when it is written as one ("$40 million per
// year"), a commitment when a word of promise comes before it in its
// clause ("committing to a guaranteed ad spend of $150 million"), money
// spent when a verb of spending does ("spent more than $150 million");
// else "", unstated.
func (g *grouper) measure(s *sentence, f *Figure) string {
	if f.Kind != Money {
		return ""
	}
	if f.Rate != "" {
		return "rate"
	}
	sc := g.sc
	spend := false
	for i := f.tok - 1; i >= s.t0 && i >= f.tok-8; i-- {
		t := sc.toks[i]
		if t.kind == tPunct && (sc.is(t, ";") || sc.is(t, ",") && i < f.tok-3) {
			break
		}
		switch sc.word(t).class & (wCommit | wSpend) {
		case wCommit:
			return "commitment"
		case wSpend:
			spend = true
		}
	}
	if spend {
		return "spend"
	}
	return ""
}

// changePeriods finds the periods of a change: the years written after
// each figure ("in 2012"), else a range in the sentence, else the last
// range of the article ("during the same period"). how says which, for
// the claim's notes (g.notes); it is "" without them.
func (g *grouper) changePeriods(s *sentence, a, b *Figure) (from, to series.Period, how string) {
	yearAfter := func(f *Figure, limit int) (series.Period, bool) {
		for _, k := range s.figs {
			y := g.sc.figs[k]
			if y.Kind == Date && y.rangeEnd == nil && y.Start >= f.End && y.Start <= f.End+12 && y.Start < limit {
				if p, err := series.ParsePeriod(y.Period); err == nil {
					return p, true
				}
			}
		}
		return series.Period{}, false
	}
	pa, oka := yearAfter(a, b.Start)
	pb, okb := yearAfter(b, len(g.sc.s))
	if oka && okb && pa.Before(pb) {
		g.lastFrom = [2]series.Period{pa, pb}
		if g.notes {
			how = fmt.Sprintf("periods %s and %s from the years after each figure", pa, pb)
		}
		return pa, pb, how
	}
	for _, k := range s.figs {
		y := g.sc.figs[k]
		if y.Kind == Date && y.rangeEnd != nil {
			x, z, _ := strings.Cut(y.Period, "/")
			p1, e1 := series.ParsePeriod(x)
			p2, e2 := series.ParsePeriod(z)
			if e1 == nil && e2 == nil {
				g.lastFrom = [2]series.Period{p1, p2}
				if g.notes {
					how = fmt.Sprintf("periods from the span %q", y.Text)
				}
				return p1, p2, how
			}
		}
	}
	if !g.lastFrom[0].IsZero() {
		if g.notes {
			how = fmt.Sprintf("no years given: the article's last span, %s to %s, carried over", g.lastFrom[0], g.lastFrom[1])
		}
		return g.lastFrom[0], g.lastFrom[1], how
	}
	return series.Period{}, series.Period{}, "no years given"
}

// periodFor picks the year a value is stated for: the date nearest the
// figure in the sentence, or -1.
func (g *grouper) periodFor(s *sentence, f *Figure, years []int) int {
	best, bestD := -1, 1<<30
	for _, k := range years {
		y := g.sc.figs[k]
		d := y.Start - f.End
		if y.End <= f.Start {
			d = f.Start - y.End
		}
		if d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// link sets the claim's subject from the sentence's mentions: for amounts
// and counts (series true) a series named by its metric and the entity,
// else the event named nearest the figure. It reports whether the subject
// is a series.
func (g *grouper) link(c *Claim, s *sentence, f *Figure, seriesToo bool) bool {
	if seriesToo && !f.Vague {
		if subj, metric, ent, carried := g.seriesFor(s, f); subj != nil {
			c.Subject, c.Sure = subj.ID, "high"
			how := ", both named in the sentence"
			if carried {
				c.Sure, how = "medium", ", carried over from an earlier sentence"
			}
			if g.notes {
				c.Inferred += " Subject " + subj.ID + ": " + strconv.Quote(g.sc.s[metric.start:metric.end]) + " of " + ent.ID + how + "."
			}
			return true
		}
	}
	events := 0
	var first *Subject
	for _, m := range s.mentions {
		if m.subj.Kind == SubjectEvent && m.subj != first {
			if first == nil {
				first = m.subj
			}
			events++
		}
	}
	if e := g.nearestEvent(s.mentions, f.Start, f.End); e != nil {
		c.Subject, c.Sure = e.ID, "high"
		how := "the only event the sentence names"
		if events > 1 {
			c.Sure = "medium"
			how = "the nearest of " + strconv.Itoa(events) + " events the sentence names"
		}
		if g.notes {
			c.Inferred += " Subject " + e.ID + ": " + how + "."
		}
		return false
	}
	c.Sure = "low"
	if g.notes {
		c.Inferred += " No subject: the sentence names no series or event it could be about."
	}
	return false
}

// share links a share claim: the whole is the series named just after
// the percentage ("9% of its 2018 revenue"), the part the amount written
// before it in the sentence ("$1.6 billion, 9% of …") or else the series
// named before it ("ad revenue was 98% of revenue"). Without a whole the
// subject stays empty; without a part the claim is left for a person to
// complete.
func (g *grouper) share(c *Claim, s *sentence, f *Figure) {
	c.Sure = "low"
	var whole, part *Subject
	for k := range s.mentions {
		m := &s.mentions[k]
		if m.subj.Kind != SubjectSeries {
			continue
		}
		if m.start >= f.End && m.start-f.End <= 40 && whole == nil {
			whole, _, _ = g.seriesNamed(s, f, m)
		}
		if m.end <= f.Start {
			if p, _, _ := g.seriesNamed(s, f, m); p != nil {
				part = p // the nearest before the percentage wins
			}
		}
	}
	if whole == nil {
		if g.notes {
			c.Inferred += " No subject: no series named after the percentage."
		}
		return
	}
	c.Subject, c.Sure = whole.ID, "medium"
	if g.notes {
		c.Inferred += " Of " + whole.ID + ", the series named after it."
	}
	for i := len(s.figs) - 1; i >= 0; i-- {
		a := g.sc.figs[s.figs[i]]
		if a.End <= f.Start && a.Kind == Money && !a.Vague {
			// The share states the amount as its part; read alone it
			// would be taken for a value of the whole.
			g.used[s.figs[i]] = true
			c.Amount = a.Text
			if g.notes {
				c.Inferred += fmt.Sprintf(" The part: %q, the amount before it.", a.Text)
			}
			return
		}
	}
	if part != nil && part != whole {
		c.Other = part.ID
		if g.notes {
			c.Inferred += " The part: " + part.ID + ", the series named before it."
		}
		return
	}
	c.Sure = "low"
	if g.notes {
		c.Inferred += " The part is not named: give amount or other."
	}
}

// seriesFor finds the series a figure is about: the metric named nearest
// the figure, of the entity named before it in the sentence or else the
// last entity named.
func (g *grouper) seriesFor(s *sentence, f *Figure) (subj *Subject, metric *mention, ent *Subject, carried bool) {
	bestD := 1 << 30
	for k := range s.mentions {
		m := &s.mentions[k]
		if m.subj.Kind != SubjectSeries {
			continue
		}
		d := m.start - f.End
		if m.end <= f.Start {
			d = f.Start - m.end
		}
		if d < bestD {
			metric, bestD = m, d
		}
	}
	if metric == nil {
		return nil, nil, nil, false
	}
	subj, ent, carried = g.seriesNamed(s, f, metric)
	return subj, metric, ent, carried
}

// seriesNamed finds the series that the metric mention names, for the
// figure f: of the entity named before it in the sentence, or else the
// last entity named (carried is then true).
func (g *grouper) seriesNamed(s *sentence, f *Figure, metric *mention) (found, ent *Subject, carried bool) {
	// The entity: named in the sentence before the figure (nearest), or
	// just before the metric, else carried over.
	entD := 1 << 30
	for _, m := range s.mentions {
		if m.subj.Kind != SubjectEntity || m.start > f.Start && m.start > metric.start {
			continue
		}
		d := f.Start - m.end
		if d < 0 {
			d = -d
		}
		if d < entD {
			ent, entD = m.subj, d
		}
	}
	if ent == nil {
		ent, carried = g.entity, true
	}
	if ent == nil {
		return nil, nil, false
	}
	// The series of that entity that has the metric's name.
	for _, sub := range g.series[metric.key] {
		if len(sub.ID) > len(ent.ID) && sub.ID[len(ent.ID)] == '.' && strings.HasPrefix(sub.ID, ent.ID) {
			if found != nil && found != sub {
				return nil, nil, false // two series of one entity share the name: never guess
			}
			found = sub
		}
	}
	return found, ent, carried
}

// nearestEvent returns the event named nearest the span [start, end).
// nearestEventExcept skips the events of except's family.
func (g *grouper) nearestEvent(ms []mention, start, end int) *Subject {
	return g.nearestEventExcept(ms, start, nil, end)
}

func (g *grouper) nearestEventExcept(ms []mention, start int, except *Subject, end ...int) *Subject {
	e := start
	if len(end) > 0 {
		e = end[0]
	}
	var best *Subject
	bestD := 1 << 30
	for _, m := range ms {
		if m.subj.Kind != SubjectEvent || except != nil && family(m.subj.ID) == family(except.ID) {
			continue
		}
		// A subject is most often named before its figure: one named
		// after it counts as twice as far, and a little more.
		d := 2*(m.start-e) + 20
		if m.end <= start {
			d = start - m.end
		} else if m.start < e {
			d = 0
		}
		if d < bestD {
			best, bestD = m.subj, d
		}
	}
	return best
}

// family is an event id without the suffix of its source row:
// "hastings-facebook-board.cbs" is a source of "hastings-facebook-board".
func family(id string) string {
	f, _, _ := strings.Cut(id, ".")
	return f
}

// emit appends the claim to the output (c itself is left as it is).
func (g *grouper) emit(c *Claim) {
	g.out = append(g.out, *c)
	o := &g.out[len(g.out)-1]
	if o.Sure == "" {
		o.Sure = "low"
	}
	o.Inferred = strings.TrimSpace(o.Inferred)
}

// cadenceText writes a frequency as the ledger's claimed field reads it:
// the phrase in lower case, on one line.
func cadenceText(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " "))
}

// durationText writes a duration as the ledger reads it: "10 years", "1
// month", "3 months".
func durationText(f *Figure) string {
	v := strconv.FormatFloat(f.Value, 'f', -1, 64)
	u := f.Unit
	if f.Value == 1 {
		u = strings.TrimSuffix(u, "s")
	}
	return v + " " + u
}
