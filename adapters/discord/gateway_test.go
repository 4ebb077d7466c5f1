package discord

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/stancebot/stancebot/bot"
)

func newGatewayAdapter(t *testing.T, f *fakeDiscord, token string, guilds ...string) *Adapter {
	t.Helper()
	a, err := New(Options{BotToken: token, APIURL: f.URL(), GuildIDs: guilds, Logger: testLogger(t),
		Actors: []Choice{{"Russia", "russia"}}, Topics: []Choice{{"PURL", "purl"}}})
	if err != nil {
		t.Fatal(err)
	}
	if a.Mode() != ModeGateway {
		t.Fatalf("mode %q, want gateway when a bot token is set", a.Mode())
	}
	fastKnobs(a)
	return a
}

// runAdapter runs a in the background. done closes when Run returns;
// stop cancels it and returns Run's error.
func runAdapter(t *testing.T, a *Adapter, h bot.Handler) (stop func() error, done <-chan struct{}) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	finished := make(chan struct{})
	var result error
	go func() {
		defer close(finished)
		result = a.Run(ctx, h)
	}()
	stop = func() error {
		cancel()
		<-finished
		return result
	}
	t.Cleanup(func() { stop() })
	return stop, finished
}

// interactionEvent is an INTERACTION_CREATE dispatch for body.
func interactionEvent(t *testing.T, body []byte) gatewayMsg {
	return gatewayMsg{Op: 0, S: 5, T: "INTERACTION_CREATE", D: json.RawMessage(body)}
}

func TestGatewayAnswersCommand(t *testing.T) {
	f := newFakeDiscord(t)
	send := make(chan gatewayMsg, 4)
	f.gateway = func(c *websocket.Conn, _ int) {
		gatewayHandshake(t, c)
		gatewayServe(c, send)
	}
	h := &recorder{reply: func(context.Context, bot.Message) bot.Reply { return positionReply() }}
	a := newGatewayAdapter(t, f, testToken)
	stop, _ := runAdapter(t, a, h)

	// Commands are registered globally, for the application READY named.
	reg := f.wait("PUT", "/api/v9/applications/")
	if reg.Path != "/api/v9/applications/"+testAppID+"/commands" {
		t.Errorf("registered at %s", reg.Path)
	}
	send <- interactionEvent(t, interaction(t, 2, "position", opt("actor", "russia"), opt("topic", "purl")))
	cb := f.wait("POST", "/api/v9/interactions/")
	if cb.Path != "/api/v9/interactions/786008729715212338/"+exampleToken+"/callback" {
		t.Errorf("answered at %s", cb.Path)
	}
	r := decode(t, cb.Body)
	if r.Type != callbackMessage || len(r.Data.Embeds) == 0 || r.Data.Embeds[0].Title != "Russia opposes PURL" {
		t.Errorf("callback %s", cb.Body)
	}
	send <- interactionEvent(t, interaction(t, 4, "position", focused("actor", "ru")))
	ac := decode(t, f.wait("POST", "/api/v9/interactions/").Body)
	if ac.Type != callbackAutocomplete || len(ac.Data.Choices) != 1 || ac.Data.Choices[0].Value != "russia" {
		t.Errorf("autocomplete answered %+v", ac)
	}
	if err := stop(); err != nil {
		t.Errorf("Run: %v", err)
	}
	if msgs := h.messages(); len(msgs) != 1 || msgs[0].Text != "/position russia purl" {
		t.Errorf("bot core got %+v", msgs)
	}
	assertNoMentions(t, f.requests())
}

func TestGatewayDeferred(t *testing.T) {
	f := newFakeDiscord(t)
	send := make(chan gatewayMsg, 4)
	f.gateway = func(c *websocket.Conn, _ int) {
		gatewayHandshake(t, c)
		gatewayServe(c, send)
	}
	release := make(chan struct{})
	h := &recorder{reply: func(context.Context, bot.Message) bot.Reply { <-release; return bot.Text("done") }}
	a := newGatewayAdapter(t, f, testToken)
	a.deferAfter = 10 * time.Millisecond
	runAdapter(t, a, h)
	f.wait("PUT", "/api/v9/applications/")
	send <- interactionEvent(t, interaction(t, 2, "sources"))
	if r := decode(t, f.wait("POST", "/api/v9/interactions/").Body); r.Type != callbackDeferred {
		t.Errorf("type %d, want 5", r.Type)
	}
	close(release)
	f.wait("PATCH", "/api/v9/webhooks/"+testAppID+"/"+exampleToken+"/messages/@original")
	assertNoMentions(t, f.requests())
}

