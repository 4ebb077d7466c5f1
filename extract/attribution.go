package extract

import (
	"iter"
	"slices"
	"strings"

	"github.com/stancebot/stancebot/news"
)

// frameKind says how an attribution was found.
type frameKind uint8

const (
	frameSubject   frameKind = iota + 1 // X said (that) …; X rejected Y
	frameInverted                       // "…," X said.
	frameAfter                          // "…," said X.
	frameAccording                      // according to X, …
	frameQuote                          // a sentence of a quote attributed elsewhere
	frameDefault                        // the document's default actor
)

// speakerHow says how a frame's speaker was resolved.
type speakerHow uint8

const (
	howNone      speakerHow = iota // not resolved: no statement
	howAlias                       // the speaker phrase names a watched actor
	howPronoun                     // he, she, it, they
	howRole                        // the ministry, the spokeswoman
	howUnwatched                   // someone not on the watchlist
	howDefault                     // the document's default actor
)

// personness: whether a speaker is a person (he/she) or an institution
// (it/they), when known.
type personness int8

const (
	personUnknown personness = 0
	personYes     personness = 1
	personNo      personness = -1
)

// frame is one attribution: speaker – cue – content.
type frame struct {
	kind       frameKind
	sent       int
	cueTok     int // -1 when there is no cue token
	cue        cue
	negated    bool
	spk0, spk1 int // the speaker phrase's tokens
	// speakerName is the speaker's text when it was inherited.
	speakerName string
	actors      []news.ActorID
	how         speakerHow
	person      personness
	// pronounOrRole is set for a speaker phrase to resolve from context.
	pronounOrRole bool
	// titled is set for a title before a name the watchlist does not
	// know ("Spokesman Wang Lin", "Energy Minister Ola Berg").
	titled     bool
	content    [][2]int // token ranges
	background bool
	// dated is set for a background frame that is background only by
	// its date ("Last month, X told …", "X warned in 2024 that …"): what
	// the actor said before, still its say when nothing newer is.
	dated  bool
	silent bool // the speaker is reported not to have said anything
	// relEnd, for a frame inside a relative clause, is the comma that
	// ends it; ant0:ant1 the phrase the clause hangs on.
	relEnd, ant0, ant1 int
	// echo, for a reaction in a closing appositive (", a demand X
	// rejected"), is one past the cue token of the frame it reacts to;
	// 0 for none.
	echo int
	// reaction marks such a closing-appositive reaction.
	reaction bool
	// act, for a participle cue after a clause of the speaker's own act
	// ("imposed duties on steel, saying …"), is one past the act's verb;
	// 0 for none.
	act int
	// nest0:nest1, for a speaker phrase that names no actor ("He said
	// Zenda would …"), is a named subject of a nested cue at nestCue,
	// cut after the speaker is resolved unless it is the speaker's own
	// side; nest1 is 0 for none.
	nest0, nest1, nestCue int
}

// covers reports token k inside the frame's content.
func (f *frame) covers(k int) bool {
	for _, rg := range f.content {
		if k >= rg[0] && k < rg[1] {
			return true
		}
	}
	return false
}

// coveredFrom returns the first token of the run of content ending at
// k, across ranges that meet: a walk back from k stays inside the
// content for j >= coveredFrom(k), as f.covers(j) would say at every
// step. It is k+1 when k is outside the content.
func (f *frame) coveredFrom(k int) int {
	lo := k + 1
	for {
		moved := false
		for _, rg := range f.content {
			if rg[0] < lo && lo-1 < rg[1] && lo-1 >= rg[0] {
				lo, moved = rg[0], true
			}
		}
		if !moved {
			return lo
		}
	}
}

// findFrames finds the attributions of every sentence, resolves their
// speakers in reading order, and spreads quote attributions over the
// sentences a quote spans.
func (a *analysis) findFrames(defaultActor news.ActorID) {
	// Room for a frame a sentence, so that the frames seldom grow (a
	// frame is large, and growing copies them all).
	a.frames = slices.Grow(clear0(a.spare.frames), len(a.sents))
	for si := range a.sents {
		a.sentenceFrames(si)
	}
	a.resolveSpeakers()
	a.cutDeferred()
	a.spreadQuotes()
	if defaultActor != "" {
		a.addDefaultFrames(defaultActor)
	}
}

// clauses splits a sentence where what follows may have its own speaker:
// at semicolons and at ", while", ", whereas", ", but".
func (a *analysis) clauses(si int) [][2]int {
	s := a.sents[si]
	var out [][2]int
	c0 := s.t0
	for k := s.t0; k < s.t1; k++ {
		if a.inQuote(k) {
			continue
		}
		t := a.toks[k]
		brk := false
		next := k + 1
		switch {
		case t.norm == ";":
			brk = true
		case t.norm == "," && k+1 < s.t1 && clauseBreakers.holds(a.toks[k+1].lex) && !a.inQuote(k+1):
			brk = !a.secondComplement(k+1, s.t1)
			next = k + 2
		case (t.norm == "while" || t.norm == "whereas") && k > s.t0:
			// Not before a second complement of the same cue: "said
			// there could be no X while Y threatened, and that Z".
			// Nor before ", X said" closing the sentence: "Zenda will
			// not sign while Y keeps up its attacks, Osk said" (the
			// "while" clause is part of what Osk said).
			brk = !a.andThatAfter(k+1, s.t1) && !(a.toks[k-1].norm != "," && a.saidAfter(k+1, s.t1))
			// Nor, with no comma before it, inside what a speech verb
			// before it reports, when the "while" clause opens on a name
			// and has no cue of its own: "Osk said there could be no talks while
			// Zenda pressed ahead with its plan, which he called …" is
			// all Osk's.
			if brk && a.toks[k-1].norm != "," && k+1 < s.t1 && a.toks[k+1].cap && a.cueIn(c0, k, true) && !a.cueIn(k+1, a.clauseStop(k+1, s.t1), false) {
				brk = false
			}
		case t.norm == "and" && k > c0 && k+1 < s.t1 && a.sayingAfterAccusation(c0, k):
			// "He accused Zenda of sabotage and said the tariffs were
			// unjust": what he said next is no part of the charge.
			brk = true
		case t.norm == "," && k+2 < s.t1 && a.toks[k+1].norm == "even" && a.toks[k+2].norm == "as" && !a.inQuote(k+1):
			// ", even as" opens a clause with a subject of its own:
			// "A and B hailed the deal, even as a Zendan official
			// threatened to block the corridor" (the corridor is not
			// what A and B hailed).
			brk = true
			next = k + 3
		}
		if brk && k > c0 {
			out = append(out, [2]int{c0, k})
			c0 = next
			k = next - 1
		}
	}
	if c0 < s.t1 {
		out = append(out, [2]int{c0, s.t1})
	}
	return out
}

// cueIn reports a cue outside quotes between lo and hi: with speech, a
// speech verb (a cue of no polarity of its own: "said", "told"); else
// any cue but one moving "ahead" ("pressed ahead with": an act, no
// words).
func (a *analysis) cueIn(lo, hi int, speech bool) bool {
	for j := lo; j < hi; j++ {
		t := a.toks[j]
		if t.kind != tokWord || a.inQuote(j) || !a.r.cueWords.mayHave(t.norm) {
			continue
		}
		c, ok := a.r.cues[t.norm]
		switch {
		case !ok:
		case speech && c.pol == polNeutral:
			return true
		case !speech && (j+1 >= hi || a.toks[j+1].norm != "ahead"):
			return true
		}
	}
	return false
}

// clauseStop is the first comma or semicolon from k, or end: the
// stretch where a clause's own speech verb stands ("while Zenda
// insisted …", not "while Zenda pressed on, which he called …").
func (a *analysis) clauseStop(k, end int) int {
	for j := k; j < end; j++ {
		if n := a.toks[j].norm; n == ";" || n == "," {
			return j
		}
	}
	return end
}

// saidAfter reports an attribution closing the sentence after k: a
// comma outside quotes, a speaker of at most five words opening with a
// capital or a pronoun, a cue, then the end or a tail ("…, Foreign
// Minister Mira Osk said on Friday").
func (a *analysis) saidAfter(k, end int) bool {
	for j := k; j+2 < end; j++ {
		if a.toks[j].norm != "," || a.inQuote(j) {
			continue
		}
		if n := a.toks[j+1]; !n.cap && !isSpeakerPronoun(n.norm) {
			continue
		}
		for c := j + 2; c < end && c <= j+6; c++ {
			t := a.toks[c]
			if t.kind != tokWord {
				break
			}
			if _, ok := a.r.cues[t.norm]; ok && (c+1 >= end || a.toks[c+1].kind == tokPunct || tailStarters.holds(a.toks[c+1].lex)) {
				return true
			}
		}
	}
	return false
}

// andThatAfter reports ", and that" between k and end, outside quotes,
// with no semicolon before it.
func (a *analysis) andThatAfter(k, end int) bool {
	for j := k; j+2 < end; j++ {
		if a.toks[j].norm == ";" {
			return false
		}
		if a.toks[j].norm == "," && a.toks[j+1].norm == "and" && a.toks[j+2].norm == "that" && !a.inQuote(j) {
			return true
		}
	}
	return false
}

// backshiftedModals open a reported clause's second predicate after ",
// but": "…, but would not …".
var backshiftedModals = lexSet(set(`would could might`))

// secondComplement reports "but that" opening a second reported clause
// of the same cue: "X said talks were possible, but that a deal would
// require Y". Not "but that was before …", where "that" is the subject.
func (a *analysis) secondComplement(k, end int) bool {
	if a.toks[k].norm == "but" && k+2 < end && backshiftedModals.holds(a.toks[k+1].lex) && (a.toks[k+2].kind == tokWord && !a.toks[k+2].cap) {
		// "said the movement was open to storing its weapons, but
		// would not hand them over": the reported subject's second
		// predicate, in the reported tense.
		return true
	}
	if a.toks[k].norm != "but" || k+2 >= end || a.toks[k+1].norm != "that" {
		return false
	}
	n := a.toks[k+2]
	return n.kind == tokWord && !finiteAux.holds(n.lex) && !modals.holds(n.lex)
}

// sentenceFrames finds at most one frame per clause: the first cue whose
// speaker can be found.
func (a *analysis) sentenceFrames(si int) {
	s := a.sents[si]
	bg := a.isBackground(si)
	found := false
	// prev points at last, a copy of the last frame found (the speaker
	// moved to the antecedent after a relative clause); one variable for
	// the whole sentence, so that it stays off the heap.
	var last frame
	var prev *frame
	for _, c := range a.clauses(si) {
		c0, c1 := c[0], c[1]
		for c0 < c1 {
			f, ok := a.clauseFrame(si, c0, c1, prev)
			if !ok {
				break
			}
			a.markDated(&f, bg)
			a.frames = append(a.frames, f)
			found = true
			last = f
			prev = &last
			if f.relEnd == 0 {
				if g, ok := a.ownNamingFrame(f); ok && !a.hasCueFrame(si, g.cueTok) {
					a.frames = append(a.frames, g)
				} else if g, ok := a.personalVerdictFrame(f, c1); ok && !a.hasCueFrame(si, g.cueTok) {
					a.frames = append(a.frames, g)
				}
				if g, ok := a.announcingFrame(f); ok && !a.hasCueFrame(si, g.cueTok) {
					a.frames = append(a.frames, g)
				}
				// "X said A, and Y called B wrong": the content was cut
				// where another speaker's clause begins; read it too.
				if e, ok := a.andClause(&a.frames[len(a.frames)-1], c0, c1); ok {
					c0 = e
					continue
				}
				if g, ok := a.andReaction(si, c0, c1, f.cueTok); ok {
					g.background, g.dated = f.background, f.dated
					a.frames = append(a.frames, g)
				}
				break
			}
			// After the relative clause, the main clause's own verb:
			// "X, which Y accuses of Z, has denied …".
			last.spk0, last.spk1 = f.ant0, f.ant1
			c0 = f.relEnd + 1
		}
	}
	if f, ok := a.echoFrame(si); ok {
		comma := f.content[0][1]
		// The reaction's verb read as the main clause's ("X built Y, a
		// move Z condemned") gives way.
		kept := a.frames[:0]
		for _, g := range a.frames {
			if g.sent != si || g.cueTok != f.cueTok {
				kept = append(kept, g)
			}
		}
		a.frames = kept
		rEnd := f.content[len(f.content)-1][1]
		for i := range a.frames {
			g := &a.frames[i]
			if g.sent == si && g.cueTok > rEnd && g.spk1 <= comma && strings.HasSuffix(a.toks[g.cueTok].norm, "ing") {
				// "…, strikes Zenda condemned as a violation, saying
				// they had killed civilians": the participle after the
				// reaction is the reacting party's.
				g.spk0, g.spk1 = f.spk0, f.spk1
				kept := g.content[:0]
				for _, r := range g.content {
					if r[0] > rEnd {
						kept = append(kept, r)
					}
				}
				g.content = kept
				g.act = 0
				continue
			}
			if g.sent != si || g.cueTok < 0 || g.cueTok >= comma {
				continue
			}
			// The reaction is not part of what the first speaker said.
			for j := range g.content {
				g.content[j][1] = min(g.content[j][1], comma)
			}
			if g.cueTok+1 > f.echo {
				f.echo = g.cueTok + 1
			}
		}
		a.markDated(&f, bg)
		a.frames = append(a.frames, f)
		found = true
	}
	if found {
		return
	}
	if f, ok := a.possessedDemand(si); ok {
		f.background, f.dated = bg, bg
		a.frames = append(a.frames, f)
		return
	}
	// "According to X, …" when no cue frame was found.
	for k := s.t0; k+1 < s.t1; k++ {
		if a.toks[k].norm != "according" || a.toks[k+1].norm != "to" || a.inQuote(k) {
			continue
		}
		n0 := k + 2
		n1 := n0
		for n1 < s.t1 && a.toks[n1].kind != tokPunct && n1-n0 < 12 {
			t := a.toks[n1]
			if !(t.cap || t.kind == tokPoss || a.mentAt[n1] >= 0 || roleNouns.holds(t.lex) || npFunctionWords.holds(t.lex)) {
				break
			}
			n1++
		}
		if n1 == n0 {
			break
		}
		f := frame{kind: frameAccording, sent: si, cueTok: k, cue: cue{lemma: "according to"}, spk0: n0, spk1: n1, background: bg}
		if k > s.t0 {
			f.content = append(f.content, [2]int{s.t0, k})
		}
		if n1 < s.t1 {
			f.content = append(f.content, [2]int{n1, s.t1})
		}
		a.frames = append(a.frames, f)
		break
	}
}

// demandNouns, possessed by a watched actor and followed by "that" or
// "for", report what that actor asks for: "stalled over X's demand that
// Y withdraw".
var demandNouns = lexSet(set(`demand demands insistence call calls`))

// possessedDemand reads, in a sentence with no other frame, a watched
// actor's noun of demand and what it asks for: "talks have stalled over
// Zenda's demand that Ruritania withdraw from Tarland". The actor
// speaks; the content runs from "that" or "for" to the next comma.
func (a *analysis) possessedDemand(si int) (frame, bool) {
	s := a.sents[si]
	for k := s.t0 + 1; k+3 < s.t1; k++ {
		if a.toks[k].kind != tokPoss || !demandNouns.holds(a.toks[k+1].lex) {
			continue
		}
		mi := a.mentAt[k-1]
		if mi < 0 || len(a.ments[mi].actors) == 0 || len(a.ments[mi].topics) > 0 || a.inQuote(k) {
			continue
		}
		if n := a.toks[k+2].norm; n != "that" && n != "for" || n == "that" && a.toks[k+1].norm == "call" {
			continue
		}
		end := k + 3
		for end < s.t1 && !a.isPunct(end, ",;:") {
			end++
		}
		if end-(k+3) < 2 {
			continue
		}
		m := a.ments[mi]
		return frame{kind: frameSubject, sent: si, cueTok: k + 1, cue: cue{lemma: "demand", pol: polSupport}, spk0: m.t0, spk1: m.t1, content: [][2]int{{k + 3, end}}}, true
	}
	return frame{}, false
}

