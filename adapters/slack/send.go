package slack

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	slackapi "github.com/slack-go/slack"
	"golang.org/x/time/rate"

	"github.com/stancebot/stancebot/bot"
)

// Posting limits.
const (
	// maxAttempts bounds the tries of one message: the first and retries
	// after 429 or 5xx.
	maxAttempts = 5
	// firstBackoff is the wait after the first 5xx; it doubles each time.
	firstBackoff = 500 * time.Millisecond
	// defaultRetryAfter is the wait after a 429 that names none.
	defaultRetryAfter = time.Second
	// Slack lets an app answer a slash command through its response_url
	// at most five times within thirty minutes; a minute is kept spare.
	maxResponseURLPosts = 5
	responseURLLifetime = 29 * time.Minute
)

// channelLimit paces the posts to one channel: a token bucket for the
// steady one-a-second rate and a time before which nothing is posted,
// set from a 429's Retry-After.
type channelLimit struct {
	lim   *rate.Limiter
	mu    sync.Mutex
	until time.Time
}

type channelLimits struct {
	mu       sync.Mutex
	interval time.Duration
	m        map[string]*channelLimit
}

func (c *channelLimits) get(channel string) *channelLimit {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.m[channel]
	if !ok {
		l = &channelLimit{lim: rate.NewLimiter(rate.Every(c.interval), 1)}
		c.m[channel] = l
	}
	return l
}

// holdUntil keeps the channel quiet until t (a later time wins).
func (l *channelLimit) holdUntil(t time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if t.After(l.until) {
		l.until = t
	}
}

func (l *channelLimit) heldFor(now time.Time) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.until.Sub(now)
}

// target is where a message goes.
type target struct {
	channel       string
	threadTS      string // reply in this thread
	ephemeralUser string // chat.postEphemeral, visible to this user only
}

// Send posts r to a channel with chat.postMessage: digests and alerts. A
// reply longer than Slack allows in one message goes as several, in
// order. Posts to one channel are spaced by Options.PostInterval, wait out
// a 429's Retry-After (for that channel only) and are retried after 5xx
// errors with backoff; ctx ends any wait. An error means some part was not
// posted; errors from slack-go keep their types (*slack.RateLimitedError,
// slack.StatusCodeError, slack.SlackErrorResponse) under the wrapping.
func (a *Adapter) Send(ctx context.Context, channel string, r bot.Reply) error {
	if channel == "" {
		return errors.New("slack: send: empty channel id")
	}
	msgs := RenderBlocks(r)
	text := fallbackText(r)
	for i, blocks := range msgs {
		if err := a.post(ctx, target{channel: channel}, blocks, text); err != nil {
			return fmt.Errorf("slack: post message %d of %d to channel %s: %w", i+1, len(msgs), channel, err)
		}
	}
	return nil
}

// post delivers one message, paced and retried per channel.
func (a *Adapter) post(ctx context.Context, t target, blocks []slackapi.Block, text string) error {
	cl := a.channels.get(t.channel)
	backoff := firstBackoff
	for attempt := 1; ; attempt++ {
		if d := cl.heldFor(a.now()); d > 0 {
			if err := a.sleep(ctx, d); err != nil {
				return err
			}
		}
		if err := cl.lim.Wait(ctx); err != nil {
			return err
		}
		err := a.postOnce(ctx, t, blocks, text)
		if err == nil {
			return nil
		}
		wait, retry := retryAfter(err)
		if !retry || attempt >= maxAttempts {
			return err
		}
		if wait > 0 { // 429: the whole channel waits, not just this message
			cl.holdUntil(a.now().Add(wait))
			a.log.WarnContext(ctx, "slack rate limited", "channel", t.channel, "retry_after", wait, "attempt", attempt)
			continue
		}
		a.log.WarnContext(ctx, "slack post failed, retrying", "channel", t.channel, "attempt", attempt, "backoff", backoff, "error", err)
		if err := a.sleep(ctx, backoff); err != nil {
			return err
		}
		backoff *= 2
	}
}

// retryAfter classifies a post error: a 429 is retried after its
// Retry-After (wait > 0), a 5xx after backoff (wait 0), anything else
// not at all.
func retryAfter(err error) (wait time.Duration, retry bool) {
	if rl, ok := errors.AsType[*slackapi.RateLimitedError](err); ok {
		if rl.RetryAfter <= 0 {
			return defaultRetryAfter, true
		}
		return rl.RetryAfter, true
	}
	if sc, ok := errors.AsType[slackapi.StatusCodeError](err); ok {
		switch {
		case sc.Code == http.StatusTooManyRequests:
			return defaultRetryAfter, true
		case sc.Code >= 500:
			return 0, true
		}
	}
	return 0, false
}

