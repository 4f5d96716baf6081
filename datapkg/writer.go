package datapkg

import (
	"bufio"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/finfig/finfig/series"
)

// Writer writes a data package one series at a time, so that a package
// larger than memory (every filer of the SEC's bulk company facts) streams
// to disk: only the row being written and the base package are held.
//
// The package goes to a directory: a new one, or one that holds a package
// already (the base), into which the added series merge. An added series
// replaces the base's series of the same id, with all its vintages; the
// base's other series are kept as they were, after the added ones. Nothing
// is visible in the directory until Commit, which renames the finished
// files into place, as Write does; Abort, or a failed Commit, leaves the
// directory as it was.
//
// The observations carry the extension columns start, end and derived. A
// base whose descriptor lacks them gets them appended to its
// observations schema, the rest of its descriptor kept byte for byte.
type Writer struct {
	dir      string
	work     string // the directory the files are written in: dir, or a new one beside it
	fresh    bool   // whether work is a new directory renamed to dir on Commit
	base     *Package
	replaced map[string]bool
	paths    [2]string        // series and observations, relative to the package
	temps    [2]*os.File      // their temporary files
	bufs     [2]*bufio.Writer // buffers on temps
	eol      string
	rec      []byte
	prefix   []byte // the id and vintage fields of the rows being written
	err      error  // the error that stopped an AddVintages
	last     string // the last id added
	quotes   quoteCache
	done     bool
}

// The default resource paths of a new package.
const (
	seriesPath       = "series.csv"
	observationsPath = "observations.csv"
)

// NewWriter starts a package in directory dir. base is the package that
// dir holds already (as LoadDir read it), or nil when dir holds none; dir
// need not exist.
func NewWriter(dir string, base *Package) (*Writer, error) {
	w := &Writer{dir: dir, base: base, replaced: map[string]bool{}, eol: "\n",
		paths: [2]string{seriesPath, observationsPath}}
	if base != nil {
		w.paths = [2]string{base.desc.series.path, base.desc.observations.path}
		if base.crlf[1] {
			w.eol = "\r\n"
		}
	}
	switch info, err := os.Stat(dir); {
	case errors.Is(err, os.ErrNotExist):
		if base != nil {
			return nil, fmt.Errorf("datapkg: %s does not exist, but a base package was given", dir)
		}
		parent := filepath.Dir(dir)
		if err := os.MkdirAll(parent, 0o755); err != nil {
			return nil, fmt.Errorf("datapkg: %w", err)
		}
		work, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".*.tmp")
		if err != nil {
			return nil, fmt.Errorf("datapkg: %w", err)
		}
		if err := os.Chmod(work, 0o755); err != nil { // MkdirTemp makes it 0700
			os.Remove(work)
			return nil, fmt.Errorf("datapkg: %w", err)
		}
		w.work, w.fresh = work, true
	case err != nil:
		return nil, fmt.Errorf("datapkg: %w", err)
	case !info.IsDir():
		return nil, fmt.Errorf("datapkg: %s is not a directory (expected the directory of a data package)", dir)
	default:
		if base == nil {
			if _, err := os.Stat(filepath.Join(dir, DescriptorName)); err == nil {
				return nil, fmt.Errorf("datapkg: %s holds a data package already (expected it loaded as the base, to merge into)", dir)
			}
		}
		w.work = dir
	}
	for i, p := range w.paths {
		target := w.target(p)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			w.Abort()
			return nil, fmt.Errorf("datapkg: %w", err)
		}
		f, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*.tmp")
		if err != nil {
			w.Abort()
			return nil, fmt.Errorf("datapkg: %w", err)
		}
		w.temps[i], w.bufs[i] = f, bufio.NewWriterSize(f, 64<<10)
	}
	w.write(0, seriesColumns[:])
	w.write(1, observationHeader(true))
	return w, nil
}

// target returns where the file of package path p is written.
func (w *Writer) target(p string) string { return filepath.Join(w.work, filepath.FromSlash(p)) }

// write writes one record to file i (0 series, 1 observations).
func (w *Writer) write(i int, rec []string) {
	w.rec = appendRecord(w.rec[:0], rec, w.eol)
	w.bufs[i].Write(w.rec) // a write error is kept by the buffer and reported by Flush
}

