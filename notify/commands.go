package notify

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/news"
)

// RuleStore keeps the alert rules added from chat and the mutes.
type RuleStore interface {
	AddWatchRule(ctx context.Context, r StoredRule) (int64, error)
	// RemoveWatchRule returns news.ErrNotFound when channel has no rule id.
	RemoveWatchRule(ctx context.Context, channel string, id int64) error
	WatchRules(ctx context.Context) ([]StoredRule, error)
	// SetMute stores a mute; a zero Until lifts it.
	SetMute(ctx context.Context, m Mute) error
	Mutes(ctx context.Context, now time.Time) ([]Mute, error)
}

// Digester makes a channel's digest out of schedule; the Dispatcher is
// one.
type Digester interface {
	DigestNow(ctx context.Context, channel string) (n int, posted bool, err error)
}

// DigesterFunc adapts a function to a Digester.
type DigesterFunc func(ctx context.Context, channel string) (int, bool, error)

// DigestNow calls f.
func (f DigesterFunc) DigestNow(ctx context.Context, channel string) (int, bool, error) {
	return f(ctx, channel)
}

// AdminOptions configure the admin commands.
type AdminOptions struct {
	Router    *Router
	Rules     RuleStore
	Digester  Digester    // nil: /digest answers from the Ledger only
	Ledger    news.Ledger // for /digest in a channel without a digest
	Watchlist *news.Watchlist
	Now       func() time.Time
	Logger    *slog.Logger
}

// Admin serves /watch, /digest and /mute. Build it with NewAdmin, Load
// the stored rules and mutes, and register Commands with the bot.Mux.
type Admin struct {
	o   AdminOptions
	log *slog.Logger
}

