package datapkg

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/finfig/finfig/series"
)

// file is one file of an encoded package.
type file struct {
	name string // the path in the package
	data []byte
}

// encode returns the package's files: the descriptor as read, and the CSV
// files with the rows in the order they were read, each value written as
// its exact decimal with its decimals, and then each table's file.
func (p *Package) encode() ([]file, error) {
	srows := [][]string{seriesColumns[:]}
	for _, id := range p.ids {
		m := p.metas[id]
		srows = append(srows, []string{m.ID, m.Name, m.Unit, m.Frequency.String(), m.Description})
	}
	ext := len(p.desc.observations.fields) > colDerived
	orows := make([][]string, 0, len(p.rows)+1)
	orows = append(orows, observationHeader(ext))
	for _, r := range p.rows {
		pt, _ := r.s.At(r.period)
		orows = append(orows, observationRecord(r.s, pt, ext))
	}
	files := []file{
		{name: DescriptorName, data: p.descriptor},
		{name: p.desc.series.path, data: writeCSV(srows, p.crlf[0])},
		{name: p.desc.observations.path, data: writeCSV(orows, p.crlf[1])},
	}
	for _, t := range p.tables {
		files = append(files, file{name: t.path, data: t.encode()})
	}
	return files, nil
}

// observationHeader returns the header of observations.csv, with the
// extension columns if ext.
func observationHeader(ext bool) []string {
	h := observationColumns[:]
	if ext {
		h = append(h[:len(h):len(h)], extensionColumns[:]...)
	}
	return h
}

// observationRecord returns the record of point pt of series s, with the
// extension columns if ext.
func observationRecord(s *series.Series, pt series.Point, ext bool) []string {
	var value, decimals string
	if !pt.Missing {
		value, decimals = pt.Value.String(), decimalsText(pt.Value.Decimals())
	}
	src := pt.Source
	rec := []string{s.ID(), s.Vintage(), pt.Period.String(), value, decimals,
		src.Kind, src.Document, src.Locator, src.Quote, src.Note}
	if ext {
		derived := ""
		if pt.Derived {
			derived = "true"
		}
		rec = append(rec, dateText(pt.Start), dateText(pt.End), derived)
	}
	return rec
}

// dateText writes a day as YYYY-MM-DD, or "" for the zero time.
func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// Write exports p to directory dir as a data package that Load reads back
// to the same series and tables: datapackage.json as it was read, the two
// CSV files of series and observations with the rows in the order they
// were read, each value as its exact decimal with its decimals, and each
// table's file with its records as they were read; all with the line ends
// the input had. A package loaded from the embedded files and written is
// byte for byte the same, but for a byte-order mark, which Write never
// writes.
//
// Each file is written to a temporary file in its directory, synced and
// renamed over the target, so that a reader sees the old file or the new
// one, never a part; the files are renamed one after another. Write
// refuses to overwrite a file the package was loaded from.
func Write(dir string, p *Package) error {
	files, err := p.encode()
	if err != nil {
		return fmt.Errorf("datapkg: %w", err)
	}
	targets := make([]string, len(files))
	for i, f := range files {
		targets[i] = filepath.Join(dir, filepath.FromSlash(f.name))
		if fi, err := os.Stat(targets[i]); err == nil {
			for _, in := range p.inputs {
				if in != nil && os.SameFile(fi, in) {
					return fmt.Errorf("datapkg: refusing to overwrite %s, which the package was loaded from (expected another directory)", targets[i])
				}
			}
		}
	}
	var temps []string
	cleanup := func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}
	for i, f := range files {
		t, err := writeTemp(targets[i], f.data)
		if err != nil {
			cleanup()
			return fmt.Errorf("datapkg: write %s: %w", targets[i], err)
		}
		temps = append(temps, t)
	}
	dirs := map[string]bool{}
	for i, t := range temps {
		if err := os.Rename(t, targets[i]); err != nil {
			cleanup()
			return fmt.Errorf("datapkg: write %s: %w", targets[i], err)
		}
		dirs[filepath.Dir(targets[i])] = true
	}
	for d := range dirs {
		syncDir(d)
	}
	return nil
}

// writeTemp writes data to a new temporary file beside target, syncs it
// and returns its name.
func writeTemp(target string, data []byte) (string, error) {
	dir := filepath.Dir(target)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(target)+".*.tmp")
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	err = errors.Join(err, f.Chmod(0o644), f.Sync(), f.Close())
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// syncDir makes the renames in dir durable where the system allows it; a
// file system that cannot sync a directory has done what it can.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