// echoFrame reads a closing appositive that reports a reaction to what
// the sentence said: "X has demanded that Y …, a demand Y has repeatedly
// rejected." The speaker is the name after the noun, the cue the verb
// that ends the sentence, and the content everything before the comma.
func (a *analysis) echoFrame(si int) (frame, bool) {
	s := a.sents[si]
	for k := s.t0 + 1; k+4 < s.t1; k++ {
		if a.toks[k].norm != "," || a.inQuote(k) {
			continue
		}
		// The echo noun after its article, or a bare plural one ("…,
		// changes Osk has described as painful").
		nk := k + 2
		if n := a.toks[k+1].norm; n != "a" && n != "an" {
			if !echoPlurals.holds(a.toks[k+1].lex) {
				continue
			}
			nk = k + 1
		} else if !echoNouns.holds(a.toks[k+2].lex) && !echoEndNouns.holds(a.toks[nk].lex) {
			continue
		}
		c0 := s.t0
		if accusationNouns.holds(a.toks[nk].lex) {
			// "…, accusing Y of laying mines, a charge Y denies": the
			// charge is the accusation, not the rest of the sentence.
			if j := a.accusingVerb(s.t0, k); j >= 0 {
				c0 = j
			}
		}
		if echoEndNouns.holds(a.toks[nk].lex) {
			// "… a pathway to X, an outcome Y rejected": X is the outcome.
			c0 = -1
			for j := k - 1; j > s.t0 && j >= k-8; j-- {
				if n := a.toks[j].norm; n == "to" || n == "towards" || n == "toward" {
					c0 = j + 1
					break
				}
				if a.toks[j].kind == tokPunct && a.toks[j].norm != "-" {
					break
				}
			}
			if c0 < 0 {
				continue
			}
		}
		if nk == k+1 {
			// A bare plural names what the nearest clause did: "… broke
			// down when Zenda's jets struck the port, strikes …".
			for j := k - 1; j > c0; j-- {
				if echoClauseOpeners.holds(a.toks[j].lex) || a.isPunct(j, ",;:") {
					c0 = j + 1
					break
				}
			}
		}
		s0 := nk + 1
		e := s0
		if a.toks[s0].norm == "the" && a.toks[s0+1].cap {
			// "…, strikes the Zendan government condemned as …".
			e++
		}
		for e < s.t1 && e-s0 < 6 {
			t := a.toks[e]
			if mi := a.mentAt[e]; mi >= 0 {
				e = a.ments[mi].t1
				continue
			}
			if t.kind == tokWord && t.cap || t.kind == tokPoss {
				e++
				continue
			}
			break
		}
		if e > s0 && e < s.t1 && !a.toks[e].cap && roleNouns.holds(a.toks[e].lex) && a.toks[e-1].cap {
			// "… the Zendan government condemned …".
			e++
		}
		if e == s0 || e >= s.t1 || !a.namePhrase(s0, e) && a.mentAt[s0] < 0 {
			continue
		}
		c := e
		for c < s.t1 && a.toks[c].kind == tokWord && a.filler(c) {
			c++
		}
		if c >= s.t1 {
			continue
		}
		cu, last, ok := a.cueAt(c, s.t1)
		if !ok || strings.HasSuffix(a.toks[c].norm, "ing") {
			continue
		}
		end := last + 1
		verdict := -1
		if cu.pol == polNeutral {
			// "…, a step Zenda has called legally void": a naming verb
			// and its short verdict close the sentence.
			if !namingVerbs.holds(a.toks[c].lex) {
				continue
			}
			verdict = end
			room := 5
			if a.toks[end].norm == "as" {
				// "described as painful but necessary to balance the
				// books": a verdict after "as" runs to its clause's end.
				room = 14
			}
			for n := 0; n < room && end < s.t1 && a.toks[end].kind == tokWord && !a.toks[end].cap && a.toks[end].norm != "while"; n++ {
				end++
			}
			if end == verdict || end >= s.t1 || !a.isPunct(end, ".") && (room == 5 || !a.isPunct(end, ",;") && a.toks[end].norm != "while") {
				continue
			}
		}
		if verdict < 0 && end < s.t1 && a.toks[end].norm == "as" {
			// "…, strikes Zenda condemned as a violation of its
			// waters, …": the verdict is the reaction's own.
			n := end + 1
			for n < s.t1 && n-end < 12 && a.toks[n].kind != tokPunct {
				n++
			}
			if n < s.t1 && a.isPunct(n, ",.;") {
				verdict, end = end, n
			}
		}
		if end < s.t1 && tailStarters.holds(a.toks[end].lex) {
			// "… welcomed on Monday."
			for n := 0; n < 4 && end < s.t1 && a.toks[end].kind == tokWord; n++ {
				end++
			}
		}
		if end+1 < s.t1 && a.toks[end].norm == "while" && strings.HasSuffix(a.toks[end+1].norm, "ing") {
			// "…, an attack Y condemned while saying …": the
			// participle's clause is Y's own words, read apart.
		} else if end < s.t1 && !a.isPunct(end, ",.;") && !(verdict >= 0 && a.toks[end].norm == "while") {
			continue
		}
		f := frame{kind: frameSubject, sent: si, cueTok: c, cue: cu, spk0: s0, spk1: e, content: [][2]int{{c0, k}}, reaction: true}
		if verdict >= 0 {
			f.content = append(f.content, [2]int{verdict, end})
		}
		for j := e; j < c; j++ {
			if negators.holds(a.toks[j].lex) {
				f.negated = true
			}
		}
		return f, true
	}
	return frame{}, false
}

// sayingAfterAccusation reports a verb of saying at k+1 with no subject
// of its own, after a verb of accusing that opens its clause's
// predicate ([c0, k) has no speech verb before it).
func (a *analysis) sayingAfterAccusation(c0, k int) bool {
	c, ok := a.r.cues[a.toks[k+1].norm]
	if !ok || c.pol != polNeutral {
		return false
	}
	acc := a.accusingVerb(c0, k)
	return acc > c0 && !a.cueIn(c0, acc, true)
}

// accusingVerb returns the last verb of accusing in [t0, k) ("accusing",
// "accused", "alleged"), or -1.
func (a *analysis) accusingVerb(t0, k int) int {
	for j := k - 1; j >= t0; j-- {
		if n := a.toks[j].norm; strings.HasPrefix(n, "accus") || strings.HasPrefix(n, "alleg") {
			return j
		}
	}
	return -1
}

// answered reports a mention at k in a phrase naming what an act
// answers: "fired rockets in retaliation for X's strikes, an attack Y
// condemned": what the act answered is not what was reacted to.
func (a *analysis) answered(k, floor int) bool {
	for j := k - 1; j > floor && j >= k-6; j-- {
		t := a.toks[j]
		if answerLinks.holds(t.lex) && answerNouns.holds(a.toks[j-1].lex) {
			return true
		}
		if t.kind == tokPunct && t.norm != "-" && t.norm != "'" || a.verbLike(j) || auxiliaries.holds(t.lex) {
			return false
		}
	}
	return false
}

// circumstance reports a mention at k inside a phrase of time or
// circumstance ("during a long-term truce", "under the accord"): in a
// reaction to what a sentence reports, that is not what was reacted to.
func (a *analysis) circumstance(k, floor int) bool {
	for j := k - 1; j >= floor && j >= k-5; j-- {
		t := a.toks[j]
		if circumstancePrepositions.holds(t.lex) {
			return true
		}
		if t.kind == tokPunct && t.norm != "-" || t.cap || a.mentAt[j] >= 0 || a.verbLike(j) || auxiliaries.holds(t.lex) {
			return false
		}
	}
	return false
}

// pastDated reports a verb of position dated in the past ("agreed in
// principle to the plan in February", "rejected it last year") or a
// reporting verb dated so ("said in March that"): background. A report
// of last week or last month ("said last week that") is a position still
// held; a verb of position so dated is past ("rejected it last month"). A
// future or an infinitive before the date leaves it to the content
// ("would sign it in May").
func (a *analysis) pastDated(f *frame) bool {
	if f.cueTok < 0 || f.kind != frameSubject || len(f.content) == 0 {
		return false
	}
	end := f.content[len(f.content)-1][1]
	limit := end
	if f.cue.pol == polNeutral {
		limit = min(end, f.cueTok+4)
	}
	for j := f.cueTok + 1; j+1 < limit; j++ {
		n := a.toks[j].norm
		next := a.toks[j+1]
		infinitive := n == "to" && !next.cap && !referringDeterminers.holds(next.lex) && next.norm != "a" && next.norm != "an" && a.mentAt[j+1] < 0
		if modals.holds(a.toks[j].lex) || infinitive || n == "that" || n == "," || n == "plans" || n == "if" {
			return false
		}
		if n == "in" && j > f.cueTok+2 && demandLemmas.words[f.cue.lemma] {
			// "demanded a vote in 2025", "called for elections in
			// March": the date is the demanded thing's, still ahead.
			continue
		}
		switch {
		case (n == "in" || n == "since") && next.cap && months.holds(next.lex):
			return true
		case n == "in" && len(next.norm) == 4 && (strings.HasPrefix(next.norm, "19") || strings.HasPrefix(next.norm, "20")):
			return true
		case n == "last" && (next.norm == "year" || (next.norm == "month" || next.norm == "week") && f.cue.pol != polNeutral || months.holds(next.lex)):
			return true
		case n == "ago":
			return true
		}
	}
	return false
}

// markDated marks a frame background when its sentence opens on the past
// (bg, isBackground) or its verb is dated in the past (pastDated), and
// dated when nothing else made it background.
func (a *analysis) markDated(f *frame, bg bool) {
	if f.background {
		return
	}
	if bg || a.pastDated(f) {
		f.background, f.dated = true, true
	}
}

// isBackground reports a sentence that opens on the past ("Last month",
// "A week earlier", "Earlier this month"): what it reports is background.
// A date after a reporting verb ("X said last week") is the verb's, left
// to pastDated; after a verb of position ("agreed earlier this month") it
// still dates the sentence.
func (a *analysis) isBackground(si int) bool {
	s := a.sents[si]
	// The past word first, before any punctuation: most sentences have
	// none, and need no cue looked up.
	bg := -1
	for k := s.t0; k < s.t1 && k < s.t0+4; k++ {
		if t := a.toks[k]; t.kind == tokPunct {
			return false
		} else if backgroundWords.holds(t.lex) {
			bg = k
			break
		}
	}
	if bg < 0 {
		return false
	}
	if bg == s.t0 && a.toks[bg].norm == "earlier" && bg+2 < s.t1 && a.toks[bg+1].norm == "this" && (a.toks[bg+2].norm == "week" || a.toks[bg+2].norm == "month") {
		// "Earlier this month, X told allies …": a position still
		// held, as "said last week" is.
		return false
	}
	// A reporting cue up to it takes the date ("X said last week").
	for k := s.t0 + 1; k <= bg; k++ {
		if !a.toks[k].cap {
			if c, _, ok := a.cueAt(k, s.t1); ok && c.pol == polNeutral {
				return false
			}
		}
	}
	return true
}

// cueAt returns the cue at token k and the index of its last token. A
// phrasal cue's particle must come before end.
func (a *analysis) cueAt(k, end int) (cue, int, bool) {
	if a.cueMemo == nil {
		a.cueMemo = filled(a.spare.cueMemo, len(a.toks), cueMemo{})
	}
	m := &a.cueMemo[k]
	if m.state == 0 {
		m.state = 1
		if c, last, ok := a.lookupCue(k, int(a.sents[a.sentOf[k]].t1)); ok {
			m.state, m.c, m.last = 2, c, int32(last)
		}
	}
	if m.state != 2 || int(m.last) >= end {
		return cue{}, 0, false
	}
	return *m.c, int(m.last), true
}

// cueMemo remembers cueAt's answer for a token: state 0 unknown, 1 no
// cue, 2 a cue.
type cueMemo struct {
	state uint8
	last  int32
	c     *cue
}

func (a *analysis) lookupCue(k, end int) (*cue, int, bool) {
	t := a.toks[k]
	if t.kind != tokWord {
		return nil, 0, false
	}
	if len(t.norm) >= 9 && strings.HasPrefix(t.norm, "announce") && announceForms.holds(t.lex) && a.clauseAfter(k+1, end) {
		return &announceCue, k, true
	}
	if !a.r.cueWords.mayHave(t.norm) {
		return nil, 0, false
	}
	if k+2 < end && a.toks[k+1].norm == "ahead" && a.toks[k+2].norm == "with" {
		// "if Sylvania pressed ahead with the tariffs": an act, no
		// words ("said ahead of the talks" still reports).
		return nil, 0, false
	}
	if k+1 < end && actObjectForms.holds(t.lex) && a.actNounObject(k) {
		// "X, which has observed a truce since 2022": the verb with a
		// noun object reports keeping to it, not words ("observed
		// that …" still reports).
		return nil, 0, false
	}
	if renewVerbs.holds(t.lex) {
		if c, last, ok := a.renewedPosition(k, end); ok {
			return c, last, true
		}
	}
	if beVerbs.holds(t.lex) {
		if last, ok := a.mannerColon(k, end); ok {
			return &bluntCue, last, true
		}
	}
	if lodgeForms.holds(t.lex) {
		if last, ok := a.lodgedComplaint(k, end); ok {
			return &lodgeCue, last, true
		}
	}
	if k+1 < end {
		next := a.toks[k+1].norm
		for _, c := range a.r.phrasal[t.norm] {
			if c.particle == next {
				return c, k + 1, true
			}
		}
	}
	if c, ok := a.r.cues[t.norm]; ok {
		return c, k, true
	}
	if c, ok := a.r.baseCues[t.norm]; ok && (a.afterAuxiliary(k) || a.afterPlural(k)) {
		return c, k, true
	}
	return nil, 0, false
}

// lodgeCue is the cue of "X lodged a strong protest with Y over …": a
// complaint against what it is about.
var lodgeCue = cue{lemma: "lodge protest", pol: polOppose}

// lodgedComplaint returns the complaint noun after a verb of lodging at
// k, past an article and at most two adjectives: "lodged a strong
// protest", "filed a formal complaint".
func (a *analysis) lodgedComplaint(k, end int) (int, bool) {
	adj := 0
	for j := k + 1; j < end && j <= k+4; j++ {
		t := a.toks[j]
		switch {
		case complaintNouns.holds(t.lex):
			return j, true
		case j == k+1 && (t.norm == "a" || t.norm == "an"):
		case t.kind == tokWord && !t.cap && adj < 2 && !npFunctionWords.holds(t.lex):
			adj++
		default:
			return 0, false
		}
	}
	return 0, false
}

// announceCue is the cue of "X announced (that) it would …": a report
// of what X said. With a noun object ("announced new tariffs") the verb
// reports an act, not words, and is no cue.
var announceCue = cue{lemma: "announce", pol: polNeutral}

var announceForms = lexSet(set(`announces announced`))

// sourceParticiples describe an unnamed source after its role noun: "an
// official briefed on the talks", "officials speaking on condition of
// anonymity", "a diplomat involved in the negotiations".
var sourceParticiples = lexSet(set(`briefed speaking involved informed`))

// timeLeads open a short phrase of time or place between a verb and its
// "that": "over the weekend", "late on Friday", "in Fredville".
var timeLeads = lexSet(set(`on over at in during late earlier last this after`))

