// Package datapkg reads and writes a package of reported series: a
// Frictionless Tabular Data Package of three files, and of any other
// tables, that pandas, a spreadsheet and encoding/csv all read.
//
//	datapackage.json   the descriptor: the two resources and their schemas
//	series.csv         id,name,unit,frequency,description: one row per series
//	observations.csv   series,vintage,period,value,decimals,kind,source,locator,quote,note[,start,end,derived]
//
// An observation is one reported figure. Its value is the exact decimal in
// base units ("4279000000" for 4,279 USD millions), decimals its precision
// in the XBRL sense (-6: accurate to the million; INF: exact), and an empty
// value an explicit gap: a period the sources give no figure for, whose
// decimals must be empty too. The rows with an empty vintage make a series'
// primary vintage; restated figures and separate reports are kept beside
// it under a vintage that names them. Periods are written 2019, 2019Q4,
// 2015-02 or 2022-11-28, of the series' frequency. Kind, source, locator,
// quote and note are the series.Source of the figure. Three columns may
// follow, all or none: start and end, the first and last days the figure
// covers (YYYY-MM-DD, empty when the period says it), and derived, true for
// a figure computed from others; a package without them loads as before.
// A Writer streams a package to disk one series at a time and merges it
// into a package the directory holds.
//
// The descriptor must name the resources "series" and "observations", give
// each a local path and an inline schema whose fields are the columns
// above, in that order, and each CSV header must repeat them. Of the
// schema's constraints, required, pattern (which a whole value must match)
// and enum are enforced; unique is allowed, and the loader checks itself
// that ids and observations are given once. The only CSV dialect is RFC
// 4180's: comma, double quote, header line. The descriptor's other
// members, such as its sources, a schema's primaryKey and foreignKeys, are
// kept as written and not interpreted.
//
// A package may declare other tabular resources, such as a table of
// events: a Table, which Package.Table gives. Each is a CSV file of the
// columns its schema names, read as strictly as the others, each
// non-empty cell checked against its field's type (string, number,
// integer, date, year; a number as a decimal with an optional exponent,
// never NaN or an infinity) and the constraints required, unique, pattern
// and enum. A consumer reads its records by field name and reports what it
// finds wrong in a cell with Record.Err, at the cell's line and column.
// LoadTable reads one table of a package that need not hold series at all.
//
// The loader is strict and says where: every problem is an *Error naming
// the file, the line and the column (for a CSV file the field's position
// and name), and what was expected. It accepts CR LF line ends, and skips
// a UTF-8 byte-order mark at the start of a file, as spreadsheets write
// one; it refuses text that is not UTF-8, thousands separators, NaN and
// infinities, values beyond the float64 range, any file larger than
// Options.MaxFileSize, and one that is not a regular file (a named pipe,
// which would make it wait for ever). A quoted field is kept as written,
// CR and CR LF in it included, which encoding/csv would have read as LF.
//
// Load, then Write, gives back the same files, row for row: the same
// bytes for a package written as Write writes it (fields quoted only where
// they must be, decimals as strconv.Itoa writes them, no byte-order mark),
// as the package that the finance package embeds is.
package datapkg
