package claims_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/claims"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func checker(t testing.TB) *claims.Checker {
	t.Helper()
	ck, err := fbnetflix.Checker()
	if err != nil {
		t.Fatal(err)
	}
	return ck
}

func checkEmbedded(t testing.TB) []claims.Result {
	t.Helper()
	ledger, err := fbnetflix.Ledger()
	if err != nil {
		t.Fatal(err)
	}
	results, err := checker(t).Check(ledger, "ledger.toml")
	if err != nil {
		t.Fatal(err)
	}
	return results
}

// TestGolden asserts every claim's verdict, flags, figures and explanation
// against testdata/check.golden.json; go test -update rewrites it.
func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(checkEmbedded(t)); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "check.golden.json")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		got := strings.Split(buf.String(), "\n")
		exp := strings.Split(string(want), "\n")
		for i := 0; i < len(got) && i < len(exp); i++ {
			if got[i] != exp[i] {
				t.Fatalf("report differs from %s at line %d:\n got %s\nwant %s\n(go test ./claims -update accepts the change)", golden, i+1, got[i], exp[i])
			}
		}
		t.Fatalf("report differs from %s in length (%d lines, want %d)", golden, len(got), len(exp))
	}
}

func near(p *float64, want, tol float64) bool {
	return p != nil && math.Abs(*p-want) <= tol*math.Abs(want)
}

// TestKeyVerdicts spells out the findings a reader of the articles most
// wants, with their figures.
func TestKeyVerdicts(t *testing.T) {
	byID := map[string]claims.Result{}
	for _, r := range checkEmbedded(t) {
		byID[r.ID] = r
	}
	tests := []struct {
		id        string
		verdict   claims.Verdict
		flags     []string
		claimed   float64 // 0: not checked
		computed  float64
		reference float64
	}{
		// "$4.28 billion in 2012 to ... $69.66 billion in 2019": 16.28×, CAGR 48.97%.
		{"001-fb-ad-revenue-change", claims.Accurate, nil, 69.66 / 4.28, math.Pow(69.66/4.28, 1.0/7) - 1, 69655.0 / 4279},
		{"001-fb-ad-revenue-2012", claims.Accurate, nil, 4.28e9, 0, 4.279e9},
		{"001-fb-ad-revenue-2019", claims.Accurate, nil, 69.66e9, 0, 69.655e9},
		// "$2.47 billion to $19.86 billion": 8.03×, CAGR 34.67%.
		{"001-nflx-streaming-change", claims.Accurate, nil, 19.86 / 2.47, math.Pow(19.86/2.47, 1.0/7) - 1, 19859230.0 / 2472410},
		{"001-fb-mau-2019-intro", claims.Accurate, []string{"understated"}, 2.3e9, 0, 2.5e9},
		{"001-nflx-paid-2019-intro", claims.Accurate, nil, 167e6, 0, 167.09e6},
		{"001-ftc-fine-2012", claims.Inaccurate, []string{"misdated"}, 0, 0, 0},
		{"001-ftc-fine-5bn", claims.Accurate, nil, 5e9, 0, 5e9},
		// Like with like: the commitment of 001 against the reported
		// commitment, not against IndieWire's spending rate.
		{"001-ad-spend-2017", claims.Accurate, nil, 150e6, 0, 150e6},
		{"004-ad-spend-2017", claims.Unverifiable, nil, 150e6, 0, 0},
		{"002-ad-spend-2019", claims.Accurate, nil, 150e6, 0, 150e6},
		// €265 million is $277.27 million at the ECB rate of 28 Nov 2022 (1.0463);
		// "$284 million" implies 1.0717, a rate of other days.
		{"003-dpc-fine-usd", claims.Approximately, []string{"overstated", "misdated"}, 284e6, 284.0 / 265, 265e6 * 1.0463},
		{"003-ca-settlement-725m", claims.Accurate, nil, 725e6, 0, 725e6},
		{"004-ca-users-difference-37m", claims.Accurate, nil, 37e6, 0, 37e6},
		{"004-report-twice-a-week", claims.Inaccurate, []string{"overstated", "conflicts:000-report-every-two-weeks"}, 2 * 365.2425 / 7, 0, 26},
		{"001-ca-scrutiny-2012", claims.Inaccurate, []string{"misdated", "conflicts:002-ca-scandal-2018"}, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			r, ok := byID[tt.id]
			if !ok {
				t.Fatalf("no claim %s", tt.id)
			}
			if r.Verdict != tt.verdict {
				t.Errorf("verdict %s, want %s (%s)", r.Verdict, tt.verdict, r.Explanation)
			}
			for _, f := range tt.flags {
				if !slices.Contains(r.Flags, f) {
					t.Errorf("flags %v lack %s", r.Flags, f)
				}
			}
			for _, c := range []struct {
				name string
				got  *float64
				want float64
			}{{"claimed", r.Claimed, tt.claimed}, {"computed", r.Computed, tt.computed}, {"reference", r.Reference, tt.reference}} {
				if c.want != 0 && !near(c.got, c.want, 1e-9) {
					t.Errorf("%s = %v, want %v", c.name, deref(c.got), c.want)
				}
			}
			if r.Explanation == "" || strings.Contains(r.Explanation, "%!") {
				t.Errorf("explanation %q", r.Explanation)
			}
		})
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// TestUserLedger checks a ledger a user writes about other periods of the
// same series.
func TestUserLedger(t *testing.T) {
	ledger := `# claims about other years
[[claim]]
id = "u-2015"
source = "mine.txt"
quote = "Facebook made $17.08 billion from ads in 2015"
kind = "value"
subject = "facebook.ad_revenue"
period = "2015"
claimed = "$17.08 billion"

[[claim]]
id = "u-2016"
source = "mine.txt"
quote = "about $30 billion in 2016"
kind = "value"
subject = "facebook.ad_revenue"
period = "2016"
claimed = "$30 billion"
hedge = "about"

[[claim]]
id = "u-growth"
source = "mine.txt"
quote = "from $11.5 billion in 2014 to $55 billion in 2018"
kind = "change"
subject = "facebook.ad_revenue"
from = "2014"
to = "2018"
claimed = "$11.5 billion"
claimed_end = "$55 billion"

[[claim]]
id = "u-nflx"
source = "other.txt"
quote = "Netflix streaming brought in about $8.3 billion in 2016"
kind = "value"
subject = "netflix.streaming_revenue"
period = "2016"
claimed = "$8.3 billion"
hedge = "about"
`
	cs, err := claims.ReadLedger(strings.NewReader(ledger), "mine.toml")
	if err != nil {
		t.Fatal(err)
	}
	results, err := checker(t).Check(cs, "mine.toml")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]claims.Verdict{
		"u-2015":   claims.Accurate,   // 17,079 USD millions
		"u-2016":   claims.Inaccurate, // 26,885: 11.6% off, beyond about's 5%
		"u-growth": claims.Accurate,   // 11,492 → 55,013
		"u-nflx":   claims.Accurate,   // 8,288,402 USD thousands
	}
	for _, r := range results {
		if r.Verdict != want[r.ID] {
			t.Errorf("%s: %s, want %s (%s)", r.ID, r.Verdict, want[r.ID], r.Explanation)
		}
	}
	if g := results[2]; !near(g.Reference, 55013.0/11492, 1e-12) {
		t.Errorf("u-growth reference multiple = %v", deref(g.Reference))
	}
}