// clauseAfter reports a reported clause at k, after at most a short
// time phrase ("on Saturday"): "that …", or a personal pronoun and a
// finite auxiliary ("they would", "it had").
func (a *analysis) clauseAfter(k, end int) bool {
	if k+2 < end && a.toks[k].norm == "on" && a.toks[k+1].cap {
		k += 2
	} else if k+2 < end && timeLeads.holds(a.toks[k].lex) {
		// "announced over the weekend that", "announced late on
		// Friday that": a short phrase of time (or a named place).
		for j := k + 1; j < end && j <= k+5; j++ {
			t := a.toks[j]
			if t.norm == "that" {
				k = j
				break
			}
			if t.kind != tokWord || !(t.cap || timeNouns.holds(t.lex) || timeLeads.holds(t.lex) || t.norm == "the" || t.norm[0] >= '0' && t.norm[0] <= '9') {
				break
			}
		}
	}
	if k >= end {
		return false
	}
	switch a.toks[k].norm {
	case "that":
		return true
	case "it", "they", "he", "she", "we":
		return k+1 < end && finiteAux.holds(a.toks[k+1].lex)
	}
	return false
}

// actObjectForms are the forms of "observe": with a noun object it names
// an act of keeping to something, not words.
var actObjectForms = lexSet(set(`observes observed`))

