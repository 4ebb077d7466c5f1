package news

import (
	"sort"
	"strings"
)

// ActorID is a watchlist actor's id, a lowercase slug such as "russia".
type ActorID string

// TopicID is a watchlist topic's id, a lowercase slug such as "purl".
type TopicID string

// Actor is a key actor the desk tracks: a government, ministry, leader or
// alliance, known in text by any of its aliases.
type Actor struct {
	ID      ActorID
	Name    string
	Aliases []string
}

// Topic is a tracked subject, known in text by any of its aliases.
type Topic struct {
	ID      TopicID
	Name    string
	Aliases []string
}

// Watchlist is the set of actors and topics the bot follows. Everything
// actor- or topic-specific in the bot comes from here.
type Watchlist struct {
	Actors []Actor
	Topics []Topic
}

// Actor returns the actor with id.
func (w *Watchlist) Actor(id ActorID) (Actor, bool) {
	for _, a := range w.Actors {
		if a.ID == id {
			return a, true
		}
	}
	return Actor{}, false
}

// Topic returns the topic with id.
func (w *Watchlist) Topic(id TopicID) (Topic, bool) {
	for _, t := range w.Topics {
		if t.ID == id {
			return t, true
		}
	}
	return Topic{}, false
}

// FindActor resolves a name typed by a user, an id or any alias in any case,
// to an actor.
func (w *Watchlist) FindActor(name string) (Actor, bool) {
	for _, a := range w.Actors {
		if nameMatches(name, string(a.ID), a.Name, a.Aliases) {
			return a, true
		}
	}
	return Actor{}, false
}

// FindTopic resolves a name typed by a user, an id or any alias in any case,
// to a topic.
func (w *Watchlist) FindTopic(name string) (Topic, bool) {
	for _, t := range w.Topics {
		if nameMatches(name, string(t.ID), t.Name, t.Aliases) {
			return t, true
		}
	}
	return Topic{}, false
}

// ClosestActors returns up to n actor ids nearest to name, closest first.
func (w *Watchlist) ClosestActors(name string, n int) []ActorID {
	cands := make([]candidate, 0, len(w.Actors))
	for _, a := range w.Actors {
		cands = append(cands, candidate{string(a.ID), closeness(name, string(a.ID), a.Name, a.Aliases)})
	}
	ids := closest(cands, n)
	out := make([]ActorID, len(ids))
	for i, id := range ids {
		out[i] = ActorID(id)
	}
	return out
}

// ClosestTopics returns up to n topic ids nearest to name, closest first.
func (w *Watchlist) ClosestTopics(name string, n int) []TopicID {
	cands := make([]candidate, 0, len(w.Topics))
	for _, t := range w.Topics {
		cands = append(cands, candidate{string(t.ID), closeness(name, string(t.ID), t.Name, t.Aliases)})
	}
	ids := closest(cands, n)
	out := make([]TopicID, len(ids))
	for i, id := range ids {
		out[i] = TopicID(id)
	}
	return out
}

// nameFolder folds the punctuation that differs between how a name is
// typed and how it is written in a watchlist. Read-only after init.
var nameFolder = strings.NewReplacer("’", "'", "_", " ", "-", " ")

func normName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = nameFolder.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

func nameMatches(name, id, display string, aliases []string) bool {
	n := normName(name)
	if n == "" {
		return false
	}
	if n == normName(id) || n == normName(display) {
		return true
	}
	for _, a := range aliases {
		if n == normName(a) {
			return true
		}
	}
	return false
}

type candidate struct {
	id   string
	dist int
}

// closeness is the smallest edit distance between name and the id, name or
// any alias; a prefix match counts as very close.
func closeness(name, id, display string, aliases []string) int {
	n := normName(name)
	best := -1
	for _, s := range append([]string{id, display}, aliases...) {
		s = normName(s)
		d := editDistance(n, s)
		if n != "" && strings.HasPrefix(s, n) {
			d = 1
		}
		if best < 0 || d < best {
			best = d
		}
	}
	return best
}

func closest(cands []candidate, n int) []string {
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].dist < cands[j].dist })
	out := []string{}
	for i := 0; i < len(cands) && i < n; i++ {
		out = append(out, cands[i].id)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b, in runes.
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
