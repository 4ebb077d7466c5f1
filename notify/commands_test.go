package notify

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/news"
)

// memRules is an in-memory RuleStore.
type memRules struct {
	mu    sync.Mutex
	next  int64
	rules []StoredRule
	mutes map[muteKey]time.Time
}

func (m *memRules) AddWatchRule(_ context.Context, r StoredRule) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.next++
	r.ID = m.next
	m.rules = append(m.rules, r)
	return r.ID, nil
}

func (m *memRules) RemoveWatchRule(_ context.Context, channel string, id int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	i := slices.IndexFunc(m.rules, func(r StoredRule) bool { return r.ID == id && r.Channel == channel })
	if i < 0 {
		return news.ErrNotFound
	}
	m.rules = slices.Delete(m.rules, i, i+1)
	return nil
}

func (m *memRules) WatchRules(context.Context) ([]StoredRule, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.rules), nil
}

func (m *memRules) SetMute(_ context.Context, mu Mute) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.mutes == nil {
		m.mutes = map[muteKey]time.Time{}
	}
	m.mutes[muteKey{mu.Channel, mu.Topic}] = mu.Until
	return nil
}

func (m *memRules) Mutes(_ context.Context, now time.Time) ([]Mute, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Mute
	for k, u := range m.mutes {
		if u.After(now) {
			out = append(out, Mute{Channel: k.channel, Topic: k.topic, Until: u})
		}
	}
	return out, nil
}

// fakeLedger answers StatementsSince with recs.
type fakeLedger struct {
	news.Ledger
	recs []news.Record
}

func (l fakeLedger) StatementsSince(context.Context, time.Time, int) ([]news.Record, error) {
	return l.recs, nil
}

type adminFixture struct {
	mux     *bot.Mux
	router  *Router
	rules   *memRules
	digests []string
}

func newAdminFixture(t *testing.T, channels ...Channel) *adminFixture {
	t.Helper()
	f := &adminFixture{router: NewRouter(channels, RouterOptions{}), rules: &memRules{}}
	admin := NewAdmin(AdminOptions{
		Router: f.router, Rules: f.rules, Watchlist: testWatchlist, Now: func() time.Time { return t0 },
		Ledger: fakeLedger{recs: []news.Record{rec(1, "us", "purl", news.StanceSupport, "Washington backed PURL.")}},
		Digester: DigesterFunc(func(_ context.Context, ch string) (int, bool, error) {
			f.digests = append(f.digests, ch)
			return 3, true, nil
		}),
	})
	if err := admin.Load(t.Context()); err != nil {
		t.Fatal(err)
	}
	f.mux = bot.NewMux(bot.Options{Watchlist: testWatchlist})
	for _, c := range admin.Commands() {
		f.mux.Register(c)
	}
	return f
}

func (f *adminFixture) say(platform, channel string, admin bool, text string) string {
	return f.mux.Handle(context.Background(), bot.Message{Platform: platform, Channel: channel, User: "U1", Admin: admin, Text: text}).Plain()
}

// alertsFor routes a new Russia/PURL statement and lists the channels it
// reaches.
func (f *adminFixture) alertsFor(r news.Record) []string {
	var out []string
	for ch := range f.router.Route(Saved{Published: t0, Records: []news.Record{r}}, t0) {
		out = append(out, ch)
	}
	slices.Sort(out)
	return out
}

func TestAdminCommandsAreRefusedToOthersAndChangeNothing(t *testing.T) {
	f := newAdminFixture(t)
	for _, cmd := range []string{"/watch add russia purl", "/mute purl 2h", "/digest now", "/watch list"} {
		got := f.say("slack", "C9", false, cmd)
		if !strings.Contains(got, "is for admins only") {
			t.Errorf("%s by a non-admin: %q", cmd, got)
		}
	}
	if rules, _ := f.rules.WatchRules(t.Context()); len(rules) != 0 {
		t.Errorf("a refused /watch stored %d rules", len(rules))
	}
	if ms, _ := f.rules.Mutes(t.Context(), t0); len(ms) != 0 {
		t.Errorf("a refused /mute stored %v", ms)
	}
	if len(f.digests) != 0 {
		t.Errorf("a refused /digest made digests: %v", f.digests)
	}
}

