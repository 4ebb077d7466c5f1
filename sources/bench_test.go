package sources_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/sources"
)

// BenchmarkPoll10k polls 10,000 sources in one cycle against loopback
// servers, 90% of them answering 304 to their stored ETag and 10% a small
// feed, through the real Fetcher (policy, host gate with no gap, body
// cap) and Poller, with the in-memory store. hosts=1 puts every source on
// one server (served one request at a time, as per-host politeness
// demands); hosts=100 spreads them as a real list would be.
//
// Reported: the time of one cycle (ns/op), the peak Go heap during the
// cycle (peak-heap-MB), and the process's peak resident set (peak-RSS-MB,
// VmHWM, which includes the test servers running in the same process).
func BenchmarkPoll10k(b *testing.B) {
	for _, hosts := range []int{1, 100} {
		b.Run(fmt.Sprintf("hosts=%d", hosts), func(b *testing.B) { benchPoll(b, 10_000, hosts) })
	}
}

func benchPoll(b *testing.B, n, hosts int) {
	feed := []byte(rssFeed(rssItem("only", "Russia rejected the plan.")))
	var served atomic.Int64
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		served.Add(1)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		_, _ = w.Write(feed)
	})
	servers := make([]*httptest.Server, hosts)
	for i := range servers {
		servers[i] = httptest.NewServer(handler)
		defer servers[i].Close()
	}
	srcs := make([]news.Source, n)
	for i := range srcs {
		srcs[i] = news.Source{ID: fmt.Sprintf("s%05d", i), URL: fmt.Sprintf("%s/feed/%d", servers[i%hosts].URL, i), Schedule: "@every 5m"}
	}
	store := newMemStore(srcs...)
	for i, s := range srcs {
		if i%10 != 0 {
			store.sources[s.ID].ETag = `"v1"`
		}
	}
	p := sources.NewPoller(sources.PollerOptions{
		Store: store,
		Fetcher: sources.NewFetcher(sources.FetchOptions{
			AllowPrivate: true, HostGap: -1, Timeout: 10 * time.Second,
		}),
		Extractor:   sources.ExtractorFunc(func(news.Document) []news.Statement { return nil }),
		Concurrency: 32,
	})
	ctx := context.Background()
	var peakHeap atomic.Uint64
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		stop := sampleHeap(&peakHeap)
		st, err := p.PollAll(ctx)
		stop()
		if err != nil || st.Sources != n || st.NotModified != n-n/10 || st.Fetched != n/10 {
			b.Fatalf("%+v, %v", st, err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(peakHeap.Load())/(1<<20), "peak-heap-MB")
	if rss := peakRSS(); rss > 0 {
		b.ReportMetric(float64(rss)/(1<<20), "peak-RSS-MB")
	}
	b.ReportMetric(float64(served.Load())/float64(b.N), "requests/op")
}

// sampleHeap records the largest HeapInuse seen until stop is called.
func sampleHeap(peak *atomic.Uint64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	return func() { close(done); wg.Wait() }
}

// peakRSS is the process's peak resident set size in bytes (Linux VmHWM),
// or 0 where /proc is not there.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
