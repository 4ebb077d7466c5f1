package news

import (
	"net/url"
	"strings"
)

// secretParamWords are pieces of query-parameter names that usually carry
// credentials (token=, api_key=, X-Amz-Signature=, password=, sessionid=).
var secretParamWords = []string{"token", "key", "secret", "sig", "pass", "auth", "session", "credential", "code"}

// IsSecretParam reports whether a query parameter's name looks like it
// carries a credential.
func IsSecretParam(name string) bool {
	name = strings.ToLower(name)
	for _, w := range secretParamWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// RedactURL returns raw fit for logs, errors and chat: without the user
// name and password, and with the values of secret-looking query (and
// fragment) parameters replaced by REDACTED; other parameters keep their
// place and spelling. A string that does not parse as a URL is returned
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
	u.RawQuery = redactParams(u.RawQuery)
	if strings.Contains(u.Fragment, "=") {
		u.RawFragment = redactParams(u.EscapedFragment())
		u.Fragment, _ = url.PathUnescape(u.RawFragment)
	}
	return u.String()
}

// redactParams masks the values of secret-looking parameters in an
// encoded a=1&b=2 list.
func redactParams(raw string) string {
	if raw == "" {
		return raw
	}
	parts := strings.Split(raw, "&")
	for i, p := range parts {
		k, _, hasValue := strings.Cut(p, "=")
		name, err := url.QueryUnescape(k)
		if err != nil {
			name = k
		}
		if hasValue && IsSecretParam(name) {
			parts[i] = k + "=REDACTED"
		}
	}
	return strings.Join(parts, "&")
}
