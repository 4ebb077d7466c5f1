package config

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/andybalholm/cascadia"
	"github.com/robfig/cron/v3"
	"golang.org/x/text/language"

	// CRON_TZ specs name zones; check them even where the system has no
	// zoneinfo (distroless images), as jobs does at run time.
	_ "time/tzdata"
)

// Validate checks the configuration and returns a *Problems listing every
// problem, or nil. Checks against the watchlist (actor and topic ids) are
// skipped when c.Watchlist is nil. Checks that need secrets use c.Secrets.
func (c *Config) Validate() error {
	ps := &Problems{}
	c.checkStore(ps)
	c.checkSources(ps)
	c.checkFetch(ps)
	c.checkNotify(ps)
	checkSchedule(ps, c.where("poll.tick"), c.Poll.Tick)
	c.checkHTTP(ps)
	c.checkLog(ps)
	c.checkPlatforms(ps)
	c.checkChannels(ps)
	c.checkSecrets(ps)
	return ps.err()
}

func (c *Config) checkStore(ps *Problems) {
	switch {
	case c.Store == "":
		ps.add(c.where("store"), "empty; give a SQLite file path or a postgres:// URL")
	case strings.Contains(c.Store, "://"):
		u, err := url.Parse(c.Store)
		if err != nil {
			ps.add(c.where("store"), "invalid URL: %v", redactURLError(err))
			return
		}
		if u.Scheme != "postgres" && u.Scheme != "postgresql" {
			ps.add(c.where("store"), "unsupported URL scheme %q; give a SQLite file path", u.Scheme)
			return
		}
		// Why refuse it here: a config check that passes must mean the bot
		// starts. The PostgreSQL back end (store/postgres) is not built yet.
		ps.add(c.where("store"), "PostgreSQL is not supported yet; give a SQLite file path")
	}
}

func (c *Config) checkSources(ps *Problems) {
	first := map[string]int{}
	for i, s := range c.Sources {
		at := fmt.Sprintf("sources[%d]", i)
		checkSlug(ps, c.where(at+".id"), s.ID)
		if s.ID != "" {
			if j, dup := first[s.ID]; dup {
				ps.add(c.where(at+".id"), "duplicate source id %q (first at %s)", s.ID, c.lineOf(fmt.Sprintf("sources[%d]", j)))
			} else {
				first[s.ID] = i
			}
		}
		checkSourceURL(ps, c.where(at+".url"), s.URL)
		checkSchedule(ps, c.where(at+".schedule"), s.Schedule)
		if s.DefaultActor != "" {
			c.checkIDs(ps, at+".default_actor", "actor", []string{s.DefaultActor}, false)
		}
		if s.Language != "" {
			if _, err := language.Parse(s.Language); err != nil {
				ps.add(c.where(at+".language"), "%q is not a language tag such as \"en\" or \"pt-BR\"", s.Language)
			}
		}
		c.checkSourceKind(ps, at, s)
	}
}

// checkSourceKind checks kind, the page selectors a page source needs, and
// that a telegram source names a channel.
func (c *Config) checkSourceKind(ps *Problems, at string, s Source) {
	switch s.Kind {
	case "", KindFeed, KindTelegram, KindPage:
	default:
		ps.add(c.where(at+".kind"), "%q is not one of feed, page, telegram", s.Kind)
		return
	}
	if s.Kind == KindPage {
		if s.Page == nil || (s.Page.Item == "" && s.Page.Link == "") {
			ps.add(c.where(at+".kind"), "page source needs page.link (a CSS selector of the entries' links), or page.item")
		}
	} else if s.Page != nil {
		ps.add(c.where(at+".page"), "page selectors are only for kind: page")
	}
	if s.Page != nil {
		for _, f := range []struct{ key, sel string }{
			{"item", s.Page.Item}, {"link", s.Page.Link}, {"title", s.Page.Title}, {"date", s.Page.Date},
		} {
			if f.sel == "" {
				continue
			}
			if _, err := cascadia.ParseGroup(f.sel); err != nil {
				ps.add(c.where(at+".page."+f.key), "invalid CSS selector %q: %v", f.sel, err)
			}
		}
		if s.Page.MaxArticles < 0 {
			ps.add(c.where(at+".page.max_articles"), "negative (%d)", s.Page.MaxArticles)
		}
	}
	if s.Kind == KindTelegram && !isTelegramURL(s.URL) {
		ps.add(c.where(at+".url"), "telegram source needs a public channel URL such as https://t.me/s/NAME")
	}
}

