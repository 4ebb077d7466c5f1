package sources

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// A source URL may carry credentials (user:password@, ?token=): a failed
// fetch's error, which is logged and stored on the source, must not.
func TestFetchErrorsCarryNoCredentials(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down", http.StatusBadGateway)
	}))
	defer srv.Close()
	f := NewFetcher(FetchOptions{AllowPrivate: true})
	for _, raw := range []string{
		strings.Replace(srv.URL, "http://", "http://user:hunter2@", 1) + "/feed?token=sekrit&q=x",
		"http://user:hunter2@127.0.0.1:1/feed?token=sekrit", // connection refused: a *url.Error
	} {
		_, err := f.Fetch(t.Context(), raw, Validators{}, false)
		if err == nil {
			t.Fatalf("fetch %s: no error", raw)
		}
		if msg := err.Error(); strings.Contains(msg, "hunter2") || strings.Contains(msg, "sekrit") {
			t.Errorf("error shows a credential: %s", msg)
		}
	}
}
