package finance

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/series"
)

// RateTable is the ECB's reference rate table: one row per business day,
// one column per currency, each rate the units of the currency that one
// euro buys. The rows are indexed when the table is parsed; a currency's
// column is parsed when it is first asked for.
type RateTable struct {
	file    string // the name errors give
	data    []byte
	days    []int32 // the rows' dates as days since 1970-01-01, ascending
	starts  []int32 // the offset of each row's first byte
	ends    []int32 // the offset of each row's end
	lines   []int32 // the line number of each row
	nfields int
	column  [numUnits]int                      // each currency's field, 0 when the table has none
	rates   [numUnits]func() ([]uint32, error) // each currency's column, parsed once
}

// A rate is packed in a uint32: the coefficient in the low 27 bits and
// the count of digits after the point above them; 0 is "N/A", no rate.
const (
	rateCoefBits = 27
	rateMaxCoef  = 1<<rateCoefBits - 1
	rateMaxFrac  = 1<<(32-rateCoefBits) - 1
)

func rateDecimal(r uint32) series.Decimal {
	return series.NewDecimal(int64(r&rateMaxCoef), -int(r>>rateCoefBits))
}

// ParseRateTable indexes a table in the ECB's format: a header
// "Date,USD,JPY,…," and rows "2024-10-11,1.0938,162.94,…," with the most
// recent first, "N/A" where there is no rate. Columns of codes that are
// not currencies here are skipped. Errors are *datapkg.Errors naming file.
// The table keeps data, which the caller must not change afterwards; a
// currency's column is parsed when it is first asked for. Package
// finance/ecb embeds the ECB's full history.
func ParseRateTable(data []byte, file string) (*RateTable, error) {
	t := &RateTable{file: file, data: data}
	fail := func(line, col int, field string, err error) (*RateTable, error) {
		return nil, &datapkg.Error{File: file, Line: line, Column: col, Field: field, Err: err}
	}
	end := bytes.IndexByte(data, '\n')
	if end < 0 {
		end = len(data)
	}
	header := bytes.TrimSuffix(data[:end], []byte{'\r'})
	fields := bytes.Split(header, []byte{','})
	if string(fields[0]) != "Date" {
		return fail(1, 1, "", fmt.Errorf("header starts %q (expected Date, then the currencies' codes)", fields[0]))
	}
	t.nfields = len(fields)
	for i, f := range fields[1:] {
		col := i + 1
		if len(f) == 0 && col == len(fields)-1 {
			break // the trailing comma the ECB writes
		}
		if len(f) != 3 || !isUpper(f) {
			return fail(1, col+1, "", fmt.Errorf("column %q (expected a currency's ISO 4217 code)", f))
		}
		u, ok := lookupUnit(string(f))
		if !ok || !u.IsCurrency() {
			continue
		}
		if t.column[u] != 0 {
			return fail(1, col+1, string(f), fmt.Errorf("currency %s given twice", f))
		}
		t.column[u] = col
	}
	rows := bytes.Count(data, []byte{'\n'}) + 1
	t.days, t.starts, t.ends, t.lines = make([]int32, 0, rows), make([]int32, 0, rows), make([]int32, 0, rows), make([]int32, 0, rows)
	line := 1
	for off := end + 1; off < len(data); {
		line++
		end := bytes.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += off
		}
		row := bytes.TrimSuffix(data[off:end], []byte{'\r'})
		start := off
		off = end + 1
		if len(row) == 0 {
			continue
		}
		date := row[:min(len(row), 10)]
		dn, ok := series.ParseDayNumber(date)
		if !ok || len(row) > 10 && row[10] != ',' {
			return fail(line, 1, "Date", &series.ParseError{Type: "date", Input: string(date), Expected: "a date written YYYY-MM-DD"})
		}
		day := int32(dn)
		if n := bytes.Count(row, []byte{','}) + 1; n != t.nfields {
			return fail(line, min(n, t.nfields)+1, "", fmt.Errorf("%d fields, expected %d as in the header", n, t.nfields))
		}
		if k := len(t.days); k > 0 && day >= t.days[k-1] {
			return fail(line, 1, "Date", fmt.Errorf("%s is not before %s on the line above (expected the most recent day first)", dayString(day), dayString(t.days[k-1])))
		}
		t.days = append(t.days, day)
		t.starts = append(t.starts, int32(start))
		t.ends = append(t.ends, int32(start+len(row)))
		t.lines = append(t.lines, int32(line))
	}
	if len(t.days) == 0 {
		return fail(0, 0, "", errors.New("no rows (expected a row of rates per business day)"))
	}
	for _, s := range [...][]int32{t.days, t.starts, t.ends, t.lines} {
		for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
			s[i], s[j] = s[j], s[i]
		}
	}
	for u := range t.column {
		if t.column[u] != 0 {
			u := Unit(u)
			t.rates[u] = sync.OnceValues(func() ([]uint32, error) { return t.parseColumn(u) })
		}
	}
	return t, nil
}

