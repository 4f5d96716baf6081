package extract

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/finfig/finfig/finance"
)

// FigureKind is what a figure measures.
type FigureKind string

// The kinds of figure.
const (
	Money     FigureKind = "money"     // an amount of a currency: "$4.28 billion"
	Count     FigureKind = "count"     // a number of things: "87 million people", "two"
	Percent   FigureKind = "percent"   // a percentage or percentage points: "37%"
	Multiple  FigureKind = "multiple"  // "16 times", "doubled"
	Date      FigureKind = "date"      // a year, quarter, month, day or a range of them
	Frequency FigureKind = "frequency" // "every two weeks", "twice a week", "daily"
	Duration  FigureKind = "duration"  // "10 years", "nearly a decade", "12-month"
)

// Figure is one figure of a text: what is written, where, and what it
// means.
type Figure struct {
	Text       string // the bytes at [Start, End) of the text
	Start, End int    // byte offsets
	Kind       FigureKind
	// Value is the figure in base units: dollars, people, a ratio for a
	// percentage (0.37), a multiple, occurrences per Unit for a frequency,
	// a length in Unit for a duration. It is 0 for dates and for vague
	// figures.
	Value float64
	// Period is a date's value: "2019", "2019Q4", "2019-07", "2019-07-24",
	// "FY2025Q4", or a range "2010/2019". It is empty when the text does
	// not give the year.
	Period string
	// Unit is a currency code ("USD"), a count's noun ("users",
	// "subscribers"), "percent", "percentage points", "times", "per day",
	// "per week", "years", "months", … or for dates its precision: "year",
	// "quarter", "month", "day".
	Unit string
	// Vague marks a magnitude without a number, "hundreds of millions of
	// dollars": it has no Value.
	Vague bool

	// The bytes after Vague, which would otherwise be padding.
	boilerplate bool
	prec        byte // 'y', 'q', 'm', 'd': the precision of a date
	fiscal      bool
	last        bool // "last April": the one before the article's date
	// rel marks a date the text gives by reference to an earlier one:
	// 't' "that same year" (the year of the last date that opened a
	// sentence), 'l' "shortly after Hastings' appointment" (the last date
	// written before it).
	rel byte

	// Hedge is the hedge word before the figure, as claims.HedgeRules
	// writes it ("more than", "about", "by"); "" for none.
	Hedge string
	// Rate is "per year" (or "per month", …) when the figure is a rate:
	// "$40 million per year", "$150 million annually".
	Rate string

	numEnd      int // where a count's number ends before its noun ("87 million" of "87 million people"), or 0
	y, sub, day int // a date's parts: year (0 unknown), quarter or month, day
	rangeEnd    *Figure
	hedgeStart  int // where the hedge word starts, or -1
	tok         int // the index of the figure's first token
	hedgeTok    int // the index of the hedge's first token
}

// scanner reads the figures of one text.
type scanner struct {
	s     string
	lo    string // s with ASCII letters in lower case (lowerASCII)
	toks  []token
	info  []wordInfo // the word table's entries, by token.word
	figs  []Figure
	lines []lineInfo
	// sentences is the number of sentences (tokens with the sentence
	// flag), starts a bit a token, set for those.
	sentences int
	starts    []uint64
}

type lineInfo struct {
	start, end  int
	boilerplate bool
}

// Figures returns every figure of text, in order, without those of
// boilerplate (bylines, datelines, reading-time widgets, related-story
// links): the figures a reader could check.
func Figures(text string) []Figure {
	sc := newScanner(text)
	sc.scan()
	defer sc.release()
	return sc.content()
}

// tokenPool holds token arrays for the next text: a text has a token
// every four or five bytes, and the array, which holds no pointers, is
// needed only while the text is read.
var tokenPool sync.Pool

// release gives the scanner's token array back to tokenPool; the
// scanner reads no token after it.
func (sc *scanner) release() {
	toks := sc.toks[:0]
	sc.toks = nil
	tokenPool.Put(&toks)
}

func newScanner(text string) *scanner {
	return &scanner{s: text, lo: lowerASCII(text), info: loadWords().info}
}

// content drops the figures of boilerplate, in place.
func (sc *scanner) content() []Figure {
	out := sc.figs[:0]
	for _, f := range sc.figs {
		if !f.boilerplate {
			out = append(out, f)
		}
	}
	return out
}

func (sc *scanner) scan() {
	if sc.toks == nil {
		// Prose has a token every five bytes or so, text dense with
		// figures ("$4.28 billion" is three tokens) one every four:
		// sized so that most texts need no growth.
		n := len(sc.s)/4 + 16
		if p, ok := tokenPool.Get().(*[]token); ok && cap(*p) >= n {
			sc.toks = (*p)[:0]
		} else {
			sc.toks = make([]token, 0, n)
		}
	}
	sc.toks = tokenize(sc.toks[:0], sc.s)
	var starts int
	starts, sc.sentences = sc.lookUp()
	if sc.figs == nil {
		// A figure every 40 to 200 bytes of prose; in text dense with
		// figures, nearly one a token that can start one.
		sc.figs = make([]Figure, 0, max(len(sc.s)/40, starts)+8)
	}
	sc.markLines()
	for i := 0; i < len(sc.toks); {
		if t := &sc.toks[i]; t.kind == tWord && t.word == 0 {
			i++ // a word the table does not know starts no figure
			continue
		}
		n := sc.figureAt(i)
		if n <= i {
			n = i + 1
		}
		i = n
	}
	// The figures come in the order of the text, nearly always: their
	// first tokens are found walking forward, a search only for one that
	// does not.
	ti := 0
	for k := range sc.figs {
		f := &sc.figs[k]
		for ti < len(sc.toks) && sc.toks[ti].start < f.Start {
			ti++
		}
		if ti < len(sc.toks) && sc.toks[ti].start == f.Start {
			f.tok = ti
		} else {
			f.tok = sc.tokenAt(f.Start)
			ti = f.tok
		}
	}
	// The lines of the figures, walking forward as the figures do.
	li := 0
	for k := range sc.figs {
		f := &sc.figs[k]
		if k > 0 && f.Start < sc.figs[k-1].Start {
			li = 0
		}
		for li < len(sc.lines) && sc.lines[li].end < f.Start {
			li++
		}
		// li is the first line that ends at or after f.Start.
		f.boilerplate = f.boilerplate || li < len(sc.lines) && sc.lines[li].start <= f.Start && sc.lines[li].boilerplate
	}
	sc.resolveYears()
	for k := range sc.figs {
		f := &sc.figs[k]
		f.Text = sc.s[f.Start:f.End]
		sc.hedge(f)
		if f.Kind == Date {
			f.Period = f.periodString()
		}
	}
}

