package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	slackapi "github.com/slack-go/slack"

	"github.com/stancebot/stancebot/bot"
)

const testBotToken = "xoxb-test-token"

// fakePost is one message the fake Slack accepted.
type fakePost struct {
	Method       string // chat.postMessage, chat.postEphemeral or response_url
	Path         string
	Channel      string
	User         string // chat.postEphemeral
	ThreadTS     string
	Text         string
	ResponseType string
	Params       map[string]string // every form field but token and blocks
	BlocksJSON   string
	Blocks       []map[string]any
	At           time.Time
}

// fakeSlack is a Slack Web API stand-in: chat.postMessage and
// chat.postEphemeral (checking the bot token and Slack's block limits) and
// response_url hooks under /hooks/ and /commands/. It records every
// accepted post and can be told to answer 429 or 5xx.
type fakeSlack struct {
	t     testing.TB
	token string
	// answer, when set, picks the HTTP status (and Retry-After) of call
	// n (1-based) to method; 0 means answer normally.
	answer func(method string, n int) (status int, retryAfter string)

	mu     sync.Mutex
	calls  map[string]int
	times  map[string][]time.Time // call times per channel, accepted or not
	posts  []fakePost
	hooks  map[string]int // posts per response_url
	posted chan struct{}  // one signal per accepted post
	// workspaceAdmins are the users users.info reports as admins.
	workspaceAdmins map[string]bool
}

func newFakeSlack(t testing.TB) *fakeSlack {
	return &fakeSlack{
		t: t, token: testBotToken,
		calls: map[string]int{}, times: map[string][]time.Time{}, hooks: map[string]int{},
		posted: make(chan struct{}, 1000),
	}
}

func (f *fakeSlack) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/api/chat.postMessage" || r.URL.Path == "/api/chat.postEphemeral":
		f.serveChat(w, r)
	case strings.HasPrefix(r.URL.Path, "/hooks/") || strings.HasPrefix(r.URL.Path, "/commands/"):
		f.serveHook(w, r)
	case r.URL.Path == "/api/users.info":
		f.serveUserInfo(w, r)
	default:
		http.NotFound(w, r)
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (f *fakeSlack) serveChat(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	token := r.PostForm.Get("token")
	if bearer, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		token = bearer
	}
	if token != f.token {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	channel := r.PostForm.Get("channel")
	f.mu.Lock()
	f.calls[method]++
	n := f.calls[method]
	f.times[channel] = append(f.times[channel], time.Now())
	f.mu.Unlock()
	if f.answer != nil {
		if status, retryAfter := f.answer(method, n); status != 0 {
			if retryAfter != "" {
				w.Header().Set("Retry-After", retryAfter)
			}
			w.WriteHeader(status)
			return
		}
	}
	if channel == "" || channel == "C_MISSING" {
		writeJSON(w, map[string]any{"ok": false, "error": "channel_not_found"})
		return
	}
	if r.PostForm.Get("link_names") != "" {
		writeJSON(w, map[string]any{"ok": false, "error": "test_fake_refuses_link_names"})
		return
	}
	p := fakePost{
		Method: method, Path: r.URL.Path, Channel: channel, User: r.PostForm.Get("user"),
		ThreadTS: r.PostForm.Get("thread_ts"), Text: r.PostForm.Get("text"),
		BlocksJSON: r.PostForm.Get("blocks"), Params: map[string]string{}, At: time.Now(),
	}
	for k := range r.PostForm {
		if k != "token" && k != "blocks" {
			p.Params[k] = r.PostForm.Get(k)
		}
	}
	if err := json.Unmarshal([]byte(p.BlocksJSON), &p.Blocks); err != nil {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_blocks_format"})
		return
	}
	if err := checkSlackLimits(p.Blocks); err != nil {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_blocks", "detail": err.Error()})
		return
	}
	f.record(p)
	if method == "chat.postEphemeral" {
		writeJSON(w, map[string]any{"ok": true, "message_ts": "1700000000.000100"})
		return
	}
	writeJSON(w, map[string]any{"ok": true, "channel": channel, "ts": "1700000000.000100"})
}

func (f *fakeSlack) serveHook(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Text         string           `json:"text"`
		ResponseType string           `json:"response_type"`
		Blocks       []map[string]any `json:"blocks"`
	}
	raw := new(strings.Builder)
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "invalid_payload", http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	f.hooks[r.URL.Path]++
	uses := f.hooks[r.URL.Path]
	f.mu.Unlock()
	if uses > maxResponseURLPosts {
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write([]byte("used_url"))
		return
	}
	if err := checkSlackLimits(body.Blocks); err != nil {
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusBadRequest)
		_, _ = w.Write([]byte("invalid_blocks"))
		return
	}
	b, _ := json.Marshal(body.Blocks)
	raw.Write(b)
	f.record(fakePost{
		Method: "response_url", Path: r.URL.Path, Text: body.Text, ResponseType: body.ResponseType,
		Blocks: body.Blocks, BlocksJSON: raw.String(), At: time.Now(),
	})
	w.Header().Set("Content-Type", "text/html")
	_, _ = w.Write([]byte("ok"))
}

