package series

import (
	"fmt"
	"strconv"
	"time"
)

// Frequency is how often a series has a period: annual, quarterly, monthly
// or daily.
type Frequency uint8

// The frequencies, from the coarsest. The zero Frequency is invalid.
const (
	Annual Frequency = iota + 1
	Quarterly
	Monthly
	Daily
)

var frequencyNames = [...]string{Annual: "annual", Quarterly: "quarterly", Monthly: "monthly", Daily: "daily"}

// String returns the frequency's name: "annual", "quarterly", "monthly" or
// "daily".
func (f Frequency) String() string {
	if f < Annual || f > Daily {
		return "Frequency(" + strconv.Itoa(int(f)) + ")"
	}
	return frequencyNames[f]
}

// ParseFrequency parses the name that String returns.
func ParseFrequency(s string) (Frequency, error) {
	for f := Annual; f <= Daily; f++ {
		if frequencyNames[f] == s {
			return f, nil
		}
	}
	return 0, &ParseError{Type: "frequency", Input: s, Expected: "annual, quarterly, monthly or daily"}
}

// MarshalText implements encoding.TextMarshaler.
func (f Frequency) MarshalText() ([]byte, error) {
	if f < Annual || f > Daily {
		return nil, fmt.Errorf("series: invalid frequency %d", uint8(f))
	}
	return []byte(f.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (f *Frequency) UnmarshalText(b []byte) error {
	v, err := ParseFrequency(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// PerYear is the number of periods in a year, the lag of a year-over-year
// comparison: 1, 4 or 12. A daily series has no fixed count and gives 0.
func (f Frequency) PerYear() int {
	switch f {
	case Annual:
		return 1
	case Quarterly:
		return 4
	case Monthly:
		return 12
	}
	return 0
}

// Period is a year, a quarter, a month or a day: the time a reported figure
// refers to. It is a small comparable value: == is meaningful and a Period
// can key a map. The zero Period is invalid (IsZero reports it).
//
// Periods are written as a person writes them: 2019, 2019Q4, 2015-02,
// 2022-11-28, and fiscal periods FY2019, FY2019Q4.
//
// A fiscal year is a company's reporting year when it does not end in
// December, named by the calendar year in which it ends: Apple's year
// ended 28 September 2019 is FY2019, and its quarters FY2019Q1 to
// FY2019Q4. The Period does not hold the company's year end, so its
// dates are nominal: Start and End give those of the calendar year or
// quarter of the same number (FY2019 as 2019), which keeps spans between
// fiscal periods exact in years and quarters and orders fiscal periods
// among themselves. The dates a figure really covers travel with it
// (Point.Start, Point.End). A fiscal period never equals a calendar one,
// and Contains and Overlaps are false between the two kinds.
type Period struct {
	year   int32
	freq   Frequency
	sub    uint8 // quarter 1-4 or month 1-12; 0 for a year
	day    uint8 // day of month for a daily period
	fiscal bool  // a fiscal year or quarter
}

// Year returns the annual period of year y (1 to 9999).
func Year(y int) Period { return mustPeriod(Annual, y, 0, 0) }

// Quarter returns quarter q (1 to 4) of year y.
func Quarter(y, q int) Period { return mustPeriod(Quarterly, y, q, 0) }

// FiscalYear returns the fiscal year that ends in calendar year y, written
// FY2019.
func FiscalYear(y int) Period {
	p := Year(y)
	p.fiscal = true
	return p
}

// FiscalQuarter returns quarter q (1 to 4) of the fiscal year that ends in
// calendar year y, written FY2019Q4.
func FiscalQuarter(y, q int) Period {
	p := Quarter(y, q)
	p.fiscal = true
	return p
}

// IsFiscal reports whether p is a fiscal year or quarter.
func (p Period) IsFiscal() bool { return p.fiscal }

// Month returns month m of year y.
func Month(y int, m time.Month) Period { return mustPeriod(Monthly, y, int(m), 0) }

// Day returns the day y-m-d.
func Day(y int, m time.Month, d int) Period { return mustPeriod(Daily, y, int(m), d) }

// DayOf returns the day of t, in t's location.
func DayOf(t time.Time) Period {
	y, m, d := t.Date()
	return Day(y, m, d)
}

// mustPeriod returns the period of the given fields, or panics when they
// make no period: a constructor called with an impossible date is a
// programmer error, as in time.Date's callers. The fields are checked
// before they are narrowed, so that Quarter(2019, 260) does not wrap
// around to 2019Q4.
func mustPeriod(f Frequency, y, sub, day int) Period {
	if y < 1 || y > 9999 || sub < 0 || sub > 12 || day < 0 || day > 31 {
		panic("series: invalid period")
	}
	p := Period{year: int32(y), freq: f, sub: uint8(sub), day: uint8(day)}
	if !p.valid() {
		panic("series: invalid period")
	}
	return p
}

func (p Period) valid() bool {
	if p.year < 1 || p.year > 9999 {
		return false
	}
	if p.fiscal && p.freq != Annual && p.freq != Quarterly {
		return false
	}
	switch p.freq {
	case Annual:
		return p.sub == 0 && p.day == 0
	case Quarterly:
		return p.sub >= 1 && p.sub <= 4 && p.day == 0
	case Monthly:
		return p.sub >= 1 && p.sub <= 12 && p.day == 0
	case Daily:
		if p.sub < 1 || p.sub > 12 || p.day < 1 {
			return false
		}
		return int(p.day) <= DaysIn(int(p.year), time.Month(p.sub))
	}
	return false
}

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p == Period{} }

// Frequency returns the period's frequency.
func (p Period) Frequency() Frequency { return p.freq }

// YearNumber returns the calendar year the period falls in; for a fiscal
// period, the calendar year in which its fiscal year ends.
func (p Period) YearNumber() int { return int(p.year) }

// Start returns the first instant of the period, at midnight UTC.
func (p Period) Start() time.Time {
	switch p.freq {
	case Quarterly:
		return time.Date(int(p.year), time.Month(3*p.sub-2), 1, 0, 0, 0, 0, time.UTC)
	case Monthly:
		return time.Date(int(p.year), time.Month(p.sub), 1, 0, 0, 0, 0, time.UTC)
	case Daily:
		return time.Date(int(p.year), time.Month(p.sub), int(p.day), 0, 0, 0, 0, time.UTC)
	}
	return time.Date(int(p.year), 1, 1, 0, 0, 0, 0, time.UTC)
}

// End returns the instant the period ends: the first instant after it, so
// that End of 2019 is the Start of 2020.
func (p Period) End() time.Time { return p.Add(1).Start() }

// endMonth counts whole months from year 0 to the period's end; it is exact
// for every frequency but Daily.
func (p Period) endMonth() int {
	switch p.freq {
	case Quarterly:
		return int(p.year)*12 + 3*int(p.sub)
	case Monthly:
		return int(p.year)*12 + int(p.sub)
	}
	return int(p.year)*12 + 12
}

// ordinal numbers the periods of one frequency consecutively.
func (p Period) ordinal() int {
	switch p.freq {
	case Quarterly:
		return int(p.year)*4 + int(p.sub) - 1
	case Monthly:
		return int(p.year)*12 + int(p.sub) - 1
	case Daily:
		return p.dayNumber()
	}
	return int(p.year)
}

func fromOrdinal(f Frequency, n int) Period {
	switch f {
	case Quarterly:
		return Period{year: int32(floorDiv(n, 4)), freq: f, sub: uint8(n - 4*floorDiv(n, 4) + 1)}
	case Monthly:
		return Period{year: int32(floorDiv(n, 12)), freq: f, sub: uint8(n - 12*floorDiv(n, 12) + 1)}
	case Daily:
		y, m, d := CivilFromDays(n)
		return Period{year: int32(y), freq: f, sub: uint8(m), day: uint8(d)}
	}
	return Period{year: int32(n), freq: f}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Add returns the period n periods after p (before, for negative n), at
// p's frequency: Year(2019).Add(1) is 2020, Quarter(2019, 4).Add(1) is
// 2020Q1, FiscalQuarter(2019, 4).Add(1) is FY2020Q1.
func (p Period) Add(n int) Period {
	q := fromOrdinal(p.freq, p.ordinal()+n)
	q.fiscal = p.fiscal
	return q
}

// Sub returns the number of periods from q to p, which must have the same
// frequency and both be fiscal or both calendar periods:
// Year(2019).Sub(Year(2012)) is 7. It panics when they differ.
func (p Period) Sub(q Period) int {
	if p.freq != q.freq {
		panic("series: Sub of periods of different frequency")
	}
	if p.fiscal != q.fiscal {
		panic("series: Sub of a fiscal and a calendar period")
	}
	return p.ordinal() - q.ordinal()
}

// MeanYearDays is the mean Gregorian year, used for spans that involve a
// daily period.
const MeanYearDays = 365.2425

// YearsBetween returns the years elapsed from the end of p to the end of q:
// 7 from 2012 to 2019, 0.25 from 2019Q3 to 2019Q4. Spans between annual,
// quarterly and monthly periods count months/12 exactly; a span involving
// a daily period counts days/365.2425. It is negative when q ends before p.
func YearsBetween(p, q Period) float64 {
	if p.freq != Daily && q.freq != Daily {
		return float64(q.endMonth()-p.endMonth()) / 12
	}
	return q.End().Sub(p.End()).Hours() / 24 / MeanYearDays
}

// Compare returns -1, 0 or +1 as p sorts before, equal to or after q:
// periods sort by their end, and periods that end together by their start,
// so 2019Q4 sorts before 2019; a calendar period sorts before the fiscal
// period of the same nominal dates (2019 before FY2019).
func (p Period) Compare(q Period) int {
	if p == q {
		return 0
	}
	if p.freq != Daily && q.freq != Daily {
		// Months from year 0 count both ends exactly, without time.Time.
		if c := p.endMonth() - q.endMonth(); c != 0 {
			return sign(c)
		}
		if c := q.startMonth() - p.startMonth(); c != 0 {
			return sign(c)
		}
		return p.tieBreak(q)
	}
	if p.freq == Daily && q.freq == Daily {
		if c := p.dayNumber() - q.dayNumber(); c != 0 {
			return sign(c)
		}
		return p.tieBreak(q)
	}
	pe, qe := p.End(), q.End()
	if c := pe.Compare(qe); c != 0 {
		return c
	}
	if c := q.Start().Compare(p.Start()); c != 0 {
		return c
	}
	return p.tieBreak(q)
}

// tieBreak orders two different periods of the same dates: by frequency,
// then calendar before fiscal.
func (p Period) tieBreak(q Period) int {
	if c := int(p.freq) - int(q.freq); c != 0 {
		return sign(c)
	}
	if p.fiscal {
		return 1
	}
	return -1
}

func sign(c int) int {
	switch {
	case c < 0:
		return -1
	case c > 0:
		return 1
	}
	return 0
}

// dayNumber returns the day number of a daily period.
func (p Period) dayNumber() int {
	return DaysFromCivil(int(p.year), time.Month(p.sub), int(p.day))
}

// startMonth counts whole months from year 0 to the period's start, for
// every frequency but Daily.
func (p Period) startMonth() int {
	switch p.freq {
	case Quarterly:
		return int(p.year)*12 + 3*int(p.sub) - 3
	case Monthly:
		return int(p.year)*12 + int(p.sub) - 1
	}
	return int(p.year) * 12
}

// Before reports whether p sorts before q.
func (p Period) Before(q Period) bool { return p.Compare(q) < 0 }

// Contains reports whether q lies wholly within p: 2019 contains 2019Q3
// and 2019-07-24, FY2019 contains FY2019Q3. It is false between a fiscal
// and a calendar period, whose real dates the Periods do not hold.
func (p Period) Contains(q Period) bool {
	if p.fiscal != q.fiscal {
		return false
	}
	return !q.Start().Before(p.Start()) && !q.End().After(p.End())
}

// Overlaps reports whether p and q share any instant; it is false between
// a fiscal and a calendar period, as Contains is.
func (p Period) Overlaps(q Period) bool {
	if p.fiscal != q.fiscal {
		return false
	}
	return p.Start().Before(q.End()) && q.Start().Before(p.End())
}

// String returns the period as a person writes it: 2019, 2019Q4, 2015-02,
// 2022-11-28, FY2019, FY2019Q4. The zero Period prints as "".
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	return string(p.AppendText(nil))
}

// AppendText appends the String form of p to b.
func (p Period) AppendText(b []byte) []byte {
	if p.fiscal {
		b = append(b, "FY"...)
	}
	b = appendPadded(b, int(p.year), 4)
	switch p.freq {
	case Quarterly:
		b = append(b, 'Q', '0'+p.sub)
	case Monthly:
		b = append(b, '-')
		b = appendPadded(b, int(p.sub), 2)
	case Daily:
		b = append(b, '-')
		b = appendPadded(b, int(p.sub), 2)
		b = append(b, '-')
		b = appendPadded(b, int(p.day), 2)
	}
	return b
}

func appendPadded(b []byte, v, width int) []byte {
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// MarshalText implements encoding.TextMarshaler with the String form. The
// zero Period marshals as "", as the zero netip.Addr does, so that an
// optional period survives a round trip.
func (p Period) MarshalText() ([]byte, error) {
	if p.IsZero() {
		return []byte{}, nil
	}
	if !p.valid() {
		return nil, fmt.Errorf("series: cannot marshal invalid period")
	}
	return p.AppendText(nil), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParsePeriod; ""
// gives the zero Period, the inverse of MarshalText.
func (p *Period) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Period{}
		return nil
	}
	v, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

const (
	periodForms = "a period written YYYY, YYYYQn, YYYY-MM or YYYY-MM-DD"
	fiscalForms = "a fiscal period written FYYYYY or FYYYYYQn, such as FY2019 or FY2019Q4"
)

// ParsePeriod parses a period written YYYY, YYYYQn, YYYY-MM or YYYY-MM-DD,
// or a fiscal year or quarter written FYYYYY or FYYYYYQn (FY2019,
// FY2019Q4).
func ParsePeriod(s string) (Period, error) {
	fiscal := len(s) >= 2 && s[:2] == "FY"
	fail := func(why string) (Period, error) {
		forms := periodForms
		if fiscal {
			forms = fiscalForms
		}
		return Period{}, &ParseError{Type: "period", Input: s, Expected: forms, Reason: why}
	}
	t := s
	if fiscal {
		t = s[2:]
	}
	if len(t) < 4 {
		return fail("")
	}
	y, ok := digits(t[:4])
	if !ok || y == 0 {
		return fail("")
	}
	p := Period{year: int32(y), freq: Annual, fiscal: fiscal}
	rest := t[4:]
	if fiscal && rest != "" && rest[0] != 'Q' {
		return fail("a fiscal period is a year or a quarter")
	}
	switch {
	case rest == "":
	case len(rest) == 2 && rest[0] == 'Q':
		q, ok := digits(rest[1:])
		if !ok || q < 1 || q > 4 {
			return fail("quarter must be Q1 to Q4")
		}
		p.freq, p.sub = Quarterly, uint8(q)
	case len(rest) == 3 && rest[0] == '-':
		m, ok := digits(rest[1:])
		if !ok || m < 1 || m > 12 {
			return fail("month must be 01 to 12")
		}
		p.freq, p.sub = Monthly, uint8(m)
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-':
		m, ok1 := digits(rest[1:3])
		d, ok2 := digits(rest[4:])
		if !ok1 || !ok2 || m < 1 || m > 12 {
			return fail("month must be 01 to 12")
		}
		p.freq, p.sub, p.day = Daily, uint8(m), uint8(d)
		if d < 1 || d > DaysIn(y, time.Month(m)) {
			return fail("no such day in that month")
		}
	default:
		return fail("")
	}
	return p, nil
}

// digits parses a string of ASCII digits only (no sign, no spaces).
func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
