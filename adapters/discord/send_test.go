package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/stancebot/stancebot/bot"
)

const (
	testChannel      = "645027906669510667"
	testWebhookID    = "123456789012345678"
	testWebhookToken = "wh-secret-token_ABCDEFGHIJ"
)

func newSendAdapter(t *testing.T, f *fakeDiscord, token string) *Adapter {
	t.Helper()
	a, err := New(Options{Mode: ModeGateway, BotToken: token, APIURL: f.URL(), Logger: testLogger(t)})
	if token == "" {
		a, err = New(Options{Mode: ModeHTTP, PublicKey: newTestKey(t).hex(), ApplicationID: testAppID, APIURL: f.URL(), Logger: testLogger(t)})
	}
	if err != nil {
		t.Fatal(err)
	}
	fastKnobs(a)
	return a
}

// sourceText is what a hostile or careless source might write.
const sourceText = "@everyone look: <@&987654321> and @here, **now**"

func alert() bot.Reply {
	return bot.Reply{Blocks: []bot.Block{
		{Kind: bot.Heading, Spans: []bot.Span{bot.T("Russia opposes PURL")}},
		{Kind: bot.Quote, Spans: []bot.Span{bot.T(sourceText)}},
		{Kind: bot.Context, Spans: []bot.Span{bot.L("TASS", "https://example.org/tass")}},
	}}
}

func TestSendToChannel(t *testing.T) {
	f := newFakeDiscord(t)
	a := newSendAdapter(t, f, testToken)
	if err := a.Send(context.Background(), testChannel, alert()); err != nil {
		t.Fatal(err)
	}
	reqs := f.requests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests, want 1", len(reqs))
	}
	r := reqs[0]
	if r.Method != "POST" || r.Path != "/api/v9/channels/"+testChannel+"/messages" {
		t.Errorf("sent %s %s", r.Method, r.Path)
	}
	if r.Auth != "Bot "+testToken {
		t.Errorf("authorization %q", r.Auth)
	}
	var m discordgo.MessageSend
	if err := json.Unmarshal(r.Body, &m); err != nil {
		t.Fatal(err)
	}
	if pings.MatchString(string(r.Body)) || pings.MatchString(m.Embeds[0].Description) {
		t.Errorf("source text can ping: %s", m.Embeds[0].Description)
	}
	if !strings.Contains(m.Embeds[0].Description, "@\u200beveryone") {
		t.Errorf("source text lost: %q", m.Embeds[0].Description)
	}
	assertNoMentions(t, reqs)
}

func TestSendToWebhook(t *testing.T) {
	f := newFakeDiscord(t)
	tests := []struct {
		name, url string
	}{
		{"discord.com", "https://discord.com/api/webhooks/" + testWebhookID + "/" + testWebhookToken},
		{"versioned, discordapp.com", "https://discordapp.com/api/v10/webhooks/" + testWebhookID + "/" + testWebhookToken},
		{"the configured api_url host", f.URL() + "/api/webhooks/" + testWebhookID + "/" + testWebhookToken},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := newSendAdapter(t, f, "") // no bot token needed
			if err := a.Send(context.Background(), tc.url, alert()); err != nil {
				t.Fatal(err)
			}
			r := f.wait("POST", "/api/v9/webhooks/")
			if r.Path != "/api/v9/webhooks/"+testWebhookID+"/"+testWebhookToken || r.Query != "wait=true" {
				t.Errorf("sent to %s?%s", r.Path, r.Query)
			}
			if r.Auth != "" {
				t.Errorf("webhook request carried authorization %q", r.Auth)
			}
		})
	}
	assertNoMentions(t, f.requests())
}

