package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/finfig/finfig/datapkg"
)

// subjectColumns are the columns a subjects table must have.
var subjectColumns = []string{"id", "kind", "names"}

// SubjectsFrom reads the subjects of a data package's table (the
// resource "subjects"): the columns id, kind (series, event or entity)
// and names, separated by "|". A problem is a *datapkg.Error naming the
// file, line and column of the cell at fault, whether or not the table's
// schema declares the constraints: an id given twice, an unknown kind, a
// row without names.
func SubjectsFrom(t *datapkg.Table) ([]Subject, error) {
	for _, c := range subjectColumns {
		if !slices.Contains(t.Fields(), c) {
			return nil, t.Err(c, fmt.Errorf("%s has no column %s (expected the columns %s)", t.Name(), c, strings.Join(subjectColumns, ",")))
		}
	}
	out := make([]Subject, 0, t.Len())
	lines := map[string]int{} // the line of each id
	for rec := range t.All() {
		id, kind := strings.TrimSpace(rec.Get("id")), strings.TrimSpace(rec.Get("kind"))
		if id == "" {
			return nil, rec.Err("id", fmt.Errorf("empty id (expected a series, event or entity id)"))
		}
		if first, dup := lines[id]; dup {
			return nil, rec.Err("id", fmt.Errorf("subject %q given twice (first on line %d; expected each id once)", id, first))
		}
		lines[id] = rec.Line()
		switch kind {
		case SubjectSeries, SubjectEvent, SubjectEntity:
		default:
			return nil, rec.Err("kind", fmt.Errorf("kind %q (expected series, event or entity)", kind))
		}
		var names []string
		for n := range strings.SplitSeq(rec.Get("names"), "|") {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
		if len(names) == 0 {
			return nil, rec.Err("names", fmt.Errorf("no names for %s (expected names separated by |)", id))
		}
		out = append(out, Subject{ID: id, Kind: kind, Names: names})
	}
	return out, nil
}
