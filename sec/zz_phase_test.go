package sec_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/sec"
	"github.com/finfig/finfig/series"
)

func TestZZPhases(t *testing.T) {
	files := []string{"../../shared/data/sec/CIK0001065280.json", "../../shared/data/sec/CIK0001326801.json"}
	for i := 0; i < 4; i++ {
		out := filepath.Join(t.TempDir(), "pkg")
		w, _ := datapkg.NewWriter(out, nil)
		var addT time.Duration
		t0 := time.Now()
		im := sec.NewImporter(sec.Options{SkipBad: true}, func(ss []*series.Series) error {
			a := time.Now()
			err := w.Add(ss)
			addT += time.Since(a)
			return err
		})
		for _, f := range files {
			if err := im.ImportFile(f); err != nil {
				t.Fatal(err)
			}
		}
		t1 := time.Now()
		if err := w.Commit(); err != nil {
			t.Fatal(err)
		}
		t.Logf("parse+build+add %v (add %v), commit %v", t1.Sub(t0), addT, time.Since(t1))
	}
}
