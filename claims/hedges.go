package claims

import (
	"slices"
	"strings"

	"github.com/finfig/finfig/series"
)

// Bound is what a hedge word makes of a figure: the true value is near it,
// above it or below it.
type Bound int

// The bounds a hedge can state.
const (
	Near      Bound = iota // "about X": the true value is X
	Above                  // "over X": the true value is at least X
	Below                  // "up to X": the true value is at most X
	NearBelow              // "nearly X": the true value is a little under X
)

// HedgeRule is how a hedge word is read: which bound it states and how far
// outside the figure's rounding the true value may lie for the claim to be
// "approximately" right rather than "inaccurate".
//
// The tolerances are relative to the reference value, and they are the
// only tolerances in finfig: a figure without a hedge gets none, so that a
// figure outside its rounding is inaccurate, and rounding itself is never a
// false alarm because intervals, not points, are compared.
type HedgeRule struct {
	Words     []string
	Bound     Bound
	Tolerance float64 // relative slack beyond the rounding interval
	// Loose is how far beyond a bound the true value may lie before the
	// claim, though true, is flagged understated (over) or overstated (up
	// to): "over 2.3 billion" of 2.50 billion users is 8.7% loose.
	Loose float64
	// Strict marks "more than X": a reference of exactly X (or less)
	// does not bear it out, and is flagged overstated.
	Strict bool
	// Time marks words of time (TimeWords): they bound dates and
	// durations, and leave a figure's value unhedged.
	Time bool
}

// HedgeRules lists every hedge word of a figure a ledger may use and how it
// is read; words of time are in TimeWords.
//
//	hedge                                        bound       tolerance
//	(none), "in", "surged", "significant", ...    near        0
//	"about", "approximately", "around", ...      near        5%
//	"nearly", "almost", "close to"               just below  10% below, none above
//	"over", "more than", "at least", ...         above       0 (flagged understated when >5% above)
//	"up to", "as many as", "at most", ...        below       0 (flagged overstated when >5% below)
//
// "over", "more than", "above", "exceeding" and "in excess of" are strict:
// the truth is above the figure, so a reference that gives exactly the
// figure (or less) does not bear them out and they are flagged overstated;
// "at least" is not strict. Words of emphasis ("surged dramatically",
// "significant") qualify growth, not figures, and allow nothing.
var HedgeRules = []HedgeRule{
	{Words: []string{"", "in", "on", "reaching", "surged", "surged dramatically", "significant", "guaranteed", "allegedly"}, Bound: Near},
	{Words: []string{"about", "approximately", "around", "roughly", "some", "an estimated", "circa", "approx."}, Bound: Near, Tolerance: 0.05},
	{Words: []string{"nearly", "almost", "close to", "just under"}, Bound: NearBelow, Tolerance: 0.10},
	{Words: []string{"over", "more than", "above", "exceeding", "in excess of"}, Bound: Above, Loose: 0.05, Strict: true},
	{Words: []string{"at least", "upwards of"}, Bound: Above, Loose: 0.05},
	{Words: []string{"up to", "as many as", "at most", "no more than", "under", "less than", "fewer than"}, Bound: Below, Loose: 0.05},
}

// DateBound is how a word of time bounds an event's date against the
// period P that a claim names.
type DateBound int

// The ways a word of time bounds a date. A reference date is itself a
// period (2011, 2011-06, 2011-06-23): it satisfies a bound when some day
// of it does.
const (
	InPeriod  DateBound = iota // in P: "in 2011", "from 2011 to 2019"
	NotAfter                   // in P or earlier: "since 2011", "by 2013", "within"
	Before                     // before P begins: "before 2013"
	NotBefore                  // in P or later: "after June 2011", "shortly after"
	Ongoing                    // not ended by the start of P, the article's present: "until now"
	Unstated                   // the word says nothing of this edge
)

var dateBoundText = map[DateBound]string{InPeriod: "in", NotAfter: "in or before", Before: "before",
	NotBefore: "in or after", Ongoing: "still running in", Unstated: "(unstated)"}

// String says the bound in words: "in or before".
func (b DateBound) String() string { return dateBoundText[b] }

