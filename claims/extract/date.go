package extract

import (
	"fmt"
	"math/bits"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/finfig/finfig/series"
)

// monthDate reads a date around the month word at token m: "July 24,
// 2019", "Oct. 1, 2025", "March 2018", "24 July 2019", "4th August", "the
// June quarter", "March". from is the first token (a day before the month)
// and day that day, or 0.
func (sc *scanner) monthDate(from, m, day int) int {
	mt := sc.toks[m]
	w := sc.word(mt)
	name := sc.text(mt)
	if !isCapitalised(name) {
		return from
	}
	abbrev := len(name) <= 4 && !sc.is(mt, "may") && !sc.is(mt, "june") && !sc.is(mt, "july")
	k := m + 1
	if abbrev && sc.is(sc.tok(k), ".") && sc.adjacent(m) {
		k++
	}
	f := Figure{Start: sc.toks[from].start, End: sc.toks[k-1].end, Kind: Date, sub: w.n, prec: 'm'}
	if day > 0 {
		f.day, f.prec = day, 'd'
	}
	// A day after the month: "July 24", "Oct. 1".
	if day == 0 && sc.tok(k).kind == tNum && sc.sameLine(k) {
		if d, plain, nd := sc.numAt(k); plain && nd <= 2 && d >= 1 && d <= 31 && !sc.adjacentWord(k) {
			f.day, f.prec, f.End = int(d), 'd', sc.tok(k).end
			k++
			if sc.is(sc.tok(k), "st") || sc.is(sc.tok(k), "nd") || sc.is(sc.tok(k), "rd") || sc.is(sc.tok(k), "th") {
				f.End = sc.tok(k).end
				k++
			}
		}
	}
	// The year: "July 24, 2019", "March 2018", "24 July 2019".
	y := k
	if f.day > 0 && sc.is(sc.tok(y), ",") {
		y++
	}
	if sc.is(sc.tok(y), "of") && f.day == 0 {
		y++
	}
	if sc.tok(y).kind == tNum && sc.sameLine(y) {
		if v, plain, nd := sc.numAt(y); plain && nd == 4 && v >= 1800 && v <= 2100 && !sc.adjacentWord(y) {
			f.y, f.End = int(v), sc.tok(y).end
			k = y + 1
		}
	}
	if f.day > 0 && f.day > daysIn(f.y, f.sub) {
		return from + 1
	}
	// "the June quarter": a calendar quarter named by its last month.
	if f.y == 0 && f.day == 0 && (sc.is(sc.tok(k), "quarter")) {
		f.sub, f.prec, f.End = (w.n+2)/3, 'q', sc.tok(k).end
		if sc.is(sc.tok(m-1), "the") {
			f.Start = sc.tok(m - 1).start
		}
		k++
		sc.add(f)
		return k
	}
	if f.y == 0 && f.day == 0 {
		// A month alone is a date only where a date is plainly meant: "May"
		// is also a verb, "March" too.
		p := sc.tok(m - 1)
		if sc.is(mt, "may") || sc.is(mt, "march") {
			if !(sc.is(p, "in") || sc.is(p, "since") || sc.is(p, "last") || sc.is(p, "early") || sc.is(p, "late") ||
				sc.is(p, "mid") || sc.is(p, "until") || sc.is(p, "by") || sc.is(p, "of") || sc.is(p, "from") || sc.is(p, "this") ||
				sc.is(p, "before") || sc.is(p, "after") || sc.is(p, "between") || sc.is(p, "through")) {
				return m + 1
			}
		}
		if abbrev && len(name) <= 3 && !sc.is(sc.tok(m+1), ".") {
			return m + 1 // "Dec", "Mar" alone are too often something else
		}
		f.last = sc.is(p, "last")
	}
	sc.add(f)
	return sc.dateRange(len(sc.figs)-1, k)
}

func (sc *scanner) adjacentWord(k int) bool {
	return sc.adjacent(k) && sc.tok(k+1).kind == tWord && !sc.is(sc.tok(k+1), "st") && !sc.is(sc.tok(k+1), "nd") &&
		!sc.is(sc.tok(k+1), "rd") && !sc.is(sc.tok(k+1), "th")
}

