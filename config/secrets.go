package config

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// Secrets are the platform credentials. They are read from the environment
// only: NAME, or NAME_FILE naming a file that holds the value (Docker
// secrets); never from YAML, and never printed (see Config.Redacted).
type Secrets struct {
	SlackBotToken        string // SLACK_BOT_TOKEN
	SlackAppToken        string // SLACK_APP_TOKEN (Socket Mode)
	SlackSigningSecret   string // SLACK_SIGNING_SECRET (HTTP slash commands)
	DiscordBotToken      string // DISCORD_BOT_TOKEN
	DiscordApplicationID string // DISCORD_APPLICATION_ID
	DiscordPublicKey     string // DISCORD_PUBLIC_KEY (HTTP interactions)
	// DiscordWebhookURL comes from the variable named by
	// discord.webhook_url_env, if any.
	DiscordWebhookURL string
}

// Environment variables that hold secrets.
const (
	EnvSlackBotToken        = "SLACK_BOT_TOKEN"
	EnvSlackAppToken        = "SLACK_APP_TOKEN"
	EnvSlackSigningSecret   = "SLACK_SIGNING_SECRET"
	EnvDiscordBotToken      = "DISCORD_BOT_TOKEN"
	EnvDiscordApplicationID = "DISCORD_APPLICATION_ID"
	EnvDiscordPublicKey     = "DISCORD_PUBLIC_KEY"
)

// secretVar ties an environment variable to its field.
type secretVar struct {
	env   string
	field func(*Secrets) *string
}

func secretVars() []secretVar {
	return []secretVar{
		{EnvSlackBotToken, func(s *Secrets) *string { return &s.SlackBotToken }},
		{EnvSlackAppToken, func(s *Secrets) *string { return &s.SlackAppToken }},
		{EnvSlackSigningSecret, func(s *Secrets) *string { return &s.SlackSigningSecret }},
		{EnvDiscordBotToken, func(s *Secrets) *string { return &s.DiscordBotToken }},
		{EnvDiscordApplicationID, func(s *Secrets) *string { return &s.DiscordApplicationID }},
		{EnvDiscordPublicKey, func(s *Secrets) *string { return &s.DiscordPublicKey }},
	}
}

// LoadSecrets reads the six platform secrets from getenv (os.Getenv in
// production; nil reads nothing). Its error is a *Problems: a secret given
// both as NAME and NAME_FILE, or a NAME_FILE that cannot be read or is empty.
// DiscordWebhookURL is filled by Load and Parse, which know its variable.
func LoadSecrets(getenv func(string) string) (Secrets, error) {
	var s Secrets
	ps := &Problems{}
	for _, v := range secretVars() {
		*v.field(&s) = readSecret(getenv, v.env, ps)
	}
	return s, ps.err()
}

// readSecret returns the value of env or of the file named by env_FILE.
// Values are trimmed of surrounding white space: secret files usually end
// in a newline. Problems name the variable, never the value.
func readSecret(getenv func(string) string, env string, ps *Problems) string {
	if getenv == nil {
		return ""
	}
	val := getenv(env)
	file := getenv(env + "_FILE")
	switch {
	case val != "" && file != "":
		ps.add("environment: "+env, "set both %s and %s_FILE; set one", env, env)
		return ""
	case file != "":
		data, err := os.ReadFile(file)
		if err != nil {
			ps.add("environment: "+env+"_FILE", "read secret file %q: %v", file, unwrapPathError(err))
			return ""
		}
		v := strings.TrimSpace(string(data))
		if v == "" {
			ps.add("environment: "+env+"_FILE", "secret file %q is empty", file)
		}
		return v
	}
	return strings.TrimSpace(val)
}

// unwrapPathError drops the path an *os.PathError repeats, since problems
// name the file already.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// SlackEnabled reports whether Slack is configured: SLACK_BOT_TOKEN is set.
func (c *Config) SlackEnabled() bool { return c.Secrets.SlackBotToken != "" }

// DiscordEnabled reports whether Discord is configured: a bot token, the
// HTTP-interactions public key, or a webhook URL is set.
func (c *Config) DiscordEnabled() bool {
	s := c.Secrets
	return s.DiscordBotToken != "" || s.DiscordPublicKey != "" || s.DiscordWebhookURL != ""
}

// SlackMode resolves slack.mode: the configured mode, or with "" (auto)
// "socket" when SLACK_APP_TOKEN is set, "http" when SLACK_SIGNING_SECRET is
// set, and "" when Slack only posts (or is off: see SlackEnabled).
func (c *Config) SlackMode() string {
	if c.Slack.Mode != "" {
		return c.Slack.Mode
	}
	switch {
	case !c.SlackEnabled():
		return ""
	case c.Secrets.SlackAppToken != "":
		return SlackModeSocket
	case c.Secrets.SlackSigningSecret != "":
		return SlackModeHTTP
	}
	return ""
}

