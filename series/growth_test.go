package series_test

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/finfig/finfig/series"
)

// The expected figures below were computed apart from this package, with
// numpy (float64) and Python's fractions (exact), from the figures as the
// filings state them: Facebook advertising revenue in USD millions,
// Netflix streaming revenue in USD thousands, 2012 to 2019.
var (
	facebookMillions = []string{"4,279", "6,986", "11,492", "17,079", "26,885", "39,942", "55,013", "69,655"}
	netflixThousands = []string{"2,472,410", "3,463,765", "4,739,495", "6,133,774", "8,288,402", "11,242,216", "15,428,752", "19,859,230"}
)

type growthCase struct {
	name    string
	figures []string
	shift   int
	// b/a and (b/a)^(1/7) − 1 for 2012 → 2019, with the bounds that the
	// rounding of the two figures allows: [(b−½)/(a+½), (b+½)/(a−½)].
	multiple, multipleLo, multipleHi float64
	cagr, cagrLo, cagrHi             float64
	yoy                              []float64
	index                            []float64 // 2012 = 100
	// OLS of ln v on centred time, and the 95% interval of e^β − 1 with
	// t(0.975, 6 df) = 2.446911851.
	alpha, beta, rate, r2, rateLo, rateHi float64
}

var growthCases = []growthCase{{
	name: "facebook.ad_revenue", figures: facebookMillions, shift: 6,
	multiple: 16.278336059827062, multipleLo: 16.276317326790512, multipleHi: 16.280355264695572,
	cagr: 0.4896599586576682, cagrLo: 0.48963356612499753, cagrHi: 0.48968635455269172,
	yoy: []float64{0.63262444496377657, 0.64500429430289152, 0.48616428820048729, 0.57415539551495987,
		0.48566114933978055, 0.37732211706975116, 0.26615527239016235},
	index: []float64{100, 163.26244449637767, 268.56742229492875, 399.13531198878241, 628.30100490768871,
		933.44239308249587, 1285.650853003038, 1627.8336059827063},
	alpha: 9.8961614267045448 + 6*math.Ln10, beta: 0.40521670905537432, rate: 0.49962744769355055,
	r2: 0.99051280050462898, rateLo: 0.44137980939167776, rateHi: 0.56022893287578002,
}, {
	name: "netflix.streaming_revenue", figures: netflixThousands, shift: 3,
	multiple: 8.0323368696939426, multipleLo: 8.0323350430682936, multipleHi: 8.0323386963203305,
	cagr: 0.34667603178151918, cagrLo: 0.3466759880320518, cagrHi: 0.34667607553099566,
	yoy: []float64{0.40096707261336106, 0.36830731877018213, 0.29418303004856, 0.35127280529083726,
		0.35637919106722865, 0.37239419701596199, 0.28715725030773714},
	index: []float64{100, 140.09670726133609, 191.69534988128993, 248.08886875558665, 335.23574164479191,
		454.70678406898531, 624.03695180006548, 803.23368696939428},
	alpha: 15.787601205060369 + 3*math.Ln10, beta: 0.29697612883605518, rate: 0.34578317365388661,
	r2: 0.99921743242615757, rateLo: 0.33465641424531523, rateHi: 0.35700269459539991,
}}

