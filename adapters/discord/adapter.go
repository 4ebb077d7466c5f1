package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/stancebot/stancebot/bot"
)

// The modes the adapter receives commands in.
const (
	ModeGateway = "gateway" // a websocket to Discord, needs DISCORD_BOT_TOKEN
	ModeHTTP    = "http"    // Discord POSTs to /discord/interactions, needs DISCORD_PUBLIC_KEY
)

// ErrInvalidToken is returned by Run (and Send) when Discord refuses the
// bot token: an HTTP 401, or gateway close code 4004. Run stops instead of
// retrying.
var ErrInvalidToken = errors.New("discord: the bot token was refused (401 / close 4004): check DISCORD_BOT_TOKEN")

// Choice is a value offered by autocomplete: Name is shown, Value is sent.
type Choice struct {
	Name, Value string
}

// Options configure the adapter. app fills them from config and the
// environment.
type Options struct {
	BotToken      string // DISCORD_BOT_TOKEN, with or without the "Bot " prefix
	ApplicationID string // DISCORD_APPLICATION_ID; in gateway mode READY supplies it when empty
	PublicKey     string // DISCORD_PUBLIC_KEY, hex; needed for HTTP interactions
	// APIURL is config discord.api_url: another REST server (a fake in
	// tests). "" means Discord. A bare "http://host:port" keeps the /api/v9
	// paths; a URL with a path replaces /api/v9 with it.
	APIURL string
	// Mode is ModeGateway or ModeHTTP; "" picks gateway when BotToken is
	// set, else HTTP.
	Mode string
	// GuildIDs, when set, registers the commands in these guilds (updates
	// show at once) instead of globally.
	GuildIDs []string
	// Actors and Topics feed autocomplete of the actor and topic options.
	Actors, Topics []Choice
	Logger         *slog.Logger
	HTTPClient     *http.Client     // nil: a client with a 20 s timeout
	Now            func() time.Time // nil: time.Now; checks interaction timestamps
	MaxBodyBytes   int64            // cap on an interaction request body; 0: 64 KiB
}

// Defaults of the knobs tests turn.
const (
	defaultMaxBody    = 64 << 10
	defaultDeferAfter = 2 * time.Second // Discord wants an answer within 3 s
	// tokenTTL is how long an interaction token can edit its response
	// (15 minutes), less a margin for the request itself.
	defaultTokenTTL   = 15*time.Minute - 30*time.Second
	defaultMaxSkew    = 5 * time.Minute
	defaultMaxWait    = 30 * time.Second // longest retry_after Send waits itself
	defaultAttempts   = 4
	defaultBackoffMin = time.Second
	defaultBackoffMax = 2 * time.Minute
	// Retrying command registration in the background.
	defaultRegBackoffMin = time.Second
	defaultRegBackoffMax = 5 * time.Minute
)

// Adapter is stancebot on Discord. It is a bot.Adapter; Routes adds the
// HTTP interactions endpoint.
type Adapter struct {
	o       Options
	log     *slog.Logger
	session *discordgo.Session
	api     *rewriteTransport // nil when requests go to Discord itself
	pub     ed25519.PublicKey // nil when no public key is configured
	now     func() time.Time
	maxBody int64

	// Knobs that tests shorten.
	deferAfter time.Duration
	tokenTTL   time.Duration
	maxSkew    time.Duration
	maxWait    time.Duration
	attempts   int
	backoffMin time.Duration
	backoffMax time.Duration
	retryWait  time.Duration // pause before retrying a 5xx or an unknown interaction webhook
	// regBackoffMin and regBackoffMax bound the pause between attempts
	// to register the commands.
	regBackoffMin time.Duration
	regBackoffMax time.Duration

	mu      sync.Mutex
	handler bot.Handler     // set while Run runs
	runCtx  context.Context // Run's context: in-flight interactions end with it
	appID   string
	wg      sync.WaitGroup // interactions still being answered
}

var _ bot.Adapter = (*Adapter)(nil)

