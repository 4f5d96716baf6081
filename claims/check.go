package claims

import (
	"fmt"
	"math"
	"path"
	"slices"
	"strings"

	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/series"
)

// Data is the reference series a Checker reads. A datapkg.Package is one.
type Data interface {
	// Vintages returns every vintage of the series id, the primary
	// first; none when the id is unknown.
	Vintages(id string) []*series.Series
}

// Checker checks claims against reference series and events, and
// conversion claims against an exchange-rate table (package finance/ecb
// has the ECB's); a conversion claim with no table is unverifiable.
type Checker struct {
	Data   Data
	Events *Events
	Rates  *finance.RateTable
}

// Result is the verdict on one claim, with the figures behind it. Numbers
// are in base units (dollars, users) or plain ratios; nil where a figure
// does not apply. Claimed is the figure the article states (for a change,
// the multiple its two figures imply; for a conversion, the converted
// amount; for a frequency, occurrences a year; for a duration, years).
// Computed is what finfig derives from the claim's own figures: the CAGR
// they imply, the exchange rate a conversion implies. Reference is the
// same figure from the sources.
type Result struct {
	ID          string   `json:"id"`
	Source      string   `json:"source"`
	Quote       string   `json:"quote"`
	Kind        Kind     `json:"kind"`
	Verdict     Verdict  `json:"verdict"`
	Flags       []string `json:"flags"`
	Claimed     *float64 `json:"claimed"`
	Computed    *float64 `json:"computed"`
	Reference   *float64 `json:"reference"`
	Explanation string   `json:"explanation"`
	Citations   []string `json:"citations"`
}

func num(x float64) *float64 { return &x }

// finite reports whether every figure given is finite: a result must not
// carry an infinity or a NaN, which JSON cannot hold and no reader wants.
func finite(xs ...*float64) bool {
	for _, x := range xs {
		if x != nil && (math.IsInf(*x, 0) || math.IsNaN(*x)) {
			return false
		}
	}
	return true
}

// Check checks every claim of a ledger read from file. A claim that names
// an unknown series, event or period, or a figure that cannot be read, is
// an error of the ledger (a *LedgerError); a claim that cannot be decided
// is a result with verdict unverifiable or disputed.
func (ck *Checker) Check(ledger []Claim, file string) ([]Result, error) {
	out := make([]Result, 0, len(ledger))
	for _, c := range ledger {
		r, err := ck.check(c)
		if err == nil && !finite(r.Claimed, r.Computed, r.Reference) {
			err = fmt.Errorf("a figure of the claim or its reference is beyond the range of a float64")
		}
		if err != nil {
			return nil, &LedgerError{File: file, Line: c.Line, Column: 1, Msg: fmt.Sprintf("claim %q: %v", c.ID, err), Err: err}
		}
		r.ID, r.Source, r.Quote, r.Kind = c.ID, c.Source, c.Quote, c.Kind
		if r.Flags == nil {
			r.Flags = []string{}
		}
		if r.Citations == nil {
			r.Citations = []string{}
		}
		out = append(out, r)
	}
	crossCheck(ledger, out)
	return out, nil
}

func (ck *Checker) check(c Claim) (Result, error) {
	switch c.Kind {
	case KindValue:
		if ck.isSeries(c.Subject) {
			return ck.checkSeriesValue(c)
		}
		return ck.withEvent(c, ck.checkEventValue)
	case KindChange:
		return ck.checkChange(c)
	case KindDifference:
		return ck.withEvent(c, ck.checkDifference)
	case KindConversion:
		return ck.withEvent(c, ck.checkConversion)
	case KindDate:
		return ck.withEvent(c, checkDate)
	case KindFrequency:
		return ck.withEvent(c, checkFrequency)
	case KindDuration:
		return ck.withEvent(c, checkDuration)
	}
	return Result{}, fmt.Errorf("unknown kind %q", c.Kind)
}

func (ck *Checker) isSeries(id string) bool { return len(ck.Data.Vintages(id)) > 0 }

func (ck *Checker) event(id string) (Event, error) {
	if ck.Events != nil {
		if e, ok := ck.Events.Get(id); ok {
			return e, nil
		}
	}
	return Event{}, fmt.Errorf("unknown subject %q: neither a series of the data package nor an event of the events table", id)
}

func (ck *Checker) withEvent(c Claim, f func(Claim, Event) (Result, error)) (Result, error) {
	e, err := ck.event(c.Subject)
	if err != nil {
		return Result{}, err
	}
	return f(c, e)
}

// report is one source's figure for the claimed fact.
type report struct {
	value  series.Value
	source series.Source
	label  string // the vintage, or the document
}