// daysIn is series.DaysIn for a month that may be out of range (0 days)
// or of an unknown year (0), taken as a leap year: 29 February is a day
// when the year is not known.
func daysIn(y, m int) int {
	if y == 0 {
		y = 2000
	}
	if m < 1 || m > 12 {
		return 0
	}
	return series.DaysIn(y, time.Month(m))
}

// isoDate reads "2019-07-24" at token j.
func (sc *scanner) isoDate(j int) int {
	if sc.tok(j).kind != tNum || len(sc.text(sc.tok(j))) != 4 {
		return j
	}
	if !(sc.adjacent(j) && sc.is(sc.tok(j+1), "-") && sc.adjacent(j+1) && sc.tok(j+2).kind == tNum &&
		sc.adjacent(j+2) && sc.is(sc.tok(j+3), "-") && sc.adjacent(j+3) && sc.tok(j+4).kind == tNum) {
		return j
	}
	y, p1, _ := sc.numAt(j)
	m, p2, n2 := sc.numAt(j + 2)
	d, p3, n3 := sc.numAt(j + 4)
	if !p1 || !p2 || !p3 || n2 != 2 || n3 != 2 || m < 1 || m > 12 || d < 1 || int(d) > daysIn(int(y), int(m)) || sc.adjacentWord(j+4) {
		return j
	}
	sc.add(Figure{Start: sc.toks[j].start, End: sc.toks[j+4].end, Kind: Date, y: int(y), sub: int(m), day: int(d), prec: 'd'})
	return j + 5
}

// yearAt reads the year at token j, and a range that starts with it:
// "2012–2019", "2018-19".
func (sc *scanner) yearAt(j int) int {
	v, _, _ := sc.numAt(j)
	f := Figure{Start: sc.toks[j].start, End: sc.toks[j].end, Kind: Date, y: int(v), prec: 'y'}
	if sc.is(sc.tok(j-1), "fiscal") || sc.is(sc.tok(j-1), "fy") {
		f.fiscal = false // "fiscal 2019": the year as the company names it
	}
	sc.add(f)
	return sc.dateRange(len(sc.figs)-1, j+1)
}

// dateRange reads the end of a range after the date figure fi, the next
// token being k: "2012–2019", "2018-19", "between 2018 and 2019", "from
// 2011 to 2019", "between August 2017 and April 2018".
func (sc *scanner) dateRange(fi, k int) int {
	f := sc.figs[fi]
	t := sc.tok(k)
	dash := sc.is(t, "-") || sc.is(t, "–") || sc.is(t, "—") || sc.is(t, "/")
	word := sc.is(t, "to") || sc.is(t, "through") || sc.is(t, "until") || sc.is(t, "and")
	if !dash && !word || !sc.sameLine(k+1) {
		return k
	}
	// The word before the first date decides whether "and" joins a range.
	// The first date's first token: k follows it, and a date is a few
	// tokens long.
	first := k
	for first > 0 && sc.toks[first-1].start >= f.Start {
		first--
	}
	before := sc.tok(first - 1)
	if sc.is(t, "and") && !sc.is(before, "between") {
		return k
	}
	if word && !sc.is(before, "between") && !sc.is(before, "from") && f.prec == 'y' {
		// "from 2011 to 2019" and "between": a "to" alone ("2019 to
		// settle") is no range.
		return k
	}
	n := k + 1
	before2 := len(sc.figs)
	var next int
	switch nt := sc.tok(n); {
	case nt.kind == tNum && f.prec == 'y':
		v, plain, nd := sc.numAt(n)
		if !plain || sc.adjacentWord(n) {
			return k
		}
		y := int(v)
		if nd == 2 && dash {
			y = f.y/100*100 + y
		} else if nd != 4 {
			return k
		}
		if y <= f.y || y > 2100 {
			return k
		}
		sc.add(Figure{Start: nt.start, End: nt.end, Kind: Date, y: y, prec: 'y'})
		next = n + 1
	case sc.word(nt).class&wMonth != 0 && f.prec != 'y':
		next = sc.monthDate(n, n, 0)
		if len(sc.figs) == before2 {
			return k
		}
	case nt.kind == tNum && f.prec != 'y':
		next = sc.numberAt(n, n, "")
		if len(sc.figs) == before2 || sc.figs[before2].Kind != Date {
			sc.figs = sc.figs[:before2]
			return k
		}
	default:
		return k
	}
	end := sc.figs[len(sc.figs)-1]
	sc.figs = sc.figs[:before2]
	if end.prec != f.prec && !(f.prec == 'm' && end.prec == 'm') {
		if end.Kind != Date {
			return k
		}
	}
	if dash && !sc.adjacent(k-1) && f.prec != 'y' {
		return k
	}
	g := &sc.figs[fi]
	e := end
	g.rangeEnd = &e
	g.End = end.End
	return next
}

