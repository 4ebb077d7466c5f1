package extract_test

import (
	"strings"
	"testing"

	"github.com/stancebot/stancebot/news"
)

// BenchmarkExtractLarge runs one large document (the dev texts joined
// into one paragraph, then with every full stop removed): the work must
// grow about linearly with the text.
func BenchmarkExtractLarge(b *testing.B) {
	r := devRules(b)
	var parts []string
	for _, d := range readDev(b) {
		parts = append(parts, strings.ReplaceAll(d.Text, "\n\n", " "))
	}
	joined := strings.Repeat(strings.Join(parts, " "), 8)
	for _, tc := range []struct {
		name string
		text string
	}{
		{"one-paragraph", joined},
		{"no-sentence-ends", strings.NewReplacer(".", "", "?", "", "!", "").Replace(joined)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.text)))
			for i := 0; i < b.N; i++ {
				r.Extract(news.Document{ID: "big", Text: tc.text})
			}
		})
	}
}
