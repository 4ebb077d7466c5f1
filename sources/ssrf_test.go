package sources_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/net/dns/dnsmessage"

	"github.com/stancebot/stancebot/sources"
)

// fakeDNS answers A and AAAA queries from a table, over UDP on loopback,
// so that tests can make a name resolve to a private address without any
// network. Unknown names get NXDOMAIN.
func fakeDNS(t *testing.T, table map[string][]netip.Addr) *net.Resolver {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pc.Close() })
	go func() {
		buf := make([]byte, 1500)
		for {
			n, addr, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			var p dnsmessage.Parser
			h, err := p.Start(buf[:n])
			if err != nil {
				continue
			}
			q, err := p.Question()
			if err != nil {
				continue
			}
			name := strings.TrimSuffix(strings.ToLower(q.Name.String()), ".")
			addrs, known := table[name]
			rh := dnsmessage.Header{ID: h.ID, Response: true, Authoritative: true}
			if !known {
				rh.RCode = dnsmessage.RCodeNameError
			}
			b := dnsmessage.NewBuilder(nil, rh)
			b.EnableCompression()
			_ = b.StartQuestions()
			_ = b.Question(q)
			_ = b.StartAnswers()
			for _, a := range addrs {
				res := dnsmessage.ResourceHeader{Name: q.Name, Class: dnsmessage.ClassINET, TTL: 1}
				switch {
				case a.Is4() && q.Type == dnsmessage.TypeA:
					_ = b.AResource(res, dnsmessage.AResource{A: a.As4()})
				case a.Is6() && q.Type == dnsmessage.TypeAAAA:
					_ = b.AAAAResource(res, dnsmessage.AAAAResource{AAAA: a.As16()})
				}
			}
			msg, err := b.Finish()
			if err == nil {
				_, _ = pc.WriteTo(msg, addr)
			}
		}
	}()
	return &net.Resolver{
		PreferGo: true,
		Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "udp", pc.LocalAddr().String())
		},
	}
}

