package plots

import (
	"fmt"
	"strings"

	"github.com/finfig/finfig/series"
	"gonum.org/v1/plot"
)

// Overview builds a chart set for any series: for each unit and
// frequency, in the order the series first use them, the series of that
// unit as lines on a linear scale, on a log scale when every value is
// positive, and their growth on the year before as bars when a rate can be
// computed. Series without values are left out. unit returns the Unit of a
// unit code as series.Meta writes it (finance.ParseUnit, say); nil writes
// plain counts.
//
// Charts are named "01-USD-annual-lines", "02-USD-annual-log",
// "03-USD-annual-yoy", …, with any character of the unit other than a
// letter, digit, '.' or '-' written as '_'.
func Overview(unit func(code string) Unit, ss ...*series.Series) ([]Chart, error) {
	type group struct {
		unit string
		freq series.Frequency
		ss   []*series.Series
	}
	var groups []*group
	for _, s := range ss {
		if s == nil {
			continue
		}
		if _, _, ok := s.Span(); !ok {
			continue
		}
		var g *group
		for _, h := range groups {
			if h.unit == s.Unit() && h.freq == s.Frequency() {
				g = h
			}
		}
		if g == nil {
			g = &group{unit: s.Unit(), freq: s.Frequency()}
			groups = append(groups, g)
		}
		g.ss = append(g.ss, s)
	}
	var builds []Build
	for _, g := range groups {
		var u Unit
		if unit != nil {
			u = unit(g.unit)
		}
		first, last := Span(g.ss...)
		what := "Series in " + g.unit
		if len(g.ss) == 1 {
			what = g.ss[0].Name()
		}
		spec := Spec{Title: what + ", " + SpanText(first, last), XLabel: "Period", YLabel: g.unit, Unit: u}
		name := func(kind string) string {
			return fmt.Sprintf("%02d-%s-%s-%s", len(builds)+1, fileWord(g.unit), g.freq, kind)
		}
		ss := g.ss
		builds = append(builds, Build{Name: name("lines"), Plot: func() (*plot.Plot, error) { return Lines(spec, ss...) }})
		if checkPositive("log", ss...) == nil {
			log := spec
			log.Title += ", on a log scale"
			log.YLabel += " (log scale)"
			log.Log = true
			builds = append(builds, Build{Name: name("log"), Plot: func() (*plot.Plot, error) { return Lines(log, ss...) }})
		}
		var rated []*series.Series
		for _, s := range ss {
			if firstErr(series.YoY(s)) == nil {
				rated = append(rated, s)
			}
		}
		if len(rated) > 0 {
			yoy := Spec{Title: "Growth on the year before: " + what, XLabel: "Period", YLabel: "Growth on the year before (%)"}
			builds = append(builds, Build{Name: name("yoy"), Plot: func() (*plot.Plot, error) { return YoYBars(yoy, rated...) }})
		}
	}
	return BuildAll(builds...)
}

// fileWord returns s with every character other than an ASCII letter,
// digit, '.' or '-' replaced by '_', and "_" for an empty s: a safe part
// of a file name.
func fileWord(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-':
			return r
		}
		return '_'
	}, s)
}
