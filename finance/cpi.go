package finance

import (
	"fmt"
	"math"

	"github.com/finfig/finfig/series"
)

// Deflate returns s in constant currency of year base, by an annual price
// index such as the US CPI-U (series us.cpi_u):
//
//	real = value × CPI_base / CPI_year
//
// where CPI_year is the index of the year the period falls in. Each
// Estimate's interval follows from the rounding of the value and of both
// index figures (in the base year itself the ratio is exactly 1). A period
// without a value, or whose year the index has no value for, has no real
// value: its Err says why (wrapping series.ErrGap), and nothing is filled.
//
// s must be in a currency and cpi an annual series in unit index; an index
// without a value for base is an error.
func Deflate(s, cpi *series.Series, base int) ([]series.Derived, error) {
	if u, err := ParseUnit(s.Unit()); err != nil || !u.IsCurrency() {
		return nil, fmt.Errorf("deflate %s: its unit %q is not a currency", s.ID(), s.Unit())
	}
	if cpi.Unit() != Index.String() || cpi.Frequency() != series.Annual {
		return nil, fmt.Errorf("deflate %s: %s is %s in %q, not an annual price index (expected unit index)", s.ID(), cpi.ID(), cpi.Frequency(), cpi.Unit())
	}
	cb, err := cpiAt(cpi, base)
	if err != nil {
		return nil, fmt.Errorf("deflate %s to %d prices: %w", s.ID(), base, err)
	}
	out := make([]series.Derived, 0, s.Len())
	for p, pt := range s.All() {
		d := series.Derived{Period: p}
		if pt.Missing {
			d.Err = fmt.Errorf("deflate %s: %s: %w", s.ID(), p, series.ErrGap)
			out = append(out, d)
			continue
		}
		y := p.YearNumber()
		cy, err := cpiAt(cpi, y)
		if err != nil {
			d.Err = fmt.Errorf("deflate %s: %s: %w", s.ID(), p, err)
			out = append(out, d)
			continue
		}
		v := pt.Value.Interval()
		if y == base {
			d.Estimate = series.Estimate{Point: pt.Value.Float64(), Lo: v.Lo, Hi: v.Hi}
		} else {
			r := cb.Estimate().Quo(cy.Estimate())
			ratios := [2]float64{r.Lo, r.Hi}
			lo, hi := math.Inf(1), math.Inf(-1)
			for _, x := range [2]float64{v.Lo, v.Hi} {
				for _, r := range ratios {
					lo, hi = min(lo, x*r), max(hi, x*r)
				}
			}
			d.Estimate = series.Estimate{Point: pt.Value.Float64() * cb.Float64() / cy.Float64(), Lo: lo, Hi: hi}
		}
		out = append(out, d)
	}
	return out, nil
}

// cpiAt returns the index of year y, which must be positive.
func cpiAt(cpi *series.Series, y int) (series.Value, error) {
	if y >= 1 && y <= 9999 {
		if pt, ok := cpi.At(series.Year(y)); ok && !pt.Missing && pt.Value.Decimal().Sign() > 0 {
			return pt.Value, nil
		}
	}
	span := "no values"
	if first, last, ok := cpi.Span(); ok {
		span = "values for " + first.String() + " to " + last.String()
	}
	return series.Value{}, fmt.Errorf("%s has no value for %d (it has %s): %w", cpi.ID(), y, span, series.ErrGap)
}
