package sources_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/sources"
)

func rssWith(items ...string) string {
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>` + strings.Join(items, "") + `</channel></rss>`
}

func item(guid, link, title, text, date string) string {
	g := ""
	if guid != "" {
		g = `<guid isPermaLink="false">` + guid + `</guid>`
	}
	return `<item>` + g + `<link>` + link + `</link><title>` + title + `</title><description>` + text +
		`</description><pubDate>` + date + `</pubDate></item>`
}

const (
	dateA = "Fri, 09 Jan 2026 12:00:00 GMT"
	dateB = "Fri, 09 Jan 2026 15:30:00 GMT"
)

// TestItemIdentitySurvivesPublisherHabits polls a feed, changes it the way
// publishers do, and checks what the second poll makes of it.
func TestItemIdentitySurvivesPublisherHabits(t *testing.T) {
	tests := []struct {
		name          string
		before, after string
		wantNew       int
		wantChanged   int
	}{
		{"edited pubDate",
			item("g1", "https://ex.com/a", "Title", "Russia rejected the plan.", dateA),
			item("g1", "https://ex.com/a", "Title", "Russia rejected the plan.", dateB), 0, 0},
		{"tracking parameters added, no GUID",
			item("", "https://ex.com/a", "Title", "Russia rejected the plan.", dateA),
			item("", "https://ex.com/a?utm_source=rss&amp;utm_medium=feed&amp;fbclid=x", "Title", "Russia rejected the plan.", dateA), 0, 0},
		{"http to https, no GUID",
			item("", "http://ex.com/a", "Title", "Russia rejected the plan.", dateA),
			item("", "https://ex.com/a", "Title", "Russia rejected the plan.", dateA), 0, 0},
		{"http to https and edited, no GUID",
			item("", "http://ex.com/a", "Title", "Russia rejected the plan.", dateA),
			item("", "https://ex.com/a", "Title", "Russia rejected the plan outright.", dateA), 0, 1},
		{"http to https and edited, with GUID",
			item("g1", "http://ex.com/a", "Title", "Russia rejected the plan.", dateA),
			item("g1", "https://ex.com/a", "Title", "Russia rejected the plan outright.", dateA), 0, 1},
		{"text edited",
			item("g1", "https://ex.com/a", "Title", "Russia rejected the plan.", dateA),
			item("g1", "https://ex.com/a", "Title", "Russia firmly rejected the plan.", dateA), 0, 1},
		{"GUID reused for another article",
			item("42", "https://ex.com/a", "Old story", "Russia rejected the plan.", dateA),
			item("42", "https://ex.com/b", "New story", "The US said it acted within its rights.", dateB), 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := newFeedServer(t, rssWith(tt.before), false)
			store := newMemStore(news.Source{ID: "s", URL: fs.URL})
			p, ps := newTestPoller(t, store, nil)
			ctx := context.Background()
			if st, err := p.PollAll(ctx); err != nil || st.NewItems != 1 {
				t.Fatalf("first poll: %+v, %v", st, err)
			}
			fs.set(rssWith(tt.after))
			st, err := p.PollAll(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if st.NewItems != tt.wantNew || st.ChangedItems != tt.wantChanged {
				t.Errorf("second poll: %d new, %d changed; want %d, %d", st.NewItems, st.ChangedItems, tt.wantNew, tt.wantChanged)
			}
			// What OnSaved saw is what the app alerts on: a changed item
			// arrives as ItemChanged, not as a new one.
			if len(ps.saved) != 1+tt.wantNew+tt.wantChanged {
				t.Fatalf("OnSaved called %d times", len(ps.saved))
			}
			if tt.wantChanged == 1 && ps.saved[1].Status != news.ItemChanged {
				t.Errorf("OnSaved status %v, want changed", ps.saved[1].Status)
			}
			if len(store.items) != 1+tt.wantNew {
				t.Errorf("%d items stored, want %d", len(store.items), 1+tt.wantNew)
			}
			// A third poll of the same feed adds nothing.
			if st, err := p.PollAll(ctx); err != nil || st.NewItems+st.ChangedItems != 0 {
				t.Errorf("third poll: %+v, %v", st, err)
			}
		})
	}
}

func TestGUIDReusedWithinOneFeedKeepsEveryItem(t *testing.T) {
	// Some CMSs put the feed's own URL in every <guid>.
	feed := rssWith(
		item("https://ex.com/feed", "https://ex.com/a", "A", "First story.", dateA),
		item("https://ex.com/feed", "https://ex.com/b", "B", "Second story.", dateA),
		item("https://ex.com/feed", "https://ex.com/c", "C", "Third story.", dateA),
	)
	items, err := sources.ParseFeed([]byte(feed), news.Source{ID: "s"}, fetchedAt)
	if err != nil || len(items) != 3 {
		t.Fatalf("%d items, %v; want all three", len(items), err)
	}
	for _, it := range items {
		if it.GUID != "" {
			t.Errorf("item %s kept the reused GUID", it.URL)
		}
	}
}

func TestSourceDisabledAfterFailuresInARow(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "broken", http.StatusInternalServerError)
	}))
	defer srv.Close()
	store := newMemStore(news.Source{ID: "bad", URL: srv.URL})
	var (
		mu       sync.Mutex
		notices  []string
		disabled []string
	)
	now := pollNow
	p, _ := newTestPoller(t, store, func(o *sources.PollerOptions) {
		o.Store = &disablingStore{memStore: store, disable: func(id, reason string) {
			mu.Lock()
			defer mu.Unlock()
			disabled = append(disabled, id+": "+reason)
		}}
		o.DisableAfter = 3
		o.Now = func() time.Time { return now }
		o.OnDisabled = func(ctx context.Context, src news.SourceState, err error) {
			mu.Lock()
			defer mu.Unlock()
			notices = append(notices, fmt.Sprintf("%s after %d: %v", src.ID, src.ConsecutiveErrors+1, err))
		}
	})
	ctx := context.Background()
	for i := range 5 {
		now = now.Add(24 * time.Hour) // always past the backoff
		st, err := p.PollDue(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if i >= 3 && st.Sources != 0 {
			t.Errorf("poll %d polled the disabled source", i+1)
		}
	}
	if len(notices) != 1 || !strings.Contains(notices[0], "bad after 3") || !strings.Contains(notices[0], "500") {
		t.Errorf("notices %q, want one for the third failure", notices)
	}
	if len(disabled) != 1 || !strings.Contains(disabled[0], "disabled after 3 failures") {
		t.Errorf("store disable calls %q", disabled)
	}
	// PollAll (ingest --once, start-up) still tries it.
	if st, err := p.PollAll(ctx); err != nil || st.Sources != 1 {
		t.Errorf("PollAll: %+v, %v", st, err)
	}
}

// disablingStore is a memStore that also records disabled sources.
type disablingStore struct {
	*memStore
	disable func(id, reason string)
}

func (d *disablingStore) DisableSource(ctx context.Context, id, reason string) error {
	d.disable(id, reason)
	return nil
}

var _ sources.SourceDisabler = (*disablingStore)(nil)

func TestNextCheckHonoursServerHints(t *testing.T) {
	tests := []struct {
		name    string
		header  map[string]string
		ttl     string
		wantGap time.Duration
	}{
		{"schedule only", nil, "", 5 * time.Minute},
		{"Cache-Control max-age", map[string]string{"Cache-Control": "public, max-age=1800"}, "", 30 * time.Minute},
		{"max-age shorter than the schedule", map[string]string{"Cache-Control": "max-age=60"}, "", 5 * time.Minute},
		{"feed TTL", nil, "<ttl>90</ttl>", 90 * time.Minute},
		{"feed TTL capped at a day", nil, "<ttl>100000</ttl>", 24 * time.Hour},
		{"Retry-After on a 200", map[string]string{"Retry-After": "7200"}, "", 2 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				for k, v := range tt.header {
					w.Header().Set(k, v)
				}
				_, _ = w.Write([]byte(`<rss version="2.0"><channel><title>T</title>` + tt.ttl + `</channel></rss>`))
			}))
			defer srv.Close()
			store := newMemStore(news.Source{ID: "s", URL: srv.URL, Schedule: "@every 5m"})
			p, _ := newTestPoller(t, store, nil)
			if _, err := p.PollAll(context.Background()); err != nil {
				t.Fatal(err)
			}
			if got := store.state("s").NextCheck.Sub(pollNow); got != tt.wantGap {
				t.Errorf("next check in %s, want %s", got, tt.wantGap)
			}
		})
	}
}

func TestOneRequestPerHostAtATimeWithAGap(t *testing.T) {
	const gap = 30 * time.Millisecond
	var (
		mu            sync.Mutex
		inFlight, top int
		starts        []time.Time
		ends          []time.Time
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inFlight++
		top = max(top, inFlight)
		starts = append(starts, time.Now())
		mu.Unlock()
		time.Sleep(5 * time.Millisecond)
		_, _ = w.Write([]byte(rssFeed()))
		mu.Lock()
		inFlight--
		ends = append(ends, time.Now())
		mu.Unlock()
	}))
	defer srv.Close()
	var srcs []news.Source
	for i := range 6 {
		srcs = append(srcs, news.Source{ID: fmt.Sprintf("s%d", i), URL: fmt.Sprintf("%s/feed/%d", srv.URL, i)})
	}
	store := newMemStore(srcs...)
	p, _ := newTestPoller(t, store, func(o *sources.PollerOptions) {
		o.Concurrency = 4
		o.Fetcher = testFetcher(sources.FetchOptions{HostGap: gap})
	})
	st, err := p.PollAll(context.Background())
	if err != nil || st.Fetched != 6 {
		t.Fatalf("%+v, %v", st, err)
	}
	if top != 1 {
		t.Errorf("%d requests to one host at once, want 1", top)
	}
	for i := 1; i < len(starts); i++ {
		// The gate measures from when the client finished; the server's
		// end is earlier, so this lower bound holds.
		if d := starts[i].Sub(ends[i-1]); d < gap {
			t.Errorf("request %d started %s after the previous ended, want at least %s", i, d, gap)
		}
	}
}

func TestFetchSlowAndHostileBodies(t *testing.T) {
	bomb := func() []byte {
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		_, _ = zw.Write(make([]byte, 64<<20)) // 64 MiB of zeros
		_ = zw.Close()
		return b.Bytes()
	}()
	tests := []struct {
		name    string
		handler http.HandlerFunc
		wantErr error
	}{
		{"gzip bomb", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "gzip")
			_, _ = w.Write(bomb)
		}, sources.ErrTooLarge},
		{"slow body trickles past the total timeout", func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write([]byte("<rss>"))
			for range 100 {
				w.(http.Flusher).Flush()
				select {
				case <-r.Context().Done():
					return
				case <-time.After(20 * time.Millisecond):
				}
				_, _ = w.Write([]byte(" "))
			}
		}, context.DeadlineExceeded},
		{"redirect loop", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, r.URL.Path, http.StatusFound)
		}, sources.ErrTooManyRedirects},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(tt.handler)
			defer srv.Close()
			f := testFetcher(sources.FetchOptions{MaxBodyBytes: 1 << 20, Timeout: 300 * time.Millisecond})
			_, err := f.Fetch(context.Background(), srv.URL, sources.Validators{}, false)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
		})
	}
	if len(bomb) > 1<<20 {
		t.Fatalf("the bomb is not small: %d bytes", len(bomb))
	}
}
