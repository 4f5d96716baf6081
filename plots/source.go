package plots

import (
	"image/color"
	"slices"
	"strings"
	"unicode"

	"github.com/finfig/finfig/series"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Source is a plot.Plotter that writes a source line, such as
// "Source: Alpha Form 10-K", in a corner of the data area: small, muted
// type on a ground of the background colour, so that it stays legible
// where it crosses grid lines or data. A line wider than the data area
// wraps at spaces.
type Source struct {
	Text      string     // "Source: …"; see SourceLine
	TextStyle text.Style // its alignment is set by the corner
	Top, Left bool       // the corner; the default is bottom right

	Background color.Color // behind the text; nil for none
}

// NewSource returns a Source in the default theme at the bottom right.
func NewSource(text string) *Source {
	t := DefaultTheme()
	st := t.TextStyle(t.NoteSize)
	st.Color = t.Muted
	return &Source{
		Text:       CleanText(text),
		TextStyle:  st,
		Background: t.Background, // opaque: vgpdf draws a translucent colour too dark
	}
}

// sourcePad is the space between the text and the data area's edges.
const sourcePad = 4

// Plot implements plot.Plotter.
func (s *Source) Plot(c draw.Canvas, _ *plot.Plot) {
	if s.Text == "" {
		return
	}
	pad := vg.Points(sourcePad)
	st := s.TextStyle
	txt := wrap(st, s.Text, c.Max.X-c.Min.X-4*pad)
	at := vg.Point{X: c.Max.X - pad, Y: c.Min.Y + pad}
	st.XAlign, st.YAlign = draw.XRight, draw.YBottom
	if s.Left {
		at.X, st.XAlign = c.Min.X+pad, draw.XLeft
	}
	if s.Top {
		at.Y, st.YAlign = c.Max.Y-pad, draw.YTop
	}
	if s.Background != nil {
		r := st.Rectangle(txt).Add(at)
		p := vg.Points(2)
		c.FillPolygon(s.Background, []vg.Point{
			{X: r.Min.X - p, Y: r.Min.Y - p}, {X: r.Max.X + p, Y: r.Min.Y - p},
			{X: r.Max.X + p, Y: r.Max.Y + p}, {X: r.Min.X - p, Y: r.Max.Y + p},
		})
	}
	c.FillText(st, at, txt)
}

// wrap breaks s at spaces into as few lines no wider than width as it can,
// and then evens their widths, so that a long line does not leave a last
// word on its own.
func wrap(st text.Style, s string, width vg.Length) string {
	words := strings.Fields(s)
	lines := greedy(st, words, width)
	if len(lines) < 2 {
		return strings.Join(lines, "\n")
	}
	// The narrowest width that still needs no more lines.
	lo, hi := vg.Length(0), width
	for range 20 {
		mid := (lo + hi) / 2
		if len(greedy(st, words, mid)) <= len(lines) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return strings.Join(greedy(st, words, hi), "\n")
}

// greedy fills lines no wider than width with words in order; a word
// wider than width has a line of its own.
func greedy(st text.Style, words []string, width vg.Length) []string {
	var lines []string
	line := ""
	for _, w := range words {
		if line != "" && st.Width(line+" "+w) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// SourceLine returns the source line of the series' points: "Source: " or
// "Sources: " and the documents they cite, each named without the fiscal
// period or page that distinguishes one report of a kind from the next
// ("Alpha FY2013 Form 10-K, p. 46" is "Alpha Form 10-K"), in order of
// first appearance. Documents of the same company are joined, and so are
// numbered documents of one kind: "Alpha Form 10-K, earnings release;
// seed article 000, 001". Nil series are skipped.
func SourceLine(ss ...*series.Series) string {
	var order []string             // first words (companies), in order
	kinds := map[string][]string{} // company → document kinds
	for _, s := range ss {
		if s == nil {
			continue
		}
		for _, pt := range s.All() {
			if pt.Missing {
				continue
			}
			doc := documentKind(pt.Source.Document)
			if doc == "" {
				continue
			}
			// Group by company ("Alpha Form 10-K, earnings
			// release") or by a numbered kind ("seed article 000,
			// 001").
			head, rest := doc, ""
			if i := strings.LastIndexByte(doc, ' '); i > 0 && isNumber(doc[i+1:]) {
				head, rest = doc[:i], doc[i+1:]
			} else if i := strings.IndexByte(doc, ' '); i > 0 && unicode.IsUpper(rune(doc[0])) {
				head, rest = doc[:i], doc[i+1:]
			}
			if _, seen := kinds[head]; !seen {
				order = append(order, head)
			}
			if rest != "" && !slices.Contains(kinds[head], rest) {
				kinds[head] = append(kinds[head], rest)
			} else if kinds[head] == nil {
				kinds[head] = []string{}
			}
		}
	}
	if len(order) == 0 {
		return ""
	}
	var parts []string
	for _, head := range order {
		if len(kinds[head]) == 0 {
			parts = append(parts, head)
			continue
		}
		parts = append(parts, head+" "+strings.Join(kinds[head], ", "))
	}
	label := "Source: "
	if len(parts) > 1 || len(kinds[order[0]]) > 1 {
		label = "Sources: "
	}
	return CleanText(label + strings.Join(parts, "; "))
}

// documentKind strips from a document's name what tells one report of a
// kind from the next: fiscal periods ("FY2013", "Q4 2016") and anything
// after a comma or an opening parenthesis (pages, exhibits, notes).
func documentKind(doc string) string {
	if i := strings.IndexAny(doc, ",("); i >= 0 {
		doc = doc[:i]
	}
	words := strings.Fields(doc)
	var kept []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		if isFiscalYear(w) {
			continue
		}
		if len(w) == 2 && w[0] == 'Q' && w[1] >= '1' && w[1] <= '4' && i+1 < len(words) && isYear(words[i+1]) {
			i++
			continue
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}

func isFiscalYear(w string) bool { return strings.HasPrefix(w, "FY") && isYear(w[2:]) }

func isYear(w string) bool { return len(w) == 4 && isNumber(w) }

// isNumber reports whether w is a run of ASCII digits.
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
