// Package notify decides which chat channels hear about which statements,
// and gets the posts there once: alert rules and their matching (Rule,
// Router), mutes, the grouping of a channel's alerts into one post after a
// short wait (alertmanager's group_wait), the rendering of alerts (a
// position change shows before → after with both evidence sentences),
// per-channel digests on cron schedules, and the Dispatcher that drains the
// outbox with retries and backoff and records every delivery. It also
// provides the admin chat commands /watch, /digest and /mute.
//
// Durability comes from the store: alerts are queued in the transaction
// that stores their statements (Router.Queue builds the rows), a post has a
// unique key (a channel's group of alerts; a digest for one channel and
// period), each attempt is logged before the send, and a post whose send
// was interrupted is repeated once at most (the outcome was unknown).
//
// It imports news, bot (for Reply, Sender and Command, and the digest
// rendering) and the standard library; the store and the chat adapters
// reach it through small interfaces owned here (Outbox, DigestStore,
// RuleStore, bot.Sender), wired by app. (Modelled on prometheus/
// alertmanager: dispatch/route.go, notify/notify.go, notify/dedup_stage.go,
// nflog/nflog.go.)
package notify
