package claims

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/finfig/finfig/series"
)

// Measures are what a money figure can measure: money spent in a period,
// a yearly rate over a stretch of time, a sum committed.
var Measures = []string{"spend", "rate", "commitment"}

// MaxLedgerSize is the largest ledger ReadLedger accepts, in bytes: a
// hand-written ledger of thousands of claims stays far below it.
const MaxLedgerSize = 8 << 20

// Kind is what a claim asserts.
type Kind string

// The kinds of claim.
const (
	KindValue      Kind = "value"      // an amount or count about a series at a period, or about an event
	KindChange     Kind = "change"     // a change from X in one period to Z in another
	KindDifference Kind = "difference" // the difference between two events' figures
	KindConversion Kind = "conversion" // an amount converted into another currency
	KindDate       Kind = "date"       // the date of an event
	KindFrequency  Kind = "frequency"  // how often something recurs
	KindDuration   Kind = "duration"   // how long something lasted
)

var kinds = []Kind{KindValue, KindChange, KindDifference, KindConversion, KindDate, KindFrequency, KindDuration, KindShare}

// Claim is one quantitative statement of an article, as the ledger records
// it. Which fields are set depends on Kind; ReadLedger checks that.
type Claim struct {
	ID      string // unique within the ledger
	Source  string // the article's file name
	Quote   string // the article's words, verbatim
	Kind    Kind
	Subject string // a series id or an event id

	Period   series.Period // value claims about a series
	From, To series.Period // change claims

	Claimed    string // the figure as written: an amount, a period, a frequency or a duration
	ClaimedEnd string // change claims: the end figure as written
	Amount     string // conversion claims: the amount converted, as written
	Other      string // difference claims: the event subtracted
	Edge       string // date claims about a span: "start" or "end"
	Hedge      string // the hedge word as written: "about", "over", "up to", ...
	Note       string

	// Measure is what a money figure about a series measures: "spend"
	// (money spent in the period), "rate" (a yearly rate over a stretch
	// of time) or "commitment" (a sum promised); empty when the series
	// has one measure. It is compared only with points of the same
	// measure (see pointMeasure).
	Measure string

	// Published is the day the article was published, where the article
	// or its source gives it: conversions are also tried at its rate.
	Published series.Period

	Line int // the line of the claim's [[claim]] header
}

// LedgerError reports a ledger that cannot be read or a claim that cannot
// be checked, in the shape of csv.ParseError and datapkg.Error: the file,
// the line and column, the key at fault ("" for the line as a whole), and
// what is wrong. Err wraps one of ErrSyntax, ErrKey, ErrValue or ErrClaim,
// so that errors.Is tells the kinds apart.
type LedgerError struct {
	File         string
	Line, Column int
	Field        string // the key, such as "claimed"; "" for the line
	Err          error
}

// The kinds of ledger error a LedgerError wraps.
var (
	ErrSyntax = errors.New("ledger syntax")   // a line that is not a comment, header or key = "string"
	ErrKey    = errors.New("ledger key")      // an unknown, repeated, misplaced or missing key
	ErrValue  = errors.New("ledger value")    // a value its key does not allow
	ErrClaim  = errors.New("claim unchecked") // a claim the references cannot check as written
)

// ledgerErr makes a *LedgerError wrapping kind with the message msg.
func ledgerErr(file string, line, col int, field string, kind error, msg string) *LedgerError {
	return &LedgerError{File: file, Line: line, Column: col, Field: field, Err: &kindError{kind: kind, msg: msg}}
}

// kindError is a message of one of the ledger error kinds, and the error
// that caused it, if any.
type kindError struct {
	kind  error
	msg   string
	cause error
}

func (e *kindError) Error() string { return e.msg }

func (e *kindError) Unwrap() []error {
	if e.cause == nil {
		return []error{e.kind}
	}
	return []error{e.kind, e.cause}
}

