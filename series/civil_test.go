package series_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/finfig/finfig/series"
)

// TestDaysFromCivil checks the day numbers against time.Time over the
// years a Period holds and beyond, every day of a leap and a common year
// and days spread over the rest.
func TestDaysFromCivil(t *testing.T) {
	first := time.Date(-400, 1, 1, 0, 0, 0, 0, time.UTC)
	last := time.Date(10400, 12, 31, 0, 0, 0, 0, time.UTC)
	check := func(tm time.Time) {
		t.Helper()
		y, m, d := tm.Date()
		want := int(tm.Unix() / 86400)
		if got := series.DaysFromCivil(y, m, d); got != want {
			t.Fatalf("DaysFromCivil(%d, %d, %d) = %d, want %d", y, m, d, got, want)
		}
		if gy, gm, gd := series.CivilFromDays(want); gy != y || gm != m || gd != d {
			t.Fatalf("CivilFromDays(%d) = %d-%d-%d, want %d-%d-%d", want, gy, gm, gd, y, m, d)
		}
		if got, want := series.DaysIn(y, m), time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day(); got != want {
			t.Fatalf("DaysIn(%d, %d) = %d, want %d", y, m, got, want)
		}
		if s := tm.Format(time.DateOnly); y >= 1 && y <= 9999 {
			if got, ok := series.ParseDayNumber([]byte(s)); !ok || got != want {
				t.Fatalf("ParseDayNumber(%s) = %d, %t, want %d", s, got, ok, want)
			}
		}
	}
	for _, y := range []int{1969, 1970, 2000, 2019, 2100} {
		for tm := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC); tm.Year() == y; tm = tm.AddDate(0, 0, 1) {
			check(tm)
		}
	}
	for tm := first; !tm.After(last); tm = tm.AddDate(0, 0, 97) { // 97 days: spread over the months and their days
		check(tm)
	}
	for _, tm := range []time.Time{first, last, time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(0, 2, 29, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)} {
		check(tm)
	}
}

func TestParseDayNumberRefuses(t *testing.T) {
	for _, s := range []string{"", "2019-09-2", "2019-09-288", "2019/09/28", "0000-01-01", "2019-00-01", "2019-13-01",
		"2019-02-29", "2019-04-31", "2019-09-00", "-019-09-28", "2019-+9-28", "2019-09-2 ", "２019-09-28"} {
		if n, ok := series.ParseDayNumber([]byte(s)); ok {
			t.Errorf("ParseDayNumber(%q) = %d, true, want false", s, n)
		}
	}
}

func ExampleDaysFromCivil() {
	// The day number of Apple's fiscal year end 2019, and the date five
	// weeks later.
	n := series.DaysFromCivil(2019, time.September, 28)
	y, m, d := series.CivilFromDays(n + 35)
	fmt.Println(n, y, m, d)
	fmt.Println(series.ParseDayNumber([]byte("2019-09-28")))
	fmt.Println(series.ParseDayNumber([]byte("2019-09-31")))
	fmt.Println(series.DaysIn(2020, time.February), series.DaysIn(2100, time.February))
	// Output:
	// 18167 2019 November 2
	// 18167 true
	// 0 false
	// 29 28
}

// FuzzParseDayNumber checks ParseDayNumber against time.Parse: the dates
// that time writes back as they were read, from year 1, and only those.
func FuzzParseDayNumber(f *testing.F) {
	for _, s := range []string{"2019-09-28", "2000-02-29", "1900-02-29", "0001-01-01", "9999-12-31", "0000-12-31", "2019-9-28"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := series.ParseDayNumber([]byte(s))
		tm, err := time.Parse(time.DateOnly, s)
		want := err == nil && tm.Year() >= 1 && tm.Format(time.DateOnly) == s
		if ok != want {
			t.Fatalf("ParseDayNumber(%q) ok = %t, time.Parse gives %v, %v", s, ok, tm, err)
		}
		if ok && n != int(tm.Unix()/86400) {
			t.Fatalf("ParseDayNumber(%q) = %d, want %d", s, n, tm.Unix()/86400)
		}
	})
}
