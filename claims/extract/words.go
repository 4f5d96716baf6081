package extract

import (
	"sync"

	"github.com/finfig/finfig/series"
)

// The word tables the scanner reads. Keys are lower case; a lookup with
// string(lowerInto(buf, word)) does not allocate.

// wordClass is what a word can be to the scanner.
type wordClass uint32

const (
	wMonth       wordClass = 1 << iota // n: the month, 1 to 12
	wScale                             // n: the power of ten
	wNumber                            // v: the number a word names: "two", "dozen"
	wOrdinal                           // n: "first" is 1
	wCurrency                          // a currency word after a number: "euros"
	wCode                              // an ISO code, before or after a number
	wCountNoun                         // a noun a count names: "users"
	wDuration                          // a unit of time; v: its length in days
	wRateAdj                           // "daily": an adjective of frequency; n: occurrences a year
	wVague                             // "millions": a magnitude without a number; n: its power of ten
	wIDWord                            // a word that a number after it names: "Section 230"
	wComparative                       // "higher": makes "N times" a multiple
	wMultiple                          // "doubled"; v: the multiple
	wWeekday                           // "Tuesday"
	wMetricNoun                        // "users", "usage": after "daily", a metric's name, not a frequency
	wCommit                            // "committed", "guaranteed": a sum promised
	wSpend                             // "spent", "spending": money spent
)

type wordInfo struct {
	class wordClass
	n     int
	v     float64
	unit  string // the unit a currency word or count noun stands for
}

