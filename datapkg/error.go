package datapkg

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Error reports what is wrong with a data package and where: the file, the
// 1-based line and column, and the field. In a CSV file the column is the
// position of the field in its record and Field is the column's name; in
// the descriptor the column counts characters from the start of the line
// and Field is the JSON path of the value ("resources[1].schema.fields[3].name").
// Line and Column are 0 when the error concerns the whole file (a missing
// file, one too large); Field is "" when no field is concerned.
//
// Err is the underlying error: a *series.ParseError for a value that does
// not parse, csv.ErrFieldCount for a record with too many or too few
// fields, fs.ErrNotExist for a missing file, the error that
// Options.CheckUnit returned, or the one a consumer of a table gave
// Record.Err or Table.Err. Test for them with errors.Is and errors.As.
type Error struct {
	File   string // the file's path: "observations.csv"
	Line   int    // 1-based line, 0 if none
	Column int    // 1-based column, 0 if none
	Field  string // the CSV column's name or the JSON path, "" if none
	Err    error
}

// Error returns the error as a compiler writes one:
//
//	observations.csv:14:4 (value): cannot parse "12x" as decimal: … (expected …)
func (e *Error) Error() string {
	b := []byte(e.File)
	if e.Line > 0 {
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(e.Line), 10)
		if e.Column > 0 {
			b = append(b, ':')
			b = strconv.AppendInt(b, int64(e.Column), 10)
		}
	}
	if e.Field != "" {
		b = append(b, " ("...)
		b = append(b, e.Field...)
		b = append(b, ')')
	}
	b = append(b, ": "...)
	if e.Err != nil {
		b = append(b, e.Err.Error()...)
	} else {
		b = append(b, "invalid data package"...)
	}
	return string(b)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// position returns the 1-based line and column of data[off], counting the
// column in characters. An offset at or past the end gives the position
// just after the last byte, where an unexpected end of file is.
func position(data []byte, off int) (line, col int) {
	off = max(0, min(off, len(data)))
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return line, utf8.RuneCount(data[start:off]) + 1
}

// invalidUTF8 returns the offset of the first byte of data that is not
// valid UTF-8, or -1.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// errInvalidUTF8 is the reason for text that is not UTF-8.
var errInvalidUTF8 = errors.New("invalid UTF-8 (expected UTF-8 text)")

// maxQuoted is the length above which quote cuts its input.
const maxQuoted = 64

// quote quotes text from the input for a message as series.ParseError
// quotes its Input: text longer than 64 bytes by its first 64 and its
// length, so that a huge cell does not make a huge message.
func quote(s string) string {
	if len(s) <= maxQuoted {
		return strconv.Quote(s)
	}
	return strconv.Quote(strings.ToValidUTF8(s[:maxQuoted], "")) + "… (" + strconv.Itoa(len(s)) + " bytes)"
}
