package bot

import (
	"strings"

	"github.com/stancebot/stancebot/news"
)

// pair is one reading of a command's words as an actor and a topic.
type pair struct {
	actor news.Actor
	topic news.Topic // zero when the command was given no topic
}

// readPairs reads words as ACTOR TOPIC, trying every place to split them,
// so multi-word aliases need no quotes ("russian foreign ministry purl").
// With topicOptional, the words may also name an actor alone. It returns
// each distinct reading, in split order.
func readPairs(w *news.Watchlist, words []string, topicOptional bool) []pair {
	var out []pair
	last := len(words) - 1
	if topicOptional {
		last = len(words)
	}
	for k := 1; k <= last; k++ {
		a, ok := w.FindActor(strings.Join(words[:k], " "))
		if !ok {
			continue
		}
		var t news.Topic
		if k < len(words) {
			if t, ok = w.FindTopic(strings.Join(words[k:], " ")); !ok {
				continue
			}
		}
		if !hasPair(out, a.ID, t.ID) {
			out = append(out, pair{actor: a, topic: t})
		}
	}
	return out
}

func hasPair(ps []pair, a news.ActorID, t news.TopicID) bool {
	for _, p := range ps {
		if p.actor.ID == a && p.topic.ID == t {
			return true
		}
	}
	return false
}

// miss explains why words could not be read as ACTOR TOPIC: which part is
// unknown, with the closest ids, or what is missing.
type miss struct {
	actor   string // unknown actor name, "" if the actor was found or not tried
	topic   string // unknown topic name
	stray   string // words between a known actor and a known topic
	noTopic bool   // the words name an actor and nothing else
	noActor bool   // the words name a topic and nothing else
	knownA  news.Actor
	knownT  news.Topic
}

// explainMiss finds the longest leading words that name an actor and the
// longest trailing words that name a topic, and reports what is left.
func explainMiss(w *news.Watchlist, words []string) miss {
	n := len(words)
	actorK := 0 // words[:actorK] is an actor
	var a news.Actor
	for k := n; k >= 1; k-- {
		if found, ok := w.FindActor(strings.Join(words[:k], " ")); ok {
			actorK, a = k, found
			break
		}
	}
	topicK := n // words[topicK:] is a topic
	var t news.Topic
	for k := 0; k < n; k++ {
		if found, ok := w.FindTopic(strings.Join(words[k:], " ")); ok {
			topicK, t = k, found
			break
		}
	}
	join := func(ws []string) string { return strings.Join(ws, " ") }
	switch {
	case actorK == n:
		return miss{noTopic: true, knownA: a}
	case topicK == 0:
		return miss{noActor: true, knownT: t}
	case actorK > 0 && topicK < n && actorK < topicK:
		return miss{stray: join(words[actorK:topicK]), knownA: a, knownT: t}
	case actorK > 0:
		return miss{topic: join(words[actorK:]), knownA: a}
	case topicK < n:
		return miss{actor: join(words[:topicK]), knownT: t}
	case n == 1:
		return miss{actor: words[0]}
	default:
		// Nothing is known: guess the first word is the actor and the
		// last the topic, the commonest shape of the command.
		return miss{actor: words[0], topic: words[n-1], stray: join(words[1 : n-1])}
	}
}

// missReply turns a miss into a helpful reply for command c.
func (m *Mux) missReply(c Command, words []string, ms miss) Reply {
	r := Reply{Ephemeral: true}
	para := func(spans ...Span) { r.Blocks = append(r.Blocks, Block{Kind: Paragraph, Spans: spans}) }
	switch {
	case ms.noTopic:
		para(T("Which topic? "), B(ms.knownA.Name), T(" is an actor; add a topic after it."))
	case ms.noActor:
		para(T("Which actor? "), B(ms.knownT.Name), T(" is a topic; put an actor before it."))
	case ms.actor != "" && ms.topic != "":
		para(T("I can't find an actor and a topic in “" + strings.Join(words, " ") + "”."))
		para(m.closestActors(ms.actor)...)
		para(m.closestTopics(ms.topic)...)
	case ms.actor != "":
		para(T("I don't know the actor “"+ms.actor+"”"), T(knownNote("topic", ms.knownT.Name)), T("."))
		para(m.closestActors(ms.actor)...)
	case ms.topic != "":
		para(T("I don't know the topic “"+ms.topic+"”"), T(knownNote("actor", ms.knownA.Name)), T("."))
		para(m.closestTopics(ms.topic)...)
	case ms.stray != "":
		para(T("I found the actor "), B(ms.knownA.Name), T(" and the topic "), B(ms.knownT.Name),
			T(", but not “"+ms.stray+"”. Put names of several words in quotes, or use the ids."))
	}
	u := usage(c, "", m.example(c))
	r.Blocks = append(r.Blocks, u.Blocks...)
	return r
}

func knownNote(kind, name string) string {
	if name == "" {
		return ""
	}
	return " (the " + kind + " " + name + " is fine)"
}

func (m *Mux) closestActors(name string) []Span {
	ids := m.w.ClosestActors(name, 3)
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return closestSpans("actors", name, s)
}

func (m *Mux) closestTopics(name string) []Span {
	ids := m.w.ClosestTopics(name, 3)
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return closestSpans("topics", name, s)
}

func closestSpans(kind, name string, ids []string) []Span {
	if len(ids) == 0 {
		return []Span{T("There are no " + kind + " on the watchlist.")}
	}
	spans := []Span{T("Closest " + kind + " to “" + name + "”: ")}
	for i, id := range ids {
		if i > 0 {
			spans = append(spans, T(", "))
		}
		spans = append(spans, B(id))
	}
	spans = append(spans, T(" (/"+kind+" lists them all)"))
	return spans
}

// ambiguous is the reply when the words read as more than one pair.
func ambiguous(c Command, words []string, ps []pair) Reply {
	items := make([][]Span, 0, len(ps))
	for _, p := range ps {
		cmd := "/" + c.Name + " " + string(p.actor.ID)
		what := p.actor.Name
		if p.topic.ID != "" {
			cmd += " " + string(p.topic.ID)
			what += " on " + p.topic.Name
		}
		items = append(items, []Span{B(cmd), T(" — " + what)})
	}
	return Reply{Ephemeral: true, Blocks: []Block{
		{Kind: Paragraph, Spans: []Span{T("“" + strings.Join(words, " ") + "” can be read more than one way. Did you mean:")}},
		{Kind: List, Items: items},
		{Kind: Context, Spans: []Span{T("Use the ids, or put a name of several words in quotes.")}},
	}}
}
