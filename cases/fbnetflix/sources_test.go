package fbnetflix_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/series"
)

// sourcesText lists every source the case's data cites, by kind, with
// what cites it: the text of SOURCES.md.
func sourcesText(t *testing.T) string {
	t.Helper()
	data, err := fbnetflix.Data()
	if err != nil {
		t.Fatal(err)
	}
	events, err := fbnetflix.Events()
	if err != nil {
		t.Fatal(err)
	}
	citedBy := map[string][]string{} // source line -> what cites it
	add := func(s series.Source, what string) {
		if s.Document == "" && s.Locator == "" {
			t.Errorf("%s names no source", what)
			return
		}
		line := fmt.Sprintf("[%s] %s", s.Kind, s.String())
		if !slices.Contains(citedBy[line], what) {
			citedBy[line] = append(citedBy[line], what)
		}
	}
	for s := range data.All() {
		for _, v := range data.Vintages(s.ID()) {
			for p, pt := range v.All() {
				if !pt.Missing {
					add(pt.Source, s.ID()+" "+p.String())
				}
			}
		}
	}
	for _, id := range events.IDs() {
		e, _ := events.Get(id)
		if e.Source.Kind == "none" {
			// A row for what was searched and not found: its note says what.
			if !strings.HasPrefix(e.Source.Note, "not found: ") {
				t.Errorf("event %s has no source and its note does not say what was searched", id)
			}
			continue
		}
		add(e.Source, "event "+id)
	}
	lines := make([]string, 0, len(citedBy))
	for line, what := range citedBy {
		lines = append(lines, fmt.Sprintf("- %s — %s", line, strings.Join(what, ", ")))
	}
	slices.Sort(lines)
	return "# Sources of the Facebook–Netflix case\n\n" +
		"Every document the case's data cites (cases/fbnetflix/data), with its kind\n" +
		"(P primary: a filing, a regulator's, court's or company's own release; S\n" +
		"secondary: press reporting it; A allegation: a party's filing as reported;\n" +
		"seed: one of the articles checked) and what cites it. Generated from the\n" +
		"data by `go test ./cases/fbnetflix -update`; a test keeps it in step.\n\n" +
		strings.Join(lines, "\n") + "\n"
}

// TestSources checks that every reference figure and event names a source
// and that SOURCES.md lists them all.
func TestSources(t *testing.T) {
	got := sourcesText(t)
	if *update {
		if err := os.WriteFile("SOURCES.md", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile("SOURCES.md")
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != got {
		t.Error("SOURCES.md is not in step with the data: run go test ./cases/fbnetflix -update")
	}
}
