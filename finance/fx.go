package finance

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"

	"github.com/finfig/finfig/series"
)

// ErrNoRate is the reason there is no exchange rate: the day is outside
// the ECB's table, or the ECB published no rate for the currency that day.
var ErrNoRate = errors.New("no ECB reference rate")

// ecbSource is the source of every Quote.
var ecbSource = series.Source{
	Document: "European Central Bank, euro foreign exchange reference rates",
	Locator:  "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip",
	Kind:     "P",
	Note:     "units of currency per euro, as published",
}

// Quote is an exchange rate from the ECB's reference rates.
//
// The ECB publishes each rate rounded, mostly to five significant digits
// (1.0463, 0.86606, 162.94), and that published number is the reference
// rate: a conversion "at the ECB rate"
// multiplies by it. Quote and the functions that use it therefore treat
// the published rates as exact; FromPerEUR and ToPerEUR keep them as
// published, for a reader who wants their precision (series.ValueOf gives
// it).
type Quote struct {
	From, To Unit
	// Requested is the day asked for; Date the ECB business day whose
	// rates are used: Requested itself when the ECB published rates that
	// day, else the last business day before it.
	Requested, Date series.Period
	// Rate is the units of To that one unit of From buys: ToPerEUR /
	// FromPerEUR, the cross rate through the euro.
	Rate float64
	// FromPerEUR and ToPerEUR are the published rates of From and To,
	// units per euro; exactly 1 for the euro itself.
	FromPerEUR, ToPerEUR series.Decimal
	// Source is the ECB's table.
	Source series.Source
}

// Fallback reports whether the ECB published no rates on the day asked
// for, so that the last business day's before it are used.
func (q Quote) Fallback() bool { return q.Date != q.Requested }

// String writes the rate, its date and, for a rate not from the euro,
// the published rates it comes from:
//
//	1 EUR = 1.0463 USD (ECB reference rate of 2022-11-28)
//	1 USD = 0.827736 GBP (ECB reference rates of 2022-11-28: 0.86606 GBP and 1.0463 USD per EUR)
func (q Quote) String() string {
	var s string
	switch {
	case q.From == EUR:
		s = "1 EUR = " + q.ToPerEUR.String() + " " + q.To.String() + " (ECB reference rate of " + q.Date.String()
	case q.To == EUR:
		s = "1 " + q.From.String() + " = " + strconv.FormatFloat(q.Rate, 'g', 6, 64) + " EUR (ECB reference rate of " +
			q.Date.String() + ": " + q.FromPerEUR.String() + " " + q.From.String() + " per EUR"
	default:
		s = "1 " + q.From.String() + " = " + strconv.FormatFloat(q.Rate, 'g', 6, 64) + " " + q.To.String() +
			" (ECB reference rates of " + q.Date.String() + ": " + q.ToPerEUR.String() + " " + q.To.String() +
			" and " + q.FromPerEUR.String() + " " + q.From.String() + " per EUR"
	}
	if q.Fallback() {
		s += "; the last business day before " + q.Requested.String()
	}
	return s + ")"
}

// exactRate returns ToPerEUR / FromPerEUR exactly.
func (q Quote) exactRate() *big.Rat {
	return new(big.Rat).Quo(decimalRat(q.ToPerEUR), decimalRat(q.FromPerEUR))
}

func decimalRat(d series.Decimal) *big.Rat {
	r, _ := new(big.Rat).SetString(d.String()) // a plain decimal always parses
	return r
}

// Rate returns the ECB reference rate from currency from to currency to on
// day date: the rate the ECB published that day, or, on a weekend or a
// holiday, on the last business day before it (Quote.Date says which).
// Rates between two currencies other than the euro are crossed through it:
// USD→GBP is (GBP per EUR) / (USD per EUR).
//
// A day before the table's first (1999-01-04) or after its last is an
// error wrapping ErrNoRate, as is a day on which the ECB published no rate
// for one of the currencies.
func (t *RateTable) Rate(date series.Period, from, to Unit) (Quote, error) {
	if err := checkFX(date, from, to); err != nil {
		return Quote{}, err
	}
	i, err := t.rowOn(periodDays(date))
	if err != nil {
		return Quote{}, fmt.Errorf("rate %s→%s: %w", from, to, err)
	}
	q, ok, err := t.quote(i, from, to)
	if err != nil {
		return Quote{}, err
	}
	if !ok {
		return Quote{}, fmt.Errorf("rate %s→%s: %w on %s: the ECB published none for %s", from, to, ErrNoRate, q.Date, q.missing())
	}
	q.Requested = date
	return q, nil
}

// quote returns the quote of row i; ok is false when a rate is missing,
// and then FromPerEUR or ToPerEUR is zero.
func (t *RateTable) quote(i int, from, to Unit) (q Quote, ok bool, err error) {
	q = Quote{From: from, To: to, Date: dayPeriod(t.days[i]), Source: ecbSource}
	q.Requested = q.Date
	var ok1, ok2 bool
	if q.FromPerEUR, ok1, err = t.rate(from, i); err != nil {
		return q, false, err
	}
	if q.ToPerEUR, ok2, err = t.rate(to, i); err != nil {
		return q, false, err
	}
	if !ok1 || !ok2 {
		return q, false, nil
	}
	q.Rate = q.ToPerEUR.Float64() / q.FromPerEUR.Float64()
	if from == to {
		q.Rate = 1
	}
	return q, true, nil
}

