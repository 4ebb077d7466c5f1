package slack

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/stancebot/stancebot/bot"
)

// newSendAdapter builds an adapter posting to fake, over a real loopback
// server (socket) or straight into the handler (for synctest bubbles).
func newSendAdapter(t *testing.T, fake *fakeSlack, socket bool, interval time.Duration) *Adapter {
	t.Helper()
	o := Options{BotToken: testBotToken, SigningSecret: testSecret, PostInterval: interval}
	if socket {
		srv := httptest.NewServer(fake)
		t.Cleanup(srv.Close)
		o.APIURL = srv.URL + "/api"
	} else {
		o.APIURL = "http://slack.fake/api/"
		o.HTTPClient = &http.Client{Transport: handlerTransport{fake}}
	}
	a, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestSend429RetryAfter, over loopback: the first post is refused with
// 429 Retry-After: 1; the adapter waits, tries once more, and exactly
// one message is delivered.
func TestSend429RetryAfter(t *testing.T) {
	fake := newFakeSlack(t)
	fake.answer = func(method string, n int) (int, string) {
		if n == 1 {
			return http.StatusTooManyRequests, "1"
		}
		return 0, ""
	}
	a := newSendAdapter(t, fake, true, time.Millisecond)
	if err := a.Send(context.Background(), "C1", bot.Text("alert")); err != nil {
		t.Fatalf("Send: %v", err)
	}
	if n := fake.Calls("chat.postMessage"); n != 2 {
		t.Fatalf("%d calls, want 2 (refused, then retried)", n)
	}
	if posts := fake.Posts(); len(posts) != 1 {
		t.Fatalf("%d messages delivered, want 1", len(posts))
	}
	times := fake.Times("C1")
	if gap := times[1].Sub(times[0]); gap < time.Second {
		t.Fatalf("retried after %v, before Retry-After: 1", gap)
	}
}

// TestSendPacing runs in a synctest bubble (fake clock, no sockets): one
// message a second per channel; a 429 on one channel holds that channel
// only; 5xx are retried with backoff; a permanent error is not retried;
// ctx ends any wait.
func TestSendPacing(t *testing.T) {
	t.Run("one a second per channel, channels independent", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			fake := newFakeSlack(t)
			a := newSendAdapter(t, fake, false, time.Second)
			start := time.Now()
			done := make(chan error, 2)
			go func() {
				for range 3 {
					if err := a.Send(context.Background(), "C1", bot.Text("digest")); err != nil {
						done <- err
						return
					}
				}
				done <- nil
			}()
			go func() { done <- a.Send(context.Background(), "C2", bot.Text("alert")) }()
			for range 2 {
				if err := <-done; err != nil {
					t.Fatal(err)
				}
			}
			c1, c2 := fake.Times("C1"), fake.Times("C2")
			if len(c1) != 3 || len(c2) != 1 {
				t.Fatalf("calls C1=%d C2=%d", len(c1), len(c2))
			}
			for i, at := range c1 {
				if got, want := at.Sub(start), time.Duration(i)*time.Second; got != want {
					t.Errorf("C1 post %d at %v, want %v", i+1, got, want)
				}
			}
			if got := c2[0].Sub(start); got != 0 {
				t.Errorf("C2 waited %v for C1's pace", got)
			}
		})
	})
	t.Run("429 holds that channel only", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			fake := newFakeSlack(t)
			calls := 0
			fake.answer = func(method string, n int) (int, string) {
				calls++
				if calls == 1 {
					return http.StatusTooManyRequests, "30"
				}
				return 0, ""
			}
			a := newSendAdapter(t, fake, false, time.Second)
			start := time.Now()
			done := make(chan error, 1)
			go func() { done <- a.Send(context.Background(), "C1", bot.Text("held")) }()
			synctest.Wait() // C1's first post is refused, its retry waiting
			if err := a.Send(context.Background(), "C2", bot.Text("free")); err != nil {
				t.Fatal(err)
			}
			if got := time.Since(start); got != 0 {
				t.Errorf("C2 waited %v behind C1's Retry-After", got)
			}
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			c1 := fake.Times("C1")
			if len(c1) != 2 || c1[1].Sub(start) != 30*time.Second {
				t.Fatalf("C1 calls at %v, want a retry at 30s", c1)
			}
		})
	})
	t.Run("5xx retried with backoff", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			fake := newFakeSlack(t)
			fake.answer = func(method string, n int) (int, string) {
				if n <= 2 {
					return http.StatusServiceUnavailable, ""
				}
				return 0, ""
			}
			a := newSendAdapter(t, fake, false, time.Millisecond)
			start := time.Now()
			if err := a.Send(context.Background(), "C1", bot.Text("x")); err != nil {
				t.Fatal(err)
			}
			c1 := fake.Times("C1")
			if len(c1) != 3 || len(fake.Posts()) != 1 {
				t.Fatalf("%d calls, %d delivered; want 3 and 1", len(c1), len(fake.Posts()))
			}
			if got := c1[2].Sub(start); got < firstBackoff*3 {
				t.Errorf("third call at %v, want after backoffs of %v and %v", got, firstBackoff, 2*firstBackoff)
			}
		})
	})
	t.Run("5xx gives up after a few tries", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			fake := newFakeSlack(t)
			fake.answer = func(string, int) (int, string) { return http.StatusInternalServerError, "" }
			a := newSendAdapter(t, fake, false, time.Millisecond)
			err := a.Send(context.Background(), "C1", bot.Text("x"))
			if _, ok := errors.AsType[slackapi.StatusCodeError](err); !ok {
				t.Fatalf("Send = %v, want a StatusCodeError", err)
			}
			if n := fake.Calls("chat.postMessage"); n != maxAttempts {
				t.Fatalf("%d calls, want %d", n, maxAttempts)
			}
		})
	})
	t.Run("permanent error is not retried", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			fake := newFakeSlack(t)
			a := newSendAdapter(t, fake, false, time.Millisecond)
			err := a.Send(context.Background(), "C_MISSING", bot.Text("x"))
			if err == nil || !strings.Contains(err.Error(), "channel_not_found") {
				t.Fatalf("Send = %v, want channel_not_found", err)
			}
			if n := fake.Calls("chat.postMessage"); n != 1 {
				t.Fatalf("%d calls, want 1", n)
			}
		})
	})
	t.Run("ctx ends the wait for Retry-After", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			fake := newFakeSlack(t)
			fake.answer = func(string, int) (int, string) { return http.StatusTooManyRequests, "3600" }
			a := newSendAdapter(t, fake, false, time.Millisecond)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			start := time.Now()
			err := a.Send(ctx, "C1", bot.Text("x"))
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("Send = %v, want the deadline", err)
			}
			if got := time.Since(start); got != 10*time.Second {
				t.Fatalf("returned after %v, want at the 10s deadline", got)
			}
		})
	})
}

