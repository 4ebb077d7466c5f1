// Package sqlite is the embedded storage back end: news.Store on
// modernc.org/sqlite (pure Go, no cgo) in one database file.
//
// It owns the SQLite schema (numbered migrations embedded in the binary,
// applied in order at Open and tracked in PRAGMA user_version), the
// per-source deduplication of items (GUID, then canonical link, then content
// hash), and the positions table that keeps the current stance of every
// actor × topic and since when it has held. Statements are clustered by
// actor, topic and published date, so Position is one prepared query that
// reads a position row and a few adjacent pages (p99 under 1 ms at a
// million statements; BenchmarkPosition1M). Options.OnSave runs inside
// SaveItem's transaction, for an outbox written with the statements.
//
// Writes go through a pool of one connection (SQLite allows one writer; a
// single connection serialises them without SQLITE_BUSY), reads through a
// separate pool of read-only connections that WAL lets run alongside the
// writer.
//
// It imports news, notify (whose outbox, digest and rule types it stores,
// so *DB is notify's Outbox, DigestStore and RuleStore as it is) and the
// standard library (plus the driver); never bot, adapters, jobs or app. Its
// conformance tests live in store/storetest. (Modelled on benbjohnson/wtf's
// sqlite/sqlite.go and nkanaev/yarr's src/storage.)
package sqlite
