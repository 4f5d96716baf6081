package sec

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/finfig/finfig/series"
)

// The vintages of a restated series. Its primary vintage holds the
// figures as first filed, which VintageFirst names (the command's
// --vintage first selects the primary of a series that has no vintage of
// that name); VintageLatest holds them as last filed; and each filing's
// own figures are a vintage named by its accession number.
const (
	VintageFirst  = "first"
	VintageLatest = "latest"
)

// reports are the values that the filings gave for one period (or one
// span of days), one per filing, in the order they were filed.
type reports []obs

// first returns the value as first filed.
func (r reports) first() obs { return r[0] }

// latest returns the value as last filed, citing the first filing of the
// last run of filings that gave it: a value restated and then confirmed
// cites the restatement.
func (r reports) latest() obs { return r[r.latestIndex()] }

func (r reports) latestIndex() int {
	i := len(r) - 1
	for i > 0 && r[i-1].value.Cmp(r[i].value) == 0 {
		i--
	}
	return i
}

// restated reports whether the filings disagree.
func (r reports) restated() bool {
	for _, o := range r[1:] {
		if o.value.Cmp(r[0].value) != 0 {
			return true
		}
	}
	return false
}

// group sorts os and splits them by period (or by span of days when
// bySpan), keeping for each filing the concept of the highest priority
// (the lowest prio). The reports are sub-slices of os, which is reordered
// and compacted in place.
func (b *builder) group(os []obs, bySpan bool) []reports {
	filings := b.c.Filings
	key := func(o *obs) [2]int32 {
		if bySpan {
			return [2]int32{o.start, o.end}
		}
		return o.pkey
	}
	slices.SortFunc(os, func(x, y obs) int {
		kx, ky := key(&x), key(&y)
		return cmp.Or(cmp.Compare(kx[0], ky[0]), cmp.Compare(kx[1], ky[1]),
			cmp.Compare(filings[x.filing].Filed, filings[y.filing].Filed),
			strings.Compare(filings[x.filing].Accession, filings[y.filing].Accession),
			cmp.Compare(x.prio, y.prio))
	})
	var out []reports
	n := 0 // os[:n] holds the kept observations
	for i := 0; i < len(os); {
		from := n
		k := key(&os[i])
		for ; i < len(os) && key(&os[i]) == k; i++ {
			if n > from && os[n-1].filing == os[i].filing {
				continue // a lower-priority concept of the same filing
			}
			os[n] = os[i]
			n++
		}
		out = append(out, reports(os[from:n:n]))
	}
	return out
}

// document returns the Source.Document of a figure of concept ci in filing
// fi: "10-K 0001065280-20-000040 filed 2020-01-29, us-gaap:Revenues" (the
// series' name names the company).
func (b *builder) document(fi, ci int32) string {
	k := [2]int32{fi, ci}
	if d, ok := b.docs[k]; ok {
		return d
	}
	f, con := &b.c.Filings[fi], &b.c.Concepts[ci]
	d := f.Form + " " + f.Accession + " filed " + dayText(f.Filed) + ", " + con.Taxonomy + ":" + con.Name
	b.docs[k] = d
	return d
}

// locator returns the EDGAR address of filing fi, its folder, built from
// the CIK and the accession number without its dashes.
func (b *builder) locator(fi int32) string {
	if b.locators[fi] == "" {
		acc := b.c.Filings[fi].Accession
		b.locators[fi] = "https://www.sec.gov/Archives/edgar/data/" + b.cik + "/" + strings.ReplaceAll(acc, "-", "") + "/"
	}
	return b.locators[fi]
}

// point returns the point of an observation.
func (b *builder) point(o obs) series.Point {
	pt := series.Point{
		Period: o.period,
		Value:  series.NewValue(o.value, int(o.decimals)),
		Source: series.Source{Kind: "P", Document: b.document(o.filing, o.concept), Locator: b.locator(o.filing), Note: precisionNote},
		End:    dayTime(o.end),
	}
	if o.start != NoStart {
		pt.Start = dayTime(o.start)
	}
	return pt
}

// vintageSet is the points of a series in each vintage.
type vintageSet struct {
	first, latest []series.Point
	byFiling      map[int32][]series.Point
	restated      bool
}

// vintages makes the first and latest points of each period and each
// filing's own points.
func (b *builder) vintages(rs []reports) *vintageSet {
	v := &vintageSet{first: make([]series.Point, 0, len(rs))}
	for _, r := range rs {
		v.first = append(v.first, b.point(r.first()))
		if r.restated() {
			v.restated = true
		}
	}
	v.latest = v.first
	if !v.restated {
		return v
	}
	v.latest = make([]series.Point, 0, len(rs))
	counts := map[int32]int{}
	for _, r := range rs {
		for _, o := range r {
			counts[o.filing]++
		}
	}
	v.byFiling = make(map[int32][]series.Point, len(counts))
	for f, n := range counts {
		v.byFiling[f] = make([]series.Point, 0, n)
	}
	for i, r := range rs {
		li := r.latestIndex()
		for j, o := range r {
			pt := v.first[i]
			if j > 0 {
				pt = b.point(o)
			}
			if j == li {
				v.latest = append(v.latest, pt)
			}
			v.byFiling[o.filing] = append(v.byFiling[o.filing], pt)
		}
	}
	return v
}

