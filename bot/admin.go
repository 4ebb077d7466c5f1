package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/notify"
)

// AlertSettings are the alert rules and mutes the admin commands read and
// change; notify.Settings is one.
type AlertSettings interface {
	// Channels lists the configured channels, with their rules and digest.
	Channels() []notify.Channel
	// ChatRules lists the rules added from chat for a channel id.
	ChatRules(channel string) []notify.StoredRule
	// Mutes lists a channel's mutes in force at now.
	Mutes(channel string, now time.Time) []notify.Mute
	// AddRule stores a rule for the channel at (ID, Platform, Target) and
	// applies it.
	AddRule(ctx context.Context, at notify.Channel, r notify.Rule, by string) (notify.StoredRule, error)
	// RemoveRule returns news.ErrNotFound when the channel has no rule id
	// added from chat.
	RemoveRule(ctx context.Context, channel string, id int64) error
	// SetMute stores a mute and applies it; a zero Until lifts it.
	SetMute(ctx context.Context, m notify.Mute) error
}

// Digester makes a channel's digest out of schedule; notify.Dispatcher is
// one.
type Digester interface {
	// DigestNow returns how many statements the digest lists and whether
	// a post was queued.
	DigestNow(ctx context.Context, channel string) (n int, posted bool, err error)
}

// DigesterFunc adapts a function to a Digester.
type DigesterFunc func(ctx context.Context, channel string) (int, bool, error)

// DigestNow calls f.
func (f DigesterFunc) DigestNow(ctx context.Context, channel string) (int, bool, error) {
	return f(ctx, channel)
}

// AdminOptions configure the admin commands. Settings is required.
type AdminOptions struct {
	Settings  AlertSettings
	Digester  Digester    // nil: /digest answers from the Ledger only
	Ledger    news.Ledger // for /digest in a channel without a digest
	Watchlist *news.Watchlist
	Now       func() time.Time // default time.Now
	Logger    *slog.Logger     // default: discard
}

// Admin serves /watch, /digest and /mute: the commands that change which
// alerts and digests a channel gets. Register its Commands with the Mux.
type Admin struct {
	o   AdminOptions
	log *slog.Logger
}

