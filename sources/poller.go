package sources

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"runtime/debug"
	"strings"
	"sync"
	"time"

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

// SourceDisabler is what a store may also offer to record that a source
// was disabled for its failures. The Poller uses it when the store has
// it; without it a source that failed DisableAfter times in a row is
// still skipped by PollDue, from its error count.
type SourceDisabler interface {
	// DisableSource marks the source disabled with reason as its last
	// error; news.ErrNotFound if unknown.
	DisableSource(ctx context.Context, id, reason string) error
}

// SourceDisablerFunc adapts a function to SourceDisabler.
type SourceDisablerFunc func(ctx context.Context, id, reason string) error

// DisableSource calls f(ctx, id, reason).
func (f SourceDisablerFunc) DisableSource(ctx context.Context, id, reason string) error {
	return f(ctx, id, reason)
}

// Defaults of PollerOptions.
const (
	DefaultConcurrency  = 4
	DefaultMaxBackoff   = 6 * time.Hour
	DefaultDisableAfter = 10
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
	// operator's config file; only those may read local files. (Same as
	// Spec.AllowFile.)
	FileSources map[string]bool
	// Specs holds, by source id, what the store does not keep: kind,
	// list-page selectors, language. A source without one is a feed (or a
	// Telegram channel, by its URL).
	Specs map[string]Spec
	// DisableAfter is how many failures in a row disable a source: it is
	// no longer polled by PollDue (PollAll and PollSource still try it,
	// and one success brings it back). Default 10; negative never.
	DisableAfter int
	// OnDisabled, when set, is called once when a source is disabled for
	// its failures, with its state before the last failure and that
	// failure: the place to tell the admins.
	OnDisabled func(ctx context.Context, src news.SourceState, err error)
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
	Disabled     int // sources disabled by this poll for failing DisableAfter times
}

func (s *PollStats) add(o PollStats) {
	s.Sources += o.Sources
	s.Fetched += o.Fetched
	s.NotModified += o.NotModified
	s.Failed += o.Failed
	s.NewItems += o.NewItems
	s.ChangedItems += o.ChangedItems
	s.Statements += o.Statements
	s.Disabled += o.Disabled
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
	ttls     map[string]time.Duration // each feed's last TTL, for its 304s
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
	if o.DisableAfter == 0 {
		o.DisableAfter = DefaultDisableAfter
	}
	return &Poller{o: o, log: o.Logger, inFlight: map[string]bool{}, ttls: map[string]time.Duration{}}
}

// PollDue polls every enabled source whose NextCheck has come, leaving
// out those disabled for failing DisableAfter times in a row.
// Failures of single sources are recorded on them and counted in Failed;
// the error reports only what stopped the poll or could not be recorded
// (the store, a cancelled context).
func (p *Poller) PollDue(ctx context.Context) (PollStats, error) {
	now := p.o.Now()
	return p.pollWhere(ctx, func(s news.SourceState) bool {
		return !s.NextCheck.After(now) && !p.givenUp(s)
	})
}