// tokenAt returns the index of the token that starts at byte offset off.
func (sc *scanner) tokenAt(off int) int {
	return sort.Search(len(sc.toks), func(m int) bool { return sc.toks[m].start >= off })
}

// ordinalQuarter reads "the fourth quarter of 2019", "the first quarter",
// "fourth fiscal quarter", "second and third quarters", "fourth-quarter".
func (sc *scanner) ordinalQuarter(i int) int {
	q := sc.word(sc.toks[i]).n
	k := i + 1
	fiscal := false
	if sc.is(sc.tok(k), "fiscal") {
		fiscal = true
		k++
	}
	if sc.is(sc.tok(k), "-") && sc.adjacent(k-1) && sc.adjacent(k) {
		k++ // "fourth-quarter results"
	}
	q2 := 0
	if sc.is(sc.tok(k), "and") && sc.word(sc.tok(k+1)).class&wOrdinal != 0 {
		q2 = sc.word(sc.tok(k + 1)).n
		k += 2
	}
	if !(sc.is(sc.tok(k), "quarter") || sc.is(sc.tok(k), "quarters") && q2 > 0) || !sc.sameLine(k) {
		return i + 1
	}
	start := sc.toks[i].start
	if sc.is(sc.tok(i-1), "the") {
		start = sc.tok(i - 1).start
	}
	f := Figure{Start: start, End: sc.toks[k].end, Kind: Date, sub: q, prec: 'q', fiscal: fiscal}
	k++
	// "of 2019", "of fiscal 2019", "2019"
	y := k
	if sc.is(sc.tok(y), "of") || sc.is(sc.tok(y), ",") {
		y++
	}
	if sc.is(sc.tok(y), "fiscal") {
		y++
		f.fiscal = true
	}
	if v, plain, nd := sc.numAt0(y); plain && nd == 4 && v >= 1800 && v <= 2100 && sc.sameLine(y) {
		f.y, f.End = int(v), sc.tok(y).end
		k = y + 1
	}
	if q2 > 0 {
		e := f
		e.sub = q2
		f.rangeEnd = &e
	}
	sc.add(f)
	return k
}

// quarterQ reads "Q4 2019", "Q3", "Q1 FY2020" at token i (the letter Q).
func (sc *scanner) quarterQ(i int) int {
	q, plain, nd := sc.numAt(i + 1)
	if !plain || nd != 1 || q < 1 || q > 4 || sc.adjacentWord(i+1) {
		return i + 2
	}
	f := Figure{Start: sc.toks[i].start, End: sc.toks[i+1].end, Kind: Date, sub: int(q), prec: 'q'}
	k := i + 2
	y := k
	if sc.is(sc.tok(y), "of") || sc.is(sc.tok(y), "'") || sc.is(sc.tok(y), "’") {
		y++
	}
	if sc.is(sc.tok(y), "fy") && sc.adjacent(y) {
		f.fiscal = true
		y++
	}
	if v, plain, nd := sc.numAt0(y); plain && sc.sameLine(y) && (nd == 4 && v >= 1800 && v <= 2100 || nd == 2 && y > k) {
		if nd == 2 {
			v += 2000
		}
		f.y, f.End = int(v), sc.tok(y).end
		k = y + 1
	}
	sc.add(f)
	return k
}

// fiscalYear reads "FY2019", "FY 2019", "FY19", "FY2019 Q4".
func (sc *scanner) fiscalYear(i int) int {
	v, plain, nd := sc.numAt(i + 1)
	if !plain || !(nd == 4 || nd == 2) || sc.adjacentWord(i+1) {
		return i + 2
	}
	if nd == 2 {
		v += 2000
	}
	f := Figure{Start: sc.toks[i].start, End: sc.toks[i+1].end, Kind: Date, y: int(v), prec: 'y', fiscal: true}
	sc.add(f)
	return i + 2
}

