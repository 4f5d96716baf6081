package claims

import (
	"testing"

	"github.com/finfig/finfig/series"
)

func mustPeriod(t *testing.T, s string) series.Period {
	t.Helper()
	p, err := series.ParsePeriod(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestTimeWords asserts the table of words of time: how each bounds a
// start date and an end date, and what it makes of a reference date.
func TestTimeWords(t *testing.T) {
	p2011 := mustPeriod(t, "2011")
	tests := []struct {
		word       string
		start, end DateBound
		// whether a reference start of 2010, 2011-06 and 2012 meets the
		// word's bound on a start in 2011
		s2010, s2011, s2012 bool
	}{
		{"", InPeriod, InPeriod, false, true, false},
		{"in", InPeriod, InPeriod, false, true, false},
		{"from … to …", InPeriod, InPeriod, false, true, false},
		{"since", NotAfter, Ongoing, true, true, false},
		{"at least since", NotAfter, Unstated, true, true, false},
		{"from at least", NotAfter, Unstated, true, true, false},
		{"by", NotAfter, NotAfter, true, true, false},
		{"within", NotAfter, NotAfter, true, true, false},
		{"before", Before, Before, true, false, false},
		{"after", NotBefore, NotBefore, false, true, true},
		{"shortly after", NotBefore, NotBefore, false, true, true},
		{"until", Unstated, InPeriod, false, true, false},
		{"until now", Unstated, Ongoing, false, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := dateBound(tt.word, "start"); got != tt.start {
				t.Errorf("start bound %s, want %s", got, tt.start)
			}
			if got := dateBound(tt.word, "end"); got != tt.end {
				t.Errorf("end bound %s, want %s", got, tt.end)
			}
			if _, ok := hedgeRule(tt.word); !ok {
				t.Errorf("%q is not a hedge a ledger may use", tt.word)
			}
			b := tt.start
			if b == Unstated {
				b = tt.end
			}
			for _, c := range []struct {
				ref  string
				want bool
			}{{"2010", tt.s2010}, {"2011-06", tt.s2011}, {"2012", tt.s2012}} {
				if got := satisfies(mustPeriod(t, c.ref), p2011, b); got != c.want {
					t.Errorf("%s against %q %s: %v, want %v", c.ref, tt.word, p2011, got, c.want)
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
