package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/store/storetest"
)

func openTemp(t *testing.T, opts Options) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "stancebot.db")
	db, err := Open(t.Context(), path, opts)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return db, path
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) news.Store {
		db, _ := openTemp(t, Options{})
		return db
	})
}

func TestConformanceInMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) news.Store {
		db, err := Open(t.Context(), ":memory:", Options{})
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		t.Cleanup(func() { _ = db.Close() })
		return db
	})
}

func schemaVersion(t *testing.T, db *DB) int {
	t.Helper()
	var v int
	if err := db.read.QueryRowContext(t.Context(), "PRAGMA user_version").Scan(&v); err != nil {
		t.Fatalf("read user_version: %v", err)
	}
	return v
}

func TestReopenKeepsDataAndSchema(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "nested", "dirs", "stancebot.db")
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}

	for i := range 3 {
		db, err := Open(ctx, path, Options{})
		if err != nil {
			t.Fatalf("open #%d: %v", i+1, err)
		}
		if v := schemaVersion(t, db); v != len(ms) {
			t.Errorf("open #%d: schema version %d, want %d", i+1, v, len(ms))
		}
		if i == 0 {
			if err := db.SyncSources(ctx, []news.Source{{ID: "a", URL: "https://a.example/feed"}}); err != nil {
				t.Fatal(err)
			}
			if _, err := db.SaveItem(ctx, news.Item{SourceID: "a", GUID: "g", Hash: "h", Published: time.Now()},
				[]news.Statement{{Actor: "russia", Topic: "purl", Stance: news.StanceOppose, Evidence: "e"}}); err != nil {
				t.Fatal(err)
			}
		}
		pos, err := db.Position(ctx, "russia", "purl", 0)
		if err != nil || pos.Stance != news.StanceOppose || len(pos.Statements) != 1 {
			t.Errorf("open #%d: position = %v with %d statements, %v; want oppose with 1", i+1, pos.Stance, len(pos.Statements), err)
		}
		if err := db.Close(); err != nil {
			t.Fatalf("close #%d: %v", i+1, err)
		}
	}
}

func TestRefusesNewerSchema(t *testing.T) {
	db, path := openTemp(t, Options{})
	if _, err := db.write.ExecContext(t.Context(), "PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	_, err := Open(t.Context(), path, Options{})
	if err == nil {
		t.Fatal("Open of a database from a newer program succeeded, want an error")
	}
}

func TestPragmas(t *testing.T) {
	db, _ := openTemp(t, Options{})
	ctx := t.Context()
	tests := []struct {
		name, pragma, want string
		pool               *sql.DB
	}{
		{"writer WAL", "journal_mode", "wal", db.write},
		{"reader WAL", "journal_mode", "wal", db.read},
		{"writer foreign keys", "foreign_keys", "1", db.write},
		{"writer busy timeout", "busy_timeout", "5000", db.write},
		{"reader busy timeout", "busy_timeout", "5000", db.read},
		{"reader query only", "query_only", "1", db.read},
		{"page size", "page_size", "16384", db.read},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got string
			if err := tc.pool.QueryRowContext(ctx, "PRAGMA "+tc.pragma).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("PRAGMA %s = %q, want %q", tc.pragma, got, tc.want)
			}
		})
	}
}

func TestOpenRejectsBadPath(t *testing.T) {
	for _, path := range []string{"", "db?mode=ro", "a#b.db"} {
		if db, err := Open(t.Context(), path, Options{}); err == nil {
			_ = db.Close()
			t.Errorf("Open(%q) succeeded, want an error", path)
		}
	}
}

func TestInvalidStanceStoresNothing(t *testing.T) {
	db, _ := openTemp(t, Options{})
	ctx := t.Context()
	if err := db.SyncSources(ctx, []news.Source{{ID: "a", URL: "u"}}); err != nil {
		t.Fatal(err)
	}
	item := news.Item{SourceID: "a", GUID: "g", Hash: "h", Published: time.Now()}
	_, err := db.SaveItem(ctx, item, []news.Statement{
		{Actor: "russia", Topic: "purl", Stance: news.StanceOppose},
		{Actor: "russia", Topic: "force", Stance: "furious"},
	})
	if err == nil {
		t.Fatal("SaveItem with stance \"furious\" succeeded")
	}
	if st, err := db.ItemStatus(ctx, item); err != nil || st != news.ItemNew {
		t.Errorf("after refused save: ItemStatus = %v, %v; want new (nothing stored)", st, err)
	}
}

// TestConcurrentWrites checks that writers from many goroutines are
// serialised rather than failing with "database is locked", while readers
// keep answering.
func TestConcurrentWrites(t *testing.T) {
	db, _ := openTemp(t, Options{})
	ctx := t.Context()
	if err := db.SyncSources(ctx, []news.Source{{ID: "a", URL: "u"}}); err != nil {
		t.Fatal(err)
	}
	const writers, each = 4, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers*each*2+1)
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				id := fmt.Sprintf("%d-%d", w, i)
				_, err := db.SaveItem(ctx, news.Item{SourceID: "a", GUID: id, Hash: id, Published: time.Now()},
					[]news.Statement{{Actor: "russia", Topic: "purl", Stance: news.StanceOppose, Evidence: fmt.Sprintf("w%dn%d", w, i)}})
				errs <- err
				_, err = db.Position(ctx, "russia", "purl", 20)
				errs <- err
			}
		})
	}
	wg.Go(func() {
		errs <- db.RecordFetch(ctx, "a", news.FetchResult{At: time.Now()})
	})
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("concurrent use: %v", err)
		}
	}
	got, err := db.Statements(ctx, "russia", "purl", 0)
	if err != nil || len(got) != writers*each {
		t.Errorf("after concurrent saves: %d statements, %v; want %d", len(got), err, writers*each)
	}
}

