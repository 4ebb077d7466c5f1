package notify_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/notify"
	"github.com/stancebot/stancebot/notify/notifytest"
)

var dispatchT0 = time.Date(2026, 1, 9, 12, 0, 0, 0, time.UTC)

func statement(id int64, topic news.TopicID, evidence string) news.Record {
	return news.Record{ID: id, Statement: news.Statement{Actor: "russia", Topic: topic, Stance: news.StanceOppose, Evidence: evidence},
		Outlet: "Wire", URL: "https://example.org/a", Published: dispatchT0}
}

func encode(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// outcome is what the dispatcher recorded for the one post it claimed.
type outcome struct {
	state string // delivered, failed, unknown
	next  time.Time
}

// deliverOnce has a dispatcher Flush one claimed post through poster and
// returns what it recorded and how many times poster was called.
func deliverOnce(t *testing.T, p notify.QueuedPost, poster notify.PosterFunc) (outcome, int) {
	t.Helper()
	var got []outcome
	claimed := false
	out := &notifytest.Outbox{
		ClaimPostFunc: func(context.Context, time.Time, []string) (notify.QueuedPost, bool, error) {
			if claimed {
				return notify.QueuedPost{}, false, nil
			}
			claimed = true
			return p, true, nil
		},
		PostDeliveredFunc: func(context.Context, int64, int, time.Time) error {
			got = append(got, outcome{state: "delivered"})
			return nil
		},
		PostFailedFunc: func(_ context.Context, _ int64, _ int, _ time.Time, _ string, next time.Time) error {
			got = append(got, outcome{state: "failed", next: next})
			return nil
		},
		PostUnknownFunc: func(_ context.Context, _ int64, _ int, _ time.Time, _ string, next time.Time) error {
			got = append(got, outcome{state: "unknown", next: next})
			return nil
		},
	}
	calls := 0
	d := notify.NewDispatcher(notify.DispatcherOptions{
		Outbox: out, Now: func() time.Time { return dispatchT0 }, MinBackoff: 5 * time.Second, MaxAttempts: 3,
		Poster: notify.PosterFunc(func(ctx context.Context, ch notify.Channel, post notify.Post) error {
			calls++
			return poster(ctx, ch, post)
		}),
	})
	if err := d.Flush(t.Context()); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("recorded %v, want one outcome", got)
	}
	return got[0], calls
}

func TestDeliveryOutcomesFollowThePostersError(t *testing.T) {
	alerts := encode(t, notify.Post{Alerts: []notify.Alert{{Event: notify.EventStatement, Record: statement(1, "purl", "Russia rejected PURL.")}}})
	tests := []struct {
		name      string
		body      []byte
		attempts  int
		err       error
		want      outcome
		wantCalls int
	}{
		{"sent", alerts, 1, nil, outcome{state: "delivered"}, 1},
		{"an error is retried after the backoff", alerts, 1, errors.New("slack: 500"), outcome{state: "failed", next: dispatchT0.Add(5 * time.Second)}, 1},
		{"the backoff doubles", alerts, 2, errors.New("slack: 500"), outcome{state: "failed", next: dispatchT0.Add(10 * time.Second)}, 1},
		{"the last attempt gives up", alerts, 3, errors.New("slack: 500"), outcome{state: "failed"}, 1},
		{"an unknown outcome is marked so", alerts, 1, fmt.Errorf("slack: %w", notify.ErrUnknownOutcome), outcome{state: "unknown", next: dispatchT0.Add(5 * time.Second)}, 1},
		{"a timeout is an unknown outcome", alerts, 1, fmt.Errorf("post: %w", context.DeadlineExceeded), outcome{state: "unknown", next: dispatchT0.Add(5 * time.Second)}, 1},
		{"an undeliverable post is given up at once", alerts, 1, fmt.Errorf("no adapter for matrix: %w", notify.ErrUndeliverable), outcome{state: "failed"}, 1},
		{"a body that does not decode is given up unsent", []byte(`{"alerts":`), 1, nil, outcome{state: "failed"}, 0},
		{"a post with nothing in it is given up unsent", []byte(`{}`), 1, nil, outcome{state: "failed"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := notify.QueuedPost{ID: 7, Channel: "desk", Platform: "slack", Target: "C1", Kind: "alert", Body: tt.body, Attempts: tt.attempts}
			got, calls := deliverOnce(t, p, func(context.Context, notify.Channel, notify.Post) error { return tt.err })
			if got != tt.want {
				t.Errorf("recorded %+v, want %+v", got, tt.want)
			}
			if calls != tt.wantCalls {
				t.Errorf("poster called %d times, want %d", calls, tt.wantCalls)
			}
		})
	}
}