func TestGrowthBetween(t *testing.T) {
	for _, c := range growthCases {
		s := annual(t, c.name, 2012, c.figures, c.shift)
		g, err := series.GrowthBetween(s, series.Year(2012), series.Year(2019))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if g.Years != 7 || g.From != series.Year(2012) || g.To != series.Year(2019) {
			t.Errorf("%s: %v to %v, %v years", c.name, g.From, g.To, g.Years)
		}
		checkNear(t, c.name+" multiple", g.Multiple.Point, c.multiple)
		checkNear(t, c.name+" multiple lo", g.Multiple.Lo, c.multipleLo)
		checkNear(t, c.name+" multiple hi", g.Multiple.Hi, c.multipleHi)
		checkNear(t, c.name+" pct change", g.PctChange.Point, c.multiple-1)
		checkNear(t, c.name+" pct change lo", g.PctChange.Lo, c.multipleLo-1)
		checkNear(t, c.name+" CAGR", g.CAGR.Point, c.cagr)
		checkNear(t, c.name+" CAGR lo", g.CAGR.Lo, c.cagrLo)
		checkNear(t, c.name+" CAGR hi", g.CAGR.Hi, c.cagrHi)
		checkNear(t, c.name+" log growth", g.LogGrowth.Point, math.Log(c.multiple)/7)
		checkNear(t, c.name+" log growth lo", g.LogGrowth.Lo, math.Log(c.multipleLo)/7)
		checkNear(t, c.name+" doubling", g.DoublingYears.Point, math.Ln2/math.Log1p(c.cagr))
		checkNear(t, c.name+" doubling lo", g.DoublingYears.Lo, math.Ln2/math.Log1p(c.cagrHi))
		checkNear(t, c.name+" doubling hi", g.DoublingYears.Hi, math.Ln2/math.Log1p(c.cagrLo))
		if !g.HasLog || !g.HasDoubling {
			t.Errorf("%s: HasLog %v HasDoubling %v", c.name, g.HasLog, g.HasDoubling)
		}
		a, b := s.Point(0).Value, s.Point(7).Value
		checkNear(t, c.name+" change", g.Change.Point, b.Float64()-a.Float64())
		half := math.Pow10(c.shift) / 2
		checkNear(t, c.name+" change lo", g.Change.Lo, b.Float64()-a.Float64()-2*half)
		checkNear(t, c.name+" change hi", g.Change.Hi, b.Float64()-a.Float64()+2*half)
		if g.Start != a || g.End != b {
			t.Errorf("%s: Start %v End %v", c.name, g.Start, g.End)
		}
	}
	// The article's round figures: "16 times", "49%".
	g, _ := series.GrowthBetween(annual(t, "fb", 2012, facebookMillions, 6), series.Year(2012), series.Year(2019))
	if s := g.Multiple.String(); s != "16.28 [16.28, 16.28]" {
		t.Errorf("Multiple.String() = %q", s)
	}
}

func TestYoY(t *testing.T) {
	for _, c := range growthCases {
		s := annual(t, c.name, 2012, c.figures, c.shift)
		rates := series.YoY(s)
		if len(rates) != len(c.yoy) {
			t.Fatalf("%s: %d rates, want %d", c.name, len(rates), len(c.yoy))
		}
		for i, r := range rates {
			if r.Err != nil {
				t.Errorf("%s %v: %v", c.name, r.Period, r.Err)
				continue
			}
			if r.Period != series.Year(2013+i) {
				t.Errorf("%s: rate %d is for %v", c.name, i, r.Period)
			}
			checkNear(t, c.name+" YoY "+r.Period.String(), r.Point, c.yoy[i])
			if !(r.Lo <= r.Point && r.Point <= r.Hi && r.Lo < r.Hi) {
				t.Errorf("%s %v: interval [%v, %v] around %v", c.name, r.Period, r.Lo, r.Hi, r.Point)
			}
		}
	}
}

func TestIndex(t *testing.T) {
	for _, c := range growthCases {
		s := annual(t, c.name, 2012, c.figures, c.shift)
		idx, err := series.Index(s, series.Year(2012))
		if err != nil {
			t.Fatal(err)
		}
		if len(idx) != 8 {
			t.Fatalf("%s: %d index values", c.name, len(idx))
		}
		for i, d := range idx {
			if d.Err != nil || d.Period != series.Year(2012+i) {
				t.Errorf("%s: %v %v", c.name, d.Period, d.Err)
				continue
			}
			checkNear(t, c.name+" index "+d.Period.String(), d.Point, c.index[i])
			if !(d.Lo <= d.Point && d.Point <= d.Hi) {
				t.Errorf("%s %v: %v outside [%v, %v]", c.name, d.Period, d.Point, d.Lo, d.Hi)
			}
		}
	}
	s := annual(t, "gappy", 2012, []string{"1", "", "4"}, 0)
	if _, err := series.Index(s, series.Year(2013)); !errors.Is(err, series.ErrGap) {
		t.Errorf("Index based on a gap: %v, want ErrGap", err)
	}
	if _, err := series.Index(s, series.Year(2030)); !errors.Is(err, series.ErrGap) {
		t.Errorf("Index based outside the series: %v, want ErrGap", err)
	}
	idx, err := series.Index(s, series.Year(2012))
	if err != nil {
		t.Fatal(err)
	}
	if len(idx) != 3 || !errors.Is(idx[1].Err, series.ErrGap) || idx[2].Err != nil || idx[2].Point != 400 {
		t.Errorf("Index over a gap = %+v", idx)
	}
}

