package datapkg_test

import (
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
