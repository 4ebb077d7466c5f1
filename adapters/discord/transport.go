package discord

import (
	"errors"
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
	r.URL = t.target(req.URL)
	r.Host = t.base.Host
	return t.next.RoundTrip(r)
}

// target is the URL a request for u on a Discord host really goes to.
func (t *rewriteTransport) target(u *url.URL) *url.URL {
	out := *u
	out.Scheme = t.base.Scheme
	out.Host = t.base.Host
	out.User = nil
	if p := strings.TrimRight(t.base.Path, "/"); p != "" {
		rest := strings.TrimPrefix(u.Path, apiPrefix)
		rest = strings.TrimPrefix(rest, "/api") // webhook URLs without a version
		out.Path = p + rest
		out.RawPath = ""
	}
	return &out
}

// urlError names the URL a request was really sent to: net/http reports
// the URL discordgo built (https://discord.com/...), which misleads when
// api_url points elsewhere. It unwraps to the original error.
type urlError struct {
	err   *url.Error
	shown string
}

func (e *urlError) Error() string {
	return fmt.Sprintf("%s %q: %v", e.err.Op, e.shown, e.err.Err)
}
func (e *urlError) Unwrap() error { return e.err }

// realURL rewrites the URL in a net/http error to the one actually used;
// other errors, and all errors when api_url is unset, come back as they
// are.
func (t *rewriteTransport) realURL(err error) error {
	var ue *url.Error
	if t == nil || !errors.As(err, &ue) {
		return err
	}
	u, perr := url.Parse(ue.URL)
	if perr != nil || !isDiscordHost(u.Host) {
		return err
	}
	return &urlError{err: ue, shown: t.target(u).String()}
}

// isDiscordHost reports whether host is one of Discord's API hosts.
func isDiscordHost(host string) bool {
	switch strings.ToLower(host) {
	case "discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com":
		return true
	}
	return false
}
