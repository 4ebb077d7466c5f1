package news

import (
	"strings"
	"testing"
)

func TestRedactURL(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"https://feeds.example/rss", "https://feeds.example/rss"},
		{"https://user:hunter2@feeds.example/rss", "https://feeds.example/rss"},
		{"https://feeds.example/rss?token=sekrit&q=ukraine", "https://feeds.example/rss?token=REDACTED&q=ukraine"},
		{"https://feeds.example/rss?API_KEY=abc", "https://feeds.example/rss?API_KEY=REDACTED"},
		{"https://news.google.com/rss/search?q=purl&hl=en", "https://news.google.com/rss/search?q=purl&hl=en"},
		{"file:///var/feeds/a.xml", "file:///var/feeds/a.xml"},
		{"::not a url//user:pw@host", "::not a url//host"},
	}
	for _, tt := range tests {
		got := RedactURL(tt.in)
		if got != tt.want {
			t.Errorf("RedactURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
		for _, secret := range []string{"hunter2", "sekrit", "abc", "pw@"} {
			if strings.Contains(got, secret) {
				t.Errorf("RedactURL(%q) = %q shows %q", tt.in, got, secret)
			}
		}
	}
}
