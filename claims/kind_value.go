package claims

// Value claims: an amount or count about a series at a period ("$69.66
// billion in 2019") or about an event ("a $5 billion penalty"), read with
// finance.ParseAmount or as a vague magnitude ("hundreds of millions").

import (
	"fmt"
	"math"
	"strings"

	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/series"
)

// checkValue checks a value claim about a series or, when the subject is
// not a series, about an event.
func (ck *Checker) checkValue(c Claim) (Result, error) {
	if vintages := ck.Data.Vintages(c.Subject); len(vintages) > 0 {
		return atPeriod((*Checker).checkSeriesValue)(ck, c, vintages)
	}
	e, err := ck.event(c.Subject)
	if err != nil {
		return Result{}, err
	}
	return ck.checkEventValue(c, e)
}

// checkSeriesValue checks a figure about a series at a period against
// every vintage that has it: the primary decides; where there is no
// primary (reports that disagree, as press reports of one company's ad spend), each
// independent report is asked, and disagreement among them is disputed.
func (ck *Checker) checkSeriesValue(c Claim, vintages []*series.Series) (Result, error) {
	cl, err := parseFigure(c.Claimed)
	if err != nil {
		return Result{}, err
	}
	unit := vintages[0].Unit()
	if err := checkUnit(cl.unit, unit, c.Subject); err != nil {
		return Result{}, err
	}
	var reports []report
	var unlike []string
	periodKnown, primaryGap := false, false
	for _, s := range vintages {
		pt, ok := s.At(c.Period)
		if !ok {
			continue
		}
		periodKnown = true
		if pt.Missing {
			primaryGap = primaryGap || s.Vintage() == ""
			continue
		}
		label := s.Vintage()
		if label == "" {
			label = pt.Source.Document
		}
		if m := pointMeasure(pt.Source); c.Measure != "" && m != "" && m != c.Measure {
			if pt.Source.Kind != "seed" {
				unlike = append(unlike, fmt.Sprintf("%s's %s is a %s", label, finance.FormatValueIn(pt.Value, unit), m))
			}
			continue // compare like with like
		}
		reports = append(reports, report{value: pt.Value, source: pt.Source, label: label})
	}
	if !periodKnown {
		return Result{}, fmt.Errorf("unknown period %s for series %s (%s)", c.Period, c.Subject, spanOf(vintages[0]))
	}
	r := Result{Claimed: num(cl.point)}
	what := fmt.Sprintf("%s %s", vintages[0].Name(), c.Period)
	if primaryGap && vintages[0].Vintage() == "" {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("No reference gives %s: the sources say it is not available.", what)
		return r, nil
	}
	if c.Measure != "" {
		what = fmt.Sprintf("%s %s (%s)", vintages[0].Name(), c.Period, c.Measure)
	}
	r = judgeReports(c, cl, what, unit, reports, vintages[0].Vintage() == "")
	if len(unlike) > 0 {
		r.Explanation = strings.TrimSuffix(r.Explanation, ".") + "; not compared, as another measure: " + strings.Join(unlike, "; ") + "."
	}
	return r, nil
}

// pointMeasure reads the measure of a point from its note: a note that
// starts "measure: rate;" (or spend, commitment) says what the figure
// measures; any other note leaves it unstated.
func pointMeasure(s series.Source) string {
	rest, ok := strings.CutPrefix(s.Note, "measure: ")
	if !ok {
		return ""
	}
	m, _, _ := strings.Cut(rest, ";")
	return strings.TrimSpace(m)
}

// checkEventValue checks a figure about an event against the event's
// value, or, for a total (an event with parts), against the sum of its
// parts' values, whose rounding intervals add up. A figure that rests on
// a party's allegation is flagged alleged and names the party.
func (ck *Checker) checkEventValue(c Claim, e Event) (Result, error) {
	cl, err := parseFigure(c.Claimed)
	if err != nil {
		return Result{}, err
	}
	what := e.Name
	if e.Parts != "" {
		return ck.checkTotal(c, cl, e)
	}
	if v, ok := parseVague(e.Source.Quote); !e.HasValue && ok && e.Independent() {
		// The source gives a magnitude in words ("hundreds of millions of
		// dollars"): its range is the reference.
		j := judge(cl.iv, v.iv, v.point, ruleFor(c))
		r := Result{Claimed: num(cl.point), Verdict: j.verdict, Citations: []string{citeEvent(e)}}
		if j.flag != "" {
			r.Flags = append(r.Flags, j.flag)
		}
		r.Explanation = fmt.Sprintf("%q against %s, which %s puts at %q (%s to %s): %s.", hedged(c, c.Claimed), what, e.Source.Document,
			e.Source.Quote, finance.FormatFloatIn(v.iv.Lo, e.Unit), finance.FormatFloatIn(v.iv.Hi, e.Unit), describe(j, ruleFor(c)))
		allegation(&r, e)
		return r, nil
	}
	if !e.HasValue {
		r := Result{Claimed: num(cl.point), Verdict: Unverifiable,
			Explanation: fmt.Sprintf("No source gives a figure for %s.", what)}
		return r, nil
	}
	if err := checkUnit(cl.unit, e.Unit, c.Subject); err != nil {
		return Result{}, err
	}
	var reports []report
	var used []Event
	for _, s := range ck.Events.Sources(e.ID) {
		if s.HasValue && s.Unit == e.Unit {
			reports = append(reports, report{value: s.Value, source: s.Source, label: s.Source.Document, event: s})
			used = append(used, s)
		}
	}
	r := judgeReports(c, cl, what, e.Unit, reports, e.Source.Kind == "P")
	if r.Verdict != Unverifiable {
		allegation(&r, used...)
	}
	return r, nil
}

