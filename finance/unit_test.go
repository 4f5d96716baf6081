package finance

import (
	"testing"
)

func TestParseUnit(t *testing.T) {
	for u := EUR; u < numUnits; u++ {
		got, err := ParseUnit(u.String())
		if err != nil || got != u {
			t.Errorf("ParseUnit(%q) = %v, %v", u.String(), got, err)
		}
		b, err := u.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Unit
		if err := back.UnmarshalText(b); err != nil || back != u {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
		}
	}
	const expected = " (expected an ISO 4217 code in capitals, such as USD, EUR, GBP, JPY, CHF or another the ECB publishes rates for, or a count: users, members, people, index)"
	for _, tt := range []struct{ in, want string }{
		{"usd", `cannot parse "usd" as unit: write it USD` + expected},
		{"Users", `cannot parse "Users" as unit: write it users` + expected},
		{"", `cannot parse "" as unit: empty` + expected},
		{"$", `cannot parse "$" as unit` + expected},
		{"XAU", `cannot parse "XAU" as unit` + expected},
	} {
		_, err := ParseUnit(tt.in)
		if err == nil || err.Error() != tt.want {
			t.Errorf("ParseUnit(%q): error\n%v\nwant\n%s", tt.in, err, tt.want)
		}
	}
	if b, err := NoUnit.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("NoUnit.MarshalText() = %q, %v", b, err)
	}
	u := USD
	if err := u.UnmarshalText(nil); err != nil || u != NoUnit {
		t.Errorf("UnmarshalText(\"\") = %v, %v", u, err)
	}
	if _, err := Unit(200).MarshalText(); err == nil {
		t.Error("Unit(200).MarshalText: no error")
	}
}

func TestUnitProperties(t *testing.T) {
	for _, tt := range []struct {
		u             Unit
		symbol, name  string
		currency, cnt bool
	}{
		{USD, "$", "US dollar", true, false},
		{EUR, "€", "euro", true, false},
		{GBP, "£", "pound sterling", true, false},
		{JPY, "¥", "Japanese yen", true, false},
		{CHF, "", "Swiss franc", true, false},
		{ZAR, "", "South African rand", true, false},
		{Users, "", "users", false, true},
		{People, "", "people", false, true},
		{Index, "", "index points", false, false},
		{NoUnit, "", "", false, false},
	} {
		if tt.u.Symbol() != tt.symbol || tt.u.Name() != tt.name || tt.u.IsCurrency() != tt.currency || tt.u.IsCount() != tt.cnt {
			t.Errorf("%v: symbol %q name %q currency %v count %v", tt.u, tt.u.Symbol(), tt.u.Name(), tt.u.IsCurrency(), tt.u.IsCount())
		}
	}
	if s := Unit(200).String(); s != "Unit(200)" {
		t.Errorf("Unit(200).String() = %q", s)
	}
}

// FuzzParseUnit: ParseUnit never panics, and a unit it reads prints back
// to its input.
func FuzzParseUnit(f *testing.F) {
	for _, s := range []string{"USD", "EUR", "users", "index", "usd", "", "€", "XXXX"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := ParseUnit(s)
		if err != nil {
			return
		}
		if u.String() != s {
			t.Fatalf("ParseUnit(%q) = %v, which prints as %q", s, u, u.String())
		}
	})
}

func TestPerShare(t *testing.T) {
	for c := EUR; c <= ZAR; c++ {
		u := PerShare(c)
		if u.Currency() != c || u.String() != c.String()+"/shares" || u.IsCurrency() {
			t.Errorf("PerShare(%v) = %v, currency %v", c, u, u.Currency())
		}
	}
	if PerShare(Shares) != NoUnit || USD.Currency() != NoUnit || Pure.String() != "pure" || Shares.String() != "shares" {
		t.Error("PerShare of a count, or Currency of a currency, must be NoUnit; pure and shares keep their XBRL names")
	}
	if u, err := ParseUnit("USD/shares"); err != nil || u != USDPerShare {
		t.Errorf(`ParseUnit("USD/shares") = %v, %v`, u, err)
	}
}
