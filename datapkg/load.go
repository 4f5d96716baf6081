package datapkg

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/finfig/finfig/series"
)

// DefaultMaxFileSize is the size above which Load refuses a file when
// Options.MaxFileSize is not set: 64 MiB, far more than a package of
// reported figures needs (finfig's own observations.csv is 20 kB) and
// little enough to read whole.
const DefaultMaxFileSize = 64 << 20

// exactDecimals is the decimals of an exact value, written INF.
const exactDecimals = series.Exact

// maxDecimals bounds the decimals column: no reported figure is stated to
// more than 10^99 or finer than 10^-99.
const maxDecimals = 99

// Options adjust Load.
type Options struct {
	// CheckUnit, if not nil, is called with the unit of every series; an
	// error refuses the package and is reported at the unit's cell.
	CheckUnit func(unit string) error

	// MaxFileSize is the size in bytes above which a file is refused
	// before it is read, as fs.Stat reports it (and, for a file system
	// whose Stat is wrong, as it is read). Zero or less means
	// DefaultMaxFileSize.
	MaxFileSize int64
}

func (o *Options) maxFileSize() int64 {
	if o.MaxFileSize <= 0 {
		return DefaultMaxFileSize
	}
	return o.MaxFileSize
}

// Load reads the data package whose descriptor is datapackage.json at the
// root of fsys. It checks the descriptor, checks each CSV file's header
// against the descriptor's schema, parses every row and builds one series
// per series id and vintage.
//
// Every error is an *Error that names the file, line and column. A package
// is returned only when every file is valid.
func Load(fsys fs.FS, opts Options) (*Package, error) {
	maxSize := opts.maxFileSize()
	ddata, dinfo, desc, err := loadDescriptor(fsys, maxSize, "")
	if err != nil {
		return nil, err
	}
	p := &Package{descriptor: ddata, desc: desc, inputs: []fs.FileInfo{dinfo}}
	l := loader{p: p, opts: &opts, decls: map[string]decl{}}
	for _, r := range []*resource{&desc.series, &desc.observations} {
		data, info, err := readFile(fsys, r.path, maxSize,
			fmt.Sprintf("%s names it as the path of resource %q", DescriptorName, r.name))
		if err != nil {
			return nil, err
		}
		p.inputs = append(p.inputs, info)
		c, err := openCSV(r, data)
		if err != nil {
			return nil, err
		}
		if r == &desc.series {
			p.crlf[0] = c.crlf
			err = l.loadSeries(c)
		} else {
			p.crlf[1] = c.crlf
			err = l.loadObservations(c)
		}
		if err != nil {
			return nil, err
		}
	}
	for i := range desc.tables {
		t, info, err := readTable(fsys, &desc.tables[i], maxSize)
		if err != nil {
			return nil, err
		}
		p.tables = append(p.tables, t)
		p.inputs = append(p.inputs, info)
	}
	if err := l.build(); err != nil {
		return nil, err
	}
	return p, nil
}

// loadDescriptor reads and checks the descriptor, with parseDescriptor's
// table.
func loadDescriptor(fsys fs.FS, maxSize int64, table string) ([]byte, fs.FileInfo, *descriptor, error) {
	ddata, dinfo, err := readFile(fsys, DescriptorName, maxSize,
		"a data package needs a descriptor "+DescriptorName+" at its root")
	if err != nil {
		return nil, nil, nil, err
	}
	ddata = bytes.TrimPrefix(ddata, []byte(bom))
	if i := invalidUTF8(ddata); i >= 0 {
		line, col := position(ddata, i)
		return nil, nil, nil, &Error{File: DescriptorName, Line: line, Column: col, Err: errInvalidUTF8}
	}
	desc, err := parseDescriptor(ddata, table)
	if err != nil {
		var je *jsonError
		if !errors.As(err, &je) {
			return nil, nil, nil, &Error{File: DescriptorName, Err: err}
		}
		line, col := position(ddata, je.off)
		return nil, nil, nil, &Error{File: DescriptorName, Line: line, Column: col, Field: je.path, Err: je.err}
	}
	return ddata, dinfo, desc, nil
}

// LoadDir loads the data package in directory dir, as Load does from
// os.DirFS(dir). Its errors, and those its tables' records make, name the
// files by their path under dir.
func LoadDir(dir string, opts Options) (*Package, error) {
	p, err := Load(os.DirFS(dir), opts)
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			e.File = filepath.Join(dir, filepath.FromSlash(e.File))
		}
		return nil, err
	}
	for _, t := range p.tables {
		t.file = filepath.Join(dir, filepath.FromSlash(t.path))
	}
	return p, nil
}

