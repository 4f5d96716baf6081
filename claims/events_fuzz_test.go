package claims

import (
	"bytes"
	"encoding/csv"
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/series"
)

// The seed corpus is in testdata/fuzz/FuzzReadEvents/. Run the target with
//
//	go test -run '^$' -fuzz '^FuzzReadEvents$' -fuzztime 60s ./claims

// eventsDescriptor declares a table of events whose schema names the
// columns and nothing more, so that EventsFrom, not datapkg, must refuse
// what finfig cannot use.
var eventsDescriptor = func() []byte {
	fields := make([]string, len(eventColumns))
	for i, c := range eventColumns {
		fields[i] = `{"name": "` + c + `"}`
	}
	return []byte(`{"resources": [{"name": "events", "path": "events.csv", "schema": {"fields": [` + strings.Join(fields, ", ") + `]}}]}`)
}()

// readEvents reads data as the file events.csv of a package that declares
// it with eventsDescriptor.
func readEvents(data []byte) (*Events, error) {
	fsys := fstest.MapFS{
		datapkg.DescriptorName: {Data: eventsDescriptor},
		"events.csv":           {Data: data},
	}
	t, err := datapkg.LoadTable(fsys, "events", datapkg.Options{})
	if err != nil {
		return nil, err
	}
	return EventsFrom(t)
}

// FuzzReadEvents feeds arbitrary bytes to EventsFrom as an events table.
// It must never panic; an error must be a *datapkg.Error naming the file
// and a line and column, or for a file without a header no line; a table
// it accepts must hold only what the rest of finfig can use (valid ids,
// finite values and rates, known units, spans that do not end before they
// start), and written back as CSV it must read back to the same events.
func FuzzReadEvents(f *testing.F) {
	header := strings.Join(eventColumns, ",") + "\n"
	f.Add([]byte(header + "ftc-penalty-2019,FTC penalty,penalty,2019-07-24,,5000000000,USD,-9,,P,FTC press release,https://ftc.gov,\"a \"\"quote\"\"\",note\n"))
	f.Add([]byte(header + "cadence,Reports,cadence,2016,2019-06,,,,26,S,filing,,,\r\n"))
	f.Add([]byte("\uFEFF" + header + "x,,,,,0.5,users,,,none,,,,\n"))
	f.Add([]byte(header))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		ev, err := readEvents(data)
		if err != nil {
			var e *datapkg.Error
			if !errors.As(err, &e) || e.File != "events.csv" || e.Err == nil {
				t.Fatalf("error %v (%T) does not name the file", err, err)
			}
			if (e.Line < 1 || e.Column < 1) && !(e.Line == 0 && e.Column == 0 && strings.Contains(err.Error(), "empty file")) {
				t.Fatalf("error %v names no line and column", err)
			}
			if ev != nil {
				t.Fatal("events returned with an error")
			}
			return
		}
		checkEvents(t, ev)
		out := encodeEvents(t, ev)
		back, err := readEvents(out)
		if err != nil {
			t.Fatalf("events written back do not read: %v\n%s", err, out)
		}
		if !sameEvents(ev, back) {
			t.Fatalf("events written back read differently:\n%s", out)
		}
		if again := encodeEvents(t, back); !bytes.Equal(again, out) {
			t.Fatalf("events written twice differ:\n%s\n%s", out, again)
		}
	})
}

