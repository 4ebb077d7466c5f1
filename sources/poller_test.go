package sources_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/sources"
)

// memStore is an in-memory sources.Store that deduplicates items per
// source the way the real stores must: GUID, then canonical link, then
// content hash. Its function fields, when set, replace a method (to inject
// failures).
type memStore struct {
	mu      sync.Mutex
	sources map[string]*news.SourceState
	items   []news.Item
	stmts   map[int][]news.Statement
	fetches []news.FetchResult

	saveItem func(ctx context.Context, item news.Item, stmts []news.Statement) (news.SavedItem, error)
}

var _ sources.Store = (*memStore)(nil)

func newMemStore(srcs ...news.Source) *memStore {
	s := &memStore{sources: map[string]*news.SourceState{}, stmts: map[int][]news.Statement{}}
	for _, src := range srcs {
		s.sources[src.ID] = &news.SourceState{Source: src}
	}
	return s
}

func (s *memStore) Sources(ctx context.Context) ([]news.SourceState, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []news.SourceState
	for _, st := range s.sources {
		out = append(out, *st)
	}
	return out, nil
}

func (s *memStore) SourceState(ctx context.Context, id string) (news.SourceState, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.sources[id]
	if !ok {
		return news.SourceState{}, news.ErrNotFound
	}
	return *st, nil
}

func (s *memStore) state(id string) news.SourceState {
	st, _ := s.SourceState(context.Background(), id)
	return st
}

func (s *memStore) RecordFetch(ctx context.Context, id string, r news.FetchResult) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.sources[id]
	if !ok {
		return news.ErrNotFound
	}
	s.fetches = append(s.fetches, r)
	st.LastFetched = r.At
	st.NextCheck = r.NextCheck
	if r.Err != nil {
		st.LastError = r.Err.Error()
		st.ConsecutiveErrors++
		return nil
	}
	st.ETag, st.LastModified = r.ETag, r.LastModified
	st.LastSuccess = r.At
	st.LastError = ""
	st.ConsecutiveErrors = 0
	return nil
}

// find returns the index of the stored item item is a version of, or -1,
// by the rules of store/sqlite's findItem: the same GUID; else the same
// link unless both have GUIDs; else the same hash unless both have GUIDs
// or both have (different) links. The oldest match wins.
func (s *memStore) find(item news.Item) int {
	match := func(ok func(it news.Item) bool) int {
		for i, it := range s.items {
			if it.SourceID == item.SourceID && ok(it) {
				return i
			}
		}
		return -1
	}
	if item.GUID != "" {
		if i := match(func(it news.Item) bool { return it.GUID == item.GUID }); i >= 0 {
			return i
		}
	}
	if item.URL != "" {
		if i := match(func(it news.Item) bool {
			return it.URL == item.URL && (it.GUID == "" || item.GUID == "")
		}); i >= 0 {
			return i
		}
	}
	if item.Hash != "" {
		return match(func(it news.Item) bool {
			return it.Hash == item.Hash && (it.GUID == "" || item.GUID == "") &&
				(it.URL == "" || item.URL == "" || it.URL == item.URL)
		})
	}
	return -1
}

func (s *memStore) ItemStatus(ctx context.Context, item news.Item) (news.ItemStatus, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.statusLocked(item), nil
}

func (s *memStore) statusLocked(item news.Item) news.ItemStatus {
	i := s.find(item)
	switch {
	case i < 0:
		return news.ItemNew
	case s.items[i].Hash != item.Hash:
		return news.ItemChanged
	}
	return news.ItemUnchanged
}

