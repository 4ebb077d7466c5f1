package notify

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/stancebot/stancebot/news"
)

// DefaultBackfill is how old an item may be (by its published date) and
// still raise alerts; older items only seed the ledger.
const DefaultBackfill = 48 * time.Hour

// Alert is one statement a channel is told about.
type Alert struct {
	Event  Event       `json:"event"`
	Record news.Record `json:"record"`
	// From is the stance before a change; Before is the statement that
	// carried it, when still stored.
	From   news.Stance  `json:"from,omitempty"`
	Before *news.Record `json:"before,omitempty"`
}

// Key is the alert's dedup key within a channel: the event and the
// content of the statement (actor, topic, stance, evidence), so an edited
// item that stores the same statement again, or a copy of the same
// sentence, is not alerted twice.
func (a Alert) Key() string {
	ev := strings.Join(strings.Fields(strings.ToLower(a.Record.Evidence)), " ")
	sum := sha256.Sum256([]byte(ev))
	k := fmt.Sprintf("%s|%s|%s|%s|%s", a.Event, a.Record.Actor, a.Record.Topic, a.Record.Stance, hex.EncodeToString(sum[:12]))
	if a.Event == EventChange {
		k += "|from=" + string(a.From)
	}
	return k
}

// Change is a position that an item moved from one known stance to
// another.
type Change struct {
	Actor    news.ActorID
	Topic    news.TopicID
	From, To news.Stance
	Before   *news.Record // the statement that carried From; nil if gone
}

// Saved is what the store saved for one item, as routing needs it.
type Saved struct {
	// Seeding is true for the items of a source's first successful poll:
	// they fill the ledger and raise no alerts.
	Seeding   bool
	Published time.Time // the item's date
	Records   []news.Record
	Changes   []Change
}

// QueuedAlert is an alert ready to be written to the outbox for a channel.
type QueuedAlert struct {
	Channel  string
	Platform string
	Target   string
	Key      string
	Payload  []byte
}

// StoredRule is an alert rule added from chat, as kept in the store.
type StoredRule struct {
	ID        int64
	Channel   string
	Platform  string
	Target    string
	Rule      []byte // JSON of a Rule
	CreatedBy string
	Created   time.Time
}

// Decode returns the rule sr keeps.
func (sr StoredRule) Decode() (Rule, error) {
	var r Rule
	if err := json.Unmarshal(sr.Rule, &r); err != nil {
		return Rule{}, fmt.Errorf("decode watch rule %d of %s: %w", sr.ID, sr.Channel, err)
	}
	return r, nil
}

// Mute silences alerts on a topic in a channel until a time.
type Mute struct {
	Channel string
	Topic   news.TopicID
	Until   time.Time
}

// RouterOptions configure a Router.
type RouterOptions struct {
	// Backfill: items published longer ago than this raise no alerts;
	// default DefaultBackfill; negative: no limit.
	Backfill time.Duration
}

// Router matches stored statements against every channel's rules (from
// the config and from chat) and mutes. It is safe for concurrent use.
type Router struct {
	backfill time.Duration

	mu       sync.RWMutex
	channels []Channel // configured, in config order
	chat     []chatRule
	mutes    map[muteKey]time.Time
}

type chatRule struct {
	StoredRule
	rule Rule
}

type muteKey struct {
	channel string
	topic   news.TopicID
}

// NewRouter returns a Router over the configured channels.
func NewRouter(channels []Channel, o RouterOptions) *Router {
	if o.Backfill == 0 {
		o.Backfill = DefaultBackfill
	}
	return &Router{backfill: o.Backfill, channels: slices.Clone(channels), mutes: map[muteKey]time.Time{}}
}

// Channels lists the configured channels.
func (r *Router) Channels() []Channel {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return slices.Clone(r.channels)
}

// SetChatRules replaces the rules added from chat (as loaded from the
// store). A rule that does not decode is an error and changes nothing.
func (r *Router) SetChatRules(rules []StoredRule) error {
	out := make([]chatRule, 0, len(rules))
	for _, sr := range rules {
		rule, err := sr.Decode()
		if err != nil {
			return err
		}
		out = append(out, chatRule{StoredRule: sr, rule: rule})
	}
	r.mu.Lock()
	r.chat = out
	r.mu.Unlock()
	return nil
}

// ChatRules lists the rules added from chat for channel ("" for all).
func (r *Router) ChatRules(channel string) []StoredRule {
	r.mu.RLock()
	defer r.mu.RUnlock()
	var out []StoredRule
	for _, c := range r.chat {
		if channel == "" || c.Channel == channel {
			out = append(out, c.StoredRule)
		}
	}
	return out
}

