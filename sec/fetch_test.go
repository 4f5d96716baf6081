package sec_test

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/finfig/finfig/sec"
)

// secServer is a stand-in for data.sec.gov: it serves company facts with
// an ETag, answers conditional requests with 304, fails the first
// requests of a path as told, and records every request.
type secServer struct {
	mu       sync.Mutex
	fail     map[string][]int // path -> statuses to answer first
	requests []*http.Request
	times    []time.Time
}

func (s *secServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.requests = append(s.requests, r)
	s.times = append(s.times, time.Now())
	var status int
	if f := s.fail[r.URL.Path]; len(f) > 0 {
		status, s.fail[r.URL.Path] = f[0], f[1:]
	}
	s.mu.Unlock()
	if r.Header.Get("User-Agent") == "" {
		http.Error(w, "no User-Agent", http.StatusForbidden)
		return
	}
	if status != 0 {
		if status == http.StatusTooManyRequests {
			w.Header().Set("Retry-After", "0")
		}
		http.Error(w, http.StatusText(status), status)
		return
	}
	switch r.URL.Path {
	case "/files/company_tickers.json":
		w.Write([]byte(`{"0":{"cik_str":9999902,"ticker":"EXCA","title":"Example Calendar Co"}}`))
	case "/api/xbrl/companyfacts/CIK0009999902.json":
		const etag = `"v1"`
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Write([]byte(calendarCo))
	case "/api/xbrl/companyfacts/CIK0009999909.json":
		w.Write([]byte(`<html>not facts</html>`))
	default:
		http.NotFound(w, r)
	}
}

// serve starts s for the length of the test and returns a Fetcher that
// asks it.
func serve(t *testing.T, s *secServer) *sec.Fetcher {
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return &sec.Fetcher{UserAgent: "finfig test test@example.com", Client: srv.Client(), BaseURL: srv.URL,
		TickersURL: srv.URL + "/files/company_tickers.json", Backoff: time.Millisecond}
}

func TestFetchCacheAndConditional(t *testing.T) {
	s := &secServer{}
	f := serve(t, s)
	dir := t.TempDir()
	ctx := context.Background()
	r, err := f.FetchFacts(ctx, 9999902, dir)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Downloaded || r.Path != filepath.Join(dir, "CIK0009999902.json") || r.Bytes != int64(len(calendarCo)) {
		t.Errorf("first fetch: %+v", r)
	}
	got, _ := os.ReadFile(r.Path)
	if string(got) != calendarCo {
		t.Error("saved file differs from the response")
	}
	r, err = f.FetchFacts(ctx, 9999902, dir)
	if err != nil {
		t.Fatal(err)
	}
	if r.Downloaded {
		t.Error("second fetch downloaded again; want a 304 from the conditional request")
	}
	last := s.requests[len(s.requests)-1]
	if last.Header.Get("If-None-Match") != `"v1"` || last.Header.Get("User-Agent") != "finfig test test@example.com" {
		t.Errorf("second request headers: %v", last.Header)
	}
	if len(s.requests) != 2 {
		t.Errorf("%d requests, want 2", len(s.requests))
	}
}

func TestFetchRetries(t *testing.T) {
	s := &secServer{fail: map[string][]int{"/api/xbrl/companyfacts/CIK0009999902.json": {429, 503, 500}}}
	f := serve(t, s)
	if _, err := f.FetchFacts(context.Background(), 9999902, t.TempDir()); err != nil {
		t.Fatal(err)
	}
	if len(s.requests) != 4 {
		t.Errorf("%d requests, want 3 failures and a success", len(s.requests))
	}
	s.fail["/api/xbrl/companyfacts/CIK0009999902.json"] = []int{503, 503, 503}
	f.Retries = 2
	_, err := f.FetchFacts(context.Background(), 9999902, t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "503 Service Unavailable (after 3 attempts)") {
		t.Errorf("after too many 503s: %v", err)
	}
	// A 404 is not retried.
	n := len(s.requests)
	if _, err := f.FetchFacts(context.Background(), 1234, t.TempDir()); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("404: %v", err)
	}
	if len(s.requests) != n+1 {
		t.Errorf("a 404 was retried: %d requests", len(s.requests)-n)
	}
}

func TestFetchRateLimit(t *testing.T) {
	s := &secServer{}
	f := serve(t, s)
	dir := t.TempDir()
	var wg sync.WaitGroup
	for range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f.FetchFacts(context.Background(), 9999902, dir)
		}()
	}
	wg.Wait()
	if len(s.times) != 12 {
		t.Fatalf("%d requests", len(s.times))
	}
	// Requests start at least a tenth of a second apart: any 11
	// consecutive ones span a second or more.
	first, last := s.times[0], s.times[len(s.times)-1]
	for i := 1; i < len(s.times); i++ {
		if s.times[i].Before(s.times[i-1]) {
			first = s.times[i]
		}
	}
	if span := last.Sub(first); span < 1000*time.Millisecond-20*time.Millisecond {
		t.Errorf("12 requests in %v: more than %d a second", span, sec.MaxRequestsPerSecond)
	}
}

func TestFetchRefusals(t *testing.T) {
	s := &secServer{}
	f := serve(t, s)
	f.UserAgent = " "
	if _, err := f.FetchFacts(context.Background(), 9999902, t.TempDir()); !errors.Is(err, sec.ErrNoUserAgent) {
		t.Errorf("without a User-Agent: %v", err)
	}
	if len(s.requests) != 0 {
		t.Error("a request was sent without a User-Agent")
	}
	f = serve(t, s)
	dir := t.TempDir()
	if _, err := f.FetchFacts(context.Background(), 9999909, dir); err == nil || !strings.Contains(err.Error(), "not company facts") {
		t.Errorf("an HTML page: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("an HTML page was saved: %v", entries)
	}
}

func TestLookupTickersAndProgress(t *testing.T) {
	s := &secServer{}
	f := serve(t, s)
	var progress bytes.Buffer
	f.Progress = &progress
	dir := t.TempDir()
	ciks, err := f.LookupTickers(context.Background(), []string{"exca"}, dir)
	if err != nil || ciks["exca"] != 9999902 {
		t.Fatalf("LookupTickers: %v, %v", ciks, err)
	}
	if _, err := f.LookupTickers(context.Background(), []string{"NOPE"}, dir); err == nil || !strings.Contains(err.Error(), `ticker "NOPE" is not in the SEC's list`) {
		t.Errorf("unknown ticker: %v", err)
	}
	if _, err := f.FetchFacts(context.Background(), 9999902, dir); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(progress.String(), "\rCIK0009999902.json: 0.0 MB") {
		t.Errorf("progress %q", progress.String())
	}
}
