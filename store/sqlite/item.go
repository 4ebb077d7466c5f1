package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"

	"github.com/stancebot/stancebot/news"
)

// queryer is what both *sql.DB and *sql.Tx offer for reads.
type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// storedItem is the identity and hash of an item already stored.
type storedItem struct {
	id   int64
	hash string
}

// findItem looks for the stored item that item is a copy or an edit of,
// within its source. Each identifier is a fallback for the stronger one
// when that one is missing on either side, and two items whose identifiers
// are both present and differ are never the same:
//
//  1. the same non-empty GUID;
//  2. else the same non-empty canonical URL, unless both have GUIDs;
//  3. else the same non-empty content hash, unless both have GUIDs or
//     both have (different) URLs.
//
// The oldest match wins. found is false for a new item.
func findItem(ctx context.Context, q queryer, item news.Item) (it storedItem, found bool, err error) {
	try := func(query string, args ...any) (bool, error) {
		err := q.QueryRowContext(ctx, query, args...).Scan(&it.id, &it.hash)
		if errors.Is(err, sql.ErrNoRows) {
			return false, nil
		}
		return err == nil, err
	}
	if item.GUID != "" {
		if found, err = try(`SELECT id, hash FROM items WHERE source_id = ? AND guid = ? AND guid <> '' ORDER BY id LIMIT 1`,
			item.SourceID, item.GUID); found || err != nil {
			return it, found, err
		}
	}
	if item.URL != "" {
		if found, err = try(`SELECT id, hash FROM items WHERE source_id = ?1 AND url = ?2 AND url <> ''
    AND (guid = '' OR ?3 = '') ORDER BY id LIMIT 1`,
			item.SourceID, item.URL, item.GUID); found || err != nil {
			return it, found, err
		}
	}
	if item.Hash != "" {
		found, err = try(`SELECT id, hash FROM items WHERE source_id = ?1 AND hash = ?2
    AND (guid = '' OR ?3 = '') AND (url = '' OR ?4 = '' OR url = ?4) ORDER BY id LIMIT 1`,
			item.SourceID, item.Hash, item.GUID, item.URL)
	}
	return it, found, err
}

// status classifies item against what findItem found.
func status(it storedItem, found bool, item news.Item) news.ItemStatus {
	switch {
	case !found:
		return news.ItemNew
	case it.hash == item.Hash:
		return news.ItemUnchanged
	}
	return news.ItemChanged
}

// ItemStatus says whether item is new, an edit of a stored item, or stored
// as it is, changing nothing.
func (db *DB) ItemStatus(ctx context.Context, item news.Item) (news.ItemStatus, error) {
	it, found, err := findItem(ctx, db.read, item)
	if err != nil {
		return 0, fmt.Errorf("item status in %s: %w", item.SourceID, err)
	}
	return status(it, found, item), nil
}