// SetMutes replaces the mutes (as loaded from the store).
func (r *Router) SetMutes(ms []Mute) {
	m := make(map[muteKey]time.Time, len(ms))
	for _, mu := range ms {
		m[muteKey{mu.Channel, mu.Topic}] = mu.Until
	}
	r.mu.Lock()
	r.mutes = m
	r.mu.Unlock()
}

// Mute sets or (with a zero until) lifts a mute.
func (r *Router) Mute(m Mute) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if m.Until.IsZero() {
		delete(r.mutes, muteKey{m.Channel, m.Topic})
		return
	}
	r.mutes[muteKey{m.Channel, m.Topic}] = m.Until
}

// Muted says whether channel's alerts on topic are muted at now.
func (r *Router) Muted(channel string, topic news.TopicID, now time.Time) bool {
	r.mu.RLock()
	defer r.mu.RUnlock()
	until, ok := r.mutes[muteKey{channel, topic}]
	return ok && until.After(now)
}

// Mutes lists the mutes of channel in force at now, by topic.
func (r *Router) Mutes(channel string, now time.Time) []Mute {
	r.mu.RLock()
	defer r.mu.RUnlock()
	var out []Mute
	for k, until := range r.mutes {
		if k.channel == channel && until.After(now) {
			out = append(out, Mute{Channel: k.channel, Topic: k.topic, Until: until})
		}
	}
	slices.SortFunc(out, func(a, b Mute) int { return strings.Compare(string(a.Topic), string(b.Topic)) })
	return out
}

// target is a channel with every rule that applies to it.
type target struct {
	id, platform, target string
	rules                []Rule
}

// targets merges the configured channels with those set up from chat.
func (r *Router) targets() []target {
	var out []target
	index := map[string]int{}
	for _, c := range r.channels {
		index[c.ID] = len(out)
		out = append(out, target{id: c.ID, platform: c.Platform, target: c.Target, rules: c.Rules})
	}
	for _, c := range r.chat {
		i, ok := index[c.Channel]
		if !ok {
			i = len(out)
			index[c.Channel] = i
			out = append(out, target{id: c.Channel, platform: c.Platform, target: c.Target})
		}
		out[i].rules = append(out[i].rules, c.rule)
	}
	return out
}

// Route returns the alerts each channel gets for what was saved, by
// channel id. Nothing is routed for a seeding poll or an item published
// before the backfill window; a muted topic is skipped in its channel; a
// statement that changed a position is one change alert (not also a
// statement alert) where a rule asks for changes.
func (r *Router) Route(s Saved, now time.Time) map[string][]RoutedAlert {
	if s.Seeding || len(s.Records) == 0 {
		return nil
	}
	if r.backfill > 0 && !s.Published.IsZero() && s.Published.Before(now.Add(-r.backfill)) {
		return nil
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := map[string][]RoutedAlert{}
	for _, t := range r.targets() {
		for _, rec := range s.Records {
			if until, ok := r.mutes[muteKey{t.id, rec.Topic}]; ok && until.After(now) {
				continue // Muted's test, under the lock already held
			}
			ch := changeFor(s.Changes, rec)
			var a *Alert
			for _, rule := range t.rules {
				if ch != nil && rule.Match(EventChange, rec, ch.From) {
					a = &Alert{Event: EventChange, Record: rec, From: ch.From, Before: ch.Before}
					break
				}
				if a == nil && rule.Match(EventStatement, rec, "") {
					a = &Alert{Event: EventStatement, Record: rec}
				}
			}
			if a != nil {
				out[t.id] = append(out[t.id], RoutedAlert{Channel: t.id, Platform: t.platform, Target: t.target, Alert: *a})
			}
		}
	}
	return out
}

// RoutedAlert is an alert for one channel.
type RoutedAlert struct {
	Channel, Platform, Target string
	Alert
}

// changeFor finds the change rec made, if any.
func changeFor(chs []Change, rec news.Record) *Change {
	for i, c := range chs {
		if c.Actor == rec.Actor && c.Topic == rec.Topic && c.To == rec.Stance &&
			c.From != c.To && c.From != news.StanceUnknown && c.From != "" {
			return &chs[i]
		}
	}
	return nil
}

// Queue routes s and encodes the alerts as outbox rows, in a fixed order
// (by channel, then as saved).
func (r *Router) Queue(_ context.Context, s Saved, now time.Time) ([]QueuedAlert, error) {
	routed := r.Route(s, now)
	ids := make([]string, 0, len(routed))
	for id := range routed {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var out []QueuedAlert
	for _, id := range ids {
		for _, ra := range routed[id] {
			payload, err := json.Marshal(ra.Alert)
			if err != nil {
				return nil, fmt.Errorf("encode alert for %s: %w", id, err)
			}
			out = append(out, QueuedAlert{Channel: id, Platform: ra.Platform, Target: ra.Target, Key: ra.Key(), Payload: payload})
		}
	}
	return out, nil
}
