package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/stancebot/stancebot/news"
)

// refreshPosition recomputes the positions row of p from its statements
// and returns the stance before and after. The winner is the statement with
// the newest published date, ties going to the later stored (higher id);
// since is the published date of the oldest statement of the winner's
// unbroken run, over the pair's whole history.
func refreshPosition(ctx context.Context, tx *sql.Tx, p pair, now time.Time) (from, to news.Stance, err error) {
	from = news.StanceUnknown
	var old string
	err = tx.QueryRowContext(ctx, `SELECT stance FROM positions WHERE actor = ? AND topic = ?`, p.actor, p.topic).Scan(&old)
	switch {
	case err == nil:
		from = news.Stance(old)
	case !errors.Is(err, sql.ErrNoRows):
		return "", "", fmt.Errorf("read position: %w", err)
	}

	var (
		winID     int64
		winStance string
	)
	err = tx.QueryRowContext(ctx, `
SELECT id, stance FROM statements WHERE actor = ? AND topic = ?
ORDER BY published DESC, id DESC LIMIT 1`, p.actor, p.topic).Scan(&winID, &winStance)
	if errors.Is(err, sql.ErrNoRows) {
		if _, err := tx.ExecContext(ctx, `DELETE FROM positions WHERE actor = ? AND topic = ?`, p.actor, p.topic); err != nil {
			return "", "", fmt.Errorf("delete position: %w", err)
		}
		return from, news.StanceUnknown, nil
	}
	if err != nil {
		return "", "", fmt.Errorf("read newest statement: %w", err)
	}

	// The newest statement of another stance ends the run; the run's
	// oldest statement is the first one after it.
	var (
		breakPub, breakID int64
		sincePub          int64
		sinceOff          int
	)
	err = tx.QueryRowContext(ctx, `
SELECT published, id FROM statements WHERE actor = ? AND topic = ? AND stance <> ?
ORDER BY published DESC, id DESC LIMIT 1`, p.actor, p.topic, winStance).Scan(&breakPub, &breakID)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		err = tx.QueryRowContext(ctx, `
SELECT published, published_offset FROM statements WHERE actor = ? AND topic = ?
ORDER BY published, id LIMIT 1`, p.actor, p.topic).Scan(&sincePub, &sinceOff)
	case err == nil:
		err = tx.QueryRowContext(ctx, `
SELECT published, published_offset FROM statements WHERE actor = ?1 AND topic = ?2
    AND (published, id) > (?3, ?4)
ORDER BY published, id LIMIT 1`, p.actor, p.topic, breakPub, breakID).Scan(&sincePub, &sinceOff)
	}
	if err != nil {
		return "", "", fmt.Errorf("find since: %w", err)
	}

	_, err = tx.ExecContext(ctx, `
INSERT INTO positions (actor, topic, stance, statement_id, since, since_offset, updated)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (actor, topic) DO UPDATE SET
    stance = excluded.stance, statement_id = excluded.statement_id,
    since = excluded.since, since_offset = excluded.since_offset, updated = excluded.updated`,
		p.actor, p.topic, winStance, winID, sincePub, sinceOff, nanos(now))
	if err != nil {
		return "", "", fmt.Errorf("write position: %w", err)
	}
	return from, news.Stance(winStance), nil
}

const recordColumns = `id, item_id, source_id, doc, actor, topic, stance, evidence, speaker, confidence,
    outlet, title, url, published, published_offset, stored`

// scanRecords runs a prepared statements query whose columns are lead
// (scanned from every row; the last row's values stay) and then
// recordColumns.
func scanRecords(ctx context.Context, st *sql.Stmt, lead []any, args ...any) ([]news.Record, error) {
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	return scanRecordRows(rows, lead...)
}

// scanRecordRows reads rows whose columns are lead and then recordColumns,
// and closes them.
func scanRecordRows(rows *sql.Rows, lead ...any) ([]news.Record, error) {
	defer rows.Close()
	out := []news.Record{}
	for rows.Next() {
		var (
			r                    news.Record
			actor, topic, stance string
			published, stored    int64
			offset               int
		)
		dest := append(lead[:len(lead):len(lead)], &r.ID, &r.ItemID, &r.SourceID, &r.Doc, &actor, &topic, &stance, &r.Evidence,
			&r.Speaker, &r.Confidence, &r.Outlet, &r.Title, &r.URL, &published, &offset, &stored)
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		r.Actor, r.Topic, r.Stance = news.ActorID(actor), news.TopicID(topic), news.Stance(stance)
		r.Published = dateOf(published, offset)
		r.Stored = dateOf(stored, 0)
		out = append(out, r)
	}
	return out, rows.Err()
}

// syndicationHeadroom is how many rows to read to fill limit entries after
// syndicated copies are merged into one (news.MergeSyndicated).
func syndicationHeadroom(limit int) int {
	if limit <= 0 {
		return 0
	}
	return limit * 4
}

