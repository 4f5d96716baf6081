package claims

import (
	"bytes"
	"encoding/csv"
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/finfig/finfig/series"
)

// The seed corpus is in testdata/fuzz/FuzzReadEvents/. Run the target with
//
//	go test -run '^$' -fuzz '^FuzzReadEvents$' -fuzztime 60s ./claims

// FuzzReadEvents feeds arbitrary bytes to ReadEvents. It must never panic;
// an error must be a *LedgerError naming the file and a line and column;
// a table it accepts must hold only what the rest of finfig can use
// (valid ids, finite values and rates, known units, spans that do not end
// before they start), and written back as CSV it must read back to the
// same events.
func FuzzReadEvents(f *testing.F) {
	header := strings.Join(eventColumns, ",") + "\n"
	f.Add([]byte(header + "ftc-penalty-2019,FTC penalty,penalty,2019-07-24,,5000000000,USD,-9,,P,FTC press release,https://ftc.gov,\"a \"\"quote\"\"\",note\n"))
	f.Add([]byte(header + "cadence,Reports,cadence,2016,2019-06,,,,26,S,filing,,,\r\n"))
	f.Add([]byte("\uFEFF" + header + "x,,,,,0.5,users,,,none,,,,\n"))
	f.Add([]byte(header))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		const file = "dir/events.csv"
		ev, err := ReadEvents(bytes.NewReader(data), file)
		if err != nil {
			var le *LedgerError
			if !errors.As(err, &le) || le.File != file || le.Line < 1 || le.Column < 1 || le.Msg == "" {
				t.Fatalf("error %v (%T) does not name the file, a line and a column", err, err)
			}
			if ev != nil {
				t.Fatal("events returned with an error")
			}
			return
		}
		checkEvents(t, ev)
		out := encodeEvents(t, ev)
		back, err := ReadEvents(bytes.NewReader(out), file)
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

// encodeEvents writes ev in the CSV form ReadEvents reads.
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

// TestReadEventsRefuses holds the inputs that ReadEvents once misread:
// each must be refused at its cell (the column counts bytes, as
// encoding/csv does), with what was expected.
func TestReadEventsRefuses(t *testing.T) {
	header := strings.Join(eventColumns, ",") + "\n"
	zeros := strings.Repeat("0", 400)
	tests := []struct{ name, row, want string }{
		// strconv.Atoi then an int32: 2^32 read as decimals 0.
		{"decimals beyond int32", "a,,,,,5,USD,4294967296,,P,,,,", `e.csv:2:13: decimals: expected the XBRL decimals: an integer from -99 to 99`},
		{"decimals far too coarse", "a,,,,,5,USD,-99999,,P,,,,", `e.csv:2:13: decimals: expected the XBRL decimals`},
		{"decimals not canonical", "a,,,,,5,USD,+3,,P,,,,", `e.csv:2:13: decimals: expected the XBRL decimals`},
		{"value beyond float64", "a,,,,,1" + zeros + ",USD,,,P,,,,", `e.csv:2:7: value: value 1` + zeros + ` is beyond the range of a float64`},
		{"per_year beyond float64", "a,,,,,,,,1" + zeros + ",P,,,,", `e.csv:2:10: per_year: expected a positive number of occurrences a year`},
		{"unknown unit", "a,,,,,5,USDD,,,P,,,,", `e.csv:2:9: unit: cannot parse "USDD" as unit`},
		{"span ends before it starts", "a,,,2019,2018-06,,,,,P,,,,", `e.csv:2:10: end_date: end_date 2018-06 is before date 2019`},
		{"wrong field count", "a,,,,,5,USD,,P,,,,", `e.csv:2:1: 13 fields, expected 14 (id,name,kind,`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadEvents(strings.NewReader(header+tt.row+"\n"), "e.csv")
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error\n%v\nwant the prefix\n%s", err, tt.want)
			}
		})
	}
}

// TestReadEventsTooLarge: a table over MaxLedgerSize was cut at the limit
// and read as if it ended there, so that the rows after the cut were lost
// without a word when the cut fell at the end of a line.
func TestReadEventsTooLarge(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(strings.Join(eventColumns, ",") + "\n")
	row := func(i int, name string) string { return "e" + strconv.Itoa(i) + "," + name + ",,,,,,,,P,,,,\n" }
	i := 0
	for b.Len()+len(row(i, "")) < MaxLedgerSize-100 {
		b.WriteString(row(i, ""))
		i++
	}
	last := row(i, "")
	b.WriteString(row(i, strings.Repeat("x", MaxLedgerSize-b.Len()-len(last)))) // the limit falls at this line's end
	if b.Len() != MaxLedgerSize {
		t.Fatalf("table is %d bytes, want %d", b.Len(), MaxLedgerSize)
	}
	if _, err := ReadEvents(bytes.NewReader(b.Bytes()), "e.csv"); err != nil {
		t.Fatalf("a table of exactly MaxLedgerSize bytes: %v", err)
	}
	b.WriteString(row(i+1, "")) // lost, before
	_, err := ReadEvents(bytes.NewReader(b.Bytes()), "e.csv")
	if want := "e.csv:1:1: events table is larger than the limit of 8388608 bytes (claims.MaxLedgerSize)"; err == nil || err.Error() != want {
		t.Errorf("error %v, want %s", err, want)
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
