package claims

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/finfig/finfig/datapkg"
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

// eventColumns are the fields of an events table, in the order a case's
// events.csv has them.
var eventColumns = []string{"id", "name", "kind", "date", "end_date", "value", "unit", "decimals",
	"per_year", "source_kind", "source", "locator", "quote", "note"}

// sourceKinds are the kinds of source an event may cite.
var sourceKinds = []string{"P", "P-copy", "P-quoted", "S", "A", "seed", "none"}

// EventOptionalColumns may follow the required columns of an events table:
// the source's address, its date of publication, the alleging party, a
// paraphrase of what it says, and the event ids a total adds up
// (separated by spaces).
var EventOptionalColumns = []string{"url", "published", "party", "says", "parts"}

// EventsFrom reads the events of a data package's events table, in the
// form of a case's events.csv (the first case's, under cases/): the
// table must have the columns id, name, kind, date, end_date, value, unit,
// decimals, per_year, source_kind, source, locator, quote and note, in
// any order; other columns are not read. datapkg has checked each cell
// against the schema; EventsFrom checks what the events mean, whatever the
// schema says: ids valid and given once, dates that parse and spans that
// do not end before they start, units that finance reads, values with a
// unit and their decimals, positive rates, known source kinds. Its errors
// are *datapkg.Error values naming the file, line and column of the cell.
func EventsFrom(t *datapkg.Table) (*Events, error) {
	for _, c := range eventColumns {
		if !slices.Contains(t.Fields(), c) {
			return nil, t.Err(c, fmt.Errorf("%s has no column %s (expected the columns %s)", t.Name(), c, strings.Join(eventColumns, ",")))
		}
	}
	ev := &Events{byID: map[string]Event{}}
	lines := map[string]int{} // the line of each event
	for rec := range t.All() {
		e, err := event(rec)
		if err != nil {
			return nil, err
		}
		if first, dup := lines[e.ID]; dup {
			return nil, rec.Err("id", fmt.Errorf("event %q given twice (first on line %d; expected each id once)", e.ID, first))
		}
		lines[e.ID] = rec.Line()
		ev.byID[e.ID] = e
		ev.order = append(ev.order, e.ID)
	}
	return ev, nil
}

// event reads and checks one record of an events table.
func event(rec datapkg.Record) (Event, error) {
	fail := func(field, format string, args ...any) (Event, error) {
		return Event{}, rec.Err(field, fmt.Errorf(format, args...))
	}
	e := Event{ID: rec.Get("id"), Name: rec.Get("name"), Kind: rec.Get("kind"), Unit: rec.Get("unit"),
		Source: series.Source{Kind: rec.Get("source_kind"), Document: rec.Get("source"), Locator: rec.Get("locator"),
			Quote: rec.Get("quote"), Note: rec.Get("note")},
		URL: rec.Get("url"), Published: rec.Get("published"), Party: rec.Get("party"), Says: rec.Get("says"), Parts: rec.Get("parts")}
	if !validID(e.ID) {
		return fail("id", "expected an id of lowercase letters, digits, '-', '_' and '.', got %q", e.ID)
	}
	for _, d := range []struct {
		field string
		dst   *series.Period
	}{{"date", &e.Date}, {"end_date", &e.EndDate}} {
		if s := rec.Get(d.field); s != "" {
			p, err := series.ParsePeriod(s)
			if err != nil {
				return Event{}, rec.Err(d.field, err)
			}
			*d.dst = p
		}
	}
	if !e.Date.IsZero() && !e.EndDate.IsZero() && e.EndDate.End().Before(e.Date.Start()) {
		return fail("end_date", "end_date %s is before date %s (expected a span that ends after it starts)", e.EndDate, e.Date)
	}
	if e.Unit != "" {
		if _, err := finance.ParseUnit(e.Unit); err != nil {
			return Event{}, rec.Err("unit", err)
		}
	}
	if s := rec.Get("value"); s != "" {
		d, err := series.ParseDecimal(s)
		if err != nil {
			return Event{}, rec.Err("value", err)
		}
		dec := series.Exact
		if s := rec.Get("decimals"); s != "" && s != "INF" {
			n, err := strconv.Atoi(s)
			if err != nil || strconv.Itoa(n) != s || n < -maxEventDecimals || n > maxEventDecimals {
				return fail("decimals", "expected the XBRL decimals: an integer from -%d to %d such as -6, or INF or empty for an exact value, got %q",
					maxEventDecimals, maxEventDecimals, s)
			}
			dec = n
		}
		if e.Unit == "" {
			return fail("unit", "no unit for value %s (expected an ISO 4217 code such as USD, or a count such as people)", s)
		}
		e.Value, e.HasValue = series.NewValue(d, dec), true
		if iv := e.Value.Interval(); math.IsInf(iv.Lo, 0) || math.IsInf(iv.Hi, 0) {
			return fail("value", "value %s is beyond the range of a float64 (expected a figure in base units)", s)
		}
	}
	if s := rec.Get("per_year"); s != "" {
		d, err := series.ParseDecimal(s)
		if err != nil || d.Sign() <= 0 || math.IsInf(d.Float64(), 0) {
			return fail("per_year", "expected a positive number of occurrences a year, got %q", s)
		}
		e.PerYear = d.Float64()
	}
	if !slices.Contains(sourceKinds, e.Source.Kind) {
		return fail("source_kind", "unknown source kind %q (expected P, P-copy, P-quoted, S, A, seed or none)", e.Source.Kind)
	}
	return e, nil
}