// givenUp reports a source that failed DisableAfter times in a row.
func (p *Poller) givenUp(s news.SourceState) bool {
	return p.o.DisableAfter > 0 && s.ConsecutiveErrors >= p.o.DisableAfter
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

// pollSources polls srcs with bounded concurrency. Sources are grouped by
// the host they are fetched from and each group is polled in order by one
// worker, so that a site with many sources is asked one request at a
// time (the Fetcher enforces that, and its politeness gap, in any case:
// grouping keeps waiting sources from holding the other workers). Each
// fetch has its own timeout, so a hanging host holds one worker at most
// that long per source and the other hosts go on.
func (p *Poller) pollSources(ctx context.Context, srcs []news.SourceState) (PollStats, error) {
	var (
		mu    sync.Mutex
		total PollStats
		errs  []error
		wg    sync.WaitGroup
	)
	groups := p.groupByHost(ctx, srcs)
	work := make(chan []news.SourceState)
	for range min(p.o.Concurrency, len(groups)) {
		wg.Go(func() {
			for group := range work {
				for _, src := range group {
					if ctx.Err() != nil {
						p.release(src.ID)
						continue
					}
					stats, err := p.pollOneSafe(ctx, src)
					p.release(src.ID)
					mu.Lock()
					total.add(stats)
					if err != nil {
						errs = append(errs, err)
					}
					mu.Unlock()
				}
			}
		})
	}
	sent := 0
feed:
	for _, g := range groups {
		select {
		case work <- g:
			sent++
		case <-ctx.Done():
			break feed
		}
	}
	close(work)
	for _, g := range groups[sent:] {
		for _, src := range g {
			p.release(src.ID)
		}
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		errs = append(errs, err)
	}
	return total, errors.Join(errs...)
}

// groupByHost claims each source (skipping those being polled already)
// and groups them by the host:port they are fetched from; a local file is
// a group of its own. Groups keep the order of srcs.
func (p *Poller) groupByHost(ctx context.Context, srcs []news.SourceState) [][]news.SourceState {
	index := map[string]int{}
	var groups [][]news.SourceState
	for _, src := range srcs {
		if !p.claim(src.ID) {
			p.log.DebugContext(ctx, "source already being polled", slog.String("source_id", src.ID))
			continue
		}
		key := "source:" + src.ID
		if u, err := url.Parse(FetchURL(src.URL, p.spec(src.ID).kindOf(src.URL))); err == nil && u.Host != "" &&
			(strings.EqualFold(u.Scheme, "http") || strings.EqualFold(u.Scheme, "https")) {
			key = hostKey(u.Scheme, u.Host)
		}
		i, ok := index[key]
		if !ok {
			i = len(groups)
			index[key] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], src)
	}
	return groups
}

// spec is the source's Spec, with FileSources folded in.
func (p *Poller) spec(id string) Spec {
	s := p.o.Specs[id]
	if p.o.FileSources[id] {
		s.AllowFile = true
	}
	return s
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
			stats, err = p.recordFailure(ctx, src, p.o.Now(), fmt.Errorf("poll source %s: panic: %v", src.ID, r), 0, PollStats{Sources: 1, Failed: 1})
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
	spec := p.spec(src.ID)
	kind := spec.kindOf(src.URL)

	resp, err := p.o.Fetcher.Do(ctx, Request{
		URL:        FetchURL(src.URL, kind),
		Validators: Validators{ETag: src.ETag, LastModified: src.LastModified},
		AllowFile:  spec.AllowFile,
		Language:   spec.Language,
	})
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
		return p.recordFailure(ctx, src, now, err, retryAfter, stats)
	}
	if resp.NotModified {
		stats.NotModified++
		return stats, p.recordSuccess(ctx, src, now, resp, p.ttl(src.ID), false)
	}
	parsed, err := Parse(resp.Body, resp.ContentType, src.Source, spec, now)
	if err != nil {
		stats.Failed++
		log.WarnContext(ctx, "source did not parse", slog.String("kind", kind.String()), slog.Any("error", err))
		return p.recordFailure(ctx, src, now, fmt.Errorf("source %s: %w", src.ID, err), resp.RetryAfter, stats)
	}
	p.setTTL(src.ID, parsed.TTL)
	stats.Fetched++
	items := parsed.Items
	keepOldValidators := false
	if len(parsed.Articles) > 0 {
		var missed int
		items, missed = p.articleItems(ctx, log, src, spec, parsed.Articles, now)
		// An article page that could not be fetched is tried again on the
		// next poll: keep the list page's old validators so it is not a 304.
		keepOldValidators = missed > 0
	}
	for _, item := range items {
		saved, err := p.ingest(ctx, src, item)
		if err != nil {
			// The new validators are not recorded, so the next poll gets
			// the whole feed again and nothing is lost.
			stats.Failed++
			log.ErrorContext(ctx, "storing item failed", slog.Any("error", err))
			st, rerr := p.recordFailure(ctx, src, now, err, 0, stats)
			if rerr != nil {
				return st, errors.Join(err, rerr)
			}
			return st, err
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
	return stats, p.recordSuccess(ctx, src, now, resp, parsed.TTL, keepOldValidators)
}

// articleItems fetches the pages of a list page's entries that the store
// does not have yet (at most MaxArticles per poll) and makes them items.
// missed counts the entries left for the next poll (fetch or parse
// failures, and those over the cap).
func (p *Poller) articleItems(ctx context.Context, log *slog.Logger, src news.SourceState, spec Spec, arts []Article, now time.Time) (items []news.Item, missed int) {
	limit := spec.Page.MaxArticles
	if limit <= 0 {
		limit = DefaultMaxArticles
	}
	for _, a := range arts {
		if ctx.Err() != nil {
			return items, missed + 1
		}
		// The article's link is its identity; with no hash yet, the store
		// says New for a link it has never seen and Changed for one it has.
		st, err := p.o.Store.ItemStatus(ctx, news.Item{SourceID: src.ID, GUID: a.URL, URL: a.URL})
		if err != nil {
			log.ErrorContext(ctx, "item status failed", slog.Any("error", err))
			missed++
			continue
		}
		if st != news.ItemNew {
			continue
		}
		if len(items) >= limit {
			missed++
			continue
		}
		resp, err := p.o.Fetcher.Do(ctx, Request{URL: a.URL, Language: spec.Language})
		if err != nil {
			log.WarnContext(ctx, "article fetch failed", slog.String("url", news.RedactURL(a.URL)), slog.Any("error", err))
			missed++
			continue
		}
		page, err := ParseArticle(resp.Body, resp.ContentType, a.URL)
		if err != nil {
			log.WarnContext(ctx, "article did not parse", slog.String("url", news.RedactURL(a.URL)), slog.Any("error", err))
			missed++
			continue
		}
		items = append(items, articleItem(src.Source, a, page, now))
	}
	return items, missed
}

func (p *Poller) ttl(id string) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.ttls[id]
}

