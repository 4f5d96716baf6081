//go:build !race

package series_test

const raceEnabled = false
