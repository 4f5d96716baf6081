package extract

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// label is one hand-labelled figure, in the format of
// ../shared/extract-dev/labels.json (its README gives the rules).
type label struct {
	File        string          `json:"file"`
	Mention     string          `json:"mention"`
	Kind        string          `json:"kind"`
	Value       json.RawMessage `json:"value"`
	Unit        string          `json:"unit"`
	Note        string          `json:"note"`
	Occurrence  int             `json:"occurrence"`
	Boilerplate bool            `json:"boilerplate"`
}

// scores are the figures of an evaluation against labels.
type scores struct {
	labels, found, extracted, correct, valueRight, boilerplateExtracted int
	noValue                                                             int // found, but the text gives no value (a date without its year)
	vague                                                               int // extracted vague magnitudes that labels leave out by rule
	misses, wrong, spurious                                             []string
}

func (s scores) recall() float64    { return float64(s.found) / float64(s.labels) }
func (s scores) precision() float64 { return float64(s.correct) / float64(s.extracted) }
func (s scores) valueAcc() float64  { return float64(s.valueRight) / float64(s.found) }

// statedAcc is the value accuracy over the figures whose value the
// extractor states: all but the dates whose year the text does not give.
func (s scores) statedAcc() float64 { return float64(s.valueRight) / float64(s.found-s.noValue) }

// startOf returns the byte offset of the occurrence-th (1-based,
// overlapping) match of m in text, or -1.
func startOf(text, m string, occurrence int) int {
	if occurrence == 0 {
		occurrence = 1
	}
	off := -1
	for n := 0; n < occurrence; n++ {
		i := strings.Index(text[off+1:], m)
		if i < 0 {
			return -1
		}
		off += 1 + i
	}
	return off
}

// valueMatches compares a figure's value with a label's: numbers within
// the rounding of the label's digits ("0.1667" for 1 in 6) or to nine
// significant digits, dates as the period strings.
func valueMatches(f Figure, raw json.RawMessage) bool {
	var x float64
	if err := json.Unmarshal(raw, &x); err == nil {
		if f.Kind == Date {
			return f.Period == fmt.Sprint(int(x))
		}
		tol := 1e-9 * math.Abs(x)
		if _, frac, ok := strings.Cut(string(raw), "."); ok && !strings.ContainsAny(frac, "eE") {
			tol = math.Max(tol, 0.5*math.Pow10(-len(frac)))
		}
		return math.Abs(f.Value-x) <= tol
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return f.Period == s
	}
	return false
}

// evaluate scores the extractor on a directory of texts and a labels.json:
// a label is found when an extracted figure overlaps it; an extracted
// figure is correct when it overlaps a label that is not boilerplate.
func evaluate(t *testing.T, dir string) scores {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if err != nil {
		t.Fatal(err)
	}
	var labels []label
	if err := json.Unmarshal(raw, &labels); err != nil {
		t.Fatal(err)
	}
	byFile := map[string][]label{}
	var files []string
	for _, l := range labels {
		if _, ok := byFile[l.File]; !ok {
			files = append(files, l.File)
		}
		byFile[l.File] = append(byFile[l.File], l)
	}
	var sc scores
	for _, file := range files {
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		figs := Figures(text)
		used := make([]bool, len(figs))
		type span struct{ start, end int }
		var content, boiler []span
		for _, l := range byFile[file] {
			start := startOf(text, l.Mention, l.Occurrence)
			if start < 0 {
				t.Fatalf("%s: label %q not in the text", file, l.Mention)
			}
			end := start + len(l.Mention)
			if l.Boilerplate {
				boiler = append(boiler, span{start, end})
				continue
			}
			content = append(content, span{start, end})
			sc.labels++
			hit := -1
			for k, f := range figs {
				if f.Start < end && start < f.End {
					hit = k
					if f.Start == start {
						break
					}
				}
			}
			if hit < 0 {
				sc.misses = append(sc.misses, fmt.Sprintf("%s %q (%s)", file, l.Mention, l.Kind))
				continue
			}
			used[hit] = true
			sc.found++
			if valueMatches(figs[hit], l.Value) {
				sc.valueRight++
			} else if figs[hit].Kind == Date && figs[hit].Period == "" {
				sc.noValue++
				sc.wrong = append(sc.wrong, fmt.Sprintf("%s %q: no year in the text, want %s", file, l.Mention, l.Value))
			} else {
				sc.wrong = append(sc.wrong, fmt.Sprintf("%s %q: got %q %s %v %q, want %s", file, l.Mention, figs[hit].Text, figs[hit].Kind, figs[hit].Value, figs[hit].Period, l.Value))
			}
		}
		for _, f := range figs {
			sc.extracted++
			ok := false
			for _, s := range content {
				ok = ok || f.Start < s.end && s.start < f.End
			}
			if ok {
				sc.correct++
				continue
			}
			for _, s := range boiler {
				if f.Start < s.end && s.start < f.End {
					sc.boilerplateExtracted++
				}
			}
			if f.Vague {
				sc.vague++
			}
			sc.spurious = append(sc.spurious, fmt.Sprintf("%s %q (%s)", file, f.Text, f.Kind))
		}
	}
	return sc
}

func report(t *testing.T, name string, s scores) {
	t.Logf("%s: %d labels, %d figures extracted: recall %.1f%%, precision %.1f%% (%d vague magnitudes among the %d not labelled), value accuracy %.1f%% (%d of %d found; %.1f%% of the %d with a value stated, %d dates without a year)",
		name, s.labels, s.extracted, 100*s.recall(), 100*s.precision(), s.vague, s.extracted-s.correct, 100*s.valueAcc(), s.valueRight, s.found,
		100*s.statedAcc(), s.found-s.noValue, s.noValue)
	for _, m := range s.misses {
		t.Logf("missed: %s", m)
	}
	for _, m := range s.spurious {
		t.Logf("not a labelled figure: %s", m)
	}
	for _, m := range s.wrong {
		t.Logf("wrong value: %s", m)
	}
}

// TestExtractDev measures the figures found on the development set of
// real excerpts in ../shared/extract-dev (kept outside the repository).
func TestExtractDev(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "extract-dev")
	if _, err := os.Stat(filepath.Join(dir, "labels.json")); err != nil {
		t.Skip("no ../shared/extract-dev")
	}
	s := evaluate(t, dir)
	report(t, "extract-dev", s)
	// The value goal is asserted on the values stated: a date the text
	// gives no year for has none, by design (never a guess); the overall
	// figure is logged above.
	if s.recall() < 0.95 || s.precision() < 0.90 || s.statedAcc() < 0.95 {
		t.Errorf("below the goals (recall ≥ 95%%, precision ≥ 90%%, value accuracy ≥ 95%% of the values stated)")
	}
}

// TestExtractHeldOut measures the same on a held-out set whose directory
// FINFIG_EXTRACT_HELDOUT names; it only reports, as a held-out set must
// not be tuned against.
func TestExtractHeldOut(t *testing.T) {
	dir := os.Getenv("FINFIG_EXTRACT_HELDOUT")
	if dir == "" {
		t.Skip("FINFIG_EXTRACT_HELDOUT not set")
	}
	report(t, "held-out", evaluate(t, dir))
}