// periodString writes a date as the ledger writes periods; "" when the
// year is unknown.
func (f *Figure) periodString() string {
	one := func(g *Figure) string {
		if g.y == 0 {
			return ""
		}
		// As fmt's %04d and %02d write them, without fmt: a period a
		// date.
		var buf [24]byte
		b := buf[:0]
		if g.fiscal && (g.prec == 'y' || g.prec == 'q') {
			b = append(b, "FY"...)
		}
		switch g.prec {
		case 'y':
			b = appendPadded(b, g.y, 4)
		case 'q':
			b = append(appendPadded(b, g.y, 4), 'Q')
			b = strconv.AppendInt(b, int64(g.sub), 10)
		case 'm':
			b = appendPadded(append(appendPadded(b, g.y, 4), '-'), g.sub, 2)
		case 'd':
			b = appendPadded(append(appendPadded(b, g.y, 4), '-'), g.sub, 2)
			b = appendPadded(append(b, '-'), g.day, 2)
		default:
			return ""
		}
		return string(b)
	}
	a := one(f)
	if f.rangeEnd == nil || a == "" {
		return a
	}
	b := one(f.rangeEnd)
	if b == "" {
		return ""
	}
	return a + "/" + b
}

// appendPadded appends n in decimal with zeros before it to width
// digits, as fmt's %0*d does.
func appendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		return fmt.Appendf(b, "%0*d", width, n)
	}
	for d, p := 1, 10; d < width; d, p = d+1, p*10 {
		if n < p {
			b = append(b, '0')
		}
	}
	return strconv.AppendInt(b, int64(n), 10)
}

func precUnit(p byte) string {
	switch p {
	case 'y':
		return "year"
	case 'q':
		return "quarter"
	case 'm':
		return "month"
	case 'd':
		return "day"
	}
	return ""
}

// resolveYears gives a year to the dates the text writes without one
// ("the fourth quarter", "December", "the quarter ended December 31"),
// by these rules, the first that applies:
//
//  1. A fiscal quarter ("fourth fiscal quarter") takes the fiscal year
//     the text states ("fiscal 2025", "FY2025"): the last before it, else
//     the first after it.
//  2. The last date written before it in the same sentence, or in the
//     sentence before it in the same paragraph (line), gives its year: a
//     year carries that far and no farther. A full date ("Jan. 28, 2021")
//     gives its year as the article's date does (rule 3).
//  3. The article's date decides: its dateline or date stamp, else the
//     first full date of the text. "last April" is the April before it.
//     A calendar period takes the article's year, unless it starts after
//     the article's date and the same period of the year before ended
//     nearer to that date than this one starts: then the year before. An
//     article of 29 January 2020 that mentions "the fourth quarter" or
//     "December" means 2019's; one of 15 January that mentions "March"
//     means March 2020. A fiscal quarter takes the article's year as it
//     is (fiscal years are named by the calendar year they end in, and
//     reported soon after).
//  4. Without an article's date, the year of the last date written
//     before it anywhere in the text (not for a fiscal quarter).
//
// A figure's boilerplate flag already says whether its line is
// boilerplate.
func (sc *scanner) resolveYears() {
	var article *Figure // the article's date
	for k := range sc.figs {
		f := &sc.figs[k]
		if f.Kind == Date && f.y > 0 && f.prec == 'd' && f.rel == 0 && (f.boilerplate || article == nil && f.rangeEnd == nil) {
			article = f
			if f.boilerplate {
				break
			}
		}
	}
	// The fiscal years the text states: the first, and the last before
	// the figure (rule 1).
	firstFY, lastFY := 0, 0
	for k := range sc.figs {
		if f := &sc.figs[k]; sc.isFiscalYear(f) {
			firstFY = f.y
			break
		}
	}
	lastYear := 0
	var lastDate *Figure    // the date that gave lastYear
	var last, topic *Figure // the last date written, and the last that opened a sentence
	for k := range sc.figs {
		f := &sc.figs[k]
		if f.Kind != Date {
			continue
		}
		switch f.rel {
		case 't':
			if topic != nil {
				f.y = topic.y
				if f.prec == 'm' && topic.prec != 'y' && topic.prec != 'q' {
					f.sub = topic.sub
				} else {
					f.prec = 'y'
				}
			}
		case 'l':
			if last != nil {
				f.y, f.sub, f.day, f.prec = last.y, last.sub, last.day, last.prec
			}
		}
		f.Unit = precUnit(f.prec)
		if f.rel != 0 {
			continue
		}
		if f.y == 0 {
			switch {
			case f.fiscal && f.prec == 'q' && lastFY > 0:
				f.y = lastFY
			case f.fiscal && f.prec == 'q' && firstFY > 0:
				f.y = firstFY
			case lastDate != nil && sc.carries(lastDate, f):
				f.y = lastYear
				if lastDate.prec == 'd' && lastDate.rangeEnd == nil && !f.fiscal {
					f.y = yearNearest(f, lastDate)
				}
			case article != nil && f.fiscal:
				f.y = article.y
			case article != nil && f.prec == 'm' && f.last:
				f.y = article.y - 1 // "last July": July of the year before
			case article != nil:
				f.y = yearNearest(f, article)
			case lastYear > 0 && !f.fiscal:
				f.y = lastYear
			}
			if f.y > 0 && f.prec == 'd' && f.day > daysIn(f.y, f.sub) {
				f.y = 0
			}
			if f.rangeEnd != nil && f.rangeEnd.y == 0 {
				f.rangeEnd.y = f.y
			}
			continue
		}
		if sc.isFiscalYear(f) {
			lastFY = f.y
		}
		if !f.boilerplate {
			if f.rangeEnd == nil {
				last = f
				if sc.opensSentence(f) {
					topic = f
				}
			}
			lastYear, lastDate = f.y, f
			if f.rangeEnd != nil && f.rangeEnd.y > 0 {
				lastYear = f.rangeEnd.y
			}
		}
	}
}

