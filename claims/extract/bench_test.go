package extract

import (
	"os"
	"strings"
	"testing"
	"time"
)

// benchText is testdata/article.txt, an article written for the tests
// with a figure in nearly every sentence (a figure every 40 bytes, denser
// than news), repeated to about a megabyte.
func benchText(b *testing.B) string {
	unit, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	return strings.Repeat(string(unit)+"\n", (1<<20)/len(unit)+1)
}

// BenchmarkFigures measures reading the figures of a text; b.SetBytes
// makes go test report MB/s.
func BenchmarkFigures(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		Figures(text)
	}
	reportCPU(b, start, len(text))
}

// reportCPU reports MB of text per second of CPU time (the process's, GC
// included: run with -cpu 1 for one core), which a busy machine does not
// distort as it does the wall time behind MB/s.
func reportCPU(b *testing.B, start time.Duration, size int) {
	if d := cpuTime() - start; d > 0 && start > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkExtract measures the whole extraction: figures, sentences,
// subjects and claims.
func BenchmarkExtract(b *testing.B) {
	text := []byte(benchText(b))
	x := &Extractor{Subjects: testSubjects}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if _, err := x.Extract("bench.txt", text); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start, len(text))
}
