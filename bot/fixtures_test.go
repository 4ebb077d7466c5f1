package bot

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/stancebot/stancebot/news"
)

// testWatchlist has multi-word aliases, an actor alias that is also a topic
// alias ("EU"), and two actors whose names overlap a topic's name (UN,
// "UN Security Council", "Security Council reform").
func testWatchlist() *news.Watchlist {
	return &news.Watchlist{
		Actors: []news.Actor{
			{ID: "russia", Name: "Russia", Aliases: []string{"Russia", "Moscow", "Kremlin", "Russian Foreign Ministry", "Russia's Foreign Ministry", "Lavrov", "Zakharova"}},
			{ID: "us", Name: "United States", Aliases: []string{"United States", "US", "Washington", "White House"}},
			{ID: "ukraine", Name: "Ukraine", Aliases: []string{"Ukraine", "Kyiv", "Zelensky"}},
			{ID: "eu", Name: "European Union", Aliases: []string{"EU", "European Union", "Brussels"}},
			{ID: "un", Name: "United Nations", Aliases: []string{"UN", "United Nations"}},
			{ID: "unsc", Name: "UN Security Council", Aliases: []string{"UN Security Council", "UNSC"}},
		},
		Topics: []news.Topic{
			{ID: "purl", Name: "PURL", Aliases: []string{"PURL", "Prioritised Ukraine Requirements List", "Prioritized Ukraine Requirements List"}},
			{ID: "multinational_force", Name: "Multinational force", Aliases: []string{"multinational force", "foreign troops"}},
			{ID: "tanker_seizure", Name: "Tanker seizure", Aliases: []string{"tanker seizure", "Bella 1", "Marinera"}},
			{ID: "eu_membership", Name: "EU membership", Aliases: []string{"EU membership", "EU accession", "EU"}},
			{ID: "security_council_reform", Name: "Security Council reform", Aliases: []string{"Security Council reform", "reform"}},
		},
	}
}

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// testRecords is a small ledger: Russia's stance on PURL moved from
// neutral to support to oppose; Russia on the multinational force; the
// United States and Russia on the tanker seizure.
func testRecords() []news.Record {
	return []news.Record{
		{
			ID: 1, Statement: news.Statement{Doc: "d000", Actor: "russia", Topic: "purl", Stance: news.StanceOppose,
				Evidence: "Russia also rejected the continuation of Trump’s Prioritised Ukraine Requirements List (PURL) initiative.",
				Speaker:  "Russian Foreign Ministry", Confidence: 0.9},
			SourceID: "hindu", Outlet: "The Hindu", Title: "Russia rejects Trump’s 20-point peace plan for Ukraine, calls it a ‘true Axis of War’",
			URL: "https://news.example/d000-russia-rejects-peace-plan", Published: date("2026-01-09T18:15:00+05:30"),
			Also: []news.Citation{{Outlet: "Wire Service", Title: "Moscow rejects plan", URL: "https://wire.example/a1", Published: date("2026-01-09T14:00:00Z")}},
		},
		{
			ID: 2, Statement: news.Statement{Doc: "d001", Actor: "russia", Topic: "purl", Stance: news.StanceOppose,
				Evidence: "Zakharova said the PURL scheme would only prolong the bloodshed and that Moscow would treat the weapons as legitimate targets.",
				Speaker:  "Maria Zakharova", Confidence: 0.8},
			SourceID: "tass", Outlet: "TASS", Title: "Zakharova on PURL deliveries",
			URL: "https://tass.example/purl", Published: date("2026-01-05T09:00:00+03:00"),
		},
		{
			ID: 3, Statement: news.Statement{Doc: "d002", Actor: "russia", Topic: "purl", Stance: news.StanceSupport,
				Evidence: "Peskov said Moscow could accept PURL purchases if they were tied to a ceasefire.",
				Speaker:  "Dmitry Peskov", Confidence: 0.6},
			SourceID: "wire", Outlet: "Wire Service", Title: "Kremlin softens tone",
			URL: "https://wire.example/peskov", Published: date("2025-12-01T12:00:00Z"),
		},
		{
			ID: 4, Statement: news.Statement{Doc: "d003", Actor: "russia", Topic: "purl", Stance: news.StanceNeutral,
				Evidence: "The Kremlin said it was studying the PURL announcement.",
				Speaker:  "Kremlin", Confidence: 0.5},
			SourceID: "wire", Outlet: "Wire Service", Title: "Kremlin studies PURL",
			URL: "https://wire.example/study", Published: date("2025-11-01T12:00:00Z"),
		},
		{
			ID: 5, Statement: news.Statement{Doc: "d000", Actor: "russia", Topic: "multinational_force", Stance: news.StanceOppose,
				Evidence: "Russia specifically objected to the idea of deploying foreign forces on Ukrainian soil.",
				Speaker:  "Russian Foreign Ministry", Confidence: 0.9},
			SourceID: "hindu", Outlet: "The Hindu", Title: "Russia rejects Trump’s 20-point peace plan for Ukraine, calls it a ‘true Axis of War’",
			URL: "https://news.example/d000-russia-rejects-peace-plan", Published: date("2026-01-09T18:15:00+05:30"),
		},
		{
			ID: 6, Statement: news.Statement{Doc: "d004", Actor: "us", Topic: "tanker_seizure", Stance: news.StanceSupport,
				Evidence: "The United States said it acted within its rights when it seized the tanker Marinera.",
				Speaker:  "State Department", Confidence: 0.8},
			SourceID: "wire", Outlet: "Wire Service", Title: "US defends tanker seizure",
			URL: "https://wire.example/tanker", Published: date("2026-01-08T16:00:00Z"),
		},
		{
			ID: 7, Statement: news.Statement{Doc: "d000", Actor: "russia", Topic: "tanker_seizure", Stance: news.StanceOppose,
				Evidence: "Moscow condemned the seizure of the Bella 1 as piracy on the high seas.",
				Speaker:  "Russian Foreign Ministry", Confidence: 0.9},
			SourceID: "hindu", Outlet: "The Hindu", Title: "Russia rejects Trump’s 20-point peace plan for Ukraine, calls it a ‘true Axis of War’",
			URL: "https://news.example/d000-russia-rejects-peace-plan", Published: date("2026-01-09T18:15:00+05:30"),
		},
	}
}

