package sources_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/sources"
)

// testFetcher may reach the loopback test servers.
func testFetcher(o sources.FetchOptions) *sources.Fetcher {
	o.AllowPrivate = true
	if o.HostGap == 0 {
		o.HostGap = -1 // tests hit one loopback server many times
	}
	return sources.NewFetcher(o)
}

func TestFetchConditionalGET(t *testing.T) {
	const etag, lastMod = `"v1"`, "Fri, 09 Jan 2026 12:00:00 GMT"
	var gotUA, gotINM, gotIMS []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA = append(gotUA, r.Header.Get("User-Agent"))
		gotINM = append(gotINM, r.Header.Get("If-None-Match"))
		gotIMS = append(gotIMS, r.Header.Get("If-Modified-Since"))
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		w.Header().Set("Cache-Control", "public, max-age=300")
		_, _ = w.Write([]byte("<rss/>"))
	}))
	defer srv.Close()
	f := testFetcher(sources.FetchOptions{})
	ctx := context.Background()

	first, err := f.Fetch(ctx, srv.URL, sources.Validators{}, false)
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || string(first.Body) != "<rss/>" || first.ETag != etag || first.LastModified != lastMod || first.MaxAge != 5*time.Minute {
		t.Fatalf("first fetch: %+v", first)
	}
	second, err := f.Fetch(ctx, srv.URL, sources.Validators{ETag: first.ETag, LastModified: first.LastModified}, false)
	if err != nil {
		t.Fatal(err)
	}
	if !second.NotModified || len(second.Body) != 0 {
		t.Fatalf("second fetch not a 304: %+v", second)
	}
	if second.ETag != etag || second.LastModified != lastMod {
		t.Errorf("validators after 304: %q %q; want the old ones kept", second.ETag, second.LastModified)
	}
	if gotINM[0] != "" || gotINM[1] != etag || gotIMS[1] != lastMod {
		t.Errorf("validators sent: If-None-Match %q, If-Modified-Since %q", gotINM, gotIMS)
	}
	if gotUA[0] != sources.DefaultUserAgent {
		t.Errorf("User-Agent %q", gotUA[0])
	}
}

func TestFetchBodyCap(t *testing.T) {
	big := bytes.Repeat([]byte("a"), 2048)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write(big)
	_ = zw.Close()
	tests := []struct {
		name    string
		handler http.HandlerFunc
		wantErr bool
	}{
		{"at the cap", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write(big[:1024]) }, false},
		{"over the cap with length", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write(big) }, true},
		{"over the cap chunked", func(w http.ResponseWriter, r *http.Request) {
			for range 4 {
				_, _ = w.Write(big[:512])
				w.(http.Flusher).Flush()
			}
		}, true},
		{"small gzip that inflates over the cap", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "gzip")
			_, _ = w.Write(gz.Bytes())
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(tt.handler)
			defer srv.Close()
			resp, err := testFetcher(sources.FetchOptions{MaxBodyBytes: 1024}).Fetch(context.Background(), srv.URL, sources.Validators{}, false)
			if tt.wantErr {
				if !errors.Is(err, sources.ErrTooLarge) {
					t.Fatalf("err = %v, want ErrTooLarge", err)
				}
				return
			}
			if err != nil || len(resp.Body) != 1024 {
				t.Fatalf("err %v, body %d bytes", err, len(resp.Body))
			}
		})
	}
	if gz.Len() >= 1024 {
		t.Fatalf("gzip case is not small: %d bytes", gz.Len())
	}
}

// redirectServer redirects /n to /n-1 down to /0, which serves a body.
func redirectServer() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/"))
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/%d", n-1), http.StatusFound)
			return
		}
		_, _ = w.Write([]byte("end"))
	}))
}

func TestFetchRedirects(t *testing.T) {
	srv := redirectServer()
	defer srv.Close()
	f := testFetcher(sources.FetchOptions{})
	resp, err := f.Fetch(context.Background(), srv.URL+"/10", sources.Validators{}, false)
	if err != nil {
		t.Fatalf("10 redirects: %v", err)
	}
	if string(resp.Body) != "end" || resp.FinalURL != srv.URL+"/0" {
		t.Errorf("10 redirects: body %q, final URL %q", resp.Body, resp.FinalURL)
	}
	_, err = f.Fetch(context.Background(), srv.URL+"/11", sources.Validators{}, false)
	if !errors.Is(err, sources.ErrTooManyRedirects) {
		t.Errorf("11 redirects: err = %v, want ErrTooManyRedirects", err)
	}
}