// TestGroupedAlertsReachThePosterAsData follows a channel's waiting alerts
// through the outbox: grouped into one post (the topic muted meanwhile
// left out), stored, claimed, and handed to the Poster as alerts.
func TestGroupedAlertsReachThePosterAsData(t *testing.T) {
	purl := notify.Alert{Event: notify.EventStatement, Record: statement(1, "purl", "Russia rejected PURL.")}
	force := notify.Alert{Event: notify.EventChange, From: news.StanceSupport, Record: statement(2, "multinational_force", "Moscow objected to a multinational force.")}
	var stored []notify.QueuedPost
	out := &notifytest.Outbox{
		GroupAlertsFunc: func(_ context.Context, _ time.Time, _ int, _ time.Time, build func(notify.AlertGroup) (notify.NewPost, error)) (int, error) {
			for _, g := range []notify.AlertGroup{
				{Channel: "desk", Platform: "slack", Target: "C1", Payloads: [][]byte{encode(t, purl), encode(t, force)}, Oldest: dispatchT0},
				{Channel: "wire", Platform: "discord", Target: "D1", Payloads: [][]byte{encode(t, purl)}, Oldest: dispatchT0},
			} {
				np, err := build(g)
				if err != nil {
					return 0, err
				}
				if !np.Muted {
					stored = append(stored, notify.QueuedPost{ID: int64(len(stored) + 1), Channel: np.Channel, Platform: np.Platform, Target: np.Target, Key: np.Key, Kind: np.Kind, Body: np.Body, Attempts: 1})
				}
			}
			return 2, nil
		},
		ClaimPostFunc: func(context.Context, time.Time, []string) (notify.QueuedPost, bool, error) {
			if len(stored) == 0 {
				return notify.QueuedPost{}, false, nil
			}
			p := stored[0]
			stored = stored[1:]
			return p, true, nil
		},
	}
	type sent struct {
		ch   notify.Channel
		post notify.Post
	}
	var got []sent
	d := notify.NewDispatcher(notify.DispatcherOptions{
		Outbox: out, Now: func() time.Time { return dispatchT0 },
		Muted: func(channel string, topic news.TopicID, _ time.Time) bool {
			return topic == "purl" && channel == "wire"
		},
		Poster: notify.PosterFunc(func(_ context.Context, ch notify.Channel, p notify.Post) error {
			got = append(got, sent{ch: ch, post: p})
			return nil
		}),
	})
	if err := d.Flush(t.Context()); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("%d posts, want one (the wire's only alert was muted)", len(got))
	}
	if want := (notify.Channel{ID: "desk", Platform: "slack", Target: "C1"}); got[0].ch.ID != want.ID || got[0].ch.Platform != want.Platform || got[0].ch.Target != want.Target {
		t.Errorf("posted to %+v, want %+v", got[0].ch, want)
	}
	as := got[0].post.Alerts
	if len(as) != 2 || as[0].Record.Evidence != purl.Record.Evidence || as[1].Event != notify.EventChange || as[1].From != news.StanceSupport {
		t.Errorf("posted alerts %+v, want the PURL statement then the change", as)
	}
}

func TestDigestNowPostsTheChannelsStatementsInItsZone(t *testing.T) {
	kyiv, err := time.LoadLocation("Europe/Kyiv")
	if err != nil {
		t.Skipf("no zone data: %v", err)
	}
	ch := notify.Channel{ID: "desk", Platform: "slack", Target: "C1",
		Digest: &notify.DigestSpec{Spec: "0 8 * * *", Location: kyiv, Topics: []news.TopicID{"purl"}}}
	var body []byte
	digests := &notifytest.DigestStore{
		MakeDigestFunc: func(_ context.Context, channel string, _ time.Time, _ int, _ time.Time, build func([]news.Record) (notify.NewPost, bool, error)) (bool, error) {
			p, post, err := build([]news.Record{statement(1, "purl", "Russia rejected PURL."), statement(2, "multinational_force", "Moscow objected.")})
			if post && !strings.HasPrefix(p.Key, "digest:"+channel+":") {
				t.Errorf("digest key %q", p.Key)
			}
			body = p.Body
			return post, err
		},
	}
	d := notify.NewDispatcher(notify.DispatcherOptions{
		Outbox: &notifytest.Outbox{}, Digests: digests, Channels: []notify.Channel{ch}, Now: func() time.Time { return dispatchT0 },
		Poster: notify.PosterFunc(func(context.Context, notify.Channel, notify.Post) error { return nil }),
	})
	n, posted, err := d.DigestNow(t.Context(), "desk")
	if err != nil || !posted || n != 1 {
		t.Fatalf("DigestNow = %d, %v, %v; want 1 statement posted", n, posted, err)
	}
	var p notify.Post
	if err := json.Unmarshal(body, &p); err != nil {
		t.Fatal(err)
	}
	if p.Digest == nil || len(p.Digest.Records) != 1 || p.Digest.Records[0].Topic != "purl" {
		t.Fatalf("digest %+v, want the PURL statement only", p.Digest)
	}
	if got := p.Digest.Period.Format("15:04 MST"); got != "14:00 EET" {
		t.Errorf("digest dated %s, want 14:00 EET (12:00 UTC in Kyiv)", got)
	}
}