// TestSSRFCanaryGetsNoHits runs a canary server on 127.0.0.1 and tries to
// reach it, or other private places, by every trick below under the
// default URL policy (plus, for the redirect cases, one allowed address
// that redirects). The canary must see no request, and every refusal must
// name the policy.
func TestSSRFCanaryGetsNoHits(t *testing.T) {
	var hits atomic.Int64
	canary := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		_, _ = w.Write([]byte("<rss><channel><title>secret</title></channel></rss>"))
	}))
	defer canary.Close()
	port := canary.Listener.Addr().(*net.TCPAddr).Port
	at := func(host string) string { return fmt.Sprintf("http://%s:%d/feed", host, port) }

	// A server on another loopback address that the policy allows by name
	// (as fetch.allow_networks would): it redirects to the canary.
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Skipf("no 127.0.0.2 on this machine: %v", err)
	}
	redirector := &httptest.Server{Listener: ln, Config: &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Query().Get("to"), http.StatusFound)
	})}}
	redirector.Start()
	defer redirector.Close()
	via := func(to string) string { return redirector.URL + "/r?to=" + to }

	resolver := fakeDNS(t, map[string][]netip.Addr{
		"canary.example":   {netip.MustParseAddr("127.0.0.1")},
		"v6.example":       {netip.MustParseAddr("::1")},
		"metadata.example": {netip.MustParseAddr("169.254.169.254")},
		"intranet.example": {netip.MustParseAddr("10.0.0.7")},
		"mapped.example":   {netip.MustParseAddr("::ffff:127.0.0.1")},
	})
	// The default policy; HostGap only spares the test a second per hop.
	strict := sources.NewFetcher(sources.FetchOptions{Timeout: 2 * time.Second, Resolver: resolver, HostGap: -1})
	withRedirector := sources.NewFetcher(sources.FetchOptions{
		Timeout: 2 * time.Second, Resolver: resolver, HostGap: -1,
		AllowNets: []netip.Prefix{netip.MustParsePrefix("127.0.0.2/32")},
	})

	tests := []struct {
		name    string
		f       *sources.Fetcher
		url     string
		wantErr error
	}{
		{"loopback literal", strict, at("127.0.0.1"), sources.ErrAddressRefused},
		{"loopback elsewhere in 127/8", strict, at("127.0.0.2"), sources.ErrAddressRefused},
		{"localhost", strict, at("localhost"), sources.ErrAddressRefused},
		{"LOCALHOST with a trailing dot", strict, at("LOCALHOST."), sources.ErrAddressRefused},
		{"decimal IPv4", strict, at("2130706433"), sources.ErrAddressRefused},
		{"octal IPv4", strict, at("0177.0.0.1"), sources.ErrAddressRefused},
		{"hex IPv4", strict, at("0x7f.0.0.1"), sources.ErrAddressRefused},
		{"hex IPv4 in one number", strict, at("0x7f000001"), sources.ErrAddressRefused},
		{"short IPv4", strict, at("127.1"), sources.ErrAddressRefused},
		{"zero-padded IPv4", strict, at("127.000.000.001"), sources.ErrAddressRefused},
		{"unspecified 0.0.0.0", strict, at("0.0.0.0"), sources.ErrAddressRefused},
		{"unspecified ::", strict, at("[::]"), sources.ErrAddressRefused},
		{"IPv6 loopback", strict, at("[::1]"), sources.ErrAddressRefused},
		{"IPv4-mapped IPv6 loopback", strict, at("[::ffff:127.0.0.1]"), sources.ErrAddressRefused},
		{"IPv4-mapped IPv6 in hex", strict, at("[::ffff:7f00:1]"), sources.ErrAddressRefused},
		{"NAT64 of loopback", strict, at("[64:ff9b::7f00:1]"), sources.ErrAddressRefused},
		{"link-local IPv6 with zone", strict, at("[fe80::1%25lo]"), sources.ErrAddressRefused},
		{"cloud metadata", strict, "http://169.254.169.254/latest/meta-data/", sources.ErrAddressRefused},
		{"private 10/8", strict, "http://10.0.0.1/", sources.ErrAddressRefused},
		{"private 192.168/16", strict, "http://192.168.1.1/", sources.ErrAddressRefused},
		{"CGNAT", strict, "http://100.64.0.1/", sources.ErrAddressRefused},
		{"unique-local IPv6", strict, "http://[fd00::1]/", sources.ErrAddressRefused},
		{"userinfo trick", strict, fmt.Sprintf("http://news.example.com@127.0.0.1:%d/", port), sources.ErrAddressRefused},
		{"name resolving to loopback", strict, at("canary.example"), sources.ErrAddressRefused},
		{"name resolving to IPv6 loopback", strict, at("v6.example"), sources.ErrAddressRefused},
		{"name resolving to IPv4-mapped loopback", strict, at("mapped.example"), sources.ErrAddressRefused},
		{"name resolving to metadata", strict, "http://metadata.example/latest/", sources.ErrAddressRefused},
		{"name resolving to intranet", strict, "http://intranet.example/", sources.ErrAddressRefused},
		{"redirect to loopback", withRedirector, via(at("127.0.0.1")), sources.ErrAddressRefused},
		{"redirect to a name resolving to loopback", withRedirector, via(at("canary.example")), sources.ErrAddressRefused},
		{"redirect to IPv4-mapped", withRedirector, via(at("[::ffff:127.0.0.1]")), sources.ErrAddressRefused},
		{"redirect to decimal IPv4", withRedirector, via(at("2130706433")), sources.ErrAddressRefused},
		{"redirect to file", withRedirector, via("file:///etc/passwd"), sources.ErrSchemeRefused},
		{"redirect to gopher", withRedirector, via(fmt.Sprintf("gopher://127.0.0.1:%d/_GET", port)), sources.ErrSchemeRefused},
		{"file from chat", strict, "file:///etc/passwd", sources.ErrFileRefused},
		{"gopher", strict, fmt.Sprintf("gopher://127.0.0.1:%d/", port), sources.ErrSchemeRefused},
		{"ftp", strict, "ftp://127.0.0.1/feed", sources.ErrSchemeRefused},
		{"dict", strict, fmt.Sprintf("dict://127.0.0.1:%d/", port), sources.ErrSchemeRefused},
		{"javascript", strict, "javascript:alert(1)", sources.ErrSchemeRefused},
		{"data", strict, "data:text/xml,<rss/>", sources.ErrSchemeRefused},
	}
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := tt.f.Fetch(ctx, tt.url, sources.Validators{}, false)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v (resp %v), want %v", err, resp != nil, tt.wantErr)
			}
			if !strings.Contains(err.Error(), "policy") {
				t.Errorf("error %q does not name the URL policy", err)
			}
		})
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("canary got %d hits under the default policy", n)
	}
	t.Logf("%d SSRF vectors refused, canary hits: 0", len(tests))

	// The same canary is reachable when private addresses are allowed,
	// so the zero above is the policy's doing, and the redirector works.
	open := sources.NewFetcher(sources.FetchOptions{Timeout: 2 * time.Second, AllowPrivate: true, HostGap: -1})
	if _, err := open.Fetch(ctx, via(at("127.0.0.1")), sources.Validators{}, false); err != nil || hits.Load() != 1 {
		t.Fatalf("with AllowPrivate: err %v, hits %d; want one hit", err, hits.Load())
	}
}
