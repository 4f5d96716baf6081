package series

import (
	"math"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"
)

// TrendFit is the log-linear trend of a series: the ordinary least squares
// fit of
//
//	ln v = α + β·(t − t̄)
//
// on time t in years, centred on its mean t̄. The annual trend rate is
// e^β − 1.
type TrendFit struct {
	N     int     // points fitted
	Alpha float64 // ln of the fitted value at t̄
	Beta  float64 // log growth a year
	Rate  float64 // e^β − 1
	R2    float64 // coefficient of determination of the log fit
	// RateLo and RateHi bound the rate's 95% confidence interval,
	// e^(β ± t₀.₉₇₅,ₙ₋₂·se(β)) − 1; with 2 points they equal Rate.
	RateLo, RateHi float64
}

// Trend fits the log-linear trend to the values of s. Gaps are left out,
// not filled: the fit uses the periods that have values. It needs two
// points, and three for a confidence interval.
func Trend(s *Series) (TrendFit, error) {
	var t, logv []float64
	first, _, _ := s.Span()
	for _, pt := range s.points {
		if pt.Missing {
			continue
		}
		x := pt.Value.Float64()
		if !(x > 0) {
			return TrendFit{}, &GrowthError{Op: "trend", Series: s.meta.ID, From: pt.Period, To: pt.Period, Err: ErrNonPositiveBase}
		}
		t = append(t, YearsBetween(first, pt.Period))
		logv = append(logv, math.Log(x))
	}
	fit, err := FitTrend(t, logv)
	if err != nil {
		return TrendFit{}, &GrowthError{Op: "trend", Series: s.meta.ID, Err: err}
	}
	return fit, nil
}

// FitTrend fits ln v = α + β·(t − t̄) by gonum's stat.LinearRegression,
// given the times t in years and logv = ln v. It centres t in place. Fewer
// than two points is ErrTooFewPoints, a single time repeated is
// ErrEmptyWindow, and a fit with a figure beyond the float64 range (from
// an infinite or NaN input, say) is ErrOutOfRange.
func FitTrend(t, logv []float64) (TrendFit, error) {
	if len(t) != len(logv) {
		panic(badLength)
	}
	n := len(t)
	if n < 2 {
		return TrendFit{}, ErrTooFewPoints
	}
	mean := stat.Mean(t, nil)
	spread := false
	for i := range t {
		t[i] -= mean
		spread = spread || t[i] != 0
	}
	if !spread { // one time only: no slope (stat would give NaN)
		return TrendFit{}, ErrEmptyWindow
	}
	alpha, beta := stat.LinearRegression(t, logv, nil, false)
	fit := TrendFit{N: n, Alpha: alpha, Beta: beta, Rate: math.Expm1(beta), RateLo: math.Expm1(beta), RateHi: math.Expm1(beta)}
	fit.R2 = stat.RSquared(t, logv, nil, alpha, beta)
	if n > 2 {
		var ssr, sxx float64
		for i, x := range t {
			r := logv[i] - alpha - beta*x
			ssr += r * r
			sxx += x * x
		}
		se := math.Sqrt(ssr / float64(n-2) / sxx)
		q := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: float64(n - 2)}.Quantile(0.975)
		fit.RateLo, fit.RateHi = math.Expm1(beta-q*se), math.Expm1(beta+q*se)
	}
	if math.IsNaN(fit.R2) { // every value equal: the fit is exact and flat
		fit.R2 = 1
	}
	for _, x := range [...]float64{fit.Alpha, fit.Beta, fit.Rate, fit.R2, fit.RateLo, fit.RateHi} {
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return TrendFit{}, ErrOutOfRange
		}
	}
	return fit, nil
}

// Window is the growth over one window of a series.
type Window struct {
	From, To Period
	Years    float64
	CAGR     float64
}

// AllWindows returns the CAGR of every window of s that spans at least
// minYears, from the earliest start, in order of start and then of end.
// A window that starts or ends at a gap is left out, as is one whose CAGR
// is undefined or beyond the float64 range (a start that is not positive,
// a negative end).
//
// The rates come from CAGRWindowsTo over s laid out one value a period,
// a period without a usable value holding a stand-in whose windows are
// dropped. They agree with CAGR's to a few units in the last place of
// 1 + CAGR, a bound that grows as 1/years (TestAllWindowsMatchCAGR states
// it). A series whose periods number more than twice its points (a few
// days of a daily series years apart would lay out mostly stand-ins), and
// one with a rate beyond the float64 range, is computed one pair of
// points at a time with CAGR.
func AllWindows(s *Series, minYears float64) []Window {
	if out, ok := windowsGrid(s, minYears); ok {
		return out
	}
	return windowsByPair(s, minYears)
}

