package app

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/jobs"
	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/notify"
	"github.com/stancebot/stancebot/store/sqlite"
)

// Timeline tests: the real store and dispatcher inside a synctest bubble,
// where time moves only when every goroutine waits, so "between t+30s and
// t+31s" is exact.

var notifyWatchlist = &news.Watchlist{
	Actors: []news.Actor{
		{ID: "russia", Name: "Russia", Aliases: []string{"Russia", "Moscow"}},
		{ID: "us", Name: "United States", Aliases: []string{"US", "Washington"}},
	},
	Topics: []news.Topic{
		{ID: "purl", Name: "PURL", Aliases: []string{"PURL"}},
		{ID: "multinational_force", Name: "Multinational force", Aliases: []string{"multinational force"}},
	},
}

// sentPost is one Send a fake chat platform received.
type sentPost struct {
	at      time.Time
	channel string
	text    string
	err     error
}

// chatRecorder is a fake Sender: it records every call and answers with
// fail(n) for the n-th call (from 1); nil fail means every call succeeds.
type chatRecorder struct {
	now  func() time.Time
	fail func(n int) error

	mu    sync.Mutex
	calls []sentPost
}

func (c *chatRecorder) Send(_ context.Context, channel string, r bot.Reply) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var err error
	if c.fail != nil {
		err = c.fail(len(c.calls) + 1)
	}
	c.calls = append(c.calls, sentPost{at: c.now(), channel: channel, text: r.Plain(), err: err})
	return err
}

// delivered lists the calls that succeeded.
func (c *chatRecorder) delivered() []sentPost {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []sentPost
	for _, p := range c.calls {
		if p.err == nil {
			out = append(out, p)
		}
	}
	return out
}

func (c *chatRecorder) attempts() []sentPost {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]sentPost(nil), c.calls...)
}

type harness struct {
	t      *testing.T
	db     *sqlite.DB
	router *notify.Router
	disp   *notify.Dispatcher
	chat   *chatRecorder
	now    func() time.Time
	items  int
	stop   func()
}

type harnessOptions struct {
	channels []notify.Channel
	start    time.Time // the clock's reading at the start; zero: synctest's
	seeded   bool      // the source has had its first poll
	dispatch func(*notify.DispatcherOptions)
}

var deskChannel = notify.Channel{ID: "desk", Platform: "slack", Target: "C0DESK", Rules: []notify.Rule{{}}}

// newHarness opens a store in a temp dir, with the alert hook, one source
// and a dispatcher running until the test's bubble ends. Call it inside
// synctest.Test.
func newHarness(t *testing.T, o harnessOptions) *harness {
	t.Helper()
	offset := time.Duration(0)
	if !o.start.IsZero() {
		offset = o.start.Sub(time.Now())
	}
	now := func() time.Time { return time.Now().Add(offset) }
	h := &harness{t: t, now: now, chat: &chatRecorder{now: now}}
	h.router = notify.NewRouter(o.channels, notify.RouterOptions{Backfill: -1})
	db, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "stancebot.db"), sqlite.Options{
		Now: now,
		OnSave: func(ctx context.Context, tx *sql.Tx, s sqlite.Saved) error {
			_, err := queueAlerts(ctx, tx, h.router, now(), s)
			return err
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	h.db = db
	if err := db.SyncSources(t.Context(), []news.Source{{ID: "wire", Name: "Wire", URL: "https://wire.example/feed"}}); err != nil {
		t.Fatal(err)
	}
	if o.seeded {
		h.markPolled()
	}
	h.start(o)
	t.Cleanup(func() {
		if h.stop != nil {
			h.stop()
		}
		if err := h.db.Close(); err != nil {
			t.Errorf("close store: %v", err)
		}
	})
	return h
}

func (h *harness) start(o harnessOptions) {
	do := notify.DispatcherOptions{
		Outbox: h.db, Digests: h.db, Channels: o.channels, Now: h.now,
		Poster: chatPoster{watchlist: notifyWatchlist, senders: map[string]bot.Sender{"slack": h.chat}},
		// Every insert here pokes the dispatcher, so it need not poll often;
		// a long poll keeps hours of virtual time cheap.
		PollInterval: time.Minute,
		Muted:        h.router.Muted,
	}
	if o.dispatch != nil {
		o.dispatch(&do)
	}
	h.disp = notify.NewDispatcher(do)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.disp.Run(ctx) }()
	h.stop = sync.OnceFunc(func() {
		cancel()
		if err := <-done; err != nil {
			h.t.Errorf("dispatcher Run: %v", err)
		}
	})
}