// tok returns token i, or a zero token past the end.
func (sc *scanner) tok(i int) token {
	if i < 0 || i >= len(sc.toks) {
		return token{start: len(sc.s), end: len(sc.s)}
	}
	return sc.toks[i]
}

func (sc *scanner) text(t token) string { return sc.s[t.start:t.end] }

// adjacent reports whether token i+1 follows token i with nothing between.
func (sc *scanner) adjacent(i int) bool {
	return i+1 < len(sc.toks) && sc.toks[i+1].start == sc.toks[i].end
}

// gap reports whether token j follows token i on the same line after at
// most spaces (j == i+1).
func (sc *scanner) sameLine(j int) bool { return j < len(sc.toks) && !sc.toks[j].newline }

func (sc *scanner) add(f Figure) {
	f.hedgeStart = -1
	sc.figs = append(sc.figs, f)
}

// figureAt reads a figure starting at token i and returns the index after
// it, or i when there is none.
func (sc *scanner) figureAt(i int) int {
	t := sc.toks[i]
	switch t.kind {
	case tNum:
		return sc.numberAt(i, i, "")
	case tPunct:
		switch sc.text(t) {
		case "$", "€", "£", "¥":
			j := i + 1
			if sc.tok(j).kind == tNum && sc.sameLine(j) && (sc.adjacent(i) || sc.tok(j).start-t.end <= 1) {
				u := signUnit(sc.text(t))
				if i > 0 && sc.adjacent(i-1) && sc.toks[i-1].kind == tWord {
					// US$, C$, A$, HK$: a dollar with its country.
					switch strings.ToUpper(sc.text(sc.toks[i-1])) {
					case "US":
						return sc.numberAt(i-1, j, "USD")
					case "C", "CA":
						return sc.numberAt(i-1, j, "CAD")
					case "A", "AU":
						return sc.numberAt(i-1, j, "AUD")
					case "HK":
						return sc.numberAt(i-1, j, "HKD")
					}
				}
				return sc.numberAt(i, j, u)
			}
		}
		return i
	}
	w := sc.word(t)
	lw := sc.text(t)
	switch {
	case w.class&wCode != 0 && isUpper(lw) && sc.tok(i+1).kind == tNum && sc.sameLine(i+1) && sc.tok(i+1).start-t.end <= 1:
		return sc.numberAt(i, i+1, strings.ToUpper(lw))
	case w.class&wMonth != 0:
		if n := sc.monthDate(i, i, 0); n > i {
			return n
		}
	case w.class&wOrdinal != 0:
		if n := sc.ordinalQuarter(i); n > i {
			return n
		}
	case w.class&wMultiple != 0 && !isUpper(lw):
		if sc.is(sc.tok(i+1), "down") {
			return i + 1 // "doubles down": an idiom, no multiple
		}
		sc.add(Figure{Start: t.start, End: t.end, Kind: Multiple, Value: w.v, Unit: "times"})
		return i + 1
	case w.class&wRateAdj != 0:
		return sc.rateAdjective(i, w)
	case w.class&wVague != 0:
		return sc.vague(i)
	case w.class&wNumber != 0:
		return sc.numberWord(i)
	case w.class&wWeekday != 0:
		return i
	}
	// One switch on the word in lower case, which Go compiles to a search
	// by length and bytes rather than a chain of comparisons. Its words
	// are in the word table (wKeyword): scan skips the words it does not
	// know.
	switch sc.lo[t.start:t.end] {
	case "same":
		return sc.sameYear(i)
	case "after":
		return sc.afterAnchor(i)
	case "q":
		if sc.adjacent(i) && sc.tok(i+1).kind == tNum {
			return sc.quarterQ(i)
		}
	case "fy":
		if sc.tok(i+1).kind == tNum && sc.sameLine(i+1) {
			return sc.fiscalYear(i)
		}
	case "every":
		return sc.every(i)
	case "once", "twice", "thrice":
		return sc.onceTwice(i)
	case "bi":
		if sc.adjacent(i) && sc.is(sc.tok(i+1), "-") && sc.is(sc.tok(i+2), "weekly") {
			return sc.rateAdjective(i, wordInfo{class: wRateAdj, n: 26})
		}
	case "a", "an", "half":
		return sc.article(i)
	case "decade", "decades":
		return sc.decadeLong(i, i)
	case "date":
		if t.newline {
			// "date 2020-04-29": a page's date stamp.
			if n := sc.isoDate(i + 1); n > i+1 {
				sc.figs[len(sc.figs)-1].boilerplate = true
				return n
			}
		}
	}
	return i
}

func signUnit(sign string) string {
	switch sign {
	case "$":
		return "USD"
	case "€":
		return "EUR"
	case "£":
		return "GBP"
	case "¥":
		return "JPY"
	}
	return ""
}

func isUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// numAt reads the number token i: its value, whether it is a plain
// integer (no separators) and its digit count.
func (sc *scanner) numAt(i int) (v float64, plain bool, ndigits int) {
	s := sc.text(sc.toks[i])
	plain = !strings.ContainsAny(s, ",.")
	if plain {
		n := 0
		for k := 0; k < len(s); k++ {
			if n < 1e15 {
				n = n*10 + int(s[k]-'0')
			}
		}
		return float64(n), true, len(s)
	}
	clean := strings.ReplaceAll(s, ",", "")
	if strings.Count(clean, ".") > 1 {
		return math.NaN(), false, len(s)
	}
	x, err := strconv.ParseFloat(clean, 64)

	if err != nil {
		return math.NaN(), false, len(s)
	}
	return x, false, len(s)
}

