package fbnetflix

import (
	"fmt"

	"github.com/finfig/finfig/claims"
	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/series"
)

// Charts builds the case's chart set from pkg (the case's data package,
// Data(), or a user's package with the same series) and ledger (the claim
// charts draw the first change claim about facebook.ad_revenue). The charts
// come in this order, by Name:
//
//	01-revenue-linear, 02-revenue-log, 03-revenue-yoy, 04-revenue-index,
//	05a-ad-spend-reports, 05b-ad-spend-shares, 06a-claim-figures,
//	06b-claim-rounding, 06c-claim-windows, 07-users, 08-revenue-per-user
func Charts(pkg *datapkg.Package, ledger []claims.Claim) ([]plots.Chart, error) {
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
		var err error
		if *s.dst, err = pkg.Series(s.id); err != nil {
			return nil, err
		}
	}
	var err error
	if in.Claim, err = growthClaim(ledger, "facebook.ad_revenue"); err != nil {
		return nil, err
	}
	return plots.Standard(in)
}

// growthClaim returns the first change claim about series id in ledger.
func growthClaim(ledger []claims.Claim, id string) (plots.GrowthClaim, error) {
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