func (p *Poller) setTTL(id string, d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if d > 0 {
		p.ttls[id] = d
	} else {
		delete(p.ttls, id)
	}
}

// ingest offers one item to the store: unchanged ones are skipped without
// extraction; new and changed ones are extracted and saved.
func (p *Poller) ingest(ctx context.Context, src news.SourceState, item news.Item) (news.SavedItem, error) {
	item, status, err := p.identify(ctx, item)
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

// identify asks the store what item is, and corrects for two publisher
// habits the store's plain rules (GUID, then link, then hash) miss:
//
//   - the same link under the other scheme (http and https) is the same
//     article: a new-looking item whose other-scheme link is stored takes
//     that stored link, so the store finds it;
//   - a GUID reused for another article: an item whose GUID is stored but
//     whose link (under either scheme) and text are both unknown is a new
//     article, stored without the GUID (identified by its link), and
//     recognised by its link on later polls. An item whose GUID and link
//     both match stored ones is an edit, as before.
//
// Unchanged items cost one store query; new ones two; changed ones up to
// three.
func (p *Poller) identify(ctx context.Context, item news.Item) (news.Item, news.ItemStatus, error) {
	st := p.o.Store
	status, err := st.ItemStatus(ctx, item)
	if err != nil {
		return item, 0, err
	}
	// probe asks for item under the other scheme, if it has one.
	probe := func(it news.Item) (news.Item, news.ItemStatus, bool, error) {
		alt, ok := otherScheme(it.URL)
		if !ok {
			return it, news.ItemNew, false, nil
		}
		it.URL = alt
		s, err := st.ItemStatus(ctx, it)
		return it, s, s != news.ItemNew, err
	}
	switch status {
	case news.ItemNew:
		alt, s, found, err := probe(item)
		if err != nil || !found {
			return item, status, err
		}
		return alt, s, nil
	case news.ItemChanged:
		if item.GUID == "" || item.URL == "" {
			return item, status, nil
		}
		byLink := item
		byLink.GUID = ""
		s, err := st.ItemStatus(ctx, byLink)
		if err != nil {
			return item, 0, err
		}
		switch s {
		case news.ItemUnchanged:
			return byLink, s, nil // stored before as a reused-GUID article
		case news.ItemChanged:
			return item, status, nil // the GUID's article, edited
		}
		if _, _, found, err := probe(byLink); err != nil || found {
			return item, status, err // its link under the other scheme: edited
		}
		p.log.InfoContext(ctx, "GUID reused for another article; identifying it by its link",
			slog.String("source_id", item.SourceID), slog.String("guid", item.GUID))
		return byLink, news.ItemNew, nil
	}
	return item, status, nil
}

// otherScheme is link with http and https swapped.
func otherScheme(link string) (string, bool) {
	if rest, ok := strings.CutPrefix(link, "https://"); ok {
		return "http://" + rest, true
	}
	if rest, ok := strings.CutPrefix(link, "http://"); ok {
		return "https://" + rest, true
	}
	return "", false
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

func (p *Poller) recordSuccess(ctx context.Context, src news.SourceState, now time.Time, resp *Response, ttl time.Duration, keepOldValidators bool) error {
	hint := min(max(resp.MaxAge, ttl), maxFeedTTL)
	next := p.nextCheck(ctx, src, now, max(resp.RetryAfter, hint))
	r := news.FetchResult{
		At:           now,
		ETag:         resp.ETag,
		LastModified: resp.LastModified,
		NotModified:  resp.NotModified,
		NextCheck:    next,
	}
	if keepOldValidators {
		r.ETag, r.LastModified = src.ETag, src.LastModified
		if r.ETag == "" && r.LastModified == "" {
			// Nothing to keep: record none, so the next fetch is whole.
			r.NotModified = false
		}
	}
	if err := p.o.Store.RecordFetch(ctx, src.ID, r); err != nil {
		return fmt.Errorf("record fetch of %s: %w", src.ID, err)
	}
	return nil
}

// recordFailure records err on the source with one more consecutive error,
// keeping the old validators (so the next poll fetches the whole feed),
// and schedules the retry by backoff and Retry-After. The failure that
// makes DisableAfter in a row disables the source: it is logged at WARN,
// recorded through the store's SourceDisabler if it has one, and handed to
// OnDisabled.
func (p *Poller) recordFailure(ctx context.Context, src news.SourceState, now time.Time, fetchErr error, retryAfter time.Duration, stats PollStats) (PollStats, error) {
	wait := max(Backoff(src.ConsecutiveErrors+1, p.o.MaxBackoff), retryAfter)
	err := p.o.Store.RecordFetch(ctx, src.ID, news.FetchResult{
		At:           now,
		ETag:         src.ETag,
		LastModified: src.LastModified,
		Err:          fetchErr,
		NextCheck:    now.Add(wait),
	})
	if err != nil {
		return stats, fmt.Errorf("record failed fetch of %s: %w", src.ID, err)
	}
	if p.o.DisableAfter > 0 && src.ConsecutiveErrors+1 == p.o.DisableAfter {
		stats.Disabled++
		reason := fmt.Sprintf("disabled after %d failures in a row; last: %v", p.o.DisableAfter, fetchErr)
		p.log.WarnContext(ctx, "source disabled after repeated failures", slog.String("source_id", src.ID),
			slog.Int("failures", p.o.DisableAfter), slog.Any("error", fetchErr))
		if d, ok := p.o.Store.(SourceDisabler); ok {
			if err := d.DisableSource(ctx, src.ID, reason); err != nil {
				return stats, fmt.Errorf("disable source %s: %w", src.ID, err)
			}
		}
		if p.o.OnDisabled != nil {
			p.o.OnDisabled(ctx, src, fetchErr)
		}
	}
	return stats, nil
}

// nextCheck is the source's next scheduled time after now, and not before
// now+notBefore (Retry-After, Cache-Control max-age, the feed's TTL).
func (p *Poller) nextCheck(ctx context.Context, src news.SourceState, now time.Time, notBefore time.Duration) time.Time {
	next, err := NextScheduled(src.Schedule, now)
	if err != nil {
		p.log.WarnContext(ctx, "bad schedule; checking again in an hour", slog.String("source_id", src.ID), slog.Any("error", err))
		next = now.Add(badScheduleRetry)
	}
	if earliest := now.Add(notBefore); next.Before(earliest) {
		next = earliest
	}
	return next
}
