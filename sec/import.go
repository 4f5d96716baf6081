package sec

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"

	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/series"
)

// Options adjust an import.
type Options struct {
	// SkipBad leaves out a fact that cannot be read (a missing or
	// wrong-typed member, an unknown unit, an impossible period) and
	// counts it in the Report, instead of failing the import. Invalid
	// JSON is always an error.
	SkipBad bool

	// Names gives a readable name to a CIK (the command's --ticker
	// CIK=NAME): series names start with it instead of the entity's.
	Names map[int64]string

	// MaxEntrySize bounds a company's document, read whole into memory;
	// zero means DefaultMaxEntrySize.
	MaxEntrySize int64
}

// DefaultMaxEntrySize bounds a company-facts document: 1 GiB, far above
// the largest filer's (tens of megabytes), so that a corrupt zip entry
// cannot claim all memory.
const DefaultMaxEntrySize = 1 << 30

// Report says what an import did.
type Report struct {
	Files       int            // files read
	Companies   int            // companies imported
	Bytes       int64          // bytes of JSON read
	Facts       int            // facts read
	Series      int            // series written (each with its vintages)
	Points      int            // points written, in every vintage
	Restated    int            // series with a restatement
	Derived     int            // quarters derived from year-to-date figures
	BadFacts    int            // facts left out with SkipBad
	Bad         []error        // the first of them, for a message
	NotImported map[string]int // facts not made into points, by reason
}

// maxBadKept bounds Report.Bad.
const maxBadKept = 10

func (r *Report) bad(err error) {
	r.BadFacts++
	if len(r.Bad) < maxBadKept {
		r.Bad = append(r.Bad, err)
	}
}

func (r *Report) notImported(reason string) {
	if r.NotImported == nil {
		r.NotImported = map[string]int{}
	}
	r.NotImported[reason]++
}

// Import reads company facts from files (company-facts or company-concept
// JSON, or zips of company-facts JSON such as the SEC's bulk
// companyfacts.zip, read one entry at a time) and writes them to the data
// package in dir, merging them into the package dir holds if it holds
// one: an imported series replaces the package's series of the same id.
// On any error nothing is written: dir is left as it was.
//
// Companies are parsed on as many goroutines as GOMAXPROCS, each with
// one company in memory, and written in the order of the inputs, so that
// memory grows with the processors but not with the companies.
func Import(dir string, files []string, opts Options) (*Report, error) {
	var base *datapkg.Package
	if _, err := os.Stat(filepath.Join(dir, datapkg.DescriptorName)); err == nil {
		if base, err = finance.LoadDir(dir); err != nil {
			return nil, fmt.Errorf("merging into %s: %w", dir, err)
		}
	}
	w, err := datapkg.NewWriter(dir, base)
	if err != nil {
		return nil, err
	}
	im := newImporter(opts, w.AddVintages)
	if err := im.importAll(files, runtime.GOMAXPROCS(0)); err != nil {
		w.Abort()
		return &im.Report, err
	}
	if err := w.Commit(); err != nil {
		return &im.Report, err
	}
	return &im.Report, nil
}

// Importer reads company facts and passes each series, with its vintages,
// to a function as soon as its company is made, so that memory holds one
// company at a time.
type Importer struct {
	opts   Options
	add    func(series.Meta, []datapkg.Vintage) error
	seen   map[int64]string // the file of each CIK imported
	Report Report
}

// NewImporter returns an Importer that passes each series to add.
func NewImporter(opts Options, add func([]*series.Series) error) *Importer {
	return newImporter(opts, func(meta series.Meta, vs []datapkg.Vintage) error {
		ss := make([]*series.Series, len(vs))
		for i, v := range vs {
			m := meta
			m.Vintage = v.Name
			s, err := series.New(m, slices.Collect(v.Points))
			if err != nil {
				return err
			}
			ss[i] = s
		}
		return add(ss)
	})
}

// newImporter returns an Importer that passes each series to add, its
// vintages' points made as add reads them: datapkg.Writer.AddVintages
// writes them without a series.Series of each.
func newImporter(opts Options, add func(series.Meta, []datapkg.Vintage) error) *Importer {
	return &Importer{opts: opts, add: add, seen: map[int64]string{}}
}

