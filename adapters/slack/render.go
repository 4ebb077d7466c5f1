package slack

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	slackapi "github.com/slack-go/slack"

	"github.com/stancebot/stancebot/bot"
)

// Slack's message limits, kept with a margin. Text sizes are counted in
// bytes: Slack counts characters, and a byte count is never smaller, so
// non-Latin text (Cyrillic, Arabic: two bytes a letter) stays inside too.
const (
	// MaxBlocks is the most blocks one message may carry.
	MaxBlocks = 50
	// MaxTextBytes is the most a section or context text may hold.
	MaxTextBytes = 3000
	// MaxMessageTextBytes bounds the text of all blocks in one message.
	// Slack refuses "msg_blocks_too_long" somewhere above 12,000
	// characters in total, undocumented (slackapi/bolt-js issues 2509 and
	// 2867), so a message is closed well before that.
	MaxMessageTextBytes = 11000
	// maxHeaderRunes is the limit of a header block's plain text.
	maxHeaderRunes = 150
	// maxFallbackRunes bounds the notification text sent beside blocks.
	maxFallbackRunes = 300
)

// wordJoiner is inserted after the "@" of @channel, @here and @everyone:
// invisible, and it stops any client or parse mode from reading the word
// as a broadcast.
const wordJoiner = "\u2060"

// broadcastWords are the words that notify a whole channel when written
// after "@" and parsed.
var broadcastWords = [...]string{"channel", "here", "everyone"}

// EscapeMrkdwn makes plain text safe to place in Slack mrkdwn: &, < and >
// become &amp;, &lt; and &gt; (so no <!channel>, <@U…>, <#C…> or link can
// come from it), and "@channel", "@here" and "@everyone" get an invisible
// word joiner after the "@" so they cannot broadcast even where Slack
// would parse plain mentions.
func EscapeMrkdwn(s string) string {
	if !strings.ContainsAny(s, "&<>@") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '@':
			b.WriteByte(c)
			if startsWithBroadcast(s[i+1:]) {
				b.WriteString(wordJoiner)
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func startsWithBroadcast(s string) bool {
	for _, w := range broadcastWords {
		if len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) {
			return true
		}
	}
	return false
}

// escapedLen is an upper bound of len(EscapeMrkdwn(s)), counted without
// building the string.
func escapedLen(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n += escapedByteLen(s[i])
	}
	return n
}

func escapedByteLen(c byte) int {
	switch c {
	case '&':
		return len("&amp;")
	case '<', '>':
		return len("&lt;")
	case '@':
		return 1 + len(wordJoiner)
	}
	return 1
}

// linkTarget returns the URL as it may stand inside <…|…>, or false when
// it must not be a link: only absolute http and https URLs are. Anything
// else (a "!channel", "@U123" or "javascript:" from a feed) would turn
// the angle brackets into a mention or worse.
func linkTarget(raw string) (string, bool) {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	s := u.String()
	if !strings.ContainsAny(s, "&<>| ") {
		return s, true
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("%3C")
		case '>':
			b.WriteString("%3E")
		case '|':
			b.WriteString("%7C")
		case ' ':
			b.WriteString("%20")
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), true
}

// renderSpan renders one span as mrkdwn. Text inside a span never holds a
// newline (spanLines splits them first).
func renderSpan(s bot.Span) string {
	if s.URL != "" {
		if target, ok := linkTarget(s.URL); ok {
			label := s.Text
			if strings.TrimSpace(label) == "" {
				label = s.URL
			}
			out := "<" + target + "|" + EscapeMrkdwn(label) + ">"
			if s.Bold {
				out = "*" + out + "*"
			}
			return out
		}
	}
	text := EscapeMrkdwn(s.Text)
	if !s.Bold {
		return text
	}
	// Slack only reads *bold* when the stars touch the words, so any
	// space at the ends goes outside them.
	core := strings.TrimFunc(text, unicode.IsSpace)
	if core == "" {
		return text
	}
	lead := text[:strings.Index(text, core)]
	trail := text[len(lead)+len(core):]
	return lead + "*" + core + "*" + trail
}

// renderSpans renders a run of spans on one line, merging neighbours of
// the same weight so "*a**b*" never happens.
func renderSpans(spans []bot.Span) string {
	var b strings.Builder
	for _, s := range mergeSpans(spans) {
		b.WriteString(renderSpan(s))
	}
	return b.String()
}

