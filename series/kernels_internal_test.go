package series

import "testing"

func TestWindowsBefore(t *testing.T) {
	for n := range 30 {
		k := 0
		for r := range max(n, 1) {
			if got := windowsBefore(r, n); got != k {
				t.Fatalf("windowsBefore(%d, %d) = %d, want %d", r, n, got, k)
			}
			k += n - 1 - r
		}
		if n > 0 && windowsBefore(n-1, n) != Windows(n) {
			t.Fatalf("windowsBefore(n−1, %d) = %d, want %d", n, windowsBefore(n-1, n), Windows(n))
		}
	}
}