// isIdentifier reports whether the number at token j is part of a name or
// identifier: "COVID-19", "Section 230", "Form 10-K", "3:20-cv-08570", a
// time "05:00", a list marker "1.".
func (sc *scanner) isIdentifier(j int) bool {
	t := sc.toks[j]
	if j > 0 {
		p := sc.toks[j-1]
		if p.end == t.start {
			switch {
			case p.kind == tWord:
				return true
			case p.kind == tPunct:
				switch sc.text(p) {
				case "-", ":", "/", "#", "+", "_", "@", "&", "=", "‐", "–":
					if j > 1 && sc.toks[j-2].end == p.start && sc.toks[j-2].kind != tPunct {
						if sc.text(p) == "–" || sc.text(p) == "-" {
							return sc.toks[j-2].kind == tWord
						}
						return true
					}
					if sc.text(p) == "#" || sc.text(p) == "@" || sc.text(p) == "_" {
						return true
					}
				}
			}
		}
		if p.kind == tWord && p.space && !t.newline && sc.word(p).class&wIDWord != 0 {
			// "Section 230", "Article 25", "No. 3", but not "section of 230".
			if r := sc.s[p.start]; r >= 'A' && r <= 'Z' {
				return true
			}
		}
		if p.kind == tPunct && sc.text(p) == "." && j > 1 && sc.word(sc.toks[j-2]).class&wIDWord != 0 && sc.is(sc.toks[j-2], "no") {
			return true
		}
	}
	if sc.adjacent(j) {
		n := sc.toks[j+1]
		switch {
		case n.kind == tPunct && (sc.text(n) == ":" || sc.text(n) == "/" || sc.text(n) == "_" || sc.text(n) == "@") &&
			sc.adjacent(j+1) && sc.tok(j+2).kind == tNum:
			return true // a time, a ratio, a docket: 05:00, 3:20, 24/7
		case n.kind == tPunct && sc.text(n) == "-" && sc.adjacent(j+1) && sc.tok(j+2).kind == tWord:
			w := sc.word(sc.toks[j+2])
			if w.class&(wDuration|wScale) == 0 && !sc.is(sc.toks[j+2], "fold") && !sc.is(sc.toks[j+2], "percent") &&
				!sc.is(sc.toks[j+2], "year") && !sc.is(sc.toks[j+2], "point") {
				return isUpper(sc.text(sc.toks[j+2])) || sc.tok(j+3).kind == tPunct && sc.text(sc.tok(j+3)) == "-" && sc.adjacent(j+2)
			}
		case n.kind == tWord:
			w := sc.word(n)
			lw := sc.text(n)
			switch {
			case w.class&(wScale|wDuration) != 0, sc.is(n, "x"), sc.is(n, "st"), sc.is(n, "nd"), sc.is(n, "rd"), sc.is(n, "th"),
				w.class&wCode != 0, w.class&wCountNoun != 0, sc.is(n, "percent"), sc.is(n, "pc"), sc.is(n, "pp"), sc.is(n, "bps"), sc.is(n, "million"), sc.is(n, "billion"):
			default:
				_ = lw
				return true // 5G, 10K (a form), 3D
			}
		}
	}
	// A list marker: a number opening a line, then "." or ")".
	if t.newline && sc.adjacent(j) {
		if n := sc.text(sc.toks[j+1]); (n == "." || n == ")") && j+2 < len(sc.toks) && sc.toks[j+2].space {
			return true
		}
	}
	return false
}

