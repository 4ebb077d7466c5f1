package config

import (
	"strings"
	"testing"
	"time"
)

func TestSourceKindsAndFetchKeys(t *testing.T) {
	dir := writeWatchlist(t)
	c, err := Parse([]byte(`sources:
  - id: mfa
    url: https://mfa.example.org/statements
    kind: page
    default_actor: russia
    language: ru
    page: {item: "li.news-item", link: "a.title", date: "time", max_articles: 5}
  - id: mfa_tg
    url: https://t.me/s/mfa_russia
    kind: telegram
  - id: gnews
    url: https://news.google.com/rss/search?q=PURL
fetch:
  allow_networks: [10.20.0.0/16, "fd00:1::/32"]
  host_gap: 2s
  disable_after: 5
`), "stancebot.yaml", dir, nil)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	s := c.Sources[0]
	if s.Kind != KindPage || s.Page == nil || s.Page.Item != "li.news-item" || s.Page.MaxArticles != 5 || s.Language != "ru" {
		t.Errorf("page source: %+v %+v", s, s.Page)
	}
	if c.Fetch.HostGap != 2*time.Second || c.Fetch.DisableAfter != 5 || len(c.Fetch.AllowNetworks) != 2 || c.Fetch.ConnectTimeout != DefaultConnectTimeout {
		t.Errorf("fetch: %+v", c.Fetch)
	}
	d := Default()
	if d.Fetch.HostGap != time.Second || d.Fetch.DisableAfter != 10 {
		t.Errorf("defaults: %+v", d.Fetch)
	}
}

func TestSourceKindProblems(t *testing.T) {
	tests := []struct {
		name, config, where, what string
	}{
		{"unknown kind", "sources:\n  - id: a\n    url: https://a.example/\n    kind: html\n",
			"stancebot.yaml:4: sources[0].kind", `"html" is not one of feed, page, telegram`},
		{"page without selectors", "sources:\n  - id: a\n    url: https://a.example/\n    kind: page\n",
			"stancebot.yaml:4: sources[0].kind", "needs page.link"},
		{"selectors on a feed", "sources:\n  - id: a\n    url: https://a.example/\n    page: {link: a}\n",
			"stancebot.yaml:4: sources[0].page", "only for kind: page"},
		{"bad selector", "sources:\n  - id: a\n    url: https://a.example/\n    kind: page\n    page:\n      link: 'a[href'\n",
			"stancebot.yaml:6: sources[0].page.link", `invalid CSS selector "a[href"`},
		{"telegram without a channel", "sources:\n  - id: a\n    url: https://a.example/\n    kind: telegram\n",
			"stancebot.yaml:3: sources[0].url", "t.me/s/NAME"},
		{"bad network", "fetch:\n  allow_networks: [intranet]\n",
			"stancebot.yaml:2: fetch.allow_networks[0]", "CIDR"},
		{"negative gap", "fetch:\n  host_gap: -1s\n", "stancebot.yaml:2: fetch.host_gap", "negative"},
		{"disable_after below -1", "fetch:\n  disable_after: -3\n", "stancebot.yaml:2: fetch.disable_after", "-1 for never"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.config), "stancebot.yaml", writeWatchlist(t), nil)
			for _, p := range problemsOf(t, err) {
				if p.Where == tt.where && strings.Contains(p.What, tt.what) {
					return
				}
			}
			t.Errorf("no problem at %q with %q in: %v", tt.where, tt.what, err)
		})
	}
}
