package series_test

import (
	"encoding/json"
	"errors"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/finfig/finfig/series"
)

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in   string
		want series.Period
		freq series.Frequency
		year int
	}{
		{"2019", series.Year(2019), series.Annual, 2019},
		{"0001", series.Year(1), series.Annual, 1},
		{"9999", series.Year(9999), series.Annual, 9999},
		{"2019Q1", series.Quarter(2019, 1), series.Quarterly, 2019},
		{"2019Q4", series.Quarter(2019, 4), series.Quarterly, 2019},
		{"2015-02", series.Month(2015, time.February), series.Monthly, 2015},
		{"2015-12", series.Month(2015, time.December), series.Monthly, 2015},
		{"2022-11-28", series.Day(2022, time.November, 28), series.Daily, 2022},
		{"2020-02-29", series.Day(2020, time.February, 29), series.Daily, 2020},
		{"2000-02-29", series.Day(2000, time.February, 29), series.Daily, 2000},
		{"2019-12-31", series.Day(2019, time.December, 31), series.Daily, 2019},
	}
	for _, tt := range tests {
		p, err := series.ParsePeriod(tt.in)
		if err != nil {
			t.Errorf("ParsePeriod(%q): %v", tt.in, err)
			continue
		}
		if p != tt.want {
			t.Errorf("ParsePeriod(%q) = %v, want %v", tt.in, p, tt.want)
		}
		if p.Frequency() != tt.freq || p.YearNumber() != tt.year {
			t.Errorf("ParsePeriod(%q): frequency %v year %d, want %v %d", tt.in, p.Frequency(), p.YearNumber(), tt.freq, tt.year)
		}
		if got := p.String(); got != tt.in {
			t.Errorf("ParsePeriod(%q).String() = %q", tt.in, got)
		}
		if p.IsZero() {
			t.Errorf("ParsePeriod(%q) is zero", tt.in)
		}
	}
}

func TestParsePeriodInvalid(t *testing.T) {
	for _, in := range []string{
		"", "19", "201", "0000", "0000Q1", "0000-01", "2019Q0", "2019Q5", "2019Q", "2019Q10",
		"2019q4", "2019-00", "2019-13", "2019-1", "2019-001", "2019-02-30", "2019-02-29",
		"2021-04-31", "2019-01-00", "2019-01-32", "2019-1-01", "2019-01-1", "2019/01",
		"2019-01/01", " 2019", "2019 ", "+2019", "-2019", "20190", "2019Q4 ", "2019-W01",
		"２０１９",              // fullwidth digits
		"٢٠١٩",              // Arabic-Indic digits
		"2019Q٤", "2019-0١", // a non-ASCII digit after ASCII ones
		"10000", "2019\x00",
	} {
		p, err := series.ParsePeriod(in)
		if err == nil {
			t.Errorf("ParsePeriod(%q) = %v, want an error", in, p)
			continue
		}
		var pe *series.ParseError
		if !errors.As(err, &pe) || pe.Input != in || pe.Type != "period" {
			t.Errorf("ParsePeriod(%q): error %#v is not a *ParseError naming the input", in, err)
		}
		if !p.IsZero() {
			t.Errorf("ParsePeriod(%q) returned %v with its error, want the zero Period", in, p)
		}
	}
}

func TestPeriodConstructorsPanic(t *testing.T) {
	for name, f := range map[string]func(){
		"Year(0)":            func() { series.Year(0) },
		"Year(10000)":        func() { series.Year(10000) },
		"Quarter(2019, 0)":   func() { series.Quarter(2019, 0) },
		"Quarter(2019, 5)":   func() { series.Quarter(2019, 5) },
		"Month(2019, 13)":    func() { series.Month(2019, 13) },
		"Day(2019, 2, 29)":   func() { series.Day(2019, time.February, 29) },
		"Day(2019, 4, 31)":   func() { series.Day(2019, time.April, 31) },
		"Day(2019, 1, 0)":    func() { series.Day(2019, time.January, 0) },
		"Month(2019, 0)":     func() { series.Month(2019, 0) },
		"Day(2019, 0, 1)":    func() { series.Day(2019, 0, 1) },
		"Quarter(0, 1)":      func() { series.Quarter(0, 1) },
		"Day(-1, 1, 1)":      func() { series.Day(-1, time.January, 1) },
		"Month(2019, -1)":    func() { series.Month(2019, -1) },
		"Quarter(2019, 260)": func() { series.Quarter(2019, 260) }, // would wrap to 4 in a uint8
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s did not panic", name)
				}
			}()
			f()
		}()
	}
}

