package bot

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/news"
)

var testNow = date("2026-01-27T10:00:00Z")

// call is one question the Mux put to the ledger.
type call struct {
	method string
	actor  news.ActorID
	topic  news.TopicID
	limit  int
}

// recordingLedger wraps memLedger and records every call.
func recordingLedger(recs []news.Record) (*fakeLedger, *[]call) {
	inner := memLedger(recs)
	var (
		mu    sync.Mutex
		calls []call
	)
	add := func(c call) {
		mu.Lock()
		defer mu.Unlock()
		calls = append(calls, c)
	}
	return &fakeLedger{
		PositionFunc: func(ctx context.Context, a news.ActorID, t news.TopicID, limit int) (news.Position, error) {
			add(call{"position", a, t, limit})
			return inner.Position(ctx, a, t, limit)
		},
		StatementsFunc: func(ctx context.Context, a news.ActorID, t news.TopicID, limit int) ([]news.Record, error) {
			add(call{"statements", a, t, limit})
			return inner.Statements(ctx, a, t, limit)
		},
	}, &calls
}

func newTestMux(led news.Ledger) *Mux {
	return NewMux(Options{Watchlist: testWatchlist(), Ledger: led, Now: func() time.Time { return testNow }})
}

func ask(m *Mux, text string) Reply {
	return m.Handle(context.Background(), Message{Platform: "test", Channel: "c", User: "u", Text: text})
}

func TestMuxReadsActorAndTopic(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []call   // ledger calls expected; none when the reply is a question back
		says []string // the reply contains each
		not  []string // and none of these
	}{
		{name: "ids", text: "/position russia purl",
			want: []call{{"position", "russia", "purl", 10}}, says: []string{"Russia opposes PURL since 2026-01-05"}},
		{name: "no slash", text: "position russia purl",
			want: []call{{"position", "russia", "purl", 10}}, says: []string{"Russia opposes PURL"}},
		{name: "any case", text: "/POSITION Russia pUrL",
			want: []call{{"position", "russia", "purl", 10}}, says: []string{"Russia opposes PURL"}},
		{name: "question mark", text: "/position russia purl?",
			want: []call{{"position", "russia", "purl", 10}}, says: []string{"Russia opposes PURL"}},
		{name: "multi-word actor alias", text: "/position russian foreign ministry purl",
			want: []call{{"position", "russia", "purl", 10}}},
		{name: "multi-word alias on both sides", text: "/position Russia's Foreign Ministry prioritised ukraine requirements list",
			want: []call{{"position", "russia", "purl", 10}}},
		{name: "curly apostrophe", text: "/position Russia’s Foreign Ministry PURL",
			want: []call{{"position", "russia", "purl", 10}}},
		{name: "quoted names", text: `/position "Russian Foreign Ministry" "bella 1"`,
			want: []call{{"position", "russia", "tanker_seizure", 10}}, says: []string{"Russia opposes Tanker seizure"}},
		{name: "curly quotes", text: "/position “white house” “tanker seizure”",
			want: []call{{"position", "us", "tanker_seizure", 10}}, says: []string{"United States supports Tanker seizure"}},
		{name: "topic id with underscore", text: "/position russia multinational_force",
			want: []call{{"position", "russia", "multinational_force", 10}}},
		{name: "topic id typed with a space", text: "/position moscow multinational force",
			want: []call{{"position", "russia", "multinational_force", 10}}},
		{name: "alias that is both actor and topic, as topic", text: "/position ukraine EU",
			want: []call{{"position", "ukraine", "eu_membership", 10}}, says: []string{"No statement by Ukraine on EU membership yet."}},
		{name: "alias that is both actor and topic, as actor", text: "/position eu purl",
			want: []call{{"position", "eu", "purl", 10}}, says: []string{"No statement by European Union on PURL yet."}},
		{name: "alias that is both, twice", text: "/position eu eu",
			want: []call{{"position", "eu", "eu_membership", 10}}},
		{name: "two readings", text: "/position un security council reform",
			says: []string{"can be read more than one way", "/position un security_council_reform", "/position unsc security_council_reform"}},
		{name: "two readings settled by quotes", text: `/position "un security council" reform`,
			want: []call{{"position", "unsc", "security_council_reform", 10}}},
		{name: "unknown actor names closest ids", text: "/position russa purl",
			says: []string{"I don't know the actor “russa”", "Closest actors to “russa”: russia", "Usage: /position ACTOR TOPIC"}},
		{name: "unknown multi-word actor", text: "/position russian foreign ministri purl",
			says: []string{"I don't know the actor “russian foreign ministri”", "Closest actors", "russia"}},
		{name: "unknown topic names closest ids", text: "/position russia purll",
			says: []string{"I don't know the topic “purll”", "Closest topics to “purll”: purl"}},
		{name: "both unknown", text: "/position russa purll",
			says: []string{"I can't find an actor and a topic in “russa purll”", "Closest actors to “russa”: russia", "Closest topics to “purll”: purl"}},
		{name: "stray word", text: "/position russia foo purl",
			says: []string{"I found the actor Russia and the topic PURL, but not “foo”"}},
		{name: "topic only", text: "/position purl",
			says: []string{"Which actor?", "Usage: /position ACTOR TOPIC"}},
		{name: "no arguments", text: "/position",
			says: []string{"Usage: /position ACTOR TOPIC", "e.g. /position russia purl"}},
		{name: "actor only gives the overview", text: "/position kremlin",
			want: []call{{"statements", "russia", "", overviewLimit}},
			says: []string{"Russia: latest stance by topic", "opposes PURL", "opposes Tanker seizure", "opposes Multinational force"},
			not:  []string{"supports PURL"}},
		{name: "statements of an actor", text: "/statements russia",
			want: []call{{"statements", "russia", "", 10}}, says: []string{"Latest 6 statements by Russia", "Moscow condemned the seizure"}},
		{name: "statements of a multi-word actor", text: "/statements russian foreign ministry",
			want: []call{{"statements", "russia", "", 10}}},
		{name: "statements on a topic", text: "/statements russia tanker seizure",
			want: []call{{"statements", "russia", "tanker_seizure", 10}},
			says: []string{"Latest statement by Russia on Tanker seizure", "Moscow condemned the seizure"}, not: []string{"PURL"}},
		{name: "statements with nothing", text: "/statements",
			says: []string{"Usage: /statements ACTOR [TOPIC]"}},
		{name: "statements of an unknown actor", text: "/statements moskow",
			says: []string{"I don't know the actor “moskow”", "russia"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			led, calls := recordingLedger(testRecords())
			got := ask(newTestMux(led), tc.text).Plain()
			if !equalCalls(*calls, tc.want) {
				t.Errorf("ledger calls = %v, want %v", *calls, tc.want)
			}
			for _, s := range tc.says {
				if !strings.Contains(got, s) {
					t.Errorf("reply does not say %q:\n%s", s, got)
				}
			}
			for _, s := range tc.not {
				if strings.Contains(got, s) {
					t.Errorf("reply says %q:\n%s", s, got)
				}
			}
		})
	}
}

