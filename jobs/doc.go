// Package jobs runs stancebot's scheduled work on robfig/cron/v3: the poll
// tick, channel digests and any other periodic job app adds.
//
// The Scheduler never lets a panic in a job kill the process (the job's
// panic is logged with its name and stack), never runs a job while its
// previous run is still going (the tick is skipped and logged), logs a
// job's error with the job's name without stopping anything, cancels the
// context it gives jobs on shutdown and waits for them for a bounded time.
//
// Schedules are robfig/cron specs: five fields, descriptors (@hourly,
// @every 5m) and an optional CRON_TZ=Area/City prefix; time zone data is
// embedded (time/tzdata) so CRON_TZ works on images without zoneinfo.
//
// jobs imports only the standard library and robfig/cron/v3; it knows no
// other stancebot package (app adapts sources, notify and the store to Job).
// Anchor: robfig/cron's chain.go (Recover, SkipIfStillRunning).
package jobs
