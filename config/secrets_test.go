package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadSecrets(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "slack_bot_token")
	if err := os.WriteFile(file, []byte("xoxb-from-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, []byte("\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		env     map[string]string
		want    Secrets
		problem string // "" for none: the start of the one problem expected
	}{
		{name: "none", want: Secrets{}},
		{
			name: "from the environment",
			env: map[string]string{
				"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "SLACK_SIGNING_SECRET": "sig",
				"DISCORD_BOT_TOKEN": "dtok", "DISCORD_APPLICATION_ID": "42", "DISCORD_PUBLIC_KEY": "pk",
			},
			want: Secrets{
				SlackBotToken: "xoxb-1", SlackAppToken: "xapp-1", SlackSigningSecret: "sig",
				DiscordBotToken: "dtok", DiscordApplicationID: "42", DiscordPublicKey: "pk",
			},
		},
		{
			name: "from a _FILE, newline trimmed",
			env:  map[string]string{"SLACK_BOT_TOKEN_FILE": file},
			want: Secrets{SlackBotToken: "xoxb-from-file"},
		},
		{
			name:    "both forms",
			env:     map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_BOT_TOKEN_FILE": file},
			problem: "environment: SLACK_BOT_TOKEN: set both SLACK_BOT_TOKEN and SLACK_BOT_TOKEN_FILE",
		},
		{
			name:    "missing file",
			env:     map[string]string{"DISCORD_BOT_TOKEN_FILE": filepath.Join(dir, "nope")},
			problem: "environment: DISCORD_BOT_TOKEN_FILE: read secret file",
		},
		{
			name:    "empty file",
			env:     map[string]string{"DISCORD_PUBLIC_KEY_FILE": empty},
			problem: "environment: DISCORD_PUBLIC_KEY_FILE: secret file",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := LoadSecrets(envMap(tt.env))
			if tt.problem == "" {
				if err != nil {
					t.Fatal(err)
				}
				if got != tt.want {
					t.Errorf("got %+v, want %+v", got, tt.want)
				}
				return
			}
			probs := problemsOf(t, err)
			if len(probs) != 1 || !strings.HasPrefix(probs[0].String(), tt.problem) {
				t.Errorf("got %v, want one problem starting %q", err, tt.problem)
			}
			if strings.Contains(err.Error(), "xoxb-") {
				t.Errorf("problem shows a secret: %v", err)
			}
		})
	}
}

func TestWebhookFromNamedVariable(t *testing.T) {
	dir := writeWatchlist(t)
	hookFile := filepath.Join(dir, "hook")
	if err := os.WriteFile(hookFile, []byte("https://discord.example/api/webhooks/1/tok\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	config := "discord:\n  webhook_url_env: DESK_HOOK\nchannels:\n  - id: desk\n    platform: discord\n"
	c, err := Parse([]byte(config), "stancebot.yaml", dir, envMap(map[string]string{"DESK_HOOK_FILE": hookFile}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Secrets.DiscordWebhookURL != "https://discord.example/api/webhooks/1/tok" || !c.DiscordEnabled() {
		t.Errorf("webhook %q, enabled %v", c.Secrets.DiscordWebhookURL, c.DiscordEnabled())
	}
}

func TestRedactedHidesSecrets(t *testing.T) {
	dir := writeWatchlist(t)
	secrets := map[string]string{
		"SLACK_BOT_TOKEN":        "xoxb-s3cr3t-BOT",
		"SLACK_APP_TOKEN":        "xapp-s3cr3t-APP",
		"SLACK_SIGNING_SECRET":   "s3cr3t-SIGNING",
		"DISCORD_BOT_TOKEN":      "s3cr3t-DISCORD-BOT",
		"DISCORD_APPLICATION_ID": "4242424242",
		"DESK_HOOK":              "https://discord.example/api/webhooks/1/s3cr3t-HOOK",
	}
	config := `store: stancebot.db
http:
  listen: 127.0.0.1:8080
sources:
  - id: a
    url: https://reader:s3cr3t-FEED@feeds.example/rss
discord:
  webhook_url_env: DESK_HOOK
channels:
  - id: desk
    platform: discord
    target: https://discord.example/api/webhooks/2/s3cr3t-TARGET
`
	c, err := Parse([]byte(config), "stancebot.yaml", dir, envMap(secrets))
	if err != nil {
		t.Fatal(err)
	}
	out := c.Redacted()
	for _, leak := range []string{"s3cr3t", "4242424242"} {
		if strings.Contains(out, leak) {
			t.Errorf("Redacted() shows %q:\n%s", leak, out)
		}
	}
	for _, want := range []string{
		"SLACK_BOT_TOKEN: <set>", "SLACK_APP_TOKEN: <set>", "SLACK_SIGNING_SECRET: <set>",
		"DISCORD_BOT_TOKEN: <set>", "DISCORD_APPLICATION_ID: <set>", "DISCORD_PUBLIC_KEY: <unset>",
		"DESK_HOOK: <set>", "listen: 127.0.0.1:8080", "feeds.example/rss", "target: https://discord.example/<redacted>",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Redacted() lacks %q:\n%s", want, out)
		}
	}
	if c.Sources[0].URL != "https://reader:s3cr3t-FEED@feeds.example/rss" {
		t.Error("Redacted changed the config it dumps")
	}
}
