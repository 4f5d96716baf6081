package series

import (
	"errors"
	"testing"
)

func TestShare(t *testing.T) {
	mk := func(id, unit string, f Frequency, vals map[Period]string) *Series {
		var pts []Point
		for p, v := range vals {
			if v == "" {
				pts = append(pts, Point{Period: p, Missing: true})
				continue
			}
			x, err := ParseValue(v)
			if err != nil {
				t.Fatal(err)
			}
			pts = append(pts, Point{Period: p, Value: x})
		}
		s, err := New(Meta{ID: id, Unit: unit, Frequency: f}, pts)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	// $150 million of Netflix's 2017 spending in Facebook's 39,942 USD millions.
	part := mk("spend", "USD", Annual, map[Period]string{Year(2017): "150", Year(2018): ""})
	whole := mk("fb", "USD", Annual, map[Period]string{Year(2017): "39942", Year(2018): "55013"})
	got, err := Share(part, whole)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Err != nil || !shareNear(got[0].Point, 150.0/39942) || got[0].Lo > got[0].Point || got[0].Hi < got[0].Point {
		t.Errorf("share 2017 = %+v", got[0])
	}
	if !errors.Is(got[1].Err, ErrGap) {
		t.Errorf("share 2018 err = %v, want ErrGap", got[1].Err)
	}
	if _, err := Share(part, mk("eur", "EUR", Annual, nil)); !errors.Is(err, ErrUnitMismatch) {
		t.Errorf("USD in EUR: %v, want ErrUnitMismatch", err)
	}
	if _, err := Share(part, mk("q", "USD", Quarterly, nil)); !errors.Is(err, ErrFrequencyMismatch) {
		t.Errorf("annual in quarterly: %v, want ErrFrequencyMismatch", err)
	}
}

func shareNear(a, b float64) bool { return a-b < 1e-12 && b-a < 1e-12 }
