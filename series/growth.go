package series

import (
	"math"

	"github.com/finfig/finfig/series/internal/kernel"
)

// Multiple returns b/a, the factor by which a grew to b. a must be
// positive and b not negative; an infinite value or a quotient beyond the
// float64 range is ErrOutOfRange.
func Multiple(a, b float64) (float64, error) {
	if err := checkPair(a, b); err != nil {
		return 0, err
	}
	return finite(b / a)
}

// PctChange returns b/a − 1.
func PctChange(a, b float64) (float64, error) {
	m, err := Multiple(a, b)
	if err != nil {
		return 0, err
	}
	return m - 1, nil
}

// CAGR returns the compound annual growth rate from a to b over years:
//
//	CAGR = (b/a)^(1/years) − 1
func CAGR(a, b, years float64) (float64, error) {
	if err := checkGrowth(a, b, years); err != nil {
		return 0, err
	}
	if m := b / a; m <= math.MaxFloat64 {
		return finite(math.Pow(m, 1/years) - 1)
	}
	// b/a overflows, but its root may not: (b/a)^(1/years) = e^(ln(b/a)/years).
	return finite(math.Expm1((math.Log(b) - math.Log(a)) / years))
}

// LogGrowth returns the continuously compounded annual rate:
//
//	log growth = ln(b/a) / years
//
// b must be positive, since ln 0 is −Inf.
func LogGrowth(a, b, years float64) (float64, error) {
	if err := checkGrowth(a, b, years); err != nil {
		return 0, err
	}
	if b == 0 {
		return 0, ErrNonPositiveBase
	}
	if m := b / a; m > 0 && m <= math.MaxFloat64 {
		return finite(math.Log(m) / years)
	}
	// b/a underflows or overflows, but ln(b/a) = ln b − ln a does not.
	return finite((math.Log(b) - math.Log(a)) / years)
}

// DoublingTime returns the years a quantity growing at rate a year takes to
// double:
//
//	doubling time = ln 2 / ln(1 + rate)
//
// A rate that is not positive never doubles: ErrNoGrowth. A rate so small
// that the time exceeds the float64 range is ErrOutOfRange.
func DoublingTime(rate float64) (float64, error) {
	if !(rate > 0) || math.IsInf(rate, 0) {
		return 0, ErrNoGrowth
	}
	return finite(math.Ln2 / math.Log1p(rate))
}

// finite returns x, or ErrOutOfRange when x is infinite or NaN: growth
// figures are never Inf or NaN.
func finite(x float64) (float64, error) {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return 0, ErrOutOfRange
	}
	return x, nil
}

// isFinite reports whether every estimate is Finite.
func isFinite(es ...Estimate) bool {
	for _, e := range es {
		if !e.Finite() {
			return false
		}
	}
	return true
}

// checkPair refuses a base that is not positive and an end that is
// negative (NaN included), and an infinite one, beyond the float64 range.
func checkPair(a, b float64) error {
	switch {
	case !(a > 0):
		return ErrNonPositiveBase
	case a > math.MaxFloat64:
		return ErrOutOfRange
	case !(b >= 0):
		return ErrNegativeValue
	case b > math.MaxFloat64:
		return ErrOutOfRange
	}
	return nil
}

func checkGrowth(a, b, years float64) error {
	switch {
	case years < 0:
		return ErrReversedWindow
	case !(years > 0):
		return ErrEmptyWindow
	}
	return checkPair(a, b)
}

// Growth is every growth figure from one value to another, each an
// Estimate whose interval follows from the two values' rounding.
type Growth struct {
	From, To   Period
	Start, End Value
	Years      float64 // YearsBetween(From, To)

	Change    Estimate // b − a, in the values' unit
	PctChange Estimate // b/a − 1
	Multiple  Estimate // b/a
	CAGR      Estimate // (b/a)^(1/years) − 1
	LogGrowth Estimate // ln(b/a)/years; zero when b is 0 (see HasLog)
	HasLog    bool     // whether LogGrowth is defined (b > 0)

	// DoublingYears is ln 2 / ln(1+CAGR); its bounds come from the
	// CAGR's. HasDoubling is false when the CAGR is not positive, and the
	// field is then zero.
	DoublingYears Estimate
	HasDoubling   bool
}

