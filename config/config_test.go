package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// envMap returns a getenv over m.
func envMap(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// problemsOf returns the problems in err, failing the test if err is not a
// *Problems.
func problemsOf(t *testing.T, err error) []Problem {
	t.Helper()
	var ps *Problems
	if !errors.As(err, &ps) {
		t.Fatalf("error %v (%T) is not *Problems", err, err)
	}
	return ps.List
}

func abs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestLoadExample(t *testing.T) {
	env := envMap(map[string]string{
		"SLACK_BOT_TOKEN":  "xoxb-example",
		"SLACK_APP_TOKEN":  "xapp-example",
		"DESK_WEBHOOK_URL": "https://discord.example/api/webhooks/1/abc",
	})
	c, err := Load("testdata/stancebot.yaml", env)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	dir := abs(t, "testdata")
	checks := []struct {
		name      string
		got, want any
	}{
		{"store resolved", c.Store, filepath.Join(dir, "stancebot.db")},
		{"watchlist resolved", c.WatchlistPath, filepath.Join(dir, "watchlist.yaml")},
		{"data_dir resolved", c.DataDir, filepath.Join(dir, "data")},
		{"file source resolved", c.Sources[0].URL, "file://" + filepath.ToSlash(filepath.Join(dir, "feeds", "sample.xml"))},
		{"http source kept", c.Sources[1].URL, "https://mid.example/rss"},
		{"source schedule", c.Sources[1].Schedule, "CRON_TZ=Europe/Kyiv */30 7-22 * * *"},
		{"default schedule", c.Sources[2].Schedule, DefaultSourceSchedule},
		{"disabled", c.Sources[2].Disabled, true},
		{"default actor", c.Sources[1].DefaultActor, "russia"},
		{"timeout", c.Fetch.Timeout, 30 * time.Second},
		{"max body", c.Fetch.MaxBodyBytes, int64(5242880)},
		{"allow private", c.Fetch.AllowPrivate, true},
		{"concurrency", c.Fetch.Concurrency, 2},
		{"listen", c.HTTP.Listen, "127.0.0.1:8080"},
		{"log", c.Log, Log{Level: "debug", Format: "json"}},
		{"slack api url gets trailing slash", c.Slack.APIURL, "http://127.0.0.1:9999/api/"},
		{"unquoted guild id kept as text", c.Discord.GuildIDs[0], "123456789012345678"},
		{"slack mode", c.SlackMode(), SlackModeSocket},
		{"slack enabled", c.SlackEnabled(), true},
		{"discord enabled by webhook", c.DiscordEnabled(), true},
		{"discord mode: webhook only", c.DiscordMode(), ""},
		{"webhook secret", c.Secrets.DiscordWebhookURL, "https://discord.example/api/webhooks/1/abc"},
		{"actors", strings.Join(c.Watchlist.ActorIDs(), ","), "russia,united_states,ukraine"},
		{"topics", len(c.Watchlist.Topics), 3},
		{"alert stances", strings.Join(c.Channels[0].Alerts[0].Stances, ","), "oppose"},
		{"digest schedule", c.Channels[0].Digest.Schedule, "CRON_TZ=Europe/Kyiv 0 8 * * 1-5"},
		{"digest quiet", c.Channels[2].Digest.Quiet, true},
		{"no digest", c.Channels[1].Digest == nil, true},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("%s: got %v, want %v", ch.name, ch.got, ch.want)
		}
	}
	p, ok := FilePath(c.Sources[0].URL)
	if !ok {
		t.Fatalf("FilePath(%q) not ok", c.Sources[0].URL)
	}
	if _, err := os.Stat(p); err != nil {
		t.Errorf("resolved feed file: %v", err)
	}
}

