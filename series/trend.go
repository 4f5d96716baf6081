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
// minYears, from the earliest start. Windows over a gap are left out.
func AllWindows(s *Series, minYears float64) []Window {
	var out []Window
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