func TestCheckLedgerErrors(t *testing.T) {
	base := "[[claim]]\nid = \"e\"\nsource = \"s.txt\"\nquote = \"q\"\nkind = \"value\"\n"
	tests := []struct{ name, body, want string }{
		{"unknown series", "subject = \"facebook.add_revenue\"\nperiod = \"2012\"\nclaimed = \"$1 billion\"\n",
			`bad.toml:1:1: claim "e": unknown subject "facebook.add_revenue": neither a series of the data package nor an event of the events table`},
		{"unknown period", "subject = \"facebook.ad_revenue\"\nperiod = \"2031\"\nclaimed = \"$1 billion\"\n",
			`bad.toml:1:1: claim "e": unknown period 2031 for series facebook.ad_revenue (it has 2012 to 2019)`},
		{"unit mismatch", "subject = \"facebook.ad_revenue\"\nperiod = \"2012\"\nclaimed = \"€1 billion\"\n",
			`bad.toml:1:1: claim "e": claimed figure is in EUR but facebook.ad_revenue is in USD`},
		{"bad amount", "subject = \"facebook.ad_revenue\"\nperiod = \"2012\"\nclaimed = \"lots\"\n",
			`bad.toml:1:1: claim "e": cannot parse "lots" as amount`},
	}
	ck := checker(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, err := claims.ReadLedger(strings.NewReader(base+tt.body), "bad.toml")
			if err != nil {
				t.Fatal(err)
			}
			_, err = ck.Check(cs, "bad.toml")
			var le *claims.LedgerError
			if !errors.As(err, &le) {
				t.Fatalf("error %v is not a *LedgerError", err)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error\n got %q\nwant %q", err, tt.want)
			}
		})
	}
}

