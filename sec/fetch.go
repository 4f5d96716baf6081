package sec

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The SEC's addresses: company facts per CIK, and the list of tickers.
const (
	DefaultBaseURL    = "https://data.sec.gov"
	DefaultTickersURL = "https://www.sec.gov/files/company_tickers.json"
)

// MaxRequestsPerSecond is the SEC's fair-access limit for automated
// access to EDGAR (https://www.sec.gov/os/accessing-edgar-data).
const MaxRequestsPerSecond = 10

// ErrNoUserAgent is returned by a Fetcher without a User-Agent: the SEC
// refuses requests that do not say who makes them.
var ErrNoUserAgent = errors.New(`a User-Agent naming you and an email address is required by the SEC's fair-access rules (expected such as "Jane Doe jane@example.com")`)

// Fetcher downloads company facts from the SEC under its fair-access
// rules: every request carries UserAgent; requests start at most
// MaxRequestsPerSecond a second; a 429 or 5xx response is retried after
// a back-off (the server's Retry-After when it gives one); and files
// already downloaded are asked for again only conditionally
// (If-None-Match, If-Modified-Since), so that an unchanged file costs a
// 304 and no body.
type Fetcher struct {
	UserAgent  string       // "NAME EMAIL"; required
	Client     *http.Client // nil: http.DefaultClient
	BaseURL    string       // "": DefaultBaseURL
	TickersURL string       // "": DefaultTickersURL
	// Retries is how many times a request is retried after a 429, a 5xx
	// or a network error; Backoff the first wait, doubled each time.
	// Zero values mean 5 and one second.
	Retries int
	Backoff time.Duration
	// Progress, if not nil, receives a progress line, rewritten in place
	// with carriage returns: give it a terminal.
	Progress io.Writer

	mu   sync.Mutex
	next time.Time // when the next request may start
}

func (f *Fetcher) client() *http.Client {
	if f.Client != nil {
		return f.Client
	}
	return http.DefaultClient
}