// actNounObject reports an article or possessive right after the verb at
// k: "has observed the ceasefire", "observes its truce". A simple past
// reports words as often as not ("the paper observed the show
// features …"): only the perfect is the act.
func (a *analysis) actNounObject(k int) bool {
	if a.toks[k].norm == "observed" && (k == 0 || !haveAux.holds(a.toks[k-1].lex)) {
		return false
	}
	switch a.toks[k+1].norm {
	case "a", "an", "the", "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// bluntCue is the cue of "X was blunt: …".
var bluntCue = cue{lemma: "be blunt", pol: polNeutral}

// mannerColon reads a copula at k, an adjective of plain speaking and a
// colon: "Firefly was blunt: …", "Osk was equally clear: …". It returns
// the adjective's token. Not after "it", "this" or "that" ("It was
// clear: …" is the writer's).
func (a *analysis) mannerColon(k, end int) (int, bool) {
	if k > 0 && a.sentOf[k-1] == a.sentOf[k] {
		switch a.toks[k-1].norm {
		case "it", "this", "that", "there", "what", "which":
			return 0, false
		}
	}
	j := k + 1
	if j < end && (degreeWords.holds(a.toks[j].lex) || strings.HasSuffix(a.toks[j].norm, "ly") && !a.toks[j].cap) {
		j++
	}
	if j+1 >= end || !plainSpeaking.holds(a.toks[j].lex) || a.toks[j+1].norm != ":" || a.inQuote(j) {
		return 0, false
	}
	return j, true
}

// renewedPosition reads a renew verb at k with a noun of position as its
// object: "renewed their push for", "renewing Freedonia's pledge to",
// "stepped up its criticism of". It returns the noun's cue and token.
func (a *analysis) renewedPosition(k, end int) (*cue, int, bool) {
	j := k + 1
	if j < end && a.toks[j].norm == "up" {
		j++
	}
	if j >= end {
		return nil, 0, false
	}
	switch t := a.toks[j]; {
	case t.norm == "their" || t.norm == "its" || t.norm == "his" || t.norm == "her" || t.norm == "our" || t.norm == "a" || t.norm == "the":
		j++
	case a.mentAt[j] >= 0 || t.cap:
		if mi := a.mentAt[j]; mi >= 0 {
			j = a.ments[mi].t1
		} else {
			j++
		}
		if j >= end || a.toks[j].kind != tokPoss {
			return nil, 0, false
		}
		j++
	default:
		return nil, 0, false
	}
	// One modifier may stand before the noun ("renewed its strong
	// opposition").
	for n := 0; n < 2 && j < end; n, j = n+1, j+1 {
		if c, ok := a.r.nounCues[a.toks[j].norm]; ok {
			return c, j, true
		}
		if a.toks[j].kind != tokWord {
			break
		}
	}
	return nil, 0, false
}

// afterPlural reports a bare verb after a plural subject: "officials
// say", "they argue", "critics warn".
func (a *analysis) afterPlural(k int) bool {
	if k == 0 || a.sentOf[k-1] != a.sentOf[k] {
		return false
	}
	p := a.toks[k-1]
	switch p.norm {
	case "they", "we", "i", "you":
		return true
	}
	if mi := a.mentAt[k-1]; mi >= 0 && len(a.ments[mi].actors) > 0 && pluralBases.holds(a.toks[k].lex) {
		return true // "the Taliban say"
	}
	return pluralBases.holds(a.toks[k].lex) && p.kind == tokWord && !p.cap && len(p.norm) > 3 && strings.HasSuffix(p.norm, "s") &&
		!strings.HasSuffix(p.norm, "ss") && !strings.HasSuffix(p.norm, "us") && a.r.cues[p.norm] == nil && !auxiliaries.holds(p.lex)
}

// afterAuxiliary reports a bare verb after do or a modal, skipping
// negators and adverbs: "did not reject", "will strongly oppose".
func (a *analysis) afterAuxiliary(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		n := a.toks[j].norm
		switch n {
		case "did", "does", "do", "will", "would", "could", "can", "should", "must", "may", "might", "shall":
			return true
		}
		if negators.words[n] || (strings.HasSuffix(n, "ly") && !a.toks[j].cap) || n == "also" || n == "still" {
			continue
		}
		return false
	}
	return false
}

// nounUse reports a cue form used as a noun or adjective: "the claims",
// "Zenda-backed", "so-called", "his demands".
func (a *analysis) nounUse(k, start int) bool {
	if k == start {
		return false
	}
	p := a.toks[k-1]
	if p.kind == tokPoss || p.norm == "-" {
		return true
	}
	switch p.norm {
	case "the", "a", "an", "his", "her", "its", "their", "our", "your", "my", "these", "those", "this", "such", "any", "no":
		return true
	}
	if numberWords.holds(p.lex) || (p.norm[0] >= '0' && p.norm[0] <= '9') && !a.dayOfMonth(k-1) {
		return true
	}
	// A participle after another verb is an adjective: "carried out
	// repeated strikes", "launched renewed attacks".
	if strings.HasSuffix(a.toks[k].norm, "ed") && (p.norm == "out" || a.verbLike(k-1) && p.norm != "having") {
		return true
	}
	// A third-person form after a common noun is a plural noun: "member
	// states", "peace calls". As a verb it follows a name, a pronoun, a
	// role noun or an adverb.
	if n := a.toks[k].norm; strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && p.kind == tokWord && !p.cap && a.mentAt[k-1] < 0 {
		return !(roleNouns.holds(p.lex) || relativeWords.holds(p.lex) || a.filler(k-1) || p.norm == "and" || p.norm == "but" || p.norm == "or" || p.norm == "he" || p.norm == "she" || p.norm == "it" || p.norm == "who")
	}
	return false
}

// passive reports a cue participle after a form of "be" ("was rejected")
// or before "by" ("a plan backed by").
func (a *analysis) passive(k, start, end int) bool {
	for j := k - 1; j >= start && j >= k-4; j-- {
		n := a.toks[j].norm
		if passiveMarkers.holds(a.toks[j].lex) {
			return true
		}
		if a.filler(j) || n == "twice" {
			continue
		}
		break
	}
	return k+1 < end && a.toks[k+1].norm == "by"
}

// clauseFrame finds the first cue in [c0, c1) with a speaker, preferring
// one in the main clause: in "X will not allow Y until the agency
// condemns Z, the minister said" the minister speaks.
func (a *analysis) clauseFrame(si, c0, c1 int, prev *frame) (frame, bool) {
	var sub frame
	hasSub := false
	for k := c0; k < c1; k++ {
		if a.inQuote(k) {
			continue
		}
		if drawVerbs.holds(a.toks[k].lex) {
			if f, ok := a.reactionFrame(si, c0, c1, k); ok {
				return f, true
			}
		}
		c, last, ok := a.cueAt(k, c1)
		if !ok {
			continue
		}
		n := a.toks[k].norm
		if strings.HasSuffix(n, "ing") && k > c0 && a.toks[k-1].norm == "," {
			// "X spoke on Monday, renewing its pledge to Y": the
			// participle's subject is the clause's.
			if f, ok := a.participleFrame(si, c0, c1, k, last, c); ok {
				return f, true
			}
			continue
		}
		if strings.HasSuffix(n, "ing") && a.issuedDocument(k, c0) {
			// "X adopted a resolution calling for …": the document
			// speaks for whoever issued it.
			if f, ok := a.participleFrame(si, c0, c1, k, last, c); ok {
				return f, true
			}
			continue
		}
		if strings.HasSuffix(n, "ing") {
			if w, e, ok := a.withSubject(k, c0); ok {
				// "…, with Zenda insisting on X", "…, with Zenda still
				// demanding that …": the absolute clause's subject.
				end := c1
				for j := last + 1; j+2 < c1; j++ {
					if a.toks[j].norm == "," && a.toks[j+1].norm == "and" && !a.inQuote(j) && (a.toks[j+2].cap || a.toks[j+2].norm == "the") {
						end = j // ", and the ministry later …": a clause of its own
						break
					}
				}
				f := frame{kind: frameSubject, sent: si, cueTok: k, cue: c, spk0: w, spk1: e, content: [][2]int{{last + 1, end}}}
				return f, true
			}
		}
		if ing := strings.HasSuffix(n, "ing"); ing && !a.progressive(k, c0) || a.nounUse(k, c0) || !ing && a.passive(k, c0, c1) {
			continue
		}
		if a.toks[k].cap && k > a.sents[si].t0 {
			continue // "The United States", "Says Law"
		}
		if w, who, ok := a.whatCalled(k, c0); ok {
			// "X congratulated Y on what he called a historic step":
			// the pronoun is the clause's subject; "what Z called" is
			// Z's. Either way what follows the cue is the content.
			if who == whatNone {
				continue
			}
			if who == whatOwn {
				if f, ok := a.participleFrame(si, c0, c1, k, last, c); ok {
					return f, true
				}
				continue
			}
			f := frame{kind: frameSubject, sent: si, cueTok: k, cue: c, spk0: w + 1, spk1: k, content: [][2]int{{last + 1, c1}}}
			a.trimSpeaker(&f)
			if f.spk0 < f.spk1 {
				return f, true
			}
			continue
		}
		f, ok := a.frameAt(si, c0, c1, k, last, c, prev)
		if !ok {
			continue
		}
		if f.kind == frameSubject && a.toks[f.spk0].norm == "in" && f.spk0 == a.sents[si].t0 && a.postedIn(k, last, c1) {
			// "In a letter to Osk posted on its website, Firefly said
			// …": the participle after the fronted phrase's noun is no
			// cue, the phrase no speaker.
			continue
		}
		if f.kind == frameSubject && f.relEnd == 0 && f.spk0 > c0 && subordinators.holds(a.toks[f.spk0-1].lex) && a.toks[f.spk0-1].norm != "that" {
			if !hasSub {
				sub, hasSub = f, true
			}
			continue
		}
		return f, true
	}
	return sub, hasSub
}

// postedIn reports a cue at k that is a past participle placing a
// message ("posted on", "posted online", "carried by"): what the fronted
// phrase before it names is where words were said, not who said them.
func (a *analysis) postedIn(k, last, c1 int) bool {
	if last+1 >= c1 || !strings.HasSuffix(a.toks[k].norm, "ed") {
		return false
	}
	switch a.toks[last+1].norm {
	case "on", "online", "by":
		return true
	}
	return false
}

// whatCalled reports a naming cue at k in a free relative: "what he
// called", "what its foreign ministry described as", "what Zenda
// called". It returns the token of "what" and how the phrase in between
// speaks: a name speaks for itself (whatNamed); a pronoun or a
// possessive pronoun's noun stands for the clause's own subject when
// the relative is the object of its preposition ("congratulated them on
// what he called …", whatOwn); after a verb ("citing what it called")
// it names a reason, not what the speaker spoke of, and gives no frame
// (whatNone).
func (a *analysis) whatCalled(k, c0 int) (int, whatSpeaker, bool) {
	if !namingVerbs.holds(a.toks[k].lex) {
		return 0, 0, false
	}
	for w := k - 1; w >= c0 && w >= k-6; w-- {
		t := a.toks[w]
		if t.kind == tokPunct || a.inQuote(w) {
			return 0, 0, false
		}
		if t.norm != "what" {
			continue
		}
		if w+1 >= k {
			return 0, 0, false
		}
		own := whatNone
		if w > c0 && objectPrepositions.holds(a.toks[w-1].lex) {
			own = whatOwn
		}
		switch a.toks[w+1].norm {
		case "he", "she", "it", "they":
			if !a.onlyFiller(w+2, k) {
				return 0, 0, false
			}
			return w, own, true
		case "its", "his", "her", "their":
			for j := w + 2; j < k; j++ {
				if !roleNouns.holds(a.toks[j].lex) && !npFunctionWords.holds(a.toks[j].lex) && !a.filler(j) {
					return 0, 0, false
				}
			}
			return w, own, k > w+2
		}
		if a.namePhrase(w+1, k) || a.mentAt[w+1] >= 0 && a.ments[a.mentAt[w+1]].t1 == k || a.speakerLike(w+1, k) {
			// "what Zenda called", "what Western officials called".
			return w, whatNamed, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// whatSpeaker says who speaks in "what X called".
type whatSpeaker uint8

const (
	whatNone  whatSpeaker = iota // no frame
	whatOwn                      // the clause's subject
	whatNamed                    // the name between "what" and the cue
)

// issuedDocument reports a participle cue at k right after a document
// its clause's subject issued: "adopted a resolution calling for",
// "issued a joint statement urging".
func (a *analysis) issuedDocument(k, c0 int) bool {
	j := k - 1
	if j <= c0 || !issuedNouns.holds(a.toks[j].lex) {
		return false
	}
	j--
	for n := 0; n < 2 && j > c0 && a.toks[j].kind == tokWord && !a.toks[j].cap && !issueVerbs.holds(a.toks[j].lex) && a.toks[j].norm != "a" && a.toks[j].norm != "an"; n++ {
		j-- // "a joint statement", "a non-binding resolution"
	}
	if j > c0 && (a.toks[j].norm == "a" || a.toks[j].norm == "an") {
		j--
	}
	return j > c0 && issueVerbs.holds(a.toks[j].lex) && !a.inQuote(j)
}

// andReaction reads a second relative clause that reports a reaction
// drawn from someone after the clause's frame (cue at k0): "drills that
// Fredville denounced as reckless and that drew sharp criticism from
// Sylvania". What drew it is the clause before "and".
func (a *analysis) andReaction(si, c0, c1, k0 int) (frame, bool) {
	if k0 < c0 {
		return frame{}, false
	}
	for k := k0 + 1; k+2 < c1; k++ {
		if a.toks[k].norm != "and" || !relativeWords.holds(a.toks[k+1].lex) || !drawVerbs.holds(a.toks[k+2].lex) || a.inQuote(k) {
			continue
		}
		g, ok := a.reactionFrame(si, c0, c1, k+2)
		if !ok {
			return frame{}, false
		}
		g.content = [][2]int{{c0, k}}
		return g, true
	}
	return frame{}, false
}

// reactionFrame reads a reaction drawn from someone: "X test-fired a
// missile, drawing condemnation from Y, which called …". Y speaks; the
// reaction noun is the cue and its polarity; what drew it is the content.
func (a *analysis) reactionFrame(si, c0, c1, k int) (frame, bool) {
	j := k + 1
	if j < c1 && (a.toks[j].norm == "a" || a.toks[j].norm == "an") {
		j++
	}
	var nc *cue
	noun := -1
	for n := 0; n < 3 && j < c1; n, j = n+1, j+1 {
		t := a.toks[j]
		if pol, ok := reactionNouns[t.norm]; ok {
			nc = &cue{lemma: t.norm, pol: pol}
			noun = j
			j++
			break
		}
		if t.kind != tokWord || t.cap || a.mentAt[j] >= 0 {
			return frame{}, false
		}
	}
	if nc == nil || j >= c1 || a.toks[j].norm != "from" {
		return frame{}, false
	}
	s0 := j + 1
	e := s0
	for e < c1 {
		t := a.toks[e]
		if mi := a.mentAt[e]; mi >= 0 {
			e = a.ments[mi].t1
			continue
		}
		if t.kind == tokPunct && t.norm != "-" || relativeWords.holds(t.lex) || e-s0 > 10 {
			break
		}
		if !(t.cap || t.kind == tokPoss || npFunctionWords.holds(t.lex) || roleNouns.holds(t.lex) || t.norm == "-") {
			break
		}
		e++
	}
	if e == s0 || !a.namePhrase(s0, e) && a.mentAt[s0] < 0 && !a.toks[s0].cap {
		return frame{}, false
	}
	f := frame{kind: frameSubject, sent: si, cueTok: noun, cue: *nc, spk0: s0, spk1: e}
	if k > c0 {
		f.content = append(f.content, [2]int{c0, k})
	}
	if e < c1 {
		f.content = append(f.content, [2]int{e, c1})
	}
	a.trimSpeaker(&f)
	return f, f.spk0 < f.spk1
}

// participleFrame builds the frame of a participle cue after a comma
// ("…, renewing its pledge to X"): the speaker is the name that opens
// the clause, after any fronted adverbial, when a verb follows it.
func (a *analysis) participleFrame(si, c0, c1, k, last int, c cue) (frame, bool) {
	s0 := c0
	for j := c0; j < k; j++ {
		if a.toks[j].norm == "," && !a.inQuote(j) {
			if !a.adverbial([2]int{s0, j}) {
				break
			}
			s0 = j + 1
		}
	}
	e := s0
	named := false
	if j := a.skipTimeOpener(s0, k); j > s0 && j < k {
		// "A day later he hardened his position, writing …": the
		// pronoun after a span of time is the subject.
		if thirdPronoun(a.toks[j].norm) {
			s0, e, named = j, j+1, true
		}
	}
	for e < k {
		t := a.toks[e]
		if mi := a.mentAt[e]; mi >= 0 {
			named = true
			e = a.ments[mi].t1
			continue
		}
		if t.cap || t.kind == tokPoss {
			named = named || t.cap
			e++
			continue
		}
		if npFunctionWords.holds(t.lex) || roleNouns.holds(t.lex) {
			e++
			continue
		}
		break
	}
	// The predicate opens at p: after the names, or after an appositive
	// or reduced relative clause between commas ("Firefly, known as the
	// Fox, announced …, saying").
	p := e
	if named && e < k && a.toks[e].norm == "," && !a.inQuote(e) {
		if n := a.nextComma(e+1, k); n+1 < k && (a.interjectedPhrase(e+1, n) || a.toks[e+1].norm == "who" && a.watchedPersonSegment([2]int{s0, e})) {
			// A relative clause on a watched person's name ("Firefly,
			// who had arrived late, struck a warmer tone, telling …")
			// leaves the name the subject.
			p = n + 1
		}
	}
	if !named || p >= k || a.toks[p].kind != tokWord || a.toks[p].cap || a.inQuote(s0) || a.toks[e-1].kind == tokPoss {
		// A possessive needs its noun: "Freedonia's neighbours
		// protested, calling for …" names no speaker here.
		return frame{}, false
	}
	if a.namedClauseBetween(p, k) {
		return frame{}, false
	}
	f := frame{kind: frameSubject, sent: si, cueTok: k, cue: c, spk0: s0, spk1: e, content: [][2]int{{last + 1, c1}}}
	if c.pol == polNeutral && a.toks[k-1].norm == "," {
		if v, ok := a.actPredicate(p, k-1); ok {
			// "Zenda imposed duties on steel on Monday, saying …": the
			// act the speaker explains is part of what it says.
			f.content = [][2]int{{p, k - 1}, {last + 1, c1}}
			f.act = v + 1
			if c.lemma == "cite" {
				// "…, citing a crackdown on the press": the reason is
				// a grievance the act answers. A punishing act
				// ("suspended visa-free travel", "imposed sanctions")
				// opposes it (citedGrievance); any other takes no side
				// on it.
				if !a.punitiveAct(p, k-1) {
					f.content = f.content[:1]
				}
			}
		}
	}
	if c.lemma == "cite" && f.act == 0 {
		return frame{}, false
	}
	a.trimSpeaker(&f)
	return f, f.spk0 < f.spk1
}

// interjectedPhrase reports a phrase in [t0, t1), between commas after a
// subject's names, that describes them and is no clause of its own: a
// participle ("known as the Fox") or an appositive opening on an article
// ("a former general"). A relative clause ("who took office in May") is
// left out: the participle after it is as often a titled official's
// whose side the story does not name.
func (a *analysis) interjectedPhrase(t0, t1 int) bool {
	if t0 >= t1 || a.inQuote(t0) {
		return false
	}
	t := a.toks[t0]
	if isArticle(t.norm) {
		return !a.hasFiniteAux(t0, t1)
	}
	return a.participial([2]int{t0, t1})
}

// punitiveAct reports an act in [e, end) that punishes or withholds: it
// names an undoing ("suspending visa-free travel", "halted aid") or a
// penalty ("imposed sanctions", "blocked the talks"), but not both
// ("lifted the sanctions" relieves).
func (a *analysis) punitiveAct(e, end int) bool {
	undo, pen := false, false
	for j := e; j < end; j++ {
		n := a.toks[j].norm
		undo = undo || undoVerbs.words[n] || undoNouns.words[n]
		pen = pen || penaltyNouns.words[n] || harmVerbs.words[n]
	}
	return undo != pen
}

// actPredicate returns the verb of a predicate at e, before the comma at
// end, that is a past act ("imposed duties", "on Monday blocked the
// talks"), after at most a time phrase, an auxiliary or an adverb.
func (a *analysis) actPredicate(e, end int) (int, bool) {
	for j := e; j < end && j < e+5; j++ {
		t := a.toks[j]
		n := t.norm
		switch {
		case t.kind != tokWord:
			return 0, false
		case !t.cap && len(n) > 4 && strings.HasSuffix(n, "ed"):
			return j, j+1 < end && !passiveMarkers.holds(a.toks[j-1].lex)
		case a.filler(j) || timeNouns.words[n]: // "also", "on Monday", "late on Friday"
		default:
			return 0, false
		}
	}
	return 0, false
}

// namedClauseBetween reports an adverbial clause with a named subject of
// its own in [e, k): "X voted to extend it after Y pushed for it to end,
// arguing …" — the participle may be either's, so it is no one's.
func (a *analysis) namedClauseBetween(e, k int) bool {
	for j := e; j+2 < k; j++ {
		if a.inQuote(j) || !adverbialSubordinators.holds(a.toks[j].lex) {
			continue
		}
		n := j + 1
		if a.toks[n].norm == "the" {
			n++
		}
		named := false
		for n < k {
			if mi := a.mentAt[n]; mi >= 0 {
				named = named || len(a.ments[mi].actors) > 0
				n = a.ments[mi].t1
				continue
			}
			if t := a.toks[n]; t.cap || t.norm == "and" && named {
				named = named || t.cap
				n++
				continue
			}
			break
		}
		if named && n < k && a.toks[n].kind == tokWord && !a.toks[n].cap {
			return true
		}
	}
	return false
}

// isPunct reports a token that ends a phrase.
func (a *analysis) isPunct(k int, marks string) bool {
	t := a.toks[k]
	return t.kind == tokPunct && strings.Contains(marks, t.norm)
}

// nameWithRelative reports a name and its relative clause in [c0, b):
// "Panama, which led a coalition backing X" is the subject of the verb
// after b, not an inverted quote.
func (a *analysis) nameWithRelative(c0, b int) bool {
	for j := c0 + 1; j+1 < b; j++ {
		if a.toks[j].norm != "," {
			continue
		}
		if n := a.toks[j+1].norm; n != "which" && n != "who" {
			return false
		}
		return a.namePhrase(c0, j) && a.quoteOf[j] < 0
	}
	return false
}

// frameAt builds the frame for the cue at k (ending at last) in clause
// [c0, c1), trying the inverted orders before the plain one.
func (a *analysis) frameAt(si, c0, c1, k, last int, c cue, prev *frame) (frame, bool) {
	f := frame{sent: si, cueTok: k, cue: c}
	// What follows the cue up to the next comma, colon or the end: in an
	// inverted attribution it is empty or a short adverbial ("on
	// Telegram", "told reporters").
	after := last + 1
	tailEnd := after
	for tailEnd < c1 && !a.isPunct(tailEnd, ",:;.!?\"") {
		tailEnd++
	}
	shortTail := tailEnd == after || (tailEnd-after <= 6 && tailStarters.holds(a.toks[after].lex))
	if !shortTail && tailEnd-after <= 14 && tailStarters.holds(a.toks[after].lex) && (tailEnd == c1 || a.isPunct(tailEnd, ".!?")) {
		// "…, he told lawmakers from his ruling party in Strelsau last
		// week.": a longer tail, an audience and where and when, that
		// runs to the end with no verb of its own.
		w := a.toks[after].norm
		shortTail = blockingPrepositions.words[w] || tailEnd-after > 1 && blockingPrepositions.holds(a.toks[after+1].lex)
		for j := after; j < tailEnd && shortTail; j++ {
			if finiteAux.holds(a.toks[j].lex) || a.toks[j].kind == tokPoss && j+1 < tailEnd && !a.toks[j+1].cap {
				shortTail = false
			}
		}
	}
	for j := after; j < tailEnd && shortTail; j++ {
		if a.toks[j].norm == "that" {
			shortTail = false
		}
	}
	// The last boundary before the cue: a comma, colon or quote mark
	// outside the speaker phrase.
	b := -1
	for j := k - 1; j >= c0; j-- {
		if a.isPunct(j, ",:\"") && !(a.inQuote(j) && a.toks[j].norm != `"`) {
			b = j
			break
		}
	}
	// "…," said X.  The cue right after the boundary, a noun phrase after
	// it (its appositive after a comma is left out).
	inverted := b > c0 && (a.quoteBefore(b) || !a.namePhrase(c0, b)) && !a.nameWithRelative(c0, b)
	// Only verbs of saying invert ("…, said the minister"); "X, which
	// hosts refugees, backed the initiative" has its subject first.
	sayVerb := c.pol == polNeutral || c.lemma == "warn"
	if inverted && sayVerb && b == k-1 && tailEnd > after && !a.startsContent(after) && a.speakerLike(after, tailEnd) {
		t := a.toks[after]
		if t.cap || t.norm == "the" || t.norm == "a" || roleNouns.holds(t.lex) {
			f.kind = frameAfter
			f.spk0, f.spk1 = after, tailEnd
			f.content = [][2]int{{c0, b}}
			if p := a.speechParticipleAfter(tailEnd, c1); p > 0 {
				// "…," said Osk, the envoy, adding that X was dead:
				// what the participle adds is the speaker's too.
				f.content = append(f.content, [2]int{p, c1})
			}
			return f, true
		}
	}
	// "The treaty, Osk said, would never be signed": an attribution set
	// between commas inside the clause it reports, which resumes with its
	// verb after the second comma.
	if b > c0 && sayVerb && shortTail && a.toks[b].norm == "," && k-b-1 <= 6 && tailEnd+1 < c1 && a.toks[tailEnd].norm == "," && a.resumedVerb(tailEnd+1) && a.hasWords(c0, b) && !frontStarters.holds(a.toks[b+1].lex) && a.speakerLike(b+1, k) {
		f.kind = frameInverted
		f.spk0, f.spk1 = b+1, k
		f.content = [][2]int{{c0, b}, {tailEnd + 1, c1}}
		a.trimSpeaker(&f)
		return f, f.spk0 < f.spk1
	}
	// "…," X said.  A short phrase between the boundary and the cue.
	if inverted && shortTail && k-b-1 <= 10 && k-b-1 > 0 && a.hasWords(c0, b) && !frontStarters.holds(a.toks[b+1].lex) && a.speakerLike(b+1, k) {
		f.kind = frameInverted
		f.spk0, f.spk1 = b+1, k
		f.content = [][2]int{{c0, b}}
		if tailEnd < c1 {
			f.content = append(f.content, [2]int{tailEnd, c1})
		}
		a.trimSpeaker(&f)
		return f, f.spk0 < f.spk1
	}
	if prev != nil && prev.sent == si && prev.kind == frameSubject && prev.cueTok < k {
		if a.elidedSubject(prev.cueTok, k) {
			// "X said there could be no peace while Y used force, and
			// said …": a second verb of the speaker's with no subject
			// of its own, never the subordinate clause's subject.
			f.kind = frameSubject
			f.spk0, f.spk1 = prev.spk0, prev.spk1
			f.content = [][2]int{{last + 1, c1}}
			return f, true
		}
		if j := a.coordinatedSpeaker(prev.cueTok, k); j > 0 {
			// "X said A while Y did B, and Firefly said C": the
			// name after the conjunction alone, not the clause
			// before it.
			f.kind = frameSubject
			f.spk0, f.spk1 = j, k
			f.content = [][2]int{{last + 1, c1}}
			a.trimSpeaker(&f)
			return f, f.spk0 < f.spk1
		}
	}
	// X said (that) …  The subject before the cue.
	h0, h1, ok := a.subject(c0, k)
	if !ok {
		if t0 := a.sents[si].t0; prev == nil && c0-2 > t0 && a.toks[c0-1].norm == "but" && a.toks[c0-2].norm == "," && a.onlyFiller(c0, k) {
			// "Firefly on Tuesday signed the order, but said …": the
			// first clause's subject, when it has no cue of its own.
			if s0, s1, ok := a.openingSubject(t0, c0-2); ok {
				f.kind = frameSubject
				f.spk0, f.spk1 = s0, s1
				f.content = [][2]int{{last + 1, c1}}
				return f, true
			}
		}
		if prev != nil && c0 > a.sents[si].t0 && a.onlyFiller(c0, k) {
			// "…, but added that …": the previous clause's speaker.
			f.kind = frameSubject
			f.spk0, f.spk1 = prev.spk0, prev.spk1
			f.content = [][2]int{{last + 1, c1}}
			return f, true
		}
		return frame{}, false
	}
	f.kind = frameSubject
	f.spk0, f.spk1 = h0, h1
	if h0 > 0 && (a.toks[h0-1].norm == "if" || a.toks[h0-1].norm == "unless") {
		// "threatened consequences if Osk refused to stop the war":
		// a condition, not a report of what was said.
		f.background = true
	}
	if h0 > c0 && relativeWords.holds(a.toks[h0-1].lex) && h0-2 >= c0 && a.toks[h0-2].norm == "," {
		// ", which the army accuses of X," — the relative clause ends at
		// the next comma; the sentence's own subject is the phrase
		// before it, and its verb may follow.
		end := a.nextComma(last+1, c1)
		f.content = [][2]int{{last + 1, end}}
		if (c.pol == polNeutral || c.lemma == "warn") && last+1 < end && (finiteAux.holds(a.toks[last+1].lex) || a.verbLike(last+1)) {
			// ", which X said were a provocation": the relative word is
			// the reported clause's subject; what it stands for is in
			// the words before.
			f.content = [][2]int{{c0, h0 - 2}, {last + 1, end}}
		} else if namingVerbs.holds(a.toks[k].lex) && last+1 < end && a.toks[h0-1].norm == "which" {
			// "…, committed to the accord, which he called a path to
			// peace": the relative word is what is named; the verdict
			// is passed on the noun phrase before the comma.
			if n0 := a.nounPhraseBefore(h0-2, c0); n0 < h0-2 {
				f.content = [][2]int{{n0, h0 - 2}, {last + 1, end}}
			}
		} else if c.pol != polNeutral && (a.toks[h0-1].norm == "which" || a.toks[h0-1].norm == "whom") && strings.HasSuffix(a.toks[k].norm, "ed") {
			// "…imposed steel tariffs, which Zenda condemned as a
			// provocation": the relative word is the verb's object; the
			// reaction is to the noun phrase before the comma. A verb
			// in the present ("the region, which Zenda demands") is the
			// reporter's gloss on a standing claim, not a reaction.
			if n0 := a.nounPhraseBefore(h0-2, c0); n0 < h0-2 {
				f.content = [][2]int{{n0, h0 - 2}, {last + 1, end}}
			}
		}
		if end < c1 {
			if a0, a1, ok := a.headOf(c0, h0-2); ok {
				f.relEnd, f.ant0, f.ant1 = end, a0, a1
			} else if a0, a1, ok := a.openingSubject(c0, h0-2); ok && a.andPredicate(end+1, c1) {
				f.relEnd, f.ant0, f.ant1 = end, a0, a1
			}
		}
		a.trimSpeaker(&f)
		return f, f.spk0 < f.spk1
	}
	if r, ok := a.relativeAfter(h1, k); ok {
		// "X, which has backed Y in the past, said …": the relative
		// clause ends at the next comma; the main verb follows.
		end := a.nextComma(last+1, c1)
		f.content = [][2]int{{last + 1, end}}
		if end < c1 {
			f.relEnd, f.ant0, f.ant1 = end, h0, h1
		}
		for j := r; j < end; j++ {
			if backgroundWords.holds(a.toks[j].lex) || a.toks[j].norm == "past" && a.toks[j-1].norm == "the" {
				f.background = true
			}
		}
		// "X, which has not commented on Y, …": the relative clause's
		// own verb, negated, when only auxiliaries and adverbs stand
		// before it.
		neg := false
		for j := r + 1; j < k; j++ {
			if a.toks[j].kind == tokWord && !a.filler(j) {
				neg = false
				break
			}
			if negators.holds(a.toks[j].lex) {
				neg = true
			}
		}
		f.negated = f.negated || neg
		a.trimSpeaker(&f)
		return f, f.spk0 < f.spk1
	}
	if h0 > c0 && !(a.afterSubordinator(c0, h0) && !a.pronounObject(last+1, c1)) {
		f.content = append(f.content, [2]int{c0, h0})
	}
	if q0, q1, ok := a.askedAbout(h1, k); ok {
		// "X, asked whether the drills worried him, said …": the
		// answer is about what was asked.
		f.content = append(f.content, [2]int{q0, q1})
	}
	f.content = append(f.content, [2]int{last + 1, c1})
	// "did not reject": a negator between subject and cue, when only
	// auxiliaries and adverbs stand there ("X is not a party to Y and
	// argues" is not negated).
	// After an interrupting clause between commas ("X, whose Y …, has
	// not commented"), the span after its closing comma.
	from := h1
	for j := k - 1; j > h1; j-- {
		if a.toks[j].norm == "," && !a.inQuote(j) {
			from = j + 1
			break
		}
	}
	between := true
	for j := from; j < k; j++ {
		if a.toks[j].kind == tokWord && !a.filler(j) {
			between = false
		}
	}
	for j := from; j < k && between; j++ {
		if negators.holds(a.toks[j].lex) {
			f.negated = true
		}
	}
	if c.lemma == "quote" {
		// "the statement quoted X as saying": X speaks.
		for j := last + 1; j+1 < c1; j++ {
			if a.toks[j].norm == "as" && (a.toks[j+1].norm == "saying" || a.toks[j+1].norm == "said") {
				if j > last+1 {
					f.spk0, f.spk1 = last+1, j
					f.content = [][2]int{{c0, h0}, {j + 2, c1}}
				}
				break
			}
		}
	}
	a.trimSpeaker(&f)
	a.cutNested(&f, last+1, c1)
	return f, f.spk0 < f.spk1
}

// commonAfterAnd finds, for a nested cue at j, a subject of bare plural
// common nouns opening a new clause after ", and" or ", but" ("X said
// the raids killed civilians, and rights groups have called for …"): a
// group the speaker is not, whose words are its own. It returns the
// span from the subject to the cue, as a named subject would.
func (a *analysis) commonAfterAnd(from, j int) (int, int, bool) {
	e := j
	for e > from && a.toks[e-1].kind == tokWord && a.filler(e-1) {
		e--
	}
	b := e
	for b > from {
		t := a.toks[b-1]
		if t.kind != tokWord || t.cap || a.filler(b-1) || thirdPronoun(t.norm) || roleNouns.holds(t.lex) || bareBreakers.holds(t.lex) || t.norm == "and" || t.norm == "but" || a.mentAt[b-1] >= 0 {
			break
		}
		b--
	}
	if b == e || e-b > 3 || b < from+2 || a.toks[b-2].norm != "," || (a.toks[b-1].norm != "and" && a.toks[b-1].norm != "but") {
		return 0, 0, false
	}
	if n := a.toks[e-1].norm; len(n) < 4 || n[len(n)-1] != 's' || strings.HasSuffix(n, "ss") {
		return 0, 0, false
	}
	return b, j, true
}

// andClause reports a frame's content cut (by cutNested) at ", and"
// before another speaker's clause, trims the joint from the content and
// returns where that clause starts.
func (a *analysis) andClause(f *frame, c0, c1 int) (int, bool) {
	if f.kind != frameSubject || len(f.content) == 0 {
		return 0, false
	}
	last := &f.content[len(f.content)-1]
	e := last[1]
	if e >= c1 || e-2 <= last[0] || e-2 < c0 || a.toks[e-1].norm != "and" || a.toks[e-2].norm != "," || a.inQuote(e-1) {
		return 0, false
	}
	last[1] = e - 2
	return e, true
}

// afterSubordinator reports a subject starting at h0 that opens an
// adverbial clause ("Zenda tested missiles, days after Fredville approved
// the dam project"): the words before the subordinator are another
// clause, not what the speaker said, unless a pronoun after the cue
// refers back to them. So are the words before ", and" opening the
// subject. "as" is left out: "…, as Firefly
// said" reports them.
func (a *analysis) afterSubordinator(c0, h0 int) bool {
	// "A lobbied for X, and Y said …": after a comma and a conjunction
	// the words before are another clause too.
	for _, j := range [2]int{h0, h0 - 1} {
		if j-1 > c0 && (a.toks[j].norm == "and" || a.toks[j].norm == "but") && a.toks[j-1].norm == "," && !a.inQuote(j) {
			return true
		}
	}
	j := h0 - 1
	for j > c0 && (a.toks[j].norm == "the" || a.toks[j].norm == "a" || a.toks[j].norm == "an") {
		j--
	}
	n := a.toks[j].norm
	return j > c0 && n != "as" && adverbialSubordinators.words[n] && !a.inQuote(j)
}

// pronounObject reports "it" or "them" among the first words after a cue
// ("pushed for it to be wound down"): its referent is in the words before.
func (a *analysis) pronounObject(from, c1 int) bool {
	for j := from; j < c1 && j < from+3; j++ {
		if n := a.toks[j].norm; n == "it" || n == "them" {
			return true
		}
	}
	return false
}

// askedAbout returns the question a speaker was asked between the
// subject ending at h1 and its cue at k: ", asked whether the drills
// worried him," or ", asked about the plan,".
func (a *analysis) askedAbout(h1, k int) (int, int, bool) {
	for j := h1; j+1 < k; j++ {
		if a.toks[j].norm != "," || a.toks[j+1].norm != "asked" || a.inQuote(j) {
			continue
		}
		e := a.nextComma(j+2, k)
		if e == k || e-j > 16 {
			return 0, 0, false
		}
		return j + 2, e, true
	}
	return 0, 0, false
}

// relativeAfter reports a relative clause between a subject ending at h1
// and its cue at k: ", which has long backed", ", who had called". It
// returns the relative word's token.
func (a *analysis) relativeAfter(h1, k int) (int, bool) {
	if h1+1 >= k || a.toks[h1].norm != "," {
		return 0, false
	}
	if n := a.toks[h1+1].norm; n != "which" && n != "who" {
		return 0, false
	}
	for j := h1 + 2; j < k; j++ {
		if mi := a.mentAt[j]; mi >= 0 && len(a.ments[mi].actors) == 0 {
			j = a.ments[mi].t1 - 1 // a topic: "which backed caps on X"
			continue
		}
		if t := a.toks[j]; t.kind == tokPunct || t.cap || a.mentAt[j] >= 0 {
			return 0, false
		}
	}
	return h1 + 1, true
}

// cutNested ends a frame's content where a report of someone else's
// words begins ("X said Y had rejected Z": the rejection is Y's, not X's).
func (a *analysis) cutNested(f *frame, from, c1 int) {
	// outer, the speaker's actors, is read once, when a nested subject
	// is first found: most contents have none.
	var outer []news.ActorID
	outerRead := false
	for j := from; j < c1; j++ {
		if a.inQuote(j) || a.toks[j].cap {
			continue
		}
		if _, _, ok := a.cueAt(j, c1); !ok {
			continue
		}
		n := a.toks[j].norm
		if strings.HasSuffix(n, "ing") || a.nounUse(j, from) || a.passive(j, from, c1) {
			continue
		}
		if p := j - 1; p >= from && (a.toks[p].norm == "and" || a.toks[p].norm == "but") {
			// "said X was an attack and called for Y": the speaker's
			// own second verb.
			continue
		}
		h0, h1, ok := a.subject(from, j)
		common := false
		if !ok {
			h0, h1, ok = a.commonAfterAnd(from, j)
			common = ok
		}
		if !ok || h1 != j && !a.onlyFiller(h1, j) && !a.relativeBetween(h1, j) {
			continue
		}
		if !outerRead {
			outer, outerRead = a.phraseActors(f.spk0, f.spk1), true
		}
		inner := a.phraseActors(h0, h1)
		named := len(inner) > 0 || common
		for k := h0; k < h1 && !named; k++ {
			named = a.toks[k].cap
		}
		if !named && !a.otherPronoun(outer, from, h0, h1) {
			continue
		}
		// The speaker's own side among those who spoke ("X's minister
		// said X and Y had agreed to …") keeps the words the speaker's.
		same := false
		for _, act := range inner {
			if containsActor(outer, act) {
				same = true
			}
		}
		newClause := h0 >= from+2 && a.toks[h0-1].norm == "and" && a.toks[h0-2].norm == ","
		if same && !newClause {
			// A new clause after ", and" is cut even so: its own frame
			// follows, without the subject's relative clause.
			continue
		}
		if len(outer) == 0 && len(inner) > 0 && !common && !newClause {
			// "He said Zenda would never accept X": whose side the
			// subject is is known once the pronoun is resolved.
			f.nest0, f.nest1, f.nestCue = h0, h1, j
			return
		}
		a.cutAt(f, h0, j, named)
		return
	}
}

// cutNested's cut: f's content ends before a nested subject at h0 whose
// cue is at j.
func (a *analysis) cutAt(f *frame, h0, j int, named bool) {
	last := &f.content[len(f.content)-1]
	if h0 < last[0] || h0 >= last[1] {
		return
	}
	end := last[1]
	last[1] = h0
	if !named {
		// "…even though it refused to set up the Water
		// Treaty, which he called the only path": the
		// speaker's own verdict on the noun before the comma.
		a.ownNamingRelative(f, j+1, end)
		return
	}
	// "X said talks ended after Y accepted Z, calling it a
	// step forward": the participle after the nested clause
	// is the speaker's again.
	for p := j + 1; p+1 < end; p++ {
		if a.toks[p].norm != "," || a.inQuote(p) {
			continue
		}
		n := a.toks[p+1].norm
		if c, _, ok := a.cueAt(p+1, end); ok && c.pol == polNeutral && strings.HasSuffix(n, "ing") {
			f.content = append(f.content, [2]int{p + 1, end})
			break
		}
	}
}

// cutDeferred makes the cuts cutNested left until the speakers were
// resolved: "Firefly met Osk. He said Freedonia would never accept X"
// keeps its content, a subject of another side is cut.
func (a *analysis) cutDeferred() {
	for i := range a.frames {
		f := &a.frames[i]
		if f.nest1 == 0 {
			continue
		}
		same := false
		for _, act := range a.phraseActors(f.nest0, f.nest1) {
			if containsActor(f.actors, act) {
				same = true
			}
		}
		if !same {
			a.cutAt(f, f.nest0, f.nestCue, true)
		}
		f.nest1 = 0
	}
}

// otherPronoun reports a pronoun subject at [h0, h1) that opens a
// subordinate clause after another party named in the content: "said
// Zenda was rewarding Sylvania even though it still refused to sign X"
// — the pronoun may stand for either, not surely for the speaker.
func (a *analysis) otherPronoun(outer []news.ActorID, from, h0, h1 int) bool {
	if h1 != h0+1 || h0-1 < from || !thirdPronoun(a.toks[h0].norm) || !subordinators.holds(a.toks[h0-1].lex) {
		return false
	}
	switch a.toks[h0-1].norm {
	case "that", "if", "unless", "once", "until":
		return false
	}
	for j := from; j < h0-1; j++ {
		mi := a.mentAt[j]
		if mi < 0 {
			continue
		}
		m := a.ments[mi]
		j = m.t1 - 1
		if m.t1 < h0 && a.toks[m.t1].kind == tokPoss {
			continue // "Zenda's plan … because it insisted": the plan
		}
		for _, act := range m.actors {
			if !containsActor(outer, act) {
				return true
			}
		}
	}
	return false
}

// ownNamingRelative adds to f's content, for ", which he called V" in
// [from, end), the noun phrase before the comma and the verdict.
func (a *analysis) ownNamingRelative(f *frame, from, end int) {
	for p := range a.relativeCommasIn(from-1, end, 4) {
		if a.toks[p+1].norm != "which" || !thirdPronoun(a.toks[p+2].norm) || !namingVerbs.holds(a.toks[p+3].lex) {
			continue
		}
		n0 := a.relativeAntecedent(p, from)
		if n0 < p {
			f.content = append(f.content, [2]int{n0, p}, [2]int{p + 4, a.nextComma(p+4, end)})
		}
		return
	}
}

// relativeAntecedent returns where the noun phrase that a relative
// clause opening at the comma p hangs on starts, no further back than
// floor: a capitalised name with its article ("the Water Treaty, which
// …"), else a noun phrase ("the accord, which …"); p when there is none.
func (a *analysis) relativeAntecedent(p, floor int) int {
	if a.toks[p-1].cap {
		return a.nameBefore(p, floor)
	}
	return a.nounPhraseBefore(p, floor)
}

// nameBefore returns where a capitalised name ending at k starts, with
// its article and inner "of" and hyphens: "the Association of
// Kin-majority Towns".
func (a *analysis) nameBefore(k, floor int) int {
	j := k
	for j-1 >= floor && j > k-10 {
		t := a.toks[j-1]
		switch {
		case t.kind == tokWord && t.cap, t.norm == "-", t.norm == "of" && j < k && a.toks[j].cap:
		case t.kind == tokWord && j-2 >= floor && a.toks[j-2].norm == "-":
		case t.norm == "the":
			return j - 1
		default:
			for j < k && a.toks[j].norm == "of" {
				j++
			}
			return j
		}
		j--
	}
	return j
}

// relativeBetween reports a relative clause between commas from h1 to
// the cue at j: "its ally, which formed a rival body in July, said".
func (a *analysis) relativeBetween(h1, j int) bool {
	if h1+2 >= j || a.toks[h1].norm != "," || a.toks[j-1].norm != "," || a.inQuote(h1) {
		return false
	}
	w := a.toks[h1+1].norm
	return w == "which" || w == "who"
}

// quoteBefore reports a closing quote at or just before token b.
func (a *analysis) quoteBefore(b int) bool {
	for j := b; j >= 0 && j >= b-1; j-- {
		if a.toks[j].norm == `"` && a.quoteOf[j] >= 0 && a.quotes[a.quoteOf[j]].close == j {
			return true
		}
	}
	return false
}

// speakerLike reports a noun phrase without a finite auxiliary: "the
// spokesman", "Jane Doe, the envoy" — not "the tariffs were a step".
func (a *analysis) speakerLike(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		if finiteAux.holds(a.toks[k].lex) {
			return false
		}
	}
	return a.nounPhrase(t0, t1)
}

// namePhrase reports a speaker-like phrase that names someone: a
// capitalised word past its first.
func (a *analysis) namePhrase(t0, t1 int) bool {
	if !a.speakerLike(t0, t1) {
		return false
	}
	for k := t0 + 1; k < t1; k++ {
		if a.toks[k].cap || a.mentAt[k] >= 0 {
			return true
		}
	}
	return a.mentAt[t0] >= 0
}

// startsContent reports a word that cannot open a speaker phrase after
// "said": said that, said it, said on Monday.
func (a *analysis) startsContent(k int) bool {
	switch a.toks[k].norm {
	case "that", "it", "on", "in", "at", "he", "she", "they", "we", "i", "there", "this":
		return true
	}
	return false
}

func (a *analysis) hasWords(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		if a.toks[k].kind == tokWord {
			return true
		}
	}
	return false
}

// onlyFiller reports a span of auxiliaries and adverbs only (a name
// ending in -ly, "Italy", is no adverb).
func (a *analysis) onlyFiller(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		t := a.toks[k]
		if t.kind == tokWord && !auxiliaries.holds(t.lex) && !(strings.HasSuffix(t.norm, "ly") && !t.cap) && t.norm != "and" {
			return false
		}
	}
	return true
}

// subject finds the speaker phrase of a cue at k in a clause starting at
// c0. A subordinate clause ("… after X accepted") starts after its
// conjunction. Otherwise the clause is cut at commas: fronted adverbials
// ("In a statement,") are dropped and the subject is the segment just
// before the cue; without them the first segment is the subject and the
// others are appositives ("The ambassador, Jane Doe, said").
func (a *analysis) subject(c0, k int) (int, int, bool) {
	start := c0
	// A quote before the cue: the subject starts after it, unless the
	// quote is a term inside a noun phrase, a word on either side of it
	// ("the centrepiece of his "open door" policy, announced").
	for j := k - 1; j >= c0; j-- {
		if a.toks[j].norm == `"` && a.quoteOf[j] >= 0 && a.quotes[a.quoteOf[j]].close == j {
			if a.embeddedQuote(a.quotes[a.quoteOf[j]], c0, k) {
				j = a.quotes[a.quoteOf[j]].open
				continue
			}
			start = j + 1
			break
		}
	}
	// Segments separated by commas (outside quotes).
	var segs [][2]int
	s0 := start
	for j := start; j < k; j++ {
		if a.toks[j].norm == "," && !a.inQuote(j) {
			segs = append(segs, [2]int{s0, j})
			s0 = j + 1
		}
	}
	segs = append(segs, [2]int{s0, k})
	lastSeg := segs[len(segs)-1]
	// A subordinator in the last segment, or a relative word inside it,
	// opens the cue's own clause. A relative word opening the segment
	// (", which the army accuses") has its own subject when a noun
	// phrase stands between it and the cue; otherwise (", who had
	// called") the subject is the phrase before the comma.
	for j := k - 1; j >= lastSeg[0]; j-- {
		t := a.toks[j]
		if t.norm == "who" && j > lastSeg[0] && !a.inQuote(j) && (j+1 == k || !a.opensNounPhrase(j+1, k)) {
			// "who" as the subject of its clause: the speaker is the
			// noun phrase before it.
			return a.whoAntecedent(segs, j)
		}
		if a.inQuote(j) || j+1 >= k {
			continue
		}
		if subordinators.holds(t.lex) || (relativeWords.holds(t.lex) && j > lastSeg[0]) {
			if t.norm == "that" && a.toks[j+1].kind == tokPunct {
				continue
			}
			return a.headOf(j+1, k)
		}
		if relativeWords.holds(t.lex) && j == lastSeg[0] && len(segs) > 1 && t.norm != "who" && a.opensNounPhrase(j+1, k) {
			return a.headOf(j+1, k)
		}
	}
	if n := len(segs); n >= 2 && (a.toks[lastSeg[0]].norm == "which" || a.toks[lastSeg[0]].norm == "who") && a.onlyFiller(lastSeg[0]+1, k) {
		// "…, angering X, which called …", "… sided with X, which had
		// argued …": the name ending the segment before the relative
		// word (not a whole segment: "X, which …, said" has its own
		// reading).
		p := segs[n-2]
		e := p[1]
		b := e
		for b > p[0] {
			t := a.toks[b-1]
			if mi := a.mentAt[b-1]; mi >= 0 {
				b = a.ments[mi].t0
				continue
			}
			if !(t.cap || t.kind == tokPoss) {
				break
			}
			b--
		}
		if b < e && b > p[0] {
			return b, e, true
		}
	}
	if len(segs) >= 2 {
		if h0, ok := a.summaryNounSpeaker(lastSeg[0], k); ok {
			return h0, k, true
		}
	}
	i := 0
	for i < len(segs)-1 && a.adverbial(segs[i]) {
		i++
	}
	if h0, h1, ok := a.sharedSubject(segs, i, k); ok {
		return h0, h1, true
	}
	if i > 0 {
		// After fronted adverbials: the last segment with words that is
		// not itself an interjected adverbial ("In Fredville, Firefly,
		// asked whether …, said").
		for j := len(segs) - 1; j >= i; j-- {
			if !a.onlyFiller(segs[j][0], segs[j][1]) && (j == i || !a.participial(segs[j])) {
				if j > i && a.relativeSegment(segs[j]) {
					// "In Fredville, Firefly, who chairs the committee,
					// said": the relative clause is about the subject
					// before its comma.
					continue
				}
				if j > i && a.watchedPersonSegment(segs[j-1]) {
					// "In Fredville, Rufus Firefly, the committee's
					// chair, said": the watched name, not its role.
					return a.headOf(segs[j-1][0], segs[j-1][1])
				}
				return a.headOf(segs[j][0], segs[j][1])
			}
		}
		return 0, 0, false
	}
	if end, ok := a.listEnd(segs); ok {
		// "Zenda, Sylvania and Freedonia have ruled out …": every name.
		return a.headOf(segs[0][0], end)
	}
	if h0, h1, ok := a.clauseAfterAnd(segs); ok {
		return h0, h1, true
	}
	if h0, h1, ok := a.namedAppositive(segs, k); ok {
		return h0, h1, true
	}
	return a.headOf(a.subjectAfterSubordinator(segs[0][0], segs[0][1]), segs[0][1])
}

// subjectAfterSubordinator skips a main clause before the subject of a cue whose
// subject an appositive or relative clause cut off from it: "The vote came
// days after Rufus Firefly, who took over in May, told …" — the subject
// starts after the subordinator, on a name.
func (a *analysis) subjectAfterSubordinator(s0, s1 int) int {
	for j := s1 - 2; j > s0; j-- {
		t := a.toks[j]
		if t.kind != tokWord || t.norm == "as" || !adverbialSubordinators.holds(t.lex) || a.inQuote(j) {
			continue
		}
		if n := a.toks[j+1]; n.kind == tokWord && (n.cap || a.mentAt[j+1] >= 0) {
			return j + 1
		}
		return s0
	}
	return s0
}

// whoAntecedent returns the noun phrase before a subject "who" at j in the
// last segment: "by an envoy who said" (the envoy, not what comes before
// "by"), "the head of the agency who said". An appositive opening the
// segment stands for the name before its comma: "Rufus Firefly, a veteran
// lawmaker who chairs the committee and has long criticised …".
func (a *analysis) whoAntecedent(segs [][2]int, j int) (int, int, bool) {
	last := segs[len(segs)-1]
	b := j
	for b > last[0] {
		t := a.toks[b-1]
		if (t.kind != tokWord && t.kind != tokPoss) || blockingPrepositions.holds(t.lex) || t.norm == "and" || t.norm == "or" || relativeWords.holds(t.lex) || j-b >= 8 {
			break
		}
		b--
	}
	if b == j {
		return 0, 0, false
	}
	if n := len(segs); b == last[0] && n >= 2 && !a.toks[b].cap && isArticle(a.toks[b].norm) && !a.adverbial(segs[n-2]) {
		p := segs[n-2]
		if n == 2 || a.adverbial(segs[n-3]) {
			return a.headOf(p[0], p[1])
		}
		return 0, 0, false
	}
	if t := a.toks[b]; !(t.cap || isArticle(t.norm) || a.mentAt[b] >= 0) {
		return 0, 0, false
	}
	return a.headOf(b, j)
}

func isArticle(w string) bool { return w == "a" || w == "an" || w == "the" }

// embeddedQuote reports a quoted term inside a phrase before a cue at k:
// a word before its opening mark (after c0) and a lower-case word after
// its closing one, with no punctuation closing the quote ("his "open door"
// policy"), so the quote is no speech that the subject follows.
func (a *analysis) embeddedQuote(q quoteSpan, c0, k int) bool {
	if q.open-1 < c0 || q.close+1 >= k || q.close-1 <= q.open {
		return false
	}
	b, n := a.toks[q.open-1], a.toks[q.close+1]
	if b.kind != tokWord || n.kind != tokWord || n.cap || a.toks[q.close-1].kind == tokPunct {
		return false
	}
	return true
}

// namedAppositive reads a role phrase whose appositive names a watched
// person: "Its envoy, Anna Trentino, said", "Another senior leader, Rufus
// Firefly, told": the name, not the role, is the speaker. The role must
// name no other watched actor, unless a possessive pronoun opens it ("Its
// UN envoy, …": the owner spoken of before, not the modifier).
func (a *analysis) namedAppositive(segs [][2]int, k int) (int, int, bool) {
	if len(segs) != 3 || segs[1][1] <= segs[1][0] || !a.onlyFiller(segs[2][0], k) {
		return 0, 0, false
	}
	r, p := segs[0], segs[1]
	mi := a.mentAt[p[1]-1]
	if mi < 0 || a.ments[mi].t1 != p[1] || len(a.ments[mi].actors) != 1 || !a.personMention(mi) {
		return 0, 0, false
	}
	for j := p[0]; j < p[1]; j++ {
		if t := a.toks[j]; t.kind != tokWord || !t.cap {
			return 0, 0, false
		}
	}
	if r[1] <= r[0] || a.toks[r[0]].cap && a.mentAt[r[0]] >= 0 {
		return 0, 0, false
	}
	act := a.ments[mi].actors[0]
	owned := possessivePronoun(a.toks[r[0]].norm)
	for j := r[0]; j < r[1]; j++ {
		if t := a.toks[j]; t.kind != tokWord && t.kind != tokPoss {
			return 0, 0, false
		}
		if n := a.mentAt[j]; n >= 0 && !owned && !slices.Equal(a.ments[n].actors, []news.ActorID{act}) {
			return 0, 0, false
		}
	}
	return p[0], p[1], true
}

// sharedSubject reads a cue in a predicate coordinated after a comma:
// "Freedonia signed the treaty in 2001, and has said …". The subject
// opens the first clause (segs[i], after fronted adverbials).
func (a *analysis) sharedSubject(segs [][2]int, i, k int) (int, int, bool) {
	n := len(segs)
	last := segs[n-1]
	if n-i != 2 || last[0] >= k || a.toks[last[0]].norm != "and" || !a.onlyFiller(last[0]+1, k) {
		return 0, 0, false
	}
	return a.openingSubject(segs[i][0], segs[i][1])
}

// andPredicate reports a coordinated predicate opening at k: "and has
// said", "and warned" — "and", then a verb or an auxiliary, no subject.
func (a *analysis) andPredicate(k, c1 int) bool {
	if k+1 >= c1 || a.toks[k].norm != "and" {
		return false
	}
	t := a.toks[k+1]
	return !t.cap && (finiteAux.holds(t.lex) || a.verbLike(k+1) || strings.HasSuffix(t.norm, "ed"))
}

// openingSubject returns the names that open a clause in [c0, c1) when a
// verb follows them: "Freedonia has never recognised the tribunal" before
// ", which it calls illegitimate, and has said …", where the coordinated
// predicate after the relative clause is Freedonia's.
func (a *analysis) openingSubject(c0, c1 int) (int, int, bool) {
	if c0 < c1 && subordinators.holds(a.toks[c0].lex) && a.mentAt[c0] < 0 {
		// "Since returning to office, Firefly has complained …": the
		// fronted clause is no subject; the subject follows its comma.
		k := c0 + 1
		for k < c1 && !(a.toks[k].norm == "," && !a.inQuote(k)) {
			k++
		}
		if k+1 >= c1 {
			return 0, 0, false
		}
		c0 = k + 1
	}
	e := c0
	if e < c1 && a.toks[e].norm == "the" && a.mentAt[e] < 0 {
		e++
	}
	for e < c1 && (a.mentAt[e] >= 0 || a.toks[e].cap || a.toks[e].kind == tokPoss) {
		if mi := a.mentAt[e]; mi >= 0 {
			e = int(a.ments[mi].t1)
			continue
		}
		e++
	}
	if e <= c0 || e+1 >= c1 || !a.hasWords(c0, e) {
		return 0, 0, false
	}
	// Time words and adverbs before the verb: "Firefly on Tuesday signed".
	v := e
	for v+1 < c1 && a.toks[v].kind == tokWord && a.filler(v) && !finiteAux.holds(a.toks[v].lex) {
		v++
	}
	if t := a.toks[v]; !(finiteAux.holds(t.lex) || a.verbLike(v)) {
		return 0, 0, false
	}
	return c0, e, true
}

// clauseAfterAnd returns the subject of a new clause after a comma and
// its conjunction: "A, B and C held talks last month, and D, E and F
// have warned …", "Zenda held the treaty in abeyance, and Sylvania
// warned …". The subject runs from after the conjunction to the cue,
// one name phrase or a list of them.
func (a *analysis) clauseAfterAnd(segs [][2]int) (int, int, bool) {
	n := len(segs)
	if n > 0 && segs[n-1][0] >= segs[n-1][1] {
		n-- // the comma just before the cue
	}
	// "…, and its ally, which formed a rival body in July, said": the
	// subject's relative clause stands before the cue.
	if n >= 3 {
		if w := a.toks[segs[n-1][0]].norm; w == "which" || w == "who" {
			s0, s1 := segs[n-2][0], segs[n-2][1]
			if w := a.toks[s0].norm; (w == "and" || w == "but") && s1-s0 <= 7 && a.opensNounPhrase(s0+1, s1) && !a.onlyFiller(s0+1, s1) {
				return a.headOf(s0+1, s1)
			}
			return 0, 0, false
		}
	}
	for j := n - 1; j >= 1 && j >= n-4; j-- {
		s0, s1 := segs[j][0], segs[j][1]
		if s0+1 >= s1 {
			return 0, 0, false
		}
		if w := a.toks[s0].norm; w != "and" && w != "but" {
			if s1-s0 > 6 {
				return 0, 0, false // not one item of a list
			}
			continue
		}
		if !a.opensNounPhrase(s0+1, s1) || a.onlyFiller(s0+1, s1) {
			return 0, 0, false
		}
		if j < n-1 {
			segs[j][0]++ // the list after the conjunction
			_, ok := a.listEnd(segs[j:n])
			segs[j][0]--
			if !ok {
				return 0, 0, false
			}
		}
		return a.headOf(s0+1, segs[n-1][1])
	}
	return 0, 0, false
}

// summaryNounSpeaker reports an appositive that sums up the clause
// before it and names who judged it: "…, a move Fredville criticised as
// protectionist", "…, a step Zenda welcomed". It returns where the name
// before the cue at k starts.
func (a *analysis) summaryNounSpeaker(s0, k int) (int, bool) {
	if s0+2 >= k || (a.toks[s0].norm != "a" && a.toks[s0].norm != "an") {
		return 0, false
	}
	if t := a.toks[s0+1]; t.kind != tokWord || t.cap || a.mentAt[s0+1] >= 0 || a.verbLike(s0+1) {
		return 0, false
	}
	e := k
	if !echoEndNouns.holds(a.toks[s0+1].lex) && k+1 < len(a.toks) && a.toks[k+1].norm != "on" {
		for e > s0+2 && a.toks[e-1].kind == tokWord && a.filler(e-1) {
			e-- // "…, a levy Fredville has long said was unfair"
		}
	}
	for j := s0 + 2; j < e; j++ {
		if t := a.toks[j]; !(t.cap || a.mentAt[j] >= 0 || t.kind == tokPoss) || a.inQuote(j) {
			return 0, false
		}
	}
	return s0 + 2, true
}

// listEnd reports comma segments that make one list of names ("A, B and
// C"): each short and opening with a name, the last holding "and" or
// "or". It returns where the list ends.
func (a *analysis) listEnd(segs [][2]int) (int, bool) {
	last := len(segs) - 1
	for last > 0 && a.onlyFiller(segs[last][0], segs[last][1]) {
		last--
	}
	if last < 1 {
		return 0, false
	}
	hasAnd := false
	for i := 0; i <= last; i++ {
		s0, s1 := segs[i][0], segs[i][1]
		if s1-s0 == 0 || s1-s0 > 6 {
			return 0, false
		}
		t := a.toks[s0]
		if i == last && (t.norm == "and" || t.norm == "or") && s0+1 < s1 {
			hasAnd = true
			t = a.toks[s0+1]
			s0++
		}
		if t.norm == "the" && s0+1 < s1 && a.mentAt[s0] < 0 {
			// "A, B, the C and D": a name after its article.
			t = a.toks[s0+1]
			s0++
		}
		if i == 0 && !t.cap && a.mentAt[s0] < 0 {
			// "The foreign ministers of A, B and C said": the list
			// opens after role nouns and "of".
			j := s0
			for j < s1 && roleNouns.holds(a.toks[j].lex) {
				j++
			}
			if j > s0 && j+1 < s1 && a.toks[j].norm == "of" {
				s0 = j + 1
				t = a.toks[s0]
			}
		}
		if !(t.cap || a.mentAt[s0] >= 0) {
			return 0, false
		}
		for k := s0; k < s1; k++ {
			if n := a.toks[k].norm; n == "and" || n == "or" {
				hasAnd = true
			}
		}
	}
	return segs[last][1], hasAnd
}

// opensNounPhrase reports a span that starts with a subject: an
// article, a pronoun, a name or a watched alias.
func (a *analysis) opensNounPhrase(t0, t1 int) bool {
	if t0 >= t1 {
		return false
	}
	t := a.toks[t0]
	switch t.norm {
	case "the", "a", "an", "its", "their", "his", "her", "he", "she", "it", "they", "we", "i":
		return true
	}
	return t.cap || a.mentAt[t0] >= 0
}

// headOf trims a candidate subject and checks it reads as a noun phrase;
// "X is Y and" before the cue falls back to what follows the last "and"
// when that is a noun phrase, else to the phrase's opening names.
func (a *analysis) headOf(h0, h1 int) (int, int, bool) {
	for h0 < h1 && a.toks[h0].kind == tokPunct {
		h0++
	}
	for h1 > h0 && (a.toks[h1-1].kind == tokPunct || a.filler(h1-1) || a.toks[h1-1].norm == "since") {
		h1--
	}
	if h0+1 < h1 && (a.toks[h0].norm == "and" || a.toks[h0].norm == "but") && a.mentAt[h0] < 0 {
		h0++ // "…, and Sylvania warned": the conjunction is not the speaker's
	}
	h0 = a.skipTimeOpener(h0, h1)
	if h0 >= h1 {
		return 0, 0, false
	}
	h1 = a.trimDate(h0, h1)
	if h1-h0 <= 16 && a.nounPhrase(h0, h1) && !a.hasFiniteAux(h0, h1) {
		if h1-h0 == 1 && frontStarters.holds(a.toks[h0].lex) {
			return 0, 0, false
		}
		return h0, h1, true
	}
	// "Freedonia is not a party to X and argues": the opening names.
	if a.toks[h1-1].norm == "and" {
		e := h0
		for e < h1 && (a.mentAt[e] >= 0 || a.toks[e].cap || a.toks[e].kind == tokPoss || a.toks[e].norm == "the") {
			e++
		}
		if e > h0 && a.hasWords(h0, e) {
			return h0, e, true
		}
	}
	// "… keeps up attacks and Fredville has said": after the last "and".
	for j := h1 - 1; j > h0; j-- {
		if a.toks[j].norm == "and" && !a.inQuote(j) {
			if j+1 < h1 && a.nounPhrase(j+1, h1) {
				return j + 1, h1, true
			}
			break
		}
	}
	return 0, 0, false
}

// trimDate returns the end of a subject before a date that closes it:
// "Firefly on Oct. 17", "Firefly on October 17", "Firefly on 17 October".
func (a *analysis) trimDate(h0, h1 int) int {
	j := h1 - 1
	if j-2 <= h0 || a.toks[j].kind != tokWord {
		return h1
	}
	isNum := func(k int) bool { n := a.toks[k].norm; return n != "" && n[0] >= '0' && n[0] <= '9' }
	isMonth := func(k int) bool { return monthWord(a.toks[k].norm) }
	switch {
	case isNum(j) && a.toks[j-1].norm == "." && isMonth(j-2) && j-3 > h0:
		j -= 3 // "on Oct. 17"
	case isNum(j) && isMonth(j-1), isMonth(j) && isNum(j-1):
		j -= 2 // "on October 17", "on 17 October"
	default:
		return h1
	}
	if a.toks[j].norm != "on" {
		return h1
	}
	return j
}

// dayOfMonth reports a number at j after a month: "Oct. 17", "October 17".
func (a *analysis) dayOfMonth(j int) bool {
	if j < 1 {
		return false
	}
	if monthWord(a.toks[j-1].norm) {
		return true
	}
	return j >= 2 && a.toks[j-1].norm == "." && monthAbbreviations.holds(a.toks[j-2].lex)
}

// monthWord reports a month, written out or short: "October", "Oct".
func monthWord(n string) bool {
	return months.words[n] || monthAbbreviations.words[n]
}

// monthAbbreviations are months written short: "Oct. 17".
var monthAbbreviations = lexSet(set(`jan feb mar apr jun jul aug sep sept oct nov dec`))

// nounPhraseBefore returns where the noun phrase that ends before k
// starts, no further back than floor: a mention that ends there, else
// up to three words back to a verb, a preposition or punctuation ("the
// accord"); k when there is none.
func (a *analysis) nounPhraseBefore(k, floor int) int {
	if k-1 >= floor {
		if mi := a.mentAt[k-1]; mi >= 0 && a.ments[mi].t1 == k && a.ments[mi].t0 >= floor {
			return a.ments[mi].t0 // "signed the Water Treaty, which …"
		}
	}
	j := k
	for j-1 >= floor && j > k-4 {
		t := a.toks[j-1]
		if t.kind == tokPunct && t.norm != "-" && t.norm != "'" || t.kind == tokWord && npStops.holds(t.lex) || a.verbLike(j-1) {
			break
		}
		j--
	}
	if j < k && a.toks[j].norm == "of" {
		return k
	}
	return j
}

// npStops end a noun phrase read backwards: prepositions and
// conjunctions ("committed to the accord", "and the plan").
var npStops = lexSet(set(`to in at on with from by for into onto against about over under
	and or but than as that which who`))

// skipTimeOpener returns where a phrase starts after a fronted time
// phrase without its comma: "Late on Saturday Firefly", "Earlier in the
// week the ministry", "On Monday the alliance". A name or an article must
// follow.
func (a *analysis) skipTimeOpener(h0, h1 int) int {
	j := h0
	if j < h1 && a.mentAt[j] < 0 {
		// "Hours later he", "A day earlier Firefly": a span of time.
		if n := a.toks[j].norm; n == "a" || n == "an" || numberWords.words[n] || n[0] >= '0' && n[0] <= '9' {
			j++
		}
		if j+1 < h1 && timeUnits.holds(a.toks[j].lex) && (a.toks[j+1].norm == "later" || a.toks[j+1].norm == "earlier") {
			j++
		} else {
			j = h0
		}
	}
	if j < h1 {
		switch a.toks[j].norm {
		case "earlier", "later", "late", "early":
			j++
			if j < h1 && a.openerSubject(j) {
				return j // "Later he said", "Hours later the ministry said"
			}
		}
	}
	if j >= h1 || a.mentAt[j] >= 0 {
		return h0
	}
	if n := a.toks[j].norm; n != "on" && n != "in" && n != "at" && n != "during" {
		return h0
	}
	j++
	if j < h1 && (a.toks[j].norm == "the" || a.toks[j].norm == "this" || a.toks[j].norm == "last") {
		j++
	}
	n := 0
	for j < h1 && timeNouns.holds(a.toks[j].lex) && a.mentAt[j] < 0 {
		j++
		n++
	}
	if n == 0 || j >= h1 {
		return h0
	}
	if !a.openerSubject(j) {
		return h0
	}
	return j
}

// openerSubject reports a word that can open the subject after a fronted
// time phrase without its comma: a name, an article or a pronoun.
func (a *analysis) openerSubject(j int) bool {
	t := a.toks[j]
	if t.kind != tokWord {
		return false
	}
	return t.cap || t.norm == "the" || thirdPronoun(t.norm) || a.mentAt[j] >= 0
}

// timeNouns name a day or a part of one: "on Saturday night", "in the
// week".
var timeNouns = lexSet(union(weekdays.words, set(`week weekend month year morning afternoon evening night day`)))

// hasFiniteAux reports a finite auxiliary inside a phrase ("Freedonia
// is not a party to X and"): a clause, not a speaker.
func (a *analysis) hasFiniteAux(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		if finiteAux.holds(a.toks[k].lex) && !a.inQuote(k) {
			return true
		}
	}
	return false
}