// Error writes the position, the key in parentheses when there is one,
// and what is wrong: "ledger.toml:12:15 (claimed): …".
func (e *LedgerError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("%s:%d:%d: %v", e.File, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("%s:%d:%d (%s): %v", e.File, e.Line, e.Column, e.Field, e.Err)
}

// Unwrap returns Err, so that errors.Is finds the kind and the cause.
func (e *LedgerError) Unwrap() error { return e.Err }

// field is a key's value and where it was written.
type field struct {
	value     string
	line, col int // of the value
}

// The ledger keys, in the order the format documents them.
var ledgerKeys = []string{"id", "source", "quote", "kind", "subject", "period", "from", "to",
	"claimed", "claimed_end", "amount", "other", "edge", "hedge", "note", "published", "measure"}

// ReadLedger reads a claim ledger: a subset of TOML made of "# comments",
// "[[claim]]" headers and `key = "string"` lines, one key a line, as
// README.md documents. file names the ledger in errors. Every claim is
// checked for the keys its kind needs; the first problem found is
// returned as a *LedgerError.
func ReadLedger(r io.Reader, file string) ([]Claim, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxLedgerSize+1))
	if err != nil {
		return nil, &LedgerError{File: file, Line: 1, Column: 1, Err: fmt.Errorf("cannot read: %w", err)}
	}
	if len(data) > MaxLedgerSize {
		return nil, ledgerErr(file, 1, 1, "", ErrValue, fmt.Sprintf("ledger is larger than the limit of %d bytes", MaxLedgerSize))
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	var (
		out    []Claim
		cur    map[string]field
		header int
	)
	flush := func() error {
		if cur == nil {
			return nil
		}
		c, err := buildClaim(file, header, cur)
		if err != nil {
			return err
		}
		out = append(out, c)
		return nil
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), MaxLedgerSize+1) // a line as long as the whole ledger fits
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		fail := func(col int, field string, kind error, format string, args ...any) ([]Claim, error) {
			return nil, ledgerErr(file, n, col, field, kind, fmt.Sprintf(format, args...))
		}
		if !utf8.ValidString(line) {
			col := 1
			for i := 0; i < len(line); {
				r, size := utf8.DecodeRuneInString(line[i:])
				if r == utf8.RuneError && size == 1 {
					break
				}
				i += size
				col++
			}
			return fail(col, "", ErrSyntax, "invalid UTF-8 (expected UTF-8 text)")
		}
		trimmed := strings.TrimLeft(line, " \t")
		indent := len(line) - len(trimmed) + 1
		switch {
		case trimmed == "" || trimmed[0] == '#':
			continue
		case strings.HasPrefix(trimmed, "["):
			if strings.TrimRight(stripComment(trimmed), " \t") != "[[claim]]" {
				return fail(indent, "", ErrSyntax, "expected [[claim]], the only table a ledger has")
			}
			if err := flush(); err != nil {
				return nil, err
			}
			cur, header = map[string]field{}, n
			continue
		}
		eq := strings.IndexByte(trimmed, '=')
		if eq < 0 {
			return fail(indent, "", ErrSyntax, "expected key = \"value\", a [[claim]] header or a # comment")
		}
		key := strings.TrimRight(trimmed[:eq], " \t")
		if !isKey(key) {
			return fail(indent, key, ErrKey, "unknown key %q (expected one of %s)", key, strings.Join(ledgerKeys, ", "))
		}
		if cur == nil {
			return fail(indent, key, ErrKey, "key %q before the first [[claim]] header", key)
		}
		if _, dup := cur[key]; dup {
			return fail(indent, key, ErrKey, "key %q given twice in the claim that starts on line %d", key, header)
		}
		rest := trimmed[eq+1:]
		valueCol := indent + eq + 1 + (len(rest) - len(strings.TrimLeft(rest, " \t")))
		rest = strings.TrimLeft(rest, " \t")
		value, tail, err := parseString(rest)
		if err != nil {
			return fail(valueCol, key, ErrValue, "%s", err)
		}
		if t := strings.TrimSpace(tail); t != "" && t[0] != '#' {
			return fail(valueCol+len(rest)-len(strings.TrimLeft(tail, " \t")), key, ErrSyntax, "unexpected text after the string (expected a # comment or the end of the line)")
		}
		cur[key] = field{value: value, line: n, col: valueCol}
	}
	if err := sc.Err(); err != nil {
		return nil, &LedgerError{File: file, Line: 1, Column: 1, Err: fmt.Errorf("cannot read: %w", err)}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, ledgerErr(file, 1, 1, "", ErrKey, "no [[claim]] in the ledger (expected a [[claim]] table for each claim)")
	}
	seen := map[string]int{}
	for _, c := range out {
		if prev, dup := seen[c.ID]; dup {
			return nil, ledgerErr(file, c.Line, 1, "", ErrKey, fmt.Sprintf("claim id %q already used by the claim on line %d", c.ID, prev))
		}
		seen[c.ID] = c.Line
	}
	return out, nil
}

func isKey(k string) bool {
	for _, s := range ledgerKeys {
		if k == s {
			return true
		}
	}
	return false
}

func stripComment(s string) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		return s[:i]
	}
	return s
}