func TestDayOf(t *testing.T) {
	loc := time.FixedZone("UTC+10", 10*3600)
	got := series.DayOf(time.Date(2022, 11, 28, 23, 30, 0, 0, loc))
	if want := series.Day(2022, time.November, 28); got != want {
		t.Errorf("DayOf = %v, want %v (the day in t's location)", got, want)
	}
}

func TestPeriodText(t *testing.T) {
	for _, p := range []series.Period{
		series.Year(2019), series.Quarter(2019, 4), series.Month(2015, time.February),
		series.Day(2022, time.November, 28), series.Year(1), series.Day(9999, time.December, 31),
		{}, // the zero Period marshals as "" and back
	} {
		b, err := p.MarshalText()
		if err != nil {
			t.Errorf("%v.MarshalText: %v", p, err)
			continue
		}
		if string(b) != p.String() {
			t.Errorf("%v.MarshalText = %q, String = %q", p, b, p.String())
		}
		if got := string(p.AppendText([]byte("x"))); !p.IsZero() && got != "x"+p.String() {
			t.Errorf("%v.AppendText = %q", p, got)
		}
		var q series.Period
		if err := q.UnmarshalText(b); err != nil || q != p {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, q, err, p)
		}
	}

	// In JSON, as a field and as a map key.
	type rec struct {
		From, To series.Period
		By       map[series.Period]int
	}
	in := rec{From: series.Year(2012), By: map[series.Period]int{series.Quarter(2019, 4): 1, series.Day(2022, 11, 28): 2}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"From":"2012","To":"","By":{"2019Q4":1,"2022-11-28":2}}`; string(b) != want {
		t.Errorf("json = %s, want %s", b, want)
	}
	var out rec
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out.From != in.From || out.To != in.To || len(out.By) != 2 || out.By[series.Quarter(2019, 4)] != 1 {
		t.Errorf("json round trip = %+v, want %+v", out, in)
	}

	var q series.Period
	if err := q.UnmarshalText([]byte("2019Q5")); err == nil {
		t.Error("UnmarshalText(2019Q5) succeeded")
	}
}

func TestPeriodZero(t *testing.T) {
	var z series.Period
	if !z.IsZero() || z.String() != "" || z.Frequency() != 0 {
		t.Errorf("zero Period: IsZero %v, String %q, Frequency %v", z.IsZero(), z.String(), z.Frequency())
	}
	if _, err := series.ParsePeriod(""); err == nil {
		t.Error(`ParsePeriod("") succeeded: only UnmarshalText maps "" to the zero Period`)
	}
	if z == series.Year(1) {
		t.Error("zero Period == Year(1)")
	}
}

func TestFrequency(t *testing.T) {
	for _, tt := range []struct {
		f       series.Frequency
		name    string
		perYear int
	}{
		{series.Annual, "annual", 1}, {series.Quarterly, "quarterly", 4},
		{series.Monthly, "monthly", 12}, {series.Daily, "daily", 0},
	} {
		if tt.f.String() != tt.name || tt.f.PerYear() != tt.perYear {
			t.Errorf("%d: String %q PerYear %d, want %q %d", tt.f, tt.f, tt.f.PerYear(), tt.name, tt.perYear)
		}
		b, err := tt.f.MarshalText()
		if err != nil || string(b) != tt.name {
			t.Errorf("%v.MarshalText = %q, %v", tt.f, b, err)
		}
		var g series.Frequency
		if err := g.UnmarshalText(b); err != nil || g != tt.f {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, g, err)
		}
	}
	if _, err := series.ParseFrequency("yearly"); err == nil {
		t.Error(`ParseFrequency("yearly") succeeded`)
	}
	if _, err := series.Frequency(0).MarshalText(); err == nil {
		t.Error("Frequency(0).MarshalText succeeded")
	}
	if s := series.Frequency(9).String(); s != "Frequency(9)" {
		t.Errorf("Frequency(9).String() = %q", s)
	}
}

func TestPeriodStartEnd(t *testing.T) {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	for _, tt := range []struct {
		p          series.Period
		start, end time.Time
	}{
		{series.Year(2019), d(2019, 1, 1), d(2020, 1, 1)},
		{series.Quarter(2019, 4), d(2019, 10, 1), d(2020, 1, 1)},
		{series.Quarter(2019, 1), d(2019, 1, 1), d(2019, 4, 1)},
		{series.Month(2020, time.February), d(2020, 2, 1), d(2020, 3, 1)},
		{series.Month(2019, time.December), d(2019, 12, 1), d(2020, 1, 1)},
		{series.Day(2020, time.February, 29), d(2020, 2, 29), d(2020, 3, 1)},
		{series.Day(2019, time.December, 31), d(2019, 12, 31), d(2020, 1, 1)},
	} {
		if !tt.p.Start().Equal(tt.start) || !tt.p.End().Equal(tt.end) {
			t.Errorf("%v: [%v, %v), want [%v, %v)", tt.p, tt.p.Start(), tt.p.End(), tt.start, tt.end)
		}
	}
}

func TestPeriodAddSub(t *testing.T) {
	for _, tt := range []struct {
		p    series.Period
		n    int
		want series.Period
	}{
		{series.Year(2019), 1, series.Year(2020)},
		{series.Year(2019), -7, series.Year(2012)},
		{series.Quarter(2019, 4), 1, series.Quarter(2020, 1)},
		{series.Quarter(2020, 1), -1, series.Quarter(2019, 4)},
		{series.Quarter(2019, 3), 6, series.Quarter(2021, 1)},
		{series.Quarter(2019, 2), -9, series.Quarter(2017, 1)},
		{series.Month(2019, time.December), 1, series.Month(2020, time.January)},
		{series.Month(2020, time.January), -1, series.Month(2019, time.December)},
		{series.Month(2019, time.November), 14, series.Month(2021, time.January)},
		{series.Month(2019, time.March), -27, series.Month(2016, time.December)},
		{series.Day(2019, time.December, 31), 1, series.Day(2020, time.January, 1)},
		{series.Day(2020, time.March, 1), -1, series.Day(2020, time.February, 29)},
		{series.Day(2019, time.March, 1), -1, series.Day(2019, time.February, 28)},
		{series.Day(2019, time.January, 1), 365, series.Day(2020, time.January, 1)},
		{series.Day(2020, time.January, 1), 366, series.Day(2021, time.January, 1)},
		{series.Day(1960, time.June, 15), 1, series.Day(1960, time.June, 16)}, // before the Unix epoch
		{series.Day(1970, time.January, 1), -1, series.Day(1969, time.December, 31)},
		{series.Year(2019), 0, series.Year(2019)},
	} {
		got := tt.p.Add(tt.n)
		if got != tt.want {
			t.Errorf("%v.Add(%d) = %v, want %v", tt.p, tt.n, got, tt.want)
		}
		if back := got.Sub(tt.p); back != tt.n {
			t.Errorf("%v.Sub(%v) = %d, want %d", got, tt.p, back, tt.n)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("Sub of an annual and a quarterly period did not panic")
		}
	}()
	series.Year(2019).Sub(series.Quarter(2019, 4))
}

func TestYearsBetween(t *testing.T) {
	for _, tt := range []struct {
		p, q series.Period
		want float64
	}{
		{series.Year(2012), series.Year(2019), 7},
		{series.Year(2019), series.Year(2012), -7},
		{series.Year(2019), series.Year(2019), 0},
		{series.Quarter(2019, 3), series.Quarter(2019, 4), 0.25},
		{series.Quarter(2018, 4), series.Quarter(2019, 4), 1},
		{series.Quarter(2019, 4), series.Quarter(2020, 1), 0.25},
		{series.Year(2018), series.Quarter(2019, 1), 0.25},
		{series.Year(2012), series.Quarter(2019, 4), 7},
		{series.Month(2015, time.February), series.Month(2016, time.February), 1},
		{series.Month(2015, time.January), series.Month(2015, time.July), 0.5},
		{series.Month(2019, time.December), series.Month(2020, time.January), 1.0 / 12},
		{series.Year(2012), series.Month(2015, time.February), 2 + 2.0/12},
		{series.Day(2019, time.January, 1), series.Day(2020, time.January, 1), 365 / 365.2425},
		{series.Year(2019), series.Day(2020, time.December, 31), 366 / 365.2425},
	} {
		if got := series.YearsBetween(tt.p, tt.q); got != tt.want {
			t.Errorf("YearsBetween(%v, %v) = %v, want %v", tt.p, tt.q, got, tt.want)
		}
	}
}

func TestPeriodCompare(t *testing.T) {
	// In order: periods sort by their end, then the one that starts later
	// first, so a quarter comes before its year.
	ordered := []series.Period{
		series.Year(2018),
		series.Day(2019, time.January, 1),
		series.Month(2019, time.January),
		series.Quarter(2019, 1),
		series.Quarter(2019, 3),
		series.Day(2019, time.December, 31),
		series.Month(2019, time.December),
		series.Quarter(2019, 4),
		series.Year(2019),
		series.Month(2020, time.January),
		series.Year(2020),
	}
	for i, p := range ordered {
		for j, q := range ordered {
			want := 0
			switch {
			case i < j:
				want = -1
			case i > j:
				want = 1
			}
			if got := p.Compare(q); got != want {
				t.Errorf("%v.Compare(%v) = %d, want %d", p, q, got, want)
			}
			if got := p.Before(q); got != (want < 0) {
				t.Errorf("%v.Before(%v) = %v", p, q, got)
			}
		}
	}
	shuffled := slices.Clone(ordered)
	slices.Reverse(shuffled)
	slices.SortFunc(shuffled, series.Period.Compare)
	if !slices.Equal(shuffled, ordered) {
		t.Errorf("sorted = %v, want %v", shuffled, ordered)
	}
}

func TestPeriodContainsOverlaps(t *testing.T) {
	y19 := series.Year(2019)
	for _, tt := range []struct {
		p, q               series.Period
		contains, overlaps bool
	}{
		{y19, y19, true, true},
		{y19, series.Quarter(2019, 3), true, true},
		{y19, series.Quarter(2020, 1), false, false},
		{y19, series.Day(2019, time.July, 24), true, true},
		{y19, series.Day(2020, time.January, 1), false, false},
		{y19, series.Day(2018, time.December, 31), false, false},
		{series.Quarter(2019, 3), y19, false, true},
		{series.Quarter(2019, 3), series.Month(2019, time.September), true, true},
		{series.Quarter(2019, 3), series.Month(2019, time.October), false, false},
		{series.Month(2019, time.February), series.Day(2019, time.February, 28), true, true},
		{series.Day(2019, time.February, 28), series.Month(2019, time.February), false, true},
		{series.Year(2018), y19, false, false}, // adjacent: End of one is Start of the other
	} {
		if got := tt.p.Contains(tt.q); got != tt.contains {
			t.Errorf("%v.Contains(%v) = %v", tt.p, tt.q, got)
		}
		if got := tt.p.Overlaps(tt.q); got != tt.overlaps {
			t.Errorf("%v.Overlaps(%v) = %v", tt.p, tt.q, got)
		}
		if tt.p.Overlaps(tt.q) != tt.q.Overlaps(tt.p) {
			t.Errorf("Overlaps(%v, %v) is not symmetric", tt.p, tt.q)
		}
	}
}

func TestFiscalPeriods(t *testing.T) {
	tests := []struct {
		in   string
		want series.Period
		freq series.Frequency
	}{
		{"FY2019", series.FiscalYear(2019), series.Annual},
		{"FY2019Q1", series.FiscalQuarter(2019, 1), series.Quarterly},
		{"FY2019Q4", series.FiscalQuarter(2019, 4), series.Quarterly},
		{"FY0001", series.FiscalYear(1), series.Annual},
	}
	for _, tt := range tests {
		p, err := series.ParsePeriod(tt.in)
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", tt.in, err)
		}
		if p != tt.want || !p.IsFiscal() || p.Frequency() != tt.freq || p.String() != tt.in {
			t.Errorf("ParsePeriod(%q) = %v (fiscal %t, %v), want %v", tt.in, p, p.IsFiscal(), p.Frequency(), tt.want)
		}
		b, err := p.MarshalText()
		if err != nil || string(b) != tt.in {
			t.Errorf("%v.MarshalText() = %q, %v", p, b, err)
		}
	}
	for _, in := range []string{"FY", "FY201", "FY2019-01", "FY2019-01-01", "FY2019Q5", "FY2019Q0", "fy2019", "FY 2019", "FYFY2019", "2019FY"} {
		if p, err := series.ParsePeriod(in); err == nil {
			t.Errorf("ParsePeriod(%q) = %v, want an error", in, p)
		}
	}
	fy, cy := series.FiscalYear(2019), series.Year(2019)
	if fy == cy || fy.Compare(cy) != 1 || cy.Compare(fy) != -1 {
		t.Errorf("FY2019 against 2019: == %t, Compare %d", fy == cy, fy.Compare(cy))
	}
	if got := series.FiscalQuarter(2019, 4).Add(1); got != series.FiscalQuarter(2020, 1) {
		t.Errorf("FY2019Q4 + 1 = %v, want FY2020Q1", got)
	}
	if got := series.FiscalYear(2019).Add(-7); got != series.FiscalYear(2012) {
		t.Errorf("FY2019 - 7 = %v, want FY2012", got)
	}
	if got := series.FiscalYear(2019).Sub(series.FiscalYear(2012)); got != 7 {
		t.Errorf("FY2019 - FY2012 = %d periods, want 7", got)
	}
	if got := series.YearsBetween(series.FiscalQuarter(2019, 1), series.FiscalQuarter(2019, 4)); got != 0.75 {
		t.Errorf("YearsBetween(FY2019Q1, FY2019Q4) = %g, want 0.75", got)
	}
	if !fy.Contains(series.FiscalQuarter(2019, 3)) || fy.Contains(series.Quarter(2019, 3)) || fy.Overlaps(cy) {
		t.Error("FY2019 must contain FY2019Q3 and neither contain 2019Q3 nor overlap 2019")
	}
	if !series.FiscalQuarter(2019, 4).Before(fy) {
		t.Error("FY2019Q4 must sort before FY2019, as 2019Q4 before 2019")
	}
	m := map[series.Period]int{fy: 1, cy: 2}
	if len(m) != 2 || m[series.FiscalYear(2019)] != 1 {
		t.Errorf("fiscal and calendar periods as map keys: %v", m)
	}
	defer func() {
		if recover() == nil {
			t.Error("Sub of a fiscal and a calendar period did not panic")
		}
	}()
	fy.Sub(cy)
}

func TestFiscalSeriesGrowth(t *testing.T) {
	var pts []series.Point
	for i, v := range []string{"100", "110", "121"} {
		pts = append(pts, series.Point{Period: series.FiscalYear(2017 + i), Value: series.MustParseValue(v)})
	}
	s, err := series.New(series.Meta{ID: "x", Unit: "USD", Frequency: series.Annual}, pts)
	if err != nil {
		t.Fatal(err)
	}
	g, err := series.GrowthBetween(s, series.FiscalYear(2017), series.FiscalYear(2019))
	if err != nil {
		t.Fatal(err)
	}
	if g.Years != 2 || math.Abs(g.CAGR.Point-0.1) > 1e-12 {
		t.Errorf("CAGR FY2017-FY2019 = %g over %g years, want 0.1 over 2", g.CAGR.Point, g.Years)
	}
	yoy := series.YoY(s)
	if len(yoy) != 2 || yoy[0].Period != series.FiscalYear(2018) || math.Abs(yoy[1].Point-0.1) > 1e-12 {
		t.Errorf("YoY = %+v, want FY2018 and FY2019 at 10%%", yoy)
	}
}

func TestCompareDays(t *testing.T) {
	// The fast comparison of days agrees with their dates.
	days := []series.Period{series.Day(1, 1, 1), series.Day(1969, 12, 31), series.Day(1970, 1, 1), series.Day(2000, 2, 29),
		series.Day(2000, 3, 1), series.Day(2019, 12, 31), series.Day(9999, 12, 31)}
	for _, a := range days {
		for _, b := range days {
			want := a.Start().Compare(b.Start())
			if got := a.Compare(b); got != want {
				t.Errorf("%v.Compare(%v) = %d, want %d", a, b, got, want)
			}
		}
	}
}
