package cell

import (
	"fmt"
	"strings"

	"gonum.org/v1/plot"

	"github.com/finfig/finfig/plots"
	"github.com/finfig/finfig/plots/gonbplot"
)

// Markdown displays text as Markdown, with every dollar sign escaped
// (Jupyter reads $…$ as TeX, and a notebook's dollars are money) except in
// a link's address, where a backslash would change the address. Outside a
// notebook it prints text.
func Markdown(text string) {
	if !inNotebook() {
		fmt.Println(text)
		return
	}
	Check(display(mimeBundle{"text/markdown": escapeDollars(text)}))
}

// escapeDollars escapes each $ of text as \$, but not within the address
// of a Markdown link, "](address)".
func escapeDollars(text string) string {
	var b strings.Builder
	for {
		i := strings.Index(text, "](")
		if i < 0 {
			break
		}
		end := strings.IndexByte(text[i:], ')')
		if end < 0 {
			break
		}
		b.WriteString(strings.ReplaceAll(text[:i+2], "$", `\$`))
		b.WriteString(text[i+2 : i+end+1])
		text = text[i+end+1:]
	}
	b.WriteString(strings.ReplaceAll(text, "$", `\$`))
	return b.String()
}

// Show displays the chart c at its own size, or fails the cell. Outside a
// notebook it prints the chart's name and title.
func Show(c plots.Chart) {
	if !inNotebook() {
		fmt.Printf("[chart %s: %s]\n", c.Name, c.Title)
		return
	}
	Check(gonbplot.ShowChart(c))
	Check(sync())
}

// ShowPlot displays p at plots.DefaultWidth × plots.DefaultHeight, or fails
// the cell with err (so that it takes a chart builder's results as they
// come: cell.ShowPlot(plots.Lines(spec, mau))). Outside a notebook it prints the
// plot's title.
func ShowPlot(p *plot.Plot, err error) {
	Check(err)
	Show(plots.Chart{Title: p.Title.Text, Plot: p, Width: plots.DefaultWidth, Height: plots.DefaultHeight})
}

// Chart returns the chart of charts named name, or fails the cell.
func Chart(charts []plots.Chart, name string) plots.Chart {
	for _, c := range charts {
		if c.Name == name {
			return c
		}
	}
	names := make([]string, len(charts))
	for i, c := range charts {
		names[i] = c.Name
	}
	fail("chart "+name, "no such chart (have %s)", strings.Join(names, ", "))
	return plots.Chart{}
}

// Table is a Markdown table, built a row at a time; Markdown(t.String())
// shows it.
type Table struct {
	b    strings.Builder
	cols int
}

// NewTable returns a table with the given column headers. A header that
// ends in a colon ("revenue:") makes a right-aligned column, for figures;
// the colon is not shown.
func NewTable(header ...string) *Table {
	t := &Table{cols: len(header)}
	var rule strings.Builder
	for _, h := range header {
		align := "---"
		if strings.HasSuffix(h, ":") {
			h, align = strings.TrimSuffix(h, ":"), "---:"
		}
		fmt.Fprintf(&t.b, "| %s ", h)
		fmt.Fprintf(&rule, "|%s", align)
	}
	t.b.WriteString("|\n" + rule.String() + "|\n")
	return t
}

// Row adds a row, each cell written as fmt.Print writes it, with a vertical
// bar in it escaped. It fails the cell when the row has not one cell per
// column.
func (t *Table) Row(cells ...any) {
	if len(cells) != t.cols {
		fail("table row", "%d cells for %d columns: %v", len(cells), t.cols, cells)
	}
	for _, c := range cells {
		fmt.Fprintf(&t.b, "| %s ", strings.ReplaceAll(fmt.Sprint(c), "|", `\|`))
	}
	t.b.WriteString("|\n")
}

// String returns the table as Markdown.
func (t *Table) String() string { return t.b.String() }
