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
			return nil, &LedgerError{File: file, Line: c.Line, Column: 1, Err: &kindError{kind: ErrClaim, msg: fmt.Sprintf("claim %q: %v", c.ID, err), cause: err}}
		}
		r.ID, r.Source, r.Quote, r.Kind = c.ID, c.Source, c.Quote, c.Kind
		if r.Verdict == Unverifiable {
			// Say what was looked for: the reference row's note on what was
			// not found, and the ledger's note.
			if ck.Events != nil {
				if e, ok := ck.Events.Get(c.Subject); ok && e.Source.Note != "" && !strings.Contains(r.Explanation, e.Source.Note) {
					if strings.HasPrefix(e.Source.Note, "not found") {
						r.Explanation += " " + capitalise(e.Source.Note)
					} else {
						r.Explanation += " Searched: " + e.Source.Note
					}
				}
			}
			if c.Note != "" {
				r.Explanation += " " + c.Note
			}
		}
		r.Explanation = withAddresses(r.Explanation, r.Citations)
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

// checkKind is how each kind of claim is checked: kind_*.go holds, for
// each kind, the reading of its figure, the check against the references
// and the sentence that explains the verdict.
var checkKind = map[Kind]func(*Checker, Claim) (Result, error){
	KindValue:      (*Checker).checkValue,
	KindChange:     seriesCheck((*Checker).checkChange),
	KindDifference: eventCheck((*Checker).checkDifference),
	KindConversion: eventCheck((*Checker).checkConversion),
	KindDate:       eventCheck((*Checker).checkDate),
	KindFrequency:  eventCheck(func(_ *Checker, c Claim, e Event) (Result, error) { return checkFrequency(c, e) }),
	KindDuration:   eventCheck((*Checker).checkDuration),
	KindShare:      seriesCheck(atPeriod((*Checker).checkShare)),
}

func (ck *Checker) check(c Claim) (Result, error) {
	f, ok := checkKind[c.Kind]
	if !ok {
		return Result{}, fmt.Errorf("unknown kind %q", c.Kind)
	}
	return f(ck, c)
}

// eventCheck adapts the check of a kind about an event: the claim's
// subject must be an event of the table.
func eventCheck(f func(*Checker, Claim, Event) (Result, error)) func(*Checker, Claim) (Result, error) {
	return func(ck *Checker, c Claim) (Result, error) {
		e, err := ck.event(c.Subject)
		if err != nil {
			return Result{}, err
		}
		return f(ck, c, e)
	}
}

// seriesKindCheck checks a claim about a series, given its vintages, the
// primary first.
type seriesKindCheck func(*Checker, Claim, []*series.Series) (Result, error)

// seriesCheck adapts the check of a kind about a series: the claim's
// subject must be a series of the data package.
func seriesCheck(f seriesKindCheck) func(*Checker, Claim) (Result, error) {
	return func(ck *Checker, c Claim) (Result, error) {
		vintages := ck.Data.Vintages(c.Subject)
		if len(vintages) == 0 {
			return Result{}, fmt.Errorf("unknown subject %q: not a series of the data package", c.Subject)
		}
		return f(ck, c, vintages)
	}
}

// atPeriod adapts the check of a kind about a series at a period: the
// claim must give the period.
func atPeriod(f seriesKindCheck) seriesKindCheck {
	return func(ck *Checker, c Claim, vintages []*series.Series) (Result, error) {
		if c.Period.IsZero() {
			return Result{}, fmt.Errorf("a %s claim about series %s needs a period", c.Kind, c.Subject)
		}
		return f(ck, c, vintages)
	}
}

func (ck *Checker) event(id string) (Event, error) {
	if ck.Events != nil {
		if e, ok := ck.Events.Get(id); ok {
			return e, nil
		}
	}
	return Event{}, fmt.Errorf("unknown subject %q: neither a series of the data package nor an event of the events table", id)
}

// report is one source's figure for the claimed fact.
type report struct {
	value  series.Value
	source series.Source
	label  string // the vintage, or the document
	event  Event  // the event reported, for an event's figure
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

// withAddresses adds to an explanation the web address of each source it
// cites that it does not already show.
func withAddresses(explanation string, citations []string) string {
	var urls []string
	for _, c := range citations {
		for _, w := range strings.Fields(c) {
			w = strings.TrimRight(w, ",;")
			if (strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://")) &&
				!strings.Contains(explanation, w) && !slices.Contains(urls, w) {
				urls = append(urls, w)
			}
		}
	}
	if len(urls) == 0 {
		return explanation
	}
	return explanation + " Sources: " + strings.Join(urls, " ; ")
}

// cite cites a source as a result lists it: the document and locator,
// then each of extras that is not empty, then the kind in brackets; ""
// when there is nothing to name.
func cite(s series.Source, extras ...string) string {
	c := series.Source{Document: s.Document, Locator: s.Locator}.String()
	for _, x := range extras {
		if x != "" {
			c += ", " + x
		}
	}
	if c == "" {
		return ""
	}
	if s.Kind != "" {
		c += " [" + s.Kind + "]"
	}
	return c
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
					differ = append(differ, s.label+" says "+finance.FormatValueIn(s.value, unit))
				}
			}
			if len(agree) > 0 {
				verb := " agrees"
				if len(agree) > 1 {
					verb = " agree"
				}
				r.Explanation += "; only the articles report it, and " + strings.Join(agree, " and ") + verb
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
		parts = append(parts, fmt.Sprintf("%s gives %s (%s)", rep.label, finance.FormatValueIn(rep.value, unit), j.verdict))
		ct := cite(rep.source)
		if rep.event.ID != "" {
			ct = citeEvent(rep.event)
		}
		if ct != "" {
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
			finance.FormatValueIn(ref, unit), precisionText(ref, unit), indep[0].label, dev, describe(worst, rule))
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
	return "±" + finance.FormatFloatIn((iv.Hi-iv.Lo)/2, unit)
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
		if rule.Strict && j.deviation == 0 {
			return "the source gives the figure itself, not more than it"
		}
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

// isCurrency reports whether unit names a currency finance knows.
func isCurrency(unit string) bool {
	u, err := finance.ParseUnit(unit)
	return err == nil && u.IsCurrency()
}
