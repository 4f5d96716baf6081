package sec

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/finfig/finfig/series"
)

// Company is one filer's facts as the company-facts JSON gives them: for
// each concept and unit, every value every filing reported, without
// dimensions.
type Company struct {
	CIK      int64
	Name     string // entityName
	Concepts []Concept
	Filings  []Filing // the filings the facts cite, in order of first citation
}

// Concept is an XBRL concept of a taxonomy: us-gaap:Revenues.
type Concept struct {
	Taxonomy string // us-gaap, dei, ifrs-full, srt, ...
	Name     string // Revenues
	Label    string // the taxonomy's label: "Revenues"
	Units    []UnitFacts
}

// UnitFacts are a concept's facts in one unit, as the JSON names it: USD,
// shares, USD/shares, pure.
type UnitFacts struct {
	Unit  string
	Facts []Fact
}

// Fact is one reported value: the period it covers, from Start to End
// (days since 1970-01-01, both included; Start is NoStart for an instant),
// its exact value and the filing that reported it (an index into
// Company.Filings). Off is the byte offset of the fact in its file, for
// messages.
type Fact struct {
	Start, End int32
	Value      series.Decimal
	Filing     int32
	Off        int32
}

// NoStart is the Start of an instant.
const NoStart = -1 << 31

// Filing is a filing that facts cite: its accession number
// (0001065280-20-000040), form (10-K, 10-Q, 8-K, ...) and the day it was
// filed (days since 1970-01-01).
type Filing struct {
	Accession string
	Form      string
	Filed     int32
}

// FactError is a fact that cannot be read: the concept, unit, its
// position among the unit's facts (1-based) and where in the file it is.
type FactError struct {
	File         string
	Line, Column int
	Concept      string // us-gaap:Revenues
	Unit         string
	Fact         int
	Err          error
}

// Error names the place, the concept and the fact.
func (e *FactError) Error() string {
	unit := ""
	if e.Unit != "" {
		unit = " " + e.Unit
	}
	return fmt.Sprintf("%s:%d:%d: %s%s fact %d: %v", e.File, e.Line, e.Column, e.Concept, unit, e.Fact, e.Err)
}

// Unwrap returns the underlying error.
func (e *FactError) Unwrap() error { return e.Err }

// ErrNotCompanyFacts is the error of a JSON document that is neither
// company facts nor a company concept.
var ErrNotCompanyFacts = errors.New("not SEC company facts (expected an object with \"cik\" and \"facts\", or a company concept with \"cik\", \"taxonomy\", \"tag\" and \"units\")")

// parser reads one document into a Company.
type parser struct {
	scanner
	c       *Company
	filings map[string]int32 // accession -> index into c.Filings
	skipBad bool
	bad     []error // facts skipped with skipBad
	// block is where the facts of each unit are appended to,
	// each unit's a sub-slice of it: one allocation for most documents
	// instead of a growing slice for each unit.
	block []Fact
	// unknown holds the line and column of the first fact of each unit
	// that unitOf does not know, by its offset, for the message the
	// import gives once the document is gone.
	unknown map[int32][2]int
}

// factBytes is about the fewest bytes of JSON a fact takes (with end,
// val, accn, fy, fp, form and filed); it sizes the block of facts from
// the bytes left to read, so that the estimate errs on the large side.
const factBytes = 128

// addFact appends f to the facts of the unit whose first fact is at
// index from in p.block, and returns from, which changes when the block
// is full: the unit's facts so far move to a new block, sized for the rest
// of the document, and the units before it keep the old.
func (p *parser) addFact(from int, f Fact) int {
	if len(p.block) == cap(p.block) {
		n := len(p.block) - from
		b := make([]Fact, n, 2*n+16+(len(p.data)-p.pos)/factBytes)
		copy(b, p.block[from:])
		p.block, from = b, 0
	}
	p.block = append(p.block, f)
	return from
}

// ParseCompany reads a company-facts or company-concept document. file
// names it in errors. With skipBad, a fact that cannot be read is left
// out and its error returned in bad; without, it is the error. Syntax
// errors are always errors.
func ParseCompany(data []byte, file string, skipBad bool) (c *Company, bad []error, err error) {
	p, err := parse(data, file, skipBad)
	if err != nil {
		return nil, p.bad, err
	}
	return p.c, p.bad, nil
}

