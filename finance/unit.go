package finance

import (
	"errors"
	"strconv"
	"strings"

	"github.com/finfig/finfig/series"
)

// Unit is the unit of a figure: an ISO 4217 currency, or a count (users,
// members, people) or a price index. The zero Unit, NoUnit, is a bare
// number. A Unit is a small comparable value; String gives the form that a
// data file writes and ParseUnit reads.
type Unit uint8

// The units. The currencies are the euro and every currency of the ECB's
// reference rate table, in the order of its columns, including those the
// ECB no longer publishes (CYP, EEK, LTL, LVL, MTL, ROL, SIT, SKK, TRL,
// HRK, RUB).
const (
	NoUnit Unit = iota // a bare number
	EUR
	USD
	JPY
	BGN
	CYP
	CZK
	DKK
	EEK
	GBP
	HUF
	LTL
	LVL
	MTL
	PLN
	ROL
	RON
	SEK
	SIT
	SKK
	CHF
	ISK
	NOK
	HRK
	RUB
	TRL
	TRY
	AUD
	BRL
	CAD
	CNY
	HKD
	IDR
	ILS
	INR
	KRW
	MXN
	MYR
	NZD
	PHP
	SGD
	THB
	ZAR
	Users   // a count of users
	Members // a count of members (subscribers)
	People  // a count of people
	Index   // a price index, such as the CPI (1982-84 = 100)
)

// numUnits is the number of Units, NoUnit included.
const numUnits = Index + 1

// unitInfo describes a unit. The table is a constant array, so that no
// work is done at init.
type unitInfo struct {
	code   string // ISO 4217 code, or the count's name
	name   string
	symbol string // the sign written before an amount, if the currency has one
}

var units = [numUnits]unitInfo{
	NoUnit:  {},
	EUR:     {"EUR", "euro", "€"},
	USD:     {"USD", "US dollar", "$"},
	JPY:     {"JPY", "Japanese yen", "¥"},
	BGN:     {"BGN", "Bulgarian lev", ""},
	CYP:     {"CYP", "Cyprus pound", ""},
	CZK:     {"CZK", "Czech koruna", ""},
	DKK:     {"DKK", "Danish krone", ""},
	EEK:     {"EEK", "Estonian kroon", ""},
	GBP:     {"GBP", "pound sterling", "£"},
	HUF:     {"HUF", "Hungarian forint", ""},
	LTL:     {"LTL", "Lithuanian litas", ""},
	LVL:     {"LVL", "Latvian lats", ""},
	MTL:     {"MTL", "Maltese lira", ""},
	PLN:     {"PLN", "Polish zloty", ""},
	ROL:     {"ROL", "Romanian leu (until 2005)", ""},
	RON:     {"RON", "Romanian leu", ""},
	SEK:     {"SEK", "Swedish krona", ""},
	SIT:     {"SIT", "Slovenian tolar", ""},
	SKK:     {"SKK", "Slovak koruna", ""},
	CHF:     {"CHF", "Swiss franc", ""},
	ISK:     {"ISK", "Icelandic krona", ""},
	NOK:     {"NOK", "Norwegian krone", ""},
	HRK:     {"HRK", "Croatian kuna", ""},
	RUB:     {"RUB", "Russian rouble", ""},
	TRL:     {"TRL", "Turkish lira (until 2004)", ""},
	TRY:     {"TRY", "Turkish lira", ""},
	AUD:     {"AUD", "Australian dollar", ""},
	BRL:     {"BRL", "Brazilian real", ""},
	CAD:     {"CAD", "Canadian dollar", ""},
	CNY:     {"CNY", "Chinese yuan renminbi", ""},
	HKD:     {"HKD", "Hong Kong dollar", ""},
	IDR:     {"IDR", "Indonesian rupiah", ""},
	ILS:     {"ILS", "Israeli shekel", ""},
	INR:     {"INR", "Indian rupee", ""},
	KRW:     {"KRW", "South Korean won", ""},
	MXN:     {"MXN", "Mexican peso", ""},
	MYR:     {"MYR", "Malaysian ringgit", ""},
	NZD:     {"NZD", "New Zealand dollar", ""},
	PHP:     {"PHP", "Philippine peso", ""},
	SGD:     {"SGD", "Singapore dollar", ""},
	THB:     {"THB", "Thai baht", ""},
	ZAR:     {"ZAR", "South African rand", ""},
	Users:   {"users", "users", ""},
	Members: {"members", "members", ""},
	People:  {"people", "people", ""},
	Index:   {"index", "index points", ""},
}

// String returns the unit as a data file writes it: the ISO 4217 code
// ("USD") or the count's name ("users"); "" for NoUnit.
func (u Unit) String() string {
	if u >= numUnits {
		return "Unit(" + strconv.Itoa(int(u)) + ")"
	}
	return units[u].code
}

// Name returns what a reader calls the unit: "US dollar", "users".
func (u Unit) Name() string {
	if u >= numUnits {
		return u.String()
	}
	return units[u].name
}

// Symbol returns the sign written before an amount of the currency: "$"
// for USD, "€", "£", "¥"; "" for a unit that has none here.
func (u Unit) Symbol() string {
	if u >= numUnits {
		return ""
	}
	return units[u].symbol
}

// IsCurrency reports whether u is a currency.
func (u Unit) IsCurrency() bool { return u >= EUR && u <= ZAR }

// IsCount reports whether u is a count: users, members or people.
func (u Unit) IsCount() bool { return u >= Users && u <= People }

// MarshalText implements encoding.TextMarshaler with String: NoUnit is
// the empty text.
func (u Unit) MarshalText() ([]byte, error) {
	if u >= numUnits {
		return nil, errors.New("finance: invalid " + u.String())
	}
	return []byte(u.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseUnit; the
// empty text is NoUnit.
func (u *Unit) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*u = NoUnit
		return nil
	}
	v, err := ParseUnit(string(b))
	if err != nil {
		return err
	}
	*u = v
	return nil
}

const unitForms = "an ISO 4217 code in capitals, such as USD, EUR, GBP, JPY, CHF or another the ECB publishes rates for, or a count: users, members, people, index"

// ParseUnit parses the unit that String returns: an ISO 4217 code in
// capitals or a count's name in lower case. It is strict, as a data file
// must be; ParseAmount reads the symbols and words that articles write.
func ParseUnit(s string) (Unit, error) {
	if u, ok := lookupUnit(s); ok {
		return u, nil
	}
	reason := ""
	switch {
	case s == "":
		reason = "empty"
	default:
		if u, ok := lookupUnitFold(s); ok {
			reason = "write it " + u.String()
		}
	}
	return NoUnit, &series.ParseError{Type: "unit", Input: s, Expected: unitForms, Reason: reason}
}

// lookupUnit finds the unit whose String is s.
func lookupUnit(s string) (Unit, bool) {
	for u := EUR; u < numUnits; u++ {
		if units[u].code == s {
			return u, true
		}
	}
	return NoUnit, false
}

// lookupUnitFold finds the unit whose String is s, ignoring case.
func lookupUnitFold(s string) (Unit, bool) {
	for u := EUR; u < numUnits; u++ {
		if strings.EqualFold(units[u].code, s) {
			return u, true
		}
	}
	return NoUnit, false
}