// carries reports whether the year of the date d carries to the date f
// after it: in the same sentence, or in the next one of the same
// paragraph (line).
func (sc *scanner) carries(d, f *Figure) bool {
	ds, s := sc.sentenceOf(d.tok), sc.sentenceOf(f.tok)
	if s == ds {
		return true
	}
	return s > 0 && sc.sentenceOf(s-1) == ds && strings.IndexByte(sc.s[d.End:f.Start], '\n') < 0
}

// isFiscalYear reports whether f names a fiscal year: "FY2025", "fiscal
// 2025", "fiscal year 2025", "fiscal-year 2025".
func (sc *scanner) isFiscalYear(f *Figure) bool {
	if f.Kind != Date || f.prec != 'y' || f.y == 0 || f.boilerplate || f.rel != 0 {
		return false
	}
	if f.fiscal {
		return true
	}
	j := f.tok - 1
	if sc.is(sc.tok(j), "year") {
		j--
		if sc.is(sc.tok(j), "-") {
			j--
		}
	}
	return j >= 0 && sc.is(sc.toks[j], "fiscal")
}

// yearNearest returns the year of the calendar period f (a quarter,
// month or day without a year) as an article dated a reads it: a's
// year, or the year before when the period would start after a and its
// previous instance ended nearer to a than that.
func yearNearest(f, a *Figure) int {
	at := time.Date(a.y, time.Month(a.sub), a.day, 0, 0, 0, 0, time.UTC)
	start, _ := periodBounds(f, a.y)
	if !start.After(at) {
		return a.y
	}
	e := f
	if f.rangeEnd != nil {
		e = f.rangeEnd
	}
	_, end := periodBounds(e, a.y-1)
	if at.Sub(end) < start.Sub(at) {
		return a.y - 1
	}
	return a.y
}