// DiscordMode resolves discord.mode: the configured mode, or with "" (auto)
// "http" when DISCORD_PUBLIC_KEY is set, "gateway" when DISCORD_BOT_TOKEN
// is set, and "" when Discord only posts through a webhook (or is off).
func (c *Config) DiscordMode() string {
	if c.Discord.Mode != "" {
		return c.Discord.Mode
	}
	switch {
	case c.Secrets.DiscordPublicKey != "":
		return DiscordModeHTTP
	case c.Secrets.DiscordBotToken != "":
		return DiscordModeGateway
	}
	return ""
}

// checkSecrets reports platform settings that the secrets cannot serve.
func (c *Config) checkSecrets(ps *Problems) {
	s := c.Secrets
	switch c.Slack.Mode {
	case "":
		if !c.SlackEnabled() {
			if s.SlackAppToken != "" {
				ps.add("environment: "+EnvSlackAppToken, "set, but %s is not; Socket Mode needs both", EnvSlackBotToken)
			}
			if s.SlackSigningSecret != "" {
				ps.add("environment: "+EnvSlackSigningSecret, "set, but %s is not; Slack over HTTP needs both", EnvSlackBotToken)
			}
		}
	case SlackModeSocket:
		requireEnv(ps, c.where("slack.mode"), "Slack Socket Mode", map[string]string{
			EnvSlackAppToken: s.SlackAppToken, EnvSlackBotToken: s.SlackBotToken,
		})
	case SlackModeHTTP:
		requireEnv(ps, c.where("slack.mode"), "Slack over HTTP", map[string]string{
			EnvSlackSigningSecret: s.SlackSigningSecret, EnvSlackBotToken: s.SlackBotToken,
		})
	}
	if c.SlackMode() == SlackModeHTTP && c.HTTP.Listen == "" {
		ps.add(c.where("http.listen"), "empty, but Slack over HTTP needs the HTTP server for /slack/commands")
	}

	switch c.Discord.Mode {
	case DiscordModeGateway:
		requireEnv(ps, c.where("discord.mode"), "the Discord gateway", map[string]string{
			EnvDiscordBotToken: s.DiscordBotToken,
		})
	case DiscordModeHTTP:
		requireEnv(ps, c.where("discord.mode"), "Discord HTTP interactions", map[string]string{
			EnvDiscordPublicKey: s.DiscordPublicKey, EnvDiscordApplicationID: s.DiscordApplicationID,
		})
	}
	if c.DiscordMode() == DiscordModeHTTP {
		if c.Discord.Mode == "" && s.DiscordApplicationID == "" {
			ps.add("environment: "+EnvDiscordApplicationID, "not set, but %s is; Discord HTTP interactions need both", EnvDiscordPublicKey)
		}
		if c.HTTP.Listen == "" {
			ps.add(c.where("http.listen"), "empty, but Discord HTTP interactions need the HTTP server for /discord/interactions")
		}
	}
	if k := s.DiscordPublicKey; k != "" && !isHex(k, 64) {
		ps.add("environment: "+EnvDiscordPublicKey, "not an Ed25519 public key (64 hex digits, as shown in the Discord developer portal)")
	}
	if id := s.DiscordApplicationID; id != "" && !isSnowflake(id) {
		ps.add("environment: "+EnvDiscordApplicationID, "not a Discord id (digits only)")
	}
}

// requireEnv reports each variable in vars that is empty.
func requireEnv(ps *Problems, at, what string, vars map[string]string) {
	for _, env := range sortedKeys(vars) {
		if vars[env] == "" {
			ps.add(at, "%s needs %s (or %s_FILE) in the environment", what, env, env)
		}
	}
}

func isHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

func isSnowflake(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// envName reports whether s can name an environment variable.
func envName(s string) bool {
	for i, r := range s {
		switch {
		case r == '_', r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return s != ""
}

func describeSecret(v string) string {
	if v == "" {
		return "<unset>"
	}
	return "<set>"
}

// loadWebhook reads the webhook URL from the variable discord.webhook_url_env names.
func (c *Config) loadWebhook(getenv func(string) string, ps *Problems) {
	name := c.Discord.WebhookURLEnv
	if name == "" {
		return
	}
	at := c.where("discord.webhook_url_env")
	if !envName(name) {
		ps.add(at, "%q is not an environment variable name", name)
		return
	}
	c.Secrets.DiscordWebhookURL = readSecret(getenv, name, ps)
	if c.Secrets.DiscordWebhookURL == "" {
		if getenv == nil || (getenv(name) == "" && getenv(name+"_FILE") == "") {
			ps.add(at, "names %s, but neither %s nor %s_FILE is set", name, name, name)
		}
		return
	}
	if !strings.HasPrefix(c.Secrets.DiscordWebhookURL, "https://") && !strings.HasPrefix(c.Secrets.DiscordWebhookURL, "http://") {
		ps.add("environment: "+name, "not a webhook URL (want https://...)")
	}
}

func fmtList(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = fmt.Sprintf("%q", x)
	}
	return strings.Join(q, ", ")
}