// NewGrowth returns the growth from a at period from to b at period to.
// The intervals are exact images of the inputs' intervals, since every
// figure is monotone in a and b: the multiple's is [b_lo/a_hi, b_hi/a_lo].
// A figure or bound beyond the float64 range is ErrOutOfRange.
func NewGrowth(from, to Period, a, b Value) (Growth, error) {
	years := YearsBetween(from, to)
	fail := func(err error) (Growth, error) {
		return Growth{}, &GrowthError{Op: "growth", From: from, To: to, Err: err}
	}
	if err := checkGrowth(a.Float64(), b.Float64(), years); err != nil {
		return fail(err)
	}
	if err := checkValues(a, b); err != nil {
		return fail(err)
	}
	ea, eb := a.Estimate(), b.Estimate()
	g := Growth{From: from, To: to, Start: a, End: b, Years: years}
	g.Change = Estimate{Point: eb.Point - ea.Point, Lo: eb.Lo - ea.Hi, Hi: eb.Hi - ea.Lo}
	g.Multiple = multipleOf(a, b)
	g.PctChange = g.Multiple.Shift(-1)
	cagr := func(m float64) float64 { return math.Pow(m, 1/years) - 1 }
	g.CAGR = Estimate{Point: cagr(g.Multiple.Point), Lo: cagr(g.Multiple.Lo), Hi: cagr(g.Multiple.Hi)}
	if eb.Point > 0 && g.Multiple.Lo > 0 {
		lg := func(m float64) float64 { return math.Log(m) / years }
		g.LogGrowth = Estimate{Point: lg(g.Multiple.Point), Lo: lg(g.Multiple.Lo), Hi: lg(g.Multiple.Hi)}
		g.HasLog = true
	}
	if d, err := DoublingTime(g.CAGR.Point); err == nil {
		g.DoublingYears = Estimate{Point: d, Lo: d, Hi: math.Inf(1)}
		if hi, err := DoublingTime(g.CAGR.Lo); err == nil {
			g.DoublingYears.Hi = hi
		} else {
			g.DoublingYears.Hi = d // a lower CAGR that does not grow has no finite bound: keep the point
		}
		if lo, err := DoublingTime(g.CAGR.Hi); err == nil {
			g.DoublingYears.Lo = lo
		}
		g.HasDoubling = true
	}
	if !isFinite(g.Change, g.PctChange, g.Multiple, g.CAGR, g.LogGrowth, g.DoublingYears) {
		return fail(ErrOutOfRange)
	}
	return g, nil
}

// GrowthBetween returns the growth of s from period from to period to.
func GrowthBetween(s *Series, from, to Period) (Growth, error) {
	fail := func(err error) (Growth, error) {
		return Growth{}, &GrowthError{Op: "growth", Series: s.meta.ID, From: from, To: to, Err: err}
	}
	if from.freq != s.meta.Frequency || to.freq != s.meta.Frequency {
		return fail(ErrFrequencyMismatch)
	}
	switch c := from.Compare(to); {
	case c > 0:
		return fail(ErrReversedWindow)
	case c == 0:
		return fail(ErrEmptyWindow)
	}
	a, err := s.value(from)
	if err != nil {
		return fail(err)
	}
	b, err := s.value(to)
	if err != nil {
		return fail(err)
	}
	g, err := NewGrowth(from, to, a, b)
	if err != nil {
		return fail(err.(*GrowthError).Err)
	}
	return g, nil
}

// Derived is one period of a derived series such as YoY or an index: an
// Estimate, or, when Err is not nil, the reason there is none (a gap, a
// zero base). A missing figure is never filled.
type Derived struct {
	Period Period
	Estimate
	Err error
}

