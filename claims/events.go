package claims

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/series"
)

// Event is a reference fact that date, frequency, duration, difference and
// event-value claims are checked against: a penalty, a settlement, a
// count, a tenure, a cadence. Fields the sources do not give are zero:
// no Date, no Value (HasValue false), no PerYear.
type Event struct {
	ID, Name, Kind string
	Date, EndDate  series.Period // the start (or only) date and, for spans, the end
	Value          series.Value  // in base units of Unit, when HasValue
	HasValue       bool
	Unit           string
	PerYear        float64 // for cadences: occurrences a year
	Source         series.Source

	// The optional columns of EventOptionalColumns.
	URL       string // the web address of the source, as found
	Published string // the day (or month) the source was published
	Party     string // for an allegation (source kind A): who alleges it
	Says      string // what the source states, paraphrased
	Parts     string // for a total: the ids of the events it adds up, separated by spaces
}

// Independent reports whether the event's source is a reference rather
// than one of the articles being checked: only the seed articles ("seed")
// and rows with no source ("none") are not.
func (e Event) Independent() bool {
	return e.Source.Kind != "seed" && e.Source.Kind != "none" && e.Source.Kind != ""
}

// Events is a table of reference events by id.
type Events struct {
	byID  map[string]Event
	order []string
}

// Get returns the event with the given id.
func (t *Events) Get(id string) (Event, bool) {
	e, ok := t.byID[id]
	return e, ok
}

// IDs returns the event ids in file order.
func (t *Events) IDs() []string { return slices.Clone(t.order) }

// maxEventDecimals bounds the decimals column, as datapkg bounds the
// observations': no figure is stated to more than 10^99 or finer than
// 10^-99.
const maxEventDecimals = 99

var eventColumns = []string{"id", "name", "kind", "date", "end_date", "value", "unit", "decimals",
	"per_year", "source_kind", "source", "locator", "quote", "note"}

// EventOptionalColumns may follow the required columns of an events table,
// all of them in this order: the source's address, its date of
// publication, the alleging party, a paraphrase of what it says, and the
// event ids a total adds up (separated by spaces).
var EventOptionalColumns = []string{"url", "published", "party", "says", "parts"}

// LoadEvents reads events.csv from fsys, the events of a user's data
// package.
func LoadEvents(fsys fs.FS, name string) (*Events, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadEvents(f, name)
}