// resumedVerb reports a finite verb at k that carries on a clause broken
// by an attribution between commas: "would", "must", "remained".
func (a *analysis) resumedVerb(k int) bool {
	t := a.toks[k]
	return t.kind == tokWord && !t.cap && (finiteAux.holds(t.lex) || strings.HasSuffix(t.norm, "ed") && a.verbLike(k))
}

// verbLike reports a lower-case past form or gerund that is not a
// modifier after a hyphen ("Zenda-backed") or an adverb ("newly elected").
func (a *analysis) verbLike(k int) bool {
	t := a.toks[k]
	if t.cap || len(t.norm) < 5 || !(strings.HasSuffix(t.norm, "ed") || strings.HasSuffix(t.norm, "ing")) {
		return false
	}
	if k > 0 {
		p := a.toks[k-1]
		if p.norm == "-" || strings.HasSuffix(p.norm, "ly") {
			return false
		}
	}
	return true
}

// nounPhrase reports a span that can be a speaker: names, role nouns,
// determiners and at most three other lower-case words.
func (a *analysis) nounPhrase(t0, t1 int) bool {
	other := 0
	words := 0
	for k := t0; k < t1; k++ {
		t := a.toks[k]
		if t.kind != tokWord {
			continue
		}
		words++
		if t.norm == "what" && a.mentAt[k] < 0 {
			return false // a free relative: a clause, not a name
		}
		if a.mentAt[k] >= 0 || t.cap || roleNouns.holds(t.lex) || npFunctionWords.holds(t.lex) || a.filler(k) {
			if k > t0 && (t.norm == "he" || t.norm == "she" || t.norm == "they" || t.norm == "i" || t.norm == "we") {
				return false // a pronoun inside: a clause, not a name
			}
			continue
		}
		if a.verbLike(k) {
			if !(sourceParticiples.holds(t.lex) && k > t0 && roleNouns.holds(a.toks[k-1].lex) && k+1 < t1 && (a.toks[k+1].norm == "on" || a.toks[k+1].norm == "in" || a.toks[k+1].norm == "about")) {
				return false
			}
			continue // "an official briefed on the talks": who the source is
		}
		if t.norm[0] >= '0' && t.norm[0] <= '9' {
			continue
		}
		other++
	}
	return words > 0 && other <= 3
}

