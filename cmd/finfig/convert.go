package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/finance/ecb"
	"github.com/finfig/finfig/series"
)

func convertCommand(fs *flag.FlagSet) func([]string, io.Writer) error {
	format := fs.String("format", formatTable, "output `format`: table, csv, json or markdown")
	dateText := fs.String("date", "", "the `DATE` (YYYY-MM-DD) whose ECB reference rate to use (required)")
	explain := fs.String("explain", "", "a stated conversion `TARGET` (e.g. 284000000 or \"$284 million\"): the rate it implies and the days whose rate reproduces it")
	return func(args []string, w io.Writer) error {
		if err := checkFormat(*format); err != nil {
			return err
		}
		if len(args) != 3 {
			return usagef("convert takes AMOUNT FROM TO, e.g. finfig convert 265000000 EUR USD --date 2022-11-28")
		}
		if *dateText == "" {
			return usagef("convert needs --date YYYY-MM-DD")
		}
		date, err := series.ParsePeriod(*dateText)
		if err != nil || date.Frequency() != series.Daily {
			return usagef("--date %q: expected a day written YYYY-MM-DD", *dateText)
		}
		from, err := finance.ParseUnit(args[1])
		if err != nil || !from.IsCurrency() {
			return usagef("FROM %q: expected an ISO 4217 currency code such as EUR", args[1])
		}
		to, err := finance.ParseUnit(args[2])
		if err != nil || !to.IsCurrency() {
			return usagef("TO %q: expected an ISO 4217 currency code such as USD", args[2])
		}
		amount, err := parseAmountArg(args[0], from)
		if err != nil {
			return usagef("amount %q: %v", args[0], err)
		}
		rates, err := ecb.Rates()
		if err != nil {
			return err
		}
		est, q, err := rates.Convert(amount, from, to, date)
		if err != nil {
			return usagef("%v", err)
		}
		type explained struct {
			Target      float64  `json:"target"`
			ImpliedRate float64  `json:"implied_rate"`
			RateLo      float64  `json:"implied_rate_lo"`
			RateHi      float64  `json:"implied_rate_hi"`
			Days        []string `json:"days"`
		}
		type out struct {
			Amount    float64    `json:"amount"`
			From      string     `json:"from"`
			To        string     `json:"to"`
			Requested string     `json:"requested_date"`
			RateDate  string     `json:"rate_date"`
			Rate      float64    `json:"rate"`
			Converted float64    `json:"converted"`
			Lo        float64    `json:"converted_lo"`
			Hi        float64    `json:"converted_hi"`
			Source    string     `json:"source"`
			Explain   *explained `json:"explain,omitempty"`
		}
		o := out{Amount: amount.Float64(), From: from.String(), To: to.String(), Requested: q.Requested.String(),
			RateDate: q.Date.String(), Rate: q.Rate, Converted: est.Point, Lo: est.Lo, Hi: est.Hi, Source: q.Source.String()}
		if *explain != "" {
			target, err := parseAmountArg(*explain, to)
			if err != nil {
				return usagef("--explain %q: %v", *explain, err)
			}
			implied, err := finance.ImpliedRate(amount, target)
			if err != nil {
				return usagef("--explain: %v", err)
			}
			ex := &explained{Target: target.Float64(), ImpliedRate: implied.Point, RateLo: implied.Lo, RateHi: implied.Hi, Days: []string{}}
			days, err := rates.DatesWithRate(from, to, implied.Interval(), series.Day(1999, 1, 4), date)
			if err != nil {
				return err
			}
			for _, d := range days {
				ex.Days = append(ex.Days, d.Date.String())
			}
			o.Explain = ex
		}
		if *format == formatJSON {
			return writeJSON(w, o)
		}
		t := table{header: []string{"measure", "value"}}
		t.add("amount", finance.FormatAmount(amount, from))
		when := q.Date.String()
		if q.Fallback() {
			when += fmt.Sprintf(" (the last business day before %s, which has no reference rate)", q.Requested)
		}
		t.add("rate", fmt.Sprintf("%.6g %s per %s, ECB reference rate of %s", q.Rate, to, from, when))
		t.add("converted", finance.FormatFloat(est.Point, to, 2))
		t.add("within rounding", fmt.Sprintf("%s to %s", finance.FormatFloat(est.Lo, to, 2), finance.FormatFloat(est.Hi, to, 2)))
		t.add("source", q.Source.String())
		if ex := o.Explain; ex != nil {
			t.add("target", finance.FormatFloat(ex.Target, to, -1))
			t.add("implied rate", fmt.Sprintf("%.4f [%.4f, %.4f]", ex.ImpliedRate, ex.RateLo, ex.RateHi))
			days := "none"
			if n := len(ex.Days); n > 0 {
				days = fmt.Sprintf("%d, from %s to %s", n, ex.Days[0], ex.Days[n-1])
				if n <= 5 {
					days = strings.Join(ex.Days, ", ")
				}
			}
			t.add("days with that rate (up to --date)", days)
		}
		return t.write(w, *format)
	}
}

// parseAmountArg reads an amount argument in unit u: a plain decimal in
// base units ("265000000", precision from its digits) or an amount as an
// article writes it ("€265 million"), whose unit, if it names one, must be
// u.
func parseAmountArg(s string, u finance.Unit) (series.Value, error) {
	v, err := series.ParseValue(s)
	if err != nil {
		a, err := finance.ParseAmount(s)
		if err != nil {
			return series.Value{}, err
		}
		if a.Unit != finance.NoUnit && a.Unit != u {
			return series.Value{}, fmt.Errorf("an amount in %s, not %s (expected a plain number, or an amount in %s)", a.Unit, u, u)
		}
		v = a.Value
	}
	if iv := v.Interval(); math.IsInf(iv.Lo, 0) || math.IsInf(iv.Hi, 0) {
		return series.Value{}, errors.New("beyond the range of a float64 (expected an amount in base units, such as 265000000)")
	}
	return v, nil
}