// readFile reads a whole file, refusing one larger than maxSize before
// reading it. why says why the file must exist.
func readFile(fsys fs.FS, name string, maxSize int64, why string) ([]byte, fs.FileInfo, error) {
	fail := func(err error) ([]byte, fs.FileInfo, error) { return nil, nil, &Error{File: name, Err: err} }
	info, err := fs.Stat(fsys, name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fail(fmt.Errorf("missing file (%s): %w", why, fs.ErrNotExist))
		}
		return fail(err)
	}
	if info.IsDir() {
		return fail(fmt.Errorf("is a directory (expected a file: %s)", why))
	}
	if !info.Mode().IsRegular() { // a named pipe or a device: opening it may wait for ever
		return fail(fmt.Errorf("is not a regular file but %s (expected a file: %s)", fileType(info.Mode()), why))
	}
	tooBig := func(size string) ([]byte, fs.FileInfo, error) {
		return fail(fmt.Errorf("file is %s bytes, more than the limit of %d (Options.MaxFileSize)", size, maxSize))
	}
	if info.Size() > maxSize {
		return tooBig(strconv.FormatInt(info.Size(), 10))
	}
	f, err := fsys.Open(name)
	if err != nil {
		return fail(err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSize+1))
	if err != nil {
		return fail(err)
	}
	if int64(len(data)) > maxSize {
		return tooBig("over " + strconv.FormatInt(maxSize, 10))
	}
	return data, info, nil
}

// fileType names the type of a file that is not a regular file.
func fileType(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "a special file (mode " + m.String() + ")"
}

// decl is a series as series.csv declares it.
type decl struct {
	meta series.Meta
	line int
}

// group is the points of one series and vintage, in file order.
type group struct {
	meta   series.Meta
	points []series.Point
	s      *series.Series
}

type obsKey struct {
	id, vintage string
	period      series.Period
}

type groupKey struct{ id, vintage string }

// loader holds what Load has read so far.
type loader struct {
	p      *Package
	opts   *Options
	decls  map[string]decl
	groups map[groupKey]*group
	order  map[string][]*group // each id's groups, in file order
	seen   map[obsKey]int      // the line of each observation
	rows   []*group            // each observation's group, in file order
	period []series.Period     // each observation's period
}

func (l *loader) loadSeries(c *csvFile) error {
	return c.each(func(rec []string) error {
		id := rec[colID]
		if d, ok := l.decls[id]; ok {
			return c.errAt(colID, fmt.Errorf("series %s declared twice (first on line %d; expected each id once)", quote(id), d.line))
		}
		unit := rec[colUnit]
		if l.opts.CheckUnit != nil {
			if err := l.opts.CheckUnit(unit); err != nil {
				return c.errAt(colUnit, err)
			}
		}
		freq, err := series.ParseFrequency(rec[colFrequency])
		if err != nil {
			return c.errAt(colFrequency, err)
		}
		l.decls[id] = decl{line: c.line(0), meta: series.Meta{
			ID:          id,
			Name:        rec[colName],
			Unit:        unit,
			Frequency:   freq,
			Description: rec[colDescription],
		}}
		l.p.ids = append(l.p.ids, id)
		return nil
	})
}

func (l *loader) loadObservations(c *csvFile) error {
	l.groups, l.order, l.seen = map[groupKey]*group{}, map[string][]*group{}, map[obsKey]int{}
	return c.each(func(rec []string) error {
		id, vintage := rec[colSeries], rec[colVintage]
		d, ok := l.decls[id]
		if !ok {
			return c.errAt(colSeries, fmt.Errorf("series %s is not declared in %s (expected one of %s)", quote(id), l.p.desc.series.path, l.p.known()))
		}
		period, err := series.ParsePeriod(rec[colPeriod])
		if err != nil {
			return c.errAt(colPeriod, err)
		}
		if f := period.Frequency(); f != d.meta.Frequency {
			return c.errAt(colPeriod, fmt.Errorf("period %s is %s, but series %s is %s (%s line %d)", period, f, id, d.meta.Frequency, l.p.desc.series.path, d.line))
		}
		key := obsKey{id: id, vintage: vintage, period: period}
		if first, dup := l.seen[key]; dup {
			return c.errAt(colPeriod, fmt.Errorf("series %s, %s, period %s given twice (first on line %d; expected one row per series, vintage and period)", id, vintageName(vintage), period, first))
		}
		l.seen[key] = c.line(colPeriod)
		pt := series.Point{Period: period, Source: series.Source{
			Document: rec[colSource],
			Locator:  rec[colLocator],
			Kind:     rec[colKind],
			Quote:    rec[colQuote],
			Note:     rec[colNote],
		}}
		if len(rec) > colDerived {
			if err := parseExtension(c, rec, &pt); err != nil {
				return err
			}
		}
		switch value, decimals := rec[colValue], rec[colDecimals]; {
		case value == "" && decimals != "":
			return c.errAt(colDecimals, fmt.Errorf("decimals %s for an empty value (expected an empty cell: a value not available has no precision)", quote(decimals)))
		case value == "":
			pt.Missing = true
		case decimals == "":
			return c.errAt(colDecimals, fmt.Errorf("no decimals for value %s (expected %s)", value, decimalsForms))
		default:
			dec, err := parseValue(value)
			if err != nil {
				return c.errAt(colValue, err)
			}
			n, err := parseDecimals(decimals)
			if err != nil {
				return c.errAt(colDecimals, err)
			}
			pt.Value = series.NewValue(dec, n)
		}
		gk := groupKey{id: id, vintage: vintage}
		g := l.groups[gk]
		if g == nil {
			meta := d.meta
			meta.Vintage = vintage
			g = &group{meta: meta}
			l.groups[gk] = g
			l.order[id] = append(l.order[id], g)
		}
		g.points = append(g.points, pt)
		l.rows = append(l.rows, g)
		l.period = append(l.period, period)
		return nil
	})
}

