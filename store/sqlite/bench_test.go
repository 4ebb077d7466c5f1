package sqlite

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/stancebot/stancebot/news"
)

// The benchmark ledger: 13 actors × 26 topics, 100,000 items of 10
// statements each.
const (
	benchActors     = 13
	benchTopics     = 26
	benchItems      = 100_000
	benchPerItem    = 10
	benchStatements = benchItems * benchPerItem
)

func benchActor(i int) news.ActorID { return news.ActorID(fmt.Sprintf("actor%02d", i)) }
func benchTopic(i int) news.TopicID { return news.TopicID(fmt.Sprintf("topic%02d", i)) }

// benchDB returns the path of a database seeded with benchStatements
// statements, building it on first use and keeping it in os.TempDir under a
// name that carries the schema version, so later runs reuse it.
func benchDB(b *testing.B) string {
	b.Helper()
	ms, err := migrations()
	if err != nil {
		b.Fatal(err)
	}
	// Keyed by the schema itself, so an edited migration seeds anew.
	h := sha256.New()
	for _, m := range ms {
		h.Write([]byte(m.sql))
	}
	path := filepath.Join(os.TempDir(), fmt.Sprintf("stancebot-bench-1m-%x.db", h.Sum(nil)[:6]))
	if _, err := os.Stat(path); err == nil {
		return path
	} else if !errors.Is(err, fs.ErrNotExist) {
		b.Fatal(err)
	}

	tmp := fmt.Sprintf("%s.%d.tmp", path, os.Getpid())
	defer os.Remove(tmp)
	start := time.Now()
	db, err := Open(b.Context(), tmp, Options{})
	if err != nil {
		b.Fatal(err)
	}
	if err := seed(b.Context(), db); err != nil {
		_ = db.Close()
		b.Fatalf("seed: %v", err)
	}
	// Close checkpoints the WAL into the file, so the file alone is whole.
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	b.Logf("seeded %d statements into %s in %v", benchStatements, path, time.Since(start).Round(time.Millisecond))
	return path
}

