package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/finfig/finfig/claims"
	"github.com/finfig/finfig/claims/extract"
	"github.com/finfig/finfig/finance/ecb"
)

func checkCommand(fset *flag.FlagSet) func([]string, io.Writer) error {
	d := addDataFlags(fset)
	ledgerPath := fset.String("ledger", "", "check the claims of the ledger `FILE` instead of the embedded one")
	articlePath := fset.String("article", "", "extract the claims of the article `FILE` (- for standard input) and check them")
	return func(args []string, w io.Writer) error {
		if *ledgerPath != "" && *articlePath != "" {
			return usagef("check takes --ledger or --article, not both")
		}
		pkg, err := d.load(args)
		if err != nil {
			return err
		}
		var ledger []claims.Claim
		var extracted []extract.Claim
		file := *articlePath
		if file != "" {
			if extracted, err = extractArticles(d.dir, pkg, []string{file}, false); err != nil {
				return err
			}
		} else if ledger, file, err = loadLedger(*ledgerPath); err != nil {
			return err
		}
		events, err := loadEvents(d.dir, pkg)
		if err != nil {
			return err
		}
		rates, err := ecb.Rates()
		if err != nil {
			return err
		}
		ck := &claims.Checker{Data: vintageView{pkg: pkg, vintage: d.vintage}, Events: events, Rates: rates}
		if *articlePath != "" {
			return writeResults(w, d.format, checkExtracted(ck, extracted, file))
		}
		results, err := ck.Check(ledger, file)
		if err != nil {
			return err
		}
		return writeResults(w, d.format, results)
	}
}

// checkExtracted checks extracted claims. A claim the checker cannot take
// (no subject, a kind it does not judge, a period the series lacks) is
// unverifiable with the reason, not an error: the claims are drafts.
func checkExtracted(ck *claims.Checker, cs []extract.Claim, file string) []claims.Result {
	results := make([]claims.Result, len(cs))
	var good []claims.Claim
	var goodAt []int
	for i, c := range cs {
		why := ""
		switch {
		case c.Subject == "":
			why = "the extractor could not tell what it is about (no series or event named)"
		default:
			if _, err := ck.Check([]claims.Claim{c.Claim}, file); err != nil {
				var le *claims.LedgerError
				if errors.As(err, &le) && le.Err != nil {
					why = le.Err.Error()
				} else {
					why = err.Error()
				}
			}
		}
		if why != "" {
			results[i] = claims.Result{ID: c.ID, Source: c.Source, Quote: c.Quote, Kind: c.Kind, Verdict: claims.Unverifiable,
				Flags: []string{}, Citations: []string{}, Explanation: fmt.Sprintf("Not checked: %s.", strings.TrimSuffix(why, "."))}
			continue
		}
		good = append(good, c.Claim)
		goodAt = append(goodAt, i)
	}
	// Checked together, so that claims that conflict are flagged.
	if rs, err := ck.Check(good, file); err == nil {
		for k, r := range rs {
			results[goodAt[k]] = r
		}
	}
	return results
}

func writeResults(w io.Writer, format string, results []claims.Result) error {
	if format == formatJSON {
		return writeJSON(w, results)
	}
	counts := map[claims.Verdict]int{}
	for _, r := range results {
		counts[r.Verdict]++
	}
	var parts []string
	for _, v := range claims.Verdicts {
		parts = append(parts, fmt.Sprintf("%d %s", counts[v], v))
	}
	summary := fmt.Sprintf("%d claims: %s", len(results), strings.Join(parts, ", "))
	if format == formatCSV {
		t := table{header: []string{"id", "source", "kind", "verdict", "flags", "claimed", "computed", "reference", "quote", "explanation", "citations"}}
		for _, r := range results {
			t.add(r.ID, r.Source, string(r.Kind), string(r.Verdict), strings.Join(r.Flags, " "),
				jsonNum(r.Claimed), jsonNum(r.Computed), jsonNum(r.Reference), r.Quote, r.Explanation, strings.Join(r.Citations, "; "))
		}
		return t.write(w, format)
	}
	// Table and Markdown: grouped by article, then the summary.
	var order []string
	bySource := map[string][]claims.Result{}
	for _, r := range results {
		if _, ok := bySource[r.Source]; !ok {
			order = append(order, r.Source)
		}
		bySource[r.Source] = append(bySource[r.Source], r)
	}
	for i, src := range order {
		if i > 0 {
			fmt.Fprintln(w)
		}
		heading := cleanCells([]string{src})[0] // one line, without control characters
		if format == formatMarkdown {
			fmt.Fprintf(w, "## %s\n\n", markdownEscaper.Replace(heading))
		} else {
			fmt.Fprintf(w, "%s\n", heading)
		}
		t := table{header: []string{"id", "verdict", "flags", "explanation"}}
		for _, r := range bySource[src] {
			t.add(r.ID, string(r.Verdict), strings.Join(r.Flags, " "), r.Explanation)
		}
		if err := t.write(w, format); err != nil {
			return err
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, summary)
	return nil
}

func jsonNum(p *float64) string {
	if p == nil {
		return ""
	}
	return fmt.Sprint(*p)
}