// Add writes a series: its vintages, all of one id, the primary first if
// it has one. Each id must be added once, and the vintages of an id
// together: Add checks that an id is not the one added last, but keeps no
// list of all the ids, so that its memory does not grow with them.
func (w *Writer) Add(vintages []*series.Series) error {
	if len(vintages) == 0 {
		return w.check()
	}
	meta := vintages[0].Meta()
	vs := make([]Vintage, len(vintages))
	for i, s := range vintages {
		if s.ID() != meta.ID || s.Unit() != meta.Unit || s.Frequency() != meta.Frequency {
			return fmt.Errorf("datapkg: vintage %q of series %s is of series %s, %s, %s (expected %s, %s)",
				s.Vintage(), meta.ID, s.ID(), s.Unit(), s.Frequency(), meta.Unit, meta.Frequency)
		}
		vs[i] = Vintage{Name: s.Vintage(), Points: func(yield func(series.Point) bool) {
			for _, pt := range s.All() {
				if !yield(pt) {
					return
				}
			}
		}}
	}
	return w.AddVintages(meta, vs)
}

// Vintage is one vintage of a series for AddVintages: its name (empty for
// the primary) and its points in period order.
type Vintage struct {
	Name   string
	Points iter.Seq[series.Point]
}

// AddVintages writes a series as Add does, its vintages given as
// sequences of points that are made as they are written, so that a
// caller with many points (an SEC import) need not make a *series.Series
// of each vintage first. meta gives the id, name, unit, frequency and
// description; its Vintage is not used. Each vintage's points must be of
// meta's frequency, in period order, each period once, as series.New
// would make them: a point that is not is an error, after the points
// before it are written, and the Writer then refuses everything but
// Abort.
func (w *Writer) AddVintages(meta series.Meta, vintages []Vintage) error {
	if err := w.check(); err != nil {
		return err
	}
	if len(vintages) == 0 {
		return nil
	}
	if meta.ID == "" {
		return errors.New("datapkg: a series without an id")
	}
	if meta.ID == w.last {
		return fmt.Errorf("datapkg: series %s added twice", meta.ID)
	}
	for i, v := range vintages {
		// Most series have one or two vintages: a map would cost more
		// than comparing them pairwise.
		for _, u := range vintages[:i] {
			if u.Name == v.Name {
				return fmt.Errorf("datapkg: series %s, %s given twice", meta.ID, vintageName(v.Name))
			}
		}
	}
	w.last = meta.ID
	if w.base != nil {
		if _, ok := w.base.metas[meta.ID]; ok {
			w.replaced[meta.ID] = true
		}
	}
	w.write(0, []string{meta.ID, meta.Name, meta.Unit, meta.Frequency.String(), meta.Description})
	for _, v := range vintages {
		// Every row of the vintage starts with the same id and vintage.
		prefix := append(appendField(w.prefix[:0], meta.ID), ',')
		prefix = append(appendField(prefix, v.Name), ',')
		w.prefix = prefix
		var prev series.Period
		for pt := range v.Points {
			if err := pointError(meta, v.Name, prev, pt.Period); err != nil {
				w.err = err
				return err
			}
			prev = pt.Period
			w.rec = appendObservation(w.rec[:0], &w.quotes, prefix, pt, w.eol)
			w.bufs[1].Write(w.rec)
		}
	}
	return nil
}

// check returns the error of a Writer that may not be added to.
func (w *Writer) check() error {
	switch {
	case w.err != nil:
		return fmt.Errorf("datapkg: Writer used after an error: %w", w.err)
	case w.done:
		return errors.New("datapkg: Add after Commit or Abort")
	}
	return nil
}

// pointError checks that period p of vintage v of series meta may follow
// prev (zero for the first point), as series.New checks the points of a
// series.
func pointError(meta series.Meta, v string, prev, p series.Period) error {
	if p.IsZero() {
		return fmt.Errorf("datapkg: series %s, %s: a point without a period", meta.ID, vintageName(v))
	}
	what := ""
	switch {
	case p.Frequency() != meta.Frequency:
		what = fmt.Sprintf("is %s (expected %s)", p.Frequency(), meta.Frequency)
	case !prev.IsZero() && p.Compare(prev) == 0:
		what = "is given twice"
	case !prev.IsZero() && p.Compare(prev) < 0:
		what = fmt.Sprintf("comes after %s (expected the points in period order)", prev)
	default:
		return nil
	}
	return fmt.Errorf("datapkg: series %s, %s: period %s %s", meta.ID, vintageName(v), p, what)
}

