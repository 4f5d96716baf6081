package extract

import (
	"math"
	"strings"
	"testing"
)

// The sentences below are written for these tests.
var figureTests = []struct {
	text string
	want []Figure // Text, Kind, Value, Period, Unit, Hedge are compared
}{
	{"Revenue reached $4.28 billion in 2012.", []Figure{
		{Text: "$4.28 billion", Kind: Money, Value: 4.28e9, Unit: "USD"},
		{Text: "2012", Kind: Date, Period: "2012", Unit: "year"}}},
	{"The unit earned USD34.6 million and US$4.7 billion, then €1.2bn.", []Figure{
		{Text: "USD34.6 million", Kind: Money, Value: 34.6e6, Unit: "USD"},
		{Text: "US$4.7 billion", Kind: Money, Value: 4.7e9, Unit: "USD"},
		{Text: "€1.2bn", Kind: Money, Value: 1.2e9, Unit: "EUR"}}},
	{"A fine of 265 million euros, or 725 million USD, and $725million more; $55,838 million in all.", []Figure{
		{Text: "265 million euros", Kind: Money, Value: 265e6, Unit: "EUR"},
		{Text: "725 million USD", Kind: Money, Value: 725e6, Unit: "USD"},
		{Text: "$725million", Kind: Money, Value: 725e6, Unit: "USD"},
		{Text: "$55,838 million", Kind: Money, Value: 55838e6, Unit: "USD"}}},
	{"Sales were $3.5BN and costs $740m.", []Figure{
		{Text: "$3.5BN", Kind: Money, Value: 3.5e9, Unit: "USD"},
		{Text: "$740m", Kind: Money, Value: 740e6, Unit: "USD"}}},
	{"It has 87 million people and 2.5 Billion Monthly Active Users.", []Figure{
		{Text: "87 million people", Kind: Count, Value: 87e6, Unit: "people"},
		{Text: "2.5 Billion", Kind: Count, Value: 2.5e9, Unit: "users"}}},
	{"Two plaintiffs sued; a dozen followed, and half a billion users were hit.", []Figure{
		{Text: "Two plaintiffs", Kind: Count, Value: 2, Unit: "plaintiffs"},
		{Text: "a dozen", Kind: Count, Value: 12},
		{Text: "half a billion users", Kind: Count, Value: 5e8, Unit: "users"}}},
	{"Margins rose 37% and then 2.5 percentage points; churn fell 4 percent.", []Figure{
		{Text: "37%", Kind: Percent, Value: 0.37, Unit: "percent"},
		{Text: "2.5 percentage points", Kind: Percent, Value: 0.025, Unit: "percentage points"},
		{Text: "4 percent", Kind: Percent, Value: 0.04, Unit: "percent"}}},
	{"Profit doubled, costs grew 16-fold and sales were 3 times higher.", []Figure{
		{Text: "doubled", Kind: Multiple, Value: 2, Unit: "times"},
		{Text: "16-fold", Kind: Multiple, Value: 16, Unit: "times"},
		{Text: "3 times", Kind: Multiple, Value: 3, Unit: "times"}}},
	{"It was announced on July 24, 2019, confirmed on 24 July 2019 and in March 2018.", []Figure{
		{Text: "July 24, 2019", Kind: Date, Period: "2019-07-24", Unit: "day"},
		{Text: "24 July 2019", Kind: Date, Period: "2019-07-24", Unit: "day"},
		{Text: "March 2018", Kind: Date, Period: "2018-03", Unit: "month"}}},
	{"In 2019, sales in Q4 2019 and in the fourth quarter of 2019 beat the third quarter.", []Figure{
		{Text: "2019", Kind: Date, Period: "2019", Unit: "year"},
		{Text: "Q4 2019", Kind: Date, Period: "2019Q4", Unit: "quarter"},
		{Text: "the fourth quarter of 2019", Kind: Date, Period: "2019Q4", Unit: "quarter"},
		{Text: "the third quarter", Kind: Date, Period: "2019Q3", Unit: "quarter"}}},
	{"Revenue grew from 2012–2019 and between 2018 and 2019; FY2019 closed.", []Figure{
		{Text: "2012–2019", Kind: Date, Period: "2012/2019", Unit: "year"},
		{Text: "2018 and 2019", Kind: Date, Period: "2018/2019", Unit: "year"},
		{Text: "FY2019", Kind: Date, Period: "FY2019", Unit: "year"}}},
	{"Reports came twice a week, then every two weeks, then bi-weekly with daily counts.", []Figure{
		{Text: "twice a week", Kind: Frequency, Value: 2, Unit: "per week"},
		{Text: "every two weeks", Kind: Frequency, Value: 0.5, Unit: "per week"},
		{Text: "bi-weekly", Kind: Frequency, Value: 0.5, Unit: "per week"},
		{Text: "daily", Kind: Frequency, Value: 1, Unit: "per day"}}},
	{"The deal lasted nearly a decade; within a month it paid off, after 10 years.", []Figure{
		{Text: "a decade", Kind: Duration, Value: 10, Unit: "years", Hedge: "nearly"},
		{Text: "a month", Kind: Duration, Value: 1, Unit: "months", Hedge: "within"},
		{Text: "10 years", Kind: Duration, Value: 10, Unit: "years", Hedge: "after"}}},
	{"It ran at least since 2011 until 2019, and it was not until 2016 that it changed.", []Figure{
		{Text: "2011", Kind: Date, Period: "2011", Unit: "year", Hedge: "at least since"},
		{Text: "2019", Kind: Date, Period: "2019", Unit: "year", Hedge: "until"},
		{Text: "2016", Kind: Date, Period: "2016", Unit: "year"}}},
	{"In 2021, Acme listed. Its rival fell in 2019. That same year, it paid $5 million.", []Figure{
		{Text: "2021", Kind: Date, Period: "2021", Unit: "year"},
		{Text: "2019", Kind: Date, Period: "2019", Unit: "year"},
		{Text: "That same year", Kind: Date, Period: "2021", Unit: "year"},
		{Text: "$5 million", Kind: Money, Value: 5e6, Unit: "USD"}}},
	{"Acme named Jo its chair in May 2020. Shortly after Jo’s appointment, it sold a unit.", []Figure{
		{Text: "May 2020", Kind: Date, Period: "2020-05", Unit: "month"},
		{Text: "Jo’s appointment", Kind: Date, Period: "2020-05", Unit: "month", Hedge: "shortly after"}}},
	{"In 2019, fourth-quarter sales rose, first-quarter 2020 sales fell and Second-Quarter costs held.", []Figure{
		{Text: "2019", Kind: Date, Period: "2019", Unit: "year"},
		{Text: "fourth-quarter", Kind: Date, Period: "2019Q4", Unit: "quarter"},
		{Text: "first-quarter 2020", Kind: Date, Period: "2020Q1", Unit: "quarter"},
		{Text: "Second-Quarter", Kind: Date, Period: "2020Q2", Unit: "quarter"}}},
	{"It hired two hundred engineers, one hundred fifty designers and three hundred and twenty-five clerks; three new stores and two hundred million users followed.", []Figure{
		{Text: "two hundred", Kind: Count, Value: 200},
		{Text: "one hundred fifty", Kind: Count, Value: 150},
		{Text: "three hundred and twenty-five", Kind: Count, Value: 325},
		{Text: "three", Kind: Count, Value: 3, Unit: "stores"},
		{Text: "two hundred million users", Kind: Count, Value: 2e8, Unit: "users"}}},
	{"It paid more than $100 million, about $5 billion, up to $51 and at least 3 fines.", []Figure{
		{Text: "$100 million", Kind: Money, Value: 1e8, Unit: "USD", Hedge: "more than"},
		{Text: "$5 billion", Kind: Money, Value: 5e9, Unit: "USD", Hedge: "about"},
		{Text: "$51", Kind: Money, Value: 51, Unit: "USD", Hedge: "up to"},
		{Text: "3", Kind: Count, Value: 3, Hedge: "at least"}}},
	{"Under Section 230 and Article 25, COVID-19 and the Form 10-K are no figures; nor is the seventh quarter.", nil},
	{"1. Revenue\n", nil},
	{"By Jane Roe\n5 min read\nShares rose 5%.", []Figure{
		{Text: "5%", Kind: Percent, Value: 0.05, Unit: "percent"}}},
	{"Spending was hundreds of millions of dollars.", []Figure{
		{Text: "hundreds of millions of dollars", Kind: Money, Unit: "USD"}}},
	{"It dropped 39 cents; 1 in 6 passed.", []Figure{
		{Text: "39 cents", Kind: Money, Value: 0.39, Unit: "USD"},
		{Text: "1 in 6", Kind: Percent, Value: 1.0 / 6, Unit: "percent"}}},
	{"", nil},
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
	for _, tt := range []struct{ text, want string }{
		{"Tuesday, Apr 02, 2024 - 05:00 PM\nThe papers were unsealed on March 23.", "2024-03-23"},
		{"Tuesday, Apr 02, 2024 - 05:00 PM\nThey were filed last April.", "2023-04"},
		{"Sales fell in the June quarter.", ""},
		{"In 2015 sales rose; in Q3 they fell.", "2015Q3"},
	} {
		figs := Figures(tt.text)
		last := figs[len(figs)-1]
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
