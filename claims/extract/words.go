package extract

import (
	"encoding/binary"
	"strings"
	"sync"

	"github.com/finfig/finfig/series"
)

// The word tables the scanner reads. Keys are lower case (ASCII): the
// scanner looks each word of a text up once, in the text's lower-case
// copy, and keeps the entry's index in the token.

// wordClass is what a word can be to the scanner.
type wordClass uint32

const (
	wMonth       wordClass = 1 << iota // n: the month, 1 to 12
	wScale                             // n: the power of ten
	wNumber                            // v: the number a word names: "two", "dozen"
	wOrdinal                           // n: "first" is 1
	wCurrency                          // a currency word after a number: "euros"
	wCode                              // an ISO code, before or after a number
	wCountNoun                         // a noun a count names: "users"
	wDuration                          // a unit of time; v: its length in days
	wRateAdj                           // "daily": an adjective of frequency; n: occurrences a year
	wVague                             // "millions": a magnitude without a number; n: its power of ten
	wIDWord                            // a word that a number after it names: "Section 230"
	wComparative                       // "higher": makes "N times" a multiple
	wMultiple                          // "doubled"; v: the multiple
	wWeekday                           // "Tuesday"
	wMetricNoun                        // "users", "usage": after "daily", a metric's name, not a frequency
	wCommit                            // "committed", "guaranteed": a sum promised
	wSpend                             // "spent", "spending": money spent
	wHedgeLast                         // the last word of a hedge phrase (loadHedges)
	wKeyword                           // a word that figureAt's switch reads
)

type wordInfo struct {
	class wordClass
	n     int
	v     float64
	unit  string // the unit a currency word or count noun stands for
}

// wordTable is the words the scanner knows: ids maps a lower-case word
// to its entry in info, whose entry 0 is the zero wordInfo of every
// other word.
type wordTable struct {
	// slots is an open-addressing hash table of the words (wordHash,
	// then the next slots in turn): a lookup hashes three bytes, where
	// a map hashes the whole word. It is under half full, so a search
	// ends at an empty slot soon.
	slots [1 << 10]wordSlot
	info  []wordInfo
	// lens has, by a word's first and last bytes (filterKey), a bit for
	// the length of each word in the table: more than half the words of
	// prose are not in it, which a load tells without the map.
	lens [1 << 10]uint32
}

// wordSlot is a word of the table and its entry in info; 0 for none.
type wordSlot struct {
	word string
	id   int32
}

// wordHash returns the first slot to look for the word w (not empty) in:
// from its length and its first, middle and last bytes, mixed by a
// multiplication by 2^32/φ (Fibonacci hashing), whose top bits are the
// slot's index.
func wordHash(w string) int {
	h := uint32(len(w)) | uint32(w[0])<<8 | uint32(w[len(w)/2])<<16 | uint32(w[len(w)-1])<<24
	return int((h * 0x9E3779B1) >> 22)
}

// id returns the entry of the word w (not empty), 0 when it is not in
// the table.
func (tbl *wordTable) id(w string) int32 {
	for i := wordHash(w); ; i = (i + 1) & (len(tbl.slots) - 1) {
		switch s := &tbl.slots[i]; s.word {
		case w:
			return s.id
		case "":
			return 0
		}
	}
}

// filterKey is the index in wordTable.lens of the word w (not empty):
// the low five bits of its first and last bytes, which tell the letters
// a to z apart.
func filterKey(w string) int { return int(w[0]&31)<<5 | int(w[len(w)-1]&31) }

// maxWord is the longest word the table is looked up with.
const maxWord = 24

