package sources

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/stancebot/stancebot/news"
)

// Defaults of FetchOptions.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultMaxBodyBytes = 10 << 20 // 10 MiB
	DefaultUserAgent    = "stancebot/0.1 (+https://github.com/stancebot/stancebot)"
	// MaxRedirects is how many redirects one fetch follows.
	MaxRedirects = 10
	// DefaultConnectTimeout bounds connecting (TCP and TLS) within the total.
	DefaultConnectTimeout = 10 * time.Second
	// DefaultHostGap is the least time between two requests to one host.
	DefaultHostGap = time.Second
	// maxRetryAfter caps a server's Retry-After, so a typo on its side
	// cannot silence a source for a year.
	maxRetryAfter = 7 * 24 * time.Hour
)

// Errors of Fetch besides the policy ones. Test with errors.Is.
var (
	// ErrTooLarge is returned when a body (after decompression) is larger
	// than FetchOptions.MaxBodyBytes.
	ErrTooLarge = errors.New("fetch: response body too large")
	// ErrTooManyRedirects is returned after MaxRedirects redirects.
	ErrTooManyRedirects = errors.New("fetch: too many redirects")
)

// FetchOptions configures a Fetcher. The zero value is usable and safe:
// public addresses only, one request per host at a time, 1s apart.
type FetchOptions struct {
	Timeout        time.Duration // whole fetch, connect to last body byte; default 20s
	ConnectTimeout time.Duration // TCP and TLS connect; default 10s (never above Timeout)
	MaxBodyBytes   int64         // cap on the decompressed body; default 10 MiB
	UserAgent      string        // default DefaultUserAgent
	// AllowPrivate lets URLs reach loopback, private, link-local and other
	// non-public addresses (an intranet, or a test server).
	AllowPrivate bool
	// AllowNets lets URLs reach these non-public networks only (an
	// intranet feed server), keeping every other one refused.
	AllowNets []netip.Prefix
	// HostGap is the least time between the end of one request to a host
	// and the start of the next; default 1s, negative for none. One
	// request per host runs at a time whatever the gap.
	HostGap time.Duration
	// Resolver resolves host names; nil is the system's. Tests point it at
	// a fake DNS server. The URL policy checks whatever address it gives.
	Resolver *net.Resolver
	Logger   *slog.Logger
}

// Validators are what a previous fetch learned for a conditional GET.
type Validators struct {
	ETag, LastModified string
}

// Response is a successful fetch: a body, or "not modified".
type Response struct {
	Body         []byte
	NotModified  bool   // 304: Body is empty, keep what you have
	ETag         string // validators to send next time (the old ones after a 304 without new ones)
	LastModified string
	FinalURL     string        // after redirects
	RetryAfter   time.Duration // from Retry-After, 0 if absent
	MaxAge       time.Duration // from Cache-Control max-age, 0 if absent
	ContentType  string        // the Content-Type header, "" for files
}

// HTTPError is an HTTP response whose status is not 200 or 304.
type HTTPError struct {
	URL        string // redacted
	StatusCode int
	Status     string
	RetryAfter time.Duration // from Retry-After, 0 if absent
}

func (e *HTTPError) Error() string {
	msg := fmt.Sprintf("fetch %s: http status %s", e.URL, e.Status)
	if e.RetryAfter > 0 {
		msg += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return msg
}

// Temporary reports whether trying again later may succeed (rate limits,
// timeouts and server errors).
func (e *HTTPError) Temporary() bool {
	switch e.StatusCode {
	case http.StatusRequestTimeout, http.StatusTooEarly, http.StatusTooManyRequests:
		return true
	}
	return e.StatusCode >= 500
}

// Fetcher gets feeds over HTTP(S), or from local files the operator named.
// It is safe for concurrent use.
type Fetcher struct {
	opts   FetchOptions
	policy policy
	gate   *hostGate
	client *http.Client
	log    *slog.Logger
}

// NewFetcher returns a Fetcher with its own connection pool. Environment
// proxies are not used: a proxy would connect on our behalf and bypass the
// address policy.
func NewFetcher(o FetchOptions) *Fetcher {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = DefaultConnectTimeout
	}
	o.ConnectTimeout = min(o.ConnectTimeout, o.Timeout)
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.HostGap == 0 {
		o.HostGap = DefaultHostGap
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	pol := policy{allowPrivate: o.AllowPrivate, allowNets: o.AllowNets}
	dialer := &net.Dialer{Timeout: o.ConnectTimeout, KeepAlive: 30 * time.Second, Resolver: o.Resolver}
	if !o.AllowPrivate {
		dialer.Control = pol.control
	}
	transport := &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   o.ConnectTimeout,
		ResponseHeaderTimeout: o.Timeout,
		MaxIdleConns:          64,
		MaxIdleConnsPerHost:   1,
		IdleConnTimeout:       90 * time.Second,
	}
	gate := newHostGate(o.HostGap)
	client := &http.Client{
		Transport: &gatedTransport{gate: gate, next: transport},
		Timeout:   o.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > MaxRedirects {
				return fmt.Errorf("%w: more than %d", ErrTooManyRedirects, MaxRedirects)
			}
			return pol.checkURL(req.URL)
		},
	}
	return &Fetcher{opts: o, policy: pol, gate: gate, client: client, log: o.Logger}
}

