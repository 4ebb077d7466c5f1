-- 0001: sources, items, statements and the positions ledger.
--
-- Times are INTEGER unix nanoseconds (UTC); NULL is "never" where a column
-- may be empty. Published dates must always order, so a missing one is
-- stored as -9223372036854775808 (the oldest possible) instead of NULL.
-- *_offset columns keep the publisher's UTC offset in seconds, so a date
-- reads back as it was written ("2026-01-09T18:15:00+05:30").

CREATE TABLE sources (
    id                 TEXT PRIMARY KEY,
    name               TEXT NOT NULL DEFAULT '',
    url                TEXT NOT NULL,
    schedule           TEXT NOT NULL DEFAULT '',
    default_actor      TEXT NOT NULL DEFAULT '',
    disabled           INTEGER NOT NULL DEFAULT 0,
    etag               TEXT NOT NULL DEFAULT '',
    last_modified      TEXT NOT NULL DEFAULT '',
    last_fetched       INTEGER,
    last_success       INTEGER,
    last_error         TEXT NOT NULL DEFAULT '',
    consecutive_errors INTEGER NOT NULL DEFAULT 0,
    next_check         INTEGER,
    created            INTEGER NOT NULL,
    updated            INTEGER NOT NULL
) STRICT;

-- Items are deduplicated per source by guid, then url, then hash; none of
-- them is unique on its own (feeds reuse GUIDs and links), so the indexes
-- are plain and the store picks the oldest match.
CREATE TABLE items (
    id               INTEGER PRIMARY KEY,
    source_id        TEXT NOT NULL REFERENCES sources(id),
    guid             TEXT NOT NULL DEFAULT '',
    url              TEXT NOT NULL DEFAULT '',
    title            TEXT NOT NULL DEFAULT '',
    author           TEXT NOT NULL DEFAULT '',
    published        INTEGER NOT NULL,
    published_offset INTEGER NOT NULL DEFAULT 0,
    text             TEXT NOT NULL DEFAULT '',
    hash             TEXT NOT NULL DEFAULT '',
    first_seen       INTEGER NOT NULL,
    updated          INTEGER NOT NULL
) STRICT;
CREATE INDEX items_source_guid ON items(source_id, guid) WHERE guid <> '';
CREATE INDEX items_source_url  ON items(source_id, url)  WHERE url <> '';
CREATE INDEX items_source_hash ON items(source_id, hash);

-- Statements copy what a reply shows of their item (outlet, title, url,
-- published) so that answering a position reads no other table. The table
-- is clustered by actor, topic and published date (WITHOUT ROWID), so a
-- pair's newest statements sit together on one or two pages instead of one
-- page each; 16 KiB pages (set by Open before the first table) keep rows of
-- a few hundred bytes well inside SQLite's advice for such tables. id is
-- unique, so other tables can refer to a statement: syndication merging will add a
-- table of citations keyed by statement id (a later migration); an edited
-- item keeps its id, so such rows and outbox jobs can refer to items safely.
-- Ids come from id_counters and are never reused, even after a delete (as
-- AUTOINCREMENT would do for a rowid table).
CREATE TABLE statements (
    actor            TEXT NOT NULL,
    topic            TEXT NOT NULL,
    published        INTEGER NOT NULL,
    id               INTEGER NOT NULL,
    item_id          INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    source_id        TEXT NOT NULL,
    doc              TEXT NOT NULL DEFAULT '',
    stance           TEXT NOT NULL CHECK (stance IN ('support', 'oppose', 'neutral')),
    evidence         TEXT NOT NULL DEFAULT '',
    speaker          TEXT NOT NULL DEFAULT '',
    confidence       REAL NOT NULL DEFAULT 0,
    outlet           TEXT NOT NULL DEFAULT '',
    title            TEXT NOT NULL DEFAULT '',
    url              TEXT NOT NULL DEFAULT '',
    published_offset INTEGER NOT NULL DEFAULT 0,
    stored           INTEGER NOT NULL,
    PRIMARY KEY (actor, topic, published, id)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX statements_id ON statements(id);

CREATE TABLE id_counters (
    name TEXT PRIMARY KEY,
    last INTEGER NOT NULL
) STRICT;
INSERT INTO id_counters (name, last) VALUES ('statements', 0);
-- "ORDER BY published DESC, id DESC" is a backwards scan of the primary
-- key per pair, of statements_actor per actor.
CREATE INDEX statements_actor  ON statements(actor, published, id);
CREATE INDEX statements_stored ON statements(stored, id);
CREATE INDEX statements_item   ON statements(item_id);

-- The current position per actor x topic: the stance of the statement with
-- the newest published date (ties: the later stored), and since when that
-- stance has held without a break, over the pair's whole history.
CREATE TABLE positions (
    actor        TEXT NOT NULL,
    topic        TEXT NOT NULL,
    stance       TEXT NOT NULL,
    statement_id INTEGER NOT NULL,
    since        INTEGER NOT NULL,
    since_offset INTEGER NOT NULL DEFAULT 0,
    updated      INTEGER NOT NULL,
    PRIMARY KEY (actor, topic)
) STRICT, WITHOUT ROWID;
