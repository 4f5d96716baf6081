package claims_test

import (
	"fmt"
	"testing/fstest"

	"github.com/finfig/finfig/claims"
	"github.com/finfig/finfig/datapkg"
)

func ExampleEventsFrom() {
	// A package of one table, events, whose schema checks the ids and
	// the kinds of source; EventsFrom checks what the cells mean.
	fsys := fstest.MapFS{
		"datapackage.json": {Data: []byte(`{"resources": [{"name": "events", "path": "events.csv", "schema": {"fields": [
  {"name": "id", "constraints": {"required": true, "unique": true}}, {"name": "name"}, {"name": "kind"},
  {"name": "date"}, {"name": "end_date"}, {"name": "value", "type": "number"}, {"name": "unit"},
  {"name": "decimals", "type": "integer"}, {"name": "per_year", "type": "number"},
  {"name": "source_kind", "constraints": {"enum": ["P", "S", "seed", "none"]}},
  {"name": "source"}, {"name": "locator"}, {"name": "quote"}, {"name": "note"}]}}]}`)},
		"events.csv": {Data: []byte(`id,name,kind,date,end_date,value,unit,decimals,per_year,source_kind,source,locator,quote,note
acme-fine,Fine on Acme,penalty,2019-07-24,,5000000000,USD,-9,,P,Regulator's release,,,
acme-reports,Acme's reports,cadence,2016,2019-06,,,,26,S,Filing,,,
`)},
	}
	t, err := datapkg.LoadTable(fsys, "events", datapkg.Options{})
	if err != nil {
		panic(err)
	}
	events, err := claims.EventsFrom(t)
	if err != nil {
		panic(err)
	}
	for _, id := range events.IDs() {
		e, _ := events.Get(id)
		fmt.Printf("%s %s", e.ID, e.Date)
		if !e.EndDate.IsZero() {
			fmt.Printf(" to %s", e.EndDate)
		}
		fmt.Print(":")
		if e.HasValue {
			fmt.Printf(" %s %s, decimals %d", e.Value, e.Unit, e.Value.Decimals())
		}
		if e.PerYear != 0 {
			fmt.Printf(" %g a year", e.PerYear)
		}
		fmt.Println()
	}

	// A span that ends before it starts is refused at its cell.
	fsys["events.csv"].Data = []byte(`id,name,kind,date,end_date,value,unit,decimals,per_year,source_kind,source,locator,quote,note
acme-reports,Acme's reports,cadence,2019,2016-06,,,,26,S,Filing,,,
`)
	t, err = datapkg.LoadTable(fsys, "events", datapkg.Options{})
	if err != nil {
		panic(err)
	}
	_, err = claims.EventsFrom(t)
	fmt.Println(err)
	// Output:
	// acme-fine 2019-07-24: 5000000000 USD, decimals -9
	// acme-reports 2016 to 2019-06: 26 a year
	// events.csv:2:5 (end_date): end_date 2016-06 is before date 2019 (expected a span that ends after it starts)
}