func TestOnSave(t *testing.T) {
	ctx := context.Background()
	var seen []Saved
	fail := false
	db, _ := openTemp(t, Options{OnSave: func(ctx context.Context, tx *sql.Tx, s Saved) error {
		// The hook sees the statements it is told about, in its transaction.
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM statements WHERE item_id = ?", s.ID).Scan(&n); err != nil {
			return err
		}
		if n != len(s.Statements) {
			return fmt.Errorf("hook sees %d statements, told %d", n, len(s.Statements))
		}
		if fail {
			return errors.New("outbox full")
		}
		seen = append(seen, s)
		return nil
	}})
	if err := db.SyncSources(ctx, []news.Source{{ID: "a", URL: "u"}}); err != nil {
		t.Fatal(err)
	}
	day := func(d int) time.Time { return time.Date(2026, 1, d, 0, 0, 0, 0, time.UTC) }
	save := func(guid, hash string, d int, stmts ...news.Statement) error {
		_, err := db.SaveItem(ctx, news.Item{SourceID: "a", GUID: guid, Hash: hash, Published: day(d)}, stmts)
		return err
	}
	oppose := news.Statement{Actor: "russia", Topic: "purl", Stance: news.StanceOppose}
	support := news.Statement{Actor: "russia", Topic: "purl", Stance: news.StanceSupport}

	steps := []struct {
		name      string
		run       func() error
		wantCalls int
		wantMoves []Move
	}{
		{"first statement", func() error { return save("1", "h1", 5, oppose) }, 1,
			[]Move{{"russia", "purl", news.StanceUnknown, news.StanceOppose}}},
		{"unchanged item: no call", func() error { return save("1", "h1", 5, oppose) }, 1, nil},
		{"older support: no move", func() error { return save("2", "h2", 1, support) }, 2, nil},
		{"newer support: move", func() error { return save("3", "h3", 9, support) }, 3,
			[]Move{{"russia", "purl", news.StanceOppose, news.StanceSupport}}},
		{"edit removes it: back to oppose", func() error { return save("3", "h3b", 9) }, 4,
			[]Move{{"russia", "purl", news.StanceSupport, news.StanceOppose}}},
	}
	for _, step := range steps {
		calls := len(seen)
		if err := step.run(); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		if len(seen) != step.wantCalls {
			t.Fatalf("%s: %d hook calls, want %d", step.name, len(seen), step.wantCalls)
		}
		if len(seen) == calls {
			continue // no call, no moves to check
		}
		if got := seen[len(seen)-1].Moves; fmt.Sprint(got) != fmt.Sprint(step.wantMoves) {
			t.Errorf("%s: moves %v, want %v", step.name, got, step.wantMoves)
		}
	}

	// A failing hook rolls the save back.
	fail = true
	if err := save("4", "h4", 20, oppose); err == nil {
		t.Fatal("save with a failing hook succeeded")
	}
	if st, err := db.ItemStatus(ctx, news.Item{SourceID: "a", GUID: "4", Hash: "h4"}); err != nil || st != news.ItemNew {
		t.Errorf("after failed hook: ItemStatus = %v, %v; want new (rolled back)", st, err)
	}
}

func TestNowOption(t *testing.T) {
	at := time.Date(2030, 5, 6, 7, 8, 9, 0, time.UTC)
	db, _ := openTemp(t, Options{Now: func() time.Time { return at }})
	ctx := t.Context()
	if err := db.SyncSources(ctx, []news.Source{{ID: "a", URL: "u"}}); err != nil {
		t.Fatal(err)
	}
	saved, err := db.SaveItem(ctx, news.Item{SourceID: "a", GUID: "g", Hash: "h", Published: at.Add(-time.Hour)},
		[]news.Statement{{Actor: "russia", Topic: "purl", Stance: news.StanceOppose}})
	if err != nil {
		t.Fatal(err)
	}
	if got := saved.Statements[0].Stored; !got.Equal(at) {
		t.Errorf("stored = %v, want the injected clock's %v", got, at)
	}
	if err := db.RecordFetch(ctx, "a", news.FetchResult{}); err != nil {
		t.Fatal(err)
	}
	if st, err := db.SourceState(ctx, "a"); err != nil || !st.LastFetched.Equal(at) {
		t.Errorf("LastFetched of a result without At = %v, %v; want %v", st.LastFetched, err, at)
	}
}

// TestStatementIDsNotReused checks that an edit gives its statements new
// ids and never hands out an id a deleted statement had, so a row that
// refers to a statement (an alert in the outbox) cannot come to mean
// another one.
func TestStatementIDsNotReused(t *testing.T) {
	db, _ := openTemp(t, Options{})
	ctx := t.Context()
	if err := db.SyncSources(ctx, []news.Source{{ID: "a", URL: "u"}}); err != nil {
		t.Fatal(err)
	}
	item := news.Item{SourceID: "a", GUID: "g", Hash: "h1", Published: time.Now()}
	st := []news.Statement{
		{Actor: "russia", Topic: "purl", Stance: news.StanceOppose},
		{Actor: "usa", Topic: "purl", Stance: news.StanceSupport},
	}
	seen := map[int64]bool{}
	for i := range 3 {
		item.Hash = fmt.Sprint("h", i)
		saved, err := db.SaveItem(ctx, item, st)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range saved.Statements {
			if seen[r.ID] {
				t.Errorf("save #%d reused statement id %d", i+1, r.ID)
			}
			seen[r.ID] = true
		}
	}
	if len(seen) != 6 {
		t.Errorf("3 saves of 2 statements gave %d distinct ids, want 6", len(seen))
	}
}
