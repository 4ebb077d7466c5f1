package discord

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/stancebot/stancebot/bot"
)

var update = flag.Bool("update", false, "rewrite golden files")

// pings reports a piece of text Discord would turn into a mention.
// (a backslash before "<" makes Discord show the text as it is).
var pings = regexp.MustCompile(`(?i)@everyone|@here|(?:^|[^\\])<(?:@[!&]?|#)[0-9]+>`)

func TestEscape(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Russia rejected the plan", "Russia rejected the plan"},
		{"everyone", "hello @everyone", "hello @\u200beveryone"},
		{"here any case", "@HERE now", "@\u200bHERE now"},
		{"role mention", "ping <@&123456>", "ping \\<@\u200b&123456>"},
		{"user mention", "<@!42> said", "\\<@\u200b!42> said"},
		{"channel link", "<#98765>", "\\<#98765>"},
		{"email keeps its at", "press@mfa.ru", "press@mfa.ru"},
		{"bold and italics", "**big** _it_ ~~x~~", "\\*\\*big\\*\\* \\_it\\_ \\~\\~x\\~\\~"},
		{"code and spoiler", "`x` ||y||", "\\`x\\` \\|\\|y\\|\\|"},
		{"masked link", "[click](https://evil)", "\\[click\\](https://evil)"},
		{"heading and quote", "# Big\n> quoted\n-# small", "\\# Big\n\\> quoted\n\\-# small"},
		{"hyphen inside a word stays", "2026-01-09 US-European", "2026-01-09 US-European"},
		{"list marker after a space", "a - b", "a \\- b"},
		{"backslash", `a\b`, `a\\b`},
		{"emoji and cyrillic", "Москва 🇷🇺", "Москва 🇷🇺"},
		{"invalid utf-8", "a\xffb", "a\uFFFDb"},
		{"bare url kept whole", "see https://example.org/a_b-c?x=*1* now_", "see https://example.org/a_b-c?x=*1* now\\_"},
		{"url in parentheses", "(https://example.org/a_b)", "(https://example.org/a_b)"},
		{"url ends at angle bracket", "<https://example.org/a_b>", "\\<https://example.org/a_b>"},
		{"not a url mid-word", "xhttps://a_b", "xhttps://a\\_b"},
		{"mention inside url", "https://x.org/@everyone", "https://x.org/@\u200beveryone"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Escape(tc.in)
			if got != tc.want {
				t.Errorf("Escape(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if pings.MatchString(got) {
				t.Errorf("Escape(%q) = %q still pings", tc.in, got)
			}
		})
	}
}

// unescape undoes Escape on text that had no zero-width space of its own.
func unescape(s string) string {
	s = strings.ReplaceAll(s, "@"+zwsp, "@")
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && escaped(rune(s[i+1])) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func FuzzEscape(f *testing.F) {
	for _, s := range []string{"@everyone", "<@&1>", "**x**", "a\\", "# h", "\xff", "@here@everyone", "<<@@", "Москва", "(https://a_b/<@&1>) http://x*y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Escape(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Escape(%q) = %q is not valid UTF-8", s, got)
		}
		if pings.MatchString(got) {
			t.Fatalf("Escape(%q) = %q can ping", s, got)
		}
		// Every markdown character is escaped by a backslash of its own,
		// bare URLs aside.
		urlEnd := 0
		for i := 0; i < len(got); i++ {
			if i >= urlEnd {
				// A URL ended at "<" or ">", which Escape then escaped:
				// that backslash is not part of the URL.
				if end := urlRunEnd(got, i); end > 0 {
					if got[end-1] == '\\' && end < len(got) && (got[end] == '<' || got[end] == '>') {
						end--
					}
					urlEnd = max(urlEnd, end)
				}
			}
			if i < urlEnd {
				continue
			}
			if got[i] == '\\' {
				if i+1 >= len(got) || !escaped(rune(got[i+1])) {
					t.Fatalf("Escape(%q) = %q has a stray backslash at %d", s, got, i)
				}
				i++
				continue
			}
			if escaped(rune(got[i])) && (!lineStart(rune(got[i])) || afterSpace(got, i)) {
				t.Fatalf("Escape(%q) = %q leaves %q unescaped at %d", s, got, got[i], i)
			}
		}
		if utf8.ValidString(s) && !strings.Contains(s, zwsp) {
			if back := unescape(got); back != s {
				t.Fatalf("unescape(Escape(%q)) = %q: text lost", s, back)
			}
		}
	})
}