// postOnce makes one chat.postMessage (or chat.postEphemeral) call.
func (a *Adapter) postOnce(ctx context.Context, t target, blocks []slackapi.Block, text string) error {
	ctx, cancel := context.WithTimeout(ctx, defaultHTTPTimeout)
	defer cancel()
	opts := []slackapi.MsgOption{
		slackapi.MsgOptionBlocks(blocks...),
		slackapi.MsgOptionText(text, false), // already escaped
		// parse=none and no link_names: nothing in the text becomes a
		// mention. Unfurls off: a digest of ten links stays compact.
		slackapi.MsgOptionParse(false),
		slackapi.MsgOptionDisableLinkUnfurl(),
		slackapi.MsgOptionDisableMediaUnfurl(),
	}
	if t.threadTS != "" {
		opts = append(opts, slackapi.MsgOptionTS(t.threadTS))
	}
	if t.ephemeralUser != "" {
		_, err := a.api.PostEphemeralContext(ctx, t.channel, t.ephemeralUser, opts...)
		return err
	}
	_, _, err := a.api.PostMessageContext(ctx, t.channel, opts...)
	return err
}

// commandReply is where a slash command's answer goes.
type commandReply struct {
	channel     string
	user        string
	responseURL string
	received    time.Time
}

// respond answers a command: through its response_url while Slack allows
// (five posts, thirty minutes, a trusted host), the rest, or all after a
// response_url failure, with chat.postMessage (chat.postEphemeral for an
// ephemeral reply). Nothing of a long answer is dropped.
func (a *Adapter) respond(ctx context.Context, c commandReply, r bot.Reply) {
	msgs := RenderBlocks(r)
	text := fallbackText(r)
	useURL := c.responseURL != "" && a.trustedResponseURL(c.responseURL)
	if c.responseURL != "" && !useURL {
		a.log.WarnContext(ctx, "slack response_url on an unexpected host; answering with chat.postMessage", "channel", c.channel)
	}
	responseType := slackapi.ResponseTypeInChannel
	fallback := target{channel: c.channel}
	if r.Ephemeral {
		responseType = slackapi.ResponseTypeEphemeral
		fallback.ephemeralUser = c.user
	}
	for i, blocks := range msgs {
		if useURL && i < maxResponseURLPosts && a.now().Sub(c.received) < responseURLLifetime {
			err := a.postResponseURL(ctx, c.responseURL, responseType, blocks, text)
			if err == nil {
				continue
			}
			a.log.WarnContext(ctx, "slack response_url post failed; answering with chat.postMessage", "channel", c.channel, "error", err)
			useURL = false
		}
		if err := a.post(ctx, fallback, blocks, text); err != nil {
			a.log.ErrorContext(ctx, "slack answer not delivered", "channel", c.channel, "part", i+1, "parts", len(msgs), "error", err)
			return
		}
	}
}

func (a *Adapter) postResponseURL(ctx context.Context, responseURL, responseType string, blocks []slackapi.Block, text string) error {
	ctx, cancel := context.WithTimeout(ctx, defaultHTTPTimeout)
	defer cancel()
	_, _, err := a.api.PostMessageContext(ctx, "",
		slackapi.MsgOptionResponseURL(responseURL, responseType),
		slackapi.MsgOptionBlocks(blocks...),
		slackapi.MsgOptionText(text, false))
	if err != nil {
		return fmt.Errorf("post to response_url: %w", err)
	}
	return nil
}

// trustedResponseURL says whether a response_url may be posted to: https
// on Slack's own hosts, or the host of Options.APIURL (a local fake).
// Signed requests and the Socket Mode connection already vouch for it;
// this keeps a leaked signing secret from turning the bot into a proxy.
func (a *Adapter) trustedResponseURL(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return false
	}
	if a.apiHost != "" && u.Host == a.apiHost && (u.Scheme == "http" || u.Scheme == "https") {
		return true
	}
	host := strings.ToLower(u.Hostname())
	return u.Scheme == "https" && (strings.HasSuffix(host, ".slack.com") || strings.HasSuffix(host, ".slack-gov.com"))
}
