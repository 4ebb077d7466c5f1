package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/stancebot/stancebot/news"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

var _ news.Store = (*DB)(nil)

// Options configures Open.
type Options struct {
	// Logger receives migration and lifecycle messages; nil discards them.
	Logger *slog.Logger
	// Now is the clock for stored and updated times; nil means time.Now.
	Now func() time.Time
	// OnSave, when set, runs inside SaveItem's transaction after the item
	// and its statements are written, for new and changed items only. An
	// error rolls the whole save back. It is where an outbox row (a River
	// job inserted with InsertTx) is written in the same transaction as the
	// statements it reports. It must use tx for every read and write: the
	// store's connections are busy with this save.
	OnSave func(ctx context.Context, tx *sql.Tx, s Saved) error
	// Readers is the size of the read-only connection pool; 0 means 4.
	Readers int
}

// Saved is what OnSave learns of one SaveItem.
type Saved struct {
	Item news.Item
	news.SavedItem
	// Moves lists the positions whose stance this save changed; From is
	// news.StanceUnknown for a pair's first statement, To is
	// news.StanceUnknown when its last statement went away.
	Moves []Move
}

// Move is a change of one actor × topic position.
type Move struct {
	Actor    news.ActorID
	Topic    news.TopicID
	From, To news.Stance
}

// DB is a stancebot store in one SQLite file. It is safe for concurrent use.
type DB struct {
	path   string
	write  *sql.DB // one connection: SQLite has one writer
	read   *sql.DB // read-only connections
	reads  *readStmts
	log    *slog.Logger
	now    func() time.Time
	onSave func(ctx context.Context, tx *sql.Tx, s Saved) error
}

// Open opens (creating it and its parent directories if needed) the
// database at path and brings its schema up to date. path ":memory:" opens
// a private in-memory database (no WAL; for tests and demos).
func Open(ctx context.Context, path string, opts Options) (*DB, error) {
	if path == "" {
		return nil, errors.New("open sqlite store: empty path")
	}
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("open sqlite store %s: path may not contain '?' or '#'", path)
	}
	db := &DB{path: path, log: opts.Logger, now: opts.Now, onSave: opts.OnSave}
	if db.log == nil {
		db.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if db.now == nil {
		db.now = time.Now
	}
	readers := opts.Readers
	if readers <= 0 {
		readers = 4
	}

	const common = "_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)"
	if path == ":memory:" {
		// Every connection to ":memory:" is its own database, so reads and
		// writes share the one connection.
		w, err := sql.Open("sqlite", path+"?"+common+"&_txlock=immediate")
		if err != nil {
			return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
		}
		w.SetMaxOpenConns(1)
		w.SetConnMaxIdleTime(0)
		w.SetConnMaxLifetime(0)
		db.write, db.read = w, w
	} else {
		if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
			return nil, fmt.Errorf("open sqlite store %s: create directory: %w", path, err)
		}
		// The driver runs _pragma entries in alphabetical order, and a page
		// size must be set before WAL is (WAL fixes it), so the journal mode
		// goes in the _journal_mode key, which runs after every _pragma.
		// page_size only affects a new file.
		w, err := sql.Open("sqlite", path+"?"+common+"&_pragma=page_size(16384)&_journal_mode=WAL&_txlock=immediate")
		if err != nil {
			return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
		}
		w.SetMaxOpenConns(1)
		db.write = w
		// The reader DSN sets no journal mode: WAL is a property of the
		// file, set by the writer (migrate runs first) before any reader
		// connects. Each reader keeps 16 MiB of pages.
		r, err := sql.Open("sqlite", path+"?"+common+"&_pragma=query_only(1)&_pragma=cache_size(-16384)")
		if err != nil {
			_ = w.Close()
			return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
		}
		r.SetMaxOpenConns(readers)
		r.SetMaxIdleConns(readers)
		db.read = r
	}

	if err := db.migrate(ctx); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	reads, err := prepareReads(ctx, db.read)
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	db.reads = reads
	return db, nil
}

// SQL returns the write pool, for components that keep their own tables in
// the same database (a job queue). Its one connection is shared with the
// store: never hold it across a call into the store.
func (db *DB) SQL() *sql.DB { return db.write }

// Ping checks that the database answers a query.
func (db *DB) Ping(ctx context.Context) error {
	var one int
	if err := db.read.QueryRowContext(ctx, "SELECT 1").Scan(&one); err != nil {
		return fmt.Errorf("ping sqlite store: %w", err)
	}
	return nil
}

// Close closes both pools. The last connection to close checkpoints the WAL.
func (db *DB) Close() error {
	var errs []error
	if db.reads != nil {
		db.reads.close()
	}
	if db.read != nil && db.read != db.write {
		errs = append(errs, db.read.Close())
	}
	if db.write != nil {
		errs = append(errs, db.write.Close())
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close sqlite store %s: %w", db.path, err)
	}
	return nil
}

// migration is one numbered schema step.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations reads the embedded migrations, ordered, checking that they
// are numbered 1, 2, 3… without gaps.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, fmt.Errorf("list migrations: %w", err)
	}
	var out []migration
	for _, name := range names {
		base := filepath.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must be NNNN_what.sql", base)
		}
		body, err := migrationFiles.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", base, err)
		}
		out = append(out, migration{version: v, name: base, sql: string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: want version %d", m.name, i+1)
		}
	}
	return out, nil
}

// migrate applies the migrations the database lacks, each in its own
// transaction together with the user_version bump, so a crash leaves the
// schema at a whole step. The version is read inside the (immediate)
// transaction, so two processes opening one file apply each step once.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	for {
		done, err := db.migrateOne(ctx, ms)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
	}
}

func (db *DB) migrateOne(ctx context.Context, ms []migration) (done bool, err error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("migrate: begin: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return false, fmt.Errorf("migrate: read schema version: %w", err)
	}
	if v > len(ms) {
		return false, fmt.Errorf("migrate: database schema version %d is newer than this program's %d", v, len(ms))
	}
	if v == len(ms) {
		return true, tx.Commit()
	}
	m := ms[v]
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return false, fmt.Errorf("migrate: apply %s: %w", m.name, err)
	}
	// PRAGMA takes no bound parameters; the version is our own integer.
	if _, err := tx.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(m.version)); err != nil {
		return false, fmt.Errorf("migrate: set schema version %d: %w", m.version, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migrate: commit %s: %w", m.name, err)
	}
	db.log.Info("applied store migration", slog.String("migration", m.name), slog.Int("version", m.version))
	return false, nil
}
