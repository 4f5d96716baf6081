package finance

import (
	"io/fs"

	"github.com/finfig/finfig/datapkg"
)

// PackageOptions are the options for loading a data package of reported
// figures: units must be those ParseUnit reads.
func PackageOptions() datapkg.Options {
	return datapkg.Options{CheckUnit: func(unit string) error {
		_, err := ParseUnit(unit)
		return err
	}}
}

// LoadPackage loads the data package at the root of fsys (an embedded
// one, such as a case's) with PackageOptions.
func LoadPackage(fsys fs.FS) (*datapkg.Package, error) { return datapkg.Load(fsys, PackageOptions()) }

// LoadDir loads a user's own data package from directory dir (the
// command's --data DIR) with PackageOptions.
func LoadDir(dir string) (*datapkg.Package, error) { return datapkg.LoadDir(dir, PackageOptions()) }