// restart stops the dispatcher and starts a new one over the same store.
func (h *harness) restart(o harnessOptions) {
	h.stop()
	h.stop = nil
	h.start(o)
}

// markPolled records a successful poll of the source, so its next items
// are news rather than backlog.
func (h *harness) markPolled() {
	if err := h.db.RecordFetch(h.t.Context(), "wire", news.FetchResult{At: h.now()}); err != nil {
		h.t.Fatal(err)
	}
}

// store saves a new item with one statement, as the poller does, and
// pokes the dispatcher as app.onSaved does.
func (h *harness) store(actor news.ActorID, topic news.TopicID, stance news.Stance, evidence string) {
	h.t.Helper()
	h.items++
	item := news.Item{SourceID: "wire", GUID: fmt.Sprint("item-", h.items), URL: fmt.Sprintf("https://wire.example/%d", h.items),
		Title: fmt.Sprint("Story ", h.items), Published: h.now(), Text: evidence, Hash: fmt.Sprint("hash-", h.items)}
	_, err := h.db.SaveItem(h.t.Context(), item, []news.Statement{{Doc: item.GUID, Actor: actor, Topic: topic, Stance: stance,
		Evidence: evidence, Speaker: "Maria Zakharova", Confidence: 0.9}})
	if err != nil {
		h.t.Fatal(err)
	}
	h.disp.Poke()
}

// sleepUntil advances the bubble's clock to start+d and lets every
// goroutine settle.
func sleepUntil(start time.Time, d time.Duration) {
	time.Sleep(time.Until(start.Add(d)))
	synctest.Wait()
}

func TestAlertsForOneChannelArriveAsOnePostAfterTheGroupWait(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t, harnessOptions{channels: []notify.Channel{deskChannel}, seeded: true})
		start := time.Now()

		sleepUntil(start, time.Second)
		h.store("russia", "purl", news.StanceOppose, "Russia rejected PURL.")
		sleepUntil(start, 1200*time.Millisecond)
		h.store("russia", "multinational_force", news.StanceOppose, "Moscow objected to a multinational force.")

		sleepUntil(start, 31*time.Second-time.Millisecond)
		if n := len(h.chat.attempts()); n != 0 {
			t.Fatalf("%d posts before the group wait of the first alert ended", n)
		}
		sleepUntil(start, 32*time.Second)
		got := h.chat.delivered()
		if len(got) != 1 {
			t.Fatalf("%d posts by t=32s, want 1", len(got))
		}
		if at := got[0].at.Sub(start); at < 31*time.Second || at > 32*time.Second {
			t.Errorf("posted at t=%v, want between 31s and 32s", at)
		}
		if got[0].channel != "C0DESK" || !strings.Contains(got[0].text, "Russia rejected PURL.") ||
			!strings.Contains(got[0].text, "multinational force.") || !strings.HasPrefix(got[0].text, "2 new statements") {
			t.Errorf("post to %s:\n%s", got[0].channel, got[0].text)
		}

		// A statement after the group went out starts a new group.
		sleepUntil(start, 2*time.Minute)
		h.store("us", "purl", news.StanceSupport, "Washington backed PURL.")
		sleepUntil(start, 2*time.Minute+30*time.Second-time.Millisecond)
		if n := len(h.chat.delivered()); n != 1 {
			t.Fatalf("%d posts before the second group's wait ended, want 1", n)
		}
		sleepUntil(start, 2*time.Minute+31*time.Second)
		got = h.chat.delivered()
		if len(got) != 2 || !strings.Contains(got[1].text, "Washington backed PURL.") || strings.Contains(got[1].text, "Russia rejected") {
			t.Fatalf("want a second post with only the new statement, got %d posts", len(got))
		}
	})
}

func TestABurstOfFiftyStatementsIsOneOrTwoPosts(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t, harnessOptions{channels: []notify.Channel{deskChannel}, seeded: true})
		start := time.Now()
		for i := range 50 {
			sleepUntil(start, time.Duration(i)*200*time.Millisecond)
			h.store("russia", "purl", news.StanceOppose, fmt.Sprintf("Russia rejected PURL, statement %02d.", i))
		}
		sleepUntil(start, 5*time.Minute)
		got := h.chat.delivered()
		if len(got) == 0 || len(got) > 2 {
			t.Fatalf("%d posts for a burst of 50, want 1 or 2", len(got))
		}
		if len(got) == 2 && got[1].at.Sub(got[0].at) < time.Second {
			t.Errorf("two posts to one channel %v apart, want at least the 1s post interval", got[1].at.Sub(got[0].at))
		}
		all := ""
		for _, p := range got {
			all += p.text
		}
		for i := range 50 {
			if n := strings.Count(all, fmt.Sprintf("statement %02d.", i)); n != 1 {
				t.Errorf("statement %02d posted %d times", i, n)
			}
		}
	})
}

