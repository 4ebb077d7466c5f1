package config

import "time"

// Config is stancebot's configuration: the config file decoded over Default,
// with relative paths resolved, the watchlist loaded and secrets read from
// the environment.
type Config struct {
	// Store is the SQLite file path (resolved against the config file's
	// directory) or a postgres:// URL.
	Store string `yaml:"store"`
	// WatchlistPath is the watchlist file (key "watchlist"), resolved
	// against the config file's directory.
	WatchlistPath string `yaml:"watchlist"`
	// DataDir is an optional directory for the bot's files; "" means none.
	// Resolved against the config file's directory.
	DataDir  string    `yaml:"data_dir"`
	Sources  []Source  `yaml:"sources"`
	Fetch    Fetch     `yaml:"fetch"`
	Poll     Poll      `yaml:"poll"`
	HTTP     HTTP      `yaml:"http"`
	Log      Log       `yaml:"log"`
	Slack    Slack     `yaml:"slack"`
	Discord  Discord   `yaml:"discord"`
	Channels []Channel `yaml:"channels"`
	Notify   Notify    `yaml:"notify"`

	// Watchlist is the loaded watchlist file; nil when it could not be read.
	Watchlist *Watchlist `yaml:"-"`
	// Secrets come from the environment only, never from YAML.
	Secrets Secrets `yaml:"-"`

	pos *positions // where keys are in the config file; nil for a Config built in code
}

// Source is a watched news source.
type Source struct {
	ID   string `yaml:"id"`   // unique lowercase slug
	Name string `yaml:"name"` // display name; "" means the id
	// URL is http(s):// or file://. A relative file:// path is resolved
	// against the config file's directory, so URL is then file:///abs/path.
	URL string `yaml:"url"`
	// Schedule is a robfig/cron spec (CRON_TZ= allowed); default "@every 15m".
	Schedule string `yaml:"schedule"`
	// DefaultActor is the watchlist actor id a statement is credited to when
	// the text names no speaker (an official feed); "" means none.
	DefaultActor string `yaml:"default_actor"`
	Language     string `yaml:"language"` // BCP 47 tag such as "en"; "" means unknown
	Disabled     bool   `yaml:"disabled"`
	// Kind is feed (RSS, Atom, JSON Feed; Google News search RSS too),
	// page (an HTML list page, see Page) or telegram (a public channel,
	// t.me/NAME). "" means feed, or telegram for a t.me URL.
	Kind string `yaml:"kind"`
	// Page holds the CSS selectors of a page source; required for kind
	// page, not allowed for the others.
	Page *PageSelectors `yaml:"page"`
}

// Source kinds.
const (
	KindFeed     = "feed"
	KindPage     = "page"
	KindTelegram = "telegram"
)

// PageSelectors say where an HTML list page keeps its entries (CSS
// selectors); each entry's article page is fetched for its text.
type PageSelectors struct {
	Item        string `yaml:"item"`         // each entry; "" means every link match
	Link        string `yaml:"link"`         // the entry's link (href); required without item
	Title       string `yaml:"title"`        // the entry's title; "" means the link text
	Date        string `yaml:"date"`         // the entry's date (datetime attribute or text)
	MaxArticles int    `yaml:"max_articles"` // article pages fetched per poll; default 20
}

// Fetch sets the limits of the HTTP client that fetches sources.
type Fetch struct {
	// AllowPrivate lets sources reach loopback and private addresses.
	AllowPrivate bool          `yaml:"allow_private"`
	Timeout      time.Duration `yaml:"timeout"`        // per request; default 20s
	MaxBodyBytes int64         `yaml:"max_body_bytes"` // default 10 MiB
	UserAgent    string        `yaml:"user_agent"`     // "" means the fetcher's own
	Concurrency  int           `yaml:"concurrency"`    // sources fetched at once; default 4
	// AllowNetworks lets sources reach these non-public networks (CIDR,
	// e.g. 10.20.0.0/16 for an intranet feed server) while every other
	// one stays refused.
	AllowNetworks []string `yaml:"allow_networks"`
	// ConnectTimeout bounds TCP and TLS connect; default 10s.
	ConnectTimeout time.Duration `yaml:"connect_timeout"`
	// HostGap is the least time between two requests to one host;
	// default 1s. One request per host runs at a time whatever the gap.
	HostGap time.Duration `yaml:"host_gap"`
	// DisableAfter is how many failures in a row disable a source until
	// it is polled by hand or the bot restarts; default 10, -1 never.
	DisableAfter int `yaml:"disable_after"`
}

// Notify tunes alert delivery.
type Notify struct {
	// GroupWait is how long a channel's first alert waits for others to
	// join it in one post; 0 means the default (30s).
	GroupWait time.Duration `yaml:"group_wait"`
	// Backfill: items published longer ago than this raise no alerts (they
	// still enter the ledger); 0 means the default (48h), negative means
	// no limit.
	Backfill time.Duration `yaml:"backfill"`
	// AdminChannel is the id of a channel (under channels) that receives
	// operational notices, such as a source disabled after repeated
	// failures; "" means notices go to the log only.
	AdminChannel string `yaml:"admin_channel"`
}

// Poll sets how often due sources are looked for.
type Poll struct {
	Tick string `yaml:"tick"` // robfig/cron spec; default "@every 30s"
}

