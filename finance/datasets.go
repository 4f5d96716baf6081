package finance

import (
	"embed"
	"io/fs"
	"sync"
	"sync/atomic"

	"github.com/finfig/finfig/datapkg"
)

//go:embed data/datapackage.json data/series.csv data/observations.csv
var reportedFiles embed.FS

// reportedLoads counts the loads of the embedded package, so that a test
// can check that none happens at init.
var reportedLoads atomic.Int32

var reported = sync.OnceValues(func() (*datapkg.Package, error) {
	reportedLoads.Add(1)
	fsys, err := subData()
	if err != nil {
		return nil, err
	}
	return datapkg.Load(fsys, options())
})

// subData returns the embedded package's directory.
func subData() (fs.FS, error) { return fs.Sub(reportedFiles, "data") }

// options are the options of every package loaded here: units must be
// those ParseUnit reads.
func options() datapkg.Options {
	return datapkg.Options{CheckUnit: func(unit string) error {
		_, err := ParseUnit(unit)
		return err
	}}
}

// Reported returns the reported figures that finfig checks articles
// against: the data package embedded from finance/data (Facebook's and
// Netflix's reported series, Netflix's spending on Facebook ads as
// reported, the US CPI-U), loaded on first use. Every value is transcribed
// with its source from the project's reference file.
func Reported() (*datapkg.Package, error) { return reported() }

// LoadDir loads a user's own data package from directory dir (the
// command's --data DIR), with the units checked by ParseUnit.
func LoadDir(dir string) (*datapkg.Package, error) { return datapkg.LoadDir(dir, options()) }
