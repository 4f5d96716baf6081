package finance

import (
	"errors"
	"strconv"
	"strings"

	"github.com/finfig/finfig/series"
)

// Unit is the unit of a figure: an ISO 4217 currency, or a count (users,
// members, people, shares), a price index, a pure number (a ratio) or a
// currency per share (USD/shares, as the SEC's XBRL facts write it). The zero Unit, NoUnit, is a bare
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
	Shares  // a count of shares (XBRL unit shares)
	Pure    // a ratio or other number without a unit (XBRL unit pure)

	// The currencies per share, in the order of the currencies, as the
	// SEC's company facts write them (USD/shares): a price or an earning
	// per share.
	EURPerShare // euro per share
	USDPerShare
	JPYPerShare
	BGNPerShare
	CYPPerShare
	CZKPerShare
	DKKPerShare
	EEKPerShare
	GBPPerShare
	HUFPerShare
	LTLPerShare
	LVLPerShare
	MTLPerShare
	PLNPerShare
	ROLPerShare
	RONPerShare
	SEKPerShare
	SITPerShare
	SKKPerShare
	CHFPerShare
	ISKPerShare
	NOKPerShare
	HRKPerShare
	RUBPerShare
	TRLPerShare
	TRYPerShare
	AUDPerShare
	BRLPerShare
	CADPerShare
	CNYPerShare
	HKDPerShare
	IDRPerShare
	ILSPerShare
	INRPerShare
	KRWPerShare
	MXNPerShare
	MYRPerShare
	NZDPerShare
	PHPPerShare
	SGDPerShare
	THBPerShare
	ZARPerShare
)

// numUnits is the number of Units, NoUnit included.
const numUnits = ZARPerShare + 1

// unitInfo describes a unit. The table is a constant array, so that no
// work is done at init.
type unitInfo struct {
	code   string // ISO 4217 code, or the count's name
	name   string
	symbol string // the sign written before an amount, if the currency has one
}

