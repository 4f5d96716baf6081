package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/finfig/finfig/claims"
	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/series"
)

func plotCommand(fs *flag.FlagSet) func([]string, io.Writer) error {
	dir := fs.String("data", "", "read the data package in `DIR` instead of the embedded one")
	out := fs.String("out", "charts", "write the charts into `DIR` (created if missing)")
	format := fs.String("format", "png", "chart `format`: "+strings.Join(plots.Formats(), ", "))
	return func(args []string, w io.Writer) error {
		if len(args) != 0 {
			return usagef("plot takes no arguments")
		}
		if !slices.Contains(plots.Formats(), *format) {
			return usagef("unknown --format %q (expected %s)", *format, strings.Join(plots.Formats(), ", "))
		}
		pkg, err := (&dataFlags{dir: *dir, format: formatTable}).load()
		if err != nil {
			return err
		}
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
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return err
		}
		t := table{header: []string{"chart", "file"}}
		for _, c := range charts {
			path := filepath.Join(*out, c.Name+"."+*format)
			if err := plots.WriteFile(path, c.Plot, *format, c.Width, c.Height); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			t.add(c.Title, path)
		}
		return t.write(w, formatTable)
	}
}

// growthClaim finds the first change claim about series id in the
// embedded ledger: the claim the claim charts draw.
func growthClaim(id string) (plots.GrowthClaim, error) {
	ledger, err := claims.EmbeddedLedger()
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
