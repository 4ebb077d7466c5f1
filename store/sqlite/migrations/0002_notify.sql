-- 0002: alerts, the outbox of posts, the delivery log, digest state,
-- watch rules and mutes (package notify; queries in outbox.go).
--
-- Payloads and bodies are JSON written and read by notify; the store keeps
-- them as they are. Times are INTEGER unix nanoseconds (UTC).

-- Alerts wait here until their channel's group is posted. They are written
-- in the transaction that stored the statement they report. (channel, key)
-- is the dedup key: the same content is alerted once per channel, even when
-- an edited item stores its statements again.
CREATE TABLE alerts (
    id       INTEGER PRIMARY KEY,
    channel  TEXT NOT NULL,
    platform TEXT NOT NULL,
    target   TEXT NOT NULL DEFAULT '',
    key      TEXT NOT NULL,
    payload  BLOB NOT NULL,
    queued   INTEGER NOT NULL,
    post_id  INTEGER REFERENCES posts(id),  -- NULL while waiting for its group
    UNIQUE (channel, key)
) STRICT;
CREATE INDEX alerts_waiting ON alerts(channel, queued) WHERE post_id IS NULL;

-- Posts are the outbox: one message for one channel. key is unique (a
-- group of alerts, or a digest for one channel and period), so a post is
-- made once however often the work that makes it is repeated.
--   pending   waiting for next_attempt
--   sending   claimed: an attempt is in flight (after a crash: outcome unknown)
--   delivered the chat platform accepted it
--   failed    gave up: a permanent error or too many attempts
--   unknown   gave up after an unknown outcome was already repeated once
--   muted     never sent: every alert in it was muted by the time it was made
CREATE TABLE posts (
    id           INTEGER PRIMARY KEY,
    channel      TEXT NOT NULL,
    platform     TEXT NOT NULL,
    target       TEXT NOT NULL DEFAULT '',
    key          TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL,
    body         BLOB NOT NULL,
    state        TEXT NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending', 'sending', 'delivered', 'failed', 'unknown', 'muted')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    repeated     INTEGER NOT NULL DEFAULT 0,  -- 1 once an unknown outcome has been repeated
    next_attempt INTEGER NOT NULL,
    last_error   TEXT NOT NULL DEFAULT '',
    created      INTEGER NOT NULL,
    delivered    INTEGER
) STRICT;
CREATE INDEX posts_due ON posts(next_attempt, id) WHERE state = 'pending';
CREATE INDEX posts_sending ON posts(id) WHERE state = 'sending';

-- The delivery log: every attempt, written before the send and completed
-- after it.
CREATE TABLE deliveries (
    post_id  INTEGER NOT NULL REFERENCES posts(id),
    attempt  INTEGER NOT NULL,
    started  INTEGER NOT NULL,
    finished INTEGER,
    outcome  TEXT NOT NULL CHECK (outcome IN ('sending', 'delivered', 'failed', 'unknown')),
    error    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (post_id, attempt)
) STRICT;

-- Where each channel's digest stands: the scheduled time of its last
-- digest, and the highest statement id it covered.
CREATE TABLE digest_state (
    channel        TEXT PRIMARY KEY,
    period         INTEGER NOT NULL,
    last_statement INTEGER NOT NULL,
    updated        INTEGER NOT NULL
) STRICT;

-- Alert rules added from chat with /watch add.
CREATE TABLE watch_rules (
    id         INTEGER PRIMARY KEY,
    channel    TEXT NOT NULL,
    platform   TEXT NOT NULL,
    target     TEXT NOT NULL DEFAULT '',
    rule       BLOB NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    created    INTEGER NOT NULL
) STRICT;

-- Topics muted per channel with /mute, until a time.
CREATE TABLE mutes (
    channel TEXT NOT NULL,
    topic   TEXT NOT NULL,
    until   INTEGER NOT NULL,
    PRIMARY KEY (channel, topic)
) STRICT;
