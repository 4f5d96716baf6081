package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"runtime"
	"sync"
	"testing"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/claims"
	"github.com/finfig/finfig/series"
)

// sharedWork computes, from the shared embedded data, everything a
// reader of it computes: every growth figure of every series and vintage
// over every window, YoY, the trend, the window distribution, the index;
// then every claim's verdict with one shared Checker; then the command's
// JSON report. It returns them as one comparable value.
func sharedWork(t *testing.T, ck *claims.Checker, ledger []claims.Claim) []string {
	data, err := fbnetflix.Data()
	if err != nil {
		t.Error(err)
		return nil
	}
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	for s := range data.All() {
		first, last, ok := s.Span()
		if !ok {
			continue
		}
		for p := first; !last.Before(p); p = p.Add(1) {
			for q := p.Add(1); !last.Before(q); q = q.Add(1) {
				g, err := series.GrowthBetween(s, p, q)
				add("%s %q %s %s: %+v %v", s.ID(), s.Vintage(), p, q, g, err)
			}
		}
		add("yoy %s %q: %+v", s.ID(), s.Vintage(), series.YoY(s))
		fit, err := series.Trend(s)
		add("trend %s %q: %+v %v", s.ID(), s.Vintage(), fit, err)
		add("windows %s %q: %+v", s.ID(), s.Vintage(), series.AllWindows(s, 1))
		idx, err := series.Index(s, first)
		add("index %s %q: %+v %v", s.ID(), s.Vintage(), idx, err)
	}
	results, err := ck.Check(ledger, "claims/data/ledger.toml")
	for _, r := range results {
		b, err := json.Marshal(r) // the numbers, not the pointers to them
		add("claim %s: %s %v", r.ID, b, err)
	}
	add("check: %d results, %v", len(results), err)
	var stdout, stderr bytes.Buffer
	code := run([]string{"check", "--format", "json"}, &stdout, &stderr)
	add("finfig check: %d %s %s", code, stdout.String(), stderr.String())
	return out
}

// TestConcurrentUse shares fbnetflix.Data(), its series,
// fbnetflix.Ledger() and one Checker between many goroutines, which
// compute growth and check the claims at once. Under -race it finds
// unsynchronised access; in any mode every goroutine must get what a
// single goroutine gets.
func TestConcurrentUse(t *testing.T) {
	ledger, ck := embeddedCase(t)
	want := sharedWork(t, ck, ledger)
	if len(want) < 100 {
		t.Fatalf("only %d results", len(want))
	}
	n := 4 * runtime.GOMAXPROCS(0)
	if testing.Short() {
		n = 2
	}
	got := make([][]string, n)
	atOnce(n, func(i int) { got[i] = sharedWork(t, ck, ledger) })
	for i, g := range got {
		if !reflect.DeepEqual(g, want) {
			for j := range min(len(g), len(want)) {
				if g[j] != want[j] {
					t.Fatalf("goroutine %d, result %d:\n%.2000s\nwant\n%.2000s", i, j, g[j], want[j])
				}
			}
			t.Fatalf("goroutine %d: %d results, want %d", i, len(g), len(want))
		}
	}
}

// TestConcurrentFirstUse calls finance.Reported, claims.EmbeddedLedger and
// claims.ReferenceEvents for the first time in a process from many
// goroutines at once: each must load once and give every caller the same
// value. The test runs itself in a child process, where nothing has
// loaded them yet.
func TestConcurrentFirstUse(t *testing.T) {
	if os.Getenv("FINFIG_FIRST_USE") != "1" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestConcurrentFirstUse$", "-test.count=1")
		cmd.Env = append(os.Environ(), "FINFIG_FIRST_USE=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return
	}
	const n = 16
	type loaded struct {
		data   any
		ledger []claims.Claim
		events *claims.Events
	}
	got := make([]loaded, n)
	atOnce(n, func(i int) {
		d, err1 := fbnetflix.Data()
		l, err2 := fbnetflix.Ledger()
		e, err3 := fbnetflix.Events()
		if err1 != nil || err2 != nil || err3 != nil {
			t.Error(err1, err2, err3)
		}
		got[i] = loaded{d, l, e}
	})
	for i := range got {
		if got[i].data != got[0].data || got[i].events != got[0].events || &got[i].ledger[0] != &got[0].ledger[0] {
			t.Fatalf("goroutine %d got another value than goroutine 0", i)
		}
	}
}

// atOnce calls f(0) … f(n-1), each in its own goroutine, all released at
// once so that they overlap as much as they can, and waits for them.
func atOnce(n int, f func(i int)) {
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			f(i)
		})
	}
	close(start)
	wg.Wait()
}