func (r report) independent(claimSource string) bool {
	switch r.source.Kind {
	case "seed", "none", "":
		return false
	}
	return !r.fromArticle(claimSource)
}

// fromArticle reports whether the report is the claim's own article: its
// locator names the article's file (seeds/001_….txt). A claim cannot
// confirm itself.
func (r report) fromArticle(article string) bool {
	return article != "" && path.Base(r.source.Locator) == article
}

func cite(s series.Source) string {
	if s.Document == "" && s.Locator == "" {
		return ""
	}
	c := s.String()
	if s.Kind != "" {
		c += " [" + s.Kind + "]"
	}
	return c
}

// checkSeriesValue checks a figure about a series at a period against
// every vintage that has it: the primary decides; where there is no
// primary (reports that disagree, as Netflix's Facebook ad spend), each
// independent report is asked, and disagreement among them is disputed.
func (ck *Checker) checkSeriesValue(c Claim) (Result, error) {
	vintages := ck.Data.Vintages(c.Subject)
	if c.Period.IsZero() {
		return Result{}, fmt.Errorf("a value claim about series %s needs a period", c.Subject)
	}
	cl, err := parseFigure(c.Claimed)
	if err != nil {
		return Result{}, err
	}
	unit := vintages[0].Unit()
	if err := checkUnit(cl.unit, unit, c.Subject); err != nil {
		return Result{}, err
	}
	var reports []report
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
	return judgeReports(c, cl, what, unit, reports, vintages[0].Vintage() == ""), nil
}

// judgeReports judges a claimed figure against the reports of it.
func judgeReports(c Claim, cl claimed, what, unit string, reports []report, hasPrimary bool) Result {
	r := Result{Claimed: num(cl.point)}
	var indep, seeds []report
	for _, rep := range reports {
		if rep.independent(c.Source) {
			indep = append(indep, rep)
		} else if !rep.fromArticle(c.Source) {
			seeds = append(seeds, rep)
		}
	}
	if hasPrimary && len(indep) > 0 {
		indep = indep[:1] // the primary decides; restatements are noted
	}
	rule := ruleFor(c)
	if len(indep) == 0 {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("No independent source gives %s", what)
		if len(seeds) > 0 {
			var agree, differ []string
			for _, s := range seeds {
				if j := judge(cl.iv, s.value.Interval(), s.value.Float64(), rule); j.verdict == Accurate {
					agree = append(agree, s.label)
				} else {
					differ = append(differ, s.label+" says "+formatValue(s.value, unit))
				}
			}
			if len(agree) > 0 {
				r.Explanation += "; only the articles report it, and " + strings.Join(agree, ", ") + " agrees"
			}
			if len(differ) > 0 {
				r.Explanation += "; " + strings.Join(differ, ", ")
			}
		}
		r.Explanation += "."
		return r
	}
	var parts []string
	verdicts := map[Verdict]bool{}
	var worst judgement
	for i, rep := range indep {
		j := judge(cl.iv, rep.value.Interval(), rep.value.Float64(), rule)
		verdicts[j.verdict] = true
		if i == 0 || j.deviation > worst.deviation {
			worst = j
		}
		if i == 0 {
			r.Reference = num(rep.value.Float64())
		}
		parts = append(parts, fmt.Sprintf("%s gives %s (%s)", rep.label, formatValue(rep.value, unit), j.verdict))
		if ct := cite(rep.source); ct != "" {
			r.Citations = append(r.Citations, ct)
		}
	}
	claimText := hedged(c, c.Claimed)
	switch {
	case len(verdicts) > 1 && verdicts[Accurate] && (verdicts[Inaccurate] || verdicts[Approximately]):
		r.Verdict = Disputed
		r.Explanation = fmt.Sprintf("The sources disagree on %s: %s; %q cannot be decided.", what, strings.Join(parts, "; "), claimText)
		return r
	default:
		r.Verdict = worst.verdict
		if worst.flag != "" {
			r.Flags = append(r.Flags, worst.flag)
		}
	}
	ref := indep[0].value
	dev := ""
	if ref.Float64() != 0 && !cl.vague {
		dev = fmt.Sprintf(", %+.1f%%", 100*(cl.point/ref.Float64()-1))
	}
	if len(indep) == 1 {
		r.Explanation = fmt.Sprintf("%q against %s of %s (%s, %s%s): %s.", claimText, what,
			formatValue(ref, unit), precisionText(ref, unit), indep[0].label, dev, describe(worst, rule))
	} else {
		r.Explanation = fmt.Sprintf("%q against %s: %s.", claimText, what, strings.Join(parts, "; "))
	}
	return r
}

