package datapkg

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// jsonValue is a JSON value with the offset of its first byte, so that the
// descriptor's checks can say where in the file a value is wrong, which
// json.Unmarshal into a struct cannot.
type jsonValue struct {
	kind  jsonKind
	off   int
	path  string // "resources[1].schema", for error messages
	str   string // jsonString
	num   string // jsonNumber, as written
	bool  bool   // jsonBool
	elems []*jsonValue
	keys  []string // jsonObject keys, in order, each once
	vals  []*jsonValue
	index map[string]int // keys[index[k]] == k
	close int            // the offset of an array's or object's closing bracket
}

type jsonKind uint8

const (
	jsonNull jsonKind = iota
	jsonBool
	jsonNumber
	jsonString
	jsonArray
	jsonObject
)

func (k jsonKind) String() string {
	return [...]string{"null", "a boolean", "a number", "a string", "an array", "an object"}[k]
}

// get returns the member key of an object, or nil.
func (v *jsonValue) get(key string) *jsonValue {
	if i, ok := v.index[key]; ok {
		return v.vals[i]
	}
	return nil
}

// jsonError is an error at an offset of the descriptor, turned into an
// *Error by the loader.
type jsonError struct {
	off  int
	path string
	err  error
}

func (e *jsonError) Error() string { return e.err.Error() }

func errAt(v *jsonValue, format string, args ...any) *jsonError {
	return &jsonError{off: v.off, path: v.path, err: fmt.Errorf(format, args...)}
}

// parseJSON parses data into a tree of jsonValues. Syntax errors and
// trailing data are *jsonErrors at the offending byte.
func parseJSON(data []byte) (*jsonValue, error) {
	// The decoder's Token reports syntax errors at offsets that vary with
	// the error; Unmarshal's scanner reports each one after its byte.
	var raw json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		var se *json.SyntaxError
		if !errors.As(err, &se) {
			return nil, &jsonError{err: fmt.Errorf("invalid JSON: %w", err)}
		}
		if se.Offset >= int64(len(data)) || strings.HasPrefix(se.Error(), "unexpected end") {
			return nil, &jsonError{off: len(data), err: errors.New("invalid JSON: unexpected end of file")}
		}
		return nil, &jsonError{off: int(se.Offset) - 1, err: fmt.Errorf("invalid JSON: %s", se.Error())}
	}
	p := &jsonParser{data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	p.dec.UseNumber()
	v, err := p.value("", 0)
	if err != nil {
		return nil, err
	}
	off := p.next()
	if _, err := p.dec.Token(); err != io.EOF {
		return nil, &jsonError{off: off, err: errors.New("unexpected data after the top-level value (expected the end of the file)")}
	}
	return v, nil
}

type jsonParser struct {
	data []byte
	dec  *json.Decoder
}

// next returns the offset at which the decoder's next token starts: past
// white space and the separators ':' and ',', which Token consumes silently.
func (p *jsonParser) next() int {
	i := int(p.dec.InputOffset())
	for i < len(p.data) {
		switch p.data[i] {
		case ' ', '\t', '\r', '\n', ':', ',':
			i++
			continue
		}
		break
	}
	return i
}

// token reads the next token and the offset of its first byte. The data
// were found valid before, so an error here is unexpected.
func (p *jsonParser) token() (json.Token, int, error) {
	off := p.next()
	t, err := p.dec.Token()
	if err != nil {
		return nil, 0, &jsonError{off: off, err: fmt.Errorf("invalid JSON: %w", err)}
	}
	return t, off, nil
}

// maxDepth bounds the nesting of the descriptor, which needs 6 levels, so
// that no input can exhaust the stack.
const maxDepth = 64

func (p *jsonParser) value(path string, depth int) (*jsonValue, error) {
	t, off, err := p.token()
	if err != nil {
		return nil, err
	}
	v := &jsonValue{off: off, path: path}
	if depth > maxDepth {
		return nil, &jsonError{off: off, path: path, err: fmt.Errorf("values nested more than %d deep", maxDepth)}
	}
	switch t := t.(type) {
	case nil:
		v.kind = jsonNull
	case bool:
		v.kind, v.bool = jsonBool, t
	case json.Number:
		v.kind, v.num = jsonNumber, string(t)
	case string:
		v.kind, v.str = jsonString, t
	case json.Delim:
		switch t {
		case '[':
			v.kind = jsonArray
			for p.dec.More() {
				e, err := p.value(path+"["+strconv.Itoa(len(v.elems))+"]", depth+1)
				if err != nil {
					return nil, err
				}
				v.elems = append(v.elems, e)
			}
		case '{':
			v.kind, v.index = jsonObject, map[string]int{}
			for p.dec.More() {
				kt, koff, err := p.token()
				if err != nil {
					return nil, err
				}
				key, _ := kt.(string) // the decoder only returns strings as keys
				sub := key
				if path != "" {
					sub = path + "." + key
				}
				if v.get(key) != nil {
					return nil, &jsonError{off: koff, path: sub, err: fmt.Errorf("key %q given twice", key)}
				}
				e, err := p.value(sub, depth+1)
				if err != nil {
					return nil, err
				}
				v.index[key] = len(v.keys)
				v.keys = append(v.keys, key)
				v.vals = append(v.vals, e)
			}
		}
		// The closing delimiter.
		_, end, err := p.token()
		if err != nil {
			return nil, err
		}
		v.close = end
	}
	return v, nil
}
