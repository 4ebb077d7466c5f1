package app

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/jobs"
	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/notify"
	"github.com/stancebot/stancebot/store/sqlite"
)

// notifyChannels translates the config's channels into notify's.
func notifyChannels(cfg *config.Config) ([]notify.Channel, error) {
	out := make([]notify.Channel, 0, len(cfg.Channels))
	for _, c := range cfg.Channels {
		ch := notify.Channel{ID: c.ID, Platform: c.Platform, Target: c.Target}
		if c.Platform == config.PlatformConsole {
			// The console prints the channel's name over each post.
			ch.Target = c.ID
		}
		for _, r := range c.Alerts {
			var rule notify.Rule
			for _, a := range r.Actors {
				rule.Actors = append(rule.Actors, news.ActorID(a))
			}
			for _, t := range r.Topics {
				rule.Topics = append(rule.Topics, news.TopicID(t))
			}
			for _, s := range r.Stances {
				rule.Stances = append(rule.Stances, news.Stance(s))
			}
			for _, e := range r.On {
				rule.On = append(rule.On, notify.Event(e))
			}
			ch.Rules = append(ch.Rules, rule)
		}
		if d := c.Digest; d != nil {
			sched, err := jobs.ParseSchedule(d.Schedule)
			if err != nil {
				return nil, fmt.Errorf("channel %s: digest: %w", c.ID, err)
			}
			spec := &notify.DigestSpec{Spec: d.Schedule, Schedule: sched, Quiet: d.Quiet}
			if s, ok := sched.(*cron.SpecSchedule); ok {
				spec.Location = s.Location
			}
			for _, a := range d.Actors {
				spec.Actors = append(spec.Actors, news.ActorID(a))
			}
			for _, t := range d.Topics {
				spec.Topics = append(spec.Topics, news.TopicID(t))
			}
			ch.Digest = spec
		}
		out = append(out, ch)
	}
	return out, nil
}

// onSave runs inside the store's SaveItem transaction: it routes the
// saved statements and queues their alerts in the same transaction, so an
// alert exists exactly when its statement does.
func (a *App) onSave(ctx context.Context, tx *sql.Tx, s sqlite.Saved) error {
	if a.router == nil {
		return nil
	}
	n, err := queueAlerts(ctx, tx, a.router, a.o.Now(), s)
	a.metrics.alerts.Add(float64(n))
	return err
}

// queueAlerts routes what one SaveItem stored and queues the alerts in its
// transaction. The items of a source's first successful poll seed the
// ledger without alerts; a position change carries the statement that held
// the old stance.
func queueAlerts(ctx context.Context, tx *sql.Tx, router *notify.Router, now time.Time, s sqlite.Saved) (int, error) {
	if len(s.Statements) == 0 {
		return 0, nil
	}
	seeding, err := sqlite.SourceSeedingTx(ctx, tx, s.Item.SourceID)
	if err != nil {
		return 0, err
	}
	in := notify.Saved{Seeding: seeding, Published: s.Item.Published, Records: s.Statements}
	if !seeding {
		for _, mv := range s.Moves {
			if mv.From == news.StanceUnknown || mv.To == news.StanceUnknown {
				continue
			}
			ch := notify.Change{Actor: mv.Actor, Topic: mv.Topic, From: mv.From, To: mv.To}
			before, found, err := sqlite.StatementBeforeTx(ctx, tx, mv.Actor, mv.Topic, mv.From, s.ID)
			if err != nil {
				return 0, err
			}
			if found {
				ch.Before = &before
			}
			in.Changes = append(in.Changes, ch)
		}
	}
	queued, err := router.Queue(ctx, in, now)
	if err != nil {
		return 0, err
	}
	return sqlite.QueueAlertsTx(ctx, tx, now, queued)
}

