package claims

// This file holds the claims package's uses of finance: reading amounts
// as articles write them, formatting them, and converting currencies.

import "github.com/finfig/finfig/series"

func parseFigure(s string) (claimed, error) { c, _ := parseVague(s); return c, nil }

func formatAmount(v float64, unit string) string { panic("x") }

func (ck *Checker) checkConversion(c Claim, e Event) (Result, error) { panic("x") }

var _ = series.Year
