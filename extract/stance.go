package extract

import (
	"strings"

	"github.com/stancebot/stancebot/news"
)

// topicHit is a topic a frame speaks about: where it is named, or the
// referring phrase that points back to it.
type topicHit struct {
	topic    news.TopicID
	tok      int // the mention (or referring phrase) token
	referred bool
}

// frameTopics returns the topics named in a frame's content; when none is
// named, the topic a referring phrase ("the plan", "this move") points
// back to.
func (a *analysis) frameTopics(f *frame) []topicHit {
	var out []topicHit
	seen := map[news.TopicID]bool{}
	for _, rg := range f.content {
		for k := rg[0]; k < rg[1]; k++ {
			mi := a.mentAt[k]
			if mi < 0 {
				continue
			}
			m := a.ments[mi]
			if m.t0 != k {
				continue
			}
			for _, tp := range m.topics {
				if !seen[tp] {
					seen[tp] = true
					out = append(out, topicHit{topic: tp, tok: k})
				}
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, rg := range f.content {
		for k := rg[0]; k < rg[1]; k++ {
			t := a.toks[k]
			demonstrative := t.norm == "this" || t.norm == "these" || t.norm == "such" || t.norm == "those"
			if !referringDeterminers[t.norm] && t.kind != tokPoss {
				continue
			}
			// The determiner, up to two modifiers, then the noun.
			for j := k + 1; j < rg[1] && j <= k+3; j++ {
				n := a.toks[j]
				if n.kind != tokWord && n.norm != "-" {
					break
				}
				if n.kind != tokWord || a.mentAt[j] >= 0 {
					continue
				}
				if n.cap {
					break // part of a name: "the Law of the Sea"
				}
				possessor := j+1 < rg[1] && a.toks[j+1].kind == tokPoss
				if tp, ok := a.referent(f.sent, k, n.norm, referringNouns[n.norm] || undoNouns[n.norm] || demonstrative, possessor); ok {
					return []topicHit{{topic: tp, tok: j, referred: true}}
				}
			}
		}
	}
	return nil
}

// referent resolves a referring word at token k: the most recent topic
// named in the last eight sentences whose aliases use the word as their
// head ("the tanker" → a topic with the alias "seized tanker") or, for a
// possessor ("the court's decision"), anywhere in them; failing that,
// the one topic with that head when the document names it later (a first
// mention by description). A generic referring noun ("the plan", "this move") falls
// back to the most recent topic nearby.
func (a *analysis) referent(si, k int, word string, generic, possessor bool) (news.TopicID, bool) {
	words := a.r.topicWords
	if possessor {
		words = a.r.topicAllWords
	}
	cands := words[word]
	if len(cands) == 0 {
		for _, st := range stems(word, nil) {
			if cands = words[st]; len(cands) > 0 {
				break
			}
		}
	}
	if len(cands) > 0 {
		floor := a.sents[max(0, si-8)].t0
		for j := k - 1; j >= floor; j-- {
			mi := a.mentAt[j]
			if mi < 0 {
				continue
			}
			m := a.ments[mi]
			for _, tp := range m.topics {
				if containsTopic(cands, tp) {
					return tp, true
				}
			}
			j = m.t0
		}
	}
	if generic {
		if tp, ok := a.antecedent(si, k); ok {
			return tp, true
		}
	}
	if len(cands) == 1 && !possessor {
		// Only a head that names one topic: "Venezuela's referendum"
		// before "the Essequibo referendum" is named.
		for _, m := range a.ments {
			if m.t0 <= k {
				continue
			}
			for _, tp := range m.topics {
				if containsTopic(cands, tp) {
					return tp, true
				}
			}
		}
	}
	return "", false
}

// stanceScore weighs a frame's stance toward the topic named at tok: the
// cue's polarity (flipped when negated), the polar words of the content
// (each flipped by a negator just before it), and direction: a harm verb
// aimed at the topic ("obstructing the peace efforts") means the speaker
// values the topic.
func (a *analysis) stanceScore(f *frame, h topicHit) float64 {
	if harm, own := a.harmBefore(f, h.tok); harm {
		if own {
			return -3 // "we will block the deal"
		}
		return 3 // "accused X of obstructing the talks"
	}
	s := 0.0
	undo := a.undoBefore(f, h.tok) || a.undoneAfter(f, h.tok) || undoNouns[a.toks[h.tok].norm]
	// flip collects the cue's polarity and, with an undo, what is said
	// of the undoing (the predicate after the topic in its clause), which
	// then flips: "scrapping the cap was a bribe" supports the cap.
	flip := 0.0
	switch f.kind {
	case frameSubject, frameInverted, frameAfter:
		p := float64(f.cue.pol) * 2
		if f.negated {
			p = -p
		}
		if p != 0 && !undo && a.governs(f, h.tok) {
			// "X rejected the plan": the verb's verdict is the stance,
			// whatever words describe the plan.
			return p * 1.5
		}
		if !a.cueBetween(f, h.tok) {
			// "hailed X … and said it did not recognise Y": the first
			// verb's verdict is not about Y.
			flip += p
		}
	}
	if g, ok := a.localGovernor(f, h.tok); ok && !undo {
		// "said it firmly opposes the tariffs", "…, rejecting Y's
		// offer": a verb of position aimed at the topic decides.
		return g * 1.5
	}
	for _, rg := range f.content {
		for k := rg[0]; k < rg[1]; k++ {
			if k == f.cueTok {
				continue
			}
			t := a.toks[k]
			if t.kind != tokWord {
				continue
			}
			if mi := a.mentAt[k]; mi >= 0 {
				// Words of a name are not opinions ("peace plan"). The
				// speaker's own side acting is its own choice: with an
				// undo, the undoing is what it stands for.
				if undo {
					flip += a.ownActorBonus(f, k, rg[0])
				} else {
					s += a.ownActorBonus(f, k, rg[0])
				}
				k = a.ments[mi].t1 - 1
				continue
			}
			p := 0.0
			switch {
			case positiveWords[t.norm]:
				p = 1
			case negativeWords[t.norm]:
				p = -1
			default:
				if c, ok := a.r.cues[t.norm]; ok && c.pol != polNeutral {
					p = float64(c.pol)
				}
			}
			if p == 0 {
				continue
			}
			if a.negatedAt(k, rg[0]) {
				p = -p
			}
			if undo && k > h.tok && a.sameClause(h.tok, k) {
				flip += p * a.proximity(k, h.tok)
				continue
			}
			s += p * a.proximity(k, h.tok)
		}
	}
	if a.negatedVerbBefore(f, h.tok) {
		// "will not sign the treaty": a negated verb aimed at the topic.
		s -= 1.5
	}
	if undo {
		// What is said is about undoing the topic: "demanded that X
		// retract the remarks" opposes the remarks, "called the
		// suspension an act of war" supports what was suspended.
		if flip == 0 {
			flip = 1 // talking of undoing it, for it
		}
		return s - flip
	}
	return s + flip
}

// sameClause reports no clause break (comma, semicolon, "and", "but")
// between tokens i < j, quote marks aside.
func (a *analysis) sameClause(i, j int) bool {
	for k := i + 1; k < j; k++ {
		switch a.toks[k].norm {
		case ",", ";", "and", "but", "while", ":":
			return false
		}
	}
	return true
}

// undoneAfter reports the topic as the subject of a passive undo verb:
// "the cap would be scrapped", "sanctions were lifted".
func (a *analysis) undoneAfter(f *frame, tok int) bool {
	end := tok
	if mi := a.mentAt[tok]; mi >= 0 {
		end = a.ments[mi].t1
	} else {
		end = tok + 1
	}
	passive := false
	for j := end; j < len(a.toks) && j < end+5 && f.covers(j); j++ {
		n := a.toks[j].norm
		if (n == "in" || n == "on") && j+1 < len(a.toks) && suspendedStates[a.toks[j+1].norm] {
			return true // "kept the treaty in abeyance", "put the deal on hold"
		}
		if passiveMarkers[n] {
			passive = true
			continue
		}
		if undoVerbs[n] {
			return passive
		}
		if !a.filler(j) {
			return false
		}
	}
	return false
}

// proximity weighs a polar word by its distance from the topic's
// mention: the verb just before a topic ("backed the plan") and the
// predicate just after it ("the plan is dangerous") say most about it.
func (a *analysis) proximity(k, tok int) float64 {
	d := k - tok
	switch {
	case d < 0 && d >= -4:
		return 2
	case d > 0 && d <= 3:
		for j := tok + 1; j < k; j++ {
			if n := a.toks[j].norm; n == "and" || n == "but" || n == "," {
				return 1
			}
		}
		return 2
	case d >= -12 && d <= 12:
		return 1
	}
	return 0.5
}

// negatedVerbBefore reports a negator within the six words before the
// topic's mention, in the same stretch of the content (no punctuation
// between, names skipped): "will not sign the X's treaty".
func (a *analysis) negatedVerbBefore(f *frame, tok int) bool {
	for j, n := tok-1, 0; j >= 0 && n < 6 && f.covers(j); j-- {
		t := a.toks[j]
		if mi := a.mentAt[j]; mi >= 0 {
			j = a.ments[mi].t0
			continue
		}
		if t.kind == tokPunct && t.norm != "-" {
			return false
		}
		if t.kind == tokWord {
			n++
		}
		if negators[t.norm] && t.norm != "without" {
			return true
		}
	}
	return false
}

// governs reports a topic named in the cue's own clause, close after it:
// no comma, colon or quote between and at most eight words apart.
func (a *analysis) governs(f *frame, tok int) bool {
	if f.cueTok < 0 || tok < f.cueTok || tok-f.cueTok > 9 {
		return false
	}
	for j := f.cueTok + 1; j < tok; j++ {
		if t := a.toks[j]; t.kind == tokPunct && t.norm != "-" && t.norm != "(" && t.norm != "'" {
			return false
		}
	}
	return true
}

// ownActorBonus: the speaker's own side named as an agent in the content
// ("the bloc would sanction …", "the department had seized …") reports
// its own action, which it stands by. Named after a preposition it is
// more likely the target ("sanctions on X").
func (a *analysis) ownActorBonus(f *frame, k, floor int) float64 {
	m := a.ments[a.mentAt[k]]
	own := false
	for _, act := range m.actors {
		if containsActor(f.actors, act) {
			own = true
		}
	}
	if !own {
		return 0
	}
	for j := m.t1; j < len(a.toks) && j < m.t1+4; j++ {
		if negators[a.toks[j].norm] {
			return 0 // "X will not sign": its own refusal
		}
	}
	if k > floor {
		// As a subject: after "that", an article, or a comma.
		switch p := a.toks[k-1]; {
		case p.norm == "that" || p.norm == "the" || p.norm == "a" || p.norm == "an" || p.norm == ",":
		default:
			return 0
		}
	}
	return 2
}

// undoBefore reports an undo verb ("retract", "halt", "lift") within the
// five words before the topic's mention.
func (a *analysis) undoBefore(f *frame, tok int) bool {
	for j := tok - 1; j >= 0 && j >= tok-5; j-- {
		if !f.covers(j) || j == f.cueTok {
			return false
		}
		if undoVerbs[a.toks[j].norm] {
			return !a.negatedAt(j, 0)
		}
	}
	return false
}

// negatedAt reports a negator within the three words before k, or a
// negating verb ("refused to", "deter any attempt to") within four.
func (a *analysis) negatedAt(k, floor int) bool {
	for j := k - 1; j >= floor && j >= k-4; j-- {
		n := a.toks[j].norm
		if negatingVerbs[n] || (j >= k-3 && negators[n]) {
			return true
		}
		if n == "from" && j > 0 && a.toks[j-1].norm == "far" {
			return true
		}
		if a.toks[j].kind == tokPunct && n != "-" && n != "'" {
			return false
		}
	}
	return false
}

// harmBefore reports a harm verb aimed at the topic: within the four
// words before its mention, not negated. own reports the speaker as the
// harm's subject: a pronoun or the speaker's own name just before it.
func (a *analysis) harmBefore(f *frame, tok int) (harm, own bool) {
	for j := tok - 1; j >= 0 && j >= tok-4; j-- {
		if !f.covers(j) {
			return false, false
		}
		t := a.toks[j]
		if t.kind == tokPunct && t.norm != "-" {
			return false, false
		}
		if harmVerbs[t.norm] {
			if a.negatedAt(j, 0) {
				return false, false
			}
			for i := j - 1; i >= 0 && i >= j-3 && f.covers(i); i-- {
				n := a.toks[i].norm
				if n == "it" || n == "we" || n == "i" || n == "they" || n == "he" || n == "she" {
					return true, true
				}
				if mi := a.mentAt[i]; mi >= 0 {
					for _, act := range a.ments[mi].actors {
						if containsActor(f.actors, act) {
							return true, true
						}
					}
				}
			}
			return true, false
		}
	}
	return false, false
}

func stanceOf(score float64) news.Stance {
	switch {
	case score > 0:
		return news.StanceSupport
	case score < 0:
		return news.StanceOppose
	}
	return news.StanceNeutral
}

// antecedent is the most recent topic named before token k, within the
// sentence and the three before it; further back, only a topic that is
// the only one the document has named so far.
func (a *analysis) antecedent(si, k int) (news.TopicID, bool) {
	floor := a.sents[max(0, si-3)].t0
	var only news.TopicID
	for j := k - 1; j >= 0; j-- {
		mi := a.mentAt[j]
		if mi < 0 {
			continue
		}
		m := a.ments[mi]
		j = m.t0
		if len(m.topics) == 0 {
			continue
		}
		if j >= floor {
			return m.topics[0], true
		}
		if only != "" && (len(m.topics) > 1 || m.topics[0] != only) {
			return "", false
		}
		only = m.topics[0]
	}
	return only, only != ""
}

// openQuestion reports a topic the speaker only discusses: inside a
// "whether" clause ("no role in deciding whether the treaty could be
// suspended") or with a verb of discussing near it ("the deal was
// discussed").
func (a *analysis) openQuestion(f *frame, tok int) bool {
	for j := tok - 1; j >= 0 && j >= tok-6 && f.covers(j); j-- {
		if n := a.toks[j].norm; n == "whether" || n == "if" && j > 0 && a.toks[j-1].norm == "decide" {
			return true
		}
	}
	for j := tok - 6; j <= tok+8; j++ {
		if j >= 0 && j < len(a.toks) && f.covers(j) && discussWords[a.toks[j].norm] {
			return true
		}
	}
	return false
}

// localGovernor finds a verb of position (a polar cue) aimed at the
// topic: within the six words before its mention, in the same stretch of
// content (names, quote marks and possessives skipped), negation applied.
func (a *analysis) localGovernor(f *frame, tok int) (float64, bool) {
	for j, n := tok-1, 0; j >= 0 && n < 6 && f.covers(j); j-- {
		t := a.toks[j]
		if mi := a.mentAt[j]; mi >= 0 {
			j = a.ments[mi].t0
			continue
		}
		if t.kind == tokPoss || t.norm == `"` || t.norm == "-" {
			continue
		}
		if t.kind == tokPunct {
			return 0, false
		}
		switch t.norm {
		case "and", "but", "or", "that", "which", "who", "while":
			return 0, false
		}
		n++
		if j == f.cueTok || a.nounUse(j, 0) {
			continue
		}
		c, _, ok := a.cueAt(j, tok)
		if !ok || c.pol == polNeutral {
			continue
		}
		p := float64(c.pol) * 2
		if a.negatedAt(j, 0) {
			p = -p
		}
		return p, true
	}
	return 0, false
}

// cueBetween reports another reporting verb between the frame's cue and
// the topic's mention: a new verb of saying takes over.
func (a *analysis) cueBetween(f *frame, tok int) bool {
	if f.cueTok < 0 || tok <= f.cueTok {
		return false
	}
	for j := f.cueTok + 1; j < tok; j++ {
		if a.inQuote(j) || a.toks[j].cap {
			continue
		}
		if _, _, ok := a.cueAt(j, tok); ok && !a.nounUse(j, f.cueTok+1) && !strings.HasSuffix(a.toks[j].norm, "ing") {
			return true
		}
	}
	return false
}
