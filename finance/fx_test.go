package finance

import (
	"bytes"
	"errors"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/series"
)

func TestRate(t *testing.T) {
	for _, tt := range []struct {
		day       series.Period
		from, to  Unit
		date      series.Period
		rate      float64
		published string
	}{
		{series.Day(2022, 11, 28), EUR, USD, series.Day(2022, 11, 28), 1.0463, "1.0463"},
		{series.Day(2022, 11, 25), EUR, USD, series.Day(2022, 11, 25), 1.0375, "1.0375"},
		{series.Day(2022, 11, 26), EUR, USD, series.Day(2022, 11, 25), 1.0375, "1.0375"},   // Saturday
		{series.Day(1999, 1, 4), EUR, USD, series.Day(1999, 1, 4), 1.1789, "1.1789"},       // the first row
		{series.Day(2024, 10, 11), EUR, GBP, series.Day(2024, 10, 11), 0.83705, "0.83705"}, // the last
		{series.Day(2024, 10, 11), EUR, ZAR, series.Day(2024, 10, 11), 19.1041, "19.1041"}, // the last column
		{series.Day(1999, 1, 4), EUR, TRL, series.Day(1999, 1, 4), 372274, "372274"},
		{series.Day(2022, 11, 28), EUR, EUR, series.Day(2022, 11, 28), 1, "1"},
	} {
		q, err := testRates(t).Rate(tt.day, tt.from, tt.to)
		if err != nil {
			t.Errorf("Rate(%s, %v, %v): %v", tt.day, tt.from, tt.to, err)
			continue
		}
		if q.Date != tt.date || q.Requested != tt.day || q.Rate != tt.rate || q.ToPerEUR.String() != tt.published || q.Fallback() != (tt.day != tt.date) {
			t.Errorf("Rate(%s, %v, %v) = %+v, want date %s rate %g", tt.day, tt.from, tt.to, q, tt.date, tt.rate)
		}
		if q.Source.Kind != "P" || !strings.Contains(q.Source.Document, "European Central Bank") {
			t.Errorf("source %+v", q.Source)
		}
	}
}