// Fetch gets rawURL. For http(s) it sends the validators for a conditional
// GET and returns NotModified on 304. A file:// URL is read from disk only
// when allowFile is true (the URL came from the operator's config file);
// its validators are the file's size and modification time, so an
// unchanged file is NotModified too.
//
// Errors: ErrSchemeRefused, ErrFileRefused, ErrAddressRefused (wrapped in
// the transport's error), ErrTooManyRedirects, ErrTooLarge, *HTTPError for
// any status but 200 and 304, and context or timeout errors.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string, v Validators, allowFile bool) (*Response, error) {
	return f.Do(ctx, Request{URL: rawURL, Validators: v, AllowFile: allowFile})
}

// Request is one fetch.
type Request struct {
	URL        string
	Validators Validators
	AllowFile  bool   // see Fetch
	Language   string // Accept-Language; "" sends none
}

// Do is Fetch with every option of a Request.
func (f *Fetcher) Do(ctx context.Context, r Request) (*Response, error) {
	u, err := url.Parse(strings.TrimSpace(r.URL))
	if err != nil {
		return nil, fmt.Errorf("fetch: parse URL: %w", err)
	}
	if strings.EqualFold(u.Scheme, "file") {
		if !r.AllowFile {
			return nil, fmt.Errorf("%w: %s", ErrFileRefused, news.RedactURL(u.String()))
		}
		return f.fetchFile(u, r.Validators)
	}
	if err := f.policy.checkURL(u); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", news.RedactURL(u.String()), err)
	}
	return f.fetchHTTP(ctx, u, r.Validators, r.Language)
}