// buildNotify sets up the rules and mutes set from chat, the admin
// commands and the dispatcher. The router must exist before the first
// SaveItem; the dispatcher needs the adapters (its poster sends through
// them).
func (a *App) buildNotify(ctx context.Context) error {
	settings := notify.NewSettings(a.router, a.db, a.o.Now)
	if err := settings.Load(ctx); err != nil {
		return err
	}
	admin := bot.NewAdmin(bot.AdminOptions{
		Settings:  settings,
		Ledger:    a.store,
		Watchlist: a.watchlist,
		Now:       a.o.Now,
		Logger:    a.log.With("component", "notify"),
		Digester: bot.DigesterFunc(func(ctx context.Context, channel string) (int, bool, error) {
			return a.dispatcher.DigestNow(ctx, channel)
		}),
	})
	for _, c := range admin.Commands() {
		a.mux.Register(c)
	}
	senders := map[string]bot.Sender{}
	for _, ad := range a.adapters {
		senders[ad.Name()] = ad
	}
	a.senders = senders
	a.dispatcher = notify.NewDispatcher(notify.DispatcherOptions{
		Outbox:    a.db,
		Digests:   a.db,
		Poster:    chatPoster{watchlist: a.watchlist, senders: senders},
		Channels:  a.router.Channels(),
		GroupWait: a.o.GroupWait,
		Muted:     a.router.Muted,
		OnOutcome: func(kind, outcome string) { a.metrics.posts.WithLabelValues(kind, outcome).Inc() },
		Now:       a.o.Now,
		Logger:    a.log.With("component", "notify"),
	})
	for _, ch := range a.router.Channels() {
		if senders[ch.Platform] == nil {
			a.log.Warn("channel's platform is not running; its posts will fail", "channel", ch.ID, "platform", ch.Platform)
		}
		// Why here and not only in Run: a digest lists what was stored since
		// the channel was first set up, and `ingest --once` stores too.
		if ch.Digest != nil {
			if _, err := a.db.StartDigest(ctx, ch.ID, a.o.Now()); err != nil {
				return err
			}
		}
	}
	return nil
}

// noticeAdmins tells the operators about something that needs a human
// (a source disabled after repeated failures): in the log always, and in
// the config's notify.admin_channel when there is one. Best effort: a
// notice that cannot be posted is logged, never retried.
func (a *App) noticeAdmins(ctx context.Context, text string, attrs ...any) {
	a.log.Warn(text, attrs...)
	id := a.cfg.Notify.AdminChannel
	if id == "" {
		return
	}
	for _, ch := range a.cfg.Channels {
		if ch.ID != id {
			continue
		}
		s := a.senders[ch.Platform]
		if s == nil {
			a.log.Warn("admin channel's platform is not running; notice not posted", "channel", id, "platform", ch.Platform)
			return
		}
		if err := s.Send(ctx, ch.Target, bot.Text(text)); err != nil {
			a.log.Error("post admin notice", "channel", id, "error", err)
		}
		return
	}
}

// chatPoster posts what notify queued: bot renders it and the adapter of
// the channel's platform sends it. A platform with no adapter running is
// undeliverable; a send error keeps its class (timeouts: outcome unknown).
type chatPoster struct {
	watchlist *news.Watchlist
	senders   map[string]bot.Sender
}

var _ notify.Poster = chatPoster{}

func (p chatPoster) Post(ctx context.Context, ch notify.Channel, post notify.Post) error {
	s := p.senders[ch.Platform]
	if s == nil {
		return fmt.Errorf("no chat adapter for platform %q: %w", ch.Platform, notify.ErrUndeliverable)
	}
	return s.Send(ctx, ch.Target, bot.RenderPost(p.watchlist, post))
}

// The SQLite store is notify's Outbox, DigestStore and RuleStore: its
// outbox rows are notify's own types.
var (
	_ notify.Outbox      = (*sqlite.DB)(nil)
	_ notify.DigestStore = (*sqlite.DB)(nil)
	_ notify.RuleStore   = (*sqlite.DB)(nil)
)