func TestGatewayGuildRegistration(t *testing.T) {
	f := newFakeDiscord(t)
	a := newGatewayAdapter(t, f, testToken, "300000000000000001", "300000000000000002")
	runAdapter(t, a, &recorder{})
	for _, g := range []string{"300000000000000001", "300000000000000002"} {
		r := f.wait("PUT", "/api/v9/applications/")
		if r.Path != "/api/v9/applications/"+testAppID+"/guilds/"+g+"/commands" {
			t.Errorf("registered at %s, want guild %s", r.Path, g)
		}
		checkRegistration(t, r.Body)
	}
}

// checkRegistration checks a bulk-overwrite body against the documented
// shape (testdata/example-slash-command.json) and our commands.
func checkRegistration(t *testing.T, body []byte) {
	t.Helper()
	var cmds []struct {
		Name        string `json:"name"`
		Type        int    `json:"type"`
		Description string `json:"description"`
		Options     []struct {
			Name         string `json:"name"`
			Description  string `json:"description"`
			Type         int    `json:"type"`
			Required     bool   `json:"required"`
			Autocomplete bool   `json:"autocomplete"`
		} `json:"options"`
	}
	if err := json.Unmarshal(body, &cmds); err != nil {
		t.Fatalf("registration body %s: %v", body, err)
	}
	var names []string
	for _, c := range cmds {
		names = append(names, c.Name)
		if c.Type != 1 || c.Description == "" || len(c.Description) > 100 {
			t.Errorf("command %s: type %d, description %q", c.Name, c.Type, c.Description)
		}
		for _, o := range c.Options {
			if o.Type != 3 || !o.Autocomplete || o.Description == "" {
				t.Errorf("/%s option %s: %+v", c.Name, o.Name, o)
			}
		}
		if c.Name == "position" && (len(c.Options) != 2 || c.Options[0].Name != "actor" || !c.Options[0].Required || c.Options[1].Name != "topic" || !c.Options[1].Required) {
			t.Errorf("/position options %+v", c.Options)
		}
		if c.Name == "statements" && (len(c.Options) != 2 || !c.Options[0].Required || c.Options[1].Required) {
			t.Errorf("/statements options %+v", c.Options)
		}
	}
	if got := strings.Join(names, " "); got != "position statements actors topics sources help" {
		t.Errorf("commands %s", got)
	}
	checkDocumentedKeys(t, body)
}

// checkDocumentedKeys fails if a registration body uses a key (with a
// value) that the documented example does not, autocomplete aside.
func checkDocumentedKeys(t *testing.T, body []byte) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "example-slash-command.json"))
	if err != nil {
		t.Fatal(err)
	}
	var example map[string]any
	if err := json.Unmarshal(raw, &example); err != nil {
		t.Fatal(err)
	}
	cmdKeys := map[string]bool{}
	optKeys := map[string]bool{"autocomplete": true}
	for k := range example {
		cmdKeys[k] = true
	}
	for _, o := range example["options"].([]any) {
		for k := range o.(map[string]any) {
			optKeys[k] = true
		}
	}
	var cmds []map[string]any
	if err := json.Unmarshal(body, &cmds); err != nil {
		t.Fatal(err)
	}
	for _, c := range cmds {
		for k, v := range c {
			if v != nil && !cmdKeys[k] {
				t.Errorf("/%v: key %q is not in the documented shape", c["name"], k)
			}
		}
		opts, _ := c["options"].([]any)
		for _, o := range opts {
			for k, v := range o.(map[string]any) {
				if v != nil && !optKeys[k] {
					t.Errorf("/%v option: key %q is not in the documented shape", c["name"], k)
				}
			}
		}
	}
}

func TestHTTPModeRegistration(t *testing.T) {
	tests := []struct {
		name     string
		guilds   []string
		wantPath []string
	}{
		{"global", nil, []string{"/api/v9/applications/" + testAppID + "/commands"}},
		{"guild", []string{"300000000000000001"}, []string{"/api/v9/applications/" + testAppID + "/guilds/300000000000000001/commands"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fx := newHTTPFixture(t, func(o *Options, _ *Adapter) { o.GuildIDs = tc.guilds })
			var puts []seen
			for _, r := range fx.f.requests() {
				if r.Method == "PUT" {
					puts = append(puts, r)
				}
			}
			// newHTTPFixture waited for the first; let Run finish the rest.
			for len(puts) < len(tc.wantPath) {
				puts = append(puts, fx.f.wait("PUT", "/api/v9/applications/"))
			}
			for i, p := range tc.wantPath {
				if puts[i].Path != p {
					t.Errorf("PUT %s, want %s", puts[i].Path, p)
				}
				checkRegistration(t, puts[i].Body)
			}
		})
	}
}

