package extract

import (
	"sort"

	"github.com/stancebot/stancebot/news"
)

// pairKey is one (actor, topic) in a document.
type pairKey struct {
	actor news.ActorID
	topic news.TopicID
}

// vote is one frame's say on a pair.
type vote struct {
	frame   *frame
	score   float64
	quality float64
	conf    float64
	first   int  // token where the evidence sentence starts
	open    bool // the topic was only discussed or questioned
}

// statements turns the frames into one statement per (actor, topic): the
// stance by a vote weighted by confidence, the evidence from the clearest
// frame that agrees with it.
func (a *analysis) statements(docID string) []news.Statement {
	votes := make(map[pairKey][]vote)
	var order []pairKey
	for i := range a.frames {
		f := &a.frames[i]
		if f.background || f.silent || len(f.actors) == 0 {
			continue
		}
		switch f.how {
		case howAlias, howPronoun, howRole, howDefault:
		default:
			continue
		}
		for _, h := range a.frameTopics(f) {
			sc := a.stanceScore(f, h)
			if h.contrast && sc == 0 {
				continue // "…, while Y said it would hold elections"
			}
			open := a.openQuestion(f, h.tok)
			if !open && a.acquiesces(f, h.tok) {
				open = true
			}
			if !open && !a.verdict(f, h.tok) && a.undecided(f, h.tok) {
				// Still making up its mind, unless a verb of position
				// aims at the topic.
				open = true
			}
			if open {
				sc = 0
			}
			conf := 0.9
			if f.how == howPronoun || f.how == howRole {
				conf -= 0.15
			}
			if f.kind == frameQuote || f.kind == frameDefault {
				conf -= 0.1
			}
			if h.referred {
				conf -= 0.2
			}
			if sc == 0 {
				conf -= 0.2
			}
			q := clamp(sc, -3, 3)
			if q < 0 {
				q = -q
			}
			if f.how == howAlias {
				q += 1
			}
			if !h.referred {
				q += 2
			}
			for _, act := range f.actors {
				k := pairKey{act, h.topic}
				if _, ok := votes[k]; !ok {
					order = append(order, k)
				}
				votes[k] = append(votes[k], vote{frame: f, score: sc, quality: q, conf: conf, first: a.sents[f.sent].t0, open: open})
			}
		}
	}
	out := make([]news.Statement, 0, len(order))
	firstPos := make(map[pairKey]int, len(order))
	for _, k := range order {
		vs := votes[k]
		sum := 0.0
		open := false
		for _, v := range vs {
			sum += clamp(v.score, -3, 3) * v.conf
			open = open || v.open
		}
		st := stanceOf(sum)
		if st == news.StanceNeutral && !open {
			// No polarity found either way: an actor reported speaking
			// on a topic nearly always backs what it names (what a desk
			// labels neutral is rare), so lean to support, with less
			// confidence.
			st = news.StanceSupport
		}
		best := -1
		for i, v := range vs {
			if vst := stanceOf(v.score); vst != st && !(vst == news.StanceNeutral && st == news.StanceSupport && sum == 0) {
				continue
			}
			if best < 0 || v.quality > vs[best].quality {
				best = i
			}
		}
		if best < 0 {
			best = 0
		}
		v := vs[best]
		conf := v.conf
		if len(vs) > 1 {
			conf += 0.05
		}
		if conf > 0.99 {
			conf = 0.99
		}
		out = append(out, news.Statement{
			Doc:        docID,
			Actor:      k.actor,
			Topic:      k.topic,
			Stance:     st,
			Evidence:   a.sentText(v.frame.sent),
			Speaker:    a.speakerText(v.frame),
			Confidence: round2(conf),
		})
		firstPos[k] = vs[0].first
	}
	sort.SliceStable(out, func(i, j int) bool {
		return firstPos[pairKey{out[i].Actor, out[i].Topic}] < firstPos[pairKey{out[j].Actor, out[j].Topic}]
	})
	return out
}

func clamp(x, lo, hi float64) float64 {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

func round2(x float64) float64 {
	return float64(int(x*100+0.5)) / 100
}
