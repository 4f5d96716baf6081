// Package series models reported figures as data: periods, exact decimal
// values with their precision, series of such values with their sources,
// and the growth arithmetic that articles quote about them.
//
// The package knows nothing of money or companies: a unit is a string that
// other packages interpret.
//
// Three conventions run through it.
//
//   - A reported value is a Value: the decimal exactly as written, never a
//     float round trip, and its precision in the XBRL "decimals" sense, so
//     "4,279" in USD millions stands for the interval [4,278.5, 4,279.5]
//     million. Derived figures (multiples, rates) are Estimates: a point and
//     the interval that the inputs' intervals imply.
//   - Growth that cannot be computed is an error that says why (a zero base,
//     a gap, a reversed window), never NaN or Inf.
//   - The bulk kernels have the form XxxTo(dst, ...): they write into the
//     caller's slice dst, allocate nothing, and panic with a fixed message
//     when the lengths do not match, as gonum's floats package does (floats.AddTo).
package series
