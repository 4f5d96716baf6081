package sec_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/finfig/finfig/sec"
	"github.com/finfig/finfig/series"
)

// realFiles returns the real company facts of Netflix and Meta in
// ../shared/data/sec and their size, or skips.
func realFiles(b *testing.B) ([]string, int64) {
	b.Helper()
	var files []string
	var size int64
	for _, name := range []string{"CIK0001065280.json", "CIK0001326801.json"} {
		f := filepath.Join("..", "..", "shared", "data", "sec", name)
		info, err := os.Stat(f)
		if err != nil {
			b.Skipf("%s is not there: %v", f, err)
		}
		files = append(files, f)
		size += info.Size()
	}
	return files, size
}

// BenchmarkImport imports the two real files and writes the data package,
// as finfig sec import does: MB/s of JSON read, allocations per import.
func BenchmarkImport(b *testing.B) {
	files, size := realFiles(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		out := filepath.Join(b.TempDir(), "pkg")
		if _, err := sec.Import(out, files, sec.Options{SkipBad: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse parses the two real files into facts, without making
// series: the JSON scanner alone.
func BenchmarkParse(b *testing.B) {
	files, size := realFiles(b)
	var docs [][]byte
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			if _, _, err := sec.ParseCompany(d, files[i], true); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkBuild parses and makes the series of the two real files, one
// goroutine, nothing written.
func BenchmarkBuild(b *testing.B) {
	files, size := realFiles(b)
	var docs [][]byte
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		im := sec.NewImporter(sec.Options{SkipBad: true}, func([]*series.Series) error { return nil })
		for i, d := range docs {
			if err := im.ImportJSON(d, files[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
}