// periodBounds returns the first day of the period f in year y and the
// day after its last.
func periodBounds(f *Figure, y int) (start, end time.Time) {
	switch f.prec {
	case 'q':
		start = time.Date(y, time.Month(3*f.sub-2), 1, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(0, 3, 0)
	case 'm':
		start = time.Date(y, time.Month(f.sub), 1, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(0, 1, 0)
	case 'd':
		start = time.Date(y, time.Month(f.sub), f.day, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(0, 0, 1)
	}
	start = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	return start, start.AddDate(1, 0, 0)
}

// sentenceOf returns the index of the sentence-start token of the
// sentence holding token i (0 when none is): the last bit set in
// sc.starts up to i.
func (sc *scanner) sentenceOf(i int) int {
	if i >= len(sc.toks) {
		i = len(sc.toks) - 1
	}
	w := i >> 6
	x := sc.starts[w] & (^uint64(0) >> (63 - i&63))
	for x == 0 {
		if w == 0 {
			return 0
		}
		w--
		x = sc.starts[w]
	}
	return w<<6 + bits.Len64(x) - 1
}

// markLines finds the lines that are boilerplate: datelines, bylines,
// reading-time widgets, "date YYYY-MM-DD" stamps, and the headlines of
// related-story links.
func (sc *scanner) markLines() {
	s := sc.s
	if sc.lines == nil {
		sc.lines = make([]lineInfo, 0, strings.Count(s, "\n")+1)
	}
	sc.lines = sc.lines[:0]
	related := false
	for start := 0; start < len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		raw := s[start:end]
		t := strings.TrimRight(strings.TrimLeft(raw, "\u00a0"), "\u00a0") // strings.Trim
		line := strings.TrimSpace(t)
		off := start + len(raw) - len(strings.TrimLeft(raw, "\u00a0")) + len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
		// Only a line's start and end decide: in lower case, the whole of
		// a line under 48 bytes, else its first 32 bytes (long).
		long := len(line) >= 48
		low := sc.lo[off : off+len(line)]
		if long {
			low = low[:32]
		}
		b := false
		switch {
		case line == "":
			related = false
		case related && (strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "• ") || strings.HasPrefix(line, "* ")):
			b = true
		case isRelatedHeading(low, long):
			b, related = true, true
		case strings.HasPrefix(low, "date ") && len(line) <= 20 || strings.HasPrefix(low, "published") ||
			strings.HasPrefix(low, "updated") || strings.HasPrefix(low, "posted") || strings.HasPrefix(low, "last updated"):
			b = true
		case strings.HasPrefix(low, "by ") && len(line) < 80 && !strings.ContainsAny(line, ".,;") ||
			strings.HasPrefix(low, "by ") && len(line) < 60:
			b = true
		case !long && isReadingTime(low):
			b = true
		case len(line) < 50 && (strings.HasSuffix(line, ":") || !long && (strings.HasSuffix(low, " am") || strings.HasSuffix(low, " pm")) ||
			startsWithWeekday(low)) && strings.ContainsAny(line, "0123456789"):
			b = true
		default:
			related = related && (strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "• "))
		}
		if strings.HasPrefix(low, "date ") && len(line) > 20 {
			// " date 2020-04-29 Spotify shares rose…": only the stamp.
			b = false
		}
		sc.lines = append(sc.lines, lineInfo{start: start, end: end, boilerplate: b})
		start = end + 1
	}
}

var relatedHeadings = []string{"related stories", "related articles", "related", "more must-reads", "read also",
	"read more", "also read", "more from", "recommended", "you may also like", "read", "see also", "most read",
	"most popular", "trending"}

// isRelatedHeading reports whether a line (lower case; of a long line,
// its first 32 bytes) heads links to other stories: "RELATED STORIES",
// "Read Also:", "Read: …".
func isRelatedHeading(low string, long bool) bool {
	for _, p := range relatedHeadings {
		rest, ok := strings.CutPrefix(low, p)
		if !ok {
			continue
		}
		if rest == "" && !long && p != "read" || strings.HasPrefix(rest, ":") || p != "read" && strings.HasPrefix(rest, " ") && (long || len(low) < 40) {
			return true
		}
	}
	return false
}

func isReadingTime(low string) bool {
	for _, suf := range []string{" min", " min read", " mins", " minute read", " minutes read", " min. read"} {
		if rest, ok := strings.CutSuffix(low, suf); ok && rest != "" && len(rest) <= 3 && strings.Trim(rest, "0123456789") == "" {
			return true
		}
	}
	return false
}

func startsWithWeekday(low string) bool {
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.HasPrefix(low, d) {
			return true
		}
	}
	return false
}

// opensSentence reports whether the date f opens its sentence, alone or
// after a preposition: "In 2022, Ireland fined…", "By 2013, …".
func (sc *scanner) opensSentence(f *Figure) bool {
	i := f.tok
	if i < len(sc.toks) && sc.toks[i].sentence {
		return true
	}
	if i > 0 && sc.toks[i-1].sentence && sc.toks[i-1].kind == tWord {
		switch w := sc.toks[i-1]; {
		case sc.is(w, "in"), sc.is(w, "by"), sc.is(w, "on"), sc.is(w, "since"), sc.is(w, "during"), sc.is(w, "until"):
			return true
		}
	}
	return false
}
