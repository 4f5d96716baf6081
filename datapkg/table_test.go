package datapkg

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// The test package with a third resource, a table of events.
const (
	testEventsResource = `,
    {
      "name": "events",
      "path": "events.csv",
      "schema": {
        "fields": [
          {"name": "id", "constraints": {"required": true, "unique": true, "pattern": "[a-z0-9-]+"}},
          {"name": "kind", "constraints": {"enum": ["fine", "count"]}},
          {"name": "date", "type": "date"},
          {"name": "year", "type": "year"},
          {"name": "value", "type": "number"},
          {"name": "decimals", "type": "integer"},
          {"name": "note", "type": "string"}
        ],
        "missingValues": [""]
      }
    }
  ]`
	testEvents = `id,kind,date,year,value,decimals,note
acme-fine,fine,2019-07-24,2019,5e9,-9,"a fine,
over two lines"
acme-users,count,,,,,
`
)

func testTableFS() fstest.MapFS {
	m := testFS()
	m["datapackage.json"] = &fstest.MapFile{Data: []byte(strings.Replace(testDescriptor, "\n  ]", testEventsResource, 1))}
	m["events.csv"] = &fstest.MapFile{Data: []byte(testEvents)}
	return m
}

func TestTable(t *testing.T) {
	p, err := Load(testTableFS(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := p.Table("series"); ok {
		t.Error(`Table("series") found a table`)
	}
	tab, ok := p.Table("events")
	if !ok {
		t.Fatal(`Table("events") found none`)
	}
	if tab.Name() != "events" || tab.Path() != "events.csv" || tab.Len() != 2 {
		t.Errorf("table %q at %q with %d records, want events at events.csv with 2", tab.Name(), tab.Path(), tab.Len())
	}
	if got := strings.Join(tab.Fields(), ","); got != "id,kind,date,year,value,decimals,note" {
		t.Errorf("Fields %s", got)
	}
	var got []string
	for r := range tab.All() {
		got = append(got, r.Get("id")+" "+r.Get("value")+" "+r.Get("nosuchfield")+"|"+r.Get("note"))
	}
	if want := []string{"acme-fine 5e9 |a fine,\nover two lines", "acme-users  |"}; !slices.Equal(got, want) {
		t.Errorf("records %q, want %q", got, want)
	}
	recs := slices.Collect(tab.All())
	why := errors.New("why")
	for _, tt := range []struct {
		err  *Error
		want string
	}{
		{recs[0].Err("decimals", why), "events.csv:2:6 (decimals): why"},
		{recs[0].Err("note", why), "events.csv:2:7 (note): why"},
		{recs[1].Err("id", why), "events.csv:4:1 (id): why"}, // after a field of two lines
		{recs[1].Err("other", why), "events.csv:4 (other): why"},
		{tab.Err("kind", why), "events.csv:1:2 (kind): why"},
		{tab.Err("other", why), "events.csv:1 (other): why"},
	} {
		if tt.err.Error() != tt.want || tt.err.Err != why {
			t.Errorf("error %q, want %q wrapping why", tt.err, tt.want)
		}
	}
	if recs[1].Line() != 4 {
		t.Errorf("second record on line %d, want 4", recs[1].Line())
	}
}

func TestTableErrors(t *testing.T) {
	const header = "id,kind,date,year,value,decimals,note\n"
	tests := []struct {
		name, events, want string
		edit               *edit
	}{
		{name: "required", events: ",fine,,,,,\n",
			want: "events.csv:2:1 (id): empty id (expected a value: the field is required)"},
		{name: "unique", events: "a,fine,,,,,\nb,,,,,,\na,,,,,,\n",
			want: `events.csv:4:1 (id): "a" given twice (first on line 2; expected each id once: the field is unique)`},
		{name: "pattern", events: "A,fine,,,,,\n",
			want: `events.csv:2:1 (id): "A" does not match the schema's pattern (expected a value that matches [a-z0-9-]+)`},
		{name: "enum", events: "a,penalty,,,,,\n",
			want: `events.csv:2:2 (kind): "penalty" is not one of the values the schema allows (expected one of fine, count)`},
		{name: "date", events: "a,,2019-02-29,,,,\n",
			want: `events.csv:2:3 (date): "2019-02-29" is not a date (expected a day of the calendar written YYYY-MM-DD: the field's type is date)`},
		{name: "date of the wrong form", events: "a,,2019-7-24,,,,\n",
			want: `events.csv:2:3 (date): "2019-7-24" is not a date (expected a day of the calendar written YYYY-MM-DD: the field's type is date)`},
		{name: "year", events: "a,,,19,,,\n",
			want: `events.csv:2:4 (year): "19" is not a year (expected four digits, such as 2019: the field's type is year)`},
		{name: "number", events: "a,,,,\"4,279\",,\n",
			want: `events.csv:2:5 (value): "4,279" is not a number (expected a decimal such as 4279, -0.5 or 1.5e9, without thousands separators: the field's type is number)`},
		{name: "number NaN", events: "a,,,,NaN,,\n",
			want: `events.csv:2:5 (value): "NaN" is not a number (expected a decimal such as 4279, -0.5 or 1.5e9, without thousands separators: the field's type is number)`},
		{name: "number beyond float64", events: "a,,,,1e999,,\n",
			want: `events.csv:2:5 (value): "1e999" is not a number within the range of a float64 (expected a number whose magnitude is at most about 1.8e308: the field's type is number)`},
		{name: "integer", events: "a,,,,,INF,\n",
			want: `events.csv:2:6 (decimals): "INF" is not an integer (expected digits with an optional sign, such as 26 or -6: the field's type is integer)`},
		{name: "integer of two signs", events: "a,,,,,+-6,\n",
			want: `events.csv:2:6 (decimals): "+-6" is not an integer (expected digits with an optional sign, such as 26 or -6: the field's type is integer)`},
		{name: "field count", events: "a,,,,,\n",
			want: "events.csv:2:7 (note): wrong number of fields: 6, expected 7 (id,kind,date,year,value,decimals,note)"},
		{name: "header", events: "", edit: &edit{"events.csv", "year,", "yr,"},
			want: `events.csv:1:4 (year): header "yr" differs from the schema's field "year" (expected the header id,kind,date,year,value,decimals,note)`},
		{name: "missing file", edit: &edit{"datapackage.json", `"path": "events.csv"`, `"path": "ev.csv"`},
			want: `ev.csv: missing file (datapackage.json names it as the path of resource "events"): file does not exist`},
		{name: "no fields", edit: &edit{"datapackage.json", `"fields": [
          {"name": "id", "constraints": {"required": true, "unique": true, "pattern"`, `"fields": [], "x": [
          {"name": "id", "constraints": {"required": true, "unique": true, "pattern"`},
			want: `datapackage.json:40:19 (resources[2].schema.fields): no fields (expected a field for each column of events.csv)`},
		{name: "field twice", edit: &edit{"datapackage.json", `{"name": "note", "type": "string"}`, `{"name": "kind"}`},
			want: `datapackage.json:47:20 (resources[2].schema.fields[6].name): field "kind" given twice (expected each column's name once)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := testTableFS()
			if tt.events != "" {
				m["events.csv"] = &fstest.MapFile{Data: []byte(header + tt.events)}
			}
			if tt.edit != nil {
				tt.edit.apply(t, m)
			}
			p, err := Load(m, Options{})
			if err == nil || err.Error() != tt.want {
				t.Errorf("Load: error\n%v\nwant\n%s", err, tt.want)
			}
			var e *Error
			if !errors.As(err, &e) || p != nil {
				t.Errorf("Load: %T and a package %v", err, p != nil)
			}
			tab, err := LoadTable(m, "events", Options{})
			if err == nil || err.Error() != tt.want || tab != nil {
				t.Errorf("LoadTable: error\n%v\nwant\n%s", err, tt.want)
			}
		})
	}
}

// TestLoadTableAlone: a package of an events table alone is not a package
// of series, but its table reads.
func TestLoadTableAlone(t *testing.T) {
	desc := `{"resources": [` + strings.TrimSuffix(strings.TrimPrefix(testEventsResource, ","), "\n  ]") + `]}`
	m := fstest.MapFS{
		"datapackage.json": {Data: []byte(desc)},
		"events.csv":       {Data: []byte(testEvents)},
	}
	_, err := Load(m, Options{})
	if want := `datapackage.json:1:15 (resources): no resource named "series" (expected the resources "series" and "observations")`; err == nil || err.Error() != want {
		t.Errorf("Load: %v, want %s", err, want)
	}
	tab, err := LoadTable(m, "events", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if tab.Len() != 2 {
		t.Errorf("%d records, want 2", tab.Len())
	}
	_, err = LoadTable(m, "figures", Options{})
	if want := `datapackage.json:1:15 (resources): no resource named "figures" (expected a tabular resource of that name)`; err == nil || err.Error() != want {
		t.Errorf("LoadTable(figures): %v, want %s", err, want)
	}
	_, err = LoadTable(testFS(), "observations", Options{})
	if want := `datapkg: LoadTable("observations"): the resource is read by Load, as series (expected the name of another resource)`; err == nil || err.Error() != want {
		t.Errorf("LoadTable(observations): %v, want %s", err, want)
	}
	m["events.csv"].Data = []byte(testEvents + "a-long-one,,,,,," + strings.Repeat("x", len(desc)) + "\n")
	_, err = LoadTable(m, "events", Options{MaxFileSize: int64(len(desc))})
	if want := fmt.Sprintf("events.csv: file is %d bytes, more than the limit of %d (Options.MaxFileSize)", len(m["events.csv"].Data), len(desc)); err == nil || err.Error() != want {
		t.Errorf("LoadTable over the size limit: %v, want %s", err, want)
	}
}

// TestTableRoundTrip: a table is written back as it was read, with its
// line ends, without a byte-order mark, its quoted CR LF kept.
func TestTableRoundTrip(t *testing.T) {
	for _, events := range []string{testEvents, strings.ReplaceAll(testEvents, "\n", "\r\n")} {
		m := testTableFS()
		m["events.csv"] = &fstest.MapFile{Data: []byte(bom + events)}
		p, err := Load(m, Options{})
		if err != nil {
			t.Fatal(err)
		}
		out := mapFS(t, p)
		if got := string(out["events.csv"].Data); got != events {
			t.Errorf("events.csv written as\n%q\nwant\n%q", got, events)
		}
		q, err := Load(out, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := samePackage(p, q); err != nil {
			t.Error(err)
		}
	}
}

// TestLoadDirTableErrors: the errors a table's records make name the file
// under the directory, as Load's own do.
func TestLoadDirTableErrors(t *testing.T) {
	dir := t.TempDir()
	for name, f := range testTableFS() {
		if err := os.WriteFile(filepath.Join(dir, name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p, err := LoadDir(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tab, _ := p.Table("events")
	rec := slices.Collect(tab.All())[1]
	want := filepath.Join(dir, "events.csv") + ":4:2 (kind): bad"
	if got := rec.Err("kind", errors.New("bad")).Error(); got != want {
		t.Errorf("error %s, want %s", got, want)
	}
	// Write refuses to overwrite the table the package was read from.
	if err := Write(dir, p); err == nil {
		t.Error("Write over its own files: no error")
	}
}

// FuzzLoadTable loads an events table of arbitrary bytes under arbitrary
// descriptors. LoadTable must never panic, and must return an *Error, or
// a table whose file Load reads back the same and Write writes the same.
func FuzzLoadTable(f *testing.F) {
	m := testTableFS()
	f.Add(m["datapackage.json"].Data, []byte(testEvents))
	f.Add(m["datapackage.json"].Data, []byte(bom+"id,kind,date,year,value,decimals,note\r\na,,,,\"\r\n\",,\"\"\"\"\r\n"))
	f.Fuzz(func(t *testing.T, desc, events []byte) {
		m := testFS()
		m["datapackage.json"] = &fstest.MapFile{Data: desc}
		m["events.csv"] = &fstest.MapFile{Data: events}
		tab, err := LoadTable(m, "events", Options{MaxFileSize: 1 << 20})
		if err != nil {
			var e *Error
			if !errors.As(err, &e) && !strings.HasPrefix(err.Error(), "datapkg: LoadTable") {
				t.Fatalf("error %v is %T, not *Error", err, err)
			}
			if tab != nil {
				t.Fatal("a table returned with an error")
			}
			return
		}
		m2 := testFS()
		m2["datapackage.json"] = m["datapackage.json"]
		m2[tab.Path()] = &fstest.MapFile{Data: tab.encode()}
		back, err := LoadTable(m2, "events", Options{MaxFileSize: 1 << 30})
		if err != nil {
			t.Fatalf("written table does not load: %v", err)
		}
		if err := sameTable(tab, back); err != nil {
			t.Fatal(err)
		}
		if again := back.encode(); !bytes.Equal(again, tab.encode()) {
			t.Fatalf("table written twice differs:\n%q\n%q", tab.encode(), again)
		}
	})
}

// sameTables reports how the tables of p and q differ.
func sameTables(p, q *Package) error {
	if len(p.tables) != len(q.tables) {
		return errorf("%d tables, then %d", len(p.tables), len(q.tables))
	}
	for i := range p.tables {
		if err := sameTable(p.tables[i], q.tables[i]); err != nil {
			return err
		}
	}
	return nil
}

// sameTable reports how a and b differ: name, path, fields, and every
// record's values and lines.
func sameTable(a, b *Table) error {
	if a.name != b.name || a.path != b.path || !slices.Equal(a.fields, b.fields) || len(a.records) != len(b.records) {
		return errorf("table %s at %s %q with %d records, then %s at %s %q with %d",
			a.name, a.path, a.fields, len(a.records), b.name, b.path, b.fields, len(b.records))
	}
	for i, r := range a.records {
		s := b.records[i]
		if !slices.Equal(r.values, s.values) || r.line != s.line || !slices.Equal(r.lines, s.lines) {
			return errorf("%s record %d: %q on line %d, then %q on line %d", a.name, i, r.values, r.line, s.values, s.line)
		}
	}
	return nil
}