func (im *Importer) maxSize() int64 {
	if im.opts.MaxEntrySize > 0 {
		return im.opts.MaxEntrySize
	}
	return DefaultMaxEntrySize
}

// ImportFile imports one file: a zip of company facts, or one company's
// facts or concept.
func (im *Importer) ImportFile(name string) error { return im.importAll([]string{name}, 1) }

// ImportJSON imports one company's facts (or one concept) from data; file
// names it in errors.
func (im *Importer) ImportJSON(data []byte, file string) error {
	return im.finish(im.company(data, file))
}

// document is one company's JSON to import: a file, or an entry of a zip.
type document struct {
	name           string // the file, or file(entry)
	read           func([]byte) ([]byte, error)
	entry, zipName string // for a zip entry, its name and the zip's
}

// company is one company parsed and built: its series, in order, and what
// the import did.
type company struct {
	doc    document
	cik    int64
	b      *builder // to make the points of series as they are written
	series []made
	report Report
	err    error
}

// company parses and builds one company, keeping its series.
func (im *Importer) company(data []byte, file string) *company {
	out := &company{doc: document{name: file}}
	size := len(data)
	p, err := parse(data, file, im.opts.SkipBad)
	for _, e := range p.bad {
		out.report.bad(e)
	}
	if err != nil {
		out.err = err
		return out
	}
	c := p.c
	out.cik = c.CIK
	out.report.Companies++
	out.report.Bytes += int64(size)
	for _, con := range c.Concepts {
		for _, uf := range con.Units {
			out.report.Facts += len(uf.Facts)
		}
	}
	name := im.opts.Names[c.CIK]
	if name == "" {
		name = c.Name
	}
	if name == "" {
		name = "CIK " + strconv.FormatInt(c.CIK, 10)
	}
	b := &builder{c: c, cik: strconv.FormatInt(c.CIK, 10), name: name, report: &out.report, skipBad: im.opts.SkipBad,
		file: file, unknown: p.unknown, docs: map[uint64]string{}, locators: make([]string, len(c.Filings)), filed: make([]string, len(c.Filings))}
	out.err = b.build(func(s made) { out.series = append(out.series, s) })
	out.b = b // to make the points when they are written
	return out
}

// finish checks a built company against those before it and passes its
// series on.
func (im *Importer) finish(c *company) error {
	im.Report.merge(&c.report)
	if c.err != nil {
		if c.doc.entry != "" && errors.Is(c.err, ErrNotCompanyFacts) {
			return fmt.Errorf("zip entry %s of %s is not company facts: %w", c.doc.entry, c.doc.zipName, c.err)
		}
		return c.err
	}
	if prev, ok := im.seen[c.cik]; ok {
		return fmt.Errorf("%s: company CIK %d given twice (first in %s; expected each company once)", c.doc.name, c.cik, prev)
	}
	im.seen[c.cik] = c.doc.name
	for i := range c.series {
		s := &c.series[i]
		vs := make([]datapkg.Vintage, len(s.vintages))
		for v := range vs {
			vs[v] = datapkg.Vintage{Name: s.vintages[v].name, Points: c.b.points(s, v)}
		}
		if err := im.add(s.meta, vs); err != nil {
			return err
		}
		c.series[i] = made{} // written: its observations can go
	}
	return nil
}

func (r *Report) merge(o *Report) {
	r.Companies += o.Companies
	r.Bytes += o.Bytes
	r.Facts += o.Facts
	r.Series += o.Series
	r.Points += o.Points
	r.Restated += o.Restated
	r.Derived += o.Derived
	r.BadFacts += o.BadFacts
	for _, e := range o.Bad {
		if len(r.Bad) < maxBadKept {
			r.Bad = append(r.Bad, e)
		}
	}
	for k, n := range o.NotImported {
		if r.NotImported == nil {
			r.NotImported = map[string]int{}
		}
		r.NotImported[k] += n
	}
}

