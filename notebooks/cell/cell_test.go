package cell

import (
	"math"
	"testing"
)

// failure runs f and returns the message of the *Failure it panics with,
// or "" when it returns.
func failure(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = r.(*Failure).Error()
		}
	}()
	f()
	return ""
}

func TestFailures(t *testing.T) {
	for _, c := range []struct {
		name string
		f    func()
		want string
	}{
		{"near inside", func() { Near("x", 1.04, 1, 0.05) }, ""},
		{"near outside", func() { Near("x", 1.06, 1, 0.05) }, "cell: x: got 1.06, want 1 ± 0.05"},
		{"near NaN", func() { Near("x", math.NaN(), 1, 1) }, "cell: x: got NaN, want 1 ± 1"},
		{"equal", func() { Equal("n", [2]int{1, 2}, [2]int{1, 2}) }, ""},
		{"not equal", func() { Equal("n", [2]int{1, 2}, [2]int{1, 3}) }, "cell: n: got [1 2], want [1 3]"},
		{"must", func() { Must2(1, 2, nil) }, ""},
		{"short row", func() { NewTable("a", "b").Row(1) }, "cell: table row: 1 cells for 2 columns: [1]"},
	} {
		if got := failure(c.f); got != c.want {
			t.Errorf("%s: failure %q, want %q", c.name, got, c.want)
		}
	}
}

func TestTableEscapes(t *testing.T) {
	tb := NewTable("quote")
	tb.Row("a | b")
	if got, want := tb.String(), "| quote |\n|---|\n| a \\| b |\n"; got != want {
		t.Errorf("table %q, want %q", got, want)
	}
}

func TestEscapeDollars(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"$725 million", `\$725 million`},
		{"[Nasdaq](https://example.com/pay-$725-mln) paid $725", `[Nasdaq](https://example.com/pay-$725-mln) paid \$725`},
		{"$1 [a]($b) $2 [c]($d)", `\$1 [a]($b) \$2 [c]($d)`},
		{"no money", "no money"},
	} {
		if got := escapeDollars(tt.in); got != tt.want {
			t.Errorf("escapeDollars(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