// isTelegramURL reports a t.me (or telegram.me) channel link.
func isTelegramURL(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		return false
	}
	switch strings.ToLower(u.Hostname()) {
	case "t.me", "telegram.me", "www.t.me", "www.telegram.me":
		return strings.Trim(strings.TrimPrefix(strings.Trim(u.Path, "/"), "s/"), "/") != ""
	}
	return false
}

func checkSourceURL(ps *Problems, at, raw string) {
	if raw == "" {
		ps.add(at, "missing; give an http(s):// or file:// URL")
		return
	}
	u, err := url.Parse(raw)
	if err != nil {
		ps.add(at, "invalid URL: %v", redactURLError(err))
		return
	}
	switch u.Scheme {
	case "http", "https":
		if u.Host == "" {
			ps.add(at, "URL has no host")
		}
	case "file":
		if u.Path == "" {
			ps.add(at, "file URL has no path")
		}
	default:
		ps.add(at, "unsupported URL scheme %q; give an http(s):// or file:// URL", u.Scheme)
	}
}

// checkSchedule reports a spec that the scheduler would refuse.
func checkSchedule(ps *Problems, at, spec string) {
	if err := parseSchedule(spec); err != nil {
		ps.add(at, "%v", err)
	}
}

// parseSchedule checks spec with the parser jobs.ParseSchedule uses: five
// fields, descriptors (@hourly, @every 5m) and a CRON_TZ= or TZ= prefix.
func parseSchedule(spec string) (err error) {
	fail := func(why string) error { return fmt.Errorf("invalid cron spec %q: %s", spec, why) }
	spec = strings.TrimSpace(spec)
	if spec == "" {
		return fail("empty")
	}
	rest := spec
	if strings.HasPrefix(rest, "TZ=") || strings.HasPrefix(rest, "CRON_TZ=") {
		// robfig/cron slices up to the first space and panics without one.
		_, after, ok := strings.Cut(rest, " ")
		if !ok || strings.TrimSpace(after) == "" {
			return fail("a time zone but no schedule")
		}
		rest = strings.TrimSpace(after)
	}
	if d, ok := strings.CutPrefix(rest, "@every "); ok {
		dur, perr := time.ParseDuration(strings.TrimSpace(d))
		if perr == nil && dur < time.Second {
			return fail("@every needs at least 1s")
		}
	}
	defer func() {
		if r := recover(); r != nil {
			err = fail(fmt.Sprint(r))
		}
	}()
	p := cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)
	if _, perr := p.Parse(spec); perr != nil {
		return fail(perr.Error())
	}
	return nil
}

func (c *Config) checkNotify(ps *Problems) {
	if c.Notify.GroupWait < 0 {
		ps.add(c.where("notify.group_wait"), "negative (%s); give a duration such as 30s", c.Notify.GroupWait)
	}
	if id := c.Notify.AdminChannel; id != "" {
		found := false
		for _, ch := range c.Channels {
			found = found || ch.ID == id
		}
		if !found {
			ps.add(c.where("notify.admin_channel"), "unknown channel %q: not under channels", id)
		}
	}
}