func hedged(c Claim, figure string) string {
	if c.Hedge == "" || ruleFor(c).Bound == Near && ruleFor(c).Tolerance == 0 {
		return figure
	}
	return c.Hedge + " " + figure
}

// precisionText says how precisely a reference states its figure.
func precisionText(v series.Value, unit string) string {
	if v.IsExact() {
		return "exact"
	}
	iv := v.Interval()
	return "±" + formatAmount((iv.Hi-iv.Lo)/2, unit)
}

func describe(j judgement, rule HedgeRule) string {
	switch j.verdict {
	case Accurate:
		switch {
		case j.flag == FlagUnderstated:
			return "the bound holds, though the true figure is well above it"
		case j.flag == FlagOverstated:
			return "the bound holds, though the true figure is well below it"
		case rule.Bound == Above || rule.Bound == Below:
			return "the bound holds"
		}
		return "consistent within rounding"
	case Approximately:
		return fmt.Sprintf("%.1f%% outside rounding, within the %.0f%% its hedge allows", 100*j.deviation, 100*rule.Tolerance)
	}
	return fmt.Sprintf("%.1f%% outside what it allows", 100*j.deviation)
}

func checkUnit(claimedUnit, unit, subject string) error {
	if claimedUnit == "" || claimedUnit == unit {
		return nil
	}
	if isCurrency(unit) || isCurrency(claimedUnit) {
		return fmt.Errorf("claimed figure is in %s but %s is in %s", claimedUnit, subject, unit)
	}
	return nil
}