// missing names the currency that q has no rate for.
func (q Quote) missing() Unit {
	if q.FromPerEUR.Sign() == 0 {
		return q.From
	}
	return q.To
}

func checkFX(date series.Period, from, to Unit) error {
	if date.Frequency() != series.Daily {
		return fmt.Errorf("rate %s→%s: date %q is not a day (expected YYYY-MM-DD)", from, to, date)
	}
	for _, u := range [...]Unit{from, to} {
		if !u.IsCurrency() {
			return fmt.Errorf("rate %s→%s: %q is not a currency", from, to, u)
		}
	}
	return nil
}

// Convert converts amount from currency from to currency to at the ECB
// reference rate of date (see Rate). The Estimate's point is amount × rate
// and its interval the amount's rounding interval times the rate, the rate
// being taken as exact (see Quote); both are computed exactly and rounded
// once to float64. A result beyond the float64 range is an error wrapping
// series.ErrOutOfRange.
func (t *RateTable) Convert(amount series.Value, from, to Unit, date series.Period) (series.Estimate, Quote, error) {
	q, err := t.Rate(date, from, to)
	if err != nil {
		return series.Estimate{}, Quote{}, err
	}
	r := q.exactRate()
	lo, hi := amount.Bounds()
	point, _ := new(big.Rat).Mul(decimalRat(amount.Decimal()), r).Float64()
	flo, _ := lo.Mul(lo, r).Float64()
	fhi, _ := hi.Mul(hi, r).Float64()
	est := series.Estimate{Point: point, Lo: flo, Hi: fhi}
	if !est.Finite() {
		return series.Estimate{}, Quote{}, fmt.Errorf("convert %s %s to %s: %w", amount, from, to, series.ErrOutOfRange)
	}
	return est, q, nil
}

// ImpliedRate returns the exchange rate that a stated conversion implies:
// converted / amount, with the interval that both figures' rounding
// allows, [converted_lo / amount_hi, converted_hi / amount_lo]. "$284
// million" for "€265 million" implies 1.0717 [1.0678, 1.0756]. Both
// figures must be positive, and amount's interval must not reach zero; a
// rate beyond the float64 range is an error wrapping series.ErrOutOfRange.
func ImpliedRate(amount, converted series.Value) (series.Estimate, error) {
	alo, ahi := amount.Bounds()
	clo, chi := converted.Bounds()
	if alo.Sign() <= 0 || clo.Sign() < 0 || converted.Decimal().Sign() <= 0 {
		return series.Estimate{}, fmt.Errorf("implied rate of %s for %s: %w", converted, amount,
			errors.New("both amounts must be positive, and the first's rounding interval must not reach zero"))
	}
	point, _ := new(big.Rat).Quo(decimalRat(converted.Decimal()), decimalRat(amount.Decimal())).Float64()
	lo, _ := clo.Quo(clo, ahi).Float64()
	hi, _ := chi.Quo(chi, alo).Float64()
	est := series.Estimate{Point: point, Lo: lo, Hi: hi}
	if !est.Finite() {
		return series.Estimate{}, fmt.Errorf("implied rate of %s for %s: %w", converted, amount, series.ErrOutOfRange)
	}
	return est, nil
}

// DatesWithRate returns the quotes of the ECB business days from start to
// end, both included, whose reference rate from currency from to currency
// to lies in iv: with iv from ImpliedRate, the days on whose rate a stated
// conversion is right within rounding. Days on which the ECB published no
// rate for either currency are left out. start and end must be days within
// the table. The rates are compared with iv in float64; Quote.Reproduces
// decides one day exactly.
func (t *RateTable) DatesWithRate(from, to Unit, iv series.Interval, start, end series.Period) ([]Quote, error) {
	if err := checkFX(start, from, to); err != nil {
		return nil, err
	}
	if err := checkFX(end, from, to); err != nil {
		return nil, err
	}
	if end.Before(start) {
		return nil, fmt.Errorf("rates %s→%s from %s to %s: %w", from, to, start, end, series.ErrReversedWindow)
	}
	d0, d1 := periodDays(start), periodDays(end)
	for _, d := range [...]int32{d0, d1} {
		if d < t.first() || d > t.last() {
			return nil, fmt.Errorf("rates %s→%s: %w on %s: %s", from, to, ErrNoRate, dayString(d), t.span())
		}
	}
	i, _ := t.rowOn(d0)
	if t.days[i] < d0 {
		i++
	}
	var out []Quote
	for ; i < len(t.days) && t.days[i] <= d1; i++ {
		q, ok, err := t.quote(i, from, to)
		if err != nil {
			return nil, err
		}
		if ok && iv.Contains(q.Rate) {
			out = append(out, q)
		}
	}
	return out, nil
}

// Reproduces reports whether converting amount at q's rate gives
// converted within rounding: whether amount's interval times the rate
// meets converted's interval. The comparison is exact.
func (q Quote) Reproduces(amount, converted series.Value) bool {
	if q.FromPerEUR.Sign() <= 0 || q.ToPerEUR.Sign() <= 0 {
		return false
	}
	r := q.exactRate()
	alo, ahi := amount.Bounds()
	clo, chi := converted.Bounds()
	alo.Mul(alo, r)
	ahi.Mul(ahi, r)
	return alo.Cmp(chi) <= 0 && clo.Cmp(ahi) <= 0
}

// Days returns the first and last days of the table: the days Rate,
// Convert and DatesWithRate accept.
func (t *RateTable) Days() (first, last series.Period) {
	return dayPeriod(t.first()), dayPeriod(t.last())
}
