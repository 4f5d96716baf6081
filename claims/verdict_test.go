package claims

import (
	"testing"

	"github.com/finfig/finfig/series"
)

func iv(lo, hi float64) series.Interval { return series.Interval{Lo: lo, Hi: hi} }

func TestJudge(t *testing.T) {
	none, _ := hedgeRule("")
	about, _ := hedgeRule("about")
	over, _ := hedgeRule("over")
	upTo, _ := hedgeRule("up to")
	nearly, _ := hedgeRule("nearly")
	tests := []struct {
		name    string
		c, r    series.Interval
		ref     float64
		rule    HedgeRule
		verdict Verdict
		flag    string
	}{
		// "$69.66 billion" against 69,655 USD millions: the intervals meet at 69.655.
		{"boundary is consistent", iv(69.655, 69.665), iv(69.6545, 69.6555), 69.655, none, Accurate, ""},
		{"outside rounding, no hedge", iv(69.695, 69.705), iv(69.6545, 69.6555), 69.655, none, Inaccurate, FlagOverstated},
		{"about allows 5%", iv(41.5, 42.5), iv(39.5, 40.5), 40, about, Approximately, FlagOverstated},
		{"about does not allow 10%", iv(44.5, 45.5), iv(39.5, 40.5), 40, about, Inaccurate, FlagOverstated},
		{"over holds, loosely", iv(2.25, 2.35), iv(2.495, 2.505), 2.5, over, Accurate, FlagUnderstated},
		{"over holds at the bound", iv(166.5, 167.5), iv(167.0895, 167.0905), 167.09, over, Accurate, ""},
		{"over fails", iv(149.5, 150.5), iv(39.5, 40.5), 40, over, Inaccurate, FlagOverstated},
		{"up to holds", iv(86.5, 87.5), iv(86.5, 87.5), 87, upTo, Accurate, ""},
		{"up to fails", iv(49.5, 50.5), iv(86.5, 87.5), 87, upTo, Inaccurate, FlagUnderstated},
		{"nearly holds just under", iv(9.5, 10.5), iv(7, 9), 8, nearly, Accurate, ""},
		{"nearly fails far under", iv(9.5, 10.5), iv(5, 7), 6, nearly, Inaccurate, FlagOverstated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := judge(tt.c, tt.r, tt.ref, tt.rule)
			if j.verdict != tt.verdict || j.flag != tt.flag {
				t.Errorf("judge = %s %q, want %s %q", j.verdict, j.flag, tt.verdict, tt.flag)
			}
		})
	}
}

func TestFeasibleConflicts(t *testing.T) {
	over, _ := hedgeRule("more than")
	none, _ := hedgeRule("")
	// "more than 150 million" and "$40 million" about the same year cannot both hold.
	if feasible(iv(149.5e6, 150.5e6), over).Overlaps(feasible(iv(39.5e6, 40.5e6), none)) {
		t.Error("more than 150 million and 40 million should conflict")
	}
	if !feasible(iv(149.5e6, 150.5e6), over).Overlaps(feasible(iv(149.5e6, 150.5e6), none)) {
		t.Error("more than 150 million and 150 million should not conflict")
	}
}