// numberAt reads a figure whose number is token j; the figure starts at
// token from (a currency sign or code before the number) and cur is that
// currency ("" for none).
func (sc *scanner) numberAt(from, j int, cur string) int {
	t := sc.toks[j]
	if cur == "" && sc.isIdentifier(j) {
		// Skip the whole identifier: "COVID-19", "10-K".
		k := j + 1
		for k < len(sc.toks) && sc.toks[k].start == sc.toks[k-1].end && sc.toks[k].kind != tPunct {
			k++
		}
		return k
	}
	v, plain, nd := sc.numAt(j)
	if math.IsNaN(v) {
		return j + 1
	}
	start := sc.toks[from].start
	if cur == "" {
		// A date: ISO, day-month, a year.
		if plain && nd == 4 {
			if n := sc.isoDate(j); n > j {
				return n
			}
		}
		if plain && nd <= 2 && v >= 1 && v <= 31 {
			k := j + 1
			if sc.adjacent(j) && (sc.is(sc.tok(k), "st") || sc.is(sc.tok(k), "nd") || sc.is(sc.tok(k), "rd") || sc.is(sc.tok(k), "th")) {
				k++
			}
			if sc.word(sc.tok(k)).class&wMonth != 0 && sc.sameLine(k) && sc.tok(k).space {
				if n := sc.monthDate(j, k, int(v)); n > j {
					return n
				}
			}
			if k == j+2 {
				return k // an ordinal: "seventh", "4th"
			}
		}
	}
	end := t.end
	k := j + 1
	// The scale: a word, or a letter joined to the number ("$740m").
	scale := 0
	if sw := sc.word(sc.tok(k)); sw.class&wScale != 0 && sc.sameLine(k) {
		single := len(sc.text(sc.tok(k))) <= 2
		if !single || sc.adjacent(k-1) || sc.is(sc.tok(k), "bn") || sc.is(sc.tok(k), "mn") || sc.is(sc.tok(k), "tn") {
			if !(single && sc.adjacent(k) && sc.tok(k+1).kind == tWord) { // "5mph", "3MB"
				scale = sw.n
				end = sc.tok(k).end
				k++
			}
		}
	}
	x := pow10(v, scale)
	f := Figure{Start: start, End: end, Value: x}
	next := sc.tok(k)
	nw := sc.word(next)
	sameLine := sc.sameLine(k)
	switch {
	case cur != "":
		f.Kind, f.Unit = Money, cur
		// "725 million USD" after a sign is a repetition; a code after the
		// number is read only without a sign.
	case sameLine && (sc.is(next, "%") || sc.is(next, "percent") || sc.is(next, "pc") || sc.is(next, "pct")):
		f.Kind, f.Unit, f.Value, f.End = Percent, "percent", pow10(x, -2), next.end
		k++
		if sc.is(next, "percent") && sc.is(sc.tok(k), "points") || sc.is(next, "%") && sc.is(sc.tok(k), "points") {
			f.Unit, f.End = "percentage points", sc.tok(k).end
			k++
		}
	case sameLine && sc.is(next, "per") && sc.is(sc.tok(k+1), "cent"):
		f.Kind, f.Unit, f.Value, f.End = Percent, "percent", pow10(x, -2), sc.tok(k+1).end
		k += 2
	case sameLine && sc.is(next, "percentage") && (sc.is(sc.tok(k+1), "points") || sc.is(sc.tok(k+1), "point")):
		f.Kind, f.Unit, f.Value, f.End = Percent, "percentage points", pow10(x, -2), sc.tok(k+1).end
		k += 2
	case sameLine && (sc.is(next, "pp") || sc.is(next, "ppt") || sc.is(next, "ppts")):
		f.Kind, f.Unit, f.Value, f.End = Percent, "percentage points", pow10(x, -2), next.end
		k++
	case sameLine && (sc.is(next, "basis") && sc.is(sc.tok(k+1), "points") || sc.is(next, "bps")):
		f.Kind, f.Unit, f.Value = Percent, "percentage points", pow10(x, -4)
		if sc.is(next, "bps") {
			f.End = next.end
			k++
		} else {
			f.End = sc.tok(k + 1).end
			k += 2
		}
	case sameLine && (sc.is(next, "cents") || sc.is(next, "cent")) && scale == 0:
		f.Kind, f.Unit, f.Value, f.End = Money, "USD", pow10(x, -2), next.end
		k++
	case sameLine && nw.class&wCurrency != 0 && next.space:
		f.Kind, f.Unit, f.End = Money, nw.unit, next.end
		k++
		if sc.is(next, "dollars") && k > 0 && sc.is(sc.tok(k-2), "us") {
			// "US dollars" is read by ParseAmount as one unit.
		}
	case sameLine && nw.class&wCode != 0 && isUpper(sc.text(next)) && next.space:
		f.Kind, f.Unit, f.End = Money, strings.ToUpper(sc.text(next)), next.end
		k++
	case sameLine && (sc.is(next, "fold") || sc.is(next, "-") && sc.adjacent(k) && sc.is(sc.tok(k+1), "fold")):
		f.Kind, f.Unit = Multiple, "times"
		if sc.is(next, "-") {
			k++
		}
		f.End = sc.tok(k).end
		k++
	case sameLine && sc.is(next, "x") && sc.adjacent(k-1) && !sc.adjacent(k):
		f.Kind, f.Unit, f.End = Multiple, "times", next.end
		k++
	case sameLine && sc.is(next, "times"):
		return sc.times(from, j, k, x)
	case sameLine && sc.is(next, "in") && plain && x >= 1 && x < 100 && sc.tok(k+1).kind == tNum && scale == 0:
		// "1 in 6": a proportion.
		d, dplain, dn := sc.numAt(k + 1)
		if dplain && dn <= 3 && d > x {
			f.Kind, f.Unit, f.Value, f.End = Percent, "percent", x/d, sc.tok(k+1).end
			k += 2
		} else {
			f.Kind = Count
		}
	case sameLine && sc.is(next, "out") && sc.is(sc.tok(k+1), "of") && plain && scale == 0:
		m := k + 2
		if sc.is(sc.tok(m), "every") {
			m++
		}
		if d, dplain, _ := sc.numAt0(m); dplain && d > x {
			f.Kind, f.Unit, f.Value, f.End = Percent, "percent", x/d, sc.tok(m).end
			k = m + 1
		} else {
			f.Kind = Count
		}
	case nw.class&wDuration != 0 && sameLine && scale == 0 && !sc.is(next, "decade") &&
		(next.space || sc.adjacent(k-1)) || sameLine && sc.is(next, "-") && sc.adjacent(k-1) && sc.adjacent(k) && sc.word(sc.tok(k+1)).class&wDuration != 0:
		if sc.is(next, "-") {
			k++
		}
		return sc.duration(from, k, x)
	case plain && nd == 4 && scale == 0 && v >= 1800 && v <= 2100:
		return sc.yearAt(j)
	default:
		f.Kind = Count
	}
	if f.Kind == Money {
		f.End = sc.moneyEnd(f, k)
		if v, ok := dollarAmount(sc.s[f.Start:f.End]); ok {
			f.Value, f.Unit = v, "USD"
		} else if a, err := finance.ParseAmount(sc.s[f.Start:f.End]); err == nil && cur != "" || err == nil && a.Unit.IsCurrency() {
			f.Value = a.Value.Float64()
			f.Unit = a.Unit.String()
		}
		k = sc.afterEnd(f.End, k)
	}
	if f.Kind == Count {
		// A count's noun, when it directly follows: "87 million people".
		if nw.class&wCountNoun != 0 && sameLine && next.space && !isCapitalised(sc.text(next)) {
			f.numEnd, f.End = f.End, next.end
			f.Unit = nw.unit
			if f.Unit == "" {
				f.Unit = strings.ToLower(sc.text(next))
			}
			k++
		} else {
			f.Unit = sc.nounAhead(k)
		}
	}
	k = sc.rate(&f, k)
	sc.add(f)
	return k
}

// pow10 returns x·10^e rounded as the decimal that x's shortest form
// shifted by e reads: 11.9% is 0.119, not 0.11900000000000001. A number
// whose shortest form has an exponent (from 1e6, or under 1e-4) is
// multiplied by math.Pow10(e).
func pow10(x float64, e int) float64 {
	if e == 0 {
		return x
	}
	if x >= 0 && x < 1e6 && x == math.Trunc(x) && e >= -22 && e <= 22 {
		// An integer that AppendFloat would write as its digits: m is x
		// and k is 0 below.
		if e >= 0 {
			return x * exact10[e]
		}
		return x / exact10[-e]
	}
	var buf [40]byte
	b := strconv.AppendFloat(buf[:0], x, 'g', -1, 64)
	if bytes.ContainsAny(b, "eIN") {
		// An exponent, Inf or NaN: the decimal with "e" and e appended
		// is no number.
		return x * math.Pow10(e)
	}
	if m, k, ok := decimalParts(b); ok && m < 1<<53 && k+e >= -22 && k+e <= 22 {
		// m and 10^|k+e| are exact in a float64, and one multiplication
		// or division rounds correctly, as ParseFloat of the decimal
		// m·10^(k+e) does.
		if k+e >= 0 {
			return float64(m) * exact10[k+e]
		}
		return float64(m) / exact10[-(k+e)]
	}
	b = strconv.AppendInt(append(b, 'e'), int64(e), 10)
	y, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return x * math.Pow10(e)
	}
	return y
}

// exact10 holds the powers of ten that a float64 holds exactly.
var exact10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// decimalParts reads a number that strconv.AppendFloat wrote without an
// exponent ("4.28", "0.012", "120") as m·10^k; ok is false for any other
// form, or more than 18 significant digits.
func decimalParts(b []byte) (m uint64, k int, ok bool) {
	digits := 0
	frac := false
	for _, c := range b {
		switch {
		case c >= '0' && c <= '9':
			if m > 0 || c != '0' {
				if digits++; digits > 18 {
					return 0, 0, false
				}
			}
			m = m*10 + uint64(c-'0')
			if frac {
				k--
			}
		case c == '.' && !frac:
			frac = true
		default:
			return 0, 0, false
		}
	}
	return m, k, len(b) > 0
}

func (sc *scanner) numAt0(i int) (float64, bool, int) {
	if sc.tok(i).kind != tNum {
		return 0, false, 0
	}
	return sc.numAt(i)
}

