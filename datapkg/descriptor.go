package datapkg

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// DescriptorName is the descriptor's path in a data package.
const DescriptorName = "datapackage.json"

// The columns of the two resources, in order.
var (
	seriesColumns      = [...]string{"id", "name", "unit", "frequency", "description"}
	observationColumns = [...]string{"series", "vintage", "period", "value", "decimals", "kind", "source", "locator", "quote", "note"}
	// extensionColumns may follow observationColumns, all three or none:
	// the first and last days a figure covers, and whether it is derived.
	extensionColumns = [...]string{"start", "end", "derived"}
)

// The fields that must not be empty, whatever the schema says.
var (
	seriesRequired      = [...]string{"id", "unit", "frequency"}
	observationRequired = [...]string{"series", "period"}
)

// Column positions in series.csv.
const (
	colID = iota
	colName
	colUnit
	colFrequency
	colDescription
)

// Column positions in observations.csv.
const (
	colSeries = iota
	colVintage
	colPeriod
	colValue
	colDecimals
	colKind
	colSource
	colLocator
	colQuote
	colNote
	colStart
	colEnd
	colDerived
)

// resource is what the loader needs of a resource of the descriptor.
type resource struct {
	name   string
	path   string
	fields []field
}

// field is a schema field and the constraints the loader enforces.
type field struct {
	name     string
	typ      string // "" or "string", "number", "integer", "boolean", "date", "year"
	required bool
	unique   bool
	enum     []string       // nil when any value is allowed
	pattern  *regexp.Regexp // nil when any value is allowed
	matches  string         // the pattern as the schema writes it
}

// header returns the field names joined by commas, as the CSV header is.
func (r *resource) header() string {
	names := make([]string, len(r.fields))
	for i, f := range r.fields {
		names[i] = f.name
	}
	return strings.Join(names, ",")
}

// descriptor is what the loader needs of datapackage.json.
type descriptor struct {
	series, observations resource
	tables               []resource // the other resources, in order
	// obsFieldsEnd is the offset of the closing bracket of the
	// observations schema's fields, where the extension fields go.
	obsFieldsEnd int
}

// parseDescriptor checks the descriptor and returns its resources. With
// table "" it must declare series and observations (Load); else it must
// declare the resource table (LoadTable). Problems are *jsonErrors at the
// offending value.
func parseDescriptor(data []byte, table string) (*descriptor, error) {
	root, err := parseJSON(data)
	if err != nil {
		return nil, err
	}
	if root.kind != jsonObject {
		return nil, errAt(root, "expected an object, found %s", root.kind)
	}
	resources := root.get("resources")
	if resources == nil {
		return nil, errAt(root, `no "resources" (expected an array of the resources "series" and "observations")`)
	}
	if resources.kind != jsonArray {
		return nil, errAt(resources, "expected an array, found %s", resources.kind)
	}
	d := new(descriptor)
	var paths [2]*jsonValue          // the series and observations paths, once seen
	names := map[string]bool{}       // the resources seen
	files := map[string]*jsonValue{} // the names of each path seen
	for _, rv := range resources.elems {
		r, err := parseResource(rv)
		if err != nil {
			return nil, err
		}
		if names[r.name] {
			return nil, errAt(rv.get("name"), "resource %q given twice", r.name)
		}
		names[r.name] = true
		if other, ok := files[r.path]; ok {
			return nil, errAt(rv.get("path"), "path %q is also the path of resource %q (expected a file for each resource)", r.path, other.str)
		}
		files[r.path] = rv.get("name")
		var i int
		var want, ext, required []string
		switch r.name {
		case "series":
			i, want, required = 0, seriesColumns[:], seriesRequired[:]
		case "observations":
			i, want, ext, required = 1, observationColumns[:], extensionColumns[:], observationRequired[:]
		default:
			if err := checkFields(rv, r, nil, nil); err != nil {
				return nil, err
			}
			d.tables = append(d.tables, *r)
			continue
		}
		if err := checkFields(rv, r, want, ext); err != nil {
			return nil, err
		}
		for j := range r.fields {
			if slices.Contains(required, r.fields[j].name) {
				r.fields[j].required = true
			}
		}
		paths[i] = rv.get("path")
		if i == 0 {
			d.series = *r
		} else {
			d.observations = *r
			d.obsFieldsEnd = rv.get("schema").get("fields").close
		}
	}
	if table != "" {
		if !names[table] {
			return nil, errAt(resources, "no resource named %q (expected a tabular resource of that name)", table)
		}
		return d, nil
	}
	for i, name := range [...]string{"series", "observations"} {
		if paths[i] == nil {
			return nil, errAt(resources, `no resource named %q (expected the resources "series" and "observations")`, name)
		}
	}
	return d, nil
}