// parseString reads a TOML basic string at the start of s: "…" with the
// escapes \" \\ \n \t \uXXXX. It returns the value and the rest of s.
func parseString(s string) (value, rest string, err error) {
	if s == "" || s[0] != '"' {
		return "", "", fmt.Errorf("expected a string in double quotes")
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		switch c := s[i]; c {
		case '"':
			return b.String(), s[i+1:], nil
		case '\\':
			if i+1 >= len(s) {
				return "", "", fmt.Errorf("unfinished escape at the end of the line")
			}
			i++
			switch s[i] {
			case '"', '\\':
				b.WriteByte(s[i])
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'u':
				if i+4 >= len(s) {
					return "", "", fmt.Errorf("\\u needs four hex digits")
				}
				r, err := strconv.ParseUint(s[i+1:i+5], 16, 32)
				if err != nil || !utf8.ValidRune(rune(r)) {
					return "", "", fmt.Errorf("\\u needs four hex digits of a valid character")
				}
				b.WriteRune(rune(r))
				i += 4
			default:
				return "", "", fmt.Errorf("unknown escape \\%c (expected \\\", \\\\, \\n, \\t or \\uXXXX)", s[i])
			}
		default:
			if c < 0x20 && c != '\t' || c == 0x7f {
				return "", "", fmt.Errorf("control character in a string (write it as \\uXXXX)")
			}
			b.WriteByte(c)
		}
	}
	return "", "", fmt.Errorf("string is not closed (expected a closing \" on the same line)")
}

// buildClaim checks one claim's fields and makes the Claim.
func buildClaim(file string, header int, f map[string]field) (Claim, error) {
	errAt := func(key, format string, args ...any) error {
		fd, ok := f[key]
		line, col := header, 1
		if ok {
			line, col = fd.line, fd.col
		}
		return ledgerErr(file, line, col, key, ErrValue, fmt.Sprintf(format, args...))
	}
	c := Claim{Line: header}
	str := func(key string) string { return f[key].value }
	c.ID, c.Source, c.Quote, c.Subject = str("id"), str("source"), str("quote"), str("subject")
	c.Claimed, c.ClaimedEnd, c.Amount, c.Other = str("claimed"), str("claimed_end"), str("amount"), str("other")
	c.Edge, c.Hedge, c.Note = str("edge"), str("hedge"), str("note")
	c.Kind = Kind(str("kind"))
	for _, k := range []string{"id", "source", "quote", "kind", "subject", "claimed"} {
		if strings.TrimSpace(str(k)) == "" {
			return Claim{}, errAt(k, "claim %q: %s is empty or missing (every claim needs id, source, quote, kind, subject and claimed)", c.ID, k)
		}
	}
	if !validID(c.ID) {
		return Claim{}, errAt("id", "id %q: expected lowercase letters, digits, '-', '_' and '.'", c.ID)
	}
	known := false
	for _, k := range kinds {
		known = known || c.Kind == k
	}
	if !known {
		return Claim{}, errAt("kind", "unknown kind %q (expected one of %s)", c.Kind, joinKinds())
	}
	period := func(key string) (series.Period, error) {
		p, err := series.ParsePeriod(str(key))
		if err != nil {
			return p, errAt(key, "%s: %v", key, err)
		}
		return p, nil
	}
	need := func(keys ...string) error {
		for _, k := range keys {
			if strings.TrimSpace(str(k)) == "" {
				return errAt(k, "claim %q of kind %s needs %s", c.ID, c.Kind, k)
			}
		}
		return nil
	}
	var err error
	switch c.Kind {
	case KindChange:
		if err = need("from", "to", "claimed_end"); err != nil {
			return Claim{}, err
		}
		if c.From, err = period("from"); err != nil {
			return Claim{}, err
		}
		if c.To, err = period("to"); err != nil {
			return Claim{}, err
		}
		if !c.From.Before(c.To) {
			return Claim{}, errAt("to", "claim %q: to %s is not after from %s", c.ID, c.To, c.From)
		}
	case KindDifference:
		err = need("other")
	case KindConversion:
		err = need("amount")
	case KindShare:
		if err = need("period"); err == nil && strings.TrimSpace(str("amount")) == "" && strings.TrimSpace(str("other")) == "" {
			err = errAt("amount", "claim %q of kind share needs amount (the part as written) or other (the series or event of the part)", c.ID)
		}
	case KindDate:
		if _, perr := series.ParsePeriod(c.Claimed); perr != nil {
			return Claim{}, errAt("claimed", "date claim %q: %v", c.ID, perr)
		}
		if c.Edge != "" && c.Edge != "start" && c.Edge != "end" {
			return Claim{}, errAt("edge", "edge %q: expected start or end", c.Edge)
		}
	}
	if err != nil {
		return Claim{}, err
	}
	if _, ok := f["period"]; ok {
		if c.Period, err = period("period"); err != nil {
			return Claim{}, err
		}
	}
	c.Measure = str("measure")
	if c.Measure != "" && !slices.Contains(Measures, c.Measure) {
		return Claim{}, errAt("measure", "unknown measure %q (expected one of %s)", c.Measure, strings.Join(Measures, ", "))
	}
	if _, ok := f["published"]; ok {
		if c.Published, err = period("published"); err != nil {
			return Claim{}, err
		}
	}
	if _, ok := hedgeRule(c.Hedge); !ok {
		return Claim{}, errAt("hedge", "unknown hedge %q (expected one of %s)", c.Hedge, hedgeWords())
	}
	return c, nil
}

func validID(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return s != ""
}

func joinKinds() string {
	s := make([]string, len(kinds))
	for i, k := range kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}