// TestQuotesVerbatim checks that every quote is copied exactly from its
// article, and no longer than a sentence or two. The articles are not part
// of the project; they stand beside it in ../shared/seeds.
func TestQuotesVerbatim(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("the articles are not beside the project (%v)", err)
	}
	ledger, err := fbnetflix.Ledger()
	if err != nil {
		t.Fatal(err)
	}
	sources := map[string]int{}
	for _, c := range ledger {
		text, err := os.ReadFile(filepath.Join(dir, c.Source))
		if err != nil {
			t.Errorf("%s: %v", c.ID, err)
			continue
		}
		sources[c.Source]++
		if !strings.Contains(string(text), c.Quote) {
			t.Errorf("%s: quote is not in %s: %q", c.ID, c.Source, c.Quote)
		}
		if n := len([]rune(c.Quote)); n > 400 {
			t.Errorf("%s: quote of %d characters is longer than a claim needs", c.ID, n)
		}
	}
	if len(sources) != 5 {
		t.Errorf("ledger quotes %d articles, want 5: %v", len(sources), sources)
	}
}

// TestResearchVerdicts asserts the verdicts that the public sources of
// events.csv decide, by claim id, with the flags that say how.
func TestResearchVerdicts(t *testing.T) {
	byID := map[string]claims.Result{}
	for _, r := range checkEmbedded(t) {
		byID[r.ID] = r
	}
	tests := []struct {
		id      string
		verdict claims.Verdict
		flags   []string
		says    []string // substrings of the explanation
	}{
		{"000-hastings-board-start", claims.Accurate, nil, []string{"The Hollywood Reporter", "https://www.hollywoodreporter.com/"}},
		{"001-hastings-board-end", claims.Accurate, nil, []string{"2019-05-30"}},
		{"000-partnership-decade", claims.Inaccurate, []string{"overstated", "alleged"}, []string{"advertiser class plaintiffs"}},
		{"001-partnership-nearly-decade", claims.Accurate, []string{"alleged"}, nil},
		// "since"-words bound a start from above: 2011 or earlier.
		{"003-partnership-start-2011", claims.Accurate, []string{"alleged"}, []string{"in or before 2011"}},
		{"004-partnership-since-2011", claims.Accurate, []string{"alleged"}, []string{"in or before 2011"}},
		{"004-partnership-until-now", claims.Inaccurate, []string{"misdated", "alleged", "conflicts:001-partnership-end-2019"}, []string{"still running in 2024"}},
		{"001-partnership-end-2019", claims.Accurate, []string{"conflicts:004-partnership-until-now"}, nil},
		// Relative timing against two events.
		{"001-integration-after-board", claims.Accurate, nil, []string{"2011-07-25", "Reed Hastings joins Facebook's board"}},
		{"003-inbox-api-within-a-month", claims.Inaccurate, []string{"misdated"}, []string{"1.5 to 2.6 years"}},
		{"001-watch-budget-cut-2018-03", claims.Inaccurate, []string{"misdated", "alleged"}, []string{"2018-05"}},
		{"004-e2ee-launch-2016-04", claims.Inaccurate, []string{"misdated"}, []string{"2016-07-08"}},
		{"004-e2ee-default-2022-08", claims.Inaccurate, []string{"misdated"}, []string{"2023-12"}},
		{"001-netflix-ad-revenue-2019", claims.Inaccurate, []string{"misdated"}, []string{"2022-11-03"}},
		{"001-vppa-lobbying-2011", claims.Accurate, nil, []string{"https://thenextweb.com/"}},
		// Totals against vague magnitudes.
		{"003-fines-millions", claims.Inaccurate, []string{"understated"}, []string{"$5.1 billion in all"}},
		{"004-fines-hundreds-of-millions", claims.Inaccurate, []string{"understated"}, []string{"$5.1 billion in all"}},
		{"000-total-ad-spend", claims.Accurate, []string{"alleged"}, []string{"hundreds of millions of dollars"}},
		// "over $100 million" against a report of exactly $100 million, from social media.
		{"002-access-payment-100m", claims.Approximately, []string{"overstated", "alleged"}, []string{"Deedy"}},
		{"003-message-access-decade", claims.Inaccurate, []string{"overstated", "alleged"}, []string{"alleged by Netflix"}},
		{"003-leak-half-billion", claims.Accurate, nil, []string{"533 million users"}},
		{"003-leak-period-start", claims.Disputed, nil, []string{"2018-05-25", "2017-06"}},
		{"003-documents-unsealed-2024-03-23", claims.Accurate, nil, nil},
		{"003-plaintiffs-two", claims.Accurate, nil, []string{"Dkt. 1"}},
		{"004-nyt-message-profit", claims.Unverifiable, nil, []string{"searched the New York Times report"}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			r, ok := byID[tt.id]
			if !ok {
				t.Fatalf("no claim %s", tt.id)
			}
			if r.Verdict != tt.verdict {
				t.Errorf("verdict %s, want %s (%s)", r.Verdict, tt.verdict, r.Explanation)
			}
			for _, f := range tt.flags {
				if !slices.Contains(r.Flags, f) {
					t.Errorf("flags %v lack %s", r.Flags, f)
				}
			}
			for _, s := range tt.says {
				if !strings.Contains(r.Explanation, s) {
					t.Errorf("explanation lacks %q: %s", s, r.Explanation)
				}
			}
		})
	}
}