// parse reads a document as ParseCompany does, returning the parser, which
// holds the company, the bad facts and the positions of the units that
// the import cannot take, but not the document.
func parse(data []byte, file string, skipBad bool) (*parser, error) {
	p := &parser{scanner: scanner{data: data, file: file}, c: &Company{CIK: -1}, filings: map[string]int32{}, skipBad: skipBad}
	err := p.document()
	p.scanner = scanner{}
	return p, err
}
func (p *parser) document() error {
	if p.peek() != '{' {
		return p.notFacts(p.pos)
	}
	var taxonomy, tag, label string
	var units *Concept
	seenFacts := false
	err := p.object(func(k []byte) error {
		switch string(k) {
		case "cik":
			return p.cik()
		case "entityName":
			v, err := p.stringValue("entityName")
			if err != nil {
				return err
			}
			p.c.Name = string(v)
		case "facts":
			seenFacts = true
			return p.facts()
		case "taxonomy", "tag", "label":
			v, err := p.stringValue(string(k))
			if err != nil {
				return err
			}
			switch string(k) {
			case "taxonomy":
				taxonomy = string(v)
			case "tag":
				tag = string(v)
			default:
				label = string(v)
			}
		case "units":
			// A company concept: the units come before or after taxonomy
			// and tag, which name the concept when the document ends.
			units = &Concept{}
			return p.units(units)
		default:
			return p.skip(0)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := p.end(); err != nil {
		return err
	}
	switch {
	case p.c.CIK < 0 || (!seenFacts && (units == nil || taxonomy == "" || tag == "")):
		return p.notFacts(0)
	case units != nil && !seenFacts:
		units.Taxonomy, units.Name, units.Label = taxonomy, tag, label
		p.c.Concepts = append(p.c.Concepts, *units)
	}
	return nil
}

// notFacts returns ErrNotCompanyFacts at off.
func (p *parser) notFacts(off int) error {
	e := p.errorf(off, "%v", ErrNotCompanyFacts).(*SyntaxError)
	e.Err = ErrNotCompanyFacts
	return e
}

func (p *parser) cik() error {
	off := p.pos
	read, bad := p.number, "cik %s is not a CIK number (expected a whole number, such as 1065280)"
	if p.peek() == '"' { // the submissions API writes "0001065280"
		read, bad = p.str, "cik %q is not a CIK number (expected digits, such as 1065280)"
	}
	v, err := read()
	if err != nil {
		return err
	}
	n, err := strconv.ParseInt(string(v), 10, 64)
	if err != nil || n < 0 {
		return p.errorf(off, bad, v)
	}
	p.c.CIK = n
	return nil
}

// stringValue reads a string member, naming it if the value is another
// type.
func (p *parser) stringValue(name string) ([]byte, error) {
	if p.peek() != '"' {
		return nil, p.errorf(p.pos, "%q is %s (expected a string)", name, p.kindAt())
	}
	return p.str()
}

// facts reads {"us-gaap": {"Revenues": {...}, ...}, ...}.
func (p *parser) facts() error {
	if p.peek() != '{' {
		return p.errorf(p.pos, "\"facts\" is %s (expected an object of taxonomies)", p.kindAt())
	}
	return p.object(func(tax []byte) error {
		taxonomy := string(tax)
		if p.peek() != '{' {
			return p.errorf(p.pos, "taxonomy %q is %s (expected an object of concepts)", taxonomy, p.kindAt())
		}
		return p.object(func(name []byte) error {
			c := Concept{Taxonomy: taxonomy, Name: string(name)}
			if err := p.concept(&c); err != nil {
				return err
			}
			p.c.Concepts = append(p.c.Concepts, c)
			return nil
		})
	})
}

// concept reads {"label": ..., "description": ..., "units": {...}}.
func (p *parser) concept(c *Concept) error {
	if p.peek() != '{' {
		return p.errorf(p.pos, "concept %s:%s is %s (expected an object with \"units\")", c.Taxonomy, c.Name, p.kindAt())
	}
	return p.object(func(k []byte) error {
		switch string(k) {
		case "label":
			if p.peek() == 'n' { // some concepts have a null label
				return p.literal("null")
			}
			v, err := p.stringValue("label")
			if err != nil {
				return err
			}
			c.Label = string(v)
		case "units":
			return p.units(c)
		default:
			return p.skip(0)
		}
		return nil
	})
}

// units reads {"USD": [fact, ...], ...}.
func (p *parser) units(c *Concept) error {
	if p.peek() != '{' {
		return p.errorf(p.pos, "\"units\" of %s:%s is %s (expected an object of units)", c.Taxonomy, c.Name, p.kindAt())
	}
	return p.object(func(u []byte) error {
		uf := UnitFacts{Unit: p.unit(u)}
		if p.peek() != '[' {
			return p.errorf(p.pos, "unit %s of %s:%s is %s (expected an array of facts)", uf.Unit, c.Taxonomy, c.Name, p.kindAt())
		}
		from := len(p.block)
		err := p.array(func() error {
			n := len(p.block) - from + 1
			f, ferr := p.fact()
			if ferr == nil {
				from = p.addFact(from, f)
				return nil
			}
			var se *SyntaxError
			if errors.As(ferr, &se) {
				return ferr
			}
			line, col := p.lineCol(int(f.Off))
			fe := &FactError{File: p.file, Line: line, Column: col, Concept: c.Taxonomy + ":" + c.Name, Unit: uf.Unit, Fact: n, Err: ferr}
			if !p.skipBad {
				return fe
			}
			p.bad = append(p.bad, fe)
			return nil
		})
		if err != nil {
			return err
		}
		uf.Facts = p.block[from:len(p.block):len(p.block)]
		if _, ok := unitOf(uf.Unit); !ok && len(uf.Facts) > 0 {
			if p.unknown == nil {
				p.unknown = map[int32][2]int{}
			}
			line, col := p.lineCol(int(uf.Facts[0].Off))
			p.unknown[uf.Facts[0].Off] = [2]int{line, col}
		}
		c.Units = append(c.Units, uf)
		return nil
	})
}

// unit returns the name of a unit as a string, the same string for the
// units that most facts have.
func (p *parser) unit(u []byte) string {
	for _, name := range [...]string{"USD", "shares", "USD/shares", "pure"} {
		if string(u) == name {
			return name
		}
	}
	return string(u)
}

func (p *parser) lineCol(off int) (int, int) {
	e := p.errorf(off, "").(*SyntaxError)
	return e.Line, e.Column
}

// The members of a fact.
const (
	hasStart = 1 << iota
	hasEnd
	hasVal
	hasAccn
	hasForm
	hasFiled
	required = hasEnd | hasVal | hasAccn | hasForm | hasFiled
)

// fact reads one fact. A syntax error is a *SyntaxError; a fact that
// parses but is wrong (a missing member, one of the wrong type, a bad
// date or value) is another error, and the whole fact is read past it so
// that the next can be read. f.Off is set in both cases.
func (p *parser) fact() (f Fact, err error) {
	p.ws()
	f.Off = int32(p.pos)
	f.Start = NoStart
	if p.peek() != '{' {
		if serr := p.skip(0); serr != nil {
			return f, serr
		}
		return f, fmt.Errorf("%s (expected an object with end, val, accn, form and filed)", p.kindAtOff(int(f.Off)))
	}
	p.pos++
	var seen int
	var accn, form []byte
	var filed int32
	var bad error // the first problem, kept while the fact is read to its end
	// The loop of scanner.object written out: fact runs once per fact of
	// a file, and a closure over these variables would keep them in
	// memory rather than in registers.
	for first := true; ; first = false {
		ok, serr := p.more('}', first)
		if serr != nil {
			return f, serr
		}
		if !ok {
			break
		}
		k, serr := p.key()
		if serr != nil {
			return f, serr
		}
		var bit int
		switch string(k) {
		case "start":
			bit = hasStart
		case "end":
			bit = hasEnd
		case "val":
			bit = hasVal
		case "accn":
			bit = hasAccn
		case "form":
			bit = hasForm
		case "filed":
			bit = hasFiled
		default: // fy, fp, frame: they name the filing, not the period
			if serr := p.skip(0); serr != nil {
				return f, serr
			}
			continue
		}
		seen |= bit
		c := p.peek()
		expected, wrong := "a string", c != '"'
		if bit == hasVal {
			expected, wrong = "a number", c == '"' || c == '{' || c == '[' || c == 't' || c == 'f' || c == 'n'
		}
		if wrong {
			if bad == nil {
				bad = fmt.Errorf("%q is %s (expected %s)", k, p.kindAt(), expected)
			}
			if serr := p.skip(0); serr != nil {
				return f, serr
			}
			continue
		}
		if bit == hasVal {
			v, serr := p.number()
			if serr != nil {
				return f, serr
			}
			d, derr := decimalOf(v)
			if derr != nil && bad == nil {
				bad = derr
			}
			f.Value = d
			continue
		}
		v, serr := p.str()
		if serr != nil {
			return f, serr
		}
		switch bit {
		case hasStart, hasEnd, hasFiled:
			day, ok := series.ParseDayNumber(v)
			if !ok {
				if bad == nil {
					bad = fmt.Errorf("%q is %q (expected a date written YYYY-MM-DD)", k, v)
				}
				continue
			}
			switch bit {
			case hasStart:
				f.Start = int32(day)
			case hasEnd:
				f.End = int32(day)
			default:
				filed = int32(day)
			}
		case hasAccn:
			accn = v
		case hasForm:
			form = v
		}
	}
	if bad != nil {
		return f, bad
	}
	if missing := required &^ seen; missing != 0 {
		for i, name := range [...]string{"start", "end", "val", "accn", "form", "filed"} {
			if missing&(1<<i) != 0 {
				return f, fmt.Errorf("no %q (expected a fact with end, val, accn, form and filed, and start for a duration)", name)
			}
		}
	}
	if seen&hasStart != 0 && f.End < f.Start {
		return f, fmt.Errorf("impossible period: end %s is before start %s", dayText(f.End), dayText(f.Start))
	}
	if len(accn) == 0 {
		return f, errors.New("empty \"accn\" (expected an accession number such as 0001065280-20-000040)")
	}
	f.Filing = p.filing(accn, form, filed)
	return f, nil
}

// kindAtOff names the kind of the value at off.
func (p *parser) kindAtOff(off int) string {
	save := p.pos
	p.pos = off
	k := p.kindAt()
	p.pos = save
	return k
}

// filing returns the index of the filing with accession accn, adding it.
func (p *parser) filing(accn, form []byte, filed int32) int32 {
	if i, ok := p.filings[string(accn)]; ok { // no allocation: the compiler keys by the bytes
		return i
	}
	i := int32(len(p.c.Filings))
	p.c.Filings = append(p.c.Filings, Filing{Accession: string(accn), Form: string(form), Filed: filed})
	p.filings[string(accn)] = i
	return i
}

// decimalOf turns a JSON number, as written, into an exact Decimal: the
// mantissa as series.ParseDecimal reads it, shifted by the exponent. A
// value with more than 18 significant digits is an error, never rounded.
func decimalOf(num []byte) (series.Decimal, error) {
	// The common case, without a string: an integer of at most 18 digits.
	if i := 0; len(num) > 0 {
		neg := num[0] == '-'
		if neg {
			i = 1
		}
		if n := len(num) - i; n > 0 && n <= 18 {
			var c int64
			for ; i < len(num) && num[i] >= '0' && num[i] <= '9'; i++ {
				c = c*10 + int64(num[i]-'0')
			}
			if i == len(num) {
				if neg {
					c = -c
				}
				return series.NewDecimal(c, 0), nil
			}
		}
	}
	mant, exp := num, 0
	for i, c := range num {
		if c == 'e' || c == 'E' {
			mant = num[:i]
			e, err := strconv.Atoi(string(num[i+1:]))
			if err != nil || e > 400 || e < -400 {
				return series.Decimal{}, fmt.Errorf("\"val\" %s has an exponent out of range", num)
			}
			exp = e
			break
		}
	}
	d, err := series.ParseDecimal(string(mant))
	if err != nil {
		var pe *series.ParseError
		if errors.As(err, &pe) && pe.Reason != "" {
			return series.Decimal{}, fmt.Errorf("\"val\" %s cannot be kept exactly: %s", num, pe.Reason)
		}
		return series.Decimal{}, fmt.Errorf("\"val\" %s: %w", num, err)
	}
	return d.Shift(exp), nil
}

// dayTime returns day (days since 1970-01-01) as a time at midnight UTC.
func dayTime(day int32) time.Time { return time.Unix(int64(day)*86400, 0).UTC() }

// dayText writes a day as YYYY-MM-DD.
func dayText(day int32) string { return string(appendDay(nil, day)) }

// appendDay appends a day as YYYY-MM-DD.
func appendDay(b []byte, day int32) []byte {
	y, m, d := series.CivilFromDays(int(day))
	if y < 0 || y > 9999 {
		return dayTime(day).AppendFormat(b, time.DateOnly)
	}
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
}
