package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/series"
)

// growthJSON is the stable JSON form of finfig growth; ratios are plain
// numbers (0.4897, not "48.97%"), null where a figure is not defined.
type growthJSON struct {
	Series        string    `json:"series"`
	From          string    `json:"from"`
	To            string    `json:"to"`
	Start         float64   `json:"start"`
	End           float64   `json:"end"`
	Multiple      float64   `json:"multiple"`
	Change        float64   `json:"change"`
	PctChange     float64   `json:"pct_change"`
	CAGR          float64   `json:"cagr"`
	LogGrowth     *float64  `json:"log_growth"`
	DoublingYears *float64  `json:"doubling_years"`
	TrendRate     *float64  `json:"trend_rate"`
	TrendR2       *float64  `json:"trend_r2"`
	YoY           []yoyJSON `json:"yoy"`
}

type yoyJSON struct {
	Period string   `json:"period"`
	Rate   *float64 `json:"rate"`
}

func growthCommand(fs *flag.FlagSet) func([]string, io.Writer) error {
	d := addDataFlags(fs)
	fromText := fs.String("from", "", "first `PERIOD` of the window (default: the first with a value)")
	toText := fs.String("to", "", "last `PERIOD` of the window (default: the last with a value)")
	return d.withSeries(func(s *series.Series, w io.Writer) error {
		first, last, ok := s.Span()
		if !ok {
			return fmt.Errorf("series %s has no values", s.ID())
		}
		if first == last && *fromText == "" && *toText == "" {
			return fmt.Errorf("series %s has one value, for %s: growth needs two", s.ID(), first)
		}
		from, to := first, last
		for _, f := range []struct {
			text string
			dst  *series.Period
		}{{*fromText, &from}, {*toText, &to}} {
			if f.text == "" {
				continue
			}
			p, err := series.ParsePeriod(f.text)
			if err != nil {
				return usagef("%v", err)
			}
			if p.Frequency() != s.Frequency() {
				return usagef("%s is %s, but %s is %s (expected a period such as %s)", p, p.Frequency(), s.ID(), s.Frequency(), first)
			}
			if p.Before(first) || last.Before(p) {
				return usagef("%s is outside the values of %s, %s to %s", p, s.ID(), first, last)
			}
			*f.dst = p
		}
		g, err := series.GrowthBetween(s, from, to)
		if err != nil {
			var ge *series.GrowthError
			if errors.As(err, &ge) && (errors.Is(err, series.ErrReversedWindow) || errors.Is(err, series.ErrEmptyWindow) || errors.Is(err, series.ErrFrequencyMismatch)) {
				return usagef("%v", err)
			}
			return err
		}
		o := growthJSON{Series: s.ID(), From: from.String(), To: to.String(), Start: g.Start.Float64(), End: g.End.Float64(),
			Multiple: g.Multiple.Point, Change: g.Change.Point, PctChange: g.PctChange.Point, CAGR: g.CAGR.Point, YoY: []yoyJSON{}}
		if g.HasLog {
			o.LogGrowth = &g.LogGrowth.Point
		}
		if g.HasDoubling {
			o.DoublingYears = &g.DoublingYears.Point
		}
		window, err := windowOf(s, from, to)
		if err != nil {
			return err
		}
		if fit, err := series.Trend(window); err == nil {
			o.TrendRate, o.TrendR2 = &fit.Rate, &fit.R2
		}
		for _, r := range series.YoY(window) {
			y := yoyJSON{Period: r.Period.String()}
			if r.Err == nil {
				rate := r.Point
				y.Rate = &rate
			}
			o.YoY = append(o.YoY, y)
		}
		if d.format == formatJSON {
			return writeJSON(w, o)
		}
		pct := func(p *float64) string {
			if p == nil {
				return "n/a"
			}
			return fmt.Sprintf("%.2f%%", 100**p)
		}
		t := table{header: []string{"measure", "value", "within rounding"}}
		t.add("series", s.ID(), "")
		t.add("window", fmt.Sprintf("%s to %s (%g years)", from, to, g.Years), "")
		t.add("start", finance.FormatValueIn(g.Start, s.Unit()), "")
		t.add("end", finance.FormatValueIn(g.End, s.Unit()), "")
		t.add("multiple", fmt.Sprintf("%.4f", g.Multiple.Point), fmt.Sprintf("[%.4f, %.4f]", g.Multiple.Lo, g.Multiple.Hi))
		t.add("change", finance.FormatFloatIn(g.Change.Point, s.Unit()), "")
		t.add("pct change", fmt.Sprintf("%.2f%%", 100*g.PctChange.Point), "")
		t.add("CAGR", fmt.Sprintf("%.2f%%", 100*g.CAGR.Point), fmt.Sprintf("[%.3f%%, %.3f%%]", 100*g.CAGR.Lo, 100*g.CAGR.Hi))
		t.add("log growth", pct(o.LogGrowth), "")
		if o.DoublingYears != nil {
			t.add("doubling time", fmt.Sprintf("%.2f years", *o.DoublingYears), "")
		} else {
			t.add("doubling time", "n/a (no growth)", "")
		}
		t.add("trend rate", pct(o.TrendRate), "")
		if o.TrendR2 != nil {
			t.add("trend R²", fmt.Sprintf("%.4f", *o.TrendR2), "")
		}
		for _, y := range o.YoY {
			t.add("YoY "+y.Period, pct(y.Rate), "")
		}
		return t.write(w, d.format)
	})
}

// windowOf returns the points of s from first to last as a series.
func windowOf(s *series.Series, first, last series.Period) (*series.Series, error) {
	var pts []series.Point
	for p, pt := range s.All() {
		if !p.Before(first) && !last.Before(p) {
			pts = append(pts, pt)
		}
	}
	return series.New(s.Meta(), pts)
}