func TestSendRejectsBadTargets(t *testing.T) {
	f := newFakeDiscord(t)
	tests := []struct {
		name, token, channel, want string
	}{
		{"not discord", testToken, "https://evil.example/api/webhooks/" + testWebhookID + "/" + testWebhookToken, "not a Discord webhook URL"},
		{"channel without bot token", "", testChannel, "needs DISCORD_BOT_TOKEN"},
		{"name instead of id", testToken, "#desk", "neither a channel id nor a webhook URL"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := newSendAdapter(t, f, tc.token)
			err := a.Send(context.Background(), tc.channel, alert())
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one saying %q", err, tc.want)
			}
			if err != nil && strings.Contains(err.Error(), testWebhookToken) {
				t.Errorf("error reveals the webhook token: %v", err)
			}
		})
	}
	if n := len(f.requests()); n != 0 {
		t.Errorf("%d requests sent for bad targets", n)
	}
}

func TestSendHonoursRetryAfter(t *testing.T) {
	f := newFakeDiscord(t)
	var calls atomic.Int32
	f.setHandle(func(w http.ResponseWriter, r *http.Request, _ []byte) bool {
		if calls.Add(1) == 1 {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprint(w, `{"message": "You are being rate limited.", "retry_after": 0.2, "global": false}`)
			return true
		}
		return false
	})
	a := newSendAdapter(t, f, testToken)
	if err := a.Send(context.Background(), testChannel, alert()); err != nil {
		t.Fatal(err)
	}
	reqs := f.requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests, want 2 (one refused, one delivered)", len(reqs))
	}
	if gap := reqs[1].At.Sub(reqs[0].At); gap < 200*time.Millisecond {
		t.Errorf("retried after %s, before retry_after (200ms)", gap)
	}
	assertNoMentions(t, reqs)
}

func TestSendFollowsRateLimitBucket(t *testing.T) {
	f := newFakeDiscord(t)
	var calls atomic.Int32
	f.setHandle(func(w http.ResponseWriter, r *http.Request, _ []byte) bool {
		if calls.Add(1) == 1 {
			// The bucket is empty for the next 300 ms.
			w.Header().Set("X-RateLimit-Limit", "5")
			w.Header().Set("X-RateLimit-Remaining", "0")
			w.Header().Set("X-RateLimit-Reset-After", "0.3")
			w.Header().Set("X-RateLimit-Bucket", "channel-bucket")
		}
		return false
	})
	a := newSendAdapter(t, f, testToken)
	for i := 0; i < 2; i++ {
		if err := a.Send(context.Background(), testChannel, alert()); err != nil {
			t.Fatal(err)
		}
	}
	reqs := f.requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests, want 2", len(reqs))
	}
	if gap := reqs[1].At.Sub(reqs[0].At); gap < 300*time.Millisecond {
		t.Errorf("second message after %s, before the bucket reset (300ms); no 429 should be needed", gap)
	}
}

func TestSendRateLimitTooLong(t *testing.T) {
	f := newFakeDiscord(t)
	f.setHandle(func(w http.ResponseWriter, r *http.Request, _ []byte) bool {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusTooManyRequests)
		fmt.Fprint(w, `{"message": "You are being rate limited.", "retry_after": 3600, "global": true}`)
		return true
	})
	a := newSendAdapter(t, f, testToken)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err := a.Send(ctx, testChannel, alert())
	var se *SendError
	if !errors.As(err, &se) {
		t.Fatalf("error %v, want a *SendError", err)
	}
	if !se.Temporary || se.RetryAfter != time.Hour || se.Status != 429 {
		t.Errorf("got %+v, want a temporary 429 asking for an hour", se)
	}
	if n := len(f.requests()); n != 1 {
		t.Errorf("%d requests; an hour's retry_after is for the caller to schedule", n)
	}
}