// writeWatchlist puts the example watchlist in a new directory and returns it.
func writeWatchlist(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	data, err := os.ReadFile("testdata/watchlist.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "watchlist.yaml"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestParseEmptyConfigGivesDefaults(t *testing.T) {
	dir := writeWatchlist(t)
	c, err := Parse([]byte("# nothing\n"), "stancebot.yaml", dir, nil)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	d := Default()
	if c.Store != filepath.Join(dir, d.Store) {
		t.Errorf("store %q, want %q", c.Store, filepath.Join(dir, d.Store))
	}
	if !reflect.DeepEqual(c.Fetch, d.Fetch) || c.Poll != d.Poll || c.Log != d.Log || c.HTTP != d.HTTP {
		t.Errorf("defaults not applied: %+v", c)
	}
	if c.Fetch.Timeout != 20*time.Second || c.Fetch.MaxBodyBytes != 10485760 || c.Fetch.Concurrency != 4 || c.Fetch.AllowPrivate {
		t.Errorf("fetch defaults: %+v", c.Fetch)
	}
	if c.Poll.Tick != "@every 30s" || c.Log.Level != "info" || c.Log.Format != "text" {
		t.Errorf("poll/log defaults: %+v %+v", c.Poll, c.Log)
	}
	if c.SlackEnabled() || c.DiscordEnabled() {
		t.Error("platforms enabled with no secrets")
	}
}

func TestParseKeepsDefaultsOfKeysLeftOut(t *testing.T) {
	dir := writeWatchlist(t)
	c, err := Parse([]byte("fetch:\n  timeout: 5s\n"), "stancebot.yaml", dir, nil)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if c.Fetch.Timeout != 5*time.Second || c.Fetch.Concurrency != DefaultConcurrency || c.Fetch.MaxBodyBytes != DefaultMaxBodyBytes {
		t.Errorf("fetch %+v: want timeout 5s and other defaults", c.Fetch)
	}
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name   string
		config string
		env    map[string]string
		where  string // the problem's Where
		what   string // a part of its What
	}{
		{
			name:   "unknown top-level key",
			config: "store: x.db\nsorces: []\n",
			where:  "stancebot.yaml:2: sorces", what: `unknown key "sorces"`,
		},
		{
			name:   "unknown source key",
			config: "sources:\n  - id: a\n    url: https://a.example/\n    schedul: '@hourly'\n",
			where:  "stancebot.yaml:4: sources[0].schedul", what: `unknown key "schedul"`,
		},
		{
			name:   "secret in YAML",
			config: "slack:\n  bot_token: xoxb-secret-value\n",
			where:  "stancebot.yaml:2: slack.bot_token", what: "SLACK_BOT_TOKEN",
		},
		{
			name:   "bad cron spec",
			config: "sources:\n  - id: a\n    url: https://a.example/\n  - id: b\n    url: https://b.example/\n  - id: c\n    url: https://c.example/\n    schedule: '*/5 * *'\n",
			where:  "stancebot.yaml:8: sources[2].schedule", what: `invalid cron spec "*/5 * *": expected exactly 5 fields`,
		},
		{
			name:   "time zone without schedule",
			config: "poll:\n  tick: CRON_TZ=Europe/Kyiv\n",
			where:  "stancebot.yaml:2: poll.tick", what: "a time zone but no schedule",
		},
		{
			name:   "unknown time zone",
			config: "poll:\n  tick: CRON_TZ=Europe/Kyv 0 8 * * *\n",
			where:  "stancebot.yaml:2: poll.tick", what: "Europe/Kyv",
		},
		{
			name:   "every below one second",
			config: "poll:\n  tick: '@every 500ms'\n",
			where:  "stancebot.yaml:2: poll.tick", what: "at least 1s",
		},
		{
			name:   "duplicate source id",
			config: "sources:\n  - id: a\n    url: https://a.example/\n  - id: a\n    url: https://b.example/\n",
			where:  "stancebot.yaml:4: sources[1].id", what: `duplicate source id "a" (first at line 2)`,
		},
		{
			name:   "source id not a slug",
			config: "sources:\n  - id: My Feed\n    url: https://a.example/\n",
			where:  "stancebot.yaml:2: sources[0].id", what: `"my_feed"`,
		},
		{
			name:   "source url scheme",
			config: "sources:\n  - id: a\n    url: ftp://a.example/feed\n",
			where:  "stancebot.yaml:3: sources[0].url", what: `unsupported URL scheme "ftp"`,
		},
		{
			name:   "source url missing",
			config: "sources:\n  - id: a\n",
			where:  "stancebot.yaml:2: sources[0].url", what: "missing",
		},
		{
			name:   "default actor not in watchlist",
			config: "sources:\n  - id: a\n    url: https://a.example/\n    default_actor: rusia\n",
			where:  "stancebot.yaml:4: sources[0].default_actor", what: `unknown actor "rusia": not in the watchlist; closest: "russia"`,
		},
		{
			name:   "bad language",
			config: "sources:\n  - id: a\n    url: https://a.example/\n    language: english please\n",
			where:  "stancebot.yaml:4: sources[0].language", what: "not a language tag",
		},
		{
			name:   "duration of wrong type",
			config: "fetch:\n  timeout: soon\n",
			where:  "stancebot.yaml:2: fetch.timeout", what: `want a duration such as 20s or 1m30s, not "soon"`,
		},
		{
			name:   "long bad value named in full",
			config: "fetch:\n  concurrency: several-at-once\n",
			where:  "stancebot.yaml:2: fetch.concurrency", what: `want a whole number, not "several-at-once"`,
		},
		{
			name:   "list where a value belongs",
			config: "store: [a.db, b.db]\n",
			where:  "stancebot.yaml:1: store", what: "want a single value, not a list",
		},
		{
			name:   "negative concurrency",
			config: "fetch:\n  concurrency: -1\n",
			where:  "stancebot.yaml:2: fetch.concurrency", what: "negative",
		},
		{
			name:   "store URL scheme",
			config: "store: mysql://db.example/stance\n",
			where:  "stancebot.yaml:1: store", what: `unsupported URL scheme "mysql"`,
		},
		{
			name:   "listen address",
			config: "http:\n  listen: localhost\n",
			where:  "stancebot.yaml:2: http.listen", what: "not host:port",
		},
		{
			name:   "log level",
			config: "log:\n  level: loud\n",
			where:  "stancebot.yaml:2: log.level", what: `"loud" is not one of debug, info, warn, error`,
		},
		{
			name:   "slack mode",
			config: "slack:\n  mode: rtm\n",
			where:  "stancebot.yaml:2: slack.mode", what: `"rtm" is not one of socket, http`,
		},
		{
			name:   "socket mode without app token",
			config: "slack:\n  mode: socket\n",
			env:    map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"},
			where:  "stancebot.yaml:2: slack.mode", what: "Slack Socket Mode needs SLACK_APP_TOKEN",
		},
		{
			name:   "slack http mode without listen",
			config: "slack:\n  mode: http\n",
			env:    map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"},
			where:  "stancebot.yaml: http.listen", what: "Slack over HTTP needs the HTTP server",
		},
		{
			name:   "discord http mode without public key",
			config: "http:\n  listen: :8080\ndiscord:\n  mode: http\n",
			env:    map[string]string{"DISCORD_APPLICATION_ID": "123"},
			where:  "stancebot.yaml:4: discord.mode", what: "needs DISCORD_PUBLIC_KEY",
		},
		{
			name:  "discord public key not hex",
			env:   map[string]string{"DISCORD_PUBLIC_KEY": "not-a-key", "DISCORD_APPLICATION_ID": "123"},
			where: "environment: DISCORD_PUBLIC_KEY", what: "64 hex digits",
		},
		{
			name:  "app token without bot token",
			env:   map[string]string{"SLACK_APP_TOKEN": "xapp-1"},
			where: "environment: SLACK_APP_TOKEN", what: "SLACK_BOT_TOKEN is not",
		},
		{
			name:   "unknown platform",
			config: "channels:\n  - id: desk\n    platform: teams\n",
			where:  "stancebot.yaml:3: channels[0].platform", what: `unknown platform "teams"`,
		},
		{
			name:   "slack channel without token",
			config: "channels:\n  - id: desk\n    platform: slack\n    target: C1\n",
			where:  "stancebot.yaml:3: channels[0].platform", what: "SLACK_BOT_TOKEN",
		},
		{
			name:   "slack channel without target",
			config: "channels:\n  - id: desk\n    platform: slack\n",
			env:    map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"},
			where:  "stancebot.yaml:2: channels[0].target", what: "missing",
		},
		{
			name:   "discord target neither id nor URL",
			config: "channels:\n  - id: desk\n    platform: discord\n    target: '#desk'\n",
			where:  "stancebot.yaml:4: channels[0].target", what: "not a Discord channel id",
		},
		{
			name:   "duplicate channel id",
			config: "channels:\n  - id: desk\n    platform: console\n  - id: desk\n    platform: console\n",
			where:  "stancebot.yaml:4: channels[1].id", what: `duplicate channel id "desk"`,
		},
		{
			name:   "alert topic not in watchlist",
			config: "channels:\n  - id: desk\n    platform: console\n    alerts:\n      - topics: [purl, multinational]\n",
			where:  "stancebot.yaml:5: channels[0].alerts[0].topics[1]", what: `unknown topic "multinational": not in the watchlist; closest: "multinational_force"`,
		},
		{
			name:   "alert stance",
			config: "channels:\n  - id: desk\n    platform: console\n    alerts:\n      - stances: [against]\n",
			where:  "stancebot.yaml:5: channels[0].alerts[0].stances[0]", what: `"against" is not one of support, oppose, neutral`,
		},
		{
			name:   "alert on",
			config: "channels:\n  - id: desk\n    platform: console\n    alerts:\n      - on:\n          - statement\n          - update\n",
			where:  "stancebot.yaml:7: channels[0].alerts[0].on[1]", what: `"update" is not one of statement, change`,
		},
		{
			name:   "digest schedule",
			config: "channels:\n  - id: desk\n    platform: console\n    digest:\n      schedule: 0 25 * * *\n",
			where:  "stancebot.yaml:5: channels[0].digest.schedule", what: "invalid cron spec",
		},
		{
			name:   "digest without schedule",
			config: "channels:\n  - id: desk\n    platform: console\n    digest:\n      quiet: true\n",
			where:  "stancebot.yaml:4: channels[0].digest.schedule", what: "missing",
		},
		{
			name:   "digest actor not in watchlist",
			config: "channels:\n  - id: desk\n    platform: console\n    digest:\n      schedule: '@daily'\n      actors: [kremlin]\n",
			where:  "stancebot.yaml:6: channels[0].digest.actors[0]", what: `unknown actor "kremlin"`,
		},
		{
			name:   "watchlist missing",
			config: "watchlist: nowhere.yaml\n",
			where:  "stancebot.yaml:1: watchlist", what: "no such file",
		},
		{
			name:   "webhook variable unset",
			config: "discord:\n  webhook_url_env: DESK_HOOK\n",
			where:  "stancebot.yaml:2: discord.webhook_url_env", what: "neither DESK_HOOK nor DESK_HOOK_FILE is set",
		},
		{
			name:   "invalid YAML",
			config: "store: x.db\nsources: [\n",
			where:  "stancebot.yaml:2", what: "invalid YAML",
		},
		{
			name:   "tab indentation",
			config: "fetch:\n\ttimeout: 1s\n",
			where:  "stancebot.yaml:2", what: "invalid YAML",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeWatchlist(t)
			_, err := Parse([]byte(tt.config), "stancebot.yaml", dir, envMap(tt.env))
			if err == nil {
				t.Fatal("no error")
			}
			if strings.Contains(err.Error(), "secret-value") {
				t.Errorf("a problem shows a secret from the YAML:\n%v", err)
			}
			probs := problemsOf(t, err)
			for _, p := range probs {
				if p.Where == tt.where && strings.Contains(p.What, tt.what) {
					return
				}
			}
			t.Errorf("no problem at %q containing %q; got:\n%v", tt.where, tt.what, err)
		})
	}
}

