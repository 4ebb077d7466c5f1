package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/notify"
)

// DigestState is notify.DigestState: the outbox rows are notify's own types, so the
// store implements notify's interfaces with no copies between them.
type DigestState = notify.DigestState

// StartDigest gives channel a digest state if it has none: its first
// digest covers what is stored from now on. It returns the state.
func (db *DB) StartDigest(ctx context.Context, channel string, now time.Time) (DigestState, error) {
	_, err := db.write.ExecContext(ctx, `INSERT INTO digest_state (channel, period, last_statement, updated)
SELECT ?1, ?2, last, ?2 FROM id_counters WHERE name = 'statements'
ON CONFLICT (channel) DO NOTHING`, channel, nanos(now))
	if err != nil {
		return DigestState{}, fmt.Errorf("start digest of %s: %w", channel, err)
	}
	st, _, err := digestState(ctx, db.write, channel)
	if err != nil {
		return DigestState{}, fmt.Errorf("start digest of %s: %w", channel, err)
	}
	return st, nil
}

func digestState(ctx context.Context, q queryer, channel string) (DigestState, bool, error) {
	var period int64
	var st DigestState
	err := q.QueryRowContext(ctx, `SELECT period, last_statement FROM digest_state WHERE channel = ?`, channel).Scan(&period, &st.LastStatement)
	if errors.Is(err, sql.ErrNoRows) {
		return DigestState{}, false, nil
	}
	if err != nil {
		return DigestState{}, false, err
	}
	st.Period = dateOf(period, 0)
	return st, true, nil
}

// MakeDigest makes channel's digest for period, once: in one transaction
// it reads the statements stored since the channel's last digest (at most
// limit, newest stored first; 0: all), gives them to build, adds the post
// build returns (when post is true), and moves the channel's state to
// period. A period not after the state's is done already: made is false
// and build is not called. A channel with no state starts now (see
// StartDigest). build must not use the store.
func (db *DB) MakeDigest(ctx context.Context, channel string, period time.Time, limit int, now time.Time,
	build func(recs []news.Record) (p NewPost, post bool, err error)) (made bool, err error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("make digest of %s: begin: %w", channel, err)
	}
	defer rollbackOnError(tx, &err)
	st, found, err := digestState(ctx, tx, channel)
	if err != nil {
		return false, fmt.Errorf("make digest of %s: %w", channel, err)
	}
	if found && !period.After(st.Period) {
		return false, tx.Commit()
	}
	var upto int64
	if err = tx.QueryRowContext(ctx, `SELECT last FROM id_counters WHERE name = 'statements'`).Scan(&upto); err != nil {
		return false, fmt.Errorf("make digest of %s: %w", channel, err)
	}
	var recs []news.Record
	if found {
		rows, err := tx.QueryContext(ctx, `SELECT `+recordColumns+` FROM statements
WHERE id > ? AND id <= ? ORDER BY id DESC LIMIT ?`, st.LastStatement, upto, sqlLimit(limit))
		if err != nil {
			return false, fmt.Errorf("make digest of %s: read statements: %w", channel, err)
		}
		if recs, err = scanRecordRows(rows); err != nil {
			return false, fmt.Errorf("make digest of %s: read statements: %w", channel, err)
		}
	}
	p, post, err := build(recs)
	if err != nil {
		return false, fmt.Errorf("make digest of %s: build post: %w", channel, err)
	}
	if post {
		if _, _, err = insertPost(ctx, tx, p, now); err != nil {
			return false, fmt.Errorf("make digest of %s: %w", channel, err)
		}
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO digest_state (channel, period, last_statement, updated) VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (channel) DO UPDATE SET period = ?2, last_statement = ?3, updated = ?4`,
		channel, nanos(period), upto, nanos(now))
	if err != nil {
		return false, fmt.Errorf("make digest of %s: save state: %w", channel, err)
	}
	if err = tx.Commit(); err != nil {
		return false, fmt.Errorf("make digest of %s: commit: %w", channel, err)
	}
	return true, nil
}

// WatchRule is notify.StoredRule: the outbox rows are notify's own types, so the
// store implements notify's interfaces with no copies between them.
type WatchRule = notify.StoredRule

// AddWatchRule stores r and returns its id.
func (db *DB) AddWatchRule(ctx context.Context, r WatchRule) (int64, error) {
	var id int64
	err := db.write.QueryRowContext(ctx, `INSERT INTO watch_rules (channel, platform, target, rule, created_by, created)
VALUES (?, ?, ?, ?, ?, ?) RETURNING id`, r.Channel, r.Platform, r.Target, r.Rule, r.CreatedBy, nanos(r.Created)).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("add watch rule for %s: %w", r.Channel, err)
	}
	return id, nil
}

// RemoveWatchRule deletes channel's rule id; news.ErrNotFound when the
// channel has no such rule.
func (db *DB) RemoveWatchRule(ctx context.Context, channel string, id int64) error {
	res, err := db.write.ExecContext(ctx, `DELETE FROM watch_rules WHERE channel = ? AND id = ?`, channel, id)
	if err != nil {
		return fmt.Errorf("remove watch rule %d of %s: %w", id, channel, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("remove watch rule %d of %s: %w", id, channel, news.ErrNotFound)
	}
	return nil
}

// WatchRules lists every rule added from chat, by id.
func (db *DB) WatchRules(ctx context.Context) ([]WatchRule, error) {
	rows, err := db.write.QueryContext(ctx, `SELECT id, channel, platform, target, rule, created_by, created FROM watch_rules ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list watch rules: %w", err)
	}
	defer rows.Close()
	var out []WatchRule
	for rows.Next() {
		var (
			r       WatchRule
			created int64
		)
		if err := rows.Scan(&r.ID, &r.Channel, &r.Platform, &r.Target, &r.Rule, &r.CreatedBy, &created); err != nil {
			return nil, fmt.Errorf("list watch rules: %w", err)
		}
		r.Created = dateOf(created, 0)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list watch rules: %w", err)
	}
	return out, nil
}