// YoY returns each period's growth against the same period one year
// before, b/a − 1, for every period from the second year of s's span on,
// periods the series skips included. Where either year has no value the
// rate is missing (Err is ErrGap), never filled, so a gap year and the
// year after it both have a missing rate. A daily series compares with the
// same calendar day.
//
// The rates of an annual, quarterly or monthly series come from the
// packed division that YoYTo uses, over the series laid out one period a
// value (see ratios); those of a daily series, whose year back is not a
// fixed count of periods, one at a time.
func YoY(s *Series) []Derived {
	first, last, ok := s.Span()
	if !ok {
		return nil
	}
	if lag := s.meta.Frequency.PerYear(); lag > 0 {
		n := last.Sub(first) + 1
		if n <= lag {
			return nil
		}
		return ratios(s, "yoy", first, n, lag, Period{}, -1)
	}
	var out []Derived
	for p := first; p.Compare(last) <= 0; p = p.Add(1) {
		prev := yearBefore(p)
		if prev.Before(first) {
			continue
		}
		out = append(out, ratio(s, "yoy", prev, p, -1))
	}
	return out
}

func yearBefore(p Period) Period {
	if p.freq == Daily {
		d := p.day
		if p.sub == 2 && d == 29 {
			d = 28
		}
		return Period{year: p.year - 1, freq: Daily, sub: p.sub, day: d}
	}
	return p.Add(-p.freq.PerYear())
}

// ratio returns 100·b/a (scale 100, an index) or b/a − 1 (scale −1, a rate).
func ratio(s *Series, op string, base, p Period, scale float64) Derived {
	a, err := s.value(base)
	var b Value
	if err == nil {
		b, err = s.value(p)
	}
	if err == nil {
		err = checkValues(a, b)
	}
	if err != nil {
		return Derived{Period: p, Err: &GrowthError{Op: op, Series: s.meta.ID, From: base, To: p, Err: err}}
	}
	m := multipleOf(a, b)
	e := Estimate{Point: 100 * m.Point, Lo: 100 * m.Lo, Hi: 100 * m.Hi}
	if scale < 0 {
		e = m.Shift(-1)
	}
	if !isFinite(e) {
		return Derived{Period: p, Err: &GrowthError{Op: op, Series: s.meta.ID, From: base, To: p, Err: ErrOutOfRange}}
	}
	return Derived{Period: p, Estimate: e}
}

// checkValues refuses a base whose rounding interval reaches zero (no
// finite upper bound for b/a) and a negative end.
func checkValues(a, b Value) error {
	if err := checkPair(a.Float64(), b.Float64()); err != nil {
		return err
	}
	if !(a.Interval().Lo > 0) {
		return ErrNonPositiveBase
	}
	return nil
}

// multipleOf returns b/a with its interval; the caller has checked a > 0.
func multipleOf(a, b Value) Estimate {
	return b.Estimate().Quo(a.Estimate())
}

// Index returns s indexed to base = 100, 100·v/v_base, for every period
// from the first point of s to its last, periods the series skips
// included. Periods without a value are missing in the index too (Err is
// ErrGap). The quotients v/v_base come from packed division, as YoY's.
func Index(s *Series, base Period) ([]Derived, error) {
	if _, err := s.value(base); err != nil {
		return nil, &GrowthError{Op: "index", Series: s.meta.ID, From: base, To: base, Err: err}
	}
	first, last := s.points[0].Period, s.points[len(s.points)-1].Period
	return ratios(s, "index", first, last.Sub(first)+1, 0, base, 100), nil
}

