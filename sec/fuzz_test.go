package sec_test

import (
	"errors"
	"testing"

	"github.com/finfig/finfig/sec"
	"github.com/finfig/finfig/series"
)

// FuzzImportJSON feeds the importer arbitrary documents: it must return a
// company's series or an error that says where, never panic.
func FuzzImportJSON(f *testing.F) {
	for _, s := range []string{fiscalCo, calendarCo, fact("USD", okFact), fact("widgets", okFact), `{"cik":1,"facts":{}}`, `[`, `{"cik":"0000000001"}`} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, skipBad bool) {
		im := sec.NewImporter(sec.Options{SkipBad: skipBad}, func(vs []*series.Series) error {
			if len(vs) == 0 || vs[0].ID() == "" {
				t.Fatal("a series without an id")
			}
			return nil
		})
		err := im.ImportJSON(data, "fuzz.json")
		var se *sec.SyntaxError
		var fe *sec.FactError
		if err != nil && !errors.As(err, &se) && !errors.As(err, &fe) {
			t.Logf("error without a position: %v", err)
		}
	})
}