// Mute is notify.Mute: the outbox rows are notify's own types, so the
// store implements notify's interfaces with no copies between them.
type Mute = notify.Mute

// SetMute stores m, replacing the channel's mute of the topic; a zero
// Until removes it.
func (db *DB) SetMute(ctx context.Context, m Mute) error {
	var err error
	if m.Until.IsZero() {
		_, err = db.write.ExecContext(ctx, `DELETE FROM mutes WHERE channel = ? AND topic = ?`, m.Channel, string(m.Topic))
	} else {
		_, err = db.write.ExecContext(ctx, `INSERT INTO mutes (channel, topic, until) VALUES (?1, ?2, ?3)
ON CONFLICT (channel, topic) DO UPDATE SET until = ?3`, m.Channel, string(m.Topic), nanos(m.Until))
	}
	if err != nil {
		return fmt.Errorf("mute %s in %s: %w", m.Topic, m.Channel, err)
	}
	return nil
}

// Mutes lists the mutes still in force at now.
func (db *DB) Mutes(ctx context.Context, now time.Time) ([]Mute, error) {
	rows, err := db.write.QueryContext(ctx, `SELECT channel, topic, until FROM mutes WHERE until > ? ORDER BY channel, topic`, nanos(now))
	if err != nil {
		return nil, fmt.Errorf("list mutes: %w", err)
	}
	defer rows.Close()
	var out []Mute
	for rows.Next() {
		var (
			m     Mute
			topic string
			until int64
		)
		if err := rows.Scan(&m.Channel, &topic, &until); err != nil {
			return nil, fmt.Errorf("list mutes: %w", err)
		}
		m.Topic, m.Until = news.TopicID(topic), dateOf(until, 0)
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list mutes: %w", err)
	}
	return out, nil
}