// trim keeps at most limit records (0: all).
func trim(recs []news.Record, limit int) []news.Record {
	if limit > 0 && len(recs) > limit {
		return recs[:limit]
	}
	return recs
}

// sqlLimit turns "0 means all" into SQLite's "-1 means no limit".
func sqlLimit(limit int) int {
	if limit <= 0 {
		return -1
	}
	return limit
}

// Reads that every reply makes, prepared once at Open: parsing them costs
// more than running them.
const (
	// The position row joined to its newest statements: one statement, so
	// one consistent snapshot, and an index range read backwards.
	positionQuery = `SELECT p.stance, p.since, p.since_offset, ` + sRecordColumns + `
FROM positions p JOIN statements s ON s.actor = p.actor AND s.topic = p.topic
WHERE p.actor = ? AND p.topic = ?
ORDER BY s.published DESC, s.id DESC LIMIT ?`
	pairQuery = `SELECT ` + recordColumns + ` FROM statements
WHERE actor = ? AND topic = ? ORDER BY published DESC, id DESC LIMIT ?`
	actorQuery = `SELECT ` + recordColumns + ` FROM statements
WHERE actor = ? ORDER BY published DESC, id DESC LIMIT ?`
	sinceQuery = `SELECT ` + recordColumns + ` FROM statements
WHERE stored > ? ORDER BY stored, id LIMIT ?`
)

const sRecordColumns = `s.id, s.item_id, s.source_id, s.doc, s.actor, s.topic, s.stance, s.evidence, s.speaker, s.confidence,
    s.outlet, s.title, s.url, s.published, s.published_offset, s.stored`

// readStmts are the prepared reads.
type readStmts struct {
	position, pair, actor, since *sql.Stmt
}

func prepareReads(ctx context.Context, pool *sql.DB) (*readStmts, error) {
	var rs readStmts
	for _, p := range []struct {
		stmt  **sql.Stmt
		query string
	}{
		{&rs.position, positionQuery}, {&rs.pair, pairQuery}, {&rs.actor, actorQuery}, {&rs.since, sinceQuery},
	} {
		st, err := pool.PrepareContext(ctx, p.query)
		if err != nil {
			rs.close()
			return nil, fmt.Errorf("prepare reads: %w", err)
		}
		*p.stmt = st
	}
	return &rs, nil
}

func (rs *readStmts) close() {
	for _, st := range []*sql.Stmt{rs.position, rs.pair, rs.actor, rs.since} {
		if st != nil {
			_ = st.Close()
		}
	}
}

// Position returns the actor's position on the topic with at most limit
// statements (0: all), newest first by published date. Stance and Since
// are computed over the pair's whole history, whatever the limit.
func (db *DB) Position(ctx context.Context, actor news.ActorID, topic news.TopicID, limit int) (news.Position, error) {
	pos := news.Position{Actor: actor, Topic: topic, Stance: news.StanceUnknown, Statements: []news.Record{}}
	var (
		stance   string
		since    int64
		sinceOff int
	)
	recs, err := scanRecords(ctx, db.reads.position, []any{&stance, &since, &sinceOff},
		string(actor), string(topic), sqlLimit(syndicationHeadroom(limit)))
	if err != nil {
		return news.Position{}, fmt.Errorf("position of %s on %s: %w", actor, topic, err)
	}
	if len(recs) == 0 {
		return pos, nil
	}
	pos.Stance = news.Stance(stance)
	pos.Since = dateOf(since, sinceOff)
	pos.Statements = trim(news.MergeSyndicated(recs), limit)
	return pos, nil
}

// Statements lists an actor's statements newest first by published date
// (at most limit; 0: all); topic "" means every topic.
func (db *DB) Statements(ctx context.Context, actor news.ActorID, topic news.TopicID, limit int) ([]news.Record, error) {
	var (
		out []news.Record
		err error
	)
	if topic == "" {
		out, err = scanRecords(ctx, db.reads.actor, nil, string(actor), sqlLimit(syndicationHeadroom(limit)))
	} else {
		out, err = scanRecords(ctx, db.reads.pair, nil, string(actor), string(topic), sqlLimit(syndicationHeadroom(limit)))
	}
	if err != nil {
		return nil, fmt.Errorf("statements of %s on %q: %w", actor, topic, err)
	}
	return trim(news.MergeSyndicated(out), limit), nil
}

// StatementsSince lists statements stored strictly after t, oldest stored
// first (at most limit; 0: all).
func (db *DB) StatementsSince(ctx context.Context, t time.Time, limit int) ([]news.Record, error) {
	after := int64(noDate)
	if !t.IsZero() {
		after = nanos(t)
	}
	out, err := scanRecords(ctx, db.reads.since, nil, after, sqlLimit(limit))
	if err != nil {
		return nil, fmt.Errorf("statements since %s: %w", t.Format(time.RFC3339), err)
	}
	return out, nil
}
