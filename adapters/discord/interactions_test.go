package discord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/stancebot/stancebot/bot"
)

// fixedNow is the clock of the HTTP tests; requests are signed at it.
var fixedNow = time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)

// interaction builds an interaction body from the documented slash-command
// example (testdata), with our command, options and application id.
func interaction(t testing.TB, typ int, name string, options ...map[string]any) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "slash-command-interaction.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	m["type"] = typ
	m["application_id"] = testAppID
	opts := []any{}
	for _, o := range options {
		opts = append(opts, o)
	}
	m["data"] = map[string]any{"type": 1, "name": name, "id": "771825006014889984", "options": opts}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func opt(name, value string) map[string]any {
	return map[string]any{"type": 3, "name": name, "value": value}
}

func focused(name, value string) map[string]any {
	return map[string]any{"type": 3, "name": name, "value": value, "focused": true}
}

// The example interaction's token and ids.
const (
	exampleToken   = "A_UNIQUE_TOKEN"
	exampleChannel = "645027906669510667"
	exampleUser    = "53908232506183680"
)

type httpFixture struct {
	a   *Adapter
	f   *fakeDiscord
	key testKey
	srv *httptest.Server
	h   *recorder
}

// newHTTPFixture runs an HTTP-mode adapter against a fake Discord and
// serves its routes; it returns once the commands are registered.
func newHTTPFixture(t *testing.T, mod func(o *Options, a *Adapter)) *httpFixture {
	t.Helper()
	return newHTTPFixtureOn(t, newFakeDiscord(t), mod)
}

// newHTTPFixtureOn is newHTTPFixture against f, whose routes the test may
// have overridden.
func newHTTPFixtureOn(t *testing.T, f *fakeDiscord, mod func(o *Options, a *Adapter)) *httpFixture {
	t.Helper()
	fx := &httpFixture{f: f, key: newTestKey(t), h: &recorder{}}
	o := Options{
		Mode: ModeHTTP, PublicKey: fx.key.hex(), ApplicationID: testAppID, BotToken: testToken,
		APIURL: fx.f.URL(), Logger: testLogger(t), Now: func() time.Time { return fixedNow },
		Actors: []Choice{{"Russia", "russia"}, {"Belarus", "belarus"}, {"United States", "us"}},
		Topics: []Choice{{"PURL", "purl"}, {"Multinational force", "multinational_force"}},
	}
	a, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	fastKnobs(a)
	if mod != nil {
		mod(&a.o, a)
	}
	fx.a = a
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx, fx.h) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	fx.f.wait("PUT", "/api/v9/applications/")
	mux := http.NewServeMux()
	a.Routes(mux)
	fx.srv = httptest.NewServer(mux)
	t.Cleanup(fx.srv.Close)
	return fx
}

