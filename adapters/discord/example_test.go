package discord_test

import (
	"encoding/json"
	"fmt"

	"github.com/stancebot/stancebot/adapters/discord"
	"github.com/stancebot/stancebot/bot"
)

// RenderEmbeds shows what Discord receives for a reply: escaped text,
// embeds, and allowed_mentions that parse nothing.
func ExampleRenderEmbeds() {
	r := bot.Reply{Blocks: []bot.Block{
		{Kind: bot.Heading, Spans: []bot.Span{bot.T("Russia opposes PURL")}},
		{Kind: bot.Quote, Spans: []bot.Span{bot.T("Russia rejected the PURL initiative. @everyone")}},
		{Kind: bot.Context, Spans: []bot.Span{bot.T("Foreign Ministry · "), bot.L("TASS", "https://example.org/a"), bot.T(" · 2026-01-09")}},
	}}
	for _, m := range discord.RenderEmbeds(r) {
		am, _ := json.Marshal(m.AllowedMentions)
		fmt.Println("title:", m.Embeds[0].Title)
		fmt.Printf("description: %q\n", m.Embeds[0].Description)
		fmt.Println("allowed_mentions:", string(am))
	}
	// Output:
	// title: Russia opposes PURL
	// description: "> Russia rejected the PURL initiative. @\u200beveryone\n-# Foreign Ministry · [TASS](https://example.org/a) · 2026-01-09"
	// allowed_mentions: {"parse":[],"replied_user":false}
}
