package extract

import (
	"unicode"
	"unicode/utf8"
)

// tokKind is what a token is made of.
type tokKind uint8

const (
	tNum   tokKind = iota + 1 // digits, with inner separators: 4.28, 1,007,000,000
	tWord                     // letters
	tPunct                    // one other character: $ € % - ( . ’
)

// token is a run of the text; the flags say what came before it.
type token struct {
	start, end int // byte offsets
	kind       tokKind
	space      bool  // whitespace before it
	newline    bool  // a line break before it (or it starts the text)
	sentence   bool  // it starts a sentence
	word       int32 // a word's entry in the word table (scanner.lookUp), or 0
}

// tokenize splits s into tokens, appending them to dst.
func tokenize(dst []token, s string) []token {
	space, newline := true, true
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			space = true
			i++
		case c == '\n':
			space, newline = true, true
			i++
		case c >= '0' && c <= '9':
			j := i + 1
			for j < len(s) {
				d := s[j]
				if d >= '0' && d <= '9' {
					j++
					continue
				}
				if (d == ',' || d == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
					j += 2
					continue
				}
				break
			}
			dst = append(dst, token{start: i, end: j, kind: tNum, space: space, newline: newline})
			space, newline = false, false
			i = j
		case c < utf8.RuneSelf:
			if isASCIILetter(c) {
				j := i + 1
				for j < len(s) {
					d := s[j]
					if isASCIILetter(d) {
						j++
						continue
					}
					if d >= utf8.RuneSelf {
						if r, n := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) {
							j += n
							continue
						}
					}
					break
				}
				dst = append(dst, token{start: i, end: j, kind: tWord, space: space, newline: newline})
			} else {
				dst = append(dst, token{start: i, end: i + 1, kind: tPunct, space: space, newline: newline})
				i++
				space, newline = false, false
				continue
			}
			space, newline = false, false
			i = dst[len(dst)-1].end
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u2002' || r == '\u2003':
				space = true
				i += n
				continue
			case r == '\u2028' || r == '\u2029':
				space, newline = true, true
				i += n
				continue
			case unicode.IsLetter(r):
				j := i + n
				for j < len(s) {
					r2, n2 := utf8.DecodeRuneInString(s[j:])
					if !unicode.IsLetter(r2) {
						break
					}
					j += n2
				}
				dst = append(dst, token{start: i, end: j, kind: tWord, space: space, newline: newline})
				i = j
			default:
				dst = append(dst, token{start: i, end: i + n, kind: tPunct, space: space, newline: newline})
				i += n
			}
			space, newline = false, false
		}
	}
	markSentences(dst, s)
	return dst
}

// isASCIILetter reports whether c is a letter A to Z or a to z: c|0x20
// is the lower case of a letter, and below 'a' wraps to a large byte.
func isASCIILetter(c byte) bool { return (c|0x20)-'a' < 26 }

// abbreviations end in a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"u": true, "s": true, "mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "no": true, "vs": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"e": true, "i": true, "g": true, "approx": true, "est": true, "jr": true, "sr": true, "fig": true,
}

// markSentences sets the sentence flag on the first token of each
// sentence: after a line break, or after . ! ? (and closing quotes) that a
// space and a capital letter, a digit or an opening quote follow.
func markSentences(toks []token, s string) {
	var buf [8]byte
	for i := range toks {
		t := &toks[i]
		if i == 0 || t.newline {
			t.sentence = true
			continue
		}
		if !t.space {
			continue
		}
		// Walk back over closing quotes and brackets to the end mark.
		j := i - 1
		for j > 0 && toks[j].kind == tPunct && isCloser(s[toks[j].start:toks[j].end]) {
			j--
		}
		p := toks[j]
		if p.kind != tPunct {
			continue
		}
		mark := s[p.start:p.end]
		if mark != "." && mark != "!" && mark != "?" {
			continue
		}
		if mark == "." && j > 0 && toks[j-1].end == p.start && toks[j-1].kind == tWord {
			if abbreviations[string(lowerInto(buf[:0], s[toks[j-1].start:toks[j-1].end]))] {
				continue
			}
		}
		r, _ := utf8.DecodeRuneInString(s[t.start:])
		if unicode.IsUpper(r) || t.kind == tNum || t.kind == tPunct {
			t.sentence = true
		}
	}
}

func isCloser(p string) bool {
	switch p {
	case "\"", "'", "”", "’", ")", "]", "»":
		return true
	}
	return false
}

// lowerInto appends the ASCII lower case of w to buf[:0]: indexing a map
// with string(lowerInto(…)) does not allocate.
func lowerInto(buf []byte, w string) []byte {
	buf = buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}