// loadWords builds the table on first use, not at init.
var loadWords = sync.OnceValue(func() map[string]wordInfo {
	m := map[string]wordInfo{}
	add := func(c wordClass, n int, v float64, unit string, keys ...string) {
		for _, k := range keys {
			w := m[k]
			w.class |= c
			if c&(wMetricNoun|wComparative|wIDWord|wWeekday|wCommit|wSpend) == 0 {
				w.n, w.v = n, v
				if unit != "" {
					w.unit = unit
				}
			}
			m[k] = w
		}
	}
	months := [][]string{{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
		{"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"october", "oct"},
		{"november", "nov"}, {"december", "dec"}}
	for i, ks := range months {
		add(wMonth, i+1, 0, "", ks...)
	}
	add(wScale, 3, 0, "", "thousand", "k")
	add(wScale, 6, 0, "", "million", "mn", "mln", "m", "millions")
	add(wScale, 9, 0, "", "billion", "bn", "bln", "b", "billions")
	add(wScale, 12, 0, "", "trillion", "tn", "trn", "t", "trillions")
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, k := range nums {
		add(wNumber, 0, float64(i), "", k)
	}
	for i, k := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(wNumber, 0, float64(20+10*i), "", k)
	}
	add(wNumber, 0, 12, "", "dozen")
	for i, k := range []string{"first", "second", "third", "fourth"} {
		add(wOrdinal, i+1, 0, "", k)
	}
	for _, c := range []struct {
		unit string
		keys []string
	}{
		{"USD", []string{"dollars", "dollar"}}, {"EUR", []string{"euros", "euro"}},
		{"GBP", []string{"pounds", "sterling"}}, {"JPY", []string{"yen"}}, {"CHF", []string{"francs"}},
	} {
		add(wCurrency, 0, 0, c.unit, c.keys...)
	}
	for _, k := range []string{"usd", "eur", "gbp", "jpy", "chf", "cad", "aud", "cny", "inr", "krw", "sek",
		"nok", "dkk", "pln", "brl", "mxn", "hkd", "sgd", "zar", "try", "nzd", "czk", "huf", "rub"} {
		add(wCode, 0, 0, "", k)
	}
	for _, c := range []struct {
		unit string
		keys []string
	}{
		{"users", []string{"users", "user"}},
		{"members", []string{"members", "memberships", "member"}},
		{"people", []string{"people", "persons", "individuals", "residents", "citizens", "americans", "adults", "children", "teens"}},
		{"", []string{"subscribers", "subscriptions", "customers", "accounts", "employees", "workers", "jobs",
			"units", "devices", "phones", "households", "consumers", "viewers", "visitors", "downloads", "clicks",
			"click", "podcasts", "songs", "titles", "stores", "shares", "countries", "markets", "companies",
			"services", "streams", "hours", "plaintiffs", "players", "vehicles", "cars", "homes", "patients",
			"stats", "respondents", "apps", "games", "videos", "posts", "messages", "records", "profiles"}},
	} {
		add(wCountNoun, 0, 0, c.unit, c.keys...)
	}
	for _, d := range []struct {
		days float64
		unit string
		keys []string
	}{
		{series.MeanYearDays, "years", []string{"year", "years", "yr", "yrs"}},
		{series.MeanYearDays / 12, "months", []string{"month", "months"}},
		{7, "weeks", []string{"week", "weeks"}},
		{1, "days", []string{"day", "days"}},
		{1.0 / 24, "hours", []string{"hour", "hours", "hrs"}},
		{1.0 / 1440, "minutes", []string{"minute", "minutes", "min", "mins"}},
		{10 * series.MeanYearDays, "years", []string{"decade", "decades"}},
	} {
		add(wDuration, 0, d.days, d.unit, d.keys...)
	}
	add(wRateAdj, 365, 0, "", "daily")
	add(wRateAdj, 52, 0, "", "weekly")
	add(wRateAdj, 26, 0, "", "biweekly", "fortnightly")
	add(wRateAdj, 12, 0, "", "monthly")
	add(wVague, 3, 0, "", "thousands")
	add(wVague, 6, 0, "", "millions")
	add(wVague, 9, 0, "", "billions")
	add(wVague, 12, 0, "", "trillions")
	add(wIDWord, 0, 0, "", "section", "article", "form", "no", "rule", "chapter", "title", "case", "docket",
		"regulation", "directive", "amendment", "item", "part", "paragraph", "schedule", "exhibit", "route",
		"flight", "model", "version", "windows", "iphone", "galaxy", "pixel", "playstation", "xbox", "series",
		"level", "phase", "class", "tier", "gen", "web", "covid", "number", "page", "volume", "vol", "episode",
		"season", "act", "bill", "resolution", "proposition", "top", "fortune", "s&p", "nasdaq", "dow", "ftse",
		"stoxx", "dax", "nikkei", "grade", "room", "suite", "unit", "box", "pub", "law", "code", "usc")
	add(wComparative, 0, 0, "", "higher", "more", "larger", "bigger", "greater", "as", "the", "faster", "lower",
		"smaller", "less", "over", "what", "that", "its", "their", "than", "richer", "cheaper", "longer")
	add(wMultiple, 0, 2, "", "doubled", "doubling", "doubles")
	add(wMultiple, 0, 3, "", "tripled", "trebled", "tripling", "triples")
	add(wMultiple, 0, 4, "", "quadrupled", "quadrupling")
	add(wMultiple, 0, 0.5, "", "halved", "halving")
	add(wWeekday, 0, 0, "", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
	add(wCommit, 0, 0, "", "commit", "commits", "committed", "committing", "commitment", "commitments", "guarantee",
		"guaranteed", "guarantees", "pledge", "pledged", "pledging", "promise", "promised", "promising")
	add(wSpend, 0, 0, "", "spend", "spends", "spent", "spending")
	add(wMetricNoun, 0, 0, "", "active", "users", "user", "usage", "average", "visitors", "actives", "use",
		"basis", "budget", "revenue", "sales", "limit", "cap", "rate", "dose", "mail", "news", "show", "life",
		"life", "newspaper", "deal", "deals", "digest", "beast", "wire", "star", "telegraph", "express")
	return m
})

// word returns what the scanner knows of the word w.
func (sc *scanner) word(t token) wordInfo {
	if t.kind != tWord || t.end-t.start > 24 {
		return wordInfo{}
	}
	return sc.words[string(lowerInto(sc.buf[:0], sc.s[t.start:t.end]))]
}

// is reports whether token t is the word w, ignoring ASCII case.
func (sc *scanner) is(t token, w string) bool {
	if t.kind == tPunct {
		return sc.s[t.start:t.end] == w
	}
	if t.end-t.start != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := sc.s[t.start+i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}
