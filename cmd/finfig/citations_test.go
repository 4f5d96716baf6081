package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestCitations: every decided claim cites a source; a web source's
// address is in the JSON citations and in the table's explanation, and
// Markdown renders it as a link.
func TestCitations(t *testing.T) {
	code, out, stderr := finfig(t, "check", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var results []struct {
		ID, Verdict, Explanation string
		Citations                []string
	}
	if err := json.Unmarshal([]byte(out), &results); err != nil {
		t.Fatal(err)
	}
	const id = "000-hastings-board-start"
	const url = "https://www.hollywoodreporter.com/news/reed-hastings-step-down-facebook-board-1201769"
	found := false
	for _, r := range results {
		if r.Verdict != "unverifiable" && len(r.Citations) == 0 {
			t.Errorf("%s is %s with no citation", r.ID, r.Verdict)
		}
		if r.ID == id {
			found = true
			if !strings.Contains(strings.Join(r.Citations, " "), url) || !strings.Contains(r.Explanation, url) {
				t.Errorf("%s: the address %s is not in its citations %q and explanation %q", id, url, r.Citations, r.Explanation)
			}
		}
	}
	if !found {
		t.Fatalf("no result %s", id)
	}
	_, md, _ := finfig(t, "check", "--format", "markdown")
	if link := "[" + url + "](" + url + ")"; !strings.Contains(md, link) {
		t.Errorf("markdown has no link %s", link)
	}
	_, table, _ := finfig(t, "check")
	if !strings.Contains(table, url) {
		t.Errorf("the table does not show %s", url)
	}
}