// parseResource reads a resource's name, path, dialect and schema.
func parseResource(rv *jsonValue) (*resource, error) {
	name, err := objectName(rv, "resource")
	if err != nil {
		return nil, err
	}
	r := &resource{name: name}
	if r.path, err = str(rv, "path", true); err != nil {
		return nil, err
	}
	pv := rv.get("path")
	switch {
	case strings.Contains(r.path, "://"):
		return nil, errAt(pv, "remote path %q is not supported (expected a file in the package, such as %q)", r.path, name+".csv")
	case !fs.ValidPath(r.path) || r.path == "." || r.path == DescriptorName:
		return nil, errAt(pv, "invalid path %q (expected a relative path to a file in the package, such as %q, without \"..\")", r.path, name+".csv")
	}
	if format, err := str(rv, "format", false); err != nil {
		return nil, err
	} else if format != "" && format != "csv" {
		return nil, errAt(rv.get("format"), `format %q is not supported (expected "csv")`, format)
	}
	if enc, err := str(rv, "encoding", false); err != nil {
		return nil, err
	} else if enc != "" && !strings.EqualFold(enc, "utf-8") && !strings.EqualFold(enc, "utf8") {
		return nil, errAt(rv.get("encoding"), `encoding %q is not supported (expected "utf-8")`, enc)
	}
	if err := checkDialect(rv.get("dialect")); err != nil {
		return nil, err
	}
	return r, nil
}

// checkDialect refuses a CSV dialect other than RFC 4180's, the one that
// encoding/csv reads.
func checkDialect(dv *jsonValue) error {
	if dv == nil {
		return nil
	}
	if dv.kind != jsonObject {
		return errAt(dv, "expected an object, found %s", dv.kind)
	}
	want := []struct {
		key  string
		kind jsonKind
		str  string
		b    bool
	}{
		{key: "delimiter", kind: jsonString, str: ","},
		{key: "quoteChar", kind: jsonString, str: `"`},
		{key: "doubleQuote", kind: jsonBool, b: true},
		{key: "header", kind: jsonBool, b: true},
		{key: "skipInitialSpace", kind: jsonBool, b: false},
	}
	for _, w := range want {
		v := dv.get(w.key)
		switch {
		case v == nil:
		case v.kind != w.kind:
			return errAt(v, "expected %s, found %s", w.kind, v.kind)
		case w.kind == jsonString && v.str != w.str:
			return errAt(v, "%s %q is not supported (expected %q)", w.key, v.str, w.str)
		case w.kind == jsonBool && v.bool != w.b:
			return errAt(v, "%s %t is not supported (expected %t)", w.key, v.bool, w.b)
		}
	}
	for _, key := range [...]string{"commentChar", "escapeChar"} {
		if v := dv.get(key); v != nil {
			return errAt(v, "%s is not supported (expected none: fields are quoted with doubled quotes inside)", key)
		}
	}
	if v := dv.get("lineTerminator"); v != nil && v.kind != jsonString {
		return errAt(v, "expected a string, found %s", v.kind)
	}
	return nil
}

// checkFields reads the schema of resource rv and checks that its fields
// are want, in order, optionally followed by all of ext; with want nil,
// that it has fields, each name once.
func checkFields(rv *jsonValue, r *resource, want, ext []string) error {
	sv := rv.get("schema")
	switch {
	case sv == nil:
		return errAt(rv, "resource %q has no schema (expected \"schema\": {\"fields\": [...]})", r.name)
	case sv.kind == jsonString:
		return errAt(sv, "a schema by path or URL is not supported (expected the schema inline, as an object)")
	case sv.kind != jsonObject:
		return errAt(sv, "expected an object, found %s", sv.kind)
	}
	if mv := sv.get("missingValues"); mv != nil {
		if mv.kind != jsonArray || len(mv.elems) != 1 || mv.elems[0].kind != jsonString || mv.elems[0].str != "" {
			return errAt(mv, `only the empty string can mark a missing value (expected [""])`)
		}
	}
	fv := sv.get("fields")
	if fv == nil {
		return errAt(sv, "schema has no fields (expected \"fields\": [...] naming %s)", fieldNames(want))
	}
	if fv.kind != jsonArray {
		return errAt(fv, "expected an array, found %s", fv.kind)
	}
	if want == nil {
		return checkTableFields(fv, r)
	}
	if len(ext) > 0 && len(fv.elems) > len(want) {
		want = append(want[:len(want):len(want)], ext...)
	}
	for i, e := range fv.elems {
		if i >= len(want) {
			name, _ := str(e, "name", false)
			return errAt(e, "unexpected field %q (expected the %d fields %s)", name, len(want), strings.Join(want, ","))
		}
		f, err := parseField(e)
		if err != nil {
			return err
		}
		if f.name != want[i] {
			return errAt(e.get("name"), "field %q, expected %q (the fields are %s, in this order)", f.name, want[i], strings.Join(want, ","))
		}
		r.fields = append(r.fields, f)
	}
	if len(r.fields) < len(want) {
		return errAt(fv, "%d fields, expected %d: %s is missing (the fields are %s)", len(r.fields), len(want), want[len(r.fields)], strings.Join(want, ","))
	}
	return nil
}

