package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/finfig/finfig/cases/fbnetflix"
	"github.com/finfig/finfig/datapkg"
	"github.com/finfig/finfig/finance"
	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/series"
)

func plotCommand(fs *flag.FlagSet) func([]string, io.Writer) error {
	dir := fs.String("data", "", "read the data package in `DIR` instead of the embedded one")
	out := fs.String("out", "charts", "write the charts into `DIR` (created if missing)")
	format := fs.String("format", "png", "chart `format`: "+strings.Join(plots.Formats(), ", "))
	vintage := fs.String("vintage", "", vintageUsage("plot"))
	return func(args []string, w io.Writer) error {
		if !slices.Contains(plots.Formats(), *format) {
			return usagef("unknown --format %q (expected %s)", *format, strings.Join(plots.Formats(), ", "))
		}
		loaded, err := (&dataFlags{command: "plot", dir: *dir, format: formatTable}).load(args)
		if err != nil {
			return err
		}
		charts, err := chartSet(loaded, *dir != "", *vintage)
		if err != nil {
			return err
		}
		paths := make([]string, len(charts))
		for i, c := range charts {
			paths[i] = filepath.Join(*out, c.Name+"."+*format)
			if in := inputAt(paths[i], *dir); in != "" {
				return usagef("--out %s: chart %s would overwrite %s, a file of the data package (expected another directory)", *out, paths[i], in)
			}
		}
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return err
		}
		t := table{header: []string{"chart", "file"}}
		for i, c := range charts {
			if err := plots.WriteFile(paths[i], c.Plot, *format, c.Width, c.Height); err != nil {
				return fmt.Errorf("%s: %w", paths[i], err)
			}
			t.add(c.Title, paths[i])
		}
		return t.write(w, formatTable)
	}
}

// inputAt returns the file of the data package in dir that path names
// (the same file, by os.SameFile, whatever the path), or "" when path
// names none: the descriptor, the files its resources name, events.csv.
func inputAt(path, dir string) string {
	if dir == "" {
		return ""
	}
	target, err := os.Stat(path)
	if err != nil {
		return "" // nothing there to overwrite
	}
	inputs := []string{datapkg.DescriptorName, "events.csv"}
	if b, err := os.ReadFile(filepath.Join(dir, datapkg.DescriptorName)); err == nil {
		var d struct {
			Resources []struct {
				Path any `json:"path"`
			} `json:"resources"`
		}
		json.Unmarshal(b, &d) // the package loaded, so the descriptor is valid
		for _, r := range d.Resources {
			if p, ok := r.Path.(string); ok {
				inputs = append(inputs, filepath.FromSlash(p))
			}
		}
	}
	for _, in := range inputs {
		in = filepath.Join(dir, in)
		if info, err := os.Stat(in); err == nil && os.SameFile(info, target) {
			return in
		}
	}
	return ""
}

// chartSet returns the embedded case's charts, or for a data package of
// the user's the overview of whatever series it has, each in the vintage
// asked for where it has one (see vintageView).
func chartSet(pkg *datapkg.Package, own bool, vintage string) ([]plots.Chart, error) {
	if !own {
		ledger, err := fbnetflix.Ledger()
		if err != nil {
			return nil, err
		}
		return fbnetflix.Charts(pkg, ledger)
	}
	view := vintageView{pkg: pkg, vintage: vintage}
	var ss []*series.Series
	for _, id := range pkg.IDs() {
		if vs := view.Vintages(id); len(vs) > 0 && vs[0].Vintage() == "" {
			ss = append(ss, vs[0])
		}
	}
	return plots.Overview(unitOf, ss...)
}

// unitOf returns the finance.Unit of a unit code, nil for one finance does
// not know (the package's loader has checked the codes).
func unitOf(code string) plots.Unit {
	u, err := finance.ParseUnit(code)
	if err != nil {
		return nil
	}
	return u
}
