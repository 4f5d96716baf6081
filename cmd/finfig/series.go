package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/sec"
	"github.com/finfig/finfig/series"
)

// seriesJSON is what finfig series and finfig show say of a series in
// JSON besides its id, which one calls id and the other series.
type seriesJSON struct {
	Vintage string `json:"vintage"`
	Name    string `json:"name"`
	Unit    string `json:"unit"`
}

func seriesJSONOf(s *series.Series) seriesJSON {
	return seriesJSON{Vintage: s.Vintage(), Name: s.Name(), Unit: s.Unit()}
}

func seriesCommand(fs *flag.FlagSet) func([]string, io.Writer) error {
	d := addDataFlags(fs)
	return func(args []string, w io.Writer) error {
		pkg, err := d.load(args)
		if err != nil {
			return err
		}
		type row struct {
			ID string `json:"id"`
			seriesJSON
			Frequency string   `json:"frequency"`
			From      *string  `json:"from"`
			To        *string  `json:"to"`
			Points    int      `json:"points"`
			Gaps      []string `json:"gaps"`
			Sources   []string `json:"sources"`
		}
		var rows []row
		t := table{header: []string{"id", "vintage", "unit", "span", "points", "gaps", "sources"}}
		for s := range pkg.All() {
			r := row{ID: s.ID(), seriesJSON: seriesJSONOf(s), Frequency: s.Frequency().String(),
				Points: s.Len(), Gaps: []string{}, Sources: sourcesOf(s)}
			span := "none"
			if first, last, ok := s.Span(); ok {
				f, l := first.String(), last.String()
				r.From, r.To = &f, &l
				span = f + "–" + l
			}
			for _, g := range s.Gaps() {
				r.Gaps = append(r.Gaps, g.String())
			}
			rows = append(rows, r)
			t.add(r.ID, r.Vintage, r.Unit, span, fmt.Sprint(r.Points), strings.Join(r.Gaps, " "), sourcesText(r.Sources))
		}
		if d.format == formatJSON {
			return writeJSON(w, rows)
		}
		return t.write(w, d.format)
	}
}

// maxTableSources is how many documents a table row names before it
// counts the rest (a series imported from SEC company facts cites a filing
// per point); JSON lists them all.
const maxTableSources = 3

// sourcesText writes the documents of a table row: all of them up to
// maxTableSources, else the first two and how many more.
func sourcesText(docs []string) string {
	if len(docs) <= maxTableSources {
		return strings.Join(docs, "; ")
	}
	return fmt.Sprintf("%s; and %d more (--format json lists them)", strings.Join(docs[:2], "; "), len(docs)-2)
}

// sourcesOf lists the distinct source documents of a series in order.
func sourcesOf(s *series.Series) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, pt := range s.All() {
		if doc := pt.Source.Document; doc != "" && !seen[doc] {
			seen[doc] = true
			out = append(out, doc)
		}
	}
	return out
}

func showCommand(fs *flag.FlagSet) func([]string, io.Writer) error {
	d := addDataFlags(fs)
	return d.withSeries(func(s *series.Series, w io.Writer) error {
		type point struct {
			Period string `json:"period"`
			// The dates and the derived mark are there for series that
			// have them (imported from company facts), and left out
			// for the others, whose JSON is as it was.
			Start    *string `json:"start,omitempty"`
			End      *string `json:"end,omitempty"`
			Value    *string `json:"value"`
			Decimals *int    `json:"decimals"`
			Derived  bool    `json:"derived,omitempty"`
			Kind     string  `json:"kind"`
			Source   string  `json:"source"`
			Locator  string  `json:"locator"`
			Quote    string  `json:"quote"`
			Note     string  `json:"note"`
		}
		type out struct {
			Series string `json:"series"`
			seriesJSON
			Points []point `json:"points"`
		}
		o := out{Series: s.ID(), seriesJSON: seriesJSONOf(s), Points: []point{}}
		dated := false // whether to show the dates: only for series that have them
		for _, pt := range s.All() {
			dated = dated || !pt.End.IsZero()
		}
		t := table{header: []string{"period", "value", "as written", "kind", "source"}}
		if dated {
			t.header = []string{"period", "dates", "value", "as written", "kind", "source"}
		}
		for p, pt := range s.All() {
			jp := point{Period: p.String(), Kind: pt.Source.Kind, Source: pt.Source.Document, Locator: pt.Source.Locator,
				Quote: pt.Source.Quote, Note: pt.Source.Note, Derived: pt.Derived}
			dates := ""
			if !pt.Start.IsZero() {
				d := pt.Start.Format(time.DateOnly)
				jp.Start, dates = &d, d+" to "
			}
			if !pt.End.IsZero() {
				d := pt.End.Format(time.DateOnly)
				jp.End = &d
				dates += d
			}
			if pt.Derived {
				dates += " (derived)"
			}
			shown, human := "not available", ""
			if !pt.Missing {
				v, dec := pt.Value.String(), pt.Value.Decimals()
				jp.Value, jp.Decimals = &v, &dec
				shown, human = v, finance.FormatValueIn(pt.Value, s.Unit())
			}
			o.Points = append(o.Points, jp)
			if dated {
				t.add(p.String(), dates, shown, human, pt.Source.Kind, pt.Source.String())
				continue
			}
			t.add(p.String(), shown, human, pt.Source.Kind, pt.Source.String())
		}
		if d.format == formatJSON {
			return writeJSON(w, o)
		}
		return t.write(w, d.format)
	})
}

