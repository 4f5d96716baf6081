package datapkg

import (
	"fmt"
	"io/fs"
	"iter"
	"slices"
	"strings"
)

// Table is a tabular resource of a data package other than series and
// observations, such as a table of events: its records as the file holds
// them, each cell checked against the schema's type and constraints. It is
// immutable, so it is safe for concurrent use.
type Table struct {
	name, path string
	file       string // the path that errors name: path, or under LoadDir's dir
	fields     []string
	index      map[string]int // fields[index[f]] == f
	header     []int          // the line on which each header field starts
	records    []Record
	crlf       bool // whether lines end with CR LF
}

// Record is a record of a Table: a value for each of its fields.
type Record struct {
	t      *Table
	values []string
	line   int   // the line on which the record starts
	lines  []int // the line on which each field starts; nil when all are on line
}

// Table returns the tabular resource name of the package; ok is false
// when the descriptor declares no such resource, or for "series" and
// "observations", which Series and Vintages give.
func (p *Package) Table(name string) (t *Table, ok bool) {
	for _, t := range p.tables {
		if t.name == name {
			return t, true
		}
	}
	return nil, false
}

// Name returns the resource's name in the descriptor.
func (t *Table) Name() string { return t.name }

// Path returns the resource's path in the package: its CSV file.
func (t *Table) Path() string { return t.path }

// Fields returns the names of the schema's fields, which are the CSV
// file's columns, in order.
func (t *Table) Fields() []string { return slices.Clone(t.fields) }

// Len returns the number of records.
func (t *Table) Len() int { return len(t.records) }

// All iterates over the records in file order.
func (t *Table) All() iter.Seq[Record] {
	return func(yield func(Record) bool) {
		for _, r := range t.records {
			if !yield(r) {
				return
			}
		}
	}
}

// Err returns an error about the table's column field, at its cell of the
// header line: for a consumer that needs a column the table does not have
// (then the error names the header line but no column), or that finds a
// column's name wrong.
func (t *Table) Err(field string, err error) *Error {
	e := &Error{File: t.file, Line: 1, Field: field, Err: err}
	if i, ok := t.index[field]; ok {
		e.Line, e.Column = t.header[i], i+1
	} else if len(t.header) > 0 {
		e.Line = t.header[0]
	}
	return e
}

// Get returns the value of field, "" for an empty cell and for a field
// the table does not have.
func (r Record) Get(field string) string {
	if i, ok := r.t.index[field]; ok {
		return r.values[i]
	}
	return ""
}

// Line returns the 1-based line on which the record starts.
func (r Record) Line() int { return r.line }

// Err returns an error about the record's cell of field, naming the file,
// the line and column of the cell and the field, for a problem that the
// consumer of the table finds in it (a date that does not parse, an id
// given twice). For a field the table does not have, the error names the
// record's line but no column.
func (r Record) Err(field string, err error) *Error {
	e := &Error{File: r.t.file, Line: r.line, Field: field, Err: err}
	if i, ok := r.t.index[field]; ok {
		e.Column = i + 1
		if r.lines != nil {
			e.Line = r.lines[i]
		}
	}
	return e
}

// LoadTable reads the tabular resource name of the data package whose
// descriptor is datapackage.json at the root of fsys, as Load reads the
// package's other tables. The package need not declare series and
// observations, so that a package may hold, say, a table of events alone;
// only the descriptor and the table's file are read. The errors it
// returns, and those its records make, name the file by its path in fsys.
func LoadTable(fsys fs.FS, name string, opts Options) (*Table, error) {
	if name == "series" || name == "observations" {
		return nil, fmt.Errorf("datapkg: LoadTable(%q): the resource is read by Load, as series (expected the name of another resource)", name)
	}
	maxSize := opts.maxFileSize()
	_, _, desc, err := loadDescriptor(fsys, maxSize, name)
	if err != nil {
		return nil, err
	}
	i := slices.IndexFunc(desc.tables, func(r resource) bool { return r.name == name })
	t, _, err := readTable(fsys, &desc.tables[i], maxSize) // parseDescriptor checked that there is one
	if err != nil {
		return nil, err
	}
	return t, nil
}

// readTable reads the CSV file of resource r, checking each record against
// the schema: the field count, the encoding, and for each non-empty cell
// its field's type and the constraints required, unique, pattern and enum.
func readTable(fsys fs.FS, r *resource, maxSize int64) (*Table, fs.FileInfo, error) {
	data, info, err := readFile(fsys, r.path, maxSize,
		fmt.Sprintf("%s names it as the path of resource %q", DescriptorName, r.name))
	if err != nil {
		return nil, nil, err
	}
	c, err := openCSV(r, data)
	if err != nil {
		return nil, nil, err
	}
	t := &Table{name: r.name, path: r.path, file: r.path, crlf: c.crlf, index: map[string]int{}}
	for i, f := range r.fields {
		t.fields = append(t.fields, f.name)
		t.index[f.name] = i
		t.header = append(t.header, c.line(i))
	}
	seen := make([]map[string]int, len(r.fields)) // the line of each value of a unique field
	err = c.each(func(rec []string) error {
		for i, f := range r.fields {
			v := rec[i]
			if v == "" { // a missing value, to which neither type nor unique applies
				continue
			}
			if err := checkType(f.typ, v); err != nil {
				return c.errAt(i, err)
			}
			if !f.unique {
				continue
			}
			if seen[i] == nil {
				seen[i] = map[string]int{}
			}
			if first, dup := seen[i][v]; dup {
				return c.errAt(i, fmt.Errorf("%s given twice (first on line %d; expected each %s once: the field is unique)", quote(v), first, f.name))
			}
			seen[i][v] = c.line(i)
		}
		rc := Record{t: t, values: rec, line: c.line(0)}
		for i := range rec {
			if c.line(i) != rc.line {
				rc.lines = make([]int, len(rec))
				for j := range rec {
					rc.lines[j] = c.line(j)
				}
				break
			}
		}
		t.records = append(t.records, rc)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return t, info, nil
}

// encode returns the table's CSV file: the header and the records as they
// were read.
func (t *Table) encode() []byte {
	rows := make([][]string, 0, len(t.records)+1)
	rows = append(rows, t.fields)
	for _, r := range t.records {
		rows = append(rows, r.values)
	}
	return writeCSV(rows, t.crlf)
}

// checkTableFields reads the fields of a table's schema: at least one,
// each name once.
func checkTableFields(fv *jsonValue, r *resource) error {
	if len(fv.elems) == 0 {
		return errAt(fv, "no fields (expected a field for each column of %s)", r.path)
	}
	seen := map[string]bool{}
	for _, e := range fv.elems {
		f, err := parseField(e)
		if err != nil {
			return err
		}
		if seen[f.name] {
			return errAt(e.get("name"), "field %q given twice (expected each column's name once)", f.name)
		}
		seen[f.name] = true
		r.fields = append(r.fields, f)
	}
	return nil
}

// fieldNames lists the fields a schema must name, for a message.
func fieldNames(want []string) string {
	if want == nil {
		return "the columns"
	}
	return strings.Join(want, ",")
}