// post sends body to /discord/interactions with the given headers.
func (fx *httpFixture) post(t *testing.T, body []byte, sig, ts string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest("POST", fx.srv.URL+InteractionsPath, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if sig != "" {
		req.Header.Set(headerSignature, sig)
	}
	if ts != "" {
		req.Header.Set(headerTimestamp, ts)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

// signed posts body signed with the fixture's key at fixedNow.
func (fx *httpFixture) signed(t *testing.T, body []byte) (int, []byte) {
	sig, ts := fx.key.sign(body, fixedNow)
	return fx.post(t, body, sig, ts)
}

// response decodes an interaction callback.
type response struct {
	Type int `json:"type"`
	Data struct {
		Embeds          []*discordgo.MessageEmbed                   `json:"embeds"`
		AllowedMentions json.RawMessage                             `json:"allowed_mentions"`
		Flags           int                                         `json:"flags"`
		Choices         []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
	} `json:"data"`
}

func decode(t *testing.T, b []byte) response {
	t.Helper()
	var r response
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("response %s: %v", b, err)
	}
	return r
}

func TestSignatureMatrix(t *testing.T) {
	fx := newHTTPFixture(t, nil)
	other := newTestKey(t)
	body := interaction(t, 2, "position", opt("actor", "russia"), opt("topic", "purl"))
	sig, ts := fx.key.sign(body, fixedNow)
	changed := append([]byte(nil), body...)
	changed[len(changed)/2] ^= 0x01
	wrongSig, _ := other.sign(body, fixedNow)
	staleSig, staleTS := fx.key.sign(body, fixedNow.Add(-6*time.Minute))
	futureSig, futureTS := fx.key.sign(body, fixedNow.Add(6*time.Minute))
	wordSig := func() string {
		s, _ := fx.key.sign(body, fixedNow)
		return s
	}()

	tests := []struct {
		name      string
		body      []byte
		sig, ts   string
		wantCode  int
		wantCalls int
	}{
		{"valid", body, sig, ts, http.StatusOK, 1},
		{"wrong key", body, wrongSig, ts, http.StatusUnauthorized, 0},
		{"body changed by one byte", changed, sig, ts, http.StatusUnauthorized, 0},
		{"signature header missing", body, "", ts, http.StatusUnauthorized, 0},
		{"timestamp header missing", body, sig, "", http.StatusUnauthorized, 0},
		{"signature not hex", body, "zz" + sig[2:], ts, http.StatusUnauthorized, 0},
		{"signature too short", body, sig[:64], ts, http.StatusUnauthorized, 0},
		{"timestamp changed", body, sig, fmt.Sprint(fixedNow.Unix() + 1), http.StatusUnauthorized, 0},
		{"stale timestamp", body, staleSig, staleTS, http.StatusUnauthorized, 0},
		{"timestamp from the future", body, futureSig, futureTS, http.StatusUnauthorized, 0},
		{"timestamp not a number", body, wordSig, "noon", http.StatusUnauthorized, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			callsBefore := len(fx.h.messages())
			reqsBefore := len(fx.f.requests())
			code, _ := fx.post(t, tc.body, tc.sig, tc.ts)
			if code != tc.wantCode {
				t.Errorf("status %d, want %d", code, tc.wantCode)
			}
			if got := len(fx.h.messages()) - callsBefore; got != tc.wantCalls {
				t.Errorf("handler called %d times, want %d", got, tc.wantCalls)
			}
			if tc.wantCalls == 0 {
				if n := len(fx.f.requests()) - reqsBefore; n != 0 {
					t.Errorf("a refused request caused %d calls to Discord", n)
				}
			}
		})
	}
}

func TestBodyTooLarge(t *testing.T) {
	fx := newHTTPFixture(t, func(_ *Options, a *Adapter) { a.maxBody = 512 })
	body := interaction(t, 2, "position", opt("actor", strings.Repeat("r", 1000)), opt("topic", "purl"))
	code, _ := fx.signed(t, body)
	if code != http.StatusRequestEntityTooLarge {
		t.Errorf("status %d, want 413", code)
	}
	if n := len(fx.h.messages()); n != 0 {
		t.Errorf("handler called %d times", n)
	}
}

func TestPing(t *testing.T) {
	fx := newHTTPFixture(t, nil)
	code, b := fx.signed(t, []byte(`{"type":1,"id":"1","application_id":"`+testAppID+`","token":"t","version":1}`))
	if code != http.StatusOK || strings.TrimSpace(string(b)) != `{"type":1}` {
		t.Errorf("PING answered %d %s, want 200 {\"type\":1}", code, b)
	}
}

func TestCommandAnsweredAtOnce(t *testing.T) {
	fx := newHTTPFixture(t, nil)
	fx.h.reply = func(context.Context, bot.Message) bot.Reply { return positionReply() }
	// Options in the other order than registered, as a client may send them.
	code, b := fx.signed(t, interaction(t, 2, "position", opt("topic", "purl"), opt("actor", "russia")))
	if code != http.StatusOK {
		t.Fatalf("status %d: %s", code, b)
	}
	r := decode(t, b)
	if r.Type != callbackMessage {
		t.Errorf("type %d, want 4", r.Type)
	}
	if len(r.Data.Embeds) == 0 || r.Data.Embeds[0].Title != "Russia opposes PURL" {
		t.Errorf("embeds = %+v", r.Data.Embeds)
	}
	if err := noMentionsJSON(r.Data.AllowedMentions); err != nil {
		t.Error(err)
	}
	msgs := fx.h.messages()
	if len(msgs) != 1 {
		t.Fatalf("handler called %d times", len(msgs))
	}
	want := bot.Message{Platform: "discord", Channel: exampleChannel, User: exampleUser, Text: "/position russia purl", Admin: true}
	if msgs[0] != want {
		t.Errorf("message = %+v, want %+v", msgs[0], want)
	}
}

func TestEphemeralReply(t *testing.T) {
	fx := newHTTPFixture(t, nil)
	fx.h.reply = func(context.Context, bot.Message) bot.Reply {
		r := bot.Text("only you can see this")
		r.Ephemeral = true
		return r
	}
	_, b := fx.signed(t, interaction(t, 2, "help"))
	if r := decode(t, b); r.Data.Flags != int(discordgo.MessageFlagsEphemeral) {
		t.Errorf("flags = %d, want ephemeral (64)", r.Data.Flags)
	}
}

func TestDeferredFlow(t *testing.T) {
	fx := newHTTPFixture(t, func(_ *Options, a *Adapter) { a.deferAfter = 20 * time.Millisecond })
	release := make(chan struct{})
	fx.h.reply = func(context.Context, bot.Message) bot.Reply {
		<-release // slower than the deadline, whatever it is
		return positionReply()
	}
	code, b := fx.signed(t, interaction(t, 2, "position", opt("actor", "russia"), opt("topic", "purl")))
	if code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	r := decode(t, b)
	if r.Type != callbackDeferred {
		t.Fatalf("type %d, want 5 (deferred)", r.Type)
	}
	if err := noMentionsJSON(r.Data.AllowedMentions); err != nil {
		t.Error(err)
	}
	close(release)
	edit := fx.f.wait("PATCH", "/api/v9/webhooks/"+testAppID+"/"+exampleToken+"/messages/@original")
	var body struct {
		Embeds []*discordgo.MessageEmbed `json:"embeds"`
	}
	if err := json.Unmarshal(edit.Body, &body); err != nil {
		t.Fatal(err)
	}
	if len(body.Embeds) == 0 || body.Embeds[0].Title != "Russia opposes PURL" {
		t.Errorf("edit carried %s", edit.Body)
	}
	assertNoMentions(t, fx.f.requests())
}

func TestLongReplyFollowUps(t *testing.T) {
	long := bot.Reply{Blocks: []bot.Block{{Kind: bot.Heading, Spans: []bot.Span{bot.T("Digest")}}}}
	for i := 0; i < 300; i++ {
		long.Blocks = append(long.Blocks, bot.Block{Kind: bot.Quote, Spans: []bot.Span{bot.T(fmt.Sprintf("statement %03d: %s", i, strings.Repeat("words ", 10)))}})
	}
	want := len(RenderEmbeds(long))
	if want < 3 {
		t.Fatalf("test reply renders as %d messages; make it longer", want)
	}
	tests := []struct {
		name       string
		deferAfter time.Duration
		slow       bool
	}{
		{"answered at once", 10 * time.Second, false},
		{"deferred", 10 * time.Millisecond, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fx := newHTTPFixture(t, func(_ *Options, a *Adapter) { a.deferAfter = tc.deferAfter })
			release := make(chan struct{})
			fx.h.reply = func(context.Context, bot.Message) bot.Reply {
				if tc.slow {
					<-release
				}
				return long
			}
			_, b := fx.signed(t, interaction(t, 2, "statements", opt("actor", "russia")))
			first := decode(t, b)
			close(release)
			if tc.slow {
				fx.f.wait("PATCH", "/api/v9/webhooks/"+testAppID+"/"+exampleToken+"/messages/@original")
			} else if len(first.Data.Embeds) == 0 || first.Data.Embeds[0].Title != "Digest" {
				t.Errorf("first message = %+v", first.Data.Embeds)
			}
			for i := 1; i < want; i++ {
				s := fx.f.wait("POST", "/api/v9/webhooks/"+testAppID+"/"+exampleToken)
				var m discordgo.MessageSend
				if err := json.Unmarshal(s.Body, &m); err != nil {
					t.Fatal(err)
				}
				m.AllowedMentions = noMentions()
				if err := CheckLimits(&m); err != nil {
					t.Errorf("follow-up %d: %v", i, err)
				}
				if want := fmt.Sprintf("statement %03d", 0); i == 1 && strings.Contains(m.Embeds[0].Description, want) {
					t.Errorf("follow-up repeats the first message")
				}
			}
			assertNoMentions(t, fx.f.requests())
		})
	}
}