// appendObservation appends the record of point pt, with the extension
// columns, as observationRecord and appendRecord write it, but without a
// string for each field: a bulk import writes millions. prefix holds the
// series' id and vintage fields, each followed by a comma.
func appendObservation(b []byte, q *quoteCache, prefix []byte, pt series.Point, eol string) []byte {
	src := pt.Source
	b = append(b, prefix...)
	b = pt.Period.AppendText(b) // digits, letters and dashes: never quoted
	b = append(b, ',')
	if !pt.Missing {
		b = pt.Value.Decimal().AppendText(b)
		b = append(b, ',')
		b = appendDecimals(b, pt.Value.Decimals())
	} else {
		b = append(b, ',')
	}
	for i, f := range [...]string{src.Kind, src.Document, src.Locator, src.Quote, src.Note} {
		b = append(b, ',')
		// Consecutive rows mostly cite the same source: a field equal to
		// the last row's (which == finds at once when it is the same
		// string) is quoted as it was.
		if f != q.last[i] {
			q.last[i], q.quote[i] = f, needsQuotes(f)
		}
		b = appendQuoted(b, f, q.quote[i])
	}
	for _, t := range [...]time.Time{pt.Start, pt.End} {
		b = append(b, ',')
		if !t.IsZero() {
			b = appendDate(b, t)
		}
	}
	b = append(b, ',')
	if pt.Derived {
		b = append(b, "true"...)
	}
	return append(b, eol...)
}

// appendDate appends t as YYYY-MM-DD, as t.AppendFormat(b, time.DateOnly)
// does for years 0 to 9999, in a tenth of the time.
func appendDate(b []byte, t time.Time) []byte {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.AppendFormat(b, time.DateOnly)
	}
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
}

// quoteCache remembers the source fields of the last row written and
// whether each needed quotes.
type quoteCache struct {
	last  [5]string
	quote [5]bool
}

// appendField appends one CSV field, quoted as appendRecord quotes it.
func appendField(b []byte, f string) []byte { return appendQuoted(b, f, needsQuotes(f)) }

// appendQuoted appends field f, in quotes if quoted.
func appendQuoted(b []byte, f string, quoted bool) []byte {
	if !quoted {
		return append(b, f...)
	}
	b = append(b, '"')
	for {
		i := strings.IndexByte(f, '"')
		if i < 0 {
			break
		}
		b = append(b, f[:i+1]...)
		b = append(b, '"')
		f = f[i+1:]
	}
	b = append(b, f...)
	return append(b, '"')
}

// Commit writes the base's series that were not replaced, the descriptor,
// and renames the files into place.
func (w *Writer) Commit() error {
	if w.done {
		return errors.New("datapkg: Commit after Commit or Abort")
	}
	if w.err != nil {
		w.Abort()
		return fmt.Errorf("datapkg: Commit after an error: %w", w.err)
	}
	if err := w.commit(); err != nil {
		w.Abort()
		return fmt.Errorf("datapkg: write %s: %w", w.dir, err)
	}
	w.done = true
	return nil
}

func (w *Writer) commit() error {
	descriptor := []byte(defaultDescriptor)
	if b := w.base; b != nil {
		for _, id := range b.ids {
			if w.replaced[id] {
				continue
			}
			m := b.metas[id]
			w.write(0, []string{m.ID, m.Name, m.Unit, m.Frequency.String(), m.Description})
		}
		for _, r := range b.rows {
			if w.replaced[r.s.ID()] {
				continue
			}
			pt, _ := r.s.At(r.period)
			w.write(1, observationRecord(r.s, pt, true))
		}
		descriptor = b.descriptor
		if len(b.desc.observations.fields) <= colDerived {
			descriptor = withExtension(b.descriptor, b.desc.obsFieldsEnd)
		}
	}
	for i, f := range w.temps {
		if err := errors.Join(w.bufs[i].Flush(), f.Chmod(0o644), f.Sync(), f.Close()); err != nil {
			return err
		}
	}
	dtemp, err := writeTemp(w.target(DescriptorName), descriptor)
	if err != nil {
		return err
	}
	temps := [...]string{w.temps[0].Name(), w.temps[1].Name(), dtemp}
	targets := [...]string{w.target(w.paths[0]), w.target(w.paths[1]), w.target(DescriptorName)}
	for i, t := range temps {
		if err := os.Rename(t, targets[i]); err != nil {
			os.Remove(dtemp)
			return err
		}
	}
	if w.fresh {
		if err := os.Rename(w.work, w.dir); err != nil {
			return err
		}
		syncDir(filepath.Dir(w.dir))
		return nil
	}
	syncDir(w.dir)
	return nil
}