func (s *memStore) SaveItem(ctx context.Context, item news.Item, stmts []news.Statement) (news.SavedItem, error) {
	if s.saveItem != nil {
		return s.saveItem(ctx, item, stmts)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	status := s.statusLocked(item)
	i := s.find(item)
	switch status {
	case news.ItemUnchanged:
		return news.SavedItem{ID: int64(i + 1), Status: status}, nil
	case news.ItemNew:
		s.items = append(s.items, item)
		i = len(s.items) - 1
		s.sources[item.SourceID].Items++
	default:
		// An identifier the edit lacks keeps its stored value (as in
		// store/sqlite).
		if item.GUID == "" {
			item.GUID = s.items[i].GUID
		}
		if item.URL == "" {
			item.URL = s.items[i].URL
		}
		s.items[i] = item
	}
	s.stmts[i] = stmts
	recs := make([]news.Record, len(stmts))
	for j, st := range stmts {
		recs[j] = news.Record{Statement: st, ItemID: int64(i + 1), SourceID: item.SourceID, URL: item.URL}
	}
	return news.SavedItem{ID: int64(i + 1), Status: status, Statements: recs}, nil
}

// feedServer serves an RSS feed whose items can be changed, honouring
// If-None-Match when etags is true.
type feedServer struct {
	*httptest.Server
	mu       sync.Mutex
	body     string
	etags    bool
	requests int
}

func newFeedServer(t *testing.T, body string, etags bool) *feedServer {
	fs := &feedServer{body: body, etags: etags}
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fs.mu.Lock()
		defer fs.mu.Unlock()
		fs.requests++
		if fs.etags {
			tag := `"` + sources.ContentHash("", fs.body)[:16] + `"`
			if r.Header.Get("If-None-Match") == tag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", tag)
		}
		_, _ = w.Write([]byte(fs.body))
	}))
	t.Cleanup(fs.Close)
	return fs
}

func (fs *feedServer) requestCount() int {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return fs.requests
}

func (fs *feedServer) set(body string) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.body = body
}

func rssFeed(items ...string) string {
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>` + strings.Join(items, "") + `</channel></rss>`
}

func rssItem(guid, text string) string {
	return `<item><guid>` + guid + `</guid><link>https://ex.com/` + guid + `?utm_source=rss</link><title>Item ` + guid +
		`</title><description>` + text + `</description><pubDate>Fri, 09 Jan 2026 12:00:00 GMT</pubDate></item>`
}

var pollNow = time.Date(2026, 1, 10, 9, 0, 0, 0, time.UTC)

type pollerSetup struct {
	store     *memStore
	extracted []news.Document
	saved     []news.SavedItem
	mu        sync.Mutex
}

func newTestPoller(t *testing.T, store *memStore, mod func(*sources.PollerOptions)) (*sources.Poller, *pollerSetup) {
	t.Helper()
	ps := &pollerSetup{store: store}
	o := sources.PollerOptions{
		Store:   store,
		Fetcher: testFetcher(sources.FetchOptions{Timeout: 5 * time.Second}),
		Now:     func() time.Time { return pollNow },
		Extractor: sources.ExtractorFunc(func(doc news.Document) []news.Statement {
			ps.mu.Lock()
			defer ps.mu.Unlock()
			ps.extracted = append(ps.extracted, doc)
			if strings.Contains(doc.Text, "rejected") {
				return []news.Statement{{Doc: doc.ID, Actor: "russia", Topic: "purl", Stance: news.StanceOppose, Evidence: doc.Text}}
			}
			return nil
		}),
		OnSaved: func(ctx context.Context, src news.SourceState, saved news.SavedItem) {
			ps.mu.Lock()
			defer ps.mu.Unlock()
			ps.saved = append(ps.saved, saved)
		},
	}
	if mod != nil {
		mod(&o)
	}
	return sources.NewPoller(o), ps
}

func TestPollerRepeatPollAddsNothing(t *testing.T) {
	feed := rssFeed(rssItem("a", "Russia rejected PURL."), rssItem("b", "Nothing to see."))
	for _, etags := range []bool{false, true} {
		name := "server ignores validators"
		if etags {
			name = "server answers 304"
		}
		t.Run(name, func(t *testing.T) {
			srv := newFeedServer(t, feed, etags)
			store := newMemStore(news.Source{ID: "wire", URL: srv.URL, Schedule: "@every 5m", DefaultActor: "russia"})
			p, ps := newTestPoller(t, store, nil)
			ctx := context.Background()

			first, err := p.PollAll(ctx)
			if err != nil {
				t.Fatal(err)
			}
			want := sources.PollStats{Sources: 1, Fetched: 1, NewItems: 2, Statements: 1}
			if first != want {
				t.Fatalf("first poll %+v, want %+v", first, want)
			}
			second, err := p.PollAll(ctx)
			if err != nil {
				t.Fatal(err)
			}
			want = sources.PollStats{Sources: 1, Fetched: 1}
			if etags {
				want = sources.PollStats{Sources: 1, NotModified: 1}
			}
			if second != want {
				t.Errorf("second poll %+v, want %+v", second, want)
			}
			if len(store.items) != 2 || len(ps.extracted) != 2 || len(ps.saved) != 2 {
				t.Errorf("stored %d items, extracted %d, hook saw %d; want 2 each", len(store.items), len(ps.extracted), len(ps.saved))
			}
			doc := ps.extracted[0]
			if doc.ID != "wire:a" || doc.DefaultActor != "russia" || doc.URL != "https://ex.com/a" || doc.Text != "Russia rejected PURL." {
				t.Errorf("document handed to the extractor: %+v", doc)
			}
			st := store.state("wire")
			if st.LastError != "" || !st.NextCheck.Equal(pollNow.Add(5*time.Minute)) || (etags && st.ETag == "") {
				t.Errorf("source state after polls: %+v", st)
			}
		})
	}
}

