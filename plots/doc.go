// Package plots draws reported series as charts on gonum/plot.
//
// Its parts are small gonum/plot types that compose on any *plot.Plot:
// a period axis ([PeriodTicks]), tick labels a reader expects ([LabelTicks]
// with [Money], [Count], [Percent]), 1-2-5 ticks for a log axis ([LogTicks]),
// a line that breaks at a missing period ([Line]), rounding intervals as a
// band or error bars ([Band], [ErrorBars]), grouped bars ([Bars]), a claim
// annotation ([Claim]) and a source line ([Source]), all styled by one
// [Theme]. The chart builders ([RevenueLinear], [RevenueLog], …, [Standard])
// put them together into the standard charts; [Write] and [WriteFile] render
// a plot as PNG, SVG or PDF, byte for byte the same for the same input.
//
// One convention runs through it: the X coordinate of a period is its
// mid-point in calendar years ([PeriodX]), so the year 2012 sits at 2012.5,
// the quarter 2019Q4 at 2019.875 and a period's bar or point is centred in
// its slot of the axis. Y values are in the series' base units (USD, not
// USD millions); the tick labels scale them for reading ("$10B").
//
// Charts are built from series the caller passes in: this package loads no
// data. Bad input (a nil or empty series, a zero or negative value on a log
// axis) is an error, never a panic.
//
// The subpackage gonbplot shows a plot inline in a GoNB notebook; it is the
// only part that knows about notebooks.
package plots
