package sec

import (
	"cmp"
	"fmt"
	"iter"
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
	rank := b.filingRanks()
	key := func(o *obs) [2]int32 {
		if bySpan {
			return [2]int32{o.start, o.end}
		}
		return o.pkey
	}
	slices.SortFunc(os, func(x, y obs) int {
		kx, ky := key(&x), key(&y)
		switch {
		case kx != ky:
			return cmp.Or(cmp.Compare(kx[0], ky[0]), cmp.Compare(kx[1], ky[1]))
		case x.filing != y.filing:
			return cmp.Compare(rank[x.filing], rank[y.filing])
		}
		return cmp.Compare(x.prio, y.prio)
	})
	groups := 0
	for i := range os {
		if i == 0 || key(&os[i]) != key(&os[i-1]) {
			groups++
		}
	}
	out := make([]reports, 0, groups)
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

// filingRanks returns the rank of each filing in the order they were
// filed: by the day, then by the accession number.
func (b *builder) filingRanks() []int32 {
	if b.rank == nil {
		fs := b.c.Filings
		order := make([]int32, len(fs))
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortFunc(order, func(x, y int32) int {
			return cmp.Or(cmp.Compare(fs[x].Filed, fs[y].Filed), strings.Compare(fs[x].Accession, fs[y].Accession))
		})
		b.rank = make([]int32, len(fs))
		for r, f := range order {
			b.rank[f] = int32(r)
		}
	}
	return b.rank
}

// document returns the Source.Document of a figure of concept ci in filing
// fi: "10-K 0001065280-20-000040 filed 2020-01-29, us-gaap:Revenues" (the
// series' name names the company).
func (b *builder) document(fi, ci int32) string {
	k := uint64(fi)<<32 | uint64(uint32(ci))
	if k == b.lastDoc && b.lastDocText != "" { // rows in a row mostly cite the same
		return b.lastDocText
	}
	d, ok := b.docs[k]
	if !ok {
		if b.filed[fi] == "" {
			f := &b.c.Filings[fi]
			b.filed[fi] = f.Form + " " + f.Accession + " filed " + dayText(f.Filed) + ", "
		}
		con := &b.c.Concepts[ci]
		d = b.filed[fi] + con.Taxonomy + ":" + con.Name
		b.docs[k] = d
	}
	b.lastDoc, b.lastDocText = k, d
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

// point returns the point of an observation: a figure a filing reports,
// or a quarter derived from two.
func (b *builder) point(o *obs) series.Point {
	if o.der > 0 {
		return b.derivedPoint(o)
	}
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

// made is one series of a company, made but not yet written: its
// vintages as lists of observations, which become points only as they
// are written, so that a company waiting for its turn to be written holds
// no more than its observations.
type made struct {
	meta     series.Meta
	pool     []obs
	vintages []madeVintage // the primary first
}

// madeVintage is one vintage of a made series: its name and the indexes
// into the series' pool of its observations, in period order.
type madeVintage struct {
	name string
	rows []int32
}

// vintageSet is the observations of a series in each vintage, as indexes
// into its pool.
type vintageSet struct {
	first, latest []int32
	byFiling      map[int32][]int32
	restated      bool
}

// vintages makes the first and latest observations of each period and
// each filing's own, from rs, which group lays out one after the other in
// the series' pool.
func (b *builder) vintages(rs []reports) *vintageSet {
	v := &vintageSet{first: make([]int32, 0, len(rs))}
	at := int32(0)
	for _, r := range rs {
		v.first = append(v.first, at)
		at += int32(len(r))
		if r.restated() {
			v.restated = true
		}
	}
	v.latest = v.first
	if !v.restated {
		return v
	}
	v.latest = make([]int32, 0, len(rs))
	counts := map[int32]int{}
	for _, r := range rs {
		for _, o := range r {
			counts[o.filing]++
		}
	}
	v.byFiling = make(map[int32][]int32, len(counts))
	for f, n := range counts {
		v.byFiling[f] = make([]int32, 0, n)
	}
	for i, r := range rs {
		li := r.latestIndex()
		for j, o := range r {
			at := v.first[i] + int32(j)
			if j == li {
				v.latest = append(v.latest, at)
			}
			v.byFiling[o.filing] = append(v.byFiling[o.filing], at)
		}
	}
	return v
}

// pool returns the observations that rs lay out, one after the other,
// at the start of the slice os that group compacted: os[:n], its capacity
// cut so that an append does not write over the rest of os.
func pool(os []obs, rs []reports) []obs {
	n := 0
	for _, r := range rs {
		n += len(r)
	}
	return os[:n:n]
}

// derive adds the quarters that the filings give only as the difference of
// year-to-date figures: Q4 as the year less nine months, Q3 as nine months
// less six, Q2 as six months less the first quarter, where no filing
// reports the quarter itself. It works on each of the vintages first and
// latest with that vintage's figures, adding the derived observations to
// pool, and returns the pool.
func (b *builder) derive(m *metric, v *vintageSet, pool []obs, reported map[series.Period]bool) ([]obs, error) {
	if len(m.ytd) == 0 {
		return pool, nil
	}
	// The year-to-date and annual spans, and the reported quarters, each
	// in order of start and end.
	spans := b.group(slices.Clone(m.ytd), true)
	spans = append(spans, b.group(slices.Clone(m.annual), true)...)
	slices.SortFunc(spans, func(x, y reports) int {
		return cmp.Or(cmp.Compare(x[0].start, y[0].start), cmp.Compare(x[0].end, y[0].end))
	})
	quarters := b.group(slices.Clone(m.quarter), true)
	var df, dl []int32 // the derived quarters, first and latest
	differ := false
	for i := 0; i < len(spans); {
		// The spans that start on day s: the half, nine months and year
		// (the last of each kind, if a filer gives two), and the first
		// quarter (the last reported to start on s).
		s := spans[i][0].start
		var half, nine, year, q1 reports
		for ; i < len(spans) && spans[i][0].start == s; i++ {
			switch r := spans[i]; spanOf(&Fact{Start: s, End: r[0].end}) {
			case spanHalf:
				half = r
			case spanNine:
				nine = r
			case spanYear:
				year = r
			}
		}
		for len(quarters) > 0 && quarters[0][0].start <= s {
			if quarters[0][0].start == s {
				q1 = quarters[0]
			}
			quarters = quarters[1:]
		}
		for _, d := range [...]struct {
			whole, part reports
			what        string
		}{
			{year, nine, "the year less the nine months"},
			{nine, half, "the nine months less the six months"},
			{half, q1, "the six months less the first quarter"},
		} {
			if d.whole == nil || d.part == nil {
				continue
			}
			p, key, ok := quarterPeriod(d.whole[0].end, b.fyEnd)
			if !ok || reported[p] {
				continue
			}
			first, err := b.derived(p, key, d.whole.first(), d.part.first(), d.what)
			if err != nil {
				return nil, err
			}
			pool = append(pool, first)
			fi := int32(len(pool) - 1)
			li := fi
			if d.whole.latestIndex() != 0 || d.part.latestIndex() != 0 {
				latest, err := b.derived(p, key, d.whole.latest(), d.part.latest(), d.what)
				if err != nil {
					return nil, err
				}
				differ = differ || first.value.Cmp(latest.value) != 0
				pool = append(pool, latest)
				li = int32(len(pool) - 1)
			}
			df, dl = append(df, fi), append(dl, li)
			reported[p] = true
			b.report.Derived++
		}
	}
	if len(df) == 0 {
		return pool, nil
	}
	// The derived quarters go among the reported ones in period order,
	// which pkey gives.
	join := func(a, b []int32) []int32 {
		out := append(append(make([]int32, 0, len(a)+len(b)), a...), b...)
		slices.SortFunc(out, func(x, y int32) int {
			kx, ky := pool[x].pkey, pool[y].pkey
			return cmp.Or(cmp.Compare(kx[0], ky[0]), cmp.Compare(kx[1], ky[1]))
		})
		return out
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
		v.byFiling = map[int32][]int32{}
	default:
		v.latest = first
	}
	v.first = first
	return pool, nil
}

// derivation is a quarter derived as whole less part, and the document
// and note of its point, made when it is first written.
type derivation struct {
	whole, part cited
	what        string
	doc, note   string
}

// cited is what the source of a derived quarter says of the figures it
// comes from: the days each covers, its filing and concept.
type cited struct{ start, end, filing, concept int32 }

func citedOf(o obs) cited { return cited{o.start, o.end, o.filing, o.concept} }

// derived returns the observation of quarter p (of pkey key) as whole
// less part.
func (b *builder) derived(p series.Period, key [2]int32, whole, part obs, what string) (obs, error) {
	d, err := decimalSub(whole.value, part.value)
	if err != nil {
		return obs{}, fmt.Errorf("%s: deriving %s as %s: %v", b.document(whole.filing, whole.concept), p, what, err)
	}
	b.derivs = append(b.derivs, derivation{whole: citedOf(whole), part: citedOf(part), what: what})
	return obs{period: p, pkey: key, start: part.end + 1, end: whole.end, value: d, decimals: min(whole.decimals, part.decimals),
		filing: whole.filing, concept: whole.concept, der: int32(len(b.derivs))}, nil
}

// derivedPoint returns the point of a derived observation.
func (b *builder) derivedPoint(o *obs) series.Point {
	dv := &b.derivs[o.der-1]
	if dv.doc == "" {
		// "derived as the year less the nine months: 2019-01-01 to
		// 2019-12-31 (10-K 0001065280-20-000040) less 2019-01-01 to
		// 2019-09-30 (10-Q …)"
		n := make([]byte, 0, 160)
		n = append(n, "derived as "...)
		n = append(n, dv.what...)
		n = append(n, ": "...)
		n = b.appendFiled(n, dv.whole)
		n = append(n, " less "...)
		n = b.appendFiled(n, dv.part)
		n = append(n, "; "...)
		n = append(n, precisionNote...)
		dv.note = string(n)
		dv.doc = "derived from " + b.document(dv.whole.filing, dv.whole.concept) + " and " + b.document(dv.part.filing, dv.part.concept)
	}
	return series.Point{
		Period:  o.period,
		Value:   series.NewValue(o.value, int(o.decimals)),
		Source:  series.Source{Kind: "P", Document: dv.doc, Locator: b.locator(dv.whole.filing), Note: dv.note},
		Start:   dayTime(o.start),
		End:     dayTime(o.end),
		Derived: true,
	}
}

// appendFiled appends the days o covers and the filing that reported it:
// "2019-01-01 to 2019-12-31 (10-K 0001065280-20-000040)".
func (b *builder) appendFiled(n []byte, o cited) []byte {
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

// made returns a series to write, with its vintages: the primary (as
// first filed), and for a restated series latest and each filing's own.
func (b *builder) made(meta series.Meta, pool []obs, v *vintageSet) made {
	out := made{meta: meta, pool: pool, vintages: []madeVintage{{"", v.first}}}
	if !v.restated {
		return out
	}
	b.report.Restated++
	out.vintages = append(out.vintages, madeVintage{VintageLatest, v.latest})
	filings := make([]int32, 0, len(v.byFiling))
	for f := range v.byFiling {
		filings = append(filings, f)
	}
	rank := b.filingRanks()
	slices.SortFunc(filings, func(x, y int32) int { return cmp.Compare(rank[x], rank[y]) })
	for _, f := range filings {
		out.vintages = append(out.vintages, madeVintage{b.c.Filings[f].Accession, v.byFiling[f]})
	}
	return out
}

// build makes every series of the company, each with its vintages, and
// passes them to add one at a time.
func (b *builder) build(add func(made)) error {
	ms, err := b.metrics()
	if err != nil {
		return err
	}
	// The observations hold what the points need: the facts can go.
	for i := range b.c.Concepts {
		b.c.Concepts[i].Units = nil
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
			rs := b.group(m.annual, false)
			b.emit(b.made(meta, pool(m.annual, rs), b.vintages(rs)), add)
		}
		if len(m.quarter) > 0 || len(m.ytd) > 0 {
			rs := b.group(m.quarter, false)
			v := b.vintages(rs)
			reported := map[series.Period]bool{}
			for _, r := range rs {
				reported[r[0].period] = true
			}
			p, err := b.derive(m, v, pool(m.quarter, rs), reported)
			if err != nil {
				return err
			}
			if len(v.first) > 0 {
				qm := meta
				qm.ID, qm.Frequency, qm.Name = base+".quarterly", series.Quarterly, meta.Name+", quarterly"
				qm.Description += "; quarters that filings give only year to date are derived (column derived)"
				b.emit(b.made(qm, p, v), add)
			}
		}
		if len(m.instant) > 0 {
			im := meta
			im.ID, im.Frequency = base, series.Daily
			if len(m.annual) > 0 {
				im.ID = base + ".instant"
			}
			rs := b.group(m.instant, false)
			b.emit(b.made(im, pool(m.instant, rs), b.vintages(rs)), add)
		}
	}
	return nil
}

// emit counts a made series and passes it on.
func (b *builder) emit(s made, add func(made)) {
	b.report.Series++
	for _, v := range s.vintages {
		b.report.Points += len(v.rows)
	}
	add(s)
}

// points returns the points of vintage v of s, made as they are asked for.
func (b *builder) points(s *made, v int) iter.Seq[series.Point] {
	return func(yield func(series.Point) bool) {
		for _, i := range s.vintages[v].rows {
			if !yield(b.point(&s.pool[i])) {
				return
			}
		}
	}
}