// ReadEvents reads an events table in the CSV form of a
// case's events.csv (cases/fbnetflix/data/events.csv). file names it in errors, which are
// *LedgerError values with the line and column of the bad field.
//
// A table larger than MaxLedgerSize is refused, not cut short.
func ReadEvents(r io.Reader, file string) (*Events, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxLedgerSize+1))
	if err != nil {
		return nil, &LedgerError{File: file, Line: 1, Column: 1, Msg: "cannot read: " + err.Error(), Err: err}
	}
	if len(data) > MaxLedgerSize {
		return nil, &LedgerError{File: file, Line: 1, Column: 1,
			Msg: fmt.Sprintf("events table is larger than the limit of %d bytes (claims.MaxLedgerSize)", MaxLedgerSize)}
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		return nil, csvError(file, err)
	}
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\uFEFF")
	}
	full := append(slices.Clone(eventColumns), EventOptionalColumns...)
	if !slices.Equal(header, eventColumns) && !slices.Equal(header, full) {
		return nil, &LedgerError{File: file, Line: 1, Column: 1,
			Msg: "header is " + strings.Join(header, ",") + "; expected " + strings.Join(eventColumns, ",") +
				" optionally followed by " + strings.Join(EventOptionalColumns, ",")}
	}
	columns := header
	t := &Events{byID: map[string]Event{}}
	lines := map[string]int{} // the line of each event
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if errors.Is(err, csv.ErrFieldCount) {
			l, _ := cr.FieldPos(0)
			return nil, &LedgerError{File: file, Line: l, Column: 1, Err: err,
				Msg: fmt.Sprintf("%d fields, expected %d (%s)", len(rec), len(columns), strings.Join(columns, ","))}
		}
		if err != nil {
			return nil, csvError(file, err)
		}
		fail := func(col int, format string, args ...any) (*Events, error) {
			l, c := cr.FieldPos(col)
			return nil, &LedgerError{File: file, Line: l, Column: c,
				Msg: columns[col] + ": " + fmt.Sprintf(format, args...)}
		}
		for i, f := range rec {
			if !utf8.ValidString(f) {
				return fail(i, "invalid UTF-8 (expected UTF-8 text)")
			}
		}
		e := Event{ID: rec[0], Name: rec[1], Kind: rec[2], Unit: rec[6],
			Source: series.Source{Kind: rec[9], Document: rec[10], Locator: rec[11], Quote: rec[12], Note: rec[13]}}
		if len(rec) > len(eventColumns) {
			o := rec[len(eventColumns):]
			e.URL, e.Published, e.Party, e.Says = o[0], o[1], o[2], o[3]
			e.Parts = o[4]
		}
		if !validID(e.ID) {
			return fail(0, "expected an id of lowercase letters, digits, '-', '_' and '.', got %q", e.ID)
		}
		if first, dup := lines[e.ID]; dup {
			return fail(0, "event %q given twice (first on line %d; expected each id once)", e.ID, first)
		}
		lines[e.ID], _ = cr.FieldPos(0)
		for i, dst := range []*series.Period{&e.Date, &e.EndDate} {
			if s := rec[3+i]; s != "" {
				p, err := series.ParsePeriod(s)
				if err != nil {
					return fail(3+i, "%v", err)
				}
				*dst = p
			}
		}
		if !e.Date.IsZero() && !e.EndDate.IsZero() && e.EndDate.End().Before(e.Date.Start()) {
			return fail(4, "end_date %s is before date %s (expected a span that ends after it starts)", e.EndDate, e.Date)
		}
		if e.Unit != "" {
			if _, err := finance.ParseUnit(e.Unit); err != nil {
				return fail(6, "%v", err)
			}
		}
		if rec[5] != "" {
			d, err := series.ParseDecimal(rec[5])
			if err != nil {
				return fail(5, "%v", err)
			}
			dec := series.Exact
			if s := rec[7]; s != "" && s != "INF" {
				n, err := strconv.Atoi(s)
				if err != nil || strconv.Itoa(n) != s || n < -maxEventDecimals || n > maxEventDecimals {
					return fail(7, "expected the XBRL decimals: an integer from -%d to %d such as -6, or INF or empty for an exact value, got %q",
						maxEventDecimals, maxEventDecimals, s)
				}
				dec = n
			}
			if e.Unit == "" {
				return fail(6, "a value needs a unit")
			}
			e.Value, e.HasValue = series.NewValue(d, dec), true
			if iv := e.Value.Interval(); math.IsInf(iv.Lo, 0) || math.IsInf(iv.Hi, 0) {
				return fail(5, "value %s is beyond the range of a float64 (expected a figure in base units)", rec[5])
			}
		}
		if rec[8] != "" {
			d, err := series.ParseDecimal(rec[8])
			if err != nil || d.Sign() <= 0 || math.IsInf(d.Float64(), 0) {
				return fail(8, "expected a positive number of occurrences a year, got %q", rec[8])
			}
			e.PerYear = d.Float64()
		}
		switch e.Source.Kind {
		case "P", "P-copy", "P-quoted", "S", "A", "seed", "none":
		default:
			return fail(9, "unknown source kind %q (expected P, P-copy, P-quoted, S, A, seed or none)", e.Source.Kind)
		}
		t.byID[e.ID] = e
		t.order = append(t.order, e.ID)
	}
	return t, nil
}

func csvError(file string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &LedgerError{File: file, Line: pe.Line, Column: pe.Column, Msg: pe.Err.Error(), Err: err}
	}
	if err == io.EOF {
		return &LedgerError{File: file, Line: 1, Column: 1, Msg: "empty file (expected a header: " + strings.Join(eventColumns, ",") + ")"}
	}
	return &LedgerError{File: file, Line: 1, Column: 1, Msg: err.Error(), Err: err}
}