func TestTrend(t *testing.T) {
	for _, c := range growthCases {
		fit, err := series.Trend(annual(t, c.name, 2012, c.figures, c.shift))
		if err != nil {
			t.Fatal(err)
		}
		if fit.N != 8 {
			t.Errorf("%s: N = %d", c.name, fit.N)
		}
		checkNear(t, c.name+" alpha", fit.Alpha, c.alpha)
		checkNear(t, c.name+" beta", fit.Beta, c.beta)
		checkNear(t, c.name+" trend rate", fit.Rate, c.rate)
		checkNear(t, c.name+" R²", fit.R2, c.r2)
		checkNear(t, c.name+" rate lo", fit.RateLo, c.rateLo)
		checkNear(t, c.name+" rate hi", fit.RateHi, c.rateHi)
	}
}

func TestTrendEdges(t *testing.T) {
	// Two points: an exact fit, and no interval.
	fit, err := series.Trend(annual(t, "two", 2012, []string{"100", "150"}, 0))
	if err != nil {
		t.Fatal(err)
	}
	if !near(fit.Rate, 0.5, 1e-12) || fit.RateLo != fit.Rate || fit.RateHi != fit.Rate || !near(fit.R2, 1, 1e-12) {
		t.Errorf("two points: %+v", fit)
	}
	// Flat: R² is 1 by convention, not NaN.
	fit, err = series.Trend(annual(t, "flat", 2012, []string{"5", "5", "5", "5"}, 0))
	if err != nil || fit.Rate != 0 || fit.R2 != 1 || fit.RateLo != 0 || fit.RateHi != 0 {
		t.Errorf("flat: %+v, %v", fit, err)
	}
	// A gap is left out, not filled: 1, _, 4 fits ln v on t = 0, 2 exactly.
	fit, err = series.Trend(annual(t, "gap", 2012, []string{"1", "", "4"}, 0))
	if err != nil || fit.N != 2 || !near(fit.Rate, 1, 1e-12) {
		t.Errorf("gap: %+v, %v", fit, err)
	}
	for _, tt := range []struct {
		name    string
		figures []string
		want    error
	}{
		{"one point", []string{"5"}, series.ErrTooFewPoints},
		{"one value", []string{"5", ""}, series.ErrTooFewPoints},
		{"zero", []string{"5", "0", "7"}, series.ErrNonPositiveBase},
		{"negative", []string{"5", "-1", "7"}, series.ErrNonPositiveBase},
	} {
		_, err := series.Trend(annual(t, tt.name, 2012, tt.figures, 0))
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
		}
		var ge *series.GrowthError
		if !errors.As(err, &ge) || ge.Op != "trend" || ge.Series != tt.name {
			t.Errorf("%s: %#v is not a *GrowthError of the trend", tt.name, err)
		}
	}
	// FitTrend refuses what would give NaN or Inf.
	if _, err := series.FitTrend([]float64{3, 3, 3}, []float64{1, 2, 3}); !errors.Is(err, series.ErrEmptyWindow) {
		t.Errorf("FitTrend at one time: %v, want ErrEmptyWindow", err)
	}
	if _, err := series.FitTrend([]float64{0, 1, 2}, []float64{1, math.Inf(1), 3}); !errors.Is(err, series.ErrOutOfRange) {
		t.Errorf("FitTrend of Inf: %v, want ErrOutOfRange", err)
	}
	if _, err := series.FitTrend([]float64{0, 1, 2}, []float64{1, math.NaN(), 3}); !errors.Is(err, series.ErrOutOfRange) {
		t.Errorf("FitTrend of NaN: %v, want ErrOutOfRange", err)
	}
	if _, err := series.FitTrend([]float64{0, 1e-3}, []float64{0, 1}); !errors.Is(err, series.ErrOutOfRange) {
		t.Errorf("FitTrend of e^1000 − 1: %v, want ErrOutOfRange", err)
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("FitTrend of mismatched lengths did not panic")
			}
		}()
		series.FitTrend([]float64{1, 2}, []float64{1})
	}()
}

