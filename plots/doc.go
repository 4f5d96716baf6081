// Package plots draws reported series as charts on gonum/plot.
//
// Its parts are small gonum/plot types that compose on any *plot.Plot: a
// period axis ([PeriodTicks]); tick labels a reader expects ([LabelTicks]
// with [Money], [Count], [Percent]: "$10B", "2.5B", "49%"); 1-2-5 ticks
// for a log axis ([LogTicks]); a line that breaks at a missing period
// ([Line]); rounding intervals as a band or error bars ([Band],
// [ErrorBars]); grouped bars ([Bars]); a claim annotation ([Claim]); the
// CAGR of every window as a heat map ([WindowGrid], [GridLabels],
// [Outline]); and a source line ([Source]). One [Theme] styles them.
//
// The chart builders put them together, from series the caller passes
// in, with the words on the chart and the unit of its values given in a
// [Spec]: [Lines] (any number of series of one unit, linear or log),
// [YoYBars], [IndexLines], [Reports] (one figure as several reports give
// it), [Shares], [PerUnit], and for a growth claim [ClaimFigures],
// [ClaimRounding] and [WindowHeatMap]. Each returns a *plot.Plot to which
// more plotters can be added. [BuildAll] makes a named set of charts from
// [Build]s; [Overview] is a set for any series. This package loads no data
// and names no company: a case's chart set is a list of builder calls.
//
// Units are the caller's: a [Unit] (finance.Unit implements it) says
// whether values are money and which sign they take, and picks the tick
// labels ([UnitFormat]).
//
// One convention runs through it: the X coordinate of a period is its
// mid-point in calendar years ([PeriodX]), so the year 2012 sits at 2012.5,
// the quarter 2019Q4 at 2019.875, and a period's point or bar is centred in
// its slot of the axis, which runs from the start of the first period to
// the end of the last ([PeriodBounds]). Y values are in the series' base
// units (USD, not USD millions); the tick labels scale them for reading.
//
// [Write] and [WriteFile] render a plot as PNG, SVG or PDF, byte for byte
// the same for the same plot: fonts are gonum's embedded Liberation fonts,
// embedded in SVG and PDF; PDF dates are fixed; text is escaped in SVG.
// gonum's PDF backend can hold only one font face, so in PDF the bold
// title and annotations are drawn as glyph outlines.
//
// Bad input — a nil or empty series, a value a log axis cannot show, a
// size of zero — is an error, never a panic; a panic inside gonum while
// drawing is returned by Write as an error.
//
// The subpackage gonbplot shows a plot inline in a GoNB notebook; it is the
// only part that knows about notebooks.
package plots
