package gonbplot_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/finfig/finfig/plots/gonbplot"
	"gonum.org/v1/plot"
)

// Outside a GoNB notebook there is no kernel to show a chart to: Show
// says so with ErrNotNotebook, and a program can fall back to a file.
func ExampleShow() {
	os.Unsetenv(gonbplot.PipeEnv) // as in any program not started by GoNB
	err := gonbplot.Show(plot.New(), gonbplot.SVG())
	fmt.Println(errors.Is(err, gonbplot.ErrNotNotebook))
	// Output:
	// true
}