func TestExpiredTokenDropsAnswer(t *testing.T) {
	handled := make(chan error, 1)
	fx := newHTTPFixture(t, func(_ *Options, a *Adapter) {
		a.deferAfter = time.Millisecond
		a.tokenTTL = 50 * time.Millisecond
	})
	fx.h.reply = func(ctx context.Context, _ bot.Message) bot.Reply {
		<-ctx.Done()
		handled <- ctx.Err()
		return bot.Text("too late")
	}
	_, b := fx.signed(t, interaction(t, 2, "sources"))
	if r := decode(t, b); r.Type != callbackDeferred {
		t.Fatalf("type %d, want 5", r.Type)
	}
	if err := <-handled; !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("handler context ended with %v, want the token deadline", err)
	}
	fx.a.wg.Wait() // the flow has finished
	for _, r := range fx.f.requests() {
		if r.Method == "PATCH" || strings.HasPrefix(r.Path, "/api/v9/webhooks/") {
			t.Errorf("%s %s sent after the token expired", r.Method, r.Path)
		}
	}
}

func TestAutocomplete(t *testing.T) {
	many := []Choice{{"Russia", "russia"}, {"Belarus", "belarus"}}
	for i := 0; i < 40; i++ {
		many = append(many, Choice{fmt.Sprintf("Actor %02d", i), fmt.Sprintf("actor_%02d", i)})
	}
	fx := newHTTPFixture(t, func(o *Options, _ *Adapter) { o.Actors = many })
	tests := []struct {
		name    string
		options []map[string]any
		want    []string // values, in order; nil: only check the count
		count   int
	}{
		{"prefix first, then contains", []map[string]any{focused("actor", "rus")}, []string{"russia", "belarus"}, 2},
		{"case-insensitive", []map[string]any{focused("actor", "RUSS")}, []string{"russia"}, 1},
		{"empty offers the first 25", []map[string]any{focused("actor", "")}, nil, 25},
		{"topic focused", []map[string]any{opt("actor", "russia"), focused("topic", "pu")}, []string{"purl"}, 1},
		{"no match", []map[string]any{focused("actor", "zzz")}, []string{}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, b := fx.signed(t, interaction(t, 4, "position", tc.options...))
			if code != http.StatusOK {
				t.Fatalf("status %d", code)
			}
			if !bytes.Contains(b, []byte(`"choices":[`)) {
				t.Errorf("choices missing: %s", b)
			}
			r := decode(t, b)
			if r.Type != callbackAutocomplete {
				t.Errorf("type %d, want 8", r.Type)
			}
			if len(r.Data.Choices) != tc.count {
				t.Errorf("%d choices, want %d", len(r.Data.Choices), tc.count)
			}
			if tc.want != nil {
				var got []string
				for _, c := range r.Data.Choices {
					got = append(got, fmt.Sprint(c.Value))
				}
				if strings.Join(got, ",") != strings.Join(tc.want, ",") {
					t.Errorf("choices %v, want %v", got, tc.want)
				}
			}
		})
	}
	if n := len(fx.h.messages()); n != 0 {
		t.Errorf("autocomplete reached the bot core %d times", n)
	}
}

