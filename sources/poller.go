package sources

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/stancebot/stancebot/news"
)

// Extractor finds the statements in a document.
type Extractor interface {
	Extract(doc news.Document) []news.Statement
}

// ExtractorFunc adapts a function to Extractor.
type ExtractorFunc func(doc news.Document) []news.Statement

// Extract calls f(doc).
func (f ExtractorFunc) Extract(doc news.Document) []news.Statement { return f(doc) }

// Store is what the Poller needs of the store; news.Store satisfies it.
type Store interface {
	// Sources lists every source with its state.
	Sources(ctx context.Context) ([]news.SourceState, error)
	// SourceState returns one source; news.ErrNotFound if unknown.
	SourceState(ctx context.Context, id string) (news.SourceState, error)
	// RecordFetch stores the outcome of a poll.
	RecordFetch(ctx context.Context, id string, r news.FetchResult) error
	// ItemStatus says whether an item is new, changed or unchanged.
	ItemStatus(ctx context.Context, item news.Item) (news.ItemStatus, error)
	// SaveItem stores a new or changed item with its statements.
	SaveItem(ctx context.Context, item news.Item, stmts []news.Statement) (news.SavedItem, error)
}

var _ Store = news.Store(nil)

// Defaults of PollerOptions.
const (
	DefaultConcurrency = 4
	DefaultMaxBackoff  = 6 * time.Hour
	// DefaultSchedule is used for a source with no schedule.
	DefaultSchedule = "@every 15m"
	// firstBackoff is the wait after the first consecutive error; it
	// doubles with each further one.
	firstBackoff = time.Minute
	// badScheduleRetry is the wait for a source whose schedule does not
	// parse (config validation should have caught it).
	badScheduleRetry = time.Hour
)

// PollerOptions configures a Poller. Store and Fetcher are required.
type PollerOptions struct {
	Store     Store
	Fetcher   *Fetcher
	Extractor Extractor // nil: items are stored without statements
	Logger    *slog.Logger
	Now       func() time.Time // default time.Now
	// Concurrency is how many sources are fetched at once; default 4.
	Concurrency int
	// FileSources names the sources whose file:// URL came from the
	// operator's config file; only those may read local files.
	FileSources map[string]bool
	// OnSaved, when set, is called after each new or changed item is
	// stored (not for unchanged ones), from the goroutine polling src.
	// src is the state before this poll: src.LastSuccess.IsZero() means
	// this is the source's first successful poll (seed without alerts).
	OnSaved func(ctx context.Context, src news.SourceState, saved news.SavedItem)
	// MaxBackoff caps the wait after repeated errors; default 6h.
	MaxBackoff time.Duration
}

// PollStats counts what a poll did.
type PollStats struct {
	Sources      int // sources polled
	Fetched      int // fetched with a body that parsed
	NotModified  int // answered 304 (or an unchanged file)
	Failed       int // fetch, parse or store failed; recorded on the source
	NewItems     int
	ChangedItems int
	Statements   int // statements stored for new and changed items
}

func (s *PollStats) add(o PollStats) {
	s.Sources += o.Sources
	s.Fetched += o.Fetched
	s.NotModified += o.NotModified
	s.Failed += o.Failed
	s.NewItems += o.NewItems
	s.ChangedItems += o.ChangedItems
	s.Statements += o.Statements
}

// Poller fetches sources, stores their new and edited items with the
// statements extracted from them, and records on each source how the poll
// went and when to check it next. It is safe for concurrent use; a source
// already being polled is skipped by a second, overlapping poll.
type Poller struct {
	o   PollerOptions
	log *slog.Logger

	mu       sync.Mutex
	inFlight map[string]bool
}

