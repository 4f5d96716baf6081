package sec

import (
	"bytes"
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// SyntaxError is JSON that does not parse, or a value of a type the
// company facts do not have there: the file, the 1-based line and column
// (in bytes), the byte offset, and what was expected.
type SyntaxError struct {
	File   string
	Line   int
	Column int
	Offset int64
	Msg    string
	Err    error // ErrNotCompanyFacts for a document of another kind, else nil
}

// Error writes the position as a compiler does: file:line:column.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Msg)
}

// Unwrap returns Err.
func (e *SyntaxError) Unwrap() error { return e.Err }

// maxDepth bounds the nesting of a skipped value, so that no input can
// exhaust the stack; company facts nest six deep.
const maxDepth = 128

// scanner reads JSON from a byte slice in place. It is the hand-written
// counterpart of encoding/json's Decoder.Token: strings without escapes
// and numbers come back as sub-slices of the input, so that reading a
// fact allocates nothing, and a value's number is kept as written.
type scanner struct {
	data []byte
	pos  int
	file string
	// lineOff and line are a cursor for positions in messages: the
	// offset of the start of a 1-based line, so that the lines before it
	// are counted once when messages come in order.
	lineOff, line int
}

// errorf returns a *SyntaxError at byte off.
func (s *scanner) errorf(off int, format string, args ...any) error {
	off = min(off, len(s.data))
	if s.line == 0 || off < s.lineOff {
		s.lineOff, s.line = 0, 1
	}
	for {
		i := bytes.IndexByte(s.data[s.lineOff:off], '\n')
		if i < 0 {
			break
		}
		s.lineOff += i + 1
		s.line++
	}
	line, col := s.line, off-s.lineOff+1
	return &SyntaxError{File: s.file, Line: line, Column: col, Offset: int64(off), Msg: fmt.Sprintf(format, args...)}
}

// unexpected reports the byte at the current position as not what was
// expected, or the end of the input.
func (s *scanner) unexpected(expected string) error {
	if s.pos >= len(s.data) {
		return s.errorf(s.pos, "unexpected end of input: the JSON is truncated (expected %s)", expected)
	}
	c := s.data[s.pos]
	if c < 0x20 || c >= 0x7f {
		return s.errorf(s.pos, "invalid character %q (expected %s)", c, expected)
	}
	return s.errorf(s.pos, "invalid character '%c' (expected %s)", c, expected)
}

func (s *scanner) ws() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return
		}
	}
}

// peek returns the next byte after white space, or 0 at the end.
func (s *scanner) peek() byte {
	s.ws()
	if s.pos >= len(s.data) {
		return 0
	}
	return s.data[s.pos]
}

func (s *scanner) expect(c byte, expected string) error {
	if s.peek() != c {
		return s.unexpected(expected)
	}
	s.pos++
	return nil
}

// more reads the separator after a member or element of an object or
// array that closes with end: it reports whether another follows.
// first is true before the first member.
func (s *scanner) more(end byte, first bool) (bool, error) {
	c := s.peek()
	if c == end {
		s.pos++
		return false, nil
	}
	if !first {
		if c != ',' {
			return false, s.unexpected(fmt.Sprintf("',' or '%c'", end))
		}
		s.pos++
	}
	return true, nil
}

// object reads the object that opens at s.pos, calling member for each
// member with its key, once the colon after the key is read: member reads
// the value. It stops at the first error, member's or the JSON's.
func (s *scanner) object(member func(key []byte) error) error {
	s.pos++ // the '{'
	for first := true; ; first = false {
		ok, err := s.more('}', first)
		if err != nil || !ok {
			return err
		}
		k, err := s.key()
		if err != nil {
			return err
		}
		if err := member(k); err != nil {
			return err
		}
	}
}

// array reads the array that opens at s.pos, calling elem to read each
// element. It stops at the first error, elem's or the JSON's.
func (s *scanner) array(elem func() error) error {
	s.pos++ // the '['
	for first := true; ; first = false {
		ok, err := s.more(']', first)
		if err != nil || !ok {
			return err
		}
		if err := elem(); err != nil {
			return err
		}
	}
}

