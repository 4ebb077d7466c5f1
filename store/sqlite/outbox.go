package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/notify"
)

// The outbox: alerts queued in the transaction that stored their
// statements, grouped into posts, and posts delivered with retries and a
// log of every attempt (migration 0002). Payloads and bodies are opaque
// bytes (JSON written by package notify). Every query runs on the write
// connection, so a read sees every write before it.

// QueuedAlert is notify.QueuedAlert: the outbox rows are notify's own types, so the
// store implements notify's interfaces with no copies between them.
type QueuedAlert = notify.QueuedAlert

// AlertGroup is notify.AlertGroup: the outbox rows are notify's own types, so the
// store implements notify's interfaces with no copies between them.
type AlertGroup = notify.AlertGroup

// NewPost is notify.NewPost: the outbox rows are notify's own types, so the
// store implements notify's interfaces with no copies between them.
type NewPost = notify.NewPost

// Post is notify.QueuedPost: the outbox rows are notify's own types, so the
// store implements notify's interfaces with no copies between them.
type Post = notify.QueuedPost

// Post states.
const (
	PostPending   = "pending"
	PostSending   = "sending"
	PostDelivered = "delivered"
	PostFailed    = "failed"
	PostUnknown   = "unknown"
	PostMuted     = "muted"
)

// SourceSeedingTx says whether the source has never been polled
// successfully: the items of its first poll seed the ledger and raise no
// alerts. (The poller records a poll's success after storing its items.)
func SourceSeedingTx(ctx context.Context, tx *sql.Tx, sourceID string) (bool, error) {
	var last sql.NullInt64
	err := tx.QueryRowContext(ctx, `SELECT last_success FROM sources WHERE id = ?`, sourceID).Scan(&last)
	if errors.Is(err, sql.ErrNoRows) {
		return false, fmt.Errorf("source %q: %w", sourceID, news.ErrNotFound)
	}
	if err != nil {
		return false, fmt.Errorf("read source %s: %w", sourceID, err)
	}
	return !last.Valid, nil
}

// StatementBeforeTx returns the newest statement of actor on topic with
// the given stance that is not from item notItem: the evidence of a
// position before an item changed it. found is false when there is none.
func StatementBeforeTx(ctx context.Context, tx *sql.Tx, actor news.ActorID, topic news.TopicID, stance news.Stance, notItem int64) (rec news.Record, found bool, err error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+recordColumns+` FROM statements
WHERE actor = ? AND topic = ? AND stance = ? AND item_id <> ?
ORDER BY published DESC, id DESC LIMIT 1`, string(actor), string(topic), string(stance), notItem)
	if err != nil {
		return news.Record{}, false, fmt.Errorf("statement before of %s on %s: %w", actor, topic, err)
	}
	recs, err := scanRecordRows(rows)
	if err != nil {
		return news.Record{}, false, fmt.Errorf("statement before of %s on %s: %w", actor, topic, err)
	}
	if len(recs) == 0 {
		return news.Record{}, false, nil
	}
	return recs[0], true, nil
}

// QueueAlertsTx queues alerts in tx (the transaction that stores the
// statements they report). An alert whose (channel, key) was queued before
// is skipped. It returns how many were queued.
func QueueAlertsTx(ctx context.Context, tx *sql.Tx, now time.Time, alerts []QueuedAlert) (int, error) {
	if len(alerts) == 0 {
		return 0, nil
	}
	st, err := tx.PrepareContext(ctx, `INSERT INTO alerts (channel, platform, target, key, payload, queued)
VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (channel, key) DO NOTHING`)
	if err != nil {
		return 0, fmt.Errorf("queue alerts: %w", err)
	}
	defer st.Close()
	n := 0
	for _, a := range alerts {
		res, err := st.ExecContext(ctx, a.Channel, a.Platform, a.Target, a.Key, a.Payload, nanos(now))
		if err != nil {
			return n, fmt.Errorf("queue alert for %s: %w", a.Channel, err)
		}
		if k, _ := res.RowsAffected(); k > 0 {
			n++
		}
	}
	return n, nil
}