func TestASourcesFirstPollSeedsWithoutAlerts(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t, harnessOptions{channels: []notify.Channel{deskChannel}})
		start := time.Now()
		h.store("russia", "purl", news.StanceSupport, "Moscow said PURL could help.") // backlog
		h.markPolled()
		sleepUntil(start, time.Hour)
		if n := len(h.chat.attempts()); n != 0 {
			t.Fatalf("the first poll's backlog made %d posts", n)
		}
		h.store("russia", "purl", news.StanceOppose, "Russia rejected PURL.")
		sleepUntil(start, time.Hour+31*time.Second)
		got := h.chat.delivered()
		if len(got) != 1 {
			t.Fatalf("%d posts after the second poll, want 1", len(got))
		}
		// Backlog or not, the ledger knows the old stance: this is a change.
		for _, want := range []string{"Russia changed its position on PURL: support → oppose", "Moscow said PURL could help.", "Russia rejected PURL."} {
			if !strings.Contains(got[0].text, want) {
				t.Errorf("change alert lacks %q:\n%s", want, got[0].text)
			}
		}
	})
}

func TestAMuteSetDuringTheGroupWaitKeepsTheTopicOut(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t, harnessOptions{channels: []notify.Channel{deskChannel}, seeded: true})
		start := time.Now()
		h.store("russia", "purl", news.StanceOppose, "Russia rejected PURL.")
		h.store("russia", "multinational_force", news.StanceOppose, "Moscow objected to a multinational force.")
		sleepUntil(start, 10*time.Second)
		h.router.Mute(notify.Mute{Channel: "desk", Topic: "purl", Until: h.now().Add(time.Hour)})
		sleepUntil(start, time.Minute)
		got := h.chat.delivered()
		if len(got) != 1 || strings.Contains(got[0].text, "Russia rejected PURL.") || !strings.Contains(got[0].text, "multinational force.") {
			t.Fatalf("want one post without the muted topic, got %d: %v", len(got), got)
		}

		// A group whose every alert is muted posts nothing, and is done.
		h.router.Mute(notify.Mute{Channel: "desk", Topic: "purl"})
		h.store("russia", "purl", news.StanceOppose, "Russia rejected PURL once more.")
		sleepUntil(start, time.Minute+10*time.Second)
		h.router.Mute(notify.Mute{Channel: "desk", Topic: "purl", Until: h.now().Add(time.Hour)})
		sleepUntil(start, 2*time.Minute)
		if n := len(h.chat.attempts()); n != 1 {
			t.Errorf("%d sends, want still 1", n)
		}
		posts, err := h.db.Posts(t.Context(), sqlite.PostMuted, 0)
		if err != nil || len(posts) != 1 {
			t.Errorf("muted posts %v, %v; want 1", posts, err)
		}
		if _, waiting, _ := h.db.OldestWaitingAlert(t.Context()); waiting {
			t.Error("muted alerts still waiting")
		}
	})
}

func TestAFailedPostIsRetriedWithBackoffAndDeliveredOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t, harnessOptions{channels: []notify.Channel{deskChannel}, seeded: true})
		h.chat.fail = func(n int) error {
			if n <= 2 {
				return errors.New("slack: 500 internal error")
			}
			return nil
		}
		start := time.Now()
		h.store("russia", "purl", news.StanceOppose, "Russia rejected PURL.")
		sleepUntil(start, 10*time.Minute)
		calls := h.chat.attempts()
		if len(calls) != 3 || len(h.chat.delivered()) != 1 {
			t.Fatalf("%d attempts, %d delivered; want 3 and 1", len(calls), len(h.chat.delivered()))
		}
		wantAt := []time.Duration{30 * time.Second, 35 * time.Second, 45 * time.Second} // backoff 5s, then 10s
		for i, c := range calls {
			if at := c.at.Sub(start); at != wantAt[i] {
				t.Errorf("attempt %d at t=%v, want %v", i+1, at, wantAt[i])
			}
		}
		posts, err := h.db.Posts(t.Context(), "", 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(posts) != 1 || posts[0].State != sqlite.PostDelivered || posts[0].Attempts != 3 {
			t.Errorf("outbox %+v, want one post delivered on attempt 3", posts)
		}
	})
}

