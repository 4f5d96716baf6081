package datapkg

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
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
	// curLine and curOff are a cursor on the file: the 1-based line
	// lineStart last found, and the offset of its first byte.
	curLine, curOff int
}

// openCSV strips a byte-order mark from data and reads and checks the
// header.
func openCSV(res *resource, data []byte) (*csvFile, error) {
	data = bytes.TrimPrefix(data, []byte(bom))
	c := &csvFile{res: res, file: res.path, data: data, curLine: 1}
	if i := bytes.IndexByte(data, '\n'); i > 0 && data[i-1] == '\r' {
		c.crlf = true
	}
	c.r = csv.NewReader(bytes.NewReader(data))
	c.r.FieldsPerRecord = -1 // counted here, to say which field is missing
	header, err := c.read()
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
			return nil, c.errAt(i, fmt.Errorf("header %s differs from the schema's field %q (expected the header %s)", quote(header[i]), f.name, res.header()))
		}
	}
	if len(header) > len(res.fields) {
		return nil, c.errAt(len(res.fields), fmt.Errorf("header has a column %s that the schema does not declare (expected the header %s)", quote(header[len(res.fields)]), res.header()))
	}
	return c, nil
}

// next returns the next record, or io.EOF after the last. It checks the
// field count, the encoding and the schema's required, enum and pattern
// constraints.
func (c *csvFile) next() ([]string, error) {
	rec, err := c.read()
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
			return nil, c.errAt(i, fmt.Errorf("%s is not one of the values the schema allows (expected one of %s)", quote(v), strings.Join(f.enum, ", ")))
		}
		if f.pattern != nil && v != "" && !f.pattern.MatchString(v) {
			return nil, c.errAt(i, fmt.Errorf("%s does not match the schema's pattern (expected a value that matches %s)", quote(v), f.matches))
		}
	}
	return rec, nil
}

// each calls do with each record that next returns, up to the end of the
// file or the first error, next's or do's.
func (c *csvFile) each(do func(rec []string) error) error {
	for {
		rec, err := c.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := do(rec); err != nil {
			return err
		}
	}
}

// read returns the next record as encoding/csv reads it, but for a quoted
// field over more than one line, which it takes as the file has it: the
// csv package reads a CR LF in a quoted field as LF, which would change
// the field and, written back, the file.
func (c *csvFile) read() ([]string, error) {
	rec, err := c.r.Read()
	c.n = len(rec)
	if err != nil {
		return rec, err
	}
	for i, f := range rec {
		if strings.IndexByte(f, '\n') >= 0 { // only a quoted field holds one
			line, col := c.r.FieldPos(i)
			rec[i] = c.quotedField(c.lineStart(line) + col - 1)
		}
	}
	return rec, nil
}

// quotedField returns the quoted field whose opening quote is data[off],
// as the file has it: without its quotes, a doubled quote read as one.
// encoding/csv has checked that it is closed.
func (c *csvFile) quotedField(off int) string {
	off = min(off+1, len(c.data))
	var b strings.Builder
	for {
		i := bytes.IndexByte(c.data[off:], '"')
		if i < 0 {
			b.Write(c.data[off:])
			return b.String()
		}
		b.Write(c.data[off : off+i])
		off += i + 1
		if off == len(c.data) || c.data[off] != '"' {
			return b.String()
		}
		b.WriteByte('"')
		off++
	}
}

// lineStart returns the offset of the first byte of the 1-based line. It
// moves a cursor forward through the file, so that the lines of a file
// are counted once: line must not be before the last line asked for.
func (c *csvFile) lineStart(line int) int {
	for c.curLine < line {
		i := bytes.IndexByte(c.data[c.curOff:], '\n')
		if i < 0 {
			break
		}
		c.curOff += i + 1
		c.curLine++
	}
	return c.curOff
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

// writeCSV returns the records as CSV, with CR LF line ends if crlf. A
// field is quoted where encoding/csv's Writer would quote it, but written
// as it is, but for its quotes doubled: that Writer drops a CR in a field
// when it writes CR LF line ends, and writes a LF in a field as CR LF,
// which would not give back the field that Load read.
func writeCSV(records [][]string, crlf bool) []byte {
	eol := "\n"
	if crlf {
		eol = "\r\n"
	}
	var b []byte
	for _, rec := range records {
		b = appendRecord(b, rec, eol)
	}
	return b
}

// appendRecord appends one CSV record, as writeCSV writes it, to b.
func appendRecord(b []byte, rec []string, eol string) []byte {
	for i, f := range rec {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendField(b, f)
	}
	return append(b, eol...)
}

// needsQuotes reports whether encoding/csv's Writer quotes field: one with
// a comma, a quote, a CR or a LF, one that starts with a space, and \.
func needsQuotes(field string) bool {
	if field == "" {
		return false
	}
	if field == `\.` {
		return true
	}
	for i := 0; i < len(field); i++ { // strings.ContainsAny, without building its set each call
		switch field[i] {
		case ',', '"', '\r', '\n':
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(field)
	return unicode.IsSpace(r)
}

// decimalsText is the decimals column of a value.
func decimalsText(d int) string { return string(appendDecimals(nil, d)) }

// appendDecimals appends the decimals column of a value: INF, or d as
// strconv.Itoa writes it.
func appendDecimals(b []byte, d int) []byte {
	if d == exactDecimals {
		return append(b, "INF"...)
	}
	return strconv.AppendInt(b, int64(d), 10)
}
