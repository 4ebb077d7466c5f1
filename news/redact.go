package news

import (
	"net/url"
	"strings"
)

// secretKeyParts are pieces of query-parameter names that usually carry
// credentials (token=, api_key=, sig=, password=, session=…).
var secretKeyParts = []string{"token", "key", "secret", "sig", "pass", "auth", "session", "credential", "code"}

// RedactURL returns raw fit for logs, errors and chat: without user
// information and with the values of credential-looking query parameters
// replaced by REDACTED. A string that does not parse as a URL is returned
// with anything between "//" and "@" removed.
func RedactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		if i := strings.Index(raw, "//"); i >= 0 {
			if j := strings.Index(raw[i+2:], "@"); j >= 0 {
				return raw[:i+2] + raw[i+2+j+1:]
			}
		}
		return raw
	}
	u.User = nil
	if u.RawQuery != "" {
		q := u.Query()
		changed := false
		for k, vs := range q {
			lk := strings.ToLower(k)
			for _, part := range secretKeyParts {
				if strings.Contains(lk, part) {
					for i := range vs {
						vs[i] = "REDACTED"
					}
					changed = true
					break
				}
			}
		}
		if changed {
			u.RawQuery = q.Encode()
		}
	}
	return u.String()
}
