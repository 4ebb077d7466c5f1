package bot

import "strings"

// Reply is a platform-neutral rich message: a list of blocks that each
// adapter renders in its own markup (console: plain text; Slack: Block Kit
// and mrkdwn; Discord: embeds and markdown). All text in a Reply is plain
// text as it came from sources or the store: adapters must escape it for
// their markup, so nothing from a source can ping a channel.
type Reply struct {
	Blocks []Block
	// Ephemeral asks the platform to show the reply only to the person
	// who asked, where it can.
	Ephemeral bool
}

// BlockKind says how a block is laid out.
type BlockKind int

// The kinds of block.
const (
	Heading   BlockKind = iota + 1 // a title line
	Paragraph                      // running text
	Quote                          // quoted evidence
	List                           // a compact bulleted list, one line per item
	Context                        // small print: outlet, date, speaker
	Divider                        // a rule between parts
)

// String names the kind (for tests and logs).
func (k BlockKind) String() string {
	switch k {
	case Heading:
		return "heading"
	case Paragraph:
		return "paragraph"
	case Quote:
		return "quote"
	case List:
		return "list"
	case Context:
		return "context"
	case Divider:
		return "divider"
	}
	return "invalid"
}

// Block is one part of a reply. Heading, Paragraph, Quote and Context use
// Spans; List uses Items, each a line of spans.
type Block struct {
	Kind  BlockKind
	Spans []Span
	Items [][]Span
}

// Span is a run of plain text, optionally bold, optionally a link.
type Span struct {
	Text string
	URL  string // when set, Text links to URL
	Bold bool
}

// T is a plain span.
func T(text string) Span { return Span{Text: text} }

// B is a bold span.
func B(text string) Span { return Span{Text: text, Bold: true} }

// L is a link span.
func L(text, url string) Span { return Span{Text: text, URL: url} }

// Text returns a reply of one paragraph.
func Text(s string) Reply { return Reply{Blocks: []Block{{Kind: Paragraph, Spans: []Span{T(s)}}}} }

// PlainText renders a span run without markup (a link shows its text and
// its URL in angle brackets).
func PlainText(spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.Text)
		if s.URL != "" && s.URL != s.Text {
			b.WriteString(" <" + s.URL + ">")
		}
	}
	return b.String()
}

// Plain renders a whole reply as plain text, one block per paragraph.
// The console adapter uses it, and so do tests and logs.
func (r Reply) Plain() string {
	var b strings.Builder
	for i, bl := range r.Blocks {
		if i > 0 && bl.Kind != Context && bl.Kind != Quote && bl.Kind != List {
			b.WriteString("\n")
		}
		switch bl.Kind {
		case Heading:
			b.WriteString(PlainText(bl.Spans) + "\n")
		case Quote:
			b.WriteString("  > " + PlainText(bl.Spans) + "\n")
		case Context:
			b.WriteString("    " + PlainText(bl.Spans) + "\n")
		case List:
			for _, it := range bl.Items {
				b.WriteString("  - " + PlainText(it) + "\n")
			}
		case Divider:
			b.WriteString("----\n")
		default:
			b.WriteString(PlainText(bl.Spans) + "\n")
		}
	}
	return b.String()
}
