package bot_test

import (
	"context"
	"fmt"
	"time"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/news"
)

// ledger is a one-statement news.Ledger, standing in for the store.
type ledger struct{ rec news.Record }

func (l ledger) Position(_ context.Context, a news.ActorID, t news.TopicID, _ int) (news.Position, error) {
	if a != l.rec.Actor || t != l.rec.Topic {
		return news.Position{Actor: a, Topic: t, Stance: news.StanceUnknown}, nil
	}
	return news.Position{Actor: a, Topic: t, Stance: l.rec.Stance, Since: l.rec.Published, Statements: []news.Record{l.rec}}, nil
}

func (l ledger) Statements(_ context.Context, a news.ActorID, _ news.TopicID, _ int) ([]news.Record, error) {
	if a != l.rec.Actor {
		return nil, nil
	}
	return []news.Record{l.rec}, nil
}

func (l ledger) StatementsSince(context.Context, time.Time, int) ([]news.Record, error) {
	return []news.Record{l.rec}, nil
}

func ExampleMux() {
	watchlist := &news.Watchlist{
		Actors: []news.Actor{{ID: "russia", Name: "Russia", Aliases: []string{"Moscow", "Russian Foreign Ministry"}}},
		Topics: []news.Topic{{ID: "purl", Name: "PURL", Aliases: []string{"PURL", "Prioritised Ukraine Requirements List"}}},
	}
	published := time.Date(2026, 1, 9, 18, 15, 0, 0, time.FixedZone("IST", 5*3600+1800))
	mux := bot.NewMux(bot.Options{
		Watchlist: watchlist,
		Ledger: ledger{news.Record{
			Statement: news.Statement{Actor: "russia", Topic: "purl", Stance: news.StanceOppose,
				Evidence: "Russia also rejected the continuation of Trump’s Prioritised Ukraine Requirements List (PURL) initiative.",
				Speaker:  "Russian Foreign Ministry"},
			Outlet: "The Hindu", Title: "Russia rejects Trump’s 20-point peace plan for Ukraine",
			URL: "https://news.example/d000", Published: published,
		}},
		Now: func() time.Time { return published.Add(72 * time.Hour) },
	})

	ctx := context.Background()
	for _, text := range []string{
		"/position russian foreign ministry purl",
		"/position russa purl",
	} {
		reply := mux.Handle(ctx, bot.Message{Platform: "console", Text: text})
		fmt.Println(reply.Plain())
	}
	// Output:
	// Russia opposes PURL since 2026-01-09 (3 days ago)
	//   > Russia also rejected the continuation of Trump’s Prioritised Ukraine Requirements List (PURL) initiative.
	//     Russian Foreign Ministry · The Hindu: Russia rejects Trump’s 20-point peace plan for Ukraine <https://news.example/d000> · 2026-01-09
	//
	// I don't know the actor “russa” (the topic PURL is fine).
	//
	// Closest actors to “russa”: russia (/actors lists them all)
	//
	// Usage: /position ACTOR TOPIC
	//     an actor's stance on a topic, with the evidence, the source and how it changed · e.g. /position russia purl
}
