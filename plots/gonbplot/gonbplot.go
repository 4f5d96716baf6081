// Package gonbplot shows a gonum/plot chart inline in a GoNB notebook:
//
//	gonbplot.Show(p)
//
// draws p as PNG (or SVG, with the SVG option) with plots.Write and sends
// it to the notebook cell that is running.
//
// It speaks GoNB's display protocol itself rather than importing GoNB's
// gonbui package, whose module would add some forty modules to the module
// graph of every program that imports finfig: a program writes each
// display message, gob-encoded, to the named pipe whose path GoNB puts in
// $GONB_PIPE, and the kernel decodes it as its protocol.DisplayData, a
// map from MIME type to content, and shows it. The standard library is all
// this needs.
//
// A program that also uses gonbui may call Show as well: the two write
// whole messages of distinct gob types to the pipe. They must not write
// from two goroutines at the same moment, since neither knows of the
// other's lock.
//
// As with gonbui, a message is on its way when Show returns; the kernel
// shows it while the cell's program runs on or ends.
package gonbplot

import (
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/finfig/finfig/plots"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
)

// PipeEnv is the environment variable in which GoNB passes the path of the
// pipe to a cell's program (GoNB's protocol.GONB_PIPE_ENV).
const PipeEnv = "GONB_PIPE"

// ErrNotNotebook is returned by Show outside a GoNB notebook, where
// $GONB_PIPE is not set.
var ErrNotNotebook = errors.New("gonbplot: not running in a GoNB notebook ($" + PipeEnv + " is not set)")

// Option changes how Show draws a plot.
type Option func(*options)

type options struct {
	width, height vg.Length
	svg           bool
	alt           string
}

// Size draws the plot width × height; the default is plots.DefaultWidth ×
// plots.DefaultHeight.
func Size(width, height vg.Length) Option {
	return func(o *options) { o.width, o.height = width, height }
}

// SVG sends the plot as SVG, with its fonts embedded, rather than PNG. Like
// GoNB's own DisplaySVG it goes as HTML, which notebook exports keep.
func SVG() Option { return func(o *options) { o.svg = true } }

// Show draws p and displays it in the running GoNB cell.
func Show(p *plot.Plot, opts ...Option) error {
	if os.Getenv(PipeEnv) == "" {
		return ErrNotNotebook
	}
	o := options{width: plots.DefaultWidth, height: plots.DefaultHeight}
	if p != nil {
		o.alt = p.Title.Text
	}
	for _, opt := range opts {
		opt(&o)
	}
	format := "png"
	if o.svg {
		format = "svg"
	}
	var buf bytes.Buffer
	if err := plots.Write(&buf, p, format, o.width, o.height); err != nil {
		return err
	}
	msg := displayData{Data: mimeBundle{"text/plain": o.alt}}
	if o.svg {
		msg.Data["text/html"] = "<div>" + buf.String() + "</div>"
	} else {
		msg.Data["image/png"] = buf.Bytes()
	}
	return send(&msg)
}

// ShowChart shows a chart of a set at the chart's own size; options given
// after it still apply.
func ShowChart(c plots.Chart, opts ...Option) error {
	return Show(c.Plot, append([]Option{Size(c.Width, c.Height)}, opts...)...)
}

// displayData is the part of GoNB's protocol.DisplayData that Show fills.
// gob matches struct fields by name, so the kernel decodes it into its own
// type. Its map is of a named type of its own: gob numbers the types a
// program sends per Go type, and were it the same type as one that gonbui
// sends, two encoders in one program would each define it in the one
// stream the kernel reads, which the kernel's decoder rejects as a
// duplicate.
type displayData struct {
	Data mimeBundle // MIME type → content: a string, or []byte for PNG
}

type mimeBundle map[string]any

// pipe is the program's connection to the kernel, opened on first use: one
// file and one gob stream for the life of the program, since the kernel
// reads a single stream.
var pipe struct {
	sync.Mutex
	path string
	f    *os.File
	enc  *gob.Encoder
}

// send writes a message to the kernel.
func send(msg *displayData) error {
	path := os.Getenv(PipeEnv)
	if path == "" {
		return ErrNotNotebook
	}
	pipe.Lock()
	defer pipe.Unlock()
	if pipe.f == nil || pipe.path != path {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return fmt.Errorf("gonbplot: opening GoNB's pipe: %w", err)
		}
		if pipe.f != nil {
			pipe.f.Close()
		}
		pipe.path, pipe.f, pipe.enc = path, f, gob.NewEncoder(f)
	}
	if err := pipe.enc.Encode(msg); err != nil {
		pipe.f.Close()
		pipe.f = nil
		return fmt.Errorf("gonbplot: writing to GoNB's pipe: %w", err)
	}
	return nil
}
