package sec

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/series"
)

// RevenueConcepts is the priority list by which the metric revenue merges
// the concepts that filers have used for total revenue over the years:
// when a filing reports several of them for a period, the first in this
// list is taken. ASC 606 (2018) brought RevenueFromContractWithCustomer…;
// before it, filers used Revenues or SalesRevenueNet (Apple used
// SalesRevenueNet until 2018). Revenues comes second because some filers
// report RevenueFromContractWithCustomer… beside a larger Revenues that
// includes other income, and then the contract revenue is the one their
// income statement calls revenue.
var RevenueConcepts = []string{
	"us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax",
	"us-gaap:RevenueFromContractWithCustomerIncludingAssessedTax",
	"us-gaap:Revenues",
	"us-gaap:SalesRevenueNet",
	"us-gaap:SalesRevenueGoodsNet",
	"us-gaap:SalesRevenueServicesNet",
	"ifrs-full:Revenue",
}

// revenuePriority returns the rank of concept in RevenueConcepts, or -1.
func revenuePriority(taxonomy, name string) int {
	for i, c := range RevenueConcepts {
		if len(c) == len(taxonomy)+1+len(name) && strings.HasPrefix(c, taxonomy) && c[len(taxonomy)] == ':' && strings.HasSuffix(c, name) {
			return i
		}
	}
	return -1
}

// The durations, in days with both ends counted, that make a fact annual,
// quarterly or year to date. A 52-53 week year is 364 or 371 days, its
// quarters 91 or 98.
const (
	quarterMin, quarterMax = 80, 100
	halfMin, halfMax       = 170, 195
	nineMin, nineMax       = 260, 290
	yearMin, yearMax       = 350, 380
)

// span is what a fact's dates make it.
type span uint8

const (
	spanOther span = iota
	spanInstant
	spanQuarter
	spanHalf // six months year to date
	spanNine // nine months year to date
	spanYear
)

func spanOf(f *Fact) span {
	if f.Start == NoStart {
		return spanInstant
	}
	switch n := f.End - f.Start + 1; {
	case n >= quarterMin && n <= quarterMax:
		return spanQuarter
	case n >= halfMin && n <= halfMax:
		return spanHalf
	case n >= nineMin && n <= nineMax:
		return spanNine
	case n >= yearMin && n <= yearMax:
		return spanYear
	}
	return spanOther
}

// monthEnd returns the month whose last day is nearest to day: a year
// ended 2020-01-02 (a 52-53 week year) ends in December 2019.
func monthEnd(day int32) (year, month int) {
	y, m, d := series.CivilFromDays(int(day))
	if d <= 15 {
		m--
		if m == 0 {
			y, m = y-1, time.December
		}
	}
	return y, int(m)
}

// yearPeriod names a year that ends on day end: the calendar year for a
// year that ends in December, else the fiscal year named by the calendar
// year in which it ends.
func yearPeriod(end int32) (series.Period, [2]int32) {
	y, m := monthEnd(end)
	if m == 12 {
		return series.Year(y), monthsKey(y, 12, 12, false)
	}
	return series.FiscalYear(y), monthsKey(y, 12, 12, true)
}

// monthsKey is the obs.pkey of a period of year y that ends with month
// end (1 to 12) and is months long: the months from year 0 to its end,
// doubled and odd when fiscal, and to its start, negated, which orders
// the periods of a series as Period.Compare does (by end, then the later
// start first).
func monthsKey(y, end, months int, fiscal bool) [2]int32 {
	e := 2 * (y*12 + end)
	if fiscal {
		e++
	}
	return [2]int32{int32(e), -int32(y*12 + end - months)}
}

// quarterPeriod names a quarter that ends on day end, of a filer whose
// fiscal year ends in month fyEnd; ok is false for a quarter that does not
// end three, six, nine or twelve months after a fiscal year end.
func quarterPeriod(end int32, fyEnd int) (series.Period, [2]int32, bool) {
	y, m := monthEnd(end)
	d := (m - fyEnd + 12) % 12
	if d%3 != 0 {
		return series.Period{}, [2]int32{}, false
	}
	q := d / 3
	if q == 0 {
		q = 4
	}
	if fyEnd == 12 {
		return series.Quarter(y, q), monthsKey(y, 3*q, 3, false), true
	}
	if m > fyEnd {
		y++
	}
	// The key counts the nominal months of FYyyyyQq, those of yyyyQq.
	return series.FiscalQuarter(y, q), monthsKey(y, 3*q, 3, true), true
}