func TestFetchURLPolicy(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/to-file" {
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
			return
		}
		_, _ = w.Write([]byte("secret"))
	}))
	defer srv.Close()
	strict := sources.NewFetcher(sources.FetchOptions{})
	lenient := testFetcher(sources.FetchOptions{})
	ctx := context.Background()
	tests := []struct {
		name    string
		f       *sources.Fetcher
		url     string
		wantErr error
		inMsg   string
	}{
		{"loopback refused by default", strict, srv.URL, sources.ErrAddressRefused, "127.0.0.1 is a loopback address"},
		{"localhost name refused after resolving", strict, strings.Replace(srv.URL, "127.0.0.1", "localhost", 1), sources.ErrAddressRefused, "URL policy"},
		{"ftp scheme refused", lenient, "ftp://example.com/feed", sources.ErrSchemeRefused, `"ftp"`},
		{"redirect to file refused", lenient, srv.URL + "/to-file", sources.ErrSchemeRefused, `"file"`},
		{"file refused unless from config", lenient, "file:///etc/hostname", sources.ErrFileRefused, "config file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := tt.f.Fetch(ctx, tt.url, sources.Validators{}, false)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v (resp %+v), want %v", err, resp, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.inMsg) || !strings.Contains(err.Error(), "policy") {
				t.Errorf("error %q does not name the policy and %q", err, tt.inMsg)
			}
		})
	}
	if _, err := lenient.Fetch(ctx, srv.URL, sources.Validators{}, false); err != nil {
		t.Errorf("AllowPrivate fetch of the same server failed: %v", err)
	}
}

func TestFetchFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "feed.xml")
	if err := os.WriteFile(path, []byte("<rss/>"), 0o600); err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.ToSlash(path)
	f := sources.NewFetcher(sources.FetchOptions{MaxBodyBytes: 100})
	ctx := context.Background()

	first, err := f.Fetch(ctx, url, sources.Validators{}, true)
	if err != nil || string(first.Body) != "<rss/>" || first.ETag == "" {
		t.Fatalf("first read: %+v, %v", first, err)
	}
	second, err := f.Fetch(ctx, url, sources.Validators{ETag: first.ETag}, true)
	if err != nil || !second.NotModified {
		t.Fatalf("unchanged file: %+v, %v; want NotModified", second, err)
	}
	if err := os.WriteFile(path, []byte("<rss version='2.0'/>"), 0o600); err != nil {
		t.Fatal(err)
	}
	third, err := f.Fetch(ctx, url, sources.Validators{ETag: first.ETag}, true)
	if err != nil || third.NotModified || string(third.Body) != "<rss version='2.0'/>" {
		t.Fatalf("changed file: %+v, %v", third, err)
	}
	if err := os.WriteFile(path, bytes.Repeat([]byte("x"), 101), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Fetch(ctx, url, sources.Validators{}, true); !errors.Is(err, sources.ErrTooLarge) {
		t.Errorf("oversized file: err = %v, want ErrTooLarge", err)
	}
	if _, err := f.Fetch(ctx, "file://"+filepath.ToSlash(filepath.Join(dir, "missing.xml")), sources.Validators{}, true); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: err = %v, want not-exist", err)
	}
}

func TestFetchHTTPErrors(t *testing.T) {
	tests := []struct {
		name          string
		status        int
		retryAfter    string
		wantTemporary bool
		wantAfter     time.Duration
	}{
		{"rate limited with seconds", http.StatusTooManyRequests, "120", true, 2 * time.Minute},
		{"unavailable with date", http.StatusServiceUnavailable, time.Now().Add(time.Hour + 30*time.Second).UTC().Format(http.TimeFormat), true, time.Hour},
		{"not found", http.StatusNotFound, "", false, 0},
		{"gone with bad retry-after", http.StatusGone, "soon", false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tt.retryAfter != "" {
					w.Header().Set("Retry-After", tt.retryAfter)
				}
				w.WriteHeader(tt.status)
			}))
			defer srv.Close()
			_, err := testFetcher(sources.FetchOptions{}).Fetch(context.Background(), srv.URL, sources.Validators{}, false)
			var he *sources.HTTPError
			if !errors.As(err, &he) {
				t.Fatalf("err = %v, want *HTTPError", err)
			}
			if he.StatusCode != tt.status || he.Temporary() != tt.wantTemporary {
				t.Errorf("got %+v temporary=%v", he, he.Temporary())
			}
			// An HTTP date has whole seconds: allow the part of a second lost.
			if he.RetryAfter < tt.wantAfter || he.RetryAfter > tt.wantAfter+time.Minute {
				t.Errorf("RetryAfter = %s, want %s", he.RetryAfter, tt.wantAfter)
			}
		})
	}
}

func TestFetchTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	_, err := testFetcher(sources.FetchOptions{Timeout: 50 * time.Millisecond}).Fetch(context.Background(), srv.URL, sources.Validators{}, false)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want a deadline error", err)
	}
}