// TestSendSplitsAndKeepsOrder: a reply too long for one message arrives
// as several, in order, each accepted by the fake's limit checks.
func TestSendSplitsAndKeepsOrder(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		fake := newFakeSlack(t)
		a := newSendAdapter(t, fake, false, time.Second)
		reply := longReply(3)
		reply.Blocks = append(reply.Blocks, bot.Block{Kind: bot.Paragraph, Spans: []bot.Span{bot.T(strings.Repeat("Москва & Київ ", 1500))}})
		if err := a.Send(context.Background(), "C1", reply); err != nil {
			t.Fatal(err)
		}
		posts := fake.Posts()
		if len(posts) < 4 {
			t.Fatalf("%d messages, want the reply split into at least 4", len(posts))
		}
		for i, p := range posts[:3] {
			if want := `"Part ` + string(rune('1'+i)) + `"`; !strings.Contains(p.BlocksJSON, want) {
				t.Errorf("message %d lacks %s", i+1, want)
			}
		}
	})
}

// TestSendEscapesSourceText posts hostile source text and checks what
// Slack received: no mention syntax, parse=none, no link_names, and the
// escaped text still reads the same.
func TestSendEscapesSourceText(t *testing.T) {
	fake := newFakeSlack(t)
	a := newSendAdapter(t, fake, true, time.Millisecond)
	evidence := `Officials told <!channel> and <@U123> & <!here|here> "@everyone" that 2 < 3 > 1`
	r := bot.Reply{Blocks: []bot.Block{
		{Kind: bot.Paragraph, Spans: []bot.Span{bot.T(evidence)}},
		{Kind: bot.Quote, Spans: []bot.Span{bot.T(evidence)}},
		{Kind: bot.Context, Spans: []bot.Span{bot.L("<!channel>", "https://example.org/?a=<!here>"), bot.L("x", "!everyone")}},
	}}
	if err := a.Send(context.Background(), "C1", r); err != nil {
		t.Fatal(err)
	}
	p := fake.Posts()[0]
	for _, s := range []string{p.BlocksJSON, p.Text} {
		// The form value is the JSON text; decode its escapes for the
		// check by looking at the raw characters too.
		raw := strings.NewReplacer(`\u003c`, "<", `\u003e`, ">", `\u0026`, "&").Replace(s)
		if m := mentionRE.FindString(raw); m != "" {
			t.Errorf("%q reached Slack in %.200s", m, raw)
		}
	}
	if p.Params["parse"] != "none" {
		t.Errorf("parse=%q, want none", p.Params["parse"])
	}
	if _, ok := p.Params["link_names"]; ok {
		t.Error("link_names was sent")
	}
	if !strings.Contains(p.BlocksJSON, "2 \\u0026lt; 3 \\u0026gt; 1") {
		t.Errorf("comparison not escaped as text: %.300s", p.BlocksJSON)
	}
}