// derive adds the quarters that the filings give only as the difference of
// year-to-date figures: Q4 as the year less nine months, Q3 as nine months
// less six, Q2 as six months less the first quarter, where no filing
// reports the quarter itself. It works on each of the vintages first and
// latest with that vintage's figures.
func (b *builder) derive(m *metric, v *vintageSet, reported map[series.Period]bool) error {
	if len(m.ytd) == 0 {
		return nil
	}
	spans := map[[2]int32]reports{}
	for _, os := range [][]obs{m.ytd, m.annual} {
		for _, r := range b.group(slices.Clone(os), true) {
			spans[[2]int32{r[0].start, r[0].end}] = r
		}
	}
	q1 := map[int32]reports{} // reported first quarters, by start
	for _, r := range b.group(slices.Clone(m.quarter), true) {
		q1[r[0].start] = r
	}
	// The year-to-date spans by their start: the half, nine months, year.
	type ytd struct{ half, nine, year reports }
	starts := map[int32]*ytd{}
	for k, r := range spans {
		y := starts[k[0]]
		if y == nil {
			y = &ytd{}
			starts[k[0]] = y
		}
		switch spanOf(&Fact{Start: k[0], End: k[1]}) {
		case spanHalf:
			y.half = r
		case spanNine:
			y.nine = r
		case spanYear:
			y.year = r
		}
	}
	var df, dl []series.Point // the derived quarters, first and latest
	differ := false
	keys := make([]int32, 0, len(starts))
	for k := range starts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, s := range keys {
		y := starts[s]
		for _, d := range []struct {
			whole, part reports
			what        string
		}{
			{y.year, y.nine, "the year less the nine months"},
			{y.nine, y.half, "the nine months less the six months"},
			{y.half, q1[s], "the six months less the first quarter"},
		} {
			if d.whole == nil || d.part == nil {
				continue
			}
			p, _, ok := quarterPeriod(d.whole[0].end, b.fyEnd)
			if !ok || reported[p] {
				continue
			}
			first, err := b.derived(p, d.whole.first(), d.part.first(), d.what)
			if err != nil {
				return err
			}
			latest := first
			if d.whole.latestIndex() != 0 || d.part.latestIndex() != 0 {
				if latest, err = b.derived(p, d.whole.latest(), d.part.latest(), d.what); err != nil {
					return err
				}
			}
			differ = differ || first.Value.Decimal().Cmp(latest.Value.Decimal()) != 0
			df, dl = append(df, first), append(dl, latest)
			reported[p] = true
			b.report.Derived++
		}
	}
	if len(df) == 0 {
		return nil
	}
	join := func(a, b []series.Point) []series.Point {
		return append(append(make([]series.Point, 0, len(a)+len(b)), a...), b...)
	}
	first := join(v.first, df)
	switch {
	case v.restated:
		v.latest = join(v.latest, dl)
	case differ:
		// The reported quarters agree, the derived ones do not: latest
		// becomes its own list.
		v.restated = true
		v.latest = join(v.first, dl)
		v.byFiling = map[int32][]series.Point{}
	default:
		v.latest = first
	}
	v.first = first
	return nil
}

// derived returns the quarter p as whole less part.
func (b *builder) derived(p series.Period, whole, part obs, what string) (series.Point, error) {
	d, err := decimalSub(whole.value, part.value)
	if err != nil {
		return series.Point{}, fmt.Errorf("%s: deriving %s as %s: %v", b.document(whole.filing, whole.concept), p, what, err)
	}
	// "derived as the year less the nine months: 2019-01-01 to 2019-12-31
	// (10-K 0001065280-20-000040) less 2019-01-01 to 2019-09-30 (10-Q …)"
	n := make([]byte, 0, 160)
	n = append(n, "derived as "...)
	n = append(n, what...)
	n = append(n, ": "...)
	n = b.appendFiled(n, whole)
	n = append(n, " less "...)
	n = b.appendFiled(n, part)
	n = append(n, "; "...)
	n = append(n, precisionNote...)
	note := string(n)
	return series.Point{
		Period:  p,
		Value:   series.NewValue(d, int(min(whole.decimals, part.decimals))),
		Source:  series.Source{Kind: "P", Document: "derived from " + b.document(whole.filing, whole.concept) + " and " + b.document(part.filing, part.concept), Locator: b.locator(whole.filing), Note: note},
		Start:   dayTime(part.end + 1),
		End:     dayTime(whole.end),
		Derived: true,
	}, nil
}

