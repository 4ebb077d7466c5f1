package slack

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/stancebot/stancebot/bot"
)

const testAppToken = "xapp-1-test"

// newSocketAdapter is a socket-mode adapter posting to fake over loopback,
// with h installed as if Run were running.
func newSocketAdapter(t *testing.T, fake *fakeSlack, h bot.Handler) (*Adapter, *httptest.Server) {
	t.Helper()
	api := httptest.NewServer(fake)
	t.Cleanup(api.Close)
	a, err := New(Options{BotToken: testBotToken, AppToken: testAppToken, APIURL: api.URL + "/api/", PostInterval: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if a.Mode() != ModeSocket {
		t.Fatalf("mode %q, want socket chosen from the app token", a.Mode())
	}
	a.handler.Store(&handlerBox{h})
	t.Cleanup(a.work.Wait)
	return a, api
}

type ackLog struct {
	mu   sync.Mutex
	reqs []socketmode.Request
}

func (l *ackLog) ack(req socketmode.Request) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.reqs = append(l.reqs, req)
	return nil
}

func (l *ackLog) envelopes() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, r := range l.reqs {
		out = append(out, r.EnvelopeID)
	}
	return out
}

// TestSocketSlashCommand: a slash command over Socket Mode is acknowledged
// with just its envelope id while the handler is still working, and the
// whole answer (seven messages) follows by response_url, then
// chat.postMessage.
func TestSocketSlashCommand(t *testing.T) {
	fake := newFakeSlack(t)
	release := make(chan struct{})
	var finished atomic.Bool
	h := &fakeHandler{handle: func(context.Context, bot.Message) bot.Reply {
		<-release
		finished.Store(true)
		return longReply(7)
	}}
	a, api := newSocketAdapter(t, fake, h)
	acks := &ackLog{}
	cmd := slackCommand("C1", "U1", "/position", api.URL+"/hooks/T1/9/sock")
	cmd.Text = "russia purl"
	a.handleSocketEvent(context.Background(), socketmode.Event{
		Type: socketmode.EventTypeSlashCommand, Data: cmd,
		Request: &socketmode.Request{Type: "slash_commands", EnvelopeID: "env-1", AcceptsResponsePayload: true},
	}, acks.ack)

	if got := acks.envelopes(); len(got) != 1 || got[0] != "env-1" {
		t.Fatalf("acks %v, want env-1 acknowledged", got)
	}
	if finished.Load() {
		t.Fatal("handler ran before the ack")
	}
	// The acknowledgement as the socketmode client would send it.
	ackJSON, _ := json.Marshal(socketmode.Response{EnvelopeID: "env-1"})
	if len(ackJSON) > 100 {
		t.Fatalf("ack of %d bytes", len(ackJSON))
	}
	close(release)
	posts := fake.waitPosts(t, 7)
	for i, p := range posts {
		want := "response_url"
		if i >= maxResponseURLPosts {
			want = "chat.postMessage"
		}
		if p.Method != want {
			t.Errorf("part %d by %s, want %s", i+1, p.Method, want)
		}
	}
	if m := h.Messages(); len(m) != 1 || m[0].Text != "/position russia purl" || m[0].Channel != "C1" {
		t.Fatalf("handler got %+v", m)
	}
}