func TestCrossRate(t *testing.T) {
	day := series.Day(2022, 11, 28)
	usd, _ := testRates(t).Rate(day, EUR, USD)
	gbp, _ := testRates(t).Rate(day, EUR, GBP)
	q, err := testRates(t).Rate(day, USD, GBP)
	if err != nil {
		t.Fatal(err)
	}
	if want := gbp.Rate / usd.Rate; q.Rate != want {
		t.Errorf("USD→GBP %g, want GBP/EUR ÷ USD/EUR = %g", q.Rate, want)
	}
	back, _ := testRates(t).Rate(day, GBP, USD)
	if math.Abs(back.Rate*q.Rate-1) > 1e-15 {
		t.Errorf("GBP→USD × USD→GBP = %g", back.Rate*q.Rate)
	}
	inv, _ := testRates(t).Rate(day, USD, EUR)
	if inv.Rate != 1/1.0463 {
		t.Errorf("USD→EUR %g, want 1/1.0463", inv.Rate)
	}
	if got, want := q.String(), "1 USD = 0.827736 GBP (ECB reference rates of 2022-11-28: 0.86606 GBP and 1.0463 USD per EUR)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got, want := inv.String(), "1 USD = 0.955749 EUR (ECB reference rate of 2022-11-28: 1.0463 USD per EUR)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestRateErrors(t *testing.T) {
	for _, tt := range []struct {
		day      series.Period
		from, to Unit
		want     string
		noRate   bool
	}{
		{series.Day(1999, 1, 3), EUR, USD, "rate EUR→USD: no ECB reference rate on 1999-01-03: the ECB table runs from 1999-01-04 to 2024-10-11", true},
		{series.Day(2024, 10, 12), USD, GBP, "rate USD→GBP: no ECB reference rate on 2024-10-12: the ECB table runs from 1999-01-04 to 2024-10-11", true},
		{series.Day(2022, 11, 28), RUB, USD, "rate RUB→USD: no ECB reference rate on 2022-11-28: the ECB published none for RUB", true},
		{series.Day(2024, 10, 11), EUR, CYP, "rate EUR→CYP: no ECB reference rate on 2024-10-11: the ECB published none for CYP", true},
		{series.Year(2022), EUR, USD, `rate EUR→USD: date "2022" is not a day (expected YYYY-MM-DD)`, false},
		{series.Day(2022, 11, 28), EUR, Users, `rate EUR→users: "users" is not a currency`, false},
	} {
		_, err := testRates(t).Rate(tt.day, tt.from, tt.to)
		if err == nil || err.Error() != tt.want {
			t.Errorf("Rate(%s, %v, %v): error\n%v\nwant\n%s", tt.day, tt.from, tt.to, err, tt.want)
		}
		if errors.Is(err, ErrNoRate) != tt.noRate {
			t.Errorf("Rate(%s, %v, %v): errors.Is(err, ErrNoRate) = %v", tt.day, tt.from, tt.to, !tt.noRate)
		}
	}
}

func TestConvert(t *testing.T) {
	eur := value("265", 6) // €265 million
	for _, tt := range []struct {
		day  series.Period
		want string // as the case's sources give it
	}{
		{series.Day(2022, 11, 28), "$277.27 million"},
		{series.Day(2022, 11, 25), "$274.94 million"},
	} {
		e, _, err := testRates(t).Convert(eur, EUR, USD, tt.day)
		if err != nil {
			t.Fatal(err)
		}
		if got := FormatFloat(e.Point, USD, 2); got != tt.want {
			t.Errorf("€265 million on %s = %s, want %s", tt.day, got, tt.want)
		}
	}
	e, _, _ := testRates(t).Convert(eur, EUR, USD, series.Day(2022, 11, 28))
	// [264.5, 265.5] million × 1.0463, exactly.
	if e.Point != 277269500 || e.Lo != 276746350 || e.Hi != 277792650 {
		t.Errorf("Convert = %+v, want 277269500 [276746350, 277792650]", e)
	}
	back, _, _ := testRates(t).Convert(value("277.27", 6), USD, EUR, series.Day(2022, 11, 28))
	if !back.Interval().Contains(265e6) {
		t.Errorf("$277.27 million back to EUR: %v does not contain 265 million", back)
	}
}

func TestImpliedRate(t *testing.T) {
	e, err := ImpliedRate(value("265", 6), value("284", 6))
	if err != nil {
		t.Fatal(err)
	}
	if e.Point != 284.0/265 || e.Lo != 283.5/265.5 || e.Hi != 284.5/264.5 {
		t.Errorf("ImpliedRate = %+v", e)
	}
	for _, tt := range []struct{ a, c string }{{"0", "5"}, {"265", "-1"}, {"-265", "284"}} {
		if _, err := ImpliedRate(value(tt.a, 6), value(tt.c, 6)); err == nil {
			t.Errorf("ImpliedRate(%s, %s): no error", tt.a, tt.c)
		}
	}
}

func TestDatesWithRate(t *testing.T) {
	eur, usd := value("265", 6), value("284", 6)
	iv, _ := ImpliedRate(eur, usd)
	qs, err := testRates(t).DatesWithRate(EUR, USD, iv.Interval(), series.Day(2022, 1, 1), series.Day(2023, 12, 31))
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) == 0 {
		t.Fatal("no dates")
	}
	// Every day found reproduces the conversion exactly, and every
	// business day of the span not found does not.
	found := map[series.Period]bool{}
	for _, q := range qs {
		found[q.Date] = true
		if !q.Reproduces(eur, usd) || q.Fallback() {
			t.Errorf("%s: rate %s does not reproduce $284 million", q.Date, q.ToPerEUR)
		}
	}
	all, _ := testRates(t).DatesWithRate(EUR, USD, series.Interval{Lo: 0, Hi: math.Inf(1)}, series.Day(2022, 1, 1), series.Day(2023, 12, 31))
	for _, q := range all {
		if !found[q.Date] && q.Reproduces(eur, usd) {
			t.Errorf("%s: rate %s reproduces $284 million but was not found", q.Date, q.ToPerEUR)
		}
	}
	if n := len(all); n != 512 {
		t.Errorf("%d business days in 2022-2023, want 512", n)
	}

	for _, tt := range []struct {
		start, end series.Period
		want       string
	}{
		{series.Day(1998, 12, 31), series.Day(1999, 1, 8), "rates EUR→USD: no ECB reference rate on 1998-12-31: the ECB table runs from 1999-01-04 to 2024-10-11"},
		{series.Day(2024, 1, 1), series.Day(2024, 12, 31), "rates EUR→USD: no ECB reference rate on 2024-12-31: the ECB table runs from 1999-01-04 to 2024-10-11"},
		{series.Day(2023, 1, 1), series.Day(2022, 1, 1), "rates EUR→USD from 2023-01-01 to 2022-01-01: window ends before it starts"},
	} {
		_, err := testRates(t).DatesWithRate(EUR, USD, iv.Interval(), tt.start, tt.end)
		if err == nil || err.Error() != tt.want {
			t.Errorf("DatesWithRate(%s, %s): error\n%v\nwant\n%s", tt.start, tt.end, err, tt.want)
		}
	}
}