func isCapitalised(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// moneyEnd extends a money figure over the unit ParseAmount also reads
// after the number: "725 million USD", "265 million euros".
// dollarAmount reads the commonest money figure, "$4.28 billion" or
// "$600,000": a dollar sign, digits (with a point, or commas between
// groups of three), then at most a space and "thousand", "million",
// "billion" or "trillion". It gives what finance.ParseAmount's value
// would be, without its allocations; ok is false for any other text,
// which ParseAmount reads. At most 15 digits make the coefficient exact
// in a float64, and with an exponent within ±22 one multiplication or
// division is correctly rounded, as series.Decimal.Float64 is.
func dollarAmount(s string) (v float64, ok bool) {
	if len(s) < 2 || s[0] != '$' {
		return 0, false
	}
	var coef int64
	digits, frac, group, i := 0, -1, -1, 1
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			coef = coef*10 + int64(c-'0')
			digits++
			if frac >= 0 {
				frac++
			} else if group >= 0 {
				group++
			}
			continue
		case c == ',' && frac < 0 && digits > 0 && (group < 0 && digits <= 3 || group == 3):
			group = 0
			continue
		case c == '.' && frac < 0 && digits > 0 && (group < 0 || group == 3):
			frac = 0
			continue
		}
		break
	}
	if digits == 0 || digits > 15 || frac == 0 || group >= 0 && group != 3 && frac < 0 {
		return 0, false
	}
	exp := 0
	switch s[i:] {
	case "":
	case " thousand":
		exp = 3
	case " million":
		exp = 6
	case " billion":
		exp = 9
	case " trillion":
		exp = 12
	default:
		return 0, false
	}
	if frac > 0 {
		exp -= frac
	}
	switch {
	case exp >= 0:
		return float64(coef) * pow10s[exp], true
	case exp >= -22:
		return float64(coef) / pow10s[-exp], true
	}
	return 0, false
}

// pow10s holds the powers of ten that a float64 represents exactly.
var pow10s = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

func (sc *scanner) moneyEnd(f Figure, k int) int {
	return f.End
}

func (sc *scanner) afterEnd(end, k int) int {
	for k < len(sc.toks) && sc.toks[k].start < end {
		k++
	}
	return k
}

// nounAhead looks a few words ahead for the noun a count counts, for its
// unit only: "130 million premium subscribers".
func (sc *scanner) nounAhead(k int) string {
	for m := k; m < k+3 && m < len(sc.toks); m++ {
		t := sc.toks[m]
		if t.kind != tWord || t.newline {
			return ""
		}
		if w := sc.word(t); w.class&wCountNoun != 0 {
			if w.unit != "" {
				return w.unit
			}
			return strings.ToLower(sc.text(t))
		}
	}
	return ""
}

// rate reads "per year", "a year", "annually" after an amount.
func (sc *scanner) rate(f *Figure, k int) int {
	if f.Kind != Money && f.Kind != Count {
		return k
	}
	t := sc.tok(k)
	switch {
	case sc.is(t, "annually") || sc.is(t, "yearly"):
		f.Rate = "per year"
	case sc.is(t, "monthly"):
		f.Rate = "per month"
	case (sc.is(t, "per") || sc.is(t, "a") || sc.is(t, "each")) && sc.word(sc.tok(k+1)).class&wDuration != 0 && !sc.is(sc.tok(k+2), "ago") && !sc.is(sc.tok(k+2), "earlier"):
		f.Rate = "per " + strings.TrimSuffix(sc.word(sc.tok(k+1)).unit, "s")
	}
	return k
}

// times reads "N times": a multiple before a comparison ("30 times
// higher"), a frequency before "a year", else a count ("penalised three
// times").
func (sc *scanner) times(from, j, k int, x float64) int {
	t := sc.tok(k)
	f := Figure{Start: sc.toks[from].start, End: t.end, Value: x}
	n := sc.tok(k + 1)
	switch {
	case (sc.is(n, "a") || sc.is(n, "per") || sc.is(n, "each") || sc.is(n, "every")) && sc.word(sc.tok(k+2)).class&wDuration != 0:
		u := sc.word(sc.tok(k + 2)).unit
		f.Kind, f.Unit, f.End = Frequency, "per "+strings.TrimSuffix(u, "s"), sc.tok(k+2).end
		sc.add(f)
		return k + 3
	case sc.word(n).class&wComparative != 0 && sc.sameLine(k+1):
		f.Kind, f.Unit = Multiple, "times"
	default:
		f.Kind, f.Unit = Count, "times"
	}
	sc.add(f)
	return k + 1
}

// duration reads "10 years", "12-month", "three months", "13 hours and 11
// minutes"; k is the unit's token.
func (sc *scanner) duration(from, k int, x float64) int {
	w := sc.word(sc.tok(k))
	f := Figure{Start: sc.toks[from].start, End: sc.toks[k].end, Kind: Duration, Value: x, Unit: w.unit}
	if sc.is(sc.tok(k), "decade") || sc.is(sc.tok(k), "decades") {
		f.Value, f.Unit = 10*x, "years"
	}
	k++
	// A hyphenated plural, "12-months", is one token here already.
	if w.unit == "hours" && sc.is(sc.tok(k), "and") && sc.tok(k+1).kind == tNum && sc.word(sc.tok(k+2)).class&wDuration != 0 &&
		sc.word(sc.tok(k+2)).unit == "minutes" {
		m, _, _ := sc.numAt(k + 1)
		f.Value, f.Unit, f.End = 60*x+m, "minutes", sc.tok(k+2).end
		k += 3
	}
	if sc.is(sc.tok(k), "-") && sc.adjacent(k-1) && sc.is(sc.tok(k+1), "long") {
		f.End = sc.tok(k + 1).end
		k += 2
	}
	if sc.is(sc.tok(k), "ago") {
		// "two years ago" is a relative date, not a length.
		return k + 1
	}
	sc.add(f)
	// "13 Hours a Day": the frequency that follows a duration.
	if (sc.is(sc.tok(k), "a") || sc.is(sc.tok(k), "per") || sc.is(sc.tok(k), "each")) && sc.word(sc.tok(k+1)).class&wDuration != 0 && sc.sameLine(k+1) {
		u := strings.TrimSuffix(sc.word(sc.tok(k+1)).unit, "s")
		sc.add(Figure{Start: sc.toks[k].start, End: sc.toks[k+1].end, Kind: Frequency, Value: 1, Unit: "per " + u})
		return k + 2
	}
	return k
}

