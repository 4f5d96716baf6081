package claims

// Share claims: a figure is a percentage of a series' value at a period,
// "$1.6 billion, 9% of its 2018 revenue". The share the references give is
// part/whole, with the interval that the rounding of both implies
// (series.Estimate.Quo), and the claimed percentage is judged against it
// with the hedge rules, as any figure is.

import (
	"fmt"
	"strings"

	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/series"
)

// KindShare is a claim that a part is a share of a series' value (the
// whole) at a period: "9% of its 2018 revenue". Claimed is the percentage
// as written; Subject is the series of the whole and Period its period;
// the part is either Amount, a figure as written ("$1.6 billion"), or
// Other, a series whose value at Period is the part, or an event with a
// value.
const KindShare Kind = "share"

// checkShare checks a share claim: part/whole at the claim's period
// against the claimed percentage.
func (ck *Checker) checkShare(c Claim, vintages []*series.Series) (Result, error) {
	pct, err := parsePercent(c.Claimed)
	if err != nil {
		return Result{}, err
	}
	unit := vintages[0].Unit()
	whole, ok := vintages[0].At(c.Period)
	if !ok {
		return Result{}, fmt.Errorf("unknown period %s for series %s (%s)", c.Period, c.Subject, spanOf(vintages[0]))
	}
	r := Result{Claimed: num(pct.Point)}
	if whole.Missing {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("No reference gives %s %s: the sources say it is not available.", vintages[0].Name(), c.Period)
		return r, nil
	}
	part, partText, cites, err := ck.sharePart(c, unit)
	if err != nil {
		return Result{}, err
	}
	if part.Lo <= 0 && part.Hi <= 0 || whole.Value.Float64() <= 0 {
		return Result{}, fmt.Errorf("a share needs a positive part and whole (part %s, whole %s)", partText, finance.FormatValueIn(whole.Value, unit))
	}
	share := part.Quo(whole.Value.Estimate())
	if !share.Finite() {
		return Result{}, fmt.Errorf("share %s / %s is beyond the range of a float64", partText, finance.FormatValueIn(whole.Value, unit))
	}
	r.Computed, r.Reference = num(share.Point), num(share.Point)
	rule := ruleFor(c)
	j := judge(pct.Interval(), share.Interval(), share.Point, rule)
	r.Verdict = j.verdict
	if j.flag != "" {
		r.Flags = append(r.Flags, j.flag)
	}
	if ct := cite(whole.Source); ct != "" {
		r.Citations = append(r.Citations, ct)
	}
	r.Citations = append(r.Citations, cites...)
	r.Explanation = fmt.Sprintf("%s of %s %s (%s) is %.2f%% [%.2f%%, %.2f%%] against the claimed %s: %s.",
		partText, vintages[0].Name(), c.Period, finance.FormatValueIn(whole.Value, unit),
		100*share.Point, 100*share.Lo, 100*share.Hi, hedged(c, c.Claimed), describe(j, rule))
	return r, nil
}

// sharePart returns the part of a share claim as an Estimate in the
// whole's unit, how to write it, and its citations: the claim's Amount,
// or the value of the series or event Other at the claim's period.
func (ck *Checker) sharePart(c Claim, unit string) (series.Estimate, string, []string, error) {
	switch {
	case c.Amount != "" && c.Other != "":
		return series.Estimate{}, "", nil, fmt.Errorf("a share's part is amount or other, not both")
	case c.Amount != "":
		a, err := parseFigure(c.Amount)
		if err != nil {
			return series.Estimate{}, "", nil, err
		}
		if err := checkUnit(a.unit, unit, c.Subject); err != nil {
			return series.Estimate{}, "", nil, err
		}
		return a.estimate(), c.Amount, nil, nil
	case c.Other == "":
		return series.Estimate{}, "", nil, fmt.Errorf("a share needs its part: amount (a figure) or other (a series or event)")
	}
	if vs := ck.Data.Vintages(c.Other); len(vs) > 0 {
		pt, ok := vs[0].At(c.Period)
		if !ok || pt.Missing {
			return series.Estimate{}, "", nil, fmt.Errorf("series %s has no value at %s (%s)", c.Other, c.Period, spanOf(vs[0]))
		}
		if vs[0].Unit() != unit {
			return series.Estimate{}, "", nil, fmt.Errorf("part %s is in %s but %s is in %s", c.Other, vs[0].Unit(), c.Subject, unit)
		}
		var cites []string
		if ct := cite(pt.Source); ct != "" {
			cites = append(cites, ct)
		}
		return pt.Value.Estimate(), fmt.Sprintf("%s %s (%s)", vs[0].Name(), c.Period, finance.FormatValueIn(pt.Value, unit)), cites, nil
	}
	e, err := ck.event(c.Other)
	if err != nil {
		return series.Estimate{}, "", nil, err
	}
	if !e.HasValue || e.Unit != unit {
		return series.Estimate{}, "", nil, fmt.Errorf("event %s has no value in %s", e.ID, unit)
	}
	return e.Value.Estimate(), fmt.Sprintf("%s (%s)", e.Name, finance.FormatValueIn(e.Value, unit)), []string{citeEvent(e)}, nil
}

// parsePercent reads a percentage as written, "9%", "9.5 percent", "9 per
// cent", as a ratio with the rounding interval its digits show: "9%" is
// [0.085, 0.095].
func parsePercent(s string) (series.Estimate, error) {
	t := strings.TrimSpace(s)
	num := t
	for _, suffix := range []string{"%", " percent", " per cent", " pct"} {
		if rest, ok := strings.CutSuffix(strings.ToLower(t), suffix); ok {
			num = strings.TrimSpace(rest)
			break
		}
	}
	if num == t {
		return series.Estimate{}, fmt.Errorf("share %q: expected a percentage such as \"9%%\" or \"9.5 percent\"", s)
	}
	v, err := series.ParseValue(num)
	if err != nil {
		return series.Estimate{}, fmt.Errorf("share %q: %v", s, err)
	}
	if v.Float64() < 0 {
		return series.Estimate{}, fmt.Errorf("share %q: expected a percentage that is not negative", s)
	}
	return v.Estimate().Scale(0.01), nil
}
