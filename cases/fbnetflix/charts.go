package fbnetflix

import (
	"fmt"

	"github.com/finfig/finfig/claims"
	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/series"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
)

// chartData is what the case's charts are drawn from.
type chartData struct {
	adRevenue *series.Series   // facebook.ad_revenue
	streaming *series.Series   // netflix.streaming_revenue
	marketing *series.Series   // netflix.marketing, as first filed
	mau       *series.Series   // facebook.mau
	adSpend   []*series.Series // netflix.facebook_ad_spend, one vintage per report
	claim     plots.GrowthClaim
}

// Charts builds the case's charts from its data package (Data) and its
// ledger (Ledger), in order:
//
//	01-revenue-linear     Facebook's advertising and Netflix's streaming revenue, linear scale
//	02-revenue-log        both revenues, log scale
//	03-revenue-yoy        their growth on the year before, grouped bars
//	04-revenue-index      both indexed to their first common year = 100
//	05a-ad-spend-reports  Netflix's spending on Facebook ads, each report its own mark
//	05b-ad-spend-shares   that spending as a share of Netflix marketing and Facebook ad revenue
//	06a-claim-figures     the ledger's growth claim about Facebook's ad revenue on the filed series
//	06b-claim-rounding    the claimed figures' rounding intervals against the filings'
//	06c-claim-windows     the CAGR of every window, the claimed one outlined
//	07-users              Facebook's monthly active users
//	08-revenue-per-user   advertising revenue per user
//
// The first error stops it.
func Charts(pkg *datapkg.Package, ledger []claims.Claim) ([]plots.Chart, error) {
	var d chartData
	for _, s := range []struct {
		id  string
		dst **series.Series
	}{
		{"facebook.ad_revenue", &d.adRevenue},
		{"netflix.streaming_revenue", &d.streaming},
		{"netflix.marketing", &d.marketing},
		{"facebook.mau", &d.mau},
	} {
		var err error
		if *s.dst, err = pkg.Series(s.id); err != nil {
			return nil, err
		}
	}
	d.adSpend = pkg.Vintages("netflix.facebook_ad_spend")
	var err error
	if d.claim, err = growthClaim(ledger, "facebook.ad_revenue"); err != nil {
		return nil, err
	}
	return d.charts()
}