// loadWords builds the table on first use, not at init.
var loadWords = sync.OnceValue(func() *wordTable {
	m := map[string]wordInfo{}
	add := func(c wordClass, n int, v float64, unit string, keys ...string) {
		for _, k := range keys {
			w := m[k]
			w.class |= c
			if c&(wMetricNoun|wComparative|wIDWord|wWeekday|wCommit|wSpend|wHedgeLast|wKeyword) == 0 {
				w.n, w.v = n, v
				if unit != "" {
					w.unit = unit
				}
			}
			m[k] = w
		}
	}
	months := [][]string{{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
		{"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"october", "oct"},
		{"november", "nov"}, {"december", "dec"}}
	for i, ks := range months {
		add(wMonth, i+1, 0, "", ks...)
	}
	add(wScale, 3, 0, "", "thousand", "k")
	add(wScale, 6, 0, "", "million", "mn", "mln", "m", "millions")
	add(wScale, 9, 0, "", "billion", "bn", "bln", "b", "billions")
	add(wScale, 12, 0, "", "trillion", "tn", "trn", "t", "trillions")
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, k := range nums {
		add(wNumber, 0, float64(i), "", k)
	}
	for i, k := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(wNumber, 0, float64(20+10*i), "", k)
	}
	add(wNumber, 0, 12, "", "dozen")
	for i, k := range []string{"first", "second", "third", "fourth"} {
		add(wOrdinal, i+1, 0, "", k)
	}
	for _, c := range []struct {
		unit string
		keys []string
	}{
		{"USD", []string{"dollars", "dollar"}}, {"EUR", []string{"euros", "euro"}},
		{"GBP", []string{"pounds", "sterling"}}, {"JPY", []string{"yen"}}, {"CHF", []string{"francs"}},
	} {
		add(wCurrency, 0, 0, c.unit, c.keys...)
	}
	for _, k := range []string{"usd", "eur", "gbp", "jpy", "chf", "cad", "aud", "cny", "inr", "krw", "sek",
		"nok", "dkk", "pln", "brl", "mxn", "hkd", "sgd", "zar", "try", "nzd", "czk", "huf", "rub"} {
		add(wCode, 0, 0, "", k)
	}
	for _, c := range []struct {
		unit string
		keys []string
	}{
		{"users", []string{"users", "user"}},
		{"members", []string{"members", "memberships", "member"}},
		{"people", []string{"people", "persons", "individuals", "residents", "citizens", "americans", "adults", "children", "teens"}},
		{"", []string{"subscribers", "subscriptions", "customers", "accounts", "employees", "workers", "jobs",
			"units", "devices", "phones", "households", "consumers", "viewers", "visitors", "downloads", "clicks",
			"click", "podcasts", "songs", "titles", "stores", "shares", "countries", "markets", "companies",
			"services", "streams", "hours", "plaintiffs", "players", "vehicles", "cars", "homes", "patients",
			"stats", "respondents", "apps", "games", "videos", "posts", "messages", "records", "profiles"}},
	} {
		add(wCountNoun, 0, 0, c.unit, c.keys...)
	}
	for _, d := range []struct {
		days float64
		unit string
		keys []string
	}{
		{series.MeanYearDays, "years", []string{"year", "years", "yr", "yrs"}},
		{series.MeanYearDays / 12, "months", []string{"month", "months"}},
		{7, "weeks", []string{"week", "weeks"}},
		{1, "days", []string{"day", "days"}},
		{1.0 / 24, "hours", []string{"hour", "hours", "hrs"}},
		{1.0 / 1440, "minutes", []string{"minute", "minutes", "min", "mins"}},
		{10 * series.MeanYearDays, "years", []string{"decade", "decades"}},
	} {
		add(wDuration, 0, d.days, d.unit, d.keys...)
	}
	add(wRateAdj, 365, 0, "", "daily")
	add(wRateAdj, 52, 0, "", "weekly")
	add(wRateAdj, 26, 0, "", "biweekly", "fortnightly")
	add(wRateAdj, 12, 0, "", "monthly")
	add(wVague, 3, 0, "", "thousands")
	add(wVague, 6, 0, "", "millions")
	add(wVague, 9, 0, "", "billions")
	add(wVague, 12, 0, "", "trillions")
	add(wIDWord, 0, 0, "", "section", "article", "form", "no", "rule", "chapter", "title", "case", "docket",
		"regulation", "directive", "amendment", "item", "part", "paragraph", "schedule", "exhibit", "route",
		"flight", "model", "version", "windows", "iphone", "galaxy", "pixel", "playstation", "xbox", "series",
		"level", "phase", "class", "tier", "gen", "web", "covid", "number", "page", "volume", "vol", "episode",
		"season", "act", "bill", "resolution", "proposition", "top", "fortune", "s&p", "nasdaq", "dow", "ftse",
		"stoxx", "dax", "nikkei", "grade", "room", "suite", "unit", "box", "pub", "law", "code", "usc")
	add(wComparative, 0, 0, "", "higher", "more", "larger", "bigger", "greater", "as", "the", "faster", "lower",
		"smaller", "less", "over", "what", "that", "its", "their", "than", "richer", "cheaper", "longer")
	add(wMultiple, 0, 2, "", "doubled", "doubling", "doubles")
	add(wMultiple, 0, 3, "", "tripled", "trebled", "tripling", "triples")
	add(wMultiple, 0, 4, "", "quadrupled", "quadrupling")
	add(wMultiple, 0, 0.5, "", "halved", "halving")
	add(wWeekday, 0, 0, "", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
	add(wCommit, 0, 0, "", "commit", "commits", "committed", "committing", "commitment", "commitments", "guarantee",
		"guaranteed", "guarantees", "pledge", "pledged", "pledging", "promise", "promised", "promising")
	add(wSpend, 0, 0, "", "spend", "spends", "spent", "spending")
	add(wMetricNoun, 0, 0, "", "active", "users", "user", "usage", "average", "visitors", "actives", "use",
		"basis", "budget", "revenue", "sales", "limit", "cap", "rate", "dose", "mail", "news", "show", "life",
		"life", "newspaper", "deal", "deals", "digest", "beast", "wire", "star", "telegraph", "express")
	add(wKeyword, 0, 0, "", "same", "after", "q", "fy", "every", "once", "twice", "thrice", "bi", "a", "an",
		"half", "decade", "decades", "date")
	for _, h := range loadHedges() {
		if w := h.words[len(h.words)-1]; len(w) <= maxHedgeWord {
			add(wHedgeLast, 0, 0, "", w)
		}
	}
	tbl := &wordTable{info: make([]wordInfo, 1, len(m)+1)}
	if 2*len(m) > len(tbl.slots) {
		panic("extract: the word table needs more slots")
	}
	for k, w := range m {
		if len(k) <= maxWord && k != "" {
			tbl.lens[filterKey(k)] |= 1 << len(k)
			i := wordHash(k)
			for tbl.slots[i].word != "" {
				i = (i + 1) & (len(tbl.slots) - 1)
			}
			tbl.slots[i] = wordSlot{k, int32(len(tbl.info))}
			tbl.info = append(tbl.info, w)
		}
	}
	return tbl
})

// lookUp sets each word token's entry in the word table: one map lookup
// a word, which every later question about the word reads. It returns
// the number of tokens that most figures start with (numbers, and words
// such as months and number words), and of sentences, whose first tokens
// it marks in sc.starts.
func (sc *scanner) lookUp() (starts, sentences int) {
	tbl := loadWords()
	sc.starts = make([]uint64, (len(sc.toks)+63)/64)
	for i := range sc.toks {
		t := &sc.toks[i]
		if t.sentence {
			sentences++
			sc.starts[i>>6] |= 1 << (i & 63)
		}
		switch {
		case t.kind == tNum:
			starts++
		case t.kind == tWord && t.end-t.start <= maxWord && t.end > t.start:
			w := sc.lo[t.start:t.end]
			if tbl.lens[filterKey(w)]&(1<<len(w)) == 0 {
				continue // t.word stays 0: not in the table
			}
			t.word = tbl.id(w)
			if tbl.info[t.word].class&(wMonth|wNumber|wOrdinal|wMultiple|wRateAdj|wVague) != 0 {
				starts++
			}
		}
	}
	return starts, sentences
}

// word returns what the scanner knows of the word t.
func (sc *scanner) word(t token) wordInfo {
	if t.kind != tWord {
		return wordInfo{}
	}
	return sc.info[t.word]
}

// is reports whether token t is w, a word in lower case (ASCII case is
// ignored) or a punctuation mark.
func (sc *scanner) is(t token, w string) bool {
	// sc.lo differs from sc.s only in the letters A to Z, which only
	// word tokens hold.
	return sc.lo[t.start:t.end] == w
}

// lowerASCII returns s with the letters A to Z in lower case and every
// other byte as it is, so that offsets into it are offsets into s.
func lowerASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var chunk [512]byte
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for i := 0; i < len(s); {
		n := copy(chunk[:], s[i:])
		j := 0
		for ; j+8 <= n; j += 8 {
			// Eight bytes at once: a byte's high bit in ge is set when
			// its low seven bits are 'A' or above, in gt when above 'Z'
			// (no sum carries into the next byte); a byte with its own
			// high bit set is no letter. 0x80>>2 is 'a'-'A'.
			x := binary.LittleEndian.Uint64(chunk[j:])
			low := x &^ highs
			ge, gt := low+(0x80-'A')*ones, low+(0x80-'Z'-1)*ones
			x |= (ge &^ gt &^ x & highs) >> 2
			binary.LittleEndian.PutUint64(chunk[j:], x)
		}
		for ; j < n; j++ {
			if c := chunk[j]; c >= 'A' && c <= 'Z' {
				chunk[j] = c + 'a' - 'A'
			}
		}
		b.Write(chunk[:n])
		i += n
	}
	return b.String()
}