// HTTP is the HTTP server for /healthz, /metrics and the chat endpoints.
type HTTP struct {
	Listen string `yaml:"listen"` // host:port; "" means no HTTP server
}

// Log sets the logger.
type Log struct {
	Level  string `yaml:"level"`  // debug, info, warn or error; default info
	Format string `yaml:"format"` // text or json; default text
}

// Slack configures the Slack adapter; its tokens are in Config.Secrets.
type Slack struct {
	// APIURL points the client at another Web API base URL (a fake in
	// tests); it always ends in "/", as slack-go needs. "" means Slack's.
	APIURL string `yaml:"api_url"`
	// Mode is "socket", "http" or "" (auto: socket with SLACK_APP_TOKEN,
	// http with SLACK_SIGNING_SECRET, else post only). See Config.SlackMode.
	Mode   string   `yaml:"mode"`
	Admins []string `yaml:"admins"` // user ids allowed to run admin commands
}

// Discord configures the Discord adapter; its tokens are in Config.Secrets.
type Discord struct {
	APIURL string `yaml:"api_url"` // "" means Discord's
	// Mode is "gateway", "http" or "" (auto). See Config.DiscordMode.
	Mode     string   `yaml:"mode"`
	GuildIDs []string `yaml:"guild_ids"` // register commands in these guilds; none: globally
	// WebhookURLEnv names an environment variable (NAME or NAME_FILE) that
	// holds a webhook URL; a discord channel with an empty target posts
	// there. The URL lands in Secrets.DiscordWebhookURL.
	WebhookURLEnv string `yaml:"webhook_url_env"`
}

// Channel is a chat channel that receives alerts and digests.
type Channel struct {
	ID       string `yaml:"id"`       // unique lowercase slug
	Platform string `yaml:"platform"` // slack, discord or console
	// Target is the Slack channel id; the Discord channel id or webhook
	// URL (or "" for discord.webhook_url_env's webhook); unused on console.
	Target string      `yaml:"target"`
	Alerts []AlertRule `yaml:"alerts"`
	Digest *Digest     `yaml:"digest"` // nil: no digest
}

// AlertRule selects statements to alert on. An empty list means "any".
type AlertRule struct {
	Actors  []string `yaml:"actors"`  // watchlist actor ids
	Topics  []string `yaml:"topics"`  // watchlist topic ids
	Stances []string `yaml:"stances"` // support, oppose, neutral
	On      []string `yaml:"on"`      // statement (a new statement), change (a position change)
}

// Digest is a channel's scheduled summary.
type Digest struct {
	Schedule string   `yaml:"schedule"` // robfig/cron spec, CRON_TZ= allowed; required
	Actors   []string `yaml:"actors"`   // empty: every actor
	Topics   []string `yaml:"topics"`   // empty: every topic
	Quiet    bool     `yaml:"quiet"`    // true: post a quiet line when there is nothing new (false: post nothing)
}

// Platforms, modes, stances and alert events that configs may name.
const (
	PlatformSlack   = "slack"
	PlatformDiscord = "discord"
	PlatformConsole = "console"

	SlackModeSocket    = "socket"
	SlackModeHTTP      = "http"
	DiscordModeGateway = "gateway"
	DiscordModeHTTP    = "http"

	OnStatement = "statement"
	OnChange    = "change"
)

// Defaults.
const (
	DefaultStore          = "stancebot.db"
	DefaultWatchlist      = "watchlist.yaml"
	DefaultSourceSchedule = "@every 15m"
	DefaultPollTick       = "@every 30s"
	DefaultFetchTimeout   = 20 * time.Second
	DefaultMaxBodyBytes   = 10 << 20
	DefaultConcurrency    = 4
	DefaultConnectTimeout = 10 * time.Second
	DefaultHostGap        = time.Second
	DefaultDisableAfter   = 10
)

// Default returns the configuration used for keys a file leaves out. Its
// paths are relative; Load and Parse resolve them against the config dir.
func Default() *Config {
	c := &Config{}
	c.applyDefaults()
	return c
}

// applyDefaults fills every unset (zero) value with its default, so that
// "fetch:" with nothing under it, or "timeout: 0s", means the default.
func (c *Config) applyDefaults() {
	setDefault(&c.Store, DefaultStore)
	setDefault(&c.WatchlistPath, DefaultWatchlist)
	setDefault(&c.Poll.Tick, DefaultPollTick)
	setDefault(&c.Log.Level, "info")
	setDefault(&c.Log.Format, "text")
	if c.Fetch.Timeout == 0 {
		c.Fetch.Timeout = DefaultFetchTimeout
	}
	if c.Fetch.MaxBodyBytes == 0 {
		c.Fetch.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.Fetch.Concurrency == 0 {
		c.Fetch.Concurrency = DefaultConcurrency
	}
	if c.Fetch.ConnectTimeout == 0 {
		c.Fetch.ConnectTimeout = DefaultConnectTimeout
	}
	if c.Fetch.HostGap == 0 {
		c.Fetch.HostGap = DefaultHostGap
	}
	if c.Fetch.DisableAfter == 0 {
		c.Fetch.DisableAfter = DefaultDisableAfter
	}
	for i := range c.Sources {
		setDefault(&c.Sources[i].Schedule, DefaultSourceSchedule)
	}
}

func setDefault(s *string, def string) {
	if *s == "" {
		*s = def
	}
}
