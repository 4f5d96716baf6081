package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/finfig/finfig/claims"
	"github.com/finfig/finfig/claims/extract"
	"github.com/finfig/finfig/finance"
)

// sameFigure reports whether two claimed figures say the same: the same
// period, phrase or amount (value and unit), however written.
func sameFigure(a, b string) bool {
	if strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b)) {
		return true
	}
	x, err1 := finance.ParseAmount(a)
	y, err2 := finance.ParseAmount(b)
	return err1 == nil && err2 == nil && x.Unit == y.Unit && x.Value.Float64() == y.Value.Float64()
}

// matches reports whether an extracted claim is the curated claim c,
// whose quote starts at byte qs of the article: the same kind, edge and
// figures, and a quote that overlaps.
func matches(e extract.Claim, c claims.Claim, qs int) bool {
	return e.Source == c.Source && e.Kind == c.Kind && e.Edge == c.Edge &&
		e.Start < qs+len(c.Quote) && qs < e.End &&
		sameFigure(e.Claimed, c.Claimed) && sameFigure(e.ClaimedEnd, c.ClaimedEnd) && sameFigure(e.Amount, c.Amount)
}

// TestExtractSeeds measures extraction on the five seed articles against
// the curated ledger: the share of curated claims whose quote holds an
// extracted figure (goal 98%), and the share of matched claims that
// finfig check --article judges as the curated ledger is judged (goal
// 85%).
func TestExtractSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no ../shared/seeds")
	}
	curated, ck := embeddedCase(t)
	want, err := ck.Check(curated, "ledger.toml")
	if err != nil {
		t.Fatal(err)
	}
	subjects, err := loadSubjects("", nil)
	if err != nil {
		t.Fatal(err)
	}
	x := &extract.Extractor{Subjects: subjects}
	texts := map[string]string{}
	extracted := map[string][]extract.Claim{}
	got := map[string][]claims.Result{}
	for _, c := range curated {
		if _, ok := texts[c.Source]; ok {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, c.Source))
		if err != nil {
			t.Fatal(err)
		}
		texts[c.Source] = string(b)
		cs, err := x.Extract(c.Source, b)
		if err != nil {
			t.Fatal(err)
		}
		extracted[c.Source] = cs
		got[c.Source] = checkExtracted(ck, cs, c.Source)
	}
	covered, matched, same := 0, 0, 0
	for i, c := range curated {
		text := texts[c.Source]
		qs := strings.Index(text, c.Quote)
		if qs < 0 {
			t.Fatalf("%s: quote not in %s", c.ID, c.Source)
		}
		qe := qs + len(c.Quote)
		hasFigure := false
		for _, f := range extract.Figures(text) {
			hasFigure = hasFigure || f.Start < qe && qs < f.End
		}
		if hasFigure {
			covered++
		} else {
			t.Logf("no figure in the quote of %s: %q", c.ID, c.Quote)
		}
		found := false
		for k, e := range extracted[c.Source] {
			if !matches(e, c, qs) {
				continue
			}
			found = true
			matched++
			if r := got[c.Source][k]; r.Verdict == want[i].Verdict {
				same++
			} else {
				t.Logf("verdict of %s: %s (subject %q), curated %s (subject %q): %s", c.ID, r.Verdict, e.Subject, want[i].Verdict, c.Subject, r.Explanation)
			}
			break
		}
		if !found {
			t.Logf("no extracted claim matches %s (%s %s %q)", c.ID, c.Kind, c.Subject, c.Claimed)
		}
	}
	coverage := float64(covered) / float64(len(curated))
	agreement := float64(same) / float64(matched)
	t.Logf("seeds: %d curated claims, %d (%.1f%%) with an extracted figure in the quote; %d matched by an extracted claim, %d (%.1f%%) with the curated verdict",
		len(curated), covered, 100*coverage, matched, same, 100*agreement)
	if coverage < 0.98 {
		t.Errorf("figure coverage %.1f%%, below the goal of 98%%", 100*coverage)
	}
	if agreement < 0.85 {
		t.Errorf("verdict agreement %.1f%%, below the goal of 85%%", 100*agreement)
	}
}