// parseField reads a schema field: its name and the constraints required
// and enum. A constraint the loader does not enforce is refused rather than
// ignored, since a descriptor must not promise what nothing checks.
func parseField(e *jsonValue) (field, error) {
	name, err := objectName(e, "field")
	if err != nil {
		return field{}, err
	}
	f := field{name: name}
	if f.typ, err = str(e, "type", false); err != nil {
		return f, err
	}
	if !slices.Contains(fieldTypes, f.typ) {
		return f, errAt(e.get("type"), "type %q is not supported (expected string, number, integer, boolean, date or year)", f.typ)
	}
	if format, err := str(e, "format", false); err != nil {
		return f, err
	} else if format != "" && format != "default" {
		return f, errAt(e.get("format"), `format %q is not supported (expected "default": the type's standard form)`, format)
	}
	cv := e.get("constraints")
	if cv == nil {
		return f, nil
	}
	if cv.kind != jsonObject {
		return f, errAt(cv, "expected an object, found %s", cv.kind)
	}
	for i, key := range cv.keys {
		v := cv.vals[i]
		switch key {
		case "required", "unique":
			if v.kind != jsonBool {
				return f, errAt(v, "expected a boolean, found %s", v.kind)
			}
			if key == "required" {
				f.required = v.bool
			} else {
				f.unique = v.bool
			}
		case "pattern":
			if v.kind != jsonString {
				return f, errAt(v, "expected a string, found %s", v.kind)
			}
			if _, err := regexp.Compile(v.str); err != nil {
				return f, errAt(v, "invalid pattern: %v (expected a regular expression in Go's syntax)", err)
			}
			// A pattern matches the whole value (Table Schema).
			f.pattern, f.matches = regexp.MustCompile("^(?:"+v.str+")$"), v.str
		case "enum":
			if v.kind != jsonArray {
				return f, errAt(v, "expected an array of strings, found %s", v.kind)
			}
			f.enum = make([]string, 0, len(v.elems))
			for _, s := range v.elems {
				if s.kind != jsonString {
					return f, errAt(s, "expected a string, found %s", s.kind)
				}
				f.enum = append(f.enum, s.str)
			}
		default:
			return f, errAt(v, "constraint %q is not supported (expected required, unique, pattern or enum)", key)
		}
	}
	return f, nil
}

// objectName returns the name of v, which must be an object with a
// non-empty "name": a resource or a field, as what says for messages.
func objectName(v *jsonValue, what string) (string, error) {
	if v.kind != jsonObject {
		return "", errAt(v, "expected a %s object, found %s", what, v.kind)
	}
	return str(v, "name", true)
}

// str returns the string member key of object v; "" when it is absent and
// not required.
func str(v *jsonValue, key string, required bool) (string, error) {
	if v.kind != jsonObject {
		return "", nil
	}
	m := v.get(key)
	switch {
	case m == nil && required:
		return "", errAt(v, "no %q (expected a string)", key)
	case m == nil:
		return "", nil
	case m.kind != jsonString:
		return "", errAt(m, "expected a string, found %s", m.kind)
	case required && m.str == "":
		return "", errAt(m, "empty %s (expected a non-empty string)", key)
	}
	return m.str, nil
}

// allowed reports whether the field's enum allows v. An empty cell is a
// missing value, to which enum does not apply.
func (f *field) allowed(v string) bool {
	return f.enum == nil || v == "" || slices.Contains(f.enum, v)
}

// fieldTypes are the Table Schema types that the loader checks a table's
// cells against; "" is a field without a type, which is a string.
var fieldTypes = []string{"", "string", "number", "integer", "boolean", "date", "year"}

// checkType returns why the non-empty cell v is not of type typ, or nil.
func checkType(typ, v string) error {
	fail := func(what, expected string) error {
		return fmt.Errorf("%s is not %s (expected %s: the field's type is %s)", quote(v), what, expected, typ)
	}
	switch typ {
	case "number":
		if strings.Trim(v, "0123456789+-.eE") != "" {
			return fail("a number", "a decimal such as 4279, -0.5 or 1.5e9, without thousands separators")
		}
		if _, err := strconv.ParseFloat(v, 64); errors.Is(err, strconv.ErrRange) {
			return fail("a number within the range of a float64", "a number whose magnitude is at most about 1.8e308")
		} else if err != nil {
			return fail("a number", "a decimal such as 4279, -0.5 or 1.5e9, without thousands separators")
		}
	case "integer":
		if d := strings.TrimLeft(v, "+-"); len(v)-len(d) > 1 || d == "" || strings.Trim(d, "0123456789") != "" {
			return fail("an integer", "digits with an optional sign, such as 26 or -6")
		}
	case "boolean":
		switch v {
		case "true", "True", "TRUE", "1", "false", "False", "FALSE", "0":
		default:
			return fail("a boolean", "true or false (the Table Schema's default true and false values)")
		}
	case "date":
		if _, err := time.Parse(time.DateOnly, v); err != nil {
			return fail("a date", "a day of the calendar written YYYY-MM-DD")
		}
	case "year":
		if len(v) != 4 || strings.Trim(v, "0123456789") != "" {
			return fail("a year", "four digits, such as 2019")
		}
	}
	return nil
}
