package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/stancebot/stancebot/bot"
)

// SendError is what Send returns when Discord did not take a message:
// whether trying again later may work, how long Discord asked to wait,
// and how many of the reply's messages were posted before it failed
// (a retry that posts the whole reply again repeats those).
type SendError struct {
	Status     int           // HTTP status, 0 when the request never got an answer
	Temporary  bool          // a 429, a 5xx or a network error: try again later
	RetryAfter time.Duration // from a 429, when Discord said
	Sent       int           // messages of the reply already posted
	Err        error
}

func (e *SendError) Error() string {
	s := "discord: send"
	if e.Status != 0 {
		s += fmt.Sprintf(": HTTP %d", e.Status)
	}
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return s + ": " + e.Err.Error()
}

func (e *SendError) Unwrap() error { return e.Err }

// Send posts a reply to channel: a channel id (needs the bot token) or a
// channel webhook URL (https://discord.com/api/webhooks/ID/TOKEN, no bot
// needed). Long replies go as several messages, in order. A 429 waits for
// retry_after (up to 30 s, with ctx) and tries again; anything else that
// fails returns a *SendError (errors.As) saying whether to retry later,
// or ErrInvalidToken.
func (a *Adapter) Send(ctx context.Context, channel string, r bot.Reply) error {
	msgs := RenderEmbeds(r)
	if len(msgs) == 0 {
		return nil
	}
	for _, m := range msgs {
		if err := CheckLimits(m); err != nil {
			return fmt.Errorf("discord: render: %w", err)
		}
	}
	post, secret, err := a.poster(channel)
	if err != nil {
		return err
	}
	for i, m := range msgs {
		if err := a.call(ctx, secret, func(opts ...discordgo.RequestOption) error { return post(m, opts...) }); err != nil {
			var se *SendError
			if errors.As(err, &se) {
				se.Sent = i
			}
			return err
		}
	}
	a.log.DebugContext(ctx, "posted", slog.Int("messages", len(msgs)), slog.Bool("webhook", secret != ""))
	return nil
}

type postFunc func(m *discordgo.MessageSend, opts ...discordgo.RequestOption) error

// poster picks how to post to channel, and the secret its URLs carry
// (the webhook token) so errors can hide it.
func (a *Adapter) poster(channel string) (postFunc, string, error) {
	channel = strings.TrimSpace(channel)
	if id, token, ok := a.parseWebhookURL(channel); ok {
		return func(m *discordgo.MessageSend, opts ...discordgo.RequestOption) error {
			_, err := a.session.WebhookExecute(id, token, true, &discordgo.WebhookParams{
				Content:         m.Content,
				Embeds:          m.Embeds,
				AllowedMentions: m.AllowedMentions,
			}, opts...)
			return err
		}, token, nil
	}
	if strings.Contains(channel, "/") {
		return nil, "", fmt.Errorf("discord: %q is not a Discord webhook URL (want https://discord.com/api/webhooks/ID/TOKEN)", redactURL(channel))
	}
	if !snowflake.MatchString(channel) {
		return nil, "", fmt.Errorf("discord: channel %q is neither a channel id nor a webhook URL", channel)
	}
	if a.o.BotToken == "" {
		return nil, "", fmt.Errorf("discord: posting to channel %s needs DISCORD_BOT_TOKEN (or use a webhook URL)", channel)
	}
	return func(m *discordgo.MessageSend, opts ...discordgo.RequestOption) error {
		_, err := a.session.ChannelMessageSendComplex(channel, m, opts...)
		return err
	}, "", nil
}

var snowflake = regexp.MustCompile(`^[0-9]{5,20}$`)

// webhookPath matches /api/webhooks/ID/TOKEN and /api/vN/webhooks/ID/TOKEN.
var webhookPath = regexp.MustCompile(`^/api(?:/v[0-9]+)?/webhooks/([0-9]{5,20})/([A-Za-z0-9_\-.]{10,200})/?$`)

