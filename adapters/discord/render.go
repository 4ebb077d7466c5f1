package discord

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/stancebot/stancebot/bot"
)

// Discord's message limits. Lengths are counted in UTF-16 code units
// (see textLen), which is never less than Discord's own count, so a
// message within these limits is within Discord's.
const (
	LimitContent     = 2000 // message content
	LimitTitle       = 256  // embed title
	LimitDescription = 4096 // embed description
	LimitFields      = 25   // fields per embed
	LimitFieldName   = 256  // field name
	LimitFieldValue  = 1024 // field value
	LimitFooter      = 2048 // footer text
	LimitAuthor      = 256  // author name
	LimitEmbeds      = 10   // embeds per message
	LimitTotal       = 6000 // all embed text of one message together
)

// maxAtom bounds an indivisible piece of rendered text (a link, a bold
// run, a long word); longer pieces are broken further, so a line can always
// be split to fit a description.
const maxAtom = 1000

// zwsp is put after an "@" that could start a mention, so Discord never
// parses one.
const zwsp = "\u200b"

// noMentions is the allowed_mentions every message carries: parse nothing.
// A fresh value each time, so no caller can alter another's.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// textLen is the length Discord's limits are checked against, in UTF-16
// code units: a character outside the Basic Multilingual Plane counts 2.
func textLen(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// escaped reports whether Escape may put a backslash before r.
func escaped(r rune) bool {
	switch r {
	case '\\', '*', '_', '~', '`', '|', '[', ']', '<':
		return true
	}
	return lineStart(r)
}

// lineStart reports whether r is markdown only at the start of a line
// (a heading, a quote, a list item, small text). Escape escapes these at
// the start of the text and after whitespace, the only places a line
// starts or a split is made (words keeps them with what precedes them).
func lineStart(r rune) bool {
	return r == '>' || r == '#' || r == '-'
}

// afterSpace reports whether byte offset i of s starts the text or
// follows whitespace.
func afterSpace(s string, i int) bool {
	if i == 0 {
		return true
	}
	switch s[i-1] {
	case ' ', '\t', '\n', '\r':
		return true
	}
	return false
}

// Escape makes plain text safe to put in a Discord message: markdown
// characters get a backslash (so a source cannot bold, quote, link or
// spoiler anything), and "@" gets a zero-width space after it where it
// could start a mention (@everyone, @here, <@id>, <@&role>), so no source
// text can ping anyone even if allowed_mentions were lost. A bare
// http(s) URL in the text is kept as it is (a backslash would break the
// link Discord makes of it), except for the "@" rule. Invalid UTF-8
// becomes U+FFFD.
func Escape(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	urlEnd := 0 // end of the bare URL being copied, if any
	for i, r := range s {
		if i >= urlEnd {
			urlEnd = max(urlEnd, urlRunEnd(s, i))
		}
		switch {
		case r == '@':
			b.WriteByte('@')
			rest := s[i+1:]
			if (i > 0 && s[i-1] == '<') || hasPrefixFold(rest, "everyone") || hasPrefixFold(rest, "here") {
				b.WriteString(zwsp)
			}
		case i < urlEnd:
			b.WriteRune(r)
		case escaped(r) && (!lineStart(r) || afterSpace(s, i)):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// urlRunEnd returns where a bare URL starting at byte i of s ends, or 0
// when none starts there: "http://" or "https://" at the start of the
// text or after whitespace, "(" or "<", up to whitespace, "<" or ">".
func urlRunEnd(s string, i int) int {
	if !afterSpace(s, i) && s[i-1] != '(' && s[i-1] != '<' {
		return 0
	}
	if !hasPrefixFold(s[i:], "https://") && !hasPrefixFold(s[i:], "http://") {
		return 0
	}
	j := i
	for j < len(s) && !strings.ContainsRune(" \t\n\r<>", rune(s[j])) {
		j++
	}
	return j
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// urlEscaper keeps a URL from ending a markdown link early.
var urlEscaper = strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E", "\n", "", "\r", "")

// linkTarget returns the URL to put in a markdown link, or "" when the URL
// is not one Discord should link (only http and https are).
func linkTarget(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return urlEscaper.Replace(u.String())
}

// line is one line of a description: a prefix (quote, list, subtext) and
// atoms that are never split.
type line struct {
	prefix string // "> ", "- ", "-# " or ""
	cont   string // prefix of a continuation when the line is split
	atoms  []string
}

// section is what becomes one or more embeds: a title and lines.
type section struct {
	title, url string
	lines      []line
}

// RenderEmbeds renders a reply as Discord messages, one *MessageSend per
// message to post, each within every Discord limit: a Heading starts an
// embed (its text is the title, a link in it the embed URL), paragraphs,
// quotes ("> "), lists ("- ") and context lines ("-# ", small text) fill
// the description, a Divider starts a new embed. Text is escaped; links
// are markdown links that are never split; long text is split between
// words, never inside a character. Every message carries allowed_mentions
// {"parse": []}. An empty reply renders no message.
func RenderEmbeds(r bot.Reply) []*discordgo.MessageSend {
	var secs []section
	cur := func() *section {
		if len(secs) == 0 {
			secs = append(secs, section{})
		}
		return &secs[len(secs)-1]
	}
	for _, bl := range r.Blocks {
		switch bl.Kind {
		case bot.Heading:
			title, link := headingText(bl.Spans)
			secs = append(secs, section{title: title, url: link})
		case bot.Divider:
			secs = append(secs, section{})
		case bot.Quote:
			cur().lines = append(cur().lines, spanLines("> ", "> ", bl.Spans)...)
		case bot.Context:
			cur().lines = append(cur().lines, spanLines("-# ", "-# ", bl.Spans)...)
		case bot.List:
			for _, it := range bl.Items {
				cur().lines = append(cur().lines, spanLines("- ", "  ", it)...)
			}
		default: // Paragraph and anything unknown
			cur().lines = append(cur().lines, spanLines("", "", bl.Spans)...)
		}
	}

	var embeds []*discordgo.MessageEmbed
	for _, s := range secs {
		embeds = append(embeds, sectionEmbeds(s)...)
	}
	return packMessages(embeds)
}

// headingText renders a heading's spans as an embed title (escaped, cut to
// LimitTitle at a character boundary) and returns the first link's URL.
func headingText(spans []bot.Span) (title, link string) {
	var b strings.Builder
	for _, sp := range spans {
		b.WriteString(sp.Text)
		if link == "" && sp.URL != "" {
			link = linkTarget(sp.URL)
		}
	}
	t := strings.Join(strings.Fields(b.String()), " ")
	return truncateEscaped(Escape(t), LimitTitle), link
}

// truncateEscaped cuts escaped text to at most limit units, at a character
// boundary, never leaving a lone backslash at the end, and marks the cut
// with an ellipsis.
func truncateEscaped(s string, limit int) string {
	if textLen(s) <= limit {
		return s
	}
	n := 0
	cut := 0
	for i, r := range s {
		w := textLen(string(r))
		if n+w > limit-1 { // room for "…"
			break
		}
		n += w
		cut = i + utf8.RuneLen(r)
	}
	out := s[:cut]
	if trailingBackslashes(out)%2 == 1 {
		out = out[:len(out)-1]
	}
	return out + "…"
}

func trailingBackslashes(s string) int {
	n := 0
	for n < len(s) && s[len(s)-1-n] == '\\' {
		n++
	}
	return n
}

// spanLines renders a run of spans as lines with the given prefix; a
// newline in plain text starts a new line with the same prefix.
func spanLines(prefix, cont string, spans []bot.Span) []line {
	lines := []line{{prefix: prefix, cont: cont}}
	add := func(a string) {
		l := &lines[len(lines)-1]
		l.atoms = append(l.atoms, a)
	}
	for _, sp := range spans {
		switch {
		case sp.URL != "" && linkTarget(sp.URL) != "":
			text := oneLine(sp.Text)
			if text == "" {
				text = sp.URL
			}
			atom := "[" + Escape(text) + "](" + linkTarget(sp.URL) + ")"
			if textLen(atom) <= maxAtom {
				add(atom)
				continue
			}
			// Too long to keep whole: show the text, drop the link.
			for _, w := range words(Escape(text)) {
				add(w)
			}
		case sp.Bold:
			text := oneLine(sp.Text)
			if strings.TrimSpace(text) == "" {
				add(text)
				continue
			}
			lead, core, trail := splitSpace(text)
			atom := lead + "**" + Escape(core) + "**" + trail
			if textLen(atom) <= maxAtom {
				add(atom)
				continue
			}
			for _, w := range words(Escape(core)) {
				core := strings.TrimRight(w, " ")
				add("**" + core + "**" + w[len(core):])
			}
		default:
			parts := strings.Split(strings.ReplaceAll(sp.Text, "\r\n", "\n"), "\n")
			for i, p := range parts {
				if i > 0 {
					lines = append(lines, line{prefix: prefix, cont: cont})
				}
				for _, w := range words(Escape(p)) {
					add(w)
				}
			}
		}
	}
	return lines
}

// oneLine replaces line breaks with spaces (links and bold cannot span
// lines).
func oneLine(s string) string {
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

// splitSpace splits s into leading spaces, the rest without them, and
// trailing spaces, so "**" hugs the words (Discord needs that).
func splitSpace(s string) (lead, core, trail string) {
	core = strings.TrimLeft(s, " \t")
	lead = s[:len(s)-len(core)]
	t := strings.TrimRight(core, " \t")
	trail = core[len(t):]
	return lead, t, trail
}

// words splits escaped text after each space, and breaks any piece longer
// than maxAtom at character boundaries (never between a backslash and the
// character it escapes).
func words(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			out = append(out, breakLong(s[start:i+1])...)
			start = i + 1
		}
	}
	if start < len(s) {
		out = append(out, breakLong(s[start:])...)
	}
	return out
}

func breakLong(w string) []string {
	if textLen(w) <= maxAtom {
		return []string{w}
	}
	var out []string
	n, start := 0, 0
	for i, r := range w {
		if n >= maxAtom-1 && trailingBackslashes(w[start:i])%2 == 0 && !lineStart(r) {
			out = append(out, w[start:i])
			start, n = i, 0
		}
		n += textLen(string(r))
	}
	return append(out, w[start:])
}

// render writes a line, splitting it into several when it is longer than
// limit; each piece fits in limit.
func (l line) render(limit int) []string {
	var out []string
	prefix := l.prefix
	var b strings.Builder
	b.WriteString(prefix)
	n := textLen(prefix)
	empty := true
	for _, a := range l.atoms {
		w := textLen(a)
		if !empty && n+w > limit {
			out = append(out, strings.TrimRight(b.String(), " "))
			b.Reset()
			prefix = l.cont
			b.WriteString(prefix)
			n = textLen(prefix)
			empty = true
			a = strings.TrimLeft(a, " ")
			w = textLen(a)
		}
		b.WriteString(a)
		n += w
		empty = false
	}
	s := strings.TrimRight(b.String(), " ")
	if !empty || s != "" {
		out = append(out, s)
	}
	return out
}

// sectionEmbeds turns a section into embeds, each description within
// LimitDescription; the first embed carries the title.
func sectionEmbeds(s section) []*discordgo.MessageEmbed {
	var out []*discordgo.MessageEmbed
	e := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Title: s.title, URL: s.url}
	var desc strings.Builder
	n := 0
	flush := func() {
		e.Description = desc.String()
		if e.Title != "" || e.Description != "" {
			out = append(out, e)
		}
		e = &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich}
		desc.Reset()
		n = 0
	}
	for _, l := range s.lines {
		for _, piece := range l.render(LimitDescription) {
			if strings.TrimSpace(piece) == "" && n == 0 {
				continue
			}
			w := textLen(piece)
			sep := 0
			if n > 0 {
				sep = 1
			}
			if n+sep+w > LimitDescription {
				flush()
				sep = 0
			}
			if sep == 1 {
				desc.WriteByte('\n')
			}
			desc.WriteString(piece)
			n += sep + w
		}
	}
	flush()
	return out
}

// embedLen is what an embed counts toward LimitTotal.
func embedLen(e *discordgo.MessageEmbed) int {
	n := textLen(e.Title) + textLen(e.Description)
	if e.Footer != nil {
		n += textLen(e.Footer.Text)
	}
	if e.Author != nil {
		n += textLen(e.Author.Name)
	}
	for _, f := range e.Fields {
		n += textLen(f.Name) + textLen(f.Value)
	}
	return n
}

// packMessages puts embeds into as few messages as the limits allow,
// keeping their order.
func packMessages(embeds []*discordgo.MessageEmbed) []*discordgo.MessageSend {
	var out []*discordgo.MessageSend
	var m *discordgo.MessageSend
	total := 0
	for _, e := range embeds {
		w := embedLen(e)
		if m == nil || len(m.Embeds) == LimitEmbeds || total+w > LimitTotal {
			m = &discordgo.MessageSend{AllowedMentions: noMentions()}
			out = append(out, m)
			total = 0
		}
		m.Embeds = append(m.Embeds, e)
		total += w
	}
	return out
}

type limitCheck struct {
	what     string
	n, limit int
}

// CheckLimits reports the first Discord limit a message breaks, or nil.
// Tests use it on every rendered message; Send uses it as a last guard.
func CheckLimits(m *discordgo.MessageSend) error {
	if n := textLen(m.Content); n > LimitContent {
		return fmt.Errorf("discord: content is %d long, limit %d", n, LimitContent)
	}
	if len(m.Embeds) > LimitEmbeds {
		return fmt.Errorf("discord: %d embeds, limit %d", len(m.Embeds), LimitEmbeds)
	}
	total := 0
	for i, e := range m.Embeds {
		checks := []limitCheck{
			{"title", textLen(e.Title), LimitTitle},
			{"description", textLen(e.Description), LimitDescription},
			{"fields", len(e.Fields), LimitFields},
		}
		if e.Footer != nil {
			checks = append(checks, limitCheck{"footer", textLen(e.Footer.Text), LimitFooter})
		}
		if e.Author != nil {
			checks = append(checks, limitCheck{"author", textLen(e.Author.Name), LimitAuthor})
		}
		for _, f := range e.Fields {
			checks = append(checks,
				limitCheck{"field name", textLen(f.Name), LimitFieldName},
				limitCheck{"field value", textLen(f.Value), LimitFieldValue})
		}
		for _, c := range checks {
			if c.n > c.limit {
				return fmt.Errorf("discord: embed %d %s is %d long, limit %d", i, c.what, c.n, c.limit)
			}
		}
		total += embedLen(e)
	}
	if total > LimitTotal {
		return fmt.Errorf("discord: embeds total %d, limit %d", total, LimitTotal)
	}
	if m.AllowedMentions == nil || m.AllowedMentions.Parse == nil || len(m.AllowedMentions.Parse) != 0 {
		return fmt.Errorf("discord: message must carry allowed_mentions {\"parse\": []}")
	}
	return nil
}