// SaveItem stores a new or changed item and replaces its statements in one
// transaction, keeping positions right (and running Options.OnSave in the
// same transaction). An unchanged item stores nothing. The source must
// exist (news.ErrNotFound otherwise); a statement with a stance other than
// support, oppose or neutral is an error and stores nothing.
func (db *DB) SaveItem(ctx context.Context, item news.Item, stmts []news.Statement) (saved news.SavedItem, err error) {
	for _, s := range stmts {
		if _, err := news.ParseStance(string(s.Stance)); err != nil {
			return news.SavedItem{}, fmt.Errorf("save item in %s: statement by %s on %s: %w", item.SourceID, s.Actor, s.Topic, err)
		}
	}
	now := db.now()
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return news.SavedItem{}, fmt.Errorf("save item in %s: begin: %w", item.SourceID, err)
	}
	defer rollbackOnError(tx, &err)

	var name string
	err = tx.QueryRowContext(ctx, `SELECT name FROM sources WHERE id = ?`, item.SourceID).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return news.SavedItem{}, fmt.Errorf("save item: source %q: %w", item.SourceID, news.ErrNotFound)
	}
	if err != nil {
		return news.SavedItem{}, fmt.Errorf("save item in %s: read source: %w", item.SourceID, err)
	}
	outlet := news.Source{ID: item.SourceID, Name: name}.Outlet()

	it, found, err := findItem(ctx, tx, item)
	if err != nil {
		return news.SavedItem{}, fmt.Errorf("save item in %s: find: %w", item.SourceID, err)
	}
	saved.Status = status(it, found, item)
	saved.Statements = []news.Record{}
	if saved.Status == news.ItemUnchanged {
		saved.ID = it.id
		return saved, tx.Commit()
	}

	published, offset := dateCol(item.Published)
	pairs := map[pair]bool{}
	if saved.Status == news.ItemNew {
		err = tx.QueryRowContext(ctx, `
INSERT INTO items (source_id, guid, url, title, author, published, published_offset, text, hash, first_seen, updated)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			item.SourceID, item.GUID, item.URL, item.Title, item.Author, published, offset,
			item.Text, item.Hash, nanos(now), nanos(now)).Scan(&saved.ID)
		if err != nil {
			return news.SavedItem{}, fmt.Errorf("save item in %s: insert: %w", item.SourceID, err)
		}
	} else {
		saved.ID = it.id
		// An identifier the edit lacks keeps its stored value: a feed that
		// drops a GUID has not made the item another one.
		_, err = tx.ExecContext(ctx, `
UPDATE items SET
    guid = CASE WHEN ?1 = '' THEN guid ELSE ?1 END,
    url = CASE WHEN ?2 = '' THEN url ELSE ?2 END,
    title = ?3, author = ?4, published = ?5, published_offset = ?6,
    text = ?7, hash = ?8, updated = ?9
WHERE id = ?10`,
			item.GUID, item.URL, item.Title, item.Author, published, offset,
			item.Text, item.Hash, nanos(now), it.id)
		if err != nil {
			return news.SavedItem{}, fmt.Errorf("save item %d in %s: update: %w", it.id, item.SourceID, err)
		}
		old, err := deleteStatements(ctx, tx, it.id)
		if err != nil {
			return news.SavedItem{}, fmt.Errorf("save item %d in %s: %w", it.id, item.SourceID, err)
		}
		for _, p := range old {
			pairs[p] = true
		}
	}

	ins, err := tx.PrepareContext(ctx, `
INSERT INTO statements (id, item_id, source_id, doc, actor, topic, stance, evidence, speaker, confidence,
    outlet, title, url, published, published_offset, stored)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return news.SavedItem{}, fmt.Errorf("save item in %s: prepare: %w", item.SourceID, err)
	}
	defer ins.Close()
	// Reserve the ids: last+1 … last+len(stmts).
	var lastID int64
	err = tx.QueryRowContext(ctx, `UPDATE id_counters SET last = last + ? WHERE name = 'statements' RETURNING last`,
		len(stmts)).Scan(&lastID)
	if err != nil {
		return news.SavedItem{}, fmt.Errorf("save item in %s: reserve statement ids: %w", item.SourceID, err)
	}
	nextID := lastID - int64(len(stmts))
	for _, s := range stmts {
		nextID++
		r := news.Record{
			Statement: s, ItemID: saved.ID, SourceID: item.SourceID, Outlet: outlet,
			Title: item.Title, URL: item.URL, Published: dateOf(published, offset), Stored: dateOf(nanos(now), 0),
		}
		r.ID = nextID
		_, err := ins.ExecContext(ctx, r.ID, saved.ID, item.SourceID, s.Doc, string(s.Actor), string(s.Topic),
			string(s.Stance), s.Evidence, s.Speaker, s.Confidence, outlet, item.Title, item.URL,
			published, offset, nanos(now))
		if err != nil {
			return news.SavedItem{}, fmt.Errorf("save item in %s: insert statement by %s on %s: %w", item.SourceID, s.Actor, s.Topic, err)
		}
		saved.Statements = append(saved.Statements, r)
		pairs[pair{s.Actor, s.Topic}] = true
	}

	// Refresh in a fixed order so that Moves read the same every time.
	order := make([]pair, 0, len(pairs))
	for p := range pairs {
		order = append(order, p)
	}
	sort.Slice(order, func(i, j int) bool { return order[i].less(order[j]) })
	var moves []Move
	for _, p := range order {
		from, to, err := refreshPosition(ctx, tx, p, now)
		if err != nil {
			return news.SavedItem{}, fmt.Errorf("save item in %s: position of %s on %s: %w", item.SourceID, p.actor, p.topic, err)
		}
		if from != to {
			moves = append(moves, Move{Actor: p.actor, Topic: p.topic, From: from, To: to})
		}
	}

	if db.onSave != nil {
		if err := db.onSave(ctx, tx, Saved{Item: item, SavedItem: saved, Moves: moves}); err != nil {
			return news.SavedItem{}, fmt.Errorf("save item in %s: on save: %w", item.SourceID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return news.SavedItem{}, fmt.Errorf("save item in %s: commit: %w", item.SourceID, err)
	}
	return saved, nil
}

// pair is one actor × topic.
type pair struct {
	actor news.ActorID
	topic news.TopicID
}

func (p pair) less(q pair) bool {
	if p.actor != q.actor {
		return p.actor < q.actor
	}
	return p.topic < q.topic
}

// deleteStatements removes an item's statements and returns the pairs
// they were about.
func deleteStatements(ctx context.Context, tx *sql.Tx, itemID int64) ([]pair, error) {
	rows, err := tx.QueryContext(ctx, `DELETE FROM statements WHERE item_id = ? RETURNING actor, topic`, itemID)
	if err != nil {
		return nil, fmt.Errorf("delete old statements: %w", err)
	}
	defer rows.Close()
	var out []pair
	for rows.Next() {
		var a, t string
		if err := rows.Scan(&a, &t); err != nil {
			return nil, fmt.Errorf("delete old statements: %w", err)
		}
		out = append(out, pair{news.ActorID(a), news.TopicID(t)})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("delete old statements: %w", err)
	}
	return out, nil
}
