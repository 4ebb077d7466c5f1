package notify

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/stancebot/stancebot/news"
)

// Event is what happened to make an alert.
type Event string

// The events an alert rule may ask for.
const (
	// EventStatement is a new statement stored.
	EventStatement Event = "statement"
	// EventChange is a position change: a new statement whose stance
	// differs from the actor's previous stance on the topic.
	EventChange Event = "change"
)

// String returns the event as written in config files.
func (e Event) String() string { return string(e) }

// Rule selects the statements a channel is alerted to. An empty list means
// any.
type Rule struct {
	Actors  []news.ActorID `json:"actors,omitempty"`
	Topics  []news.TopicID `json:"topics,omitempty"`
	Stances []news.Stance  `json:"stances,omitempty"`
	On      []Event        `json:"on,omitempty"`
}

// Wants says whether the rule asks for event e.
func (r Rule) Wants(e Event) bool { return len(r.On) == 0 || slices.Contains(r.On, e) }

// Match says whether the rule selects rec for event e. For a change, the
// stance list matches the new stance or the old one (from): a desk that
// watches "oppose" wants to hear when an actor stops opposing too.
func (r Rule) Match(e Event, rec news.Record, from news.Stance) bool {
	if !r.Wants(e) {
		return false
	}
	if len(r.Actors) > 0 && !slices.Contains(r.Actors, rec.Actor) {
		return false
	}
	if len(r.Topics) > 0 && !slices.Contains(r.Topics, rec.Topic) {
		return false
	}
	if len(r.Stances) > 0 && !slices.Contains(r.Stances, rec.Stance) &&
		(e != EventChange || !slices.Contains(r.Stances, from)) {
		return false
	}
	return true
}

// Schedule says when a digest is due; robfig/cron's Schedule (from
// jobs.ParseSchedule) is one.
type Schedule interface {
	Next(t time.Time) time.Time
}

// DigestSpec is a channel's scheduled digest.
type DigestSpec struct {
	Spec     string // the cron spec as configured, for messages
	Schedule Schedule
	// Location is the zone digests are dated in (the spec's CRON_TZ);
	// nil: the zone of the clock.
	Location *time.Location
	Actors   []news.ActorID // empty: every actor
	Topics   []news.TopicID // empty: every topic
	// Quiet asks for a short "nothing new" line when a period had no
	// statements; otherwise an empty period posts nothing.
	Quiet bool
}

// wants says whether the digest lists rec.
func (d DigestSpec) wants(rec news.Record) bool {
	return (len(d.Actors) == 0 || slices.Contains(d.Actors, rec.Actor)) &&
		(len(d.Topics) == 0 || slices.Contains(d.Topics, rec.Topic))
}

// Channel is a chat channel that receives alerts and digests.
type Channel struct {
	ID       string // unique; "platform:target" for a channel set up from chat
	Platform string // slack, discord, console
	Target   string // the platform's channel id or webhook URL; "" on console
	Rules    []Rule
	Digest   *DigestSpec // nil: no digest
}

// ChatChannelID is the id of a channel that is not in the config but was
// set up from chat (/watch add): "slack:C0123".
func ChatChannelID(platform, target string) string { return platform + ":" + target }

// ParseRule reads the words of /watch add: each is an actor or topic (by
// id or alias), a stance (support, oppose, neutral), or an event
// (statement(s), change(s)); "any" or "all" alone means every statement.
// Words naming the same kind add up ("russia ukraine purl" watches both
// actors on PURL).
func ParseRule(w *news.Watchlist, words []string) (Rule, error) {
	var r Rule
	if len(words) == 1 && (strings.EqualFold(words[0], "any") || strings.EqualFold(words[0], "all")) {
		return r, nil
	}
	if len(words) == 0 {
		return r, fmt.Errorf("name at least one actor, topic, stance or event (or \"any\")")
	}
	for _, word := range words {
		lw := strings.ToLower(word)
		switch {
		case lw == "statement" || lw == "statements" || lw == "new":
			r.On = appendNew(r.On, EventStatement)
		case lw == "change" || lw == "changes" || lw == "changed":
			r.On = appendNew(r.On, EventChange)
		case lw == "support" || lw == "supports" || lw == "oppose" || lw == "opposes" || lw == "neutral":
			s := news.Stance(strings.TrimSuffix(lw, "s"))
			if lw == "neutral" {
				s = news.StanceNeutral
			}
			r.Stances = appendNew(r.Stances, s)
		default:
			if a, ok := w.FindActor(word); ok {
				r.Actors = appendNew(r.Actors, a.ID)
				continue
			}
			if t, ok := w.FindTopic(word); ok {
				r.Topics = appendNew(r.Topics, t.ID)
				continue
			}
			hint := ""
			if as := w.ClosestActors(word, 1); len(as) > 0 {
				hint = " (closest actor: " + string(as[0])
				if ts := w.ClosestTopics(word, 1); len(ts) > 0 {
					hint += ", closest topic: " + string(ts[0])
				}
				hint += ")"
			}
			return Rule{}, fmt.Errorf("%q is not an actor, topic, stance or event I know%s", word, hint)
		}
	}
	return r, nil
}

func appendNew[T comparable](s []T, v T) []T {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}
