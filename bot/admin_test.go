package bot

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/notify"
	"github.com/stancebot/stancebot/notify/notifytest"
)

// adminFixture is a Mux with the admin commands over a real notify Router,
// its rules kept in memory.
type adminFixture struct {
	mux     *Mux
	router  *notify.Router
	rules   *notifytest.RuleStore
	digests []string
}

func newAdminFixture(t *testing.T, channels ...notify.Channel) *adminFixture {
	t.Helper()
	f := &adminFixture{router: notify.NewRouter(channels, notify.RouterOptions{}), rules: &notifytest.RuleStore{}}
	now := func() time.Time { return alertT0 }
	settings := notify.NewSettings(f.router, f.rules, now)
	if err := settings.Load(t.Context()); err != nil {
		t.Fatal(err)
	}
	usPurl := alertRec(1, "us", "purl", news.StanceSupport, "Washington backed PURL.")
	admin := NewAdmin(AdminOptions{
		Settings: settings, Watchlist: testWatchlist(), Now: now,
		Ledger: &fakeLedger{StatementsSinceFunc: func(context.Context, time.Time, int) ([]news.Record, error) {
			return []news.Record{usPurl}, nil
		}},
		Digester: DigesterFunc(func(_ context.Context, ch string) (int, bool, error) {
			f.digests = append(f.digests, ch)
			return 3, true, nil
		}),
	})
	f.mux = NewMux(Options{Watchlist: testWatchlist()})
	for _, c := range admin.Commands() {
		f.mux.Register(c)
	}
	return f
}

func (f *adminFixture) say(platform, channel string, admin bool, text string) string {
	return f.mux.Handle(context.Background(), Message{Platform: platform, Channel: channel, User: "U1", Admin: admin, Text: text}).Plain()
}

// alertsFor routes a new statement and lists the channels it reaches.
func (f *adminFixture) alertsFor(r news.Record) []string {
	var out []string
	for ch := range f.router.Route(notify.Saved{Published: alertT0, Records: []news.Record{r}}, alertT0) {
		out = append(out, ch)
	}
	slices.Sort(out)
	return out
}

func TestHelpMarksAdminCommandsOnce(t *testing.T) {
	got := newAdminFixture(t).say("slack", "C9", true, "/help")
	for _, cmd := range []string{"/watch add", "/digest now", "/mute TOPIC DURATION"} {
		var line string
		for l := range strings.Lines(got) {
			if strings.Contains(l, cmd) {
				line = l
			}
		}
		if n := strings.Count(line, "(admins)"); n != 1 {
			t.Errorf("/help line for %s says (admins) %d times, want once: %q", cmd, n, line)
		}
	}
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
	if ms, _ := f.rules.Mutes(t.Context(), alertT0); len(ms) != 0 {
		t.Errorf("a refused /mute stored %v", ms)
	}
	if len(f.digests) != 0 {
		t.Errorf("a refused /digest made digests: %v", f.digests)
	}
}

func TestWatchAddListRemove(t *testing.T) {
	f := newAdminFixture(t, notify.Channel{ID: "desk", Platform: "slack", Target: "C1", Rules: []notify.Rule{{Actors: []news.ActorID{"us"}}}})
	purl := alertRec(1, "russia", "purl", news.StanceOppose, "Russia rejected PURL.")
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
		notify.Channel{ID: "desk", Platform: "slack", Target: "C1", Rules: []notify.Rule{{}}},
		notify.Channel{ID: "wire", Platform: "slack", Target: "C2", Rules: []notify.Rule{{}}})
	purl := alertRec(1, "russia", "purl", news.StanceOppose, "Russia rejected PURL.")
	got := f.say("slack", "C1", true, "/mute PURL 2h")
	if !strings.Contains(got, "Alerts on PURL are muted in this channel until 2026-01-09 14:00 UTC.") {
		t.Errorf("/mute answered %q", got)
	}
	if got := f.alertsFor(purl); !slices.Equal(got, []string{"wire"}) {
		t.Errorf("muted in desk, alerts reach %v", got)
	}
	if r := f.router.Route(notify.Saved{Published: alertT0, Records: []news.Record{purl}}, alertT0.Add(2*time.Hour)); len(r["desk"]) != 1 {
		t.Error("the mute did not end after 2h")
	}
	if list := f.say("slack", "C1", true, "/watch list"); !strings.Contains(list, "Muted: PURL until 2026-01-09 14:00 UTC") {
		t.Errorf("/watch list does not show the mute:\n%s", list)
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
	withDigest := notify.Channel{ID: "desk", Platform: "console", Digest: &notify.DigestSpec{Spec: "0 8 * * *"}}
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

func TestParseMuteDuration(t *testing.T) {
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
			got, err := parseMuteDuration(tt.in)
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("parseMuteDuration(%q) = %v, %v", tt.in, got, err)
			}
		})
	}
}
