package slack

import (
	"strings"
	"testing"

	"github.com/stancebot/stancebot/bot"
)

func BenchmarkRenderPosition(b *testing.B) {
	r := positionReply()
	for b.Loop() {
		RenderBlocks(r)
	}
}

// BenchmarkRenderLong renders a 45 KB paragraph, split into several
// messages.
func BenchmarkRenderLong(b *testing.B) {
	r := bot.Reply{Blocks: []bot.Block{{Kind: bot.Paragraph, Spans: []bot.Span{bot.T(strings.Repeat("Russia&rejected ", 3000))}}}}
	b.SetBytes(int64(len(r.Blocks[0].Spans[0].Text)))
	for b.Loop() {
		RenderBlocks(r)
	}
}

func BenchmarkVerify(b *testing.B) {
	v := loadVector(b)
	h, body, now := v.header(), []byte(v.RawBody), v.time(b)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if err := verifyRequest(h, body, v.SigningSecret, now); err != nil {
			b.Fatal(err)
		}
	}
}
