package slack

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	slackapi "github.com/slack-go/slack"

	"github.com/stancebot/stancebot/bot"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestEscapeMrkdwn(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "plain", in: "Russia rejected the plan", want: "Russia rejected the plan"},
		{name: "ampersand", in: "US & EU", want: "US &amp; EU"},
		{name: "angle brackets", in: "a < b > c", want: "a &lt; b &gt; c"},
		{name: "channel broadcast", in: "<!channel> look", want: "&lt;!channel&gt; look"},
		{name: "everyone broadcast", in: "<!everyone>", want: "&lt;!everyone&gt;"},
		{name: "user mention", in: "<@U123ABC>", want: "&lt;@U123ABC&gt;"},
		{name: "channel link", in: "<#C0123|desk>", want: "&lt;#C0123|desk&gt;"},
		{name: "disguised link", in: "<https://evil.example|BBC>", want: "&lt;https://evil.example|BBC&gt;"},
		{name: "entity stays literal", in: "&lt;!here&gt;", want: "&amp;lt;!here&amp;gt;"},
		{name: "at-here", in: "@here now", want: "@\u2060here now"},
		{name: "at-channel any case", in: "@Channel", want: "@\u2060Channel"},
		{name: "at-everyone", in: "hi @EVERYONE!", want: "hi @\u2060EVERYONE!"},
		{name: "ordinary at", in: "mail me@example.org", want: "mail me@example.org"},
		{name: "cyrillic", in: "Москва & Киев", want: "Москва &amp; Киев"},
		{name: "formatting characters are left alone", in: "*bold* _it_ ~s~ `c`", want: "*bold* _it_ ~s~ `c`"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := EscapeMrkdwn(tc.in); got != tc.want {
				t.Fatalf("EscapeMrkdwn(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// mentionRE finds anything Slack would turn into a mention or a
// broadcast: <!…>, <@…>, <#…>, and a bare @here/@channel/@everyone.
var mentionRE = regexp.MustCompile(`(?i)<[!@#]|@(here|channel|everyone)\b`)

// TestRenderNeverMentions renders hostile source text in every kind of
// block and checks nothing in the Block Kit JSON can notify anyone, and
// that only http(s) URLs become links.
func TestRenderNeverMentions(t *testing.T) {
	hostile := "<!channel> <!here> <!everyone> <@U123> <#C1|x> <!subteam^S1> @here @channel & <b> > x"
	links := []bot.Span{
		bot.L(hostile, "https://example.org/a?b=1&c=<2>|3"),
		bot.L("mention link", "!channel"),
		bot.L("user link", "@U123"),
		bot.L("script", "javascript:alert(1)"),
		bot.L("relative", "/path"),
	}
	r := bot.Reply{Blocks: []bot.Block{
		{Kind: bot.Heading, Spans: []bot.Span{bot.T(hostile)}},
		{Kind: bot.Heading, Spans: []bot.Span{bot.T("long "), bot.L(hostile, "https://example.org")}},
		{Kind: bot.Paragraph, Spans: append([]bot.Span{bot.T(hostile), bot.B(hostile)}, links...)},
		{Kind: bot.Quote, Spans: []bot.Span{bot.T(hostile)}},
		{Kind: bot.List, Items: [][]bot.Span{{bot.T(hostile)}, links}},
		{Kind: bot.Context, Spans: []bot.Span{bot.T(hostile)}},
	}}
	msgs := RenderBlocks(r)
	if len(msgs) == 0 {
		t.Fatal("no message rendered")
	}
	var linkTargets []string
	for _, blocks := range msgs {
		for _, b := range blocks {
			for _, txt := range blockTexts(b) {
				if txt.Type == slackapi.PlainTextType {
					continue // header plain_text is never parsed
				}
				if m := mentionRE.FindString(txt.Text); m != "" {
					t.Errorf("mrkdwn %q contains %q", txt.Text, m)
				}
				for _, l := range regexp.MustCompile(`<([^|>]*)\|`).FindAllStringSubmatch(txt.Text, -1) {
					linkTargets = append(linkTargets, l[1])
				}
				if !txt.Verbatim {
					t.Errorf("mrkdwn text not verbatim: %q", txt.Text)
				}
			}
		}
	}
	for _, target := range linkTargets {
		if !strings.HasPrefix(target, "https://example.org") {
			t.Errorf("link to %q rendered", target)
		}
		if strings.ContainsAny(target, "<>|") {
			t.Errorf("link target %q can break out of <…|…>", target)
		}
	}
	if len(linkTargets) != 3 { // the hostile-labelled link in paragraph and list, and the long heading's
		t.Errorf("got %d links %q, want 3", len(linkTargets), linkTargets)
	}
	if fb := fallbackText(r); mentionRE.MatchString(fb) {
		t.Errorf("fallback text %q can mention", fb)
	}
}

func blockTexts(b slackapi.Block) []*slackapi.TextBlockObject {
	switch v := b.(type) {
	case *slackapi.SectionBlock:
		return []*slackapi.TextBlockObject{v.Text}
	case *slackapi.HeaderBlock:
		return []*slackapi.TextBlockObject{v.Text}
	case *slackapi.ContextBlock:
		var out []*slackapi.TextBlockObject
		for _, e := range v.ContextElements.Elements {
			if t, ok := e.(*slackapi.TextBlockObject); ok {
				out = append(out, t)
			}
		}
		return out
	}
	return nil
}

// checkLimits asserts one message keeps every Slack limit and every text
// is well-formed mrkdwn: no raw < > outside a whole link, no & outside an
// entity.
func checkLimits(t *testing.T, blocks []slackapi.Block) {
	t.Helper()
	if len(blocks) == 0 || len(blocks) > MaxBlocks {
		t.Fatalf("message of %d blocks", len(blocks))
	}
	total := 0
	for _, b := range blocks {
		for _, txt := range blockTexts(b) {
			n := len(txt.Text)
			total += n
			limit := MaxTextBytes
			if b.BlockType() == slackapi.MBTHeader {
				limit = 3 * maxHeaderRunes
				if r := utf8.RuneCountInString(txt.Text); r > maxHeaderRunes {
					t.Errorf("header of %d characters", r)
				}
			}
			if n == 0 || n > limit {
				t.Errorf("%s text of %d bytes", b.BlockType(), n)
			}
			if !utf8.ValidString(txt.Text) {
				t.Errorf("text cut inside a character: %q", txt.Text)
			}
			if txt.Type == slackapi.MarkdownType {
				checkWellFormed(t, txt.Text)
			}
		}
	}
	if total > MaxMessageTextBytes {
		t.Errorf("message text of %d bytes", total)
	}
}

var (
	broadcastRE = regexp.MustCompile(`(?i)@(here|channel|everyone)`)
	linkRE      = regexp.MustCompile(`<https?://[^<>|\s]+\|[^<>]*>`)
	entityRE    = regexp.MustCompile(`&(amp|lt|gt);`)
)

func checkWellFormed(t *testing.T, s string) {
	t.Helper()
	rest := linkRE.ReplaceAllString(s, "")
	if strings.ContainsAny(rest, "<>") {
		// ">" at a line start is a quote; nothing else may be raw.
		for _, line := range strings.Split(rest, "\n") {
			if strings.ContainsAny(strings.TrimPrefix(line, "> "), "<>") {
				t.Errorf("raw angle bracket outside a link in %q", line)
			}
		}
	}
	if strings.Count(entityRE.ReplaceAllString(rest, ""), "&") > 0 {
		t.Errorf("bare & (or a cut entity) in %q", s)
	}
}

// words of the reply's text in order, and of what was rendered,
// unescaped: splitting must drop and add nothing.
func replyWords(r bot.Reply) []string {
	var b strings.Builder
	for _, bl := range r.Blocks {
		for _, s := range bl.Spans {
			b.WriteString(s.Text + " ")
		}
		for _, it := range bl.Items {
			for _, s := range it {
				b.WriteString(s.Text + " ")
			}
		}
	}
	return strings.Fields(b.String())
}

var linkLabelRE = regexp.MustCompile(`<https?://[^|>]*\|([^>]*)>`)

var unescaper = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", wordJoiner, "")

func renderedWords(msgs [][]slackapi.Block) []string {
	var b strings.Builder
	for _, blocks := range msgs {
		for _, bl := range blocks {
			for _, txt := range blockTexts(bl) {
				s := txt.Text
				s = regexp.MustCompile(`(?m)^(> |• |   )`).ReplaceAllString(s, "")
				s = linkLabelRE.ReplaceAllString(s, "$1")
				s = strings.ReplaceAll(s, "*", "")
				b.WriteString(unescaper.Replace(s) + " ")
			}
		}
	}
	return strings.Fields(b.String())
}

func TestRenderSplitsWithinLimits(t *testing.T) {
	word := func(w string, n int) string { return strings.TrimSpace(strings.Repeat(w+" ", n)) }
	manyItems := make([][]bot.Span, 400)
	for i := range manyItems {
		manyItems[i] = []bot.Span{bot.B("oppose"), bot.T(" 2026-01-09 Russia & <NATO> "), bot.L("TASS", "https://tass.example/a?x=1&y=2")}
	}
	manyBlocks := make([]bot.Block, 0, 130)
	for i := range 130 {
		kind := bot.Paragraph
		switch i % 5 {
		case 0:
			kind = bot.Heading
		case 4:
			kind = bot.Divider
		}
		b := bot.Block{Kind: kind}
		if kind != bot.Divider {
			b.Spans = []bot.Span{bot.T("block text & more")}
		}
		manyBlocks = append(manyBlocks, b)
	}
	tests := []struct {
		name    string
		reply   bot.Reply
		minMsgs int
	}{
		{name: "long paragraph of short words", reply: bot.Reply{Blocks: []bot.Block{{Kind: bot.Paragraph, Spans: []bot.Span{bot.T(word("Russia&rejected", 3000))}}}}, minMsgs: 4},
		{name: "cyrillic counted in bytes", reply: bot.Reply{Blocks: []bot.Block{{Kind: bot.Quote, Spans: []bot.Span{bot.T(word("Москва отвергла", 800))}}}}, minMsgs: 2},
		{name: "one enormous word", reply: bot.Reply{Blocks: []bot.Block{{Kind: bot.Paragraph, Spans: []bot.Span{bot.B(strings.Repeat("<&>", 5000))}}}}, minMsgs: 4},
		{name: "four hundred list items", reply: bot.Reply{Blocks: []bot.Block{{Kind: bot.List, Items: manyItems}}}, minMsgs: 3},
		{name: "130 blocks", reply: bot.Reply{Blocks: manyBlocks}, minMsgs: 3},
		{name: "long context and heading", reply: bot.Reply{Blocks: []bot.Block{
			{Kind: bot.Heading, Spans: []bot.Span{bot.T(word("heading", 600))}},
			{Kind: bot.Context, Spans: []bot.Span{bot.T(word("ctx@here", 700)), bot.L(word("label", 900), "https://example.org/x")}},
		}}, minMsgs: 1},
		{name: "paragraph of many lines", reply: bot.Reply{Blocks: []bot.Block{{Kind: bot.Paragraph, Spans: []bot.Span{bot.T(strings.Repeat("a line of text & more\n", 900))}}}}, minMsgs: 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			msgs := RenderBlocks(tc.reply)
			if len(msgs) < tc.minMsgs {
				t.Fatalf("%d messages, want at least %d", len(msgs), tc.minMsgs)
			}
			for _, m := range msgs {
				checkLimits(t, m)
			}
			// Compared without spaces: a word too long for a section is
			// cut in two.
			got, want := strings.Join(renderedWords(msgs), ""), strings.Join(replyWords(tc.reply), "")
			// A label too long for a link is shortened with "…": allow
			// only that case to differ.
			if got != want && !strings.Contains(got, "…") {
				t.Errorf("text changed by splitting:\n got %.300s\nwant %.300s", got, want)
			}
		})
	}
}

// TestRenderPrefersBreaksAtHeadings checks a split lands before a heading
// when one is near: each message after the first starts with a header.
func TestRenderPrefersBreaksAtHeadings(t *testing.T) {
	var blocks []bot.Block
	for i := range 12 {
		blocks = append(blocks, bot.Block{Kind: bot.Heading, Spans: []bot.Span{bot.T("Actor " + string(rune('A'+i)))}})
		for range 6 {
			blocks = append(blocks, bot.Block{Kind: bot.Paragraph, Spans: []bot.Span{bot.T("statement")}})
		}
	}
	msgs := RenderBlocks(bot.Reply{Blocks: blocks})
	if len(msgs) < 2 {
		t.Fatalf("%d messages, want a split", len(msgs))
	}
	for i, m := range msgs {
		if m[0].BlockType() != slackapi.MBTHeader {
			t.Errorf("message %d starts with %s, want a header", i, m[0].BlockType())
		}
	}
}

func TestRenderEmpty(t *testing.T) {
	for name, r := range map[string]bot.Reply{
		"no blocks":     {},
		"only dividers": {Blocks: []bot.Block{{Kind: bot.Divider}, {Kind: bot.Divider}}},
		"blank text":    {Blocks: []bot.Block{{Kind: bot.Paragraph, Spans: []bot.Span{bot.T("  \n ")}}}},
	} {
		if msgs := RenderBlocks(r); len(msgs) != 0 {
			t.Errorf("%s: rendered %d messages", name, len(msgs))
		}
	}
}

// positionReply is the shape the bot core gives /position russia purl.
func positionReply() bot.Reply {
	return bot.Reply{Blocks: []bot.Block{
		{Kind: bot.Heading, Spans: []bot.Span{bot.T("Russia on PURL")}},
		{Kind: bot.Paragraph, Spans: []bot.Span{bot.T("Russia "), bot.B("opposes"), bot.T(" PURL, since 9 Jan 2026.")}},
		{Kind: bot.Quote, Spans: []bot.Span{bot.T("Russia also rejected the continuation of Trump’s Prioritised Ukraine Requirements List (PURL) initiative.")}},
		{Kind: bot.Context, Spans: []bot.Span{bot.T("Russian Foreign Ministry · "), bot.L("Example Times", "https://news.example/russia-purl?id=1&ref=rss"), bot.T(" · 2026-01-09")}},
		{Kind: bot.Divider},
		{Kind: bot.List, Items: [][]bot.Span{
			{bot.T("2026-01-09 "), bot.B("oppose"), bot.T(" — "), bot.L("Example Times", "https://news.example/russia-purl")},
			{bot.T("2025-11-02 "), bot.B("neutral"), bot.T(" — "), bot.L("Wire <AP>", "https://wire.example/x")},
		}},
	}}
}

func TestRenderGolden(t *testing.T) {
	msgs := RenderBlocks(positionReply())
	got, err := json.MarshalIndent(msgs, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	const path = "testdata/position.golden.json"
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("Block Kit differs from %s (run with -update if intended):\n%s", path, got)
	}
}

// TestRenderPositionShape says in words what the golden file shows: the
// stance plainly, the evidence as a quote, the outlet linked, the date,
// the history as a list.
func TestRenderPositionShape(t *testing.T) {
	msgs := RenderBlocks(positionReply())
	if len(msgs) != 1 {
		t.Fatalf("%d messages, want 1", len(msgs))
	}
	var kinds []string
	var texts []string
	for _, b := range msgs[0] {
		kinds = append(kinds, string(b.BlockType()))
		for _, txt := range blockTexts(b) {
			texts = append(texts, txt.Text)
		}
	}
	if got := strings.Join(kinds, ","); got != "header,section,section,context,divider,section" {
		t.Fatalf("block kinds %s", got)
	}
	wants := []string{
		"Russia on PURL",
		"Russia *opposes* PURL, since 9 Jan 2026.",
		"> Russia also rejected the continuation of Trump’s Prioritised Ukraine Requirements List (PURL) initiative.",
		"Russian Foreign Ministry · <https://news.example/russia-purl?id=1&amp;ref=rss|Example Times> · 2026-01-09",
		"• 2026-01-09 *oppose* — <https://news.example/russia-purl|Example Times>\n• 2025-11-02 *neutral* — <https://wire.example/x|Wire &lt;AP&gt;>",
	}
	for i, w := range wants {
		if texts[i] != w {
			t.Errorf("text %d = %q, want %q", i, texts[i], w)
		}
	}
}

// FuzzEscapeMrkdwn: the escaped text has no raw < or >, every & starts an
// entity, no broadcast word survives, and unescaping gives the input back.
func FuzzEscapeMrkdwn(f *testing.F) {
	for _, s := range readSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := EscapeMrkdwn(s)
		if strings.ContainsAny(out, "<>") {
			t.Fatalf("raw bracket in %q", out)
		}
		if strings.Contains(entityRE.ReplaceAllString(out, ""), "&") {
			t.Fatalf("bare & in %q", out)
		}
		if m := broadcastRE.FindString(out); m != "" {
			t.Fatalf("broadcast %q survives in %q", m, out)
		}
		strip := strings.NewReplacer("@"+wordJoiner, "@")
		back := strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(strip.Replace(out))
		if back != strip.Replace(s) {
			t.Fatalf("unescape(EscapeMrkdwn(%q)) = %q", s, back)
		}
		if len(out) > escapedLen(s) {
			t.Fatalf("escapedLen(%q) = %d < %d", s, escapedLen(s), len(out))
		}
	})
}

