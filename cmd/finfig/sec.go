package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/finfig/finfig/sec"
)

// tickerFlag collects --ticker CIK=NAME.
type tickerFlag map[int64]string

func (t tickerFlag) String() string { return "" }

func (t tickerFlag) Set(s string) error {
	cik, name, ok := strings.Cut(s, "=")
	n, err := strconv.ParseInt(strings.TrimPrefix(strings.ToUpper(cik), "CIK"), 10, 64)
	if !ok || err != nil || n <= 0 || name == "" {
		return fmt.Errorf("%q is not CIK=NAME (expected such as 1065280=NFLX)", s)
	}
	t[n] = name
	return nil
}

func secImportCommand(fset *flag.FlagSet) func([]string, io.Writer) error {
	out := fset.String("out", "", "write the data package into `DIR`, merging into the package it holds")
	skipBad := fset.Bool("skip-bad", false, "leave out facts that cannot be read (a missing or wrong-typed field, an unknown unit, an impossible period) and count them, instead of failing")
	names := tickerFlag{}
	fset.Var(names, "ticker", "name the series of a company `CIK=NAME` (repeatable), such as 1065280=NFLX")
	return func(args []string, w io.Writer) error {
		if *out == "" {
			return usagef("sec import needs --out DIR")
		}
		if len(args) == 0 {
			return usagef("sec import takes one or more FILEs of company facts (JSON, or the bulk zip)")
		}
		for _, a := range args {
			if _, err := statArg(a, "%s does not exist (expected a company-facts JSON file or a zip of them)"); isUsage(err) {
				return err // other errors are sec.Import's to report
			}
		}
		r, err := sec.Import(*out, args, sec.Options{SkipBad: *skipBad, Names: names})
		if err != nil {
			return err
		}
		t := table{header: []string{"imported", "count"}}
		for _, row := range []struct {
			what string
			n    int
		}{
			{"files", r.Files}, {"companies", r.Companies}, {"facts", r.Facts}, {"series", r.Series},
			{"points (all vintages)", r.Points}, {"series restated", r.Restated}, {"quarters derived", r.Derived},
			{"facts skipped (--skip-bad)", r.BadFacts},
		} {
			t.add(row.what, strconv.Itoa(row.n))
		}
		for _, why := range r.SortedReasons() {
			t.add("not imported: "+why, strconv.Itoa(r.NotImported[why]))
		}
		if err := t.write(w, formatTable); err != nil {
			return err
		}
		for _, e := range r.Bad {
			fmt.Fprintf(w, "skipped: %v\n", e)
		}
		if r.BadFacts > len(r.Bad) {
			fmt.Fprintf(w, "skipped: and %d more\n", r.BadFacts-len(r.Bad))
		}
		fmt.Fprintf(w, "wrote %s\n", *out)
		return nil
	}
}

func secFetchCommand(fset *flag.FlagSet) func([]string, io.Writer) error {
	out := fset.String("out", "", "save the company facts into `DIR` (files there are asked for again only if changed)")
	ua := fset.String("user-agent", "", "the `\"NAME EMAIL\"` the SEC requires in every request")
	return func(args []string, w io.Writer) error {
		if *out == "" {
			return usagef("sec fetch needs --out DIR")
		}
		if strings.TrimSpace(*ua) == "" {
			return usagef("sec fetch needs --user-agent \"NAME EMAIL\": %v", sec.ErrNoUserAgent)
		}
		if len(args) == 0 {
			return usagef("sec fetch takes one or more CIKs or tickers")
		}
		f := &sec.Fetcher{UserAgent: *ua}
		if info, err := os.Stderr.Stat(); err == nil && info.Mode()&os.ModeCharDevice != 0 {
			f.Progress = os.Stderr
		}
		return fetchAll(context.Background(), f, args, *out, w)
	}
}

// fetchAll fetches the company facts of each CIK or ticker into dir.
func fetchAll(ctx context.Context, f *sec.Fetcher, args []string, dir string, w io.Writer) error {
	var tickers []string
	ciks := make([]int64, len(args))
	for i, a := range args {
		n, err := strconv.ParseInt(strings.TrimPrefix(strings.ToUpper(a), "CIK"), 10, 64)
		if err == nil && n > 0 {
			ciks[i] = n
			continue
		}
		tickers = append(tickers, a)
	}
	if len(tickers) > 0 {
		found, err := f.LookupTickers(ctx, tickers, dir)
		if err != nil {
			return err
		}
		for i, a := range args {
			if ciks[i] == 0 {
				ciks[i] = found[a]
			}
		}
	}
	t := table{header: []string{"company", "file", "bytes", "status"}}
	for i, cik := range ciks {
		if f.Progress != nil {
			fmt.Fprintf(f.Progress, "\r%d/%d %s", i+1, len(ciks), sec.FactsFile(cik))
		}
		r, err := f.FetchFacts(ctx, cik, dir)
		if err != nil {
			return err
		}
		status := "downloaded"
		if !r.Downloaded {
			status = "unchanged (304)"
		}
		t.add(args[i], r.Path, strconv.FormatInt(r.Bytes, 10), status)
	}
	return t.write(w, formatTable)
}
