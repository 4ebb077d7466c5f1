package discord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/stancebot/stancebot/bot"
)

// Test identities.
const (
	testToken = "good-token"
	testAppID = "222222222222222222"
	testBotID = "111111111111111111"
)

// seen is one request the fake Discord received.
type seen struct {
	Method, Path, Query, Auth string
	Body                      []byte
	At                        time.Time
}

// fakeDiscord is an httptest Discord: the REST routes stancebot uses and a
// gateway websocket. Override routes with handle; script the gateway with
// gateway.
type fakeDiscord struct {
	t   *testing.T
	srv *httptest.Server

	mu   sync.Mutex
	reqs []seen
	got  chan seen
	// handle, when set, may answer a request itself (return true).
	handle func(w http.ResponseWriter, r *http.Request, body []byte) bool
	// gateway runs one websocket connection; nil: a well-behaved gateway.
	gateway func(c *websocket.Conn, n int)
	conns   int
}

func newFakeDiscord(t *testing.T) *fakeDiscord {
	t.Helper()
	f := &fakeDiscord{t: t, got: make(chan seen, 256)}
	mux := http.NewServeMux()
	mux.HandleFunc("/", f.serveREST)
	mux.HandleFunc("/gw/", f.serveGateway)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeDiscord) URL() string { return f.srv.URL }

func (f *fakeDiscord) connections() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.conns
}

func (f *fakeDiscord) setHandle(h func(w http.ResponseWriter, r *http.Request, body []byte) bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.handle = h
}

func (f *fakeDiscord) requests() []seen {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]seen(nil), f.reqs...)
}

// wait returns the next request whose method and path prefix match,
// failing the test if none comes within 10 s.
func (f *fakeDiscord) wait(method, pathPrefix string) seen {
	f.t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case s := <-f.got:
			if s.Method == method && strings.HasPrefix(s.Path, pathPrefix) {
				return s
			}
		case <-deadline:
			f.t.Fatalf("no %s %s request reached the fake Discord", method, pathPrefix)
			return seen{}
		}
	}
}

func (f *fakeDiscord) serveREST(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s := seen{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Auth: r.Header.Get("Authorization"), Body: body, At: time.Now()}
	f.mu.Lock()
	f.reqs = append(f.reqs, s)
	h := f.handle
	f.mu.Unlock()
	f.got <- s
	if h != nil && h(w, r, body) {
		return
	}
	p := r.URL.Path
	w.Header().Set("Content-Type", "application/json")
	switch {
	case r.Method == "GET" && p == "/api/v9/users/@me":
		if r.Header.Get("Authorization") != "Bot "+testToken {
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprint(w, `{"message": "401: Unauthorized", "code": 0}`)
			return
		}
		fmt.Fprintf(w, `{"id":%q,"username":"stancebot","bot":true}`, testBotID)
	case r.Method == "GET" && p == "/api/v9/gateway":
		fmt.Fprintf(w, `{"url":%q}`, "ws"+strings.TrimPrefix(f.srv.URL, "http")+"/gw")
	case r.Method == "PUT" && strings.HasSuffix(p, "/commands"):
		if r.Header.Get("Authorization") != "Bot "+testToken {
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprint(w, `{"message": "401: Unauthorized", "code": 0}`)
			return
		}
		w.Write(body)
	case r.Method == "POST" && strings.HasPrefix(p, "/api/v9/interactions/"):
		w.WriteHeader(http.StatusNoContent)
	case r.Method == "POST" && strings.HasPrefix(p, "/api/v9/channels/"),
		r.Method == "POST" && strings.HasPrefix(p, "/api/v9/webhooks/"),
		r.Method == "PATCH" && strings.HasPrefix(p, "/api/v9/webhooks/"):
		fmt.Fprint(w, `{"id":"900000000000000001","channel_id":"645027906669510667","content":""}`)
	default:
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprint(w, `{"message": "404: Not Found", "code": 0}`)
	}
}

// gatewayMsg is a gateway payload.
type gatewayMsg struct {
	Op int             `json:"op"`
	S  int64           `json:"s,omitempty"`
	T  string          `json:"t,omitempty"`
	D  json.RawMessage `json:"d"`
}

var upgrader = websocket.Upgrader{}

func (f *fakeDiscord) serveGateway(w http.ResponseWriter, r *http.Request) {
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	f.mu.Lock()
	f.conns++
	n := f.conns
	g := f.gateway
	f.mu.Unlock()
	if g == nil {
		g = func(c *websocket.Conn, _ int) { gatewayHandshake(f.t, c); gatewayServe(c, nil) }
	}
	g(c, n)
}

// gatewayHandshake sends HELLO, reads IDENTIFY or RESUME and answers READY
// or RESUMED. It returns the op the client sent.
func gatewayHandshake(t *testing.T, c *websocket.Conn) int {
	hello := gatewayMsg{Op: 10, D: json.RawMessage(`{"heartbeat_interval":45000}`)}
	if err := c.WriteJSON(hello); err != nil {
		t.Errorf("gateway: hello: %v", err)
		return 0
	}
	var m gatewayMsg
	if err := c.ReadJSON(&m); err != nil {
		t.Errorf("gateway: read identify: %v", err)
		return 0
	}
	switch m.Op {
	case 2:
		var id struct {
			Token string `json:"token"`
		}
		json.Unmarshal(m.D, &id)
		if id.Token != "Bot "+testToken {
			c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
			return m.Op
		}
		ready := fmt.Sprintf(`{"v":9,"session_id":"sess-1","user":{"id":%q,"username":"stancebot","bot":true},"application":{"id":%q},"guilds":[]}`, testBotID, testAppID)
		c.WriteJSON(gatewayMsg{Op: 0, S: 1, T: "READY", D: json.RawMessage(ready)})
	case 6:
		c.WriteJSON(gatewayMsg{Op: 0, S: 2, T: "RESUMED", D: json.RawMessage(`{}`)})
	default:
		t.Errorf("gateway: expected identify or resume, got op %d", m.Op)
	}
	return m.Op
}