func mergeSpans(spans []bot.Span) []bot.Span {
	out := make([]bot.Span, 0, len(spans))
	var run strings.Builder // text of out's last span while it may grow
	flush := func() {
		if run.Len() > 0 {
			out[len(out)-1].Text = run.String()
			run.Reset()
		}
	}
	for _, s := range spans {
		if s.Text == "" && s.URL == "" {
			continue
		}
		if n := len(out); n > 0 && s.URL == "" && out[n-1].URL == "" && out[n-1].Bold == s.Bold {
			if run.Len() == 0 {
				run.WriteString(out[n-1].Text)
			}
			run.WriteString(s.Text)
			continue
		}
		flush()
		out = append(out, s)
	}
	flush()
	return out
}

// spanLines splits spans into lines at the newlines inside their text. A
// link's label is kept on one line.
func spanLines(spans []bot.Span) [][]bot.Span {
	lines := [][]bot.Span{nil}
	for _, s := range spans {
		if s.URL != "" {
			s.Text = strings.Join(strings.Fields(s.Text), " ")
			lines[len(lines)-1] = append(lines[len(lines)-1], s)
			continue
		}
		parts := strings.Split(strings.ReplaceAll(s.Text, "\r\n", "\n"), "\n")
		for i, p := range parts {
			if i > 0 {
				lines = append(lines, nil)
			}
			if p != "" {
				lines[len(lines)-1] = append(lines[len(lines)-1], bot.Span{Text: p, Bold: s.Bold})
			}
		}
	}
	return lines
}

// spanSize is an upper bound of len(renderSpan(s)).
func spanSize(s bot.Span) int {
	if s.URL != "" {
		if _, ok := linkTarget(s.URL); ok {
			return len(renderSpan(s))
		}
	}
	n := escapedLen(s.Text)
	if s.Bold {
		n += 2
	}
	return n
}

// fitLine breaks one line of spans into pieces whose rendering, after the
// prefix, fits limit bytes. It breaks between words where it can and
// inside a word only when a word alone is too long; never inside an
// escape, a link or a multi-byte letter.
func fitLine(spans []bot.Span, limit int) [][]bot.Span {
	if limit < 16 {
		limit = 16
	}
	if len(renderSpans(spans)) <= limit {
		return [][]bot.Span{spans}
	}
	var (
		pieces [][]bot.Span
		cur    []bot.Span
		size   int
	)
	flush := func() {
		if len(cur) > 0 {
			pieces = append(pieces, cur)
		}
		cur, size = nil, 0
	}
	add := func(t bot.Span) {
		n := spanSize(t)
		if size+n > limit {
			flush()
		}
		cur = append(cur, t)
		size += n
	}
	for _, s := range spans {
		for _, t := range tokens(s, limit) {
			add(t)
		}
	}
	flush()
	return pieces
}

// tokens cuts a span into pieces that each fit limit: a link whole (its
// label shortened if it must be), text word by word, an overlong word by
// letters.
func tokens(s bot.Span, limit int) []bot.Span {
	if s.URL != "" {
		if _, ok := linkTarget(s.URL); ok {
			return []bot.Span{fitLink(s, limit)}
		}
		s.URL = ""
	}
	var out []bot.Span
	for _, w := range words(s.Text) {
		t := bot.Span{Text: w, Bold: s.Bold}
		if spanSize(t) <= limit {
			out = append(out, t)
			continue
		}
		out = append(out, splitWord(t, limit)...)
	}
	return out
}

// fitLink shortens a link's label until the link fits; a URL too long to
// fit at all becomes its label as plain text.
func fitLink(s bot.Span, limit int) bot.Span {
	if spanSize(s) <= limit {
		return s
	}
	if strings.TrimSpace(s.Text) == "" {
		s.Text = s.URL
	}
	target, _ := linkTarget(s.URL)
	room := limit - len(target) - len("<|…>**")
	if room < 8 {
		s.URL = ""
		if spanSize(s) > limit {
			s.Text = truncateEscaped(s.Text, limit-2)
		}
		return s
	}
	s.Text = truncateEscaped(s.Text, room-len("…")) + "…"
	return s
}

