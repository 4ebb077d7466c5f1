package config

import (
	"fmt"
	"net/url"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Redacted returns the effective configuration as YAML for
// `stancebot config dump`: defaults filled in, paths resolved, and a secrets
// section that shows each secret only as "<set>" or "<unset>". Passwords in
// URLs and the token part of webhook URLs are masked too.
func (c *Config) Redacted() string {
	cp := *c
	cp.Store = redactURL(cp.Store)
	cp.Sources = append([]Source(nil), c.Sources...)
	for i := range cp.Sources {
		cp.Sources[i].URL = redactURL(cp.Sources[i].URL)
	}
	cp.Slack.APIURL = redactURL(cp.Slack.APIURL)
	cp.Discord.APIURL = redactURL(cp.Discord.APIURL)
	cp.Channels = append([]Channel(nil), c.Channels...)
	for i := range cp.Channels {
		cp.Channels[i].Target = redactTarget(cp.Channels[i].Target)
	}

	secrets := map[string]string{}
	for _, v := range secretVars() {
		secrets[v.env] = describeSecret(*v.field(&cp.Secrets))
	}
	if name := c.Discord.WebhookURLEnv; name != "" && envName(name) {
		secrets[name] = describeSecret(c.Secrets.DiscordWebhookURL)
	}
	dump := struct {
		Config  `yaml:",inline"`
		Secrets map[string]string `yaml:"secrets"`
	}{cp, secrets}
	out, err := yaml.Marshal(dump)
	if err != nil {
		// Config holds only strings, numbers, bools and lists of them.
		return fmt.Sprintf("# cannot dump config: %v\n", err)
	}
	return string(out)
}

// redactURL masks the password of a URL; other strings are returned as
// they are.
func redactURL(s string) string {
	if !strings.Contains(s, "://") {
		return s
	}
	u, err := url.Parse(s)
	if err != nil {
		return "<invalid URL>"
	}
	return u.Redacted()
}

// redactTarget masks everything after the host of a URL target: a Discord
// webhook URL carries its token in the path.
func redactTarget(s string) string {
	if !strings.Contains(s, "://") {
		return s
	}
	u, err := url.Parse(s)
	if err != nil {
		return "<invalid URL>"
	}
	if u.Path == "" || u.Path == "/" {
		return u.Scheme + "://" + u.Host
	}
	return u.Scheme + "://" + u.Host + "/<redacted>"
}