func TestGrowthErrors(t *testing.T) {
	fb := annual(t, "fb", 2012, facebookMillions, 6)
	gappy := annual(t, "gappy", 2012, []string{"1", "2", "", "4", "5"}, 0) // 2014 an explicit gap
	skipping, err := series.New(series.Meta{ID: "skipping", Frequency: series.Annual}, []series.Point{
		{Period: series.Year(2012), Value: series.ValueOf(series.NewDecimal(1, 0))},
		{Period: series.Year(2014), Value: series.ValueOf(series.NewDecimal(3, 0))}, // 2013 skipped
	})
	if err != nil {
		t.Fatal(err)
	}
	bad := annual(t, "bad", 2012, []string{"0", "-5", "10", "0.4", "0", "1"}, 0)
	y := series.Year
	for _, tt := range []struct {
		name     string
		s        *series.Series
		from, to series.Period
		want     error
	}{
		{"zero base", bad, y(2012), y(2014), series.ErrNonPositiveBase},
		{"negative base", bad, y(2013), y(2014), series.ErrNonPositiveBase},
		{"negative end", bad, y(2014), y(2013), series.ErrReversedWindow},
		{"negative end value", bad, y(2012), y(2013), series.ErrNonPositiveBase},
		{"negative end, positive base", annual(t, "neg", 2012, []string{"10", "-5"}, 0), y(2012), y(2013), series.ErrNegativeValue},
		{"explicit gap at the end", gappy, y(2012), y(2014), series.ErrGap},
		{"explicit gap at the start", gappy, y(2014), y(2016), series.ErrGap},
		{"skipped period", skipping, y(2012), y(2013), series.ErrGap},
		{"outside the series", fb, y(2012), y(2025), series.ErrGap},
		{"reversed window", fb, y(2019), y(2012), series.ErrReversedWindow},
		{"empty window", fb, y(2015), y(2015), series.ErrEmptyWindow},
		{"quarterly period, annual series", fb, series.Quarter(2012, 4), y(2019), series.ErrFrequencyMismatch},
		{"quarterly end, annual series", fb, y(2012), series.Quarter(2019, 4), series.ErrFrequencyMismatch},
		{"monthly, annual series", fb, series.Month(2012, time.December), series.Month(2019, time.December), series.ErrFrequencyMismatch},
	} {
		g, err := series.GrowthBetween(tt.s, tt.from, tt.to)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
			continue
		}
		var ge *series.GrowthError
		if !errors.As(err, &ge) || ge.Op != "growth" || ge.Series != tt.s.ID() || ge.From != tt.from || ge.To != tt.to {
			t.Errorf("%s: %#v does not say which growth failed", tt.name, err)
		}
		if g != (series.Growth{}) {
			t.Errorf("%s: a failed growth returned %+v", tt.name, g)
		}
	}
	// A base of 0.4 stated to the unit stands for [−0.1, 0.9]: b/a has no
	// finite upper bound.
	_, err = series.NewGrowth(y(2012), y(2013), series.NewValue(series.NewDecimal(4, -1), 0), series.ValueOf(series.NewDecimal(1, 0)))
	if !errors.Is(err, series.ErrNonPositiveBase) {
		t.Errorf("base whose interval reaches 0: %v, want ErrNonPositiveBase", err)
	}
	// The message says what, of which series, over which window, and why.
	_, err = series.GrowthBetween(gappy, series.Year(2012), series.Year(2014))
	if want := "growth of gappy from 2012 to 2014: no value for the period (a gap)"; err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
	// An end value of 0 is a growth of −100%, with no log growth and no
	// doubling time.
	g, err := series.GrowthBetween(annual(t, "gone", 2012, []string{"10", "0"}, 0), y(2012), y(2013))
	if err != nil || g.CAGR.Point != -1 || g.Multiple.Point != 0 || g.HasLog || g.HasDoubling {
		t.Errorf("growth to 0: %+v, %v", g, err)
	}
}