// words splits text after each run of spaces, keeping the spaces with the
// word before them, so joining the words gives the text back.
func words(text string) []string {
	var out []string
	start := 0
	inSpace := false
	for i, r := range text {
		sp := unicode.IsSpace(r)
		if inSpace && !sp {
			out = append(out, text[start:i])
			start = i
		}
		inSpace = sp
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}

// splitWord cuts an overlong word into letter runs that fit limit.
func splitWord(t bot.Span, limit int) []bot.Span {
	room := limit
	if t.Bold {
		room -= 2
	}
	var out []bot.Span
	rest := t.Text
	for rest != "" {
		head := truncateEscaped(rest, room)
		if head == "" { // cannot happen with room >= 14, but never loop forever
			_, n := utf8.DecodeRuneInString(rest)
			head = rest[:n]
		}
		out = append(out, bot.Span{Text: head, Bold: t.Bold})
		rest = rest[len(head):]
	}
	return out
}

// truncateEscaped returns the longest prefix of s, cut between letters,
// whose escaped size is at most n bytes.
func truncateEscaped(s string, n int) string {
	size := 0
	for i, r := range s {
		rl := utf8.RuneLen(r)
		if rl < 0 {
			rl = 1
		}
		add := rl
		if rl == 1 {
			add = escapedByteLen(s[i])
		}
		if size+add > n {
			return s[:i]
		}
		size += add
	}
	return s
}

func isMarkupOrSpace(r rune) bool { return unicode.IsSpace(r) || r == '>' || r == '•' }

// renderLines renders spans as mrkdwn lines, each at most limit bytes:
// first carries firstPrefix, every further piece cont (both raw mrkdwn).
func renderLines(spans []bot.Span, firstPrefix, cont string, limit int) []string {
	var out []string
	prefix := firstPrefix
	for _, line := range spanLines(spans) {
		for _, piece := range fitLine(line, limit-max(len(firstPrefix), len(cont))) {
			out = append(out, prefix+renderSpans(piece))
			prefix = cont
		}
	}
	return out
}

// packLines joins lines with newlines into texts of at most limit bytes.
func packLines(lines []string, limit int) []string {
	var (
		out []string
		cur strings.Builder
	)
	for _, l := range lines {
		if cur.Len() > 0 && cur.Len()+1+len(l) > limit {
			out = append(out, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte('\n')
		}
		cur.WriteString(l)
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	// Slack refuses empty text objects: drop texts of only blank lines.
	kept := out[:0]
	for _, t := range out {
		if strings.TrimFunc(t, isMarkupOrSpace) != "" {
			kept = append(kept, t)
		}
	}
	return kept
}

func mrkdwn(text string) *slackapi.TextBlockObject {
	// verbatim: Slack must not turn bare words into links or mentions.
	return slackapi.NewTextBlockObject(slackapi.MarkdownType, text, false, true)
}

func sections(texts []string) []slackapi.Block {
	out := make([]slackapi.Block, 0, len(texts))
	for _, t := range texts {
		out = append(out, slackapi.NewSectionBlock(mrkdwn(t), nil, nil))
	}
	return out
}

// renderBlock turns one reply block into Slack blocks within the per-block
// limits.
func renderBlock(b bot.Block) []slackapi.Block {
	switch b.Kind {
	case bot.Heading:
		plain := strings.Join(strings.Fields(bot.PlainText(b.Spans)), " ")
		if plain == "" {
			return nil
		}
		if !hasLink(b.Spans) && utf8.RuneCountInString(plain) <= maxHeaderRunes {
			// plain_text is never parsed for markup or mentions, so it
			// is shown as it is, unescaped.
			return []slackapi.Block{slackapi.NewHeaderBlock(
				slackapi.NewTextBlockObject(slackapi.PlainTextType, plain, false, false))}
		}
		bold := make([]bot.Span, len(b.Spans))
		for i, s := range b.Spans {
			s.Bold = true
			bold[i] = s
		}
		return sections(packLines(renderLines(bold, "", "", MaxTextBytes), MaxTextBytes))
	case bot.Quote:
		return sections(packLines(renderLines(b.Spans, "> ", "> ", MaxTextBytes), MaxTextBytes))
	case bot.List:
		var lines []string
		for _, it := range b.Items {
			lines = append(lines, renderLines(it, "• ", "   ", MaxTextBytes)...)
		}
		return sections(packLines(lines, MaxTextBytes))
	case bot.Context:
		texts := packLines(renderLines(b.Spans, "", "", MaxTextBytes), MaxTextBytes)
		out := make([]slackapi.Block, 0, len(texts))
		for _, t := range texts {
			out = append(out, slackapi.NewContextBlock("", mrkdwn(t)))
		}
		return out
	case bot.Divider:
		return []slackapi.Block{slackapi.NewDividerBlock()}
	default: // Paragraph, and any kind added later
		return sections(packLines(renderLines(b.Spans, "", "", MaxTextBytes), MaxTextBytes))
	}
}

func hasLink(spans []bot.Span) bool {
	for _, s := range spans {
		if s.URL != "" {
			return true
		}
	}
	return false
}

// blockTextLen is the text a block carries, for the message budget.
func blockTextLen(b slackapi.Block) int {
	switch v := b.(type) {
	case *slackapi.SectionBlock:
		if v.Text != nil {
			return len(v.Text.Text)
		}
	case *slackapi.HeaderBlock:
		if v.Text != nil {
			return len(v.Text.Text)
		}
	case *slackapi.ContextBlock:
		n := 0
		for _, e := range v.ContextElements.Elements {
			if t, ok := e.(*slackapi.TextBlockObject); ok {
				n += len(t.Text)
			}
		}
		return n
	}
	return 0
}

// isBreak says whether a message may start a new part before b: at a
// header or a divider, where the reader sees a new part begin anyway.
func isBreak(b slackapi.Block) bool {
	t := b.BlockType()
	return t == slackapi.MBTHeader || t == slackapi.MBTDivider
}

// RenderBlocks renders a reply as Block Kit, split into messages that each
// keep Slack's limits: at most MaxBlocks blocks, at most MaxTextBytes in
// any section or context text, at most MaxMessageTextBytes in all. Splits
// fall between blocks (preferably before a header or divider in the second
// half of a message), then between lines, then between words; never inside
// an escape or a link. Every text from the reply is escaped with
// EscapeMrkdwn. An empty reply renders no message.
func RenderBlocks(r bot.Reply) [][]slackapi.Block {
	var all []slackapi.Block
	for _, b := range r.Blocks {
		all = append(all, renderBlock(validUTF8(b))...)
	}
	var (
		msgs [][]slackapi.Block
		cur  []slackapi.Block
		text int
	)
	emit := func(blocks []slackapi.Block) {
		if m := trimDividers(blocks); len(m) > 0 {
			msgs = append(msgs, m)
		}
	}
	for _, b := range all {
		n := blockTextLen(b)
		if len(cur) > 0 && (len(cur) == MaxBlocks || text+n > MaxMessageTextBytes) {
			cut := len(cur)
			for k := len(cur) - 1; k >= len(cur)/2 && k > 0; k-- {
				if isBreak(cur[k]) {
					cut = k
					break
				}
			}
			emit(cur[:cut])
			cur = append([]slackapi.Block(nil), cur[cut:]...)
			text = 0
			for _, c := range cur {
				text += blockTextLen(c)
			}
		}
		cur = append(cur, b)
		text += n
	}
	emit(cur)
	return msgs
}

// validUTF8 replaces invalid bytes in a block's text with U+FFFD before
// sizes are counted (JSON encoding would do it later, and change them).
func validUTF8(b bot.Block) bot.Block {
	fix := func(spans []bot.Span) []bot.Span {
		out := spans
		for i, s := range spans {
			if utf8.ValidString(s.Text) && utf8.ValidString(s.URL) {
				continue
			}
			if &out[0] == &spans[0] {
				out = append([]bot.Span(nil), spans...)
			}
			out[i].Text = strings.ToValidUTF8(s.Text, "\uFFFD")
			out[i].URL = strings.ToValidUTF8(s.URL, "\uFFFD")
		}
		return out
	}
	b.Spans = fix(b.Spans)
	if len(b.Items) > 0 {
		items := make([][]bot.Span, len(b.Items))
		for i, it := range b.Items {
			items[i] = fix(it)
		}
		b.Items = items
	}
	return b
}

// trimDividers drops dividers at the start and end of a message: they
// separate parts, and a message boundary already does.
func trimDividers(blocks []slackapi.Block) []slackapi.Block {
	for len(blocks) > 0 && blocks[0].BlockType() == slackapi.MBTDivider {
		blocks = blocks[1:]
	}
	for len(blocks) > 0 && blocks[len(blocks)-1].BlockType() == slackapi.MBTDivider {
		blocks = blocks[:len(blocks)-1]
	}
	return blocks
}

// fallbackText is the notification text sent beside the blocks: the
// reply's first line, escaped and short.
func fallbackText(r bot.Reply) string {
	for _, b := range r.Blocks {
		var plain string
		if b.Kind == bot.List {
			if len(b.Items) > 0 {
				plain = bot.PlainText(b.Items[0])
			}
		} else {
			plain = bot.PlainText(b.Spans)
		}
		plain = strings.Join(strings.Fields(strings.ToValidUTF8(plain, "\uFFFD")), " ")
		if plain == "" {
			continue
		}
		if utf8.RuneCountInString(plain) > maxFallbackRunes {
			plain = string([]rune(plain)[:maxFallbackRunes-1]) + "…"
		}
		return EscapeMrkdwn(plain)
	}
	return "stancebot"
}
