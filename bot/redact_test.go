package bot

import (
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/news"
)

func TestRedactURL(t *testing.T) {
	tests := []struct {
		name, raw, want string
	}{
		{"plain URL unchanged", "https://news.example/feed?q=ukraine&page=2", "https://news.example/feed?q=ukraine&page=2"},
		{"user and password dropped", "https://user:hunter2@feeds.example/feed", "https://feeds.example/feed"},
		{"lone user name dropped", "https://ghp_abcdef@feeds.example/feed", "https://feeds.example/feed"},
		{"secret values masked, others kept in order", "https://feeds.example/feed?token=sekrit&q=ukraine&API_Key=k1&X-Amz-Signature=abc",
			"https://feeds.example/feed?token=REDACTED&q=ukraine&API_Key=REDACTED&X-Amz-Signature=REDACTED"},
		{"every secret-looking word", "https://f.example/?password=a&auth=b&sessionid=c&credentials=d&code=e&secret=f&sig=g",
			"https://f.example/?password=REDACTED&auth=REDACTED&sessionid=REDACTED&credentials=REDACTED&code=REDACTED&secret=REDACTED&sig=REDACTED"},
		{"secret in the fragment", "https://f.example/cb#access_token=abc123&state=x", "https://f.example/cb#access_token=REDACTED&state=x"},
		{"unparsable URL hidden", "https://user:pw@bad host/%zz", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := redactURL(tc.raw); got != tc.want {
				t.Errorf("redactURL(%q) = %q, want %q", tc.raw, got, tc.want)
			}
		})
	}
}

func TestRenderSourcesHidesCredentials(t *testing.T) {
	const raw = "https://user:hunter2@feeds.example/feed?token=sekrit&q=ukraine"
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		src       news.Source
		lastError string
	}{
		{"error quotes the URL", news.Source{ID: "kyiv", Name: "Kyiv Desk", URL: raw},
			"fetch " + raw + ": 403 Forbidden"},
		{"error quotes the URL as net/http prints it", news.Source{ID: "kyiv", URL: raw},
			`Get "https://user:***@feeds.example/feed?token=sekrit&q=ukraine": dial tcp: lookup feeds.example: no such host`},
		{"error quotes the password alone", news.Source{ID: "kyiv", URL: raw},
			"login as user with password hunter2 refused"},
		{"the source is named by its URL", news.Source{ID: "kyiv", Name: raw, URL: raw}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := news.SourceState{Source: tc.src, LastFetched: now.Add(-time.Hour), LastError: tc.lastError, ConsecutiveErrors: 2}
			if tc.lastError == "" {
				s.LastSuccess = s.LastFetched
			}
			r := RenderSources([]news.SourceState{s}, now)
			shown := []string{r.Plain()}
			for _, b := range r.Blocks {
				for _, sp := range b.Spans {
					shown = append(shown, sp.URL)
				}
				for _, it := range b.Items {
					for _, sp := range it {
						shown = append(shown, sp.URL)
					}
				}
			}
			all := strings.Join(shown, "\n")
			for _, secret := range []string{"hunter2", "sekrit"} {
				if strings.Contains(all, secret) {
					t.Errorf("/sources shows %q:\n%s", secret, all)
				}
			}
			if !strings.Contains(all, "https://feeds.example/feed?token=REDACTED&q=ukraine") {
				t.Errorf("/sources does not link the redacted URL:\n%s", all)
			}
		})
	}
}

func TestRenderSourcesFailing(t *testing.T) {
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	failing := news.SourceState{Source: news.Source{ID: "tass", URL: "https://tass.example/rss"},
		LastFetched: now, LastError: "fetch https://tass.example/rss: 503 Service Unavailable", ConsecutiveErrors: 1}
	tests := []struct {
		name      string
		success   time.Time
		says, not []string
	}{
		{"failing since it last worked", now.Add(-3 * time.Hour),
			[]string{"last tried just now · failing: fetch https://tass.example/rss: 503 Service Unavailable · last success 3h ago"},
			[]string{"fetched just now", "never"}},
		{"never worked", time.Time{},
			[]string{"last tried just now · failing: fetch https://tass.example/rss: 503 Service Unavailable · never fetched successfully"},
			[]string{"fetched just now", "last success"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := failing
			s.LastSuccess = tc.success
			got := RenderSources([]news.SourceState{s}, now).Plain()
			for _, w := range tc.says {
				if !strings.Contains(got, w) {
					t.Errorf("/sources does not say %q:\n%s", w, got)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(got, w) {
					t.Errorf("/sources says %q:\n%s", w, got)
				}
			}
		})
	}
}