// importAll imports the files on workers goroutines: each reads, parses
// and builds one company at a time, and the companies are finished in the
// order of the inputs. At most workers companies are in memory, being
// built, waiting for their turn or being written.
func (im *Importer) importAll(files []string, workers int) error {
	workers = max(1, workers)
	docs := make(chan document)
	listErr := make(chan error, 1)
	done := make(chan struct{})
	defer close(done)
	go func() {
		defer close(docs)
		listErr <- im.documents(files, docs, done)
	}()
	// Each document gets a channel for its company; the channels queue
	// in input order. A company holds a slot of sem from before it is
	// read until it is written, so that at most workers are in memory.
	sem := make(chan struct{}, workers)
	order := make(chan chan *company, workers)
	go func() {
		defer close(order)
		for d := range docs {
			select {
			case sem <- struct{}{}:
			case <-done:
				return
			}
			res := make(chan *company, 1)
			order <- res // never blocks: sem bounds the channels queued
			go func() {
				data, err := d.read(nil)
				if err != nil {
					res <- &company{doc: d, err: fmt.Errorf("%s: %w", d.name, err)}
					return
				}
				c := im.company(data, d.name)
				c.doc = d
				res <- c
			}()
		}
	}()
	for res := range order {
		c := <-res
		if err := im.finish(c); err != nil {
			return err
		}
		<-sem
	}
	return <-listErr
}

// documents lists the documents of files in order, opening each zip and
// sending its entries.
func (im *Importer) documents(files []string, out chan<- document, done <-chan struct{}) error {
	send := func(d document) bool {
		select {
		case out <- d:
			return true
		case <-done:
			return false
		}
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		info, err := f.Stat()
		if err != nil {
			f.Close()
			return err
		}
		if !info.Mode().IsRegular() {
			f.Close()
			return fmt.Errorf("%s: not a regular file (expected a company-facts JSON file or a zip of them)", name)
		}
		var magic [4]byte
		n, _ := io.ReadFull(f, magic[:])
		if n < 4 || string(magic[:]) != "PK\x03\x04" {
			f.Close()
			if info.Size() > im.maxSize() {
				return fmt.Errorf("%s: %d bytes, more than the limit of %d (Options.MaxEntrySize)", name, info.Size(), im.maxSize())
			}
			im.Report.Files++
			if !send(document{name: name, read: func([]byte) ([]byte, error) {
				g, err := os.Open(name)
				if err != nil {
					return nil, err
				}
				defer g.Close()
				return readInto(make([]byte, 0, info.Size()+512), g, im.maxSize())
			}}) {
				return nil
			}
			continue
		}
		zr, err := zip.NewReader(f, info.Size())
		if err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", name, err)
		}
		im.Report.Files++
		for _, e := range zr.File {
			if e.FileInfo().IsDir() {
				continue
			}
			where := name + "(" + e.Name + ")"
			if e.UncompressedSize64 > uint64(im.maxSize()) {
				f.Close()
				return fmt.Errorf("%s: %d bytes, more than the limit of %d (Options.MaxEntrySize)", where, e.UncompressedSize64, im.maxSize())
			}
			if !send(document{name: where, entry: e.Name, zipName: name, read: func(buf []byte) ([]byte, error) {
				rc, err := e.Open()
				if err != nil {
					return nil, err
				}
				defer rc.Close()
				return readInto(make([]byte, 0, e.UncompressedSize64+512), rc, im.maxSize())
			}}) {
				break
			}
		}
		// The entries' readers read f through its ReaderAt until their
		// companies are built; the file is closed when the import ends.
		go func() { <-done; f.Close() }()
	}
	return nil
}

// readInto appends everything r gives to buf, refusing more than limit
// bytes.
func readInto(buf []byte, r io.Reader, limit int64) ([]byte, error) {
	b := bytes.NewBuffer(buf)
	n, err := b.ReadFrom(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if n > limit {
		return nil, fmt.Errorf("more than the limit of %d bytes", limit)
	}
	return b.Bytes(), nil
}

// SortedReasons returns the reasons of NotImported in order, for a
// message.
func (r *Report) SortedReasons() []string {
	var out []string
	for k := range r.NotImported {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