// checkTotal checks a figure against a total of several events (the
// event's parts): the sum of their values, each at its rounding.
func (ck *Checker) checkTotal(c Claim, cl claimed, e Event) (Result, error) {
	var sum series.Interval
	var point float64
	var names []string
	r := Result{Claimed: num(cl.point)}
	for _, id := range strings.Fields(e.Parts) {
		p, err := ck.event(id)
		if err != nil {
			return Result{}, fmt.Errorf("total %s: %v", e.ID, err)
		}
		if !p.HasValue || p.Unit != e.Unit {
			return Result{}, fmt.Errorf("total %s: part %s has no value in %s", e.ID, id, e.Unit)
		}
		iv := p.Value.Interval()
		sum.Lo, sum.Hi, point = sum.Lo+iv.Lo, sum.Hi+iv.Hi, point+p.Value.Float64()
		names = append(names, fmt.Sprintf("%s %s", p.Name, finance.FormatValueIn(p.Value, e.Unit)))
		r.Citations = append(r.Citations, citeEvent(p))
	}
	if err := checkUnit(cl.unit, e.Unit, c.Subject); err != nil {
		return Result{}, err
	}
	rule := ruleFor(c)
	j := judge(cl.iv, sum, point, rule)
	r.Verdict, r.Reference = j.verdict, num(point)
	if j.flag != "" {
		r.Flags = append(r.Flags, j.flag)
	}
	r.Explanation = fmt.Sprintf("%q against %s, %s in all (%s): %s.", hedged(c, c.Claimed), e.Name,
		finance.FormatFloatIn(point, e.Unit), strings.Join(names, " + "), describe(j, rule))
	return r, nil
}

// parseFigure reads a claimed figure: an amount as finance.ParseAmount
// reads it ("$4.28 billion", "725 million USD", "half a billion"), or a
// vague magnitude ("hundreds of millions of dollars") or a number in words.
func parseFigure(s string) (claimed, error) {
	a, err := finance.ParseAmount(s)
	if err == nil {
		iv := a.Value.Interval()
		if math.IsInf(iv.Lo, 0) || math.IsInf(iv.Hi, 0) {
			return claimed{}, fmt.Errorf("figure %q is beyond the range of a float64", s)
		}
		return claimed{point: a.Value.Float64(), iv: iv, unit: a.Unit.String()}, nil
	}
	if c, ok := parseVague(s); ok {
		return c, nil
	}
	return claimed{}, err
}

// claimed is a figure as a claim states it: its point, its rounding
// interval and its unit ("" for a bare count).
type claimed struct {
	point float64
	iv    series.Interval
	unit  string
	vague bool // a magnitude such as "hundreds of millions": no point
}

// estimate returns the figure as an Estimate: its point and its rounding
// interval.
func (c claimed) estimate() series.Estimate {
	return series.Estimate{Point: c.point, Lo: c.iv.Lo, Hi: c.iv.Hi}
}

// vagueMagnitudes reads the plural magnitudes articles use for figures
// they do not state: "millions" is at least two million and under a
// thousand million (where "billions" takes over); "tens of millions" is
// 10^7 to 10^8; "hundreds of millions" 10^8 to 10^9.
var vagueMagnitudes = map[string]float64{"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}

// smallNumbers reads counts written as words.
var smallNumbers = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a dozen": 12}

// parseVague reads "millions", "hundreds of millions of dollars",
// "billions" and small numbers written as words; ok is false for any
// other text.
func parseVague(s string) (claimed, bool) {
	t := strings.ToLower(strings.TrimSpace(s))
	unit := ""
	for suffix, u := range map[string]string{" of dollars": "USD", " of euros": "EUR"} {
		if rest, ok := strings.CutSuffix(t, suffix); ok {
			t, unit = rest, u
		}
	}
	if v, ok := smallNumbers[t]; ok {
		return claimed{point: v, iv: series.Interval{Lo: v, Hi: v}, unit: unit}, true
	}
	lo, hi := 2.0, 1000.0 // "millions": 2 million to a thousand million
	for prefix, f := range map[string]float64{"tens of ": 10, "hundreds of ": 100} {
		if rest, ok := strings.CutPrefix(t, prefix); ok {
			t, lo, hi = rest, f, 10*f
		}
	}
	m, ok := vagueMagnitudes[t]
	if !ok {
		return claimed{}, false
	}
	// The point is the geometric middle of the range, for the record only:
	// vague figures are judged by their range.
	return claimed{point: m * math.Sqrt(lo*hi), iv: series.Interval{Lo: m * lo, Hi: m * hi}, unit: unit, vague: true}, true
}
