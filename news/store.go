package news

import (
	"context"
	"errors"
	"time"
)

// ErrNotFound is returned when a named source or item does not exist.
var ErrNotFound = errors.New("news: not found")

// SourceStore keeps the sources and their fetch state.
type SourceStore interface {
	// SyncSources makes the stored sources match the configured ones:
	// new ones are added, changed ones updated (fetch state kept), missing
	// ones marked disabled. It never deletes items or statements.
	SyncSources(ctx context.Context, sources []Source) error
	// Sources lists every source with its state, by id.
	Sources(ctx context.Context) ([]SourceState, error)
	// SourceState returns one source; ErrNotFound if unknown.
	SourceState(ctx context.Context, id string) (SourceState, error)
	// RecordFetch stores the outcome of a poll: on success the validators
	// and a reset error count, on failure the error and one more
	// consecutive error. ErrNotFound if unknown.
	RecordFetch(ctx context.Context, id string, r FetchResult) error
}

// ItemStore keeps items, deduplicated per source: by GUID, then canonical
// link, then content hash.
type ItemStore interface {
	// ItemStatus says whether item is new, an edit of a stored one, or
	// stored as it is, without changing anything.
	ItemStatus(ctx context.Context, item Item) (ItemStatus, error)
	// SaveItem stores item (new or changed) and replaces its statements,
	// in one transaction, updating positions. For an unchanged item it
	// stores nothing and returns ItemUnchanged.
	SaveItem(ctx context.Context, item Item, stmts []Statement) (SavedItem, error)
}

// SavedItem is the outcome of SaveItem.
type SavedItem struct {
	ID         int64
	Status     ItemStatus
	Statements []Record // the statements stored for it (none if unchanged)
}

// Ledger answers questions about positions and statements.
type Ledger interface {
	// Position returns the actor's position on the topic, with its history
	// newest first (at most limit entries; 0 means all), syndicated copies
	// merged into one entry (MergeSyndicated). A pair with no statements is
	// StanceUnknown, not an error.
	Position(ctx context.Context, actor ActorID, topic TopicID, limit int) (Position, error)
	// Statements lists an actor's statements, newest first, syndicated
	// copies merged; topic "" means every topic.
	Statements(ctx context.Context, actor ActorID, topic TopicID, limit int) ([]Record, error)
	// StatementsSince lists statements stored after t, oldest first.
	StatementsSince(ctx context.Context, t time.Time, limit int) ([]Record, error)
}

// Store is everything a back end provides.
type Store interface {
	SourceStore
	ItemStore
	Ledger
	// Ping checks the store answers (for /healthz).
	Ping(ctx context.Context) error
	Close() error
}