// gatewayServe acks heartbeats and sends each payload from send until the
// connection ends.
func gatewayServe(c *websocket.Conn, send <-chan gatewayMsg) {
	var mu sync.Mutex
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			var m gatewayMsg
			if err := c.ReadJSON(&m); err != nil {
				return
			}
			if m.Op == 1 {
				mu.Lock()
				c.WriteJSON(gatewayMsg{Op: 11, D: json.RawMessage(`null`)})
				mu.Unlock()
			}
		}
	}()
	for {
		select {
		case <-done:
			return
		case m, ok := <-send:
			if !ok {
				send = nil
				continue
			}
			mu.Lock()
			c.WriteJSON(m)
			mu.Unlock()
		}
	}
}

// testKey is an Ed25519 key pair made for the test run.
type testKey struct {
	pub  ed25519.PublicKey
	priv ed25519.PrivateKey
}

func newTestKey(t testing.TB) testKey {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return testKey{pub, priv}
}

func (k testKey) hex() string { return hex.EncodeToString(k.pub) }

// sign returns the headers Discord would send with body at time at.
func (k testKey) sign(body []byte, at time.Time) (sig, ts string) {
	ts = strconv.FormatInt(at.Unix(), 10)
	return hex.EncodeToString(ed25519.Sign(k.priv, append([]byte(ts), body...))), ts
}

// recorder is a bot.Handler that records messages and answers with reply.
type recorder struct {
	mu    sync.Mutex
	msgs  []bot.Message
	reply func(ctx context.Context, m bot.Message) bot.Reply
}

func (r *recorder) Handle(ctx context.Context, m bot.Message) bot.Reply {
	r.mu.Lock()
	r.msgs = append(r.msgs, m)
	f := r.reply
	r.mu.Unlock()
	if f == nil {
		return bot.Text("ok")
	}
	return f(ctx, m)
}

func (r *recorder) messages() []bot.Message {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]bot.Message(nil), r.msgs...)
}

// testLogger writes to the test log.
func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// fastKnobs shortens the adapter's waits for tests.
func fastKnobs(a *Adapter) {
	a.retryWait = time.Millisecond
	a.backoffMin = 10 * time.Millisecond
	a.backoffMax = 50 * time.Millisecond
	a.regBackoffMin = 10 * time.Millisecond
	a.regBackoffMax = 50 * time.Millisecond
}

// assertNoMentions fails unless every message-carrying request the fake
// Discord saw has allowed_mentions exactly {"parse": []}.
func assertNoMentions(t *testing.T, reqs []seen) {
	t.Helper()
	checked := 0
	for _, r := range reqs {
		if !carriesMessage(r) {
			continue
		}
		checked++
		var body map[string]json.RawMessage
		if err := json.Unmarshal(r.Body, &body); err != nil {
			t.Errorf("%s %s: body is not JSON: %v", r.Method, r.Path, err)
			continue
		}
		if d, ok := body["data"]; ok && strings.HasPrefix(r.Path, "/api/v9/interactions/") {
			var typ int
			json.Unmarshal(body["type"], &typ)
			if typ == callbackAutocomplete || typ == callbackPong {
				checked--
				continue
			}
			body = nil
			json.Unmarshal(d, &body)
		}
		if err := noMentionsJSON(body["allowed_mentions"]); err != nil {
			t.Errorf("%s %s: %v", r.Method, r.Path, err)
		}
	}
	if checked == 0 {
		t.Errorf("no message-carrying request to check")
	}
}

// noMentionsJSON checks an allowed_mentions value: "parse" is an empty
// array and no user or role is allowed.
func noMentionsJSON(raw json.RawMessage) error {
	var am struct {
		Parse *[]string `json:"parse"`
		Users []string  `json:"users"`
		Roles []string  `json:"roles"`
	}
	if len(raw) == 0 {
		return fmt.Errorf("no allowed_mentions")
	}
	if err := json.Unmarshal(raw, &am); err != nil {
		return fmt.Errorf("allowed_mentions %s: %v", raw, err)
	}
	if am.Parse == nil || len(*am.Parse) != 0 || len(am.Users) != 0 || len(am.Roles) != 0 {
		return fmt.Errorf("allowed_mentions = %s, want {\"parse\": []}", compactJSON(raw))
	}
	return nil
}

func carriesMessage(r seen) bool {
	switch {
	case r.Method == "POST" && strings.HasPrefix(r.Path, "/api/v9/channels/"),
		r.Method == "POST" && strings.HasPrefix(r.Path, "/api/v9/webhooks/"),
		r.Method == "PATCH" && strings.HasPrefix(r.Path, "/api/v9/webhooks/"),
		r.Method == "POST" && strings.HasPrefix(r.Path, "/api/v9/interactions/"):
		return true
	}
	return false
}

func compactJSON(b []byte) string {
	var out bytes.Buffer
	if err := json.Compact(&out, b); err != nil {
		return string(b)
	}
	return out.String()
}