// windowsByPair is AllWindows one pair of points at a time, by CAGR.
func windowsByPair(s *Series, minYears float64) []Window {
	out := make([]Window, 0, Windows(len(s.points)))
	for i, a := range s.points {
		if a.Missing {
			continue
		}
		for _, b := range s.points[i+1:] {
			if b.Missing {
				continue
			}
			years := YearsBetween(a.Period, b.Period)
			if years < minYears {
				continue
			}
			r, err := CAGR(a.Value.Float64(), b.Value.Float64(), years)
			if err != nil {
				continue
			}
			out = append(out, Window{From: a.Period, To: b.Period, Years: years, CAGR: r})
		}
	}
	return out
}

// sparseGrid is how many times its points a series' periods may number
// for AllWindows to lay it out for CAGRWindowsTo.
const sparseGrid = 2

// windowsGrid is AllWindows by CAGRWindowsTo; ok is false when s is too
// sparse for it or a rate is beyond the float64 range.
func windowsGrid(s *Series, minYears float64) (out []Window, ok bool) {
	first, last, ok := s.Span()
	if !ok {
		return nil, true
	}
	n := last.Sub(first) + 1
	if n > sparseGrid*len(s.points) {
		return nil, false
	}
	// A start must be positive and finite (CAGR's checkPair); an end may
	// also be zero, a fall of 100%: (0/a)^(1/y) − 1 = −1 exactly.
	const (
		none = iota
		start
		zero
	)
	v, role := make([]float64, n), make([]uint8, n)
	stand := math.NaN()
	for _, pt := range s.points {
		if pt.Missing { // every other point lies from first to last
			continue
		}
		i, x := pt.Period.Sub(first), pt.Value.Float64()
		switch {
		case checkPair(x, 0) == nil:
			v[i], role[i] = x, start
			if math.IsNaN(stand) {
				stand = x
			}
		case x == 0:
			role[i] = zero
		}
	}
	if math.IsNaN(stand) {
		return nil, true // no start
	}
	for i := range v { // stand-ins keep their windows' rates in range
		if role[i] == start {
			stand = v[i]
		} else {
			v[i] = stand
		}
	}
	w := make([]float64, Windows(n))
	if CAGRWindowsTo(w, make([]float64, n), v, YearsBetween(first, first.Add(1))) != nil {
		return nil, false
	}
	out = make([]Window, 0, len(w))
	periods := make([]Period, n)
	for i := range periods {
		periods[i] = first.Add(i)
	}
	k := 0
	for i, from := range periods {
		if role[i] != start {
			k += n - 1 - i
			continue
		}
		for j := i + 1; j < n; j, k = j+1, k+1 {
			if role[j] == none {
				continue
			}
			to := periods[j]
			years := YearsBetween(from, to)
			if years < minYears {
				continue
			}
			r := w[k]
			if role[j] == zero {
				r = -1
			}
			out = append(out, Window{From: from, To: to, Years: years, CAGR: r})
		}
	}
	return out, true
}

// WindowRank ranks the CAGR of the window from–to of s among the windows
// of s of at least the same length, 1 for the highest, and returns the
// number of windows compared and their least length in years. When fewer
// than four windows are that long (a window that spans the whole series has
// none to compare with), it compares with the windows of at least half its
// length, rounded up. ok is false when s has no such window.
func WindowRank(s *Series, from, to Period) (rank, n int, minYears float64, ok bool) {
	years := YearsBetween(from, to)
	minYears = years
	ws := AllWindows(s, minYears)
	if len(ws) < 4 {
		minYears = math.Ceil(years / 2)
		ws = AllWindows(s, minYears)
	}
	var target float64
	for _, w := range ws {
		if w.From == from && w.To == to {
			target, ok = w.CAGR, true
		}
	}
	if !ok {
		return 0, 0, minYears, false
	}
	rank = 1
	for _, w := range ws {
		if w.CAGR > target {
			rank++
		}
	}
	return rank, len(ws), minYears, true
}
