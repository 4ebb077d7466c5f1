package bot

import (
	"net/url"
	"strings"

	"github.com/stancebot/stancebot/news"
)

// redacted replaces a secret in what the bot shows.
const redacted = "REDACTED"

// redactURL is raw as it may be shown in chat (news.RedactURL); a URL
// that does not parse is not shown: "".
func redactURL(raw string) string {
	if _, err := url.Parse(raw); err != nil {
		return ""
	}
	return news.RedactURL(raw)
}

// redactText masks in text (an error message, say) the secrets of the URL
// raw: the URL itself becomes redactURL(raw), and its password, and the
// values of its secret-looking parameters, become REDACTED wherever they
// appear (net/http, for one, prints the URL with the password hidden but
// the query intact).
func redactText(text, raw string) string {
	if raw == "" || text == "" {
		return text
	}
	shown := redactURL(raw)
	if shown == "" {
		shown = "(URL hidden)"
	}
	text = strings.ReplaceAll(text, raw, shown)
	u, err := url.Parse(raw)
	if err != nil {
		return text
	}
	var secrets []string
	if u.User != nil {
		if p, ok := u.User.Password(); ok {
			secrets = append(secrets, p, url.QueryEscape(p))
		} else {
			secrets = append(secrets, u.User.Username()) // a lone user name is often a token
		}
	}
	for _, params := range []string{u.RawQuery, u.EscapedFragment()} {
		for _, p := range strings.Split(params, "&") {
			k, v, ok := strings.Cut(p, "=")
			if name, err := url.QueryUnescape(k); ok && err == nil && news.IsSecretParam(name) {
				secrets = append(secrets, v)
				if dv, err := url.QueryUnescape(v); err == nil {
					secrets = append(secrets, dv)
				}
			}
		}
	}
	for _, s := range secrets {
		// Why: a value of a few characters is no credential, and masking
		// it everywhere would garble the message ("HTTP 40REDACTED").
		if len(s) >= 4 {
			text = strings.ReplaceAll(text, s, redacted)
		}
	}
	return text
}
