package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/stancebot/stancebot/bot"
)

// The ways of connecting to Slack.
const (
	ModeSocket = "socket" // Socket Mode: a websocket opened from here, no public URL
	ModeHTTP   = "http"   // signed HTTP requests to /slack/commands, /slack/events, /slack/interactions
	// ModePost only posts digests and alerts (SLACK_BOT_TOKEN alone): no
	// commands are received.
	ModePost = "post"
)

// Defaults for the zero values of Options.
const (
	DefaultMaxBodyBytes = 1 << 20
	DefaultPostInterval = time.Second
	defaultHTTPTimeout  = 15 * time.Second
	// handleTimeout bounds one command's handler and its answer.
	handleTimeout = 2 * time.Minute
	// shutdownGrace is how long Run lets answers in flight finish after
	// its context ends.
	shutdownGrace = 10 * time.Second
)

// Options configure the adapter. Tokens and the signing secret come from
// the environment (SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET);
// they are never logged.
type Options struct {
	BotToken      string // xoxb-…: chat.postMessage; needed in both modes
	AppToken      string // xapp-…: Socket Mode only
	SigningSecret string // HTTP mode: verifies every request
	// APIURL is the Web API base (config slack.api_url); "" is real Slack.
	// A trailing "/" is added when missing (slack-go joins by string).
	// When set, response_url on the same host is trusted too (a fake).
	APIURL string
	// Mode is ModeSocket, ModeHTTP or ModePost; "" picks socket when
	// AppToken is set, else http when SigningSecret is set, else post.
	Mode   string
	Admins []string // Slack user ids whose messages are Admin
	Logger *slog.Logger
	// HTTPClient is used for every Web API call and response_url post. nil
	// is a client with a 15 s timeout; each post also has its own 15 s
	// deadline.
	HTTPClient *http.Client
	Now        func() time.Time // nil: time.Now
	// MaxBodyBytes caps an HTTP request body; 0 is 1 MiB.
	MaxBodyBytes int64
	// PostInterval spaces posts to one channel; 0 is one a second.
	PostInterval time.Duration
}

// Adapter is the Slack chat adapter: a bot.Adapter for commands and a
// bot.Sender for digests and alerts.
type Adapter struct {
	opts    Options
	log     *slog.Logger
	now     func() time.Time
	api     *slackapi.Client
	hc      *http.Client
	apiHost string // host of APIURL when set: a trusted response_url host
	admins  map[string]bool
	// adminCache holds users.info answers: workspace admins may run admin
	// commands too.
	adminCache adminCache

	handler atomic.Pointer[handlerBox]
	// workCtx outlives a request: answers run in it. Run sets it; it ends
	// after Run's context, once answers in flight had their grace.
	workMu  sync.Mutex
	workCtx context.Context
	closing bool // set when Run stops taking new work
	work    sync.WaitGroup

	seen     *seenSet // Events API event ids already handled
	channels channelLimits
	// sleep waits d or until ctx ends; a field so tests of the retry
	// loop can observe waits.
	sleep func(ctx context.Context, d time.Duration) error
}

type handlerBox struct{ h bot.Handler }

var _ bot.Adapter = (*Adapter)(nil)

// New checks the options and builds the adapter. Every problem is named at
// once.
func New(o Options) (*Adapter, error) {
	var errs []error
	if o.Mode == "" {
		switch {
		case o.AppToken != "":
			o.Mode = ModeSocket
		case o.SigningSecret != "":
			o.Mode = ModeHTTP
		default:
			o.Mode = ModePost
		}
	}
	if o.BotToken == "" {
		errs = append(errs, errors.New("slack: SLACK_BOT_TOKEN is not set"))
	}
	switch o.Mode {
	case ModeSocket:
		if o.AppToken == "" {
			errs = append(errs, errors.New("slack: socket mode needs SLACK_APP_TOKEN (an xapp- app-level token with connections:write)"))
		} else if !strings.HasPrefix(o.AppToken, "xapp-") {
			errs = append(errs, errors.New("slack: SLACK_APP_TOKEN must be an app-level token starting with xapp-"))
		}
	case ModeHTTP:
		if o.SigningSecret == "" {
			errs = append(errs, errors.New("slack: http mode needs SLACK_SIGNING_SECRET"))
		}
	case ModePost:
	default:
		errs = append(errs, fmt.Errorf("slack: mode %q: want %q, %q or %q", o.Mode, ModeSocket, ModeHTTP, ModePost))
	}
	apiURL := slackapi.APIURL
	var apiHost string
	if o.APIURL != "" {
		u, err := url.Parse(o.APIURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, fmt.Errorf("slack: api_url %q: want an absolute http(s) URL", o.APIURL))
		} else {
			apiURL = strings.TrimSuffix(o.APIURL, "/") + "/"
			apiHost = u.Host
		}
	}
	if o.MaxBodyBytes < 0 || o.PostInterval < 0 {
		errs = append(errs, errors.New("slack: MaxBodyBytes and PostInterval must not be negative"))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: defaultHTTPTimeout}
	}
	if o.MaxBodyBytes == 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.PostInterval == 0 {
		o.PostInterval = DefaultPostInterval
	}
	log := o.Logger.With("adapter", "slack")
	apiOpts := []slackapi.Option{
		slackapi.OptionAPIURL(apiURL),
		slackapi.OptionHTTPClient(o.HTTPClient),
		// slack-go's own log goes to stderr unless given one; its debug
		// output stays off (it would print payloads).
		slackapi.OptionLog(slog.NewLogLogger(log.Handler(), slog.LevelDebug)),
	}
	if o.AppToken != "" {
		apiOpts = append(apiOpts, slackapi.OptionAppLevelToken(o.AppToken))
	}
	a := &Adapter{
		opts:     o,
		log:      log,
		now:      o.Now,
		api:      slackapi.New(o.BotToken, apiOpts...),
		hc:       o.HTTPClient,
		apiHost:  apiHost,
		admins:   make(map[string]bool, len(o.Admins)),
		seen:     newSeenSet(10000, time.Hour),
		channels: channelLimits{interval: o.PostInterval, m: map[string]*channelLimit{}},
		sleep:    sleepCtx,
		workCtx:  context.Background(),
	}
	for _, id := range o.Admins {
		a.admins[strings.TrimSpace(id)] = true
	}
	return a, nil
}