func TestNewGrowthOutOfRange(t *testing.T) {
	// A thousandfold rise in one day compounds beyond the float64 range.
	a := series.ValueOf(series.NewDecimal(1, 0))
	b := series.ValueOf(series.NewDecimal(1000, 0))
	_, err := series.NewGrowth(series.Day(2020, 1, 1), series.Day(2020, 1, 2), a, b)
	if !errors.Is(err, series.ErrOutOfRange) {
		t.Errorf("1 to 1000 in a day: %v, want ErrOutOfRange", err)
	}
	// So does a multiple of 10^400.
	_, err = series.NewGrowth(series.Year(2012), series.Year(2019), series.ValueOf(series.NewDecimal(1, -200)), series.ValueOf(series.NewDecimal(1, 200)))
	if !errors.Is(err, series.ErrOutOfRange) {
		t.Errorf("multiple 1e400: %v, want ErrOutOfRange", err)
	}
	// A doubling in a day is fine: 2^365.2425 − 1.
	g, err := series.NewGrowth(series.Day(2020, 1, 1), series.Day(2020, 1, 2), a, series.ValueOf(series.NewDecimal(2, 0)))
	if err != nil || !near(g.CAGR.Point, math.Pow(2, 365.2425)-1, 1e-12) {
		t.Errorf("doubling in a day: %v, %v", g.CAGR, err)
	}
}

func TestScalarGrowth(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	for _, tt := range []struct {
		name string
		f    func() (float64, error)
		want float64
		err  error
	}{
		{"Multiple", func() (float64, error) { return series.Multiple(4279, 69655) }, 69655.0 / 4279, nil},
		{"Multiple to 0", func() (float64, error) { return series.Multiple(4279, 0) }, 0, nil},
		{"Multiple zero base", func() (float64, error) { return series.Multiple(0, 1) }, 0, series.ErrNonPositiveBase},
		{"Multiple negative base", func() (float64, error) { return series.Multiple(-1, 1) }, 0, series.ErrNonPositiveBase},
		{"Multiple NaN base", func() (float64, error) { return series.Multiple(nan, 1) }, 0, series.ErrNonPositiveBase},
		{"Multiple Inf base", func() (float64, error) { return series.Multiple(inf, 1) }, 0, series.ErrOutOfRange},
		{"Multiple −Inf base", func() (float64, error) { return series.Multiple(-inf, 1) }, 0, series.ErrNonPositiveBase},
		{"Multiple negative end", func() (float64, error) { return series.Multiple(1, -1) }, 0, series.ErrNegativeValue},
		{"Multiple NaN end", func() (float64, error) { return series.Multiple(1, nan) }, 0, series.ErrNegativeValue},
		{"Multiple Inf end", func() (float64, error) { return series.Multiple(1, inf) }, 0, series.ErrOutOfRange},
		{"Multiple −Inf end", func() (float64, error) { return series.Multiple(1, -inf) }, 0, series.ErrNegativeValue},
		{"Multiple overflow", func() (float64, error) { return series.Multiple(1e-300, 1e300) }, 0, series.ErrOutOfRange},
		{"PctChange", func() (float64, error) { return series.PctChange(4, 5) }, 0.25, nil},
		{"PctChange zero base", func() (float64, error) { return series.PctChange(0, 5) }, 0, series.ErrNonPositiveBase},
		{"CAGR", func() (float64, error) { return series.CAGR(100, 400, 2) }, 1, nil},
		{"CAGR quarter", func() (float64, error) { return series.CAGR(100, 110, 0.25) }, math.Pow(1.1, 4) - 1, nil},
		{"CAGR zero years", func() (float64, error) { return series.CAGR(1, 2, 0) }, 0, series.ErrEmptyWindow},
		{"CAGR NaN years", func() (float64, error) { return series.CAGR(1, 2, nan) }, 0, series.ErrEmptyWindow},
		{"CAGR negative years", func() (float64, error) { return series.CAGR(1, 2, -1) }, 0, series.ErrReversedWindow},
		{"CAGR zero base", func() (float64, error) { return series.CAGR(0, 2, 1) }, 0, series.ErrNonPositiveBase},
		{"CAGR negative end", func() (float64, error) { return series.CAGR(1, -2, 1) }, 0, series.ErrNegativeValue},
		{"CAGR overflow", func() (float64, error) { return series.CAGR(1, 1e300, 1e-3) }, 0, series.ErrOutOfRange},
		{"CAGR huge multiple, long span", func() (float64, error) { return series.CAGR(1e-300, 1e300, 100) }, math.Expm1(600 * math.Ln10 / 100), nil},
		{"LogGrowth", func() (float64, error) { return series.LogGrowth(1, math.E*math.E, 2) }, 1, nil},
		{"LogGrowth to 0", func() (float64, error) { return series.LogGrowth(1, 0, 2) }, 0, series.ErrNonPositiveBase},
		{"LogGrowth underflowing quotient", func() (float64, error) { return series.LogGrowth(1e300, 1e-300, 1) }, -600 * math.Ln10, nil},
		{"LogGrowth overflowing quotient", func() (float64, error) { return series.LogGrowth(1e-300, 1e300, 1) }, 600 * math.Ln10, nil},
		{"LogGrowth overflow", func() (float64, error) { return series.LogGrowth(1e-300, 1e300, 1e-308) }, 0, series.ErrOutOfRange},
		{"DoublingTime", func() (float64, error) { return series.DoublingTime(1) }, 1, nil},
		{"DoublingTime 0", func() (float64, error) { return series.DoublingTime(0) }, 0, series.ErrNoGrowth},
		{"DoublingTime negative", func() (float64, error) { return series.DoublingTime(-0.5) }, 0, series.ErrNoGrowth},
		{"DoublingTime NaN", func() (float64, error) { return series.DoublingTime(nan) }, 0, series.ErrNoGrowth},
		{"DoublingTime Inf", func() (float64, error) { return series.DoublingTime(inf) }, 0, series.ErrNoGrowth},
		{"DoublingTime subnormal", func() (float64, error) { return series.DoublingTime(1e-320) }, 0, series.ErrOutOfRange},
	} {
		got, err := tt.f()
		if !errors.Is(err, tt.err) || (tt.err == nil && !near(got, tt.want, 1e-12)) || (tt.err != nil && got != 0) {
			t.Errorf("%s = %v, %v; want %v, %v", tt.name, got, err, tt.want, tt.err)
		}
	}
}