func equalCalls(a, b []call) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestMuxHistoryLimit(t *testing.T) {
	tests := []struct {
		name  string
		limit int
		want  int
		note  bool // the reply says only the latest are shown
	}{
		{name: "default", limit: 0, want: 10},
		{name: "set", limit: 3, want: 3, note: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			led, calls := recordingLedger(testRecords())
			m := NewMux(Options{Watchlist: testWatchlist(), Ledger: led, HistoryLimit: tc.limit})
			got := ask(m, "/position russia purl").Plain()
			if len(*calls) != 1 || (*calls)[0].limit != tc.want {
				t.Fatalf("ledger calls = %v, want one with limit %d", *calls, tc.want)
			}
			if n := strings.Count(got, "\n  - "); tc.want < 4 && n != tc.want {
				t.Errorf("history shows %d lines, want %d:\n%s", n, tc.want, got)
			}
			if strings.Contains(got, "latest 3 statements are shown") != tc.note {
				t.Errorf("note about the limit: want %v:\n%s", tc.note, got)
			}
		})
	}
}

func TestMuxCommands(t *testing.T) {
	sources := SourceListerFunc(func(context.Context) ([]news.SourceState, error) {
		return []news.SourceState{
			{Source: news.Source{ID: "hindu", Name: "The Hindu", URL: "https://news.example/feed"},
				LastFetched: testNow.Add(-5 * time.Minute), Items: 12, NextCheck: testNow.Add(10 * time.Minute)},
			{Source: news.Source{ID: "tass", URL: "https://tass.example/rss"},
				LastFetched: testNow.Add(-3 * time.Hour), LastError: "fetch https://tass.example/rss: 503 Service Unavailable", ConsecutiveErrors: 4},
			{Source: news.Source{ID: "new", URL: "https://new.example/rss"}},
		}, nil
	})
	tests := []struct {
		name    string
		opts    func(*Options)
		text    string
		says    []string
		not     []string
		private bool // the reply is ephemeral
	}{
		{name: "actors", text: "/actors", private: true,
			says: []string{"Actors (6)", "russia (also Moscow, Kremlin", "us — United States (also Washington, White House)", "unsc — UN Security Council\n"}},
		{name: "topics", text: "/topics", private: true,
			says: []string{"Topics (5)", "purl (also Prioritised Ukraine Requirements List", "eu_membership — EU membership"}},
		{name: "no actors", opts: func(o *Options) { o.Watchlist = nil }, text: "/actors", private: true,
			says: []string{"No actors on the watchlist."}},
		{name: "sources", opts: func(o *Options) { o.Sources = sources }, text: "/sources", private: true,
			says: []string{"Sources (3)",
				"hindu — The Hindu <https://news.example/feed> · fetched 5m ago · 12 items · next check in 10m",
				"tass — tass <https://tass.example/rss> · last tried 3h ago · failing: fetch https://tass.example/rss: 503 Service Unavailable (4 times in a row) · never fetched successfully · 0 items",
				"new — new <https://new.example/rss> · not fetched yet"}},
		{name: "sources not configured", text: "/sources", private: true,
			says: []string{"No sources are configured."}},
		{name: "sources failing", opts: func(o *Options) {
			o.Sources = SourceListerFunc(func(context.Context) ([]news.SourceState, error) { return nil, errors.New("disk on fire") })
		}, text: "/sources", private: true,
			says: []string{"something went wrong"}, not: []string{"disk on fire"}},
		{name: "ledger failing", opts: func(o *Options) {
			o.Ledger = &fakeLedger{PositionFunc: func(context.Context, news.ActorID, news.TopicID, int) (news.Position, error) {
				return news.Position{}, errors.New("database is locked")
			}}
		}, text: "/position russia purl", private: true,
			says: []string{"something went wrong"}, not: []string{"database is locked"}},
		{name: "no ledger", opts: func(o *Options) { o.Ledger = nil }, text: "/position russia purl", private: true,
			says: []string{"ledger is not available"}},
		{name: "help", text: "/help", private: true,
			says: []string{"/position ACTOR TOPIC — an actor's stance", "/statements ACTOR [TOPIC]", "/actors", "/topics", "/sources", "/help [COMMAND]", "Try /position russia purl."}},
		{name: "help on one command", text: "/help statements", private: true,
			says: []string{"Usage: /statements ACTOR [TOPIC]", "e.g. /statements russia"}, not: []string{"/actors"}},
		{name: "empty message gets help", text: "   ", private: true,
			says: []string{"Commands", "/position ACTOR TOPIC"}},
		{name: "unknown command gets help", text: "/frobnicate russia", private: true,
			says: []string{"I don't know the command /frobnicate", "/position ACTOR TOPIC", "/sources"}},
		{name: "help on an unknown command says so, then lists", text: "/help nope", private: true,
			says: []string{"I don't know the command /nope", "/position ACTOR TOPIC", "/help [COMMAND]"}},
		{name: "plain chatter gets help", text: "hello bot", private: true,
			says: []string{"I don't know the command /hello", "/help [COMMAND]"}},
		{name: "the answer is for the channel", text: "/position russia purl", private: false,
			says: []string{"Russia opposes PURL"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := Options{Watchlist: testWatchlist(), Ledger: memLedger(testRecords()), Now: func() time.Time { return testNow }}
			if tc.opts != nil {
				tc.opts(&o)
			}
			r := ask(NewMux(o), tc.text)
			got := r.Plain()
			for _, s := range tc.says {
				if !strings.Contains(got, s) {
					t.Errorf("reply does not say %q:\n%s", s, got)
				}
			}
			for _, s := range tc.not {
				if strings.Contains(got, s) {
					t.Errorf("reply says %q:\n%s", s, got)
				}
			}
			if r.Ephemeral != tc.private {
				t.Errorf("Ephemeral = %v, want %v", r.Ephemeral, tc.private)
			}
		})
	}
}