// parseColumn parses the rates of currency u, in ascending date order.
func (t *RateTable) parseColumn(u Unit) ([]uint32, error) {
	col := t.column[u]
	out := make([]uint32, len(t.days))
	for i := range t.days {
		row := t.data[t.starts[i]:t.ends[i]]
		// Skip col fields; the rows were found to have them all. A plain
		// loop beats bytes.IndexByte on fields this short.
		off := 0
		for k := 0; k < col; off++ {
			if row[off] == ',' {
				k++
			}
		}
		cellEnd := off
		for cellEnd < len(row) && row[cellEnd] != ',' {
			cellEnd++
		}
		cell := row[off:cellEnd]
		r, ok := parseRate(cell)
		if !ok {
			return nil, &datapkg.Error{File: t.file, Line: int(t.lines[i]), Column: col + 1, Field: u.String(),
				Err: &series.ParseError{Type: "rate", Input: string(cell), Expected: "a positive decimal of at most 9 digits such as 1.0463, or N/A"}}
		}
		out[i] = r
	}
	return out, nil
}

// parseRate parses a cell: a positive decimal, or N/A for none (0).
func parseRate(cell []byte) (uint32, bool) {
	if string(cell) == "N/A" {
		return 0, true
	}
	var coef uint32
	frac, point := 0, false
	for _, c := range cell {
		switch {
		case c >= '0' && c <= '9':
			if coef > (rateMaxCoef-9)/10 {
				return 0, false
			}
			coef = coef*10 + uint32(c-'0')
			if point {
				frac++
			}
		case c == '.' && !point:
			point = true
		default:
			return 0, false
		}
	}
	if coef == 0 || frac > rateMaxFrac || point && frac == 0 {
		return 0, false
	}
	return coef | uint32(frac)<<rateCoefBits, true
}

func isUpper(b []byte) bool {
	for _, c := range b {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// dayPeriod returns the daily period of days since 1970-01-01.
func dayPeriod(days int32) series.Period {
	return series.Day(series.CivilFromDays(int(days)))
}

// dayString writes days since 1970-01-01 as YYYY-MM-DD, for messages. It
// takes any day, also one outside the years 1 to 9999 of a series.Period
// (the day before a table's first, 0001-01-01, say), where dayPeriod
// would panic.
func dayString(days int32) string {
	return time.Unix(int64(days)*86400, 0).UTC().Format(time.DateOnly)
}

// periodDays returns the days since 1970-01-01 of a daily period.
func periodDays(p series.Period) int32 { return int32(p.Start().Unix() / 86400) }

// rate returns the published rate of currency u on row i: units of u per
// euro, exactly 1 for the euro; ok is false when the ECB published none.
func (t *RateTable) rate(u Unit, i int) (r series.Decimal, ok bool, err error) {
	if u == EUR {
		return series.NewDecimal(1, 0), true, nil
	}
	if t.rates[u] == nil {
		return series.Decimal{}, false, nil
	}
	col, err := t.rates[u]()
	if err != nil {
		return series.Decimal{}, false, err
	}
	if col[i] == 0 {
		return series.Decimal{}, false, nil
	}
	return rateDecimal(col[i]), true, nil
}

// first and last return the table's first and last days.
func (t *RateTable) first() int32 { return t.days[0] }
func (t *RateTable) last() int32  { return t.days[len(t.days)-1] }

// span says which days the table covers, for errors.
func (t *RateTable) span() string {
	return fmt.Sprintf("the ECB table runs from %s to %s", dayString(t.first()), dayString(t.last()))
}

// rowOn returns the row whose rates apply on day: the day's own, or the
// last business day's before it.
func (t *RateTable) rowOn(day int32) (int, error) {
	if day < t.first() || day > t.last() {
		return 0, fmt.Errorf("%w on %s: %s", ErrNoRate, dayString(day), t.span())
	}
	lo, hi := 0, len(t.days) // the first row after day
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.days[m] <= day {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1, nil
}
