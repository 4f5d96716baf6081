// Package sec reads the SEC's XBRL company facts into reported series:
// each filer's facts as data.sec.gov publishes them (company facts, a
// company concept, or every filer in the bulk companyfacts.zip, read one
// company at a time), exact, with their periods, restatements and
// sources; and it downloads them under the SEC's fair-access rules
// (Fetcher).
//
// The one convention it keeps: a fact's period comes from its start and
// end dates, never from its fy and fp, which name the filing that
// reported it (Netflix's 2019 revenue is in the filings of fiscal 2019,
// 2020 and 2021). A duration of about a year is an annual point, about a
// quarter a quarterly point, no start an instant (a day). A year that
// does not end in December is a fiscal year named by the calendar year in
// which it ends (series.FiscalYear), its quarters FY2019Q1 to FY2019Q4;
// every point keeps its start and end dates.
//
// The rest follows from it:
//
//   - Six and nine months year to date are not points: they derive the
//     quarters no filing reports (Q4 = year − nine months, Q3 = nine −
//     six months, Q2 = six months − Q1), marked Derived, the note naming
//     the figures and filings.
//   - The same value for a period in several filings is one point citing
//     the first filing. A different value is a restatement: the primary
//     vintage holds the figures as first filed (the vintage "first"), and
//     a restated series also has the vintage "latest" (as last filed) and
//     one per filing, named by its accession number.
//   - Revenue is one metric over the concepts filers have used for it,
//     merged by the priority list RevenueConcepts; every other concept is
//     a metric named in snake case (NetIncomeLoss: net_income_loss). The
//     series ids are cik<N>.<metric> for years (or instants) and
//     cik<N>.<metric>.quarterly for quarters.
//   - Values are decimals as written in the JSON, never a float64 (so a
//     value above 2^53 stays exact), in units USD or another currency,
//     shares, a currency per share, or pure; a fact in another unit is an
//     error (or, with Options.SkipBad, left out and counted). Company
//     facts carry no decimals: the precision is inferred from the digits
//     each filing states, and marked so in the point's note.
//   - Each point cites its form, accession number, filing date and
//     concept, and the filing's EDGAR address.
package sec
