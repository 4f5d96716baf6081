package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/series"
)

func seriesCommand(fs *flag.FlagSet) func([]string, io.Writer) error {
	d := addDataFlags(fs)
	return func(args []string, w io.Writer) error {
		if len(args) != 0 {
			return usagef("series takes no arguments")
		}
		pkg, err := d.load()
		if err != nil {
			return err
		}
		type row struct {
			ID        string   `json:"id"`
			Vintage   string   `json:"vintage"`
			Name      string   `json:"name"`
			Unit      string   `json:"unit"`
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
			r := row{ID: s.ID(), Vintage: s.Vintage(), Name: s.Name(), Unit: s.Unit(), Frequency: s.Frequency().String(),
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
			t.add(r.ID, r.Vintage, r.Unit, span, fmt.Sprint(r.Points), strings.Join(r.Gaps, " "), strings.Join(r.Sources, "; "))
		}
		if d.format == formatJSON {
			return writeJSON(w, rows)
		}
		return t.write(w, d.format)
	}
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
	vintage := fs.String("vintage", "", "show the `VINTAGE` (a restatement or report) instead of the primary series")
	return func(args []string, w io.Writer) error {
		s, err := d.oneSeries("show", args, *vintage)
		if err != nil {
			return err
		}
		type point struct {
			Period   string  `json:"period"`
			Value    *string `json:"value"`
			Decimals *int    `json:"decimals"`
			Kind     string  `json:"kind"`
			Source   string  `json:"source"`
			Locator  string  `json:"locator"`
			Quote    string  `json:"quote"`
			Note     string  `json:"note"`
		}
		type out struct {
			Series  string  `json:"series"`
			Vintage string  `json:"vintage"`
			Name    string  `json:"name"`
			Unit    string  `json:"unit"`
			Points  []point `json:"points"`
		}
		o := out{Series: s.ID(), Vintage: s.Vintage(), Name: s.Name(), Unit: s.Unit(), Points: []point{}}
		t := table{header: []string{"period", "value", "as written", "kind", "source"}}
		for p, pt := range s.All() {
			jp := point{Period: p.String(), Kind: pt.Source.Kind, Source: pt.Source.Document, Locator: pt.Source.Locator,
				Quote: pt.Source.Quote, Note: pt.Source.Note}
			shown, human := "not available", ""
			if !pt.Missing {
				v, dec := pt.Value.String(), pt.Value.Decimals()
				jp.Value, jp.Decimals = &v, &dec
				shown, human = v, finance.FormatValueIn(pt.Value, s.Unit())
			}
			o.Points = append(o.Points, jp)
			t.add(p.String(), shown, human, pt.Source.Kind, pt.Source.String())
		}
		if d.format == formatJSON {
			return writeJSON(w, o)
		}
		return t.write(w, d.format)
	}
}

// pickSeries returns the named vintage ("" for the primary) of a series.
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
	if vintage == "" {
		return nil, usagef("series %s has no primary vintage; choose one with --vintage: %s", id, strings.Join(names, ", "))
	}
	return nil, usagef("series %s has no vintage %q (it has %s)", id, vintage, strings.Join(names, ", "))
}
