package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode"
)

// The output formats of every command.
const (
	formatTable    = "table"
	formatCSV      = "csv"
	formatJSON     = "json"
	formatMarkdown = "markdown"
)

func checkFormat(f string) error {
	switch f {
	case formatTable, formatCSV, formatJSON, formatMarkdown:
		return nil
	}
	return usagef("unknown --format %q (expected table, csv, json or markdown)", f)
}

// table is rows of text with a header, written as an aligned table, CSV
// or Markdown. JSON output is the command's own typed value.
type table struct {
	header []string
	rows   [][]string
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) write(w io.Writer, format string) error {
	switch format {
	case formatCSV:
		cw := csv.NewWriter(w)
		cw.Write(t.header)
		cw.WriteAll(t.rows)
		return cw.Error()
	case formatMarkdown:
		writeMarkdownRow(w, t.header)
		sep := make([]string, len(t.header))
		for i := range sep {
			sep[i] = "---"
		}
		writeMarkdownRow(w, sep)
		for _, r := range t.rows {
			writeMarkdownRow(w, r)
		}
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(cleanCells(t.header), "\t"))
	for _, r := range t.rows {
		fmt.Fprintln(tw, strings.Join(cleanCells(r), "\t"))
	}
	return tw.Flush()
}

// cleanCells makes cells safe for a terminal table: no tabs, newlines or
// control characters, which would break the columns or the terminal.
func cleanCells(cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = strings.Map(func(r rune) rune {
			if unicode.IsControl(r) {
				return ' '
			}
			return r
		}, c)
	}
	return out
}

// markdownEscaper escapes what Markdown and the HTML it becomes would read
// as syntax: a pipe ends a cell, < starts a tag.
var markdownEscaper = strings.NewReplacer(`\`, `\\`, `|`, `\|`, `<`, `&lt;`, `>`, `&gt;`, `&`, `&amp;`,
	"*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`)

func writeMarkdownRow(w io.Writer, cells []string) {
	esc := make([]string, len(cells))
	for i, c := range cleanCells(cells) {
		esc[i] = markdownLinks(c)
	}
	fmt.Fprintf(w, "| %s |\n", strings.Join(esc, " | "))
}

// markdownLinks escapes a cell and renders each web address in it (a
// word that starts with http:// or https://) as a Markdown link whose text
// is the address; characters that would end the link target or the cell
// are percent-encoded in the target.
func markdownLinks(cell string) string {
	var b strings.Builder
	rest := cell
	for {
		i := strings.Index(rest, "http://")
		if j := strings.Index(rest, "https://"); j >= 0 && (i < 0 || j < i) {
			i = j
		}
		if i < 0 {
			b.WriteString(markdownEscaper.Replace(rest))
			return b.String()
		}
		b.WriteString(markdownEscaper.Replace(rest[:i]))
		end := strings.IndexAny(rest[i:], " \t")
		if end < 0 {
			end = len(rest) - i
		}
		u := strings.TrimRight(rest[i:i+end], ".,;)")
		fmt.Fprintf(&b, "[%s](%s)", markdownEscaper.Replace(u), linkTarget.Replace(u))
		rest = rest[i+len(u):]
	}
}

// linkTarget percent-encodes what would end a Markdown link target or a
// table cell.
var linkTarget = strings.NewReplacer("(", "%28", ")", "%29", "|", "%7C", "<", "%3C", ">", "%3E", " ", "%20")

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