func TestProblemsAreReportedTogether(t *testing.T) {
	dir := t.TempDir()
	watchlist := "actors:\n  - id: Russia\n    name: Russia\n    aliases: []\ntopics:\n  - id: purl\n    name: PURL\n    aliases: [PURL]\n    colour: red\n"
	if err := os.WriteFile(filepath.Join(dir, "watchlist.yaml"), []byte(watchlist), 0o600); err != nil {
		t.Fatal(err)
	}
	config := `store: stancebot.db
sources:
  - id: a
    url: gopher://a.example/
    schedule: "*/5 * *"
  - id: a
    url: https://b.example/
fetch:
  timeout: later
log:
  format: xml
`
	_, err := Parse([]byte(config), "stancebot.yaml", dir, envMap(map[string]string{
		"SLACK_BOT_TOKEN": "x", "SLACK_BOT_TOKEN_FILE": "/run/secrets/slack",
	}))
	if err == nil {
		t.Fatal("no error")
	}
	want := []string{
		"stancebot.yaml:4: sources[0].url: ",
		"stancebot.yaml:5: sources[0].schedule: ",
		"stancebot.yaml:6: sources[1].id: ",
		"stancebot.yaml:9: fetch.timeout: ",
		"stancebot.yaml:11: log.format: ",
		filepath.Join(dir, "watchlist.yaml") + ":2: actors[0].id: ",
		filepath.Join(dir, "watchlist.yaml") + ":4: actors[0].aliases: ",
		filepath.Join(dir, "watchlist.yaml") + ":9: topics[0].colour: ",
		"environment: SLACK_BOT_TOKEN: ",
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != len(want) {
		t.Errorf("got %d problems, want %d:\n%v", len(lines), len(want), err)
	}
	for _, w := range want {
		found := false
		for _, l := range lines {
			if strings.HasPrefix(l, w) {
				found = true
			}
		}
		if !found {
			t.Errorf("no problem starting %q in:\n%v", w, err)
		}
	}
}

func TestLoadNamesWatchlistRelativeToConfig(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "stancebot.yaml"), []byte("watchlist: wl.yaml\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "wl.yaml"), []byte("actors: []\ntopics: []\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Load(filepath.Join(dir, "stancebot.yaml"), nil)
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "wl.yaml")+":1: actors: no actors") {
		t.Errorf("want the watchlist's problem named by its path and line, got:\n%v", err)
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "none.yaml"), nil)
	probs := problemsOf(t, err)
	if len(probs) != 1 || !strings.HasSuffix(probs[0].Where, "none.yaml") || !strings.Contains(probs[0].What, "no such file") {
		t.Errorf("got %v", err)
	}
}