// NewAdmin returns the admin commands; Router and Rules are required.
func NewAdmin(o AdminOptions) *Admin {
	if o.Router == nil || o.Rules == nil {
		panic("notify: NewAdmin needs a Router and a RuleStore")
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Watchlist == nil {
		o.Watchlist = &news.Watchlist{}
	}
	return &Admin{o: o, log: o.Logger}
}

// Load reads the rules added from chat and the mutes in force into the
// Router.
func (a *Admin) Load(ctx context.Context) error {
	rules, err := a.o.Rules.WatchRules(ctx)
	if err != nil {
		return fmt.Errorf("load watch rules: %w", err)
	}
	if err := a.o.Router.SetChatRules(rules); err != nil {
		return fmt.Errorf("load watch rules: %w", err)
	}
	mutes, err := a.o.Rules.Mutes(ctx, a.o.Now())
	if err != nil {
		return fmt.Errorf("load mutes: %w", err)
	}
	a.o.Router.SetMutes(mutes)
	return nil
}

// Commands are the admin commands, for bot.Mux.Register.
func (a *Admin) Commands() []bot.Command {
	return []bot.Command{
		{Name: "watch", Usage: "/watch add ACTOR|TOPIC|STANCE|EVENT… · /watch list · /watch remove ID",
			Help: "alert this channel when matching statements are stored (admins)", Admin: true, Run: a.watch},
		{Name: "digest", Usage: "/digest now", Help: "post this channel's digest now (admins)", Admin: true, Run: a.digest},
		{Name: "mute", Usage: "/mute TOPIC DURATION", Help: "pause alerts on a topic in this channel, e.g. /mute purl 2h (admins)", Admin: true, Run: a.mute},
	}
}

// place is the channel a message came from, as the router knows it.
type place struct {
	id, platform, target string
	configured           *Channel
}

func (a *Admin) placeOf(msg bot.Message) place {
	for _, c := range a.o.Router.Channels() {
		if c.Platform == msg.Platform && (c.Target == msg.Channel || c.Platform == "console") {
			return place{id: c.ID, platform: c.Platform, target: c.Target, configured: &c}
		}
	}
	return place{id: ChatChannelID(msg.Platform, msg.Channel), platform: msg.Platform, target: msg.Channel}
}

func (a *Admin) watch(ctx context.Context, msg bot.Message, args []string) bot.Reply {
	c := a.Commands()[0]
	if len(args) == 0 {
		return usageReply(c, "Tell me what to do: add, list or remove.")
	}
	pl := a.placeOf(msg)
	switch strings.ToLower(args[0]) {
	case "add":
		rule, err := ParseRule(a.o.Watchlist, args[1:])
		if err != nil {
			return usageReply(c, "I can't watch that: "+err.Error()+".")
		}
		body, err := json.Marshal(rule)
		if err != nil {
			return a.oops(ctx, "encode watch rule", err)
		}
		sr := StoredRule{Channel: pl.id, Platform: pl.platform, Target: pl.target, Rule: body, CreatedBy: msg.User, Created: a.o.Now()}
		if sr.ID, err = a.o.Rules.AddWatchRule(ctx, sr); err != nil {
			return a.oops(ctx, "add watch rule", err)
		}
		if err := a.reload(ctx); err != nil {
			return a.oops(ctx, "reload watch rules", err)
		}
		a.log.InfoContext(ctx, "watch rule added", slog.String("channel", pl.id), slog.Int64("rule", sr.ID))
		return bot.Reply{Blocks: []bot.Block{
			{Kind: bot.Paragraph, Spans: []bot.Span{bot.T("Watching in this channel: "), bot.B(rule.Describe(a.o.Watchlist)), bot.T(".")}},
			{Kind: bot.Context, Spans: []bot.Span{bot.T(fmt.Sprintf("Rule %d · /watch remove %d stops it · /watch list shows every rule", sr.ID, sr.ID))}},
		}}
	case "list", "ls":
		return a.list(pl)
	case "remove", "rm", "delete":
		if len(args) != 2 {
			return usageReply(c, "Tell me the number of the rule to remove (see /watch list).")
		}
		id, err := strconv.ParseInt(strings.TrimPrefix(args[1], "#"), 10, 64)
		if err != nil {
			return usageReply(c, fmt.Sprintf("%q is not a rule number (see /watch list).", args[1]))
		}
		err = a.o.Rules.RemoveWatchRule(ctx, pl.id, id)
		if errors.Is(err, news.ErrNotFound) {
			return bot.Reply{Ephemeral: true, Blocks: []bot.Block{{Kind: bot.Paragraph, Spans: []bot.Span{
				bot.T(fmt.Sprintf("This channel has no rule %d added from chat. Rules from the config file are changed there; /watch list shows them all.", id)),
			}}}}
		}
		if err != nil {
			return a.oops(ctx, "remove watch rule", err)
		}
		if err := a.reload(ctx); err != nil {
			return a.oops(ctx, "reload watch rules", err)
		}
		a.log.InfoContext(ctx, "watch rule removed", slog.String("channel", pl.id), slog.Int64("rule", id))
		return bot.Text(fmt.Sprintf("Rule %d removed: this channel no longer gets those alerts.", id))
	}
	return usageReply(c, fmt.Sprintf("I don't know /watch %s.", args[0]))
}

func (a *Admin) reload(ctx context.Context) error {
	rules, err := a.o.Rules.WatchRules(ctx)
	if err != nil {
		return err
	}
	return a.o.Router.SetChatRules(rules)
}

func (a *Admin) list(pl place) bot.Reply {
	var items [][]bot.Span
	if pl.configured != nil {
		for _, r := range pl.configured.Rules {
			items = append(items, []bot.Span{bot.T("config · " + r.Describe(a.o.Watchlist))})
		}
	}
	for _, sr := range a.o.Router.ChatRules(pl.id) {
		var r Rule
		if err := json.Unmarshal(sr.Rule, &r); err != nil {
			continue
		}
		items = append(items, []bot.Span{bot.B(fmt.Sprintf("%d", sr.ID)), bot.T(" · " + r.Describe(a.o.Watchlist) + " · added " + sr.Created.UTC().Format("2006-01-02"))})
	}
	r := bot.Reply{Ephemeral: true}
	if len(items) == 0 {
		r.Blocks = append(r.Blocks, bot.Block{Kind: bot.Paragraph, Spans: []bot.Span{bot.T("This channel gets no alerts. /watch add russia purl starts some.")}})
	} else {
		r.Blocks = append(r.Blocks,
			bot.Block{Kind: bot.Heading, Spans: []bot.Span{bot.B(fmt.Sprintf("Alert rules for this channel (%d)", len(items)))}},
			bot.Block{Kind: bot.List, Items: items})
	}
	if pl.configured != nil && pl.configured.Digest != nil {
		r.Blocks = append(r.Blocks, bot.Block{Kind: bot.Context, Spans: []bot.Span{bot.T("Digest: " + pl.configured.Digest.Spec)}})
	}
	now := a.o.Now()
	for _, m := range a.o.Router.Mutes(pl.id, now) {
		r.Blocks = append(r.Blocks, bot.Block{Kind: bot.Context, Spans: []bot.Span{
			bot.T("Muted: " + topicName(a.o.Watchlist, m.Topic) + " until " + m.Until.UTC().Format("2006-01-02 15:04 UTC")),
		}})
	}
	return r
}

func (a *Admin) digest(ctx context.Context, msg bot.Message, args []string) bot.Reply {
	c := a.Commands()[1]
	if len(args) > 1 || len(args) == 1 && !strings.EqualFold(args[0], "now") {
		return usageReply(c, "")
	}
	pl := a.placeOf(msg)
	if pl.configured != nil && pl.configured.Digest != nil && a.o.Digester != nil {
		n, posted, err := a.o.Digester.DigestNow(ctx, pl.id)
		if err != nil {
			return a.oops(ctx, "digest now", err)
		}
		if !posted {
			return bot.Text("Nothing new since the last digest.")
		}
		return bot.Reply{Ephemeral: true, Blocks: []bot.Block{{Kind: bot.Paragraph, Spans: []bot.Span{
			bot.T("Posting the digest now: " + plural(n, "new statement") + "."),
		}}}}
	}
	if a.o.Ledger == nil {
		return bot.Text("This channel has no digest configured.")
	}
	now := a.o.Now()
	since := now.Add(-24 * time.Hour)
	recs, err := a.o.Ledger.StatementsSince(ctx, since, DefaultDigestLimit)
	if err != nil {
		return a.oops(ctx, "statements for digest", err)
	}
	r, _ := BuildDigest(a.o.Watchlist, DigestSpec{Quiet: true}, recs, since, now.UTC())
	r.Blocks = append(r.Blocks, bot.Block{Kind: bot.Context, Spans: []bot.Span{
		bot.T("This channel has no digest schedule, so this covers the last 24 hours."),
	}})
	return r
}

func (a *Admin) mute(ctx context.Context, msg bot.Message, args []string) bot.Reply {
	c := a.Commands()[2]
	if len(args) != 2 {
		return usageReply(c, "Tell me a topic and for how long, or off.")
	}
	t, ok := a.o.Watchlist.FindTopic(args[0])
	if !ok {
		hint := ""
		if ts := a.o.Watchlist.ClosestTopics(args[0], 3); len(ts) > 0 {
			hint = " Closest: " + joinIDs(ts) + "."
		}
		return usageReply(c, fmt.Sprintf("%q is not a topic on the watchlist.%s", args[0], hint))
	}
	pl := a.placeOf(msg)
	now := a.o.Now()
	var until time.Time
	if !strings.EqualFold(args[1], "off") {
		d, err := ParseDuration(args[1])
		if err != nil {
			return usageReply(c, err.Error())
		}
		until = now.Add(d)
	}
	m := Mute{Channel: pl.id, Topic: t.ID, Until: until}
	if err := a.o.Rules.SetMute(ctx, m); err != nil {
		return a.oops(ctx, "set mute", err)
	}
	a.o.Router.Mute(m)
	a.log.InfoContext(ctx, "mute set", slog.String("channel", pl.id), slog.String("topic", string(t.ID)), slog.Time("until", until))
	name := topicName(a.o.Watchlist, t.ID)
	if until.IsZero() {
		return bot.Reply{Blocks: []bot.Block{{Kind: bot.Paragraph, Spans: []bot.Span{bot.T("Alerts on "), bot.B(name), bot.T(" are back on in this channel.")}}}}
	}
	return bot.Reply{Blocks: []bot.Block{
		{Kind: bot.Paragraph, Spans: []bot.Span{bot.T("Alerts on "), bot.B(name), bot.T(" are muted in this channel until " + until.UTC().Format("2006-01-02 15:04 UTC") + ".")}},
		{Kind: bot.Context, Spans: []bot.Span{bot.T("Digests still list it · /mute " + string(t.ID) + " off ends it early")}},
	}}
}

// ParseDuration reads a mute length: a Go duration ("90m", "2h30m") or a
// number of days or weeks ("3d", "1w"); it must be positive and at most a
// year.
func ParseDuration(s string) (time.Duration, error) {
	ls := strings.ToLower(strings.TrimSpace(s))
	var d time.Duration
	switch {
	case strings.HasSuffix(ls, "d") || strings.HasSuffix(ls, "w"):
		n, err := strconv.Atoi(ls[:len(ls)-1])
		if err != nil {
			return 0, fmt.Errorf("%q is not a duration (try 30m, 2h, 3d or 1w)", s)
		}
		unit := 24 * time.Hour
		if strings.HasSuffix(ls, "w") {
			unit *= 7
		}
		d = time.Duration(n) * unit
	default:
		var err error
		if d, err = time.ParseDuration(ls); err != nil {
			return 0, fmt.Errorf("%q is not a duration (try 30m, 2h, 3d or 1w)", s)
		}
	}
	if d <= 0 || d > 366*24*time.Hour {
		return 0, fmt.Errorf("%q: a mute lasts more than nothing and at most a year", s)
	}
	return d, nil
}

func joinIDs(ids []news.TopicID) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return strings.Join(s, ", ")
}

func usageReply(c bot.Command, why string) bot.Reply {
	r := bot.Reply{Ephemeral: true}
	if why != "" {
		r.Blocks = append(r.Blocks, bot.Block{Kind: bot.Paragraph, Spans: []bot.Span{bot.T(why)}})
	}
	r.Blocks = append(r.Blocks,
		bot.Block{Kind: bot.Paragraph, Spans: []bot.Span{bot.T("Usage: "), bot.B(c.Usage)}},
		bot.Block{Kind: bot.Context, Spans: []bot.Span{bot.T(c.Help)}})
	return r
}

func (a *Admin) oops(ctx context.Context, doing string, err error) bot.Reply {
	a.log.ErrorContext(ctx, doing+" failed", slog.Any("error", err))
	return bot.Reply{Ephemeral: true, Blocks: []bot.Block{{Kind: bot.Paragraph, Spans: []bot.Span{
		bot.T("Sorry, something went wrong on my side. Please try again in a moment."),
	}}}}
}