// unitOf maps a company-facts unit to a finance.Unit: a currency, shares,
// a currency per share, or pure. ok is false for any other.
func unitOf(u string) (finance.Unit, bool) {
	switch u {
	case "shares":
		return finance.Shares, true
	case "pure":
		return finance.Pure, true
	}
	if c, ok := strings.CutSuffix(u, "/shares"); ok {
		cu, err := finance.ParseUnit(c)
		if err != nil || !cu.IsCurrency() {
			return finance.NoUnit, false
		}
		return finance.PerShare(cu), true
	}
	cu, err := finance.ParseUnit(u)
	if err != nil || !cu.IsCurrency() {
		return finance.NoUnit, false
	}
	return cu, true
}

// snake writes a concept name in snake case: NetIncomeLoss is
// net_income_loss, EarningsPerShareBasic earnings_per_share_basic, and an
// acronym stays one word: IncomeTaxesPaidNetOfRefundsUSGAAP is
// income_taxes_paid_net_of_refunds_usgaap.
func snake(name string) string {
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		c := name[i]
		upper := c >= 'A' && c <= 'Z'
		if upper && i > 0 {
			prev := name[i-1]
			nextLower := i+1 < len(name) && name[i+1] >= 'a' && name[i+1] <= 'z'
			if (prev >= 'a' && prev <= 'z') || (prev >= '0' && prev <= '9') || (prev >= 'A' && prev <= 'Z' && nextLower) {
				b.WriteByte('_')
			}
		}
		switch {
		case upper:
			b.WriteByte(c + 'a' - 'A')
		case c == '-' || c == '.' || c == ' ':
			b.WriteByte('_')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// obs is one fact placed in a metric: its period and value, the filing
// and concept it comes from and the concept's priority (0 but for revenue).
type obs struct {
	period     series.Period
	pkey       [2]int32 // orders and tells apart the periods of a series
	start, end int32
	value      series.Decimal
	decimals   int32
	filing     int32
	concept    int32
	der        int32 // a derived quarter's derivation (builder.derivs), plus one; 0 for a reported figure
	prio       int8
}

// metric gathers the facts of one metric and unit of a company.
type metric struct {
	name     string // revenue, net_income_loss
	unit     finance.Unit
	concept  int32 // the first concept, for the label
	annual   []obs
	quarter  []obs
	instant  []obs
	ytd      []obs // six and nine months year to date, by start and end
	concepts []int32
}

// builder turns one company's facts into series.
type builder struct {
	c        *Company
	cik      string // "1065280"
	name     string // the readable name: --ticker's, or the entity's
	fyEnd    int    // the month the fiscal year ends
	report   *Report
	skipBad  bool
	file     string
	unknown  map[int32][2]int  // parser.unknown: the line and column of facts in unknown units
	docs     map[uint64]string // filing<<32 | concept -> Source.Document (an integer key hashes fastest)
	locators []string          // per filing, the EDGAR address
	filed    []string          // per filing, the start of its documents: "10-K 0001065280-20-000040 filed 2020-01-29, "
	derivs   []derivation      // the quarters derived
	rank     []int32           // per filing, its rank by day filed and accession (filingRanks)

	lastDoc     uint64 // the key in docs of the last document, and its text
	lastDocText string
}

// precisionNote marks a point whose precision was inferred.
// Company facts carry no decimals; the package infers them from the digits
// each filing states (see precisions).
const precisionNote = "decimals inferred"

// metrics groups the company's facts by metric and unit, placing each
// fact in its period. Facts that cannot be placed are counted in the
// report, or are errors.
func (b *builder) metrics() ([]*metric, error) {
	c := b.c
	b.fyEnd = fiscalYearEnd(c)
	prec := precisions(c)
	var ms []*metric
	byKey := map[string]*metric{}
	// metric name -> the concept that took it; revenue is the merged metric's
	used := map[string]string{"revenue": "sec.RevenueConcepts"}
	for ci := range c.Concepts {
		con := &c.Concepts[ci]
		prio := revenuePriority(con.Taxonomy, con.Name)
		name := "revenue"
		if prio < 0 {
			prio = 0
			name = snake(con.Name)
			if other, ok := used[name]; ok && other != con.Taxonomy+":"+con.Name {
				name = snake(con.Taxonomy) + "_" + name
			}
			used[name] = con.Taxonomy + ":" + con.Name
		}
		// The unit with the most facts keeps the plain name; others get
		// the unit after it: revenue_eur.
		mostUnit, most := "", -1
		for _, uf := range con.Units {
			if _, ok := unitOf(uf.Unit); ok && len(uf.Facts) > most {
				mostUnit, most = uf.Unit, len(uf.Facts)
			}
		}
		for _, uf := range con.Units {
			u, ok := unitOf(uf.Unit)
			if !ok {
				if err := b.bad(con, uf.Unit, 1, &uf.Facts, fmt.Errorf("unknown unit %q (expected a currency such as USD, shares, a currency per share such as USD/shares, or pure)", uf.Unit)); err != nil {
					return nil, err
				}
				b.report.BadFacts += len(uf.Facts) - 1
				continue
			}
			mname := name
			if uf.Unit != mostUnit {
				mname = name + "_" + unitSuffix(uf.Unit)
			}
			key := mname + "\x00" + u.String()
			m := byKey[key]
			if m == nil {
				m = &metric{name: mname, unit: u, concept: int32(ci)}
				byKey[key] = m
				ms = append(ms, m)
			}
			if !slices.Contains(m.concepts, int32(ci)) {
				m.concepts = append(m.concepts, int32(ci))
			}
			var n [spanYear + 1]int
			for fi := range uf.Facts {
				n[spanOf(&uf.Facts[fi])]++
			}
			m.instant = slices.Grow(m.instant, n[spanInstant])
			m.annual = slices.Grow(m.annual, n[spanYear])
			m.quarter = slices.Grow(m.quarter, n[spanQuarter])
			m.ytd = slices.Grow(m.ytd, n[spanHalf]+n[spanNine])
			for fi := range uf.Facts {
				f := &uf.Facts[fi]
				o := obs{start: f.Start, end: f.End, value: f.Value, filing: f.Filing, concept: int32(ci), prio: int8(prio),
					decimals: factDecimals(prec[precKey{f.Filing, uf.Unit}], f.Value)}
				switch spanOf(f) {
				case spanInstant:
					o.period = series.Day(series.CivilFromDays(int(f.End)))
					o.pkey = [2]int32{2 * f.End, -f.End}
					m.instant = append(m.instant, o)
				case spanYear:
					o.period, o.pkey = yearPeriod(f.End)
					m.annual = append(m.annual, o)
				case spanQuarter:
					p, key, ok := quarterPeriod(f.End, b.fyEnd)
					if !ok {
						b.report.notImported("a quarter not aligned with the fiscal year")
						continue
					}
					o.period, o.pkey = p, key
					m.quarter = append(m.quarter, o)
				case spanHalf, spanNine:
					m.ytd = append(m.ytd, o)
				default:
					b.report.notImported("a duration that is neither a year, a quarter, nor six or nine months")
				}
			}
		}
	}
	return ms, nil
}

// bad reports the fact at index i-1 of facts: an error, or with skipBad
// a count.
func (b *builder) bad(con *Concept, unit string, i int, facts *[]Fact, err error) error {
	fe := &FactError{File: b.file, Concept: con.Taxonomy + ":" + con.Name, Unit: unit, Fact: i, Err: err}
	if len(*facts) >= i {
		if at, ok := b.unknown[(*facts)[i-1].Off]; ok {
			fe.Line, fe.Column = at[0], at[1]
		}
	}
	if !b.skipBad {
		return fe
	}
	b.report.bad(fe)
	return nil
}

// fiscalYearEnd returns the month in which most of the company's annual
// facts end: 12 for a calendar-year filer, 9 for Apple.
func fiscalYearEnd(c *Company) int {
	var count [13]int
	for _, con := range c.Concepts {
		for _, uf := range con.Units {
			for i := range uf.Facts {
				if spanOf(&uf.Facts[i]) == spanYear {
					_, m := monthEnd(uf.Facts[i].End)
					count[m]++
				}
			}
		}
	}
	best := 12
	for m := 1; m <= 12; m++ {
		if count[m] > count[best] {
			best = m
		}
	}
	return best
}

type precKey struct {
	filing int32
	unit   string
}

// precisions infers, for each filing and unit, the scale in which the
// filing states its figures: the decimals most of its values show. A
// filing whose tables are in thousands states most values to the
// thousand (decimals -3): 1,205,340 thousand shows four trailing zeros,
// but such values are fewer than those that show three, and the odd value
// stated to the dollar elsewhere in the filing does not make the rest
// exact. A value of zero says nothing and is passed over. Each fact is
// then given the filing's decimals, or its own where it shows a finer
// digit (see factDecimals).
func precisions(c *Company) map[precKey]int32 {
	const span = 2 * maxScale
	counts := map[precKey]*[span + 1]int32{}
	for _, con := range c.Concepts {
		for _, uf := range con.Units {
			for i := range uf.Facts {
				f := &uf.Facts[i]
				if f.Value.Sign() == 0 {
					continue
				}
				k := precKey{f.Filing, uf.Unit}
				h := counts[k]
				if h == nil {
					h = new([span + 1]int32)
					counts[k] = h
				}
				h[min(max(finestDigit(f.Value), -maxScale), maxScale)+maxScale]++
			}
		}
	}
	out := make(map[precKey]int32, len(counts))
	for k, h := range counts {
		best := 0
		for i := range h {
			if h[i] >= h[best] { // a tie goes to the finer digit, which values do state
				best = i
			}
		}
		out[k] = int32(best - maxScale)
	}
	return out
}

// maxScale bounds the decimals that precisions tells apart.
const maxScale = 24

// factDecimals returns the decimals of a fact: its filing's, or the
// fact's own finest digit where that is finer.
func factDecimals(filing int32, d series.Decimal) int32 {
	if d.Sign() == 0 {
		return filing
	}
	return max(filing, finestDigit(d))
}

// finestDigit returns the decimals of the last non-zero digit of d: -4
// for 1205340000, 2 for 1.89.
func finestDigit(d series.Decimal) int32 {
	coef, exp := d.Coefficient(), d.Exponent()
	for coef != 0 && coef%10 == 0 {
		coef /= 10
		exp++
	}
	return int32(-exp)
}

// decimalSub returns a − b exactly, or an error when the result does not
// fit a Decimal.
func decimalSub(a, b series.Decimal) (series.Decimal, error) {
	exp := min(a.Exponent(), b.Exponent())
	// The common case, in int64: both aligned to exp without overflow.
	if x, ok := scaleInt(a.Coefficient(), a.Exponent()-exp); ok {
		if y, ok := scaleInt(b.Coefficient(), b.Exponent()-exp); ok {
			if d := x - y; (y >= 0 && d <= x) || (y < 0 && d > x) { // no overflow
				return series.NewDecimal(d, exp), nil
			}
		}
	}
	scale := func(d series.Decimal) *big.Int {
		x := big.NewInt(d.Coefficient())
		return x.Mul(x, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d.Exponent()-exp)), nil))
	}
	r := new(big.Int).Sub(scale(a), scale(b))
	if !r.IsInt64() {
		return series.Decimal{}, errors.New("difference beyond 18 digits")
	}
	return series.NewDecimal(r.Int64(), exp), nil
}

// scaleInt returns c·10^n for n ≥ 0; ok is false on overflow.
func scaleInt(c int64, n int) (int64, bool) {
	const limit = math.MaxInt64 / 10
	for ; n > 0; n-- {
		if c > limit || c < -limit {
			return 0, false
		}
		c *= 10
	}
	return c, true
}

// unitSuffix names a unit in a metric's name: eur, usd_per_share.
func unitSuffix(u string) string {
	u = strings.ReplaceAll(u, "/shares", "_per_share")
	return strings.ToLower(strings.ReplaceAll(u, "/", "_per_"))
}