// FuzzRenderBlocks: any text, link and weight renders within Slack's
// limits, well-formed, with no mention.
func FuzzRenderBlocks(f *testing.F) {
	for _, s := range readSeeds(f) {
		f.Add(s, "https://example.org/?a=1&b=2", false, 1)
		f.Add(strings.Repeat(s+"\n", 10), "!channel", true, 40)
	}
	f.Fuzz(func(t *testing.T, text, link string, bold bool, repeat int) {
		if repeat < 1 || repeat > 100 {
			repeat = 1
		}
		long := strings.Repeat(text, repeat)
		r := bot.Reply{Blocks: []bot.Block{
			{Kind: bot.Heading, Spans: []bot.Span{{Text: text, Bold: bold}}},
			{Kind: bot.Paragraph, Spans: []bot.Span{{Text: long, Bold: bold}, {Text: text, URL: link}}},
			{Kind: bot.Quote, Spans: []bot.Span{{Text: long}}},
			{Kind: bot.List, Items: [][]bot.Span{{{Text: text, Bold: bold}}, {{Text: long, URL: link}}}},
			{Kind: bot.Context, Spans: []bot.Span{{Text: long, URL: link}}},
		}}
		for _, m := range RenderBlocks(r) {
			checkLimits(t, m)
			for _, b := range m {
				for _, txt := range blockTexts(b) {
					if txt.Type == slackapi.MarkdownType && mentionRE.MatchString(txt.Text) {
						t.Fatalf("mention in %q", txt.Text)
					}
				}
			}
		}
	})
}
