// Package extract finds the quantitative claims of an article in its
// text: every figure a reader could check (money, counts, percentages,
// multiples, dates and periods, frequencies and durations), the hedge
// word before it, and the claim around it, as claims.Claim values that
// the claims package checks.
//
// The one convention it keeps: offsets are byte offsets into the text as
// given, and every Figure's Text is exactly the bytes at [Start, End), so
// a person or a program can always find what was read. Nothing is
// guessed: a subject that the text does not name (or names ambiguously)
// is left empty, and a period whose year the text does not give has no
// year.
//
// The extractor reads text the way financial news writes it, with rules
// rather than a trained model: a figure's parts (currency sign or code,
// number or number words, scale word or abbreviation, unit or noun) are
// read by finance.ParseAmount where it applies, and claims are formed
// clause by clause. Subjects are plain data (Subject): series with their
// names and aliases, events with their keywords, and entities whose
// mentions carry over to "the company" in later sentences.
package extract