// pickSeries returns the named vintage ("" for the primary) of a series.
// The primary vintage holds the figures as first filed, so it is also the
// vintage first of a series that has none of that name; a series that has
// only its primary vintage was never restated, so it is also its latest.
func pickSeries(vintages []*series.Series, id, vintage string) (*series.Series, error) {
	if len(vintages) == 0 {
		return nil, usagef("unknown series %q (finfig series lists them)", id)
	}
	var names []string
	for _, s := range vintages {
		if s.Vintage() == vintage {
			return s, nil
		}
		names = append(names, fmt.Sprintf("%q", s.Vintage()))
	}
	if vintages[0].Vintage() == "" && (vintage == sec.VintageFirst || vintage == sec.VintageLatest && len(vintages) == 1) {
		return vintages[0], nil
	}
	if vintage == "" {
		return nil, usagef("series %s has no primary vintage; choose one with --vintage: %s", id, strings.Join(names, ", "))
	}
	return nil, usagef("series %s has no vintage %q (it has %s)", id, vintage, strings.Join(names, ", "))
}

// vintageUsage is the help of a command's --vintage flag, "" for a
// command that has none.
func vintageUsage(command string) string {
	others, ok := map[string]string{
		"show":   "a series never restated is its own first and latest",
		"growth": "a series never restated is its own first and latest",
		"check":  "series without that vintage are checked as they are",
		"plot":   "series without that vintage are drawn as they are",
	}[command]
	if !ok {
		return ""
	}
	return "use the `VINTAGE` instead of the primary series: latest (as last filed), first (as first filed: the primary), an accession number, or a restatement's name; " + others
}

// vintageView is a data package seen through --vintage: a series that has
// the vintage shows it alone, as its primary; any other is as it is.
type vintageView struct {
	pkg     *datapkg.Package
	vintage string
}

// Vintages returns the vintages of series id as the view shows them.
func (v vintageView) Vintages(id string) []*series.Series {
	vs := v.pkg.Vintages(id)
	if v.vintage == "" {
		return vs
	}
	if v.vintage == sec.VintageFirst && len(vs) > 0 && vs[0].Vintage() == "" && !hasVintage(vs, sec.VintageFirst) {
		return vs[:1] // the primary holds the figures as first filed
	}
	for _, s := range vs {
		if s.Vintage() == v.vintage {
			m := s.Meta()
			m.Vintage = ""
			p, err := series.New(m, s.Points())
			if err != nil { // the points came from a series: a bug
				panic(err)
			}
			return []*series.Series{p}
		}
	}
	return vs
}

func hasVintage(vs []*series.Series, name string) bool {
	for _, s := range vs {
		if s.Vintage() == name {
			return true
		}
	}
	return false
}

// Series returns the primary vintage of series id as the view shows it.
func (v vintageView) Series(id string) (*series.Series, error) {
	if vs := v.Vintages(id); len(vs) > 0 && vs[0].Vintage() == "" {
		return vs[0], nil
	}
	return v.pkg.Series(id)
}
