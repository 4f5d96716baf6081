package extract

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/finfig/finfig/datapkg"
)

// subjectsPackage is a data package of a subjects table alone, whose
// schema declares no constraints: SubjectsFrom checks the cells itself.
func subjectsPackage(csv string) fstest.MapFS {
	return fstest.MapFS{
		"datapackage.json": {Data: []byte(`{"name": "t", "resources": [{"name": "subjects", "path": "subjects.csv",
			"profile": "tabular-data-resource", "schema": {"fields": [{"name": "id"}, {"name": "kind"}, {"name": "names"}]}}]}`)},
		"subjects.csv": {Data: []byte(csv)},
	}
}

func TestSubjectsFrom(t *testing.T) {
	t.Run("good", func(t *testing.T) {
		tb, err := datapkg.LoadTable(subjectsPackage("id,kind,names\nacme,entity,Acme| the widget maker \nacme.revenue,series,revenue\n"), "subjects", datapkg.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := SubjectsFrom(tb)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].ID != "acme" || strings.Join(got[0].Names, "|") != "Acme|the widget maker" || got[1].Kind != SubjectSeries {
			t.Errorf("subjects %+v", got)
		}
	})
	for _, tt := range []struct{ name, csv, want string }{
		{"bad kind", "id,kind,names\nacme,company,Acme\n", "subjects.csv:2:2"},
		{"twice", "id,kind,names\nacme,entity,Acme\nacme,entity,ACME\n", "subjects.csv:3:1"},
		{"no names", "id,kind,names\nacme,entity, | \n", "subjects.csv:2:3"},
		{"empty id", "id,kind,names\n,entity,Acme\n", "subjects.csv:2:1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tb, err := datapkg.LoadTable(subjectsPackage(tt.csv), "subjects", datapkg.Options{})
			if err != nil {
				t.Fatal(err)
			}
			_, err = SubjectsFrom(tb)
			var e *datapkg.Error
			if !errors.As(err, &e) || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %v, want a *datapkg.Error at %s", err, tt.want)
			}
		})
	}
	// A table without the column names.
	fs := subjectsPackage("id,kind\nacme,entity\n")
	fs["datapackage.json"].Data = []byte(strings.Replace(string(fs["datapackage.json"].Data), `, {"name": "names"}`, "", 1))
	tb, err := datapkg.LoadTable(fs, "subjects", datapkg.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := SubjectsFrom(tb); err == nil || !strings.Contains(err.Error(), "no column names") {
		t.Errorf("error %v, want one about the column names", err)
	}
}