// numberWord reads a number written in words: "two", "twenty-five", "a
// dozen" (see article), "three months", "two million".
func (sc *scanner) numberWord(i int) int {
	t := sc.toks[i]
	w := sc.word(t)
	x := w.v
	end := t.end
	k := i + 1
	if x >= 20 && sc.is(sc.tok(k), "-") && sc.adjacent(i) && sc.adjacent(k) {
		if w2 := sc.word(sc.tok(k + 1)); w2.class&wNumber != 0 && w2.v < 10 {
			x += w2.v
			end = sc.tok(k + 1).end
			k += 2
		}
	}
	if x >= 1 && x < 10 && sc.is(sc.tok(k), "hundred") && sc.sameLine(k) {
		// "two hundred", "one hundred fifty", "three hundred and twelve".
		x *= 100
		end = sc.tok(k).end
		k++
		m := k
		if sc.is(sc.tok(m), "and") {
			m++
		}
		if w2 := sc.word(sc.tok(m)); w2.class&wNumber != 0 && w2.v >= 1 && w2.v < 100 && sc.sameLine(m) {
			x += w2.v
			end = sc.tok(m).end
			k = m + 1
			if w2.v >= 20 && sc.is(sc.tok(k), "-") && sc.adjacent(m) && sc.adjacent(k) {
				if w3 := sc.word(sc.tok(k + 1)); w3.class&wNumber != 0 && w3.v >= 1 && w3.v < 10 {
					x += w3.v
					end = sc.tok(k + 1).end
					k += 2
				}
			}
		}
	}
	if sc.adjacent(k-1) && sc.is(sc.tok(k), "-") {
		// "one-sided", "three-month": only a unit of time or "fold" joins
		// a number word.
		switch {
		case sc.word(sc.tok(k+1)).class&wDuration != 0 && sc.adjacent(k):
			return sc.duration(i, k+1, x)
		case sc.is(sc.tok(k+1), "fold") && sc.adjacent(k):
			sc.add(Figure{Start: t.start, End: sc.tok(k + 1).end, Kind: Multiple, Value: x, Unit: "times"})
			return k + 2
		}
		return k
	}
	if sc.is(t, "zero") {
		return k
	}
	n := sc.tok(k)
	nw := sc.word(n)
	if nw.class&wScale != 0 && len(sc.text(n)) > 2 && sc.sameLine(k) {
		return sc.numberWordAmount(i, k, x)
	}
	if nw.class&wDuration != 0 && sc.sameLine(k) && !sc.is(n, "decade") {
		return sc.duration(i, k, x)
	}
	if sc.is(n, "times") && sc.sameLine(k) {
		return sc.times(i, i, k, x)
	}
	if sc.is(n, "percent") {
		sc.add(Figure{Start: t.start, End: n.end, Kind: Percent, Value: pow10(x, -2), Unit: "percent"})
		return k + 1
	}
	// A bare number word is a count only before a noun, and not in "the
	// two companies", "one of", "one more", "no one".
	p := sc.tok(i - 1)
	if i > 0 && !t.newline && (sc.is(p, "the") || sc.is(p, "these") || sc.is(p, "those") || sc.is(p, "no") ||
		sc.is(p, "any") || sc.is(p, "every") || sc.is(p, "each") || sc.is(p, "both") || sc.is(p, "which") || sc.is(p, "-") ||
		sc.is(p, "or") || sc.is(p, "top")) {
		return k
	}
	if n.kind != tWord || !sc.sameLine(k) {
		return k
	}
	switch {
	case sc.is(n, "of"):
		if !sc.is(p, "all") || x < 2 {
			return k
		}
	case sc.is(n, "more") || sc.is(n, "or") || sc.is(n, "and") || sc.is(n, "another") || sc.is(n, "to") ||
		sc.is(n, "in") || sc.is(n, "by") || sc.is(n, "from") || sc.is(n, "at") || sc.is(n, "on") || sc.is(n, "is") ||
		sc.is(n, "was") || sc.is(n, "has") || sc.is(n, "had") || sc.is(n, "would") || sc.is(n, "will") ||
		sc.is(n, "who") || sc.is(n, "that") || sc.is(n, "way") || sc.is(n, "thing") || sc.is(n, "day") ||
		sc.is(n, "step") || sc.is(n, "side") || sc.is(n, "hand") || sc.is(n, "another") || sc.is(n, "another") ||
		sc.is(n, "particular") || sc.is(n, "such") || sc.is(n, "can") || sc.is(n, "could") || sc.is(n, "may") ||
		sc.is(n, "might") || sc.is(n, "should") || sc.is(n, "must") || sc.is(n, "are") || sc.is(n, "were") ||
		sc.is(n, "with") || sc.is(n, "for") || sc.is(n, "as") || sc.is(n, "than"):
		return k
	}
	if x == 1 && (isCapitalised(sc.text(t)) || !sc.is(p, "least") && !sc.is(p, "just") && !sc.is(p, "only") &&
		sc.word(n).class&wCountNoun == 0) {
		// "one" is a count only where a number is plainly meant: "at
		// least one service", "one click".
		return k
	}
	f := Figure{Start: t.start, End: end, Kind: Count, Value: x}
	if nw.class&wCountNoun != 0 {
		f.numEnd, f.End, f.Unit = f.End, n.end, nw.unit
		if f.Unit == "" {
			f.Unit = strings.ToLower(sc.text(n))
		}
		k++
	} else if x >= 2 && isPluralNoun(sc.text(n)) {
		// A noun the table does not know, in the plural after a number
		// of two or more: "seventeen states".
		f.numEnd, f.End, f.Unit = f.End, n.end, sc.lo[n.start:n.end]
		k++
	} else if f.Unit = sc.nounAhead(k); f.Unit == "" && x >= 2 && sc.tok(k+1).kind == tWord && sc.sameLine(k+1) &&
		!isFunctionWord(sc.lo[n.start:n.end]) && isPluralNoun(sc.text(sc.tok(k+1))) {
		// "nine data brokers": the noun after one word that qualifies it.
		f.Unit = sc.lo[sc.tok(k+1).start:sc.tok(k+1).end]
	}
	sc.add(f)
	return k
}

// isPluralNoun reports whether a word after a number of two or more
// reads as a plural noun: in lower case, ending in "s" but not "ss" or
// "us", and not a word of grammar ("its", "was", "has").
func isPluralNoun(w string) bool {
	return len(w) >= 4 && w[len(w)-1] == 's' && !isCapitalised(w) && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !isFunctionWord(w) && strings.IndexFunc(w, func(r rune) bool {
		return !('a' <= r && r <= 'z')
	}) < 0
}