func TestPollerEditedItemIsChanged(t *testing.T) {
	srv := newFeedServer(t, rssFeed(rssItem("a", "Russia supported the plan."), rssItem("b", "Unrelated.")), true)
	store := newMemStore(news.Source{ID: "wire", URL: srv.URL})
	p, ps := newTestPoller(t, store, nil)
	ctx := context.Background()
	if _, err := p.PollAll(ctx); err != nil {
		t.Fatal(err)
	}
	srv.set(rssFeed(rssItem("a", "Russia rejected the plan."), rssItem("b", "Unrelated.")))
	got, err := p.PollAll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := sources.PollStats{Sources: 1, Fetched: 1, ChangedItems: 1, Statements: 1}
	if got != want {
		t.Fatalf("poll after edit %+v, want %+v", got, want)
	}
	if len(store.items) != 2 || store.items[0].Text != "Russia rejected the plan." {
		t.Errorf("stored items %+v", store.items)
	}
	if n := len(ps.extracted); n != 3 {
		t.Errorf("extractor ran %d times, want 3 (two new, one changed; unchanged skipped)", n)
	}
	if last := ps.saved[len(ps.saved)-1]; last.Status != news.ItemChanged || len(last.Statements) != 1 {
		t.Errorf("hook saw %+v, want the changed item with its statement", last)
	}
}

func TestPollerMalformedFeedIsRecordedOthersGoOn(t *testing.T) {
	good := newFeedServer(t, rssFeed(rssItem("a", "Fine.")), false)
	bad := newFeedServer(t, "<rss><channel><item><title>broken", false)
	store := newMemStore(
		news.Source{ID: "good", URL: good.URL, Schedule: "@every 10m"},
		news.Source{ID: "bad", URL: bad.URL, Schedule: "@every 10m"},
	)
	p, _ := newTestPoller(t, store, nil)
	ctx := context.Background()

	stats, err := p.PollAll(ctx)
	if err != nil {
		t.Fatalf("a bad feed is not a poll error: %v", err)
	}
	if stats.Failed != 1 || stats.Fetched != 1 || stats.NewItems != 1 {
		t.Errorf("stats %+v", stats)
	}
	st := store.state("bad")
	if st.ConsecutiveErrors != 1 || !strings.Contains(st.LastError, "parse feed") || !st.NextCheck.Equal(pollNow.Add(time.Minute)) {
		t.Errorf("bad source after one poll: errors %d, %q, next %s", st.ConsecutiveErrors, st.LastError, st.NextCheck)
	}
	if _, err := p.PollAll(ctx); err != nil {
		t.Fatal(err)
	}
	st = store.state("bad")
	if st.ConsecutiveErrors != 2 || !st.NextCheck.Equal(pollNow.Add(2*time.Minute)) {
		t.Errorf("bad source after two polls: errors %d, next %s; want 2 and backoff 2m", st.ConsecutiveErrors, st.NextCheck)
	}
	if g := store.state("good"); g.LastError != "" || g.Items != 1 || !g.NextCheck.Equal(pollNow.Add(10*time.Minute)) {
		t.Errorf("good source: %+v", g)
	}

	bad.set(rssFeed(rssItem("z", "Fixed.")))
	if _, err := p.PollAll(ctx); err != nil {
		t.Fatal(err)
	}
	if st := store.state("bad"); st.ConsecutiveErrors != 0 || st.LastError != "" || st.Items != 1 {
		t.Errorf("fixed source: %+v", st)
	}
}

func TestPollerRetryAfterAndBackoffCap(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
	store := newMemStore(news.Source{ID: "busy", URL: srv.URL})
	p, _ := newTestPoller(t, store, func(o *sources.PollerOptions) { o.MaxBackoff = 30 * time.Minute })
	if _, err := p.PollAll(context.Background()); err != nil {
		t.Fatal(err)
	}
	st := store.state("busy")
	if !st.NextCheck.Equal(pollNow.Add(time.Hour)) || !strings.Contains(st.LastError, "429") {
		t.Errorf("after 429 with Retry-After 1h: next %s, error %q", st.NextCheck, st.LastError)
	}
}