// positionReply is what the bot core answers /position with, in shape.
func positionReply() bot.Reply {
	return bot.Reply{Blocks: []bot.Block{
		{Kind: bot.Heading, Spans: []bot.Span{bot.T("Russia opposes PURL")}},
		{Kind: bot.Paragraph, Spans: []bot.Span{bot.T("since "), bot.B("2026-01-09")}},
		{Kind: bot.Quote, Spans: []bot.Span{bot.T("Russia also rejected the continuation of Trump’s Prioritised Ukraine Requirements List (PURL) initiative. @everyone <@&123>")}},
		{Kind: bot.Context, Spans: []bot.Span{bot.T("Russian Foreign Ministry · "), bot.L("Moscow rejects plan", "https://example.org/news/d000?a=(1)"), bot.T(" · 2026-01-09")}},
		{Kind: bot.Divider},
		{Kind: bot.Heading, Spans: []bot.Span{bot.T("History")}},
		{Kind: bot.List, Items: [][]bot.Span{
			{bot.T("2026-01-09 oppose — “a true axis of war” — "), bot.L("TASS", "https://example.org/tass")},
			{bot.T("2025-12-01 neutral — talks continue — "), bot.L("Reuters", "https://example.org/reuters")},
		}},
		{Kind: bot.Context, Spans: []bot.Span{bot.T("changed from neutral to oppose on 2026-01-09")}},
	}}
}

func TestRenderEmbedsPosition(t *testing.T) {
	msgs := RenderEmbeds(positionReply())
	if len(msgs) != 1 {
		t.Fatalf("got %d messages, want 1", len(msgs))
	}
	m := msgs[0]
	if err := CheckLimits(m); err != nil {
		t.Fatal(err)
	}
	if len(m.Embeds) != 2 {
		t.Fatalf("got %d embeds, want 2 (the answer, the history)", len(m.Embeds))
	}
	first, second := m.Embeds[0], m.Embeds[1]
	if first.Title != "Russia opposes PURL" || second.Title != "History" {
		t.Errorf("titles = %q, %q", first.Title, second.Title)
	}
	for _, want := range []string{
		"since **2026-01-09**",
		"> Russia also rejected",
		"@\u200beveryone",
		"-# Russian Foreign Ministry · [Moscow rejects plan](https://example.org/news/d000?a=%281%29)",
	} {
		if !strings.Contains(first.Description, want) {
			t.Errorf("description lacks %q:\n%s", want, first.Description)
		}
	}
	if !strings.Contains(second.Description, "- 2026-01-09 oppose") || !strings.Contains(second.Description, "[TASS](https://example.org/tass)") {
		t.Errorf("history list not rendered:\n%s", second.Description)
	}
	if pings.MatchString(first.Description) {
		t.Errorf("description can ping:\n%s", first.Description)
	}
}

// TestRenderEmbedsGolden pins the whole JSON Discord receives for a
// /position answer. Run with -update after a deliberate change.
func TestRenderEmbedsGolden(t *testing.T) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(RenderEmbeds(positionReply())); err != nil {
		t.Fatal(err)
	}
	got := buf.Bytes()
	path := filepath.Join("testdata", "position.golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
		t.Errorf("rendering changed; got:\n%s", got)
	}
}

func TestRenderEmbedsEmpty(t *testing.T) {
	if msgs := RenderEmbeds(bot.Reply{}); len(msgs) != 0 {
		t.Errorf("empty reply rendered %d messages", len(msgs))
	}
}

