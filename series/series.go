package series

import (
	"fmt"
	"iter"
	"slices"
	"time"
)

// Source says where a reported figure comes from.
type Source struct {
	Document string // the document: "Acme FY2013 Form 10-K, p. 46"
	Locator  string // where to find it: a URL or a filing accession
	Kind     string // how direct it is: "P" primary, "P-copy", "S" secondary, ...
	Quote    string // the source's own words for the figure, if quoted
	Note     string // anything else a reader needs
}

// String returns the document, with the locator in parentheses when there
// is one.
func (s Source) String() string {
	if s.Locator == "" {
		return s.Document
	}
	if s.Document == "" {
		return s.Locator
	}
	return s.Document + " (" + s.Locator + ")"
}

// Point is one period of a series: its value and source, or, when Missing,
// an explicit gap: a period the sources give no figure for. A missing
// point's Value is the zero Value and must not be used.
//
// Start and End, when not zero, are the first and last days the figure
// covers as its source states them (a fiscal year's real dates; the day
// of a balance at an instant has Start zero). Derived marks a figure that
// no source states but that is computed from figures that do (a fourth
// quarter as the year less nine months); the Source's Note says how.
type Point struct {
	Period  Period
	Value   Value
	Missing bool
	Source  Source
	Start   time.Time
	End     time.Time
	Derived bool
}

// Meta describes a series.
type Meta struct {
	ID          string    // stable identifier: "acme.ad_revenue"
	Name        string    // what a reader calls it: "Acme advertising revenue"
	Unit        string    // unit of the values, in base units: "USD", "users"
	Frequency   Frequency // the frequency of every period
	Vintage     string    // "" for the primary series; else which report or restatement
	Description string
}

// Series is a reported series: its description and its points in period
// order, each period at most once. A Series is immutable once made, so it
// is safe for concurrent use.
type Series struct {
	meta   Meta
	points []Point
}

// SeriesError reports a point that cannot belong to a series.
type SeriesError struct {
	Series string
	Period Period
	Reason string
}

// Error names the series, the period and the reason.
func (e *SeriesError) Error() string {
	return fmt.Sprintf("series %s: period %s: %s", e.Series, e.Period, e.Reason)
}

// New returns a series of the given points, sorted into period order. It
// copies points. A point whose period has another frequency than meta's,
// or a period given twice, is an error.
func New(meta Meta, points []Point) (*Series, error) {
	if meta.Frequency < Annual || meta.Frequency > Daily {
		return nil, fmt.Errorf("series %s: invalid frequency %d", meta.ID, meta.Frequency)
	}
	ps := slices.Clone(points)
	for _, p := range ps {
		if !p.Period.valid() {
			return nil, &SeriesError{Series: meta.ID, Period: p.Period, Reason: "invalid period"}
		}
		if p.Period.freq != meta.Frequency {
			return nil, &SeriesError{Series: meta.ID, Period: p.Period,
				Reason: fmt.Sprintf("is %s, the series is %s", p.Period.freq, meta.Frequency)}
		}
	}
	byPeriod := func(a, b Point) int { return a.Period.Compare(b.Period) }
	if !slices.IsSortedFunc(ps, byPeriod) { // points read in order need no sort
		slices.SortStableFunc(ps, byPeriod)
	}
	for i := 1; i < len(ps); i++ {
		if ps[i].Period == ps[i-1].Period {
			return nil, &SeriesError{Series: meta.ID, Period: ps[i].Period, Reason: "given twice"}
		}
	}
	return &Series{meta: meta, points: ps}, nil
}

// Meta returns the series' description.
func (s *Series) Meta() Meta { return s.meta }

// ID returns the series' identifier.
func (s *Series) ID() string { return s.meta.ID }

// Name returns the series' name.
func (s *Series) Name() string { return s.meta.Name }

// Unit returns the unit of the series' values.
func (s *Series) Unit() string { return s.meta.Unit }

// Frequency returns the frequency of the series' periods.
func (s *Series) Frequency() Frequency { return s.meta.Frequency }

// Vintage returns "" for a primary series, else the report or restatement
// it comes from.
func (s *Series) Vintage() string { return s.meta.Vintage }

// Len returns the number of points, gaps included.
func (s *Series) Len() int { return len(s.points) }

// Point returns the i'th point in period order.
func (s *Series) Point(i int) Point { return s.points[i] }

// At returns the point of period p; ok is false when the series has no
// point for p. A point that is an explicit gap is returned with ok true and
// Missing set.
func (s *Series) At(p Period) (pt Point, ok bool) {
	i, found := slices.BinarySearchFunc(s.points, p, func(pt Point, p Period) int { return pt.Period.Compare(p) })
	if !found {
		return Point{}, false
	}
	return s.points[i], true
}

// All iterates over the points in period order.
func (s *Series) All() iter.Seq2[Period, Point] {
	return func(yield func(Period, Point) bool) {
		for _, p := range s.points {
			if !yield(p.Period, p) {
				return
			}
		}
	}
}

// Points returns a copy of the points in period order.
func (s *Series) Points() []Point { return slices.Clone(s.points) }

// Span returns the first and last periods that have a value; ok is false
// when no point has one.
func (s *Series) Span() (first, last Period, ok bool) {
	for _, p := range s.points {
		if !p.Missing {
			if !ok {
				first, ok = p.Period, true
			}
			last = p.Period
		}
	}
	return first, last, ok
}

// Gaps returns the periods between the first and last values that have no
// value: explicit gaps and periods the series skips.
func (s *Series) Gaps() []Period {
	first, last, ok := s.Span()
	if !ok {
		return nil
	}
	var gaps []Period
	for p := first; p.Compare(last) <= 0; p = p.Add(1) {
		if pt, ok := s.At(p); !ok || pt.Missing {
			gaps = append(gaps, p)
		}
	}
	return gaps
}

// value returns the value at p, or ErrGap when there is none.
func (s *Series) value(p Period) (Value, error) {
	pt, ok := s.At(p)
	if !ok || pt.Missing {
		return Value{}, ErrGap
	}
	return pt.Value, nil
}

// Dense returns the values from first to last, one per period, as float64
// for the bulk kernels. A gap in between is an error, never a filled value.
func (s *Series) Dense(first, last Period) ([]float64, error) {
	if first.freq != s.meta.Frequency || last.freq != s.meta.Frequency {
		return nil, &GrowthError{Op: "dense", Series: s.meta.ID, From: first, To: last, Err: ErrFrequencyMismatch}
	}
	if last.Before(first) {
		return nil, &GrowthError{Op: "dense", Series: s.meta.ID, From: first, To: last, Err: ErrReversedWindow}
	}
	out := make([]float64, 0, last.Sub(first)+1)
	for p := first; p.Compare(last) <= 0; p = p.Add(1) {
		v, err := s.value(p)
		if err != nil {
			return nil, &GrowthError{Op: "dense", Series: s.meta.ID, From: p, To: p, Err: err}
		}
		out = append(out, v.Float64())
	}
	return out, nil
}