func TestYoYGaps(t *testing.T) {
	explicit := annual(t, "explicit", 2012, []string{"100", "110", "", "150", "180"}, 0)
	skipped, err := series.New(series.Meta{ID: "skipped", Frequency: series.Annual}, []series.Point{
		{Period: series.Year(2012), Value: series.ValueOf(series.NewDecimal(100, 0))},
		{Period: series.Year(2013), Value: series.ValueOf(series.NewDecimal(110, 0))},
		{Period: series.Year(2015), Value: series.ValueOf(series.NewDecimal(150, 0))},
		{Period: series.Year(2016), Value: series.ValueOf(series.NewDecimal(180, 0))},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []*series.Series{explicit, skipped} {
		rates := series.YoY(s)
		want := []struct {
			p    series.Period
			rate float64 // NaN: missing
		}{{series.Year(2013), 0.1}, {series.Year(2014), math.NaN()}, {series.Year(2015), math.NaN()}, {series.Year(2016), 0.2}}
		if len(rates) != len(want) {
			t.Fatalf("%s: %d rates %+v, want %d", s.ID(), len(rates), rates, len(want))
		}
		for i, w := range want {
			r := rates[i]
			if r.Period != w.p {
				t.Errorf("%s: rate %d for %v, want %v", s.ID(), i, r.Period, w.p)
			}
			if math.IsNaN(w.rate) {
				if !errors.Is(r.Err, series.ErrGap) || r.Estimate != (series.Estimate{}) {
					t.Errorf("%s %v: %+v, want a missing rate (ErrGap), never a filled one", s.ID(), r.Period, r)
				}
				var ge *series.GrowthError
				if !errors.As(r.Err, &ge) || ge.Op != "yoy" || ge.To != w.p || ge.From != w.p.Add(-1) {
					t.Errorf("%s %v: %#v", s.ID(), r.Period, r.Err)
				}
				continue
			}
			if r.Err != nil || !near(r.Point, w.rate, 1e-12) {
				t.Errorf("%s %v: %+v, want %v", s.ID(), r.Period, r, w.rate)
			}
		}
		gaps := s.Gaps()
		if len(gaps) != 1 || gaps[0] != series.Year(2014) {
			t.Errorf("%s: Gaps() = %v", s.ID(), gaps)
		}
	}
	// Leading and trailing gaps are outside the span: no rates for them.
	s := annual(t, "edges", 2010, []string{"", "100", "120", ""}, 0)
	if rates := series.YoY(s); len(rates) != 1 || rates[0].Period != series.Year(2012) || rates[0].Err != nil {
		t.Errorf("YoY with gaps at the edges = %+v", rates)
	}
	if rates := series.YoY(annual(t, "empty", 2010, []string{"", ""}, 0)); rates != nil {
		t.Errorf("YoY of no values = %+v", rates)
	}
}

func TestYoYQuarterlyMonthlyDaily(t *testing.T) {
	q, err := series.New(series.Meta{ID: "q", Frequency: series.Quarterly}, []series.Point{
		{Period: series.Quarter(2018, 4), Value: series.ValueOf(series.NewDecimal(100, 0))},
		{Period: series.Quarter(2019, 1), Value: series.ValueOf(series.NewDecimal(101, 0))},
		{Period: series.Quarter(2019, 2), Value: series.ValueOf(series.NewDecimal(102, 0))},
		{Period: series.Quarter(2019, 3), Value: series.ValueOf(series.NewDecimal(103, 0))},
		{Period: series.Quarter(2019, 4), Value: series.ValueOf(series.NewDecimal(150, 0))},
		{Period: series.Quarter(2020, 1), Value: series.ValueOf(series.NewDecimal(202, 0))},
	})
	if err != nil {
		t.Fatal(err)
	}
	rates := series.YoY(q)
	if len(rates) != 2 || rates[0].Period != series.Quarter(2019, 4) || !near(rates[0].Point, 0.5, 1e-12) ||
		rates[1].Period != series.Quarter(2020, 1) || !near(rates[1].Point, 1, 1e-12) {
		t.Errorf("quarterly YoY = %+v", rates)
	}
	// A daily series compares with the same calendar day; 29 February with
	// the 28th.
	d, err := series.New(series.Meta{ID: "d", Frequency: series.Daily}, []series.Point{
		{Period: series.Day(2019, 2, 28), Value: series.ValueOf(series.NewDecimal(10, 0))},
		{Period: series.Day(2020, 2, 29), Value: series.ValueOf(series.NewDecimal(15, 0))},
	})
	if err != nil {
		t.Fatal(err)
	}
	rates = series.YoY(d)
	last := rates[len(rates)-1]
	if last.Period != series.Day(2020, 2, 29) || last.Err != nil || !near(last.Point, 0.5, 1e-12) {
		t.Errorf("daily YoY on 29 February = %+v", last)
	}
	for _, r := range rates[:len(rates)-1] {
		if !errors.Is(r.Err, series.ErrGap) {
			t.Errorf("daily YoY %v = %+v, want a gap", r.Period, r)
		}
	}
}

func TestAllWindows(t *testing.T) {
	for _, c := range growthCases {
		s := annual(t, c.name, 2012, c.figures, c.shift)
		ws := series.AllWindows(s, 0)
		if len(ws) != series.Windows(8) || len(ws) != 28 {
			t.Fatalf("%s: %d windows, want 28", c.name, len(ws))
		}
		for _, w := range ws {
			g, err := series.GrowthBetween(s, w.From, w.To)
			if err != nil {
				t.Fatal(err)
			}
			if w.Years != g.Years || !near(w.CAGR, g.CAGR.Point, 1e-14) {
				t.Errorf("%s %v–%v: %v over %v years, growth says %v over %v", c.name, w.From, w.To, w.CAGR, w.Years, g.CAGR.Point, g.Years)
			}
		}
		if ws[6].From != series.Year(2012) || ws[6].To != series.Year(2019) || !near(ws[6].CAGR, c.cagr, rel) {
			t.Errorf("%s: window 6 = %+v", c.name, ws[6])
		}
		if got := len(series.AllWindows(s, 3)); got != 15 { // spans 3..7: 5+4+3+2+1
			t.Errorf("%s: %d windows of 3 years or more, want 15", c.name, got)
		}
	}
	// Windows that start or end at a gap are left out: 5 values and a gap
	// make C(5,2) = 10 windows, not C(6,2) = 15.
	s := annual(t, "gappy", 2012, []string{"1", "2", "", "4", "5", "6"}, 0)
	ws := series.AllWindows(s, 0)
	if len(ws) != 10 {
		t.Errorf("%d windows around a gap, want 10", len(ws))
	}
	for _, w := range ws {
		if w.From == series.Year(2014) || w.To == series.Year(2014) {
			t.Errorf("window %v–%v uses the gap", w.From, w.To)
		}
	}
}

func TestSeries(t *testing.T) {
	v := func(c int64) series.Value { return series.ValueOf(series.NewDecimal(c, 0)) }
	pts := []series.Point{
		{Period: series.Year(2014), Value: v(3), Source: series.Source{Document: "10-K", Locator: "https://example.org"}},
		{Period: series.Year(2012), Value: v(1)},
		{Period: series.Year(2013), Missing: true},
	}
	s, err := series.New(series.Meta{ID: "x", Name: "X", Unit: "USD", Frequency: series.Annual, Vintage: "v1"}, pts)
	if err != nil {
		t.Fatal(err)
	}
	pts[0].Value = v(99) // New copies
	if s.Len() != 3 || s.Point(0).Period != series.Year(2012) || s.Point(2).Value != v(3) {
		t.Errorf("points not sorted or not copied: %+v", s.Points())
	}
	if s.ID() != "x" || s.Name() != "X" || s.Unit() != "USD" || s.Frequency() != series.Annual || s.Vintage() != "v1" || s.Meta().ID != "x" {
		t.Errorf("meta: %+v", s.Meta())
	}
	if p, ok := s.At(series.Year(2013)); !ok || !p.Missing {
		t.Errorf("At(2013) = %+v, %v", p, ok)
	}
	if _, ok := s.At(series.Year(2015)); ok {
		t.Error("At(2015) found a point")
	}
	if got := s.Point(2).Source.String(); got != "10-K (https://example.org)" {
		t.Errorf("Source.String() = %q", got)
	}
	if got := (series.Source{Locator: "L"}).String(); got != "L" {
		t.Errorf("Source.String() = %q", got)
	}
	n := 0
	for p, pt := range s.All() {
		if p != pt.Period {
			t.Error("All: period and point disagree")
		}
		n++
		if n == 2 {
			break
		}
	}
	if first, last, ok := s.Span(); !ok || first != series.Year(2012) || last != series.Year(2014) {
		t.Errorf("Span = %v %v %v", first, last, ok)
	}
	if _, err := s.Dense(series.Year(2012), series.Year(2014)); !errors.Is(err, series.ErrGap) {
		t.Errorf("Dense over a gap: %v", err)
	}
	if _, err := s.Dense(series.Year(2014), series.Year(2012)); !errors.Is(err, series.ErrReversedWindow) {
		t.Errorf("Dense reversed: %v", err)
	}
	if _, err := s.Dense(series.Quarter(2014, 1), series.Quarter(2014, 2)); !errors.Is(err, series.ErrFrequencyMismatch) {
		t.Errorf("Dense quarterly: %v", err)
	}
	fb := annual(t, "fb", 2012, facebookMillions, 6)
	dense, err := fb.Dense(series.Year(2012), series.Year(2019))
	if err != nil || len(dense) != 8 || dense[0] != 4279e6 || dense[7] != 69655e6 {
		t.Errorf("Dense = %v, %v", dense, err)
	}

	for _, tt := range []struct {
		name string
		meta series.Meta
		pts  []series.Point
	}{
		{"bad frequency", series.Meta{ID: "x"}, nil},
		{"quarter in an annual series", series.Meta{ID: "x", Frequency: series.Annual}, []series.Point{{Period: series.Quarter(2019, 1)}}},
		{"twice", series.Meta{ID: "x", Frequency: series.Annual}, []series.Point{{Period: series.Year(2019)}, {Period: series.Year(2019)}}},
		{"zero period", series.Meta{ID: "x", Frequency: series.Annual}, []series.Point{{}}},
	} {
		if _, err := series.New(tt.meta, tt.pts); err == nil {
			t.Errorf("New with %s succeeded", tt.name)
		}
	}
	_, err = series.New(series.Meta{ID: "x", Frequency: series.Annual}, []series.Point{{Period: series.Year(2019)}, {Period: series.Year(2019)}})
	var se *series.SeriesError
	if !errors.As(err, &se) || se.Period != series.Year(2019) || err.Error() != "series x: period 2019: given twice" {
		t.Errorf("duplicate: %v", err)
	}
}
