package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"golang.org/x/sync/errgroup"

	"github.com/stancebot/stancebot/adapters/console"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/extract"
	"github.com/stancebot/stancebot/jobs"
	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/notify"
	"github.com/stancebot/stancebot/sources"
	"github.com/stancebot/stancebot/store/sqlite"
)

// Options are the process-level things an App is given rather than reads
// for itself, so that tests can run it over pipes.
type Options struct {
	Stdin  io.Reader
	Stdout io.Writer
	Logger *slog.Logger
	Now    func() time.Time
	// ShutdownTimeout bounds how long Run waits for work in hand after its
	// context ends or the console input closes.
	ShutdownTimeout time.Duration
	// NoInitialPoll skips the poll at start (ingest --once polls itself).
	NoInitialPoll bool
	// GroupWait is how long a channel's first alert waits for others to
	// join it in one post; 0 means notify.DefaultGroupWait.
	GroupWait time.Duration
	// Backfill: items published longer ago raise no alerts; 0 means
	// notify.DefaultBackfill, negative means no limit.
	Backfill time.Duration
}

// App is stancebot, wired from one config.
type App struct {
	cfg       *config.Config
	o         Options
	log       *slog.Logger
	watchlist *news.Watchlist
	store     news.Store
	db        *sqlite.DB
	rules     *extract.Rules
	poller    *sources.Poller
	mux       *bot.Mux
	adapters  []bot.Adapter
	console   *console.Adapter
	sched     *jobs.Scheduler
	metrics   *metrics

	router     *notify.Router        // alert rules and mutes, used inside SaveItem
	dispatcher *notify.Dispatcher    // groups alerts, makes digests, delivers posts
	senders    map[string]bot.Sender // the running adapters by platform name

	mu    sync.Mutex
	fresh []news.Record // statements stored by the poll in progress

	cleanup []func() error // LIFO
}

// New builds an App from cfg. Close releases what it opened.
func New(ctx context.Context, cfg *config.Config, o Options) (_ *App, err error) {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.ShutdownTimeout == 0 {
		o.ShutdownTimeout = 10 * time.Second
	}
	if o.Stdout == nil {
		o.Stdout = io.Discard
	}
	a := &App{cfg: cfg, o: o, log: o.Logger}
	defer func() {
		if err != nil {
			_ = a.Close()
		}
	}()

	for _, w := range cfg.Watchlist.Warnings {
		a.log.Warn("watchlist", "problem", w.String())
	}
	a.watchlist = watchlistFromConfig(cfg.Watchlist)
	if a.rules, err = extract.NewRules(a.watchlist); err != nil {
		return nil, fmt.Errorf("build extractor: %w", err)
	}
	channels, err := notifyChannels(cfg)
	if err != nil {
		return nil, err
	}
	a.router = notify.NewRouter(channels, notify.RouterOptions{Backfill: o.Backfill})
	a.metrics = newMetrics()
	if a.db, err = openSQLite(ctx, cfg.Store, sqlite.Options{Logger: o.Logger, Now: o.Now, OnSave: a.onSave}); err != nil {
		return nil, err
	}
	a.store = a.db
	a.cleanup = append(a.cleanup, a.store.Close)

	a.poller = sources.NewPoller(sources.PollerOptions{
		Store:        a.store,
		Fetcher:      sources.NewFetcher(fetchOptions(cfg, o.Logger)),
		Specs:        sourceSpecs(cfg), // kinds, selectors, and which file:// URLs came from the config file
		Extractor:    a.rules,
		Logger:       o.Logger,
		Now:          o.Now,
		Concurrency:  cfg.Fetch.Concurrency,
		DisableAfter: cfg.Fetch.DisableAfter,
		OnDisabled: func(ctx context.Context, src news.SourceState, err error) {
			a.noticeAdmins(ctx, fmt.Sprintf("Source %s (%s) stopped after %d failed polls in a row: %v. "+
				"Fix it and it comes back on the next successful poll (`stancebot sources test %s`).",
				src.ID, src.Outlet(), cfg.Fetch.DisableAfter, err, src.ID),
				"source_id", src.ID, "failures", cfg.Fetch.DisableAfter, "error", err)
		},
		OnSaved: a.onSaved,
	})

	a.mux = bot.NewMux(bot.Options{
		Watchlist: a.watchlist,
		Ledger:    a.store,
		Sources:   a.store,
		Now:       o.Now,
		Logger:    o.Logger,
	})

	if err := a.buildAdapters(); err != nil {
		return nil, err
	}
	if err := a.buildNotify(ctx); err != nil {
		return nil, err
	}
	a.sched = jobs.New(o.Logger)
	return a, nil
}