func (f *Fetcher) fetchHTTP(ctx context.Context, u *url.URL, v Validators, lang string) (*Response, error) {
	// Wait for the host's turn first, outside the timeout: a source that
	// shares a host with a slow one waits its turn without failing.
	key := hostKey(u.Scheme, u.Host)
	release, err := f.gate.acquire(ctx, key)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: wait for host: %w", news.RedactURL(u.String()), err)
	}
	defer release()
	ctx = context.WithValue(ctx, heldHost{}, key)
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: build request: %w", news.RedactURL(u.String()), err)
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, application/json;q=0.9, text/xml;q=0.8, text/html;q=0.7, */*;q=0.5")
	if lang != "" && !strings.ContainsAny(lang, "\r\n") {
		req.Header.Set("Accept-Language", lang)
	}
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	// Accept-Encoding is left to the transport: it asks for gzip and
	// decompresses transparently, so the cap below counts decompressed
	// bytes (a zip bomb is cut off at MaxBodyBytes).
	resp, err := f.client.Do(req)
	if err != nil {
		// *url.Error names the method and the URL: keep credentials and
		// tokens out of logs and of the error stored on the source.
		if ue, ok := errors.AsType[*url.Error](err); ok {
			ue.URL = news.RedactURL(ue.URL)
		}
		return nil, err
	}
	defer resp.Body.Close()

	now := time.Now()
	final := news.RedactURL(resp.Request.URL.String())
	retryAfter := parseRetryAfter(resp.Header.Get("Retry-After"), now)
	out := &Response{
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		FinalURL:     resp.Request.URL.String(),
		RetryAfter:   retryAfter,
		MaxAge:       parseMaxAge(resp.Header.Get("Cache-Control")),
		ContentType:  resp.Header.Get("Content-Type"),
	}
	f.log.DebugContext(ctx, "fetched", slog.String("url", final), slog.Int("status", resp.StatusCode))
	switch resp.StatusCode {
	case http.StatusNotModified:
		out.NotModified = true
		if out.ETag == "" {
			out.ETag = v.ETag
		}
		if out.LastModified == "" {
			out.LastModified = v.LastModified
		}
		return out, nil
	case http.StatusOK:
	default:
		// Drain a little so the connection can be reused.
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, &HTTPError{URL: final, StatusCode: resp.StatusCode, Status: resp.Status, RetryAfter: retryAfter}
	}
	if resp.ContentLength > f.opts.MaxBodyBytes {
		return nil, fmt.Errorf("fetch %s: %w: Content-Length %d is over %d bytes", final, ErrTooLarge, resp.ContentLength, f.opts.MaxBodyBytes)
	}
	body, err := readCapped(resp.Body, f.opts.MaxBodyBytes)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: read body: %w", final, err)
	}
	out.Body = body
	return out, nil
}

// fetchFile reads a local feed file with the same body cap. Its validators
// are made from the file's size and modification time.
func (f *Fetcher) fetchFile(u *url.URL, v Validators) (*Response, error) {
	if u.Host != "" && u.Host != "localhost" {
		return nil, fmt.Errorf("%w: %s: remote host %q", ErrFileRefused, news.RedactURL(u.String()), u.Host)
	}
	path := filepath.FromSlash(u.Path)
	if u.Opaque != "" { // file:relative/path
		path = filepath.FromSlash(u.Opaque)
	}
	file, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", news.RedactURL(u.String()), err)
	}
	defer file.Close()
	info, err := file.Stat()
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", news.RedactURL(u.String()), err)
	}
	if info.IsDir() {
		return nil, fmt.Errorf("fetch %s: is a directory", news.RedactURL(u.String()))
	}
	out := &Response{
		ETag:         fmt.Sprintf(`"%x-%x"`, info.Size(), info.ModTime().UnixNano()),
		LastModified: info.ModTime().UTC().Format(http.TimeFormat),
		FinalURL:     u.String(),
	}
	if v.ETag != "" && v.ETag == out.ETag {
		out.NotModified = true
		return out, nil
	}
	if info.Size() > f.opts.MaxBodyBytes {
		return nil, fmt.Errorf("fetch %s: %w: %d bytes is over %d", news.RedactURL(u.String()), ErrTooLarge, info.Size(), f.opts.MaxBodyBytes)
	}
	body, err := readCapped(file, f.opts.MaxBodyBytes)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: read: %w", news.RedactURL(u.String()), err)
	}
	out.Body = body
	return out, nil
}

// readCapped reads r to the end, failing with ErrTooLarge past max bytes.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	body, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > max {
		return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, max)
	}
	return body, nil
}

// parseRetryAfter reads a Retry-After header: delay-seconds or an
// HTTP-date. Absent, invalid or past values give 0.
func parseRetryAfter(h string, now time.Time) time.Duration {
	h = strings.TrimSpace(h)
	if h == "" {
		return 0
	}
	var d time.Duration
	if secs, err := strconv.ParseInt(h, 10, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		if secs > int64(maxRetryAfter/time.Second) {
			return maxRetryAfter
		}
		d = time.Duration(secs) * time.Second
	} else if t, err := http.ParseTime(h); err == nil {
		d = t.Sub(now)
	}
	return min(max(d, 0), maxRetryAfter)
}

// parseMaxAge reads max-age from a Cache-Control header; 0 if absent.
func parseMaxAge(h string) time.Duration {
	for _, part := range strings.Split(h, ",") {
		name, value, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok || !strings.EqualFold(strings.TrimSpace(name), "max-age") {
			continue
		}
		secs, err := strconv.ParseInt(strings.Trim(strings.TrimSpace(value), `"`), 10, 64)
		if err != nil || secs <= 0 {
			return 0
		}
		if secs > int64(maxRetryAfter/time.Second) {
			return maxRetryAfter
		}
		return time.Duration(secs) * time.Second
	}
	return 0
}