// parseWebhookURL splits a channel webhook URL into id and token. It must
// be on a Discord host, or on the configured api_url's host.
func (a *Adapter) parseWebhookURL(s string) (id, token string, ok bool) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		return "", "", false
	}
	host := strings.ToLower(u.Host)
	if !isDiscordHost(host) {
		api, err := url.Parse(a.o.APIURL)
		if a.o.APIURL == "" || err != nil || !strings.EqualFold(api.Host, host) {
			return "", "", false
		}
	}
	m := webhookPath.FindStringSubmatch(u.Path)
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

// redactURL hides everything after /webhooks/ID/ in a URL.
func redactURL(s string) string {
	if i := strings.Index(s, "/webhooks/"); i >= 0 {
		rest := s[i+len("/webhooks/"):]
		if j := strings.Index(rest, "/"); j >= 0 {
			return s[:i] + "/webhooks/" + rest[:j] + "/<redacted>"
		}
	}
	return s
}

// redacted is an error whose text hides a secret (a webhook or interaction
// token that discordgo and net/http put in URLs), still unwrapping to the
// original.
type redacted struct {
	err    error
	secret string
}

func (r *redacted) Error() string {
	return strings.ReplaceAll(r.err.Error(), r.secret, "<redacted>")
}
func (r *redacted) Unwrap() error { return r.err }

func redact(err error, secret string) error {
	if err == nil || secret == "" {
		return err
	}
	return &redacted{err: err, secret: secret}
}

// call runs one REST request with the context, without discordgo's own
// blocking 429 retry, and retries it: a 429 after retry_after (when that is
// within maxWait), a 5xx or a network error after a pause, up to attempts
// in all. It returns ErrInvalidToken on 401, else a *SendError.
func (a *Adapter) call(ctx context.Context, secret string, fn func(opts ...discordgo.RequestOption) error) error {
	opts := []discordgo.RequestOption{
		discordgo.WithContext(ctx),
		discordgo.WithRetryOnRatelimit(false),
	}
	var last *SendError
	for attempt := 1; ; attempt++ {
		err := fn(opts...)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("discord: %w", ctx.Err())
		}
		se := classify(err)
		se.Err = redact(a.api.realURL(se.Err), secret)
		if errors.Is(err, discordgo.ErrUnauthorized) || se.Status == http.StatusUnauthorized {
			return fmt.Errorf("%w: %w", ErrInvalidToken, se)
		}
		last = se
		if !se.Temporary || attempt >= a.attempts {
			return last
		}
		wait := a.retryWait
		if se.Status == http.StatusTooManyRequests {
			wait = se.RetryAfter
			if wait <= 0 {
				wait = time.Second
			}
			if wait > a.maxWait {
				return last // the caller requeues; we do not hold a goroutine for minutes
			}
		}
		a.log.DebugContext(ctx, "retrying discord request", slog.Int("status", se.Status), slog.Duration("wait", wait), slog.Int("attempt", attempt))
		if err := sleep(ctx, wait); err != nil {
			return fmt.Errorf("discord: waiting to retry: %w", err)
		}
	}
}

// classify turns a discordgo error into a SendError.
func classify(err error) *SendError {
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) {
		se := &SendError{Status: http.StatusTooManyRequests, Temporary: true, Err: errors.New("rate limited")}
		if rl.TooManyRequests != nil {
			se.RetryAfter = rl.RetryAfter
		}
		return se
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		code := re.Response.StatusCode
		msg := fmt.Sprintf("HTTP %d", code)
		if re.Message != nil && re.Message.Message != "" {
			msg = fmt.Sprintf("%s (code %d)", re.Message.Message, re.Message.Code)
		}
		return &SendError{Status: code, Temporary: code >= 500, Err: errors.New(msg)}
	}
	// A network error, or a 429 whose body was not JSON (a proxy's page).
	return &SendError{Temporary: true, Err: err}
}
