package extract

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/finfig/finfig/finance"
)

// The sentences below are written for these tests.
var figureTests = []struct {
	text string
	want []Figure // Text, Kind, Value, Period, Unit, Hedge are compared
}{
	{"Revenue reached $4.28 billion in 2012.", figures(
		"$4.28 billion | money | 4.28e9 | USD",
		"2012 | date | 2012 | year")},
	{"The unit earned USD34.6 million and US$4.7 billion, then €1.2bn.", figures(
		"USD34.6 million | money | 34.6e6 | USD",
		"US$4.7 billion | money | 4.7e9 | USD",
		"€1.2bn | money | 1.2e9 | EUR")},
	{"A fine of 265 million euros, or 725 million USD, and $725million more; $55,838 million in all.", figures(
		"265 million euros | money | 265e6 | EUR",
		"725 million USD | money | 725e6 | USD",
		"$725million | money | 725e6 | USD",
		"$55,838 million | money | 55838e6 | USD")},
	{"Sales were $3.5BN and costs $740m.", figures(
		"$3.5BN | money | 3.5e9 | USD",
		"$740m | money | 740e6 | USD")},
	{"It has 87 million people and 2.5 Billion Monthly Active Users.", figures(
		"87 million people | count | 87e6 | people",
		"2.5 Billion | count | 2.5e9 | users")},
	{"Two plaintiffs sued; a dozen followed, and half a billion users were hit.", figures(
		"Two plaintiffs | count | 2 | plaintiffs",
		"a dozen | count | 12",
		"half a billion users | count | 5e8 | users")},
	{"Margins rose 37% and then 2.5 percentage points; churn fell 4 percent.", figures(
		"37% | percent | 0.37 | percent",
		"2.5 percentage points | percent | 0.025 | percentage points",
		"4 percent | percent | 0.04 | percent")},
	{"Profit doubled, costs grew 16-fold and sales were 3 times higher.", figures(
		"doubled | multiple | 2 | times",
		"16-fold | multiple | 16 | times",
		"3 times | multiple | 3 | times")},
	{"It was announced on July 24, 2019, confirmed on 24 July 2019 and in March 2018.", figures(
		"July 24, 2019 | date | 2019-07-24 | day",
		"24 July 2019 | date | 2019-07-24 | day",
		"March 2018 | date | 2018-03 | month")},
	{"In 2019, sales in Q4 2019 and in the fourth quarter of 2019 beat the third quarter.", figures(
		"2019 | date | 2019 | year",
		"Q4 2019 | date | 2019Q4 | quarter",
		"the fourth quarter of 2019 | date | 2019Q4 | quarter",
		"the third quarter | date | 2019Q3 | quarter")},
	{"Revenue grew from 2012–2019 and between 2018 and 2019; FY2019 closed.", figures(
		"2012–2019 | date | 2012/2019 | year",
		"2018 and 2019 | date | 2018/2019 | year",
		"FY2019 | date | FY2019 | year")},
	{"Reports came twice a week, then every two weeks, then bi-weekly with daily counts.", figures(
		"twice a week | frequency | 2 | per week",
		"every two weeks | frequency | 0.5 | per week",
		"bi-weekly | frequency | 0.5 | per week",
		"daily | frequency | 1 | per day")},
	{"The deal lasted nearly a decade; within a month it paid off, after 10 years.", figures(
		"a decade | duration | 10 | years | nearly",
		"a month | duration | 1 | months | within",
		"10 years | duration | 10 | years | after")},
	{"It ran at least since 2011 until 2019, and it was not until 2016 that it changed.", figures(
		"2011 | date | 2011 | year | at least since",
		"2019 | date | 2019 | year | until",
		"2016 | date | 2016 | year")},
	{"In 2021, Acme listed. Its rival fell in 2019. That same year, it paid $5 million.", figures(
		"2021 | date | 2021 | year",
		"2019 | date | 2019 | year",
		"That same year | date | 2021 | year",
		"$5 million | money | 5e6 | USD")},
	{"Acme named Jo its chair in May 2020. Shortly after Jo’s appointment, it sold a unit.", figures(
		"May 2020 | date | 2020-05 | month",
		"Jo’s appointment | date | 2020-05 | month | shortly after")},
	{"In 2019, fourth-quarter sales rose, first-quarter 2020 sales fell and Second-Quarter costs held.", figures(
		"2019 | date | 2019 | year",
		"fourth-quarter | date | 2019Q4 | quarter",
		"first-quarter 2020 | date | 2020Q1 | quarter",
		"Second-Quarter | date | 2020Q2 | quarter")},
	{"It hired two hundred engineers, one hundred fifty designers and three hundred and twenty-five clerks; three new stores and two hundred million users followed.", figures(
		"two hundred engineers | count | 200 | engineers",
		"one hundred fifty designers | count | 150 | designers",
		"three hundred and twenty-five clerks | count | 325 | clerks",
		"three | count | 3 | stores",
		"two hundred million users | count | 2e8 | users")},
	{"Nine data brokers paid; seventeen states and eleven agencies sued, and the two firms settled.", figures(
		"Nine | count | 9 | brokers",
		"seventeen states | count | 17 | states",
		"eleven agencies | count | 11 | agencies")},
	{"Fans used its apps daily in 2023 and daily for hours; it doubles down on daily podcasts, and Acme doubled down.", figures(
		"2023 | date | 2023 | year",
		"daily | frequency | 1 | per day")},
	{"It paid more than $100 million, about $5 billion, up to $51 and at least 3 fines.", figures(
		"$100 million | money | 1e8 | USD | more than",
		"$5 billion | money | 5e9 | USD | about",
		"$51 | money | 51 | USD | up to",
		"3 | count | 3 |  | at least")},
	{"Under Section 230 and Article 25, COVID-19 and the Form 10-K are no figures; nor is the seventh quarter.", nil},
	{"1. Revenue\n", nil},
	{"By Jane Roe\n5 min read\nShares rose 5%.", figures(
		"5% | percent | 0.05 | percent")},
	{"Spending was hundreds of millions of dollars.", figures(
		"hundreds of millions of dollars | money |  | USD")},
	{"It dropped 39 cents; 1 in 6 passed.", figures(
		"39 cents | money | 0.39 | USD",
		"1 in 6 | percent | 1/6 | percent")},
	{"", nil},
}