// TimeWord is how a word of time bounds the start of an event (or its only
// date), its end, and a duration.
type TimeWord struct {
	Words      []string
	Start, End DateBound
	Duration   Bound // "within a month": at most a month
}

// TimeWords lists every word of time a ledger may use as a hedge and how it
// bounds a start date and an end date:
//
//	word                                   start          end
//	"", "in", "from … to …"                in P           in P
//	"since"                                in P or before still running (ongoing)
//	"at least since", "from at least"      in P or before (unstated)
//	"by", "within"                         in P or before in P or before
//	"before"                               before P       before P
//	"after", "shortly after"               in P or after  in P or after
//	"until"                                (unstated)     in P
//	"until now"                            (unstated)     not ended by P
//
// "since 2011" and "at least since 2011" say the start was in 2011 or
// earlier, not later: the speaker vouches for 2011 and leaves the earlier
// years open. "shortly after X" is read as "after X": how short is not
// stated, so no limit is set. A claim's "" hedge on a date is InPeriod on
// both edges, so "from … to …" needs no word of its own in the ledger; it is
// listed so that the table is complete.
var TimeWords = []TimeWord{
	{Words: []string{"from … to …", "from", "between … and …"}, Start: InPeriod, End: InPeriod, Duration: Near},
	{Words: []string{"since"}, Start: NotAfter, End: Ongoing, Duration: Above},
	{Words: []string{"at least since", "from at least"}, Start: NotAfter, End: Unstated, Duration: Above},
	{Words: []string{"by", "within"}, Start: NotAfter, End: NotAfter, Duration: Below},
	{Words: []string{"before"}, Start: Before, End: Before, Duration: Below},
	{Words: []string{"after", "shortly after"}, Start: NotBefore, End: NotBefore, Duration: Above},
	{Words: []string{"until"}, Start: Unstated, End: InPeriod, Duration: Near},
	{Words: []string{"until now"}, Start: Unstated, End: Ongoing, Duration: Above},
}

// timeWord returns how a hedge bounds dates: a word of TimeWords, or
// InPeriod on both edges for any other hedge.
func timeWord(hedge string) TimeWord {
	w := strings.ToLower(strings.TrimSpace(hedge))
	for _, t := range TimeWords {
		if slices.Contains(t.Words, w) {
			return t
		}
	}
	return TimeWord{Start: InPeriod, End: InPeriod}
}

// dateBound returns how a hedge bounds the given edge ("start", "end", or
// "" for an event's only date).
func dateBound(hedge, edge string) DateBound {
	t := timeWord(hedge)
	if edge == "end" {
		return t.End
	}
	return t.Start
}

// satisfies reports whether some day of the reference date d meets the
// bound b on period p.
func satisfies(d, p series.Period, b DateBound) bool {
	switch b {
	case NotAfter:
		return d.Start().Before(p.End())
	case Before:
		return d.Start().Before(p.Start())
	case NotBefore, Ongoing:
		return d.End().After(p.Start())
	}
	return d.Overlaps(p)
}

// hedgeRule returns the rule for a hedge word, case-insensitively; a word
// of time is read by its TimeWords row's bound on a duration.
func hedgeRule(word string) (HedgeRule, bool) {
	w := strings.ToLower(strings.TrimSpace(word))
	for _, r := range HedgeRules {
		if slices.Contains(r.Words, w) {
			return r, true
		}
	}
	for _, t := range TimeWords {
		if slices.Contains(t.Words, w) {
			return HedgeRule{Words: t.Words, Bound: t.Duration, Time: true}, true
		}
	}
	return HedgeRule{}, false
}

// ruleFor returns how a claim's hedge reads for its kind: words of time
// bound only dates and durations.
func ruleFor(c Claim) HedgeRule {
	r, _ := hedgeRule(c.Hedge)
	if r.Time && c.Kind != KindDate && c.Kind != KindDuration {
		return HedgeRule{Bound: Near}
	}
	return r
}

func hedgeWords() string {
	var all []string
	for _, r := range HedgeRules {
		for _, w := range r.Words {
			if w != "" {
				all = append(all, `"`+w+`"`)
			}
		}
	}
	for _, t := range TimeWords {
		for _, w := range t.Words {
			all = append(all, `"`+w+`"`)
		}
	}
	return strings.Join(all, ", ") + ` or ""`
}
