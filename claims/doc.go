// Package claims checks the quantitative claims that articles make against
// reference figures.
//
// A claim is data, not code: a ledger (ReadLedger; the format is in the
// repository's README) records for each claim the article, its exact
// quote, what it asserts (a value, a change from one figure to another, a
// difference, a currency conversion, a date, a frequency or a duration),
// about which series or event, and its hedge word. A Checker judges each
// claim against a data package of series and a table of reference events
// (EventsFrom a data package's events table), and says why in one sentence with the numbers and the
// sources.
//
// The one rule it keeps: intervals are compared, not points. A claimed
// figure stands for the interval its digits allow, a reference figure for
// the interval of its precision, so rounding is never a false alarm; and
// the only tolerances beyond rounding are those a claim's hedge word allows
// (HedgeRules), so a real error is never hidden.
package claims