var units = [numUnits]unitInfo{
	NoUnit:      {},
	EUR:         {"EUR", "euro", "€"},
	USD:         {"USD", "US dollar", "$"},
	JPY:         {"JPY", "Japanese yen", "¥"},
	BGN:         {"BGN", "Bulgarian lev", ""},
	CYP:         {"CYP", "Cyprus pound", ""},
	CZK:         {"CZK", "Czech koruna", ""},
	DKK:         {"DKK", "Danish krone", ""},
	EEK:         {"EEK", "Estonian kroon", ""},
	GBP:         {"GBP", "pound sterling", "£"},
	HUF:         {"HUF", "Hungarian forint", ""},
	LTL:         {"LTL", "Lithuanian litas", ""},
	LVL:         {"LVL", "Latvian lats", ""},
	MTL:         {"MTL", "Maltese lira", ""},
	PLN:         {"PLN", "Polish zloty", ""},
	ROL:         {"ROL", "Romanian leu (until 2005)", ""},
	RON:         {"RON", "Romanian leu", ""},
	SEK:         {"SEK", "Swedish krona", ""},
	SIT:         {"SIT", "Slovenian tolar", ""},
	SKK:         {"SKK", "Slovak koruna", ""},
	CHF:         {"CHF", "Swiss franc", ""},
	ISK:         {"ISK", "Icelandic krona", ""},
	NOK:         {"NOK", "Norwegian krone", ""},
	HRK:         {"HRK", "Croatian kuna", ""},
	RUB:         {"RUB", "Russian rouble", ""},
	TRL:         {"TRL", "Turkish lira (until 2004)", ""},
	TRY:         {"TRY", "Turkish lira", ""},
	AUD:         {"AUD", "Australian dollar", ""},
	BRL:         {"BRL", "Brazilian real", ""},
	CAD:         {"CAD", "Canadian dollar", ""},
	CNY:         {"CNY", "Chinese yuan renminbi", ""},
	HKD:         {"HKD", "Hong Kong dollar", ""},
	IDR:         {"IDR", "Indonesian rupiah", ""},
	ILS:         {"ILS", "Israeli shekel", ""},
	INR:         {"INR", "Indian rupee", ""},
	KRW:         {"KRW", "South Korean won", ""},
	MXN:         {"MXN", "Mexican peso", ""},
	MYR:         {"MYR", "Malaysian ringgit", ""},
	NZD:         {"NZD", "New Zealand dollar", ""},
	PHP:         {"PHP", "Philippine peso", ""},
	SGD:         {"SGD", "Singapore dollar", ""},
	THB:         {"THB", "Thai baht", ""},
	ZAR:         {"ZAR", "South African rand", ""},
	Users:       {"users", "users", ""},
	Members:     {"members", "members", ""},
	People:      {"people", "people", ""},
	Index:       {"index", "index points", ""},
	Shares:      {"shares", "shares", ""},
	Pure:        {"pure", "", ""},
	EURPerShare: {"EUR/shares", "euro per share", ""},
	USDPerShare: {"USD/shares", "US dollar per share", ""},
	JPYPerShare: {"JPY/shares", "Japanese yen per share", ""},
	BGNPerShare: {"BGN/shares", "Bulgarian lev per share", ""},
	CYPPerShare: {"CYP/shares", "Cyprus pound per share", ""},
	CZKPerShare: {"CZK/shares", "Czech koruna per share", ""},
	DKKPerShare: {"DKK/shares", "Danish krone per share", ""},
	EEKPerShare: {"EEK/shares", "Estonian kroon per share", ""},
	GBPPerShare: {"GBP/shares", "pound sterling per share", ""},
	HUFPerShare: {"HUF/shares", "Hungarian forint per share", ""},
	LTLPerShare: {"LTL/shares", "Lithuanian litas per share", ""},
	LVLPerShare: {"LVL/shares", "Latvian lats per share", ""},
	MTLPerShare: {"MTL/shares", "Maltese lira per share", ""},
	PLNPerShare: {"PLN/shares", "Polish zloty per share", ""},
	ROLPerShare: {"ROL/shares", "Romanian leu (until 2005) per share", ""},
	RONPerShare: {"RON/shares", "Romanian leu per share", ""},
	SEKPerShare: {"SEK/shares", "Swedish krona per share", ""},
	SITPerShare: {"SIT/shares", "Slovenian tolar per share", ""},
	SKKPerShare: {"SKK/shares", "Slovak koruna per share", ""},
	CHFPerShare: {"CHF/shares", "Swiss franc per share", ""},
	ISKPerShare: {"ISK/shares", "Icelandic krona per share", ""},
	NOKPerShare: {"NOK/shares", "Norwegian krone per share", ""},
	HRKPerShare: {"HRK/shares", "Croatian kuna per share", ""},
	RUBPerShare: {"RUB/shares", "Russian rouble per share", ""},
	TRLPerShare: {"TRL/shares", "Turkish lira (until 2004) per share", ""},
	TRYPerShare: {"TRY/shares", "Turkish lira per share", ""},
	AUDPerShare: {"AUD/shares", "Australian dollar per share", ""},
	BRLPerShare: {"BRL/shares", "Brazilian real per share", ""},
	CADPerShare: {"CAD/shares", "Canadian dollar per share", ""},
	CNYPerShare: {"CNY/shares", "Chinese yuan renminbi per share", ""},
	HKDPerShare: {"HKD/shares", "Hong Kong dollar per share", ""},
	IDRPerShare: {"IDR/shares", "Indonesian rupiah per share", ""},
	ILSPerShare: {"ILS/shares", "Israeli shekel per share", ""},
	INRPerShare: {"INR/shares", "Indian rupee per share", ""},
	KRWPerShare: {"KRW/shares", "South Korean won per share", ""},
	MXNPerShare: {"MXN/shares", "Mexican peso per share", ""},
	MYRPerShare: {"MYR/shares", "Malaysian ringgit per share", ""},
	NZDPerShare: {"NZD/shares", "New Zealand dollar per share", ""},
	PHPPerShare: {"PHP/shares", "Philippine peso per share", ""},
	SGDPerShare: {"SGD/shares", "Singapore dollar per share", ""},
	THBPerShare: {"THB/shares", "Thai baht per share", ""},
	ZARPerShare: {"ZAR/shares", "South African rand per share", ""},
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

// PerShare returns the unit of currency c per share (USDPerShare for USD),
// or NoUnit when c is not a currency.
func PerShare(c Unit) Unit {
	if !c.IsCurrency() {
		return NoUnit
	}
	return EURPerShare + (c - EUR)
}

// Currency returns the currency of a per-share unit (USD for USDPerShare),
// or NoUnit for any other unit.
func (u Unit) Currency() Unit {
	if u < EURPerShare || u > ZARPerShare {
		return NoUnit
	}
	return EUR + (u - EURPerShare)
}

// MarshalText implements encoding.TextMarshaler with String: NoUnit is
// the empty text.
func (u Unit) MarshalText() ([]byte, error) {
	if u >= numUnits {
		return nil, errors.New("finance: invalid " + u.String())
	}
	return []byte(u.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseUnit; the
// empty text is NoUnit, and so is *u after an error (as time.Time's
// UnmarshalText leaves the zero Time).
func (u *Unit) UnmarshalText(b []byte) (err error) {
	*u = NoUnit
	if len(b) > 0 {
		*u, err = ParseUnit(string(b))
	}
	return err
}

const unitForms = "an ISO 4217 code in capitals, such as USD, EUR, GBP, JPY, CHF or another the ECB publishes rates for, or a count: users, members, people, index"

// ParseUnit parses the unit that String returns: an ISO 4217 code in
// capitals, a count's name in lower case, index, pure, or a code per
// share (USD/shares). It is strict, as a data file
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
