package datapkg

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/finfig/finfig/series"
)

// A small valid package; each bad-input case edits one of its files.
const (
	testDescriptor = `{
  "name": "test",
  "resources": [
    {
      "name": "series",
      "path": "series.csv",
      "schema": {
        "fields": [
          {"name": "id", "constraints": {"required": true, "unique": true}},
          {"name": "name"},
          {"name": "unit"},
          {"name": "frequency"},
          {"name": "description"}
        ]
      }
    },
    {
      "name": "observations",
      "path": "observations.csv",
      "schema": {
        "fields": [
          {"name": "series"},
          {"name": "vintage"},
          {"name": "period"},
          {"name": "value", "type": "number"},
          {"name": "decimals", "type": "integer"},
          {"name": "kind", "constraints": {"enum": ["P", "S"]}},
          {"name": "source"},
          {"name": "locator"},
          {"name": "quote"},
          {"name": "note"}
        ],
        "missingValues": [""]
      }
    }
  ]
}
`
	testSeries = `id,name,unit,frequency,description
acme.revenue,Acme revenue,USD,annual,"Acme revenue, filed in USD millions"
acme.users,Acme users,users,quarterly,
`
	testObservations = `series,vintage,period,value,decimals,kind,source,locator,quote,note
acme.revenue,,2018,4279000000,-6,P,Acme 10-K,,,
acme.revenue,,2019,,,,Acme 10-K,,,not found
acme.revenue,restated,2018,4300000000,-6,P,Acme 10-K/A,,,
acme.users,,2019Q4,2500000000,-7,S,News,,"""2.50 billion""",
`
)

func testFS() fstest.MapFS {
	return fstest.MapFS{
		"datapackage.json": {Data: []byte(testDescriptor)},
		"series.csv":       {Data: []byte(testSeries)},
		"observations.csv": {Data: []byte(testObservations)},
	}
}

// edit replaces the first old in file by new.
type edit struct{ file, old, new string }

func (e edit) apply(t *testing.T, m fstest.MapFS) {
	t.Helper()
	f, ok := m[e.file]
	if !ok {
		t.Fatalf("no file %s", e.file)
	}
	s := string(f.Data)
	if !strings.Contains(s, e.old) {
		t.Fatalf("%s does not contain %q", e.file, e.old)
	}
	m[e.file] = &fstest.MapFile{Data: []byte(strings.Replace(s, e.old, e.new, 1))}
}