func (c *Config) checkFetch(ps *Problems) {
	f := c.Fetch
	if f.Timeout < 0 {
		ps.add(c.where("fetch.timeout"), "negative (%s); give a duration such as 20s", f.Timeout)
	}
	if f.MaxBodyBytes < 0 {
		ps.add(c.where("fetch.max_body_bytes"), "negative (%d)", f.MaxBodyBytes)
	}
	if f.Concurrency < 0 {
		ps.add(c.where("fetch.concurrency"), "negative (%d)", f.Concurrency)
	}
	if strings.ContainsAny(f.UserAgent, "\r\n") {
		ps.add(c.where("fetch.user_agent"), "contains a line break")
	}
	if f.ConnectTimeout < 0 {
		ps.add(c.where("fetch.connect_timeout"), "negative (%s); give a duration such as 10s", f.ConnectTimeout)
	}
	if f.HostGap < 0 {
		ps.add(c.where("fetch.host_gap"), "negative (%s); give a duration such as 1s", f.HostGap)
	}
	if f.DisableAfter < -1 {
		ps.add(c.where("fetch.disable_after"), "%d; give a number of failures, or -1 for never", f.DisableAfter)
	}
	for i, n := range f.AllowNetworks {
		if _, err := netip.ParsePrefix(strings.TrimSpace(n)); err != nil {
			ps.add(c.where(fmt.Sprintf("fetch.allow_networks[%d]", i)), "%q is not a network in CIDR form such as 10.20.0.0/16", n)
		}
	}
}

func (c *Config) checkHTTP(ps *Problems) {
	if c.HTTP.Listen == "" {
		return
	}
	_, port, err := net.SplitHostPort(c.HTTP.Listen)
	if err != nil {
		ps.add(c.where("http.listen"), "%q is not host:port (e.g. 127.0.0.1:8080 or :8080)", c.HTTP.Listen)
		return
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		ps.add(c.where("http.listen"), "port %q is not a number from 0 to 65535", port)
	}
}

func (c *Config) checkLog(ps *Problems) {
	checkOneOf(ps, c.where("log.level"), c.Log.Level, "debug", "info", "warn", "error")
	checkOneOf(ps, c.where("log.format"), c.Log.Format, "text", "json")
}

func (c *Config) checkPlatforms(ps *Problems) {
	checkOneOf(ps, c.where("slack.mode"), c.Slack.Mode, "", SlackModeSocket, SlackModeHTTP)
	checkOneOf(ps, c.where("discord.mode"), c.Discord.Mode, "", DiscordModeGateway, DiscordModeHTTP)
	checkAPIURL(ps, c.where("slack.api_url"), c.Slack.APIURL)
	checkAPIURL(ps, c.where("discord.api_url"), c.Discord.APIURL)
	for i, a := range c.Slack.Admins {
		if strings.TrimSpace(a) == "" {
			ps.add(c.where(fmt.Sprintf("slack.admins[%d]", i)), "blank user id")
		}
	}
	for i, g := range c.Discord.GuildIDs {
		if !isSnowflake(g) {
			ps.add(c.where(fmt.Sprintf("discord.guild_ids[%d]", i)), "%q is not a Discord guild id (digits only)", g)
		}
	}
}

func checkAPIURL(ps *Problems, at, raw string) {
	if raw == "" {
		return
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		ps.add(at, "not an http(s):// URL")
	}
}

func (c *Config) checkChannels(ps *Problems) {
	first := map[string]int{}
	for i, ch := range c.Channels {
		at := fmt.Sprintf("channels[%d]", i)
		checkSlug(ps, c.where(at+".id"), ch.ID)
		if ch.ID != "" {
			if j, dup := first[ch.ID]; dup {
				ps.add(c.where(at+".id"), "duplicate channel id %q (first at %s)", ch.ID, c.lineOf(fmt.Sprintf("channels[%d]", j)))
			} else {
				first[ch.ID] = i
			}
		}
		c.checkTarget(ps, at, ch)
		for j, r := range ch.Alerts {
			rat := fmt.Sprintf("%s.alerts[%d]", at, j)
			c.checkIDs(ps, rat+".actors", "actor", r.Actors, true)
			c.checkIDs(ps, rat+".topics", "topic", r.Topics, true)
			for k, s := range r.Stances {
				checkOneOf(ps, c.where(fmt.Sprintf("%s.stances[%d]", rat, k)), s, "support", "oppose", "neutral")
			}
			for k, on := range r.On {
				checkOneOf(ps, c.where(fmt.Sprintf("%s.on[%d]", rat, k)), on, OnStatement, OnChange)
			}
		}
		if d := ch.Digest; d != nil {
			if d.Schedule == "" {
				ps.add(c.where(at+".digest.schedule"), "missing; give a cron spec such as \"CRON_TZ=Europe/Kyiv 0 8 * * 1-5\"")
			} else {
				checkSchedule(ps, c.where(at+".digest.schedule"), d.Schedule)
			}
			c.checkIDs(ps, at+".digest.actors", "actor", d.Actors, true)
			c.checkIDs(ps, at+".digest.topics", "topic", d.Topics, true)
		}
	}
}

