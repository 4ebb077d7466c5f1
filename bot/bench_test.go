package bot

import (
	"context"
	"fmt"
	"testing"

	"github.com/stancebot/stancebot/news"
)

// bigWatchlist is about the size of shared/eval-dev/watchlist.yaml (39
// entries, 547 aliases): the test watchlist plus 25 actors with 18 aliases
// and 10 topics with 6.
func bigWatchlist() *news.Watchlist {
	w := testWatchlist()
	for i := range 25 {
		a := news.Actor{ID: news.ActorID(fmt.Sprintf("actor%d", i)), Name: fmt.Sprintf("Actor %d", i)}
		for j := range 18 {
			a.Aliases = append(a.Aliases, fmt.Sprintf("Actor %d Ministry Number %d", i, j))
		}
		w.Actors = append(w.Actors, a)
	}
	for i := range 10 {
		t := news.Topic{ID: news.TopicID(fmt.Sprintf("topic%d", i)), Name: fmt.Sprintf("Topic %d", i)}
		for j := range 6 {
			t.Aliases = append(t.Aliases, fmt.Sprintf("Topic %d Plan %d", i, j))
		}
		w.Topics = append(w.Topics, t)
	}
	return w
}

func BenchmarkMuxPosition(b *testing.B) {
	for _, text := range []string{
		"/position russia purl",
		"/position russian foreign ministry prioritised ukraine requirements list",
		"/position russa purll",
	} {
		b.Run(text, func(b *testing.B) {
			m := NewMux(Options{Watchlist: bigWatchlist(), Ledger: memLedger(testRecords())})
			ctx := context.Background()
			for b.Loop() {
				m.Handle(ctx, Message{Text: text})
			}
		})
	}
}
