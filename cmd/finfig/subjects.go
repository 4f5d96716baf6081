package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/claims/extract"
)

// loadSubjects returns the subjects that extraction links claims to: the
// data directory's subjects.csv when it has one, else the embedded
// case's. An error names the file, line and column.
func loadSubjects(dir string) ([]extract.Subject, error) {
	if dir != "" {
		path := filepath.Join(dir, "subjects.csv")
		info, err := os.Stat(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, nil // a data package without subjects: no claim is linked
		case err != nil:
			return nil, err
		case !info.Mode().IsRegular():
			return nil, fmt.Errorf("%s: not a regular file (expected the subjects table of the data package, or nothing)", path)
		}
		f, err := openLimited(path, info)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return readSubjects(f, path)
	}
	f, err := fbnetflix.Files().Open("subjects.csv")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readSubjects(f, fbnetflix.Dir+"/subjects.csv")
}

// readSubjects reads a subjects table: the columns id, kind, names, with
// kind series, event or entity and the names separated by "|".
func readSubjects(r io.Reader, file string) ([]extract.Subject, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 3
	header, err := cr.Read()
	if err != nil {
		return nil, subjectsError(file, err)
	}
	if strings.TrimPrefix(header[0], "\uFEFF") != "id" || header[1] != "kind" || header[2] != "names" {
		return nil, fmt.Errorf("%s:1:1: header %q (expected id,kind,names)", file, strings.Join(header, ","))
	}
	var out []extract.Subject
	seen := map[string]int{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, subjectsError(file, err)
		}
		line, _ := cr.FieldPos(0)
		col := func(i int) int { _, c := cr.FieldPos(i); return c }
		id, kind := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1])
		if id == "" {
			return nil, fmt.Errorf("%s:%d:%d: empty id (expected a series, event or entity id)", file, line, col(0))
		}
		if prev, dup := seen[id]; dup {
			return nil, fmt.Errorf("%s:%d:%d: id %q already given on line %d", file, line, col(0), id, prev)
		}
		seen[id] = line
		switch kind {
		case extract.SubjectSeries, extract.SubjectEvent, extract.SubjectEntity:
		default:
			return nil, fmt.Errorf("%s:%d:%d: kind %q (expected series, event or entity)", file, line, col(1), kind)
		}
		var names []string
		for _, n := range strings.Split(rec[2], "|") {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
		if len(names) == 0 {
			return nil, fmt.Errorf("%s:%d:%d: no names for %s (expected names separated by |)", file, line, col(2), id)
		}
		out = append(out, extract.Subject{ID: id, Kind: kind, Names: names})
	}
}

func subjectsError(file string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s:%d:%d: %v", file, pe.Line, pe.Column, pe.Err)
	}
	if err == io.EOF {
		return fmt.Errorf("%s:1:1: empty file (expected the header id,kind,names)", file)
	}
	return fmt.Errorf("%s: %w", file, err)
}
