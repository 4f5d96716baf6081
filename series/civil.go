package series

import "time"

// Day numbers count days from 1970-01-01 in the proleptic Gregorian
// calendar, as time.Time.Unix()/86400 does at midnight UTC. Readers of
// large files (a rate table, company facts) keep dates as day numbers and
// convert them with these functions, which need no time.Time.

// DaysIn returns the number of days in month m (1 to 12) of year y: 28 to
// 31. February has 29 in a leap year, a year divisible by 4 but not by
// 100, or divisible by 400.
func DaysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// DaysFromCivil returns the day number of the date y-m-d: the days from
// 1970-01-01 to it, negative before. The date must be valid (d from 1 to
// DaysIn(y, m)). With the year taken to start in March, so that a leap
// day ends it (Y = y−1 for January and February, else y; M = (m+9) mod 12),
//
//	days = 365·Y + ⌊Y/4⌋ − ⌊Y/100⌋ + ⌊Y/400⌋ + ⌊(153·M + 2)/5⌋ + d − 1 − 719468
//
// (H. Hinnant's days_from_civil; 719468 is the day number of 0000-03-01).
func DaysFromCivil(y int, m time.Month, d int) int {
	if m <= time.February {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400 // the year of the 400-year era, 0 to 399
	doy := (153*((int(m)+9)%12)+2)/5 + d - 1
	return era*146097 + yoe*365 + yoe/4 - yoe/100 + doy - 719468
}

// CivilFromDays returns the date of day number n, the inverse of
// DaysFromCivil (H. Hinnant's civil_from_days).
func CivilFromDays(n int) (y int, m time.Month, d int) {
	z := n + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097                                  // the day of the era, 0 to 146096
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // the year of the era, 0 to 399
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // the day of the year from March 1st, 0 to 365
	mp := (5*doy + 2) / 153                                // the month from March, 0 to 11
	d = doy - (153*mp+2)/5 + 1
	m = time.Month(mp + 3)
	if m > time.December {
		m -= 12
	}
	y = yoe + era*400
	if m <= time.February {
		y++
	}
	return y, m, d
}

// ParseDayNumber parses a date written YYYY-MM-DD, from 0001-01-01 to
// 9999-12-31, into its day number; ok is false for anything else. It
// reads bytes and allocates nothing, for the dates of large files;
// ParsePeriod reads a day with an error that says what is wrong.
func ParseDayNumber(b []byte) (n int, ok bool) {
	if len(b) != 10 || b[4] != '-' || b[7] != '-' {
		return 0, false
	}
	for _, i := range [...]int{0, 1, 2, 3, 5, 6, 8, 9} {
		if b[i] < '0' || b[i] > '9' {
			return 0, false
		}
	}
	y := int(b[0]-'0')*1000 + int(b[1]-'0')*100 + int(b[2]-'0')*10 + int(b[3]-'0')
	m := time.Month(b[5]-'0')*10 + time.Month(b[6]-'0')
	d := int(b[8]-'0')*10 + int(b[9]-'0')
	if y < 1 || m < time.January || m > time.December || d < 1 || d > DaysIn(y, m) {
		return 0, false
	}
	return DaysFromCivil(y, m, d), true
}
