// Package finance gives reported figures their money: units and
// currencies, amounts as articles write them, exchange rates from the
// European Central Bank, deflation by the consumer price index, and the
// reported datasets that finfig checks articles against.
//
// A figure is a series.Value in base units (dollars, not millions of
// dollars) with its precision; a Unit says what it counts. ParseAmount
// reads "$4.28 billion" or "265 million Euros" into a Value whose
// precision is the digits written, and FormatAmount writes a Value back the
// way a person would, so that each reads the other's output.
//
// Exchange rates come from the ECB's euro foreign exchange reference rates,
// embedded as published (finance/data/ecb/ecb-eurofxref-hist.csv: every
// business day from 1999-01-04 to 2024-10-11, every currency column,
// unchanged). A reference rate is treated as the exact number the ECB
// publishes; a day without rates (a weekend, a TARGET holiday) takes the
// last business day's before it, and the Quote says so.
//
// Nothing is computed at init. The rate table and the reported package are
// parsed on first use, once, behind sync.OnceValues; the rate table is
// indexed by row and parses a currency's column only when that currency is
// first asked for, which keeps the first conversion in a process under a
// millisecond (BenchmarkECBParse).
package finance