func TestAPostWithAnUnknownOutcomeIsRepeatedOnceOnly(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t, harnessOptions{channels: []notify.Channel{deskChannel}, seeded: true})
		h.chat.fail = func(int) error { return fmt.Errorf("post: %w", context.DeadlineExceeded) }
		start := time.Now()
		h.store("russia", "purl", news.StanceOppose, "Russia rejected PURL.")
		sleepUntil(start, time.Hour)
		if n := len(h.chat.attempts()); n != 2 {
			t.Fatalf("%d attempts after timeouts, want 2 (the send and one repeat)", n)
		}
		posts, err := h.db.Posts(t.Context(), "", 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(posts) != 1 || posts[0].State != sqlite.PostUnknown {
			t.Errorf("outbox %+v, want one post given up as unknown", posts)
		}
	})
}

func TestAPostInterruptedByACrashIsRepeatedOnceAtRestart(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		opts := harnessOptions{channels: []notify.Channel{deskChannel}, seeded: true}
		h := newHarness(t, opts)
		start := time.Now()
		// The dispatcher is stopped; alerts wait in the outbox.
		h.stop()
		h.stop = nil
		h.store("russia", "purl", news.StanceOppose, "Russia rejected PURL.")
		h.store("us", "purl", news.StanceSupport, "Washington backed PURL.")
		out := h.db
		// A process groups them and claims the post, then dies mid-send.
		sleepUntil(start, time.Minute)
		body := func(g notify.AlertGroup) []byte {
			var p notify.Post
			for _, b := range g.Payloads {
				var a notify.Alert
				if err := json.Unmarshal(b, &a); err != nil {
					t.Fatal(err)
				}
				p.Alerts = append(p.Alerts, a)
			}
			b, err := json.Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
		if _, err := out.GroupAlerts(t.Context(), h.now(), 1, h.now(), func(g notify.AlertGroup) (notify.NewPost, error) {
			return notify.NewPost{Channel: g.Channel, Platform: g.Platform, Target: g.Target, Key: "crashed:" + string(g.Payloads[0]), Kind: "alert", Body: body(g)}, nil
		}); err != nil {
			t.Fatal(err)
		}
		if _, ok, err := out.ClaimPost(t.Context(), h.now(), nil); !ok || err != nil {
			t.Fatalf("claim: %v %v", ok, err)
		}
		h.start(opts)
		sleepUntil(start, 2*time.Minute)
		got := h.chat.delivered()
		if len(got) != 2 {
			t.Fatalf("%d posts after restart, want 2 (the interrupted one repeated, the other sent)", len(got))
		}
		posts, _ := h.db.Posts(t.Context(), "", 0)
		for _, p := range posts {
			if p.State != sqlite.PostDelivered {
				t.Errorf("post %d is %s", p.ID, p.State)
			}
		}

		// Interrupted again after its repeat: it is not sent a third time.
		h.stop()
		h.stop = nil
		h.store("russia", "multinational_force", news.StanceOppose, "Moscow objected to a multinational force.")
		sleepUntil(start, 3*time.Minute)
		if _, err := out.GroupAlerts(t.Context(), h.now(), 50, h.now(), func(g notify.AlertGroup) (notify.NewPost, error) {
			return notify.NewPost{Channel: g.Channel, Platform: g.Platform, Target: g.Target, Key: "third", Kind: "alert", Body: body(g)}, nil
		}); err != nil {
			t.Fatal(err)
		}
		for range 2 { // claimed, crashed, recovered; claimed, crashed again
			if _, ok, err := out.ClaimPost(t.Context(), h.now(), nil); !ok || err != nil {
				t.Fatalf("claim: %v %v", ok, err)
			}
			if _, err := out.RecoverPosts(t.Context(), h.now()); err != nil {
				t.Fatal(err)
			}
		}
		h.start(opts)
		sleepUntil(start, 4*time.Minute)
		if n := len(h.chat.attempts()); n != 2 {
			t.Errorf("%d sends, want still 2: a post whose outcome was unknown twice is not sent again", n)
		}
	})
}