func isCurrency(u string) bool {
	if len(u) != 3 {
		return false
	}
	for _, r := range u {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func (ck *Checker) checkEventValue(c Claim, e Event) (Result, error) {
	cl, err := parseFigure(c.Claimed)
	if err != nil {
		return Result{}, err
	}
	what := e.Name
	if !e.HasValue {
		r := Result{Claimed: num(cl.point), Verdict: Unverifiable,
			Explanation: fmt.Sprintf("No source gives a figure for %s.", what)}
		return r, nil
	}
	if err := checkUnit(cl.unit, e.Unit, c.Subject); err != nil {
		return Result{}, err
	}
	rep := report{value: e.Value, source: e.Source, label: e.Source.Document}
	return judgeReports(c, cl, what, e.Unit, []report{rep}, true), nil
}

// checkChange checks "from X in Y1 to Z in Y2": both figures, the
// multiple and CAGR they imply against the filings', and where the window
// ranks among the windows of the series.
func (ck *Checker) checkChange(c Claim) (Result, error) {
	vintages := ck.Data.Vintages(c.Subject)
	if len(vintages) == 0 {
		return Result{}, fmt.Errorf("unknown subject %q: not a series of the data package", c.Subject)
	}
	a, err := parseFigure(c.Claimed)
	if err != nil {
		return Result{}, err
	}
	b, err := parseFigure(c.ClaimedEnd)
	if err != nil {
		return Result{}, err
	}
	if !(a.point > 0 && a.iv.Lo > 0) {
		return Result{}, fmt.Errorf("claimed %q: a change from a figure that is not positive has no multiple or CAGR (expected a positive start figure)", c.Claimed)
	}
	if !(b.point >= 0) {
		return Result{}, fmt.Errorf("claimed_end %q: expected a figure that is not negative", c.ClaimedEnd)
	}
	for _, f := range []claimed{a, b} {
		if err := checkUnit(f.unit, vintages[0].Unit(), c.Subject); err != nil {
			return Result{}, err
		}
	}
	for _, p := range []series.Period{c.From, c.To} {
		if !anyHas(vintages, p) {
			return Result{}, fmt.Errorf("unknown period %s for series %s (%s)", p, c.Subject, spanOf(vintages[0]))
		}
	}
	years := series.YearsBetween(c.From, c.To)
	mult := series.Estimate{Point: b.point / a.point, Lo: b.iv.Lo / a.iv.Hi, Hi: b.iv.Hi / a.iv.Lo}
	cagr := func(m float64) float64 { return math.Pow(m, 1/years) - 1 }
	claimedCAGR := cagr(mult.Point)
	r := Result{Claimed: num(mult.Point), Computed: num(claimedCAGR)}
	// The reference is the primary series, or else the first independent
	// report that gives both periods.
	var s *series.Series
	for _, v := range vintages {
		pa, oka := v.At(c.From)
		pb, okb := v.At(c.To)
		if oka && okb && !pa.Missing && !pb.Missing &&
			(report{source: pa.Source}).independent(c.Source) && (report{source: pb.Source}).independent(c.Source) {
			s = v
			break
		}
		if v.Vintage() == "" {
			break
		}
	}
	if s == nil {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("%s to %s is %.2f× in %s years (CAGR %.1f%%), but no independent source gives %s for both %s and %s.",
			c.Claimed, c.ClaimedEnd, mult.Point, trimFloat(years), 100*claimedCAGR, vintages[0].Name(), c.From, c.To)
		return r, nil
	}
	ref, err := series.GrowthBetween(s, c.From, c.To)
	if err != nil {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("The sources give no growth for %s: %v.", s.Name(), err)
		return r, nil
	}
	r.Reference = num(ref.Multiple.Point)
	rule := ruleFor(c)
	ja := judge(a.iv, ref.Start.Interval(), ref.Start.Float64(), rule)
	jb := judge(b.iv, ref.End.Interval(), ref.End.Float64(), rule)
	jm := judge(mult.Interval(), ref.Multiple.Interval(), ref.Multiple.Point, rule)
	worst := jm
	for _, j := range []judgement{ja, jb} {
		if j.deviation > worst.deviation {
			worst = j
		}
	}
	r.Verdict = worst.verdict
	if worst.flag != "" {
		r.Flags = append(r.Flags, worst.flag)
	}
	// Favourable: in the top quarter of four or more comparable windows.
	rank, n, minYears, _ := series.WindowRank(s, c.From, c.To)
	favourable := n >= 4 && rank <= (n+3)/4
	if favourable {
		r.Flags = append(r.Flags, FlagWindowFavourable)
	}
	for _, p := range []series.Period{c.From, c.To} {
		pt, _ := s.At(p)
		if ct := cite(pt.Source); ct != "" && !slices.Contains(r.Citations, ct) {
			r.Citations = append(r.Citations, ct)
		}
	}
	r.Explanation = fmt.Sprintf("%s to %s is %.2f× in %s years (CAGR %.2f%%); the filings' %s to %s give %.2f× [%.3f, %.3f] (CAGR %.2f%% [%.2f%%, %.2f%%]): %s; the window ranks %d of %d windows of at least %s years by CAGR%s.",
		c.Claimed, c.ClaimedEnd, mult.Point, trimFloat(years), 100*claimedCAGR,
		formatValue(ref.Start, s.Unit()), formatValue(ref.End, s.Unit()),
		ref.Multiple.Point, ref.Multiple.Lo, ref.Multiple.Hi, 100*ref.CAGR.Point, 100*ref.CAGR.Lo, 100*ref.CAGR.Hi,
		describe(worst, rule), rank, n, trimFloat(minYears), map[bool]string{true: ", in the top quarter", false: ""}[favourable])
	return r, nil
}

func (ck *Checker) checkDifference(c Claim, a Event) (Result, error) {
	b, err := ck.event(c.Other)
	if err != nil {
		return Result{}, err
	}
	cl, err := parseFigure(c.Claimed)
	if err != nil {
		return Result{}, err
	}
	r := Result{Claimed: num(cl.point)}
	if !a.HasValue || !b.HasValue || !a.Independent() || !b.Independent() {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("No independent source gives both %s and %s.", a.Name, b.Name)
		return r, nil
	}
	if a.Unit != b.Unit {
		return Result{}, fmt.Errorf("events %s (%s) and %s (%s) have different units", a.ID, a.Unit, b.ID, b.Unit)
	}
	ia, ib := a.Value.Interval(), b.Value.Interval()
	diff := series.Interval{Lo: ia.Lo - ib.Hi, Hi: ia.Hi - ib.Lo}
	point := a.Value.Float64() - b.Value.Float64()
	r.Reference = num(point)
	j := judge(cl.iv, diff, point, ruleFor(c))
	r.Verdict = j.verdict
	if j.flag != "" {
		r.Flags = append(r.Flags, j.flag)
	}
	r.Citations = []string{cite(a.Source), cite(b.Source)}
	r.Explanation = fmt.Sprintf("%s − %s = %s (%s to %s with their rounding) against the claimed %s: %s.",
		formatValue(a.Value, a.Unit), formatValue(b.Value, b.Unit), formatAmount(point, a.Unit),
		formatAmount(diff.Lo, a.Unit), formatAmount(diff.Hi, a.Unit), c.Claimed, describe(j, ruleFor(c)))
	return r, nil
}

// checkDate checks the date an article gives an event: the event's date
// (or, for a span, its start or end) must fall in the claimed period, or
// before it for "by", after it for "after".
func checkDate(c Claim, e Event) (Result, error) {
	p, err := series.ParsePeriod(c.Claimed)
	if err != nil {
		return Result{}, err
	}
	d := e.Date
	if c.Edge == "end" {
		d = e.EndDate
	}
	r := Result{}
	if d.IsZero() {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("No source dates this (%s).", e.Name)
		return r, nil
	}
	if !e.Independent() {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("Only the articles date this (%s: %s); no independent source does.", e.Name, d)
		return r, nil
	}
	var ok bool
	rule := ruleFor(c)
	switch rule.Bound {
	case Below:
		ok = d.Start().Before(p.End())
	case Above:
		ok = !d.End().Before(p.Start())
	default:
		ok = d.Overlaps(p)
	}
	r.Citations = []string{cite(e.Source)}
	if ok {
		r.Verdict = Accurate
		r.Explanation = fmt.Sprintf("%s: dated %s by %s, consistent with %q.", e.Name, d, e.Source.Document, hedged(c, c.Claimed))
	} else {
		r.Verdict = Inaccurate
		r.Flags = []string{FlagMisdated}
		r.Explanation = fmt.Sprintf("%s: dated %s by %s, not %q.", e.Name, d, e.Source.Document, hedged(c, c.Claimed))
	}
	return r, nil
}

// cadenceTolerance allows for calendars: every two weeks is 26.09 a year,
// which a source may state as 26.
const cadenceTolerance = 0.02

func checkFrequency(c Claim, e Event) (Result, error) {
	per, err := parseCadence(c.Claimed)
	if err != nil {
		return Result{}, err
	}
	r := Result{Claimed: num(per)}
	if e.PerYear == 0 || !e.Independent() {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("No independent source states how often %s.", e.Name)
		return r, nil
	}
	r.Reference = num(e.PerYear)
	r.Citations = []string{cite(e.Source)}
	dev := per/e.PerYear - 1
	switch {
	case math.Abs(dev) <= cadenceTolerance:
		r.Verdict = Accurate
		r.Explanation = fmt.Sprintf("%q is %.1f a year; %s states %s (%.0f a year).", c.Claimed, per, e.Source.Document, quoteOr(e), e.PerYear)
	default:
		r.Verdict = Inaccurate
		r.Flags = []string{map[bool]string{true: FlagOverstated, false: FlagUnderstated}[dev > 0]}
		r.Explanation = fmt.Sprintf("%q is %.1f a year, %.1f× the %.0f a year that %s states (%s).", c.Claimed, per, per/e.PerYear, e.PerYear, e.Source.Document, quoteOr(e))
	}
	return r, nil
}

func quoteOr(e Event) string {
	if e.Source.Quote != "" {
		return fmt.Sprintf("%q", e.Source.Quote)
	}
	return e.Name
}

// checkDuration checks how long an article says something lasted against
// the span of the event: from its date to its end date, which at their
// precision allow a shortest and a longest span.
func checkDuration(c Claim, e Event) (Result, error) {
	cl, err := parseDuration(c.Claimed)
	if err != nil {
		return Result{}, err
	}
	r := Result{Claimed: num(cl.point)}
	if e.Date.IsZero() || e.EndDate.IsZero() || !e.Independent() {
		r.Verdict = Unverifiable
		r.Explanation = fmt.Sprintf("No independent source gives when this began and ended (%s).", e.Name)
		return r, nil
	}
	longest := e.EndDate.End().Sub(e.Date.Start()).Hours() / 24 / 365.2425
	shortest := math.Max(0, e.EndDate.Start().Sub(e.Date.End()).Hours()/24/365.2425)
	span := series.Interval{Lo: shortest, Hi: longest}
	mid := (shortest + longest) / 2
	r.Reference = num(mid)
	r.Citations = []string{cite(e.Source)}
	rule := ruleFor(c)
	j := judge(cl.iv, span, mid, rule)
	r.Verdict = j.verdict
	if j.flag != "" {
		r.Flags = append(r.Flags, j.flag)
	}
	r.Explanation = fmt.Sprintf("%s ran from %s to %s, %.1f to %.1f years, against %q: %s.", e.Name, e.Date, e.EndDate, shortest, longest, hedged(c, c.Claimed), describe(j, rule))
	return r, nil
}

func trimFloat(x float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", x), "0"), ".")
}

// spanOf says which periods a series has values for, for messages.
func spanOf(s *series.Series) string {
	first, last, ok := s.Span()
	if !ok {
		return "it has no values"
	}
	return fmt.Sprintf("it has %s to %s", first, last)
}

// anyHas reports whether any vintage has a point, or an explicit gap, at p.
func anyHas(vintages []*series.Series, p series.Period) bool {
	for _, v := range vintages {
		if _, ok := v.At(p); ok {
			return true
		}
	}
	return false
}
