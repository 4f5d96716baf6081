package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/claims"
	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/series"
)

func plotCommand(fs *flag.FlagSet) func([]string, io.Writer) error {
	dir := fs.String("data", "", "read the data package in `DIR` instead of the embedded one")
	out := fs.String("out", "charts", "write the charts into `DIR` (created if missing)")
	format := fs.String("format", "png", "chart `format`: "+strings.Join(plots.Formats(), ", "))
	vintage := fs.String("vintage", "", vintageUsage("plot"))
	return func(args []string, w io.Writer) error {
		if len(args) != 0 {
			return usagef("plot takes no arguments")
		}
		if !slices.Contains(plots.Formats(), *format) {
			return usagef("unknown --format %q (expected %s)", *format, strings.Join(plots.Formats(), ", "))
		}
		loaded, err := (&dataFlags{dir: *dir, format: formatTable}).load()
		if err != nil {
			return err
		}
		pkg := vintageView{pkg: loaded, vintage: *vintage}
		in := plots.Inputs{NetflixFacebookAdSpend: pkg.Vintages("netflix.facebook_ad_spend")}
		for _, s := range []struct {
			id  string
			dst **series.Series
		}{
			{"facebook.ad_revenue", &in.FacebookAdRevenue},
			{"netflix.streaming_revenue", &in.NetflixStreamingRevenue},
			{"netflix.marketing", &in.NetflixMarketing},
			{"facebook.mau", &in.FacebookMAU},
		} {
			if *s.dst, err = pkg.Series(s.id); err != nil {
				return err
			}
		}
		if in.Claim, err = growthClaim("facebook.ad_revenue"); err != nil {
			return err
		}
		charts, err := plots.Standard(in)
		if err != nil {
			return err
		}
		paths := make([]string, len(charts))
		for i, c := range charts {
			paths[i] = filepath.Join(*out, c.Name+"."+*format)
			if in := inputAt(paths[i], *dir); in != "" {
				return usagef("--out %s: chart %s would overwrite %s, a file of the data package (expected another directory)", *out, paths[i], in)
			}
		}
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return err
		}
		t := table{header: []string{"chart", "file"}}
		for i, c := range charts {
			if err := plots.WriteFile(paths[i], c.Plot, *format, c.Width, c.Height); err != nil {
				return fmt.Errorf("%s: %w", paths[i], err)
			}
			t.add(c.Title, paths[i])
		}
		return t.write(w, formatTable)
	}
}

// inputAt returns the file of the data package in dir that path names
// (the same file, by os.SameFile, whatever the path), or "" when path
// names none: the descriptor, the files its resources name, events.csv.
func inputAt(path, dir string) string {
	if dir == "" {
		return ""
	}
	target, err := os.Stat(path)
	if err != nil {
		return "" // nothing there to overwrite
	}
	inputs := []string{datapkg.DescriptorName, "events.csv"}
	if b, err := os.ReadFile(filepath.Join(dir, datapkg.DescriptorName)); err == nil {
		var d struct {
			Resources []struct {
				Path any `json:"path"`
			} `json:"resources"`
		}
		json.Unmarshal(b, &d) // the package loaded, so the descriptor is valid
		for _, r := range d.Resources {
			if p, ok := r.Path.(string); ok {
				inputs = append(inputs, filepath.FromSlash(p))
			}
		}
	}
	for _, in := range inputs {
		in = filepath.Join(dir, in)
		if info, err := os.Stat(in); err == nil && os.SameFile(info, target) {
			return in
		}
	}
	return ""
}

// growthClaim finds the first change claim about series id in the
// embedded ledger: the claim the claim charts draw.
func growthClaim(id string) (plots.GrowthClaim, error) {
	ledger, err := fbnetflix.Ledger()
	if err != nil {
		return plots.GrowthClaim{}, err
	}
	for _, c := range ledger {
		if c.Kind != claims.KindChange || c.Subject != id {
			continue
		}
		a, err := finance.ParseAmount(c.Claimed)
		if err != nil {
			return plots.GrowthClaim{}, err
		}
		b, err := finance.ParseAmount(c.ClaimedEnd)
		if err != nil {
			return plots.GrowthClaim{}, err
		}
		return plots.GrowthClaim{Quote: c.Quote, Source: c.Source, From: c.From, To: c.To, Start: a.Value, End: b.Value}, nil
	}
	return plots.GrowthClaim{}, fmt.Errorf("the ledger has no change claim about %s", id)
}
