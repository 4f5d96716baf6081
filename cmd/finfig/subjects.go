package main

import (
	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/claims/extract"
	"github.com/finfig/finfig/datapkg"
)

// loadSubjects returns the subjects that extraction links claims to: the
// embedded case's without --data; else the subjects table that the data
// package's descriptor declares; else DIR/subjects.csv when there is one,
// read with the embedded case's schema of subjects; else none, and no
// claim is linked. An error names the file, line and column.
func loadSubjects(dir string, pkg *datapkg.Package) ([]extract.Subject, error) {
	if dir == "" {
		var err error
		if pkg, err = fbnetflix.Data(); err != nil {
			return nil, err
		}
	}
	if t, ok := pkg.Table("subjects"); ok {
		return extract.SubjectsFrom(t)
	}
	if dir == "" {
		return nil, nil
	}
	t, err := caseTable(dir, "subjects")
	if err != nil || t == nil {
		return nil, err
	}
	subjects, err := extract.SubjectsFrom(t)
	return subjects, inDir(dir, err)
}