func TestSendErrors(t *testing.T) {
	tests := []struct {
		name          string
		status        int
		body          string
		failures      int32 // how many requests fail before one succeeds
		wantErr       bool
		wantTemporary bool
		wantInvalid   bool
		wantRequests  int
	}{
		{"server error then success", 500, `{"message":"oops","code":0}`, 1, false, false, false, 2},
		{"server error every time", 503, `{"message":"down","code":0}`, 100, true, true, false, defaultAttempts},
		{"bad request is not retried", 400, `{"message":"Invalid Form Body","code":50035}`, 100, true, false, false, 1},
		{"missing access", 403, `{"message":"Missing Access","code":50001}`, 100, true, false, false, 1},
		{"invalid token", 401, `{"message":"401: Unauthorized","code":0}`, 100, true, false, true, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeDiscord(t)
			var calls atomic.Int32
			f.setHandle(func(w http.ResponseWriter, r *http.Request, _ []byte) bool {
				if calls.Add(1) > tc.failures {
					return false
				}
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(tc.status)
				fmt.Fprint(w, tc.body)
				return true
			})
			a := newSendAdapter(t, f, testToken)
			err := a.Send(context.Background(), testChannel, alert())
			if (err != nil) != tc.wantErr {
				t.Fatalf("error %v, want error %v", err, tc.wantErr)
			}
			if n := len(f.requests()); n != tc.wantRequests {
				t.Errorf("%d requests, want %d", n, tc.wantRequests)
			}
			if !tc.wantErr {
				return
			}
			if got := errors.Is(err, ErrInvalidToken); got != tc.wantInvalid {
				t.Errorf("errors.Is(ErrInvalidToken) = %v for %v", got, err)
			}
			var se *SendError
			if errors.As(err, &se) && se.Temporary != tc.wantTemporary {
				t.Errorf("Temporary = %v, want %v (%v)", se.Temporary, tc.wantTemporary, err)
			}
		})
	}
}

func TestSendErrorHidesWebhookToken(t *testing.T) {
	f := newFakeDiscord(t)
	f.setHandle(func(w http.ResponseWriter, r *http.Request, _ []byte) bool {
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprint(w, `{"message":"Unknown Webhook","code":10015}`)
		return true
	})
	a := newSendAdapter(t, f, "")
	err := a.Send(context.Background(), "https://discord.com/api/webhooks/"+testWebhookID+"/"+testWebhookToken, alert())
	if err == nil {
		t.Fatal("no error for an unknown webhook")
	}
	if strings.Contains(err.Error(), testWebhookToken) {
		t.Errorf("error reveals the token: %v", err)
	}
	// A network error names the URL; the token must not show there either.
	f.srv.Close()
	err = a.Send(context.Background(), "https://discord.com/api/webhooks/"+testWebhookID+"/"+testWebhookToken, alert())
	if err == nil || strings.Contains(err.Error(), testWebhookToken) {
		t.Errorf("network error = %v", err)
	}
}

func TestSendLongReplyInOrder(t *testing.T) {
	f := newFakeDiscord(t)
	a := newSendAdapter(t, f, testToken)
	var r bot.Reply
	for i := 0; i < 200; i++ {
		r.Blocks = append(r.Blocks, bot.Block{Kind: bot.Paragraph, Spans: []bot.Span{bot.T(fmt.Sprintf("item %03d %s", i, strings.Repeat("text ", 20)))}})
	}
	if err := a.Send(context.Background(), testChannel, r); err != nil {
		t.Fatal(err)
	}
	reqs := f.requests()
	if len(reqs) < 2 {
		t.Fatalf("%d messages, want several", len(reqs))
	}
	last := -1
	for _, q := range reqs {
		var m discordgo.MessageSend
		json.Unmarshal(q.Body, &m)
		m.AllowedMentions = noMentions()
		if err := CheckLimits(&m); err != nil {
			t.Error(err)
		}
		var first int
		fmt.Sscanf(strings.TrimPrefix(m.Embeds[0].Description, "item "), "%d", &first)
		if first <= last {
			t.Errorf("message starting at item %d after item %d", first, last)
		}
		last = first
	}
	assertNoMentions(t, reqs)
}

func TestSendEmptyReply(t *testing.T) {
	f := newFakeDiscord(t)
	a := newSendAdapter(t, f, testToken)
	if err := a.Send(context.Background(), testChannel, bot.Reply{}); err != nil {
		t.Fatal(err)
	}
	if n := len(f.requests()); n != 0 {
		t.Errorf("an empty reply sent %d messages", n)
	}
}