// TestRateTableColumns parses every column of the embedded table: every
// cell is a rate or N/A.
func TestRateTableColumns(t *testing.T) {
	tab, err := testRateTable()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(tab.days); n != 6603 {
		t.Errorf("%d rows, want 6603", n)
	}
	columns := 0
	for u := range tab.rates {
		if tab.rates[u] == nil {
			continue
		}
		columns++
		if _, err := tab.rates[u](); err != nil {
			t.Errorf("%v: %v", Unit(u), err)
		}
	}
	if columns != 41 {
		t.Errorf("%d currency columns, want 41", columns)
	}
}

func TestRateTableErrors(t *testing.T) {
	const header = "Date,USD,JPY,\n"
	for _, tt := range []struct{ in, want string }{
		{"", `ecb-eurofxref-hist.csv:1:1: header starts "" (expected Date, then the currencies' codes)`},
		{"Date,USD,JPY,\n", "ecb-eurofxref-hist.csv: no rows (expected a row of rates per business day)"},
		{"Date,usd,\n", `ecb-eurofxref-hist.csv:1:2: column "usd" (expected a currency's ISO 4217 code)`},
		{"Date,USD,USD,\n", "ecb-eurofxref-hist.csv:1:3 (USD): currency USD given twice"},
		{header + "2024-10-11,1.0938,162.94\n", "ecb-eurofxref-hist.csv:2:4: 3 fields, expected 4 as in the header"},
		{header + "2024-10-32,1.0938,162.94,\n", `ecb-eurofxref-hist.csv:2:1 (Date): cannot parse "2024-10-32" as date (expected a date written YYYY-MM-DD)`},
		{header + "2024-10-10,1.0938,162.94,\n2024-10-11,1.0932,162.85,\n", "ecb-eurofxref-hist.csv:3:1 (Date): 2024-10-11 is not before 2024-10-10 on the line above (expected the most recent day first)"},
	} {
		_, err := ParseRateTable([]byte(tt.in), "ecb-eurofxref-hist.csv")
		if err == nil || err.Error() != tt.want {
			t.Errorf("ParseRateTable(%q): error\n%v\nwant\n%s", tt.in, err, tt.want)
		}
	}
	tab, err := ParseRateTable([]byte(header+"2024-10-11,1.09x,162.94,\r\n"), "ecb-eurofxref-hist.csv")
	if err != nil {
		t.Fatal(err)
	}
	_, err = tab.rates[USD]()
	var e *datapkg.Error
	if want := `ecb-eurofxref-hist.csv:2:2 (USD): cannot parse "1.09x" as rate (expected a positive decimal of at most 9 digits such as 1.0463, or N/A)`; err == nil || err.Error() != want || !errors.As(err, &e) {
		t.Errorf("bad cell: error\n%v\nwant\n%s", err, want)
	}
	if _, err := tab.rates[JPY](); err != nil {
		t.Errorf("JPY: %v", err)
	}
}

