package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a sentence: text[start:end] (trimmed), in paragraph para.
type span struct {
	start, end int
	para       int
}

// splitSentences splits text into sentences. Paragraphs are separated by
// blank lines; a sentence never crosses a paragraph. A sentence ends at
// . ! or ? (with any closing quotes or brackets after it) followed by
// space and a capital, a digit or an opening quote — unless the dot ends
// a known abbreviation (Mr., Gen., Jan.), an initial, or an initialism
// (U.S.) that the next word does not show to be a sentence end.
func splitSentences(text string, out []span) []span {
	para := 0
	i := 0
	for i < len(text) {
		// The paragraph runs to the next blank line.
		end := paragraphEnd(text, i)
		out = splitParagraph(text, i, end, para, out)
		para++
		i = end
		// Skip the blank lines.
		for i < len(text) && (text[i] == '\n' || text[i] == '\r' || text[i] == ' ' || text[i] == '\t') {
			i++
		}
	}
	return out
}

// paragraphEnd returns the offset of the blank line ending the paragraph
// that starts at i, or len(text).
func paragraphEnd(text string, i int) int {
	for {
		k := strings.IndexByte(text[i:], '\n')
		if k < 0 {
			return len(text)
		}
		j := i + k + 1
		// A blank line: only spaces before the next newline (or the end).
		m := j
		for m < len(text) && (text[m] == ' ' || text[m] == '\t' || text[m] == '\r') {
			m++
		}
		if m >= len(text) || text[m] == '\n' {
			return i + k
		}
		i = j
	}
}

func splitParagraph(text string, start, end, para int, out []span) []span {
	start = skipDateline(text, start, end)
	s := start
	i := start
	for i < end {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			i++
			continue
		}
		j := i + 1
		for j < end && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
			j++
		}
		j = closeRun(text, j, end)
		if !sentenceBreakAfter(text, i, j, end) {
			i = j
			continue
		}
		if c == '.' && j == i+1 && !dotEndsSentence(text, s, i, j, end) {
			i = j
			continue
		}
		out = appendSpan(text, s, j, para, out)
		s = j
		i = j
	}
	return appendSpan(text, s, end, para, out)
}

// closeRun extends j over closing quotes and brackets.
func closeRun(text string, j, end int) int {
	for j < end {
		r, size := utf8.DecodeRuneInString(text[j:end])
		switch r {
		case '"', '”', '’', '\'', ')', ']', '»':
			j += size
			continue
		}
		break
	}
	return j
}

func skipSpace(text string, j, end int) int {
	for j < end {
		r, size := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsSpace(r) {
			break
		}
		j += size
	}
	return j
}

// sentenceBreakAfter reports whether the terminator run text[i:j] is
// followed by space and then something that can start a sentence.
func sentenceBreakAfter(text string, i, j, end int) bool {
	if j >= end {
		return true
	}
	next := skipSpace(text, j, end)
	if next == j {
		return false // no space: "1.5", "U.S.-backed", ".com"
	}
	if next >= end {
		return true
	}
	return startsSentence(text, next, end)
}

// startsSentence: a capital, a digit, or an opening quote or bracket.
func startsSentence(text string, k, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[k:end])
	switch r {
	case '"', '“', '‘', '\'', '(', '[', '«', '…':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// dotEndsSentence decides a single dot at text[i] followed by a sentence
// start: the word before it may be an abbreviation.
func dotEndsSentence(text string, s, i, j, end int) bool {
	// The word before the dot.
	w := i
	for w > s {
		r, size := utf8.DecodeLastRuneInString(text[s:w])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		w -= size
	}
	word := text[w:i]
	if word == "" {
		return true // "1995." or ")."
	}
	lw := strings.ToLower(word)
	if strings.Contains(word, ".") {
		// An initialism: U.S., U.K., e.g. It ends the sentence only
		// when the next word is one that typically opens a sentence.
		if lw == "e.g" || lw == "i.e" {
			return false
		}
		return nextWordOpensSentence(text, j, end)
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
		return false // an initial: "John F. Kennedy"
	}
	if abbreviations.words[lw] {
		return false
	}
	return true
}

func nextWordOpensSentence(text string, j, end int) bool {
	k := skipSpace(text, j, end)
	e := k
	for e < end {
		r, size := utf8.DecodeRuneInString(text[e:end])
		if !unicode.IsLetter(r) {
			break
		}
		e += size
	}
	if e == k {
		return true // a quote or a digit
	}
	return sentenceOpeners.words[strings.ToLower(text[k:e])]
}

func appendSpan(text string, s, e, para int, out []span) []span {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	if s < e {
		out = append(out, span{start: s, end: e, para: para})
	}
	return out
}

// skipDateline returns the offset after a wire-copy dateline that opens a
// paragraph ("BRUSSELS - ", "BELEM, Brazil - ", "NEW YORK (Reuters) — "),
// or start: a word in capitals, then at most a few words, then a dash
// between spaces.
func skipDateline(text string, start, end int) int {
	i := start
	upper := 0
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if r == '/' && upper >= 3 && i+1 < end && text[i+1] >= 'A' && text[i+1] <= 'Z' {
			// "LORN/FREDVILLE - ": a story filed from two places.
			i += size
			continue
		}
		if !unicode.IsUpper(r) {
			break
		}
		upper++
		i += size
	}
	if upper < 3 || i >= end || (text[i] != ' ' && text[i] != ',' && text[i] != '(') {
		return start
	}
	limit := min(end, i+40)
	for j := i; j < limit; {
		r, size := utf8.DecodeRuneInString(text[j:end])
		switch r {
		case '.', '!', '?', '"', '“', '\n':
			return start
		case '-', '–', '—':
			k := j + size
			if text[j-1] == ' ' && k < end && text[k] == ' ' {
				return skipSpace(text, k, end)
			}
			if r == '-' {
				break
			}
			return start
		}
		j += size
	}
	return start
}