func TestComponentInteraction(t *testing.T) {
	fx := newHTTPFixture(t, nil)
	raw, err := os.ReadFile(filepath.Join("testdata", "component-interaction-partial.json"))
	if err != nil {
		t.Fatal(err)
	}
	var partial map[string]any
	json.Unmarshal(raw, &partial)
	var full map[string]any
	json.Unmarshal(interaction(t, 2, "x"), &full)
	full["type"], full["data"] = partial["type"], partial["data"]
	body, _ := json.Marshal(full)
	code, b := fx.signed(t, body)
	r := decode(t, b)
	if code != http.StatusOK || r.Type != callbackMessage || r.Data.Flags != int(discordgo.MessageFlagsEphemeral) {
		t.Errorf("component answered %d %s, want an ephemeral message", code, b)
	}
}

func TestInteractionBeforeRun(t *testing.T) {
	key := newTestKey(t)
	a, err := New(Options{Mode: ModeHTTP, PublicKey: key.hex(), ApplicationID: testAppID, Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	a.Routes(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	fx := &httpFixture{a: a, key: key, srv: srv}
	if code, b := fx.signed(t, []byte(`{"type":1}`)); code != 200 || strings.TrimSpace(string(b)) != `{"type":1}` {
		t.Errorf("PING before Run: %d %s", code, b)
	}
	_, b := fx.signed(t, interaction(t, 2, "help"))
	if r := decode(t, b); r.Type != callbackMessage || r.Data.Flags != int(discordgo.MessageFlagsEphemeral) {
		t.Errorf("command before Run: %s, want an ephemeral message", b)
	}
}

func TestMessageFor(t *testing.T) {
	tests := []struct {
		name      string
		in        discordgo.Interaction
		wantUser  string
		wantAdmin bool
	}{
		{"member who manages the server", discordgo.Interaction{Member: &discordgo.Member{User: &discordgo.User{ID: "1"}, Permissions: discordgo.PermissionManageGuild}}, "1", true},
		{"administrator", discordgo.Interaction{Member: &discordgo.Member{User: &discordgo.User{ID: "2"}, Permissions: discordgo.PermissionAdministrator}}, "2", true},
		{"plain member", discordgo.Interaction{Member: &discordgo.Member{User: &discordgo.User{ID: "3"}, Permissions: discordgo.PermissionSendMessages}}, "3", false},
		{"direct message", discordgo.Interaction{User: &discordgo.User{ID: "4"}}, "4", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := messageFor(&tc.in, "/help")
			if m.User != tc.wantUser || m.Admin != tc.wantAdmin || m.Platform != "discord" {
				t.Errorf("got %+v", m)
			}
		})
	}
}

func TestCommandText(t *testing.T) {
	o := func(name string, v any) *discordgo.ApplicationCommandInteractionDataOption {
		return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: v}
	}
	tests := []struct {
		name string
		data discordgo.ApplicationCommandInteractionData
		want string
	}{
		{"position", discordgo.ApplicationCommandInteractionData{Name: "position", Options: []*discordgo.ApplicationCommandInteractionDataOption{o("actor", "russia"), o("topic", "purl")}}, "/position russia purl"},
		{"options out of order", discordgo.ApplicationCommandInteractionData{Name: "position", Options: []*discordgo.ApplicationCommandInteractionDataOption{o("topic", "purl"), o("actor", "russia")}}, "/position russia purl"},
		{"multi-word names are quoted", discordgo.ApplicationCommandInteractionData{Name: "position", Options: []*discordgo.ApplicationCommandInteractionDataOption{o("actor", "Russian  Foreign\tMinistry"), o("topic", `"PURL"`)}}, `/position "Russian Foreign Ministry" PURL`},
		{"optional topic left out", discordgo.ApplicationCommandInteractionData{Name: "statements", Options: []*discordgo.ApplicationCommandInteractionDataOption{o("actor", "russia")}}, "/statements russia"},
		{"no options", discordgo.ApplicationCommandInteractionData{Name: "help"}, "/help"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := commandText(tc.data); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestParseExampleInteraction(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "slash-command-interaction.json"))
	if err != nil {
		t.Fatal(err)
	}
	var in discordgo.Interaction
	if err := json.Unmarshal(raw, &in); err != nil {
		t.Fatal(err)
	}
	m := messageFor(&in, commandText(in.ApplicationCommandData()))
	want := bot.Message{Platform: "discord", Channel: exampleChannel, User: exampleUser, Text: `/cardsearch "The Gitrog Monster"`, Admin: true}
	if m != want {
		t.Errorf("got %+v, want %+v", m, want)
	}
}

func FuzzVerify(f *testing.F) {
	key := newTestKey(f)
	now := fixedNow
	body := []byte(`{"type":1}`)
	sig, ts := key.sign(body, now)
	f.Add(sig, ts, body)
	f.Add("", ts, body)
	f.Add(sig, "", body)
	f.Add("zz", "1", []byte{})
	f.Add(sig, ts+"0", body)
	f.Fuzz(func(t *testing.T, sig, ts string, body []byte) {
		if verify(key.pub, now, defaultMaxSkew, sig, ts, body) != nil {
			return
		}
		// Accepted: it must be our key's own signature over ts+body
		// (Ed25519 signatures are deterministic and, verified strictly,
		// unique), with a timestamp within the allowed skew.
		got, err := hex.DecodeString(sig)
		if err != nil || !bytes.Equal(got, ed25519.Sign(key.priv, append([]byte(ts), body...))) {
			t.Fatalf("accepted a signature that is not ours: sig=%q ts=%q", sig, ts)
		}
		sec, err := strconv.ParseInt(ts, 10, 64)
		if err != nil || now.Sub(time.Unix(sec, 0)).Abs() > defaultMaxSkew {
			t.Fatalf("accepted timestamp %q", ts)
		}
	})
}

func BenchmarkVerify(b *testing.B) {
	key := newTestKey(b)
	body := interaction(b, 2, "position", opt("actor", "russia"), opt("topic", "purl"))
	sig, ts := key.sign(body, fixedNow)
	for b.Loop() {
		if err := verify(key.pub, fixedNow, defaultMaxSkew, sig, ts, body); err != nil {
			b.Fatal(err)
		}
	}
}