// key reads an object's key and the colon after it.
func (s *scanner) key() ([]byte, error) {
	k, err := s.str()
	if err != nil {
		return nil, err
	}
	return k, s.expect(':', "':' after an object key")
}

// strSpecial marks the bytes that end the plain run of a string: the
// closing quote, a backslash, a control character and any byte past ASCII.
var strSpecial = func() (t [256]bool) { // a 256-byte table, cheap to make at init
	for c := range t {
		t[c] = c < 0x20 || c == '"' || c == '\\' || c >= utf8.RuneSelf
	}
	return t
}()

// str reads a string. A string without escapes is a sub-slice of the
// input; one with escapes is decoded by encoding/json.
func (s *scanner) str() ([]byte, error) {
	if s.peek() != '"' {
		return nil, s.unexpected("a string")
	}
	start := s.pos
	s.pos++
	// The common case: plain ASCII up to the closing quote, read in one
	// pass (the strings of company facts are short: keys, dates, forms).
	i := s.pos
	for i < len(s.data) && !strSpecial[s.data[i]] {
		i++
	}
	if i < len(s.data) && s.data[i] == '"' {
		body := s.data[s.pos:i]
		s.pos = i + 1
		return body, nil
	}
	escaped := false
	for s.pos < len(s.data) {
		c := s.data[s.pos]
		switch {
		case c == '"':
			s.pos++
			if !escaped {
				return s.data[start+1 : s.pos-1], nil
			}
			var out string
			if err := json.Unmarshal(s.data[start:s.pos], &out); err != nil {
				return nil, s.errorf(start, "invalid string: %v", err)
			}
			return []byte(out), nil
		case c == '\\':
			escaped = true
			s.pos += 2
		case c < 0x20:
			return nil, s.errorf(s.pos, "invalid control character %q in a string (expected it escaped)", c)
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRune(s.data[s.pos:])
			if r == utf8.RuneError && n == 1 {
				return nil, s.errorf(s.pos, "invalid UTF-8 in a string")
			}
			s.pos += n
		default:
			s.pos++
		}
	}
	return nil, s.errorf(len(s.data), "unexpected end of input in a string: the JSON is truncated")
}

// number reads a number as written, checking JSON's grammar:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (s *scanner) number() ([]byte, error) {
	s.ws()
	start, d := s.pos, s.data
	i := s.pos
	if i < len(d) && d[i] == '-' {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
			n++
		}
		return n
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case digits() == 0:
		s.pos = i
		return nil, s.unexpected("a number")
	}
	if i < len(d) && d[i] == '.' {
		i++
		if digits() == 0 {
			s.pos = i
			return nil, s.unexpected("a digit after the decimal point")
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if digits() == 0 {
			s.pos = i
			return nil, s.unexpected("a digit in the exponent")
		}
	}
	s.pos = i
	return d[start:i], nil
}

// literal reads true, false or null.
func (s *scanner) literal(word string) error {
	if !bytes.HasPrefix(s.data[s.pos:], []byte(word)) {
		return s.unexpected(word)
	}
	s.pos += len(word)
	return nil
}

// skip reads and checks any value, keeping nothing.
func (s *scanner) skip(depth int) error {
	if depth > maxDepth {
		return s.errorf(s.pos, "values nested more than %d deep", maxDepth)
	}
	switch c := s.peek(); c {
	case '"':
		_, err := s.str()
		return err
	case '{':
		return s.object(func([]byte) error { return s.skip(depth + 1) })
	case '[':
		return s.array(func() error { return s.skip(depth + 1) })
	case 't':
		return s.literal("true")
	case 'f':
		return s.literal("false")
	case 'n':
		return s.literal("null")
	default:
		_, err := s.number()
		return err
	}
}

// end checks that nothing but white space follows the top-level value.
func (s *scanner) end() error {
	if s.peek() != 0 || s.pos < len(s.data) {
		return s.errorf(s.pos, "unexpected data after the top-level value (expected the end of the file)")
	}
	return nil
}

// kindAt names the kind of the value at the current position, for
// messages about a value of the wrong type.
func (s *scanner) kindAt() string {
	switch s.peek() {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	case 0:
		return "the end of input"
	}
	return "a number"
}
