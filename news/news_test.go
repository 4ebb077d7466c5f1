package news

import (
	"slices"
	"testing"
	"time"
)

var testWatchlist = &Watchlist{
	Actors: []Actor{
		{ID: "ruritania", Name: "Ruritania", Aliases: []string{"Ruritania", "Strelsau", "Ruritanian Foreign Ministry"}},
		{ID: "grand_fenwick", Name: "Grand Fenwick", Aliases: []string{"Grand Fenwick", "Duchy"}},
	},
	Topics: []Topic{
		{ID: "canal_toll", Name: "Canal toll", Aliases: []string{"canal toll", "CTX"}},
	},
}

func TestFindActorAcceptsIDsAliasesAnyCase(t *testing.T) {
	tests := []struct {
		name string
		want ActorID
		ok   bool
	}{
		{"ruritania", "ruritania", true},
		{"STRELSAU", "ruritania", true},
		{"ruritanian foreign ministry", "ruritania", true},
		{"grand_fenwick", "grand_fenwick", true},
		{"grand fenwick", "grand_fenwick", true},
		{"Grand-Fenwick", "grand_fenwick", true},
		{"  duchy ", "grand_fenwick", true},
		{"", "", false},
		{"freedonia", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := testWatchlist.FindActor(tt.name)
			if ok != tt.ok || a.ID != tt.want {
				t.Errorf("FindActor(%q) = %q, %v; want %q, %v", tt.name, a.ID, ok, tt.want, tt.ok)
			}
		})
	}
	if tp, ok := testWatchlist.FindTopic("ctx"); !ok || tp.ID != "canal_toll" {
		t.Errorf("FindTopic(ctx) = %q, %v", tp.ID, ok)
	}
}

func TestClosestActorsPutsTheLikeliestFirst(t *testing.T) {
	if got := testWatchlist.ClosestActors("ruritnia", 1); !slices.Equal(got, []ActorID{"ruritania"}) {
		t.Errorf("ClosestActors(ruritnia) = %v", got)
	}
	if got := testWatchlist.ClosestActors("gran", 2); got[0] != "grand_fenwick" {
		t.Errorf("ClosestActors(gran) = %v, want grand_fenwick first", got)
	}
	if got := testWatchlist.ClosestTopics("canal", 5); !slices.Equal(got, []TopicID{"canal_toll"}) {
		t.Errorf("ClosestTopics(canal) = %v", got)
	}
}

func TestPositionChangesAndSince(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 1, d, 0, 0, 0, 0, time.UTC) }
	rec := func(d int, s Stance) Record {
		return Record{Statement: Statement{Stance: s}, Published: day(d)}
	}
	// newest first: oppose since the 5th, support before.
	p := Position{Stance: StanceOppose, Statements: []Record{
		rec(9, StanceOppose), rec(5, StanceOppose), rec(3, StanceSupport), rec(1, StanceSupport),
	}}
	if got := SinceOf(p.Statements); !got.Equal(day(5)) {
		t.Errorf("SinceOf = %v, want the 5th", got)
	}
	ch := p.Changes()
	if len(ch) != 1 || ch[0].From.Stance != StanceSupport || ch[0].To.Stance != StanceOppose || !ch[0].To.Published.Equal(day(5)) {
		t.Errorf("Changes = %+v, want one change support→oppose on the 5th", ch)
	}
	if !SinceOf(nil).IsZero() {
		t.Error("SinceOf(nil) is not zero")
	}
}

func TestParseStance(t *testing.T) {
	for _, s := range []string{"support", "oppose", "neutral"} {
		if got, err := ParseStance(s); err != nil || string(got) != s {
			t.Errorf("ParseStance(%q) = %q, %v", s, got, err)
		}
	}
	for _, s := range []string{"unknown", "Support", ""} {
		if _, err := ParseStance(s); err == nil {
			t.Errorf("ParseStance(%q) accepted", s)
		}
	}
}