func TestBackoff(t *testing.T) {
	tests := []struct {
		n    int
		max  time.Duration
		want time.Duration
	}{
		{0, 6 * time.Hour, time.Minute},
		{1, 6 * time.Hour, time.Minute},
		{2, 6 * time.Hour, 2 * time.Minute},
		{3, 6 * time.Hour, 4 * time.Minute},
		{9, 6 * time.Hour, 256 * time.Minute},
		{10, 6 * time.Hour, 6 * time.Hour},
		{1000, 6 * time.Hour, 6 * time.Hour},
		{3, 3 * time.Minute, 3 * time.Minute},
	}
	for _, tt := range tests {
		if got := sources.Backoff(tt.n, tt.max); got != tt.want {
			t.Errorf("Backoff(%d, %s) = %s, want %s", tt.n, tt.max, got, tt.want)
		}
	}
}

func TestNextScheduled(t *testing.T) {
	now := time.Date(2026, 1, 10, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		spec    string
		want    time.Time
		wantErr bool
	}{
		{"@every 5m", now.Add(5 * time.Minute), false},
		{"", now.Add(15 * time.Minute), false},
		{"CRON_TZ=UTC 0 8 * * *", time.Date(2026, 1, 11, 8, 0, 0, 0, time.UTC), false},
		{"CRON_TZ=UTC */30 * * * *", now.Add(30 * time.Minute), false},
		{"@hourly", now.Add(time.Hour), false},
		{"every five minutes", time.Time{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			got, err := sources.NextScheduled(tt.spec, now)
			if (err != nil) != tt.wantErr || !got.Equal(tt.want) {
				t.Errorf("NextScheduled(%q) = %s, %v; want %s (error %v)", tt.spec, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestPollDueSkipsSourcesNotDue(t *testing.T) {
	srv := newFeedServer(t, rssFeed(rssItem("a", "x")), false)
	store := newMemStore(
		news.Source{ID: "due", URL: srv.URL},
		news.Source{ID: "later", URL: srv.URL},
		news.Source{ID: "off", URL: srv.URL, Disabled: true},
		news.Source{ID: "exactly-now", URL: srv.URL},
	)
	store.sources["later"].NextCheck = pollNow.Add(time.Second)
	store.sources["exactly-now"].NextCheck = pollNow
	p, _ := newTestPoller(t, store, nil)
	stats, err := p.PollDue(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n := srv.requestCount(); stats.Sources != 2 || n != 2 {
		t.Errorf("polled %d sources with %d requests, want due and exactly-now only", stats.Sources, n)
	}
	if !store.state("later").LastFetched.IsZero() || !store.state("off").LastFetched.IsZero() {
		t.Error("a source not due, or disabled, was polled")
	}
}

func TestPollSource(t *testing.T) {
	srv := newFeedServer(t, rssFeed(rssItem("a", "x")), false)
	store := newMemStore(news.Source{ID: "one", URL: srv.URL}, news.Source{ID: "off", URL: srv.URL, Disabled: true})
	store.sources["one"].NextCheck = pollNow.Add(time.Hour)
	p, _ := newTestPoller(t, store, nil)
	ctx := context.Background()
	if stats, err := p.PollSource(ctx, "one"); err != nil || stats.NewItems != 1 {
		t.Errorf("PollSource(one) = %+v, %v; want one new item although not due", stats, err)
	}
	if _, err := p.PollSource(ctx, "nope"); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("PollSource(nope) err = %v, want ErrNotFound", err)
	}
	if _, err := p.PollSource(ctx, "off"); err == nil || !strings.Contains(err.Error(), "disabled") {
		t.Errorf("PollSource(off) err = %v, want disabled", err)
	}
}

func TestPollerHangingSourceDoesNotBlockOthers(t *testing.T) {
	release := make(chan struct{})
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer hang.Close()
	defer close(release)
	good := newFeedServer(t, rssFeed(rssItem("a", "x")), false)
	store := newMemStore(
		news.Source{ID: "hang", URL: hang.URL},
		news.Source{ID: "good1", URL: good.URL},
		news.Source{ID: "good2", URL: good.URL},
	)
	p, _ := newTestPoller(t, store, func(o *sources.PollerOptions) {
		o.Concurrency = 2
		o.Fetcher = testFetcher(sources.FetchOptions{Timeout: 200 * time.Millisecond})
	})
	stats, err := p.PollAll(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Failed != 1 || stats.NewItems != 2 {
		t.Errorf("stats %+v; want the hanging source failed and both others stored", stats)
	}
	if st := store.state("hang"); st.ConsecutiveErrors != 1 || st.LastError == "" {
		t.Errorf("hanging source: %+v", st)
	}
}

func TestPollerFileSources(t *testing.T) {
	path := t.TempDir() + "/feed.xml"
	if err := writeFile(path, rssFeed(rssItem("f", "From a file."))); err != nil {
		t.Fatal(err)
	}
	store := newMemStore(
		news.Source{ID: "config", URL: "file://" + path},
		news.Source{ID: "chat", URL: "file://" + path},
	)
	p, _ := newTestPoller(t, store, func(o *sources.PollerOptions) { o.FileSources = map[string]bool{"config": true} })
	ctx := context.Background()
	if _, err := p.PollAll(ctx); err != nil {
		t.Fatal(err)
	}
	if st := store.state("config"); st.Items != 1 || st.LastError != "" {
		t.Errorf("config file source: %+v", st)
	}
	if st := store.state("chat"); st.Items != 0 || !strings.Contains(st.LastError, "config file") {
		t.Errorf("file source not from config: %+v", st)
	}
	stats, err := p.PollSource(ctx, "config")
	if err != nil || stats.NotModified != 1 {
		t.Errorf("unchanged file: %+v, %v; want NotModified", stats, err)
	}
}

func TestPollerStoreFailureKeepsValidators(t *testing.T) {
	srv := newFeedServer(t, rssFeed(rssItem("a", "x")), true)
	store := newMemStore(news.Source{ID: "wire", URL: srv.URL})
	store.saveItem = func(context.Context, news.Item, []news.Statement) (news.SavedItem, error) {
		return news.SavedItem{}, errors.New("disk full")
	}
	p, _ := newTestPoller(t, store, nil)
	stats, err := p.PollAll(context.Background())
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("err = %v, want the store error reported", err)
	}
	st := store.state("wire")
	if stats.Failed != 1 || st.ETag != "" || st.ConsecutiveErrors != 1 {
		t.Errorf("stats %+v, state %+v; want a failure with no validators saved", stats, st)
	}
	store.saveItem = nil
	stats, err = p.PollAll(context.Background())
	if err != nil || stats.NewItems != 1 {
		t.Errorf("retry: %+v, %v; want the item stored (the feed fetched again, not a 304)", stats, err)
	}
}

func TestPollerRecoversFromExtractorPanic(t *testing.T) {
	srv := newFeedServer(t, rssFeed(rssItem("a", "boom")), false)
	other := newFeedServer(t, rssFeed(rssItem("b", "fine")), false)
	store := newMemStore(news.Source{ID: "boom", URL: srv.URL}, news.Source{ID: "fine", URL: other.URL})
	p, _ := newTestPoller(t, store, func(o *sources.PollerOptions) {
		o.Extractor = sources.ExtractorFunc(func(doc news.Document) []news.Statement {
			if doc.Text == "boom" {
				panic("extractor bug")
			}
			return nil
		})
	})
	stats, err := p.PollAll(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Failed != 1 || store.state("fine").Items != 1 || !strings.Contains(store.state("boom").LastError, "panic") {
		t.Errorf("stats %+v; boom %+v", stats, store.state("boom"))
	}
}

func writeFile(path, body string) error { return os.WriteFile(path, []byte(body), 0o600) }

func TestPollerSkipsSourceAlreadyBeingPolled(t *testing.T) {
	arrived := make(chan struct{}, 1)
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived <- struct{}{}
		<-release
		_, _ = w.Write([]byte(rssFeed(rssItem("a", "x"))))
	}))
	defer srv.Close()
	store := newMemStore(news.Source{ID: "slow", URL: srv.URL})
	p, _ := newTestPoller(t, store, nil)
	ctx := context.Background()

	done := make(chan sources.PollStats)
	go func() {
		stats, err := p.PollAll(ctx)
		if err != nil {
			t.Error(err)
		}
		done <- stats
	}()
	<-arrived
	overlap, err := p.PollAll(ctx)
	close(release)
	first := <-done
	if err != nil || overlap.Sources != 0 {
		t.Errorf("overlapping poll: %+v, %v; want the busy source skipped", overlap, err)
	}
	if first.NewItems != 1 {
		t.Errorf("first poll: %+v", first)
	}
}
