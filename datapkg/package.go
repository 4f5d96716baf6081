package datapkg

import (
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/finfig/finfig/series"
)

// Package is a loaded data package: its series, each with its vintages.
// It is immutable, so it is safe for concurrent use.
type Package struct {
	descriptor []byte // datapackage.json as read, written back as is
	desc       *descriptor
	crlf       [2]bool // whether series.csv, observations.csv end lines with CR LF
	ids        []string
	metas      map[string]series.Meta
	vintages   map[string][]*series.Series // primary first
	rows       []row                       // the observations in file order
	tables     []*Table                    // the other resources, in the descriptor's order
	inputs     []fs.FileInfo               // the files read, so that Write never overwrites them
}

// row is an observation: the series and period of its point.
type row struct {
	s      *series.Series
	period series.Period
}

// The reasons Series finds no series; test with errors.Is.
var (
	ErrNoSeries  = errors.New("no such series")
	ErrNoPrimary = errors.New("no primary vintage")
)

// Series returns the primary vintage of series id: the rows of
// observations.csv with an empty vintage; a series declared without any
// observations is an empty primary series. An id that the package does not
// declare is an error wrapping ErrNoSeries that lists the ids it does; a
// series that has only other vintages is an error wrapping ErrNoPrimary
// that names them.
func (p *Package) Series(id string) (*series.Series, error) {
	vs, ok := p.vintages[id]
	if !ok {
		return nil, fmt.Errorf("series %q: %w in the data package (it has %s)", id, ErrNoSeries, p.known())
	}
	if vs[0].Vintage() != "" {
		names := make([]string, len(vs))
		for i, s := range vs {
			names[i] = strconv.Quote(s.Vintage())
		}
		return nil, fmt.Errorf("series %q: %w; its vintages are %s", id, ErrNoPrimary, strings.Join(names, ", "))
	}
	return vs[0], nil
}

// known lists the declared ids for an error message, at most ten of them.
func (p *Package) known() string {
	const most = 10
	if len(p.ids) == 0 {
		return "no series"
	}
	if len(p.ids) <= most {
		return strings.Join(p.ids, ", ")
	}
	return strings.Join(p.ids[:most], ", ") + fmt.Sprintf(" and %d more", len(p.ids)-most)
}

// Vintages returns every vintage of series id, the primary first and then
// the others in the order they first appear in observations.csv; nil when
// the package has no series id.
func (p *Package) Vintages(id string) []*series.Series {
	return slices.Clone(p.vintages[id])
}

// Meta returns the description of series id as series.csv gives it, with
// an empty Vintage; ok is false when the package has no series id.
func (p *Package) Meta(id string) (meta series.Meta, ok bool) {
	meta, ok = p.metas[id]
	return meta, ok
}

// IDs returns the series ids in the order series.csv declares them.
func (p *Package) IDs() []string { return slices.Clone(p.ids) }

// All iterates over every series of the package, each id in the order of
// IDs and each id's vintages in the order of Vintages.
func (p *Package) All() iter.Seq[*series.Series] {
	return func(yield func(*series.Series) bool) {
		for _, id := range p.ids {
			for _, s := range p.vintages[id] {
				if !yield(s) {
					return
				}
			}
		}
	}
}
