package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stancebot/stancebot/bot"
)

const testSecret = "test-signing-secret"

// httpRig is an adapter in HTTP mode in front of a fake Slack, served on
// loopback the way the app serves it.
type httpRig struct {
	fake   *fakeSlack
	stop   func()           // stops Run, waiting for answers in flight
	api    *httptest.Server // the fake Slack
	bot    *httptest.Server // the adapter's routes
	a      *Adapter
	clock  *testClock
	handle *fakeHandler
}

func newHTTPRig(t *testing.T, h *fakeHandler, mutate func(*Options)) *httpRig {
	t.Helper()
	fake := newFakeSlack(t)
	api := httptest.NewServer(fake)
	t.Cleanup(api.Close)
	clock := newTestClock(time.Now())
	o := Options{
		BotToken: testBotToken, SigningSecret: testSecret, Mode: ModeHTTP,
		APIURL: api.URL + "/api", // no trailing slash: New adds it
		Admins: []string{"UADMIN"}, Now: clock.Now, PostInterval: time.Millisecond,
	}
	if mutate != nil {
		mutate(&o)
	}
	a, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	a.Routes(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	rig := &httpRig{fake: fake, api: api, bot: srv, a: a, clock: clock, handle: h}
	if h != nil {
		rig.stop = startRun(t, a, h)
	}
	return rig
}

// do sends a request signed now with the test secret.
func (r *httpRig) do(t *testing.T, path, contentType string, body []byte, header http.Header) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, r.bot.URL+path, strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	now := r.clock.Now()
	req.Header.Set("Content-Type", contentType)
	req.Header.Set(headerTimestamp, unixString(now))
	req.Header.Set(headerSignature, Signature(testSecret, now, body))
	for k, v := range header {
		req.Header[k] = v
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func (r *httpRig) command(t *testing.T, user, command, text, responseURL string) *http.Response {
	t.Helper()
	form := url.Values{
		"token": {"legacy"}, "team_id": {"T1"}, "channel_id": {"C1"}, "user_id": {user},
		"command": {command}, "text": {text}, "response_url": {responseURL}, "trigger_id": {"1.2.3"},
	}
	return r.do(t, "/slack/commands", "application/x-www-form-urlencoded", []byte(form.Encode()), nil)
}

func (r *httpRig) hookURL(id string) string { return r.api.URL + "/hooks/T1/" + id }

// TestSlashCommandAckedBeforeSlowAnswer: the store is slow (the handler
// blocks); Slack still gets its 200 at once, and the answer follows on
// response_url once the handler returns.
func TestSlashCommandAckedBeforeSlowAnswer(t *testing.T) {
	release := make(chan struct{})
	var finished atomic.Bool
	h := &fakeHandler{handle: func(ctx context.Context, m bot.Message) bot.Reply {
		<-release
		finished.Store(true)
		return positionReply()
	}}
	rig := newHTTPRig(t, h, nil)

	res := rig.command(t, "UADMIN", "/position", "russia purl", rig.hookURL("1/abc"))
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("ack status %d, want 200", res.StatusCode)
	}
	if finished.Load() {
		t.Fatal("handler finished before the ack: the ack waited for it")
	}
	if n := len(rig.fake.Posts()); n != 0 {
		t.Fatalf("%d posts before the handler answered", n)
	}
	close(release)

	posts := rig.fake.waitPosts(t, 1)
	p := posts[0]
	if p.Method != "response_url" || p.Path != "/hooks/T1/1/abc" {
		t.Fatalf("answer went to %s %s", p.Method, p.Path)
	}
	if p.ResponseType != "in_channel" {
		t.Errorf("response_type %q, want in_channel", p.ResponseType)
	}
	if !strings.Contains(p.BlocksJSON, "Russia also rejected the continuation") || !strings.Contains(p.BlocksJSON, "https://news.example/russia-purl") {
		t.Errorf("answer lacks the evidence or the link: %s", p.BlocksJSON)
	}
	msgs := h.Messages()
	want := bot.Message{Platform: "slack", Channel: "C1", User: "UADMIN", Text: "/position russia purl", Admin: true}
	if len(msgs) != 1 || msgs[0] != want {
		t.Fatalf("handler got %+v, want %+v", msgs, want)
	}
}

func TestSlashCommandNotAdmin(t *testing.T) {
	h := &fakeHandler{}
	rig := newHTTPRig(t, h, nil)
	rig.command(t, "UREPORTER", "/sources", "", rig.hookURL("2/x")).Body.Close()
	rig.fake.waitPosts(t, 1)
	if m := h.Messages(); len(m) != 1 || m[0].Admin || m[0].Text != "/sources" {
		t.Fatalf("handler got %+v, want a non-admin /sources", m)
	}
}

func TestWorkspaceAdminsMayRunAdminCommands(t *testing.T) {
	h := &fakeHandler{}
	rig := newHTTPRig(t, h, nil)
	rig.fake.mu.Lock()
	rig.fake.workspaceAdmins = map[string]bool{"UWSADMIN": true}
	rig.fake.mu.Unlock()
	for i, user := range []string{"UWSADMIN", "UREPORTER", "UWSADMIN"} {
		rig.command(t, user, "/digest", "now", rig.hookURL(fmt.Sprintf("9/%d", i))).Body.Close()
		rig.fake.waitPosts(t, 1)
	}
	m := h.Messages()
	if len(m) != 3 || !m[0].Admin || m[1].Admin || !m[2].Admin {
		t.Fatalf("admin flags = %v, %v, %v; want true (workspace admin), false, true", m[0].Admin, m[1].Admin, m[2].Admin)
	}
	rig.fake.mu.Lock()
	calls := rig.fake.calls["users.info"]
	rig.fake.mu.Unlock()
	if calls != 2 {
		t.Errorf("users.info called %d times, want 2 (the second answer for UWSADMIN is cached)", calls)
	}
}

// longReply renders to more messages than response_url accepts.
func longReply(parts int) bot.Reply {
	var blocks []bot.Block
	for i := range parts {
		blocks = append(blocks, bot.Block{Kind: bot.Heading, Spans: []bot.Span{bot.T(fmt.Sprintf("Part %d", i+1))}})
		for j := range MaxBlocks - 1 {
			blocks = append(blocks, bot.Block{Kind: bot.Paragraph, Spans: []bot.Span{bot.T(fmt.Sprintf("statement %d.%d", i+1, j+1))}})
		}
	}
	return bot.Reply{Blocks: blocks}
}

// TestLongAnswerNeverDropped: seven messages' worth of answer; the first
// five go by response_url (Slack's limit), the rest by chat.postMessage,
// in order, every part delivered.
func TestLongAnswerNeverDropped(t *testing.T) {
	reply := longReply(7)
	if n := len(RenderBlocks(reply)); n != 7 {
		t.Fatalf("test reply renders to %d messages, want 7", n)
	}
	rig := newHTTPRig(t, &fakeHandler{handle: func(context.Context, bot.Message) bot.Reply { return reply }}, nil)
	rig.command(t, "U1", "/statements", "russia", rig.hookURL("3/long")).Body.Close()

	posts := rig.fake.waitPosts(t, 7)
	for i, p := range posts {
		wantMethod := "response_url"
		if i >= maxResponseURLPosts {
			wantMethod = "chat.postMessage"
		}
		if p.Method != wantMethod {
			t.Errorf("part %d went by %s, want %s", i+1, p.Method, wantMethod)
		}
		if want := fmt.Sprintf(`"Part %d"`, i+1); !strings.Contains(p.BlocksJSON, want) {
			t.Errorf("part %d out of order: %.120s", i+1, p.BlocksJSON)
		}
		if p.Method == "chat.postMessage" && p.Channel != "C1" {
			t.Errorf("fallback to channel %q, want C1", p.Channel)
		}
	}
}

func TestAnswerFallbacks(t *testing.T) {
	tests := []struct {
		name        string
		reply       bot.Reply
		responseURL func(rig *httpRig, evil *httptest.Server) string
		slowBy      time.Duration // the clock moves this much while the handler runs
		wantMethod  string
		wantUser    string
	}{
		{
			name:        "response_url on a foreign host is not used",
			reply:       bot.Text("answer"),
			responseURL: func(_ *httpRig, evil *httptest.Server) string { return evil.URL + "/hooks/steal" },
			wantMethod:  "chat.postMessage",
		},
		{
			name:        "response_url past thirty minutes",
			reply:       bot.Text("answer"),
			responseURL: func(rig *httpRig, _ *httptest.Server) string { return rig.hookURL("4/late") },
			slowBy:      31 * time.Minute,
			wantMethod:  "chat.postMessage",
		},
		{
			name:        "response_url refuses (expired on Slack's side)",
			reply:       bot.Text("answer"),
			responseURL: func(rig *httpRig, _ *httptest.Server) string { return rig.api.URL + "/nowhere/expired" },
			wantMethod:  "chat.postMessage",
		},
		{
			name:        "ephemeral answer stays ephemeral",
			reply:       bot.Reply{Blocks: bot.Text("only you").Blocks, Ephemeral: true},
			responseURL: func(rig *httpRig, _ *httptest.Server) string { return rig.hookURL("5/eph") },
			wantMethod:  "response_url",
		},
		{
			name:        "ephemeral fallback is chat.postEphemeral",
			reply:       bot.Reply{Blocks: bot.Text("only you").Blocks, Ephemeral: true},
			responseURL: func(_ *httpRig, evil *httptest.Server) string { return evil.URL + "/hooks/x" },
			wantMethod:  "chat.postEphemeral",
			wantUser:    "U9",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var evilHits atomic.Int32
			evil := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				evilHits.Add(1)
				w.Header().Set("Content-Type", "text/plain")
				_, _ = w.Write([]byte("ok"))
			}))
			defer evil.Close()
			var rig *httpRig
			rig = newHTTPRig(t, &fakeHandler{handle: func(context.Context, bot.Message) bot.Reply {
				rig.clock.Set(rig.clock.Now().Add(tc.slowBy))
				return tc.reply
			}}, nil)
			rig.command(t, "U9", "/help", "", tc.responseURL(rig, evil)).Body.Close()
			p := rig.fake.waitPosts(t, 1)[0]
			if p.Method != tc.wantMethod {
				t.Fatalf("answered by %s, want %s", p.Method, tc.wantMethod)
			}
			if tc.wantUser != "" && p.User != tc.wantUser {
				t.Errorf("ephemeral to %q, want %q", p.User, tc.wantUser)
			}
			if p.Method == "response_url" && tc.reply.Ephemeral && p.ResponseType != "ephemeral" {
				t.Errorf("response_type %q, want ephemeral", p.ResponseType)
			}
			if n := evilHits.Load(); n != 0 {
				t.Errorf("the foreign host got %d posts", n)
			}
		})
	}
}