// isFunctionWord reports whether w (lower case) is a word of grammar:
// a preposition, conjunction, determiner, pronoun or auxiliary verb.
func isFunctionWord(w string) bool {
	switch w {
	case "in", "on", "at", "for", "and", "or", "but", "to", "from", "with", "by", "as", "than", "the", "a", "an",
		"since", "during", "across", "into", "onto", "over", "under", "after", "before", "until", "through",
		"of", "off", "up", "down", "out", "about", "around", "between", "while", "when", "where", "which",
		"who", "that", "this", "these", "those", "its", "their", "his", "her", "our", "your", "my", "it", "they",
		"we", "he", "she", "is", "are", "was", "were", "be", "been", "has", "have", "had", "does", "do", "did",
		"will", "would", "can", "could", "may", "might", "should", "must", "so", "if", "because", "though",
		"although", "whereas", "always", "perhaps", "thus", "yes", "also", "not", "too", "via", "per", "worldwide",
		"globally", "nationwide", "online", "now", "then", "again", "already", "still", "even", "only", "just":
		return true
	}
	return false
}

// numberWordAmount reads "two million people", "a billion dollars", "half
// a billion users" from token i, the scale at token k.
func (sc *scanner) numberWordAmount(i, k int, x float64) int {
	sw := sc.word(sc.tok(k))
	f := Figure{Start: sc.toks[i].start, End: sc.toks[k].end, Kind: Count, Value: x * math.Pow10(sw.n)}
	k++
	n := sc.tok(k)
	nw := sc.word(n)
	switch {
	case nw.class&wCurrency != 0 && sc.sameLine(k):
		f.Kind, f.Unit, f.End = Money, nw.unit, n.end
		k++
	case nw.class&wCountNoun != 0 && sc.sameLine(k) && !isCapitalised(sc.text(n)):
		f.numEnd, f.Unit, f.End = f.End, nw.unit, n.end
		if f.Unit == "" {
			f.Unit = strings.ToLower(sc.text(n))
		}
		k++
	default:
		f.Unit = sc.nounAhead(k)
	}
	if a, err := finance.ParseAmount(sc.s[f.Start:f.End]); err == nil {
		f.Value = a.Value.Float64()
	}
	k = sc.rate(&f, k)
	sc.add(f)
	return k
}

// article reads figures that open with "a", "an" or "half": "a decade",
// "a dozen", "half a billion", "a billion dollars".
func (sc *scanner) article(i int) int {
	k := i + 1
	if sc.is(sc.toks[i], "half") {
		if !sc.is(sc.tok(k), "a") {
			return i + 1
		}
		if w := sc.word(sc.tok(k + 1)); w.class&wScale != 0 && len(sc.text(sc.tok(k+1))) > 2 {
			return sc.numberWordAmount(i, k+1, 0.5)
		}
		return i + 1
	}
	n := sc.tok(k)
	w := sc.word(n)
	switch {
	case sc.is(n, "decade"):
		return sc.decadeLong(i, k)
	case sc.is(n, "dozen"):
		f := Figure{Start: sc.toks[i].start, End: n.end, Kind: Count, Value: 12, Unit: sc.nounAhead(k + 1)}
		sc.add(f)
		return k + 1
	case w.class&wScale != 0 && len(sc.text(n)) > 2 && !strings.HasSuffix(sc.text(n), "s"):
		return sc.numberWordAmount(i, k, 1)
	case w.class&wDuration != 0 && (sc.is(n, "month") || sc.is(n, "year") || sc.is(n, "week")):
		// "within a month", "for nearly a year": a duration after a word of
		// time; elsewhere "a year" is a rate or a relative date.
		p := sc.tok(i - 1)
		if sc.is(p, "within") || sc.is(p, "for") || sc.is(p, "nearly") || sc.is(p, "almost") || sc.is(p, "than") {
			if !sc.is(sc.tok(k+1), "ago") && !sc.is(sc.tok(k+1), "earlier") && !sc.is(sc.tok(k+1), "later") {
				sc.add(Figure{Start: sc.toks[i].start, End: n.end, Kind: Duration, Value: 1, Unit: w.unit})
				return k + 1
			}
		}
	}
	return i + 1
}

// decadeLong reads "a decade", "decade long", "Decade-Long" from token i,
// the word decade at token k.
func (sc *scanner) decadeLong(i, k int) int {
	f := Figure{Start: sc.toks[i].start, End: sc.toks[k].end, Kind: Duration, Value: 10, Unit: "years"}
	m := k + 1
	if sc.is(sc.tok(m), "-") && sc.adjacent(k) {
		m++
	}
	if sc.is(sc.tok(m), "long") && sc.sameLine(m) {
		f.End = sc.tok(m).end
		m++
	} else if i == k {
		return k + 1 // "decade" alone: "the past decade" is no figure
	}
	sc.add(f)
	return m
}

// vague reads "millions", "hundreds of millions of dollars", "tens of
// billions": a magnitude without a number.
func (sc *scanner) vague(i int) int {
	start := i
	p, pp := sc.tok(i-1), sc.tok(i-2)
	if sc.is(p, "of") && (sc.is(pp, "hundreds") || sc.is(pp, "tens")) {
		start = i - 2
	}
	f := Figure{Start: sc.toks[start].start, End: sc.toks[i].end, Kind: Count, Vague: true}
	k := i + 1
	if sc.is(sc.tok(k), "of") && sc.word(sc.tok(k+1)).class&wVague != 0 {
		return k // "hundreds of millions": read from the magnitude that follows
	}
	switch {
	case sc.is(sc.tok(k), "of") && sc.word(sc.tok(k+1)).class&wCurrency != 0:
		f.Kind, f.Unit, f.End = Money, sc.word(sc.tok(k+1)).unit, sc.tok(k+1).end
		k += 2
	case sc.is(sc.tok(k), "in") && (sc.is(sc.tok(k+1), "revenue") || sc.is(sc.tok(k+1), "fines") || sc.is(sc.tok(k+1), "sales") ||
		sc.is(sc.tok(k+1), "profit") || sc.is(sc.tok(k+1), "profits") || sc.is(sc.tok(k+1), "damages")):
		f.Kind, f.Unit = Money, ""
	case sc.is(sc.tok(k), "of"):
		f.Unit = sc.nounAhead(k + 1)
	default:
		if sc.is(p, "$") || sc.is(p, "€") {
			f.Kind = Money
		}
	}
	sc.add(f)
	return k
}