// checkEvents checks what every accepted table must satisfy.
func checkEvents(t *testing.T, ev *Events) {
	t.Helper()
	seen := map[string]bool{}
	for _, id := range ev.IDs() {
		if !validID(id) || seen[id] {
			t.Fatalf("id %q invalid or repeated", id)
		}
		seen[id] = true
		e, ok := ev.Get(id)
		if !ok || e.ID != id {
			t.Fatalf("Get(%q) = %+v, %v", id, e, ok)
		}
		if e.HasValue {
			if e.Unit == "" {
				t.Fatalf("%s: a value without a unit", id)
			}
			iv := e.Value.Interval()
			x := e.Value.Float64()
			if math.IsInf(x, 0) || math.IsNaN(x) || math.IsInf(iv.Lo, 0) || math.IsInf(iv.Hi, 0) || math.IsNaN(iv.Lo) || math.IsNaN(iv.Hi) || !(iv.Lo <= x && x <= iv.Hi) {
				t.Fatalf("%s: value %v decimals %d is %v [%v, %v]", id, e.Value, e.Value.Decimals(), x, iv.Lo, iv.Hi)
			}
			if d := e.Value.Decimals(); d != series.Exact && (d < -99 || d > 99) {
				t.Fatalf("%s: decimals %d", id, d)
			}
		}
		if e.PerYear != 0 && !(e.PerYear > 0 && e.PerYear <= math.MaxFloat64) {
			t.Fatalf("%s: per_year %v", id, e.PerYear)
		}
		if !e.Date.IsZero() && !e.EndDate.IsZero() && e.EndDate.End().Before(e.Date.Start()) {
			t.Fatalf("%s: ends %s before it starts %s", id, e.EndDate, e.Date)
		}
		for _, p := range []series.Period{e.Date, e.EndDate} {
			if p.IsZero() {
				continue
			}
			if q, err := series.ParsePeriod(p.String()); err != nil || q != p {
				t.Fatalf("%s: period %v reads back as %v, %v", id, p, q, err)
			}
		}
	}
}

// encodeEvents writes ev in the CSV form of an events table.
func encodeEvents(t *testing.T, ev *Events) []byte {
	t.Helper()
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write(eventColumns)
	for _, id := range ev.IDs() {
		e, _ := ev.Get(id)
		var value, decimals, perYear string
		if e.HasValue {
			value = e.Value.String()
			if d := e.Value.Decimals(); d != series.Exact {
				decimals = strconv.Itoa(d)
			}
		}
		if e.PerYear != 0 {
			perYear = strconv.FormatFloat(e.PerYear, 'f', -1, 64)
		}
		w.Write([]string{e.ID, e.Name, e.Kind, e.Date.String(), e.EndDate.String(), value, e.Unit, decimals, perYear,
			e.Source.Kind, e.Source.Document, e.Source.Locator, e.Source.Quote, e.Source.Note})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// sameEvents reports whether two tables hold the same events in the same
// order; values compare by their exact value and precision.
func sameEvents(a, b *Events) bool {
	ia, ib := a.IDs(), b.IDs()
	if len(ia) != len(ib) {
		return false
	}
	for i := range ia {
		x, _ := a.Get(ia[i])
		y, _ := b.Get(ib[i])
		if x.Value.Decimal().Cmp(y.Value.Decimal()) != 0 || x.Value.Decimals() != y.Value.Decimals() {
			return false
		}
		x.Value, y.Value = series.Value{}, series.Value{}
		if x != y {
			return false
		}
	}
	return true
}

// TestReadEventsRefuses holds the inputs that the events reader once
// misread, and what the schema of eventsDescriptor leaves to EventsFrom:
// each must be refused at its cell, with what was expected.
func TestReadEventsRefuses(t *testing.T) {
	header := strings.Join(eventColumns, ",") + "\n"
	zeros := strings.Repeat("0", 400)
	tests := []struct{ name, in, want string }{
		// strconv.Atoi then an int32: 2^32 read as decimals 0.
		{"decimals beyond int32", header + "a,,,,,5,USD,4294967296,,P,,,,", `events.csv:2:8 (decimals): expected the XBRL decimals: an integer from -99 to 99`},
		{"decimals far too coarse", header + "a,,,,,5,USD,-99999,,P,,,,", `events.csv:2:8 (decimals): expected the XBRL decimals`},
		{"decimals not canonical", header + "a,,,,,5,USD,+3,,P,,,,", `events.csv:2:8 (decimals): expected the XBRL decimals`},
		{"value beyond float64", header + "a,,,,,1" + zeros + ",USD,,,P,,,,", `events.csv:2:6 (value): value 1` + zeros + ` is beyond the range of a float64`},
		{"value without a unit", header + "a,,,,,5,,,,P,,,,", `events.csv:2:7 (unit): no unit for value 5 (expected an ISO 4217 code such as USD, or a count such as people)`},
		{"per_year beyond float64", header + "a,,,,,,,,1" + zeros + ",P,,,,", `events.csv:2:9 (per_year): expected a positive number of occurrences a year`},
		{"unknown unit", header + "a,,,,,5,USDD,,,P,,,,", `events.csv:2:7 (unit): cannot parse "USDD" as unit`},
		{"span ends before it starts", header + "a,,,2019,2018-06,,,,,P,,,,", `events.csv:2:5 (end_date): end_date 2018-06 is before date 2019`},
		{"bad id", header + "A b,,,,,,,,,P,,,,", `events.csv:2:1 (id): expected an id of lowercase letters, digits, '-', '_' and '.', got "A b"`},
		{"id given twice", header + "a,,,,,,,,,P,,,,\nb,,,,,,,,,P,,,,\n\"a\",,,,,,,,,P,,,,", `events.csv:4:1 (id): event "a" given twice (first on line 2; expected each id once)`},
		{"unknown source kind", header + "a,,,,,,,,,primary,,,,", `events.csv:2:10 (source_kind): unknown source kind "primary" (expected P, P-copy, P-quoted, S, A, seed or none)`},
		{"wrong field count", header + "a,,,,,5,USD,,P,,,,", `events.csv:2:14 (note): wrong number of fields: 13, expected 14 (id,name,kind,`},
		{"empty", "", `events.csv: empty file (expected the header id,name,kind,`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readEvents([]byte(tt.in + "\n"))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error\n%v\nwant the prefix\n%s", err, tt.want)
			}
		})
	}
}