func TestMuxRegister(t *testing.T) {
	m := newTestMux(memLedger(nil))
	var ran []string
	m.Register(Command{Name: "/Watch", Usage: "/watch ACTOR", Help: "follow an actor", Admin: true,
		Run: func(_ context.Context, msg Message, args []string) Reply {
			ran = append(ran, msg.User+":"+strings.Join(args, ","))
			return Text("watching")
		}})
	m.Register(Command{Name: "digest", Help: "post a digest now",
		Run: func(context.Context, Message, []string) Reply { return Text("digest") }})

	tests := []struct {
		name  string
		admin bool
		text  string
		says  string
		ran   []string
	}{
		{name: "admin runs admin command", admin: true, text: "/watch russia \"white house\"", says: "watching", ran: []string{"u:russia,white house"}},
		{name: "others are refused politely", admin: false, text: "/watch russia", says: "Sorry, /watch is for admins only."},
		{name: "anyone runs the others", admin: false, text: "digest", says: "digest"},
		{name: "help lists the new commands", text: "/help", says: "/watch ACTOR — follow an actor (admins)"},
		{name: "help gives a default usage", text: "/help", says: "/digest — post a digest now"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ran = nil
			got := m.Handle(context.Background(), Message{User: "u", Admin: tc.admin, Text: tc.text}).Plain()
			if !strings.Contains(got, tc.says) {
				t.Errorf("reply does not say %q:\n%s", tc.says, got)
			}
			if strings.Join(ran, "|") != strings.Join(tc.ran, "|") {
				t.Errorf("ran %v, want %v", ran, tc.ran)
			}
		})
	}

	t.Run("commands in order, replacing keeps the place", func(t *testing.T) {
		m.Register(Command{Name: "actors", Help: "replaced", Run: func(context.Context, Message, []string) Reply { return Text("mine") }})
		var names []string
		for _, c := range m.Commands() {
			names = append(names, c.Name)
		}
		want := "position statements actors topics sources help watch digest"
		if got := strings.Join(names, " "); got != want {
			t.Errorf("Commands() = %s, want %s", got, want)
		}
		if got := ask(m, "/actors").Plain(); got != "mine\n" {
			t.Errorf("replaced /actors answered %q", got)
		}
	})

	t.Run("a command without Run is refused", func(t *testing.T) {
		defer func() {
			if recover() == nil {
				t.Error("Register did not panic")
			}
		}()
		m.Register(Command{Name: "broken"})
	})
}

