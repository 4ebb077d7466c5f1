// Package notify decides which chat channels hear about which statements,
// and gets the posts there once: alert rules and their matching (Rule,
// Router), the rules and mutes set from chat (Settings, kept in a
// RuleStore), the grouping of a channel's alerts into one post after a
// short wait (alertmanager's group_wait), per-channel digests on cron
// schedules, and the Dispatcher that drains the outbox with retries and
// backoff and records every delivery.
//
// It owns the data of a post, not its look: a Post is a channel's group of
// alerts (each a statement, or a position change with the statement that
// held the old stance) or a Digest (the channel's statements for a period,
// dated in its zone). Package bot renders posts and serves the admin
// commands (/watch, /digest, /mute) over Settings and the Dispatcher.
//
// Durability comes from the store: alerts are queued in the transaction
// that stores their statements (Router.Queue builds the rows), a post has a
// unique key (a channel's group of alerts; a digest for one channel and
// period), each attempt is logged before the send, and a post whose send
// was interrupted is repeated once at most (the outcome was unknown).
//
// It imports news and the standard library only, never bot, adapters,
// jobs or app; the store and the chat platforms reach it through small
// interfaces owned here (Outbox, DigestStore, RuleStore, Poster), wired by
// app. Fakes for them are in notify/notifytest. (Modelled on prometheus/
// alertmanager: dispatch/route.go, notify/notify.go, notify/dedup_stage.go,
// nflog/nflog.go.)
package notify