func TestCommandBeforeRunIs503(t *testing.T) {
	rig := newHTTPRig(t, nil, nil)
	res := rig.command(t, "U1", "/help", "", rig.hookURL("6/x"))
	res.Body.Close()
	if res.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("status %d, want 503 before Run", res.StatusCode)
	}
}

func eventBody(t *testing.T, eventID, text string) []byte {
	t.Helper()
	b, err := json.Marshal(map[string]any{
		"type": "event_callback", "team_id": "T1", "api_app_id": "A1", "event_id": eventID, "event_time": 1,
		"event": map[string]any{"type": "app_mention", "user": "U7", "text": text, "ts": "1700000000.000200",
			"channel": "C5", "event_ts": "1700000000.000200"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestEventsProcessedOnce: a mention delivered three times (the original,
// Slack's retry with X-Slack-Retry-Num, a repeat) is answered once, in
// its thread.
func TestEventsProcessedOnce(t *testing.T) {
	h := &fakeHandler{}
	rig := newHTTPRig(t, h, nil)
	body := eventBody(t, "Ev01", "<@UBOT> position russia &amp; purl")
	for i, retry := range []string{"", "1", ""} {
		hdr := http.Header{}
		if retry != "" {
			hdr.Set(headerRetryNum, retry)
			hdr.Set("X-Slack-Retry-Reason", "http_timeout")
		}
		res := rig.do(t, "/slack/events", "application/json", body, hdr)
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Fatalf("delivery %d: status %d", i+1, res.StatusCode)
		}
	}
	// A different event is still answered.
	rig.do(t, "/slack/events", "application/json", eventBody(t, "Ev02", "<@UBOT> help"), nil).Body.Close()
	rig.stop() // every answer started is finished when Run returns
	posts := rig.fake.Posts()
	if n := len(posts); n != 2 {
		t.Fatalf("%d posts, want 2 (one per event id)", n)
	}
	var texts []string
	for _, m := range h.Messages() {
		texts = append(texts, m.Text)
	}
	if len(texts) != 2 || !contains(texts, "/position russia & purl") || !contains(texts, "/help") {
		t.Fatalf("handler got %q", texts)
	}
	for _, p := range posts {
		if p.Channel != "C5" || p.ThreadTS != "1700000000.000200" {
			t.Errorf("mention answered in %s thread %q, want C5 thread 1700000000.000200", p.Channel, p.ThreadTS)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestURLVerification(t *testing.T) {
	rig := newHTTPRig(t, &fakeHandler{}, nil)
	res := rig.do(t, "/slack/events", "application/json",
		[]byte(`{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`), nil)
	defer res.Body.Close()
	var got struct{ Challenge string }
	if err := json.NewDecoder(res.Body).Decode(&got); err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("status %d, decode %v", res.StatusCode, err)
	}
	if got.Challenge != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Fatalf("challenge %q", got.Challenge)
	}
}

// TestPayloadSamples feeds every stored payload shape: events as Slack
// wraps them (event_callback with an id), interactivity form-encoded in
// payload=. Each is accepted with 200; only app_mention reaches the bot.
func TestPayloadSamples(t *testing.T) {
	h := &fakeHandler{}
	rig := newHTTPRig(t, h, nil)
	events, _ := filepath.Glob("testdata/events/*.json")
	apps, _ := filepath.Glob("testdata/app-backend/*.json")
	if len(events) == 0 || len(apps) == 0 {
		t.Fatal("no samples in testdata")
	}
	for _, path := range events {
		t.Run(filepath.Base(path), func(t *testing.T) {
			var env map[string]any
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(raw, &env); err != nil {
				t.Fatal(err)
			}
			env["type"] = "event_callback"
			env["event_id"] = "Ev" + filepath.Base(path)
			body, _ := json.Marshal(env)
			res := rig.do(t, "/slack/events", "application/json", body, nil)
			res.Body.Close()
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d", res.StatusCode)
			}
		})
	}
	for _, path := range apps {
		t.Run(filepath.Base(path), func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			route, form := "/slack/interactions", url.Values{"payload": {string(raw)}}
			if strings.Contains(path, "SlashCommand") {
				var fields map[string]any
				_ = json.Unmarshal(raw, &fields)
				route, form = "/slack/commands", url.Values{}
				for k, v := range fields {
					form.Set(k, fmt.Sprint(v))
				}
				form.Set("command", "/help") // the sample's values are masked
				form.Set("response_url", rig.hookURL("7/sample"))
			}
			res := rig.do(t, route, "application/x-www-form-urlencoded", []byte(form.Encode()), nil)
			res.Body.Close()
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d", res.StatusCode)
			}
		})
	}
	// The masked app_mention has no user or channel: nothing to answer.
	// The slash command sample is answered.
	rig.fake.waitPosts(t, 1)
	if got := h.Messages(); len(got) != 1 || got[0].Text != "/help" {
		t.Fatalf("handler got %+v, want just the /help command", got)
	}
}

func TestRunStopsAndWaitsForAnswers(t *testing.T) {
	fake := newFakeSlack(t)
	api := httptest.NewServer(fake)
	defer api.Close()
	a, err := New(Options{BotToken: testBotToken, SigningSecret: testSecret, APIURL: api.URL + "/api/", PostInterval: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if a.Mode() != ModeHTTP {
		t.Fatalf("mode %q, want http chosen from the tokens", a.Mode())
	}
	release := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- a.Run(ctx, bot.HandlerFunc(func(context.Context, bot.Message) bot.Reply {
			<-release
			return bot.Text("late answer")
		}))
	}()
	for a.currentHandler() == nil {
		time.Sleep(time.Millisecond)
	}
	if !a.startCommand(slackCommand("C1", "U1", "/help", api.URL+"/hooks/T/8/x")) {
		t.Fatal("command refused while running")
	}
	// Cancelled while the answer is still being worked out: Run must
	// wait for it, not drop it.
	cancel()
	close(release)
	if err := <-done; err != nil {
		t.Fatalf("Run: %v", err)
	}
	if n := len(fake.Posts()); n != 1 {
		t.Fatalf("%d posts when Run returned, want the late answer delivered", n)
	}
	if a.startCommand(slackCommand("C1", "U1", "/help", "")) {
		t.Fatal("command accepted after Run returned")
	}
}
