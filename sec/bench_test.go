package sec_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/finfig/finfig/sec"
	"github.com/finfig/finfig/series"
)

// benchReal runs op once per iteration over the real company facts of
// Netflix and Meta in ../shared/data/sec, their paths and contents, and
// reports MB/s of JSON read and allocations; it skips without the files.
func benchReal(b *testing.B, op func(files []string, docs [][]byte) error) {
	var files []string
	var docs [][]byte
	var size int64
	for _, name := range []string{"CIK0001065280.json", "CIK0001326801.json"} {
		f := filepath.Join("..", "..", "shared", "data", "sec", name)
		d, err := os.ReadFile(f)
		if err != nil {
			b.Skipf("%s is not there: %v", f, err)
		}
		files, docs, size = append(files, f), append(docs, d), size+int64(len(d))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if err := op(files, docs); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImport imports the two real files and writes the data package,
// as finfig sec import does.
func BenchmarkImport(b *testing.B) {
	benchReal(b, func(files []string, _ [][]byte) error {
		_, err := sec.Import(filepath.Join(b.TempDir(), "pkg"), files, sec.Options{SkipBad: true})
		return err
	})
}

// BenchmarkParse parses the two real files into facts, without making
// series: the JSON scanner alone.
func BenchmarkParse(b *testing.B) {
	benchReal(b, func(files []string, docs [][]byte) error {
		for i, d := range docs {
			if _, _, err := sec.ParseCompany(d, files[i], true); err != nil {
				return err
			}
		}
		return nil
	})
}

// BenchmarkBuild parses and makes the series of the two real files as an
// Importer passes them on (every vintage a series.Series, which Import,
// streaming the points to the writer, does not make), one goroutine,
// nothing written.
func BenchmarkBuild(b *testing.B) {
	benchReal(b, func(files []string, docs [][]byte) error {
		im := sec.NewImporter(sec.Options{SkipBad: true}, func([]*series.Series) error { return nil })
		for i, d := range docs {
			if err := im.ImportJSON(d, files[i]); err != nil {
				return err
			}
		}
		return nil
	})
}
