package extract

import "testing"

// TestLowerASCII checks lowerASCII, which works on eight bytes at once,
// against the letters one at a time, for every byte value at every
// alignment and with tails of every length.
func TestLowerASCII(t *testing.T) {
	var b []byte
	for c := range 256 {
		b = append(b, byte(c), 'Q', byte(255-c))
	}
	s := string(b) + "Ünïcode ÀÉ ABC xyz @[`{"
	for k := range 17 {
		w := []byte(s[k:])
		for j, c := range w {
			if c >= 'A' && c <= 'Z' {
				w[j] = c + 'a' - 'A'
			}
		}
		if got := lowerASCII(s[k:]); got != string(w) {
			t.Errorf("lowerASCII(s[%d:]) differs from the letters lowered one at a time", k)
		}
	}
	if got := lowerASCII("Revenue ROSE 12% At Netflix, À"); got != "revenue rose 12% at netflix, À" {
		t.Errorf("lowerASCII = %q", got)
	}
}