// seed writes the benchmark ledger in one transaction with prepared
// statements, bypassing SaveItem (which would recompute positions a
// million times), then computes every position once.
func seed(ctx context.Context, db *DB) (err error) {
	if _, err := db.write.ExecContext(ctx, "PRAGMA cache_size = -262144"); err != nil { // 256 MiB
		return err
	}
	if err := db.SyncSources(ctx, []news.Source{{ID: "wire", Name: "Wire", URL: "https://wire.example/rss"}}); err != nil {
		return err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer rollbackOnError(tx, &err)
	insItem, err := tx.PrepareContext(ctx, `INSERT INTO items (id, source_id, guid, url, title, published, text, hash, first_seen, updated)
VALUES (?, 'wire', ?, ?, ?, ?, '', ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insItem.Close()
	insStmt, err := tx.PrepareContext(ctx, `INSERT INTO statements (id, item_id, source_id, doc, actor, topic, stance, evidence, speaker, confidence,
    outlet, title, url, published, stored)
VALUES (?, ?, 'wire', ?, ?, ?, ?, ?, 'Foreign Ministry', 0.9, 'Wire', ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insStmt.Close()

	rng := rand.New(rand.NewPCG(1, 2))
	stances := []news.Stance{news.StanceSupport, news.StanceOppose, news.StanceNeutral}
	// Each pair mostly keeps one stance, so runs (and Since) are realistic.
	usual := make([]news.Stance, benchActors*benchTopics)
	for i := range usual {
		usual[i] = stances[rng.IntN(3)]
	}
	base := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano()
	span := int64(3 * 365 * 24 * time.Hour)
	stored := time.Now().UnixNano()
	for i := 1; i <= benchItems; i++ {
		pub := base + rng.Int64N(span)
		guid := fmt.Sprintf("item-%d", i)
		url := "https://wire.example/" + guid
		title := "Statement " + guid
		if _, err := insItem.ExecContext(ctx, i, guid, url, title, pub, guid, stored, stored); err != nil {
			return fmt.Errorf("item %d: %w", i, err)
		}
		for j := range benchPerItem {
			p := rng.IntN(benchActors * benchTopics)
			stance := usual[p]
			if rng.IntN(10) == 0 {
				stance = stances[rng.IntN(3)]
			}
			evidence := fmt.Sprintf("Sentence %d of %s, in which %s says it will %s %s.", j, guid, benchActor(p/benchTopics), stance, benchTopic(p%benchTopics))
			if _, err := insStmt.ExecContext(ctx, (i-1)*benchPerItem+j+1, i, guid, string(benchActor(p/benchTopics)), string(benchTopic(p%benchTopics)),
				string(stance), evidence, title, url, pub, stored); err != nil {
				return fmt.Errorf("statement %d of item %d: %w", j, i, err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE id_counters SET last = ? WHERE name = 'statements'`, benchStatements); err != nil {
		return err
	}
	for a := range benchActors {
		for t := range benchTopics {
			if _, _, err := refreshPosition(ctx, tx, pair{benchActor(a), benchTopic(t)}, time.Now()); err != nil {
				return err
			}
		}
	}
	return tx.Commit()
}

// BenchmarkPosition1M times Position(actor, topic, 20) for random pairs
// over a million stored statements, reporting p50 and p99 latency.
//
//	go test -run '^$' -bench Position1M -benchtime 2000x ./store/sqlite/
func BenchmarkPosition1M(b *testing.B) {
	path := benchDB(b)
	db, err := Open(b.Context(), path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx := b.Context()
	// Warm the pool and page cache as a running bot would be.
	if _, err := db.Position(ctx, benchActor(0), benchTopic(0), 20); err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		a, t := benchActor(rng.IntN(benchActors)), benchTopic(rng.IntN(benchTopics))
		start := time.Now()
		pos, err := db.Position(ctx, a, t, 20)
		lat = append(lat, time.Since(start))
		if err != nil {
			b.Fatal(err)
		}
		if len(pos.Statements) != 20 || pos.Stance == news.StanceUnknown {
			b.Fatalf("Position(%s, %s) = %v with %d statements; want a stance and 20", a, t, pos.Stance, len(pos.Statements))
		}
	}
	b.StopTimer()
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[int(p*float64(len(lat)-1))].Nanoseconds()) / 1e3
	}
	b.ReportMetric(pct(0.50), "p50-µs")
	b.ReportMetric(pct(0.99), "p99-µs")
}

// BenchmarkSaveItem times storing one new item with 10 statements
// (positions included) into a growing store.
func BenchmarkSaveItem(b *testing.B) {
	db, err := Open(b.Context(), filepath.Join(b.TempDir(), "save.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx := b.Context()
	if err := db.SyncSources(ctx, []news.Source{{ID: "wire", URL: "https://wire.example/rss"}}); err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	stances := []news.Stance{news.StanceSupport, news.StanceOppose, news.StanceNeutral}
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	stmts := make([]news.Statement, benchPerItem)
	b.ResetTimer()
	for i := range b.N {
		guid := fmt.Sprint("item-", i)
		for j := range stmts {
			p := rng.IntN(benchActors * benchTopics)
			stmts[j] = news.Statement{Doc: guid, Actor: benchActor(p / benchTopics), Topic: benchTopic(p % benchTopics),
				Stance: stances[rng.IntN(3)], Evidence: "A sentence that carries the stance, of a usual length for news."}
		}
		item := news.Item{SourceID: "wire", GUID: guid, URL: "https://wire.example/" + guid, Title: "Title",
			Published: base.Add(time.Duration(i) * time.Minute), Text: "text", Hash: guid}
		if _, err := db.SaveItem(ctx, item, stmts); err != nil {
			b.Fatal(err)
		}
	}
}