// filler: an auxiliary, an -ly adverb, a negator or a time word between a
// subject and its verb.
func (a *analysis) filler(k int) bool {
	n := a.toks[k].norm
	if n == "long" {
		// "X has long demanded": a position held for years and still.
		return k > 0 && k+1 < len(a.toks) && (a.toks[k-1].norm == "has" || a.toks[k-1].norm == "have") && a.toks[k+1].kind == tokWord
	}
	return auxiliaries.holds(a.toks[k].lex) || negators.holds(a.toks[k].lex) || (strings.HasSuffix(n, "ly") && !a.toks[k].cap && len(n) > 4)
}

// adverbial reports a fronted adverbial segment.
func (a *analysis) adverbial(seg [2]int) bool {
	if seg[0] >= seg[1] {
		return true
	}
	t := a.toks[seg[0]]
	if (t.norm == "but" || t.norm == "and" || t.norm == "yet") && seg[0]+1 < seg[1] {
		// "But in Fredville, Osk said" is fronted; "But Osk, speaking in
		// Fredville, said" opens with its subject.
		return a.adverbial([2]int{seg[0] + 1, seg[1]})
	}
	if a.mentAt[seg[0]] < 0 && (frontStarters.holds(t.lex) || strings.HasSuffix(t.norm, "ing") || strings.HasSuffix(t.norm, "ly")) {
		return true
	}
	// "A week earlier", "Two days ago": a short phrase of time; not a
	// clause dated so ("X turned down the request last Friday").
	for j := seg[0]; j < seg[1] && seg[1]-seg[0] <= 5; j++ {
		if backgroundWords.holds(a.toks[j].lex) {
			return true
		}
	}
	// "Hours later", "A day later": a short span of time.
	if seg[1]-seg[0] <= 4 && a.toks[seg[1]-1].norm == "later" && a.mentAt[seg[0]] < 0 {
		return true
	}
	return a.spanBeforeEvent(seg)
}