// NewPoller returns a Poller; it panics if Store or Fetcher is nil (a
// wiring mistake).
func NewPoller(o PollerOptions) *Poller {
	if o.Store == nil || o.Fetcher == nil {
		panic("sources: NewPoller needs a Store and a Fetcher")
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Concurrency <= 0 {
		o.Concurrency = DefaultConcurrency
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = DefaultMaxBackoff
	}
	return &Poller{o: o, log: o.Logger, inFlight: map[string]bool{}}
}

// PollDue polls every enabled source whose NextCheck has come.
// Failures of single sources are recorded on them and counted in Failed;
// the error reports only what stopped the poll or could not be recorded
// (the store, a cancelled context).
func (p *Poller) PollDue(ctx context.Context) (PollStats, error) {
	now := p.o.Now()
	return p.pollWhere(ctx, func(s news.SourceState) bool {
		return !s.NextCheck.After(now)
	})
}

// PollAll polls every enabled source now, due or not (ingest --once,
// startup).
func (p *Poller) PollAll(ctx context.Context) (PollStats, error) {
	return p.pollWhere(ctx, func(news.SourceState) bool { return true })
}

// PollSource polls one source now, due or not. A disabled source is an
// error; an unknown one is news.ErrNotFound (wrapped).
func (p *Poller) PollSource(ctx context.Context, id string) (PollStats, error) {
	st, err := p.o.Store.SourceState(ctx, id)
	if err != nil {
		return PollStats{}, fmt.Errorf("poll source %s: %w", id, err)
	}
	if st.Disabled {
		return PollStats{}, fmt.Errorf("poll source %s: source is disabled (not in the config)", id)
	}
	return p.pollSources(ctx, []news.SourceState{st})
}

func (p *Poller) pollWhere(ctx context.Context, want func(news.SourceState) bool) (PollStats, error) {
	all, err := p.o.Store.Sources(ctx)
	if err != nil {
		return PollStats{}, fmt.Errorf("list sources: %w", err)
	}
	var picked []news.SourceState
	for _, s := range all {
		if !s.Disabled && want(s) {
			picked = append(picked, s)
		}
	}
	return p.pollSources(ctx, picked)
}

// pollSources polls srcs with bounded concurrency. Each fetch has its own
// timeout, so a hanging source holds one slot at most that long and the
// others go on.
func (p *Poller) pollSources(ctx context.Context, srcs []news.SourceState) (PollStats, error) {
	var (
		mu    sync.Mutex
		total PollStats
		errs  []error
		g     errgroup.Group
	)
	g.SetLimit(p.o.Concurrency)
	for _, src := range srcs {
		if ctx.Err() != nil {
			break
		}
		if !p.claim(src.ID) {
			p.log.DebugContext(ctx, "source already being polled", slog.String("source_id", src.ID))
			continue
		}
		g.Go(func() error {
			defer p.release(src.ID)
			stats, err := p.pollOneSafe(ctx, src)
			mu.Lock()
			defer mu.Unlock()
			total.add(stats)
			if err != nil {
				errs = append(errs, err)
			}
			return nil
		})
	}
	_ = g.Wait() // the goroutines report through errs
	if err := ctx.Err(); err != nil {
		errs = append(errs, err)
	}
	return total, errors.Join(errs...)
}

func (p *Poller) claim(id string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.inFlight[id] {
		return false
	}
	p.inFlight[id] = true
	return true
}

func (p *Poller) release(id string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.inFlight, id)
}

// pollOneSafe keeps a panic in one source's work (a parser or extractor
// bug on odd input) from taking down the other sources and the process;
// it is recorded on the source like any failure.
func (p *Poller) pollOneSafe(ctx context.Context, src news.SourceState) (stats PollStats, err error) {
	defer func() {
		if r := recover(); r != nil {
			p.log.ErrorContext(ctx, "panic while polling source", slog.String("source_id", src.ID),
				slog.Any("panic", r), slog.String("stack", string(debug.Stack())))
			stats = PollStats{Sources: 1, Failed: 1}
			err = p.recordFailure(ctx, src, p.o.Now(), fmt.Errorf("poll source %s: panic: %v", src.ID, r), 0)
		}
	}()
	return p.pollOne(ctx, src)
}

// pollOne fetches, parses and stores one source and records the outcome.
// The returned error is only for what could not be recorded.
func (p *Poller) pollOne(ctx context.Context, src news.SourceState) (PollStats, error) {
	log := p.log.With(slog.String("source_id", src.ID))
	stats := PollStats{Sources: 1}
	now := p.o.Now()

	resp, err := p.o.Fetcher.Fetch(ctx, src.URL, Validators{ETag: src.ETag, LastModified: src.LastModified}, p.o.FileSources[src.ID])
	if err != nil {
		if ctx.Err() != nil {
			// Shutting down: the source did nothing wrong, record nothing.
			return PollStats{}, fmt.Errorf("poll source %s: %w", src.ID, ctx.Err())
		}
		stats.Failed++
		var he *HTTPError
		retryAfter := time.Duration(0)
		if errors.As(err, &he) {
			retryAfter = he.RetryAfter
		}
		log.WarnContext(ctx, "fetch failed", slog.Any("error", err))
		return stats, p.recordFailure(ctx, src, now, err, retryAfter)
	}
	if resp.NotModified {
		stats.NotModified++
		return stats, p.recordSuccess(ctx, src, now, resp)
	}
	items, err := ParseFeed(resp.Body, src.Source, now)
	if err != nil {
		stats.Failed++
		log.WarnContext(ctx, "feed did not parse", slog.Any("error", err))
		return stats, p.recordFailure(ctx, src, now, fmt.Errorf("source %s: %w", src.ID, err), resp.RetryAfter)
	}
	stats.Fetched++
	for _, item := range items {
		saved, err := p.ingest(ctx, src, item)
		if err != nil {
			// The new validators are not recorded, so the next poll gets
			// the whole feed again and nothing is lost.
			stats.Failed++
			log.ErrorContext(ctx, "storing item failed", slog.Any("error", err))
			if rerr := p.recordFailure(ctx, src, now, err, 0); rerr != nil {
				return stats, errors.Join(err, rerr)
			}
			return stats, err
		}
		switch saved.Status {
		case news.ItemNew:
			stats.NewItems++
		case news.ItemChanged:
			stats.ChangedItems++
		default:
			continue
		}
		stats.Statements += len(saved.Statements)
		if p.o.OnSaved != nil {
			p.o.OnSaved(ctx, src, saved)
		}
	}
	log.DebugContext(ctx, "polled source", slog.Int("items", len(items)),
		slog.Int("new", stats.NewItems), slog.Int("changed", stats.ChangedItems))
	return stats, p.recordSuccess(ctx, src, now, resp)
}