func TestWatchAddListRemove(t *testing.T) {
	f := newAdminFixture(t, Channel{ID: "desk", Platform: "slack", Target: "C1", Rules: []Rule{{Actors: []news.ActorID{"us"}}}})
	purl := rec(1, "russia", "purl", news.StanceOppose, "Russia rejected PURL.")
	if got := f.alertsFor(purl); len(got) != 0 {
		t.Fatalf("alerts before any /watch: %v", got)
	}

	got := f.say("slack", "C9", true, "/watch add Moscow PURL oppose")
	if !strings.Contains(got, "Watching in this channel: Russia · PURL · oppose · on new statements and position changes.") {
		t.Errorf("/watch add answered %q", got)
	}
	if got := f.alertsFor(purl); !slices.Equal(got, []string{"slack:C9"}) {
		t.Errorf("after /watch add in C9, alerts reach %v", got)
	}
	// A rule added in a configured channel joins its config rules.
	f.say("slack", "C1", true, "/watch add purl")
	if got := f.alertsFor(purl); !slices.Equal(got, []string{"desk", "slack:C9"}) {
		t.Errorf("after /watch add in C1, alerts reach %v", got)
	}
	list := f.say("slack", "C1", true, "/watch list")
	for _, want := range []string{"config · United States · any topic", "2 · any actor · PURL"} {
		if !strings.Contains(list, want) {
			t.Errorf("/watch list lacks %q:\n%s", want, list)
		}
	}
	if got := f.say("slack", "C1", true, "/watch remove 1"); !strings.Contains(got, "no rule 1") {
		t.Errorf("removing C9's rule from C1: %q", got)
	}
	if got := f.say("slack", "C9", true, "/watch remove 1"); !strings.Contains(got, "Rule 1 removed") {
		t.Errorf("/watch remove 1: %q", got)
	}
	if got := f.alertsFor(purl); !slices.Equal(got, []string{"desk"}) {
		t.Errorf("after /watch remove, alerts reach %v", got)
	}
	if got := f.say("slack", "C9", true, "/watch add rusia"); !strings.Contains(got, "closest actor: russia") {
		t.Errorf("a typo: %q", got)
	}
}

func TestMuteSilencesATopicInOneChannelForAWhile(t *testing.T) {
	f := newAdminFixture(t,
		Channel{ID: "desk", Platform: "slack", Target: "C1", Rules: []Rule{{}}},
		Channel{ID: "wire", Platform: "slack", Target: "C2", Rules: []Rule{{}}})
	purl := rec(1, "russia", "purl", news.StanceOppose, "Russia rejected PURL.")
	got := f.say("slack", "C1", true, "/mute PURL 2h")
	if !strings.Contains(got, "Alerts on PURL are muted in this channel until 2026-01-09 14:00 UTC.") {
		t.Errorf("/mute answered %q", got)
	}
	if got := f.alertsFor(purl); !slices.Equal(got, []string{"wire"}) {
		t.Errorf("muted in desk, alerts reach %v", got)
	}
	if r := f.router.Route(Saved{Published: t0, Records: []news.Record{purl}}, t0.Add(2*time.Hour)); len(r["desk"]) != 1 {
		t.Error("the mute did not end after 2h")
	}
	f.say("slack", "C1", true, "/mute purl off")
	if got := f.alertsFor(purl); !slices.Equal(got, []string{"desk", "wire"}) {
		t.Errorf("after /mute off, alerts reach %v", got)
	}
	for _, bad := range []string{"/mute purl", "/mute purl forever", "/mute nothing 2h", "/mute purl -1h"} {
		if got := f.say("slack", "C1", true, bad); !strings.Contains(got, "Usage: /mute TOPIC DURATION") {
			t.Errorf("%s answered %q", bad, got)
		}
	}
}

func TestDigestNow(t *testing.T) {
	withDigest := Channel{ID: "desk", Platform: "console", Digest: &DigestSpec{Spec: "0 8 * * *"}}
	f := newAdminFixture(t, withDigest)
	if got := f.say("console", "console", true, "/digest now"); !strings.Contains(got, "Posting the digest now: 3 new statements.") {
		t.Errorf("/digest now answered %q", got)
	}
	if !slices.Equal(f.digests, []string{"desk"}) {
		t.Errorf("digests made for %v, want desk", f.digests)
	}
	// A channel without a digest gets the last 24 hours as the answer.
	got := f.say("slack", "C7", true, "/digest")
	if !strings.Contains(got, "Washington backed PURL.") || !strings.Contains(got, "last 24 hours") {
		t.Errorf("/digest in a channel without one:\n%s", got)
	}
}

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"90m", 90 * time.Minute, true}, {"2h30m", 150 * time.Minute, true}, {"3d", 72 * time.Hour, true},
		{"1w", 7 * 24 * time.Hour, true}, {"0s", 0, false}, {"-2h", 0, false}, {"2y", 0, false}, {"400d", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDuration(tt.in)
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("ParseDuration(%q) = %v, %v", tt.in, got, err)
			}
		})
	}
}