// figures reads figures written "text | kind | value | unit | hedge", the
// last fields left out where empty: value is a date's period, or else a
// number or a fraction such as 1/6.
func figures(lines ...string) []Figure {
	out := make([]Figure, len(lines))
	for i, line := range lines {
		f := append(strings.Split(line, " | "), "", "", "")
		out[i] = Figure{Text: f[0], Kind: FigureKind(f[1]), Unit: f[3], Hedge: f[4]}
		switch num, den, frac := strings.Cut(f[2], "/"); {
		case out[i].Kind == Date:
			out[i].Period = f[2]
		case frac:
			out[i].Value = parseFloat(num) / parseFloat(den)
		case f[2] != "":
			out[i].Value = parseFloat(f[2])
		}
	}
	return out
}

func parseFloat(s string) float64 {
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic(err) // a mistake in the table of a test
	}
	return x
}

func TestFigures(t *testing.T) {
	for _, tt := range figureTests {
		got := Figures(tt.text)
		if len(got) != len(tt.want) {
			var texts []string
			for _, f := range got {
				texts = append(texts, f.Text)
			}
			t.Errorf("%q: got %d figures %q, want %d", tt.text, len(got), texts, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			g := got[i]
			if g.Text != w.Text || g.Kind != w.Kind || math.Abs(g.Value-w.Value) > 1e-9*math.Abs(w.Value) ||
				g.Period != w.Period || g.Unit != w.Unit || g.Hedge != w.Hedge {
				t.Errorf("%q: figure %d = {%q %s %v %q %q %q}, want {%q %s %v %q %q %q}", tt.text, i,
					g.Text, g.Kind, g.Value, g.Period, g.Unit, g.Hedge, w.Text, w.Kind, w.Value, w.Period, w.Unit, w.Hedge)
			}
			if tt.text[g.Start:g.End] != g.Text {
				t.Errorf("%q: figure %q at [%d, %d) reads %q", tt.text, g.Text, g.Start, g.End, tt.text[g.Start:g.End])
			}
			if g.Vague != (w.Value == 0 && w.Kind != Date) {
				t.Errorf("%q: figure %q vague %v", tt.text, g.Text, g.Vague)
			}
		}
	}
}

// TestYearFromContext checks that a quarter or month without a year takes
// it from the sentence, or the dateline, and stays without one otherwise.
func TestYearFromContext(t *testing.T) {
	// Each case is the text, the period wanted, and the text of the
	// figure to look at when it is not the last.
	for _, tc := range [][]string{
		{"Tuesday, Apr 02, 2024 - 05:00 PM\nThe papers were unsealed on March 23.", "2024-03-23"},
		{"Tuesday, Apr 02, 2024 - 05:00 PM\nThey were filed last April.", "2023-04"},
		{"Sales fell in the June quarter.", ""},
		{"In 2015 sales rose; in Q3 they fell.", "2015Q3"},
		// An article dated early in a year: a period that would start
		// after its date is the previous year's.
		{"Published Jan 29, 2020\nAcme's sales rose in the fourth quarter.", "2019Q4"},
		{"date 2020-02-12\nAcme's sales peaked in December.", "2019-12"},
		{"Published Feb 3, 2020\nFor the quarter ended December 31, Acme earned more.", "2019-12-31"},
		{"Acme, Jan. 28, 2021 - Acme lost money. Its fourth-quarter sales fell.", "2020Q4"},
		// The period in progress, or next, stays in the article's year.
		{"Published Jan 29, 2020\nAcme expects first-quarter sales to rise.", "2020Q1"},
		{"Published Jan 15, 2020\nAcme opens a store in March.", "2020-03"},
		{"Published Jul 25, 2020\nAcme expects fourth-quarter sales to rise.", "2020Q4"},
		{"Published May 5, 2020\nAcme's sales had fallen in the fourth quarter.", "2019Q4"},
		{"Published Nov 2, 2020\nSales of the third quarter rose.", "2020Q3"},
		// A year carries to the next sentence of its paragraph, no farther.
		{"Published Feb 3, 2021\nAcme was founded in 2011. In April, it listed.", "2011-04"},
		{"Published Feb 3, 2021\nAcme was founded in 2011. It grew. In April, it listed.", "2021-04"},
		{"Published Feb 3, 2021\nAcme was founded in 2011. It grew. In October, it listed.", "2020-10"},
		{"Published Feb 3, 2021\nAcme was founded in 2011.\nIn the third quarter, it listed.", "2020Q3"},
		{"Published Sep 3, 2021\nAcme has sold shoes since 2011.\n\nIn the third quarter, it listed.", "2021Q3"},
		// Without an article's date, the last year written decides.
		{"Acme listed in 2011.\nIn the third quarter, it grew.", "2011Q3"},
		// A fiscal quarter takes the fiscal year the text states.
		{"Fiscal 2025 sales grew, and so did its fourth fiscal quarter's.", "FY2025Q4"},
		{"Acme's revenue for its fourth fiscal quarter rose. Fiscal 2025 sales grew.", "FY2025Q4", "fourth fiscal quarter"},
		{"In fiscal year 2024 Acme grew. Published Jul 30, 2025 it said. Its fourth fiscal quarter was strong.", "FY2024Q4"},
		{"FY2023 was weak. Sales rose in the second fiscal quarter.", "FY2023Q2"},
		{"Published Jul 30, 2025\nRevenue of its fourth fiscal quarter rose.", "FY2025Q4"},
		{"Revenue of its fourth fiscal quarter rose in 2019.", "", "fourth fiscal quarter"},
		{"On Jan. 28, 2021, Acme said its fourth-quarter sales fell.", "2020Q4"},
		{"On Jul. 28, 2021, Acme said sales would rise in the fourth quarter.", "2021Q4"},
	} {
		tt := struct{ text, want, fig string }{tc[0], tc[1], ""}
		if len(tc) > 2 {
			tt.fig = tc[2]
		}
		figs := Figures(tt.text)
		last := figs[len(figs)-1]
		for _, f := range figs {
			if f.Text == tt.fig {
				last = f
			}
		}
		if last.Period != tt.want {
			t.Errorf("%q: %q has period %q, want %q", tt.text, last.Text, last.Period, tt.want)
		}
	}
}

func TestValidate(t *testing.T) {
	for _, tt := range []struct {
		text   string
		offset int
		msg    string
	}{
		{"ok\x00no", 2, "NUL"},
		{"caf\xe9", 3, "invalid UTF-8"},
	} {
		err := Validate("a.txt", []byte(tt.text))
		ie, ok := err.(*InputError)
		if !ok || ie.Offset != tt.offset || !strings.Contains(ie.Msg, tt.msg) || ie.File != "a.txt" {
			t.Errorf("Validate(%q) = %v, want an InputError at byte %d saying %s", tt.text, err, tt.offset, tt.msg)
		}
	}
	if err := Validate("a.txt", nil); err != nil {
		t.Errorf("Validate(empty) = %v", err)
	}
	if _, err := Read(strings.NewReader(strings.Repeat("a", MaxSize+1)), "big.txt"); err == nil || !strings.Contains(err.Error(), "big.txt: byte 16777216") {
		t.Errorf("Read(over MaxSize) = %v", err)
	}
}

// TestDollarAmount checks the fast path for "$4.28 billion" against
// finance.ParseAmount, which it stands in for: where it reads a text, the
// value is ParseAmount's to the bit and the unit is USD.
func TestDollarAmount(t *testing.T) {
	var texts []string
	for _, n := range []string{"0", "5", "05", "4.28", "69.66", "0.5", "600,000", "1,234,567.89", "1,23", "1234,567",
		"12,345.", "1.2.3", ".5", "5.", "123456789012345", "1234567890123456", "0.000000000000001", "9,999", "99,99,999"} {
		for _, scale := range []string{"", " thousand", " million", " billion", " trillion", " bn", "  million", " Million", "m", " millions"} {
			texts = append(texts, "$"+n+scale)
		}
	}
	texts = append(texts, "$", "$ 5", "$,5", "$5,", "US$5", "€5 million", "$-5", "$5 million dollars")
	read := 0
	for _, s := range texts {
		v, ok := dollarAmount(s)
		if !ok {
			continue
		}
		read++
		a, err := finance.ParseAmount(s)
		if err != nil {
			t.Errorf("dollarAmount(%q) = %v, ParseAmount fails: %v", s, v, err)
			continue
		}
		if w := a.Value.Float64(); math.Float64bits(v) != math.Float64bits(w) || a.Unit.String() != "USD" {
			t.Errorf("dollarAmount(%q) = %v USD, ParseAmount %v %s", s, v, w, a.Unit)
		}
	}
	// Ten numbers are well formed and short enough, with five endings.
	if read != 50 {
		t.Errorf("dollarAmount read %d of the %d texts, want 50", read, len(texts))
	}
}
