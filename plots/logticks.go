package plots

import (
	"math"

	"gonum.org/v1/plot"
)

// LogTicks is a plot.Ticker for a plot.LogScale axis that labels the 1-2-5
// sequence: $2B, $5B, $10B, $20B, $50B. gonum's plot.LogTicks labels only
// powers of ten, which leaves an axis from $4B to $70B with a single label.
//
// The labelled values follow the span of the axis: every 1…9 × 10^k within
// one decade, 1, 2 and 5 × 10^k up to five decades, powers of ten beyond.
// The other integer multiples of each power of ten are minor ticks. An axis
// that reaches zero or below, which a log scale cannot show, gets no ticks
// rather than a panic.
type LogTicks struct {
	Format Format // labels; nil means Plain()
}

// Ticks implements plot.Ticker.
func (t LogTicks) Ticks(min, max float64) []plot.Tick {
	if !(min > 0) || !(max >= min) || math.IsInf(max, 0) {
		return nil
	}
	format := t.Format
	if format == nil {
		format = Plain()
	}
	var labelled [10]bool
	decades := math.Log10(max / min)
	switch {
	case decades <= 1:
		for m := 1; m <= 9; m++ {
			labelled[m] = true
		}
	case decades <= 5:
		labelled[1], labelled[2], labelled[5] = true, true, true
	default:
		labelled[1] = true
	}
	// Beyond about twelve decades label every step'th power of ten.
	step := 1
	for decades/float64(step) > 12 {
		step *= 2
	}

	const eps = 1e-9 // a tick at an end of the axis counts as inside it
	lo, hi := min*(1-eps), max*(1+eps)
	var ticks []plot.Tick
	for k := int(math.Floor(math.Log10(min))); k <= int(math.Ceil(math.Log10(max))); k++ {
		pow := math.Pow10(k)
		for m := 1; m <= 9; m++ {
			v := float64(m) * pow
			if v < lo || v > hi {
				continue
			}
			tick := plot.Tick{Value: v}
			if labelled[m] && (m != 1 || k%step == 0) {
				tick.Label = format(v)
			}
			ticks = append(ticks, tick)
		}
	}
	labels := 0
	for _, tk := range ticks {
		if !tk.IsMinor() {
			labels++
		}
	}
	if labels < 2 {
		// A narrow axis, such as 4.1 to 4.3, between the integer
		// multiples: fall back to evenly spaced labels.
		return LabelTicks{Format: format}.Ticks(min, max)
	}
	return ticks
}

// logBounds widens [min, max] to the nearest values of the 1-2-5 sequence
// around it, so that a log axis starts and ends on a labelled tick:
// [2.47e9, 6.97e10] becomes [2e9, 1e11]. min must be positive.
func logBounds(min, max float64) (lo, hi float64) {
	below := func(v float64) float64 {
		pow := math.Pow10(int(math.Floor(math.Log10(v))))
		for _, m := range []float64{5, 2, 1} {
			if m*pow <= v*(1+1e-12) {
				return m * pow
			}
		}
		return pow
	}
	above := func(v float64) float64 {
		pow := math.Pow10(int(math.Floor(math.Log10(v))))
		for _, m := range []float64{1, 2, 5, 10} {
			if m*pow >= v*(1-1e-12) {
				return m * pow
			}
		}
		return 10 * pow
	}
	return below(min), above(max)
}