func TestLoadValid(t *testing.T) {
	p, err := Load(testFS(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(p.IDs(), " "); got != "acme.revenue acme.users" {
		t.Errorf("IDs %q", got)
	}
	s, err := p.Series("acme.users")
	if err != nil {
		t.Fatal(err)
	}
	pt, _ := s.At(series.Quarter(2019, 4))
	if pt.Value.String() != "2500000000" || pt.Value.Decimals() != -7 || pt.Source.Quote != `"2.50 billion"` {
		t.Errorf("acme.users 2019Q4: %+v", pt)
	}
}

func TestLoadErrors(t *testing.T) {
	const obsHeader = "series,vintage,period,value,decimals,kind,source,locator,quote,note"
	const valueForms = "(expected a plain decimal in base units such as 4279000000 or 245.120, or an empty cell for a value not available)"
	checkUnit := func(u string) error {
		if u != "USD" && u != "users" {
			return fmt.Errorf("unknown unit %q (expected USD or users)", u)
		}
		return nil
	}
	tests := []struct {
		name  string
		edits []edit
		files map[string]string // whole files, replacing or added; "" deletes
		opts  Options
		want  string
	}{{
		name:  "too few fields",
		edits: []edit{{"observations.csv", "acme.revenue,,2019,,,,Acme 10-K,,,not found", "acme.revenue,,2019,,,,Acme 10-K,,"}},
		want:  "observations.csv:3:10 (note): wrong number of fields: 9, expected 10 (" + obsHeader + ")",
	}, {
		name:  "too many fields",
		edits: []edit{{"observations.csv", "acme.revenue,,2019,,,,Acme 10-K,,,not found", "acme.revenue,,2019,,,,Acme 10-K,,,not found,extra"}},
		want:  "observations.csv:3:11: wrong number of fields: 11, expected 10 (" + obsHeader + ")",
	}, {
		name:  "value not a number",
		edits: []edit{{"observations.csv", "4279000000", "12x"}},
		want:  `observations.csv:2:4 (value): cannot parse "12x" as decimal: unexpected character 'x' ` + valueForms,
	}, {
		name:  "NaN",
		edits: []edit{{"observations.csv", "4279000000", "NaN"}},
		want:  `observations.csv:2:4 (value): cannot parse "NaN" as decimal: not a number; a value not available is an empty cell ` + valueForms,
	}, {
		name:  "infinity",
		edits: []edit{{"observations.csv", "4300000000", "-Inf"}},
		want:  `observations.csv:4:4 (value): cannot parse "-Inf" as decimal: not a number; a value not available is an empty cell ` + valueForms,
	}, {
		name:  "thousands separators",
		edits: []edit{{"observations.csv", "4279000000", `"4,279,000,000"`}},
		want:  `observations.csv:2:4 (value): cannot parse "4,279,000,000" as decimal: thousands separators are not allowed in a data file ` + valueForms,
	}, {
		name:  "no decimals",
		edits: []edit{{"observations.csv", "4279000000,-6", "4279000000,"}},
		want:  "observations.csv:2:5 (decimals): no decimals for value 4279000000 (expected the XBRL decimals: an integer from -99 to 99 such as -6 (accurate to the million) or 3 (to the thousandth), or INF for an exact value)",
	}, {
		name:  "decimals not canonical",
		edits: []edit{{"observations.csv", "4279000000,-6", "4279000000,-06"}},
		want:  `observations.csv:2:5 (decimals): cannot parse "-06" as decimals (expected the XBRL decimals: an integer from -99 to 99 such as -6 (accurate to the million) or 3 (to the thousandth), or INF for an exact value)`,
	}, {
		name:  "decimals without a value",
		edits: []edit{{"observations.csv", "2019,,,", "2019,,-6,"}},
		want:  `observations.csv:3:5 (decimals): decimals "-6" for an empty value (expected an empty cell: a value not available has no precision)`,
	}, {
		name:  "unknown unit",
		edits: []edit{{"series.csv", "USD", "usd"}},
		opts:  Options{CheckUnit: checkUnit},
		want:  `series.csv:2:3 (unit): unknown unit "usd" (expected USD or users)`,
	}, {
		name:  "unknown frequency",
		edits: []edit{{"series.csv", "quarterly", "yearly"}},
		want:  `series.csv:3:4 (frequency): cannot parse "yearly" as frequency (expected annual, quarterly, monthly or daily)`,
	}, {
		name:  "period of the wrong frequency",
		edits: []edit{{"observations.csv", "acme.revenue,,2018,", "acme.revenue,,2018Q4,"}},
		want:  "observations.csv:2:3 (period): period 2018Q4 is quarterly, but series acme.revenue is annual (series.csv line 2)",
	}, {
		name:  "bad period",
		edits: []edit{{"observations.csv", "2019Q4", "2019Q5"}},
		want:  `observations.csv:5:3 (period): cannot parse "2019Q5" as period: quarter must be Q1 to Q4 (expected a period written YYYY, YYYYQn, YYYY-MM or YYYY-MM-DD)`,
	}, {
		name:  "empty required period",
		edits: []edit{{"observations.csv", "acme.revenue,,2019,", "acme.revenue,,,"}},
		want:  "observations.csv:3:3 (period): empty period (expected a value: the field is required)",
	}, {
		name:  "duplicate observation",
		edits: []edit{{"observations.csv", "acme.revenue,,2019,", "acme.revenue,,2018,"}},
		want:  "observations.csv:3:3 (period): series acme.revenue, primary vintage, period 2018 given twice (first on line 2; expected one row per series, vintage and period)",
	}, {
		name:  "duplicate observation of a vintage",
		edits: []edit{{"observations.csv", "acme.revenue,,2019,", "acme.revenue,restated,2018,"}},
		want:  `observations.csv:4:3 (period): series acme.revenue, vintage "restated", period 2018 given twice (first on line 3; expected one row per series, vintage and period)`,
	}, {
		name:  "undeclared series",
		edits: []edit{{"observations.csv", "acme.users,", "acme.user,"}},
		want:  `observations.csv:5:1 (series): series "acme.user" is not declared in series.csv (expected one of acme.revenue, acme.users)`,
	}, {
		name:  "duplicate series",
		edits: []edit{{"series.csv", "acme.users,", "acme.revenue,"}},
		want:  `series.csv:3:1 (id): series "acme.revenue" declared twice (first on line 2; expected each id once)`,
	}, {
		name:  "kind not in the enum",
		edits: []edit{{"observations.csv", "-7,S,", "-7,X,"}},
		want:  `observations.csv:5:6 (kind): "X" is not one of the values the schema allows (expected one of P, S)`,
	}, {
		name:  "invalid UTF-8",
		edits: []edit{{"observations.csv", "not found", "not f\xffund"}},
		want:  "observations.csv:3:10 (note): invalid UTF-8 (expected UTF-8 text)",
	}, {
		name:  "bare quote",
		edits: []edit{{"observations.csv", "Acme 10-K/A", `Acme "10-K/A"`}},
		want:  `observations.csv:4:7 (source): bare " in non-quoted-field (expected a field that contains a quote to be quoted whole, with the quote doubled: "say ""hi""")`,
	}, {
		name:  "unterminated quote",
		edits: []edit{{"observations.csv", `"""2.50 billion""",`, `"""2.50 billion,`}},
		want:  `observations.csv:5:9 (quote): extraneous or missing " in quoted-field (expected a quoted field to end with a quote followed by a comma or the end of the line)`,
	}, {
		name:  "empty file",
		files: map[string]string{"observations.csv": ""},
		want:  "observations.csv: empty file (expected the header " + obsHeader + " and a line per record)",
	}, {
		name:  "missing file",
		files: map[string]string{"series.csv": ""},
		want:  `series.csv: missing file (datapackage.json names it as the path of resource "series"): file does not exist`,
	}, {
		name:  "missing descriptor",
		files: map[string]string{"datapackage.json": ""},
		want:  "datapackage.json: missing file (a data package needs a descriptor datapackage.json at its root): file does not exist",
	}, {
		name:  "header differs from the schema",
		edits: []edit{{"observations.csv", "period,value", "period,amount"}},
		want:  `observations.csv:1:4 (value): header "amount" differs from the schema's field "value" (expected the header ` + obsHeader + ")",
	}, {
		name:  "header lacks a column",
		edits: []edit{{"series.csv", ",description\n", "\n"}},
		want:  `series.csv:1:5 (description): header has no column "description" (expected the header id,name,unit,frequency,description)`,
	}, {
		name:  "header has an extra column",
		edits: []edit{{"series.csv", ",description\n", ",description,notes\n"}},
		want:  `series.csv:1:6: header has a column "notes" that the schema does not declare (expected the header id,name,unit,frequency,description)`,
	}, {
		name: "file too large",
		opts: Options{MaxFileSize: 256},
		want: "datapackage.json: file is 898 bytes, more than the limit of 256 (Options.MaxFileSize)",
	}, {
		name:  "descriptor syntax error",
		edits: []edit{{"datapackage.json", `"path": "series.csv",`, `"path": "series.csv",,`}},
		want:  `datapackage.json:6:28: invalid JSON: invalid character ',' looking for beginning of object key string`,
	}, {
		name:  "descriptor cut short",
		files: map[string]string{"datapackage.json": `{"resources": [`},
		want:  "datapackage.json:1:16: invalid JSON: unexpected end of file",
	}, {
		name:  "descriptor empty",
		files: map[string]string{"datapackage.json": "\n"},
		want:  "datapackage.json:2:1: invalid JSON: unexpected end of file",
	}, {
		name:  "descriptor with trailing data",
		edits: []edit{{"datapackage.json", "  ]\n}\n", "  ]\n}\n}\n"}},
		want:  "datapackage.json:38:1: invalid JSON: invalid character '}' after top-level value",
	}, {
		name:  "descriptor value of the wrong type",
		edits: []edit{{"datapackage.json", `"path": "series.csv"`, `"path": 7`}},
		want:  "datapackage.json:6:15 (resources[0].path): expected a string, found a number",
	}, {
		name:  "descriptor field differs",
		edits: []edit{{"datapackage.json", `{"name": "value", "type": "number"}`, `{"name": "amount", "type": "number"}`}},
		want:  `datapackage.json:25:20 (resources[1].schema.fields[3].name): field "amount", expected "value" (the fields are ` + obsHeader + ", in this order)",
	}, {
		name:  "descriptor lacks a resource",
		edits: []edit{{"datapackage.json", `"name": "observations"`, `"name": "figures"`}},
		want:  `datapackage.json:3:16 (resources): no resource named "observations" (expected the resources "series" and "observations")`,
	}, {
		name:  "descriptor remote path",
		edits: []edit{{"datapackage.json", `"path": "series.csv"`, `"path": "https://example.com/series.csv"`}},
		want:  `datapackage.json:6:15 (resources[0].path): remote path "https://example.com/series.csv" is not supported (expected a file in the package, such as "series.csv")`,
	}, {
		name:  "descriptor path outside the package",
		edits: []edit{{"datapackage.json", `"path": "series.csv"`, `"path": "../series.csv"`}},
		want:  `datapackage.json:6:15 (resources[0].path): invalid path "../series.csv" (expected a relative path to a file in the package, such as "series.csv", without "..")`,
	}, {
		name:  "descriptor unsupported constraint",
		edits: []edit{{"datapackage.json", `{"name": "unit"}`, `{"name": "unit", "constraints": {"maxLength": 3}}`}},
		want:  `datapackage.json:11:57 (resources[0].schema.fields[2].constraints.maxLength): constraint "maxLength" is not supported (expected required, unique, pattern or enum)`,
	}, {
		name:  "descriptor unsupported type",
		edits: []edit{{"datapackage.json", `{"name": "unit"}`, `{"name": "unit", "type": "geopoint"}`}},
		want:  `datapackage.json:11:36 (resources[0].schema.fields[2].type): type "geopoint" is not supported (expected string, number, integer, boolean, date or year)`,
	}, {
		name:  "descriptor unsupported format",
		edits: []edit{{"datapackage.json", `{"name": "unit"}`, `{"name": "unit", "format": "email"}`}},
		want:  `datapackage.json:11:38 (resources[0].schema.fields[2].format): format "email" is not supported (expected "default": the type's standard form)`,
	}, {
		name:  "descriptor invalid pattern",
		edits: []edit{{"datapackage.json", `{"name": "unit"}`, `{"name": "unit", "constraints": {"pattern": "[A-Z"}}`}},
		want:  "datapackage.json:11:55 (resources[0].schema.fields[2].constraints.pattern): invalid pattern: error parsing regexp: missing closing ]: `[A-Z` (expected a regular expression in Go's syntax)",
	}, {
		name:  "pattern not matched",
		edits: []edit{{"datapackage.json", `{"name": "unit"}`, `{"name": "unit", "constraints": {"pattern": "[A-Z]+"}}`}},
		want:  `series.csv:3:3 (unit): "users" does not match the schema's pattern (expected a value that matches [A-Z]+)`,
	}, {
		name:  "two resources of one name",
		edits: []edit{{"datapackage.json", `"name": "observations"`, `"name": "series"`}},
		want:  `datapackage.json:18:15 (resources[1].name): resource "series" given twice`,
	}, {
		name:  "two resources of one path",
		edits: []edit{{"datapackage.json", `"path": "observations.csv"`, `"path": "series.csv"`}},
		want:  `datapackage.json:19:15 (resources[1].path): path "series.csv" is also the path of resource "series" (expected a file for each resource)`,
	}, {
		name:  "descriptor invalid UTF-8",
		edits: []edit{{"datapackage.json", `"name": "test"`, "\"name\": \"t\xe9st\""}},
		want:  "datapackage.json:2:13: invalid UTF-8 (expected UTF-8 text)",
	}, {
		name:  "descriptor duplicate key",
		edits: []edit{{"datapackage.json", `"name": "test",`, `"name": "test", "name": "again",`}},
		want:  `datapackage.json:2:19 (name): key "name" given twice`,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := testFS()
			for _, e := range tt.edits {
				e.apply(t, m)
			}
			for name, data := range tt.files {
				if data == "" && name != "observations.csv" {
					delete(m, name)
				} else {
					m[name] = &fstest.MapFile{Data: []byte(data)}
				}
			}
			p, err := Load(m, tt.opts)
			if err == nil {
				t.Fatalf("no error; want %s", tt.want)
			}
			if p != nil {
				t.Errorf("a package returned with the error")
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error\n%s\nwant\n%s", got, tt.want)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("error is %T, not *Error", err)
			}
		})
	}
}

func TestLoadErrorsWrap(t *testing.T) {
	m := testFS()
	edit{"observations.csv", "4279000000", "12x"}.apply(t, m)
	_, err := Load(m, Options{})
	var pe *series.ParseError
	if !errors.As(err, &pe) || pe.Input != "12x" {
		t.Errorf("error %v does not wrap a *series.ParseError of 12x", err)
	}

	m = testFS()
	delete(m, "series.csv")
	if _, err = Load(m, Options{}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("error %v does not wrap fs.ErrNotExist", err)
	}
}

func TestLoadBOMAndCRLF(t *testing.T) {
	m := testFS()
	crlf := strings.ReplaceAll(testObservations, "\n", "\r\n")
	m["observations.csv"] = &fstest.MapFile{Data: []byte(bom + crlf)}
	m["series.csv"] = &fstest.MapFile{Data: []byte(bom + testSeries)}
	m["datapackage.json"] = &fstest.MapFile{Data: []byte(bom + testDescriptor)}
	p, err := Load(m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	q, err := Load(testFS(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := samePackage(p, q); err != nil {
		t.Error(err)
	}
	// Written back without the mark, with the line ends as read.
	out := mapFS(t, p)
	if got := string(out["observations.csv"].Data); got != crlf {
		t.Errorf("observations.csv written as\n%q\nwant\n%q", got, crlf)
	}
	if got := string(out["series.csv"].Data); got != testSeries {
		t.Errorf("series.csv written as\n%q\nwant\n%q", got, testSeries)
	}
}

func TestSeriesLookup(t *testing.T) {
	m := testFS()
	edit{"observations.csv", "acme.users,,", "acme.users,News,"}.apply(t, m)
	p, err := Load(m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.Series("acme.profit")
	if want := `series "acme.profit": no such series in the data package (it has acme.revenue, acme.users)`; err == nil || err.Error() != want || !errors.Is(err, ErrNoSeries) {
		t.Errorf("unknown id: error %v, want %s", err, want)
	}
	_, err = p.Series("acme.users")
	if want := `series "acme.users": no primary vintage; its vintages are "News"`; err == nil || err.Error() != want || !errors.Is(err, ErrNoPrimary) {
		t.Errorf("no primary: error %v, want %s", err, want)
	}
	if vs := p.Vintages("acme.users"); len(vs) != 1 || vs[0].Vintage() != "News" {
		t.Errorf("Vintages(acme.users) = %v", vs)
	}
	vs := p.Vintages("acme.revenue")
	if len(vs) != 2 || vs[0].Vintage() != "" || vs[1].Vintage() != "restated" {
		t.Errorf("Vintages(acme.revenue): primary first, then restated; got %d", len(vs))
	}
}

func TestPrimaryFirst(t *testing.T) {
	m := testFS()
	// The restatement comes first in the file; the primary is still first.
	m["observations.csv"] = &fstest.MapFile{Data: []byte(`series,vintage,period,value,decimals,kind,source,locator,quote,note
acme.revenue,restated,2018,4300000000,-6,P,Acme 10-K/A,,,
acme.revenue,,2018,4279000000,-6,P,Acme 10-K,,,
`)}
	p, err := Load(m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	vs := p.Vintages("acme.revenue")
	if len(vs) != 2 || vs[0].Vintage() != "" {
		t.Fatalf("primary not first")
	}
	// acme.users has no rows: an empty primary series.
	s, err := p.Series("acme.users")
	if err != nil || s.Len() != 0 {
		t.Errorf("acme.users: %v, %v", s, err)
	}
	// Row order is kept on writing.
	if got := string(mapFS(t, p)["observations.csv"].Data); got != string(m["observations.csv"].Data) {
		t.Errorf("rows reordered:\n%s", got)
	}
}
