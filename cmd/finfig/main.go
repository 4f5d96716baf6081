// Command finfig analyses reported financial figures and checks the
// numbers that articles quote about them.
//
//	finfig series                                   list the series
//	finfig show SERIES                              the points, with sources
//	finfig growth SERIES [--from P] [--to P]        growth figures
//	finfig check [--ledger FILE | --article FILE]   every claim and its verdict
//	finfig extract ARTICLE... [--format toml|json|table]  an article's claims
//	finfig plot [--out DIR] [--format png|svg|pdf]  the standard charts
//	finfig convert AMOUNT FROM TO --date D          a conversion at the ECB rate
//	finfig sec import FILE... --out DIR             SEC company facts -> data package
//	finfig sec fetch CIK|TICKER... --out DIR --user-agent "NAME EMAIL"
//
// Every command takes --data DIR to read a data package from DIR instead of
// the embedded one, and --format table|csv|json|markdown. It exits 0 when it
// did its work, 1 on bad data (the message names the file, line and
// column), 2 on bad usage.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{msg: fmt.Sprintf(format, args...)} }

// isUsage reports whether err is, or wraps, a usageError.
func isUsage(err error) bool {
	var ue *usageError
	return errors.As(err, &ue)
}

// command is one subcommand: its flags and what it does. run writes to
// out, which reaches stdout only when run succeeds, so a failure never
// leaves half a report that looks like a whole one.
type command struct {
	name, args, summary string
	flags               func(fs *flag.FlagSet) func(args []string, out io.Writer) error
}

// commandTable lists the subcommands. It is a function, not a package
// variable, because the commands' functions refer back to the usage text.
func commandTable() []command {
	return []command{
		{"series", "", "list the series: id, unit, span, sources", seriesCommand},
		{"show", "SERIES", "the points of a series, with their sources", showCommand},
		{"growth", "SERIES", "growth of a series over a window, YoY and trend", growthCommand},
		{"check", "", "check every claim of the ledger against the reference figures (the main job)", checkCommand},
		{"extract", "ARTICLE...", "find an article's claims: a draft ledger (toml), json or a table", extractCommand},
		{"plot", "", "write the standard charts", plotCommand},
		{"convert", "AMOUNT FROM TO", "convert an amount at the ECB reference rate of a date", convertCommand},
		{"sec import", "FILE...", "import SEC company facts (JSON or the bulk zip) into the data package --out DIR", secImportCommand},
		{"sec fetch", "CIK...", "download SEC company facts of CIKs or tickers into --out DIR (needs --user-agent \"NAME EMAIL\")", secFetchCommand},
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: finfig COMMAND [flags] [args]\n\ncommands:")
	for _, c := range commandTable() {
		name, sub, _ := strings.Cut(c.name, " ") // sec import: a command of two words
		fmt.Fprintf(w, "  %-8s %-15s %s\n", name, strings.TrimSpace(sub+" "+c.args), c.summary)
	}
	fmt.Fprintln(w, "\nRun finfig COMMAND -h for a command's flags.")
	fmt.Fprintln(w, "Exit status: 0 done, 1 bad data, 2 bad usage.")
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		return 0
	}
	if args[0] == "sec" { // a command of two words
		switch {
		case len(args) == 1:
			fmt.Fprintf(stderr, "finfig sec: expected a command, import or fetch\n\n")
			usage(stderr)
			return 2
		case args[1] == "-h" || args[1] == "--help" || args[1] == "help":
			usage(stdout)
			return 0
		}
		args = append([]string{"sec " + args[1]}, args[2:]...)
	}
	for _, c := range commandTable() {
		if c.name != args[0] {
			continue
		}
		fs := flag.NewFlagSet("finfig "+c.name, flag.ContinueOnError)
		fs.SetOutput(io.Discard) // the error is printed below, as every other
		do := c.flags(fs)
		fs.Usage = func() {}
		if err := fs.Parse(interleave(args[1:], fs)); err != nil {
			if !errors.Is(err, flag.ErrHelp) {
				fmt.Fprintf(stderr, "finfig %s: %v\n", c.name, err)
			}
			fmt.Fprintf(stderr, "usage: finfig %s [flags] %s\n%s\n\nflags:\n", c.name, c.args, c.summary)
			fs.SetOutput(stderr)
			fs.PrintDefaults()
			if errors.Is(err, flag.ErrHelp) {
				return 0
			}
			return 2
		}
		var out bytes.Buffer
		if err := do(fs.Args(), &out); err != nil {
			fmt.Fprintf(stderr, "finfig %s: %v\n", c.name, err)
			if isUsage(err) {
				return 2
			}
			return 1
		}
		if _, err := stdout.Write(out.Bytes()); err != nil {
			fmt.Fprintf(stderr, "finfig %s: %v\n", c.name, err)
			return 1
		}
		return 0
	}
	fmt.Fprintf(stderr, "finfig: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}

// interleave moves flags after positional arguments to the front, so that
// "finfig growth facebook.ad_revenue --from 2012" works as people type it.
func interleave(args []string, fs *flag.FlagSet) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) > 1 && a[0] == '-' {
			flags = append(flags, a)
			name := a[1:]
			if len(name) > 0 && name[0] == '-' {
				name = name[1:]
			}
			if eq := bytes.IndexByte([]byte(name), '='); eq >= 0 {
				continue
			}
			if f := fs.Lookup(name); f != nil && i+1 < len(args) {
				if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok || !bf.IsBoolFlag() {
					flags = append(flags, args[i+1])
					i++
				}
			}
			continue
		}
		pos = append(pos, a)
	}
	return append(flags, pos...)
}
