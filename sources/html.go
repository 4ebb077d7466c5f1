package sources

import (
	stdhtml "html"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLToText turns an HTML fragment into plain text: one paragraph per
// block element (<p>, <div>, <li>, headings, ...) or <br><br>, paragraphs
// separated by a blank line, entities decoded, whitespace collapsed inside
// each paragraph, and script, style and similar non-text elements dropped.
// A single <br> is a space.
func HTMLToText(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		// The HTML5 parser accepts any input; an error is the reader's.
		return plainText(s)
	}
	w := &textWriter{}
	for _, n := range nodes {
		w.walk(n)
	}
	w.flush()
	return strings.Join(w.paras, "\n\n")
}

// textWriter collects paragraphs while walking a parsed fragment.
type textWriter struct {
	paras []string
	cur   strings.Builder
	// brs counts <br> elements since the last text; two in a row end a
	// paragraph.
	brs int
}

func (w *textWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if strings.TrimSpace(n.Data) != "" {
			w.brs = 0
		}
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		return
	default: // comments, doctypes
		return
	}
	if droppedElements[n.DataAtom] || isHidden(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		w.brs++
		if w.brs >= 2 {
			w.flush()
		} else {
			w.cur.WriteByte(' ')
		}
		return
	case atom.Td, atom.Th:
		w.cur.WriteByte(' ')
	case atom.Img:
		return
	}
	block := blockElements[n.DataAtom]
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.flush()
	} else if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		w.cur.WriteByte(' ')
	}
}

// isHidden reports an element marked as not shown to readers (the hidden
// attribute, aria-hidden, or an inline display:none / visibility:hidden),
// which hostile markup uses to slip text past a reader into the bot.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			st := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// flush ends the current paragraph, if it has any text.
func (w *textWriter) flush() {
	p := collapseSpace(w.cur.String())
	w.cur.Reset()
	w.brs = 0
	if p != "" {
		w.paras = append(w.paras, p)
	}
}

// collapseSpace trims s, drops invisible control characters (see
// stripInvisible) and turns every run of white space into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(stripInvisible(s)), " ")
}

// stripInvisible removes the characters hostile or sloppy markup uses to
// make text read differently from what it is: bidirectional overrides and
// isolates (U+202A–U+202E, U+2066–U+2069), directional marks, zero-width
// spaces and joiners, the word joiner, soft hyphens, and stray byte order
// marks; other C0/C1 controls become spaces. ZWNJ and ZWJ (U+200C, U+200D)
// are kept next to letters of scripts that spell with them (Persian,
// Indic, emoji sequences) and dropped between Latin, Cyrillic or Greek
// letters, where they only serve to hide a word from matching.
func stripInvisible(s string) string {
	if !hasInvisible(s) {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range rs {
		switch {
		case r == '\u200c' || r == '\u200d':
			if i > 0 && i+1 < len(rs) && (isPlainAlphabet(rs[i-1]) || isPlainAlphabet(rs[i+1])) {
				continue
			}
			if i == 0 || i+1 == len(rs) {
				continue
			}
		case isInvisible(r):
			continue
		case r < 0x20 && r != '\n' && r != '\t' && r != '\r', r >= 0x7f && r < 0xa0:
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}

func hasInvisible(s string) bool {
	for _, r := range s {
		if isInvisible(r) || r == '\u200c' || r == '\u200d' || (r < 0x20 && r != '\n' && r != '\t' && r != '\r') || (r >= 0x7f && r < 0xa0) {
			return true
		}
	}
	return false
}

func isInvisible(r rune) bool {
	switch {
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true // bidi embeddings, overrides and isolates
	case r == '\u200b', r == '\u200e', r == '\u200f', r == '\u061c', r == '\u2060', r == '\ufeff', r == '\u00ad', r == '\u180e':
		return true // zero-width space, LRM, RLM, ALM, word joiner, BOM, soft hyphen, Mongolian vowel separator
	}
	return false
}

// isPlainAlphabet reports letters and digits of the scripts that never
// need a zero-width joiner.
func isPlainAlphabet(r rune) bool {
	return (r < 0x250 && (unicode.IsLetter(r) || unicode.IsDigit(r))) ||
		unicode.Is(unicode.Cyrillic, r) || unicode.Is(unicode.Greek, r)
}

// droppedElements hold no reader-facing text.
var droppedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Title: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Svg: true, atom.Math: true, atom.Canvas: true,
	atom.Audio: true, atom.Video: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Input: true, atom.Form: true,
}

// blockElements start and end a paragraph.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Main: true,
	atom.Nav: true, atom.Blockquote: true, atom.Pre: true, atom.Address: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Table: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Tr: true,
	atom.Caption: true, atom.Figure: true, atom.Figcaption: true, atom.Hr: true,
	atom.Details: true, atom.Summary: true, atom.Fieldset: true, atom.Legend: true,
	atom.Center: true, atom.Body: true, atom.Html: true,
}

// htmlTag matches the start of something that looks like an HTML tag,
// entity-free text with a "<" that is not followed by a letter is plain.
var htmlTag = regexp.MustCompile(`(?i)<(?:[a-z][a-z0-9]*[\s/>]|/[a-z][a-z0-9]*\s*>|!--)`)

// bodyText turns an item's content into paragraphs: HTML through
// HTMLToText, plain text (a JSON Feed content_text, a plain RSS
// description) by keeping its blank-line paragraph breaks.
func bodyText(s string) string {
	if htmlTag.MatchString(s) {
		return HTMLToText(s)
	}
	return plainText(s)
}

// plainText decodes entities, splits s at blank lines into paragraphs and
// collapses the white space inside each.
func plainText(s string) string {
	s = stdhtml.UnescapeString(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var paras []string
	for _, block := range blankLine.Split(s, -1) {
		if p := collapseSpace(block); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}

var blankLine = regexp.MustCompile(`\n[ \t\r\f\v]*\n`)

// inlineText is text for a one-line field (a title): markup removed,
// entities decoded, all on one line.
func inlineText(s string) string {
	return collapseSpace(bodyText(s))
}
