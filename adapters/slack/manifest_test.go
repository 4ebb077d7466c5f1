package slack

import (
	"os"
	"slices"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestManifest checks the app manifest offers the commands the bot core
// answers, asks for the scopes posting needs, and is set up for Socket
// Mode as the README says.
func TestManifest(t *testing.T) {
	raw, err := os.ReadFile("manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Features struct {
			SlashCommands []struct {
				Command      string `yaml:"command"`
				Description  string `yaml:"description"`
				ShouldEscape bool   `yaml:"should_escape"`
			} `yaml:"slash_commands"`
		} `yaml:"features"`
		OAuth struct {
			Scopes struct {
				Bot []string `yaml:"bot"`
			} `yaml:"scopes"`
		} `yaml:"oauth_config"`
		Settings struct {
			Events struct {
				BotEvents []string `yaml:"bot_events"`
			} `yaml:"event_subscriptions"`
			Interactivity struct {
				IsEnabled bool `yaml:"is_enabled"`
			} `yaml:"interactivity"`
			SocketMode bool `yaml:"socket_mode_enabled"`
		} `yaml:"settings"`
	}
	if err := yaml.Unmarshal(raw, &m); err != nil {
		t.Fatalf("manifest.yaml: %v", err)
	}
	var commands []string
	for _, c := range m.Features.SlashCommands {
		commands = append(commands, c.Command)
		if c.Description == "" || c.ShouldEscape {
			t.Errorf("%s: needs a description and should_escape false (raw text reaches the bot)", c.Command)
		}
	}
	for _, want := range []string{"/position", "/statements", "/actors", "/topics", "/sources", "/help"} {
		if !slices.Contains(commands, want) {
			t.Errorf("manifest lacks %s", want)
		}
	}
	for _, want := range []string{"commands", "chat:write", "chat:write.public", "app_mentions:read"} {
		if !slices.Contains(m.OAuth.Scopes.Bot, want) {
			t.Errorf("manifest lacks scope %s", want)
		}
	}
	if !slices.Contains(m.Settings.Events.BotEvents, "app_mention") {
		t.Error("manifest does not subscribe to app_mention")
	}
	if !m.Settings.SocketMode || !m.Settings.Interactivity.IsEnabled {
		t.Error("manifest should enable Socket Mode and interactivity")
	}
}