// ratios returns ratio(s, op, a, b, scale) for every period b from
// first.Add(lag) to first.Add(n−1), where a is b.Add(−lag), or base when
// lag is 0.
//
// It lays the n periods from first out as columns of the values'
// Estimates, one cell a period: the numerators b, max(b_lo, 0) and b_hi,
// and the denominators a, a_hi and a_lo, so that each column's quotients,
// one call of kernel.Quotient, are the point, the lower and the upper
// bound of Estimate.Quo. The division and the − 1 (or the · 100 after it)
// are the ones ratio does, so the figures are the same to the bit. A cell
// that cannot be an end (a gap, a negative or infinite value) or a base
// (nor a zero, nor a value whose interval reaches zero: checkValues) holds
// a stand-in 1 in that role's columns, and its pairs, like every pair when
// the kernel refuses a value, go to ratio, which says why.
func ratios(s *Series, op string, first Period, n, lag int, base Period, scale float64) []Derived {
	var num, den [3][]float64
	endOK, baseOK := make([]bool, n), make([]bool, n)
	for j := range 3 {
		num[j], den[j] = make([]float64, n), make([]float64, n)
		for i := range n {
			num[j][i], den[j][i] = 1, 1
		}
	}
	for _, pt := range s.points {
		i := pt.Period.Sub(first)
		if pt.Missing || i < 0 || i >= n {
			continue
		}
		e := pt.Value.Estimate()
		if checkPair(1, e.Point) == nil {
			endOK[i] = true
			num[0][i], num[1][i], num[2][i] = e.Point, math.Max(e.Lo, 0), e.Hi
		}
		if checkPair(e.Point, 0) == nil && e.Lo > 0 {
			baseOK[i] = true
			den[0][i], den[1][i], den[2][i] = e.Point, e.Hi, e.Lo
		}
	}
	m := n - lag
	if lag == 0 { // one base for every period
		b := base.Sub(first)
		for j := range den {
			x := den[j][b]
			for i := range den[j] {
				den[j][i] = x
			}
		}
		for i := range baseOK {
			baseOK[i] = baseOK[b]
		}
	}
	c := 0.0
	if scale < 0 {
		c = 1
	}
	var q [3][]float64
	packed := true
	for j := range q {
		q[j] = make([]float64, m)
		packed = packed && kernel.Quotient(q[j], num[j][lag:], den[j], c)
	}
	out := make([]Derived, m)
	for k := range out {
		b := first.Add(lag + k)
		e := Estimate{Point: q[0][k], Lo: q[1][k], Hi: q[2][k]}
		if scale > 0 {
			e = e.Scale(scale)
		}
		if packed && endOK[lag+k] && baseOK[k] && e.Finite() {
			out[k] = Derived{Period: b, Estimate: e}
			continue
		}
		a := base
		if lag > 0 {
			a = b.Add(-lag)
		}
		out[k] = ratio(s, op, a, b, scale)
	}
	return out
}

// Share returns, for every period both series have values for, the share
// of part in whole, part/whole, with its interval. A share is a ratio of
// like quantities: series of different units or frequencies are refused
// (ErrUnitMismatch, ErrFrequencyMismatch) rather than divided, so a share
// of dollars in euros needs an explicit conversion first. Periods where
// either series has no value are missing (Err is ErrGap), never filled.
func Share(part, whole *Series) ([]Derived, error) {
	fail := func(err error) ([]Derived, error) {
		return nil, &GrowthError{Op: "share", Series: part.meta.ID + " in " + whole.meta.ID, Err: err}
	}
	if part.meta.Unit != whole.meta.Unit {
		return fail(ErrUnitMismatch)
	}
	if part.meta.Frequency != whole.meta.Frequency {
		return fail(ErrFrequencyMismatch)
	}
	out := make([]Derived, 0, len(part.points))
	for _, pt := range part.points {
		d := Derived{Period: pt.Period}
		w, err := whole.value(pt.Period)
		if err == nil && pt.Missing {
			err = ErrGap
		}
		if err == nil {
			err = checkValues(w, pt.Value)
		}
		if err != nil {
			d.Err = &GrowthError{Op: "share", Series: part.meta.ID, From: pt.Period, To: pt.Period, Err: err}
		} else {
			d.Estimate = multipleOf(w, pt.Value)
		}
		out = append(out, d)
	}
	return out, nil
}