// FuzzRateTable feeds arbitrary bytes to the rate table's parser: it must
// never panic, and a table it accepts must answer for every row and
// column.
func FuzzRateTable(f *testing.F) {
	f.Add([]byte("Date,USD,JPY,\n2024-10-11,1.0938,162.94,\n2024-10-10,N/A,162.85,\n"))
	f.Add([]byte("Date,USD,GBP\r\n2000-02-29,0.9,0.6\r\n\r\n"))
	ecb := ecbFile(f)
	f.Add(ecb[:bytes.IndexByte(ecb[2000:], '\n')+2001])
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := ParseRateTable(data, "ecb-eurofxref-hist.csv")
		if err != nil {
			var e *datapkg.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is %T, not *datapkg.Error", err, err)
			}
			return
		}
		for u := range tab.rates {
			if tab.rates[u] == nil {
				continue
			}
			col, err := tab.rates[u]()
			if err != nil {
				continue
			}
			for i := range col {
				if q, ok, err := tab.quote(i, EUR, Unit(u)); err != nil || ok != (col[i] != 0) || ok && q.Rate <= 0 {
					t.Fatalf("row %d %v: %+v %v %v", i, Unit(u), q, ok, err)
				}
			}
		}
		for _, d := range []int32{tab.first() - 1, tab.first(), tab.last(), tab.last() + 1} {
			tab.rowOn(d)
		}
	})
}

// BenchmarkECBParse measures what the first conversion in a process pays:
// indexing the embedded table and parsing the USD column.
func BenchmarkECBParse(b *testing.B) { benchmarkECBParse(b, USD) }

// BenchmarkECBParseAll parses every column of the embedded table.
func BenchmarkECBParseAll(b *testing.B) { benchmarkECBParse(b) }

// benchmarkECBParse indexes the embedded table and parses the columns of
// units, or every column if there are none.
func benchmarkECBParse(b *testing.B, units ...Unit) {
	data := ecbFile(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		tab, err := ParseRateTable(data, "ecb-eurofxref-hist.csv")
		if err != nil {
			b.Fatal(err)
		}
		for u, parse := range tab.rates {
			if parse == nil || len(units) > 0 && !slices.Contains(units, Unit(u)) {
				continue
			}
			if _, err := parse(); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkConvert(b *testing.B) {
	eur := value("265", 6)
	day := series.Day(2022, 11, 28)
	benchmarkLoop(b, func() error { _, _, err := testRates(b).Convert(eur, EUR, USD, day); return err })
}

func BenchmarkRate(b *testing.B) {
	day := series.Day(2022, 11, 28)
	benchmarkLoop(b, func() error { _, err := testRates(b).Rate(day, USD, GBP); return err })
}

func BenchmarkDatesWithRate(b *testing.B) {
	iv := series.Interval{Lo: 1.0678, Hi: 1.0756}
	start, end := series.Day(1999, 1, 4), series.Day(2024, 10, 11)
	benchmarkLoop(b, func() error { _, err := testRates(b).DatesWithRate(EUR, USD, iv, start, end); return err })
}

// benchmarkLoop times f, after a first call outside the timing that parses
// the columns f needs.
func benchmarkLoop(b *testing.B, f func() error) {
	if err := f(); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := f(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestConcurrentFirstUse asks a fresh table for rates from many goroutines
// at once, so that the columns are parsed concurrently; run with -race.
func TestConcurrentFirstUse(t *testing.T) {
	tab, err := ParseRateTable(ecbFile(t), "ecb-eurofxref-hist.csv")
	if err != nil {
		t.Fatal(err)
	}
	i, err := tab.rowOn(periodDays(series.Day(2022, 11, 28)))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for _, u := range []Unit{USD, GBP, JPY, USD, CHF, GBP, ZAR, USD} {
		wg.Go(func() {
			if _, ok, err := tab.quote(i, u, EUR); err != nil || !ok {
				t.Errorf("%v: %v %v", u, ok, err)
			}
		})
	}
	wg.Wait()
	for range 4 {
		wg.Go(func() {
			if _, err := testRates(t).Rate(series.Day(2022, 11, 28), USD, GBP); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
}