func (c *Config) checkTarget(ps *Problems, at string, ch Channel) {
	pat := c.where(at + ".platform")
	tat := c.where(at + ".target")
	switch ch.Platform {
	case PlatformSlack:
		if strings.TrimSpace(ch.Target) == "" {
			ps.add(tat, "missing; give the Slack channel id (e.g. C0123456)")
		}
		if !c.SlackEnabled() {
			ps.add(pat, "slack, but %s (or %s_FILE) is not set in the environment", EnvSlackBotToken, EnvSlackBotToken)
		}
	case PlatformDiscord:
		switch {
		case ch.Target == "":
			if c.Discord.WebhookURLEnv == "" {
				ps.add(tat, "missing; give a Discord channel id or webhook URL, or set discord.webhook_url_env")
			}
		case strings.HasPrefix(ch.Target, "https://") || strings.HasPrefix(ch.Target, "http://"):
			if u, err := url.Parse(ch.Target); err != nil || u.Host == "" {
				ps.add(tat, "not a webhook URL")
			}
		case isSnowflake(ch.Target):
			if c.Secrets.DiscordBotToken == "" {
				ps.add(pat, "discord channel id, but %s (or %s_FILE) is not set in the environment", EnvDiscordBotToken, EnvDiscordBotToken)
			}
		default:
			ps.add(tat, "not a Discord channel id (digits only) or webhook URL")
		}
	case PlatformConsole:
	case "":
		ps.add(pat, "missing; give slack, discord or console")
	default:
		ps.add(pat, "unknown platform %q; give slack, discord or console", ch.Platform)
	}
}

// checkIDs reports ids that are not actors (kind "actor") or topics of the
// watchlist, suggesting the closest id. Skipped without a watchlist.
func (c *Config) checkIDs(ps *Problems, path, kind string, ids []string, list bool) {
	if c.Watchlist == nil {
		return
	}
	known := c.Watchlist.ActorIDs()
	if kind == "topic" {
		known = c.Watchlist.TopicIDs()
	}
	for i, id := range ids {
		at := path
		if list {
			at = fmt.Sprintf("%s[%d]", path, i)
		}
		if contains(known, id) {
			continue
		}
		msg := fmt.Sprintf("unknown %s %q: not in the watchlist", kind, id)
		if near := closest(id, known, 3); len(near) > 0 {
			msg += "; closest: " + fmtList(near)
		}
		ps.add(c.where(at), "%s", msg)
	}
}

func checkOneOf(ps *Problems, at, v string, allowed ...string) {
	if contains(allowed, v) {
		return
	}
	shown := make([]string, 0, len(allowed))
	for _, a := range allowed {
		if a != "" {
			shown = append(shown, a)
		}
	}
	ps.add(at, "%q is not one of %s", v, strings.Join(shown, ", "))
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func (c *Config) lineOf(path string) string { return lineOf(c.pos, path) }

// redactURLError keeps a URL parse error from echoing the URL, which may
// carry a password.
func redactURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// closest returns up to n of known nearest to id by edit distance, nearest
// first, leaving out those too far to be a typo.
func closest(id string, known []string, n int) []string {
	type cand struct {
		id string
		d  int
	}
	var cs []cand
	for _, k := range known {
		d := editDistance(id, k)
		if d <= max(2, len(id)/3) || strings.Contains(k, id) || strings.Contains(id, k) {
			cs = append(cs, cand{k, d})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	out := []string{}
	for i := 0; i < len(cs) && i < n; i++ {
		out = append(out, cs[i].id)
	}
	return out
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
