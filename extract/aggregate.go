package extract

import (
	"slices"
	"sort"
	"strings"

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
	past    bool // reported as held before: "X had opposed Y"
}

// statements turns the frames into one statement per (actor, topic): the
// stance by a vote weighted by confidence, the evidence from the clearest
// frame that agrees with it.
func (a *analysis) statements(docID string) []news.Statement {
	votes := make(map[pairKey][]vote)
	var order []pairKey
	// lead is each actor's first say on a topic, for "backed the French
	// position".
	lead := make(map[news.ActorID]pairKey)
	var said map[pairKey]bool // the pairs said before bagged hits are added
	// bags are the says on a topic found only in other words.
	var bags []bagSay
	// addHit votes a frame's say on one topic for each of its actors; a
	// topic found only in other words (bagged) adds to no pair the report
	// already has a say on.
	addHit := func(f *frame, h topicHit, past, bagged bool) {
		sc := a.stanceScore(f, h)
		if sc > -2 && sc < 2 && !h.referred {
			if k, ok := a.undoneAgain(f, h); ok {
				// "said Sylvanians expelled under the deportation drive
				// were stranded and urged Zenda to halt forced
				// returns": the topic named again in other words,
				// after a verb that undoes it, is what the speaker
				// takes a side on.
				if s2 := a.stanceScore(f, topicHit{topic: h.topic, tok: k, ante: -1}); s2 <= -2 {
					sc = s2
				}
			}
		}
		if a.targetOnly(f, h) {
			// "calling the ageing fleet a threat" backs action
			// against the fleet.
			sc = -sc
		}
		if a.antiHit(h) {
			// "demanded zero enlargement" opposes enlargement; a bare
			// mention leans to what the alias names, as a bare
			// mention of the topic leans to the topic.
			sc = -sc
			if sc == 0 {
				sc = -1
			}
		}
		if sc != 0 && a.matterOfTalks(h) && !a.keptAway(f, h.tok) {
			// "ruled out direct negotiations with Y over the
			// disputed points": the verb is aimed at the talks, not
			// at what they would be about (staying away from talks
			// on it, "would no longer take part in talks on X", is
			// still a stand against X).
			sc = 0
		}
		if h.contrast && sc == 0 {
			return // "…, while Y said it would hold elections"
		}
		// "Asked whether X objected to Y, Z said …": the question
		// put is no word of X's on Y.
		open := a.openQuestion(f, h.tok) || a.askedAt(h.tok) || a.askedClause(f)
		if !open && a.acquiesces(f, h.tok) {
			open = true
		}
		if !open && sc < 0 && a.yieldsAfter(f, h.tok) {
			open = true
		}
		if !open && !a.verdict(f, h.tok) && (a.undecided(f, h.tok) || a.hedgedFar(f, h.tok) || a.askedAnswerUndecided(f, h.tok) || a.positionWithheldOn(f, h)) && (sc == 0 || !a.decidedAfterBut(f, h)) {
			// Still making up its mind, unless a verb of position
			// aims at the topic.
			open = true
		}
		if !open && a.bounded(f, h.tok) {
			open = true
		}
		if !open && a.handsOff(f, h.tok) && !a.verdict(f, h.tok) {
			// "…, but called it a matter between two countries that
			// had nothing to do with Strelsau": no side taken.
			open = true
		}
		if !open && sc == 0 && a.playedDown(f, h.tok) {
			open = true
		}
		if !open && sc >= 0 && a.placeAsSetting(f, h) {
			// "talks between Kelmar, Zenda and Ruritania would
			// continue": the place a party, not the bid on it.
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
			if bagged && said[k] {
				continue
			}
			if _, ok := votes[k]; !ok {
				order = append(order, k)
			}
			if _, ok := lead[act]; !ok && sc != 0 {
				lead[act] = k
			}
			votes[k] = append(votes[k], vote{frame: f, score: sc, quality: q, conf: conf, first: a.sents[f.sent].t0, open: open, past: past})
		}
	}
	for i := range a.frames {
		f := &a.frames[i]
		if f.background && !(f.dated && !decisionCue(f.cue)) || f.silent || len(f.actors) == 0 {
			// A dated say ("Last week, X told allies that …") is still
			// the actor's; a dated decision ("accepted the deal in
			// 2023") is an act, and other background (a condition, a
			// relative clause on the past) is no say at all.
			continue
		}
		switch f.how {
		case howAlias, howPronoun, howRole, howDefault:
		default:
			continue
		}
		hits := a.frameTopics(f)
		past := len(hits) > 0 && (f.dated || a.pastPerfect(f))
		if len(hits) == 0 {
			if other, ok := a.adoptedPosition(f, lead); ok {
				// "Chile and Costa Rica backed the French position": the
				// other actor's lead stance, by the verb's polarity.
				k0 := lead[other]
				sc := 0.0
				for _, v := range votes[k0] {
					sc += v.score
				}
				if sc == 0 {
					sc = 1
				}
				pol := float64(f.cue.pol)
				if f.negated {
					pol = -pol
				}
				sc = 2 * pol * sign(sc)
				for _, act := range f.actors {
					k := pairKey{act, k0.topic}
					if _, ok := votes[k]; !ok {
						order = append(order, k)
					}
					votes[k] = append(votes[k], vote{frame: f, score: sc, quality: 1, conf: 0.6, first: a.sents[f.sent].t0})
				}
			}
			continue
		}
		if len(hits) == 1 && hits[0].bag {
			bags = append(bags, bagSay{f, hits[0], past})
			continue
		}
		for _, h := range hits {
			addHit(f, h, past, false)
		}
	}
	said = make(map[pairKey]bool, len(votes))
	for k := range votes {
		said[k] = true
	}
	for _, b := range bags {
		addHit(b.f, b.h, b.past, true)
	}
	out := make([]news.Statement, 0, len(order))
	firstPos := make(map[pairKey]int, len(order))
	for _, k := range order {
		vs := votes[k]
		sum := 0.0
		open := false
		pos, neg := todaysSides(vs)
		for _, v := range vs {
			if v.past && (v.score > 0 && neg || v.score < 0 && pos) {
				// "Fredville had opposed the listing for years" gives way
				// to what the actor says today.
				continue
			}
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
			// A decision ("CORDA leaders agreed to raise …", "the cabinet
			// approved the plan") is an act: a sentence in which the
			// actor speaks on the topic is the better evidence.
			if best < 0 || vs[best].decision() && !v.decision() || v.decision() == vs[best].decision() && v.quality > vs[best].quality {
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

// bagSay is a frame whose one topic bagTopic found, held back until
// every other say of the report is counted.
type bagSay struct {
	f    *frame
	h    topicHit
	past bool
}

// decision reports a vote whose cue is a verb of deciding: "agreed",
// "approved".
func (v vote) decision() bool {
	return v.frame.cue.lemma == "agree" || v.frame.cue.lemma == "approve"
}

// decisionCue reports a verb of deciding or taking up: "agreed",
// "approved", "accepted", "signed".
func decisionCue(c cue) bool {
	return c.lemma == "agree" || c.lemma == "approve" || acceptBases.words[c.lemma]
}

// todaysSides reports whether the votes not reported in the past
// perfect include a support and an oppose.
func todaysSides(vs []vote) (pos, neg bool) {
	for _, v := range vs {
		if v.past {
			continue
		}
		pos = pos || v.score > 0
		neg = neg || v.score < 0
	}
	return pos, neg
}

// pastPerfect reports a frame whose cue is in the past perfect: "Fredville
// had opposed the listing", "Lorn had long said", "had been pushing for":
// a position held before the news the report is about.
func (a *analysis) pastPerfect(f *frame) bool {
	k := f.cueTok - 1
	if f.cueTok < 0 || f.cueTok >= len(a.toks) || int(a.sentOf[f.cueTok]) != f.sent {
		return false
	}
	t0 := a.sents[f.sent].t0
	for n := 0; n < 3 && k >= t0; n++ {
		t := a.toks[k]
		if t.kind != tokWord {
			return false
		}
		if t.norm == "had" {
			return true
		}
		if !pastPerfectFillers.holds(t.lex) && !strings.HasSuffix(t.norm, "ly") {
			return false
		}
		k--
	}
	return false
}

// pastPerfectFillers are the words that stand between "had" and its
// participle: "had long opposed", "had been pushing for".
var pastPerfectFillers = lexSet(set(`long already also once been previously earlier never not`))

// adoptedPosition reads a frame whose verb of position takes another
// watched actor's position as its object: "backed the French position",
// "rejected Sylvania's stance". The other actor is named by an alias or by
// a capitalised adjective that begins like one of its aliases, the only
// actor with a say so far that fits.
func (a *analysis) adoptedPosition(f *frame, lead map[news.ActorID]pairKey) (news.ActorID, bool) {
	if f.kind != frameSubject || f.cue.pol == polNeutral || len(f.content) != 1 {
		return "", false
	}
	rg := f.content[0]
	k := rg[0]
	if k < len(a.toks) && (a.toks[k].norm == "the" || a.toks[k].norm == "its" || a.toks[k].norm == "their") {
		k++
	}
	if k+1 >= rg[1] {
		return "", false
	}
	var cands []news.ActorID
	next := k + 1
	if mi := a.mentAt[k]; mi >= 0 && a.ments[mi].t0 == k {
		cands = a.ments[mi].actors
		next = a.ments[mi].t1
		if next < rg[1] && a.toks[next].kind == tokPoss {
			next++
		}
	} else if t := a.toks[k]; t.cap && t.kind == tokWord && len(t.norm) > 3 {
		for act := range lead {
			if a.aliasStartsLike(act, t.norm) {
				cands = append(cands, act)
			}
		}
	}
	if len(cands) != 1 || containsActor(f.actors, cands[0]) || next >= rg[1] || !positionWords.holds(a.toks[next].lex) {
		return "", false
	}
	if _, ok := lead[cands[0]]; !ok {
		return "", false
	}
	// Nothing but the phrase and an end: "backed the French position."
	for j := next + 1; j < rg[1]; j++ {
		if a.toks[j].kind == tokWord {
			return "", false
		}
	}
	return cands[0], true
}

// aliasStartsLike reports an actor with a one-word alias that shares its
// first two letters with the adjective w and is no longer than it plus
// two letters ("Sylvanian" and "Sylvania", "Zendan" and "Zenda").
func (a *analysis) aliasStartsLike(act news.ActorID, w string) bool {
	for _, al := range a.r.aliasesOf[act] {
		if strings.ContainsRune(al, ' ') || len(al) < 4 || len(al) > len(w)+2 {
			continue
		}
		if l := strings.ToLower(al); l[:2] == w[:2] && l != w {
			return true
		}
	}
	return false
}

func sign(x float64) float64 {
	if x < 0 {
		return -1
	}
	return 1
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

// askedAt reports a topic named in a question ("Do they want to have X
// going in their direction?"): a rhetorical question takes no clear side.
func (a *analysis) askedAt(tok int) bool {
	for j := tok + 1; j < len(a.toks) && a.sentOf[j] == a.sentOf[tok]; j++ {
		switch a.toks[j].norm {
		case "?":
			return true
		case ".", "!", ";":
			return false
		}
	}
	return false
}

// decidedAfterBut reports the topic named again after a "but" that
// follows its hit, in the same content and with no undecided remark
// around that later mention: "would decide its budget on its own, but
// remained committed to raising defence spending" — the clause after
// "but" says where the speaker stands.
func (a *analysis) decidedAfterBut(f *frame, h topicHit) bool {
	for _, rg := range f.content {
		for k := max(rg[0], h.tok+1); k < rg[1]; k++ {
			if a.toks[k].norm != "but" {
				continue
			}
			for mi := range a.ments {
				m := &a.ments[mi]
				if m.t0 <= k || m.t0 >= rg[1] || !slices.Contains(m.topics, h.topic) {
					continue
				}
				return !a.undecided(f, m.t0) && !a.hedgedFar(f, m.t0)
			}
			return false
		}
	}
	return false
}

// positionWithheldOn reports the topic named again within six words
// after a withheld position ("without taking a position on whether the
// canal should be built", "took no stance on X"), anywhere in the
// content: the speaker says outright it takes no side on it.
func (a *analysis) positionWithheldOn(f *frame, h topicHit) bool {
	for _, rg := range f.content {
		for k := max(rg[0], h.tok+1); k < rg[1]; k++ {
			if n := a.toks[k].norm; n != "position" && n != "stance" && n != "sides" {
				continue
			}
			for mi := range a.ments {
				m := &a.ments[mi]
				if m.t0 > k && m.t0 <= k+6 && m.t0 < rg[1] && slices.Contains(m.topics, h.topic) {
					return a.undecided(f, m.t0)
				}
			}
		}
	}
	return false
}

// askedAnswerUndecided reports a topic named only in a fronted question
// ("Asked about the plan, X said it was up to Y to settle the matter",
// "Asked about the offer, X said Strelsau was studying it"): the whole
// answer is about what was asked, so an undecided remark anywhere in its
// first clause leaves the topic open, however far from the mention.
func (a *analysis) askedAnswerUndecided(f *frame, tok int) bool {
	if f.cueTok < 0 || tok >= f.cueTok {
		return false
	}
	t0 := int(a.sents[f.sent].t0)
	if a.toks[t0].norm != "asked" || t0+1 >= len(a.toks) || a.toks[t0+1].norm != "about" {
		return false
	}
	for j := t0 + 2; j < tok; j++ {
		if a.toks[j].kind == tokPunct {
			return false
		}
	}
	if f.cue.pol != polNeutral {
		return false
	}
	for _, rg := range f.content {
		if rg[0] <= f.cueTok {
			continue
		}
		for p := rg[0]; p < rg[1]; p++ {
			// "said it was a grave mistake that Zenda would study":
			// a word of position in the answer decides.
			if t := a.toks[p]; positiveWords.holds(t.lex) || negativeWords.holds(t.lex) {
				return false
			}
		}
		for p := rg[0]; p < rg[1] && p < rg[0]+36; p += 12 {
			if a.undecided(f, p) {
				return true
			}
		}
		return false
	}
	return false
}

// askedClause reports a frame whose cue stands inside a fronted question
// put to someone else: "Asked whether Fredville objected to X, Y said":
// the sentence opens "Asked whether/if" and the cue comes before the
// first comma.
func (a *analysis) askedClause(f *frame) bool {
	if f.cueTok < 0 {
		return false
	}
	t0 := int(a.sents[f.sent].t0)
	if t0+1 >= len(a.toks) || a.toks[t0].norm != "asked" || a.toks[t0+1].norm != "whether" && a.toks[t0+1].norm != "if" {
		return false
	}
	for j := t0 + 2; j < f.cueTok; j++ {
		if a.toks[j].norm == "," {
			return false
		}
	}
	return true
}

// matterOfTalks reports a topic named as what talks are about: "wanted
// wider consultation on the package", "ruled out negotiations with Y
// over the disputed points". The talks' noun, before "on", "over" or
// "about" (after at most a "with" phrase of up to three words), is no
// head of the topic itself ("talks on quotas" for a topic of quota
// talks), and only a determiner or up to three modifiers stand between
// the preposition and the topic.
func (a *analysis) matterOfTalks(h topicHit) bool {
	p := -1
	for j := h.tok - 1; j >= 0 && j >= h.tok-4; j-- {
		t := a.toks[j]
		if t.kind != tokWord {
			if t.kind == tokPoss {
				continue
			}
			return false
		}
		if n := t.norm; n == "on" || n == "over" || n == "about" {
			p = j
			break
		}
	}
	if p < 1 {
		return false
	}
	k := p - 1
	for j := p - 1; j >= 1 && j >= p-4; j-- {
		if a.toks[j].kind != tokWord {
			break
		}
		if a.toks[j].norm == "with" {
			k = j - 1
			break
		}
	}
	w := a.toks[k].norm
	if !consultNouns.words[w] {
		return false
	}
	if mi := a.mentAt[k]; mi >= 0 && containsTopic(a.ments[mi].topics, h.topic) {
		return false
	}
	return !a.topicHeaded(h.topic, w)
}