// spanBeforeEvent reports a segment opened by a span of time counted from
// an event: "Hours after the talks", "Two days before the vote", "A week
// after its capture of the town".
func (a *analysis) spanBeforeEvent(seg [2]int) bool {
	j := seg[0]
	if j >= seg[1] || a.mentAt[j] >= 0 {
		return false
	}
	if n := a.toks[j].norm; n == "a" || n == "an" || numberWords.words[n] || (n[0] >= '0' && n[0] <= '9') {
		j++
	}
	if j+2 >= seg[1] || !timeUnits.holds(a.toks[j].lex) {
		return false
	}
	n := a.toks[j+1].norm
	return n == "after" || n == "before"
}

// relativeSegment reports a segment opened by a relative pronoun of a
// person or body with a verb of its own: "who chairs the committee",
// "which runs the port".
func (a *analysis) relativeSegment(seg [2]int) bool {
	if seg[0]+1 >= seg[1] || a.inQuote(seg[0]) {
		return false
	}
	n := a.toks[seg[0]].norm
	return n == "who" || n == "which" || n == "whose"
}

// watchedPersonSegment reports a segment that is a watched person's name
// alone, with capitalised titles before it: "Rufus Firefly", "Deputy
// Mayor Rufus Firefly".
func (a *analysis) watchedPersonSegment(seg [2]int) bool {
	if seg[0] >= seg[1] {
		return false
	}
	mi := a.mentAt[seg[1]-1]
	if mi < 0 || int(a.ments[mi].t1) != seg[1] || !a.personMention(mi) {
		return false
	}
	for j := seg[0]; j < int(a.ments[mi].t0); j++ {
		if t := a.toks[j]; t.kind != tokWord || !t.cap || a.mentAt[j] >= 0 {
			return false
		}
	}
	return true
}

