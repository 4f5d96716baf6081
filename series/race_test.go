//go:build race

package series_test

// raceEnabled is true under the race detector, whose instrumentation
// allocates, so allocation counts are not checked.
const raceEnabled = true
