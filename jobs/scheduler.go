package jobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/robfig/cron/v3"
)

// Job is scheduled work. Run should return soon after ctx is cancelled.
// An error is logged with the job's name; the job runs again at its next
// tick.
type Job interface {
	Run(ctx context.Context) error
}

// JobFunc adapts a function to Job.
type JobFunc func(ctx context.Context) error

// Run calls f(ctx).
func (f JobFunc) Run(ctx context.Context) error { return f(ctx) }

// DefaultShutdownTimeout bounds how long Run waits for running jobs.
const DefaultShutdownTimeout = 30 * time.Second

// Option configures a Scheduler.
type Option func(*Scheduler)

// WithShutdownTimeout sets how long Run waits, once its context is done, for
// running jobs to return (default DefaultShutdownTimeout).
func WithShutdownTimeout(d time.Duration) Option {
	return func(s *Scheduler) { s.shutdownTimeout = d }
}

// WithLocation sets the time zone of specs without CRON_TZ (default
// time.Local).
func WithLocation(loc *time.Location) Option {
	return func(s *Scheduler) { s.location = loc }
}

// Scheduler runs jobs on cron schedules. Build it with New, Add jobs, then
// Run it; jobs may also be added while it runs.
type Scheduler struct {
	logger          *slog.Logger
	shutdownTimeout time.Duration
	location        *time.Location
	cron            *cron.Cron

	mu      sync.Mutex
	names   map[string]cron.EntryID
	specs   map[string]string
	started bool

	// jobCtx is what jobs get: cancelled when Run's context is done.
	jobCtx    context.Context
	cancelJob context.CancelFunc
}

// New returns a Scheduler that logs to logger.
func New(logger *slog.Logger, opts ...Option) *Scheduler {
	s := &Scheduler{
		logger:          logger,
		shutdownTimeout: DefaultShutdownTimeout,
		location:        time.Local,
		names:           map[string]cron.EntryID{},
		specs:           map[string]string{},
	}
	for _, o := range opts {
		o(s)
	}
	s.jobCtx, s.cancelJob = context.WithCancel(context.Background())
	cl := cronLogger{logger}
	s.cron = cron.New(
		cron.WithParser(parser),
		cron.WithLocation(s.location),
		cron.WithLogger(cl),
		// A backstop: each job also gets its own Recover with its name (wrap).
		cron.WithChain(cron.Recover(cl)),
	)
	return s
}

// Add schedules j under name (unique; it names the job in logs) on spec, a
// cron spec as ParseSchedule takes. Errors name the job and the spec.
func (s *Scheduler) Add(name, spec string, j Job) error {
	if name == "" {
		return fmt.Errorf("add job with spec %q: empty name", spec)
	}
	if j == nil {
		return fmt.Errorf("add job %q: nil job", name)
	}
	sched, err := ParseSchedule(spec)
	if err != nil {
		return fmt.Errorf("add job %q: %w", name, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, dup := s.names[name]; dup {
		return fmt.Errorf("add job %q (%s): a job with this name was already added", name, spec)
	}
	s.names[name] = s.cron.Schedule(sched, s.wrap(name, j))
	s.specs[name] = spec
	return nil
}

// wrap turns j into the cron.Job the scheduler runs: panics are recovered
// and logged with the job's name, a tick that comes while the previous run
// is still going is skipped, errors are logged.
func (s *Scheduler) wrap(name string, j Job) cron.Job {
	logger := s.logger.With(slog.String("job", name))
	cl := cronLogger{logger}
	run := cron.FuncJob(func() {
		ctx := s.jobCtx
		if ctx.Err() != nil {
			return // shutting down
		}
		start := time.Now()
		logger.Debug("job started")
		if err := j.Run(ctx); err != nil {
			if errors.Is(err, context.Canceled) && ctx.Err() != nil {
				logger.Info("job cancelled by shutdown", slog.Duration("duration", time.Since(start)))
				return
			}
			logger.Error("job failed", slog.Duration("duration", time.Since(start)), slog.Any("error", err))
			return
		}
		logger.Debug("job finished", slog.Duration("duration", time.Since(start)))
	})
	// Why this order: Recover must be inside SkipIfStillRunning. The other
	// way round, a panic unwinds through SkipIfStillRunning before it puts
	// back its token, and every later tick of the job is skipped for good.
	return cron.NewChain(cron.SkipIfStillRunning(cl), cron.Recover(cl)).Then(run)
}

// Entry describes a scheduled job.
type Entry struct {
	Name string
	Spec string
	Next time.Time // zero before Run starts the scheduler
	Prev time.Time // zero until the job has run
}

// Entries lists the scheduled jobs, by name.
func (s *Scheduler) Entries() []Entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Entry, 0, len(s.names))
	for name, id := range s.names {
		e := s.cron.Entry(id)
		out = append(out, Entry{Name: name, Spec: s.specs[name], Next: e.Next, Prev: e.Prev})
	}
	slices.SortFunc(out, func(a, b Entry) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Run starts the schedule and blocks until ctx is done. Then it stops
// starting jobs, cancels the context running jobs were given, and waits for
// them to return, at most the shutdown timeout (a job that outlasts it is
// logged and left behind). It returns nil; calling it twice is an error.
func (s *Scheduler) Run(ctx context.Context) error {
	s.mu.Lock()
	if s.started {
		s.mu.Unlock()
		return errors.New("jobs: scheduler already run")
	}
	s.started = true
	s.mu.Unlock()

	// Jobs keep ctx's values but not its cancellation: they are cancelled
	// below, after the schedule has stopped. Set before Start, which is
	// what makes the write visible to the jobs' goroutines.
	s.jobCtx, s.cancelJob = context.WithCancel(context.WithoutCancel(ctx))

	s.cron.Start()
	s.logger.Info("scheduler started", slog.Int("jobs", len(s.Entries())))
	<-ctx.Done()

	// Why this order: Stop first, so no new run starts with a cancelled
	// context; then cancel, so running jobs wind down; then wait.
	stopped := s.cron.Stop()
	s.cancelJob()
	timer := time.NewTimer(s.shutdownTimeout)
	defer timer.Stop()
	select {
	case <-stopped.Done():
		s.logger.Info("scheduler stopped")
	case <-timer.C:
		s.logger.Warn("scheduler stopped with jobs still running", slog.Duration("waited", s.shutdownTimeout))
	}
	return nil
}

// cronLogger adapts slog to robfig/cron's logr-style Logger. cron's routine
// messages (wake, run, schedule) go to Debug; a skipped tick to Info; a
// recovered panic to Error with its stack.
type cronLogger struct{ logger *slog.Logger }

func (l cronLogger) Info(msg string, kv ...any) {
	if msg == "skip" {
		l.logger.Info("job still running; tick skipped")
		return
	}
	l.logger.Debug("cron: "+msg, kv...)
}

func (l cronLogger) Error(err error, msg string, kv ...any) {
	if msg == "panic" {
		msg = "job panicked"
	} else {
		msg = "cron: " + msg
	}
	l.logger.Error(msg, append([]any{slog.Any("error", err)}, kv...)...)
}
