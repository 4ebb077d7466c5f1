package app

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/adapters/slack"
)

// freeAddr finds a loopback port for the app's HTTP listener.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// TestSlackHTTPSlashCommandEndToEnd runs the whole bot in Slack HTTP mode:
// a signed /position command reaches /slack/commands, is acknowledged, and
// the answer arrives on the response_url of a fake Slack; an unsigned one
// gets 401 and no answer.
func TestSlackHTTPSlashCommandEndToEnd(t *testing.T) {
	feed, _ := feedServer(t)
	answers := make(chan string, 10)
	fakeSlack := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == "/api/users.info" { // the admin check: an ordinary member
			_, _ = io.WriteString(w, `{"ok":true,"user":{"id":"U1","is_admin":false}}`)
			return
		}
		b, _ := io.ReadAll(r.Body)
		answers <- r.URL.Path + " " + string(b)
		_, _ = io.WriteString(w, `{"ok":true}`)
	}))
	defer fakeSlack.Close()

	listen := freeAddr(t)
	cfg := writeConfig(t, `store: stancebot.db
watchlist: watchlist.yaml
sources:
  - id: wire
    url: `+feed.URL+`/feed.xml
fetch:
  allow_private: true
http:
  listen: `+listen+`
slack:
  mode: http
  api_url: `+fakeSlack.URL+`/api/
`)
	const secret = "test-signing-secret"
	env := map[string]string{"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": secret}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		code := Main(ctx, []string{"run", "--config", cfg}, Env{
			Getenv: func(k string) string { return env[k] }, Stdout: io.Discard, Stderr: io.Discard,
		})
		done <- code
	}()
	defer func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("run exited %d", code)
		}
	}()

	form := url.Values{
		"command": {"/position"}, "text": {"russia purl"}, "channel_id": {"C1"}, "user_id": {"U1"},
		"response_url": {fakeSlack.URL + "/respond/T1/1/abc"}, "team_id": {"T1"},
	}.Encode()
	post := func(sign bool) int {
		req, _ := http.NewRequest("POST", "http://"+listen+"/slack/commands", strings.NewReader(form))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if sign {
			now := time.Now()
			req.Header.Set("X-Slack-Request-Timestamp", strconv.FormatInt(now.Unix(), 10))
			req.Header.Set("X-Slack-Signature", slack.Signature(secret, now, []byte(form)))
		}
		for range 100 { // the app is starting: wait for the listener
			resp, err := http.DefaultClient.Do(req)
			if err == nil {
				resp.Body.Close()
				if resp.StatusCode != http.StatusServiceUnavailable {
					return resp.StatusCode
				}
			}
			time.Sleep(50 * time.Millisecond)
			req.Body = io.NopCloser(strings.NewReader(form))
		}
		t.Fatal("the app never answered on", listen)
		return 0
	}
	if code := post(false); code != http.StatusUnauthorized {
		t.Fatalf("unsigned command: status %d, want 401", code)
	}
	if code := post(true); code != http.StatusOK {
		t.Fatalf("signed command: status %d, want 200", code)
	}
	select {
	case got := <-answers:
		if !strings.HasPrefix(got, "/respond/T1/1/abc") || !strings.Contains(got, "oppose") || !strings.Contains(got, "Prioritised Ukraine Requirements List (PURL)") {
			t.Errorf("answer = %s", got)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no answer on response_url")
	}
	select {
	case extra := <-answers:
		t.Errorf("unexpected second post (the unsigned command must not be answered): %s", extra)
	case <-time.After(200 * time.Millisecond):
	}
}