func TestInvalidToken(t *testing.T) {
	tests := []struct {
		name string
		mode string
	}{
		{"gateway: REST check refuses the token", ModeGateway},
		{"http: registration refuses the token", ModeHTTP},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeDiscord(t)
			a, err := New(Options{Mode: tc.mode, BotToken: "revoked", ApplicationID: testAppID, PublicKey: newTestKey(t).hex(), APIURL: f.URL(), Logger: testLogger(t)})
			if err != nil {
				t.Fatal(err)
			}
			fastKnobs(a)
			stop, done := runAdapter(t, a, &recorder{})
			select {
			case <-done:
				err := stop()
				if !errors.Is(err, ErrInvalidToken) {
					t.Errorf("Run returned %v, want ErrInvalidToken", err)
				}
				if err != nil && strings.Contains(err.Error(), "revoked") {
					t.Errorf("error shows the token: %v", err)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("Run kept going with an invalid token")
			}
		})
	}
}

func TestGatewayClose4004Stops(t *testing.T) {
	f := newFakeDiscord(t)
	// REST accepts the token; the gateway then refuses it.
	f.gateway = func(c *websocket.Conn, _ int) {
		c.WriteJSON(gatewayMsg{Op: 10, D: json.RawMessage(`{"heartbeat_interval":45000}`)})
		var m gatewayMsg
		c.ReadJSON(&m)
		c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
	}
	a := newGatewayAdapter(t, f, testToken)
	stop, done := runAdapter(t, a, &recorder{})
	select {
	case <-done:
		err := stop()
		if !errors.Is(err, ErrInvalidToken) || !strings.Contains(err.Error(), "4004") {
			t.Errorf("Run returned %v, want ErrInvalidToken naming 4004", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run kept reconnecting after close code 4004")
	}
	if n := f.connections(); n != 1 {
		t.Errorf("%d gateway connections, want 1 (no retry loop)", n)
	}
}

func TestGatewayReconnects(t *testing.T) {
	f := newFakeDiscord(t)
	send := make(chan gatewayMsg, 4)
	ops := make(chan int, 4)
	f.gateway = func(c *websocket.Conn, n int) {
		switch n {
		case 1: // drop the first connection after READY
			ops <- gatewayHandshake(t, c)
			c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4000, "Unknown error."))
		case 2: // hang up on the second at once: back off, try again
			c.Close()
		default:
			ops <- gatewayHandshake(t, c)
			gatewayServe(c, send)
		}
	}
	h := &recorder{}
	a := newGatewayAdapter(t, f, testToken)
	stop, _ := runAdapter(t, a, h)
	if op := <-ops; op != 2 {
		t.Errorf("first connection sent op %d, want identify (2)", op)
	}
	if op := <-ops; op != 6 {
		t.Errorf("reconnection sent op %d, want resume (6)", op)
	}
	send <- interactionEvent(t, interaction(t, 2, "help"))
	if r := decode(t, f.wait("POST", "/api/v9/interactions/").Body); r.Type != callbackMessage {
		t.Errorf("after reconnecting, answered type %d", r.Type)
	}
	if err := stop(); err != nil {
		t.Errorf("Run: %v", err)
	}
}

func TestNewValidates(t *testing.T) {
	tests := []struct {
		name string
		o    Options
		want string
	}{
		{"nothing set", Options{}, "http mode needs DISCORD_PUBLIC_KEY"},
		{"bad public key", Options{Mode: ModeHTTP, PublicKey: "abc", ApplicationID: "1"}, "64 hex digits"},
		{"gateway without token", Options{Mode: ModeGateway}, "needs DISCORD_BOT_TOKEN"},
		{"unknown mode", Options{Mode: "socket", BotToken: "x"}, "neither"},
		{"bad api url", Options{BotToken: "x", APIURL: "localhost:1"}, "api_url"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.o)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New: %v, want an error saying %q", err, tc.want)
			}
		})
	}
}

func TestGatewayWaitsForDiscord(t *testing.T) {
	f := newFakeDiscord(t)
	var down atomic.Int32
	f.setHandle(func(w http.ResponseWriter, r *http.Request, _ []byte) bool {
		// Discord is down for the first six requests (more than one
		// call's retries), then back.
		if r.URL.Path == "/api/v9/users/@me" && down.Add(1) <= 6 {
			w.WriteHeader(http.StatusServiceUnavailable)
			return true
		}
		return false
	})
	a := newGatewayAdapter(t, f, testToken)
	runAdapter(t, a, &recorder{})
	f.wait("PUT", "/api/v9/applications/"+testAppID+"/commands")
	if n := down.Load(); n != 7 {
		t.Errorf("asked who the bot is %d times, want 7", n)
	}
}