// participial reports a segment opened by a participle: "asked whether
// …", "speaking at a summit", "visiting Fredville".
func (a *analysis) participial(seg [2]int) bool {
	if seg[0] >= seg[1] || a.mentAt[seg[0]] >= 0 {
		return false
	}
	t := a.toks[seg[0]]
	if t.kind != tokWord || t.cap {
		return false
	}
	// "In Fredville, Firefly, known as the Fox, said": an irregular
	// participle opens a reduced relative clause too.
	return len(t.norm) > 4 && (strings.HasSuffix(t.norm, "ing") || strings.HasSuffix(t.norm, "ed")) || irregularParticiples.holds(t.lex)
}

// trimSpeaker strips punctuation and quote marks around a speaker phrase.
func (a *analysis) trimSpeaker(f *frame) {
	for f.spk0 < f.spk1 && a.toks[f.spk0].kind == tokPunct {
		f.spk0++
	}
	for f.spk1 > f.spk0 && (a.toks[f.spk1-1].kind == tokPunct || a.filler(f.spk1-1)) {
		f.spk1--
	}
}

// nextComma is the first comma outside quotes in [from, to), or to: where
// a relative clause that opened after a comma ends.
func (a *analysis) nextComma(from, to int) int {
	for j := from; j < to; j++ {
		if a.toks[j].norm == "," && !a.inQuote(j) {
			return j
		}
	}
	return to
}

// progressive reports a cue's -ing form that is the finite verb of its
// clause, after a form of "be" and at most one adverb: "Osk has been
// pressing Fredville to …", "Zenda is urging …", "they were calling for
// …". "Being" and a bare participle ("…, urging Y") are not.
// withSubject reads an absolute clause "…, with X insisting on …": a
// watched name (one mention, an adverb or negator after it allowed) between
// ", with" and the participle at k. It returns the name's span.
func (a *analysis) withSubject(k, c0 int) (int, int, bool) {
	e := k
	for e > c0 && a.toks[e-1].kind == tokWord && a.filler(e-1) || e > c0 && a.toks[e-1].norm == "still" {
		e--
	}
	if e <= c0 {
		return 0, 0, false
	}
	mi := a.mentAt[e-1]
	if mi < 0 || int(a.ments[mi].t1) != e || len(a.ments[mi].actors) == 0 {
		return 0, 0, false
	}
	w := int(a.ments[mi].t0)
	if w-2 < c0 || a.toks[w-1].norm != "with" || a.toks[w-2].norm != "," {
		return 0, 0, false
	}
	return w, e, true
}

func (a *analysis) progressive(k, c0 int) bool {
	p := k - 1
	if p > c0 && a.toks[p].kind == tokWord && !a.toks[p].cap && strings.HasSuffix(a.toks[p].norm, "ly") || p > c0 && (a.toks[p].norm == "also" || a.toks[p].norm == "still" || a.toks[p].norm == "now") {
		p--
	}
	if p < c0 {
		return false
	}
	switch a.toks[p].norm {
	case "been", "is", "are", "was", "were":
		return p > c0
	}
	return false
}

// ownNamingFrame splits off, from f's content, the speaker's own verdict
// in a relative clause on a noun phrase: "vowed to keep fighting the
// Zendan troops, whom he described as invaders" or "was committed to the
// accord, which she called a path to peace". The verdict is passed on the
// noun the clause hangs on, as a statement of its own beside the words
// around it. The pronoun must be the speaker's: no other party may be
// named in the content before it. Failing that, a watched party's own
// reaction in such a clause, read to the sentence's end, gets its frame
// (namedRelative: "the Water Treaty, which Osk has condemned as a trap").
func (a *analysis) ownNamingFrame(f frame) (frame, bool) {
	if f.reaction || f.cueTok < 0 || len(f.content) == 0 {
		return frame{}, false
	}
	if len(a.relativeCommas()) == 0 {
		return frame{}, false
	}
	for _, sp := range f.content {
		s, e := sp[0], sp[1]
		for p := range a.relativeCommasIn(s, e, 4) {
			if !thirdPronoun(a.toks[p+2].norm) || !namingVerbs.holds(a.toks[p+3].lex) {
				continue
			}
			if a.otherPartyIn(a.phraseActors(f.spk0, f.spk1), s, p) {
				return frame{}, false
			}
			return a.pronounNamingFrame(f, p, s, e)
		}
	}
	// Another party's reaction: the nested clause's subject cut the
	// content at the relative word, so read on to the sentence's end.
	s, e := f.content[0][0], int(a.sents[f.sent].t1)
	for p := range a.relativeCommasIn(s, e, 3) {
		if g, ok := a.namedRelative(f, p, s, e); ok {
			return g, true
		}
	}
	return frame{}, false
}

// personalVerdictFrame splits off a person's verdict after a clause
// that cut the content at a named party that is no person: "Osk said
// there could be no talks while Sylvania pressed ahead with its dam,
// which she described as a provocation" — "she" is not Sylvania, so the
// verdict on the dam is the speaker's.
func (a *analysis) personalVerdictFrame(f frame, c1 int) (frame, bool) {
	if f.reaction || f.kind != frameSubject || f.cueTok < 0 || len(f.content) == 0 {
		return frame{}, false
	}
	e := f.content[len(f.content)-1][1]
	if e >= c1 {
		return frame{}, false
	}
	mi := a.mentAt[e]
	if mi < 0 || a.personMention(mi) || a.phrasePerson(f.spk0, f.spk1) != personYes {
		return frame{}, false
	}
	for p := range a.relativeCommasIn(e, c1, 4) {
		if pr := a.toks[p+2].norm; a.toks[p+1].norm != "which" || pr != "he" && pr != "she" || !namingVerbs.holds(a.toks[p+3].lex) {
			return frame{}, false
		}
		return a.pronounNamingFrame(f, p, e, c1)
	}
	return frame{}, false
}

// pronounNamingFrame makes f's speaker the one who names the antecedent
// of the relative comma at p (", which he called …"): the naming verb's
// cue, over the antecedent (from no earlier than s) and what it is
// called, up to the next comma before e.
func (a *analysis) pronounNamingFrame(f frame, p, s, e int) (frame, bool) {
	c, _, ok := a.cueAt(p+3, e)
	if !ok {
		return frame{}, false
	}
	n0 := a.relativeAntecedent(p, s)
	end := a.nextComma(p+4, e)
	if n0 >= p || end <= p+4 {
		return frame{}, false
	}
	g := f
	g.cueTok, g.cue, g.negated = p+3, c, false
	g.content = [][2]int{{n0, p}, {p + 4, end}}
	g.relEnd, g.ant0, g.ant1, g.echo = 0, 0, 0, 0
	return g, true
}

// relativeCommasIn yields the relative commas p of the document, outside
// quotes, with after < p and room tokens left before end.
func (a *analysis) relativeCommasIn(after, end, room int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for _, p32 := range a.relativeCommas() {
			p := int(p32)
			switch {
			case p <= after:
				continue
			case p+room >= end:
				return
			case a.inQuote(p):
				continue
			}
			if !yield(p) {
				return
			}
		}
	}
}

// relativeCommas returns the document's commas followed by "which" or
// "whom", in order (cached in a.relCommas).
func (a *analysis) relativeCommas() []int32 {
	if !a.relCommasDone {
		a.relCommasDone = true
		for p := 0; p+1 < len(a.toks); p++ {
			if a.toks[p].norm == "," && (a.toks[p+1].norm == "which" || a.toks[p+1].norm == "whom") {
				a.relCommas = append(a.relCommas, int32(p))
			}
		}
	}
	return a.relCommas
}

// otherPartyIn reports a watched actor in [t0, t1) other than the
// speaker's (a pronoun after it might stand for that party).
func (a *analysis) otherPartyIn(spk []news.ActorID, t0, t1 int) bool {
	for j := t0; j < t1; j++ {
		mi := a.mentAt[j]
		if mi < 0 {
			continue
		}
		m := a.ments[mi]
		j = m.t1 - 1
		for _, act := range m.actors {
			if !containsActor(spk, act) {
				return true
			}
		}
	}
	return false
}

// namedRelative reads, at the comma p inside f's content [s, e), a
// watched party's own reaction in a relative clause: "Firefly said the
// Water Treaty, which Osk has condemned as a trap, would be signed" —
// the clause's subject gets a frame of its own, its verb (a naming verb
// or a reaction in the past) passed on the noun phrase before the comma.
func (a *analysis) namedRelative(f frame, p, s, e int) (frame, bool) {
	mi := a.mentAt[p+2]
	if mi < 0 {
		return frame{}, false
	}
	m := a.ments[mi]
	if len(m.actors) == 0 || len(m.topics) > 0 || m.t1 >= e {
		return frame{}, false
	}
	k := m.t1
	for n := 0; k < e && n < 2 && (finiteAux.holds(a.toks[k].lex) || a.filler(k)); n++ {
		k++
	}
	if k >= e || a.toks[k].kind != tokWord {
		return frame{}, false
	}
	c, last, ok := a.cueAt(k, e)
	if !ok {
		return frame{}, false
	}
	if !namingVerbs.holds(a.toks[k].lex) && (c.pol == polNeutral || !strings.HasSuffix(a.toks[k].norm, "ed")) {
		return frame{}, false
	}
	n0 := a.relativeAntecedent(p, s)
	end := a.nextComma(last+1, e)
	if n0 >= p || namingVerbs.holds(a.toks[k].lex) && end <= last+1 {
		return frame{}, false
	}
	g := f
	g.kind, g.cueTok, g.cue, g.negated = frameSubject, k, c, false
	g.spk0, g.spk1 = m.t0, m.t1
	g.speakerName, g.actors, g.how, g.pronounOrRole, g.titled = "", nil, howNone, false, false
	g.content = [][2]int{{n0, p}}
	if end > last+1 {
		g.content = append(g.content, [2]int{last + 1, end})
	}
	g.relEnd, g.ant0, g.ant1, g.echo = 0, 0, 0, 0
	return g, true
}

// hasCueFrame reports a frame of sentence si on the cue token k.
func (a *analysis) hasCueFrame(si, k int) bool {
	for i := len(a.frames) - 1; i >= 0 && a.frames[i].sent == si; i-- {
		if a.frames[i].cueTok == k {
			return true
		}
	}
	return false
}

// announcingCue is the cue of what a speech act announces: the speaker
// puts the measure in force, so it backs it.
var announcingCue = cue{lemma: "announce", pol: polSupport}

// announcingFrame reads what the speaker's words were the occasion of:
// "…," X said in a statement announcing the measures", "X said in
// announcing the duties": the object of "announcing" or "unveiling",
// up to the next comma, is the speaker's own measure, which it backs.
func (a *analysis) announcingFrame(f frame) (frame, bool) {
	if f.reaction || f.cueTok < 0 || f.cue.pol != polNeutral {
		return frame{}, false
	}
	end := int(a.sents[f.sent].t1)
	k := f.cueTok + 1
	if k+2 >= end {
		return frame{}, false
	}
	t := a.toks[k].norm
	if t != "in" && t != "when" && t != "while" {
		return frame{}, false
	}
	k++
	if t == "in" && !announcingForms.holds(a.toks[k].lex) {
		// "in a statement announcing", "in its statement announcing".
		if d := a.toks[k].norm; d != "a" && d != "an" && d != "the" && !ownDeterminers.words[d] {
			return frame{}, false
		}
		if k+1 < end && !statementNouns.holds(a.toks[k+1].lex) && k+2 < end && statementNouns.holds(a.toks[k+2].lex) {
			k++ // "a joint statement"
		}
		if k+1 >= end || !statementNouns.holds(a.toks[k+1].lex) {
			return frame{}, false
		}
		k += 2
	}
	if k+1 >= end || a.inQuote(k) || !announcingForms.holds(a.toks[k].lex) {
		return frame{}, false
	}
	stop := a.nextComma(k+1, end)
	if stop <= k+1 {
		return frame{}, false
	}
	g := f
	g.kind = frameSubject
	g.cueTok, g.cue, g.negated = k, announcingCue, false
	g.content = [][2]int{{k + 1, stop}}
	g.relEnd, g.ant0, g.ant1, g.echo, g.act = 0, 0, 0, 0, 0
	return g, true
}

// speechParticipleAfter finds, after an inverted speaker ending at from
// (", said Osk, the envoy, adding that …"), a comma and a participle of
// saying within the next dozen words, with no other verb before it; it
// returns the participle's position, or 0.
func (a *analysis) speechParticipleAfter(from, end int) int {
	for j := from; j+1 < end && j < from+14; j++ {
		t := a.toks[j]
		if t.norm != "," {
			if t.kind == tokPunct && t.norm != "-" && t.norm != "'" || finiteAux.holds(t.lex) || t.norm == "who" || t.norm == "which" {
				return 0
			}
			continue
		}
		if n := a.toks[j+1].norm; speechParticiples.words[n] {
			return j + 1
		}
	}
	return 0
}

// elidedSubject reports a cue at k coordinated after a comma with no
// subject of its own (", and said", ", but later added"), after a
// subordinate clause inside the first cue's content (from the cue at
// prev): "X said A while Y did B, and said C".
func (a *analysis) elidedSubject(prev, k int) bool {
	j := k - 1
	for j > prev && j > k-3 && a.toks[j].kind == tokWord && !a.toks[j].cap && (strings.HasSuffix(a.toks[j].norm, "ly") || a.toks[j].norm == "also") {
		j--
	}
	if j-1 <= prev || a.toks[j].norm != "and" && a.toks[j].norm != "but" || a.toks[j-1].norm != "," {
		return false
	}
	for i := prev + 1; i < j-1; i++ {
		switch a.toks[i].norm {
		case "while", "as", "because", "although", "though", "whereas", "since", "until", "unless", "if", "when":
			return !a.inQuote(i)
		}
	}
	return false
}

// coordinatedSpeaker finds, after the content of a first cue at prev, a
// comma and "and" or "but" opening a name phrase that ends at the cue k,
// after a subordinate clause: "X said A while Y did B, and Z said C".
// It returns the name phrase's start, or 0.
func (a *analysis) coordinatedSpeaker(prev, k int) int {
	j := -1
	for i := k - 1; i > prev+1 && i > k-8; i-- {
		if n := a.toks[i].norm; (n == "and" || n == "but") && a.toks[i-1].norm == "," {
			j = i
			break
		}
		if a.toks[i].kind != tokWord && a.toks[i].kind != tokPoss {
			return 0
		}
	}
	if j < 0 || j+1 >= k || !a.namePhrase(j+1, k) {
		return 0
	}
	if !a.elidedSubject(prev, j+1) {
		// the same test of a subordinate clause before the comma
		return 0
	}
	return j + 1
}
