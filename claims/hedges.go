package claims

import (
	"slices"
	"strings"
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
	// Time marks words of time ("by", "after", "within"): they bound
	// dates and durations, and leave a figure's value unhedged.
	Time bool
}

// HedgeRules lists every hedge word a ledger may use and how it is read.
//
//	hedge                                        bound       tolerance
//	(none), "in", "surged", "significant", ...    near        0
//	"about", "approximately", "around", ...      near        5%
//	"nearly", "almost", "close to"               just below  10% below, none above
//	"over", "more than", "at least", ...         above       0 (flagged understated when >5% above)
//	"up to", "as many as", "at most", ...        below       0 (flagged overstated when >5% below)
//
// Words of time read the same way on dates: "by 2013" and "within a month"
// bound from above ("by February 2015, $40 million" says the figure had
// been reached by then, so it is checked as a value); "after" and "shortly
// after" bound from below. Words of emphasis ("surged dramatically",
// "significant") qualify growth, not figures, and allow nothing.
var HedgeRules = []HedgeRule{
	{Words: []string{"", "in", "on", "reaching", "surged", "surged dramatically", "significant", "guaranteed"}, Bound: Near},
	{Words: []string{"about", "approximately", "around", "roughly", "some", "an estimated", "circa", "approx."}, Bound: Near, Tolerance: 0.05},
	{Words: []string{"nearly", "almost", "close to", "just under"}, Bound: NearBelow, Tolerance: 0.10},
	{Words: []string{"over", "more than", "above", "at least", "exceeding", "upwards of", "in excess of"}, Bound: Above, Loose: 0.05},
	{Words: []string{"after", "shortly after", "since", "at least since"}, Bound: Above, Time: true},
	{Words: []string{"up to", "as many as", "at most", "no more than", "under", "less than", "fewer than"}, Bound: Below, Loose: 0.05},
	{Words: []string{"by", "before", "within"}, Bound: Below, Time: true},
}

// hedgeRule returns the rule for a hedge word, case-insensitively.
func hedgeRule(word string) (HedgeRule, bool) {
	w := strings.ToLower(strings.TrimSpace(word))
	for _, r := range HedgeRules {
		if slices.Contains(r.Words, w) {
			return r, true
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
	return strings.Join(all, ", ") + ` or ""`
}
