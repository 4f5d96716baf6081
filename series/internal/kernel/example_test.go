package kernel_test

import (
	"fmt"

	"github.com/finfig/finfig/series/internal/kernel"
)

func ExampleQuotient() {
	dst := make([]float64, 5)
	ok := kernel.Quotient(dst, []float64{2, 3, 4, 5, 6}, []float64{1, 2, 2, 4, 4}, 1)
	fmt.Println(dst, ok)
	ok = kernel.Quotient(dst, []float64{2, 3, 4, 5, 6}, []float64{1, 2, 0, 4, 4}, 1) // a zero base
	fmt.Println(ok)
	// Output:
	// [1 0.5 1 0.25 0.5] true
	// false
}

func ExampleExpm1() {
	// The CAGR of a sevenfold growth over 7 years, e^(ln 7/7) − 1.
	fmt.Printf("%.6f\n", kernel.Expm1(1.9459101090932196/7))
	// Output:
	// 0.320469
}

// A Job shares a loop between goroutines: here the doubling of 10 values
// in three parts. The second and third parts each meet a bad value; Run
// reports the first in order.
func ExampleJob() {
	double := func(j *kernel.Job, lo, hi int) error {
		for i := lo; i < hi; i++ {
			if j.Src[i] < 0 {
				return fmt.Errorf("value %d is negative", i)
			}
			j.Dst[i] = 2 * j.Src[i]
		}
		return nil
	}
	src, dst := []float64{0, 1, 2, 3, 4, -5, 6, -7, 8, 9}, make([]float64, 10)
	j := kernel.NewJob(double)
	j.Dst, j.Src = dst, src
	for _, b := range []int{0, 3, 7, 10} {
		j.Split(b)
	}
	err := j.Run()
	fmt.Println(dst[:5], err)
	// Output:
	// [0 2 4 6 8] value 5 is negative
}
