package extract

import (
	"strings"

	"github.com/stancebot/stancebot/news"
)

// A watched actor's say that names no topic, and refers back to none,
// may still be about one in other words: "said Fredville would keep
// training Velsia's coast guard" for a topic "Coast guard training for
// Velsia", "rejected any recognition of breakaway entities" for
// "Recognition of Norland". bagTopic reads such a say against the words
// of every topic's name and aliases: each word shared with the content
// counts by how few topics have it, and a topic counts only when what
// it shares weighs as much as two words no other topic has, clearly more
// than any other topic shares, and the report names that topic
// somewhere itself. Words of actors' aliases never count ("Velsia's" is
// no sign of a topic when Velsia speaks).

// bagRef is one topic a word stem belongs to, with the word's weight:
// one over the number of topics whose words have the stem.
type bagRef struct {
	topic  news.TopicID
	weight float64
}

const (
	bagMinWeight = 2.0  // what the best topic's shared words must weigh
	bagMargin    = 0.75 // the next topic must weigh less than this share of it
)

// bagStopWords are the function words and the words of reporting that
// tell nothing of a topic.
var bagStopWords = lexSet(set(`the a an of to in on for and or with by from at as its it is be was were has have had that this their his her our not no any all new would will could should may might over under into than more most after before about against between up out off own per via said says say told also which who whom whose there they them he she we you us`))

// bagStem cuts a word to the stem bagTopic compares: its first six
// letters, or a shorter word without its plural "s"; "" for a word that
// tells nothing (a function word, a number, two letters or fewer).
func bagStem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "'")
	if len(w) < 3 || w[0] < 'a' || w[0] > 'z' || bagStopWords.words[w] {
		return ""
	}
	if len(w) > 6 {
		return w[:6]
	}
	if len(w) > 3 {
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// buildBag indexes the stems of every topic's name, aliases and id,
// less the stems of actors' aliases.
func (r *Rules) buildBag(w *news.Watchlist) {
	actorStems := make(map[string]bool)
	for _, act := range w.Actors {
		for _, al := range append([]string{act.Name}, act.Aliases...) {
			for _, tk := range tokenize(al, 0, len(al), nil) {
				if s := bagStem(tk.norm); tk.kind == tokWord && s != "" {
					actorStems[s] = true
				}
			}
		}
	}
	byStem := make(map[string][]news.TopicID)
	for _, t := range w.Topics {
		texts := append([]string{t.Name, strings.ReplaceAll(string(t.ID), "_", " ")}, t.Aliases...)
		for _, text := range texts {
			for _, tk := range tokenize(text, 0, len(text), nil) {
				s := bagStem(tk.norm)
				if tk.kind != tokWord || s == "" || actorStems[s] || containsTopic(byStem[s], t.ID) {
					continue
				}
				byStem[s] = append(byStem[s], t.ID)
			}
		}
	}
	r.bag = make(map[string][]bagRef, len(byStem))
	for s, tps := range byStem {
		for _, tp := range tps {
			r.bag[s] = append(r.bag[s], bagRef{topic: tp, weight: 1 / float64(len(tps))})
		}
	}
}

// bagTopic returns the topic a frame's content names in other words, as
// the package comment above tells, with the token of its first shared
// word.
func (a *analysis) bagTopic(f *frame) (topicHit, bool) {
	if len(a.r.bag) == 0 || len(f.actors) == 0 {
		return topicHit{}, false
	}
	type tally struct {
		topic  news.TopicID
		weight float64
		tok    int // the first shared word
	}
	// Both lists start on the stack: a say shares words with a few
	// topics at most.
	var tallyBuf [8]tally
	var countedBuf [16]string
	tallies, counted := tallyBuf[:0], countedBuf[:0]
	from := a.frontedClauseEnd(f)
	for _, rg := range f.content {
		for k := max(rg[0], from); k < rg[1]; k++ {
			if a.toks[k].kind != tokWord || a.mentAt[k] >= 0 || k < f.spk0 && a.frontedSetting(k, f.spk0) {
				// A mention the frame was found not to be about ("Speaking
				// on his way to mark the Water Treaty, X said …") is no
				// sign of its topic in other words either.
				continue
			}
			s := bagStem(a.toks[k].norm)
			if s == "" {
				continue
			}
			refs := a.r.bag[s]
			if len(refs) == 0 || containsString(counted, s) {
				continue // a stem counts once
			}
			counted = append(counted, s)
			for _, ref := range refs {
				i := 0
				for i < len(tallies) && tallies[i].topic != ref.topic {
					i++
				}
				if i == len(tallies) {
					tallies = append(tallies, tally{topic: ref.topic, tok: k})
				}
				tallies[i].weight += ref.weight
			}
		}
	}
	best, next := -1, 0.0
	for i, t := range tallies {
		switch {
		case best < 0 || t.weight > tallies[best].weight:
			if best >= 0 {
				next = tallies[best].weight
			}
			best = i
		case t.weight > next:
			next = t.weight
		}
	}
	if best < 0 {
		return topicHit{}, false
	}
	b := tallies[best]
	if b.weight < bagMinWeight || next >= bagMargin*b.weight || !a.namedInReport(b.topic) {
		return topicHit{}, false
	}
	// The first shared word stands for the topic, or rather the word
	// that heads it, when the topic's words go on: in "stood with its
	// ally against Zenda's dangerous raids" the verdict falls on
	// "raids", not on "dangerous". A gerund heads its own words
	// ("stop surveying the reef").
	k := b.tok
	for !strings.HasSuffix(a.toks[k].norm, "ing") && k+1 < len(a.toks) && f.covers(k+1) && a.toks[k+1].kind == tokWord && a.mentAt[k+1] < 0 && a.bagHas(k+1, b.topic) {
		k++
	}
	return topicHit{topic: b.topic, tok: k, ante: -1, bag: true}, true
}

// bagHas reports a word at k whose stem is one of the topic's words.
func (a *analysis) bagHas(k int, tp news.TopicID) bool {
	s := bagStem(a.toks[k].norm)
	if s == "" {
		return false
	}
	for _, ref := range a.r.bag[s] {
		if ref.topic == tp {
			return true
		}
	}
	return false
}

// frontedClauseEnd returns the comma that ends a clause of setting
// opening the sentence before its speaker ("Speaking on a visit to the
// reef, X said …", "At a meeting on the dam project, X said …"), or
// the sentence's first token when there is none.
func (a *analysis) frontedClauseEnd(f *frame) int {
	s := a.sents[f.sent]
	if f.spk0 <= s.t0 {
		return s.t0
	}
	first := a.toks[s.t0].norm
	if !strings.HasSuffix(first, "ing") && !timePrepositions.words[first] && !placePrepositions.words[first] && first != "at" {
		return s.t0
	}
	for j := f.spk0 - 1; j > s.t0; j-- {
		if a.toks[j].norm == "," {
			return j
		}
	}
	return s.t0
}

// namedInReport reports a mention of the topic anywhere in the report.
func (a *analysis) namedInReport(tp news.TopicID) bool {
	if containsTopic(a.titleTopics, tp) {
		return true
	}
	for _, m := range a.ments {
		if containsTopic(m.topics, tp) {
			return true
		}
	}
	return false
}
