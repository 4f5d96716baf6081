package sec_test

import (
	"fmt"

	"github.com/finfig/finfig/sec"
	"github.com/finfig/finfig/series"
)

// An import of a filer whose year is the calendar year: the fourth quarter
// is derived from the year and the nine months to September.
func ExampleImporter() {
	im := sec.NewImporter(sec.Options{}, func(vintages []*series.Series) error {
		s := vintages[0]
		fmt.Printf("%s (%s, %s, %d vintage)\n", s.ID(), s.Unit(), s.Frequency(), len(vintages))
		for _, pt := range s.All() {
			fmt.Printf("  %s %s to %s: %s, derived %t\n", pt.Period, pt.Start.Format("2006-01-02"), pt.End.Format("2006-01-02"), pt.Value, pt.Derived)
		}
		return nil
	})
	if err := im.ImportJSON([]byte(calendarCo), "calendar.json"); err != nil {
		fmt.Println(err)
	}
	// Output:
	// cik9999902.revenue (USD, annual, 1 vintage)
	//   2019 2019-01-01 to 2019-12-31: 400, derived false
	// cik9999902.revenue.quarterly (USD, quarterly, 1 vintage)
	//   2019Q3 2019-07-01 to 2019-09-30: 100, derived false
	//   2019Q4 2019-10-01 to 2019-12-31: 110, derived true
}

// Bad input names the file, the line and column, the concept and the fact.
func ExampleParseCompany() {
	_, _, err := sec.ParseCompany([]byte(`{"cik": 1, "facts": {"us-gaap": {"Revenues": {"units": {"USD": [
{"end": "2019-12-31", "val": "12", "accn": "0000000001-20-000001", "form": "10-K", "filed": "2020-02-01"}]}}}}}`), "facts.json", false)
	fmt.Println(err)
	// Output:
	// facts.json:2:1: us-gaap:Revenues USD fact 1: "val" is a string (expected a number)
}