// Abort discards what was written; the directory is left as it was.
func (w *Writer) Abort() {
	w.done = true
	for _, f := range w.temps {
		if f != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}
	if w.fresh {
		os.RemoveAll(w.work)
	}
}

// withExtension returns the descriptor with the extension fields appended
// to the observations schema, whose fields array closes at offset end.
func withExtension(desc []byte, end int) []byte {
	var b strings.Builder
	b.Write(desc[:end])
	for _, f := range extensionFields {
		b.WriteString(",\n        ")
		b.WriteString(f)
	}
	b.WriteString("\n      ")
	b.Write(desc[end:])
	return []byte(b.String())
}

// The schema fields of the extension columns.
const (
	extensionStart   = `{"name": "start", "type": "date", "description": "first day the figure covers, as its source states it; empty for an instant or when the period says it"}`
	extensionEnd     = `{"name": "end", "type": "date", "description": "last day the figure covers (the day of an instant), as its source states it; empty when the period says it"}`
	extensionDerived = `{"name": "derived", "type": "boolean", "description": "true for a figure no source states but computed from figures that do (the note says how); empty otherwise"}`
)

var extensionFields = [...]string{extensionStart, extensionEnd, extensionDerived}

// csvResource is what the descriptor says of each resource besides its
// name, path and schema: a tabular resource in a UTF-8 CSV file.
const csvResource = `"profile": "tabular-data-resource",
      "format": "csv",
      "mediatype": "text/csv",
      "encoding": "utf-8",`

// defaultDescriptor is the descriptor of a package a Writer starts.
const defaultDescriptor = `{
  "profile": "tabular-data-package",
  "name": "finfig-data",
  "title": "Reported series (finfig data package)",
  "resources": [
    {
      "name": "series",
      "path": "series.csv",
      ` + csvResource + `
      "schema": {
        "fields": [
          {"name": "id", "type": "string", "description": "series id", "constraints": {"required": true, "unique": true}},
          {"name": "name", "type": "string", "description": "human-readable name"},
          {"name": "unit", "type": "string", "description": "ISO 4217 currency code, a count (users, members, people, shares), index, pure, or a currency per share (USD/shares)"},
          {"name": "frequency", "type": "string", "description": "period frequency", "constraints": {"enum": ["annual", "quarterly", "monthly", "daily"]}},
          {"name": "description", "type": "string", "description": "what the series measures and where it comes from"}
        ],
        "missingValues": [""],
        "primaryKey": ["id"]
      }
    },
    {
      "name": "observations",
      "path": "observations.csv",
      ` + csvResource + `
      "schema": {
        "fields": [
          {"name": "series", "type": "string", "description": "series id (series.csv id)", "constraints": {"required": true}},
          {"name": "vintage", "type": "string", "description": "empty for the primary series; otherwise the vintage: first, latest, or the filing the figures come from"},
          {"name": "period", "type": "string", "description": "2019, 2019Q4, 2015-02, 2022-11-28, or a fiscal FY2019, FY2019Q4", "constraints": {"required": true}},
          {"name": "value", "type": "number", "description": "exact decimal in base units; empty = not available"},
          {"name": "decimals", "type": "integer", "description": "XBRL decimals: the value is accurate to ±½·10^-decimals; INF when exact"},
          {"name": "kind", "type": "string", "description": "P primary, P-copy, S secondary, seed"},
          {"name": "source", "type": "string", "description": "source document"},
          {"name": "locator", "type": "string", "description": "URL of the source"},
          {"name": "quote", "type": "string", "description": "source text quoted for the figure"},
          {"name": "note", "type": "string", "description": "anything else a reader needs"},
          ` + extensionStart + `,
          ` + extensionEnd + `,
          ` + extensionDerived + `
        ],
        "missingValues": [""],
        "primaryKey": ["series", "vintage", "period"],
        "foreignKeys": [{"fields": ["series"], "reference": {"resource": "series", "fields": ["id"]}}]
      }
    }
  ]
}
`
