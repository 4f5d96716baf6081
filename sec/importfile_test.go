package sec_test

import (
	"testing"

	"github.com/finfig/finfig/sec"
	"github.com/finfig/finfig/series"
)

// TestImportFile imports the fixture of Netflix's real facts from its file
// and finds the 2019 revenue that the FY2019 10-K reports.
func TestImportFile(t *testing.T) {
	var revenue *series.Series
	im := sec.NewImporter(sec.Options{SkipBad: true}, func(vintages []*series.Series) error {
		if vintages[0].ID() == "cik1065280.revenue" {
			revenue = vintages[0]
		}
		return nil
	})
	if err := im.ImportFile("../testdata/sec/real/CIK0001065280.json"); err != nil {
		t.Fatal(err)
	}
	if revenue == nil {
		t.Fatal("no series cik1065280.revenue")
	}
	if pt, ok := revenue.At(series.Year(2019)); !ok || pt.Value.String() != "20156447000" {
		t.Errorf("cik1065280.revenue 2019 = %v (%v), want 20156447000", pt.Value, ok)
	}
	if err := im.ImportFile("../testdata/sec/real/missing.json"); err == nil {
		t.Error("a missing file imported with no error")
	}
}