// TestEventsColumns: a table without a column EventsFrom reads is refused
// at its header; one with a column more is read.
func TestEventsColumns(t *testing.T) {
	table := func(columns []string, row string) *datapkg.Table {
		t.Helper()
		fields := make([]string, len(columns))
		for i, c := range columns {
			fields[i] = `{"name": "` + c + `"}`
		}
		fsys := fstest.MapFS{
			datapkg.DescriptorName: {Data: []byte(`{"resources": [{"name": "events", "path": "ev.csv", "schema": {"fields": [` + strings.Join(fields, ", ") + `]}}]}`)},
			"ev.csv":               {Data: []byte(strings.Join(columns, ",") + "\n" + row + "\n")},
		}
		tab, err := datapkg.LoadTable(fsys, "events", datapkg.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return tab
	}
	short := slices.DeleteFunc(slices.Clone(eventColumns), func(c string) bool { return c == "per_year" })
	_, err := EventsFrom(table(short, "a,,,,,,,,P,,,,"))
	if want := "ev.csv:1 (per_year): events has no column per_year (expected the columns " + strings.Join(eventColumns, ",") + ")"; err == nil || err.Error() != want {
		t.Errorf("error\n%v\nwant\n%s", err, want)
	}
	// Columns in another order, and one EventsFrom does not read.
	cols := append([]string{"url"}, eventColumns...)
	cols[1], cols[2] = cols[2], cols[1]
	ev, err := EventsFrom(table(cols, "https://example.com,fine,acme-fine,penalty,2019-07-24,,5000000000,USD,-9,,P,,,,"))
	if err != nil {
		t.Fatal(err)
	}
	e, ok := ev.Get("acme-fine")
	if !ok || e.Name != "fine" || e.Value.String() != "5000000000" || e.Value.Decimals() != -9 || e.Date.String() != "2019-07-24" {
		t.Errorf("acme-fine = %+v, %v", e, ok)
	}
}

// TestReadLedgerLongLine: a ledger of one line exactly MaxLedgerSize long
// is within the limit and must get the same message as a shorter one, not
// bufio.Scanner's "token too long".
func TestReadLedgerLongLine(t *testing.T) {
	in := "# " + strings.Repeat("x", MaxLedgerSize-2)
	_, err := ReadLedger(strings.NewReader(in), "l.toml")
	if want := "l.toml:1:1: no [[claim]] in the ledger"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %v, want %s", err, want)
	}
}
