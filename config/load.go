package config

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Load reads the config file at path, decodes it strictly over Default,
// resolves relative paths against the file's directory, loads the watchlist
// into cfg.Watchlist, reads secrets through getenv (os.Getenv in production)
// and runs Validate. Its error is a *Problems listing every problem found,
// in the config file, the watchlist and the environment, each naming where.
func Load(path string, getenv func(string) string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Problems{List: []Problem{{Where: path, What: fmt.Sprintf("read config: %v", unwrapPathError(err))}}}
	}
	return Parse(data, path, filepath.Dir(path), getenv)
}

// Parse is Load from bytes: name is the file name used in problems and dir
// the directory that relative paths (store, watchlist, data_dir, file://
// sources) are resolved against; the watchlist is read from there.
func Parse(data []byte, name, dir string, getenv func(string) string) (*Config, error) {
	c := Default()
	pos, probs := decodeStrict(data, name, c, secretKeyHint)
	c.pos = pos
	ps := &Problems{List: probs}
	if isSyntaxOnly(probs) {
		return nil, ps
	}
	c.applyDefaults()
	watchlistName := displayPath(filepath.Dir(name), c.WatchlistPath, dir)
	c.resolvePaths(dir)

	c.loadWatchlist(watchlistName, ps)

	secrets, err := LoadSecrets(getenv)
	c.Secrets = secrets
	appendProblems(ps, err)
	c.loadWebhook(getenv, ps)

	appendProblems(ps, c.Validate())
	sortProblems(ps.List, name, watchlistName)
	if err := ps.err(); err != nil {
		return nil, err
	}
	return c, nil
}

var whereLine = regexp.MustCompile(`^(.*?):(\d+)(?::|$)`)

// sortProblems orders problems as a reader fixes them: the config file by
// line, then the watchlist by line, then the environment; problems without
// a line keep their place after those of their file that have one.
func sortProblems(list []Problem, configName, watchlistName string) {
	type key struct{ rank, line int }
	keyOf := func(p Problem) key {
		file, line := p.Where, 1<<30
		if m := whereLine.FindStringSubmatch(p.Where); m != nil {
			file = m[1]
			line, _ = strconv.Atoi(m[2])
		}
		switch {
		case file == configName || strings.HasPrefix(file, configName+": "):
			return key{0, line}
		case file == watchlistName || strings.HasPrefix(file, watchlistName+": "):
			return key{1, line}
		case strings.HasPrefix(file, "environment: "):
			return key{2, 0}
		}
		return key{3, 0}
	}
	sort.SliceStable(list, func(i, j int) bool {
		a, b := keyOf(list[i]), keyOf(list[j])
		if a.rank != b.rank {
			return a.rank < b.rank
		}
		return a.line < b.line
	})
}

func appendProblems(ps *Problems, err error) {
	var p *Problems
	if errors.As(err, &p) && p != nil {
		ps.List = append(ps.List, p.List...)
	}
}

// loadWatchlist reads c.WatchlistPath into c.Watchlist; display is the
// watchlist's name in problems.
func (c *Config) loadWatchlist(display string, ps *Problems) {
	data, err := os.ReadFile(c.WatchlistPath)
	if err != nil {
		ps.add(c.where("watchlist"), "read watchlist %s: %v", display, unwrapPathError(err))
		return
	}
	w, err := ParseWatchlist(data, display)
	if err != nil {
		appendProblems(ps, err)
		return
	}
	c.Watchlist = w
}

// displayPath names a resolved file in problems the way the user would find
// it: relative to where the config file was named from when possible.
func displayPath(nameDir, configured, dir string) string {
	if filepath.IsAbs(configured) {
		return configured
	}
	if nameDir == "" || nameDir == "." {
		nameDir = dir
	}
	return filepath.Join(nameDir, configured)
}

// resolvePaths makes store, watchlist, data_dir and file:// source paths
// absolute against dir.
func (c *Config) resolvePaths(dir string) {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	if !strings.Contains(c.Store, "://") && c.Store != ":memory:" && !strings.HasPrefix(c.Store, "file:") {
		c.Store = resolve(dir, c.Store)
	}
	c.WatchlistPath = resolve(dir, c.WatchlistPath)
	if c.DataDir != "" {
		c.DataDir = resolve(dir, c.DataDir)
	}
	for i := range c.Sources {
		if u, ok := resolveFileURL(dir, c.Sources[i].URL); ok {
			c.Sources[i].URL = u
		}
	}
	if c.Slack.APIURL != "" && !strings.HasSuffix(c.Slack.APIURL, "/") {
		// slack-go builds endpoints as APIURL + "chat.postMessage".
		c.Slack.APIURL += "/"
	}
}

func resolve(dir, p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}

// resolveFileURL turns file://rel/path, file:rel/path and file:///abs/path
// into file:///abs/path. ok is false for anything that is not a file URL or
// cannot be read as one (Validate reports it).
func resolveFileURL(dir, raw string) (string, bool) {
	rest, found := cutPrefixFold(raw, "file:")
	if !found {
		return "", false
	}
	rest = strings.TrimPrefix(rest, "//")
	if strings.HasPrefix(rest, "localhost/") {
		rest = strings.TrimPrefix(rest, "localhost")
	}
	p, err := url.PathUnescape(rest)
	if err != nil || p == "" {
		return "", false
	}
	if !strings.HasPrefix(p, "/") {
		p = filepath.ToSlash(filepath.Join(dir, filepath.FromSlash(p)))
	}
	return (&url.URL{Scheme: "file", Path: p}).String(), true
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// FilePath returns the local path of a file:// source URL as resolved by
// Load, and false for any other URL.
func FilePath(sourceURL string) (string, bool) {
	u, err := url.Parse(sourceURL)
	if err != nil || u.Scheme != "file" || u.Path == "" {
		return "", false
	}
	return filepath.FromSlash(u.Path), true
}

// secretKeyHint explains, for an unknown key that looks like a secret, that
// secrets come from the environment.
func secretKeyHint(path string) string {
	i := strings.LastIndex(path, ".")
	key := strings.ToLower(path[i+1:])
	section := ""
	if i > 0 {
		section = path[:i]
	}
	looksSecret := slices.ContainsFunc([]string{"token", "secret", "password", "public_key", "application_id", "app_id", "webhook_url"},
		func(s string) bool { return strings.Contains(key, s) })
	if !looksSecret {
		return ""
	}
	switch section {
	case "slack":
		return "Slack secrets come from the environment: " + strings.Join([]string{EnvSlackBotToken, EnvSlackAppToken, EnvSlackSigningSecret}, ", ") + " (or NAME_FILE)"
	case "discord":
		return "Discord secrets come from the environment: " + strings.Join([]string{EnvDiscordBotToken, EnvDiscordApplicationID, EnvDiscordPublicKey}, ", ") + " (or NAME_FILE); a webhook URL through webhook_url_env"
	}
	return "secrets come from the environment, never from the config file"
}

func (c *Config) where(path string) string { return c.pos.where(path) }