// build makes the series: for each id the primary vintage first, then the
// others in the order they first appear. A declared series without
// observations is an empty primary series.
func (l *loader) build() error {
	p := l.p
	p.vintages = make(map[string][]*series.Series, len(p.ids))
	p.metas = make(map[string]series.Meta, len(p.ids))
	for _, id := range p.ids {
		p.metas[id] = l.decls[id].meta
		gs := l.order[id]
		if len(gs) == 0 {
			gs = []*group{{meta: l.decls[id].meta}}
		}
		for i, g := range gs {
			if g.meta.Vintage == "" && i > 0 {
				copy(gs[1:i+1], gs[:i])
				gs[0] = g
			}
		}
		for _, g := range gs {
			s, err := series.New(g.meta, g.points)
			if err != nil { // the rows were checked; this is a bug
				return &Error{File: p.desc.observations.path, Err: err}
			}
			g.s = s
			p.vintages[id] = append(p.vintages[id], s)
		}
	}
	p.rows = make([]row, len(l.rows))
	for i, g := range l.rows {
		p.rows[i] = row{s: g.s, period: l.period[i]}
	}
	return nil
}

// parseExtension reads the columns start, end and derived into pt.
func parseExtension(c *csvFile, rec []string, pt *series.Point) error {
	for _, d := range []struct {
		col int
		dst *time.Time
	}{{colStart, &pt.Start}, {colEnd, &pt.End}} {
		if rec[d.col] == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, rec[d.col])
		if err != nil {
			return c.errAt(d.col, &series.ParseError{Type: "date", Input: rec[d.col], Expected: "a day written YYYY-MM-DD, or an empty cell"})
		}
		*d.dst = t
	}
	if !pt.Start.IsZero() && pt.End.Before(pt.Start) {
		return c.errAt(colEnd, fmt.Errorf("end %s before start %s (expected the last day the figure covers, on or after its first)", rec[colEnd], rec[colStart]))
	}
	switch rec[colDerived] {
	case "true":
		pt.Derived = true
	case "", "false":
	default:
		return c.errAt(colDerived, &series.ParseError{Type: "derived", Input: rec[colDerived], Expected: "true, false or an empty cell"})
	}
	return nil
}

// vintageName says which vintage a row belongs to, for messages.
func vintageName(v string) string {
	if v == "" {
		return "primary vintage"
	}
	return "vintage " + strconv.Quote(v)
}

const valueForms = "a plain decimal in base units such as 4279000000 or 245.120, or an empty cell for a value not available"

// parseValue parses the value column: a decimal as series.ParseDecimal
// reads it, without thousands separators, which no spreadsheet reads as a
// number.
func parseValue(s string) (series.Decimal, error) {
	fail := func(why string) (series.Decimal, error) {
		return series.Decimal{}, &series.ParseError{Type: "decimal", Input: s, Expected: valueForms, Reason: why}
	}
	switch strings.ToLower(strings.TrimLeft(s, "+-")) {
	case "nan", "inf", "infinity":
		return fail("not a number; a value not available is an empty cell")
	}
	if strings.Contains(s, ",") {
		return fail("thousands separators are not allowed in a data file")
	}
	d, err := series.ParseDecimal(s)
	if err != nil {
		var pe *series.ParseError
		if errors.As(err, &pe) {
			return fail(pe.Reason)
		}
		return series.Decimal{}, err
	}
	if math.IsInf(d.Float64(), 0) {
		return fail("beyond the range of a float64, whose largest is about 1.8e308")
	}
	return d, nil
}

const decimalsForms = "the XBRL decimals: an integer from -99 to 99 such as -6 (accurate to the million) or 3 (to the thousandth), or INF for an exact value"

// parseDecimals parses the decimals column, written as strconv.Itoa writes
// it, or INF.
func parseDecimals(s string) (int, error) {
	if s == "INF" {
		return exactDecimals, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || strconv.Itoa(n) != s || n < -maxDecimals || n > maxDecimals {
		return 0, &series.ParseError{Type: "decimals", Input: s, Expected: decimalsForms}
	}
	return n, nil
}
