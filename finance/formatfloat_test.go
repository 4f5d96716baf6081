package finance

import "testing"

// TestFormatFloatShortest pins FormatFloat with digits < 0: the scale
// follows the magnitude, the digits the shortest decimal.
func TestFormatFloatShortest(t *testing.T) {
	tests := []struct {
		x    float64
		u    Unit
		want string
	}{
		{40e6, USD, "$40 million"},
		{150e6, USD, "$150 million"},
		{69.655e9, USD, "$69.655 billion"},
		{2.5e9, Users, "2.5 billion users"},
		{37e6, People, "37 million people"},
		{277.2695e6, USD, "$277.2695 million"},
		{0, USD, "$0"},
	}
	for _, tt := range tests {
		if got := FormatFloat(tt.x, tt.u, -1); got != tt.want {
			t.Errorf("FormatFloat(%g, %s, -1) = %q, want %q", tt.x, tt.u, got, tt.want)
		}
	}
}

func TestRateDays(t *testing.T) {
	first, last := testRates(t).Days()
	if first.String() != "1999-01-04" || last.String() != "2024-10-11" {
		t.Errorf("Days = %s, %s", first, last)
	}
}