// TestSocketEvents: Events API envelopes are acknowledged; an app_mention
// is answered once per event id; interactive payloads and connection
// events need nothing more.
func TestSocketEvents(t *testing.T) {
	fake := newFakeSlack(t)
	h := &fakeHandler{}
	a, _ := newSocketAdapter(t, fake, h)
	acks := &ackLog{}
	mention := func(env string) socketmode.Event {
		return socketmode.Event{
			Type: socketmode.EventTypeEventsAPI,
			Data: slackevents.EventsAPIEvent{
				Type: slackevents.CallbackEvent,
				Data: &slackevents.EventsAPICallbackEvent{Type: slackevents.CallbackEvent, EventID: "Ev9"},
				InnerEvent: slackevents.EventsAPIInnerEvent{Type: "app_mention", Data: &slackevents.AppMentionEvent{
					Type: "app_mention", User: "U2", Text: "<@UBOT> topics", Channel: "C3", TimeStamp: "1.5",
				}},
			},
			Request: &socketmode.Request{Type: "events_api", EnvelopeID: env},
		}
	}
	ctx := context.Background()
	a.handleSocketEvent(ctx, mention("env-a"), acks.ack)
	a.handleSocketEvent(ctx, mention("env-b"), acks.ack) // Slack's retry of the same event
	a.handleSocketEvent(ctx, socketmode.Event{Type: socketmode.EventTypeInteractive, Data: slackapi.InteractionCallback{},
		Request: &socketmode.Request{Type: "interactive", EnvelopeID: "env-c"}}, acks.ack)
	a.handleSocketEvent(ctx, socketmode.Event{Type: socketmode.EventTypeConnected}, acks.ack)
	a.handleSocketEvent(ctx, socketmode.Event{Type: socketmode.EventTypeConnectionError, Data: &slackapi.ConnectionErrorEvent{}}, acks.ack)
	a.work.Wait()

	if got := strings.Join(acks.envelopes(), ","); got != "env-a,env-b,env-c" {
		t.Fatalf("acks %s, want every envelope once", got)
	}
	posts := fake.Posts()
	if len(posts) != 1 || posts[0].Channel != "C3" || posts[0].ThreadTS != "1.5" {
		t.Fatalf("posts %+v, want one answer in C3's thread", posts)
	}
	if m := h.Messages(); len(m) != 1 || m[0].Text != "/topics" {
		t.Fatalf("handler got %+v", m)
	}
}

// TestSocketModeEndToEnd runs the adapter against a fake Socket Mode
// server: apps.connections.open with the app token, a websocket that says
// hello and delivers a slash command, and reads the acknowledgement; the
// answer arrives on response_url.
func TestSocketModeEndToEnd(t *testing.T) {
	fake := newFakeSlack(t)
	acked := make(chan []byte, 1)
	var wsURL string
	mux := http.NewServeMux()
	mux.Handle("/", fake)
	mux.HandleFunc("POST /api/apps.connections.open", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+testAppToken {
			writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
			return
		}
		writeJSON(w, map[string]any{"ok": true, "url": wsURL})
	})
	var hookURL string
	mux.HandleFunc("GET /ws", func(w http.ResponseWriter, r *http.Request) {
		// slack-go's dialer sends an Origin of its own.
		up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
		conn, err := up.Upgrade(w, r, nil)
		if err != nil {
			t.Errorf("upgrade: %v", err)
			return
		}
		defer conn.Close()
		_ = conn.WriteJSON(map[string]any{"type": "hello", "num_connections": 1})
		_ = conn.WriteJSON(map[string]any{
			"envelope_id": "env-e2e", "type": "slash_commands", "accepts_response_payload": true,
			"payload": map[string]any{"command": "/actors", "text": "", "channel_id": "C7", "user_id": "U7",
				"team_id": "T1", "response_url": hookURL},
		})
		for {
			_, msg, err := conn.ReadMessage()
			if err != nil {
				return
			}
			select {
			case acked <- msg:
			default:
			}
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	wsURL = "ws" + strings.TrimPrefix(srv.URL, "http") + "/ws"
	hookURL = srv.URL + "/hooks/T1/10/e2e"

	a, err := New(Options{BotToken: testBotToken, AppToken: testAppToken, APIURL: srv.URL + "/api", PostInterval: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	h := &fakeHandler{}
	stop := startRun(t, a, h)
	var ack socketmode.Response
	select {
	case msg := <-acked:
		if err := json.Unmarshal(msg, &ack); err != nil || ack.EnvelopeID != "env-e2e" {
			t.Fatalf("ack %s (%v), want envelope env-e2e", msg, err)
		}
		if len(msg) > 100 {
			t.Errorf("ack of %d bytes, want it small", len(msg))
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no acknowledgement")
	}
	p := fake.waitPosts(t, 1)[0]
	if p.Method != "response_url" || p.Path != "/hooks/T1/10/e2e" {
		t.Fatalf("answer by %s to %s", p.Method, p.Path)
	}
	stop()
	if m := h.Messages(); len(m) != 1 || m[0].Text != "/actors" || m[0].Channel != "C7" {
		t.Fatalf("handler got %+v", m)
	}
}

func TestSocketBadAppTokenFailsRun(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/apps.connections.open", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	a, err := New(Options{BotToken: testBotToken, AppToken: testAppToken, APIURL: srv.URL + "/api/"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err = a.Run(ctx, &fakeHandler{})
	if err == nil || ctx.Err() != nil {
		t.Fatalf("Run = %v (ctx %v), want an auth error before the deadline", err, ctx.Err())
	}
}