// Name is "slack".
func (a *Adapter) Name() string { return "slack" }

// Mode reports the connection mode chosen (ModeSocket or ModeHTTP).
func (a *Adapter) Mode() string { return a.opts.Mode }

// Run answers commands with h until ctx is done. In socket mode it runs
// the Socket Mode connection (reconnecting as Slack asks); in http mode it
// serves the routes registered with Routes. Either way, answers still in
// flight when ctx ends get a short grace to finish before Run returns.
func (a *Adapter) Run(ctx context.Context, h bot.Handler) error {
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	a.workMu.Lock()
	a.workCtx = workCtx
	a.workMu.Unlock()
	a.handler.Store(&handlerBox{h})
	defer a.handler.Store(nil)

	var err error
	switch a.opts.Mode {
	case ModeSocket:
		err = a.runSocket(ctx)
	case ModePost:
		a.log.InfoContext(ctx, "slack post-only mode: digests and alerts are posted, commands are not received (set SLACK_APP_TOKEN or SLACK_SIGNING_SECRET to answer them)")
		<-ctx.Done()
	default:
		a.log.InfoContext(ctx, "slack http mode: serving /slack/commands, /slack/events, /slack/interactions")
		<-ctx.Done()
	}

	// Why: a command acknowledged just before shutdown deserves its
	// answer, but a stuck one must not hold the process. New work is
	// refused first, so the WaitGroup never grows while it is waited on.
	a.workMu.Lock()
	a.closing = true
	a.workMu.Unlock()
	done := make(chan struct{})
	go func() { a.work.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(shutdownGrace):
		cancelWork()
		<-done
	}
	return err
}

// currentHandler returns the handler Run was given, or nil before Run.
func (a *Adapter) currentHandler() bot.Handler {
	if b := a.handler.Load(); b != nil {
		return b.h
	}
	return nil
}

// accepting reports whether Run is running and taking new work.
func (a *Adapter) accepting() bool {
	a.workMu.Lock()
	defer a.workMu.Unlock()
	return !a.closing && a.currentHandler() != nil
}

// goWork runs f in the background under the work context, counted so Run
// waits for it. It reports false, running nothing, once Run is stopping.
func (a *Adapter) goWork(f func(ctx context.Context)) bool {
	a.workMu.Lock()
	if a.closing {
		a.workMu.Unlock()
		return false
	}
	ctx := a.workCtx
	a.work.Add(1)
	a.workMu.Unlock()
	go func() {
		defer a.work.Done()
		defer func() {
			// A panicking handler loses its answer, not the process.
			if p := recover(); p != nil {
				a.log.Error("slack answer panicked", "panic", fmt.Sprint(p))
			}
		}()
		ctx, cancel := context.WithTimeout(ctx, handleTimeout)
		defer cancel()
		f(ctx)
	}()
	return true
}

// message builds the bot message for a command or mention. It may call
// users.info, so it runs in the answer's goroutine, after the ack.
func (a *Adapter) message(ctx context.Context, channel, user, text string) bot.Message {
	return bot.Message{
		Platform: "slack",
		Channel:  channel,
		User:     user,
		Text:     text,
		Admin:    a.isAdmin(ctx, user),
	}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
