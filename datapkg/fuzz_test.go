package datapkg

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
)

// FuzzLoad loads packages of arbitrary descriptor, series and observation
// bytes. Load must never panic, must return an *Error and no package, or a
// package that writes out and loads back the same, and that writes out
// the same bytes again.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(testDescriptor), []byte(testSeries), []byte(testObservations))
	var reported [3][]byte
	for i, name := range []string{"datapackage.json", "series.csv", "observations.csv"} {
		b, err := os.ReadFile(filepath.Join(reportedDir, name))
		if err != nil {
			f.Fatal(err)
		}
		reported[i] = b
	}
	f.Add(reported[0], reported[1], reported[2])
	f.Add([]byte(testDescriptor), []byte(testSeries), []byte("series,vintage,period,value,decimals,kind,source,locator,quote,note\r\nacme.revenue,,2019,-0.50,INF,,\"a\r\nb\",,,\r\n"))
	f.Add([]byte(testDescriptor), []byte(bom+testSeries), []byte("series,vintage,period,value,decimals,kind,source,locator,quote,note\nacme.users,x,2019Q1,,,,,,,\"\"\"\"\n"))
	f.Fuzz(func(t *testing.T, desc, ser, obs []byte) {
		m := fstest.MapFS{
			"datapackage.json": {Data: desc},
			"series.csv":       {Data: ser},
			"observations.csv": {Data: obs},
		}
		p, err := Load(m, Options{MaxFileSize: 1 << 20})
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is %T, not *Error", err, err)
			}
			if p != nil {
				t.Fatal("a package returned with an error")
			}
			return
		}
		files, err := p.encode()
		if err != nil {
			t.Fatalf("encode: %v", err)
		}
		m2 := fstest.MapFS{}
		for _, f := range files {
			m2[f.name] = &fstest.MapFile{Data: f.data}
		}
		q, err := Load(m2, Options{MaxFileSize: 1 << 30})
		if err != nil {
			t.Fatalf("written package does not load: %v", err)
		}
		if err := samePackage(p, q); err != nil {
			t.Fatalf("written package differs: %v", err)
		}
		files2, err := q.encode()
		if err != nil {
			t.Fatal(err)
		}
		for i := range files {
			if !bytes.Equal(files[i].data, files2[i].data) {
				t.Fatalf("%s written twice differs:\n%q\n%q", files[i].name, files[i].data, files2[i].data)
			}
		}
	})
}
