package datapkg_test

import (
	"errors"
	"fmt"
	"testing/fstest"

	"github.com/finfig/finfig/datapkg"
)

const descriptor = `{
  "resources": [
    {"name": "series", "path": "series.csv", "schema": {"fields": [
      {"name": "id"}, {"name": "name"}, {"name": "unit"}, {"name": "frequency"}, {"name": "description"}]}},
    {"name": "observations", "path": "observations.csv", "schema": {"fields": [
      {"name": "series"}, {"name": "vintage"}, {"name": "period"}, {"name": "value"}, {"name": "decimals"},
      {"name": "kind"}, {"name": "source"}, {"name": "locator"}, {"name": "quote"}, {"name": "note"}]}}
  ]
}`

func ExampleLoad() {
	fsys := fstest.MapFS{
		"datapackage.json": {Data: []byte(descriptor)},
		"series.csv": {Data: []byte(`id,name,unit,frequency,description
facebook.ad_revenue,Facebook advertising revenue,USD,annual,filed in USD millions
`)},
		"observations.csv": {Data: []byte(`series,vintage,period,value,decimals,kind,source,locator,quote,note
facebook.ad_revenue,,2018,55013000000,-6,P,Facebook Q4 2018 earnings release,,,
facebook.ad_revenue,,2019,69655000000,-6,P,Facebook Q4 2019 earnings release,,"Advertising $20,736 $16,640 25% $69,655 $55,013 27%",
`)},
	}
	p, err := datapkg.Load(fsys, datapkg.Options{})
	if err != nil {
		panic(err)
	}
	s, err := p.Series("facebook.ad_revenue")
	if err != nil {
		panic(err)
	}
	for _, pt := range s.All() {
		fmt.Printf("%s %s USD, decimals %d, from %s\n", pt.Period, pt.Value, pt.Value.Decimals(), pt.Source)
	}

	// A figure mistyped in the file.
	fsys["observations.csv"].Data = []byte(`series,vintage,period,value,decimals,kind,source,locator,quote,note
facebook.ad_revenue,,2019,69655OOOOOO,-6,P,Facebook Q4 2019 earnings release,,,
`)
	_, err = datapkg.Load(fsys, datapkg.Options{})
	fmt.Println(err)
	// Output:
	// 2018 55013000000 USD, decimals -6, from Facebook Q4 2018 earnings release
	// 2019 69655000000 USD, decimals -6, from Facebook Q4 2019 earnings release
	// observations.csv:2:4 (value): cannot parse "69655OOOOOO" as decimal: unexpected character 'O' (expected a plain decimal in base units such as 4279000000 or 245.120, or an empty cell for a value not available)
}

func ExamplePackage_Table() {
	fsys := fstest.MapFS{
		"datapackage.json": {Data: []byte(`{
  "resources": [
    {"name": "series", "path": "series.csv", "schema": {"fields": [
      {"name": "id"}, {"name": "name"}, {"name": "unit"}, {"name": "frequency"}, {"name": "description"}]}},
    {"name": "observations", "path": "observations.csv", "schema": {"fields": [
      {"name": "series"}, {"name": "vintage"}, {"name": "period"}, {"name": "value"}, {"name": "decimals"},
      {"name": "kind"}, {"name": "source"}, {"name": "locator"}, {"name": "quote"}, {"name": "note"}]}},
    {"name": "events", "path": "events.csv", "schema": {"fields": [
      {"name": "id", "constraints": {"required": true, "unique": true}},
      {"name": "date", "type": "date"},
      {"name": "value", "type": "number"}]}}
  ]
}`)},
		"series.csv":       {Data: []byte("id,name,unit,frequency,description\n")},
		"observations.csv": {Data: []byte("series,vintage,period,value,decimals,kind,source,locator,quote,note\n")},
		"events.csv": {Data: []byte(`id,date,value
ftc-penalty,2019-07-24,5000000000
ca-settlement,2022-12-22,725000000
`)},
	}
	p, err := datapkg.Load(fsys, datapkg.Options{})
	if err != nil {
		panic(err)
	}
	events, ok := p.Table("events")
	if !ok {
		panic("no events table")
	}
	fmt.Println(events.Fields())
	for rec := range events.All() {
		fmt.Println(rec.Get("id"), rec.Get("date"), rec.Get("value"))
	}

	// The consumer finds a value it cannot use and says where it is.
	for rec := range events.All() {
		if rec.Get("id") == "ca-settlement" {
			fmt.Println(rec.Err("value", errors.New("no currency for the value")))
		}
	}

	// A date that is not a day of the calendar is refused when loading.
	fsys["events.csv"].Data = []byte("id,date,value\nftc-penalty,2019-02-30,5000000000\n")
	_, err = datapkg.Load(fsys, datapkg.Options{})
	fmt.Println(err)
	// Output:
	// [id date value]
	// ftc-penalty 2019-07-24 5000000000
	// ca-settlement 2022-12-22 725000000
	// events.csv:3:3 (value): no currency for the value
	// events.csv:2:2 (date): "2019-02-30" is not a date (expected a day of the calendar written YYYY-MM-DD: the field's type is date)
}
