package sources

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/stancebot/stancebot/news"
)

// Kind is how a source publishes.
type Kind string

// The kinds of source. A Google News search RSS URL is a KindFeed.
const (
	KindFeed     Kind = "feed"     // RSS, Atom or JSON Feed
	KindPage     Kind = "page"     // an HTML page listing statements, each on its own page
	KindTelegram Kind = "telegram" // a public Telegram channel through https://t.me/s/NAME
)

// String returns the kind as written in the config file.
func (k Kind) String() string { return string(k) }

// ParseKind reads a kind as written in the config file; "" is detected from
// the URL later.
func ParseKind(s string) (Kind, error) {
	switch k := Kind(strings.ToLower(strings.TrimSpace(s))); k {
	case "", KindFeed, KindPage, KindTelegram:
		return k, nil
	}
	return "", fmt.Errorf("sources: unknown kind %q (want feed, page or telegram)", s)
}

// DetectKind guesses a source's kind from its URL: t.me links are
// Telegram channels, anything else a feed (a page source needs selectors,
// so it is always named).
func DetectKind(rawURL string) Kind {
	if _, ok := telegramChannel(rawURL); ok {
		return KindTelegram
	}
	return KindFeed
}

// Spec is what the poller needs to know of a source beyond what the store
// keeps: its kind, its list-page selectors, its language, and whether its
// URL may name a local file (written in the config file by the operator).
type Spec struct {
	Kind      Kind // "" means DetectKind(URL)
	Page      PageSelectors
	Language  string // BCP 47, sent as Accept-Language; "" sends none
	AllowFile bool
}

// kindOf is spec's kind, or the one the URL suggests.
func (s Spec) kindOf(rawURL string) Kind {
	if s.Kind != "" {
		return s.Kind
	}
	return DetectKind(rawURL)
}

// FetchURL is the address fetched for a source: a Telegram channel's
// public preview page (https://t.me/s/NAME) for any form of t.me link,
// the URL itself otherwise.
func FetchURL(rawURL string, kind Kind) string {
	if kind == KindTelegram {
		if name, ok := telegramChannel(rawURL); ok {
			return "https://t.me/s/" + name
		}
	}
	return rawURL
}

// telegramChannel reads the channel name out of t.me/NAME, t.me/s/NAME,
// telegram.me/NAME (with or without scheme and a trailing post number).
func telegramChannel(rawURL string) (string, bool) {
	raw := strings.TrimSpace(rawURL)
	if !strings.Contains(raw, "://") {
		raw = "https://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	switch strings.ToLower(u.Hostname()) {
	case "t.me", "telegram.me", "www.t.me", "www.telegram.me":
	default:
		return "", false
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	if len(parts) > 0 && parts[0] == "s" {
		parts = parts[1:]
	}
	if len(parts) == 0 || !isChannelName(parts[0]) {
		return "", false
	}
	return parts[0], true
}

func isChannelName(s string) bool {
	if len(s) < 4 || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// Parse reads a fetched document of a source of the given kind: a feed
// into items (and its TTL), a Telegram preview page into one item per
// post, a list page into the articles it links to. contentType is the
// response's Content-Type header ("" for a file); fetched is the fetch
// time, the date of items that carry none.
func Parse(body []byte, contentType string, src news.Source, spec Spec, fetched time.Time) (Parsed, error) {
	switch kind := spec.kindOf(src.URL); kind {
	case KindTelegram:
		items, err := ParseTelegram(htmlToUTF8(body, contentType), src, fetched)
		return Parsed{Items: items}, err
	case KindPage:
		arts, err := ParseListPage(htmlToUTF8(body, contentType), src.URL, spec.Page, fetched)
		return Parsed{Articles: arts}, err
	default:
		return parseFeed(body, contentType, src, fetched)
	}
}
