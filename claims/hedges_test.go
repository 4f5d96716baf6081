package claims

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/finfig/finfig/series"
)

// TestTimeWords asserts the table of words of time: how each bounds a
// start date and an end date, and what it makes of a reference date.
func TestTimeWords(t *testing.T) {
	p2011 := series.Year(2011)
	// Each line: the word | its bound on a start | on an end | which of
	// the reference starts 2010, 2011-06 and 2012 meet its bound on a
	// start in 2011.
	for _, line := range []string{
		" | in | in | 2011-06",
		"in | in | in | 2011-06",
		"from … to … | in | in | 2011-06",
		"since | in or before | still running in | 2010 2011-06",
		"at least since | in or before | (unstated) | 2010 2011-06",
		"from at least | in or before | (unstated) | 2010 2011-06",
		"by | in or before | in or before | 2010 2011-06",
		"within | in or before | in or before | 2010 2011-06",
		"before | before | before | 2010",
		"after | in or after | in or after | 2011-06 2012",
		"shortly after | in or after | in or after | 2011-06 2012",
		"until | (unstated) | in | 2011-06",
		"until now | (unstated) | still running in | 2011-06 2012",
	} {
		f := strings.Split(line, " | ")
		word, start, end, refs := strings.TrimSpace(f[0]), f[1], f[2], strings.Fields(f[3])
		t.Run(word, func(t *testing.T) {
			s, e := dateBound(word, "start"), dateBound(word, "end")
			if s.String() != start {
				t.Errorf("start bound %s, want %s", s, start)
			}
			if e.String() != end {
				t.Errorf("end bound %s, want %s", e, end)
			}
			if _, ok := hedgeRule(word); !ok {
				t.Errorf("%q is not a hedge a ledger may use", word)
			}
			b := s
			if b == Unstated {
				b = e
			}
			for _, ref := range []series.Period{series.Year(2010), series.Month(2011, time.June), series.Year(2012)} {
				if got, want := satisfies(ref, p2011, b), slices.Contains(refs, ref.String()); got != want {
					t.Errorf("%s against %q %s: %v, want %v", ref, word, p2011, got, want)
				}
			}
		})
	}
}

// TestStrictAbove: "more than X" against a reference of exactly X is
// overstated; "at least X" is not.
func TestStrictAbove(t *testing.T) {
	moreThan, _ := hedgeRule("more than")
	atLeast, _ := hedgeRule("at least")
	c, r := iv(149.5e6, 150.5e6), iv(149.5e6, 150.5e6)
	if j := judge(c, r, 150e6, moreThan); j.verdict != Approximately || j.flag != FlagOverstated {
		t.Errorf("more than 150 against 150: %s %q, want approximately overstated", j.verdict, j.flag)
	}
	if j := judge(c, r, 150e6, atLeast); j.verdict != Accurate || j.flag != "" {
		t.Errorf("at least 150 against 150: %s %q, want accurate", j.verdict, j.flag)
	}
	if j := judge(iv(166.5, 167.5), iv(167.0895, 167.0905), 167.09, moreThan); j.verdict != Accurate {
		t.Errorf("more than 167 against 167.09: %s, want accurate", j.verdict)
	}
}