// New checks the options and builds an adapter; it connects to nothing
// until Run or Send.
func New(o Options) (*Adapter, error) {
	if o.Mode == "" {
		o.Mode = ModeHTTP
		if o.BotToken != "" {
			o.Mode = ModeGateway
		}
	}
	var problems []string
	var pub ed25519.PublicKey
	if o.PublicKey != "" {
		k, err := hex.DecodeString(strings.TrimSpace(o.PublicKey))
		if err != nil || len(k) != ed25519.PublicKeySize {
			problems = append(problems, "DISCORD_PUBLIC_KEY must be 64 hex digits (the application's public key)")
		} else {
			pub = ed25519.PublicKey(k)
		}
	}
	switch o.Mode {
	case ModeGateway:
		if o.BotToken == "" {
			problems = append(problems, "gateway mode needs DISCORD_BOT_TOKEN")
		}
	case ModeHTTP:
		if o.PublicKey == "" {
			problems = append(problems, "http mode needs DISCORD_PUBLIC_KEY")
		}
		if o.ApplicationID == "" {
			problems = append(problems, "http mode needs DISCORD_APPLICATION_ID")
		}
	default:
		problems = append(problems, fmt.Sprintf("mode %q is neither %q nor %q", o.Mode, ModeGateway, ModeHTTP))
	}
	var api *rewriteTransport
	client := &http.Client{Timeout: 20 * time.Second}
	if o.HTTPClient != nil {
		c := *o.HTTPClient // a copy: the caller's client is not changed
		client = &c
	}
	if o.APIURL != "" {
		rt, err := newRewriteTransport(o.APIURL, client.Transport)
		if err != nil {
			problems = append(problems, err.Error())
		} else {
			client.Transport, api = rt, rt
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("discord: %s", strings.Join(problems, "; "))
	}

	token := strings.TrimSpace(o.BotToken)
	if token != "" && !strings.HasPrefix(token, "Bot ") {
		token = "Bot " + token
	}
	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("discord: new session: %w", err)
	}
	if token == "" {
		s.Token, s.Identify.Token = "", ""
	}
	s.Client = client
	s.ShouldRetryOnRateLimit = false // we wait for retry_after ourselves, with the context (pitfall 10)
	s.ShouldReconnectOnError = false // we reconnect ourselves, so an invalid token stops (close 4004)
	s.ShouldReconnectVoiceOnSessionError = false
	s.LogLevel = -1 // discordgo logs with the log package; we log with slog
	s.StateEnabled = false
	s.Identify.Intents = discordgo.IntentsNone // interactions need no intents
	s.Identify.Compress = false

	logger := o.Logger
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	now := o.Now
	if now == nil {
		now = time.Now
	}
	maxBody := o.MaxBodyBytes
	if maxBody <= 0 {
		maxBody = defaultMaxBody
	}
	return &Adapter{
		o:          o,
		log:        logger.With(slog.String("adapter", "discord")),
		session:    s,
		api:        api,
		pub:        pub,
		now:        now,
		maxBody:    maxBody,
		deferAfter: defaultDeferAfter,
		tokenTTL:   defaultTokenTTL,
		maxSkew:    defaultMaxSkew,
		maxWait:    defaultMaxWait,
		attempts:   defaultAttempts,
		backoffMin: defaultBackoffMin,
		backoffMax: defaultBackoffMax,
		retryWait:  500 * time.Millisecond,
		appID:      o.ApplicationID,

		regBackoffMin: defaultRegBackoffMin,
		regBackoffMax: defaultRegBackoffMax,
	}, nil
}

// Name is "discord".
func (a *Adapter) Name() string { return "discord" }

// Mode is the mode the adapter runs in, after New resolved "".
func (a *Adapter) Mode() string { return a.o.Mode }

// Run answers commands with h until ctx is done. Gateway mode opens the
// websocket (reconnecting with backoff), registers the commands and handles
// interactions; HTTP mode registers the commands over REST (when a bot
// token is set) and serves interactions through Routes. Registration runs
// in the background: while Discord refuses it for any reason but the token
// (a 5xx, a network error) it is retried with backoff (1 s up to 5 min,
// each failure logged at WARN) and interactions are served meanwhile. An
// invalid token returns ErrInvalidToken. Run returns nil when ctx ends, after the
// interactions in hand are answered or abandoned.
func (a *Adapter) Run(ctx context.Context, h bot.Handler) error {
	a.mu.Lock()
	if a.handler != nil {
		a.mu.Unlock()
		return errors.New("discord: Run called twice")
	}
	a.handler, a.runCtx = h, ctx
	a.mu.Unlock()
	defer func() {
		a.mu.Lock()
		a.handler, a.runCtx = nil, nil
		a.mu.Unlock()
		a.wg.Wait()
	}()

	if a.o.Mode == ModeGateway {
		return a.runGateway(ctx)
	}
	var refused <-chan error // nil without a bot token: never ready
	if a.o.BotToken != "" {
		regCtx, cancel := context.WithCancel(ctx)
		r, done := a.keepRegistering(regCtx)
		defer func() { cancel(); <-done }()
		refused = r
	} else {
		a.log.WarnContext(ctx, "no bot token: commands not registered; register them once with DISCORD_BOT_TOKEN set")
	}
	a.log.InfoContext(ctx, "serving HTTP interactions", slog.String("path", InteractionsPath))
	select {
	case <-ctx.Done():
		return nil
	case err := <-refused:
		return err
	}
}

// current returns the handler and context of the running Run, if any.
func (a *Adapter) current() (bot.Handler, context.Context) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.handler, a.runCtx
}

func (a *Adapter) applicationID() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.appID
}

func (a *Adapter) setApplicationID(id string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.appID == "" {
		a.appID = id
	}
}
