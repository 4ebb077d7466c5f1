package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/stancebot/stancebot/news"
)

// SyncSources makes the stored sources match the configured ones: new ones
// are added, changed ones updated with their fetch state kept (except the
// ETag and Last-Modified validators when the URL changed: they belonged to
// the old URL), missing ones marked disabled. Nothing is deleted.
func (db *DB) SyncSources(ctx context.Context, sources []news.Source) (err error) {
	now := nanos(db.now())
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sync sources: begin: %w", err)
	}
	defer rollbackOnError(tx, &err)

	keep := make(map[string]bool, len(sources))
	for _, s := range sources {
		if s.ID == "" {
			return errors.New("sync sources: source with empty id")
		}
		keep[s.ID] = true
		_, err := tx.ExecContext(ctx, `
INSERT INTO sources (id, name, url, schedule, default_actor, disabled, created, updated)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET
    name = excluded.name,
    url = excluded.url,
    schedule = excluded.schedule,
    default_actor = excluded.default_actor,
    disabled = excluded.disabled,
    etag = CASE WHEN url = excluded.url THEN etag ELSE '' END,
    last_modified = CASE WHEN url = excluded.url THEN last_modified ELSE '' END,
    updated = excluded.updated`,
			s.ID, s.Name, s.URL, s.Schedule, string(s.DefaultActor), s.Disabled, now, now)
		if err != nil {
			return fmt.Errorf("sync sources: upsert %s: %w", s.ID, err)
		}
	}

	rows, err := tx.QueryContext(ctx, `SELECT id FROM sources WHERE disabled = 0`)
	if err != nil {
		return fmt.Errorf("sync sources: list: %w", err)
	}
	var gone []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return fmt.Errorf("sync sources: list: %w", err)
		}
		if !keep[id] {
			gone = append(gone, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sync sources: list: %w", err)
	}
	for _, id := range gone {
		if _, err := tx.ExecContext(ctx, `UPDATE sources SET disabled = 1, updated = ? WHERE id = ?`, now, id); err != nil {
			return fmt.Errorf("sync sources: disable %s: %w", id, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sync sources: commit: %w", err)
	}
	return nil
}

const sourceColumns = `s.id, s.name, s.url, s.schedule, s.default_actor, s.disabled,
    s.etag, s.last_modified, s.last_fetched, s.last_success, s.last_error,
    s.consecutive_errors, s.next_check,
    (SELECT count(*) FROM items i WHERE i.source_id = s.id)`

func scanSource(row interface{ Scan(...any) error }) (news.SourceState, error) {
	var (
		st                          news.SourceState
		actor                       string
		fetched, success, nextCheck sql.NullInt64
	)
	err := row.Scan(&st.ID, &st.Name, &st.URL, &st.Schedule, &actor, &st.Disabled,
		&st.ETag, &st.LastModified, &fetched, &success, &st.LastError,
		&st.ConsecutiveErrors, &nextCheck, &st.Items)
	if err != nil {
		return news.SourceState{}, err
	}
	st.DefaultActor = news.ActorID(actor)
	st.LastFetched = timeOf(fetched)
	st.LastSuccess = timeOf(success)
	st.NextCheck = timeOf(nextCheck)
	return st, nil
}

// Sources lists every source, disabled ones included, by id.
func (db *DB) Sources(ctx context.Context) ([]news.SourceState, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT `+sourceColumns+` FROM sources s ORDER BY s.id`)
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	defer rows.Close()
	out := []news.SourceState{}
	for rows.Next() {
		st, err := scanSource(rows)
		if err != nil {
			return nil, fmt.Errorf("list sources: %w", err)
		}
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	return out, nil
}

// SourceState returns one source; news.ErrNotFound if unknown.
func (db *DB) SourceState(ctx context.Context, id string) (news.SourceState, error) {
	st, err := scanSource(db.read.QueryRowContext(ctx, `SELECT `+sourceColumns+` FROM sources s WHERE s.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return news.SourceState{}, fmt.Errorf("source %q: %w", id, news.ErrNotFound)
	}
	if err != nil {
		return news.SourceState{}, fmt.Errorf("read source %s: %w", id, err)
	}
	return st, nil
}

// RecordFetch stores the outcome of a poll. On success it clears the error,
// resets the error count, sets LastSuccess and the validators (on a 304 it
// keeps the old validators unless new ones came). On failure it keeps the
// validators and LastSuccess, sets LastError and counts one more
// consecutive error. Either way it sets LastFetched (r.At, or now when
// zero) and NextCheck. news.ErrNotFound if the source is unknown.
func (db *DB) RecordFetch(ctx context.Context, id string, r news.FetchResult) error {
	at := r.At
	if at.IsZero() {
		at = db.now()
	}
	var (
		res sql.Result
		err error
	)
	if r.Err != nil {
		res, err = db.write.ExecContext(ctx, `
UPDATE sources SET
    last_fetched = ?, next_check = ?,
    last_error = ?, consecutive_errors = consecutive_errors + 1,
    updated = ?
WHERE id = ?`,
			timeCol(at), timeCol(r.NextCheck), r.Err.Error(), nanos(db.now()), id)
	} else {
		etag, lastMod, keepOld := r.ETag, r.LastModified, r.NotModified
		res, err = db.write.ExecContext(ctx, `
UPDATE sources SET
    last_fetched = ?1, next_check = ?2, last_success = ?1,
    last_error = '', consecutive_errors = 0,
    etag = CASE WHEN ?3 AND ?4 = '' THEN etag ELSE ?4 END,
    last_modified = CASE WHEN ?3 AND ?5 = '' THEN last_modified ELSE ?5 END,
    updated = ?6
WHERE id = ?7`,
			timeCol(at), timeCol(r.NextCheck), keepOld, etag, lastMod, nanos(db.now()), id)
	}
	if err != nil {
		return fmt.Errorf("record fetch of %s: %w", id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("record fetch of %s: %w", id, err)
	}
	if n == 0 {
		return fmt.Errorf("record fetch of %s: %w", id, news.ErrNotFound)
	}
	return nil
}

// rollbackOnError rolls tx back when *err is set; deferred by writers.
func rollbackOnError(tx *sql.Tx, err *error) {
	if *err != nil {
		_ = tx.Rollback()
	}
}
