// Command bench times finfig's bulk growth kernels the way bench/compare.py
// times numpy and pandas: the same operations on the same data, the median
// of several runs. bench/compare.sh runs both and prints the table.
//
//	bench gen FILE            write 10^7 float64 values (little-endian) to FILE
//	bench time FILE REPS      time every operation on FILE's values; JSON to stdout
//
// The values are a random walk in log space from a fixed seed, so every
// run of gen writes the same file.
package main

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"time"

	"github.com/finfig/finfig/series"
)

// dataSize is the number of values gen writes: the largest size timed.
const dataSize = 10_000_000

// Result is one timed operation, as compare.py reads it.
type Result struct {
	Op      string  `json:"op"`
	N       int     `json:"n"`       // values in
	Size    int     `json:"size"`    // values out (windows for cagr_windows)
	Seconds float64 `json:"seconds"` // median time of one call
	Floor   float64 `json:"floor"`   // median time to copy Size float64s
}

func main() {
	if len(os.Args) < 3 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "gen":
		err = gen(os.Args[2])
	case "time":
		if len(os.Args) != 4 {
			usage()
		}
		var reps int
		reps, err = strconv.Atoi(os.Args[3])
		if err == nil {
			err = timeAll(os.Args[2], reps)
		}
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: bench gen FILE | bench time FILE REPS")
	os.Exit(2)
}

func gen(path string) error {
	r := rand.New(rand.NewPCG(2012, 2019))
	buf := make([]byte, 8*dataSize)
	x := 100.0
	for i := range dataSize {
		x *= math.Exp(0.01 * r.NormFloat64())
		binary.LittleEndian.PutUint64(buf[8*i:], math.Float64bits(x))
	}
	return os.WriteFile(path, buf, 0o644)
}

func load(path string) ([]float64, error) {
	buf, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(buf)%8 != 0 {
		return nil, fmt.Errorf("%s: %d bytes is not a whole number of float64s", path, len(buf))
	}
	v := make([]float64, len(buf)/8)
	for i := range v {
		v[i] = math.Float64frombits(binary.LittleEndian.Uint64(buf[8*i:]))
	}
	return v, nil
}

// median times f, and floor beside it: it repeats each in batches of at
// least 20 ms (or one call, if longer), alternating a batch of f with a
// batch of floor so that both meet the same load on a shared machine, and
// returns the medians over reps batches of the time of one call of each.
func median(reps int, f, floor func()) (fs, floors float64) {
	f() // warm up: page in dst, fill caches
	floor()
	fCalls, floorCalls := calibrate(f), calibrate(floor)
	ft, floort := make([]float64, reps), make([]float64, reps)
	for r := range reps {
		ft[r] = batch(f, fCalls)
		floort[r] = batch(floor, floorCalls)
	}
	slices.Sort(ft)
	slices.Sort(floort)
	return ft[reps/2], floort[reps/2]
}

// calibrate returns how many calls of f make a batch of at least 20 ms.
func calibrate(f func()) int {
	calls := 1
	for calls < 1<<20 {
		start := time.Now()
		for range calls {
			f()
		}
		if time.Since(start) >= 20*time.Millisecond {
			break
		}
		calls *= 2
	}
	return calls
}

// batch returns the mean time of calls calls of f.
func batch(f func(), calls int) float64 {
	start := time.Now()
	for range calls {
		f()
	}
	return time.Since(start).Seconds() / float64(calls)
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func timeAll(path string, reps int) error {
	all, err := load(path)
	if err != nil {
		return err
	}
	var results []Result
	// add times f beside a copy of size float64s, its floor.
	add := func(op string, n, size int, f func()) {
		src, dst := make([]float64, size), make([]float64, size)
		copy(src, all)
		s, floor := median(reps, f, func() { copy(dst, src) })
		results = append(results, Result{Op: op, N: n, Size: size, Seconds: s, Floor: floor})
		fmt.Fprintf(os.Stderr, "go %-14s n=%-9d %12.6f ms (copy floor %.6f ms)\n", op, n, 1e3*s, 1e3*floor)
	}
	for _, n := range []int{1_000, 100_000, 10_000_000} {
		v := all[:n:n]
		dst := make([]float64, n)
		add("copy", n, n, func() { copy(dst, v) })
		add("pct_change", n, n, func() { must(series.PctChangeTo(dst[:n-1], v)) })
		add("yoy_lag12", n, n, func() { must(series.YoYTo(dst[:n-12], v, 12)) })
		add("multiple", n, n, func() { must(series.MultipleTo(dst[:n-1], v, 1)) })
		add("index", n, n, func() { must(series.IndexTo(dst, v, 0)) })
		add("log_growth", n, n, func() { must(series.LogGrowthTo(dst[:n-1], v, 1, 1)) })
		t, logv := make([]float64, n), make([]float64, n)
		for i, x := range v {
			t[i], logv[i] = float64(i), math.Log(x)
		}
		add("trend", n, n, func() {
			_, err := series.FitTrend(t, logv) // centres t in place; once centred it stays so
			must(err)
		})
	}
	for _, n := range []int{45, 448, 4473, 10_000} {
		v := all[:n:n]
		w, scratch := make([]float64, series.Windows(n)), make([]float64, n)
		add("cagr_windows", n, len(w), func() { must(series.CAGRWindowsTo(w, scratch, v, 1)) })
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	return enc.Encode(results)
}