func TestDigestsFollowTheScheduleInTheChannelsZone(t *testing.T) {
	kyiv, err := time.LoadLocation("Europe/Kyiv")
	if err != nil {
		t.Skipf("no zone data: %v", err)
	}
	sched, err := jobs.ParseSchedule("CRON_TZ=Europe/Kyiv 0 8 * * 1-5")
	if err != nil {
		t.Fatal(err)
	}
	ch := notify.Channel{ID: "desk", Platform: "slack", Target: "C0DESK",
		Digest: &notify.DigestSpec{Spec: "CRON_TZ=Europe/Kyiv 0 8 * * 1-5", Schedule: sched, Location: kyiv}}
	synctest.Test(t, func(t *testing.T) {
		// Thursday 8 January 2026, 07:00 in Kyiv (UTC+2).
		start := time.Date(2026, 1, 8, 7, 0, 0, 0, kyiv)
		opts := harnessOptions{channels: []notify.Channel{ch}, start: start, seeded: true,
			dispatch: func(o *notify.DispatcherOptions) { o.PollInterval = time.Hour }}
		h := newHarness(t, opts)
		bubble := time.Now()
		at := func(d time.Duration) { sleepUntil(bubble, d) }

		at(30 * time.Minute)
		h.store("russia", "purl", news.StanceOppose, "Russia rejected PURL.")
		at(time.Hour - time.Millisecond)
		if n := len(h.chat.attempts()); n != 0 {
			t.Fatalf("%d posts before 08:00", n)
		}
		at(time.Hour + time.Second)
		got := h.chat.delivered()
		if len(got) != 1 || !strings.Contains(got[0].text, "Russia rejected PURL.") || !strings.Contains(got[0].text, "Thu 8 Jan 2026 08:00 EET") {
			t.Fatalf("want Thursday's 08:00 digest with the statement, got %d posts: %v", len(got), got)
		}
		if at := got[0].at.In(kyiv); at.Hour() != 8 || at.Minute() != 0 || at.Second() != 0 {
			t.Errorf("digest posted at %v", at)
		}

		// Friday has nothing new: an empty period posts nothing.
		// Saturday a statement comes; the weekend has no digest; a restart
		// on Sunday changes nothing; Monday 08:00 lists it.
		at(2*24*time.Hour + 5*time.Hour) // Saturday 12:00
		h.store("us", "purl", news.StanceSupport, "Washington backed PURL.")
		at(3*24*time.Hour + 5*time.Hour) // Sunday 12:00
		h.restart(opts)
		at(4*24*time.Hour + time.Hour - time.Millisecond) // Monday 07:59:59.999
		if n := len(h.chat.delivered()); n != 1 {
			t.Fatalf("%d posts by Monday morning, want only Thursday's", n)
		}
		at(4*24*time.Hour + time.Hour + time.Second)
		got = h.chat.delivered()
		if len(got) != 2 || !strings.Contains(got[1].text, "Washington backed PURL.") || strings.Contains(got[1].text, "Russia rejected") {
			t.Fatalf("want Monday's digest with only the weekend's statement, got %d posts", len(got))
		}
		// A restart in the same minute does not post Monday's digest again.
		h.restart(opts)
		at(4*24*time.Hour + 2*time.Hour)
		if n := len(h.chat.delivered()); n != 2 {
			t.Errorf("%d posts after a restart, want still 2", n)
		}
	})
}

func TestIngestQueuesAlertsAndAConsoleRunPostsThemOnce(t *testing.T) {
	feedDir := t.TempDir()
	feed := filepath.Join(feedDir, "feed.xml")
	cfgPath := writeConfig(t, `store: stancebot.db
watchlist: watchlist.yaml
sources:
  - id: wire
    name: Wire
    url: file://`+feed+`
    schedule: "@every 1h"
channels:
  - id: desk
    platform: console
    alerts:
      - topics: [purl]
`)
	cfg, err := config.Load(cfgPath, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	open := func(stdout io.Writer) *App {
		t.Helper()
		a, err := New(t.Context(), cfg, Options{Stdout: stdout, GroupWait: time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = a.Close() })
		return a
	}

	// ingest --once twice: the first poll seeds, the second queues alerts.
	crashFeed(t, feed, 0)
	a := open(io.Discard)
	if _, _, err := a.Ingest(t.Context()); err != nil {
		t.Fatal(err)
	}
	crashFeed(t, feed, 1)
	if _, _, err := a.Ingest(t.Context()); err != nil {
		t.Fatal(err)
	}
	_ = a.Close()
	time.Sleep(10 * time.Millisecond) // past the group wait

	var out bytes.Buffer
	if err := open(&out).Run(t.Context()); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	if !strings.Contains(text, "[#desk]\n10 new statements") {
		t.Fatalf("run did not post the queued alerts:\n%s", text)
	}
	for i := 1; i <= crashBatchSize; i++ {
		if n := strings.Count(text, fmt.Sprintf("note S%05d.", i)); n != 1 {
			t.Errorf("statement S%05d posted %d times", i, n)
		}
	}
	if strings.Contains(text, "S00000") {
		t.Error("the seeding poll's item was alerted")
	}

	out.Reset()
	if err := open(&out).Run(t.Context()); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "[#desk]") {
		t.Errorf("a second run posted again:\n%s", out.String())
	}
}