// OldestWaitingAlert returns when the oldest alert still waiting for its
// group was queued; ok is false when none waits.
func (db *DB) OldestWaitingAlert(ctx context.Context) (t time.Time, ok bool, err error) {
	var n sql.NullInt64
	if err := db.write.QueryRowContext(ctx, `SELECT min(queued) FROM alerts WHERE post_id IS NULL`).Scan(&n); err != nil {
		return time.Time{}, false, fmt.Errorf("oldest waiting alert: %w", err)
	}
	return timeOf(n), n.Valid, nil
}

// GroupAlerts makes posts of waiting alerts, in one transaction: for each
// channel whose oldest waiting alert was queued at or before due, build is
// given up to max of its waiting alerts (oldest first) and returns the post
// for them, which is added while the alerts are marked as posted. A
// channel with more than max waiting gets several posts. It returns how
// many posts were added. build must not use the store.
func (db *DB) GroupAlerts(ctx context.Context, due time.Time, max int, now time.Time, build func(AlertGroup) (NewPost, error)) (posts int, err error) {
	if max <= 0 {
		max = 50
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("group alerts: begin: %w", err)
	}
	defer rollbackOnError(tx, &err)
	for {
		var channel string
		err = tx.QueryRowContext(ctx, `SELECT channel FROM alerts WHERE post_id IS NULL
GROUP BY channel HAVING min(queued) <= ? ORDER BY min(queued), channel LIMIT 1`, nanos(due)).Scan(&channel)
		if errors.Is(err, sql.ErrNoRows) {
			err = nil
			break
		}
		if err != nil {
			return 0, fmt.Errorf("group alerts: find a due channel: %w", err)
		}
		g, ids, err := waitingGroup(ctx, tx, channel, max)
		if err != nil {
			return 0, fmt.Errorf("group alerts for %s: %w", channel, err)
		}
		p, err := build(g)
		if err != nil {
			return 0, fmt.Errorf("group alerts for %s: build post: %w", channel, err)
		}
		id, added, err := insertPost(ctx, tx, p, now)
		if err != nil {
			return 0, fmt.Errorf("group alerts for %s: %w", channel, err)
		}
		if !added {
			// The alerts would hang off another post and never be sent.
			return 0, fmt.Errorf("group alerts for %s: post key %q is taken", channel, p.Key)
		}
		for _, a := range ids {
			if _, err := tx.ExecContext(ctx, `UPDATE alerts SET post_id = ? WHERE id = ?`, id, a); err != nil {
				return 0, fmt.Errorf("group alerts for %s: mark alert %d: %w", channel, a, err)
			}
		}
		posts++
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("group alerts: commit: %w", err)
	}
	return posts, nil
}