func TestMuxSurvivesPanickingCommand(t *testing.T) {
	var logs bytes.Buffer
	m := NewMux(Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	m.Register(Command{Name: "boom", Run: func(context.Context, Message, []string) Reply { panic("nil map") }})
	got := m.Handle(context.Background(), Message{Text: "/boom secret words"}).Plain()
	if !strings.Contains(got, "something went wrong") {
		t.Errorf("reply = %q, want an apology", got)
	}
	if !strings.Contains(logs.String(), "command panicked") {
		t.Errorf("the panic was not logged:\n%s", logs.String())
	}
	if strings.Contains(logs.String(), "secret words") {
		t.Errorf("the log holds the message text:\n%s", logs.String())
	}
}

func TestMuxConcurrentUse(t *testing.T) {
	m := newTestMux(memLedger(testRecords()))
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				m.Register(Command{Name: "extra", Run: func(context.Context, Message, []string) Reply { return Text("x") }})
			}
			if got := ask(m, "/position russia purl").Plain(); !strings.Contains(got, "Russia opposes PURL") {
				t.Errorf("reply = %q", got)
			}
		}()
	}
	wg.Wait()
}

func TestSplitWords(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{name: "spaces", in: "  /position  russia\tpurl ", want: []string{"/position", "russia", "purl"}},
		{name: "straight quotes", in: `/p "russian foreign ministry" purl`, want: []string{"/p", "russian foreign ministry", "purl"}},
		{name: "curly quotes", in: "/p “bella 1” «foreign  troops»", want: []string{"/p", "bella 1", "foreign troops"}},
		{name: "unclosed quote runs to the end", in: `/p "bella 1`, want: []string{"/p", "bella 1"}},
		{name: "apostrophe is not a quote", in: "/p Russia's Foreign Ministry", want: []string{"/p", "Russia's", "Foreign", "Ministry"}},
		{name: "empty quotes dropped", in: `/p "" purl`, want: []string{"/p", "purl"}},
		{name: "question", in: "/p russia purl?!", want: []string{"/p", "russia", "purl"}},
		{name: "nothing", in: "  ", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := splitWords(tc.in)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
				t.Errorf("splitWords(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