// appendFiled appends the days o covers and the filing that reported it:
// "2019-01-01 to 2019-12-31 (10-K 0001065280-20-000040)".
func (b *builder) appendFiled(n []byte, o obs) []byte {
	f := &b.c.Filings[o.filing]
	n = appendDay(n, o.start)
	n = append(n, " to "...)
	n = appendDay(n, o.end)
	n = append(n, " ("...)
	n = append(n, f.Form...)
	n = append(n, ' ')
	n = append(n, f.Accession...)
	return append(n, ')')
}

// series makes the vintages of one series: the primary (as first filed),
// and for a restated series latest and each filing's own.
func (b *builder) series(meta series.Meta, v *vintageSet) ([]*series.Series, error) {
	mk := func(vintage string, pts []series.Point) (*series.Series, error) {
		m := meta
		m.Vintage = vintage
		return series.New(m, pts)
	}
	primary, err := mk("", v.first)
	if err != nil {
		return nil, err
	}
	out := []*series.Series{primary}
	if !v.restated {
		return out, nil
	}
	b.report.Restated++
	for _, x := range []struct {
		name string
		pts  []series.Point
	}{{VintageLatest, v.latest}} {
		s, err := mk(x.name, x.pts)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	filings := make([]int32, 0, len(v.byFiling))
	for f := range v.byFiling {
		filings = append(filings, f)
	}
	slices.SortFunc(filings, func(x, y int32) int {
		fx, fy := &b.c.Filings[x], &b.c.Filings[y]
		return cmp.Or(cmp.Compare(fx.Filed, fy.Filed), strings.Compare(fx.Accession, fy.Accession))
	})
	for _, f := range filings {
		s, err := mk(b.c.Filings[f].Accession, v.byFiling[f])
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// build returns every series of the company, each with its vintages, and
// passes them to add one at a time.
func (b *builder) build(add func([]*series.Series) error) error {
	ms, err := b.metrics()
	if err != nil {
		return err
	}
	for _, m := range ms {
		base := "cik" + b.cik + "." + m.name
		label := b.c.Concepts[m.concept].Label
		if label == "" {
			label = b.c.Concepts[m.concept].Name
		}
		if m.name == "revenue" {
			label = "revenue"
		}
		var concepts []string
		for _, ci := range m.concepts {
			concepts = append(concepts, b.c.Concepts[ci].Taxonomy+":"+b.c.Concepts[ci].Name)
		}
		desc := fmt.Sprintf("SEC XBRL company facts of %s (CIK %s): %s", b.c.Name, b.cik, strings.Join(concepts, ", "))
		if m.name == "revenue" {
			desc += ", merged per filing and period by the priority list sec.RevenueConcepts"
		}
		if b.fyEnd != 12 {
			desc += fmt.Sprintf("; fiscal year ending in %s, named FYyyyy by the calendar year in which it ends", time.Month(b.fyEnd))
		}
		desc += "; primary vintage as first filed; precision inferred from the digits each filing states"
		meta := series.Meta{Name: b.name + " " + label, Unit: m.unit.String(), Description: desc}
		if len(m.annual) > 0 {
			meta.ID, meta.Frequency = base, series.Annual
			if err := b.emit(meta, b.vintages(b.group(m.annual, false)), add); err != nil {
				return err
			}
		}
		if len(m.quarter) > 0 || len(m.ytd) > 0 {
			rs := b.group(m.quarter, false)
			v := b.vintages(rs)
			reported := map[series.Period]bool{}
			for _, r := range rs {
				reported[r[0].period] = true
			}
			if err := b.derive(m, v, reported); err != nil {
				return err
			}
			if len(v.first) > 0 {
				qm := meta
				qm.ID, qm.Frequency, qm.Name = base+".quarterly", series.Quarterly, meta.Name+", quarterly"
				qm.Description += "; quarters that filings give only year to date are derived (column derived)"
				if err := b.emit(qm, v, add); err != nil {
					return err
				}
			}
		}
		if len(m.instant) > 0 {
			im := meta
			im.ID, im.Frequency = base, series.Daily
			if len(m.annual) > 0 {
				im.ID = base + ".instant"
			}
			if err := b.emit(im, b.vintages(b.group(m.instant, false)), add); err != nil {
				return err
			}
		}
	}
	return nil
}

func (b *builder) emit(meta series.Meta, v *vintageSet, add func([]*series.Series) error) error {
	ss, err := b.series(meta, v)
	if err != nil {
		return fmt.Errorf("%s: %w", b.file, err)
	}
	b.report.Series++
	for _, s := range ss {
		b.report.Points += s.Len()
	}
	return add(ss)
}