func waitingGroup(ctx context.Context, tx *sql.Tx, channel string, max int) (AlertGroup, []int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, platform, target, payload, queued FROM alerts
WHERE channel = ? AND post_id IS NULL ORDER BY queued, id LIMIT ?`, channel, max)
	if err != nil {
		return AlertGroup{}, nil, err
	}
	defer rows.Close()
	g := AlertGroup{Channel: channel}
	var ids []int64
	for rows.Next() {
		var (
			id     int64
			queued int64
			body   []byte
		)
		if err := rows.Scan(&id, &g.Platform, &g.Target, &body, &queued); err != nil {
			return AlertGroup{}, nil, err
		}
		if len(ids) == 0 {
			g.Oldest = dateOf(queued, 0)
		}
		ids = append(ids, id)
		g.Payloads = append(g.Payloads, body)
	}
	return g, ids, rows.Err()
}

// insertPost adds p unless its key is taken; id is the post with that key
// either way.
func insertPost(ctx context.Context, tx *sql.Tx, p NewPost, now time.Time) (id int64, added bool, err error) {
	state := PostPending
	if p.Muted {
		state = PostMuted
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO posts (channel, platform, target, key, kind, body, state, next_attempt, created)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
		p.Channel, p.Platform, p.Target, p.Key, p.Kind, p.Body, state, nanos(now), nanos(now))
	if err != nil {
		return 0, false, fmt.Errorf("add post %s: %w", p.Key, err)
	}
	k, _ := res.RowsAffected()
	if err := tx.QueryRowContext(ctx, `SELECT id FROM posts WHERE key = ?`, p.Key).Scan(&id); err != nil {
		return 0, false, fmt.Errorf("add post %s: %w", p.Key, err)
	}
	return id, k > 0, nil
}

// AddPost adds a post to the outbox, due now; added is false when a post
// with its key exists already.
func (db *DB) AddPost(ctx context.Context, p NewPost, now time.Time) (id int64, added bool, err error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return 0, false, fmt.Errorf("add post: begin: %w", err)
	}
	defer rollbackOnError(tx, &err)
	if id, added, err = insertPost(ctx, tx, p, now); err != nil {
		return 0, false, err
	}
	return id, added, tx.Commit()
}

// NextPostDue returns when the earliest pending post is due; ok is false
// when none is pending.
func (db *DB) NextPostDue(ctx context.Context) (t time.Time, ok bool, err error) {
	var n sql.NullInt64
	if err := db.write.QueryRowContext(ctx, `SELECT min(next_attempt) FROM posts WHERE state = 'pending'`).Scan(&n); err != nil {
		return time.Time{}, false, fmt.Errorf("next post due: %w", err)
	}
	return timeOf(n), n.Valid, nil
}

const postColumns = `id, channel, platform, target, key, kind, body, state, attempts, repeated, last_error, created, delivered`

func scanPost(row interface{ Scan(...any) error }) (Post, error) {
	var (
		p         Post
		repeated  int
		created   int64
		delivered sql.NullInt64
	)
	err := row.Scan(&p.ID, &p.Channel, &p.Platform, &p.Target, &p.Key, &p.Kind, &p.Body, &p.State,
		&p.Attempts, &repeated, &p.LastError, &created, &delivered)
	p.Repeated = repeated != 0
	p.Created = dateOf(created, 0)
	p.Delivered = timeOf(delivered)
	return p, err
}

// ClaimPost takes the oldest post due at now, on a channel not in skip,
// for an attempt: it is marked sending and the attempt is logged as
// started, committed before the caller sends it, so that a crash during
// the send is seen at the next start (RecoverPosts). ok is false when no
// post is due.
func (db *DB) ClaimPost(ctx context.Context, now time.Time, skip []string) (p Post, ok bool, err error) {
	if skip == nil {
		skip = []string{}
	}
	skipJSON, err := json.Marshal(skip)
	if err != nil {
		return Post{}, false, fmt.Errorf("claim post: %w", err)
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return Post{}, false, fmt.Errorf("claim post: begin: %w", err)
	}
	defer rollbackOnError(tx, &err)
	p, err = scanPost(tx.QueryRowContext(ctx, `UPDATE posts SET state = 'sending', attempts = attempts + 1
WHERE id = (SELECT id FROM posts WHERE state = 'pending' AND next_attempt <= ?
    AND channel NOT IN (SELECT value FROM json_each(?)) ORDER BY next_attempt, id LIMIT 1)
RETURNING `+postColumns, nanos(now), string(skipJSON)))
	if errors.Is(err, sql.ErrNoRows) {
		return Post{}, false, tx.Commit()
	}
	if err != nil {
		return Post{}, false, fmt.Errorf("claim post: %w", err)
	}
	if _, err = tx.ExecContext(ctx, `INSERT INTO deliveries (post_id, attempt, started, outcome) VALUES (?, ?, ?, 'sending')`,
		p.ID, p.Attempts, nanos(now)); err != nil {
		return Post{}, false, fmt.Errorf("claim post %d: log attempt: %w", p.ID, err)
	}
	if err = tx.Commit(); err != nil {
		return Post{}, false, fmt.Errorf("claim post %d: commit: %w", p.ID, err)
	}
	return p, true, nil
}

// PostDelivered records that attempt of post id was accepted by the chat
// platform.
func (db *DB) PostDelivered(ctx context.Context, id int64, attempt int, now time.Time) error {
	return db.finishAttempt(ctx, id, attempt, now, PostDelivered, "", `UPDATE posts SET state = 'delivered', delivered = ?1, last_error = '' WHERE id = ?2`, nanos(now), id)
}

// PostFailed records a failed attempt whose post surely did not reach the
// channel: the post is tried again at next, or, when next is zero, given up
// as failed.
func (db *DB) PostFailed(ctx context.Context, id int64, attempt int, now time.Time, reason string, next time.Time) error {
	if next.IsZero() {
		return db.finishAttempt(ctx, id, attempt, now, PostFailed, reason, `UPDATE posts SET state = 'failed', last_error = ?1 WHERE id = ?2`, reason, id)
	}
	return db.finishAttempt(ctx, id, attempt, now, PostFailed, reason, `UPDATE posts SET state = 'pending', last_error = ?1, next_attempt = ?3 WHERE id = ?2`, reason, id, nanos(next))
}

// PostUnknown records an attempt whose outcome is unknown (the post may
// have reached the channel): the post is repeated once, at next; if it was
// repeated already, it is given up as unknown.
func (db *DB) PostUnknown(ctx context.Context, id int64, attempt int, now time.Time, reason string, next time.Time) error {
	return db.finishAttempt(ctx, id, attempt, now, PostUnknown, reason, `UPDATE posts SET
    state = CASE WHEN repeated = 0 THEN 'pending' ELSE 'unknown' END,
    repeated = 1, last_error = ?1, next_attempt = ?3
WHERE id = ?2`, reason, id, nanos(next))
}

func (db *DB) finishAttempt(ctx context.Context, id int64, attempt int, now time.Time, outcome, reason, query string, args ...any) (err error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("record attempt %d of post %d: begin: %w", attempt, id, err)
	}
	defer rollbackOnError(tx, &err)
	if _, err = tx.ExecContext(ctx, query, args...); err != nil {
		return fmt.Errorf("record attempt %d of post %d: %w", attempt, id, err)
	}
	if _, err = tx.ExecContext(ctx, `UPDATE deliveries SET finished = ?, outcome = ?, error = ? WHERE post_id = ? AND attempt = ?`,
		nanos(now), outcome, reason, id, attempt); err != nil {
		return fmt.Errorf("record attempt %d of post %d: log: %w", attempt, id, err)
	}
	if err = tx.Commit(); err != nil {
		return fmt.Errorf("record attempt %d of post %d: commit: %w", attempt, id, err)
	}
	return nil
}

// RecoverPosts handles the posts left sending by a process that stopped
// during a send (a crash): their outcome is unknown, so each is repeated
// once, now, unless it was repeated already. Call it at start, before
// claiming posts; only one process may deliver from a database. It returns
// how many posts it found.
func (db *DB) RecoverPosts(ctx context.Context, now time.Time) (int, error) {
	rows, err := db.write.QueryContext(ctx, `SELECT id, attempts FROM posts WHERE state = 'sending'`)
	if err != nil {
		return 0, fmt.Errorf("recover posts: %w", err)
	}
	type claim struct {
		id      int64
		attempt int
	}
	var stuck []claim
	for rows.Next() {
		var c claim
		if err := rows.Scan(&c.id, &c.attempt); err != nil {
			rows.Close()
			return 0, fmt.Errorf("recover posts: %w", err)
		}
		stuck = append(stuck, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("recover posts: %w", err)
	}
	for _, c := range stuck {
		if err := db.PostUnknown(ctx, c.id, c.attempt, now, "interrupted while sending (the process stopped)", now); err != nil {
			return 0, fmt.Errorf("recover posts: %w", err)
		}
	}
	return len(stuck), nil
}

// Posts lists the outbox, oldest first, optionally only in one state
// ("" for all), at most limit (0: all).
func (db *DB) Posts(ctx context.Context, state string, limit int) ([]Post, error) {
	rows, err := db.write.QueryContext(ctx, `SELECT `+postColumns+` FROM posts
WHERE ?1 = '' OR state = ?1 ORDER BY id LIMIT ?2`, state, sqlLimit(limit))
	if err != nil {
		return nil, fmt.Errorf("list posts: %w", err)
	}
	defer rows.Close()
	var out []Post
	for rows.Next() {
		p, err := scanPost(rows)
		if err != nil {
			return nil, fmt.Errorf("list posts: %w", err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list posts: %w", err)
	}
	return out, nil
}