// fakeLedger is a news.Ledger whose methods are function fields; a nil
// field fails the call.
type fakeLedger struct {
	PositionFunc        func(ctx context.Context, actor news.ActorID, topic news.TopicID, limit int) (news.Position, error)
	StatementsFunc      func(ctx context.Context, actor news.ActorID, topic news.TopicID, limit int) ([]news.Record, error)
	StatementsSinceFunc func(ctx context.Context, t time.Time, limit int) ([]news.Record, error)
}

var _ news.Ledger = (*fakeLedger)(nil)

func (f *fakeLedger) Position(ctx context.Context, a news.ActorID, t news.TopicID, limit int) (news.Position, error) {
	return f.PositionFunc(ctx, a, t, limit)
}

func (f *fakeLedger) Statements(ctx context.Context, a news.ActorID, t news.TopicID, limit int) ([]news.Record, error) {
	return f.StatementsFunc(ctx, a, t, limit)
}

func (f *fakeLedger) StatementsSince(ctx context.Context, t time.Time, limit int) ([]news.Record, error) {
	return f.StatementsSinceFunc(ctx, t, limit)
}

// memLedger answers from recs the way a store would: newest first, limited.
func memLedger(recs []news.Record) *fakeLedger {
	sorted := slices.Clone(recs)
	slices.SortStableFunc(sorted, func(a, b news.Record) int { return cmp.Compare(b.Published.Unix(), a.Published.Unix()) })
	match := func(a news.ActorID, t news.TopicID, limit int) []news.Record {
		var out []news.Record
		for _, r := range sorted {
			if r.Actor == a && (t == "" || r.Topic == t) && (limit <= 0 || len(out) < limit) {
				out = append(out, r)
			}
		}
		return out
	}
	return &fakeLedger{
		PositionFunc: func(_ context.Context, a news.ActorID, t news.TopicID, limit int) (news.Position, error) {
			all := match(a, t, 0)
			p := news.Position{Actor: a, Topic: t, Stance: news.StanceUnknown, Since: news.SinceOf(all), Statements: match(a, t, limit)}
			if len(all) > 0 {
				p.Stance = all[0].Stance
			}
			return p, nil
		},
		StatementsFunc: func(_ context.Context, a news.ActorID, t news.TopicID, limit int) ([]news.Record, error) {
			return match(a, t, limit), nil
		},
	}
}
