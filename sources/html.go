package sources

import (
	stdhtml "html"
	"regexp"
	"strings"

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
	if droppedElements[n.DataAtom] {
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

// flush ends the current paragraph, if it has any text.
func (w *textWriter) flush() {
	p := collapseSpace(w.cur.String())
	w.cur.Reset()
	w.brs = 0
	if p != "" {
		w.paras = append(w.paras, p)
	}
}

// collapseSpace trims s and turns every run of white space into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
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