func TestResolveFileURL(t *testing.T) {
	tests := []struct {
		name, raw, want string
		ok              bool
	}{
		{"relative with slashes", "file://feeds/a.xml", "file:///etc/bot/feeds/a.xml", true},
		{"relative opaque", "file:a.xml", "file:///etc/bot/a.xml", true},
		{"dot relative", "file://./a.xml", "file:///etc/bot/a.xml", true},
		{"parent relative", "file://../shared/a.xml", "file:///etc/shared/a.xml", true},
		{"absolute", "file:///var/feeds/a.xml", "file:///var/feeds/a.xml", true},
		{"localhost", "file://localhost/var/a.xml", "file:///var/a.xml", true},
		{"escaped space", "file://my%20feeds/a.xml", "file:///etc/bot/my%20feeds/a.xml", true},
		{"http is not a file", "https://a.example/x", "", false},
		{"no path", "file://", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := resolveFileURL("/etc/bot", tt.raw)
			if got != tt.want || ok != tt.ok {
				t.Errorf("resolveFileURL(%q) = %q, %v; want %q, %v", tt.raw, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestRelativePathsResolveAgainstConfigDir(t *testing.T) {
	dir := writeWatchlist(t)
	config := "store: db/bot.db\ndata_dir: var\nsources:\n  - id: a\n    url: file://feeds/a.xml\n  - id: b\n    url: file:///srv/b.xml\n"
	c, err := Parse([]byte(config), "stancebot.yaml", dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Store != filepath.Join(dir, "db", "bot.db") || c.DataDir != filepath.Join(dir, "var") {
		t.Errorf("store %q, data_dir %q not under %q", c.Store, c.DataDir, dir)
	}
	if got, _ := FilePath(c.Sources[0].URL); got != filepath.Join(dir, "feeds", "a.xml") {
		t.Errorf("relative file source: %q", got)
	}
	if got, _ := FilePath(c.Sources[1].URL); got != "/srv/b.xml" {
		t.Errorf("absolute file source: %q", got)
	}

	// A postgres:// store is refused until store/postgres exists, without
	// showing its password.
	pg := "store: postgres://bot:pw@db.example/stance\n"
	_, err = Parse([]byte(pg), "stancebot.yaml", dir, nil)
	if err == nil || !strings.Contains(err.Error(), "PostgreSQL is not supported yet") || strings.Contains(err.Error(), "pw@") {
		t.Errorf("postgres store: %v", err)
	}
}

func TestModes(t *testing.T) {
	tests := []struct {
		name               string
		config             string
		env                map[string]string
		slackMode, discord string
		slackOn, discordOn bool
	}{
		{name: "nothing set"},
		{name: "slack bot token only posts", env: map[string]string{"SLACK_BOT_TOKEN": "b"}, slackOn: true},
		{name: "slack auto socket", env: map[string]string{"SLACK_BOT_TOKEN": "b", "SLACK_APP_TOKEN": "a"}, slackMode: "socket", slackOn: true},
		{
			name: "slack auto http", config: "http:\n  listen: :8080\n",
			env:       map[string]string{"SLACK_BOT_TOKEN": "b", "SLACK_SIGNING_SECRET": "s"},
			slackMode: "http", slackOn: true,
		},
		{name: "discord auto gateway", env: map[string]string{"DISCORD_BOT_TOKEN": "d"}, discord: "gateway", discordOn: true},
		{
			name: "discord auto http", config: "http:\n  listen: :8080\n",
			env:     map[string]string{"DISCORD_PUBLIC_KEY": strings.Repeat("ab", 32), "DISCORD_APPLICATION_ID": "42"},
			discord: "http", discordOn: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse([]byte(tt.config), "stancebot.yaml", writeWatchlist(t), envMap(tt.env))
			if err != nil {
				t.Fatal(err)
			}
			if c.SlackMode() != tt.slackMode || c.DiscordMode() != tt.discord || c.SlackEnabled() != tt.slackOn || c.DiscordEnabled() != tt.discordOn {
				t.Errorf("slack %q %v, discord %q %v; want slack %q %v, discord %q %v",
					c.SlackMode(), c.SlackEnabled(), c.DiscordMode(), c.DiscordEnabled(), tt.slackMode, tt.slackOn, tt.discord, tt.discordOn)
			}
		})
	}
}

func TestValidateConfigBuiltInCode(t *testing.T) {
	c := Default()
	c.Sources = []Source{{ID: "a", URL: "https://a.example/", Schedule: "@every 5m"}}
	if err := c.Validate(); err != nil {
		t.Errorf("valid config: %v", err)
	}
	c.Sources[0].Schedule = "every five minutes"
	probs := problemsOf(t, c.Validate())
	if len(probs) != 1 || probs[0].Where != "sources[0].schedule" {
		t.Errorf("got %v", probs)
	}
}

func TestNotifyKeys(t *testing.T) {
	dir := t.TempDir()
	wl := "actors:\n  - id: a\n    name: A\n    aliases: [A]\ntopics:\n  - id: t\n    name: T\n    aliases: [T]\n"
	if err := os.WriteFile(filepath.Join(dir, "watchlist.yaml"), []byte(wl), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := Parse([]byte("notify:\n  group_wait: 5s\n  backfill: -1s\n"), "c.yaml", dir, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Notify.GroupWait != 5*time.Second || cfg.Notify.Backfill != -time.Second {
		t.Errorf("notify = %+v", cfg.Notify)
	}
	_, err = Parse([]byte("notify:\n  group_wait: -5s\n"), "c.yaml", dir, func(string) string { return "" })
	if err == nil || !strings.Contains(err.Error(), "notify.group_wait: negative") {
		t.Errorf("negative group_wait: %v", err)
	}
}

func TestASecondYAMLDocumentIsAProblem(t *testing.T) {
	dir := t.TempDir()
	wl := "actors:\n  - id: a\n    name: A\n    aliases: [A]\ntopics:\n  - id: t\n    name: T\n    aliases: [T]\n"
	if err := os.WriteFile(filepath.Join(dir, "watchlist.yaml"), []byte(wl), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Parse([]byte("store: x.db\n---\nbogus: true\n"), "c.yaml", dir, func(string) string { return "" })
	if err == nil || !strings.Contains(err.Error(), "more than one YAML document") {
		t.Errorf("trailing document: %v", err)
	}
	if _, err := ParseWatchlist([]byte(wl+"---\nactors: []\n"), "w.yaml"); err == nil {
		t.Error("watchlist with a second document accepted")
	}
}
