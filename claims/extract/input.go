package extract

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"
)

// MaxSize is the largest article Read accepts, in bytes: a long article is
// under a megabyte, so 16 MiB leaves room for a book-length text without
// letting a mistaken file (a log, a dump) be read whole into memory.
const MaxSize = 16 << 20

// InputError reports an article that cannot be read as text: the file,
// the byte offset, and what was expected.
type InputError struct {
	File   string
	Offset int
	Msg    string
	Err    error
}

func (e *InputError) Error() string {
	return fmt.Sprintf("%s: byte %d: %s", e.File, e.Offset, e.Msg)
}

func (e *InputError) Unwrap() error { return e.Err }

// Validate checks that text is an article extraction can read: valid
// UTF-8, without NUL bytes, at most MaxSize bytes. file names it in the
// *InputError.
func Validate(file string, text []byte) error {
	if len(text) > MaxSize {
		return &InputError{File: file, Offset: MaxSize, Msg: fmt.Sprintf("larger than the limit of %d bytes (extract.MaxSize)", MaxSize)}
	}
	if i := bytes.IndexByte(text, 0); i >= 0 {
		return &InputError{File: file, Offset: i, Msg: "NUL byte (expected UTF-8 text, not a binary file)"}
	}
	if !utf8.Valid(text) {
		off := 0
		for off < len(text) {
			r, n := utf8.DecodeRune(text[off:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			off += n
		}
		return &InputError{File: file, Offset: off, Msg: "invalid UTF-8 (expected UTF-8 text)"}
	}
	return nil
}

// Read reads an article from r and validates it; file names it in errors.
// An article over MaxSize is refused without reading more than one byte
// past the limit.
func Read(r io.Reader, file string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, &InputError{File: file, Offset: len(b), Msg: "cannot read: " + err.Error(), Err: err}
	}
	if err := Validate(file, b); err != nil {
		return nil, err
	}
	return b, nil
}