// rateAdjective reads "daily", "weekly", "bi-weekly", "fortnightly" as a
// frequency, but not where it names a metric ("daily active users",
// "monthly users").
func (sc *scanner) rateAdjective(i int, w wordInfo) int {
	k := i + 1
	if sc.is(sc.toks[i], "bi") {
		k = i + 3
	}
	n := sc.tok(k)
	if w.n != 26 {
		// An adjective before its noun ("daily reports"), not an adverb
		// after its verb ("used its apps daily in 2023").
		if n.kind != tWord || !sc.sameLine(k) || sc.word(n).class&wMetricNoun != 0 || isCapitalised(sc.text(sc.toks[i])) ||
			isFunctionWord(sc.lo[n.start:n.end]) {
			return k
		}
	}
	f := Figure{Start: sc.toks[i].start, End: sc.toks[k-1].end, Kind: Frequency}
	switch w.n {
	case 365:
		f.Value, f.Unit = 1, "per day"
	case 52:
		f.Value, f.Unit = 1, "per week"
	case 26:
		f.Value, f.Unit = 0.5, "per week"
	case 12:
		f.Value, f.Unit = 1, "per month"
	}
	sc.add(f)
	return k
}

// every reads "every two weeks", "every day", "every fortnight", "every
// other week".
func (sc *scanner) every(i int) int {
	k := i + 1
	x := 1.0
	switch t := sc.tok(k); {
	case t.kind == tNum:
		v, plain, _ := sc.numAt(k)
		if !plain {
			return k
		}
		x = v
		k++
	case sc.word(t).class&wNumber != 0:
		x = sc.word(t).v
		k++
	case sc.is(t, "other"):
		x = 2
		k++
	}
	u := sc.tok(k)
	if !sc.sameLine(k) {
		return k
	}
	f := Figure{Start: sc.toks[i].start, End: u.end, Kind: Frequency}
	switch {
	case sc.is(u, "fortnight"):
		f.Value, f.Unit = 0.5, "per week"
	case sc.word(u).class&wDuration != 0 && !sc.is(u, "decade"):
		f.Value, f.Unit = 1/x, "per "+strings.TrimSuffix(sc.word(u).unit, "s")
	case sc.is(u, "quarter"):
		f.Value, f.Unit = 1/x, "per quarter"
	default:
		return k
	}
	if x == 1 && strings.HasSuffix(sc.text(u), "s") {
		return k + 1 // "every days" is not English; "every 5 minutes" is
	}
	if sc.tok(i-1).kind == tNum || sc.is(sc.tok(i-1), "of") && sc.is(sc.tok(i-2), "out") {
		return k + 1 // "1 out of every 5" is read as a proportion
	}
	sc.add(f)
	return k + 1
}

// onceTwice reads "once a week", "twice a year", "twice as much".
func (sc *scanner) onceTwice(i int) int {
	t := sc.toks[i]
	x := 2.0
	switch {
	case sc.is(t, "once"):
		x = 1
	case sc.is(t, "thrice"):
		x = 3
	}
	k := i + 1
	n := sc.tok(k)
	if (sc.is(n, "a") || sc.is(n, "per") || sc.is(n, "each") || sc.is(n, "every")) && sc.sameLine(k+1) {
		if u := sc.word(sc.tok(k + 1)); u.class&wDuration != 0 && !sc.is(sc.tok(k+1), "decade") {
			sc.add(Figure{Start: t.start, End: sc.tok(k + 1).end, Kind: Frequency, Value: x, Unit: "per " + strings.TrimSuffix(u.unit, "s")})
			return k + 2
		}
	}
	if sc.is(n, "-") && sc.adjacent(i) && sc.word(sc.tok(k+1)).class&wRateAdj != 0 {
		// "twice-weekly"
		w := sc.word(sc.tok(k + 1))
		per := "per month"
		switch w.n {
		case 365:
			per = "per day"
		case 52, 26:
			per = "per week"
		}
		sc.add(Figure{Start: t.start, End: sc.tok(k + 1).end, Kind: Frequency, Value: x, Unit: per})
		return k + 2
	}
	if x >= 2 && !sc.is(t, "once") {
		sc.add(Figure{Start: t.start, End: t.end, Kind: Multiple, Value: x, Unit: "times"})
	}
	return k
}

// sameYear reads "that same year", "the same month" at token i (the word
// same): a date that repeats the year (or month) of the last date that
// opened a sentence, which resolveYears gives it.
func (sc *scanner) sameYear(i int) int {
	p, n := sc.tok(i-1), sc.tok(i+1)
	if i == 0 || !(sc.is(p, "that") || sc.is(p, "the")) || !sc.sameLine(i+1) {
		return i + 1
	}
	prec := byte('y')
	switch {
	case sc.is(n, "year"):
	case sc.is(n, "month"):
		prec = 'm'
	default:
		return i + 1
	}
	sc.add(Figure{Start: p.start, End: n.end, Kind: Date, prec: prec, rel: 't'})
	return i + 2
}

// afterAnchor reads "Shortly after Hastings' appointment," at token i
// (the word after) where it opens a sentence: a date given by an event
// that the text dated just before, whose date resolveYears copies from
// the last date written. The anchor is a name and at most four more
// words up to a comma, with no number: "After Facebook's listing,".
func (sc *scanner) afterAnchor(i int) int {
	open := sc.toks[i].sentence
	if !open && i > 0 && (sc.is(sc.toks[i-1], "shortly") || sc.is(sc.toks[i-1], "soon")) {
		open = sc.toks[i-1].sentence
	}
	k := i + 1
	if !open || sc.tok(k).kind != tWord || !isCapitalised(sc.text(sc.tok(k))) || !sc.sameLine(k) {
		return i + 1
	}
	words := 0
	for m := k; m < len(sc.toks) && m < k+8; m++ {
		t := sc.toks[m]
		switch {
		case t.kind == tWord && m > k && t.newline:
			return i + 1
		case t.kind == tWord:
			words++
			if words > 5 || sc.word(t).class&(wMonth|wNumber|wDuration) != 0 {
				return i + 1
			}
		case t.kind == tPunct && (sc.is(t, "’") || sc.is(t, "'")):
		case t.kind == tPunct && sc.is(t, ",") && m > k:
			sc.add(Figure{Start: sc.toks[k].start, End: sc.toks[m-1].end, Kind: Date, rel: 'l'})
			return m
		default:
			return i + 1
		}
	}
	return i + 1
}
