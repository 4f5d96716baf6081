package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/claims"
	"github.com/finfig/finfig/claims/extract"
)

// The article is written for this test.
const extractArticle = "By the end of 2019, Facebook had over 2.3 billion monthly active users.\nIn 2022, Ireland fined Meta €265 million ($284 million).\n"

func TestExtractCommand(t *testing.T) {
	p := writeTemp(t, "fb-2019.txt", []byte(extractArticle))
	var out, errb bytes.Buffer
	if code := run([]string{"extract", "--format", "json", p}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var cs []struct {
		ID, Source, Quote, Kind, Subject, Claimed, Hedge string
		Period                                           *string
		Start, End                                       int
		Figures                                          []struct {
			Text       string
			Start, End int
			Kind       string
			Value      any
			Unit       string
		}
	}
	if err := json.Unmarshal(out.Bytes(), &cs); err != nil {
		t.Fatal(err)
	}
	if len(cs) != 4 {
		t.Fatalf("got %d claims, want 4:\n%s", len(cs), out.String())
	}
	c := cs[0]
	if c.ID != "fb-2019-value-2-3-billion" || c.Kind != "value" || c.Subject != "facebook.mau" || c.Period == nil || *c.Period != "2019" ||
		c.Claimed != "2.3 billion" || c.Hedge != "over" || extractArticle[c.Start:c.End] != c.Quote {
		t.Errorf("first claim %+v", c)
	}
	f := c.Figures[0]
	if f.Text != "2.3 billion" || extractArticle[f.Start:f.End] != f.Text || f.Kind != "count" || f.Value != 2.3e9 || f.Unit != "users" {
		t.Errorf("first figure %+v", f)
	}
	if cs[1].Kind != "conversion" || cs[1].Subject != "dpc-fine-2022" {
		t.Errorf("second claim %+v", cs[1])
	}

	// The draft ledger reads back once no subject is missing.
	out.Reset()
	if code := run([]string{"extract", "--format", "toml", p}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	ledger, err := claims.ReadLedger(bytes.NewReader(out.Bytes()), "draft.toml")
	if err != nil || len(ledger) != 4 {
		t.Fatalf("draft ledger: %v, %d claims\n%s", err, len(ledger), out.String())
	}
	if !strings.Contains(out.String(), "# sure: high.") {
		t.Errorf("no comment on how sure:\n%s", out.String())
	}

	// check --article: the same claims with verdicts.
	out.Reset()
	if code := run([]string{"check", "--article", p, "--format", "json"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var rs []claims.Result
	if err := json.Unmarshal(out.Bytes(), &rs); err != nil {
		t.Fatal(err)
	}
	want := []claims.Verdict{claims.Accurate, claims.Approximately, claims.Accurate, claims.Accurate}
	for i, r := range rs {
		if i >= len(want) || r.Verdict != want[i] {
			t.Errorf("result %d %s: %s (%s)", i, r.ID, r.Verdict, r.Explanation)
		}
	}
}

func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	big := writeTemp(t, "big.txt", nil)
	if err := os.Truncate(big, 16<<20+1); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		path string
		code int
		msg  string
	}{
		{"directory", dir, 1, dir + ": byte 0: is a directory"},
		{"nul", writeTemp(t, "nul.txt", []byte("abc\x00")), 1, "nul.txt: byte 3: NUL byte"},
		{"latin1", writeTemp(t, "latin1.txt", []byte("caf\xe9 $5")), 1, "latin1.txt: byte 3: invalid UTF-8"},
		{"big", big, 1, "big.txt: byte 16777216: file is 16777217 bytes"},
		{"missing", filepath.Join(dir, "none.txt"), 2, "does not exist"},
	} {
		var out, errb bytes.Buffer
		code := run([]string{"extract", "--format", "json", tt.path}, &out, &errb)
		if code != tt.code || !strings.Contains(errb.String(), tt.msg) || out.Len() != 0 {
			t.Errorf("%s: exit %d, stderr %q, stdout %q; want exit %d and %q", tt.name, code, errb.String(), out.String(), tt.code, tt.msg)
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"extract", "--format", "json", writeTemp(t, "empty.txt", nil)}, &out, &errb); code != 0 || strings.TrimSpace(out.String()) != "[]" {
		t.Errorf("empty file: exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}
}

// TestCheckArticleShare checks that check --article judges a share claim:
// the article's amount over the series' value at the period. The
// sentence is written for this test.
func TestCheckArticleShare(t *testing.T) {
	p := writeTemp(t, "share.txt", []byte("Netflix paid $150 million, 1.3% of its 2017 revenue.\n"))
	var out, errb bytes.Buffer
	if code := run([]string{"check", "--article", p, "--format", "json"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var rs []claims.Result
	if err := json.Unmarshal(out.Bytes(), &rs); err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 {
		t.Fatalf("got %d results, want 1:\n%s", len(rs), out.String())
	}
	r := rs[0]
	// 150 / 11,692.713 million = 1.2829%, inside the rounding of "1.3%".
	if r.Kind != claims.KindShare || r.Verdict != claims.Accurate || r.Reference == nil || *r.Reference < 0.01282 || *r.Reference > 0.01283 {
		t.Errorf("share result %+v", r)
	}
}

// caseDir copies the embedded case's data package into a directory, with
// subjects.csv edited by edit.
func caseDir(t *testing.T, edit func(string) string) string {
	t.Helper()
	return copyCase(t, "subjects.csv", edit, "datapackage.json", "series.csv", "observations.csv", "events.csv", "subjects.csv")
}

// TestExtractDataSubjects checks that extract --data reads the subjects
// table that the package's descriptor declares, and names the file, line
// and column of a bad cell.
func TestExtractDataSubjects(t *testing.T) {
	article := writeTemp(t, "fb.txt", []byte(extractArticle))
	dir := caseDir(t, func(s string) string { return s })
	code, out, stderr := finfig(t, "extract", "--format", "json", "--data", dir, article)
	if code != 0 || !strings.Contains(out, `"subject": "facebook.mau"`) {
		t.Errorf("exit %d, stderr %q; stdout lacks the subject facebook.mau:\n%s", code, stderr, out)
	}
	for _, tt := range []struct{ old, new, want string }{
		{"\nnetflix,entity,", "\nnetflix,company,", "subjects.csv:3:2"},
		{"\nnetflix,entity,", "\nfacebook,entity,", "subjects.csv:3:1"},
		{"\nnetflix,entity,Netflix|", "\nnetflix,entity,|", ""},
	} {
		dir := caseDir(t, func(s string) string { return strings.Replace(s, tt.old, tt.new, 1) })
		code, out, stderr := finfig(t, "extract", "--data", dir, article)
		if tt.want == "" {
			if code != 0 {
				t.Errorf("%q: exit %d, stderr %q; want 0", tt.new, code, stderr)
			}
			continue
		}
		if code != 1 || out != "" || !strings.Contains(stderr, filepath.Join(dir, tt.want)) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 1 and %s", tt.new, code, out, stderr, tt.want)
		}
	}
}

// TestCaseSubjectsExist checks that each subject of the embedded case is
// a series of its data package, an event of its events table, or an
// entity that owns series.
func TestCaseSubjectsExist(t *testing.T) {
	subjects, err := loadSubjects("", nil)
	if err != nil {
		t.Fatal(err)
	}
	_, ck := embeddedCase(t)
	pkg, err := fbnetflix.Data()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range subjects {
		ok := false
		switch s.Kind {
		case extract.SubjectSeries:
			ok = len(ck.Data.Vintages(s.ID)) > 0
		case extract.SubjectEvent:
			_, ok = ck.Events.Get(s.ID)
		case extract.SubjectEntity:
			for _, id := range pkg.IDs() {
				ok = ok || strings.HasPrefix(id, s.ID+".")
			}
		}
		if !ok {
			t.Errorf("subject %s (%s) is not in the case's data", s.ID, s.Kind)
		}
	}
}