// ingest offers one item to the store: unchanged ones are skipped without
// extraction; new and changed ones are extracted and saved.
func (p *Poller) ingest(ctx context.Context, src news.SourceState, item news.Item) (news.SavedItem, error) {
	status, err := p.o.Store.ItemStatus(ctx, item)
	if err != nil {
		return news.SavedItem{}, fmt.Errorf("item status of %s: %w", itemRef(item), err)
	}
	if status == news.ItemUnchanged {
		return news.SavedItem{Status: news.ItemUnchanged}, nil
	}
	var stmts []news.Statement
	if p.o.Extractor != nil {
		stmts = p.o.Extractor.Extract(news.Document{
			ID:           DocumentID(item),
			Title:        item.Title,
			URL:          item.URL,
			Published:    item.Published,
			Text:         item.Text,
			DefaultActor: src.DefaultActor,
		})
	}
	saved, err := p.o.Store.SaveItem(ctx, item, stmts)
	if err != nil {
		return news.SavedItem{}, fmt.Errorf("save item %s: %w", itemRef(item), err)
	}
	return saved, nil
}

// DocumentID is the id of the document made from an item: the source id
// and the item's GUID, else its canonical link, else its content hash.
func DocumentID(item news.Item) string {
	switch {
	case item.GUID != "":
		return item.SourceID + ":" + item.GUID
	case item.URL != "":
		return item.SourceID + ":" + item.URL
	}
	return item.SourceID + ":" + item.Hash
}

// itemRef names an item in errors without its text.
func itemRef(item news.Item) string {
	if item.URL != "" {
		return item.URL
	}
	if item.GUID != "" {
		return item.GUID
	}
	return "#" + item.Hash
}

func (p *Poller) recordSuccess(ctx context.Context, src news.SourceState, now time.Time, resp *Response) error {
	next := p.nextCheck(ctx, src, now, resp.RetryAfter)
	err := p.o.Store.RecordFetch(ctx, src.ID, news.FetchResult{
		At:           now,
		ETag:         resp.ETag,
		LastModified: resp.LastModified,
		NotModified:  resp.NotModified,
		NextCheck:    next,
	})
	if err != nil {
		return fmt.Errorf("record fetch of %s: %w", src.ID, err)
	}
	return nil
}

// recordFailure records err on the source with one more consecutive error,
// keeping the old validators (so the next poll fetches the whole feed),
// and schedules the retry by backoff and Retry-After.
func (p *Poller) recordFailure(ctx context.Context, src news.SourceState, now time.Time, fetchErr error, retryAfter time.Duration) error {
	wait := max(Backoff(src.ConsecutiveErrors+1, p.o.MaxBackoff), retryAfter)
	err := p.o.Store.RecordFetch(ctx, src.ID, news.FetchResult{
		At:           now,
		ETag:         src.ETag,
		LastModified: src.LastModified,
		Err:          fetchErr,
		NextCheck:    now.Add(wait),
	})
	if err != nil {
		return fmt.Errorf("record failed fetch of %s: %w", src.ID, err)
	}
	return nil
}

// nextCheck is the source's next scheduled time after now, and not before
// now+retryAfter.
func (p *Poller) nextCheck(ctx context.Context, src news.SourceState, now time.Time, retryAfter time.Duration) time.Time {
	next, err := NextScheduled(src.Schedule, now)
	if err != nil {
		p.log.WarnContext(ctx, "bad schedule; checking again in an hour", slog.String("source_id", src.ID), slog.Any("error", err))
		next = now.Add(badScheduleRetry)
	}
	if earliest := now.Add(retryAfter); next.Before(earliest) {
		next = earliest
	}
	return next
}
