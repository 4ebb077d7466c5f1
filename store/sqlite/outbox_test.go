package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/news"
)

var outboxT0 = time.Date(2026, 1, 9, 12, 0, 0, 0, time.UTC)

// queueIn queues alerts in a transaction of their own.
func queueIn(t *testing.T, db *DB, at time.Time, alerts ...QueuedAlert) int {
	t.Helper()
	tx, err := db.SQL().BeginTx(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	n, err := QueueAlertsTx(t.Context(), tx, at, alerts)
	if err != nil {
		_ = tx.Rollback()
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	return n
}

func alert(channel, key string) QueuedAlert {
	return QueuedAlert{Channel: channel, Platform: "slack", Target: "T-" + channel, Key: key, Payload: []byte(key)}
}

// joinPayloads builds a post whose body lists its alerts.
func joinPayloads(g AlertGroup) (NewPost, error) {
	var parts []string
	for _, p := range g.Payloads {
		parts = append(parts, string(p))
	}
	body := strings.Join(parts, ",")
	return NewPost{Channel: g.Channel, Platform: g.Platform, Target: g.Target, Key: g.Channel + ":" + body, Kind: "alert", Body: []byte(body)}, nil
}

func TestAlertsAreDedupedPerChannelAndGroupedWhenDue(t *testing.T) {
	db, _ := openTemp(t, Options{})
	ctx := t.Context()
	if n := queueIn(t, db, outboxT0, alert("desk", "a"), alert("desk", "b"), alert("wire", "a")); n != 3 {
		t.Fatalf("queued %d, want 3", n)
	}
	if n := queueIn(t, db, outboxT0.Add(time.Second), alert("desk", "a"), alert("desk", "c")); n != 1 {
		t.Fatalf("queued %d again, want 1: (desk, a) was queued before", n)
	}
	if n := queueIn(t, db, outboxT0.Add(10*time.Second), alert("wire", "z")); n != 1 {
		t.Fatal("wire z not queued")
	}
	oldest, ok, err := db.OldestWaitingAlert(ctx)
	if err != nil || !ok || !oldest.Equal(outboxT0) {
		t.Fatalf("oldest waiting = %v, %v, %v", oldest, ok, err)
	}

	// Due at t0+1s: both channels' oldest alerts are; desk gets a post of
	// two and one of one (max 2), wire one with both of its alerts.
	n, err := db.GroupAlerts(ctx, outboxT0.Add(time.Second), 2, outboxT0.Add(time.Second), joinPayloads)
	if err != nil || n != 3 {
		t.Fatalf("GroupAlerts = %d, %v; want 3 posts", n, err)
	}
	posts, err := db.Posts(ctx, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range posts {
		got = append(got, p.Channel+"="+string(p.Body)+"/"+p.State)
	}
	if want := "desk=a,b/pending wire=a,z/pending desk=c/pending"; strings.Join(got, " ") != want {
		t.Errorf("posts %v, want %s", got, want)
	}
	if _, ok, _ := db.OldestWaitingAlert(ctx); ok {
		t.Error("alerts still waiting after grouping")
	}
	if n, err := db.GroupAlerts(ctx, outboxT0.Add(time.Hour), 2, outboxT0, joinPayloads); n != 0 || err != nil {
		t.Errorf("grouping again = %d, %v; want nothing", n, err)
	}
}

func TestGroupAlertsWaitsForTheOldestAlertOfAChannel(t *testing.T) {
	db, _ := openTemp(t, Options{})
	queueIn(t, db, outboxT0, alert("desk", "a"))
	if n, err := db.GroupAlerts(t.Context(), outboxT0.Add(-time.Nanosecond), 50, outboxT0, joinPayloads); n != 0 || err != nil {
		t.Fatalf("grouped %d (%v) before the alert was due", n, err)
	}
}

func TestGroupAlertsRefusesATakenKeyAndLosesNothing(t *testing.T) {
	db, _ := openTemp(t, Options{})
	ctx := t.Context()
	if _, _, err := db.AddPost(ctx, NewPost{Channel: "desk", Platform: "slack", Key: "desk:a", Kind: "alert", Body: []byte("x")}, outboxT0); err != nil {
		t.Fatal(err)
	}
	queueIn(t, db, outboxT0, alert("desk", "a"))
	if _, err := db.GroupAlerts(ctx, outboxT0, 50, outboxT0, joinPayloads); err == nil {
		t.Fatal("no error for a taken post key")
	}
	if _, ok, _ := db.OldestWaitingAlert(ctx); !ok {
		t.Error("the alert is no longer waiting: it was lost")
	}
}

func TestBuildErrorRollsGroupingBack(t *testing.T) {
	db, _ := openTemp(t, Options{})
	queueIn(t, db, outboxT0, alert("desk", "a"))
	_, err := db.GroupAlerts(t.Context(), outboxT0, 50, outboxT0, func(AlertGroup) (NewPost, error) { return NewPost{}, errors.New("boom") })
	if err == nil || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("err = %v", err)
	}
	if _, ok, _ := db.OldestWaitingAlert(t.Context()); !ok {
		t.Error("alert lost")
	}
}

func TestPostLifecycle(t *testing.T) {
	type step struct {
		do        func(db *DB, p Post) error
		wantState string
	}
	at := outboxT0.Add(time.Minute)
	later := outboxT0.Add(time.Hour)
	delivered := func(db *DB, p Post) error { return db.PostDelivered(context.Background(), p.ID, p.Attempts, at) }
	failed := func(db *DB, p Post) error {
		return db.PostFailed(context.Background(), p.ID, p.Attempts, at, "500", later)
	}
	gaveUp := func(db *DB, p Post) error {
		return db.PostFailed(context.Background(), p.ID, p.Attempts, at, "channel_not_found", time.Time{})
	}
	unknown := func(db *DB, p Post) error {
		return db.PostUnknown(context.Background(), p.ID, p.Attempts, at, "timeout", later)
	}
	crash := func(db *DB, p Post) error { _, err := db.RecoverPosts(context.Background(), at); return err }

	tests := []struct {
		name         string
		steps        []step
		wantAttempts int
		wantLog      string // outcomes of the delivery log, in order
	}{
		{"delivered at once", []step{{delivered, PostDelivered}}, 1, "delivered"},
		{"failed, retried, delivered", []step{{failed, PostPending}, {delivered, PostDelivered}}, 2, "failed delivered"},
		{"given up", []step{{failed, PostPending}, {gaveUp, PostFailed}}, 2, "failed failed"},
		{"unknown once: repeated", []step{{unknown, PostPending}, {delivered, PostDelivered}}, 2, "unknown delivered"},
		{"unknown twice: not repeated again", []step{{unknown, PostPending}, {unknown, PostUnknown}}, 2, "unknown unknown"},
		{"crash during the send: repeated once", []step{{crash, PostPending}, {delivered, PostDelivered}}, 2, "unknown delivered"},
		{"crash after an unknown: given up", []step{{unknown, PostPending}, {crash, PostUnknown}}, 2, "unknown unknown"},
		{"a failure does not use up the repeat", []step{{failed, PostPending}, {crash, PostPending}, {delivered, PostDelivered}}, 3, "failed unknown delivered"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openTemp(t, Options{})
			ctx := t.Context()
			if _, _, err := db.AddPost(ctx, NewPost{Channel: "desk", Platform: "slack", Target: "C1", Key: "k", Kind: "alert", Body: []byte("{}")}, outboxT0); err != nil {
				t.Fatal(err)
			}
			for i, s := range tt.steps {
				p, ok, err := db.ClaimPost(ctx, later, nil)
				if err != nil || !ok {
					t.Fatalf("step %d: claim = %v, %v", i, ok, err)
				}
				if p.State != PostSending || p.Attempts != i+1 {
					t.Fatalf("step %d: claimed %s with %d attempts", i, p.State, p.Attempts)
				}
				if _, ok, _ := db.ClaimPost(ctx, later, nil); ok {
					t.Fatalf("step %d: a sending post was claimed twice", i)
				}
				if err := s.do(db, p); err != nil {
					t.Fatal(err)
				}
				ps, _ := db.Posts(ctx, "", 0)
				if ps[0].State != s.wantState {
					t.Fatalf("step %d: state %s, want %s", i, ps[0].State, s.wantState)
				}
			}
			ps, _ := db.Posts(ctx, "", 0)
			if ps[0].Attempts != tt.wantAttempts {
				t.Errorf("attempts %d, want %d", ps[0].Attempts, tt.wantAttempts)
			}
			if _, ok, _ := db.ClaimPost(ctx, later.Add(time.Hour), nil); ok != (ps[0].State == PostPending) {
				t.Errorf("a %s post claimable: %v", ps[0].State, ok)
			}
			rows, err := db.SQL().QueryContext(ctx, `SELECT outcome FROM deliveries WHERE post_id = ? ORDER BY attempt`, ps[0].ID)
			if err != nil {
				t.Fatal(err)
			}
			var log []string
			for rows.Next() {
				var o string
				if err := rows.Scan(&o); err != nil {
					t.Fatal(err)
				}
				log = append(log, o)
			}
			rows.Close()
			if strings.Join(log, " ") != tt.wantLog {
				t.Errorf("delivery log %v, want %s", log, tt.wantLog)
			}
		})
	}
}

func TestAFailedPostWaitsForItsNextAttempt(t *testing.T) {
	db, _ := openTemp(t, Options{})
	ctx := t.Context()
	if _, _, err := db.AddPost(ctx, NewPost{Channel: "desk", Platform: "slack", Key: "k", Kind: "alert", Body: []byte("{}")}, outboxT0); err != nil {
		t.Fatal(err)
	}
	p, _, _ := db.ClaimPost(ctx, outboxT0, nil)
	next := outboxT0.Add(5 * time.Second)
	if err := db.PostFailed(ctx, p.ID, p.Attempts, outboxT0, "500", next); err != nil {
		t.Fatal(err)
	}
	if due, ok, _ := db.NextPostDue(ctx); !ok || !due.Equal(next) {
		t.Errorf("next due %v, %v; want %v", due, ok, next)
	}
	if _, ok, _ := db.ClaimPost(ctx, next.Add(-time.Nanosecond), nil); ok {
		t.Error("claimed before its next attempt")
	}
	if _, ok, _ := db.ClaimPost(ctx, next, nil); !ok {
		t.Error("not claimed at its next attempt")
	}
}

func TestClaimPostSkipsChannelsCoolingDown(t *testing.T) {
	db, _ := openTemp(t, Options{})
	ctx := t.Context()
	for _, p := range []NewPost{
		{Channel: "desk", Platform: "slack", Key: "1", Kind: "alert", Body: []byte("{}")},
		{Channel: "wire", Platform: "slack", Key: "2", Kind: "alert", Body: []byte("{}")},
	} {
		if _, _, err := db.AddPost(ctx, p, outboxT0); err != nil {
			t.Fatal(err)
		}
	}
	p, ok, err := db.ClaimPost(ctx, outboxT0, []string{"desk"})
	if err != nil || !ok || p.Channel != "wire" {
		t.Fatalf("claimed %q, %v, %v; want wire's post", p.Channel, ok, err)
	}
	if _, ok, _ := db.ClaimPost(ctx, outboxT0, []string{"desk", "other"}); ok {
		t.Error("claimed a post of a skipped channel")
	}
	if p, ok, _ := db.ClaimPost(ctx, outboxT0, nil); !ok || p.Channel != "desk" {
		t.Errorf("claimed %q, %v; want desk's post", p.Channel, ok)
	}
}

func TestDigestIsMadeOncePerPeriodWithWhatIsNew(t *testing.T) {
	db, _ := openTemp(t, Options{})
	ctx := t.Context()
	if err := db.SyncSources(ctx, []news.Source{{ID: "a", URL: "u"}}); err != nil {
		t.Fatal(err)
	}
	item := 0
	save := func(evidence string) {
		item++
		if _, err := db.SaveItem(ctx, news.Item{SourceID: "a", GUID: fmt.Sprint(item), Hash: fmt.Sprint(item), Published: outboxT0},
			[]news.Statement{{Actor: "russia", Topic: "purl", Stance: news.StanceOppose, Evidence: evidence}}); err != nil {
			t.Fatal(err)
		}
	}
	save("before the channel existed")
	st, err := db.StartDigest(ctx, "desk", outboxT0)
	if err != nil || !st.Period.Equal(outboxT0) {
		t.Fatalf("start = %+v, %v", st, err)
	}
	if again, _ := db.StartDigest(ctx, "desk", outboxT0.Add(time.Hour)); again != st {
		t.Errorf("StartDigest moved the state: %+v, was %+v", again, st)
	}
	save("one")
	save("two")

	var seen [][]string
	build := func(recs []news.Record) (NewPost, bool, error) {
		var ev []string
		for _, r := range recs {
			ev = append(ev, r.Evidence)
		}
		seen = append(seen, ev)
		return NewPost{Channel: "desk", Platform: "slack", Key: fmt.Sprint("digest:", len(seen)), Kind: "digest", Body: []byte("{}")}, len(recs) > 0, nil
	}
	p1 := outboxT0.Add(24 * time.Hour)
	if made, err := db.MakeDigest(ctx, "desk", p1, 0, p1, build); !made || err != nil {
		t.Fatalf("first digest: %v, %v", made, err)
	}
	if made, err := db.MakeDigest(ctx, "desk", p1, 0, p1, build); made || err != nil {
		t.Fatalf("the same period again: made %v, %v", made, err)
	}
	if made, _ := db.MakeDigest(ctx, "desk", p1.Add(-time.Hour), 0, p1, build); made {
		t.Fatal("an older period was made after a newer one")
	}
	p2 := p1.Add(24 * time.Hour)
	if made, err := db.MakeDigest(ctx, "desk", p2, 0, p2, build); !made || err != nil {
		t.Fatalf("empty digest: %v, %v", made, err)
	}
	save("three")
	p3 := p2.Add(24 * time.Hour)
	if _, err := db.MakeDigest(ctx, "desk", p3, 0, p3, build); err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(seen); got != "[[two one] [] [three]]" {
		t.Errorf("digests listed %s, want [[two one] [] [three]] (newest first, each once)", got)
	}
	posts, _ := db.Posts(ctx, "", 0)
	if len(posts) != 2 {
		t.Errorf("%d posts, want 2 (the empty period posts nothing)", len(posts))
	}
}

func TestWatchRulesAndMutes(t *testing.T) {
	db, _ := openTemp(t, Options{})
	ctx := t.Context()
	id, err := db.AddWatchRule(ctx, WatchRule{Channel: "slack:C9", Platform: "slack", Target: "C9", Rule: []byte(`{"topics":["purl"]}`), CreatedBy: "U1", Created: outboxT0})
	if err != nil {
		t.Fatal(err)
	}
	rules, err := db.WatchRules(ctx)
	if err != nil || len(rules) != 1 || rules[0].ID != id || string(rules[0].Rule) != `{"topics":["purl"]}` || !rules[0].Created.Equal(outboxT0) {
		t.Fatalf("rules %+v, %v", rules, err)
	}
	if err := db.RemoveWatchRule(ctx, "slack:OTHER", id); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("removing another channel's rule: %v, want ErrNotFound", err)
	}
	if err := db.RemoveWatchRule(ctx, "slack:C9", id); err != nil {
		t.Fatal(err)
	}
	if rules, _ := db.WatchRules(ctx); len(rules) != 0 {
		t.Errorf("rule not removed: %+v", rules)
	}

	if err := db.SetMute(ctx, Mute{Channel: "desk", Topic: "purl", Until: outboxT0.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if ms, _ := db.Mutes(ctx, outboxT0); len(ms) != 1 || ms[0].Topic != "purl" {
		t.Errorf("mutes %+v", ms)
	}
	if ms, _ := db.Mutes(ctx, outboxT0.Add(time.Hour)); len(ms) != 0 {
		t.Errorf("expired mute listed: %+v", ms)
	}
	if err := db.SetMute(ctx, Mute{Channel: "desk", Topic: "purl"}); err != nil {
		t.Fatal(err)
	}
	if ms, _ := db.Mutes(ctx, outboxT0); len(ms) != 0 {
		t.Errorf("lifted mute listed: %+v", ms)
	}
}

func TestSeedingAndStatementBefore(t *testing.T) {
	db, _ := openTemp(t, Options{})
	ctx := t.Context()
	if err := db.SyncSources(ctx, []news.Source{{ID: "a", URL: "u"}}); err != nil {
		t.Fatal(err)
	}
	inTx := func(f func(tx *sql.Tx)) {
		tx, err := db.SQL().BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		f(tx)
	}
	inTx(func(tx *sql.Tx) {
		if seeding, err := SourceSeedingTx(ctx, tx, "a"); !seeding || err != nil {
			t.Errorf("never polled: seeding %v, %v", seeding, err)
		}
		if _, err := SourceSeedingTx(ctx, tx, "nope"); !errors.Is(err, news.ErrNotFound) {
			t.Errorf("unknown source: %v", err)
		}
	})
	if err := db.RecordFetch(ctx, "a", news.FetchResult{At: outboxT0, Err: errors.New("503")}); err != nil {
		t.Fatal(err)
	}
	inTx(func(tx *sql.Tx) {
		if seeding, _ := SourceSeedingTx(ctx, tx, "a"); !seeding {
			t.Error("a failed first poll ended the seeding")
		}
	})
	if err := db.RecordFetch(ctx, "a", news.FetchResult{At: outboxT0}); err != nil {
		t.Fatal(err)
	}
	inTx(func(tx *sql.Tx) {
		if seeding, _ := SourceSeedingTx(ctx, tx, "a"); seeding {
			t.Error("still seeding after a successful poll")
		}
	})

	day := func(d int) time.Time { return time.Date(2026, 1, d, 0, 0, 0, 0, time.UTC) }
	for i, s := range []struct {
		d      int
		stance news.Stance
		ev     string
	}{{1, news.StanceSupport, "old support"}, {3, news.StanceSupport, "newer support"}, {5, news.StanceOppose, "oppose"}} {
		if _, err := db.SaveItem(ctx, news.Item{SourceID: "a", GUID: fmt.Sprint(i), Hash: fmt.Sprint(i), Published: day(s.d)},
			[]news.Statement{{Actor: "russia", Topic: "purl", Stance: s.stance, Evidence: s.ev}}); err != nil {
			t.Fatal(err)
		}
	}
	inTx(func(tx *sql.Tx) {
		r, found, err := StatementBeforeTx(ctx, tx, "russia", "purl", news.StanceSupport, 3)
		if err != nil || !found || r.Evidence != "newer support" {
			t.Errorf("before = %q, %v, %v; want the newest support", r.Evidence, found, err)
		}
		if _, found, _ := StatementBeforeTx(ctx, tx, "russia", "purl", news.StanceNeutral, 3); found {
			t.Error("found a neutral statement that does not exist")
		}
	})
}