// charts is the chart set: a list of calls to the general builders.
func (d chartData) charts() ([]plots.Chart, error) {
	fb, nf, mau := d.adRevenue, d.streaming, d.mau
	money, err := finance.ParseUnit(fb.Unit())
	if err != nil {
		return nil, err
	}
	users, err := finance.ParseUnit(mau.Unit())
	if err != nil {
		return nil, err
	}
	first, last := plots.Span(fb, nf)
	span := plots.SpanText(first, last)
	// Growth on the year before starts a year after the first value.
	yoySpan := plots.SpanText(first.Add(first.Frequency().PerYear()), last)
	base, err := plots.CommonStart(fb, nf)
	if err != nil {
		return nil, err
	}
	perYear := fb.Unit() + " per year"
	reports := "the reports"
	if len(d.adSpend) > 0 {
		reports = d.adSpend[0].Name()
	}
	return plots.BuildAll(
		plots.Build{Name: "01-revenue-linear", Plot: func() (*plot.Plot, error) {
			return plots.Lines(plots.Spec{Title: "Revenue, " + span, XLabel: "Fiscal year",
				YLabel: "Revenue (" + perYear + ")", Unit: money}, fb, nf)
		}},
		plots.Build{Name: "02-revenue-log", Plot: func() (*plot.Plot, error) {
			return plots.Lines(plots.Spec{Title: "Revenue, " + span + ", on a log scale", XLabel: "Fiscal year",
				YLabel: "Revenue (" + perYear + ", log scale)", Unit: money, Log: true}, fb, nf)
		}},
		plots.Build{Name: "03-revenue-yoy", Plot: func() (*plot.Plot, error) {
			return plots.YoYBars(plots.Spec{Title: "Growth on the year before, " + yoySpan, XLabel: "Fiscal year",
				YLabel: "Growth on the year before (%)"}, fb, nf)
		}},
		plots.Build{Name: "04-revenue-index", Plot: func() (*plot.Plot, error) {
			return plots.IndexLines(plots.Spec{Title: fmt.Sprintf("Revenue indexed to %s = 100", base), XLabel: "Fiscal year",
				YLabel: fmt.Sprintf("Index (%s = 100)", base)}, base, fb, nf)
		}},
		plots.Build{Name: "05a-ad-spend-reports", Plot: func() (*plot.Plot, error) {
			return plots.Reports(plots.Spec{Title: reports + ", as reported", XLabel: "Year", YLabel: perYear, Unit: money},
				d.adSpend...)
		}},
		plots.Build{Name: "05b-ad-spend-shares", Plot: func() (*plot.Plot, error) {
			return plots.Shares(plots.Spec{Title: "Reported spending as a share of two totals", XLabel: "Year",
				YLabel: "Share (log scale)"}, d.adSpend, d.marketing, fb)
		}},
		plots.Build{Name: "06a-claim-figures", Plot: func() (*plot.Plot, error) {
			return plots.ClaimFigures(plots.Spec{Title: "“" + d.claim.Quote + "”", XLabel: "Fiscal year",
				YLabel: perYear, Unit: money}, fb, d.claim)
		}},
		plots.Build{Name: "06b-claim-rounding", Plot: func() (*plot.Plot, error) {
			return plots.ClaimRounding(plots.Spec{Title: "Rounding: the claimed figures against the filings", XLabel: "Fiscal year",
				YLabel: "Difference from the filed figure (" + fb.Unit() + ")", Unit: money}, fb, d.claim)
		}},
		plots.Build{Name: "06c-claim-windows", Height: 5.5 * vg.Inch, Plot: func() (*plot.Plot, error) {
			return plots.WindowHeatMap(plots.Spec{Title: "CAGR of every window of " + fb.Name(), XLabel: "First year of the window",
				YLabel: "Last year of the window"}, fb, d.claim)
		}},
		plots.Build{Name: "07-users", Plot: func() (*plot.Plot, error) {
			return plots.Lines(plots.Spec{Title: mau.Name() + ", " + plots.SpanText(plots.Span(mau)),
				XLabel: "Fiscal year (at year end)", YLabel: "Users", Unit: users}, mau)
		}},
		plots.Build{Name: "08-revenue-per-user", Plot: func() (*plot.Plot, error) {
			return plots.PerUnit(plots.Spec{Title: fb.Name() + " per user, " + plots.SpanText(plots.Span(fb)),
				XLabel: "Fiscal year", YLabel: fb.Unit() + " per year-end user", Unit: money}, fb, mau)
		}},
	)
}

// growthClaim returns the first change claim of the ledger about series
// id: the claim the claim charts draw.
func growthClaim(ledger []claims.Claim, id string) (plots.GrowthClaim, error) {
	for _, c := range ledger {
		if c.Kind != claims.KindChange || c.Subject != id {
			continue
		}
		a, err := finance.ParseAmount(c.Claimed)
		if err != nil {
			return plots.GrowthClaim{}, fmt.Errorf("claim %s: %w", c.ID, err)
		}
		b, err := finance.ParseAmount(c.ClaimedEnd)
		if err != nil {
			return plots.GrowthClaim{}, fmt.Errorf("claim %s: %w", c.ID, err)
		}
		return plots.GrowthClaim{Quote: c.Quote, Source: c.Source, From: c.From, To: c.To, Start: a.Value, End: b.Value}, nil
	}
	return plots.GrowthClaim{}, fmt.Errorf("the ledger has no change claim about %s", id)
}
