package datapkg

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// bom is the UTF-8 byte-order mark, which spreadsheets write at the start
// of a file. The loader skips it; Write does not write it.
const bom = "\uFEFF"

// csvFile reads the records of one resource's CSV file, checking each
// against the resource's schema.
type csvFile struct {
	res  *resource
	file string // the path in the package, for errors
	data []byte // the file without its byte-order mark
	r    *csv.Reader
	crlf bool // whether lines end with CR LF
	n    int  // the number of fields of the last record read
}

// openCSV strips a byte-order mark from data and reads and checks the
// header.
func openCSV(res *resource, data []byte) (*csvFile, error) {
	data = bytes.TrimPrefix(data, []byte(bom))
	c := &csvFile{res: res, file: res.path, data: data}
	if i := bytes.IndexByte(data, '\n'); i > 0 && data[i-1] == '\r' {
		c.crlf = true
	}
	c.r = csv.NewReader(bytes.NewReader(data))
	c.r.FieldsPerRecord = -1 // counted here, to say which field is missing
	header, err := c.r.Read()
	c.n = len(header)
	if err == io.EOF {
		return nil, &Error{File: c.file, Err: fmt.Errorf("empty file (expected the header %s and a line per record)", res.header())}
	}
	if err != nil {
		return nil, c.parseError(err)
	}
	if err := c.checkUTF8(header); err != nil {
		return nil, err
	}
	for i, f := range res.fields {
		if i >= len(header) {
			return nil, c.errAt(i, fmt.Errorf("header has no column %q (expected the header %s)", f.name, res.header()))
		}
		if header[i] != f.name {
			return nil, c.errAt(i, fmt.Errorf("header %q differs from the schema's field %q (expected the header %s)", header[i], f.name, res.header()))
		}
	}
	if len(header) > len(res.fields) {
		return nil, c.errAt(len(res.fields), fmt.Errorf("header has a column %q that the schema does not declare (expected the header %s)", header[len(res.fields)], res.header()))
	}
	return c, nil
}

// next returns the next record, or io.EOF after the last. It checks the
// field count, the encoding and the schema's required and enum constraints.
func (c *csvFile) next() ([]string, error) {
	rec, err := c.r.Read()
	c.n = len(rec)
	if err == io.EOF {
		return nil, io.EOF
	}
	if err != nil {
		return nil, c.parseError(err)
	}
	if want := len(c.res.fields); len(rec) != want {
		col := min(len(rec), want) // the first missing or extra field
		return nil, &Error{File: c.file, Line: c.line(0), Column: col + 1, Field: c.fieldName(col),
			Err: fmt.Errorf("%w: %d, expected %d (%s)", csv.ErrFieldCount, len(rec), want, c.res.header())}
	}
	if err := c.checkUTF8(rec); err != nil {
		return nil, err
	}
	for i, f := range c.res.fields {
		v := rec[i]
		if f.required && v == "" {
			return nil, c.errAt(i, fmt.Errorf("empty %s (expected a value: the field is required)", f.name))
		}
		if !f.allowed(v) {
			return nil, c.errAt(i, fmt.Errorf("%q is not one of the values the schema allows (expected one of %s)", v, strings.Join(f.enum, ", ")))
		}
	}
	return rec, nil
}

func (c *csvFile) checkUTF8(rec []string) error {
	for i, v := range rec {
		if !utf8.ValidString(v) {
			return c.errAt(i, errInvalidUTF8)
		}
	}
	return nil
}

// line returns the line on which field i of the last record starts, or
// for a field the record lacks, the line on which its last field starts.
func (c *csvFile) line(i int) int {
	line, _ := c.r.FieldPos(max(0, min(i, c.n-1)))
	return line
}

// errAt returns an error about field i of the last record read.
func (c *csvFile) errAt(i int, err error) *Error {
	return &Error{File: c.file, Line: c.line(i), Column: i + 1, Field: c.fieldName(i), Err: err}
}

func (c *csvFile) fieldName(i int) string {
	if i < len(c.res.fields) {
		return c.res.fields[i].name
	}
	return ""
}

// parseError turns an error of encoding/csv into an *Error. The csv
// package reports the byte at which the quoting went wrong; the column of
// an *Error is the field's, so it is counted from the record's start.
func (c *csvFile) parseError(err error) *Error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return &Error{File: c.file, Err: err}
	}
	col := c.fieldAt(pe.StartLine, pe.Line, pe.Column)
	why := pe.Err
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		why = fmt.Errorf("%w (expected a field that contains a quote to be quoted whole, with the quote doubled: \"say \"\"hi\"\"\")", pe.Err)
	case errors.Is(pe.Err, csv.ErrQuote):
		why = fmt.Errorf("%w (expected a quoted field to end with a quote followed by a comma or the end of the line)", pe.Err)
	}
	return &Error{File: c.file, Line: pe.Line, Column: col, Field: c.fieldName(col - 1), Err: why}
}

// fieldAt returns the 1-based number of the field, in the record that
// starts on line start, that byte col (1-based) of line contains.
func (c *csvFile) fieldAt(start, line, col int) int {
	from, to := lineOffset(c.data, start), lineOffset(c.data, line)+col-1
	to = min(to, len(c.data))
	n, quoted := 1, false
	for _, b := range c.data[min(from, to):to] {
		switch {
		case b == '"':
			quoted = !quoted
		case b == ',' && !quoted:
			n++
		}
	}
	return n
}

// lineOffset returns the offset of the first byte of the 1-based line.
func lineOffset(data []byte, line int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return len(data)
		}
		off += i + 1
	}
	return off
}

// writeCSV returns the records as CSV, with CR LF line ends if crlf.
func writeCSV(records [][]string, crlf bool) ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = crlf
	if err := w.WriteAll(records); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// decimalsText is the decimals column of a value.
func decimalsText(d int) string {
	if d == exactDecimals {
		return "INF"
	}
	return strconv.Itoa(d)
}