func TestRenderEmbedsLimits(t *testing.T) {
	word := func(i int) string { return fmt.Sprintf("w%04d", i) }
	longText := func(n int, sep string) string {
		parts := make([]string, n)
		for i := range parts {
			parts[i] = word(i)
		}
		return strings.Join(parts, sep)
	}
	var manyLinks []([]bot.Span)
	for i := 0; i < 400; i++ {
		manyLinks = append(manyLinks, []bot.Span{bot.T(word(i) + " — "), bot.L("Outlet "+word(i), fmt.Sprintf("https://example.org/%d/%s", i, strings.Repeat("p", 120)))})
	}
	var sections []bot.Block
	for i := 0; i < 40; i++ {
		sections = append(sections,
			bot.Block{Kind: bot.Heading, Spans: []bot.Span{bot.T("Actor " + word(i))}},
			bot.Block{Kind: bot.Paragraph, Spans: []bot.Span{bot.T(longText(60, " "))}})
	}
	tests := []struct {
		name  string
		reply bot.Reply
	}{
		{"long paragraph", bot.Reply{Blocks: []bot.Block{{Kind: bot.Paragraph, Spans: []bot.Span{bot.T(longText(5000, " "))}}}}},
		{"long quote", bot.Reply{Blocks: []bot.Block{{Kind: bot.Quote, Spans: []bot.Span{bot.T(longText(3000, " "))}}}}},
		{"many links", bot.Reply{Blocks: []bot.Block{{Kind: bot.Heading, Spans: []bot.Span{bot.T("Digest")}}, {Kind: bot.List, Items: manyLinks}}}},
		{"one huge word", bot.Reply{Blocks: []bot.Block{{Kind: bot.Paragraph, Spans: []bot.Span{bot.T(strings.Repeat("ж*", 6000))}}}}},
		{"emoji", bot.Reply{Blocks: []bot.Block{{Kind: bot.Paragraph, Spans: []bot.Span{bot.T(strings.Repeat("🇺🇦 Київ ", 2000))}}}}},
		{"long heading", bot.Reply{Blocks: []bot.Block{{Kind: bot.Heading, Spans: []bot.Span{bot.T(strings.Repeat("Заголовок_", 60))}}, {Kind: bot.Paragraph, Spans: []bot.Span{bot.T("x")}}}}},
		{"many sections", bot.Reply{Blocks: sections}},
		{"long bold", bot.Reply{Blocks: []bot.Block{{Kind: bot.Paragraph, Spans: []bot.Span{bot.B(longText(1500, " "))}}}}},
	}
	linkRe := regexp.MustCompile(`\[[^\]]*\]\((https://[^)]*)\)`)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			msgs := RenderEmbeds(tc.reply)
			if len(msgs) == 0 {
				t.Fatal("no messages")
			}
			var all strings.Builder
			for i, m := range msgs {
				if err := CheckLimits(m); err != nil {
					t.Errorf("message %d: %v", i, err)
				}
				for _, e := range m.Embeds {
					for _, s := range []string{e.Title, e.Description} {
						if !utf8.ValidString(s) {
							t.Errorf("message %d: invalid UTF-8 (a character was cut)", i)
						}
						if trailingBackslashes(s)%2 == 1 {
							t.Errorf("message %d: text ends in a lone backslash (an escape was cut)", i)
						}
						if strings.Count(s, "**")%2 == 1 {
							t.Errorf("message %d: unbalanced bold markers", i)
						}
					}
					all.WriteString(e.Title + "\n" + e.Description + "\n")
				}
			}
			text := all.String()
			// Nothing lost, nothing out of order: every word of the reply
			// appears, in order.
			plain := tc.reply.Plain()
			at := 0
			for _, w := range regexp.MustCompile(`w[0-9]{4}`).FindAllString(plain, -1) {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Fatalf("word %s missing or out of order", w)
				}
				at += i + len(w)
			}
			// Every link survives whole.
			for _, b := range tc.reply.Blocks {
				for _, it := range b.Items {
					for _, sp := range it {
						if sp.URL != "" && !strings.Contains(text, "("+sp.URL+")") {
							t.Fatalf("link %s was cut or lost", sp.URL)
						}
					}
				}
			}
			if n := len(linkRe.FindAllString(text, -1)); n != len(manyLinks) && tc.name == "many links" {
				t.Errorf("found %d whole links, want %d", n, len(manyLinks))
			}
		})
	}
}

