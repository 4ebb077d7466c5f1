package discord

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// discordgo builds every REST URL from package variables fixed at init
// (https://discord.com/api/v9/...), so the only way to point it at another
// server is below it: a RoundTripper that rewrites the scheme, host and
// API prefix of each request (LIBRARIES.md pitfall 9).

// apiPrefix is the path discordgo puts before every REST route.
const apiPrefix = "/api/v9"

// rewriteTransport sends requests meant for discord.com to base instead.
type rewriteTransport struct {
	base *url.URL // scheme, host and optional path replacing apiPrefix
	next http.RoundTripper
}

// newRewriteTransport parses apiURL: "http://127.0.0.1:8081" keeps the
// /api/v9 paths; "http://host/some/prefix" replaces /api/v9 with the prefix.
func newRewriteTransport(apiURL string, next http.RoundTripper) (*rewriteTransport, error) {
	u, err := url.Parse(apiURL)
	if err != nil {
		return nil, fmt.Errorf("discord: parse api_url: %w", err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("discord: api_url %q must be an absolute http(s) URL", apiURL)
	}
	if next == nil {
		next = http.DefaultTransport
	}
	return &rewriteTransport{base: u, next: next}, nil
}

func (t *rewriteTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if !isDiscordHost(req.URL.Host) {
		return t.next.RoundTrip(req)
	}
	// RoundTrippers must not modify the request they are given.
	r := req.Clone(req.Context())
	r.URL.Scheme = t.base.Scheme
	r.URL.Host = t.base.Host
	r.Host = t.base.Host
	if p := strings.TrimRight(t.base.Path, "/"); p != "" {
		rest := strings.TrimPrefix(req.URL.Path, apiPrefix)
		rest = strings.TrimPrefix(rest, "/api") // webhook URLs without a version
		r.URL.Path = p + rest
		r.URL.RawPath = ""
	}
	return t.next.RoundTrip(r)
}

// isDiscordHost reports whether host is one of Discord's API hosts.
func isDiscordHost(host string) bool {
	switch strings.ToLower(host) {
	case "discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com":
		return true
	}
	return false
}
