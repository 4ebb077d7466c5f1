package slack

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestBotTokenAloneIsPostOnly(t *testing.T) {
	a, err := New(Options{BotToken: "xoxb-test"})
	if err != nil {
		t.Fatalf("New with only a bot token: %v", err)
	}
	if a.Mode() != ModePost {
		t.Fatalf("Mode() = %q, want %q", a.Mode(), ModePost)
	}
	mux := http.NewServeMux()
	a.Routes(mux)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest("POST", "/slack/commands", strings.NewReader("command=/help")))
	if rec.Code != http.StatusNotFound {
		t.Errorf("POST /slack/commands in post-only mode: %d, want 404 (no endpoint without a signing secret)", rec.Code)
	}
}