func openStore(ctx context.Context, dsn string, log *slog.Logger, now func() time.Time) (news.Store, error) {
	return openSQLite(ctx, dsn, sqlite.Options{Logger: log, Now: now})
}

func openSQLite(ctx context.Context, dsn string, o sqlite.Options) (*sqlite.DB, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return nil, errors.New("open store: PostgreSQL is not supported yet; use a SQLite file path")
	}
	db, err := sqlite.Open(ctx, dsn, o)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dsn, err)
	}
	return db, nil
}

// watchlistFromConfig translates the config's watchlist into the news
// vocabulary.
func watchlistFromConfig(w *config.Watchlist) *news.Watchlist {
	out := &news.Watchlist{}
	if w == nil {
		return out
	}
	for _, e := range w.Actors {
		out.Actors = append(out.Actors, news.Actor{ID: news.ActorID(e.ID), Name: e.Name, Aliases: e.Aliases})
	}
	for _, e := range w.Topics {
		out.Topics = append(out.Topics, news.Topic{ID: news.TopicID(e.ID), Name: e.Name, Aliases: e.Aliases})
	}
	return out
}

func sourcesFromConfig(cfg *config.Config) []news.Source {
	out := make([]news.Source, 0, len(cfg.Sources))
	for _, s := range cfg.Sources {
		out = append(out, news.Source{
			ID:           s.ID,
			Name:         s.Name,
			URL:          s.URL,
			Schedule:     s.Schedule,
			DefaultActor: news.ActorID(s.DefaultActor),
			Disabled:     s.Disabled,
		})
	}
	return out
}

func (a *App) onSaved(ctx context.Context, src news.SourceState, saved news.SavedItem) {
	a.metrics.items.WithLabelValues(saved.Status.String()).Inc()
	a.metrics.statements.Add(float64(len(saved.Statements)))
	a.mu.Lock()
	a.fresh = append(a.fresh, saved.Statements...)
	a.mu.Unlock()
	if len(saved.Statements) > 0 && a.dispatcher != nil {
		// The save has committed: its alerts are in the outbox.
		a.dispatcher.Poke()
	}
}

// takeFresh returns the statements stored since the last call.
func (a *App) takeFresh() []news.Record {
	a.mu.Lock()
	defer a.mu.Unlock()
	f := a.fresh
	a.fresh = nil
	return f
}

// Ingest syncs the configured sources and polls every one of them once.
func (a *App) Ingest(ctx context.Context) (sources.PollStats, []news.Record, error) {
	if err := a.store.SyncSources(ctx, sourcesFromConfig(a.cfg)); err != nil {
		return sources.PollStats{}, nil, fmt.Errorf("sync sources: %w", err)
	}
	st, err := a.poller.PollAll(ctx)
	return st, a.takeFresh(), err
}

// Store is the app's store (for the CLI's read-only commands).
func (a *App) Store() news.Store { return a.store }

// Watchlist is the app's watchlist.
func (a *App) Watchlist() *news.Watchlist { return a.watchlist }