// TestMeasuresLikeWithLike: a commitment is checked against the reported
// commitment; a spending rate of another report is named, not compared.
func TestMeasuresLikeWithLike(t *testing.T) {
	for _, r := range checkEmbedded(t) {
		if r.ID != "001-ad-spend-2017" {
			continue
		}
		if r.Verdict != claims.Accurate || !strings.Contains(r.Explanation, "(commitment)") ||
			!strings.Contains(r.Explanation, "not compared, as another measure: IndieWire via Yahoo's $40 million is a rate") {
			t.Errorf("001-ad-spend-2017: %s: %s", r.Verdict, r.Explanation)
		}
		return
	}
	t.Fatal("no claim 001-ad-spend-2017")
}

// TestQuoteInContext: 000's "partnership begun in 2013" is, by the next
// sentence, the Extended API agreements: one sentence, one claim.
func TestQuoteInContext(t *testing.T) {
	for _, r := range checkEmbedded(t) {
		if r.ID == "000-partnership-start-2013" {
			t.Errorf("000's 2013 is checked twice: %s", r.ID)
		}
		if r.ID == "000-extended-api-2013" {
			if !strings.HasPrefix(r.Quote, "The unscrupulous partnership begun in 2013. This was when") || r.Verdict != claims.Accurate {
				t.Errorf("000-extended-api-2013: %s %q", r.Verdict, r.Quote)
			}
		}
	}
}

// TestConversionBestDay: "$284 million" for €265 million fits the rate of
// the article's publication day better than the event day's, and the rate
// of 20 March 2023 best of all.
func TestConversionBestDay(t *testing.T) {
	for _, r := range checkEmbedded(t) {
		if r.ID != "003-dpc-fine-usd" {
			continue
		}
		for _, s := range []string{"the rate of 2024-04-02, the day the article was published, is 1.0749 (+2.73% from the event day's) and reproduces it",
			"it fits the publication day's better", "it fits best the rate of 2023-03-20 (1.0717, +2.43% from the event day's)"} {
			if !strings.Contains(r.Explanation, s) {
				t.Errorf("explanation lacks %q: %s", s, r.Explanation)
			}
		}
		return
	}
	t.Fatal("no claim 003-dpc-fine-usd")
}

// TestEverySourceNamed: every decided claim cites a source, a web source
// with its address in the explanation; every reference event names its
// source, and every research row its address.
func TestEverySourceNamed(t *testing.T) {
	for _, r := range checkEmbedded(t) {
		if r.Verdict == claims.Unverifiable {
			continue
		}
		if len(r.Citations) == 0 {
			t.Errorf("%s (%s) cites nothing", r.ID, r.Verdict)
		}
		for _, c := range r.Citations {
			for _, w := range strings.Fields(c) {
				if strings.HasPrefix(w, "http") && !strings.Contains(r.Explanation, strings.TrimRight(w, ",;")) {
					t.Errorf("%s: explanation does not show %s", r.ID, w)
				}
			}
		}
	}
	ev, err := fbnetflix.Events()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ev.IDs() {
		e, _ := ev.Get(id)
		switch {
		case e.Source.Kind == "none":
			if !strings.HasPrefix(e.Source.Note, "not found") {
				t.Errorf("event %s has no source and does not say what was not found", id)
			}
		case e.Source.Document == "":
			t.Errorf("event %s names no source", id)
		case e.Published != "" && !strings.HasPrefix(e.URL, "http"):
			t.Errorf("event %s is a web page (published %s) without its address", id, e.Published)
		}
	}
	pkg, err := fbnetflix.Data()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range pkg.IDs() {
		for _, s := range pkg.Vintages(id) {
			for _, pt := range s.Points() {
				if !pt.Missing && pt.Source.Document == "" {
					t.Errorf("%s %q %s: a figure without a source", id, s.Vintage(), pt.Period)
				}
			}
		}
	}
}