// NewAdmin returns the admin commands; it panics without Settings (a
// wiring mistake).
func NewAdmin(o AdminOptions) *Admin {
	if o.Settings == nil {
		panic("bot: NewAdmin needs AlertSettings")
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

// Commands are the admin commands, for Mux.Register.
func (a *Admin) Commands() []Command {
	return []Command{
		{Name: "watch", Usage: "/watch add ACTOR|TOPIC|STANCE|EVENT… · /watch list · /watch remove ID",
			Help: "alert this channel when matching statements are stored (admins)", Admin: true, Run: a.watch},
		{Name: "digest", Usage: "/digest now", Help: "post this channel's digest now (admins)", Admin: true, Run: a.digest},
		{Name: "mute", Usage: "/mute TOPIC DURATION", Help: "pause alerts on a topic in this channel, e.g. /mute purl 2h (admins)", Admin: true, Run: a.mute},
	}
}

// place is the channel a message came from, as notify knows it: a
// configured channel, or one set up from chat.
type place struct {
	notify.Channel
	configured bool
}

func (a *Admin) placeOf(msg Message) place {
	for _, c := range a.o.Settings.Channels() {
		if c.Platform == msg.Platform && (c.Target == msg.Channel || c.Platform == "console") {
			return place{Channel: c, configured: true}
		}
	}
	return place{Channel: notify.Channel{ID: notify.ChatChannelID(msg.Platform, msg.Channel), Platform: msg.Platform, Target: msg.Channel}}
}

func (a *Admin) watch(ctx context.Context, msg Message, args []string) Reply {
	c := a.Commands()[0]
	if len(args) == 0 {
		return usage(c, "Tell me what to do: add, list or remove.", "")
	}
	pl := a.placeOf(msg)
	switch strings.ToLower(args[0]) {
	case "add":
		rule, err := notify.ParseRule(a.o.Watchlist, args[1:])
		if err != nil {
			return usage(c, "I can't watch that: "+err.Error()+".", "")
		}
		sr, err := a.o.Settings.AddRule(ctx, pl.Channel, rule, msg.User)
		if err != nil {
			return a.oops(ctx, "add watch rule", err)
		}
		a.log.InfoContext(ctx, "watch rule added", slog.String("channel", pl.ID), slog.Int64("rule", sr.ID))
		return Reply{Blocks: []Block{
			{Kind: Paragraph, Spans: []Span{T("Watching in this channel: "), B(describeRule(a.o.Watchlist, rule)), T(".")}},
			{Kind: Context, Spans: []Span{T(fmt.Sprintf("Rule %d · /watch remove %d stops it · /watch list shows every rule", sr.ID, sr.ID))}},
		}}
	case "list", "ls":
		return a.list(ctx, pl)
	case "remove", "rm", "delete":
		if len(args) != 2 {
			return usage(c, "Tell me the number of the rule to remove (see /watch list).", "")
		}
		id, err := strconv.ParseInt(strings.TrimPrefix(args[1], "#"), 10, 64)
		if err != nil {
			return usage(c, fmt.Sprintf("%q is not a rule number (see /watch list).", args[1]), "")
		}
		err = a.o.Settings.RemoveRule(ctx, pl.ID, id)
		if errors.Is(err, news.ErrNotFound) {
			return Reply{Ephemeral: true, Blocks: []Block{{Kind: Paragraph, Spans: []Span{
				T(fmt.Sprintf("This channel has no rule %d added from chat. Rules from the config file are changed there; /watch list shows them all.", id)),
			}}}}
		}
		if err != nil {
			return a.oops(ctx, "remove watch rule", err)
		}
		a.log.InfoContext(ctx, "watch rule removed", slog.String("channel", pl.ID), slog.Int64("rule", id))
		return Text(fmt.Sprintf("Rule %d removed: this channel no longer gets those alerts.", id))
	}
	return usage(c, fmt.Sprintf("I don't know /watch %s.", args[0]), "")
}

func (a *Admin) list(ctx context.Context, pl place) Reply {
	var items [][]Span
	if pl.configured {
		for _, r := range pl.Rules {
			items = append(items, []Span{T("config · " + describeRule(a.o.Watchlist, r))})
		}
	}
	for _, sr := range a.o.Settings.ChatRules(pl.ID) {
		r, err := sr.Decode()
		if err != nil {
			a.log.WarnContext(ctx, "watch rule does not decode; not listed", slog.Int64("rule", sr.ID), slog.Any("error", err))
			continue
		}
		items = append(items, []Span{B(fmt.Sprintf("%d", sr.ID)), T(" · " + describeRule(a.o.Watchlist, r) + " · added " + sr.Created.UTC().Format("2006-01-02"))})
	}
	r := Reply{Ephemeral: true}
	if len(items) == 0 {
		r.Blocks = append(r.Blocks, Block{Kind: Paragraph, Spans: []Span{T("This channel gets no alerts. /watch add russia purl starts some.")}})
	} else {
		r.Blocks = append(r.Blocks,
			Block{Kind: Heading, Spans: []Span{B(fmt.Sprintf("Alert rules for this channel (%d)", len(items)))}},
			Block{Kind: List, Items: items})
	}
	if pl.configured && pl.Digest != nil {
		r.Blocks = append(r.Blocks, Block{Kind: Context, Spans: []Span{T("Digest: " + pl.Digest.Spec)}})
	}
	for _, m := range a.o.Settings.Mutes(pl.ID, a.o.Now()) {
		r.Blocks = append(r.Blocks, Block{Kind: Context, Spans: []Span{
			T("Muted: " + topicName(a.o.Watchlist, m.Topic) + " until " + m.Until.UTC().Format("2006-01-02 15:04 UTC")),
		}})
	}
	return r
}

func (a *Admin) digest(ctx context.Context, msg Message, args []string) Reply {
	c := a.Commands()[1]
	if len(args) > 1 || len(args) == 1 && !strings.EqualFold(args[0], "now") {
		return usage(c, "", "")
	}
	pl := a.placeOf(msg)
	if pl.configured && pl.Digest != nil && a.o.Digester != nil {
		n, posted, err := a.o.Digester.DigestNow(ctx, pl.ID)
		if err != nil {
			return a.oops(ctx, "digest now", err)
		}
		if !posted {
			return Text("Nothing new since the last digest.")
		}
		return Reply{Ephemeral: true, Blocks: []Block{{Kind: Paragraph, Spans: []Span{
			T("Posting the digest now: " + plural(n, "new statement") + "."),
		}}}}
	}
	if a.o.Ledger == nil {
		return Text("This channel has no digest configured.")
	}
	now := a.o.Now()
	since := now.Add(-24 * time.Hour)
	recs, err := a.o.Ledger.StatementsSince(ctx, since, notify.DefaultDigestLimit)
	if err != nil {
		return a.oops(ctx, "statements for digest", err)
	}
	d, _ := notify.NewDigest(notify.DigestSpec{Quiet: true}, recs, since, now.UTC())
	r := RenderChannelDigest(a.o.Watchlist, d)
	r.Blocks = append(r.Blocks, Block{Kind: Context, Spans: []Span{
		T("This channel has no digest schedule, so this covers the last 24 hours."),
	}})
	return r
}

func (a *Admin) mute(ctx context.Context, msg Message, args []string) Reply {
	c := a.Commands()[2]
	if len(args) != 2 {
		return usage(c, "Tell me a topic and for how long, or off.", "")
	}
	t, ok := a.o.Watchlist.FindTopic(args[0])
	if !ok {
		hint := ""
		if ts := a.o.Watchlist.ClosestTopics(args[0], 3); len(ts) > 0 {
			hint = " Closest: " + joinNames(ts, func(id news.TopicID) string { return string(id) }) + "."
		}
		return usage(c, fmt.Sprintf("%q is not a topic on the watchlist.%s", args[0], hint), "")
	}
	pl := a.placeOf(msg)
	now := a.o.Now()
	var until time.Time
	if !strings.EqualFold(args[1], "off") {
		d, err := parseMuteDuration(args[1])
		if err != nil {
			return usage(c, err.Error(), "")
		}
		until = now.Add(d)
	}
	if err := a.o.Settings.SetMute(ctx, notify.Mute{Channel: pl.ID, Topic: t.ID, Until: until}); err != nil {
		return a.oops(ctx, "set mute", err)
	}
	a.log.InfoContext(ctx, "mute set", slog.String("channel", pl.ID), slog.String("topic", string(t.ID)), slog.Time("until", until))
	name := topicName(a.o.Watchlist, t.ID)
	if until.IsZero() {
		return Reply{Blocks: []Block{{Kind: Paragraph, Spans: []Span{T("Alerts on "), B(name), T(" are back on in this channel.")}}}}
	}
	return Reply{Blocks: []Block{
		{Kind: Paragraph, Spans: []Span{T("Alerts on "), B(name), T(" are muted in this channel until " + until.UTC().Format("2006-01-02 15:04 UTC") + ".")}},
		{Kind: Context, Spans: []Span{T("Digests still list it · /mute " + string(t.ID) + " off ends it early")}},
	}}
}

func (a *Admin) oops(ctx context.Context, doing string, err error) Reply {
	a.log.ErrorContext(ctx, doing+" failed", slog.Any("error", err))
	return oops()
}

// parseMuteDuration reads a mute length: a Go duration ("90m", "2h30m")
// or a number of days or weeks ("3d", "1w"); it must be positive and at
// most a year.
func parseMuteDuration(s string) (time.Duration, error) {
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

// joinNames names each of ids and joins the names with commas.
func joinNames[T any](ids []T, name func(T) string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = name(id)
	}
	return strings.Join(names, ", ")
}

// describeRule says what an alert rule selects: "Russia · PURL,
// Multinational force · oppose · on new statements and position changes".
func describeRule(w *news.Watchlist, r notify.Rule) string {
	parts := []string{"any actor", "any topic"}
	if len(r.Actors) > 0 {
		parts[0] = joinNames(r.Actors, func(id news.ActorID) string { return actorName(w, id) })
	}
	if len(r.Topics) > 0 {
		parts[1] = joinNames(r.Topics, func(id news.TopicID) string { return topicName(w, id) })
	}
	if len(r.Stances) > 0 {
		parts = append(parts, joinNames(r.Stances, news.Stance.String))
	}
	switch {
	case r.Wants(notify.EventStatement) && r.Wants(notify.EventChange):
		parts = append(parts, "on new statements and position changes")
	case r.Wants(notify.EventChange):
		parts = append(parts, "on position changes")
	default:
		parts = append(parts, "on new statements")
	}
	return strings.Join(parts, " · ")
}
