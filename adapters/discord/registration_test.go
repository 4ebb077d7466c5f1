package discord

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// logBuffer collects log output for assertions, and copies it to the
// test log.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
	t   *testing.T
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.t.Log(strings.TrimRight(string(p), "\n"))
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func (b *logBuffer) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(b, &slog.HandlerOptions{Level: slog.LevelDebug})).With(slog.String("adapter", "discord"))
}

// registrationDown makes the fake Discord answer 503 to command
// registration until up is set.
func registrationDown(f *fakeDiscord, up *atomic.Bool) {
	f.setHandle(func(w http.ResponseWriter, r *http.Request, _ []byte) bool {
		if r.Method == "PUT" && strings.HasSuffix(r.URL.Path, "/commands") && !up.Load() {
			w.WriteHeader(http.StatusServiceUnavailable)
			return true
		}
		return false
	})
}

func TestRegistrationFailureIsNotAnOutage(t *testing.T) {
	tests := []struct {
		name string
		// start runs the adapter against f with logger and returns a
		// function that delivers one /help interaction, and whether Run
		// has returned.
		start func(t *testing.T, f *fakeDiscord, log *slog.Logger) (interact func(), returned func() bool)
	}{
		{"gateway", func(t *testing.T, f *fakeDiscord, log *slog.Logger) (func(), func() bool) {
			send := make(chan gatewayMsg, 4)
			f.gateway = func(c *websocket.Conn, _ int) {
				gatewayHandshake(t, c)
				gatewayServe(c, send)
			}
			a := newGatewayAdapter(t, f, testToken)
			a.log = log
			_, done := runAdapter(t, a, &recorder{})
			return func() { send <- interactionEvent(t, interaction(t, 2, "help")) }, closed(done)
		}},
		{"http", func(t *testing.T, f *fakeDiscord, log *slog.Logger) (func(), func() bool) {
			fx := newHTTPFixtureOn(t, f, func(_ *Options, a *Adapter) { a.log = log })
			return func() {
				code, b := fx.signed(t, interaction(t, 2, "help"))
				if code != http.StatusOK || decode(t, b).Type != callbackMessage {
					t.Errorf("interaction answered %d %s while registration failed", code, b)
				}
			}, func() bool { return false } // the fixture's cleanup fails the test if Run returned an error
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeDiscord(t)
			var up atomic.Bool
			registrationDown(f, &up)
			logs := &logBuffer{t: t}
			interact, returned := tc.start(t, f, logs.logger())

			// More failures than one request's retries (attempts): the
			// adapter keeps trying in the background.
			for range 2*defaultAttempts + 1 {
				f.wait("PUT", "/api/v9/applications/")
			}
			if returned() {
				t.Fatal("Run returned while registration was failing")
			}
			interact()
			if tc.name == "gateway" {
				if r := decode(t, f.wait("POST", "/api/v9/interactions/").Body); r.Type != callbackMessage {
					t.Errorf("interaction answered with type %d while registration failed", r.Type)
				}
			}
			out := logs.String()
			if !strings.Contains(out, "level=WARN") || !strings.Contains(out, "registering commands failed") {
				t.Errorf("no WARN about the failed registration in the log:\n%s", out)
			}
			if strings.Contains(out, testToken) {
				t.Errorf("log shows the bot token:\n%s", out)
			}

			up.Store(true)
			for deadline := time.Now().Add(10 * time.Second); !strings.Contains(logs.String(), "commands registered"); {
				if time.Now().After(deadline) {
					t.Fatal("commands never registered once Discord was back")
				}
				time.Sleep(5 * time.Millisecond)
			}
			if returned() {
				t.Fatal("Run returned after registration succeeded")
			}
		})
	}
}

// closed reports whether ch is closed, without waiting.
func closed(ch <-chan struct{}) func() bool {
	return func() bool {
		select {
		case <-ch:
			return true
		default:
			return false
		}
	}
}

func TestGatewayRegistrationRefusedTokenStops(t *testing.T) {
	f := newFakeDiscord(t)
	f.gateway = func(c *websocket.Conn, _ int) {
		gatewayHandshake(t, c)
		gatewayServe(c, make(chan gatewayMsg))
	}
	// The token is accepted for the gateway, then refused for registration.
	f.setHandle(func(w http.ResponseWriter, r *http.Request, _ []byte) bool {
		if r.Method == "PUT" && strings.HasSuffix(r.URL.Path, "/commands") {
			w.WriteHeader(http.StatusUnauthorized)
			io.WriteString(w, `{"message": "401: Unauthorized", "code": 0}`)
			return true
		}
		return false
	})
	a := newGatewayAdapter(t, f, testToken)
	stop, done := runAdapter(t, a, &recorder{})
	select {
	case <-done:
		if err := stop(); !errors.Is(err, ErrInvalidToken) {
			t.Errorf("Run returned %v, want ErrInvalidToken", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run kept going after registration refused the token")
	}
}

func TestErrorsNameTheAPIURLUsed(t *testing.T) {
	// A server that is gone: every request is a network error.
	gone := httptest.NewServer(http.NotFoundHandler())
	gone.Close()
	a, err := New(Options{BotToken: testToken, APIURL: gone.URL, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	fastKnobs(a)
	err = a.Send(context.Background(), "645027906669510667", positionReply())
	if err == nil {
		t.Fatal("Send to a server that is gone succeeded")
	}
	var se *SendError
	if !errors.As(err, &se) || !se.Temporary {
		t.Errorf("Send returned %v, want a temporary *SendError", err)
	}
	msg := err.Error()
	if strings.Contains(msg, "discord.com") {
		t.Errorf("error names discord.com though api_url is %s: %s", gone.URL, msg)
	}
	if !strings.Contains(msg, strings.TrimPrefix(gone.URL, "http://")) {
		t.Errorf("error does not name the api_url used (%s): %s", gone.URL, msg)
	}
}
