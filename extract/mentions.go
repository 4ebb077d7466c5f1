package extract

import (
	"fmt"
	"strings"

	"github.com/stancebot/stancebot/news"
)

// aliasEntry is one alias as a token sequence and what it names.
type aliasEntry struct {
	text  string
	norms []string
	exact []string // when set, the tokens must match these exactly (capitals rule)
	// inflect: the alias starts with a lower-case word, which may also
	// match its inflected forms ("end the war" in "ending the war").
	inflect bool
	actors  []news.ActorID
	topics  []news.TopicID
}

// matcher finds alias mentions: a token trie keyed by the first token,
// longest match first.
type matcher struct {
	byFirst map[string][]*aliasEntry
	// inflectable: some alias may match an inflected first word.
	inflectable bool
}

// mention is a run of tokens naming watched actors and/or topics.
type mention struct {
	t0, t1 int // token range [t0, t1)
	actors []news.ActorID
	topics []news.TopicID
}

// capitalsOnly reports an alias of two to five capital letters (US, EU,
// NATO), which the contract says matches only in capitals.
func capitalsOnly(alias string) bool {
	if len(alias) < 2 || len(alias) > 5 {
		return false
	}
	for _, r := range alias {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func newMatcher(w *news.Watchlist) (*matcher, error) {
	m := &matcher{byFirst: make(map[string][]*aliasEntry)}
	index := make(map[string]*aliasEntry)
	add := func(alias string, actor news.ActorID, topic news.TopicID) error {
		a := strings.TrimSpace(alias)
		if a == "" {
			return fmt.Errorf("empty alias")
		}
		toks := tokenize(a, 0, len(a), nil)
		norms := make([]string, 0, len(toks))
		hasWord := false
		for _, t := range toks {
			norms = append(norms, t.norm)
			if t.kind == tokWord {
				hasWord = true
			}
		}
		if !hasWord || toks[0].kind != tokWord {
			return fmt.Errorf("alias %q: must start with a letter or digit", alias)
		}
		exact := capitalsOnly(a)
		key := strings.Join(norms, " ")
		if exact {
			key = "=" + a
		}
		e := index[key]
		if e == nil {
			e = &aliasEntry{text: a, norms: norms, inflect: !toks[0].cap && !exact}
			m.inflectable = m.inflectable || e.inflect
			if exact {
				e.exact = []string{a}
			}
			index[key] = e
			m.byFirst[norms[0]] = append(m.byFirst[norms[0]], e)
		}
		if actor != "" && !containsActor(e.actors, actor) {
			e.actors = append(e.actors, actor)
		}
		if topic != "" && !containsTopic(e.topics, topic) {
			e.topics = append(e.topics, topic)
		}
		return nil
	}
	for _, a := range w.Actors {
		for _, al := range a.Aliases {
			if err := add(al, a.ID, ""); err != nil {
				return nil, fmt.Errorf("actor %s: %w", a.ID, err)
			}
		}
	}
	for _, t := range w.Topics {
		for _, al := range t.Aliases {
			if err := add(al, "", t.ID); err != nil {
				return nil, fmt.Errorf("topic %s: %w", t.ID, err)
			}
		}
	}
	// Longest first, so the first full match at a position is the one to
	// keep.
	for k, es := range m.byFirst {
		sortEntries(es)
		m.byFirst[k] = es
	}
	return m, nil
}

func sortEntries(es []*aliasEntry) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && len(es[j].norms) > len(es[j-1].norms); j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

func containsActor(xs []news.ActorID, x news.ActorID) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func containsTopic(xs []news.TopicID, x news.TopicID) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// find returns the mentions in toks, left to right, none overlapping.
func (m *matcher) find(text string, toks []token, out []mention) []mention {
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.kind != tokWord {
			i++
			continue
		}
		best := m.longest(text, toks, i, t.norm, false)
		if best == nil && m.inflectable {
			var buf [3]string
			for _, st := range stems(t.norm, buf[:0]) {
				if best = m.longest(text, toks, i, st, true); best != nil {
					break
				}
			}
		}
		if best == nil {
			i++
			continue
		}
		if i > 0 && toks[i-1].cap && compassWords[toks[i-1].norm] && toks[i].cap {
			// "Northern Ireland", "South Sudan": a longer name that is
			// not the alias.
			i += len(best.norms)
			continue
		}
		// A whole-word match: the tokenizer already splits on non-word
		// characters, so token boundaries are word boundaries.
		out = append(out, mention{t0: i, t1: i + len(best.norms), actors: best.actors, topics: best.topics})
		i += len(best.norms)
	}
	return out
}

// longest returns the longest alias starting at token i whose first token
// is first (the token's norm, or one of its stems when inflected).
func (m *matcher) longest(text string, toks []token, i int, first string, inflected bool) *aliasEntry {
	t := toks[i]
	for _, e := range m.byFirst[first] {
		if inflected && !e.inflect {
			continue
		}
		if i+len(e.norms) > len(toks) {
			continue
		}
		if e.exact != nil && text[t.start:t.end] != e.exact[0] {
			continue
		}
		ok := true
		for k := 1; k < len(e.norms); k++ {
			if toks[i+k].norm != e.norms[k] {
				ok = false
				break
			}
		}
		if ok {
			return e
		}
	}
	return nil
}

// stems returns the bare forms an inflected word may come from:
// ending → end, seized → seize, disarmed → disarm, stopping → stop.
func stems(w string, out []string) []string {
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		b := w[:n-3]
		out = append(out, b, b+"e")
		if len(b) > 2 && b[len(b)-1] == b[len(b)-2] {
			out = append(out, b[:len(b)-1])
		}
	case n > 4 && strings.HasSuffix(w, "ed"):
		b := w[:n-2]
		out = append(out, b, w[:n-1])
		if len(b) > 2 && b[len(b)-1] == b[len(b)-2] {
			out = append(out, b[:len(b)-1])
		}
	case n > 4 && strings.HasSuffix(w, "ies"):
		out = append(out, w[:n-3]+"y")
	case n > 3 && strings.HasSuffix(w, "es"):
		out = append(out, w[:n-2], w[:n-1])
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		out = append(out, w[:n-1])
	}
	return out
}
