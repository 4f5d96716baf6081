package cell

import (
	"encoding/gob"
	"errors"
	"fmt"
	"os"
	gosync "sync"

	"github.com/finfig/finfig/plots/gonbplot"
)

// GoNB's display protocol (GoNB v0.11.4, gonbui/protocol): a cell's program
// writes gob-encoded messages, each a map from MIME type to content, to the
// named pipe $GONB_PIPE, and reads the kernel's replies from $GONB_PIPE_BACK.
// To wait for the kernel, the program sends a CommValue at the address
// "#gonbui/sync" with a number; the kernel, which handles the pipe's
// messages in order, answers with a CommValue at "#gonbui/sync_ack" with
// the same number once it has handled every message before it.
const (
	pipeBackEnv   = "GONB_PIPE_BACK"
	commValueMIME = "gonb/comm_value"
	syncAddress   = "#gonbui/sync"
	syncAckAddr   = "#gonbui/sync_ack"

	// commValueName is the name under which GoNB registers its CommValue
	// with gob: the kernel decodes the content of a gonb/comm_value
	// message as that type, and gob finds it by this name.
	commValueName = "github.com/janpfeifer/gonb/gonbui/protocol.CommValue"
)

// message and mimeBundle have the shape of GoNB's protocol.DisplayData;
// gob matches them by field name. They are types of their own, distinct
// from gonbplot's, since two gob encoders in one program writing to one
// stream must not both define a type (see package gonbplot).
type message struct {
	Data mimeBundle
}

type mimeBundle map[string]any

// commValue has the shape of GoNB's protocol.CommValue.
type commValue struct {
	Address string
	Request bool
	Value   any
}

var registerCommValue = gosync.OnceValue(func() (err error) {
	defer func() {
		if recover() != nil { // the name is taken: gonbui is in the program
			err = errors.New("cell: GoNB's gonbui package is in this program too; use one or the other")
		}
	}()
	gob.RegisterName(commValueName, commValue{})
	return nil
})

// pipes is the program's connection to the kernel, opened on first use.
var pipes struct {
	gosync.Mutex
	out    *os.File
	enc    *gob.Encoder
	back   *os.File
	dec    *gob.Decoder
	nextID int
}

func inNotebook() bool { return os.Getenv(gonbplot.PipeEnv) != "" }

// display sends content to the kernel and waits until the kernel has it.
func display(content mimeBundle) error {
	if err := send(content); err != nil {
		return err
	}
	return sync()
}

// send writes one message to the kernel.
func send(content mimeBundle) error {
	pipes.Lock()
	defer pipes.Unlock()
	if pipes.out == nil {
		f, err := os.OpenFile(os.Getenv(gonbplot.PipeEnv), os.O_WRONLY, 0)
		if err != nil {
			return fmt.Errorf("cell: opening GoNB's pipe: %w", err)
		}
		pipes.out, pipes.enc = f, gob.NewEncoder(f)
	}
	if err := pipes.enc.Encode(&message{Data: content}); err != nil {
		return fmt.Errorf("cell: writing to GoNB's pipe: %w", err)
	}
	return nil
}

// sync waits until the kernel has handled every message sent before it,
// by this package or another (gonbplot) in the same program.
func sync() error {
	if err := registerCommValue(); err != nil {
		return err
	}
	pipes.Lock()
	id := pipes.nextID
	pipes.nextID++
	pipes.Unlock()
	if err := send(mimeBundle{commValueMIME: commValue{Address: syncAddress, Value: id}}); err != nil {
		return err
	}
	pipes.Lock()
	defer pipes.Unlock()
	if pipes.back == nil {
		// Opening a FIFO for reading waits for its writer: the kernel
		// opens its end when it starts the program.
		f, err := os.Open(os.Getenv(pipeBackEnv))
		if err != nil {
			return fmt.Errorf("cell: opening GoNB's reply pipe: %w", err)
		}
		pipes.back, pipes.dec = f, gob.NewDecoder(f)
	}
	for {
		var v commValue
		if err := pipes.dec.Decode(&v); err != nil {
			return fmt.Errorf("cell: waiting for GoNB: %w", err)
		}
		if n, ok := v.Value.(int); ok && v.Address == syncAckAddr && n == id {
			return nil
		}
	}
}