// Run runs the bot until ctx ends or, with the console adapter, until its
// input ends. It polls every source once at start and prints a digest of
// what was new, then serves commands.
func (a *App) Run(ctx context.Context) error {
	if !a.o.NoInitialPoll {
		st, recs, err := a.Ingest(ctx)
		if err != nil {
			return err
		}
		a.log.Info("initial poll", "sources", st.Sources, "new_items", st.NewItems,
			"changed_items", st.ChangedItems, "statements", st.Statements, "failed", st.Failed)
		if a.console != nil {
			digest := bot.Text("No new statements since the last run.")
			if len(recs) > 0 {
				digest = bot.RenderDigestSummary(a.watchlist, recs)
			}
			digest.Blocks = append(digest.Blocks, bot.Block{Kind: bot.Context, Spans: []bot.Span{
				bot.T("Ask: /position ACTOR TOPIC, /statements ACTOR, /actors, /topics, /sources, /help"),
			}})
			if err := a.console.Send(ctx, "digest", digest); err != nil {
				return fmt.Errorf("print digest: %w", err)
			}
		}
	} else if err := a.store.SyncSources(ctx, sourcesFromConfig(a.cfg)); err != nil {
		return fmt.Errorf("sync sources: %w", err)
	}

	if err := a.sched.Add("poll", a.cfg.Poll.Tick, jobs.JobFunc(func(ctx context.Context) error {
		st, err := a.poller.PollDue(ctx)
		if st.Sources > 0 {
			a.log.Info("poll", "sources", st.Sources, "new_items", st.NewItems, "statements", st.Statements, "failed", st.Failed)
		}
		a.takeFresh() // alerts were queued with the statements (onSave)
		return err
	})); err != nil {
		return err
	}

	// The first component to return ends them all: the console adapter at
	// end of input, or any component's failure (oklog/run semantics).
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	g, gctx := errgroup.WithContext(runCtx)
	g.Go(func() error { return a.sched.Run(gctx) })
	g.Go(func() error { return a.dispatcher.Run(gctx) })
	if a.cfg.HTTP.Listen != "" {
		srv, ln, err := a.listen()
		if err != nil {
			return err
		}
		g.Go(func() error {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return fmt.Errorf("http server: %w", err)
			}
			return nil
		})
		g.Go(func() error {
			<-gctx.Done()
			sctx, scancel := context.WithTimeout(context.WithoutCancel(ctx), a.o.ShutdownTimeout)
			defer scancel()
			return srv.Shutdown(sctx)
		})
	}
	for _, ad := range a.adapters {
		g.Go(func() error {
			err := ad.Run(gctx, a.mux)
			if err != nil {
				return fmt.Errorf("%s adapter: %w", ad.Name(), err)
			}
			if ad == bot.Adapter(a.console) {
				cancel() // end of input: finish the work in hand and stop
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	if ctx.Err() == nil && a.console != nil {
		// End of console input, not a signal: post what is due now (alerts
		// past their group wait, posts due for delivery) before exiting.
		fctx, fcancel := context.WithTimeout(ctx, a.o.ShutdownTimeout)
		defer fcancel()
		if err := a.dispatcher.Flush(fctx); err != nil {
			return fmt.Errorf("deliver queued posts: %w", err)
		}
	}
	return nil
}

func (a *App) listen() (*http.Server, net.Listener, error) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := a.store.Ping(ctx); err != nil {
			http.Error(w, "store: unavailable", http.StatusServiceUnavailable)
			return
		}
		_, _ = io.WriteString(w, "ok\n")
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(a.metrics.reg, promhttp.HandlerOpts{}))
	for _, ad := range a.adapters {
		if r, ok := ad.(interface{ Routes(*http.ServeMux) }); ok {
			r.Routes(mux)
		}
	}
	ln, err := net.Listen("tcp", a.cfg.HTTP.Listen)
	if err != nil {
		return nil, nil, fmt.Errorf("http listen %s: %w", a.cfg.HTTP.Listen, err)
	}
	a.log.Info("http listening", "addr", ln.Addr().String())
	// Why the timeouts: the chat endpoints are public; a client that sends
	// its body slowly must not hold a connection for ever (MaxBytesReader
	// caps the size, not the time).
	return &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 15 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: 60 * time.Second}, ln, nil
}

// Close releases everything New opened, last opened first.
func (a *App) Close() error {
	var errs []error
	for i := len(a.cleanup) - 1; i >= 0; i-- {
		errs = append(errs, a.cleanup[i]())
	}
	a.cleanup = nil
	return errors.Join(errs...)
}

type metrics struct {
	reg        *prometheus.Registry
	items      *prometheus.CounterVec
	statements prometheus.Counter
	alerts     prometheus.Counter
	posts      *prometheus.CounterVec
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		items: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "stancebot_items_stored_total", Help: "Items stored from sources, by status (new, changed).",
		}, []string{"status"}),
		statements: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "stancebot_statements_stored_total", Help: "Statements extracted and stored.",
		}),
		alerts: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "stancebot_alerts_queued_total", Help: "Alerts queued for channels with the statements they report.",
		}),
		posts: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "stancebot_post_attempts_total", Help: "Attempts to post alerts and digests, by kind and outcome (delivered, retry, failed, unknown).",
		}, []string{"kind", "outcome"}),
	}
	m.reg.MustRegister(m.items, m.statements, m.alerts, m.posts, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}
