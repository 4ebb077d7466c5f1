package sources

import (
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
)

// hostGate lets one request at a time reach each host (host:port), and
// keeps at least gap between the end of one request to a host and the
// start of the next: the politeness a newsroom's bot owes the sites it
// watches, whatever the number of sources on one site.
type hostGate struct {
	gap time.Duration
	now func() time.Time

	mu    sync.Mutex
	hosts map[string]*hostSlot
}

// hostSlot is one host's turn: a one-token semaphore and when the last
// request to it ended.
type hostSlot struct {
	turn  chan struct{}
	last  time.Time
	users int // holders and waiters; the slot is dropped at 0 once the gap is over
}

func newHostGate(gap time.Duration) *hostGate {
	return &hostGate{gap: max(gap, 0), now: time.Now, hosts: map[string]*hostSlot{}}
}

// hostKey is the host and port a request connects to, lowercased, with
// the scheme's default port spelled out, so http://Example.com and
// http://example.com:80 share a turn.
func hostKey(scheme, host string) string {
	host = strings.ToLower(host)
	if strings.LastIndex(host, ":") <= strings.LastIndex(host, "]") { // no port
		if strings.EqualFold(scheme, "https") {
			return host + ":443"
		}
		return host + ":80"
	}
	return host
}

// acquire waits for key's turn and its politeness gap, or for ctx. The
// returned release must be called once when the request is over.
func (g *hostGate) acquire(ctx context.Context, key string) (release func(), err error) {
	g.mu.Lock()
	s := g.hosts[key]
	if s == nil {
		s = &hostSlot{turn: make(chan struct{}, 1)}
		g.hosts[key] = s
	}
	s.users++
	g.mu.Unlock()

	drop := func() {
		g.mu.Lock()
		s.users--
		if s.users == 0 && (g.gap == 0 || g.now().Sub(s.last) >= g.gap) {
			delete(g.hosts, key)
		}
		g.mu.Unlock()
	}
	select {
	case s.turn <- struct{}{}:
	case <-ctx.Done():
		drop()
		return nil, ctx.Err()
	}
	// s.last is written only by the holder of the turn, which we are now.
	if wait := s.last.Add(g.gap).Sub(g.now()); g.gap > 0 && !s.last.IsZero() && wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			<-s.turn
			drop()
			return nil, ctx.Err()
		}
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			s.last = g.now()
			<-s.turn
			drop()
			g.sweep()
		})
	}, nil
}

// sweep forgets idle hosts whose gap is over, so the map does not grow
// with every host ever fetched. It runs when the map is large.
func (g *hostGate) sweep() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.hosts) < 1024 {
		return
	}
	now := g.now()
	for k, s := range g.hosts {
		if s.users == 0 && now.Sub(s.last) >= g.gap {
			delete(g.hosts, k)
		}
	}
}

// gatedTransport takes each request's host turn before the request (every
// hop of a redirect chain included) and gives it back when the response
// body is closed.
type gatedTransport struct {
	gate *hostGate
	next http.RoundTripper
}

func (t *gatedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	key := hostKey(req.URL.Scheme, req.URL.Host)
	if held, _ := req.Context().Value(heldHost{}).(string); held == key {
		return t.next.RoundTrip(req) // the fetch took this host's turn already
	}
	release, err := t.gate.acquire(req.Context(), key)
	if err != nil {
		return nil, err
	}
	resp, err := t.next.RoundTrip(req)
	if err != nil {
		release()
		return nil, err
	}
	resp.Body = &releasingBody{ReadCloser: resp.Body, release: release}
	return resp, nil
}

// heldHost is the context key of the host key whose turn a fetch took
// before starting its timeout, so that waiting for a busy host's turn does
// not eat into the fetch's own time.
type heldHost struct{}

// releasingBody gives the host's turn back when closed.
type releasingBody struct {
	io.ReadCloser
	release func()
}

func (b *releasingBody) Close() error {
	err := b.ReadCloser.Close()
	b.release()
	return err
}
