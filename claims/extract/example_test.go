package extract_test

import (
	"fmt"

	"github.com/finfig/finfig/claims"
	"github.com/finfig/finfig/claims/extract"
)

func ExampleFigures() {
	text := "Sales rose from $4.28 billion in 2012 to €1.2bn, up 37%, and reports came every two weeks for nearly a decade."
	for _, f := range extract.Figures(text) {
		fmt.Printf("%-15q %-9s value=%g period=%q unit=%q hedge=%q\n", f.Text, f.Kind, f.Value, f.Period, f.Unit, f.Hedge)
	}
	// Output:
	// "$4.28 billion" money     value=4.28e+09 period="" unit="USD" hedge=""
	// "2012"          date      value=0 period="2012" unit="year" hedge=""
	// "€1.2bn"        money     value=1.2e+09 period="" unit="EUR" hedge=""
	// "37%"           percent   value=0.37 period="" unit="percent" hedge=""
	// "every two weeks" frequency value=0.5 period="" unit="per week" hedge=""
	// "a decade"      duration  value=10 period="" unit="years" hedge="nearly"
}

func ExampleExtractor_Extract() {
	x := &extract.Extractor{Subjects: []extract.Subject{
		{ID: "acme", Kind: extract.SubjectEntity, Names: []string{"Acme"}},
		{ID: "acme.revenue", Kind: extract.SubjectSeries, Names: []string{"revenue"}},
	}}
	cs, err := x.Extract("acme.txt", []byte("Acme's revenue rose from $1.5 billion in 2015 to $6 billion in 2020."))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range cs {
		switch c.Kind {
		case claims.KindChange:
			fmt.Println(c.ID, c.Kind, c.Subject, c.From, c.To, c.Claimed, c.ClaimedEnd, c.Sure)
		default:
			fmt.Println(c.ID, c.Kind, c.Subject, c.Period, c.Claimed, c.Sure)
		}
	}
	// Output:
	// acme-change-1-5-billion change acme.revenue 2015 2020 $1.5 billion $6 billion high
	// acme-value-1-5-billion value acme.revenue 2015 $1.5 billion high
	// acme-value-6-billion value acme.revenue 2020 $6 billion high
}