func TestCheckLimits(t *testing.T) {
	ok := func() *discordgo.MessageSend {
		return &discordgo.MessageSend{AllowedMentions: noMentions(), Embeds: []*discordgo.MessageEmbed{{Title: "t", Description: "d"}}}
	}
	tests := []struct {
		name    string
		mutate  func(m *discordgo.MessageSend)
		wantErr string
	}{
		{"fine", func(*discordgo.MessageSend) {}, ""},
		{"content", func(m *discordgo.MessageSend) { m.Content = strings.Repeat("a", 2001) }, "content"},
		{"description counts astral characters twice", func(m *discordgo.MessageSend) { m.Embeds[0].Description = strings.Repeat("😀", 2049) }, "description"},
		{"title", func(m *discordgo.MessageSend) { m.Embeds[0].Title = strings.Repeat("a", 257) }, "title"},
		{"fields", func(m *discordgo.MessageSend) {
			for i := 0; i < 26; i++ {
				m.Embeds[0].Fields = append(m.Embeds[0].Fields, &discordgo.MessageEmbedField{Name: "n", Value: "v"})
			}
		}, "fields"},
		{"field value", func(m *discordgo.MessageSend) {
			m.Embeds[0].Fields = []*discordgo.MessageEmbedField{{Name: "n", Value: strings.Repeat("v", 1025)}}
		}, "field value"},
		{"total", func(m *discordgo.MessageSend) {
			m.Embeds = []*discordgo.MessageEmbed{{Description: strings.Repeat("a", 4000)}, {Description: strings.Repeat("b", 2001)}}
		}, "total"},
		{"no allowed_mentions", func(m *discordgo.MessageSend) { m.AllowedMentions = nil }, "allowed_mentions"},
		{"parse null", func(m *discordgo.MessageSend) { m.AllowedMentions.Parse = nil }, "allowed_mentions"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := ok()
			tc.mutate(m)
			err := CheckLimits(m)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Errorf("error = %v, want one about %s", err, tc.wantErr)
			}
		})
	}
}

func TestAllowedMentionsJSON(t *testing.T) {
	b, err := json.Marshal(RenderEmbeds(bot.Text("x"))[0])
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	json.Unmarshal(b, &m)
	if err := noMentionsJSON(m["allowed_mentions"]); err != nil {
		t.Error(err)
	}
}

func FuzzRenderEmbeds(f *testing.F) {
	f.Add("Russia said @everyone **no**", "https://example.org/a", 3)
	f.Add(strings.Repeat("ж", 5000), "https://example.org/(x)", 40)
	f.Add("\xff\n> # -", "javascript:alert(1)", 1)
	f.Fuzz(func(t *testing.T, text, link string, n int) {
		n = n%60 + 1
		var r bot.Reply
		for i := 0; i < n; i++ {
			r.Blocks = append(r.Blocks,
				bot.Block{Kind: bot.BlockKind(i%6 + 1), Spans: []bot.Span{bot.T(text), bot.L(text, link), bot.B(text)},
					Items: [][]bot.Span{{bot.T(text), bot.L("x", link)}}})
		}
		for i, m := range RenderEmbeds(r) {
			if err := CheckLimits(m); err != nil {
				t.Fatalf("message %d: %v", i, err)
			}
			for _, e := range m.Embeds {
				if !utf8.ValidString(e.Title) || !utf8.ValidString(e.Description) {
					t.Fatalf("message %d: invalid UTF-8", i)
				}
				if pings.MatchString(e.Title) || pings.MatchString(e.Description) {
					t.Fatalf("message %d can ping: %q", i, e.Description)
				}
			}
		}
	})
}

func BenchmarkRenderEmbeds(b *testing.B) {
	r := positionReply()
	for b.Loop() {
		RenderEmbeds(r)
	}
}
