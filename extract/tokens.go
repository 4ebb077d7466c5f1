package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenKind tells words from punctuation.
type tokenKind uint8

const (
	tokWord  tokenKind = iota + 1 // letters and digits (U.S., 1.5, don't)
	tokPoss                       // a possessive suffix: 's or ’s
	tokPunct                      // one punctuation character
)

// token is one word or punctuation mark, with its place in the document.
type token struct {
	start, end int32  // byte offsets in the document text (int32 keeps a token in 32 bytes)
	norm       string // lower case, apostrophes unified to '
	kind       tokenKind
	cap        bool  // first letter upper case
	upper      bool  // every letter upper case (and at least one letter)
	lex        lexID // norm's number in the lexicons (wordSet.holds), 0 if in none
}

// isApostrophe reports the characters that write an apostrophe.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		// ASCII: what the unicode tables say, without the look-ups.
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits text[start:end] into tokens whose offsets are relative to
// the whole text. Hyphens and other marks are tokens of their own, so
// "US-backed" yields US, -, backed and aliases are tokenized the same way.
func tokenize(text string, start, end int, out []token) []token {
	return tokenizeLower(text, "", start, end, out)
}

// tokenizeLower is tokenize with lower, when not empty, the text with its
// ASCII capitals lowered (lowerASCII): an ASCII word's norm is then a
// slice of it, not a new string.
func tokenizeLower(text, lower string, start, end int, out []token) []token {
	first := len(out)
	i := start
	for i < end {
		// ASCII spaces and words first, without decoding.
		switch c := text[i]; {
		case c == ' ' || '\t' <= c && c <= '\r':
			i++
			continue
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			j := scanWord(text, i, end)
			out = append(out, makeWord(text, lower, i, j))
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if isApostrophe(r) && i+size < end {
			// A possessive suffix right after a word: 's (any apostrophe).
			if n := len(out); n > 0 && int(out[n-1].end) == i && out[n-1].kind == tokWord {
				r2, s2 := utf8.DecodeRuneInString(text[i+size : end])
				if r2 == 's' || r2 == 'S' {
					j := i + size + s2
					r3, _ := utf8.DecodeRuneInString(text[j:end])
					if j >= end || !isWordRune(r3) {
						out = append(out, token{start: int32(i), end: int32(j), norm: "'s", kind: tokPoss})
						i = j
						continue
					}
				}
			}
		}
		if !isWordRune(r) {
			out = append(out, token{start: int32(i), end: int32(i + size), norm: punctNorm(r), kind: tokPunct})
			i += size
			continue
		}
		j := scanWord(text, i, end)
		out = append(out, makeWord(text, lower, i, j))
		i = j
	}
	lex := lexTable()
	for k := first; k < len(out); k++ {
		out[k].lex = lex.id(out[k].norm)
	}
	return out
}

// scanWord returns the end of the word starting at i: letters and digits,
// with inner apostrophes (don't, O'Brien — but not a possessive 's),
// decimal points and thousands commas between digits, and the dots of
// initialisms (U.S., e.g.).
func scanWord(text string, i, end int) int {
	j := i
	letters := 0   // letters since the last dot
	dotted := true // every part so far one letter long, dot separated
	dots := 0
	for j < end {
		if c := text[j]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			// An ASCII letter or digit: isWordRune's answer without
			// decoding.
			letters++
			if letters > 1 {
				dotted = false
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:end])
		if isWordRune(r) {
			letters++
			if letters > 1 {
				dotted = false
			}
			j += size
			continue
		}
		if j+size >= end {
			break
		}
		next, nsize := utf8.DecodeRuneInString(text[j+size : end])
		prev, _ := utf8.DecodeLastRuneInString(text[i:j])
		switch {
		case isApostrophe(r) && unicode.IsLetter(next):
			// 's followed by a non-letter is a possessive: stop here.
			if next == 's' || next == 'S' {
				k := j + size + nsize
				if k >= end {
					return j
				}
				r3, _ := utf8.DecodeRuneInString(text[k:end])
				if !isWordRune(r3) {
					return j
				}
			}
			j += size
			dotted = false
			continue
		case (r == '.' || r == ',') && unicode.IsDigit(prev) && unicode.IsDigit(next):
			j += size
			dotted = false
			continue
		case r == '.' && dotted && letters == 1 && unicode.IsLetter(next):
			j += size
			letters = 0
			dots++
			continue
		}
		break
	}
	// The closing dot of an initialism: U.S. (but not a lone "A.").
	if dotted && dots > 0 && letters == 1 && j < end && text[j] == '.' {
		j++
	}
	return j
}

func makeWord(text, lower string, i, j int) token {
	s := text[i:j]
	t := token{start: int32(i), end: int32(j), kind: tokWord}
	if lower != "" {
		if t, ok := makeASCIIWord(t, s, lower[i:j]); ok {
			return t
		}
	}
	hasLetter, upper := false, true
	first := true
	ascii := true
	for _, r := range s {
		if r >= utf8.RuneSelf {
			ascii = false
		}
		if unicode.IsLetter(r) {
			if first {
				t.cap = unicode.IsUpper(r)
				first = false
			}
			hasLetter = true
			if !unicode.IsUpper(r) {
				upper = false
			}
		}
	}
	t.upper = hasLetter && upper
	if ascii && lower != "" {
		t.norm = lower[i:j]
	} else if ascii {
		t.norm = asciiLower(s)
	} else {
		t.norm = strings.Map(func(r rune) rune {
			if isApostrophe(r) {
				return '\''
			}
			return unicode.ToLower(r)
		}, s)
	}
	return t
}

// makeASCIIWord is makeWord for a word s of ASCII characters only, with
// lower its lowered text; ok is false for any other word.
func makeASCIIWord(t token, s, lower string) (token, bool) {
	hasLetter, upper := false, true
	first := true
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= utf8.RuneSelf {
			return t, false
		}
		isUpper := 'A' <= c && c <= 'Z'
		if isUpper || 'a' <= c && c <= 'z' {
			if first {
				t.cap = isUpper
				first = false
			}
			hasLetter = true
			if !isUpper {
				upper = false
			}
		}
	}
	t.upper = hasLetter && upper
	t.norm = lower
	return t, true
}

// lowerASCII returns s with A-Z lowered and every other byte as it is,
// in one allocation.
func lowerASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	from := 0 // the run of bytes not yet written, none of them A-Z
	for k := 0; k < len(s); k++ {
		if c := s[k]; c >= 'A' && c <= 'Z' {
			b.WriteString(s[from:k])
			b.WriteByte(c + 'a' - 'A')
			from = k + 1
		}
	}
	b.WriteString(s[from:])
	return b.String()
}

func asciiLower(s string) string {
	for k := 0; k < len(s); k++ {
		if c := s[k]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for m := k; m < len(b); m++ {
				if b[m] >= 'A' && b[m] <= 'Z' {
					b[m] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// punctNorm maps the many quote and dash characters onto a few.
func punctNorm(r rune) string {
	switch r {
	case '“', '”', '"', '«', '»', '„', '‟':
		return `"`
	case '’', '‘', 'ʼ', '\'':
		return "'"
	case '–', '—', '‑', '‐', '-':
		return "-"
	case '…':
		return "..."
	}
	if r < utf8.RuneSelf {
		return asciiStrings[r]
	}
	return string(r)
}

// asciiStrings holds each ASCII character as a string, so that a
// punctuation token does not allocate one. Filled at init, read-only.
var asciiStrings = func() (out [utf8.RuneSelf]string) {
	for c := range out {
		out[c] = string(rune(c))
	}
	return out
}()