func (f *fakeSlack) record(p fakePost) {
	f.mu.Lock()
	f.posts = append(f.posts, p)
	f.mu.Unlock()
	f.posted <- struct{}{}
}

// Posts returns the accepted posts so far.
func (f *fakeSlack) Posts() []fakePost {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]fakePost(nil), f.posts...)
}

// Calls returns how many times method was called (accepted or not).
func (f *fakeSlack) Calls(method string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[method]
}

// Times returns the call times for a channel.
func (f *fakeSlack) Times(channel string) []time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Time(nil), f.times[channel]...)
}

// waitPosts waits for n more accepted posts; the bound only guards
// against a hung test.
func (f *fakeSlack) waitPosts(t testing.TB, n int) []fakePost {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for range n {
		select {
		case <-f.posted:
		case <-deadline:
			t.Fatalf("waited for %d posts, got %d: %+v", n, len(f.Posts()), f.Posts())
		}
	}
	return f.Posts()
}

// checkSlackLimits refuses what real Slack refuses: more than 50 blocks,
// a section or context text over 3,000 characters, a header over 150, an
// empty text, more than ~12,000 characters of text in one message.
func checkSlackLimits(blocks []map[string]any) error {
	if len(blocks) > 50 {
		return fmt.Errorf("%d blocks", len(blocks))
	}
	total := 0
	for i, b := range blocks {
		var texts []string
		switch b["type"] {
		case "section", "header":
			txt, _ := b["text"].(map[string]any)
			s, _ := txt["text"].(string)
			texts = append(texts, s)
		case "context":
			els, _ := b["elements"].([]any)
			if len(els) > 10 {
				return fmt.Errorf("block %d: %d context elements", i, len(els))
			}
			for _, e := range els {
				m, _ := e.(map[string]any)
				s, _ := m["text"].(string)
				texts = append(texts, s)
			}
		case "divider":
		default:
			return fmt.Errorf("block %d: unexpected type %v", i, b["type"])
		}
		limit := 3000
		if b["type"] == "header" {
			limit = 150
		}
		for _, s := range texts {
			n := utf8.RuneCountInString(s)
			if n == 0 || n > limit {
				return fmt.Errorf("block %d (%v): text of %d characters", i, b["type"], n)
			}
			total += n
		}
	}
	if total > 12000 {
		return fmt.Errorf("%d characters of text in one message", total)
	}
	return nil
}

// handlerTransport serves HTTP requests straight from a handler, with no
// socket: for tests inside a synctest bubble, and to catch requests to
// real Slack hosts.
type handlerTransport struct{ h http.Handler }

func (t handlerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	rec := httptest.NewRecorder()
	t.h.ServeHTTP(rec, r)
	res := rec.Result()
	res.Request = r
	return res, nil
}

// handlerFunc and friends: fake bot.Handlers with function fields.
type fakeHandler struct {
	handle func(ctx context.Context, m bot.Message) bot.Reply

	mu   sync.Mutex
	msgs []bot.Message
}

func (h *fakeHandler) Handle(ctx context.Context, m bot.Message) bot.Reply {
	h.mu.Lock()
	h.msgs = append(h.msgs, m)
	h.mu.Unlock()
	if h.handle == nil {
		return bot.Text("ok: " + m.Text)
	}
	return h.handle(ctx, m)
}

func (h *fakeHandler) Messages() []bot.Message {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]bot.Message(nil), h.msgs...)
}

// startRun runs the adapter with h until the test ends or stop is
// called; stop returns once Run has (so every answer in flight is done).
func startRun(t *testing.T, a *Adapter, h bot.Handler) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx, h) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Run: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	// Run stores the handler before anything else; wait for that.
	for a.currentHandler() == nil {
		time.Sleep(time.Millisecond)
	}
	return stop
}

// slackCommand is a slash command as slack-go parses it.
func slackCommand(channel, user, command, responseURL string) slackapi.SlashCommand {
	return slackapi.SlashCommand{TeamID: "T1", ChannelID: channel, UserID: user, Command: command, ResponseURL: responseURL}
}

func unixString(t time.Time) string { return strconv.FormatInt(t.Unix(), 10) }

// testClock is a settable clock for Options.Now.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func newTestClock(t time.Time) *testClock { return &testClock{t: t} }

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

// serveUserInfo answers users.info with is_admin from workspaceAdmins.
func (f *fakeSlack) serveUserInfo(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil || r.Header.Get("Authorization") != "Bearer "+f.token && r.Form.Get("token") != f.token {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	f.mu.Lock()
	f.calls["users.info"]++
	admin := f.workspaceAdmins[r.Form.Get("user")]
	f.mu.Unlock()
	writeJSON(w, map[string]any{"ok": true, "user": map[string]any{"id": r.Form.Get("user"), "is_admin": admin}})
}