// wait blocks until a request may start: requests start at least
// 1/MaxRequestsPerSecond seconds apart.
func (f *Fetcher) wait(ctx context.Context) error {
	const interval = time.Second / MaxRequestsPerSecond
	f.mu.Lock()
	now := time.Now()
	at := f.next
	if at.Before(now) {
		at = now
	}
	f.next = at.Add(interval)
	f.mu.Unlock()
	return sleep(ctx, time.Until(at))
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// cacheMeta is what a conditional request needs of a file downloaded
// before, kept beside it.
type cacheMeta struct {
	URL          string `json:"url"`
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// FactsFile is the name under which company facts of cik are saved, as
// the SEC names them: CIK0001065280.json.
func FactsFile(cik int64) string { return fmt.Sprintf("CIK%010d.json", cik) }

// Result says what Fetch did with one file.
type Result struct {
	Path       string
	Downloaded bool // false when the server said the saved file is current (304)
	Bytes      int64
}

// FetchFacts saves the company facts of cik in dir, as FactsFile(cik).
func (f *Fetcher) FetchFacts(ctx context.Context, cik int64, dir string) (Result, error) {
	base := f.BaseURL
	if base == "" {
		base = DefaultBaseURL
	}
	url := strings.TrimSuffix(base, "/") + "/api/xbrl/companyfacts/" + FactsFile(cik)
	return f.fetch(ctx, url, filepath.Join(dir, FactsFile(cik)), true)
}

// fetch downloads url to path, conditionally if path was downloaded from
// url before. If facts, the body must be company facts.
func (f *Fetcher) fetch(ctx context.Context, url, path string, facts bool) (Result, error) {
	if strings.TrimSpace(f.UserAgent) == "" {
		return Result{}, ErrNoUserAgent
	}
	res := Result{Path: path}
	metaPath := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".http")
	var meta cacheMeta
	if b, err := os.ReadFile(metaPath); err == nil {
		if json.Unmarshal(b, &meta) != nil || meta.URL != url {
			meta = cacheMeta{}
		}
		if _, err := os.Stat(path); err != nil {
			meta = cacheMeta{}
		}
	}
	resp, err := f.get(ctx, url, meta)
	if err != nil {
		return res, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified && (meta.ETag != "" || meta.LastModified != "") {
		info, err := os.Stat(path)
		if err != nil {
			return res, err
		}
		res.Bytes = info.Size()
		return res, nil
	}
	if resp.StatusCode != http.StatusOK {
		return res, fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	body, err := f.read(resp, filepath.Base(path))
	if err != nil {
		return res, fmt.Errorf("GET %s: %w", url, err)
	}
	if facts {
		if _, _, err := ParseCompany(body, url, true); err != nil {
			return res, fmt.Errorf("GET %s: the response is not company facts: %w", url, err)
		}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return res, err
	}
	if err := writeFileAtomic(path, body); err != nil {
		return res, err
	}
	meta = cacheMeta{URL: url, ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	mb, _ := json.Marshal(meta)
	if err := writeFileAtomic(metaPath, mb); err != nil {
		return res, err
	}
	res.Downloaded, res.Bytes = true, int64(len(body))
	return res, nil
}

// read reads a response body, reporting progress.
func (f *Fetcher) read(resp *http.Response, name string) ([]byte, error) {
	if f.Progress == nil {
		return io.ReadAll(resp.Body)
	}
	var buf []byte
	chunk := make([]byte, 256<<10)
	last := time.Time{}
	for {
		n, err := resp.Body.Read(chunk)
		buf = append(buf, chunk[:n]...)
		if now := time.Now(); now.Sub(last) > 100*time.Millisecond || err != nil {
			last = now
			fmt.Fprintf(f.Progress, "\r%s: %.1f MB", name, float64(len(buf))/1e6)
		}
		if err == io.EOF {
			fmt.Fprintln(f.Progress)
			return buf, nil
		}
		if err != nil {
			fmt.Fprintln(f.Progress)
			return nil, err
		}
	}
}

// get sends a GET with the User-Agent and the conditional headers,
// retrying after a 429, a 5xx or a network error.
func (f *Fetcher) get(ctx context.Context, url string, meta cacheMeta) (*http.Response, error) {
	retries, backoff := f.Retries, f.Backoff
	if retries == 0 {
		retries = 5
	}
	if backoff == 0 {
		backoff = time.Second
	}
	for attempt := 0; ; attempt++ {
		if err := f.wait(ctx); err != nil {
			return nil, err
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("User-Agent", f.UserAgent)
		if meta.ETag != "" {
			req.Header.Set("If-None-Match", meta.ETag)
		}
		if meta.LastModified != "" {
			req.Header.Set("If-Modified-Since", meta.LastModified)
		}
		resp, err := f.client().Do(req)
		retry := err != nil
		wait := backoff << attempt
		if err == nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500) {
			retry = true
			if s, perr := strconv.Atoi(resp.Header.Get("Retry-After")); perr == nil && s >= 0 {
				wait = time.Duration(s) * time.Second
			}
			if attempt < retries {
				io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
				resp.Body.Close()
			}
		}
		if !retry || attempt >= retries {
			if err != nil {
				return nil, fmt.Errorf("GET %s: %w (after %d attempts)", url, err, attempt+1)
			}
			if retry {
				resp.Body.Close()
				return nil, fmt.Errorf("GET %s: %s (after %d attempts)", url, resp.Status, attempt+1)
			}
			return resp, nil
		}
		if f.Progress != nil {
			fmt.Fprintf(f.Progress, "\r%s: retrying in %s\n", url, wait)
		}
		if err := sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// LookupTickers returns the CIKs of tickers (AAPL, nflx: case does not
// matter) from the SEC's list of tickers, saved in dir and asked for
// again conditionally.
func (f *Fetcher) LookupTickers(ctx context.Context, tickers []string, dir string) (map[string]int64, error) {
	url := f.TickersURL
	if url == "" {
		url = DefaultTickersURL
	}
	res, err := f.fetch(ctx, url, filepath.Join(dir, "company_tickers.json"), false)
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(res.Path)
	if err != nil {
		return nil, err
	}
	var list map[string]struct {
		CIK    int64  `json:"cik_str"`
		Ticker string `json:"ticker"`
	}
	if err := json.Unmarshal(b, &list); err != nil {
		return nil, fmt.Errorf("%s: the list of tickers does not parse: %w", url, err)
	}
	all := make(map[string]int64, len(list))
	for _, e := range list {
		all[strings.ToUpper(e.Ticker)] = e.CIK
	}
	out := map[string]int64{}
	for _, t := range tickers {
		cik, ok := all[strings.ToUpper(t)]
		if !ok {
			return nil, fmt.Errorf("ticker %q is not in the SEC's list of tickers (%s)", t, url)
		}
		out[t] = cik
	}
	return out, nil
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it over path, so that a reader sees the old file or the new one.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if err = errors.Join(err, tmp.Chmod(0o644), tmp.Close()); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}
