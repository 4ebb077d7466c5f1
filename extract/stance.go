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
	// ante, for a referred topic, is the mention referred back to (-1
	// when it comes later or is unknown).
	ante int
	// contrast: the topic is the one of the clause this one answers
	// ("…, while Y said …"); it counts only with a stance.
	contrast bool
	// bag: the topic is named only in other words (bagTopic).
	bag bool
}

// frameTopics returns the topics named in a frame's content; when none is
// named, the topic a referring phrase ("the plan", "this move") points
// back to.
func (a *analysis) frameTopics(f *frame) []topicHit {
	hits := a.frameTopicsAny(f)
	out := hits[:0]
	for _, h := range hits {
		// A topic whose place or owner the report never names is
		// nothing a phrase here refers to; "the second phase of the
		// plan could not move forward unless X" sets terms for the
		// plan referred to (startHeldBack), no side taken.
		if !h.referred || !a.unanchored[h.topic] && !a.unowned[h.topic] && !a.startHeldBack(f, h.tok) {
			out = append(out, h)
		}
	}
	return out
}

func (a *analysis) frameTopicsAny(f *frame) []topicHit {
	var out []topicHit
	seen := map[news.TopicID]bool{}
	lim := a.ownSubjectClause(f)
	denied := -1 // the first topic named only as what another neglects
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
			if k >= lim {
				break
			}
			if f.reaction && (a.circumstance(k, rg[0]) || a.answered(k, rg[0])) {
				continue
			}
			if a.insideCondition(f, k) || a.startHeldBack(f, k) {
				// "requires guarantees as a condition for accepting any
				// deal", "the second phase cannot begin until X": the
				// deal is what the condition is for, not something the
				// speaker takes a side on.
				continue
			}
			if k < f.spk0 && a.frontedSetting(k, f.spk0) {
				// "Speaking on his way to Fredville, where he is due
				// to mark the Water Treaty, Firefly said …": the
				// place's occasion, not what is said.
				continue
			}
			if a.othersOwn(f, m) {
				// "Zenda and Sylvania agreed to a standstill" when the
				// watched standstill is Sylvania-Ruritania's: their own,
				// another one.
				continue
			}
			if a.commitmentDenied(f, k) || denied >= 0 && a.sameDeniedPhrase(denied, k) {
				// "citing Zendan's lack of serious commitment to a
				// peace process": a charge against another party, no
				// side taken on what it is charged with neglecting.
				if denied < 0 {
					denied = k
				}
				continue
			}
			if a.forItsOwnSake(m.t0, m.t1) || a.sakeRepeated(k) {
				// "no one wants talks for the sake of talks": empty
				// talks disowned, no side on the talks themselves.
				continue
			}
			if a.monitored(k, m.t1) {
				// "the committee that monitors the truce": what someone
				// watches over, no side taken.
				continue
			}
			if a.subjectRelative(rg, k) {
				// "said his country, which has poured money into coastal
				// surveillance after a row over Fredland, would spend
				// more": what the relative clause tells of the
				// subject, not what is said of it.
				continue
			}
			if len(out) > 0 && a.describingRelative(out[len(out)-1].tok, k) {
				// "backed the Water Treaty, the accord that ended the
				// dispute over the dam project": what the relative
				// clause tells of the topic named, no side on its own.
				continue
			}
			for _, tp := range m.topics {
				if !seen[tp] {
					seen[tp] = true
					out = append(out, topicHit{topic: tp, tok: k, ante: -1})
				} else if i := a.laterDemanded(f, out, tp, k); i >= 0 {
					out[i].tok = k
				}
			}
		}
	}
	if len(out) > 0 || denied >= 0 {
		// "called the decision irresponsible, and said it was ready to
		// talk about X": a referring phrase before the first named
		// topic points back on its own; so it does before a topic named
		// only in a charge ("said the measures were needed because of
		// Zenda's lack of commitment to the talks").
		first := denied
		if len(out) > 0 && (first < 0 || out[0].tok < first) {
			first = out[0].tok
		}
		if h, ok := a.referredBefore(f, first); ok && !seen[h.topic] {
			seen[h.topic] = true
			out = append(out, h)
		}
		if len(out) > 0 {
			return a.moreReferred(f, out, seen)
		}
	}
	if h, ok := a.placeTopicDefended(f); ok {
		// "said the territory was not for sale" in a report on a bid
		// for the place.
		return []topicHit{h}
	}
	for _, rg := range f.content {
		for k := rg[0]; k < rg[1] && k < lim; k++ {
			if !a.bareObjectOfCue(k, rg[0]) || a.forItsOwnSake(k, k+1) {
				continue
			}
			// A bare plural head of a topic, object of a verb that
			// takes a side: "had always opposed unilateral sanctions"
			// in a report on one sanctions topic. It goes before a
			// phrase that only refers back ("asked about the
			// measures, … said it opposed unilateral sanctions").
			if tp, ante, ok := a.referent(f.sent, k, a.toks[k].norm, false, false); ok && (ante >= 0 || containsTopic(a.titleTopics, tp)) {
				return []topicHit{{topic: tp, tok: k, referred: true, ante: ante}}
			}
		}
	}
	skip := 0
	for _, rg := range f.content {
		for k := rg[0]; k < rg[1] && k < lim; k++ {
			if k < skip {
				continue
			}
			t := a.toks[k]
			demonstrative := t.norm == "this" || t.norm == "these" || t.norm == "such" || t.norm == "those"
			indefinite := t.norm == "a" || t.norm == "an" || t.norm == "any"
			if t.kind != tokPoss && !indefinite && !referringDeterminers.holds(t.lex) {
				continue
			}
			if indefinite && k+1 < rg[1] && a.toks[k+1].norm == "such" {
				continue // "any such step": read from "such"
			}
			if t.norm == "that" && k+2 < rg[1] && (a.toks[k+1].norm == "a" || a.toks[k+1].norm == "an" || a.toks[k+1].norm == "any" && a.obligedAfter(k+2, rg[1])) {
				// "said that an agreement could still be signed",
				// "insisted that any agreement must …": "that" opens the
				// clause and the article after it is the phrase's own,
				// read from the article (a new one; terms set for
				// whichever comes). "that any move to recognise X would
				// be …" still refers back.
				continue
			}
			if t.norm == "such" && k+1 < rg[1] && a.toks[k+1].norm == "as" {
				continue // "weapons such as Longbows": examples, no determiner
			}
			if t.norm == "that" && k == rg[0]+1 && k+1 < rg[1] && a.toks[k+1].cap && !a.toks[rg[0]].cap && !referringDeterminers.holds(a.toks[rg[0]].lex) {
				// "said later that Freedonian policy had not changed":
				// after an adverb and before a name, "that" opens the
				// clause; it is no determiner. ("said separately that
				// borders must …" keeps its bare head.)
				continue
			}
			if k > 1 && a.toks[k-1].norm == "to" && a.toks[k-2].norm == "according" {
				continue // "handled according to the rules": no topic
			}
			if k+1 < rg[1] && a.toks[k+1].norm == "own" {
				continue // "its own railway network": the speaker's, not a topic
			}
			if indefinite && a.predicateAfterJudgement(k) {
				continue // "calling the arrangement a great deal": a verdict, no topic
			}
			if k > rg[0] && timePrepositions.holds(a.toks[k-1].lex) {
				continue // "told reporters after the summit": when, not what
			}
			if a.toldAudience(f, k) || a.asClauseSubject(k) {
				// "told the meeting that …": whom, not what; "…, as the
				// summit broke up": when.
				continue
			}
			if demonstrative && t.norm != "such" && k+1 < rg[1] && calendarNouns.holds(a.toks[k+1].lex) && !a.cueAdverbial(k, rg[0]) {
				// "accused X of stirring unrest before elections due
				// later this year": when, not what.
				continue
			}
			if t.kind == tokPoss && k+1 < rg[1] && a.genericPlural(a.toks[k+1].norm) {
				// "Argentina's reforms": its policies at large, not a
				// topic named before.
				continue
			}
			// The determiner, up to two modifiers, then the noun; a
			// hyphenated modifier counts as one ("a 30-day truce").
			j0 := k + 1
			if t.norm == "such" && j0 < rg[1] && (a.toks[j0].norm == "a" || a.toks[j0].norm == "an") {
				// "such a move": the article is no noun; the phrase
				// starts after it.
				j0++
			}
			quoted := false
			for j, lim := j0, j0+2; j < rg[1] && j <= lim; j++ {
				n := a.toks[j]
				if j == j0 && j > k && a.toks[k].kind == tokPoss && n.norm == "\"" && j+1 < rg[1] && a.toks[j+1].kind == tokWord {
					// "X's \"aggressive military activities\"": the
					// quoted phrase is the possessed one, read for the
					// exercises said in other words only (below).
					quoted = true
					lim++
					continue
				}
				if n.kind != tokWord && n.norm != "-" {
					break
				}
				if n.norm == "-" {
					lim += 2
				}
				if n.kind != tokWord || a.mentAt[j] >= 0 {
					continue
				}
				if t.norm == "that" && j == j0+1 && !n.cap && modals.holds(n.lex) && subjectPronouns.holds(a.toks[j0].lex) {
					// "that it would vote against …": "that" before a
					// pronoun opens a clause, and the word after the
					// modal is its verb, no noun referring back.
					break
				}
				if (t.norm == "his" || t.norm == "her" || t.norm == "our") && ownBodies.holds(n.lex) {
					// "said his government would …": the speaker's own
					// ("their government" may be the rival's).
					break
				}
				if yearWord(n.norm) || distinctWords.holds(n.lex) || a.modifiesBody(j) || j > j0 && (n.norm == "a" || n.norm == "an") {
					// "the 2003 deal with Y", "a separate meeting":
					// another one; "the foreign policy committee": a body
					// the noun only modifies; "calling the exercise a
					// plan to …": another phrase, read from its own
					// article.
					break
				}
				if n.cap && !a.demonymBefore(j) {
					break // part of a name: "the Law of the Sea"
				}
				if n.norm == "right" && j+1 < len(a.toks) && (a.toks[j+1].norm == "now" || a.toks[j+1].norm == "away") {
					break // "not the case right now": an adverb, no right named
				}
				if n.cap {
					continue // "the European operation"
				}
				if a.insideCondition(f, j) {
					break // "if the war was not settled", "regardless of the talks"
				}
				if a.monitored(j, j+1) {
					break // "a ceasefire monitoring mission"
				}
				possessor := j+1 < rg[1] && a.toks[j+1].kind == tokPoss
				// "this war", "this crisis": the strife itself, not
				// whatever topic came last; only a topic headed by the
				// word.
				generic := (referringNouns.holds(n.lex) || undoNouns.holds(n.lex)) || demonstrative && !strifeNouns.holds(n.lex)
				if generic && a.specifiedByOf(j, rg[1]) {
					// "the outcome of the talks": its complement says
					// what it is, and that is no topic; only a head noun
					// of a topic ("the expansion of the alliance") still
					// refers back.
					if tp, ante, ok := a.referent(f.sent, k, n.norm, false, false); ok && ante >= 0 {
						return []topicHit{{topic: tp, tok: j, referred: true, ante: ante}}
					}
					skip = j + 5
					break
				}
				if generic && eventActs.holds(n.lex) && a.spelledOutByInfinitive(j, rg[1]) {
					// "backed the decision by X and Y to restore the
					// sanctions": the infinitive says what the act is,
					// and the topic it names is found on its own, not
					// whatever was named last.
					break
				}
				if generic && documentNounsOrActs(n.norm) && a.spelledOutByRelative(j, rg[1]) {
					// "accepted the proposal, which envisages a 30-day
					// truce": its own clause says what it holds, and the
					// topic named there is found on its own, not
					// whatever was named last.
					break
				}
				if indefinite && possessor {
					break
				}
				if t.norm == "any" && a.obligedAfter(j, rg[1]) {
					// "any agreement must see the depots dismantled",
					// "any deal had to come with guarantees": terms set
					// for whatever deal comes, no side taken on one.
					break
				}
				if indefinite && a.specifiedAfter(j, rg[1]) {
					// "until a deal was reached for the purchase of the
					// island": a new one, spelled out, not one named
					// before.
					break
				}
				if indefinite {
					// "a plan" introduces something new, unless its noun
					// heads a topic named before.
					generic = false
					if tp, ok := a.namedInPieces(a.r.headTopics(n.norm), n.norm); ok {
						// "a 30-day ceasefire" in a report that names
						// the place of "ceasefire in X".
						seen[tp] = true
						return a.moreReferred(f, []topicHit{{topic: tp, tok: j, referred: true, ante: -1}}, seen)
					}
				}
				// "would not withdraw its forces", "said its forces had
				// begun moving to the new deployment lines", "the armed
				// forces had been deployed across the country": its own
				// army, never foreign troops, named before or spelled
				// out after.
				ownTroops := troopHeads.holds(n.lex) && (ownDeterminers.holds(t.lex) || j > j0 && a.toks[j-1].norm == "armed")
				if stop := a.participleComplement(j, rg[1]); stop > j && !indefinite {
					if tp, ok := a.describedAlias(n.norm, j, stop); ok && !(ownTroops && a.r.foreignTroops[tp]) {
						// "the agreement signed in Strelsau" for a
						// topic known as "Strelsau agreement", though
						// another agreement was named last.
						seen[tp] = true
						return a.moreReferred(f, []topicHit{{topic: tp, tok: j, referred: true, ante: -1}}, seen)
					}
				}
				if t.norm == "such" && eventActs.holds(n.lex) {
					// "warned that they could trigger the return of
					// sanctions. X said such a step would be a mistake":
					// such an act is the one just named, done or not,
					// in this sentence or the one before.
					tp, ante, ok := a.lastMention(f.sent-1, k, func(m mention) (news.TopicID, bool) {
						// An act a verb of action aims at ("could impose
						// tariffs if the talks failed"), asked for or not.
						if _, acted := a.actVerbBefore(m.t0); acted && len(m.topics) > 0 {
							return m.topics[0], true
						}
						if m.para && len(m.topics) > 0 && m.t0 > 0 && a.toks[m.t0-1].norm == "to" {
							// "could move to restore the sanctions" (a
							// paraphrase opening with its verb): the act
							// itself is named.
							return m.topics[0], true
						}
						return "", false
					})
					if !ok {
						tp, ante, ok = a.antecedent(f.sent, k, nil)
					}
					if ok && ante >= 0 && int(a.sentOf[ante]) >= f.sent-1 && !a.unanchored[tp] && !a.unowned[tp] {
						seen[tp] = true
						return a.moreReferred(f, []topicHit{{topic: tp, tok: j, referred: true, ante: ante}}, seen)
					}
				}
				if t.norm == "the" && j == j0 && strifeNouns.holds(n.lex) && a.strifeOver(j+1, rg[1]) && (k == 0 || !overConjunctions.holds(a.toks[k-1].lex)) {
					// "guarantees that the war had ended for good", "the
					// fighting is over": the truce named before holds;
					// not a time or a condition ("until the fighting was
					// over").
					for _, head := range truceHeads {
						if tp, ante, ok := a.referent(f.sent, k, head, false, false); ok && ante >= 0 {
							seen[tp] = true
							return a.moreReferred(f, []topicHit{{topic: tp, tok: j, referred: true, ante: ante}}, seen)
						}
					}
				}
				if t.kind == tokPoss && k > 0 && datedTalkNouns.holds(n.lex) && weekdays.holds(a.toks[k-1].lex) && (j+1 >= rg[1] || a.toks[j+1].norm != "of") {
					// "described Saturday's meeting as constructive",
					// "Sunday's round": a session dated by its day is
					// one of the talks named before, not another body's
					// meeting.
					if tp, ante, ok := a.referent(f.sent, k, "talks", false, false); ok && ante >= 0 {
						seen[tp] = true
						return a.moreReferred(f, []topicHit{{topic: tp, tok: j, referred: true, ante: ante}}, seen)
					}
				}
				if j > j0 && militaryDoingNouns.holds(n.lex) && a.toks[j-1].norm == "military" {
					// "urged Zenda to stop its military pressure on
					// Ruritania", "Zenda's aggressive military
					// activities": the exercises named before, when the
					// watchlist knows a topic of exercises; no other
					// topic named last.
					if tp, ante, ok := a.exerciseReferent(f.sent, k); ok {
						seen[tp] = true
						return a.moreReferred(f, []topicHit{{topic: tp, tok: j, referred: true, ante: ante}}, seen)
					}
					break
				}
				if quoted {
					continue
				}
				tp, ante, ok := a.referent(f.sent, k, n.norm, generic, possessor)
				if ok && generic && t.kind == tokPoss {
					if tp2, ante2, ok2 := a.possessorsOwn(k, tp); ok2 {
						// "called Zenda's move aggressive" after a
						// Sylvanian rule was cited: the possessor's own act,
						// named before or in the headline.
						tp, ante = tp2, ante2
					}
				}
				if generic && eventActs.holds(n.lex) && t.kind != tokPoss && !indefinite && j > k+1 {
					if acts := a.actorModifier(k, j); len(acts) > 0 && (!ok || !a.doneByActors(tp, acts)) {
						if tp2, ante2, ok2 := a.actorsAct(f.sent, k, acts); ok2 {
							// "asked about the Zendan move" after another
							// topic was named: the act Zenda does, named
							// before.
							tp, ante, ok = tp2, ante2, true
						}
					}
				}
				if ok && generic && !indefinite && t.norm != "such" && eventActs.holds(n.lex) && a.doneBySpeaker(f, tp) {
					if tp2, ante2, ok2 := a.actAimedAtSpeaker(f, k); ok2 && tp2 != tp {
						// "Y called the move unfriendly" after "X
						// closed its border crossings with Y", with
						// Y's own drills named since: not its own act,
						// the one aimed at it.
						tp, ante = tp2, ante2
					}
				}
				if ok && (!indefinite || ante >= 0 || a.useOfForce(k)) {
					// "an act of armed aggression against a sovereign
					// state" names the headline's act of force anew.
					if ownTroops && a.r.foreignTroops[tp] {
						break
					}
					// "would not accept an association that …" after
					// "association of X" was named.
					seen[tp] = true
					out := a.moreReferred(f, []topicHit{{topic: tp, tok: j, referred: true, ante: ante}}, seen)
					if len(out) > 1 && generic && !a.topicHeaded(tp, n.norm) {
						// "rejected the process, … saying it would not
						// recognise the restored measures": a generic
						// word that fell back on whatever was named last
						// yields to the topic the sentence spells out.
						out = out[1:]
					}
					return out
				}
				if tp, ok := a.describedAlias(n.norm, j, rg[1]); ok && !(ownTroops && a.r.foreignTroops[tp]) {
					// "a deal giving Ethiopia access to the sea" for a
					// topic known as "sea access deal".
					seen[tp] = true
					return a.moreReferred(f, []topicHit{{topic: tp, tok: j, referred: true, ante: -1}}, seen)
				}
			}
		}
	}
	if h, ok := a.calledObject(f, lim); ok {
		return []topicHit{h}
	}
	if h, ok := a.contrastTopic(f); ok {
		return []topicHit{h}
	}
	if h, ok := a.itFromSpeakerClause(f); ok {
		return []topicHit{h}
	}
	for _, rg := range f.content {
		for k := rg[0]; k < rg[1] && k < lim; k++ {
			// A bare head noun spelled out by its complement: "accept
			// military flights carrying deported migrants".
			t := a.toks[k]
			if t.kind != tokWord || t.cap || a.mentAt[k] >= 0 || len(t.norm) < 4 {
				continue
			}
			if tp, ok := a.describedAlias(t.norm, k, rg[1]); ok {
				if troopHeads.holds(t.lex) && k > rg[0] && (ownDeterminers.holds(a.toks[k-1].lex) || a.toks[k-1].norm == "armed") && a.r.foreignTroops[tp] {
					continue // "its forces", "the armed forces", spelled out or not: its own army
				}
				return []topicHit{{topic: tp, tok: k, referred: true, ante: -1}}
			}
			if a.talksLead && talkHeads.holds(t.lex) && a.heldTalks(k, a.sents[f.sent].t0) {
				// "the delegations had held detailed and productive
				// discussions": the story's talks, judged.
				if tp, ante, ok := a.referent(f.sent, k, t.norm, false, false); ok {
					return []topicHit{{topic: tp, tok: k, referred: true, ante: ante}}
				}
			}
			if a.talksLead && a.backToTalks(k) {
				// "urged both sides to return to the negotiating table",
				// "help bring X back to negotiations": the story's talks,
				// resumed.
				if tp, ante, ok := a.referent(f.sent, k, "negotiations", false, false); ok {
					return []topicHit{{topic: tp, tok: k, referred: true, ante: ante}}
				}
			}
			if k == rg[0] && len(a.r.headTopics(t.norm)) > 0 && k+1 < rg[1] && finiteAux.holds(a.toks[k+1].lex) {
				// A bare head noun of a topic named before, as the
				// subject: "said recognition was a matter of justice".
				if tp, ante, ok := a.referent(f.sent, k, t.norm, false, false); ok && ante >= 0 {
					return []topicHit{{topic: tp, tok: k, referred: true, ante: ante}}
				}
			}
		}
	}
	if h, ok := a.bagTopic(f); ok {
		return []topicHit{h}
	}
	return nil
}

// doneBySpeaker reports a topic whose name names the speaker's actor as
// doing it ("X-Y military exercises" when Y speaks).
func (a *analysis) doneBySpeaker(f *frame, tp news.TopicID) bool {
	return overlapActors(a.r.namedDoers[tp], f.actors)
}

// soleDoer reports a topic whose name names the speaker's actor as its
// only doer ("Freedonian ban on Y" when Freedonia speaks), not one of
// two ("X-Y talks").
func (a *analysis) soleDoer(f *frame, tp news.TopicID) bool {
	d := a.r.namedDoers[tp]
	if len(d) == 0 {
		return a.ownsTopic(f, tp)
	}
	for _, x := range d {
		if !overlapActors([]news.ActorID{x}, f.actors) {
			return false
		}
	}
	return true
}

// actAimedAtSpeaker returns the one topic, named in the sentence of k
// or the five before it and not only asked for, whose name aims its act
// at the speaker's actor ("Sanctions on Y" when Y speaks), with its
// latest mention: what a reaction's "the move" or "the decision" is.
func (a *analysis) actAimedAtSpeaker(f *frame, k int) (news.TopicID, int, bool) {
	if len(a.r.aimedAt) == 0 || len(f.actors) == 0 {
		return "", -1, false
	}
	var hit news.TopicID
	ante, clash := -1, false
	a.lastMention(f.sent-5, k, func(m mention) (news.TopicID, bool) {
		for _, tp := range m.topics {
			if !overlapActors(a.r.aimedAt[tp], f.actors) || a.askedFor(m.t0) || a.unanchored[tp] || a.unowned[tp] {
				continue
			}
			if hit != "" && hit != tp {
				clash = true
				return "", true // two such acts: none is "the move"
			}
			if hit == "" {
				hit, ante = tp, m.t0
			}
		}
		return "", false
	})
	if clash {
		return "", -1, false
	}
	return hit, ante, hit != ""
}

// participleComplement returns the end of a past participle's phrase
// right after the noun at j, up to five words on ("the agreement signed
// in Strelsau", "the deal brokered by Y"), or j when there is none.
func (a *analysis) participleComplement(j, end int) int {
	p := j + 1
	if p >= end || a.toks[p].kind != tokWord || !strings.HasSuffix(a.toks[p].norm, "ed") || len(a.toks[p].norm) < 5 {
		return j
	}
	if q := p + 1; q >= end || !objectPrepositions.holds(a.toks[q].lex) {
		return j // "the agreement needed ratifying": a verb, not a complement
	}
	stop := p + 1
	for stop < end && stop <= p+5 && a.toks[stop].kind == tokWord && !finiteAux.holds(a.toks[stop].lex) && a.toks[stop].norm != "and" && a.toks[stop].norm != "that" {
		stop++
	}
	return stop
}

// forItsOwnSake reports a phrase [t0, t1) followed by "for the sake of"
// and the same phrase or its head: "negotiations for the sake of
// negotiations" disowns an empty form of the thing, not the thing.
func (a *analysis) forItsOwnSake(t0, t1 int) bool {
	k := t1 - 1
	if k+5 >= len(a.toks) || a.toks[k+1].norm != "for" || a.toks[k+2].norm != "the" || a.toks[k+3].norm != "sake" || a.toks[k+4].norm != "of" {
		return false
	}
	n := a.toks[k+5].norm
	return sameNoun(n, a.toks[k].norm) || n == a.toks[t0].norm || gerundOfNoun(n, a.toks[k].norm)
}

// gerundOfNoun reports g as the "-ing" form of the verb noun is made
// from: "talking" for "talks", "negotiating" for "negotiations" ("talks
// for the sake of talking").
func gerundOfNoun(g, noun string) bool {
	if len(g) < 7 || !strings.HasSuffix(g, "ing") {
		return false
	}
	return strings.HasPrefix(noun, g[:len(g)-3])
}

// sakeRepeated reports a phrase at k that repeats the one before "for
// the sake of": the second "negotiations" of "negotiations for the sake
// of negotiations".
func (a *analysis) sakeRepeated(k int) bool {
	if k < 5 || a.toks[k-1].norm != "of" {
		return false
	}
	t0 := k - 5
	if mi := a.mentAt[t0]; mi >= 0 {
		t0 = a.ments[mi].t0
	}
	return a.forItsOwnSake(t0, k-4)
}

// topicHeaded reports a topic with an alias headed by word (or a stem or a
// synonym of it): "the talks" for "nuclear talks".
func (a *analysis) topicHeaded(tp news.TopicID, word string) bool {
	if containsTopic(a.r.headTopics(word), tp) {
		return true
	}
	for _, st := range stems(word, nil) {
		if containsTopic(a.r.headTopics(st), tp) {
			return true
		}
	}
	for _, syn := range headSynonyms[word] {
		if containsTopic(a.r.headTopics(syn), tp) {
			return true
		}
	}
	return containsTopic(a.r.headTopics(word+"s"), tp) || containsTopic(a.r.headTopics(word+"es"), tp)
}

// backToTalks reports a bare head of talks at k ("negotiations",
// "dialogue", "the negotiating table") that something returns to: "return
// to the negotiating table", "bring X back to negotiations", "resume
// dialogue"; not talks whose subject follows ("return to talks on
// trade"); or a verb of talking someone is ready to do ("ready to talk
// to X").
func (a *analysis) backToTalks(k int) bool {
	n := a.toks[k].norm
	if (n == "talk" || n == "negotiate") && k >= 2 && a.toks[k-1].norm == "to" {
		// "remained ready to talk to X directly", "willing to
		// negotiate": the story's talks, offered.
		m := a.toks[k-2].norm
		return m == "ready" || m == "willing" || m == "prepared"
	}
	if !talkHeads.words[n] && n != "negotiating" || k < 2 {
		return false
	}
	if n == "negotiating" {
		if k+1 >= len(a.toks) || a.toks[k+1].norm != "table" {
			return false
		}
		k++
	}
	if a.talksOnSubject(k) || k+1 < len(a.toks) && a.toks[k+1].norm == "-" {
		return false
	}
	j := k - 1
	if a.toks[j].norm == "negotiating" {
		j--
	}
	if a.toks[j].norm == "the" {
		j--
	}
	if j < 1 {
		return false
	}
	switch a.toks[j].norm {
	case "resume", "resumes", "resumed", "resuming":
		return true
	case "to":
		m := a.toks[j-1].norm
		return m == "back" || m == "return" || m == "returns" || m == "returned" || m == "returning" || m == "come" || m == "go"
	}
	return false
}

// heldTalks reports a bare head of talks at k, the object of "hold"
// (at or after start) over at most five tokens of lower-case words,
// "and" and quotation marks: "had held \"detailed and productive\"
// discussions"; not talks whose subject follows ("held talks on trade").
func (a *analysis) heldTalks(k, start int) bool {
	if a.talksOnSubject(k) {
		return false
	}
	for j := k - 1; j >= start && j >= k-6; j-- {
		t := a.toks[j]
		switch {
		case t.norm == "held" || t.norm == "hold" || t.norm == "holds" || t.norm == "holding":
			return j < k-1 || a.toks[j+1].kind == tokWord
		case t.kind == tokWord && !t.cap && a.mentAt[j] < 0 && !npFunctionWords.holds(t.lex) || t.norm == "and":
		case t.kind == tokPunct && (t.norm == "\"" || t.norm == "“" || t.norm == "”"):
		default:
			return false
		}
	}
	return false
}

// passiveAgent reports a determiner at k that opens the agent of a
// passive participle: "the guarantees being prepared by the coalition".
func (a *analysis) passiveAgent(k int) bool {
	if k < 2 || a.toks[k-1].norm != "by" {
		return false
	}
	n := a.toks[k-2].norm
	return len(n) > 3 && (strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "en") || strings.HasSuffix(n, "wn")) || n == "led"
}

// monitored reports a phrase [k, end) that is what something watches
// over: "monitoring the ceasefire", "monitors the truce", "a ceasefire
// monitoring mission", "monitoring of the truce".
func (a *analysis) monitored(k, end int) bool {
	if end < len(a.toks) && a.sentOf[end] == a.sentOf[k] && strings.HasPrefix(a.toks[end].norm, "monitor") {
		return true
	}
	j := k - 1
	for j >= 0 && j >= k-3 && a.sentOf[j] == a.sentOf[k] {
		n := a.toks[j].norm
		if strings.HasPrefix(n, "monitor") {
			// "was closely monitoring the exercises": a speaker
			// watching, no mission that watches over it.
			return j == 0 || a.toks[j-1].norm != "closely"
		}
		if n != "the" && n != "a" && n != "an" && n != "of" && n != "its" && n != "their" {
			return false
		}
		j--
	}
	return false
}

// describingRelative reports a mention at k inside a relative clause
// that describes the topic named at h: ", which …" right after it, or an
// appositive ", the accord reached in May that …", with no punctuation
// from the relative word to k.
func (a *analysis) describingRelative(h, k int) bool {
	for j := k - 1; j > h; j-- {
		t := a.toks[j]
		if t.kind == tokPunct && t.norm != "-" {
			return false
		}
		if t.norm != "which" && t.norm != "that" {
			continue
		}
		if t.norm == "which" {
			return a.toks[j-1].norm == "," && j-1 > h
		}
		for c := j - 1; c > h; c-- {
			if a.toks[c].kind != tokPunct {
				continue
			}
			if a.toks[c].norm == "," && c+1 < j {
				n := a.toks[c+1].norm
				return n == "the" || n == "a" || n == "an"
			}
			return false
		}
		return false
	}
	return false
}

// subjectRelative reports a mention at k inside a ", which/who …,"
// clause on a noun that names no topic, closed by a comma that a verb
// of the content clause follows: the clause describes the subject of
// what is said ("said his country, which … over X, would spend").
func (a *analysis) subjectRelative(rg [2]int, k int) bool {
	open := -1
	for j := k - 1; j > rg[0]; j-- {
		t := a.toks[j]
		if t.kind == tokPunct && t.norm != "-" {
			return false
		}
		if t.norm == "which" || t.norm == "who" {
			open = j
			break
		}
	}
	if open < 0 || a.toks[open-1].norm != "," || open-2 < rg[0] {
		return false
	}
	if h := open - 2; a.mentAt[h] >= 0 || a.refAtTok(h) != "" || referringNouns.holds(a.toks[h].lex) || a.toks[h].cap {
		// A named subject ("the Harbour Board, which answers to the
		// Water Treaty's council, …") may be the topic's own body.
		return false
	}
	for j := k + 1; j+1 < rg[1]; j++ {
		t := a.toks[j]
		if t.kind != tokPunct || t.norm == "-" {
			continue
		}
		return t.norm == "," && subjectVerbs.holds(a.toks[j+1].lex)
	}
	return false
}

// bareObjectOfCue reports a plural head noun of a topic at k with no
// determiner, at most two lower-case modifiers before it, right after a
// verb that takes a side ("opposed unilateral sanctions").
func (a *analysis) bareObjectOfCue(k, c0 int) bool {
	w := a.toks[k].norm
	if !strings.HasSuffix(w, "s") || len(a.r.headTopics(w)) == 0 {
		return false
	}
	for j := k - 1; j >= c0 && j >= k-3; j-- {
		t := a.toks[j]
		if t.kind != tokWord || t.cap || a.mentAt[j] >= 0 {
			return false
		}
		if c, ok := a.r.cues[t.norm]; ok {
			return c.pol != polNeutral && c.particle == ""
		}
		if npFunctionWords.holds(t.lex) || referringDeterminers.holds(t.lex) || negators.holds(t.lex) {
			return false
		}
	}
	return false
}

// itFromSpeakerClause resolves a content that opens with "it" to the one
// topic named in the speaker's own relative clause: "X, who announced the
// deal, said it was designed to last".
func (a *analysis) itFromSpeakerClause(f *frame) (topicHit, bool) {
	if f.kind != frameSubject || len(f.content) == 0 || f.cueTok < 0 {
		return topicHit{}, false
	}
	c0 := f.content[len(f.content)-1][0]
	if c0 >= len(a.toks) || a.toks[c0].norm != "it" || c0+1 >= len(a.toks) || !finiteAux.holds(a.toks[c0+1].lex) && !a.finiteVerbForm(c0+1) {
		// "X, who floated the plan, said he was not considering it":
		// the speaker's own pronoun subject, "it" the last word of the
		// content, the object of its verb.
		var ok bool
		if c0, ok = a.closingIt(f); !ok {
			if c0, ok = a.openingObjectPronoun(f); !ok {
				return topicHit{}, false
			}
		}
	}
	// A pronoun "them" takes back a plural phrase only.
	plural := a.toks[c0].norm == "them"
	var hit topicHit
	found := false
	for j := f.spk0; j < f.cueTok; j++ {
		mi := a.mentAt[j]
		if mi < 0 {
			continue
		}
		m := a.ments[mi]
		j = m.t1 - 1
		if plural && !pluralWord(a.toks[m.t1-1].norm) {
			continue
		}
		for _, tp := range m.topics {
			if found && tp != hit.topic {
				return topicHit{}, false
			}
			hit, found = topicHit{topic: tp, tok: c0, referred: true, ante: m.t0}, true
		}
	}
	if !found {
		// A referring noun in the clause: "who announced the deal";
		// for "them", a plural head of a topic's alias too: "who came
		// hoping to secure the drones, said X needed them".
		for j := f.spk0; j+1 < f.cueTok; j++ {
			t, n := a.toks[j], a.toks[j+1].norm
			if t.norm != "the" && t.norm != "this" {
				continue
			}
			if referringNouns.words[n] {
				if tp, ante, ok := a.referent(f.sent, j, n, true, false); ok {
					return topicHit{topic: tp, tok: c0, referred: true, ante: ante}, true
				}
			} else if plural && pluralWord(n) && a.mentAt[j+1] < 0 && len(a.r.headTopics(n)) > 0 {
				if tp, ante, ok := a.referent(f.sent, j+1, n, false, false); ok && ante >= 0 {
					return topicHit{topic: tp, tok: c0, referred: true, ante: ante}, true
				}
			}
		}
	}
	return hit, found
}

// pluralWord reports a word with a plural ending: "missiles", not
// "process".
func pluralWord(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// openingObjectPronoun finds "it" or "them" as the object of the first
// verb of a content that opens on its subject, a name or a pronoun, with
// at most a modal or auxiliary before the verb: "X, who came hoping to
// secure the drones, said Ruritania needed them to …".
func (a *analysis) openingObjectPronoun(f *frame) (int, bool) {
	rg := f.content[len(f.content)-1]
	c0, end := rg[0], rg[1]
	if end > len(a.toks) || end-c0 < 3 {
		return 0, false
	}
	s := a.toks[c0]
	if s.kind != tokWord || !s.cap && !isSpeakerPronoun(s.norm) && s.norm != "we" && s.norm != "they" {
		return 0, false
	}
	k := c0 + 1
	if s.cap && a.mentAt[c0] >= 0 {
		k = int(a.ments[a.mentAt[c0]].t1)
	}
	if k < end && (modals.holds(a.toks[k].lex) || finiteAux.holds(a.toks[k].lex)) {
		k++
	}
	if k+1 >= end {
		return 0, false
	}
	v := a.toks[k]
	if v.kind != tokWord || v.cap || len(v.norm) < 4 || npFunctionWords.holds(v.lex) || negators.holds(v.lex) || a.mentAt[k] >= 0 {
		return 0, false
	}
	if p := a.toks[k+1]; p.norm != "it" && p.norm != "them" || p.cap {
		return 0, false
	}
	return k + 1, true
}

// closingIt finds "it" closing a content that opens with a speaker
// pronoun, right after a lower-case verb of the content's clause: "he
// was not really considering it.".
func (a *analysis) closingIt(f *frame) (int, bool) {
	rg := f.content[len(f.content)-1]
	c0, end := rg[0], rg[1]
	if end > len(a.toks) || end-c0 < 3 || !isSpeakerPronoun(a.toks[c0].norm) {
		return 0, false
	}
	k := end - 1
	if a.toks[k].kind == tokPunct {
		k--
	}
	if k <= c0+1 || a.toks[k].norm != "it" || a.toks[k].cap {
		return 0, false
	}
	if v := a.toks[k-1]; v.kind != tokWord || v.cap || npFunctionWords.holds(v.lex) || !strings.HasSuffix(v.norm, "ing") && !strings.HasSuffix(v.norm, "ed") {
		return 0, false
	}
	for j := c0 + 1; j < k-1; j++ {
		if t := a.toks[j]; t.kind == tokPunct && t.norm != `"` || relativeWords.holds(t.lex) || a.mentAt[j] >= 0 {
			return 0, false
		}
	}
	return k, true
}

// predicateAfterJudgement reports an indefinite at k that completes a
// verb of judgement and its object: "called it a great deal", "calling
// the arrangement a good step".
func (a *analysis) predicateAfterJudgement(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		t := a.toks[j]
		if t.kind == tokPunct {
			return false
		}
		if judgementParticiples.holds(t.lex) || judgementVerbs.holds(t.lex) {
			// "called for a roadmap": a demand, its object no
			// verdict on something named before it.
			return j < k-1 && a.toks[j+1].norm != "for"
		}
	}
	return false
}

// finiteVerbForm reports a lowercase word at k that reads as a verb in
// the past or present tense after a subject: "it protected", "it hurts".
func (a *analysis) finiteVerbForm(k int) bool {
	t := a.toks[k]
	if t.kind != tokWord || t.cap || len(t.norm) < 4 || npFunctionWords.holds(t.lex) {
		return false
	}
	return strings.HasSuffix(t.norm, "ed") || strings.HasSuffix(t.norm, "s") && !strings.HasSuffix(t.norm, "ss")
}

// cueAdverbial reports a phrase at k that opens the content at c0, with
// at most "earlier" or "later" before it: the time of the saying ("said
// this week that …", "said earlier this month that …"), not part of what
// was said.
func (a *analysis) cueAdverbial(k, c0 int) bool {
	if k == c0 {
		return true
	}
	return k == c0+1 && (a.toks[c0].norm == "earlier" || a.toks[c0].norm == "later")
}

// specifiedByOf reports a referring noun at j followed by "of" (or "on",
// "about", "over") and a phrase that names no topic ("the outcome of the
// talks", "decisions on its membership of the bloc"); "the decision on
// Monday" is a date, not what it is about.
func (a *analysis) specifiedByOf(j, end int) bool {
	if j+2 >= end {
		return false
	}
	switch a.toks[j+1].norm {
	case "of":
	case "on", "about", "over":
		if n := a.toks[j+2]; n.kind != tokWord || months.holds(n.lex) || weekdays.holds(n.lex) || n.norm[0] >= '0' && n.norm[0] <= '9' {
			return false
		}
	default:
		return false
	}
	for k := j + 2; k < end && k <= j+5; k++ {
		if mi := a.mentAt[k]; mi >= 0 && len(a.ments[mi].topics) > 0 {
			return false
		}
		if a.toks[k].kind == tokPunct {
			break
		}
	}
	return true
}

// spelledOutByInfinitive reports an act noun at j followed by the
// infinitive that says what the act is, after an agent or not: "the
// move to restore the sanctions", "the decision by X, Y and Z to end
// the talks". "the move to Osk" is no infinitive.
func (a *analysis) spelledOutByInfinitive(j, end int) bool {
	k := j + 1
	if k < end && a.toks[k].norm == "by" {
		// The agent: names, commas and "and", up to eight words.
		k++
		for stop := k + 8; k < end && k < stop && a.toks[k].norm != "to"; k++ {
			t := a.toks[k]
			if t.kind == tokPunct && t.norm != "," || t.kind == tokWord && !t.cap && t.norm != "and" && t.norm != "the" && t.kind != tokPoss {
				return false
			}
		}
	}
	if k+1 >= end || a.toks[k].norm != "to" {
		return false
	}
	v := a.toks[k+1]
	if v.kind != tokWord || v.cap || referringDeterminers.holds(v.lex) || v.norm == "a" || v.norm == "an" || a.mentAt[k+1] >= 0 || v.norm[0] >= '0' && v.norm[0] <= '9' {
		return false
	}
	// The verb's object names a topic, or a phrase that refers back to
	// one: "to restore the sanctions". "the move to open the seabed"
	// names none, and the move is still the act reported before.
	for i := k + 2; i < end && i <= k+6; i++ {
		t := a.toks[i]
		if t.kind == tokPunct || subordinators.holds(t.lex) || t.norm == "and" {
			break
		}
		if mi := a.mentAt[i]; mi >= 0 && len(a.ments[mi].topics) > 0 || a.refAtTok(i) != "" {
			return true
		}
		if i+1 < end && referringDeterminers.holds(t.lex) && a.toks[i+1].kind == tokWord && len(a.r.headTopics(a.toks[i+1].norm)) > 0 {
			return true // "the sanctions", a head of a topic
		}
	}
	return false
}

// spelledOutByRelative reports a head at j whose non-restrictive
// relative clause says what it holds, with a verb of content, and names
// a topic there: "the proposal, which envisages a 30-day truce", "the
// plan, which includes a ferry ban".
func (a *analysis) spelledOutByRelative(j, end int) bool {
	k := j + 1
	if k+2 >= end || a.toks[k].norm != "," || a.toks[k+1].norm != "which" {
		return false
	}
	k += 2
	if a.toks[k].norm == "would" || a.toks[k].norm == "will" {
		k++ // "which would include"
	}
	if k >= end || !contentVerbs.holds(a.toks[k].lex) {
		return false
	}
	for i := k + 1; i < end && i <= k+8; i++ {
		t := a.toks[i]
		if t.kind == tokPunct && t.norm != "-" || subordinators.holds(t.lex) {
			break
		}
		if mi := a.mentAt[i]; mi >= 0 && len(a.ments[mi].topics) > 0 {
			return true
		}
	}
	return false
}

// documentNounsOrActs are heads whose content a relative clause can
// spell out: a plan, a proposal, a deal.
func documentNounsOrActs(w string) bool {
	return referringNouns.words[w] && !strifeNouns.words[w]
}

// specifiedAfter reports an indefinite head at j spelled out by a
// "for" (or "on") complement of an act and its object, right after it or
// after a passive of making: "a deal for the purchase of the island",
// "until a deal was reached for the purchase of X", "unless a deal was
// reached on the purchase of the island", also when the act and its
// object are a topic's alias ("for the total purchase of Kelmar", found
// as itself); not a topic that is no act of something ("for the border
// talks"); a mere beneficiary ("a package for the country") is none.
func (a *analysis) specifiedAfter(j, end int) bool {
	k := j + 1
	for k < end && k <= j+3 && (finiteAux.holds(a.toks[k].lex) || a.toks[k].norm == "been") {
		k++
	}
	if k > j+1 {
		if k >= end || !madeParticiples.holds(a.toks[k].lex) {
			return false
		}
		k++
	}
	if k+2 >= end || a.toks[k].norm != "for" && a.toks[k].norm != "on" {
		// "for the purchase of X", "reached on the purchase of X"
		return false
	}
	if d := a.toks[k+1]; d.norm != "the" && d.norm != "a" && d.norm != "an" {
		return false
	}
	for i := k + 2; i < end && i <= k+9; i++ {
		if mi := a.mentAt[i]; mi >= 0 && len(a.ments[mi].topics) > 0 {
			// "for the complete purchase of X": the act spelled out is
			// a topic of its own, found as itself; "for the border
			// talks" names what the deal is, no act of its own.
			m := a.ments[mi]
			if m.t0 != i || a.toks[i].cap {
				return false
			}
			for x := m.t0 + 1; x < m.t1; x++ {
				if a.toks[x].norm == "of" {
					return true
				}
			}
			return false
		}
		if t := a.toks[i]; t.norm == "of" {
			return i > k+2 // "for the purchase of": what it is for
		} else if t.kind != tokWord && t.norm != `"` || t.cap {
			return false // "a package for the country", "for the Zendan people"
		}
	}
	return false
}

// modifiesBody reports a noun at j that only modifies the body or person
// named after it: "the foreign policy committee", "the sanctions
// team".
func (a *analysis) modifiesBody(j int) bool {
	if j+1 >= len(a.toks) {
		return false
	}
	n := a.toks[j+1]
	return n.kind == tokWord && !n.cap && bodyAfterNouns.holds(n.lex)
}

// referredBefore finds a generic referring phrase ("the decision", "the
// move") in the content before token end, in a clause of its own, and
// the topic it points back to.
func (a *analysis) referredBefore(f *frame, end int) (topicHit, bool) {
	for _, rg := range f.content {
		for k := rg[0]; k < rg[1] && k+1 < end; k++ {
			t := a.toks[k]
			if t.norm != "the" && t.norm != "this" && t.norm != "its" && t.norm != "their" {
				continue
			}
			nj := k + 1
			if mi := a.mentAt[nj]; mi >= 0 && len(a.ments[mi].topics) == 0 && len(a.ments[mi].actors) > 0 {
				// "welcomed the Zendan decision, …, and said X": an
				// actor's name before the noun.
				nj = a.ments[mi].t1
			} else if a.toks[nj].cap && a.demonymBefore(nj) {
				nj++
			}
			if nj >= end || nj >= rg[1] {
				continue
			}
			n := a.toks[nj]
			if n.kind != tokWord || n.cap || a.mentAt[nj] >= 0 || !(referringNouns.holds(n.lex) || undoNouns.holds(n.lex)) || a.sameClause(nj, end) && !a.justifiedAfter(f, nj) || a.toldAudience(f, k) || a.asClauseSubject(k) {
				continue
			}
			if a.specifiedByOf(nj, rg[1]) || a.insideCondition(f, nj) || documentNounsOrActs(n.norm) && a.spelledOutByRelative(nj, rg[1]) {
				// "accepted the proposal, which envisages a truce": the
				// truce it holds, named on its own.
				continue
			}
			tp, ante, ok := a.referent(f.sent, k, n.norm, true, false)
			if nj > k+1 && eventActs.holds(n.lex) {
				if acts := a.actorModifier(k, nj); len(acts) > 0 && (!ok || !a.doneByActors(tp, acts)) {
					if tp2, ante2, ok2 := a.actorsAct(f.sent, k, acts); ok2 {
						tp, ante, ok = tp2, ante2, true
					}
				}
			}
			if ok {
				return topicHit{topic: tp, tok: nj, referred: true, ante: ante}, true
			}
		}
	}
	return topicHit{}, false
}

// moreReferred adds, to the topics a frame names, another topic it refers
// back to by its head noun ("hailed the electoral agreement and the
// easing of sanctions" after "oil sanctions" was named), when an earlier
// mention of that topic is found.
func (a *analysis) moreReferred(f *frame, out []topicHit, seen map[news.TopicID]bool) []topicHit {
	for _, rg := range f.content {
		for k := rg[0]; k < rg[1]; k++ {
			if n := a.toks[k].norm; n != "the" && n != "a" && n != "an" && a.toks[k].kind != tokPoss || a.mentAt[k] >= 0 || a.passiveAgent(k) {
				// A possessive counts too: "believed Brandt's plan would
				// lead to peace because it insisted on X".
				continue
			}
			if a.toldAudience(f, k) || a.insideDescribing(out, k) || a.asClauseSubject(k) || a.reasonAfterHit(out, k) {
				// "told the meeting that X": whom it was said to;
				// "vowed to block X, which the plan mentions": what the
				// relative clause tells of X, no side on the plan; "said
				// the move had no force because they had broken their
				// commitments under the deal": the ground of the verdict
				// on the move, no side on the deal.
				continue
			}
			for j := k + 1; j < rg[1] && j <= k+3; j++ {
				n := a.toks[j]
				if n.kind != tokWord || n.cap || a.mentAt[j] >= 0 || yearWord(n.norm) || distinctWords.holds(n.lex) || a.modifiesBody(j) {
					// "the 2003 deal with Y": another, dated one; "a
					// separate meeting": another one too.
					break
				}
				if len(a.r.headTopics(n.norm)) == 0 && !a.synonymHeads(n.norm) {
					continue
				}
				if a.insideCondition(f, j) {
					break
				}
				if hitAt(out, j) {
					break // the phrase that gave a topic already
				}
				if a.toks[k].kind == tokPoss && !referringNouns.holds(n.lex) {
					// "the movement's weapons": what it owns, not a
					// topic's act.
					break
				}
				if a.toks[k].norm != "the" && a.toks[k].kind != tokPoss && a.specifiedAfter(j, rg[1]) {
					break // "a deal for the purchase of …": a new one
				}
				if documentNounsOrActs(n.norm) && a.spelledOutByRelative(j, rg[1]) {
					break // "the proposal, which envisages a truce": that one
				}
				if tp, ante, ok := a.referent(f.sent, k, n.norm, false, false); ok && ante >= 0 && !seen[tp] {
					seen[tp] = true
					out = append(out, topicHit{topic: tp, tok: j, referred: true, ante: ante})
				}
				break
			}
		}
	}
	return out
}

// reasonAfterHit reports token k inside a "because …" clause that
// follows a phrase that gave a topic: "said the step had no legal force
// because the two countries had failed to meet their commitments under
// the pact" gives the reason for what is said of the step.
func (a *analysis) reasonAfterHit(out []topicHit, k int) bool {
	for _, h := range out {
		if h.tok >= k || k-h.tok > 30 {
			continue
		}
		for j := k - 1; j > h.tok; j-- {
			if n := a.toks[j]; n.norm == "because" {
				return true
			} else if n.kind == tokPunct || n.norm == "and" || n.norm == "but" {
				// "because of X, and he has said Y would back Z": the
				// reason ended before Z.
				break
			}
		}
	}
	return false
}

// insideDescribing reports token k inside a ", which …" clause that
// describes a topic named before it ("X, which the plan mentions").
func (a *analysis) insideDescribing(out []topicHit, k int) bool {
	for _, h := range out {
		if h.referred || h.tok >= k || !a.describingRelative(h.tok, k) {
			continue
		}
		for j := k - 1; j > h.tok; j-- {
			if a.toks[j].norm == "which" {
				return true
			}
		}
	}
	return false
}

// toldAudience reports token k in the phrase naming whom a verb of
// telling addressed, between the cue and the "that" of its clause:
// "told the meeting that …", "assured the summit that …".
func (a *analysis) toldAudience(f *frame, k int) bool {
	if f.cueTok < 0 || !audienceCues.holds(a.toks[f.cueTok].lex) || k <= f.cueTok || k > f.cueTok+4 {
		return false
	}
	for j := f.cueTok + 1; j < len(a.toks) && j <= f.cueTok+6; j++ {
		t := a.toks[j]
		if t.norm == "that" {
			return j > k
		}
		if t.kind == tokPunct || t.cap && j > f.cueTok+1 {
			return false
		}
	}
	return false
}

// asClauseSubject reports a determiner at k opening the subject of a
// ", as …" clause ("…, as the summit broke up", "…, as the plan
// requires"): the clause sets the time or the frame of what is said,
// and a noun there refers to no topic the speaker takes up.
func (a *analysis) asClauseSubject(k int) bool {
	if a.toks[k].kind == tokPoss && k > 2 && a.toks[k-1].cap {
		k-- // "…, as Brandt's plan requires"
	}
	return k > 1 && a.toks[k-1].norm == "as" && a.toks[k-2].norm == ","
}

// hitAt reports a hit found at token j.
func hitAt(out []topicHit, j int) bool {
	for _, h := range out {
		if h.tok == j {
			return true
		}
	}
	return false
}

// contrastTopic gives a clause that answers another in its sentence
// ("…, drawing condemnation from X, while Y said Z had the right to
// defend itself") the one topic the sentence named before it.
func (a *analysis) contrastTopic(f *frame) (topicHit, bool) {
	if f.kind != frameSubject || f.spk0 <= a.sents[f.sent].t0 || !clauseBreakers.holds(a.toks[f.spk0-1].lex) {
		return topicHit{}, false
	}
	var hit topicHit
	found := false
	for j := f.spk0 - 1; j >= a.sents[f.sent].t0; j-- {
		mi := a.mentAt[j]
		if mi < 0 {
			continue
		}
		m := a.ments[mi]
		j = m.t0
		for _, tp := range m.topics {
			if found && tp != hit.topic {
				return topicHit{}, false
			}
			hit, found = topicHit{topic: tp, tok: f.spk0 - 1, referred: true, ante: m.t0, contrast: true}, true
		}
	}
	return hit, found
}

// referent resolves a referring word at token k: the most recent topic
// named in the last eight sentences whose aliases use the word as their
// head ("the tanker" → a topic with the alias "seized tanker") or, for a
// possessor ("the court's decision"), anywhere in them; failing that,
// the one topic with that head when the document names it later (a first
// mention by description). A generic referring noun ("the plan", "this move") falls
// back to the most recent topic nearby.
func (a *analysis) referent(si, k int, word string, generic, possessor bool) (news.TopicID, int, bool) {
	tp, ante, ok := a.referentAny(si, k, word, generic, possessor)
	if ok && (a.unanchored[tp] || a.unowned[tp]) {
		// A topic whose place or owner the report never names is not
		// what it refers to.
		return "", -1, false
	}
	return tp, ante, ok
}

func (a *analysis) referentAny(si, k int, word string, generic, possessor bool) (news.TopicID, int, bool) {
	if governingHeads.words[word] && (a.bareGoverning(k) || a.bareGoverning(k+1)) {
		// "said his government would seek to join X": a governing
		// body, no topic headed by the word ("rival government").
		return "", -1, false
	}
	if emptyHeads.words[word] {
		// "would not escalate the situation": a word that says
		// nothing of its own refers to no topic, though an alias ends
		// in it ("survival-threatening situation").
		return "", -1, false
	}
	if word == "attacks" || word == "sinkings" || word == "bombings" || word == "raid" || word == "raids" {
		// "the attacks", "the raid" for a topic known as "strikes on X":
		// only a topic with a word of attack in an alias, never
		// whatever came last. A topic headed by "attacks" is found as
		// any head is, but not as a generic word's fallback ("concerned
		// about the attacks" after "the enrichment site" was named,
		// where another topic is known as "attacks on tankers").
		if generic && len(a.r.headTopics(word)) > 0 {
			if tp, ante, ok := a.referentAny(si, k, word, false, possessor); ok {
				return tp, ante, true
			}
		}
		if len(a.r.headTopics(word)) == 0 || generic {
			return a.attackReferent(si, k)
		}
	}
	if word == "use" || word == "act" || word == "acts" {
		// "condemned the use of force against a sovereign state", "an
		// act of armed aggression against a sovereign state": an act of
		// armed force named before, none other.
		if len(a.r.forceTopics) == 0 || !a.useOfForce(k) {
			return "", -1, false
		}
		if tp, ante, ok := a.recentCandidate(si, k, word, a.r.forceTopics); ok {
			return tp, ante, true
		}
		if len(a.titleTopics) == 1 && containsTopic(a.r.forceTopics, a.titleTopics[0]) {
			return a.titleTopics[0], -1, true
		}
		return "", -1, false
	}
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
	for _, syn := range headSynonyms[word] {
		// "the discussions", "the dialogue" for a topic known as
		// "X talks".
		if len(cands) > 0 {
			break
		}
		cands = words[syn]
	}
	if len(cands) == 0 && !possessor {
		// "the fine" for a topic known as "fines under X".
		if cands = words[word+"s"]; len(cands) == 0 {
			cands = words[word+"es"]
		}
	}
	if len(cands) > 0 && a.freshHeadBefore(si, k, word, cands) {
		// "Zenda would face a 10% tariff from May … the tariffs would
		// go ahead": the nearest phrase the noun heads is a new one
		// that names no watched topic, not "tariffs on Sylvanian
		// goods" named before it.
		return "", -1, false
	}
	if tp, ante, ok := a.recentCandidate(si, k, word, cands); ok {
		return tp, ante, true
	}
	if generic && (word == "vote" || word == "votes") {
		if tp, ante, found := a.votedOn(si, k); found {
			// "the council voted to remove X from its list. Y said the
			// vote sent a signal": what was voted on, or nothing when
			// that names no topic.
			return tp, ante, tp != ""
		}
	}
	if generic {
		if tp, ante, ok := a.verbNominalised(si, k, word); ok {
			// "agreed to a truce …, seizing the city" … "the agreement":
			// what the verb the noun is made from was done to, before a
			// topic whose alias only shares the noun ("Strelsau
			// agreement" in a report where Strelsau speaks) or whatever
			// was named last.
			return tp, ante, true
		}
	}

	if tp, ok := a.oneTitleTopicIn(cands, word); ok && !possessor {
		// A head of the story's own topic, named in the headline, with
		// none of its topics named nearby: "the sanctions" in a report
		// headlined on one sanctions topic, "the exercises" in one
		// headlined on an arms sale and drills. No antecedent: an
		// indefinite "a summit" is not that topic.
		return tp, -1, true
	}
	if tp, ok := a.namedInPieces(cands, word); ok && !possessor {
		// "the fines" in a report on "the Harbour Act" for a
		// topic known as "fines under the Harbour Act".
		return tp, -1, true
	}
	if a.talksLead && !possessor && (talkHeads.words[word] || a.talksPart(k, word)) {
		// "the talks had been substantive" in a story on talks whose
		// watched topic the report never names: the one talks topic
		// whose alias's other words the report uses ("peace" for
		// "peace talks"), before whatever topic was named last.
		if tp, ante, ok := a.storyTalks(si, k); ok {
			return tp, ante, true
		}
	}
	if generic && (verdictNouns.words[word] || protestNouns.words[word] || critiqueNouns.words[word]) {
		// "welcomed the ruling" after "a ruling that found its
		// restrictions broke the agreement": the ruling is about the
		// topic, not the topic. So are someone's words: "was studying
		// the remarks", "had taken note of the comments" (a topic known
		// as someone's remarks is found as any head is, above).
		return "", -1, false
	}
	if generic && referringNouns.words[word] {
		// "the proposal" again, after another topic was named in
		// between: the same description keeps its referent.
		if tp, ante, ok := a.sameDescription(si, k, word); ok {
			return tp, ante, true
		}
	}
	if generic {
		if eventNouns.words[word] || undoNouns.words[word] {
			// "its decision", "the suspension": a topic something was
			// done to; else the story's own topic, named in the
			// headline and before in the text.
			if tp, ante, ok := a.actedOn(si, k); ok {
				return tp, ante, true
			}
			if len(a.titleTopics) == 1 && eventActs.words[word] {
				if ante, ok := a.mentionedBefore(a.titleTopics[0], k); ok {
					return a.titleTopics[0], ante, true
				}
				if word == "outcome" || word == "breakthrough" {
					// "welcomed the outcome" of the story's talks,
					// which the headline names in a word of its own.
					return a.titleTopics[0], -1, true
				}
			}
		}
		if documentNouns.words[word] {
			// "the text", "the draft": the latest topic that is a
			// document (a treaty, a plan), when one is near.
			if tp, ante, ok := a.documentBefore(si, k); ok {
				return tp, ante, true
			}
		}
		if word == "outcome" {
			// The outcome of the story's talks: its act or headline
			// only, never whatever was named last.
			return "", -1, false
		}
		var skip func(news.TopicID) bool
		if eventActs.words[word] {
			// "Hightown rejected the move" after "called on Ruritania to
			// withdraw its troops": a move is done, not asked for.
			skip = func(tp news.TopicID) bool {
				m0, ok := a.mentionedBefore(tp, k)
				return ok && a.askedFor(m0)
			}
		}
		if undertakingNouns.words[word] {
			// "the project would be carried out": a work, never a text
			// (a treaty named last).
			skip = func(tp news.TopicID) bool { return a.r.documentTopics[tp] }
		}
		if talkHeads.words[word] {
			// "said the talks had made progress" after "tariffs of 10%"
			// or "Sabre missiles" were named: talks are held, never
			// a penalty, an act of force or goods handed over, unless
			// the topic is itself known as talks.
			skip = func(tp news.TopicID) bool {
				return (a.r.penaltyTopics[tp] || a.r.transferTopics[tp] || containsTopic(a.r.forceTopics, tp)) && !a.topicHeaded(tp, word)
			}
		}
		if exerciseNouns.words[word] && len(cands) > 0 {
			// "condemned the exercises" where the watchlist knows
			// drills but none is named near: not the arms package
			// named last. A head of a watched kind of act refers to
			// that kind only.
			other := skip
			skip = func(tp news.TopicID) bool {
				return !containsTopic(cands, tp) || (other != nil && other(tp))
			}
		}
		if tp, ante, ok := a.antecedent(si, k, skip); ok && (!penaltyNouns.words[word] || a.r.penaltyTopics[tp]) {
			// "the restrictions" is a penalty: never a topic that is
			// not one (a peace plan named last).
			if word == "measures" && !a.r.penaltyTopics[tp] {
				// "the measures" after "lifted sanctions on X" and
				// then X's assets: the penalty, when the report named
				// one alone.
				if pen, pa, ok := a.onePenaltyBefore(si, k); ok {
					return pen, pa, true
				}
			}
			return tp, ante, true
		}
		if penaltyNouns.words[word] || word == "measures" {
			if pen, pa, ok := a.onePenaltyBefore(si, k); ok {
				// "said in announcing the measures" four paragraphs
				// after "imposed sanctions on X": the one penalty the
				// report has named.
				return pen, pa, true
			}
			// "welcomed the US measures" in a report headlined on one
			// sanctions topic, none named nearby: the headline's.
			var pen news.TopicID
			for _, tp := range a.titleTopics {
				if a.r.penaltyTopics[tp] {
					if pen != "" {
						pen = ""
						break
					}
					pen = tp
				}
			}
			if pen != "" {
				return pen, -1, true
			}
		}
	}
	if len(cands) == 1 && !possessor {
		// Only a head that names one topic: "Norland's referendum"
		// before "the Essequibo referendum" is named; or the headline
		// named it.
		for _, m := range a.ments {
			if m.t0 <= k {
				continue
			}
			for _, tp := range m.topics {
				if containsTopic(cands, tp) {
					return tp, -1, true
				}
			}
		}
		if containsTopic(a.titleTopics, cands[0]) {
			return cands[0], -1, true
		}
	}
	if generic && len(a.titleTopics) == 1 && !a.topicBefore(k) {
		// "the plan" before the text names any topic: the headline's.
		return a.titleTopics[0], -1, true
	}
	return "", -1, false
}

// oneTitleTopicIn returns the one headline topic among cands, the
// topics the word heads; with other headline topics, none of them may
// use the word anywhere in its aliases ("the law" under a headline on
// a delay to the law).
func (a *analysis) oneTitleTopicIn(cands []news.TopicID, word string) (news.TopicID, bool) {
	if len(a.titleTopics) == 1 {
		return a.titleTopics[0], containsTopic(cands, a.titleTopics[0])
	}
	var hit news.TopicID
	for _, tp := range a.titleTopics {
		if containsTopic(cands, tp) {
			if hit != "" && hit != tp {
				return "", false
			}
			hit = tp
		} else if a.r.aliasUses(tp, word) {
			return "", false
		}
	}
	return hit, hit != ""
}

// aliasUses reports a word of one of the topic's aliases.
func (r *Rules) aliasUses(tp news.TopicID, word string) bool {
	for _, words := range r.topicAliasWords[tp] {
		for _, w := range words {
			if w.norm == word {
				return true
			}
		}
	}
	return false
}

// useOfForce reports "use of (military/armed) force" or "act(s) of
// (armed/military) aggression" within the determiner at k's phrase: "the
// use of force", "Y's excessive use of military force", "an act of armed
// aggression".
func (a *analysis) useOfForce(k int) bool {
	for j := k + 1; j <= k+3 && j+2 < len(a.toks); j++ {
		n := a.toks[j].norm
		if n != "use" && n != "act" && n != "acts" {
			continue
		}
		f := j + 2
		if a.toks[j+1].norm != "of" {
			return false
		}
		if n := a.toks[f].norm; (n == "military" || n == "armed") && f+1 < len(a.toks) {
			f++
		}
		want := "force"
		if n != "use" {
			want = "aggression" // "an act of armed aggression"
		}
		return a.toks[f].norm == want && a.sentOf[f] == a.sentOf[k]
	}
	return false
}

// recentCandidate is the most recent mention, in the sentence of k and
// the eight before it, of one of the topics cands (headed by word), or a
// phrase that referred back to one.
func (a *analysis) recentCandidate(si, k int, word string, cands []news.TopicID) (news.TopicID, int, bool) {
	if len(cands) > 0 {
		floor := a.sents[max(0, si-8)].t0
		cover := coverNouns.words[word] // the same for every mention
		// With several topics under one head, the mention that uses the
		// word ("tariffs on steel" for "the tariffs", not
		// "countermeasures" known as "retaliatory tariffs").
		for pass := 0; pass < 2; pass++ {
			if pass == 0 && len(cands) < 2 {
				continue
			}
			for j := k - 1; j >= floor; j-- {
				mi := a.mentAt[j]
				if mi < 0 {
					if tp := a.refAtTok(j); tp != "" && containsTopic(cands, tp) && (pass == 1 || sameNoun(a.toks[j].norm, word)) {
						return tp, j, true
					}
					continue
				}
				m := a.ments[mi]
				j = m.t0
				if pass == 0 && !a.mentionHasWord(m, word) && !(cover && a.mentionHasAdverse(m)) {
					continue
				}
				for _, tp := range m.topics {
					if containsTopic(cands, tp) {
						return tp, m.t0, true
					}
				}
			}
			if pass == 0 && floor > 0 && len(a.titleTopics) == 1 && containsTopic(cands, a.titleTopics[0]) {
				// "the controls" many paragraphs after the headline's
				// "export controls on rare earths", with another
				// controls topic named since as "the entity list": the
				// story's own topic, named in the word itself, before
				// one that only shares the head.
				for j := floor - 1; j >= 0; j-- {
					mi := a.mentAt[j]
					if mi < 0 {
						continue
					}
					m := a.ments[mi]
					j = m.t0
					if !a.mentionHasWord(m, word) {
						continue
					}
					if containsTopic(m.topics, a.titleTopics[0]) {
						return a.titleTopics[0], m.t0, true
					}
				}
			}
		}
	}
	return "", -1, false
}

// freshHeadBefore reports that, looking back from k no further than
// recentCandidate does, the word first heads a new noun phrase of its
// own ("a 10% tariff", "new tariffs on Lorn's allies", "threatened
// tariffs over the island") outside any topic's mention, before any
// mention of one of cands: a definite "the tariffs" then refers to that
// phrase, which names no watched topic. A phrase that itself refers
// back ("the tariffs", "its tariffs") is passed over.
func (a *analysis) freshHeadBefore(si, k int, word string, cands []news.TopicID) bool {
	if !a.hasRate() {
		return false // freshPhraseAt needs a rate
	}
	floor := a.sents[max(0, si-8)].t0
	for j := k - 1; j >= floor; j-- {
		if mi := a.mentAt[j]; mi >= 0 {
			m := a.ments[mi]
			for _, tp := range m.topics {
				if containsTopic(cands, tp) {
					return false
				}
			}
			j = m.t0
			continue
		}
		t := a.toks[j]
		if t.kind != tokWord || !sameNoun(t.norm, word) {
			continue
		}
		if a.refAtTok(j) != "" {
			return false // it refers back to a topic itself
		}
		if a.sentOf[j] == 0 || !a.endsNounPhrase(j) {
			continue // the headline's words; "tariff cuts": a modifier
		}
		if a.freshPhraseAt(j) {
			return true
		}
	}
	return false
}

// endsNounPhrase reports the word at j closing its noun phrase: a
// punctuation mark, a preposition or a clause word after it, or the end.
func (a *analysis) endsNounPhrase(j int) bool {
	if j+1 >= len(a.toks) || a.sentOf[j+1] != a.sentOf[j] {
		return true
	}
	n := a.toks[j+1]
	return n.kind == tokPunct && n.norm != "-" || n.kind == tokWord && phraseEndWords.holds(n.lex)
}

// hasRate reports a rate word ("%", "percent", "cent") anywhere in the
// document, asked once: without one no phrase is fresh (freshPhraseAt).
func (a *analysis) hasRate() bool {
	if a.rates == 0 {
		a.rates = 1
		for _, t := range a.toks {
			if t.norm == "%" || t.norm == "percent" || t.norm == "cent" {
				a.rates = 2
				break
			}
		}
	}
	return a.rates == 2
}

// freshPhraseAt reports the noun at j given a rate of its own ("a 10%
// tariff", "10 percent tariffs"), which is a new one unless a
// determiner before the rate refers back ("the 10% tariff"): an
// indefinite "a deal" or a bare "tariffs" may well be the topic said
// in other words.
func (a *analysis) freshPhraseAt(j int) bool {
	rate := false
	for i := j - 1; i >= 0 && i >= j-5 && a.sentOf[i] == a.sentOf[j]; i-- {
		t := a.toks[i]
		switch {
		case t.kind == tokPoss || referringDeterminers.holds(t.lex):
			return false
		case t.norm == "%" || t.norm == "percent" || t.norm == "cent":
			rate = true // "a 10% tariff", "10 percent tariffs"
		case isDigits(t.norm) || t.norm == "per":
		case t.kind != tokWord && t.norm != "-" || t.norm == "a" || t.norm == "an":
			return rate
		}
	}
	return rate
}

// namedInPieces returns the one candidate topic with an alias headed by
// word (or its singular or plural) whose other words are all names that
// occur in the document: "the fines" in a report on the Harbour
// Act for "fines under the Harbour Act", "the strikes" in a
// report that names Tessia and Lorn for "Tessian strikes on Lorn",
// not "the proposals" for "peace proposal".
func (a *analysis) namedInPieces(cands []news.TopicID, word string) (news.TopicID, bool) {
	if len(cands) == 0 {
		return "", false
	}
	key := piecesKey{word: word, cands: &cands[0], n: len(cands)}
	if ans, ok := a.pieces[key]; ok {
		return ans.topic, ans.ok
	}
	tp, ok := a.namedInPiecesOnce(cands, word)
	if a.pieces == nil {
		a.pieces = make(map[piecesKey]piecesAnswer)
	}
	a.pieces[key] = piecesAnswer{topic: tp, ok: ok}
	return tp, ok
}

// piecesKey is a namedInPieces question: the word, and its candidates
// by identity, always a slice of one of Rules' read-only tables.
type piecesKey struct {
	word  string
	cands *news.TopicID
	n     int
}

// piecesAnswer is namedInPieces' answer to a piecesKey.
type piecesAnswer struct {
	topic news.TopicID
	ok    bool
}

func (a *analysis) namedInPiecesOnce(cands []news.TopicID, word string) (news.TopicID, bool) {
	return a.r.uniqueTopic(cands, func(ws []aliasWord) bool {
		if len(ws) < 2 {
			return false
		}
		// The word first, last or between names ("Tessian strikes on
		// Lorn"); every other word a name the report uses.
		has := false
		for _, w := range ws {
			if sameNoun(w.norm, word) {
				has = true
			} else if !w.name || roleNouns.words[w.norm] || !a.docHasWord(w) {
				return false
			}
		}
		return has
	})
}

// storyTalks returns the topic of talks named last before k (any head
// of talks: "the first day" after "talks on ending the war"), else the
// one topic with an alias headed by a word of talks whose other words
// (but a manner, "direct") the report uses: "peace talks" in a report
// that speaks of peace, for "the talks" or "the negotiations" alike.
func (a *analysis) storyTalks(si, k int) (news.TopicID, int, bool) {
	var cands []news.TopicID
	for h := range talkHeads.words {
		for _, tp := range a.r.topicWords[h] {
			if !containsTopic(cands, tp) {
				cands = append(cands, tp)
			}
		}
	}
	if tp, ante, ok := a.recentCandidate(si, k, "talks", cands); ok {
		return tp, ante, true
	}
	tp, ok := a.r.uniqueTopic(cands, func(ws []aliasWord) bool {
		if len(ws) < 2 || !talkHeads.words[ws[len(ws)-1].norm] {
			return false
		}
		n := 0
		for _, w := range ws[:len(ws)-1] {
			if talkMannerWords.words[w.norm] {
				continue
			}
			if !a.docHasWord(w) {
				return false
			}
			n++
		}
		return n > 0
	})
	return tp, -1, ok
}

// talksOnSubject reports talks at k given a subject of their own:
// "discussions on trade", "talks about the border", "a round of …".
func (a *analysis) talksOnSubject(k int) bool {
	if k+1 >= len(a.toks) {
		return false
	}
	n := a.toks[k+1].norm
	return n == "on" || n == "about" || n == "over" || n == "of"
}

// talksPart reports "the first day", "the second round" at k, a
// part of the story's talks, with no "of" after it ("the first day of
// the trial").
func (a *analysis) talksPart(k int, word string) bool {
	if !talkParts.words[word] || k+3 >= len(a.toks) || !talkOrdinals.holds(a.toks[k+1].lex) || a.toks[k+2].norm != word {
		return false
	}
	return a.toks[k+3].norm != "of"
}

// hasTalkWord reports a word of talks among toks.
func hasTalkWord(toks []token) bool {
	for _, t := range toks {
		if t.kind == tokWord && talkHeads.holds(t.lex) {
			return true
		}
	}
	return false
}

// describedSuffixes are the endings describedAlias strips from a noun
// to find a head ("agreements", "signed").
var describedSuffixes = [...]string{"s", "es", "ed", "d", "ing"}

// describedAlias returns the one topic with an alias headed by the noun
// at j (or its singular or plural) whose other words all follow in the
// noun's own complement, within a dozen words and no punctuation: "a
// deal giving Ethiopia access to the sea" for "sea access deal".
func (a *analysis) describedAlias(word string, j, end int) (news.TopicID, bool) {
	if !a.r.describedWords.mayHave(word) {
		return "", false // no head below, bare or with an ending
	}
	cands := a.r.headTopics(word)
	for _, suf := range describedSuffixes {
		if len(cands) > 0 {
			break
		}
		if len(word) > len(suf)+2 && strings.HasSuffix(word, suf) {
			cands = a.r.headTopics(word[:len(word)-len(suf)])
		}
	}
	if len(cands) == 0 && !strings.HasSuffix(word, "s") && a.r.headWords.mayHave(word) && a.r.topicPlural[word] != nil {
		cands = a.r.topicPlural[word]
	}
	if len(cands) == 0 {
		return "", false
	}
	stop := j + 1
	for stop < end && stop <= j+12 && (a.toks[stop].kind == tokWord || a.toks[stop].norm == "-") {
		stop++
	}
	return a.r.uniqueTopic(cands, func(ws []aliasWord) bool {
		if len(ws) < 2 || !sameNoun(ws[len(ws)-1].norm, word) {
			return false
		}
		for _, w := range ws[:len(ws)-1] {
			in := false
			for k := max(j-2, 0); k < stop; k++ {
				if k != j && a.toks[k].kind == tokWord && sameStem(a.toks[k].norm, w.norm) {
					in = true
					break
				}
			}
			if !in {
				return false
			}
		}
		return true
	})
}

// uniqueTopic returns the one topic among cands with an alias that match
// accepts; none, or aliases of two topics, is no answer.
func (r *Rules) uniqueTopic(cands []news.TopicID, match func(ws []aliasWord) bool) (news.TopicID, bool) {
	var found news.TopicID
	for _, tp := range cands {
		for _, ws := range r.topicAliasWords[tp] {
			if !match(ws) {
				continue
			}
			if found != "" && found != tp {
				return "", false
			}
			found = tp
		}
	}
	return found, found != ""
}

// sameStem reports two words that are one noun in the singular or plural
// or share their first six letters ("deported", "deportation").
func sameStem(a, b string) bool {
	if sameNoun(a, b) {
		return true
	}
	return len(a) >= 6 && len(b) >= 6 && a[:6] == b[:6]
}

// sameNoun reports one noun in the singular or plural: fine, fines.
func sameNoun(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if a == b {
		return true
	}
	if !strings.HasPrefix(b, a) {
		return false
	}
	rest := b[len(a):]
	return rest == "s" || rest == "es"
}

// docHas reports a word in the document's text: for a topic alias name
// (Rules.aliasNames, what namedInPieces asks about) from the names the
// document includes, for another word by a look through the tokens.
func (a *analysis) docHas(w string) bool {
	if id := a.r.aliasNames[w]; id > 0 {
		return a.hasName(id)
	}
	for _, t := range a.toks {
		if t.kind == tokWord && t.norm == w {
			return true
		}
	}
	return false
}

// docHasWord is docHas for an alias word, by its number when it has one.
func (a *analysis) docHasWord(w aliasWord) bool {
	if w.nameID > 0 {
		return a.hasName(w.nameID)
	}
	return a.docHas(w.norm)
}

// hasName reports the alias name numbered id in the document.
func (a *analysis) hasName(id int32) bool {
	if a.names == nil {
		a.names = make([]bool, len(a.r.aliasNames))
		for _, t := range a.toks {
			if t.kind == tokWord && a.r.aliasNameWords.mayHave(t.norm) {
				if n := a.r.aliasNames[t.norm]; n > 0 {
					a.names[n-1] = true
				}
			}
		}
	}
	return a.names[id-1]
}

// mentionHasWord reports a mention whose words include word (or a stem
// of it).
func (a *analysis) mentionHasWord(m mention, word string) bool {
	for j := m.t0; j < m.t1; j++ {
		n := a.toks[j].norm
		if n == word {
			return true
		}
		for _, st := range stems(word, nil) {
			if n == st {
				return true
			}
		}
	}
	return false
}

// mentionHasAdverse reports a mention holding a word of an adverse act
// ("sanctions on X officials"): what "the measures" covers.
func (a *analysis) mentionHasAdverse(m mention) bool {
	for j := m.t0; j < m.t1; j++ {
		if adverseActs.holds(a.toks[j].lex) {
			return true
		}
	}
	return false
}

// actedOn is the most recent topic, in the sentence of k and the three
// before it, that a verb of action or undoing aims at ("was suspending
// its participation in the treaty", "decided to impose tariffs").
//
// A phrase that referred back to a topic by its head counts as a mention
// ("said it was lifting the last of the measures" … "Freedonia criticised
// the move": the lifting, not a topic named in someone's reply since).
func (a *analysis) actedOn(si, k int) (news.TopicID, int, bool) {
	floor := a.sents[max(0, si-3)].t0
	for j := k - 1; j >= floor; j-- {
		mi := a.mentAt[j]
		if mi < 0 {
			if tp := a.refAtTok(j); tp != "" {
				// "the removal of sanctions" for a topic that is the
				// relief itself: the topic's own act, not a move on it;
				// left to the mention before.
				if i, ok := a.actVerbBefore(j); ok && !a.askedToDo(i) && !(a.r.undoTopics[tp] && undoVerbs.holds(a.toks[i].lex)) {
					return tp, j, true
				}
			}
			continue
		}
		m := a.ments[mi]
		j = m.t0
		if len(m.topics) == 0 {
			continue
		}
		// "called on X to withdraw its troops": asked for, not done;
		// "the move" is not that.
		if i, ok := a.actVerbBefore(m.t0); ok && !a.askedToDo(i) {
			return m.topics[0], m.t0, true
		}
	}
	return "", -1, false
}

// verbNominalised returns the topic last named, in the sentence of k and
// the five before it, as the object of the verb that word, a noun made
// from it, names: "agreed to a truce" for "the agreement", "proposed a
// plan" for "the proposal".
func (a *analysis) verbNominalised(si, k int, word string) (news.TopicID, int, bool) {
	root := ""
	for _, suf := range [...]string{"ment", "ments", "al", "als", "sion", "sions"} {
		if strings.HasSuffix(word, suf) && len(word)-len(suf) >= 5 {
			root = word[:len(word)-len(suf)]
			break
		}
	}
	if root == "" {
		return "", -1, false
	}
	root = root[:len(root)-1] // "agree", "propos": "agreed", "proposed"
	ambiguous := false
	tp, ante, ok := a.lastMention(si-5, k, func(m mention) (news.TopicID, bool) {
		if len(m.topics) == 0 || ambiguous {
			return "", false
		}
		ms := a.sentOf[m.t0]
		content, span := 0, 0
		for i := m.t0 - 1; i >= 0 && i >= m.t0-4 && a.sentOf[i] == ms; i-- {
			if n := a.toks[i].norm; timeUnits.words[n] || n == "year" || n == "years" {
				span = 3 // "by a year", "for six months"
				break
			}
		}
		for i := m.t0 - 1; i >= 0 && i >= m.t0-4-span && a.sentOf[i] == ms; i-- {
			t := a.toks[i]
			if t.kind == tokPunct || t.norm == "and" || t.norm == "but" {
				break
			}
			if span > 0 && durationWords.holds(t.lex) {
				// "agreed to extend by a year the truce": how long is
				// no object.
				continue
			}
			if strings.HasPrefix(t.norm, root) && t.norm != word && !strings.HasSuffix(t.norm, "ment") && !strings.HasSuffix(t.norm, "al") && !strings.HasSuffix(t.norm, "sion") {
				if len(m.topics) > 1 || len(a.r.headTopics(a.toks[m.t1-1].norm)) > 1 {
					// "agreed to a ceasefire" where two ceasefires are
					// watched (the one its alias names or one called
					// "Lorn ceasefire"): no answer, not the first.
					ambiguous = true
					return "", false
				}
				return m.topics[0], true
			}
			if !nominalObjectWords.holds(t.lex) {
				if content++; content > 1 || i > 0 && a.toks[i-1].norm == "to" {
					// "agreed to start talks": another verb's object.
					break
				}
			}
		}
		return "", false
	})
	if ambiguous {
		return "", -1, false
	}
	return tp, ante, ok
}

// votedOn finds a verb of voting ("voted to", "voted for") in the
// sentence of k or the three before, and the topic its clause names
// ("" when it names none); found is false with no such verb.
func (a *analysis) votedOn(si, k int) (news.TopicID, int, bool) {
	floor := a.sents[max(0, si-3)].t0
	for j := k - 1; j >= floor; j-- {
		if n := a.toks[j].norm; n != "voted" && n != "votes" || j+1 >= len(a.toks) {
			continue
		}
		if n := a.toks[j+1].norm; n != "to" && n != "for" && n != "against" && n != "on" {
			continue
		}
		sj := a.sentOf[j]
		for i := j + 1; i < k && i <= j+12 && a.sentOf[i] == sj; i++ {
			t := a.toks[i]
			if t.kind == tokPunct && t.norm != "-" || subordinators.holds(t.lex) {
				break
			}
			if mi := a.mentAt[i]; mi >= 0 && len(a.ments[mi].topics) > 0 {
				m := a.ments[mi]
				if len(m.topics) > 1 {
					return "", -1, true
				}
				return m.topics[0], m.t0, true
			}
			if tp := a.refAtTok(i); tp != "" {
				return tp, i, true
			}
		}
		return "", -1, true
	}
	return "", -1, false
}

// nominalObjectWords may stand between a verb and its object: "agreed
// to a truce", "proposed on Monday its plan".
var nominalObjectWords = lexSet(set(`to on upon a an the its their his her this that these those`))

// lastMention walks back over the mentions from token k to the start of
// sentence from (the sentence of k and those before it) and returns the
// first topic pick chooses, with where its mention starts.
func (a *analysis) lastMention(from, k int, pick func(m mention) (news.TopicID, bool)) (news.TopicID, int, bool) {
	floor := a.sents[max(0, from)].t0
	for j := k - 1; j >= floor; j-- {
		mi := a.mentAt[j]
		if mi < 0 {
			continue
		}
		m := a.ments[mi]
		j = m.t0
		if tp, ok := pick(m); ok {
			return tp, m.t0, true
		}
	}
	return "", -1, false
}

// firstTopicIn returns the first of m's topics that keep admits.
func firstTopicIn(m mention, keep func(news.TopicID) bool) (news.TopicID, bool) {
	for _, tp := range m.topics {
		if keep(tp) {
			return tp, true
		}
	}
	return "", false
}

// actVerbBefore returns a verb of action or undoing aimed at the mention
// that starts at m0: within six words before it in its sentence, with no
// punctuation, subordinator or conjunction between ("sign the deal until
// X changed" is not aimed at X).
//
// A mention right after "on" or "against" is whom the act is aimed at,
// not the act: "the controls Osk imposed on grain sales" are not a move
// on the sales.
func (a *analysis) actVerbBefore(m0 int) (int, bool) {
	ms := a.sentOf[m0]
	p := m0 - 1
	if p >= 0 && nominalObjectWords.holds(a.toks[p].lex) && a.toks[p].norm != "on" && a.toks[p].norm != "to" && a.toks[p].norm != "upon" {
		p-- // "imposed on the dam project"
	}
	if p >= 0 && a.sentOf[p] == ms {
		if n := a.toks[p].norm; n == "on" || n == "against" || n == "upon" {
			return 0, false
		}
	}
	for i := m0 - 1; i >= 0 && i >= m0-6 && a.sentOf[i] == ms; i-- {
		t := a.toks[i]
		if t.kind == tokPunct || subordinators.holds(t.lex) || t.norm == "and" || t.norm == "but" {
			return 0, false
		}
		if undoVerbs.holds(t.lex) || actionVerbs.holds(t.lex) {
			return i, true
		}
	}
	return 0, false
}

// askedFor reports a topic mention at m0 that a verb of action or
// undoing just before it aims at, in an infinitive someone asks for:
// "urged X to withdraw its troops".
func (a *analysis) askedFor(m0 int) bool {
	i, ok := a.actVerbBefore(m0)
	return ok && a.askedToDo(i)
}

// askedToDo reports an infinitive at i that someone asks for: "called
// on X to withdraw", "urged X to lift", "demanded that X withdraw".
func (a *analysis) askedToDo(i int) bool {
	si := a.sentOf[i]
	for j := i - 1; j >= 0 && j >= i-14 && a.sentOf[j] == si; j-- {
		n := a.toks[j].norm
		if n == "should" || n == "must" {
			// "said X should respect the result and lift the
			// sanctions": what ought to be done is not done yet.
			return true
		}
		if j == i-1 && n != "to" && n != "and" && n != "also" {
			return false
		}
		if askForms.words[n] {
			return true
		}
		if a.toks[j].kind == tokPunct {
			return false
		}
	}
	return false
}

// documentBefore returns the most recent topic, in the sentence of k and
// the eight before it, with an alias naming a document ("plastics
// treaty", "peace plan").
func (a *analysis) documentBefore(si, k int) (news.TopicID, int, bool) {
	return a.lastMention(si-8, k, func(m mention) (news.TopicID, bool) {
		return firstTopicIn(m, func(tp news.TopicID) bool { return a.r.documentTopics[tp] })
	})
}

// proceedWithWork reads "(not) proceed with / go ahead with / move ahead
// with" and a work noun ("legislation", "approval", "ratification")
// whose phrase reaches the topic at tok through "under", "of", "on" or
// "implementing", within twelve words and one clause: -2 when the going
// on is negated, +2 when not.
func (a *analysis) proceedWithWork(f *frame, tok int) (float64, bool) {
	t0, _ := a.hitSpan(tok)
	link := false
	for p := t0 - 1; p > 1 && p >= t0-12 && f.covers(p); p-- {
		n := a.toks[p].norm
		if a.toks[p].kind == tokPunct || clauseBreakers.holds(a.toks[p].lex) || n == "and" || n == "that" || p == f.cueTok {
			return 0, false
		}
		switch n {
		case "under", "of", "on", "implementing":
			link = true
		}
		if !workNouns.holds(a.toks[p].lex) || !link && p < t0-1 {
			continue
		}
		w := p - 1
		if possDeterminers.holds(a.toks[w].lex) || a.toks[w].norm == "the" {
			w--
		}
		if w < 1 || a.toks[w].norm != "with" {
			return 0, false
		}
		v := a.toks[w-1].norm
		if v != "ahead" && v != "proceed" && v != "proceeds" && v != "proceeded" && v != "proceeding" {
			return 0, false
		}
		if a.negatedAt(w-1, 0) || a.negatedAt(w-2, 0) {
			return -2, true
		}
		return 2, true
	}
	return 0, false
}

// anteUndone marks a referring phrase already read as the undoing of its
// topic, so that the reading is not turned twice.
const anteUndone = -2

// actedNearUndone reports a topic acted on in the sentence of k or the
// three before it (actedOn): then "the move" is that act, not the
// headline's. An act near that undoes the same topic the headline undoes ("The council suspended work on the X
// treaty. … backed the decision") is the headline's act retold, and "the
// decision" still that undoing.
func (a *analysis) actedNearUndone(si, k int, tp news.TopicID) bool {
	atp, at, ok := a.actedOn(si, k)
	return ok && !(atp == tp && (a.undoneAt(at, tp) || a.putOnIce(at) || a.haltedWorkOn(at)))
}

// haltedWorkOn reports the mention at m as what halted work is on: "suspended
// work on approving X", "froze approval of the X treaty" — a work noun
// within the eight words before it, an undo or freeze verb (and at most a
// determiner) before that, no punctuation between.
func (a *analysis) haltedWorkOn(m int) bool {
	t0, _ := a.hitSpan(m)
	for p := t0 - 1; p > 0 && p >= t0-8 && a.sentOf[p] == a.sentOf[m]; p-- {
		if a.toks[p].kind == tokPunct {
			return false
		}
		if !workNouns.holds(a.toks[p].lex) {
			continue
		}
		v := p - 1
		if v > 0 && (possDeterminers.holds(a.toks[v].lex) || a.toks[v].norm == "the") {
			v--
		}
		n := a.toks[v].norm
		return undoVerbs.words[n] || freezeForms.words[n]
	}
	return false
}

// putOnIce reports "put/keep X on ice (on hold, in abeyance)" for the
// mention at m: a verb of putting within the three words before it.
func (a *analysis) putOnIce(m int) bool {
	t0, _ := a.hitSpan(m)
	for j := t0 - 1; j >= 0 && j >= t0-3 && a.sentOf[j] == a.sentOf[m]; j-- {
		if putForms.holds(a.toks[j].lex) {
			return a.suspendedAfter(m)
		}
		if a.toks[j].kind == tokPunct {
			return false
		}
	}
	return false
}

// mentionedBefore returns the last mention of topic tp before token k.
func (a *analysis) mentionedBefore(tp news.TopicID, k int) (int, bool) {
	for j := k - 1; j >= 0; j-- {
		mi := a.mentAt[j]
		if mi < 0 {
			continue
		}
		m := a.ments[mi]
		if containsTopic(m.topics, tp) {
			return m.t0, true
		}
		j = m.t0
	}
	return -1, false
}

// topicBefore reports a topic named anywhere before token k.
func (a *analysis) topicBefore(k int) bool {
	for _, m := range a.ments {
		if m.t0 >= k {
			break
		}
		if len(m.topics) > 0 {
			return true
		}
	}
	return false
}

// stanceScoreWords are the words stanceScore's per-token switch names
// one by one; with its word lists they make Rules.stanceWords. A case
// added there for a new word needs the word here.
var stanceScoreWords = [...]string{"working", "pressure", "legitimate", "table", "end", "sense", "legal", "question", "against", "crude", "warning", "should", "just", "counter", "questions", "doubts", "overtaken", "reward", "rewards", "rewarding"}

// stanceScore weighs a frame's stance toward the topic named at tok: the
// cue's polarity (flipped when negated), the polar words of the content
// (each flipped by a negator just before it), and direction: a harm verb
// aimed at the topic ("obstructing the peace efforts") means the speaker
// values the topic.
func (a *analysis) stanceScore(f *frame, h topicHit) float64 {
	if h.referred && strifeNouns.holds(a.toks[h.tok].lex) && a.strifeOver(h.tok+1, len(a.toks)) && (a.topicHeaded(h.topic, "ceasefire") || a.topicHeaded(h.topic, "truce")) {
		// "the war is over" for the truce named before: the end is the
		// war's, and the truce holds.
		if f.negated {
			return -2
		}
		return 2
	}
	p := a.stanceScoreOf(f, h)
	if p < 2 && a.enabledForSpeaker(f, h) {
		// "said the list would allow Freedonia to remove weak claims
		// faster": an act the topic grants the speaker's side, backed
		// whatever the words that describe the act.
		return 2
	}
	if p > 0 && !h.referred && !f.negated && a.notToAct(h.tok) {
		// "urged Zenda not to impose tariffs" for a topic whose alias
		// begins with the act ("impose tariffs", "shut the strait"): the
		// act is refused, as "not to ratify the treaty" is.
		return -p
	}
	if a.contradictedClaim(f, h.tok) {
		// "said it would press on, contradicting Firefly's assertion
		// that the two sides had agreed to the ceasefire": the claim
		// the speaker contradicts is turned around.
		if p == 0 {
			return -1
		}
		return -p
	}
	if a.notLeftUnanswered(f, h) {
		// "vowed that the raids would not go unanswered": an act that
		// will be answered or punished is one the speaker condemns.
		return -2
	}
	if p < 2 && a.ownActDone(f, h) {
		// "said it had carried out precision strikes on X in response
		// to attacks on its troops", "has declared a temporary
		// ceasefire after the earthquake": the speaker doing the act
		// itself backs it, whatever the words of the reasons after it.
		return 3
	}
	if p > -2 && p < 2 && a.harmSuffered(f, h) {
		// "Zenda said the strikes on Zenda had killed nine civilians":
		// the harm an act aimed at the speaker does is its charge.
		return -2
	}
	if p < 2 && a.ownHarmDone(f, h) {
		// "said the fuel ban would hit Zenda's war economy where it
		// hurts", "said its strikes had destroyed launchers": the harm
		// the speaker's own act does is what it is for.
		return 2
	}
	return p
}

// notToAct reports a mention at tok that opens right after "not to" or
// "never to" (an infinitive whose verb is the alias's own first word), or
// after "not to" and a verb and determiner ("not to impose the X").
func (a *analysis) notToAct(tok int) bool {
	t0, _ := a.hitSpan(tok)
	j := t0 - 1
	if j > 0 && possDeterminers.holds(a.toks[j].lex) {
		j-- // "not to impose the steel tariffs"
	}
	if j > 0 && j < t0-1 && a.toks[j].kind == tokWord && !a.toks[j].cap && a.toks[j].norm != "to" {
		// The verb before the determiner: one of doing, not an undoing
		// or a verb of position read on its own ("not to abandon the
		// treaty", "not to ratify it").
		v := a.toks[j].norm
		if undoVerbs.words[v] || negatingVerbs.words[v] || negativeWords.words[v] || harmVerbs.words[v] {
			return false
		}
		if _, ok := a.r.cues[v]; ok {
			return false
		}
		j--
	}
	if j < 1 || a.toks[j].norm != "to" {
		return false
	}
	n := a.toks[j-1].norm
	return n == "not" || n == "never"
}

// contradictedClaim reports the topic inside the that-clause of a noun
// of claim ("assertion", "claim") that a participle of contradiction
// governs within three words before it: "contradicting Firefly's
// assertion that the two sides had agreed to the ceasefire".
func (a *analysis) contradictedClaim(f *frame, tok int) bool {
	if f.negated {
		return false
	}
	for j := tok - 1; j > 0 && j >= tok-12 && f.covers(j); j-- {
		n := a.toks[j].norm
		if n != "that" {
			if a.toks[j].kind == tokPunct || n == "but" || n == "and" {
				return false
			}
			continue
		}
		if !claimNouns.holds(a.toks[j-1].lex) {
			return false
		}
		for k := j - 2; k >= 0 && k >= j-6 && f.covers(k); k-- {
			if contradictForms.holds(a.toks[k].lex) {
				return true
			}
			if a.toks[k].kind == tokPunct && a.toks[k].norm != "-" {
				return false
			}
		}
		return false
	}
	return false
}

// notLeftUnanswered reports a topic (named or referred to) as the
// subject of a negated "go", "be left" or "remain" with a word of
// unpunished response (unansweredWords) within eight words after it, no
// punctuation between: "the raids would not go unanswered", "the
// violation of its airspace will not be left unpunished".
func (a *analysis) notLeftUnanswered(f *frame, h topicHit) bool {
	if f.negated {
		return false
	}
	_, j := a.hitSpan(h.tok)
	end := int(a.sents[a.sentOf[h.tok]].t1)
	for k := j; k < end && k < j+8 && f.covers(k); k++ {
		t := a.toks[k]
		if t.kind == tokPunct {
			return false
		}
		if !unansweredWords.holds(t.lex) {
			continue
		}
		for i := k - 1; i >= j && i >= k-3; i-- {
			if negators.holds(a.toks[i].lex) {
				return true
			}
		}
		return false
	}
	return false
}

// harmSuffered reports a topic whose name aims its act at the speaker
// ("Strikes on Y" when Y speaks) as the subject of a verb of harm right
// after it (ownHarmVerbs, sufferedVerbs), in a plain statement: "the
// strikes had hit homes", "the sanctions would hurt Y's farmers".
func (a *analysis) harmSuffered(f *frame, h topicHit) bool {
	if f.negated || f.cue.pol < 0 || !overlapActors(a.r.aimedAt[h.topic], f.actors) || a.ownsTopic(f, h.topic) || a.doneBySpeaker(f, h.topic) {
		return false
	}
	t0, j := a.hitSpan(h.tok)
	if a.sufferedBy(f, t0) {
		return true
	}
	end := int(a.sents[a.sentOf[h.tok]].t1)
	if !h.referred && j < end && a.toks[j].kind == tokWord && !a.toks[j].cap && a.topicHeaded(h.topic, a.toks[j].norm) {
		j++
	}
	for n := 0; j < end && n < 2 && (modals.holds(a.toks[j].lex) || haveAux.holds(a.toks[j].lex) || a.toks[j].norm == "already"); j++ {
		n++
	}
	if j >= end || !f.covers(j) {
		return false
	}
	return ownHarmVerbs.holds(a.toks[j].lex) || sufferedVerbs.holds(a.toks[j].lex)
}

// sufferedBy reports a topic opening at t0 as the agent or occasion of a
// passive verb of harm just before it: "three players had been killed in
// an air strike", "homes were damaged by the raids". Between the
// preposition and the topic only determiners, numbers and one other
// word ("an air strike").
func (a *analysis) sufferedBy(f *frame, t0 int) bool {
	j, other := t0-1, 0
	for ; j > 1 && j >= t0-4 && f.covers(j); j-- {
		t := a.toks[j]
		if t.kind != tokWord {
			return false
		}
		if n := t.norm; n == "in" || n == "by" {
			break
		}
		if npFunctionWords.holds(t.lex) || numberWords.holds(t.lex) {
			continue
		}
		if other++; other > 1 || t.cap {
			return false
		}
	}
	if j < 2 || j < t0-4 || !f.covers(j-2) || (a.toks[j].norm != "in" && a.toks[j].norm != "by") {
		return false
	}
	v := a.toks[j-1].norm
	if !sufferedVerbs.words[v] && v != "injured" && v != "destroyed" {
		return false
	}
	switch a.toks[j-2].norm {
	case "was", "were", "been", "be", "being":
		return true
	}
	return false
}

// ownActDone reports a topic named (not referred to) as the object of a
// verb of doing (doneVerbs) whose subject is the speaker: its pronoun
// ("said it had carried out strikes on X"), a mention of its own actor,
// or the frame's own cue ("X has declared a ceasefire"). Between verb
// and topic only a particle, determiners and one other word ("a
// temporary ceasefire"); before the verb only auxiliaries and an
// adverb, no negator. Not when the topic aims its act at the speaker.
func (a *analysis) ownActDone(f *frame, h topicHit) bool {
	if f.negated || f.cue.pol < 0 {
		return false
	}
	t0, _ := a.hitSpan(h.tok)
	if h.referred && !(t0 >= 2 && a.toks[t0-1].norm == "the" && actionVerbs.holds(a.toks[t0-2].lex) && (f.spk1 == t0-2 || f.act == t0-1) && f.spk0 < f.spk1 && f.covers(t0-2)) {
		// A topic referred back to is the speaker's own only as the
		// definite object of a verb of doing right after the speaker
		// phrase: "Firefly announced the strikes …, saying …", and
		// only when the topic's name names no other doer.
		return false
	}
	if d := a.r.namedDoers[h.topic]; h.referred && len(d) > 0 && !overlapActors(d, f.actors) {
		return false
	}
	v, other := t0-1, 0
	if w := a.toks[t0]; !h.referred && t0 > 0 && w.kind == tokWord && !w.cap && strings.HasSuffix(w.norm, "ed") && f.covers(t0-1) && (haveAux.holds(a.toks[t0-1].lex) || isSpeakerPronoun(a.toks[t0-1].norm)) {
		// The topic named by its own verb, done: "said it had
		// designated Osk because …" for a topic "sanctions on Osk".
		v = t0
	} else {
		for ; v > 0 && v >= t0-4 && f.covers(v); v-- {
			t := a.toks[v]
			if t.kind != tokWord || t.cap {
				return false
			}
			if doneVerbs.holds(t.lex) {
				break
			}
			if npFunctionWords.holds(t.lex) || numberWords.holds(t.lex) || t.norm == "out" {
				continue
			}
			if other++; other > 1 || negators.holds(t.lex) {
				return false
			}
		}
		if v < 1 || !doneVerbs.holds(a.toks[v].lex) {
			return false
		}
	}
	if v+1 < len(a.toks) && a.toks[v+1].norm == "by" {
		return false
	}
	if overlapActors(a.r.aimedAt[h.topic], f.actors) {
		return false
	}
	if v == f.cueTok && f.kind == frameSubject {
		return true
	}
	if !f.covers(v) {
		return false
	}
	if (f.spk1 == v || f.act == v+1) && f.spk0 < f.spk1 && !f.covers(v-1) {
		// The verb right after the speaker phrase (or after a phrase
		// describing the speaker), what it says given by a participle
		// after: "Firefly announced the strikes …, saying …".
		return true
	}
	for j, n := v-1, 0; j >= 0 && n < 4 && f.covers(j); j, n = j-1, n+1 {
		w := a.toks[j]
		switch {
		case negators.holds(w.lex):
			return false
		case auxiliaries.holds(w.lex) || modals.holds(w.lex):
		case isSpeakerPronoun(w.norm):
			return true
		case w.kind == tokWord && !w.cap && strings.HasSuffix(w.norm, "ly"):
			// "had already", "formally"
		default:
			if mi := a.mentAt[j]; mi >= 0 && int(a.ments[mi].t1) == j+1 {
				return overlapActors(a.ments[mi].actors, f.actors)
			}
			return false
		}
	}
	return false
}

// ownHarmDone reports the speaker's own topic (ownsTopic) as the subject
// of a verb of harm right after it ("the ban would hit Y's economy",
// "the strikes had destroyed launchers"), in a plain statement, the harm
// aimed at no one of the speaker's side ("would hurt our exporters").
//
// A topic named by a word before its head ("the fuel ban" for "Y fuel
// ban") has the head skipped. A topic whose name aims its act at Y
// ("Sanctions on Y") is as much the speaker's own when the harm falls
// on Y's means of war, said by one not of Y: "every one of these
// packages cuts Y's war chest".
func (a *analysis) ownHarmDone(f *frame, h topicHit) bool {
	if f.negated || f.cue.pol < 0 {
		return false
	}
	own := a.ownsTopic(f, h.topic) || a.doneBySpeaker(f, h.topic)
	aimed := a.r.aimedAt[h.topic]
	if !own && (len(aimed) == 0 || overlapActors(aimed, f.actors)) {
		return false
	}
	_, j := a.hitSpan(h.tok)
	end := int(a.sents[a.sentOf[h.tok]].t1)
	if !h.referred && j < end && a.toks[j].kind == tokWord && !a.toks[j].cap && a.topicHeaded(h.topic, a.toks[j].norm) {
		j++ // "the fuel ban would hit …"
	}
	for n := 0; j < end && n < 2 && (modals.holds(a.toks[j].lex) || haveAux.holds(a.toks[j].lex) || a.toks[j].norm == "already"); j++ {
		n++
	}
	if j >= end || !f.covers(j) || !ownHarmVerbs.holds(a.toks[j].lex) {
		return false
	}
	if !own {
		// The harmed thing is Y's, named right after the verb.
		k := j + 1
		if k < end && a.toks[k].kind == tokWord && !a.toks[k].cap && possDeterminers.holds(a.toks[k].lex) {
			k++
		}
		mi := int32(-1)
		if k < end {
			mi = a.mentAt[k]
		}
		if mi < 0 || !overlapActors(a.ments[mi].actors, aimed) {
			return false
		}
		// And the harm falls on its means of war ("Y's war chest", "Y's
		// military machine"), not on its people or trade, which one
		// siding with Y may deplore.
		if e := int(a.ments[mi].t1); e+1 >= end || a.toks[e].kind != tokPoss || !warMeansWords.holds(a.toks[e+1].lex) {
			return false
		}
	}
	for k := j + 1; k < end && k <= j+4; k++ {
		if a.toks[k].kind == tokPunct {
			break
		}
		if n := a.toks[k].norm; n == "our" || n == "its" || n == "their" {
			return false
		}
		if mi := a.mentAt[k]; mi >= 0 && overlapActors(a.ments[mi].actors, f.actors) {
			return false
		}
	}
	return true
}

// stanceScoreOf is stanceScore before an act the topic grants the
// speaker's side is read as backing.
func (a *analysis) stanceScoreOf(f *frame, h topicHit) float64 {
	p := a.stanceScoreOfHit(f, h)
	if p > 0 && !h.referred && a.contrastedAway(f, h.tok) {
		// "said the dispute should go through the committee rather
		// than the border talks": what the speaker backs is the other
		// one; the topic is set aside.
		return -p
	}
	return p
}

// linesNotRedrawn reports the hit at tok as "borders" (or "frontiers",
// "boundaries") with a negated modal passive of change after it: "borders
// could not be changed by force", "borders must never be redrawn".
func (a *analysis) linesNotRedrawn(f *frame, tok int) bool {
	switch a.toks[tok].norm {
	case "borders", "frontiers", "boundaries":
	default:
		return false
	}
	neg, be := false, false
	for j := tok + 1; j < len(a.toks) && j <= tok+5 && f.covers(j); j++ {
		n := a.toks[j].norm
		switch {
		case n == "cannot":
			neg = true
		case modals.words[n] && !be:
		case negators.words[n] || n == "n't":
			neg = true
		case n == "be" && !be:
			be = true
		case be && neg && changeParticiples.words[n]:
			return true
		default:
			return false
		}
	}
	return false
}

// contrastedAway reports the topic's phrase at tok right after "rather
// than" or "instead of" (with an article, up to two modifiers and a
// preposition between): "rather than (through) the border talks".
func (a *analysis) contrastedAway(f *frame, tok int) bool {
	for j := tok - 1; j >= 1 && j >= tok-5 && f.covers(j); j-- {
		t := a.toks[j]
		if t.norm == "than" || t.norm == "of" {
			p := a.toks[j-1].norm
			return t.norm == "than" && p == "rather" || t.norm == "of" && p == "instead"
		}
		if t.kind != tokWord || a.mentAt[j] >= 0 || finiteAux.holds(t.lex) || modals.holds(t.lex) {
			return false
		}
	}
	return false
}

func (a *analysis) stanceScoreOfHit(f *frame, h topicHit) float64 {
	if p, ok := a.citedGrievance(f, h.tok); ok {
		// "suspended visa-free travel, citing the crackdown": the
		// grievance a punishing act answers.
		return p
	}
	if a.counterTo(f, h.tok) || !f.negated && a.ownActAnswers(f, h.tok) {
		// "vowed to take forceful measures in response to X": a counter
		// to X.
		return -2
	}
	if j, ok := a.pronounAfterCue(f, h.tok); ok {
		// "The council voted to extend the mission after X pushed for
		// it to be wound down": X's word is on the pronoun that takes
		// the mission back, not on the clause before X.
		h = topicHit{topic: h.topic, tok: j, referred: true, ante: h.tok}
	}
	if g := a.echoed(f); g != nil && g.covers(h.tok) {
		// "X demanded …, a demand Y rejected": Y's stance is X's,
		// reversed by a rejection, kept by a welcome.
		p := float64(f.cue.pol)
		if f.negated {
			p = -p
		}
		return p * a.stanceScore(g, h)
	}
	if a.ownOfferSpurned(f, h.tok) {
		// "said Ruritania had ignored Zenda's offer of talks": the
		// speaker's own offer, spurned by another, is the speaker's
		// cause.
		return 3
	}
	if a.linesNotRedrawn(f, h.tok) {
		// "said borders could not be changed by force", the borders a
		// topic of ceded or seized land is about: the change ruled out.
		return -3
	}
	if a.notRuledOut(h.tok) {
		// "refused to rule out using force to gain control of X",
		// "did not rule out a blockade": kept on the table.
		return 2
	}
	if a.r.placeTopics[h.topic] == nil && a.ownNotBargained(f, h.tok) {
		// "said Zenda would not bargain over its right to build the
		// dam": its own, held on to.
		return 2
	}
	if !f.negated && a.r.placeTopics[h.topic] != nil && a.placeDefence(f, h.topic) >= 0 {
		// "was ready to discuss X's security but its sovereignty was not
		// up for negotiation": the speaker defends the place against
		// the bid the topic names.
		return -3
	}
	if !f.negated {
		if p := a.spentOrUnchanged(f, h.tok); p != 0 && !a.undoBefore(f, h.tok) {
			// "said the sanctions no longer served their purpose" (-2),
			// "the missiles would not change the situation on the
			// battlefield" (-1): done with, or dismissed.
			return p
		}
	}
	if a.r.transferTopics[h.topic] && a.keptForSelf(f, h.tok) && !a.recipientSpeaks(f, h.topic) {
		// "We need the missiles for Freedonia too": goods the speaker
		// keeps for its own side are not handed over.
		return -1
	}
	if j, ok := a.oppositionBefore(f, h.tok); ok {
		if a.ownFiling(f, j) {
			// "said it had filed a court challenge against the law":
			// the speaker's own stand against the topic.
			return -2
		}
		// "urged X to drop its resistance to the treaty": the stance
		// toward the resistance, reversed.
		return -a.stanceScore(f, topicHit{topic: h.topic, tok: j, referred: h.referred})
	}
	if h.referred && h.ante >= 0 && eventNouns.holds(a.toks[h.tok].lex) && !(a.r.undoTopics[h.topic] && a.targetWords(topicHit{topic: h.topic, tok: h.ante}, false)) && (a.undoneAt(h.ante, h.topic) || eventActs.holds(a.toks[h.tok].lex) && containsTopic(a.titleUndone, h.topic) && !a.actedNearUndone(f.sent, h.tok, h.topic)) {
		// "X decided to end the cuts. Y welcomed the decision": the
		// decision undoes the topic.
		return -a.stanceScore(f, topicHit{topic: h.topic, tok: h.tok, referred: true, ante: anteUndone})
	}
	if h.referred && h.ante == -1 && len(a.titleUndone) > 0 && eventActs.holds(a.toks[h.tok].lex) && containsTopic(a.titleUndone, h.topic) && !a.r.undoTopics[h.topic] && !a.actedNearUndone(f.sent, h.tok, h.topic) {
		// "Parliament freezes Water Treaty" … "said party leaders had
		// backed the decision": the headline's act, which undoes the
		// topic it is taken for.
		return -a.stanceScore(f, topicHit{topic: h.topic, tok: h.tok, referred: true, ante: anteUndone})
	}
	if a.threatenedIf(f, h.tok) >= 0 {
		// "warned the accord would be void if Y pressed ahead with X":
		// the act the threat is meant to stop.
		return -2
	}
	if a.demandedCondition(f, h.tok) {
		// "would not sign the deal until X changed its constitution":
		// the condition is what the speaker demands ("until X lifted
		// the tariffs": against the tariffs).
		if a.undoBefore(f, h.tok) || a.undoneAfter(f, h.tok) {
			return -2
		}
		return 2
	}
	if p, ok := a.proceedWithWork(f, h.tok); ok {
		// "could not proceed with legislation cutting duties on goods
		// under the deal while …": the work on the topic held up.
		return p
	}
	if !f.negated && f.cue.pol >= 0 && a.justifiedAfter(f, h.tok) {
		// "said the measures were imposed because of X's failure": a
		// reason given for the topic defends it, whatever the reason's
		// own words.
		return 2
	}
	if p, ok := a.actObject(f, h); ok {
		// "Zenda imposed duties on steel, saying …": the speaker's own
		// act on the topic it explains.
		return p
	}
	if p, ok := a.ownAct(f, h); ok {
		// "said they were leaving the bloc": the speaker announces the
		// act the topic names.
		return p
	}
	if p, ok := a.readiness(f, h); ok {
		// "said he was prepared to send Longbow rockets", "was not
		// considering sending them", "was in no hurry to give X
		// them": the speaker's own readiness for the act on the topic.
		return p
	}
	if !f.negated && a.retaliationAimed(f, h.tok) {
		// "vowed to respond to the conviction of X", "will respond
		// firmly to the tariffs": a promised answer is against what it
		// answers, whatever the vow's own sign.
		return -3
	}
	if harm, own := a.harmBefore(f, h.tok); harm {
		if own {
			return -3 // "we will block the deal"
		}
		return 3 // "accused X of obstructing the talks"
	}
	if a.chargedShortfall(f, h.tok) {
		// "accused Y of failing to implement the treaty", "accused Y of
		// dodging its obligation to set up X": the charge is a duty
		// to the topic left undone, so the accuser wants the topic.
		return 3
	}
	// The undo verb aimed at the topic, looked for once here for both
	// keptByRefusal (negated) and undo (not negated) below.
	undoAt, aimed := a.undoAimed(f, h.tok)
	if !aimed && a.r.stayTopics[h.topic] < 0 {
		// "would not withdraw from the rest of X": the verb of leaving
		// beyond undoAimed's reach, still the topic's own act.
		undoAt, aimed = a.departedFrom(f, h.tok)
	}
	if aimed && a.r.stayTopics[h.topic] < 0 && a.departFrom(undoAt, h.tok) {
		// "to withdraw immediately from the border posts" for a
		// topic of withdrawal from them: the topic's own act, no undoing.
		if a.negatedAt(undoAt, 0) {
			// "would not withdraw from the rest of X": the topic's own
			// act ruled out.
			return -3
		}
		aimed = false
	}
	if aimed && h.referred && a.r.ownUndoWord(h.topic, a.toks[undoAt].norm) && a.topicHeaded(h.topic, a.toks[h.tok].norm) {
		// "had cancelled 83% of the programmes" for a topic of cancelled
		// programmes: the verb is the topic's own act, no undoing of it.
		aimed = false
	}
	refused := aimed && (a.negatedAt(undoAt, 0) || a.noIntentOf(undoAt))
	if refused && a.overdueUndo(f, undoAt) {
		// "said X's prime minister had still not retracted her
		// remarks": the undoing overdue, a reproach.
		return -3
	}
	if refused && a.keptByRefusal(undoAt, h) || a.pronounKept(f, h.tok) {
		// "would not lift the sanctions", "had not withdrawn its request
		// for X", "would not give up enrichment": refusing to undo the
		// topic keeps it.
		return 3
	}
	if !aimed && a.pronounUndone(f, h.tok) {
		// "said X had imposed the tariffs and called on Y to lift
		// them": the undoing asked for takes the topic back.
		return -3
	}
	if a.negatedTopicVerb(h.tok) {
		// "the position that Y could not enrich uranium", "would not
		// hand over its land": the topic's act itself ruled out.
		return -3
	}
	if p, ok := a.stateKept(f, h); ok {
		// "the frozen assets would stay frozen until X paid": the
		// topic's own state, kept.
		return p
	}
	if p, ok := a.troopsStay(f, h); ok {
		// "the troops would remain at the border posts": against
		// their withdrawal, for their presence.
		return p
	}
	s := 0.0
	undoVerb := aimed && !refused // as undoVerbAt
	undo := undoVerb || a.undoneAfter(f, h.tok) && !a.antiActAfter(h, a.r.antiWords[h.topic], a.hitEnd(h.tok)) || undoNouns.holds(a.toks[h.tok].lex) && (!a.ownTopicWord(h) || a.undoReferred(h)) || a.returnOfHeld(f, h)
	// flip collects the cue's polarity and, with an undo, what is said
	// of the undoing (the predicate after the topic in its clause), which
	// then flips: "scrapping the cap was a bribe" supports the cap.
	flip := 0.0
	objEnd := -1
	if undo && (undoNouns.holds(a.toks[h.tok].lex) || undoVerbs.holds(a.toks[h.tok].lex)) {
		// The hit is the undoing itself ("lifting …"): its object runs
		// to the finite verb of its clause.
		for j := h.tok + 1; j < len(a.toks) && j <= h.tok+8 && a.sentOf[j] == a.sentOf[h.tok]; j++ {
			if finiteAux.holds(a.toks[j].lex) {
				objEnd = j
				break
			}
			if a.toks[j].kind == tokPunct {
				break
			}
		}
	}
	switch f.kind {
	case frameSubject, frameInverted, frameAfter:
		p := float64(f.cue.pol) * 2
		if f.negated {
			p = -p
		}
		if p < 0 && a.cueOnCritique(f) {
			// "rejected the comments, saying the law was …": turning
			// down a critic's words defends what they criticised.
			p = -p
		}
		if a.matterOfInfinitive(f, h.tok) {
			// "called on X to work with its neighbours on the canal":
			// the call is for the work, not for the canal.
			p = 0
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
	if !undo && a.takenToCourt(f, h.tok) {
		// "said they would take the measure to court": a legal
		// challenge the speaker brings.
		return -3
	}
	if !undo && a.dismayedAt(f, h.tok) {
		// "was concerned by the move", "took note of the decision with
		// regret", "regretted that the measure had been taken".
		return -3
	}
	if !undo && a.firmResponseTo(f, h.tok) {
		// "said the bloc's response to any new tariffs would be
		// unflinching": a counter to the topic, promised.
		return -3
	}
	if p, ok := a.namedVerdict(f, h.tok); ok && !undo {
		// "called the detention of tankers piracy", "described the
		// penalty as unfair": the name given the topic is the verdict.
		return p * 1.5
	}
	if p, ok := a.relativeVerdict(f, h.tok); ok && !undo {
		// "was closely following the deployment, which she called
		// another example of X's dangerous behaviour": the speaker's own
		// name for the topic, in a relative clause after it, decides.
		return p
	}
	if g, ok := a.localGovernor(f, h.tok); ok && !undo {
		// "said it firmly opposes the tariffs", "…, rejecting Y's
		// offer": a verb of position aimed at the topic decides.
		return g * 1.5
	}
	if !undo && !f.negated && f.cue.pol >= 0 {
		if a.sovereigntyNotNegotiable(f, h) || !h.referred && a.ownPeopleDecide(f, h.tok) {
			// "said the sovereignty of X was not up for negotiation", "the
			// future of X was for Xers alone to decide": the speaker
			// defends X against the bid the topic names.
			return -3
		}
		if p, ok := a.subjectPredicate(f, h); ok {
			// "said the duties remained a serious problem": what the
			// content says of the topic as its subject decides; "did
			// not believe (that) the duties were a good idea" turns it.
			if a.disbelieved(f, h.tok) {
				p = -p
			}
			return p * 1.5
		}
	}
	if !undo && a.restraintForAll(f) {
		// "was closely following the operation and called on all
		// sides to show restraint": a call on everyone, no side taken.
		return 0
	}
	// undoFirst is the first of coordinated undo verbs ("stop and
	// eliminate"): the words before it govern the undoing.
	undoFirst := undoAt
	if undoVerb {
		for k := undoAt - 2; k >= 0 && k >= undoAt-4; k-- {
			if undoVerbs.holds(a.toks[k].lex) && a.coordinatedVerbs(k, undoAt) {
				undoFirst = k
				break
			}
		}
	}
	wish := a.wishToOthers(f, h.tok)
	purposeEnd := -1
	if undo {
		purposeEnd = a.undoPurposeEnd(h.tok)
	}
	// opener opens the absolute or relative clause the undoing is set
	// out in ("must follow the model, with X blown up"): the words
	// before it govern the undoing.
	opener := -1
	if undo && !undoVerb {
		opener = a.undoClauseOpener(h.tok)
	}
	butThat := a.butThatBefore(f, h.tok)
	// timeEnd is the modal after a time clause skipped after the undoing
	// ("lifting X before Y had withdrawn and paid … would"): the clause of
	// the undoing resumes there.
	timeEnd := -1
	for _, rg := range f.content {
		for k := rg[0]; k < rg[1]; k++ {
			if k == f.cueTok || k < butThat {
				// "said it had noted the pledge, but that the bid for X
				// remained unacceptable": the clause before is another
				// proposition.
				continue
			}
			if wish >= 0 && k >= wish {
				// "Asked about the launch, X said it hoped all parties
				// would keep the peace": a wish addressed to others,
				// no word on the topic.
				break
			}
			t := a.toks[k]
			if t.kind != tokWord {
				continue
			}
			if t.cap && k > a.sents[f.sent].t0 && a.toks[k-1].norm != `"` && a.mentAt[k] < 0 {
				// A capitalised word inside a sentence is part of a
				// name ("the Security Council"), not an opinion.
				continue
			}
			if e := a.chargeAgainstOthers(k, rg[1]); e > k {
				// "the case against those accused of planning the coup":
				// the charge others face, not the speaker's word.
				k = e - 1
				continue
			}
			if mi := a.mentAt[k]; mi >= 0 {
				// Words of a name are not opinions ("peace plan"). The
				// speaker's own side acting is its own choice: with an
				// undo, the undoing is what it stands for.
				if wish > k && a.subjectOfWish(a.ments[mi].t1, wish) {
					// "Strelsau had noted the reports and hoped all
					// parties would …": its own act is the wish.
				} else if a.reportBetween(min(k, h.tok), max(k, h.tok)) {
					// "Mexico would announce its response, adding that
					// …": its own act is not about the topic.
				} else if a.otherThatClause(min(k, h.tok), max(k, h.tok)) {
					// "said the measures were counterproductive and that
					// Sylvania had developed immunity": its own act is a
					// second proposition, not about the topic.
				} else if undo {
					flip += a.ownActorBonus(f, k, rg[0], h.tok)
				} else {
					s += a.ownActorBonus(f, k, rg[0], h.tok)
				}
				k = a.ments[mi].t1 - 1
				continue
			}
			if undoVerb && k >= undoFirst && k < undoAt {
				// "must stop and eliminate its enrichment": one undoing
				// in two verbs, no verdict on it.
				continue
			}
			if undoVerb && k > undoAt && k < h.tok && (workCarriers.holds(t.lex) || t.kind == tokPoss) {
				// "froze work on the legislation needed to implement X":
				// the work carries the undoing to the topic, no verdict.
				continue
			}
			if k > h.tok && t.norm == "even" && k+1 < rg[1] && (a.toks[k+1].norm == "if" || a.toks[k+1].norm == "though") && a.toks[k-1].norm == "," {
				// "membership remained a goal, even if it was not on the
				// table for now": the point conceded is not the stance.
				break
			}
			if undo && k > h.tok && t.norm == "before" && a.sameClause(h.tok, k) {
				// "lifting X before Y had withdrawn and paid for the
				// damage would amount to a reward": when the undoing
				// comes is no verdict on it; the predicate after the
				// time clause is.
				if m := a.modalAfter(k, rg[1]); m > k {
					timeEnd = m
					k = m - 1
					continue
				}
				break
			}
			if k > h.tok && (t.norm == "if" || t.norm == "unless" || undo && (t.norm == "until" || t.norm == "while")) && a.sameClause(h.tok, k) {
				// "the missiles would be sent if the war was not
				// settled": the condition says nothing of the topic;
				// nor does when or while an undoing lasts ("the deal
				// would stay frozen until X dropped its threats").
				break
			}
			if k > h.tok && a.eventClause(k) {
				// "…, after a vote among member states failed to block
				// the measure": someone else's event, dated, says
				// nothing of the speaker's stance.
				break
			}
			if k < h.tok && k+1 < rg[1] && (a.toks[k+1].norm == "to" || a.toks[k+1].norm == "against") && oppositionNouns.holds(t.lex) && a.plainNegated(k) {
				// "had no objection to the provision on X": no stand
				// against it, a consent.
				s += 2 * a.proximity(k, h.tok)
				continue
			}
			p := 0.0
			switch {
			case !a.r.stanceWords.mayHave(t.norm):
				// None of the cases below: p stays 0.
			case t.norm == "working" && k == h.tok+2 && beVerbs.holds(a.toks[k-1].lex):
				p = 1 // "the sanctions were working"
			case t.norm == "pressure" && a.pressureKept(k):
				p = 1 // "had to keep up pressure on X"
			case rewardForms.holds(t.lex) && k > h.tok && k+1 < rg[1] && a.toks[k+1].norm == "for" && !a.meritAfter(k+2, rg[1]):
				// "would amount to a reward for aggression", "described
				// the move as a reward for the raid": a wrong rewarded.
				p = -1
			case t.norm == "legitimate" && a.targetsAfter(k):
				p = -1 // "would regard X as legitimate targets": a threat
			case t.norm == "table" && k > 1 && a.toks[k-1].norm == "the" && (a.toks[k-2].norm == "off" || a.toks[k-2].norm == "on"):
				// "X was off the table", "X is not on the table": ruled
				// out; "remains on the table" is only an option, and
				// "not off the table" no more than that.
				neg := a.negatedAt(k, rg[0])
				switch {
				case a.toks[k-2].norm == "off" && !neg:
					p = -1
				case a.toks[k-2].norm == "on" && neg:
					p = 1 // the negation turns it against
				default:
					continue
				}
			case t.norm == "end" && k > 0 && a.toks[k-1].norm == "dead":
				p = -1 // "a dead end"
			case t.norm == "sense" && a.makeBefore(k):
				p = 1 // "it made sense to …"; "made no sense" once negated
				if a.toks[k-1].norm == "little" {
					p = -1
				}
			case coercedForms.holds(t.lex) && a.negatedAt(k, rg[0]):
				// "Europe will not be blackmailed", "the tariffs would
				// not intimidate us": defiance, against what presses
				// (the negation below turns it against).
				p = 1
			case prolongForms.holds(t.lex) && a.strifeAfter(k):
				p = -1 // "would only prolong the conflict"
			case strifeNouns.holds(t.lex) && a.strifeEnded(k):
				continue // "a truce and an end to the war": strife ended is no charge
			case t.norm == "crude" && !a.judgedAdjective(k):
				continue // "Sylvanian crude", "crude oil": the commodity
			case t.norm == "just" && a.justAdjective(k):
				p = 1 // "a just response", "just and necessary"
			case t.norm == "warning" && k > h.tok && a.predicateNoun(k):
				continue // "described the drills as a stern warning": their purpose, no verdict
			case t.norm == "legal" && k+1 < rg[1] && legalGrounds.holds(a.toks[k+1].lex):
				// "had no legal basis", "never had any legal standing":
				// the ground the topic stands on, judged (negation
				// below turns it against).
				p = 1
			case t.norm == "legal" && a.attributive(k, rg[1]):
				continue // "legal remedies", "legal action": no verdict
			case askForms.holds(t.lex) && !undo && a.refrainAfter(k, rg[1]):
				p = -1 // "urged X to refrain from actions that …": a call for restraint
			case positiveWords.holds(t.lex) && intensifiers.holds(t.lex) && a.intensifies(k, rg[1]):
				continue // "strong public indignation": the word after judges
			case a.notConcerned(k):
				// "he was not concerned": playing it down, neither for
				// nor against.
				continue
			case t.norm == "should" && k+1 < rg[1] && negators.holds(a.toks[k+1].lex):
				p = -1 // "should not be imposed", "should never have been"
			case harmAdjectives.holds(t.lex) && k+1 < rg[1] && effectNouns.holds(a.toks[k+1].lex):
				// "would have immense negative effects on industry"; "will
				// not have a negative impact downstream" once negated.
				p = -1
			case helpForms.holds(t.lex) && k+1 < rg[1] && (a.toks[k+1].norm == "nobody" || a.toks[k+1].norm == "no" && k+2 < rg[1] && a.toks[k+2].norm == "one"):
				p = -1 // "a trade war would help no one", "benefits nobody"
			case t.norm == "overtaken" && k+2 < rg[1] && a.toks[k+1].norm == "by" && a.toks[k+2].norm == "events":
				p = -1 // "the memorandum had been overtaken by events": spent
			case comparativeHarms.holds(t.lex) && a.madeWorse(k, rg[0], rg[1]) >= 0:
				// "would only make a solution harder to achieve", "could
				// make it much worse": the topic makes matters worse (not
				// "harder for X to fund its war", a bad thing hindered); the
				// good verb of "harder to achieve" is what is made harder,
				// and so is a good word between ("make peace harder").
				p = -1
				for j := a.madeWorse(k, rg[0], rg[1]) + 1; j < k; j++ {
					if positiveWords.holds(a.toks[j].lex) {
						p--
					}
				}
				if k+2 < rg[1] && a.toks[k+1].norm == "to" {
					k += 2
				}
			case gainNouns.holds(t.lex) && a.erasedGain(k, rg[0]):
				// "the cuts could undo 20 years of progress", "the
				// attacks had wiped out weeks of gains": the topic's harm
				// to what was won, whatever the good word.
				p = -1
			case positiveWords.holds(t.lex) && a.harmedGood(k, rg[0]):
				// "would endanger regional peace": the harm already
				// counted, the good it harms says nothing more.
				continue
			case positiveWords.holds(t.lex):
				p = 1
			case negativeWords.holds(t.lex) && !(h.tok > k && a.sameClause(k, h.tok)) && a.pursuedWrong(k, rg[0]):
				// "set up committees to investigate violations, and that
				// anyone guilty would be held accountable": the wrong
				// pursued is no charge against the topic (one named after
				// it in its clause is where the wrong was done).
				continue
			case negativeWords.holds(t.lex) && a.hinderedBad(k, rg[0]):
				p = 1 // "would make it harder for X to fund its war"
			case negativeWords.holds(t.lex):
				p = -1
			case abuseNouns.holds(t.lex) && a.aimedAtAbstract(k, rg[1]):
				p = -2 // a strong verdict: "an attack on its rights"
			case hardWords.holds(t.lex) && k+2 < rg[1] && a.toks[k+1].norm == "to" && enforceBases.holds(a.toks[k+2].lex):
				p = -2 // "would be difficult to enforce": a practical objection
			case t.norm == "question" && k > 2 && a.toks[k-1].norm == "the" && a.toks[k-2].norm == "of" && a.toks[k-3].norm == "out":
				p = -1 // "out of the question"
			case (t.norm == "questions" || t.norm == "doubts") && k > 0 && a.raisedBefore(k, rg[0]):
				p = -2 // "raised questions about X's commitment": doubt cast, whatever the commitment
			case costNouns.holds(t.lex) && k > 0 && a.raisedBefore(k, rg[0]):
				p = -1 // "would only raise costs for consumers"
			case t.norm == "against" && k > 0 && contraryHeads.holds(a.toks[k-1].lex):
				p = -1 // "the law went against the principles of …"
			case t.norm == "counter" && k > 0 && contraryHeads.holds(a.toks[k-1].lex) || contradictForms.holds(t.lex) && !a.claimAfter(k, rg[1]):
				// "ran counter to its policy", "contradicts its
				// interests" (not "contradicting X's assertion that …",
				// a rebuttal of a claim).
				p = -1
			case (t.norm == "cost" || t.norm == "costs" || t.norm == "costing") && k+1 < rg[1] && lossNouns.holds(a.toks[k+1].lex):
				p = -1 // "the cuts were costing lives": a harm charged to it
			default:
				if c, ok := a.r.cues[t.norm]; ok && c.pol != polNeutral {
					p = float64(c.pol)
				}
			}
			if p == 0 {
				continue
			}
			if k > h.tok && a.topicsOwnVerdict(h.tok, k) {
				// "the ruling that rejected Y's claims was final": the
				// topic's own verdict on another thing, no word on it.
				continue
			}
			if a.accusedOf(k, h.tok) || a.accuserOutside(k, h) && a.soleDoer(f, h.topic) {
				// "accused X of leading the region towards war, and
				// said Y": the charge is X's, not a word on Y.
				continue
			}
			if k > h.tok && (a.respondedTo(k, h.tok) || a.warnedAt(k, h.tok)) {
				// "the tariffs were a response to Sylvania's unfair
				// subsidies", "action against the illegal dumping": the
				// word judges what the topic answers, not the topic.
				continue
			}
			if p < 0 && k+2 < rg[1] && (critiqueNouns.holds(a.toks[k+1].lex) || critiqueNouns.holds(a.toks[k+2].lex) && a.toks[k+1].kind == tokWord && !a.toks[k+1].cap) {
				// "rejected criticism", "dismissed the concerns": a
				// defence.
				p = -p
			}
			if a.negatedAt(k, rg[0]) {
				p = -p
				if p < 0 && k > h.tok && a.withoutItAfter(k, rg[1]) {
					// "would sign no final agreement without them": the
					// topic named before is the condition it demands.
					p = -p
				}
			}
			if undo && k > h.tok && k < objEnd {
				// "lifting what he called illegal restrictions would
				// …": a word of the undone thing's own phrase judges it.
				s += p * a.proximity(k, h.tok)
				continue
			}
			if undo && k > h.tok && (a.sameClause(h.tok, k) || k < purposeEnd || timeEnd > 0 && k >= timeEnd && a.sameClause(timeEnd, k)) {
				flip += p * a.proximity(k, h.tok)
				continue
			}
			if undo && !undoVerb && k < h.tok && (a.thatBefore(k, h.tok) || a.feltClause(k, h.tok) || k < opener) {
				// "was glad that the sanctions had been lifted": the
				// verdict is on the clause, the undoing it reports.
				flip += p * a.proximity(k, h.tok)
				continue
			}
			if undoVerb && k < undoFirst && undoFirst-k <= 6 && a.sameClause(k, undoFirst) {
				// "urged Y to lift the ban": the verb governs the undoing.
				flip += p * a.proximity(k, undoAt)
				continue
			}
			s += p * a.proximity(k, h.tok)
		}
	}
	if p, ok := a.keptOrMeant(f, h.tok); ok && !undo {
		// "the countermeasures would stay in place", "the tariffs are
		// meant to stop X": kept, or defended by their purpose.
		return p
	}
	if p, ok := a.modalPassive(f, h); ok && !undo {
		// "the treaty could not be signed", "must be ratified".
		if p == 3 {
			// "the sanctions should never have been lifted": the
			// undoing ruled out keeps the topic, as "would not lift
			// them" does; "never" and "should" are that predicate's
			// words, not verdicts of their own.
			return 3
		}
		s += p
	}
	if a.negatedVerbBefore(f, h.tok) {
		// "will not sign the treaty": a negated verb aimed at the topic.
		s -= 1.5
	} else if a.keptAway(f, h.tok) {
		// "would no longer take part in talks on X", "has skipped
		// every X meeting": staying away is a stand against.
		s -= 2
	}
	if undo {
		// What is said is about undoing the topic: "demanded that X
		// retract the remarks" opposes the remarks, "called the
		// suspension an act of war" supports what was suspended.
		if flip == 0 {
			flip = 1 // talking of undoing it, for it
			if undoVerb {
				flip = 2 // "it was suspending the deal"
			}
		}
		return s - flip
	}
	if s+flip == 0 {
		if p, ok := a.refusedComplement(f, h.tok); ok {
			// "would not recognise a government formed through the
			// election": the topic inside what is refused.
			return p
		}
	}
	if s+flip == 0 && !h.referred && a.chargeNamed(h.tok) && !a.ownsTopic(f, h.topic) {
		// "the real reasons behind the aggression against X",
		// "describing the comments as interference in X's affairs": no
		// other word for it, the topic named by its charge is opposed.
		return -1
	}
	return s + flip
}

// possessorsOwn returns, for a referring noun possessed by a watched
// actor (the possessive at k) whose referent tp that actor does not
// own, the topic the actor owns that was named last before k, else the
// one such headline topic.
func (a *analysis) possessorsOwn(k int, tp news.TopicID) (news.TopicID, int, bool) {
	if k == 0 || len(a.r.ownerActors) == 0 || a.mentAt[k-1] < 0 {
		return "", -1, false
	}
	acts := a.ments[a.mentAt[k-1]].actors
	if len(acts) == 0 || overlapActors(acts, a.r.ownerActors[tp]) {
		return "", -1, false
	}
	for j := a.mentAt[k-1] - 1; j >= 0; j-- {
		m := a.ments[j]
		for _, o := range m.topics {
			if overlapActors(acts, a.r.ownerActors[o]) && !a.unanchored[o] && !a.unowned[o] {
				return o, m.t0, true
			}
		}
	}
	var hit news.TopicID
	for _, o := range a.titleTopics {
		if overlapActors(acts, a.r.ownerActors[o]) {
			if hit != "" {
				return "", -1, false
			}
			hit = o
		}
	}
	return hit, -1, hit != ""
}

// ownsTopic reports a speaker its topic's name makes the owner ("US" in
// "US pressure on X"): its own act, not a charge it makes.
func (a *analysis) ownsTopic(f *frame, tp news.TopicID) bool {
	for _, act := range a.r.ownerActors[tp] {
		if containsActor(f.actors, act) {
			return true
		}
	}
	return false
}

// chargeAgainstOthers returns the end of a participle of accusation
// that modifies the people before it ("those accused of planning the
// coup", "men suspected of the attack"), within end, or -1: the charge
// they face, a participle, not a finite verb ("was accused of").
func (a *analysis) chargeAgainstOthers(k, end int) int {
	n := a.toks[k].norm
	if len(n) < 7 || n[len(n)-1] != 'd' || k == 0 || k+1 >= end || !accusedForms.words[n] {
		return -1
	}
	if p := a.toks[k-1].norm; passiveBe.words[p] || haveAux.words[p] || a.toks[k-1].kind != tokWord {
		return -1
	}
	j := k + 1
	if n := a.toks[j].norm; n != "of" && n != "with" {
		return -1
	}
	j++
	if j < end && strings.HasSuffix(a.toks[j].norm, "ing") {
		j++
	}
	if j < end && objectDeterminers.holds(a.toks[j].lex) {
		j++
	}
	if j < end && a.toks[j].kind == tokWord && a.mentAt[j] < 0 {
		j++
	}
	return j
}

// chargeNamed reports a topic mention at tok whose own head is a
// charge ("aggression against X", "interference in X's affairs").
func (a *analysis) chargeNamed(tok int) bool {
	mi := a.mentAt[tok]
	if mi < 0 {
		return false
	}
	t1 := a.ments[mi].t1
	for j := a.ments[mi].t0; j < t1; j++ {
		// The charge heads the name: last, or before its complement
		// ("aggression against X"), not a classifier ("criminal code").
		if chargeNouns.holds(a.toks[j].lex) && (j == t1-1 || blockingPrepositions.holds(a.toks[j+1].lex) || a.toks[j+1].norm == "of") {
			return true
		}
	}
	return false
}

// echoed returns the frame a closing-appositive reaction reacts to.
func (a *analysis) echoed(f *frame) *frame {
	if f.echo == 0 {
		return nil
	}
	for i := range a.frames {
		if g := &a.frames[i]; g.sent == f.sent && g.cueTok == f.echo-1 {
			return g
		}
	}
	return nil
}

// matterOfInfinitive reports a topic that is only the matter of an
// infinitive after the cue: "urged X to work with Y on the canal", "to
// talk about the deal". The infinitive's verb is no verb of position.
func (a *analysis) matterOfInfinitive(f *frame, tok int) bool {
	if f.cueTok < 0 || tok <= f.cueTok {
		return false
	}
	j := tok - 1
	for j > f.cueTok && (a.toks[j].norm == "the" || a.toks[j].norm == "a" || a.toks[j].norm == "its" || a.toks[j].norm == "their") {
		j--
	}
	switch a.toks[j].norm {
	case "on", "about", "over", "regarding", "concerning":
	default:
		return false
	}
	for i := f.cueTok + 1; i < j; i++ {
		if a.toks[i].norm != "to" || i+1 >= j {
			continue
		}
		v := a.toks[i+1].norm
		if _, ok := a.r.cues[v]; ok || positiveWords.words[v] || negativeWords.words[v] || undoVerbs.words[v] || acceptBases.words[v] || harmVerbs.words[v] {
			return false
		}
		return true
	}
	return false
}

// ownOfferSpurned reports the topic at tok as what the speaker's own
// offer or request was for, spurned by another watched actor: "Ruritania
// had ignored Zenda's offer of talks" (Zenda speaking), "accused
// Ruritania of rejecting Strelsau's request for talks"; or left
// unanswered: "Zenda had received no reply to the note it sent", "no
// response to its request for talks".
func (a *analysis) ownOfferSpurned(f *frame, tok int) bool {
	k := tok - 1
	for k >= 0 && (a.toks[k].norm == "a" || a.toks[k].norm == "an" || a.toks[k].norm == "the") {
		k--
	}
	if k >= 0 && a.unanswered(f, k) {
		return true
	}
	if k < 3 || a.toks[k].norm != "of" && a.toks[k].norm != "for" || !offerNouns.holds(a.toks[k-1].lex) {
		return false
	}
	k -= 2
	if (a.toks[k].norm == "its" || a.toks[k].norm == "their" || a.toks[k].norm == "the") && a.unanswered(f, k-1) {
		return true // "no response to its request for talks"
	}
	if a.toks[k].kind != tokPoss || a.mentAt[k-1] < 0 || !overlapActors(a.ments[a.mentAt[k-1]].actors, f.actors) {
		return false // "its offer" may be the other's own
	}
	k = a.ments[a.mentAt[k-1]].t0
	k--
	if k < 1 || !spurnVerbs.holds(a.toks[k].lex) || !f.covers(k) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4 && f.covers(j); j-- {
		if mi := a.mentAt[j]; mi >= 0 && len(a.ments[mi].actors) > 0 {
			return !overlapActors(a.ments[mi].actors, f.actors)
		}
	}
	return false
}

// unanswered reports "(the speaker) had received no reply to" ending
// at k, before the topic: "Zenda had received no response to the note
// it sent" is the speaker pressing its own request.
func (a *analysis) unanswered(f *frame, k int) bool {
	if k < 4 || a.toks[k].norm != "to" || !replyNouns.holds(a.toks[k-1].lex) || a.toks[k-2].norm != "no" {
		return false
	}
	v := k - 3
	switch a.toks[v].norm {
	case "received", "receives", "receiving", "got", "had", "has":
	default:
		return false
	}
	for j := v - 1; j >= 0 && j >= v-3 && f.covers(j); j-- {
		if mi := a.mentAt[j]; mi >= 0 && len(a.ments[mi].actors) > 0 {
			return overlapActors(a.ments[mi].actors, f.actors)
		}
	}
	return false
}

// overlapActors reports an actor in both lists.
func overlapActors(xs, ys []news.ActorID) bool {
	for _, x := range xs {
		if containsActor(ys, x) {
			return true
		}
	}
	return false
}

// commitmentDenied reports a topic named at k as what another party's
// commitment falls short of: "citing Zenda's lack of serious commitment
// to a peace process", "because Zenda had not shown a real commitment to
// the talks". The speaker judges that party; it takes no side on the
// topic. Its own commitment ("reaffirmed its commitment to the talks") is
// not denied, and is no one else's.
func (a *analysis) commitmentDenied(f *frame, k int) bool {
	j := k - 1
	if j >= 0 && (a.toks[j].norm == "a" || a.toks[j].norm == "an" || a.toks[j].norm == "the") {
		j--
	}
	if j < 2 || a.toks[j].norm != "to" || a.toks[j-1].norm != "commitment" && a.toks[j-1].norm != "commitments" {
		return false
	}
	j -= 2
	for i := j; i >= 0 && i >= j-3; i-- {
		t := a.toks[i]
		if t.kind == tokPunct {
			return false
		}
		if !wantNouns.holds(t.lex) && !negators.holds(t.lex) { // "lack", "not"
			continue
		}
		// The holder just before the denial: "Zenda's lack of",
		// "Zenda had not shown".
		for h := i - 1; h >= 0 && h >= i-3; h-- {
			if a.toks[h].kind == tokPunct {
				return false
			}
			if mi := a.mentAt[h]; mi >= 0 {
				acts := a.ments[mi].actors
				return len(acts) > 0 && !overlapActors(acts, f.actors)
			}
		}
		return false
	}
	return false
}

// frontedSetting reports a topic mention at k, before the speaker at
// spk, inside a ", where …" or ", when …" clause that tells of the
// place or time of a fronted phrase, up to the comma before the speaker.
func (a *analysis) frontedSetting(k, spk int) bool {
	for j := k - 1; j > 0 && j >= k-12; j-- {
		t := a.toks[j]
		if t.kind == tokPunct {
			return false
		}
		if (t.norm == "where" || t.norm == "when") && a.toks[j-1].norm == "," {
			for i := k + 1; i < spk; i++ {
				if a.toks[i].norm == "," {
					return true
				}
			}
			return false
		}
	}
	return false
}

// othersOwn reports a one-word alias ("ceasefire") of a topic whose name
// names the parties doing it ("X-Y ceasefire"), in a frame of coordinated
// speakers one of whom is not among them: "Y and Z agreed to a ceasefire"
// is theirs, not X and Y's.
func (a *analysis) othersOwn(f *frame, m mention) bool {
	if m.t1-m.t0 != 1 || len(f.actors) < 2 || a.toks[m.t0].cap {
		return false
	}
	for _, tp := range m.topics {
		doers := a.r.namedDoers[tp]
		if len(doers) < 2 {
			return false
		}
		for _, act := range f.actors {
			if !containsActor(doers, act) {
				return true
			}
		}
	}
	return false
}

// sameDeniedPhrase reports a topic mention at k that goes on the phrase of
// the one at d, named as what another party neglects, with the same
// topics and no break between: "lack of commitment to a peace process to
// end the war", the infinitive telling what the process is for.
func (a *analysis) sameDeniedPhrase(d, k int) bool {
	md, mk := a.ments[a.mentAt[d]], a.ments[a.mentAt[k]]
	for _, tp := range mk.topics {
		if !containsTopic(md.topics, tp) {
			return false
		}
	}
	for j := md.t1; j < k; j++ {
		if t := a.toks[j]; t.kind == tokPunct || t.norm == "and" || t.norm == "but" {
			return false
		}
	}
	return len(mk.topics) > 0 && k-md.t1 <= 4
}

// otherFailed reports "X (had) failed to" before the verb at j, X a
// watched actor other than the speaker.
func (a *analysis) otherFailed(f *frame, j int) bool {
	k := j - 1
	if k < 1 || a.toks[k].norm != "to" {
		return false
	}
	k--
	switch a.toks[k].norm {
	case "failed", "fails", "fail":
	default:
		return false
	}
	k--
	for k >= 0 && (a.toks[k].norm == "had" || a.toks[k].norm == "has" || a.toks[k].norm == "have") {
		k--
	}
	if k < 0 {
		return false
	}
	mi := a.mentAt[k]
	if mi < 0 || len(a.ments[mi].actors) == 0 {
		return false
	}
	for _, act := range a.ments[mi].actors {
		if containsActor(f.actors, act) {
			return false
		}
	}
	return true
}

// plainNegated reports "not", "never" or "no" within the three words
// before k.
func (a *analysis) plainNegated(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch a.toks[j].norm {
		case "not", "never", "no", "n't":
			return true
		case "than", "of":
			// "rather than comply", "instead of signing".
			if j > 0 && (a.toks[j-1].norm == "rather" || a.toks[j-1].norm == "instead") {
				return true
			}
		}
	}
	return false
}

// ownSubjectClause returns where a clause with its own subject opens
// after the verb of an act ("approved a loan …, as his government moves
// to lift the controls"): what it names is not what the act is aimed at.
// Without one it returns the end of the text.
func (a *analysis) ownSubjectClause(f *frame) int {
	if f.cueTok < 0 {
		return len(a.toks)
	}
	si := a.sentOf[f.cueTok]
	if f.cue.pol == polNeutral {
		// "said on Tuesday it would withdraw …, days after its capture
		// of the town threatened to unravel a peace deal": the
		// reporter's time clause on the speaker's own past. Another's
		// act ("regretted the decision …, a day after X signed an
		// order") stays: it is what the speaker answers.
		if j, ok := a.timedAfter(f, si); ok {
			return j
		}
		if j, ok := a.asEventAfter(f, si); ok {
			return j
		}
		return len(a.toks)
	}
	for j := f.cueTok + 1; j+1 < len(a.toks) && a.sentOf[j+1] == si; j++ {
		switch a.toks[j].norm {
		case "as", "while", "because", "since", "when", "after", "although", "though", "whereas":
			if !f.covers(j) {
				continue
			}
			if n := a.toks[j+1]; subjectPossessives.holds(n.lex) && !a.possessedPhraseOnly(j+1) || n.cap && a.nameThenVerb(j+1) {
				return j
			}
			if a.toks[j].norm == "as" && a.toks[j-1].norm == "," && a.asTimeClause(j+1, si) {
				// "warned that the mission could run out of money, as
				// the first battalion assigned to it arrived".
				return j
			}
		}
	}
	return len(a.toks)
}

// possessedPhraseOnly reports a possessive at i whose noun phrase ends
// at punctuation before any verb: "his decision, signed hours after his
// inauguration, to pull …" is a phrase of time, not a clause with a
// subject of its own as "as his government moves to …" is.
func (a *analysis) possessedPhraseOnly(i int) bool {
	for j := i + 1; j < len(a.toks) && j <= i+4; j++ {
		t := a.toks[j]
		if t.kind == tokPunct && t.norm != "-" {
			return j > i+1
		}
		if finiteAux.holds(t.lex) || a.finiteVerbForm(j) {
			return false
		}
	}
	return false
}

// timedAfter returns where a lede's time clause on the speaker's own
// doings opens after a cue, ", days after its capture of …", ", hours
// before they …", ", shortly after it …": the reporter's account of what
// came before, not what was said.
func (a *analysis) timedAfter(f *frame, si int32) (int, bool) {
	n := len(a.toks)
	for j := f.cueTok + 1; j+2 < n && a.sentOf[j+2] == si; j++ {
		if a.toks[j].norm != "," || !f.covers(j+1) {
			continue
		}
		k := j + 1
		if w := a.toks[k].norm; w == "just" || w == "only" || w == "barely" {
			k++
		}
		switch w := a.toks[k].norm; {
		case w == "shortly" || w == "soon" || timeQuantities.words[w]:
			k++
		case numberWords.words[w] || w == "a" || w == "an" || isDigits(w):
			k++
			if k < n && a.toks[k].norm == "few" {
				k++
			}
			if k >= n || !timeUnits.holds(a.toks[k].lex) {
				continue
			}
			k++
		default:
			continue
		}
		if k+1 < n && a.sentOf[k+1] == si && (a.toks[k].norm == "after" || a.toks[k].norm == "before") && (ownBefore.holds(a.toks[k+1].lex) || a.subjectClause(k+1, si) && a.namesTopicBefore(f, j)) {
			// "…, a day after the board's first meeting moved toward
			// deploying a force": a clause with its own subject is
			// what someone else did; if that subject is watched, its
			// own frame carries it. Where the words before it name no
			// topic ("regretted the decision, a day after X signed an
			// order"), the clause is what the speaker answers.
			return j, true
		}
	}
	return 0, false
}

// asEventAfter returns where a reporter's clause of time opens after a
// cue, ", as" and a subject of its own with a verb of event ("said there
// would be no rebuilding, as the Lorn council held its first meeting",
// "…, as talks on a Zenda deal stalled"): what happened meanwhile, not
// what was said. A clause whose verb is "be", "have" or a modal ("…, as
// the plan was a trap") may give the speaker's reason, and stays.
func (a *analysis) asEventAfter(f *frame, si int32) (int, bool) {
	n := len(a.toks)
	for j := f.cueTok + 1; j+3 < n && a.sentOf[j+3] == si; j++ {
		if a.toks[j].norm != "," || a.toks[j+1].norm != "as" || !f.covers(j+2) || a.inQuote(j+1) {
			continue
		}
		if a.asTimeClause(j+2, si) {
			return j, true
		}
	}
	return 0, false
}

// asTimeClause reports a clause at i whose subject, a name or a noun
// phrase, is followed by a past or present verb of event before any
// auxiliary: "talks on the deal stalled", "Firefly's plan enters its
// second phase", "the first battalion assigned to the force arrived".
func (a *analysis) asTimeClause(i int, si int32) bool {
	n := len(a.toks)
	t := a.toks[i]
	if t.kind != tokWord || !t.cap && t.norm != "the" && t.norm != "a" && t.norm != "an" && !pluralWord(t.norm) {
		return false // "…, as currently constituted, …" has no subject
	}
	for j := i + 1; j < n && j < i+14 && a.sentOf[j] == si; j++ {
		u := a.toks[j]
		if u.kind == tokPunct && u.norm != "'" && u.norm != "-" && u.norm != "." {
			return false
		}
		if u.kind != tokWord || u.cap {
			continue
		}
		w := u.norm
		switch {
		case finiteAux.holds(u.lex) || w == "that" || w == "which" || w == "who" || w == "to" || subordinators.holds(u.lex):
			return false
		case strings.HasSuffix(w, "ed") && len(w) > 4:
			if j+1 < n && (a.toks[j+1].norm == "by" || a.toks[j+1].norm == "to") {
				continue // "the battalion assigned to the force", "the board chaired by X"
			}
			return true
		case a.finiteVerbForm(j) && j+1 < n && !finiteAux.holds(a.toks[j+1].lex) && (a.toks[j+1].norm == "its" || a.toks[j+1].norm == "their" || a.toks[j+1].norm == "the" || a.toks[j+1].norm == "a"):
			return true // "enters its second phase"
		case irregularPastEvents.holds(u.lex):
			return true
		}
	}
	return false
}

// subjectClause reports a clause opening at i with a subject of its own
// and a finite verb: "the first meeting of the board pledged …",
// "President X ordered …", "a vote endorsed …"; not a noun phrase alone
// ("a day after the attack") or one with a participle ("the plan
// endorsed by X").
func (a *analysis) subjectClause(i int, si int32) bool {
	n := len(a.toks)
	t := a.toks[i]
	if t.norm != "the" && t.norm != "a" && t.norm != "an" && !(t.cap && t.kind == tokWord) {
		return false
	}
	for j := i + 1; j < n && j < i+16 && a.sentOf[j] == si; j++ {
		u := a.toks[j]
		if u.kind == tokPunct && u.norm != "'" && u.norm != "-" {
			return false
		}
		if u.kind != tokWord || u.cap {
			continue
		}
		switch w := u.norm; {
		case w == "that" || w == "which" || w == "who" || subordinators.words[w]:
			return false
		case finiteAux.words[w]:
			return true
		case len(w) > 4 && strings.HasSuffix(w, "ed"):
			if j+1 < n && a.toks[j+1].norm == "by" {
				// "the board chaired by Firefly was due to meet": the
				// participle's phrase, then the clause's own verb.
				continue
			}
			return true
		}
	}
	return false
}

// namesTopicBefore reports a topic named in the frame's content before k.
func (a *analysis) namesTopicBefore(f *frame, k int) bool {
	for _, rg := range f.content {
		for j := rg[0]; j < rg[1] && j < k; j++ {
			if mi := a.mentAt[j]; mi >= 0 && len(a.ments[mi].topics) > 0 {
				return true
			}
		}
	}
	return false
}

// isDigits reports a word of digits: "48".
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// nameThenVerb reports a capitalised name at i followed by a verb in the
// past or with an auxiliary: "after President X ordered tariffs".
func (a *analysis) nameThenVerb(i int) bool {
	j := i
	for j < len(a.toks) && j < i+5 && a.toks[j].cap && a.toks[j].kind == tokWord {
		j++
	}
	if j == i || j >= len(a.toks) {
		return false
	}
	n := a.toks[j].norm
	return finiteAux.words[n] || len(n) > 4 && strings.HasSuffix(n, "ed")
}

// demonymBefore reports a capitalised adjective of origin at j before a
// lower-case referring noun: "the European operation", "the Kardan
// proposal".
func (a *analysis) demonymBefore(j int) bool {
	if j+1 >= len(a.toks) {
		return false
	}
	n, next := a.toks[j].norm, a.toks[j+1]
	if next.cap || next.kind != tokWord || !referringNouns.holds(next.lex) {
		return false
	}
	for _, suf := range []string{"an", "ese", "ish", "ic"} {
		if len(n) > len(suf)+3 && strings.HasSuffix(n, suf) {
			return true
		}
	}
	return false
}

// genericPlural reports a plural referring noun that heads no topic
// alias: "reforms", "policies".
func (a *analysis) genericPlural(n string) bool {
	return referringNouns.words[n] && strings.HasSuffix(n, "s") && len(a.r.headTopics(n)) == 0
}

// ownAct reads a topic named by an act ("leave the bloc", "impose
// tariffs") whose subject is the speaker itself: "said they were leaving
// X", "said it would impose tariffs" (+3), "it would not leave X" (-3).
func (a *analysis) ownAct(f *frame, h topicHit) (float64, bool) {
	t := a.toks[h.tok]
	if h.referred || t.cap || t.kind != tokWord || h.tok < 2 {
		return 0, false
	}
	p := a.toks[h.tok-1].norm
	switch {
	case modals.words[p] || p == "to":
	case (p == "was" || p == "were" || p == "is" || p == "are") && strings.HasSuffix(t.norm, "ing"):
	default:
		return 0, false
	}
	neg := false
	for j := h.tok - 1; j >= 0 && j >= h.tok-6 && f.covers(j); j-- {
		n := a.toks[j].norm
		switch {
		case negators.words[n]:
			neg = true
		case modals.words[n] || auxiliaries.words[n] || n == "to" || n == "ready" || n == "going" || n == "prepared":
		case isSpeakerPronoun(n):
			if neg {
				return -3, true
			}
			return 3, true
		default:
			if mi := a.mentAt[j]; mi >= 0 && a.ments[mi].t1 == j+1 {
				if t0 := a.ments[mi].t0; t0 > 0 && a.toks[t0-1].norm == "for" {
					// "rejected calls for X to give up its weapons":
					// someone else's call on the speaker, no own act.
					return 0, false
				}
				for _, act := range a.ments[mi].actors {
					if containsActor(f.actors, act) {
						if neg {
							return -3, true
						}
						return 3, true
					}
				}
			}
			return 0, false
		}
	}
	return 0, false
}

// actObject reads a topic named right after the verb of the speaker's
// own act in a frame with one (frame.act): "imposed the steel duties"
// does the topic (+3); an undoing or a hindrance ("lifted", "blocked the
// opening of talks on X") is left to the rules that read them.
func (a *analysis) actObject(f *frame, h topicHit) (float64, bool) {
	if f.act == 0 || h.referred {
		return 0, false
	}
	v := f.act - 1
	start, _ := a.hitSpan(h.tok)
	if start <= v || start > v+3 {
		return 0, false
	}
	if againstAct(a.toks[v].norm) {
		return 0, false
	}
	for j := v + 1; j < start; j++ {
		if n := a.toks[j].norm; !npFunctionWords.words[n] && !numberWords.words[n] {
			return 0, false
		}
	}
	return 3, true
}

// negativeActs are past acts against their object that neither undo nor
// hinder it in undoVerbs' and harmVerbs' sense nor are negativeWords:
// "struck", "sanctioned" ("blocked" and "vetoed" are harmVerbs).
var negativeActs = lexSet(set(`attacked struck bombed targeted punished sanctioned penalised penalized
	banned barred`))

// againstAct reports a verb that undoes, hinders or is otherwise aimed
// against its object: an act actObject and readiness leave to the rules
// that read those.
func againstAct(n string) bool {
	return undoVerbs.words[n] || harmVerbs.words[n] || negativeWords.words[n] || negativeActs.words[n]
}

func isSpeakerPronoun(n string) bool {
	return thirdPronoun(n) || n == "we"
}

// aimedAtAbstract reports a noun at k followed by "on", "upon" or
// "against" and a common noun phrase ("an attack on free speech"), not a
// name ("attacks on Ruritania").
func (a *analysis) aimedAtAbstract(k, end int) bool {
	if k+1 < end && a.toks[k+1].norm == `"` {
		k++ // "a \"frontal attack\" on …"
	}
	if k+2 >= end {
		return false
	}
	switch a.toks[k+1].norm {
	case "on", "upon", "against", "to":
	default:
		return false
	}
	j := k + 2
	if n := a.toks[j].norm; (n == "the" || n == "our" || n == "its" || n == "their") && j+1 < end {
		j++
	}
	if mi := a.mentAt[j]; mi >= 0 && a.ments[mi].t1+1 < end && a.toks[a.ments[mi].t1].kind == tokPoss {
		// "an attack on Congo's sovereignty".
		j = a.ments[mi].t1 + 1
	} else if a.toks[j].cap && a.mentAt[j] < 0 && j+1 < end && !a.toks[j+1].cap && a.toks[j+1].kind == tokWord {
		j++ // "an attack on Maori rights"
	} else if a.toks[j].cap && a.mentAt[j] < 0 && j+2 < end && a.toks[j+1].kind == tokPoss {
		j += 2 // "an attack on Lorn's constitutional order": an unwatched name's
	}
	t := a.toks[j]
	return t.kind == tokWord && !t.cap && a.mentAt[j] < 0
}

// reportBetween reports a reporting verb between tokens i < j, after a
// comma or "and": "Mexico would announce its response, adding that …",
// "described X as blackmail and insists that Y remains on track".
func (a *analysis) reportBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if c, ok := a.r.cues[a.toks[k].norm]; ok && c.pol == polNeutral && (a.toks[k-1].norm == "," || a.toks[k-1].norm == "and") {
			return true
		}
	}
	return false
}

// undoReferred reports a hit that is an undo noun referring back to a
// topic whose aliases name it undone with that word ("the full
// dismantlement of X's programme" for a topic of the programme with an
// alias "dismantlement of the facilities"): still the undoing, not the
// topic's own word.
func (a *analysis) undoReferred(h topicHit) bool {
	return h.referred && a.r.antiWords[h.topic][wordRoot(a.toks[h.tok].norm)]
}

// ownTopicWord reports a topic hit whose word belongs to the topic's own
// aliases: "the suspension of X" or "the withdrawal" for a topic known as
// "suspension of X" or "withdrawal from Y" names the topic, it does not
// undo it.
func (a *analysis) ownTopicWord(h topicHit) bool {
	return containsTopic(a.r.topicAllWords[a.toks[h.tok].norm], h.topic)
}

// oppositionBefore finds a noun of opposition whose object is the topic:
// "resistance to the treaty", "its objections to X", "a boycott of Y", "a
// veto on Z". It
// returns the noun's token, unless the noun belongs to the cue ("voiced
// opposition to X").
func (a *analysis) oppositionBefore(f *frame, tok int) (int, bool) {
	j := tok - 1
	for j >= 0 && f.covers(j) && (a.toks[j].norm == "the" || a.toks[j].norm == "any" || a.toks[j].norm == "a") {
		j--
	}
	if j < 1 || !f.covers(j) {
		return 0, false
	}
	switch a.toks[j].norm {
	case "to", "of", "against", "toward", "towards", "over", "on":
	default:
		return 0, false
	}
	j--
	if !f.covers(j) || !oppositionNouns.holds(a.toks[j].lex) || a.toks[j+1].norm == "on" && a.toks[j].norm != "veto" {
		return 0, false
	}
	if f.cueTok >= 0 && j > f.cueTok && j <= f.cueTok+2 && f.cue.particle != "" {
		return 0, false
	}
	return j, true
}

// ownFiling reports a noun of opposition at j that the speaker itself
// files, lodges or launches: "said it had filed a court challenge", "X
// launched a lawsuit against …" — the subject is the speaker (a pronoun,
// or nothing between the cue and the verb).
func (a *analysis) ownFiling(f *frame, j int) bool {
	v := j - 1
	possessed := false
	for n := 0; n < 3 && v >= 0 && f.covers(v) && !filingVerbs.holds(a.toks[v].lex); n++ {
		if a.toks[v].kind != tokWord || a.toks[v].cap {
			return false
		}
		if n := a.toks[v].norm; n == "its" || n == "their" || n == "our" {
			possessed = true
		}
		v-- // "a court challenge", "its legal challenge"
	}
	if v < 0 || !f.covers(v) && v != f.cueTok || !filingVerbs.holds(a.toks[v].lex) || a.negatedAt(v, 0) {
		return false
	}
	if v == f.cueTok || possessed {
		// "was continuing its legal challenge to the law"
		return true
	}
	s := v - 1
	for s >= 0 && f.covers(s) && finiteAux.holds(a.toks[s].lex) {
		s--
	}
	if s == f.cueTok {
		return true
	}
	if s < 0 || !f.covers(s) {
		return false
	}
	switch a.toks[s].norm {
	case "it", "they", "we", "he", "she":
		return s == 0 || !f.covers(s-1) || a.toks[s-1].norm == "that"
	}
	return false
}

// keptOrMeant reads the predicate right after the topic: "would stay in
// place", "remains in force", "remained on schedule" (+3, -3 when
// negated) and "are meant to", "is designed to" (+3).
func (a *analysis) keptOrMeant(f *frame, tok int) (float64, bool) {
	end := a.hitEnd(tok)
	neg := false
	for j := end; j+2 < len(a.toks) && j < end+5 && f.covers(j+2); j++ {
		n := a.toks[j].norm
		switch {
		case negators.words[n]:
			neg = true
		case stayVerbs.words[n] && (a.toks[j+1].norm == "in" && keptStates.holds(a.toks[j+2].lex) || a.toks[j+1].norm == "on" && courseStates.holds(a.toks[j+2].lex)):
			if neg {
				return -3, true
			}
			return 3, true
		case (n == "is" || n == "are" || n == "was" || n == "were") && purposeWords.holds(a.toks[j+1].lex) && (a.toks[j+2].norm == "to" || a.toks[j+2].norm == "at"):
			if neg {
				return 0, false
			}
			return 3, true
		case modals.words[n] || n == "still" || n == "also":
		default:
			return 0, false
		}
	}
	return 0, false
}

// stateKept reads a topic kept in a state its own alias names: "the
// frozen assets would stay frozen" (+3), "would not remain suspended" for
// a topic known as a suspension (-3).
func (a *analysis) stateKept(f *frame, h topicHit) (float64, bool) {
	end := a.hitEnd(h.tok)
	limit := end + 5
	neg := false
	for j := end; j+1 < len(a.toks) && j < limit && f.covers(j+1); j++ {
		n := a.toks[j].norm
		switch {
		case j == end && a.toks[j].kind == tokWord && (strings.HasSuffix(n, "ed") || n == "held"):
			// "the assets immobilised in Y would stay frozen": step
			// over where they are held, to the verb.
			k := j + 1
			for k < len(a.toks) && k < j+6 && f.covers(k) && a.toks[k].kind == tokWord && !modals.holds(a.toks[k].lex) && !finiteAux.holds(a.toks[k].lex) && !stayVerbs.holds(a.toks[k].lex) {
				k++
			}
			limit += k - j
			j = k - 1
		case negators.words[n]:
			neg = true
		case stayVerbs.words[n]:
			next := a.toks[j+1]
			if next.kind != tokWord || !containsTopic(a.r.topicAllWords[next.norm], h.topic) {
				return 0, false
			}
			if neg {
				return -3, true
			}
			return 3, true
		case modals.words[n] || n == "still" || n == "also":
		default:
			return 0, false
		}
	}
	return 0, false
}

// modalPassive reads the predicate after the topic in a passive with a
// modal or a negation: "the treaty could not be signed" (-2), "must be
// ratified" (+2). Undoing participles are left to undoneAfter.
func (a *analysis) modalPassive(f *frame, h topicHit) (float64, bool) {
	end := a.hitEnd(h.tok)
	modal, neg, be, have := false, false, false, false
	for j := end; j < len(a.toks) && j < end+7 && f.covers(j); j++ {
		n := a.toks[j].norm
		switch {
		case j == end && a.compoundHead(j):
			// "enrichment work would not be halted": the topic's word
			// a modifier, on to the head's verb.
		case be && neg && strings.HasSuffix(n, "ed") && a.r.nameActs[h.topic] != "" && wordRoot(n) == a.r.nameActs[h.topic]:
			// "the funds cannot be released until Y meets the terms"
			// for a topic named "Release of the X funds": the topic's
			// own act withheld.
			return -2, true
		case be && neg && (undoVerbs.words[n] || a.haltedParticiple(j) || a.destroyedAt(j)):
			// "would not be halted", "will never be lifted", "would
			// never be torn down", "should never have been lifted":
			// kept, the whole verdict (3; the caller counts no
			// negator or modal of its own on the way).
			return 3, true
		case modals.words[n]:
			modal = true
			neg = neg || n == "cannot"
		case negators.words[n]:
			neg = true
		case n == "have" && modal && !be:
			have = true
		case n == "be" || n == "been" || n == "being":
			be = true
		case have && neg && n == "been":
		case have && neg && be && strings.HasSuffix(n, "ed") && a.toks[j].kind == tokWord:
			// "the tariffs should never have been imposed": the act
			// regretted (an undoing is read as one before this).
			return -2, true
		case be && acceptParticiples.words[n]:
			if !modal && !neg {
				return 0, false
			}
			if neg {
				return -2, true
			}
			return 2, true
		case a.filler(j) || n == "yet" || n == "ever":
		default:
			return 0, false
		}
	}
	return 0, false
}

// undoneAt reports a topic mention (at token m) that an undo verb aims at,
// in its own sentence: "decided to end the cuts", "lifted the tariffs",
// "the tariffs were lifted". An undo verb the topic's own aliases use
// ("withdraw from the X accord" for "withdrawal from the X Agreement")
// is the topic's act, not its undoing.
func (a *analysis) undoneAt(m int, tp news.TopicID) bool {
	si := a.sentOf[m]
	for j := m - 1; j >= 0 && j >= m-6 && a.sentOf[j] == si; j-- {
		t := a.toks[j]
		if t.kind == tokPunct || t.norm == "and" || t.norm == "but" || t.norm == "or" {
			break
		}
		if undoVerbs.holds(t.lex) {
			return !a.negatedAt(j, int(a.sents[si].t0)) && !a.r.ownUndoWord(tp, t.norm) && !a.curbOnBetween(j, m)
		}
	}
	end := a.hitEnd(m) // a phrase referring back is its head word
	if a.removedFromList(m, end) {
		return true
	}
	passive := false
	for j := end; j < len(a.toks) && j < end+4 && a.sentOf[j] == si; j++ {
		n := a.toks[j].norm
		switch {
		case passiveMarkers.words[n]:
			passive = true
		case undoVerbs.words[n]:
			return passive && !a.r.ownUndoWord(tp, n)
		case !a.filler(j):
			return false
		}
	}
	return false
}

// curbOnBetween reports a curb on the mention between the undo verb at j
// and the mention at m ("lift its restrictions on exports to X"): the
// verb undoes the curb, not what it holds back.
func (a *analysis) curbOnBetween(j, m int) bool {
	return curbOn(a.toks[j+1 : m])
}

// curbOn reports a curb noun followed by "on" or "against" in tt.
func curbOn(tt []token) bool {
	for k := 0; k+1 < len(tt); k++ {
		if adverseActs.holds(tt[k].lex) && (tt[k+1].norm == "on" || tt[k+1].norm == "against") {
			return true
		}
	}
	return false
}

// removedFromList reports a mention [m, end) that names a list, with
// "from" before it and a verb of removing before that in its clause:
// "removed X and 47 other entities from its sanctions list" undoes the
// sanctions on them.
func (a *analysis) removedFromList(m, end int) bool {
	if end >= len(a.toks) || !listNouns.holds(a.toks[end].lex) && !listNouns.holds(a.toks[end-1].lex) {
		return false
	}
	j := m - 1
	for j >= 0 && (possDeterminers.holds(a.toks[j].lex) || a.toks[j].kind == tokPoss) {
		j--
	}
	if j < 1 || a.toks[j].norm != "from" {
		return false
	}
	si := a.sentOf[m]
	for i := j - 1; i >= 0 && i >= j-12 && a.sentOf[i] == si; i-- {
		t := a.toks[i]
		if t.kind == tokPunct && t.norm != "-" {
			return false
		}
		if removeForms.holds(t.lex) {
			return !a.negatedAt(i, int(a.sents[si].t0))
		}
	}
	return false
}

// ownUndoWord reports an undo word that is the topic's own: one of its
// aliases names the undoing in that word's stem ("withdraw" for
// "withdrawal from the X Agreement"). An alias counts only when the
// name is itself an undoing: for "Keeping the X curbs in place" an
// alias "lifting of the curbs" names the undoing the topic is against,
// and "lifted the curbs" still undoes it.
func (r *Rules) ownUndoWord(tp news.TopicID, w string) bool {
	for nw := range r.topicNameNorms[tp] {
		if sameStem(nw, w) || wordRoot(nw) == wordRoot(w) {
			return true
		}
	}
	if !r.nameUndoes[tp] {
		return false
	}
	for _, ws := range r.topicAliasWords[tp] {
		for _, aw := range ws {
			if !aw.name && sameStem(aw.norm, w) {
				return true
			}
		}
	}
	return false
}

// demandedCondition reports a topic inside an "only if" clause ("would
// begin only if X guarded the zone"), an "until" or "unless" clause
// that follows a negated verb ("will not sign until X", "no deal unless
// Y"), inside a "before" clause with its own verb after a negated verb
// ("would not allow talks before X was disarmed"), or inside an "until"
// clause after a verb of staying or keeping on ("troops would stay until
// X", "would keep up pressure until they ended X").
func (a *analysis) demandedCondition(f *frame, tok int) bool {
	lo := f.coveredFrom(tok - 1) // f.covers(j) for j >= lo
	for j := tok - 1; j >= 0 && j >= tok-12 && j >= lo; j-- {
		n := a.toks[j].norm
		if n == "if" && j > 0 && a.toks[j-1].norm == "only" {
			// "the pull-back would begin only if the zone were
			// guarded by X": the one condition the speaker sets, X
			// what it asks for; an undoing there ("only if the army
			// stopped X") is left to the rules that read it.
			return !a.undoBefore(f, tok) && !a.undoneAfter(f, tok) && !a.contrastAfter(f, tok)
		}
		if n != "until" && n != "unless" && n != "without" && (n != "before" || !a.verbInClause(j, tok)) {
			if a.toks[j].kind == tokPunct && n != `"` {
				// A quote mark goes on: "until a deal was reached for
				// the "complete purchase" of X".
				return false
			}
			continue
		}
		if n != "without" && (a.threatBefore(f, j) || a.threatAfter(f, j, tok)) {
			// "Y would face a 10% tariff from May unless a deal was
			// reached for the purchase of X": the threatener's terms.
			return true
		}
		// The negated verb may carry a complement of place first:
		// "would not pull back from the so-called Firefly line until X
		// was disarmed". The clause ends at punctuation; more than
		// eight words back, also at a conjunction, "that" or a
		// relative word.
		for i := j - 1; i >= 0 && i >= j-13 && f.covers(i); i-- {
			ni := a.toks[i].norm
			if i < j-8 && (ni == "and" || ni == "but" || ni == "that" || relativeWords.words[ni]) {
				return false
			}
			if negators.words[ni] || ni == "impossible" {
				// "a settlement was impossible unless X withdrew"
				return true
			}
			if (stayVerbs.words[ni] || persistVerbs.words[ni]) && n == "until" {
				// "the army would stay along the line until X was
				// disarmed", "would keep up pressure on them until
				// they ended X": X is what it waits for.
				return true
			}
			if a.toks[i].kind == tokPunct && a.toks[i].norm != "-" {
				return false
			}
		}
		return false
	}
	return false
}

// threatAfter reports a fronted "unless" or "until" condition at j,
// holding the topic at tok, followed after its comma by a threat of a
// penalty: "unless a deal was reached soon, he would have no choice but
// to put tariffs on Zendan goods". The condition is what is demanded.
func (a *analysis) threatAfter(f *frame, j, tok int) bool {
	if j > 0 && f.covers(j-1) && a.toks[j-1].norm != "that" && a.toks[j-1].norm != "," {
		return false
	}
	comma := -1
	for k := tok + 1; k < len(a.toks) && k <= tok+20 && f.covers(k); k++ {
		if n := a.toks[k].norm; n == "," {
			comma = k
			break
		} else if a.toks[k].kind == tokPunct && n != `"` && n != "-" && n != "%" {
			return false
		}
	}
	if comma < 0 {
		return false
	}
	modal := false
	for k := comma + 1; k < len(a.toks) && k <= comma+16 && f.covers(k); k++ {
		t := a.toks[k]
		switch {
		case t.norm == "would" || t.norm == "will" || t.norm == "could" || t.norm == "shall":
			if k+1 < len(a.toks) && negators.holds(a.toks[k+1].lex) {
				return false
			}
			modal = true
		case penaltyNouns.holds(t.lex) || t.norm == "levy" || t.norm == "levies":
			return modal
		case t.norm == ";" || t.norm == "." || conditionOpeners.holds(t.lex) || t.norm == "until" || t.norm == "while" || t.norm == "and" && modal:
			return false
		}
	}
	return false
}

// laterDemanded returns the index in out of the hit on tp to move to a
// later mention at k that a condition demands, or -1: in "would impose
// a tariff on goods from countries that had sent troops to Kelmar,
// unless a deal was reached for the purchase of Kelmar" the first Kelmar
// only names whom the tariff hits; the condition says what is wanted.
// A hit a verb of position already aims at keeps its place.
func (a *analysis) laterDemanded(f *frame, out []topicHit, tp news.TopicID, k int) int {
	for i := range out {
		if out[i].topic != tp || out[i].referred || out[i].tok >= k {
			continue
		}
		if !a.demandedCondition(f, k) || a.verdict(f, out[i].tok) {
			return -1
		}
		return i
	}
	return -1
}

// threatBefore reports a threat of a penalty in the clause before the
// "unless" or "until" at j: a future modal whose clause names a penalty
// ("would face a 10% tariff from May", "will impose duties on goods from
// countries that had sent troops, rising to 25% in June"). What follows
// is what the threatener demands. Relative clauses between are skipped;
// a negated modal, an earlier clause ("and that", "but", ";") or another
// subordinator ends the search.
func (a *analysis) threatBefore(f *frame, j int) bool {
	penalty := false
	for i := j - 1; i >= 0 && i >= j-40 && f.covers(i); i-- {
		t := a.toks[i]
		n := t.norm
		if t.kind == tokPunct {
			if n == ";" || n == "." || n == ":" {
				return false
			}
			continue
		}
		if penaltyNouns.words[n] || n == "levy" || n == "levies" {
			penalty = true
			continue
		}
		if n == "but" || n == "and" && i+1 < j && a.toks[i+1].norm == "that" || conditionOpeners.words[n] || n == "until" || n == "while" || n == "when" || n == "although" || n == "though" || n == "whereas" {
			return false
		}
		if !finiteAux.words[n] || n == "may" && t.cap {
			// "from May": the month.
			continue
		}
		if i > 0 && (relativeWords.holds(a.toks[i-1].lex) || a.toks[i-1].norm == "that") {
			// "goods from countries that had sent troops": a relative
			// clause inside the threat's object.
			continue
		}
		if n != "would" && n != "will" && n != "could" && n != "shall" {
			return false
		}
		if i+1 >= j || negators.holds(a.toks[i+1].lex) {
			return false
		}
		if !penalty && i > 0 && (penaltyNouns.holds(a.toks[i-1].lex) || a.toks[i-1].norm == "levy" || a.toks[i-1].norm == "levies") {
			// "the sanctions would remain in place unless X": a
			// penalty kept, its end the terms.
			n1 := a.toks[i+1].norm
			penalty = stayVerbs.words[n1] || persistVerbs.words[n1]
		}
		return penalty
	}
	return false
}

// contrastAfter reports "rather than" or "instead of" after the topic's
// phrase in its clause: "only if it imported enriched fuel rather than
// producing its own" asks for the other thing, not the topic.
func (a *analysis) contrastAfter(f *frame, tok int) bool {
	for j := a.hitEnd(tok); j+1 < len(a.toks) && j < tok+10 && f.covers(j+1); j++ {
		n, next := a.toks[j].norm, a.toks[j+1].norm
		if n == "rather" && next == "than" || n == "instead" && next == "of" {
			return true
		}
		if a.toks[j].kind == tokPunct && n != "-" {
			return false
		}
	}
	return false
}

// threatenedIf returns the "if" of a condition "if Y went ahead with
// X" whose consequence before it is a threat or a harm ("would be void",
// "warned … corresponding measures"), X at tok; or -1. The speaker warns
// against the act the condition names.
func (a *analysis) threatenedIf(f *frame, tok int) int {
	w := -1
	for j := tok - 1; j >= 2 && j >= tok-8 && f.covers(j); j-- {
		if a.toks[j].norm == "with" {
			w = j
			break
		}
		if a.toks[j].kind == tokPunct && a.toks[j].norm != "%" && a.toks[j].norm != "-" {
			return -1
		}
	}
	if w < 0 || a.toks[w-1].norm != "ahead" {
		return -1
	}
	for j := w - 3; j >= 0 && j >= w-8 && f.covers(j); j-- {
		t := a.toks[j]
		if t.kind == tokPunct || t.norm == "and" || t.norm == "that" {
			return -1
		}
		if t.norm != "if" {
			continue
		}
		for i := j - 1; i >= 0 && f.covers(i); i-- {
			n := a.toks[i].norm
			if negativeWords.words[n] || threatNouns.words[n] {
				return j
			}
		}
		return -1
	}
	return -1
}

// verbInClause reports an auxiliary between the subordinator at j and the
// topic at tok, or just after the topic: "before X was disarmed", "before
// any deal is signed", not "before the vote".
func (a *analysis) verbInClause(j, tok int) bool {
	end := a.hitEnd(tok)
	for k := j + 2; k < len(a.toks) && k <= end; k++ {
		if finiteAux.holds(a.toks[k].lex) {
			return true
		}
	}
	return false
}

// cueOnCritique reports a cue whose object is a critic's words: "rejected
// the comment", "dismissed Freedonia's criticism".
func (a *analysis) cueOnCritique(f *frame) bool {
	if f.cueTok < 0 || !rebuttalVerbs.holds(a.toks[f.cueTok].lex) {
		return false
	}
	for j := f.cueTok + 1; j < len(a.toks) && j <= f.cueTok+3; j++ {
		t := a.toks[j]
		switch {
		case critiqueNouns.holds(t.lex):
			return a.mentAt[j] < 0
		case t.norm == "the" || t.norm == "these" || t.norm == "those" || t.norm == "such" || t.kind == tokPoss || t.cap && a.mentAt[j] < 0:
			continue
		default:
			return false
		}
	}
	return false
}

// afterWithout reports "without" just before token j, an adverb aside:
// "rushed through without properly considering the evidence" is a
// reproach, not a speaker still making up its mind.
func (a *analysis) afterWithout(j int) bool {
	if j > 0 && a.toks[j-1].norm == "without" {
		return true
	}
	return j > 1 && a.toks[j-2].norm == "without" && strings.HasSuffix(a.toks[j-1].norm, "ly")
}

// attackReferent finds the latest topic named before token k, within
// eight sentences, that has a word of attack (strike, raid, attack) in
// one of its aliases.
func (a *analysis) attackReferent(si, k int) (news.TopicID, int, bool) {
	var cands []news.TopicID
	for _, w := range []string{"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids"} {
		cands = append(cands, a.r.topicAllWords[w]...)
	}
	if len(cands) == 0 {
		return "", -1, false
	}
	if tp, ante, ok := a.lastMention(si-8, k, func(m mention) (news.TopicID, bool) {
		return firstTopicIn(m, func(tp news.TopicID) bool { return containsTopic(cands, tp) })
	}); ok {
		return tp, ante, true
	}
	// No such topic named: a phrase before that referred to one ("the
	// strikes" for the headline's strikes), else the one topic of attack
	// the headline names.
	for j := k - 1; j >= a.sents[max(0, si-8)].t0; j-- {
		if tp := a.refAtTok(j); tp != "" && containsTopic(cands, tp) {
			return tp, j, true
		}
	}
	var head news.TopicID
	for _, tp := range a.titleTopics {
		if containsTopic(cands, tp) {
			if head != "" {
				return "", -1, false
			}
			head = tp
		}
	}
	return head, -1, head != ""
}

// insideCondition reports a topic mention opening inside a clause that
// sets a condition on it ("as a condition for accepting any deal", "in
// exchange for signing X", "before accepting X", "unless X", "if X"), with
// no clause break in between. A condition the speaker demands ("no deal
// unless X was agreed") is not one: X is then what is demanded.
func (a *analysis) insideCondition(f *frame, tok int) bool {
	if a.demandedCondition(f, tok) || a.threatenedIf(f, tok) >= 0 {
		return false
	}
	lo := f.coveredFrom(tok - 1) // f.covers(j) for j >= lo
	for j := tok - 1; j >= 0 && j >= tok-10 && a.concessive() && j >= lo; j-- {
		// "troops were still deployed despite the deadline set in the
		// peace agreement": what the claim stands against, no side
		// taken on it.
		t := a.toks[j]
		if t.kind == tokPunct && t.norm != "-" || t.norm == "and" || t.norm == "but" || finiteAux.holds(t.lex) {
			break
		}
		if t.norm == "despite" || t.norm == "notwithstanding" || t.norm == "of" && j > 0 && a.toks[j-1].norm == "spite" {
			return true
		}
	}
	for j := tok - 1; j >= 0 && j >= tok-6 && j >= lo; j-- {
		t := a.toks[j]
		if t.kind == tokPunct || t.norm == "and" || t.norm == "but" {
			return false
		}
		prev := ""
		if j > 0 {
			prev = a.toks[j-1].norm
		}
		switch {
		case t.norm == "unless" || t.norm == "if":
			return true
		case t.norm == "as" && prev == "long" && j > 1 && (a.toks[j-2].norm == "as" || a.toks[j-2].norm == "so"):
			// "would not negotiate as long as the policy remained".
			return true
		case t.norm == "for" && conditionNouns.words[prev]:
			return true
		case t.norm == "of" && (prev == "regardless" || prev == "irrespective"):
			// "would continue regardless of the state of the talks".
			return true
		case t.norm == "whatever" || t.norm == "matter" && prev == "no":
			// "would stay whatever happened in the talks", "no matter
			// what the talks bring": what the claim holds against, no
			// side taken on it.
			return true
		case t.norm == "of" && prev == "part" && j > 1 && a.toks[j-2].norm == "as":
			// "demanded that X renounce Y as part of any settlement":
			// the settlement is what the demand is made for.
			return true
		case t.norm == "before" && j+1 < tok && strings.HasSuffix(a.toks[j+1].norm, "ing"):
			return true
		}
	}
	return false
}

// startHeldBack reports a topic that is the subject of a start held back
// by a condition: "the second phase cannot begin until X", "the plan
// could not move forward unless Y". The speaker sets terms for it, and
// takes no side on it; the condition is what it demands.
func (a *analysis) startHeldBack(f *frame, tok int) bool {
	end := a.hitEnd(tok)
	if end < len(a.toks) && a.toks[end].norm == "of" {
		// "the second phase of the plan could not …"
		k := end + 1
		for k < len(a.toks) && k < end+5 && a.toks[k].kind == tokWord && !modals.holds(a.toks[k].lex) && !finiteAux.holds(a.toks[k].lex) {
			k++
		}
		end = k
	}
	neg := false
	for j := end; j+1 < len(a.toks) && j < end+6 && f.covers(j+1); j++ {
		n := a.toks[j].norm
		switch {
		case negators.holds(a.toks[j].lex): // "cannot" among them
			neg = true
		case modals.holds(a.toks[j].lex) || n == "be" || n == "yet":
		case neg && startVerbs.holds(a.toks[j].lex):
			for k := j + 1; k < len(a.toks) && k <= j+3 && f.covers(k); k++ {
				switch a.toks[k].norm {
				case "until", "unless", "before":
					return true
				case "forward", "ahead", "on":
				default:
					return false
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// concessive reports a word of concession (concessionWords) in the
// document; analyse's scanHeads has found it already, a title's own
// analysis looks here.
func (a *analysis) concessive() bool {
	if a.concession == 0 {
		a.concession = 1
		for _, t := range a.toks {
			if t.kind == tokWord && concessionWords.holds(t.lex) {
				a.concession = 2
				break
			}
		}
	}
	return a.concession == 2
}

// concessionWords: "despite", "notwithstanding", "in spite of".
var concessionWords = lexSet(set(`despite notwithstanding spite`))

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

// coordinatedSubject reports the words from i to the modal at m as one
// subject of coordinated noun phrases: "the list of safe countries and
// the plans for return hubs would …" — each "and" opens a determiner or a
// name, and no other clause break, verb of being or second modal comes
// between.
func (a *analysis) coordinatedSubject(i, m int) bool {
	for k := i + 1; k < m; k++ {
		n := a.toks[k].norm
		switch {
		case n == "and":
			if k+1 >= m || !possDeterminers.holds(a.toks[k+1].lex) && a.mentAt[k+1] < 0 {
				return false
			}
		case a.toks[k].kind == tokPunct || n == "but" || n == "while" || n == "that" || n == "which" || modals.words[n] || beVerbs.words[n] || haveAux.words[n]:
			return false
		}
	}
	return true
}

// thatBefore reports "that" opening the clause of the topic at tok, in
// the three words before it and after the word at k: "glad that the
// sanctions …".
func (a *analysis) thatBefore(k, tok int) bool {
	for j := tok - 1; j > k && j >= tok-3; j-- {
		if a.toks[j].norm == "that" {
			return true
		}
		if a.toks[j].kind == tokPunct {
			return false
		}
	}
	return false
}

// feltClause reports a word of feeling at k whose clause, "that"
// left out, opens with the topic at tok: "was disappointed the roadmap
// had been dropped", "was glad the sanctions had been lifted".
func (a *analysis) feltClause(k, tok int) bool {
	if !feelingWords.holds(a.toks[k].lex) || tok-k > 3 {
		return false
	}
	for j := k + 1; j < tok; j++ {
		if !possDeterminers.holds(a.toks[j].lex) && a.toks[j].kind != tokPoss {
			return false
		}
	}
	return true
}

// citedGrievance reads a topic at tok in the reason a punishing act
// cites: "(proposed) suspending visa-free travel, citing the crackdown"
// opposes the crackdown (-2); "imposed sanctions, citing X's lack of
// commitment to the talks" cites a want of the talks, so backs them (2).
func (a *analysis) citedGrievance(f *frame, tok int) (float64, bool) {
	c := -1
	for j := tok - 1; j > 0 && j >= tok-12; j-- {
		if a.toks[j].norm == "citing" && a.toks[j-1].norm == "," {
			c = j
			break
		}
		if j != f.cueTok && !f.covers(j) {
			return 0, false
		}
	}
	if c < 0 {
		return 0, false
	}
	start := -1
	for _, rg := range f.content {
		if c == f.cueTok || rg[0] <= c && c < rg[1] {
			start = rg[0]
			break
		}
	}
	if start < 0 || !a.punitiveAct(start, c-1) {
		return 0, false
	}
	for j := c + 1; j < tok; j++ {
		if wantNouns.holds(a.toks[j].lex) {
			return 2, true
		}
	}
	return -2, true
}

// relativeClauseEnd returns the comma that closes a relative clause
// opening at the comma j (", which …,", ", who …,"), within the frame and
// twelve words, or j when there is none.
func (a *analysis) relativeClauseEnd(f *frame, j int) int {
	if j+1 >= len(a.toks) || a.toks[j].norm != "," || a.toks[j+1].norm != "which" && a.toks[j+1].norm != "who" {
		return j
	}
	for k := j + 2; k < len(a.toks) && k <= j+14 && f.covers(k); k++ {
		switch a.toks[k].norm {
		case ",":
			return k
		case ".", ";", ":", "?", "!":
			return j
		}
	}
	return j
}

// undoneAfter reports the topic as the subject of a passive undo verb:
// "the cap would be scrapped", "sanctions were lifted".
func (a *analysis) undoneAfter(f *frame, tok int) bool {
	end := a.hitEnd(tok)
	passive, modal, neg := false, false, false
	// opener is the "with" of an absolute clause or the "which" of a
	// relative one that the topic's phrase is the subject of ("with the
	// depots blown up", "under which the sites would be demolished").
	opener := a.undoClauseOpener(tok)
	limit := end + 5
	for j := end; j < len(a.toks) && j < limit && f.covers(j); j++ {
		n := a.toks[j].norm
		if j == end && (n == "of" || n == "with" || n == "between") {
			// "the reforms of the previous government had to be
			// reversed", "work on the deal with Sylvania to be
			// suspended": step over a short phrase before the verb.
			k := j + 1
			for k < len(a.toks) && k < j+5 && f.covers(k) && a.toks[k].kind == tokWord && !finiteAux.holds(a.toks[k].lex) && !passiveMarkers.holds(a.toks[k].lex) && !modals.holds(a.toks[k].lex) {
				k++
			}
			limit += k - j
			j = k - 1
			continue
		}
		if (n == "in" || n == "on") && j+1 < len(a.toks) && suspendedStates.holds(a.toks[j+1].lex) {
			return true // "kept the treaty in abeyance", "put the deal on hold"
		}
		if j == end && n == "," {
			// "the sanctions, which he called an injustice, had been
			// lifted": step over the relative clause to the verb.
			if k := a.relativeClauseEnd(f, j); k > j {
				limit += k - j
				j = k
				end = k + 1
				continue
			}
		}
		if j == end && (a.compoundHead(j) || opener >= 0 && a.headBeforeUndone(j)) {
			// "the steel cuts agreed last year would be frozen", "with
			// the depot equipment dismantled", the topic's word a
			// modifier: on to the head's verb.
			end++
			limit++
			continue
		}
		if n == "not" || n == "never" || n == "n't" {
			neg = true // "would not be halted": kept, see modalPassive
			continue
		}
		if j == end && madeParticiples.holds(a.toks[j].lex) {
			// "the tariff cuts agreed last summer were suspended": step
			// over when the topic was made, to its verb.
			k := j + 1
			for k < len(a.toks) && k < j+5 && f.covers(k) && a.toks[k].kind == tokWord && !finiteAux.holds(a.toks[k].lex) && !stayVerbs.holds(a.toks[k].lex) {
				k++
			}
			if k < len(a.toks) && (finiteAux.holds(a.toks[k].lex) || stayVerbs.holds(a.toks[k].lex)) {
				limit += k - j
				j = k - 1
				continue
			}
			return false
		}
		if j == end && (n == "stationed" || n == "deployed" || n == "based") && j+1 < len(a.toks) && a.toks[j+1].norm == "in" {
			// "demanded that the troops stationed in the border region
			// withdraw": step over where they are.
			k := j + 2
			for k < len(a.toks) && k < j+8 && f.covers(k) && a.toks[k].kind == tokWord && !departVerbs.holds(a.toks[k].lex) && !modals.holds(a.toks[k].lex) {
				k++
			}
			limit += k - j
			j = k - 1
			continue
		}
		if n == "must" || n == "should" {
			modal = true // an obligation, not a plan ("would leave")
		}
		if departVerbs.holds(a.toks[j].lex) && (modal || f.cueTok >= 0 && askForms.holds(a.toks[f.cueTok].lex)) {
			// "Sylvanian troops must leave", "demanded that the troops
			// withdraw": the topic, a presence, called away.
			return true
		}
		if passiveMarkers.holds(a.toks[j].lex) || stayVerbs.holds(a.toks[j].lex) {
			// "was frozen", "would stay frozen", "remains suspended".
			passive = true
			continue
		}
		if undoVerbs.words[n] || a.haltedParticiple(j) {
			if neg && passive {
				return false
			}
			return passive || j == end && (a.causativeBefore(f, tok) || opener >= 0 && strings.HasSuffix(n, "ed"))
		}
		if a.destroyedAt(j) {
			// "the sites would be blown up", "with the depots
			// destroyed": destroyed or taken apart when an obligation,
			// a demand or the clause that sets out terms says so; a
			// plain report of damage ("the sites were destroyed") is
			// no undoing anyone asks for.
			if neg {
				return false
			}
			demand := opener >= 0 || modal || f.cueTok >= 0 && askForms.holds(a.toks[f.cueTok].lex)
			return demand && (passive || j == end && (opener >= 0 || a.causativeBefore(f, tok)))
		}
		if passive && putForms.holds(a.toks[j].lex) && j+2 < len(a.toks) && (a.toks[j+1].norm == "on" || a.toks[j+1].norm == "in") && suspendedStates.holds(a.toks[j+2].lex) {
			// "the treaty would be put on hold", "was placed in
			// abeyance": undone for now, unless negated.
			return !neg
		}
		if !a.filler(j) && n != "to" {
			return false
		}
	}
	return false
}

// compoundHead reports at j a noun heading the topic's word before it,
// its own verb or participle next: a plural ("the steel cuts agreed last
// year", "the steel cuts would be frozen") or "work" ("the drilling work
// would not be halted").
func (a *analysis) compoundHead(j int) bool {
	if j+1 >= len(a.toks) {
		return false
	}
	t, n := a.toks[j], a.toks[j+1].norm
	if t.norm == "work" {
		return finiteAux.words[n] || modals.words[n] || passiveMarkers.words[n]
	}
	if t.kind != tokWord || t.cap || len(t.norm) < 4 || !strings.HasSuffix(t.norm, "s") ||
		finiteAux.holds(t.lex) || undoVerbs.holds(t.lex) || stayVerbs.holds(t.lex) {
		return false
	}
	return madeParticiples.words[n] || finiteAux.words[n] || modals.words[n] || passiveMarkers.words[n] || stayVerbs.words[n]
}

// causativeBefore reports a causative verb before the topic's phrase at
// tok, whose participle after it is then done to the topic: "to have the
// regulation annulled", "wants the sanctions lifted", "to see the tariffs
// removed".
func (a *analysis) causativeBefore(f *frame, tok int) bool {
	start, _ := a.hitSpan(tok)
	for j := start - 1; j >= 0 && j >= start-3 && f.covers(j); j-- {
		n := a.toks[j].norm
		if causativeVerbs.words[n] {
			return true
		}
		if a.toks[j].kind != tokWord || !referringDeterminers.words[n] && n != "a" && n != "any" && n != "all" {
			return false
		}
	}
	return false
}

// haltedParticiple reads two passive undoings not in undoVerbs: "would
// be wound down", and "would be frozen" for now ("until further notice",
// "for now", at the clause's end), not the assets "frozen in Y" or "by Y".
func (a *analysis) haltedParticiple(j int) bool {
	n := a.toks[j].norm
	if j+1 >= len(a.toks) || n != "wound" && n != "frozen" {
		return false
	}
	next := a.toks[j+1]
	if n == "wound" {
		return next.norm == "down"
	}
	return next.norm == "until" || next.norm == "for" || next.norm == "indefinitely" || next.kind == tokPunct && next.norm != "-"
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

// otherThatClause reports a second reported clause between tokens i < j:
// "said X … and that Y …".
func (a *analysis) otherThatClause(i, j int) bool {
	for k := i + 1; k+1 < j; k++ {
		if n := a.toks[k].norm; (n == "and" || n == "but") && a.toks[k+1].norm == "that" {
			return true
		}
	}
	return false
}

// attributive reports an adjective at k that modifies the word after it
// ("legal action"), not a predicate ("the move was legal", "legal and
// legitimate", "legal under international law").
func (a *analysis) attributive(k, end int) bool {
	if k+1 >= end {
		return false
	}
	t := a.toks[k+1]
	if t.kind != tokWord || t.cap {
		return false
	}
	switch t.norm {
	case "and", "or", "but", "under", "in", "to", "for", "as", "because", "since", "if", "at", "by", "with", "on":
		return false
	}
	return true
}

// negatedVerbBefore reports a negator within the six words before the
// topic's mention, in the same stretch of the content (no punctuation
// between, names skipped): "will not sign the X's treaty".
func (a *analysis) negatedVerbBefore(f *frame, tok int) bool {
	polar := false
	for j, n := tok-1, 0; j >= 0 && n < 6 && f.covers(j); j-- {
		t := a.toks[j]
		if positiveWords.holds(t.lex) || negativeWords.holds(t.lex) {
			// "no one should be worried about X": the negator belongs
			// to the word, which already counts it.
			polar = true
		}
		if polar && negators.holds(t.lex) {
			return false
		}
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
		if negators.holds(t.lex) && t.norm != "without" {
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
		if j == f.cueTok+1 && j+3 < tok && a.toks[j].norm == "," && asideAdverbs.holds(a.toks[j+1].lex) && a.toks[j+2].norm == "," {
			// "rejected, however, demands that …": an aside between
			// the verb and its object.
			j += 2
			continue
		}
		if t := a.toks[j]; t.kind == tokPunct && t.norm != "-" && t.norm != "(" && t.norm != "'" || clauseBreakers.holds(t.lex) {
			return false
		}
		if a.toks[j-1].norm == "and" && namingVerbs.holds(a.toks[j].lex) && !namedFor(a.toks[j+1].norm) {
			// "demanded his release and called the raid a kidnapping":
			// the naming verb coordinated after the cue judges the topic.
			return false
		}
	}
	// "welcomed the treaty but would not accept a project": another
	// verb of position between takes over.
	_, other := a.localGovernor(f, tok)
	return !other
}

// namedFor reports a preposition after a naming verb that makes it a
// call, not a name: "called for", "called on".
func namedFor(n string) bool {
	return n == "for" || n == "on" || n == "upon"
}

// judgedAdjective reports an adjective at k used as a verdict: after an
// article, a verb "to be" or a degree adverb ("a crude attempt", "was
// crude", "so crude"), not as a noun or a classifier ("Sylvanian crude",
// "crude oil").
func (a *analysis) judgedAdjective(k int) bool {
	if k == 0 {
		return false
	}
	p := a.toks[k-1].norm
	return p == "a" || p == "an" || beVerbs.words[p] || p == "very" || p == "so" || p == "too" || p == "rather" || p == "deeply"
}

// respondedTo reports a word at k in the complement of a response
// after the topic at tok, a noun phrase: "a response to Sylvania's
// unfair subsidies", "a proportionate answer to the attacks", "action
// against the illegal dumping".
func (a *analysis) respondedTo(k, tok int) bool {
	for j := k - 1; j > tok && j >= k-6; j-- {
		t := a.toks[j]
		if t.kind == tokPunct && t.norm != "'" {
			return false
		}
		if (t.norm == "to" || t.norm == "for" || t.norm == "against") && responseNouns.holds(a.toks[j-1].lex) {
			// A noun phrase follows, not an infinitive of purpose ("a
			// necessary response to protect navigation").
			n := a.toks[j+1]
			return (n.cap || referringDeterminers.holds(n.lex) || n.norm == "a" || n.norm == "an" || n.norm == "what") && a.sameClause(tok, j)
		}
	}
	return false
}

// predicateNoun reports a noun at k after an article and at most one
// adjective: "as a stern warning", "was a warning".
func (a *analysis) predicateNoun(k int) bool {
	p := a.toks[k-1].norm
	if p == "a" || p == "an" {
		return true
	}
	return k > 1 && a.toks[k-1].kind == tokWord && !a.toks[k-1].cap && (a.toks[k-2].norm == "a" || a.toks[k-2].norm == "an")
}

// withoutItAfter reports "without it" or "without them" closing the
// clause shortly after the word at k: "would sign no deal without them".
func (a *analysis) withoutItAfter(k, end int) bool {
	for j := k + 1; j+1 < end && j <= k+4; j++ {
		if a.toks[j].kind == tokPunct {
			return false
		}
		if a.toks[j].norm == "without" {
			n := a.toks[j+1].norm
			return (n == "it" || n == "them") && (j+2 >= end || a.toks[j+2].kind == tokPunct)
		}
	}
	return false
}

// topicsOwnVerdict reports a word at k in a relative clause right
// after the topic at tok whose verb is a verdict the topic passes
// ("the ruling that rejected Y's claims was final", "the resolution
// which condemned the raid"): the clause runs to the main clause's
// verb or punctuation.
func (a *analysis) topicsOwnVerdict(tok, k int) bool {
	e := a.hitEnd(tok)
	if e+1 < k && a.toks[e].norm == "," && a.toks[e+1].norm == "which" {
		e++ // ", which rejected Y's claims,"
	}
	if k <= e || e+1 >= len(a.toks) || (a.toks[e].norm != "that" && a.toks[e].norm != "which") {
		return false
	}
	if c, ok := a.r.cues[a.toks[e+1].norm]; !ok || c.pol == polNeutral || a.toks[e+1].cap {
		return false
	}
	for j := e + 2; j <= k; j++ {
		if t := a.toks[j]; t.kind == tokPunct && t.norm != "-" && t.norm != "'s" || finiteAux.holds(t.lex) {
			return false
		}
	}
	return true
}

// accusedOf reports a word at k inside the charge of "accused X of …"
// when the topic at tok lies outside it.
//
// The charge may run on through other "of"s and a coordinated second
// charge: "accusing him of using his position to authorise arbitrary
// detentions and to suppress freedom of expression" (the "of" of
// "freedom of" opens no charge; the search goes on back to the one
// after "accusing", inside the same phrase).
func (a *analysis) accusedOf(k, tok int) bool {
	for j := k - 1; j > 0 && j >= k-18; j-- {
		switch a.toks[j].norm {
		case ",", ";", "but", "while", ":":
			return false
		case "of":
		default:
			continue
		}
		acc := false
		for i := j - 1; i >= 0 && i >= j-4; i-- {
			if accuseForms.holds(a.toks[i].lex) {
				acc = true
				break
			}
		}
		if !acc {
			if j < k-10 {
				return false
			}
			continue
		}
		return !(tok > j && a.samePhrase(j, tok))
	}
	return false
}

// chargedShortfall reports the topic at tok inside the charge of an
// accusation ("accused Y of …", "accusing Y of …"), after a verb of
// falling short in that charge: a form of "fail" or "refuse" before
// "to", or a verb of evading or harming (harmVerbs) farther from the
// topic than harmBefore reaches ("dodging its obligation to set up
// X"). An undo verb between ("failing to lift X") turns the charge
// around, and is left to the other rules.
func (a *analysis) chargedShortfall(f *frame, tok int) bool {
	start, _ := a.hitSpan(tok)
	short := false
	for j := start - 1; j > 0 && j >= start-10 && f.covers(j); j-- {
		t := a.toks[j]
		if t.kind == tokPunct && t.norm != "-" || t.norm == "by" || t.norm == "and" || t.norm == "while" || t.norm == "but" {
			return false
		}
		if undoVerbs.holds(t.lex) {
			return false
		}
		if (failForms.holds(t.lex) || t.norm == "refusing") && a.toks[j+1].norm == "to" || harmVerbs.holds(t.lex) && !stanceVerbs.holds(t.lex) {
			short = true
			continue
		}
		if t.norm != "of" || !short {
			continue
		}
		for i := j - 1; i >= 0 && i >= j-4; i-- {
			if !f.covers(i) && i != f.cueTok {
				break
			}
			if accuseForms.holds(a.toks[i].lex) {
				return true
			}
			if a.toks[i].kind == tokPunct {
				break
			}
		}
		return false
	}
	return false
}

// accuserOutside reports the verb at k as "accuse" opening a charge
// ("accusing him of …", "a government it accused of …") with the topic
// at tok outside both the one accused and the charge: "said it was
// targeting Osk under the Harbour Act, accusing him of abuses". For a
// topic that is the speaker's own act (the caller's test) the verb
// charges the one accused, and the act is the speaker's answer to the
// charge; another's act is what an accusation of its doer charges
// ("accused Y of collective punishment").
//
// A watched party accused must be one the topic's act is aimed at
// ("a ban on Zendan trawlers, accusing Zenda of …"): an accused party to
// the topic itself ("made dialogue meaningless, accusing Y of …") is
// charged with the topic's failure.
func (a *analysis) accuserOutside(k int, h topicHit) bool {
	if !accuseForms.holds(a.toks[k].lex) || h.tok > k {
		return false
	}
	for j := k + 1; j < len(a.toks) && j <= k+5; j++ {
		if mi := a.mentAt[j]; mi >= 0 && len(a.ments[mi].actors) > 0 && !overlapActors(a.ments[mi].actors, a.r.aimedAt[h.topic]) {
			return false
		}
		switch a.toks[j].norm {
		case "of":
			return true
		case ",", ";", ":", "but", "while", "and", "that":
			return false
		}
	}
	return false
}

// samePhrase reports no comma, colon, semicolon, "but" or "while"
// between tokens i < j: "and" may join nouns ("instability and war").
func (a *analysis) samePhrase(i, j int) bool {
	for k := i + 1; k < j; k++ {
		switch a.toks[k].norm {
		case ",", ";", "but", "while", ":":
			return false
		}
	}
	return true
}

// reachedAfter reports "reached" within three words after j: "no deal
// had been reached".
func (a *analysis) reachedAfter(j int) bool {
	for i := j + 1; i < len(a.toks) && i <= j+3; i++ {
		if a.toks[i].norm == "reached" {
			return true
		}
	}
	return false
}

// talksAfter reports a noun of talks at i, after "further", "more",
// "new" or "future": "the subject of further talks".
func (a *analysis) talksAfter(i int) bool {
	if i < len(a.toks) {
		if n := a.toks[i].norm; n == "further" || n == "more" || n == "new" || n == "future" {
			i++
		}
	}
	return i < len(a.toks) && talkNouns.holds(a.toks[i].lex)
}

// keptAway reports, in the words before the topic at tok, a verb of
// staying away ("skipped", "boycotted") or a negated verb of taking part
// ("would no longer take part in talks on", "will not attend").
func (a *analysis) keptAway(f *frame, tok int) bool {
	for j := tok - 1; j >= 0 && j >= tok-9 && f.covers(j); j-- {
		t := a.toks[j]
		if t.kind == tokPunct && t.norm != "-" {
			return false
		}
		if abstainVerbs.holds(t.lex) {
			return !a.negatedAt(j, 0)
		}
		if partakeVerbs.holds(t.lex) || t.norm == "part" && j > 0 && takeForms.holds(a.toks[j-1].lex) {
			v := j
			if t.norm == "part" {
				v = j - 1
			}
			return a.negatedAt(v, 0)
		}
	}
	return false
}

// refrainAfter reports "to refrain" (or "to desist") shortly after the
// verb of asking at k: "urged Kardan City to refrain from actions".
func (a *analysis) refrainAfter(k, end int) bool {
	for j := k + 1; j+1 < end && j <= k+5; j++ {
		if a.toks[j].norm == "to" {
			return refrainVerbs.holds(a.toks[j+1].lex)
		}
	}
	return false
}

// firmResponseTo reports the topic at tok as what a possessed response
// answers, the response then called firm: "the bloc's response to any new
// tariffs would be unflinching", "its reply to the drills will be
// resolute".
func (a *analysis) firmResponseTo(f *frame, tok int) bool {
	start, end := a.hitSpan(tok)
	j := start - 1
	for j > 0 && start-j <= 3 && f.covers(j) && (a.toks[j].norm == "any" || a.toks[j].norm == "the" || a.toks[j].norm == "new" || a.toks[j].norm == "further") {
		j--
	}
	if j < 2 || a.toks[j].norm != "to" || !replyNouns.holds(a.toks[j-1].lex) || a.toks[j-2].kind != tokPoss && !ownBefore.holds(a.toks[j-2].lex) {
		return false
	}
	for k := end; k+1 < len(a.toks) && k < end+8 && f.covers(k+1); k++ {
		if a.toks[k].kind == tokPunct && a.toks[k].norm != `"` {
			return false
		}
		if beVerbs.holds(a.toks[k].lex) || a.toks[k].norm == "be" {
			n := k + 1
			if a.toks[n].norm == `"` && n+1 < len(a.toks) {
				n++
			}
			return firmAdjectives.holds(a.toks[n].lex)
		}
	}
	return false
}

// retaliationAimed reports the topic at tok as what a vowed answer
// answers: "vowed to respond to the conviction", "pledged to retaliate
// against the duties", "would respond firmly to any new tariffs"; a
// plain "would respond to the offer" is a reply, not a counter.
func (a *analysis) retaliationAimed(f *frame, tok int) bool {
	start, _ := a.hitSpan(tok)
	j := start - 1
	for j > 0 && start-j <= 3 && f.covers(j) && (referringDeterminers.holds(a.toks[j].lex) || a.toks[j].norm == "any" || a.toks[j].norm == "such") {
		j--
	}
	if j < 3 || !f.covers(j-2) {
		return false
	}
	prep := a.toks[j].norm
	j--
	firm := firmAdverbs.holds(a.toks[j].lex)
	if firm {
		j--
	}
	// "respond to", "react to"; "retaliate" also "against" or "for".
	switch v := a.toks[j].norm; {
	case !retaliateForms.words[v]:
		return false
	case v == "retaliate" && prep != "to" && prep != "against" && prep != "for":
		return false
	case v != "retaliate" && prep != "to":
		return false
	}
	switch prev := a.toks[j-1].norm; {
	case prev == "to":
		return j >= 2 && vowForms.holds(a.toks[j-2].lex)
	case modals.words[prev]:
		return firm || a.toks[j].norm == "retaliate"
	}
	return false
}

// restraintForAll reports a call for restraint addressed to no one side
// in the content: "called for restraint", "urged restraint", "called on
// all sides to show restraint" (not "urged X to exercise restraint").
func (a *analysis) restraintForAll(f *frame) bool {
	for _, rg := range f.content {
		for k := rg[0]; k < rg[1]; k++ {
			if a.toks[k].norm != "restraint" {
				continue
			}
			for j := k - 1; j >= rg[0] && j >= k-6; j-- {
				n := a.toks[j].norm
				if j == k-1 && (n == "for" || askForms.words[n]) {
					return true // "called for restraint", "urged restraint"
				}
				if (n == "sides" || n == "parties") && j > 0 && a.toks[j-1].norm == "all" {
					return true // "called on all sides to show restraint"
				}
				if a.toks[j].kind != tokWord || a.toks[j].cap || a.mentAt[j] >= 0 {
					break
				}
			}
		}
	}
	return false
}

// raisedBefore reports a verb of raising just before the cost noun at k,
// over its modifiers: "would raise costs", "drive up prices", "raised
// cross-strait tensions".
func (a *analysis) raisedBefore(k, floor int) bool {
	if raiseWords.holds(a.toks[k-1].lex) || k > 1 && raiseWords.holds(a.toks[k-2].lex) {
		return true
	}
	for j := k - 1; j >= floor && j >= k-4; j-- {
		t := a.toks[j]
		if raiseWords.holds(t.lex) {
			return true
		}
		if t.norm == "-" || t.norm == "a" || t.norm == "an" || t.kind == tokWord && !t.cap && !npFunctionWords.holds(t.lex) && !finiteAux.holds(t.lex) {
			// An article opens the raised phrase: "fuel a new arms race".
			continue
		}
		return false
	}
	return false
}

// ownActorBonus: the speaker's own side named as an agent in the content
// ("the bloc would sanction …", "the department had seized …") reports
// its own action, which it stands by. Named after a preposition it is
// more likely the target ("sanctions on X"). An act that is itself a
// complaint ("X had conveyed its concerns about the drills") is no act
// the side stands by: its word judges the topic at tok.
func (a *analysis) ownActorBonus(f *frame, k, floor, tok int) float64 {
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
	if tok > m.t1 && tok-m.t1 <= 8 {
		for j := m.t1; j < tok; j++ {
			if negativeWords.holds(a.toks[j].lex) && a.sameClause(j, tok) {
				return 0 // "X had conveyed its concerns about Y"
			}
		}
	}
	for j := m.t1; j < len(a.toks) && j < m.t1+4; j++ {
		if negators.holds(a.toks[j].lex) || abstainVerbs.holds(a.toks[j].lex) {
			return 0 // "X will not sign", "X skipped the talks": its own refusal
		}
		if judgementVerbs.holds(a.toks[j].lex) {
			return 0 // "Y regarded X as a threat": the judgement decides
		}
		if retaliateForms.holds(a.toks[j].lex) && modals.holds(a.toks[j-1].lex) {
			return -2 // "warned that Sylvania would respond": a threat against it
		}
	}
	if a.ownReplyPromised(m.t1) {
		return -2 // "warned that Sylvania's response would be painful": a threat against it
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

// ownReplyPromised reports a reply noun possessed by the mention ending
// at t1 and a modal after it: "Sylvania's response would be painful",
// "Zenda's retaliation will be swift" (a counter the side promises). A
// reply to something named after it ("Sylvania's response to the plan")
// is left to firmResponseTo.
func (a *analysis) ownReplyPromised(t1 int) bool {
	j := t1
	if j < len(a.toks) && a.toks[j].kind == tokPoss {
		j++
	} else if j == 0 || a.toks[j-1].kind != tokPoss {
		return false
	}
	return j+1 < len(a.toks) && replyNouns.holds(a.toks[j].lex) && modals.holds(a.toks[j+1].lex)
}

// undoBefore reports an undo verb ("retract", "halt", "lift") within the
// five words before the topic's mention.
func (a *analysis) undoBefore(f *frame, tok int) bool {
	_, ok := a.undoVerbAt(f, tok)
	return ok
}

// undoVerbAt returns the undo verb aimed at the topic, as undoBefore.
func (a *analysis) undoVerbAt(f *frame, tok int) (int, bool) {
	j, ok := a.undoAimed(f, tok)
	return j, ok && !a.negatedAt(j, 0)
}

// keptByRefusal reports that the negated undo verb at j, aimed at the
// topic (undoAimed), keeps it: "would not lift the tariffs", "refused to
// withdraw its request for X".
func (a *analysis) keptByRefusal(j int, h topicHit) bool {
	if a.failedTo(j) {
		// "said X had failed to stop the tests": a reproach, the
		// speaker wants them stopped.
		return false
	}
	// "rejected the suspension of the treaty", the topic being that
	// suspension: the undoing is the topic's own word.
	return !containsTopic(a.r.topicAllWords[a.toks[j].norm], h.topic)
}

// undoIsTopicsOwn reports the undo verb at j as a word of its own
// (Rules.ownUndoWord) for a topic the mention at tok names: "proposed
// suspending X's pension reform" for "Suspending the X pension reform".
func (a *analysis) undoIsTopicsOwn(j, tok int) bool {
	mi := a.mentAt[tok]
	if mi < 0 {
		return false
	}
	for _, tp := range a.ments[mi].topics {
		if a.r.ownUndoWord(tp, a.toks[j].norm) {
			return true
		}
	}
	return false
}

// failedTo reports a verb at j after a form of "fail" and "to" ("had
// failed to stop the tests"): the negation reproaches whoever failed.
func (a *analysis) failedTo(j int) bool {
	return j > 1 && a.toks[j-1].norm == "to" && failForms.holds(a.toks[j-2].lex)
}

// wishToOthers returns the token of a hope addressed to others after the
// topic's mention ("hoped all parties would address the issue through
// dialogue"), or -1: the wish names neither the topic nor a pronoun that
// could take it back, and runs to the end of the sentence.
func (a *analysis) wishToOthers(f *frame, tok int) int {
	si := a.sentOf[tok]
	end := int(a.sents[si].t1)
	for k := tok + 1; k < end; k++ {
		if n := a.toks[k].norm; len(n) < 4 || n[0] != 'h' || !hopeForms.words[n] || !f.covers(k) {
			continue
		}
		j := k + 1
		if j < end && a.toks[j].norm == "that" {
			j++
		}
		s0 := j
		for j < end && j-s0 < 5 && a.toks[j].kind == tokWord && !modals.holds(a.toks[j].lex) {
			j++
		}
		if j == s0 || j >= end || !modals.holds(a.toks[j].lex) {
			return -1
		}
		for i := k + 1; i < end; i++ {
			if n := a.toks[i].norm; n == "it" || n == "them" || n == "this" || a.mentAt[i] >= 0 && len(a.ments[a.mentAt[i]].topics) > 0 || a.refAtTok(i) != "" {
				return -1
			}
		}
		return k
	}
	return -1
}

// playedDown reports a frame with no word for or against the topic that
// only wishes others well, calls on all for restraint or plays the matter
// down: "hoped all parties would show restraint", "called for restraint",
// "said he was not concerned". Neither is the
// support a bare mention leans to.
func (a *analysis) playedDown(f *frame, tok int) bool {
	if a.wishToOthers(f, tok) >= 0 || a.restraintForAll(f) {
		return true
	}
	for _, rg := range f.content {
		for k := max(rg[0], 2); k < rg[1]; k++ {
			if a.notConcerned(k) {
				return true
			}
		}
	}
	return false
}

// notConcerned reports a concern adjective at k negated after a form of
// "be": "he was not concerned" plays the matter down.
func (a *analysis) notConcerned(k int) bool {
	return k > 1 && concernAdjectives.holds(a.toks[k].lex) && a.toks[k-1].norm == "not" && beVerbs.holds(a.toks[k-2].lex)
}

// returnOfHeld reports the topic named as something held ("frozen",
// "seized") after "the return of" or "the release of": "the return of
// Zenda's frozen reserves was a matter of principle" undoes the holding.
// A return word of the topic's own names ("prisoner release") is no
// undoing of it.
func (a *analysis) returnOfHeld(f *frame, h topicHit) bool {
	start, end := a.hitSpan(h.tok)
	held := false
	for j := start; j < end; j++ {
		if heldWords.holds(a.toks[j].lex) {
			held = true
		}
	}
	j := start - 1
	for ; j > 0 && start-j <= 6 && f.covers(j); j-- {
		t := a.toks[j]
		if t.kind == tokWord && heldWords.holds(t.lex) {
			held = true
			continue
		}
		if t.kind == tokPoss || t.kind == tokWord && (t.cap || possDeterminers.holds(t.lex) || t.norm == "all" || t.norm == "any") {
			continue
		}
		break
	}
	if !held || j < 1 || a.toks[j].norm != "of" || !f.covers(j-1) {
		return false
	}
	n := a.toks[j-1].norm
	return returnNouns.words[n] && !containsTopic(a.r.topicAllWords[n], h.topic)
}

// meritAfter reports a merit within the few words from k ("a reward for
// years of patient work", "for its restraint"): a reward earned, no wrong.
func (a *analysis) meritAfter(k, end int) bool {
	for j := k; j < end && j < k+4; j++ {
		if n := a.toks[j].norm; meritNouns.words[n] || positiveWords.words[n] {
			return true
		}
	}
	return false
}

// modalAfter returns the first modal verb after k and before end, within
// a few words and no punctuation but commas, or -1: the predicate a time
// clause at k ("before X had withdrawn its troops") leads back to.
func (a *analysis) modalAfter(k, end int) int {
	for j := k + 1; j < end && j < k+16; j++ {
		t := a.toks[j]
		if t.kind == tokPunct && t.norm != "," {
			return -1
		}
		if modals.holds(t.lex) {
			return j
		}
	}
	return -1
}

// undoPurposeEnd returns the end of a purpose clause that follows the
// undoing of the topic at tok ("the drills were being halted to restore
// trust and achieve peace", "halted the drills to ease tension"), or -1:
// all of it, "and" included, says why the topic is undone.
func (a *analysis) undoPurposeEnd(tok int) int {
	end := a.hitEnd(tok)
	si := a.sentOf[tok]
	t1 := int(a.sents[si].t1)
	for j := end; j+1 < t1 && j < end+6; j++ {
		t := a.toks[j]
		if t.kind == tokPunct {
			return -1
		}
		if t.norm != "to" || !(undoVerbs.holds(a.toks[j-1].lex) || j == end) {
			continue
		}
		if n := a.toks[j+1]; n.kind != tokWord || n.cap || n.norm == "the" || n.norm == "a" || modals.holds(n.lex) {
			return -1
		}
		for k := j + 1; k < t1; k++ {
			if t := a.toks[k]; t.kind == tokPunct && t.norm != "-" && t.norm != "'" {
				return k
			}
		}
		return t1
	}
	return -1
}

// subjectOfWish reports a speaker's own name ending at m1 whose
// predicate runs, without punctuation or a polar word, to the wish at w.
func (a *analysis) subjectOfWish(m1, w int) bool {
	if w-m1 > 8 {
		return false
	}
	for j := m1; j < w; j++ {
		n := a.toks[j].norm
		if a.toks[j].kind == tokPunct || positiveWords.words[n] || negativeWords.words[n] {
			return false
		}
	}
	return true
}

// headPronoun is the object pronoun that takes back the topic phrase
// ending before end, by its head word: "them" for a plural
// (pluralWord), else "it".
func (a *analysis) headPronoun(end int) string {
	if pluralWord(a.toks[end-1].norm) {
		return "them"
	}
	return "it"
}

// pronounKept reports a negated undo verb later in the content whose
// object pronoun takes the topic back: "the remarks were in line with
// policy and there was no need to retract them". The pronoun agrees with
// the topic's head word, and no other watched name comes between.
func (a *analysis) pronounKept(f *frame, tok int) bool {
	end := a.hitEnd(tok)
	want := a.headPronoun(end)
	for j := end; j+1 < len(a.toks) && j < end+20 && f.covers(j+1); j++ {
		if a.mentAt[j] >= 0 {
			return false
		}
		if !undoVerbs.holds(a.toks[j].lex) || a.toks[j+1].norm != want {
			continue
		}
		if j+2 < len(a.toks) && f.covers(j+2) && a.toks[j+2].kind == tokWord {
			return false // "withdraw it from the region": not the topic itself
		}
		return (a.negatedAt(j, 0) || a.noIntentOf(j)) && !a.failedTo(j)
	}
	return false
}

// pronounUndone reports an undo verb later in the content, asked of
// another ("called on Y to lift them", "urged Y to halt it"), whose
// object pronoun takes the topic back. The pronoun agrees with the
// topic's head word, no other watched name comes between, and the verb
// is neither negated nor failed.
func (a *analysis) pronounUndone(f *frame, tok int) bool {
	end := a.hitEnd(tok)
	want := a.headPronoun(end)
	if want == "it" && a.listMember(tok) {
		// "a series of laws, including the X act, … repeal them".
		want = "them"
	}
	for j := end; j+1 < len(a.toks) && j < end+20 && f.covers(j+1); j++ {
		if a.mentAt[j] >= 0 && !a.asksOf(j) && !a.nameModifier(j) {
			return false
		}
		if !undoVerbs.holds(a.toks[j].lex) || a.toks[j+1].norm != want {
			continue
		}
		if j+2 < len(a.toks) && f.covers(j+2) && a.toks[j+2].kind == tokWord {
			return false // "withdraw it from the region": not the topic itself
		}
		if j < 3 || a.toks[j-1].norm != "to" || a.negatedAt(j, 0) || a.noIntentOf(j) || a.failedTo(j) {
			return false
		}
		// The asking verb a few words before "to": "called on the
		// authorities to", "urged Y to".
		for k := j - 2; k >= end && k >= j-6; k-- {
			if askForms.holds(a.toks[k].lex) {
				return !a.negatedAt(k, 0)
			}
			if a.toks[k].kind == tokPunct {
				return false
			}
		}
		return false
	}
	return false
}

// listMember reports a topic phrase at tok right after "including" or
// "such as", a member of the plural phrase before it.
func (a *analysis) listMember(tok int) bool {
	start, _ := a.hitSpan(tok)
	for j := start - 1; j >= 0 && j >= start-3; j-- {
		switch a.toks[j].norm {
		case "a", "an", "the", "its", "their":
			continue
		case "including":
			return true
		case "as":
			return j > 0 && a.toks[j-1].norm == "such"
		}
		return false
	}
	return false
}

// nameModifier reports a watched actor's name at j that only modifies
// the lower-case noun right after it ("modelled on Zendan legislation").
func (a *analysis) nameModifier(j int) bool {
	mi := a.mentAt[j]
	if mi < 0 || len(a.ments[mi].topics) > 0 || len(a.ments[mi].actors) == 0 {
		return false
	}
	k := int(a.ments[mi].t1)
	return k < len(a.toks) && a.toks[k].kind == tokWord && !a.toks[k].cap && a.mentAt[k] < 0 && a.sentOf[k] == a.sentOf[j]
}

// asksOf reports a watched name at j that is the one asked to act, right
// after an asking verb and "on" ("called on Y to lift them"), or right
// after the asking verb ("urged Y to halt it").
func (a *analysis) asksOf(j int) bool {
	mi := a.mentAt[j]
	if mi < 0 || len(a.ments[mi].topics) > 0 {
		return false
	}
	k := int(a.ments[mi].t0) - 1
	if k >= 0 && a.toks[k].norm == "on" {
		k--
	}
	return k >= 0 && askForms.holds(a.toks[k].lex)
}

// noIntentOf reports a verb at j after "no intention of", "no plans
// to": "had no intention of withdrawing them" disowns the act as a
// "not" would.
func (a *analysis) noIntentOf(j int) bool {
	if j < 3 || (a.toks[j-1].norm != "of" && a.toks[j-1].norm != "to") || !intentNouns.holds(a.toks[j-2].lex) {
		return false
	}
	return a.toks[j-3].norm == "no" || a.toks[j-3].norm == "any" && a.negatedAt(j-3, 0)
}

// undoneAgain returns a later mention of the hit's topic in the frame's
// content, after its first, that an undo verb aims at ("urged Zenda to
// halt forced returns" after "expelled under the deportation drive").
func (a *analysis) undoneAgain(f *frame, h topicHit) (int, bool) {
	_, t1 := a.hitSpan(h.tok)
	for _, rg := range f.content {
		for k := max(rg[0], t1); k < rg[1]; k++ {
			mi := a.mentAt[k]
			if mi < 0 || a.ments[mi].t0 != k || !containsTopic(a.ments[mi].topics, h.topic) {
				continue
			}
			if a.undoBefore(f, k) {
				return k, true
			}
		}
	}
	return 0, false
}

// undoAimed finds an undo verb ("retract", "halt", "give up") within the
// five words before the topic's mention, in the same clause.
func (a *analysis) undoAimed(f *frame, tok int) (int, bool) {
	if j, ok := a.undoBeforePossessor(f, tok); ok {
		return j, true
	}
	if j, ok := a.barredFrom(f, tok); ok {
		return j, true
	}
	if j, ok := a.strippedOf(f, tok); ok {
		return j, true
	}
	lim := tok - 5
	for j := tok - 1; j >= 0 && j >= lim; j-- {
		if !f.covers(j) || j == f.cueTok {
			return 0, false
		}
		if a.toks[j].kind == tokPoss && lim > 0 {
			// "reverse last year's decision to decertify X": a
			// possessive's own words do not count to the reach.
			lim -= 2
		}
		if !undoAimedWords.holds(a.toks[j].lex) {
			continue
		}
		if n := a.toks[j].norm; subordinators.holds(a.toks[j].lex) && n != "that" || n == "and" || n == "but" {
			return 0, false // "would reconsider once the framework …"
		}
		if undoVerbs.holds(a.toks[j].lex) {
			if a.toks[j].norm == "end" && j > 0 && a.toks[j-1].norm == "dead" {
				// "called the offer a dead end, ruling out X": a
				// noun, no undoing aimed at what follows.
				return 0, false
			}
			if j < tok-5 && a.undoIsTopicsOwn(j, tok) {
				// "proposed suspending X's flagship pension reform",
				// the topic being that suspension: past a possessive,
				// the topic's own verb is no undoing of it.
				return 0, false
			}
			if a.raisedToQuantity(j, tok) {
				// "pressed allies to lift military spending to 5%":
				// lifted to a level, raised, not undone.
				return 0, false
			}
			return j, true
		}
		if a.toks[j].norm == "up" && j > 0 && giveForms.holds(a.toks[j-1].lex) {
			return j - 1, true // "give up its weapons"
		}
		if shipForms.holds(a.toks[j].lex) && a.shippedOut(tok) {
			return j, true // "ship its stockpile of X out of the country"
		}
		if a.toks[j].norm == "down" && j > 0 && windForms.holds(a.toks[j-1].lex) {
			return j - 1, true // "wind down the mission"
		}
		if putForms.holds(a.toks[j].lex) && a.suspendedAfter(tok) {
			return j, true // "put the legislation implementing X on ice"
		}
		if n := a.toks[j].norm; suspendedStates.words[n] && j >= 2 && (a.toks[j-1].norm == "in" || a.toks[j-1].norm == "on") && (putForms.holds(a.toks[j-2].lex) || holdForms.holds(a.toks[j-2].lex)) && f.covers(j-2) {
			// "would hold in abeyance the X treaty", "put on hold the
			// X talks": the state before the object it is put in.
			return j - 2, true
		}
	}
	if j, ok := a.undoneWork(f, tok); ok {
		return j, true
	}
	if c := a.includedAfter(f, tok); c >= 0 {
		// "would not abandon its peaceful programme, including
		// enrichment": the verb reaches the member through the phrase
		// the list hangs from.
		if j, ok := a.undoAimed(f, c); ok {
			return j, true
		}
	}
	return a.undoNounOf(f, tok)
}

// keptForSelf reports goods at tok that their subject needs or wants for
// itself: a need verb within three words before the mention, and "for"
// after it with a reflexive, "its own …" or the speaker's own actor:
// "needed the weapons for itself", "we need X for Freedonia too".
func (a *analysis) keptForSelf(f *frame, tok int) bool {
	need := false
	for j := tok - 1; j >= 0 && j >= tok-3 && f.covers(j); j-- {
		if t := a.toks[j]; t.kind == tokPunct {
			break
		} else if needForms.holds(t.lex) {
			need = true
			break
		}
	}
	if !need {
		return false
	}
	end := a.hitEnd(tok)
	if end+1 >= len(a.toks) || a.toks[end].norm != "for" {
		return false
	}
	n := a.toks[end+1].norm
	if selfWords.words[n] || ownDeterminers.words[n] && end+2 < len(a.toks) && a.toks[end+2].norm == "own" {
		return true
	}
	for _, act := range f.actors {
		if _, _, ok := a.actorMentionAt(end+1, act); ok {
			return true
		}
	}
	return false
}

// spentOrUnchanged reads the predicate of the topic at tok as its
// subject, in its clause: a serve verb whose end is spent, "no longer
// served (Freedonian) interests", "did not serve its purpose", "had served their
// purpose" (-2: done with, so to be ended); a negated change verb whose
// object is a state of things, "would not change the situation", "would
// not alter the balance" (-1: dismissed as making no difference).
func (a *analysis) spentOrUnchanged(f *frame, tok int) float64 {
	end := a.hitEnd(tok)
	for k := end; k < len(a.toks) && k < end+8 && f.covers(k); k++ {
		t := a.toks[k]
		if t.kind == tokPunct || t.norm == "and" || t.norm == "but" {
			return 0
		}
		if !spentWords.holds(t.lex) {
			continue // neither a serve or change verb nor a subordinator
		}
		if subordinators.holds(t.lex) {
			return 0
		}
		serve := serveForms.holds(t.lex)
		if !serve && !changeForms.holds(t.lex) {
			continue
		}
		neg := false
		for j := k - 1; j >= end && j >= k-3; j-- {
			if n := a.toks[j].norm; negators.words[n] || serve && n == "longer" {
				neg = true
			}
		}
		perfect := serve && (a.toks[k-1].norm == "had" || a.toks[k-1].norm == "has" || a.toks[k-1].norm == "have")
		for j := k + 1; j < len(a.toks) && j <= k+3 && f.covers(j); j++ {
			n := a.toks[j].norm
			switch {
			case serve && endNouns.words[n] && (neg || perfect && (n == "purpose" || n == "purposes")):
				return -2
			case !serve && j <= k+2 && stateObjects.words[n] && neg:
				return -1
			}
		}
		return 0
	}
	return 0
}

// recipientSpeaks reports a speaker among the actors a transfer topic
// hands its goods to ("arms sales to Zenda" when Zenda speaks): goods
// it needs for itself are the ones it asks for.
func (a *analysis) recipientSpeaks(f *frame, tp news.TopicID) bool {
	return overlapActors(f.actors, a.r.transferTo[tp])
}

// includedAfter returns the comma that opens an including-list whose
// first member is the topic's mention at tok ("…, including (its) X"),
// or -1.
func (a *analysis) includedAfter(f *frame, tok int) int {
	k := tok - 1
	if k >= 0 && (referringDeterminers.holds(a.toks[k].lex) || ownDeterminers.holds(a.toks[k].lex)) {
		k--
	}
	if k < 1 || a.toks[k].norm != "including" || a.toks[k-1].norm != "," || !f.covers(k-1) {
		return -1
	}
	return k - 1
}

// undoBeforePossessor finds an undo verb right before a titled name
// that possesses the topic: "retract Prime Minister Vok Ha-rin's
// remarks", the name too long for undoAimed's window.
func (a *analysis) undoBeforePossessor(f *frame, tok int) (int, bool) {
	start, _ := a.hitSpan(tok)
	j := start - 1
	if j < 3 || a.toks[j].kind != tokPoss {
		return 0, false
	}
	for j--; j >= 0 && start-j <= 8 && a.toks[j].cap && a.toks[j].kind == tokWord && f.covers(j); j-- {
	}
	if j < 0 || start-j < 5 || !f.covers(j) || j == f.cueTok || !undoVerbs.holds(a.toks[j].lex) {
		return 0, false
	}
	return j, true
}

// undoneWork finds an undo verb before a chain of words that carry the
// topic (workCarriers), one of them a noun of the work on it: "suspend
// work on legislation implementing X", "froze work on the legislation
// needed to implement X"; after "work", a verb of freezing undoes too.
func (a *analysis) undoneWork(f *frame, tok int) (int, bool) {
	c, noun := tok, false
	for p := tok - 1; p >= 0 && p > tok-6 && f.covers(p); p-- {
		// The topic's own modifiers before its head: "participation in
		// Strelsau-mediated peace talks".
		n := a.toks[p].norm
		if n == "in" || n == "on" || n == "of" {
			c = p + 1
			break
		}
		if a.toks[p].kind != tokWord && n != "-" || workCarriers.holds(a.toks[p].lex) || subordinators.holds(a.toks[p].lex) || finiteAux.holds(a.toks[p].lex) || n == "and" || n == "but" {
			break
		}
	}
	for c-1 >= 0 && c > tok-11 && f.covers(c-1) && c-1 != f.cueTok && (workCarriers.holds(a.toks[c-1].lex) || a.toks[c-1].kind == tokPoss) {
		c--
		noun = noun || workNouns.holds(a.toks[c].lex)
	}
	if !noun || c == tok || c-1 < 0 || !f.covers(c-1) || c-1 == f.cueTok {
		return a.workOnBefore(f, tok)
	}
	v := a.toks[c-1].norm
	if undoVerbs.words[v] && !a.raisedToQuantity(c-1, tok) || a.toks[c].norm == "work" && freezeForms.words[v] {
		return c - 1, true
	}
	return 0, false
}

// raisedToQuantity reports "lift" at j meaning raise: the topic at tok
// lifted to, by or from a figure ("lift military spending to 5% of GDP",
// "lifted output by 200,000 barrels"). A limit lifted to a figure ("lift
// the cap to 20%") is loosened, and stays undone.
func (a *analysis) raisedToQuantity(j, tok int) bool {
	switch a.toks[j].norm {
	case "lift", "lifts", "lifted", "lifting":
	default:
		return false
	}
	end := a.hitEnd(tok)
	if end+1 >= len(a.toks) || end < 1 {
		return false
	}
	switch a.toks[end-1].norm {
	case "cap", "caps", "ceiling", "ceilings", "limit", "limits", "quota", "quotas":
		return false
	}
	switch a.toks[end].norm {
	case "to", "by", "from", "above", "towards", "toward":
	default:
		return false
	}
	n := a.toks[end+1].norm
	return n != "" && n[0] >= '0' && n[0] <= '9'
}

// undoNounOf finds an undo noun whose of-phrase runs on to the topic's
// mention at tok, further than undoAimed's five words: "the renunciation
// of Y's ambitions to join the alliance", "the full dismantlement of Y's
// programme, including its enrichment". The phrase has no finite verb,
// modal or punctuation but a comma before "including".
func (a *analysis) undoNounOf(f *frame, tok int) (int, bool) {
	for j := tok - 2; j >= 0 && j >= tok-12; j-- {
		if !f.covers(j) || j == f.cueTok {
			return 0, false
		}
		t := a.toks[j]
		if t.kind == tokPunct && !(t.norm == "," && a.toks[j+1].norm == "including") && t.norm != "'" && t.norm != "-" {
			return 0, false
		}
		if !undoNounOfWords.holds(t.lex) {
			continue
		}
		if finiteAux.holds(t.lex) || modals.holds(t.lex) || subordinators.holds(t.lex) && t.norm != "that" || t.norm == "and" || t.norm == "but" {
			return 0, false
		}
		if undoNouns.holds(t.lex) && a.toks[j+1].norm == "of" {
			return j, true
		}
	}
	return 0, false
}

// negatedAt reports a negator within the three words before k, or a
// negating verb ("refused to", "deter any attempt to") within four.
func (a *analysis) negatedAt(k, floor int) bool {
	if k > 2 && a.toks[k-1].norm == "in" {
		// "would not follow X in easing sanctions", "refused to join Y
		// in lifting them": the refusal covers the act.
		for j := k - 2; j >= floor && j >= k-6; j-- {
			if t := a.toks[j]; t.kind == tokPunct {
				break
			}
			if followForms.holds(a.toks[j].lex) {
				if a.negatedAt(j, floor) {
					return true
				}
				break
			}
		}
	}
	for j := k - 1; j >= floor && j >= k-4; j-- {
		n := a.toks[j].norm
		if j >= k-3 && j > 0 && (n == "one" || n == "body") && a.toks[j-1].norm == "no" {
			return true // "no one should be worried"
		}
		if j > 0 && (n == "than" && a.toks[j-1].norm == "rather" || n == "of" && a.toks[j-1].norm == "instead") {
			return true // "rather than comply with the order"
		}
		if n == "against" && j > 0 && contraryHeads.holds(a.toks[j-1].lex) {
			return true // "went against the principles of fair competition"
		}
		if negatingVerbs.words[n] || (j >= k-3 && negators.words[n]) {
			return true
		}
		if n == "from" && j > 0 && a.toks[j-1].norm == "far" {
			return true
		}
		if n == "less" && j == k-1 && !(j > 0 && negators.holds(a.toks[j-1].lex)) {
			return true // "made the world less safe"; "no less important" is as important
		}
		if a.toks[j].kind == tokPunct && n != "-" && n != "'" && n != `"` {
			return false
		}
	}
	return a.judgementNegated(k, floor)
}

// judgementNegated reports a negated verb of judging before the word at k
// in its clause, whose verdict the negation turns: "no longer regarded
// the plan as realistic", "did not consider the accord valid".
func (a *analysis) judgementNegated(k, floor int) bool {
	for j := k - 1; j > floor && j >= k-10; j-- {
		t := a.toks[j]
		if t.kind == tokPunct && t.norm != "-" && t.norm != "'" || t.norm == "that" || t.norm == "and" || t.norm == "but" || t.norm == "which" {
			return false
		}
		if !judgementVerbs.holds(t.lex) {
			continue
		}
		for i := j - 1; i >= floor && i >= j-3; i-- {
			n := a.toks[i].norm
			if negators.words[n] {
				return true
			}
			if n != "longer" && !finiteAux.words[n] && !modals.words[n] {
				break // "was not ideal but called it …": another predicate's
			}
		}
		return false
	}
	return false
}

// deniedRight reports a verb of denying at j whose object is a right
// to the topic at tok: "denied its right to X", "would deny Zenda the
// right to X" (not "denied that …", a claim disputed).
func (a *analysis) deniedRight(j, tok int) bool {
	for k := j + 1; k <= tok && k < len(a.toks); k++ {
		if n := a.toks[k].norm; n == "right" || n == "rights" {
			return true
		}
	}
	return false
}

// harmBefore reports a harm verb aimed at the topic: within the four
// words before its mention, not negated. own reports the speaker as the
// harm's subject: a pronoun or the speaker's own name just before it.
func (a *analysis) harmBefore(f *frame, tok int) (harm, own bool) {
	lim := tok - 4
	if o := tok - 1; o > 1 && (a.toks[o].norm == "a" || a.toks[o].norm == "an" || a.toks[o].norm == "the") {
		if o--; a.toks[o].norm == "of" && (actHeads.holds(a.toks[o-1].lex) || partNouns.holds(a.toks[o-1].lex)) {
			lim = o - 4 // "block the creation of a state", "reneging on parts of the deal"
		}
	} else if o > 0 && a.toks[o].norm == "of" && actHeads.holds(a.toks[o-1].lex) {
		lim = o - 4
	}
	for j := tok - 1; j >= 0 && j >= lim; j-- {
		if !f.covers(j) {
			return false, false
		}
		t := a.toks[j]
		if t.kind == tokPunct && t.norm != "-" {
			return false, false
		}
		if harmNouns.holds(t.lex) && j+1 < tok && a.toks[j+1].norm == "of" {
			// "were a clear violation of the accords": someone else's
			// harm to the topic, which the speaker defends.
			return !a.negatedAt(j, 0), false
		}
		if harmVerbs.holds(t.lex) || t.norm == "slow" && j > 0 && a.toks[j-1].norm == "to" || denyForms.holds(t.lex) && a.deniedRight(j, tok) {
			if stanceVerbs.holds(t.lex) && !a.foughtAt(j, tok) {
				// "would fight for the treaty", "the fighting in X": no
				// harm aimed at the topic.
				return false, false
			}
			if a.negatedAt(j, 0) && !(j > 1 && a.toks[j-1].norm == "to" && appealNouns.holds(a.toks[j-2].lex)) {
				// "refused to block the deal"; but "rejected calls to
				// block the deal": the calls' harm, refused.
				return false, false
			}
			for i := j + 1; i < tok; i++ {
				if a.toks[i].norm == "by" {
					// "any attempt to obstruct X by arming Y": the topic
					// is the means of the harm, which the speaker faults.
					return true, true
				}
			}
			v := j
			if v > 2 && persistVerbs.holds(a.toks[v-1].lex) {
				v-- // "vowed to keep fighting the troops"
			}
			if v > 1 && a.toks[v-1].norm == "to" && (!f.covers(v-2) || v-2 == f.cueTok) {
				// "vowed to block the treaty": the cue's own infinitive,
				// the speaker's intent.
				return true, true
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

// foughtAt reports a verb of fighting at j aimed at the topic at tok as
// its object: "vowed to keep fighting the Sylvanian troops until …", not
// "fight for X" nor "the fighting in X".
func (a *analysis) foughtAt(j, tok int) bool {
	if j > 0 && (referringDeterminers.holds(a.toks[j-1].lex) || a.toks[j-1].norm == "a") {
		return false // "the fighting around X": a noun
	}
	for i := j + 1; i < tok; i++ {
		if n := a.toks[i].norm; n != "the" && n != "its" && n != "their" && n != "against" {
			return false
		}
	}
	return true
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
func (a *analysis) antecedent(si, k int, skip func(news.TopicID) bool) (news.TopicID, int, bool) {
	floor := a.sents[max(0, si-3)].t0
	var only news.TopicID
	onlyAt := -1
	for j := k - 1; j >= 0; j-- {
		mi := a.mentAt[j]
		if mi < 0 {
			if tp := a.refAtTok(j); tp != "" && j >= floor && (skip == nil || !skip(tp)) {
				return tp, j, true
			}
			continue
		}
		m := a.ments[mi]
		j = m.t0
		topics := m.topics
		if j >= floor && a.backgroundRow(m.t0) {
			// "frozen in January during the row over Tarland": the
			// setting of an act, not what a later phrase refers to.
			continue
		}
		if skip != nil {
			topics = nil
			for _, tp := range m.topics {
				if !skip(tp) {
					topics = append(topics, tp)
				}
			}
		}
		if len(topics) == 0 {
			continue
		}
		if j >= floor {
			return topics[0], j, true
		}
		if only != "" && (len(topics) > 1 || topics[0] != only) {
			return "", -1, false
		}
		only = topics[0]
		if onlyAt < 0 {
			onlyAt = j
		}
	}
	return only, onlyAt, only != ""
}

// backgroundRow reports a mention at m0 that only names what a quarrel
// was about, in a phrase of circumstance: "during the row over X",
// "amid tensions over X".
func (a *analysis) backgroundRow(m0 int) bool {
	if m0 < 3 {
		return false
	}
	p := m0 - 1
	if n := a.toks[p].norm; n == "the" || n == "its" || n == "their" {
		p-- // "over the Grand Dam"
	}
	if n := a.toks[p].norm; n != "over" && n != "about" {
		return false
	}
	ms := a.sentOf[m0]
	for i := p - 1; i >= 0 && i >= p-4 && a.sentOf[i] == ms; i-- {
		t := a.toks[i]
		if t.kind == tokPunct {
			return false
		}
		if n := t.norm; n == "during" || n == "amid" || n == "amidst" {
			return true
		}
	}
	return false
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
		if j == tok {
			continue // "the discussions had been constructive": the talks themselves
		}
		if j >= 0 && j < len(a.toks) && f.covers(j) && strings.HasPrefix(a.toks[j].norm, "discuss") && discussWords.holds(a.toks[j].lex) {
			if j > tok+2 && a.toks[j-1].norm == "for" && a.toks[j-2].norm == "up" && (negators.holds(a.toks[j-3].lex) || j > tok+3 && negators.holds(a.toks[j-4].lex)) {
				continue // "was not up for discussion": a verdict (predicateVerdict)
			}
			if j > tok && a.discussesOther(tok, j) {
				continue // "would not withdraw from X and would only discuss a freeze"
			}
			// Only talked about, unless a verb of position aims at it
			// ("dismissed the guarantees under discussion as a
			// scheme") or the talk is refused ("will not discuss its
			// weapons"): a refusal is a stand.
			if j < tok && a.toks[j].norm != "discussion" && a.toks[j].norm != "discussions" && a.negatedAt(j, a.sents[f.sent].t0) {
				return false
			}
			return !a.verdict(f, tok)
		}
	}
	return false
}

// discussesOther reports the verb of discussing at j, after the topic at
// tok, as the verb of a clause of its own with an object of its own: an
// "and", "but" or ";" between, and an article or possessive after the
// verb ("… would not withdraw from X and would only discuss a freeze").
func (a *analysis) discussesOther(tok, j int) bool {
	switch a.toks[j].norm {
	case "discussion", "discussions":
		return false
	}
	if j+1 >= len(a.toks) {
		return false
	}
	switch a.toks[j+1].norm {
	case "a", "an", "the", "its", "their", "his", "her", "any":
	default:
		return false
	}
	for k := a.hitEnd(tok); k < j; k++ {
		if n := a.toks[k].norm; n == "and" || n == "but" || n == ";" {
			return true
		}
	}
	return false
}

// acquiesces reports a negated verb of opposition aimed at the topic:
// "did not oppose the release", "would not rule out sanctions" — not
// against it, and not for it either.
func (a *analysis) acquiesces(f *frame, tok int) bool {
	if f.negated && f.cue.pol == polOppose && a.governs(f, tok) {
		return true
	}
	for j, n := tok-1, 0; j >= 0 && n < 6 && f.covers(j); j-- {
		t := a.toks[j]
		if mi := a.mentAt[j]; mi >= 0 {
			j = a.ments[mi].t0
			continue
		}
		if t.kind == tokPunct {
			return false
		}
		n++
		if j == f.cueTok || a.nounUse(j, 0) {
			continue
		}
		if c, _, ok := a.cueAt(j, tok); ok && c.pol == polOppose {
			return a.negatedAt(j, 0)
		}
	}
	return false
}

// yieldsAfter reports a speaker whose doubts about the topic are
// followed, in the same sentence, by ", but" and a negated stand against
// it with no subject of its own: "had serious reservations about the
// text, but had decided not to stand in the way of its adoption", "…, but
// would not block it" — misgivings voiced, no side taken.
func (a *analysis) yieldsAfter(f *frame, tok int) bool {
	si := a.sentOf[tok]
	end := int(a.sents[si].t1)
	k := tok + 1
	for ; k+1 < end; k++ {
		if a.toks[k].norm == "but" && a.toks[k-1].norm == "," {
			break
		}
	}
	if k+1 >= end {
		return false
	}
	neg := false
	for j := k + 1; j < end && j <= k+7; j++ {
		n := a.toks[j].norm
		if a.toks[j].kind == tokPunct || a.toks[j].cap || n == "that" {
			return false
		}
		if negators.words[n] {
			neg = true
			continue
		}
		if !neg || n == "to" || n == "be" {
			continue
		}
		if n == "stand" && j+3 < end && a.toks[j+1].norm == "in" && a.toks[j+3].norm == "way" {
			return true
		}
		return yieldVerbs.words[n]
	}
	return false
}

// verdict reports a verb of position aimed at the topic: the cue itself
// ("rejected the plan") or one just before the topic ("said it firmly
// opposes the tariffs").
func (a *analysis) verdict(f *frame, tok int) bool {
	if f.cue.pol != polNeutral && a.governs(f, tok) || a.demandedCondition(f, tok) {
		return true
	}
	if _, ok := a.localGovernor(f, tok); ok {
		return true
	}
	// "the future of X was for Xers alone to decide", "ready to discuss
	// X's security, but its sovereignty was not up for negotiation": no
	// open question.
	return f.cue.pol >= 0 && !f.negated && (a.ownPeopleDecide(f, tok) || a.placeVerdict(f, tok))
}

// whichAfter reports a relative clause right after the topic's mention
// at tok (", which …"): it says something of the topic.
func (a *analysis) whichAfter(tok int) bool {
	k := a.hitEnd(tok)
	if k < len(a.toks) && a.toks[k].norm == "," {
		k++
	}
	return k < len(a.toks) && a.toks[k].norm == "which"
}

// closelyAround reports "closely" just before the verb at j or within
// the five tokens after tok, in its sentence and before punctuation: "closely following the
// talks", "watching the talks very closely".
func (a *analysis) closelyAround(j, tok int) bool {
	if j > 0 && a.toks[j-1].norm == "closely" {
		return true
	}
	for k := tok + 1; k < len(a.toks) && k <= tok+5 && a.sentOf[k] == a.sentOf[tok]; k++ {
		if a.toks[k].norm == "closely" {
			return true
		}
		if a.toks[k].kind == tokPunct {
			return false
		}
	}
	return false
}

// watchedObject reports the topic at tok as the object of the verb of
// watching at j: at most five words between, none of them punctuation,
// a conjunction or a verb's mark ("to"), and no relative clause after it
// that judges it ("was following the summit, which it called a
// provocation").
func (a *analysis) watchedObject(j, tok int) bool {
	if tok-j > 6 || a.whichAfter(tok) {
		return false
	}
	for k := j + 1; k < tok; k++ {
		if a.toks[k].kind == tokPunct {
			return false
		}
		switch a.toks[k].norm {
		case "and", "or", "but", "to", "that", "as":
			return false
		}
	}
	return true
}

// goesOnUnless reports the topic at tok as the subject of a verb of
// going on (persistVerbs, stayVerbs, "go ahead", "proceed") before the
// "unless" at u, in the same clause and not negated: "X would continue
// unless Y", "X will stay in place unless Y".
func (a *analysis) goesOnUnless(f *frame, tok, u int) bool {
	_, t1 := a.hitSpan(tok)
	if u <= t1 || u-t1 > 6 {
		return false
	}
	for k := t1; k < u; k++ {
		n := a.toks[k].norm
		if !f.covers(k) || a.toks[k].kind == tokPunct || negators.words[n] || n == "that" || n == "and" || n == "but" {
			return false
		}
		if persistVerbs.words[n] || stayVerbs.words[n] || n == "proceed" || n == "go" && k+1 < u && a.toks[k+1].norm == "ahead" {
			return true
		}
	}
	return false
}

// hedgedFar reports a verb of deliberation (hedgeWords) thirteen to
// twenty words before the topic's mention, with no "and", "but", "that"
// or ";" between: "was reviewing the designation of Zenda Front, the
// group its leader once ran, as a terrorist organisation".
func (a *analysis) hedgedFar(f *frame, tok int) bool {
	for j := tok - 1; j >= 0 && j >= tok-20 && f.covers(j); j-- {
		n := a.toks[j].norm
		switch n {
		case "and", "but", "that", ";", "while", "although", "which", "who":
			return false
		}
		if j <= tok-13 && hedgeWords.holds(a.toks[j].lex) && !a.toks[j].cap && !a.plainNegated(j) {
			return true
		}
	}
	return false
}

// undecided reports a speaker who has not made up its mind about the
// topic: "was still looking at the plan", "was considering it", "would
// decide once …", "no decision had been taken", "in due course" — within
// twelve words of the topic's mention, in the frame's content.
func (a *analysis) undecided(f *frame, tok int) bool {
	for j := tok - 12; j <= tok+12; j++ {
		if j < 0 || j >= len(a.toks) || !f.covers(j) {
			continue
		}
		n := a.toks[j].norm
		prev := ""
		if j > 0 {
			prev = a.toks[j-1].norm
		}
		next := ""
		if j+1 < len(a.toks) {
			next = a.toks[j+1].norm
		}
		switch {
		case hedgeWords.holds(a.toks[j].lex) && !a.toks[j].cap && !a.afterWithout(j) && !a.plainNegated(j):
			// "was considering it"; "was not considering it" has made
			// up its mind.
			return true
		case hedgeBases.holds(a.toks[j].lex) && (prev == "would" || prev == "will" || prev == "to"):
			return true // "would study the text"
		case (n == "looking" || n == "look") && (next == "at" || next == "into"):
			return true
		case (n == "decide" || n == "determine") && (prev == "would" || prev == "will" || prev == "to" || prev == "yet" || prev == "not"):
			return true
		case (n == "decided" || n == "made" || n == "taken") && (prev == "not" || prev == "yet" || prev == "been" && j > 1 && a.toks[j-2].norm == "not"):
			return true
		case n == "decision" && (prev == "no" || prev == "final" && j > 1 && a.toks[j-2].norm == "no"):
			return true
		case n == "due" && prev == "in" && next == "course" && !a.acceptAimed(f, tok):
			// "would decide in due course", not "would ratify the
			// accession in due course" (a commitment, timing aside).
			return true
		case n == "unless" && a.goesOnUnless(f, tok, j):
			// "the process of restoring the sanctions would continue
			// unless Zenda took swift steps": the topic goes on, the
			// condition only says what would stop it.
		case n == "only" && (next == "if" || next == "once" || next == "when" || next == "after") || n == "unless":
			// "would return to the deal only once its demands were met"
			return true
		case (n == "deal" || n == "agreement" || n == "consensus") && prev == "no" && a.reachedAfter(j):
			return true // "no deal had been reached on the bases"
		case n == "subject" && next == "of" && a.talksAfter(j+2):
			return true // "their status would be the subject of further talks"
		case prev == "under" && (n == "review" || n == "consideration" || n == "discussion"):
			return true // "all options remained under review"
		case watchForms.holds(a.toks[j].lex) && j < tok && tok-j <= 4 && a.closelyAround(j, tok) && !a.whichAfter(tok):
			// "was following the talks closely"; not "closely watching
			// the blockade, which it called a provocation".
			return true
		case (n == "watching" || n == "monitoring" || n == "following") && (beVerbs.words[prev] || prev == "keep" || prev == "continue" || prev == "continues") && j < tok && a.watchedObject(j, tok):
			// "was watching the plans calmly", "would keep monitoring
			// the dam's operation": the speaker keeps an eye on it.
			return true
		case (n == "watch" || n == "monitor") && prev == "to" && j > 1 && (a.toks[j-2].norm == "continue" || a.toks[j-2].norm == "continues") && j < tok && a.watchedObject(j, tok):
			// "would continue to monitor the project"
			return true
		case watchForms.holds(a.toks[j].lex) && prev == "closely" && next == "what" && (j < tok || tok < f.cueTok) && !a.whichAfter(tok):
			// "was closely following what he called the dramatic
			// statements about X"; asked about X, "said it was closely
			// following what he called a dramatic situation".
			return true
		case n == "early" && prev == "too" && (next == "to" || next == "for"):
			return true
		case (n == "matter" || n == "decision" || n == "choice") && next == "for" && a.leftToOthers(j) && !a.futureLeftBefore(f, j):
			// "it was a matter for X and Y", "a sovereign decision for
			// any country": the speaker leaves it to others, not "a
			// matter for concern".
			return true
		case n == "for" && j+4 < len(a.toks) && beVerbs.words[prev] && a.forToDecide(j):
			// "decisions on X were for the bloc alone to make"
			return true
		case (n == "position" || n == "stance" || n == "sides" || n == "side") && j > 1 && (prev == "a" || prev == "no" || prev == "any" || n == "sides" && takeForms.words[prev]) && (takeForms.words[prev] || takeForms.holds(a.toks[j-2].lex)) && (prev == "no" || a.negatedAt(j-1, int(a.sents[f.sent].t0)) || a.negatedAt(j-2, int(a.sents[f.sent].t0)) || a.toks[j-2].norm == "without" || j > 2 && a.toks[j-3].norm == "without"):
			// "did not take a position on the suspension", "took no
			// stance", "would not take sides", "without taking a
			// position on whether it should be built".
			return true
		case (n == "declined" || n == "refused" || n == "declining" || n == "refusing" || n == "declines" || n == "refuses") && next == "to" && j+2 < len(a.toks) && withheldWords.holds(a.toks[j+2].lex):
			// "declined to say whether it would keep the principles",
			// "refused to comment on the plan".
			return true
		case n == "up" && next == "to" && beVerbs.words[prev] && a.forToDecide(j):
			// "it was up to the people to choose their partners"
			return true
		case (n == "noted" || n == "note" && next == "of" && takeForms.words[prev]) && j < tok && a.notedObject(f, j, tok):
			// "said it had noted the verdict", "had taken note of the
			// decision": the diplomat's acknowledgement, no judgement.
			return true
		case n == "briefed" && prev == "be" && j > 2 && a.toks[j-2].norm == "to" && waitForms.holds(a.toks[j-3].lex):
			// "was waiting to be briefed on the details"
			return true
		case n == "commenting" && prev == "before" || n == "ahead" && prev == "getting" && next == "of" && j+2 < len(a.toks) && a.toks[j+2].norm == "events":
			// "would wait for details before commenting", "warned
			// against getting ahead of events"
			return true
		case n == "comment" && (prev == "not" || prev == "no" || prev == "further" && j > 1 && a.toks[j-2].norm == "no"):
			// "would not comment on the framework", "had no further
			// comment": a view withheld, as "declined to comment".
			return true
		case n == "review" && next == "of" && prev == "a" && j > 1 && reviewOpeners.holds(a.toks[j-2].lex) && j < tok:
			// "has begun a review of the pact": its fate still open.
			return true
		case n == "up" && prev == "come" && j > 1 && negators.holds(a.toks[j-2].lex) && j > tok:
			// "the question of X had not come up in his talks"
			return true
		case (n == "impact" || n == "effect") && next == "on" && j+2 < len(a.toks) && (a.toks[j+2].norm == "its" || a.toks[j+2].norm == "our" || a.toks[j+2].norm == "their"):
			// "did not expect the plan to have a material impact on its
			// business": the speaker weighs what it means for itself.
			return true
		}
	}
	return false
}

// bounded reports a measure the speaker allows only within bounds it
// sets, or a side it stops short of taking: "urged the authorities to ensure that any emergency measures
// were necessary and proportionate", "could reintroduce checks as a
// last resort", "stopped short of endorsing X": neither backing nor
// rejection, even under a verb that takes a side ("urged", "endorsing").
func (a *analysis) bounded(f *frame, tok int) bool {
	for j := tok - 1; j > 0 && j >= tok-6 && f.covers(j); j-- {
		if a.toks[j].norm == "short" && j+1 < tok && a.toks[j+1].norm == "of" && stopForms.holds(a.toks[j-1].lex) {
			// "stopped short of endorsing the plan": the verb of
			// position held back.
			return true
		}
	}
	for j := tok + 1; j < len(a.toks) && j <= tok+20 && f.covers(j); j++ {
		n := a.toks[j].norm
		switch {
		case n == ";":
			return false
		case (n == "proportionate" || n == "proportional") && a.demandedOf(f, j):
			return true
		case n == "resort" && a.toks[j-1].norm == "last" && j-tok <= 8:
			return true
		}
	}
	for j := tok - 1; j > 1 && j >= tok-5 && f.covers(j); j-- {
		if a.toks[j].norm != "on" {
			continue
		}
		// "urged the leaders to reach consensus on the electoral
		// model", "to agree on a governance arrangement": agreement
		// asked for, whatever its content.
		switch p, pp := a.toks[j-1].norm, a.toks[j-2].norm; {
		case p == "agree" && pp == "to", p == "consensus" && (pp == "reach" || pp == "build" || pp == "find"):
			return true
		}
		break
	}
	return false
}

// demandedOf reports a demand over the word at j, in the frame's
// content and its clause: "ensure (that)", "must (be)", "had to be",
// "should be", "need(ed) to be" within the ten words before it.
func (a *analysis) demandedOf(f *frame, j int) bool {
	for k := j - 1; k >= 0 && k >= j-10 && f.covers(k); k-- {
		n := a.toks[k].norm
		if n == ";" || n == "but" {
			return false
		}
		switch n {
		case "ensure", "ensuring", "must", "should":
			return true
		case "to":
			if k > 0 {
				switch a.toks[k-1].norm {
				case "had", "has", "have", "need", "needed", "needs":
					return true
				}
			}
		}
	}
	return false
}

// notedObject reads the topic at tok as what "noted" or "note of" at j
// acknowledges: at most five plain words between, none of them a
// judgement, a cue, "of" ("noted the importance of X") or punctuation;
// not "noted that …" or "noted with concern …", and no "with …" or
// promised reaction ("would react") just after the topic.
func (a *analysis) notedObject(f *frame, j, tok int) bool {
	k := j + 1
	if a.toks[j].norm == "note" {
		k++ // past "of"
	}
	if tok-k > 8 || k >= len(a.toks) {
		return false
	}
	switch a.toks[k].norm {
	case "that", "with", "how", "what", "whether":
		return false
	}
	// act: the verb after "decision to" or "move to", another's act
	// acknowledged ("had taken note of Y's decision to lift the
	// sanctions"), which may stretch the object to eight words.
	act := -1
	for i := k; i < tok; i++ {
		t := a.toks[i]
		if t.kind == tokPoss && i+3 < tok && (a.toks[i+1].norm == "decision" || a.toks[i+1].norm == "move") && a.toks[i+2].norm == "to" {
			act = i + 3
			continue
		}
		if t.kind != tokWord || t.norm == "of" || positiveWords.holds(t.lex) || negativeWords.holds(t.lex) {
			return false
		}
		if i == act {
			continue
		}
		if _, ok := a.r.cues[t.norm]; ok {
			return false
		}
	}
	if act < 0 && tok-k > 5 {
		return false
	}
	end := a.hitEnd(tok)
	if end < len(a.toks) && a.toks[end].norm == "with" {
		return false // "took note of the decision with regret"
	}
	for i := end; i < len(a.toks) && i <= end+6 && f.covers(i); i++ {
		if retaliateForms.holds(a.toks[i].lex) && modals.holds(a.toks[i-1].lex) {
			// "had taken note of the memo and would react firmly":
			// an answer promised, not an acknowledgement.
			return false
		}
	}
	return true
}

// leftToOthers reads "a (sovereign) matter for X" at the noun j: an
// article before it, at most one word between, and after "for" a name,
// "the", "each" or "any".
func (a *analysis) leftToOthers(j int) bool {
	i := j - 1
	if i > 0 && a.toks[i].kind == tokWord && a.toks[i].norm != "a" && a.toks[i].norm != "the" {
		i-- // "a sovereign decision"
	}
	if i < 0 || a.toks[i].norm != "a" && a.toks[i].norm != "the" || j+2 >= len(a.toks) {
		return false
	}
	n := a.toks[j+2]
	switch n.norm {
	case "the", "each", "any", "all", "every", "individual", "both":
		// "a decision for individual member states", "a matter for
		// all states in the basin"
		return true
	}
	return n.cap
}

// futureLeftBefore reports "a matter for" at j that leaves a watched
// place's future to its own people ("Marova's future was a matter for
// Marovans alone", placeDefence): the speaker defends the place, it does
// not stand aside.
func (a *analysis) futureLeftBefore(f *frame, j int) bool {
	for _, rg := range f.content {
		if j < rg[0] || j >= rg[1] {
			continue
		}
		for k := j - 1; k >= rg[0] && k >= j-4; k-- {
			if n := a.toks[k].norm; n != "future" && n != "fate" {
				continue
			}
			for tp := range a.r.placeTopics {
				if a.futureLeftToPeople(k, rg, tp) {
					return true
				}
			}
		}
	}
	return false
}

// forToDecide reads "for X (alone) to make/decide/determine/settle" from
// "for" (or "up" of "up to") at j, within seven words: "it was up to Zenda
// and its partners to settle the matter".
func (a *analysis) forToDecide(j int) bool {
	for k := j + 2; k+1 < len(a.toks) && k <= j+7; k++ {
		if a.toks[k].kind != tokWord {
			return false
		}
		if a.toks[k].norm == "to" {
			switch a.toks[k+1].norm {
			case "make", "decide", "determine", "choose", "take", "settle", "resolve":
				return true
			}
			return false
		}
	}
	return false
}

// localGovernor finds a verb of position (a polar cue) aimed at the
// topic: within the six words before its mention, in the same stretch of
// content (names, quote marks and possessives skipped), negation applied.
func (a *analysis) localGovernor(f *frame, tok int) (float64, bool) {
	lesser := false
	for j, n := tok-1, 0; j >= 0 && n < 6 && f.covers(j); j-- {
		t := a.toks[j]
		// listed: t is in one of the word lists below (most words are
		// in none, and skip their look-ups).
		listed := localGovernorWords.holds(t.lex)
		if listed && lesserWords.holds(t.lex) {
			// "would not accept half measures on X": refusing less
			// than the topic demands it.
			lesser = true
		}
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
		case "and", "or":
			if a.sharedObjectVerbs(j) {
				// "did not accept or recognise the ruling": the
				// first verb, and its negation, govern the object
				// both verbs share.
				continue
			}
			return 0, false
		case "but", "that", "which", "who", "while":
			return 0, false
		}
		n++
		if listed && concernNouns.holds(t.lex) && a.aboutBetween(j, tok) {
			// "conveyed its serious concern to Y about the exercises";
			// "had no concerns over the plan" consents.
			if a.negatedAt(j, 0) {
				return 2, true
			}
			return -2, true
		}
		if listed && misuseVerbs.holds(t.lex) && j+3 >= tok && !a.negatedAt(j, 0) {
			return -2, true // "had abused export controls"
		}
		if j == f.cueTok || a.nounUse(j, 0) {
			continue
		}
		if t.norm == "with" && j > 3 && a.toks[j-1].norm == "do" && a.toks[j-2].norm == "to" && a.toks[j-3].norm == "nothing" && wantForms.holds(a.toks[j-4].lex) {
			return -2, true // "want nothing to do with the bill"
		}
		if t.norm == "with" && j > 1 && (a.toks[j-1].norm == "ahead" || a.toks[j-1].norm == "proceed" || a.toks[j-1].norm == "proceeds" || a.toks[j-1].norm == "proceeded" || a.toks[j-1].norm == "proceeding") {
			// "would go ahead with tariffs", "proceed with the plan".
			if a.negatedAt(j-1, 0) || a.negatedAt(j-2, 0) {
				return -2, true
			}
			return 2, true
		}
		if listed && appealVerbs.holds(t.lex) && j+1 < tok && a.toks[j+1].norm != "for" && a.toks[j+1].norm != "to" {
			// "will appeal a ruling": contests it.
			if a.negatedAt(j, 0) {
				return 2, true
			}
			return -2, true
		}
		if listed && acceptBases.holds(t.lex) && !lesser && j+1 < tok {
			// "asked X not to sign the agreement" (-2), "had taken steps
			// to implement the consensus" (+2); "failed to implement"
			// says more of whoever failed than of the speaker.
			switch {
			case a.plainNegated(j) && a.harmNounBetween(j, tok):
				// "would not accept any violation of the treaty": the
				// harm to the topic refused, the topic defended.
				return 2, true
			case a.plainNegated(j):
				return -2, true
			case !a.negatedAt(j, 0):
				return 2, true
			case a.otherFailed(f, j):
				// "said Zenda had failed to implement the treaty": the
				// speaker faults another for not going ahead.
				return 2, true
			}
		}
		c, _, ok := a.cueAt(j, tok)
		pol := c.pol
		if !ok && j+1 < tok && listed && stanceVerbs.holds(t.lex) {
			// "would vote against the framework": an act of position,
			// a cue only inside what someone says.
			switch a.toks[j+1].norm {
			case "for":
				pol, ok = polSupport, true
			case "against":
				pol, ok = polOppose, true
			}
		}
		if !ok || pol == polNeutral {
			continue
		}
		p := float64(pol) * 2
		if a.negatedAt(j, 0) {
			p = -p
			if lesser {
				p = -p
			}
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

// eventClause reports a word at k that opens a clause dating someone
// else's event with an indefinite subject: "after a vote failed …",
// "when an inquiry found …".
func (a *analysis) eventClause(k int) bool {
	if k+1 >= len(a.toks) {
		return false
	}
	// The article first: eventClause is asked of every word after a hit.
	if n := a.toks[k+1].norm; n != "a" && n != "an" || !eventConjunctions.holds(a.toks[k].lex) {
		return false
	}
	// A clause has a verb: "after a vote failed to block it", not
	// "after a ceasefire as legitimate targets".
	for j := k + 2; j < len(a.toks) && j <= k+9; j++ {
		t := a.toks[j]
		if t.kind == tokPunct && t.norm != "-" && t.norm != "'" {
			return false
		}
		if finiteAux.holds(t.lex) || pastForms.holds(t.lex) || len(t.norm) > 4 && strings.HasSuffix(t.norm, "ed") {
			return true
		}
	}
	return false
}

// pressureKept reports "pressure" at k after a verb that keeps it up:
// "keep up pressure", "maintain the pressure", "step up pressure".
func (a *analysis) pressureKept(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch n := a.toks[j].norm; {
		case pressureVerbs.words[n]:
			return true
		case n == "up" || n == "the" || n == "its" || n == "their" || n == "our":
		default:
			return false
		}
	}
	return false
}

// madeWorse returns the verb of making that governs a comparative of
// harm at k within its clause (-1 if none): "would only make a negotiated solution
// harder to achieve", "could make it much worse". Not one followed by
// "for" ("make it harder for X to fund its war": the hindered act judges)
// nor "more difficult" read without its "more".
func (a *analysis) madeWorse(k, floor, end int) int {
	if k+1 < end && a.toks[k+1].norm == "for" {
		return -1
	}
	if a.toks[k].norm == "difficult" && (k == 0 || a.toks[k-1].norm != "more") {
		return -1
	}
	for j := k - 1; j >= floor && j >= k-6; j-- {
		t := a.toks[j]
		if t.kind == tokPunct || t.norm == "and" || t.norm == "but" || t.norm == "that" || t.norm == "while" {
			return -1
		}
		if makeForms.holds(t.lex) {
			return j
		}
	}
	return -1
}

// hinderedBad reports a bad word at k that is what something makes
// harder to do: "would make it ever harder for X to fund its war" (a
// comparative of difficulty, "for", then "to", within ten words in one
// clause), or what something deters someone from ("deterred people from
// making the dangerous journey").
func (a *analysis) hinderedBad(k, floor int) bool {
	to, from := false, false
	for j := k - 1; j >= floor && j >= k-10; j-- {
		t := a.toks[j]
		if t.kind == tokPunct && t.norm != "'" {
			return false
		}
		switch t.norm {
		case "and", "but", "while", "that":
			return false
		case "to":
			to = true
		case "harder", "tougher", "costlier", "difficult":
			return to && j+1 < k && a.toks[j+1].norm == "for"
		case "from":
			from = true
		}
		if from && deterVerbs.holds(t.lex) {
			return true // "deterred people from making the dangerous journey"
		}
	}
	return false
}

// pursuedWrong reports a verb of pursuing a wrong at most two words
// before k: "investigate (alleged) violations", "prosecute the crimes".
func (a *analysis) pursuedWrong(k, floor int) bool {
	for j := k - 1; j >= floor && j >= k-3; j-- {
		if pursueVerbs.holds(a.toks[j].lex) {
			return true
		}
		if a.toks[j].kind != tokWord {
			return false
		}
	}
	return false
}

// harmedGood reports a good word at k that is the object of a word of
// harm one or two words before it: "endanger regional peace",
// "undermine stability".
func (a *analysis) harmedGood(k, floor int) bool {
	for j := k - 1; j >= floor && j >= k-2; j-- {
		t := a.toks[j]
		if t.kind != tokWord {
			return false
		}
		if negativeWords.holds(t.lex) && !negators.holds(t.lex) {
			return true
		}
	}
	return false
}

// erasedGain reports a gain noun at k that is the object of a verb of
// erasing before it, over words of measure: "undo 20 years of progress",
// "wiped out weeks of hard-won gains", "reversed the gains".
func (a *analysis) erasedGain(k, floor int) bool {
	for j := k - 1; j >= floor && j >= k-6; j-- {
		t := a.toks[j]
		if t.kind != tokWord {
			return false
		}
		switch {
		case erasingForms.holds(t.lex):
			return true
		case (t.norm == "out" || t.norm == "back") && j > floor && erasingForms.words[a.toks[j-1].norm+" "+t.norm]:
			return true
		case gainMeasures.holds(t.lex) || calendarNouns.holds(t.lex) || isDigits(t.norm):
		default:
			return false
		}
	}
	return false
}

// acceptAimed reports a verb of going ahead ("ratify", "sign") aimed at
// the topic at tok, not negated: "would ratify Sweden's accession".
func (a *analysis) acceptAimed(f *frame, tok int) bool {
	for j := tok - 1; j >= 0 && j >= tok-3 && f.covers(j); j-- {
		n := a.toks[j].norm
		switch {
		case acceptBases.words[n]:
			return !a.plainNegated(j)
		case n == "the" || n == "its" || n == "their" || a.toks[j].kind == tokPoss || a.mentAt[j] >= 0:
		default:
			return false
		}
	}
	return false
}

// targetsAfter reports "target" or "targets" one or two words after k:
// "legitimate (military) targets".
func (a *analysis) targetsAfter(k int) bool {
	for j := k + 1; j < len(a.toks) && j <= k+2; j++ {
		if n := a.toks[j].norm; n == "target" || n == "targets" {
			return true
		}
	}
	return false
}

// makeBefore reports a form of "make" within the three words before k:
// "made (absolutely) no sense".
func (a *analysis) makeBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if makeForms.holds(a.toks[j].lex) {
			return true
		}
		if a.toks[j].kind != tokWord {
			return false
		}
	}
	return false
}

// strifeAfter reports a noun of strife one or two words after k:
// "prolong the conflict", "prolong the suffering".
// strifeEnded reports a noun of strife at k that an end is put to:
// "an end to the war", "ending the conflict", "the end of the
// fighting", "halt the bloodshed".
func (a *analysis) strifeEnded(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		n := a.toks[j].norm
		if a.toks[j].kind != tokWord {
			return false
		}
		if endForms.words[n] {
			return true
		}
		if n != "the" && n != "to" && n != "of" && n != "this" && n != "that" && n != "its" {
			return false
		}
	}
	return false
}

func (a *analysis) strifeAfter(k int) bool {
	for j := k + 1; j < len(a.toks) && j <= k+2; j++ {
		if strifeNouns.holds(a.toks[j].lex) {
			return true
		}
	}
	return false
}

// targetWords reports a hit whose words name what the topic's act is
// aimed at (targetSpan): "the shadow fleet" for "Action against the
// shadow fleet", "visa-free travel" for "Suspension of visa-free
// travel". strict asks for the target itself (targetSpan).
func (a *analysis) targetWords(h topicHit, strict bool) bool {
	t0, t1 := h.tok, h.tok+1
	if mi := a.mentAt[h.tok]; mi >= 0 && !h.referred {
		t0, t1 = a.ments[mi].t0, a.ments[mi].t1
	} else if !h.referred {
		return false
	}
	return a.r.targetSpan(h.topic, a.toks[t0:t1], strict)
}

// targetSpan reports words that name what the topic's act is aimed at,
// and not the act: "dark fleet" for "Action against the shadow fleet",
// "visa-free regime" for "Suspension of visa-free travel". strict asks
// for the target itself: the last word one of the target's, the others
// too or lower-case modifiers before it ("dark fleet", not "oil price
// cap" for "Sanctions on Sylvanian oil", nor "X troops to leave").
func (r *Rules) targetSpan(tp news.TopicID, toks []token, strict bool) bool {
	tw := r.topicTargets[tp]
	if tw == nil {
		return false
	}
	shared := false
	last := -1
	for i, t := range toks {
		if t.kind != tokWord {
			continue
		}
		if strict && (blockingPrepositions.holds(t.lex) || t.norm == "of") && !tw[t.norm] {
			return false // "French troops to leave", "treaty in abeyance"
		}
		if npFunctionWords.holds(t.lex) {
			continue
		}
		last = i
		if tw[t.norm] {
			shared = true
		} else if r.topicHeads[tp][t.norm] || adverseActs.holds(t.lex) || undoVerbs.holds(t.lex) || waiverNouns.holds(t.lex) || suspendedStates.holds(t.lex) {
			return false // "visa suspension", "attacks on tankers", "treaty in abeyance": the act
		} else if strict && t.cap {
			return false // "Vornese nuclear sites" for "Vorn's nuclear sites"
		}
	}
	if strict {
		return last >= 0 && tw[toks[last].norm]
	}
	return shared
}

// targetOnly reports a hit that names what the topic's act is aimed at
// (targetWords) and is undone there, or names the target itself and is
// judged there: what is said of it is
// said of the target, the reverse of the topic.
func (a *analysis) targetOnly(f *frame, h topicHit) bool {
	if !a.targetWords(h, false) {
		return false
	}
	if a.r.undoTopics[h.topic] && (a.undoBefore(f, h.tok) || a.undoneAfter(f, h.tok)) {
		// "moved towards suspending visa-free travel", "called for the
		// sanctions on X to be lifted".
		return true
	}
	if a.r.undoTopics[h.topic] {
		if j, ok := a.undoAimed(f, h.tok); ok && (a.negatedAt(j, 0) || a.noIntentOf(j)) && a.keptByRefusal(j, h) {
			// "had no plans to ease its sanctions on X", "would not
			// lift the sanctions on X" for a topic of easing them: the
			// target kept, which the refusal backs, so the easing is
			// opposed.
			return true
		}
	}
	// What an undoing takes away may be named by other words than the
	// target's own ("Ruritanian peacekeepers" for "Withdrawal of
	// Ruritanian troops"); a presence word is already counted the other
	// way (antiHit).
	loose := a.r.undoTopics[h.topic] && !h.referred && !a.antiHit(h)
	if !loose && !a.targetWords(h, true) {
		return false
	}
	if _, ok := a.troopsStay(f, h); ok && loose {
		return false // "the troops would remain": read as such already
	}
	if f.cue.pol != polNeutral && notJudging.words[f.cue.lemma] && a.governs(f, h.tok) {
		return false // "denied that the fleet was a threat"
	}
	t0, t1 := h.tok, h.tok+1
	if mi := a.mentAt[h.tok]; mi >= 0 && !h.referred {
		t0, t1 = a.ments[mi].t0, a.ments[mi].t1
	}
	// Judged: the object of a verb of judgement or position ("calling
	// the ageing fleet a threat", "condemned the X"), or the subject of
	// "is" ("the X is a threat", "the X, deployed there since 1992,
	// remained the only guarantee") — not acted on ("the seizure of the
	// tanker X", "known as X").
	if k := a.afterAppositive(t1); k < len(a.toks) && (beVerbs.holds(a.toks[k].lex) || stayVerbs.holds(a.toks[k].lex)) {
		return true
	}
	for j := t0 - 1; j >= 0 && j >= t0-3 && a.sentOf[j] == a.sentOf[t0]; j-- {
		t := a.toks[j]
		if t.kind != tokWord || blockingPrepositions.holds(t.lex) {
			return false
		}
		if judgementVerbs.holds(t.lex) {
			return true
		}
		if c, ok := a.r.cues[t.norm]; ok && (c.pol != polNeutral && !notJudging.words[c.lemma] || c.lemma == "call" || c.lemma == "describe") {
			return true
		}
		if t.norm == "that" && j+1 < t0 && a.toks[j+1].kind == tokWord && referringDeterminers.holds(a.toks[j+1].lex) {
			return false // "denied that the fleet existed": a clause
		}
		if t.cap || !referringDeterminers.holds(t.lex) && t.norm != "a" && t.norm != "an" && t.norm != "any" && !strings.HasSuffix(t.norm, "ing") && !strings.HasSuffix(t.norm, "ed") {
			return false
		}
	}
	return false
}

// afterAppositive returns the token after an appositive or participle
// phrase that opens with a comma at j (", deployed there since 1992,"),
// within twelve words and one sentence, or j when there is none.
func (a *analysis) afterAppositive(j int) int {
	if j >= len(a.toks) || a.toks[j].norm != "," {
		return j
	}
	for k := j + 1; k < len(a.toks) && k <= j+13 && a.sentOf[k] == a.sentOf[j]; k++ {
		t := a.toks[k]
		if t.norm == "," {
			return k + 1
		}
		if t.kind == tokPunct && t.norm != "-" || relativeWords.holds(t.lex) || clauseBreakers.holds(t.lex) || t.norm == "and" {
			return j
		}
	}
	return j
}

// suspendedAfter reports "on ice", "on hold" or "in abeyance" within the
// six words after the topic's mention at tok.
func (a *analysis) suspendedAfter(tok int) bool {
	end := a.hitEnd(tok)
	for j := end; j+1 < len(a.toks) && j < end+6 && a.sentOf[j] == a.sentOf[tok]; j++ {
		if n := a.toks[j].norm; (n == "in" || n == "on") && suspendedStates.holds(a.toks[j+1].lex) {
			return true
		}
		if a.toks[j].kind == tokPunct {
			return false
		}
	}
	return false
}

// hitSpan returns the tokens [start, end) of the topic's mention at
// tok, or tok alone when none is there (a phrase referring back is its
// head word).
func (a *analysis) hitSpan(tok int) (start, end int) {
	if mi := a.mentAt[tok]; mi >= 0 {
		return a.ments[mi].t0, a.ments[mi].t1
	}
	return tok, tok + 1
}

// hitEnd is the end of hitSpan(tok): the first token after the topic's
// mention at tok.
func (a *analysis) hitEnd(tok int) int {
	_, end := a.hitSpan(tok)
	return end
}

// refAtTok is the topic a definite phrase headed at token j refers back
// to by its head noun, if any.
func (a *analysis) refAtTok(j int) news.TopicID {
	if a.refMarks == nil || a.refMarks[j>>6]&(1<<(j&63)) == 0 {
		return ""
	}
	return a.refAt[int32(j)]
}

// bareGoverning reports a governing head at k ("government",
// "administration") right after a determiner, a possessive or a name:
// "the government", "his administration", "Zenda's government" name a
// governing body, not a topic such as "rival government" ("the new
// government" may still refer to it).
func (a *analysis) bareGoverning(k int) bool {
	if k < 1 || k >= len(a.toks) || !governingHeads.holds(a.toks[k].lex) {
		return false
	}
	p := a.toks[k-1]
	if p.norm == "their" {
		// "said their government was illegal" after "X announced a
		// breakaway government": the others' may be the topic.
		return false
	}
	return referringDeterminers.holds(p.lex) || p.kind == tokPoss || a.mentAt[k-1] >= 0
}

// findReferences marks each definite phrase ("the corridor", "this
// route") whose head noun heads a topic's alias and refers back to a
// mention of that topic (or to such a phrase) in the sentences before:
// a chain of them keeps the topic in view for the phrases after.
func (a *analysis) findReferences() {
	for k := 0; k+1 < len(a.toks); k++ {
		if n := a.toks[k].norm; n != "the" && n != "this" && n != "these" && n != "those" || a.mentAt[k] >= 0 {
			continue
		}
		for j := k + 1; j < len(a.toks) && j <= k+3 && int(a.sentOf[j]) == int(a.sentOf[k]); j++ {
			t := a.toks[j]
			if t.kind != tokWord || t.cap || a.mentAt[j] >= 0 {
				break
			}
			if len(a.r.headTopics(t.norm)) == 0 {
				continue
			}
			if a.bareGoverning(j) {
				break // "had no links to the government"
			}
			if j+1 < len(a.toks) && (a.toks[j+1].kind == tokWord && len(a.r.headTopics(a.toks[j+1].norm)) > 0 || a.toks[j+1].norm == "of") {
				break // "the route map", "the route of X": not the head
			}
			tp, _, ok := a.recentCandidate(int(a.sentOf[k]), k, t.norm, a.r.headTopics(t.norm))
			if !ok && !a.topicBefore(k) {
				// "said it was lifting the last of the measures" before
				// the text names any topic: the headline's topic with
				// that head.
				tp, ok = a.oneTitleTopicIn(a.r.headTopics(t.norm), t.norm)
				if !ok {
					// A headline that names it in words of its own
					// ("lifts last fines on Zenda"): the one topic
					// with that head whose alias's other words the
					// report names ("fines under the Harbour Act").
					tp, ok = a.namedInPieces(a.r.headTopics(t.norm), t.norm)
				}
			}
			if ok {
				if a.refAt == nil {
					a.refAt = make(map[int32]news.TopicID)
					a.refMarks = make([]uint64, (len(a.toks)+63)/64)
				}
				a.refAt[int32(j)] = tp
				a.refMarks[j>>6] |= 1 << (j & 63)
			}
			break
		}
	}
}

// subjectPredicate reads what the content says of the topic as the
// subject of its clause: a linking verb and an evaluative predicate ("the
// duties remained a serious problem", "the plan was doomed to fail", "the
// listing amounted to piracy"), an effect ("had caused strong public
// indignation", "could send the wrong signal") or a contrary course ("ran
// counter to its policy"), read with negation ("was not acceptable").
// The subject is the topic's phrase right after the cue, "that" or the
// content's start; a prepositional phrase or an appositive may follow it
// before the verb.
func (a *analysis) subjectPredicate(f *frame, h topicHit) (float64, bool) {
	start, end := a.hitSpan(h.tok)
	if !a.clauseSubject(f, start) {
		return 0, false
	}
	j, n := end, len(a.toks)
	if h.referred && j < n && a.toks[j].kind == tokWord && !a.toks[j].cap && a.mentAt[j] < 0 && referringNouns.holds(a.toks[j].lex) {
		// "the depot plan was a provocation": the referring word
		// modifies the head noun after it, the phrase's subject.
		j++
	}
	// A prepositional phrase ("on European metals") or an appositive
	// (", code-named X,") after the subject.
	if j < n && (a.toks[j].norm == "on" || a.toks[j].norm == "of" || a.toks[j].norm == "against" || a.toks[j].norm == "for" || a.toks[j].norm == "in") {
		for k := j + 1; k < n && k <= j+5; k++ {
			t := a.toks[k]
			if t.kind == tokPunct && t.norm != "-" && t.norm != "%" || relativeWords.holds(t.lex) || t.norm == "and" {
				break
			}
			if linkVerbs.holds(t.lex) || finiteAux.holds(t.lex) || effectVerbs.holds(t.lex) || contraryHeads.holds(t.lex) {
				j = k
				break
			}
		}
	} else if k := a.relativeClauseEnd(f, j); j < n && k > j {
		// "the drills, which rehearse a war with X, were aggressive".
		j = k + 1
	} else if j < n && a.toks[j].norm == "," {
		for k := j + 1; k < n && k <= j+7; k++ {
			if a.toks[k].norm == "," {
				j = k + 1
				break
			}
			if relativeWords.holds(a.toks[k].lex) || a.toks[k].kind == tokPunct && a.toks[k].norm != "-" {
				return 0, false
			}
		}
	}
	neg := false
	for ; j < n && f.covers(j); j++ {
		t := a.toks[j]
		switch {
		case negators.holds(t.lex):
			neg = !neg
			continue
		case raisingVerbs.holds(t.lex) && j+2 < n && a.toks[j+1].norm == "to" && (linkVerbs.holds(a.toks[j+2].lex) || effectVerbs.holds(a.toks[j+2].lex)):
			// "the strikes appeared to amount to killings", "seemed to
			// be a trap": the hedge passes on the verb after it.
			j++
			continue
		case linkVerbs.holds(t.lex) || effectVerbs.holds(t.lex):
			if j+1 < n && linkVerbs.holds(a.toks[j+1].lex) {
				continue // "had been", "was being"
			}
			if a.counterThreat(f, j+1) {
				// "would be met with an appropriate response", "would
				// draw a firm response": a counter promised against it,
				// whatever the adjective says of the counter.
				return a.signed(-2, neg), true
			}
			if !neg && a.refusedRelative(f, j+1) {
				// "the levy amounted to a tax that Zenda would not
				// accept": what the subject is called, refused.
				return -2, true
			}
			if p, ok := a.predicateVerdict(f, j+1, neg); ok {
				return p, true
			}
			if !neg && a.chargedAmount(j) {
				// "said the laws amounted to an attempted secession by
				// stealth": what a thing "amounts to", unless a sum or a
				// good word, is a charge laid against it.
				if p, ok := a.secondPredicate(f, j+1); ok {
					return p, true
				}
				return -1, true
			}
			return a.secondPredicate(f, j+1)
		case contraryHeads.holds(t.lex) && j+1 < n && (a.toks[j+1].norm == "counter" || a.toks[j+1].norm == "against"):
			return a.signed(-2, neg), true
		case t.norm == "only" && !neg:
			// "the ban would only make energy dearer": a consequence
			// singled out is a charge against the subject.
			if a.onlyConsequence(f, j) {
				return -2, true
			}
			return 0, false
		case auxiliaries.holds(t.lex) && t.kind == tokWord && !t.cap:
			continue
		}
		return 0, false
	}
	return 0, false
}

// refusedRelative reports a predicate phrase from k whose own relative
// clause refuses it: "(amounted to) a tax that Zenda would not accept",
// "(was) a step which it could never tolerate".
func (a *analysis) refusedRelative(f *frame, k int) bool {
	n := len(a.toks)
	for r := k; r < n && r <= k+8 && f.covers(r); r++ {
		t := a.toks[r]
		if t.kind == tokPunct || a.mentAt[r] >= 0 && len(a.ments[a.mentAt[r]].topics) > 0 {
			return false
		}
		if t.norm != "that" && t.norm != "which" {
			continue
		}
		if r == k {
			return false // "was that …": a clause, not a relative
		}
		for m := r + 1; m+1 < n && m <= r+5 && f.covers(m+1); m++ {
			if a.toks[m].kind == tokPunct {
				return false
			}
			if !negators.holds(a.toks[m].lex) {
				continue
			}
			if refuseObjects.holds(a.toks[m+1].lex) || m+2 < n && a.toks[m+1].norm == "be" && refuseObjects.holds(a.toks[m+2].lex) {
				return true
			}
		}
		return false
	}
	return false
}

// chargedAmount reports "amount(s/ed) to" at j before a phrase that is
// no quantity ("amounted to $5 billion", "to about 2% of output") and has
// no good word before its clause ends.
func (a *analysis) chargedAmount(j int) bool {
	n := len(a.toks)
	if !amountForms.holds(a.toks[j].lex) || j+2 >= n || a.toks[j+1].norm != "to" {
		return false
	}
	for k := j + 2; k < n && k <= j+4; k++ {
		t := a.toks[k]
		if t.kind != tokWord || rateHedges.holds(t.lex) || rateUnits.holds(t.lex) || t.norm == "less" || t.norm == "little" || t.norm == "nothing" || t.norm == "much" {
			return false
		}
		if t.norm[0] >= '0' && t.norm[0] <= '9' {
			return false
		}
		if t.norm != "a" && t.norm != "an" && t.norm != "the" {
			break
		}
	}
	for k := j + 2; k < n && k <= j+10; k++ {
		t := a.toks[k]
		if t.kind == tokPunct {
			break
		}
		if positiveWords.holds(t.lex) {
			return false
		}
	}
	return true
}

// onlyConsequence reports "only" at k after a modal and before a plain
// verb, with no condition or means after it in its clause: "would only
// make X harder", "will only reward the aggressor"; not "would only take
// effect once …", "could only be settled through talks", "could only
// have happened".
func (a *analysis) onlyConsequence(f *frame, k int) bool {
	n := len(a.toks)
	if k == 0 || k+1 >= n || !modals.holds(a.toks[k-1].lex) {
		return false
	}
	if v := a.toks[k+1]; v.kind != tokWord || v.cap || auxiliaries.holds(v.lex) || linkVerbs.holds(v.lex) {
		return false
	}
	for j := k + 2; j < n && j <= k+14 && f.covers(j); j++ {
		t := a.toks[j]
		if t.kind == tokPunct && t.norm != "-" && t.norm != "'" {
			break
		}
		switch t.norm {
		case "if", "unless", "once", "when", "after", "until", "through", "by", "via":
			return false
		case "and", "but", "that", "which":
			return true
		}
	}
	return true
}

// secondPredicate reads a second predicate of the same subject after
// "and": "had not been coordinated with X and ran counter to its policy".
func (a *analysis) secondPredicate(f *frame, k int) (float64, bool) {
	for j := k; j < len(a.toks) && j < k+8 && f.covers(j); j++ {
		t := a.toks[j]
		if t.kind == tokPunct || t.norm == "that" || t.norm == "which" || t.norm == "but" {
			return 0, false
		}
		if t.norm != "and" {
			continue
		}
		neg := false
		for i := j + 1; i < len(a.toks) && i < j+5 && f.covers(i); i++ {
			n := a.toks[i].norm
			switch {
			case negators.words[n]:
				neg = !neg
			case contraryHeads.words[n] && i+1 < len(a.toks) && (a.toks[i+1].norm == "counter" || a.toks[i+1].norm == "against"):
				return a.signed(-2, neg), true
			case (linkVerbs.words[n] || effectVerbs.words[n]) && !(i+1 < len(a.toks) && linkVerbs.holds(a.toks[i+1].lex)):
				return a.predicateVerdict(f, i+1, neg)
			case n == "only" && !neg && a.onlyConsequence(f, i):
				// "… and would only make a settlement harder".
				return -2, true
			case auxiliaries.words[n] || linkVerbs.words[n]:
			default:
				return 0, false
			}
		}
		return 0, false
	}
	return 0, false
}

// clauseSubject reports the topic's phrase starting at start as the
// subject of a clause the cue reports: only determiners, names,
// possessives, numbers and at most two modifiers between it and the cue,
// "that" or the content's start.
func (a *analysis) clauseSubject(f *frame, start int) bool {
	mods := 0
	for j := start - 1; j >= 0 && j >= start-8; j-- {
		if j == f.cueTok || !f.covers(j) {
			return true
		}
		t := a.toks[j]
		switch {
		case t.norm == "that" || speechParticiples.holds(t.lex):
			// "said that the plan …", "…, saying such a move would be
			// suicide": a clause of speech starts here.
			return true
		case t.norm == "to" && j > 0 && (a.toks[j-1].norm == "right" || a.toks[j-1].norm == "rights"):
			// "X's right to fishing was not up for discussion": the
			// right is the topic's, kept or lost with it.
			j--
		case t.norm == "on" && j > 0 && j-1 == f.cueTok && j+1 < start && weekdays.holds(a.toks[j+1].lex):
			// "said on Monday the levy amounted to …": the day of the
			// saying, then the clause.
			return true
		case a.timeAfterCue(f, j):
			// "said last month the levy amounted to …", "said earlier
			// this week the plan was …": when it was said, then the
			// clause.
			return true
		case t.kind == tokPoss || t.norm == "-" || t.norm == "%" || isDigits(t.norm) || a.mentAt[j] >= 0 || t.cap:
		case t.kind == tokPunct:
			return false
		case referringDeterminers.holds(t.lex) || t.norm == "a" || t.norm == "an" || t.norm == "any" || t.norm == "our":
		case auxiliaries.holds(t.lex) || negators.holds(t.lex) || relativeWords.holds(t.lex) || subordinators.holds(t.lex) || blockingPrepositions.holds(t.lex) || placePrepositions.holds(t.lex):
			return false
		default:
			if mods++; mods > 2 {
				return false
			}
		}
	}
	return false
}

// timeAfterCue reports at j the last word of a time phrase right after
// the cue: "said last month", "said this week", "said earlier this
// year", "said last Friday".
func (a *analysis) timeAfterCue(f *frame, j int) bool {
	n := a.toks[j].norm
	if f.cueTok < 0 || j < f.cueTok+2 || j > f.cueTok+3 || !(n == "week" || n == "month" || n == "year" || weekdays.holds(a.toks[j].lex)) {
		return false
	}
	k := j - 1
	if m := a.toks[k].norm; m != "last" && m != "this" {
		return false
	}
	if k--; k > f.cueTok && a.toks[k].norm == "earlier" {
		k--
	}
	return k == f.cueTok
}

// claimAfter reports a claim noun within four words after k, before
// end: "contradicting X's assertion", "contradicted the reports".
func (a *analysis) claimAfter(k, end int) bool {
	for j := k + 1; j < end && j <= k+4; j++ {
		if claimNouns.holds(a.toks[j].lex) {
			return true
		}
	}
	return false
}

// justAdjective reports "just" at k as the adjective (fair), not the
// adverb: after an article ("a just response") or paired with another
// verdict ("just and necessary").
func (a *analysis) justAdjective(k int) bool {
	if k > 0 && (a.toks[k-1].norm == "a" || a.toks[k-1].norm == "an") {
		return true
	}
	return k+2 < len(a.toks) && a.toks[k+1].norm == "and" && positiveWords.holds(a.toks[k+2].lex)
}

// predicateVerdict reads the predicate starting at k: the first
// evaluative word before a clause break or a preposition ("a serious
// problem", "doomed to fail", "an attempt to shift blame"), negated
// inside it too ("was no solution").
func (a *analysis) predicateVerdict(f *frame, k int, neg bool) (float64, bool) {
	for j := k; j < len(a.toks) && j < k+8 && f.covers(j); j++ {
		t := a.toks[j]
		if t.kind == tokPunct && t.norm != "-" && t.norm != `"` {
			break
		}
		if t.kind != tokWord {
			continue
		}
		if j >= k+6 && t.norm != "that" && t.norm != "which" {
			break // past the noun phrase, only a relative of it
		}
		if t.norm == "up" && j+2 < len(a.toks) && a.toks[j+1].norm == "for" && openNouns.holds(a.toks[j+2].lex) {
			if neg {
				return 2, true // "were not up for negotiation": kept
			}
			return 0, true // "is up for debate": open
		}
		if j > k && (blockingPrepositions.holds(t.lex) || clauseBreakers.holds(t.lex) || subordinators.holds(t.lex) || routePrepositions.holds(t.lex) || t.norm == "of" || t.norm == "for" || t.norm == "and" || t.norm == "which" || t.norm == "unless" || t.norm == "whether") {
			if t.norm == "to" && j+1 < len(a.toks) && (a.toks[j-1].norm == "attempt" || a.toks[j-1].norm == "bid" || a.toks[j-1].norm == "effort") && (deflectVerbs.holds(a.toks[j+1].lex) || negativeWords.holds(a.toks[j+1].lex) || harmVerbs.holds(a.toks[j+1].lex)) {
				return a.signed(-2, neg), true // "an attempt to shift blame", "a bid to subjugate X"
			}
			if (t.norm == "that" || t.norm == "which") && !neg && j+2 < len(a.toks) && a.toks[j+2].norm == "only" && f.covers(j+2) && a.onlyConsequence(f, j+2) {
				// "was a new blockade that would only deepen the
				// division": the consequence the speaker singles out
				// for what the subject was called.
				return -2, true
			}
			break
		}
		switch {
		case negators.holds(t.lex):
			neg = true // "was no solution", "neither … nor realistic"
		case aimForms.holds(t.lex) && j+1 < len(a.toks) && a.toks[j+1].norm == "against":
			// "were directed against Sylvania": hostile; "were not aimed
			// against any third country": a defence of them.
			return a.signed(-2, neg), true
		case intensifiers.holds(t.lex):
			// "strong public indignation": the word after decides.
		case warningNouns.holds(t.lex) && j+2 < len(a.toks) && a.toks[j+1].norm == "of" && (positiveWords.holds(a.toks[j+2].lex) || negativeWords.holds(a.toks[j+2].lex)):
			// "sent a strong signal of support": what it signals.
			p := 2.0
			if negativeWords.holds(a.toks[j+2].lex) {
				p = -2
			}
			return a.signed(p, neg), true
		case warningNouns.holds(t.lex):
			return 0, true // "a stern warning to …": a purpose, no verdict
		case t.norm == "just" && a.justAdjective(j):
			// "a just punishment for the provocations": the adjective
			// judges, the noun it qualifies names the act.
			return a.signed(2, neg), true
		case t.norm == "legal" && a.attributive(j, len(a.toks)):
			// "would not amount to legal recognition": no verdict
		case purposeAdjectives.holds(t.lex) && a.purposeHeadAfter(j):
			// "a punitive and deterrent action against X": what the act
			// is for, no verdict on it ("a disproportionate response" is).
			return 0, true
		case predicateNegatives.holds(t.lex) || negativeWords.holds(t.lex):
			return a.signed(-2, neg), true
		case positiveWords.holds(t.lex):
			return a.signed(2, neg), true
		}
	}
	return 0, false
}

func (a *analysis) signed(p float64, neg bool) float64 {
	if neg {
		return -p
	}
	return p
}

// warnedAt reports a word at k in the complement of a warning after the
// topic at tok: in "the drills were a stern warning to separatist forces
// and to external interference", the words judge whom it warns.
func (a *analysis) warnedAt(k, tok int) bool {
	for j := k - 1; j > tok+1 && j >= k-12; j-- {
		t := a.toks[j]
		if t.kind == tokPunct && t.norm != "'" && t.norm != "-" || t.norm == "that" || t.norm == "which" || t.norm == "but" {
			return false
		}
		if (t.norm == "to" || t.norm == "against") && warningNouns.holds(a.toks[j-1].lex) {
			return true
		}
	}
	return false
}

// intensifies reports an intensifier at k before an evaluative word
// within two words: "strong public indignation", "great concern".
func (a *analysis) intensifies(k, end int) bool {
	for j := k + 1; j < end && j <= k+2; j++ {
		n := a.toks[j].norm
		if negativeWords.words[n] || predicateNegatives.words[n] || concernNouns.words[n] || oppositionNouns.words[n] {
			return true
		}
	}
	return false
}

// aboutBetween reports "about", "over" or "at" opening the phrase of the
// topic at tok after a word at j: "concern about the drills".
func (a *analysis) aboutBetween(j, tok int) bool {
	for i := j + 1; i < tok; i++ {
		switch a.toks[i].norm {
		case "about", "over", "at", "regarding":
			return true
		}
	}
	return false
}

// purposeHeadAfter reports a response or warning noun within three words
// after k: the words before it describe an act aimed at someone else ("a
// punitive and deterrent action against separatist forces").
func (a *analysis) purposeHeadAfter(k int) bool {
	for j := k + 1; j < len(a.toks) && j <= k+3; j++ {
		if n := a.toks[j].norm; responseNouns.words[n] || warningNouns.words[n] {
			return true
		}
		if a.toks[j].kind == tokPunct {
			return false
		}
	}
	return false
}

// underIndefinitePhrase reports "under a (phased) word" ending at j:
// the terms an act named before it in its sentence is done under.
func (a *analysis) underIndefinitePhrase(j int) bool {
	for d := j - 1; d > 0 && d >= j-3; d-- {
		t := a.toks[d]
		if t.norm == "a" || t.norm == "an" {
			return a.toks[d-1].norm == "under" && a.sentOf[d-1] == a.sentOf[j]
		}
		if t.kind != tokWord || t.cap || a.mentAt[d] >= 0 {
			return false
		}
	}
	return false
}

// underIndefinite resolves "under a phased arrangement" at j ("agreed to
// hand over its weapons … under a phased arrangement"): the one topic the
// act before it in its clause names, no other.
func (a *analysis) underIndefinite(j int) (news.TopicID, int, bool) {
	if !a.underIndefinitePhrase(j) {
		return "", -1, false
	}
	sj := a.sentOf[j]
	for i := j - 1; i >= 0 && a.sentOf[i] == sj; i-- {
		if n := a.toks[i].norm; n == ";" || n == ":" || subordinators.words[n] && n != "to" {
			return "", -1, false
		}
		mi := a.mentAt[i]
		if mi < 0 {
			continue
		}
		m := a.ments[mi]
		i = m.t0
		if len(m.topics) == 1 {
			return m.topics[0], m.t0, true
		}
		if len(m.topics) > 1 {
			return "", -1, false
		}
	}
	return "", -1, false
}

// sameDescription resolves a generic referring noun ("the proposal")
// used before, in the sixteen sentences before, with a determiner or
// possessor of its own ("Under the plan, …" … "Osk said the plan
// would …"): the topic that earlier phrase refers to, even when another
// topic was named in between. An earlier phrase its complement
// spells out ("the proposal to resume transit") is another one.
func (a *analysis) sameDescription(si, k int, word string) (news.TopicID, int, bool) {
	floor := a.sents[max(0, si-16)].t0
	if a.sameDepth {
		// The earlier phrase, resolved in turn: only the terms an act
		// was done under ("under a phased arrangement"), which resolve
		// on their own.
		for j := k - 1; j > floor; j-- {
			if a.toks[j].norm == word && a.mentAt[j] < 0 {
				if tp, ante, ok := a.underIndefinite(j); ok {
					return tp, ante, true
				}
			}
		}
		return "", -1, false
	}
	for j := k - 1; j > floor; j-- {
		if a.toks[j].norm != word || a.mentAt[j] >= 0 {
			continue
		}
		if j+1 < len(a.toks) {
			if n := a.toks[j+1].norm; n == "of" || n == "to" || n == "on" || n == "for" || n == "by" || (n == "that" || n == "which") && !a.underIndefinitePhrase(j) {
				continue
			}
		}
		det := -1
		for d := j - 1; d >= floor && d >= j-3; d-- {
			t := a.toks[d]
			if t.norm == "the" || t.norm == "this" || t.kind == tokPoss {
				det = d
				break
			}
			if t.kind != tokWord || t.cap || a.mentAt[d] >= 0 {
				break
			}
		}
		if det < 0 {
			if tp, ante, ok := a.underIndefinite(j); ok {
				return tp, ante, true
			}
			continue
		}
		// The earlier phrase resolved on its own, not through a chain
		// of its own (which keeps long reports linear).
		a.sameDepth = true
		tp, ante, ok := a.referentAny(int(a.sentOf[j]), det, word, true, false)
		a.sameDepth = false
		return tp, ante, ok
	}
	return "", -1, false
}

// calledObject finds, as the object of a verb that takes a side, a thing
// named only in the speaker's words ("condemned what it described as
// provocations", "denounced what he called intimidation"): the topic
// named last in the sentences before, when the headline names it too;
// else the headline's one topic, when the text named it before.
func (a *analysis) calledObject(f *frame, lim int) (topicHit, bool) {
	for _, rg := range f.content {
		for k := rg[0]; k+2 < rg[1] && k < lim; k++ {
			if a.toks[k].norm != "what" || k == 0 || !namingVerbs.holds(a.toks[k+2].lex) {
				continue
			}
			if k-1 != f.cueTok || f.cue.pol == 0 {
				c, _, ok := a.cueAt(k-1, k)
				if !ok || c.pol == 0 {
					continue
				}
			}
			si := int(a.sentOf[k])
			if acts := a.calledOwner(k+3, rg[1]); len(acts) > 0 {
				// "condemned what it called Zenda's provocations": an
				// act of Zenda's, named before or in the headline;
				// never the topic named last, someone else's act.
				if tp, ante, ok := a.actorsAct(si, k, acts); ok {
					return topicHit{topic: tp, tok: k, referred: true, ante: ante}, true
				}
				return topicHit{}, false
			}
			if tp, ante, ok := a.antecedent(si, k, nil); ok && ante >= 0 && containsTopic(a.titleTopics, tp) {
				return topicHit{topic: tp, tok: k, referred: true, ante: ante}, true
			}
			if len(a.titleTopics) == 1 {
				if ante, ok := a.mentionedBefore(a.titleTopics[0], k); ok {
					return topicHit{topic: a.titleTopics[0], tok: k, referred: true, ante: ante}, true
				}
			}
			return topicHit{}, false
		}
	}
	return topicHit{}, false
}

// calledOwner returns the watched actors whose act the words after a
// naming verb at p-1 are about: a possessive name opening them ("what it
// called Zenda's provocations") or an adjective made from an actor's
// name before a lower-case head ("what he described as Zendan
// aggression").
func (a *analysis) calledOwner(p, end int) []news.ActorID {
	if p < end && a.toks[p].norm == "as" {
		p++ // "what it described as …"
	}
	if p+1 >= end {
		return nil
	}
	if mi := a.mentAt[p]; mi >= 0 {
		m := a.ments[mi]
		if len(m.topics) == 0 && len(m.actors) > 0 && m.t0 == p && m.t1 < end && a.toks[m.t1].kind == tokPoss {
			return m.actors
		}
		return nil
	}
	t, n := a.toks[p], a.toks[p+1]
	if t.kind == tokWord && t.cap && len(t.norm) >= 5 && n.kind == tokWord && !n.cap && a.mentAt[p+1] < 0 {
		return a.r.actorsPrefixing(t.norm)
	}
	return nil
}

// synonymHeads reports a word with a head-noun synonym that heads a
// topic's alias: "the frozen funds" for a topic known as "frozen assets".
func (a *analysis) synonymHeads(word string) bool {
	for _, syn := range headSynonyms[word] {
		if len(a.r.headTopics(syn)) > 0 {
			return true
		}
	}
	return false
}

// namedVerdict reads the verdict a naming verb passes on the topic as its
// object: "called the decision regrettable", "described the penalty as
// unfair", "…, calling the seizure of tankers by Y piracy". The object
// runs from the verb to the topic through determiners and an of-phrase;
// the verdict is the first judging word after the topic, before any
// clause break.
func (a *analysis) namedVerdict(f *frame, tok int) (float64, bool) {
	start, end := a.hitSpan(tok)
	si := a.sentOf[tok]
	named, asOnly, neg := false, false, false
	for j := start - 1; j >= 0 && j >= start-5 && a.sentOf[j] == si; j-- {
		t := a.toks[j]
		if t.kind != tokWord {
			if t.norm == "'" || t.norm == "-" {
				continue
			}
			return 0, false
		}
		if namingVerbs.holds(t.lex) || judgementParticiples.holds(t.lex) || asVerdictVerbs.holds(t.lex) {
			named = j == f.cueTok || f.covers(j)
			// "did not recognise the move as legitimate": only with
			// "as", and a negation turns it.
			asOnly = asVerdictVerbs.holds(t.lex)
			neg = asOnly && a.negatedAt(j, 0)
			break
		}
		if t.cap && a.mentAt[j] < 0 && !(j == start-1 && j > 0 && (a.toks[j-1].norm == "the" || a.toks[j-1].norm == "a")) || t.norm == "that" || relativeWords.holds(t.lex) || clauseBreakers.holds(t.lex) || finiteAux.holds(t.lex) {
			return 0, false // "described how …"; "the Sylvanian move" passes
		}
		switch t.norm {
		case "for", "on", "upon", "to", "in", "with", "from", "against":
			return 0, false // "called for …", "called on X to ratify …"
		}
	}
	if !named {
		return 0, false
	}
	for j := end; j < len(a.toks) && j < end+7 && a.sentOf[j] == si && f.covers(j); j++ {
		t := a.toks[j]
		if t.kind != tokWord {
			if t.norm == `"` || t.norm == "-" || t.norm == "'" {
				continue
			}
			return 0, false
		}
		if t.norm == "as" {
			return a.predicateVerdict(f, j+1, neg)
		}
		if asOnly {
			continue
		}
		if clauseBreakers.holds(t.lex) || t.norm == "and" || t.norm == "that" || relativeWords.holds(t.lex) || finiteAux.holds(t.lex) || a.r.cues[t.norm] != nil {
			return 0, false
		}
		if t.cap && a.toks[j-1].norm != `"` {
			continue
		}
		if positiveWords.holds(t.lex) || negativeWords.holds(t.lex) || predicateNegatives.holds(t.lex) {
			return a.predicateVerdict(f, j, false)
		}
	}
	return 0, false
}

// dismayedAt reports the speaker's dismay at the topic at tok: an
// adjective of dismay with its cause ("was concerned by the move",
// "alarmed at the drills"), "with regret" or "with concern" beside it
// ("took note of the decision with regret", "noted with concern the
// drills"), or a verb of regret before its clause ("regretted that the
// measure had been taken"). A negated one ("was not concerned") plays it
// down and is left to the other rules.
func (a *analysis) dismayedAt(f *frame, tok int) bool {
	if a.dismayedNear(f, tok) {
		return true
	}
	start, _ := a.hitSpan(tok)
	return a.regretClauseBefore(f, start)
}

// dismayedNear reports a dismay word right before the topic's phrase or
// "with regret" right after it.
func (a *analysis) dismayedNear(f *frame, tok int) bool {
	start, end := a.hitSpan(tok)
	si := a.sentOf[tok]
	// "with regret" right after the topic's phrase.
	if end+1 < len(a.toks) && a.sentOf[end+1] == si && a.toks[end].norm == "with" && dismayNouns.holds(a.toks[end+1].lex) && f.covers(end+1) {
		return true
	}
	// modifier: the words between j and the head are only a name
	// ("regretted the Zendan decision", "the ACME plan").
	// A possessor is not passed: "regretted Y's decision" may be Y's
	// own turn against the topic.
	modifier, poss := true, false
	for j, n := start-1, 0; j >= 0 && n < 5 && a.sentOf[j] == si && f.covers(j); j-- {
		t := a.toks[j]
		if t.kind == tokPoss {
			poss = true
			continue
		}
		if t.norm == `"` || t.norm == "-" {
			continue
		}
		if t.kind == tokPunct {
			return false
		}
		if a.mentAt[j] >= 0 && a.toks[j].cap {
			if !modifier || poss {
				return false
			}
			n++
			continue // a name modifying the head: "regretted the Zendan decision"
		}
		modifier = false
		n++
		switch t.norm {
		case "by", "about", "over", "at":
			if j > 0 && dismayAdjectives.holds(a.toks[j-1].lex) {
				return !a.negatedAt(j-1, int(a.sents[si].t0))
			}
			if j > 1 && dismayNouns.holds(a.toks[j-1].lex) && expressVerbs.holds(a.toks[j-2].lex) {
				// "expressed regret over the plan", "voiced concern
				// about the drills".
				return true
			}
			return false
		case "that":
			if j > 0 && regretVerbs.holds(a.toks[j-1].lex) {
				return !a.negatedAt(j-1, int(a.sents[si].t0))
			}
			return false
		case "and", "but", "or", "which", "who", "while", "of", "to", "in", "on", "for", "against", "from", "with":
			return false // "concerned about the collapse of the truce": not the truce
		}
		if dismayNouns.holds(t.lex) && j > 0 && a.toks[j-1].norm == "with" {
			return true // "noted with concern the drills"
		}
		if regretVerbs.holds(t.lex) {
			return !a.negatedAt(j, int(a.sents[si].t0)) // "regretted the decision"
		}
	}
	return false
}

// negatedTopicVerb reports a topic mention at tok that opens with its act
// as a verb under a negated modal: "Y could not enrich uranium", "will
// never hand over the land", "cannot leave the bloc". Only a verb can
// stand there, so the topic's act is what is ruled out.
func (a *analysis) negatedTopicVerb(tok int) bool {
	start, _ := a.hitSpan(tok)
	if start < 2 || a.toks[start].cap || a.toks[start].kind != tokWord {
		return false
	}
	n1, n2 := a.toks[start-1].norm, a.toks[start-2].norm
	switch {
	case n1 == "cannot":
		return true
	case n1 == "not" || n1 == "never" || n1 == "n't":
		return modals.words[n2] || n2 == "must" || n2 == "did" || n2 == "does" || n2 == "do"
	}
	return false
}

// justifiedAfter reports the topic at tok as the subject of a passive
// given its reason: "the measures were (being) imposed because …"; a
// topic named in the reason ("because of X's lack of commitment to the
// talks") leaves the referring subject in view.
func (a *analysis) justifiedAfter(f *frame, tok int) bool {
	j := a.hitEnd(tok)
	aux, part := false, false
	for end := j + 5; j < end && j < len(a.toks) && f.covers(j); j++ {
		n := a.toks[j].norm
		switch {
		case n == "because":
			return aux && part
		case !part && (finiteAux.words[n] || n == "being" || n == "been"):
			aux = true
		case aux && !part && a.toks[j].kind == tokWord && (strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "en")):
			if undoVerbs.words[n] {
				return false // "were lifted because …": undone, not defended
			}
			part = true
		default:
			return false
		}
	}
	return false
}

// takenToCourt reports the topic at tok as the object of "take … to
// court": "would take the measure to court", "took the law to court".
func (a *analysis) takenToCourt(f *frame, tok int) bool {
	start, end := a.hitSpan(tok)
	if end+1 >= len(a.toks) || a.toks[end].norm != "to" || a.toks[end+1].norm != "court" || !f.covers(end+1) {
		return false
	}
	for j := start - 1; j >= 0 && j >= start-3 && f.covers(j); j-- {
		if takeForms.holds(a.toks[j].lex) {
			return !a.negatedAt(j, int(a.sents[f.sent].t0))
		}
		if a.toks[j].kind != tokWord {
			return false
		}
	}
	return false
}

// pronounAfterCue finds "it" or "them" among the first words after the
// cue when the topic at tok is named before the speaker: the speaker's
// words reach the topic through the pronoun ("after X pushed for it to
// be wound down").
func (a *analysis) pronounAfterCue(f *frame, tok int) (int, bool) {
	if f.cueTok < 0 || f.kind != frameSubject || tok >= f.spk0 || int(a.sentOf[tok]) != f.sent {
		return 0, false
	}
	for j := f.cueTok + 1; j < len(a.toks) && j <= f.cueTok+3; j++ {
		if n := a.toks[j].norm; (n == "it" || n == "them") && f.covers(j) {
			return j, true
		}
		if a.toks[j].kind != tokWord {
			return 0, false
		}
	}
	return 0, false
}

// notRuledOut reports a topic at tok inside what a negated "rule out"
// keeps open: "refused to rule out using force to gain control of X",
// "declined to rule out X", "has not ruled out X".
func (a *analysis) notRuledOut(tok int) bool {
	si := a.sentOf[tok]
	for j := tok - 1; j >= 2 && j >= tok-12 && a.sentOf[j] == si; j-- {
		t := a.toks[j]
		if t.kind == tokPunct && t.norm != "-" && t.norm != `"` {
			return false
		}
		if t.norm != "out" || !ruleForms.holds(a.toks[j-1].lex) {
			continue
		}
		r := j - 1
		p1 := a.toks[r-1].norm
		if negators.words[p1] {
			return true // "did not rule out"
		}
		if p1 == "to" && r >= 2 && refusalForms.holds(a.toks[r-2].lex) {
			return true // "refused to rule out"
		}
		return false
	}
	return false
}

// sovereigntyNotNegotiable reports the topic's name as the holder of a
// sovereignty that the content declares not negotiable: "the sovereignty
// (and territorial integrity) of X (and Y) was not up for negotiation",
// "X's sovereignty is non-negotiable". Sovereignty "over X" is a
// claimant's, not X's own, and is left alone.
func (a *analysis) sovereigntyNotNegotiable(f *frame, h topicHit) bool {
	if h.referred {
		return false
	}
	start, end := h.tok, h.tok+1
	if mi := a.mentAt[h.tok]; mi >= 0 {
		start, end = int(a.ments[mi].t0), int(a.ments[mi].t1)
	}
	held := false
	j := start - 1
	if j >= 0 && a.toks[j].norm == "the" {
		j--
	}
	if j >= 1 && a.toks[j].norm == "of" && (a.toks[j-1].norm == "sovereignty" || j >= 2 && a.toks[j-1].norm == "integrity" && a.toks[j-2].norm == "territorial") {
		held = true // "the sovereignty of X", "the territorial integrity of X"
	} else if end+1 < len(a.toks) && a.toks[end].kind == tokPoss && (a.toks[end+1].norm == "sovereignty" || a.toks[end+1].norm == "territorial") {
		held = true // "X's sovereignty"
	}
	if !held {
		return false
	}
	neg := -10
	for k := end; k < len(a.toks) && k <= end+14 && f.covers(k); k++ {
		n := a.toks[k].norm
		switch {
		case n == "," || n == ";" || n == ":" || n == "that" || n == "but":
			return false
		case negators.words[n]:
			neg = k
		case n == "non" || n == "non-negotiable":
			neg = k
			if n == "non-negotiable" {
				return true
			}
		case n == "negotiable" || n == "negotiation" || n == "negotiations" || n == "sale":
			return k-neg <= 4
		}
	}
	return false
}

// handsOff reports a speaker who, after naming the topic, keeps out of
// it: the matter "had nothing to do with" the speaker, "concerned only"
// others, was "a matter between" two parties or "a bilateral matter" —
// in the rest of the sentence, outside other speakers' words ("said the
// plans were serious, but called the issue a matter between …").
func (a *analysis) handsOff(f *frame, tok int) bool {
	t1 := int(a.sents[f.sent].t1)
	for k := tok + 1; k+1 < t1; k++ {
		n, next := a.toks[k].norm, a.toks[k+1].norm
		hit := false
		switch {
		case n == "nothing" && next == "to" && k+4 < t1 && a.toks[k+2].norm == "do" && a.toks[k+3].norm == "with":
			w := k + 4
			if o := a.toks[w].norm; o == "us" || o == "it" || o == "him" || o == "her" || o == "them" || o == "me" {
				hit = true
			} else if mi := a.mentAt[w]; mi >= 0 {
				for _, act := range a.ments[mi].actors {
					hit = hit || containsActor(f.actors, act)
				}
			}
		case (n == "concerned" || n == "concerns" || n == "concern") && next == "only" || n == "only" && (next == "concerned" || next == "concerns"):
			hit = true
		case (n == "matter" || n == "issue" || n == "affair") && next == "between":
			hit = true
		case (n == "concern" || n == "concerns" || n == "concerned") && (next == "us" || next == "it" || next == "them" || next == "me") && a.negatedNear(k) && !a.breakBetween(tok, k):
			// "the agreement did not directly concern it", not "stood
			// by X, but Y did not concern it".
			hit = true
		case n == "bilateral" && (next == "matter" || next == "issue" || next == "affair"):
			hit = true
		case n == "right" && (next == "of" || next == "to") && k > 1 && a.toks[k-1].norm == "the" && respectForms.holds(a.toks[k-2].lex):
			// "respected the right of the region's countries to choose
			// their partners": their own business, no side taken.
			hit = true
		case ownBusinessAdjectives.holds(a.toks[k].lex) && ownBusinessNouns.holds(a.toks[k+1].lex):
			// "said the arrest was Ruritania's internal affair", "the
			// shield was a sovereign matter for Zenda", "joining the bloc
			// was the sovereign right of any country": another's own
			// business, no side taken.
			hit = a.othersBusiness(f, tok, k)
		}
		if hit && !a.othersWords(f, k) {
			return true
		}
	}
	return false
}

// negatedNear reports "not", "never" or "n't" within the three words
// before k, in its sentence: "did not directly concern it".
func (a *analysis) negatedNear(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && a.sentOf[j] == a.sentOf[k]; j-- {
		if n := a.toks[j].norm; n == "not" || n == "never" || n == "n't" {
			return true
		}
	}
	return false
}

// breakBetween reports a clause breaker ("but", "while", …) or a
// semicolon between tokens i < j.
func (a *analysis) breakBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if n := a.toks[k].norm; clauseBreakers.words[n] || n == ";" {
			return true
		}
	}
	return false
}

// othersWords reports the token k inside the content of another frame of
// f's sentence whose speaker is not f's.
func (a *analysis) othersWords(f *frame, k int) bool {
	for i := range a.frames {
		g := &a.frames[i]
		if g == f || g.sent != f.sent || !g.covers(k) {
			continue
		}
		for _, act := range g.actors {
			if !containsActor(f.actors, act) {
				return true
			}
		}
		if len(g.actors) == 0 {
			return true
		}
	}
	return false
}

// ownPeopleDecide reports the topic's name as a place whose future the
// content leaves to its own people: "the future of X would be decided by
// Xers (and Y), not by tariffs", "X's future was for Xers alone to
// decide", "a matter for Xers alone", "… by its people". The speaker defends the place against the
// bid the topic names. A decider that is not the place's own people ("by
// all Yish people") is someone's claim, and is left alone.
func (a *analysis) ownPeopleDecide(f *frame, tok int) bool {
	start, end := a.hitSpan(tok)
	if !a.toks[start].cap {
		return false
	}
	switch {
	case start >= 2 && a.toks[start-1].norm == "of" && a.toks[start-2].norm == "future":
	case start >= 3 && a.toks[start-1].norm == "of" && a.toks[start-2].norm == "fate" && a.toks[start-3].norm == "the":
	case end+1 < len(a.toks) && a.toks[end].kind == tokPoss && a.toks[end+1].norm == "future":
		end += 2
	default:
		return false
	}
	decide, own, matter := false, false, false
	for k := end; k < len(a.toks) && k <= end+12 && f.covers(k); k++ {
		n := a.toks[k].norm
		if n == ";" || n == "but" || n == "that" || n == "if" || n == "unless" || n == "whether" {
			break // another clause
		}
		switch {
		case n == "matter" && k+1 < len(a.toks) && a.toks[k+1].norm == "for":
			matter = true
		case n == "alone" && matter:
			// "X's future was a matter for Xers alone": no one else's
			// say, as "for Xers to decide".
			decide = true
		case n == "decided" || n == "decide" || n == "determined" || n == "determine":
			if a.negatedAt(k, end) {
				return false // "would not be decided by …"
			}
			decide = true
		case n == "people" && (a.toks[k-1].norm == "its" || a.toks[k-1].norm == "own"):
			own = true // "by its (own) people"
		case a.toks[k].cap && a.toks[k].kind == tokWord:
			for j := start; j < end && !own; j++ {
				// "Kelmar" … "Kelmarians": the place's own people.
				w := a.toks[j].norm
				own = a.toks[j].cap && len(w) >= 4 && len(n) > len(w) && strings.HasPrefix(n, w)
			}
		}
	}
	return decide && own
}

// antiWordsOf finds, for each topic whose name undoes nothing ("Enlargement
// of the bloc", not "Withdrawal from X" or "Ceasefire in Y"), the undoing
// words of its aliases ("zero enlargement", "dismantlement of the border
// posts"), unless the alias undoes strife ("end the fighting"): such an
// alias names what the topic's opposite would bring about. For a topic
// whose name undoes something, it finds the words of a presence in its
// aliases ("presence of X troops" for "Withdrawal of X troops"): such an
// alias names what the topic takes away.
func antiWordsOf(topics []news.Topic) map[news.TopicID]map[string]bool {
	var out map[news.TopicID]map[string]bool
	for _, t := range topics {
		undo := undoesSomething(tokenize(t.Name, 0, len(t.Name), nil))
		for _, al := range t.Aliases {
			toks := tokenize(al, 0, len(al), nil)
			var anti []string
			strife := false
			for _, tk := range toks {
				switch {
				case undo:
					// "presence of X troops" for "Withdrawal of X
					// troops": what the topic takes away.
					if presenceNouns.holds(tk.lex) {
						anti = append(anti, wordRoot(tk.norm))
					}
				case strifeNouns.holds(tk.lex):
					strife = true
				case antiAliasWords.holds(tk.lex):
					anti = append(anti, wordRoot(tk.norm))
				}
			}
			if len(anti) == 0 || strife {
				continue
			}
			if out == nil {
				out = make(map[news.TopicID]map[string]bool)
			}
			if out[t.ID] == nil {
				out[t.ID] = make(map[string]bool)
			}
			for _, w := range anti {
				out[t.ID][w] = true
			}
		}
	}
	return out
}

// stayTopicsOf finds the topics of troops leaving, by a departure in
// the name ("Withdrawal from X", "Reduction of Y troops": -1), and of
// troops staying, by a presence in a name that undoes nothing ("Military
// presence in Z": +1).
func stayTopicsOf(topics []news.Topic) map[news.TopicID]float64 {
	out := make(map[news.TopicID]float64)
	for _, t := range topics {
		toks := tokenize(t.Name, 0, len(t.Name), nil)
		undo := undoesSomething(toks)
		for _, tk := range toks {
			switch {
			case undo && departNouns.holds(tk.lex):
				out[t.ID] = -1
			case !undo && presenceNouns.holds(tk.lex):
				out[t.ID] = 1
			}
		}
	}
	return out
}

// weaponsJudged reports weapons at tok as the subject of a verdict, a
// verb "to be" right after them, with no act of handing them over or
// undoing them in the next words ("were not up for discussion", not
// "were to be handed over", "had been dismantled"): that act is read as
// aimed at them already.
func (a *analysis) weaponsJudged(tok int) bool {
	end := a.hitEnd(tok)
	if end >= len(a.toks) || !beVerbs.holds(a.toks[end].lex) {
		return false
	}
	for j := end + 1; j < len(a.toks) && j <= end+4; j++ {
		if n := a.toks[j].norm; undoVerbs.words[n] || handOverWords.words[n] {
			return false
		}
	}
	return true
}

// disarmTopicsOf finds the topics whose name takes weapons away
// ("Disarmament of X").
func disarmTopicsOf(topics []news.Topic) map[news.TopicID]bool {
	var out map[news.TopicID]bool
	for _, t := range topics {
		for _, tk := range tokenize(t.Name, 0, len(t.Name), nil) {
			if disarmNameWords.holds(tk.lex) {
				if out == nil {
					out = make(map[news.TopicID]bool)
				}
				out[t.ID] = true
			}
		}
	}
	return out
}

// troopsStay reads a topic hit on troops ("the troops", "X military
// personnel") of a topic in stayTopics followed by a verb of staying,
// after modals or a negation: "the troops would remain" (-3 toward their
// withdrawal, +3 toward their presence; the reverse when negated).
func (a *analysis) troopsStay(f *frame, h topicHit) (float64, bool) {
	dir := a.r.stayTopics[h.topic]
	if dir == 0 || !troopNouns.holds(a.toks[h.tok].lex) {
		return 0, false
	}
	end := a.hitEnd(h.tok)
	if end != h.tok+1 {
		return 0, false
	}
	neg := false
	for j := end; j < len(a.toks) && j < end+4 && f.covers(j); j++ {
		n := a.toks[j].norm
		switch {
		case negators.words[n]:
			neg = true
		case stayVerbs.words[n]:
			if neg {
				return -3 * dir, true
			}
			return 3 * dir, true
		case modals.words[n] || n == "still":
		default:
			return 0, false
		}
	}
	return 0, false
}

// departFrom reports a verb of leaving at j and "from" (or "out of")
// before the topic's hit at tok, with only articles and adverbs in "-ly"
// between: "withdraw immediately from the border posts".
func (a *analysis) departFrom(j, tok int) bool {
	n := a.toks[j].norm
	if !departVerbs.words[n] && !strings.HasPrefix(n, "withdr") && n != "leaves" && n != "leaving" && n != "left" {
		return false
	}
	from, troops := false, false
	for k := j + 1; k < tok; k++ {
		switch m := a.toks[k].norm; {
		case m == "from" || m == "out" || m == "of":
			from = true
		case m == "the" || a.toks[k].kind == tokWord && strings.HasSuffix(m, "ly"):
		case !troops && (!from || a.toks[k-1].norm == "of") && a.troopsAt(k) > k-1:
			// "withdraw its forces from X", "the withdrawal of Ruritanian
			// troops from X": the troops that leave, whoever's they are.
			k, troops = a.troopsAt(k), true
		case placePartNouns.words[m] && from && k+1 < tok && a.toks[k+1].norm == "of":
			// "withdraw from the parts of X it still holds", "from the
			// rest of X".
		default:
			return false
		}
	}
	return from
}

// departedFrom finds a verb of leaving up to ten words before the
// topic's hit at tok that departFrom accepts: "withdraw from the rest of
// X", "pull all its remaining troops out of X".
func (a *analysis) departedFrom(f *frame, tok int) (int, bool) {
	for k := tok - 1; k >= 0 && k >= tok-10 && f.covers(k) && k != f.cueTok; k-- {
		t := a.toks[k]
		n := t.norm
		if departVerbs.words[n] || strings.HasPrefix(n, "withdr") || n == "leaves" || n == "leaving" {
			return k, a.departFrom(k, tok)
		}
		if t.kind != tokWord && t.kind != tokPoss {
			return 0, false
		}
	}
	return 0, false
}

// placePartNouns name a part of a place: "the rest of X".
var placePartNouns = lexSet(union(partNouns.words, set(`rest remainder whole`)))

// troopsAt returns the troop noun that ends a phrase opening at k with
// at most a possessive, "all", "remaining" and capitalised modifiers
// ("its forces", "all Ruritanian troops", "Zenda's remaining units"), or
// -1.
func (a *analysis) troopsAt(k int) int {
	for p := k; p < len(a.toks) && p < k+5; p++ {
		t := a.toks[p]
		switch {
		case troopNouns.holds(t.lex):
			return p
		case ownDeterminers.holds(t.lex) || t.norm == "all" || t.norm == "remaining" || t.kind == tokPoss || t.kind == tokWord && t.cap:
		default:
			return -1
		}
	}
	return -1
}

// undoesSomething reports a topic name with a word of undoing, ending or
// banning in it: "Withdrawal from X", "Ban on Y", "Ceasefire in Z".
func undoesSomething(toks []token) bool {
	for _, tk := range toks {
		if undoVerbs.holds(tk.lex) || undoNouns.holds(tk.lex) || undoishNameWords.holds(tk.lex) {
			return true
		}
		// Another form of one: "Withdrawing from X", "Lifting of Y".
		if r := wordRoot(tk.norm); r != tk.norm && (undoVerbs.words[r] || undoishNameWords.words[r]) {
			return true
		}
	}
	return false
}

// antiHit reports a topic mention holding one of the topic's anti words
// ("demanded zero enlargement"): the stance toward the mention is the
// opposite of the stance toward the topic.
func (a *analysis) antiHit(h topicHit) bool {
	if h.referred && presenceNouns.holds(a.toks[h.tok].lex) && a.r.stayTopics[h.topic] < 0 {
		// "their presence guarantees stability" for a topic of their
		// withdrawal: what the withdrawal takes away.
		return true
	}
	if h.referred && weaponNouns.holds(a.toks[h.tok].lex) && a.r.disarmTopics[h.topic] && a.weaponsJudged(h.tok) {
		// "its weapons were not up for discussion" for a topic of its
		// disarmament: what the disarmament takes away.
		return true
	}
	if h.referred && haltHeads.holds(a.toks[h.tok].lex) && !a.r.undoTopics[h.topic] && !a.topicHeaded(h.topic, a.toks[h.tok].norm) {
		// "the freeze would stay in place" after work on the treaty was
		// frozen: the freeze is the treaty held up.
		return true
	}
	words := a.r.antiWords[h.topic]
	if len(words) == 0 || h.referred {
		return false
	}
	t0, t1 := a.hitSpan(h.tok)
	for k := t0; k < t1; k++ {
		if n := a.toks[k].norm; len(n) > 3 && words[wordRoot(n)] {
			return true
		}
	}
	return a.antiActAfter(h, words, t1)
}

// antiActAfter reports a paraphrase of the topic whose act after it
// holds one of the topic's anti words (words), t1 the mention's end:
// "the depots were blown up and dismantled" for a topic named as
// "dismantlement of depots". The act is then part of what is named, no
// undoing of it.
func (a *analysis) antiActAfter(h topicHit, words map[string]bool, t1 int) bool {
	if mi := a.mentAt[h.tok]; mi < 0 || !a.ments[mi].para || len(words) == 0 || h.referred {
		return false
	}
	// A paraphrase's act after it: "the depots were blown up and
	// dismantled".
	end := int(a.sents[a.sentOf[h.tok]].t1)
	for k := t1; k < end && k < t1+6; k++ {
		t := a.toks[k]
		if t.kind == tokPunct && t.norm != "-" || clauseBreakers.holds(t.lex) || a.mentAt[k] >= 0 {
			break
		}
		if strings.HasSuffix(t.norm, "ed") && words[wordRoot(t.norm)] {
			return true
		}
	}
	return false
}

// yearWord reports a year written in digits, 1900 to 2099 ("2003").
func yearWord(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && isDigits(w)
}

// obligedAfter reports the noun at j as the subject of an obligation,
// within its clause: "any agreement must …", "any deal to end the war
// had to come with …", "any settlement would have to …".
func (a *analysis) obligedAfter(j, end int) bool {
	for i := j + 1; i < end && i <= j+8; i++ {
		t := a.toks[i]
		if t.kind == tokPunct {
			return false
		}
		next := ""
		if i+1 < end {
			next = a.toks[i+1].norm
		}
		switch t.norm {
		case "must", "should":
			return true
		case "had", "has", "have", "needs", "need":
			return next == "to"
		case "would", "will":
			return (next == "have" || next == "need") && i+2 < end && a.toks[i+2].norm == "to"
		}
		if finiteAux.holds(t.lex) {
			return false
		}
	}
	return false
}

// readyWords take "to" and an act the subject is (or is not) ready for;
// reluctantWords the same, held back; weighingForms take the act as a
// gerund ("was not considering sending X").
var (
	readyWords     = lexSet(set(`ready willing prepared eager keen`))
	reluctantWords = lexSet(set(`unwilling reluctant loath hesitant`))
	weighingForms  = lexSet(set(`considering contemplating weighing mulling`))
)

// readiness reads the speaker's readiness for an act on the topic, the
// act's verb a few words before it with only its other object between:
// "he was prepared to give Sylvania Longbow rockets" (+3), "was not
// prepared to", "was reluctant to", "was in no hurry to" (-3), "was not
// considering sending" (-3; weighing it, unnegated, is no stance). The
// readiness must be the speaker's own (a speaker pronoun or the
// speaker's actor as its subject), and an undoing or a harm as the act
// is left to the rules that read those.
func (a *analysis) readiness(f *frame, h topicHit) (float64, bool) {
	start, _ := a.hitSpan(h.tok)
	v := -1
	for j := start - 1; j > 1 && j >= start-5 && f.covers(j); j-- {
		t := a.toks[j]
		if t.norm == "-" || t.kind == tokWord && (a.toks[j+1].norm == "-" || a.toks[j-1].norm == "-") {
			continue // "long-range"
		}
		if t.kind != tokWord {
			return 0, false
		}
		if mi := a.mentAt[j]; mi >= 0 {
			j = a.ments[mi].t0
			continue
		}
		n := t.norm
		if n == "to" || n == "and" || n == "of" {
			// "to" before the topic is its destination or purpose,
			// not the act's infinitive marker: "to give" is read from
			// the verb.
			return 0, false
		}
		if t.cap || npFunctionWords.words[n] || numberWords.words[n] || strings.Contains(n, "-") {
			continue
		}
		v = j
		break
	}
	if v < 2 {
		return 0, false
	}
	vn := a.toks[v].norm
	p, w := 0.0, -1
	switch prev := a.toks[v-1].norm; {
	case prev == "to" && readyWords.holds(a.toks[v-2].lex):
		p, w = 3, v-2
	case prev == "to" && reluctantWords.holds(a.toks[v-2].lex):
		p, w = -3, v-2
	case prev == "to" && a.toks[v-2].norm == "hurry" && v >= 4 && a.toks[v-3].norm == "no" && a.toks[v-4].norm == "in":
		p, w = -3, v-4
	case weighingForms.words[prev] && strings.HasSuffix(vn, "ing"):
		p, w = 0, v-1
	case weighingForms.words[vn]:
		p, w = 0, v // "was not considering it"
	default:
		return 0, false
	}
	if againstAct(vn) {
		// Looked up only for a verb of readiness's frame, the rarer test.
		return 0, false
	}
	neg := false
	for j := w - 1; j >= 0 && j >= w-7 && f.covers(j); j-- {
		n := a.toks[j].norm
		switch {
		case negators.words[n]:
			neg = true
		case beVerbs.words[n] || modals.words[n] || auxiliaries.words[n] || strings.HasSuffix(n, "ly") || n == "be" || n == "been" || n == `"`:
		case isSpeakerPronoun(n):
			return readyStance(p, neg)
		default:
			if mi := a.mentAt[j]; mi >= 0 && a.ments[mi].t1 == j+1 && overlapActors(a.ments[mi].actors, f.actors) {
				return readyStance(p, neg)
			}
			return 0, false
		}
	}
	return 0, false
}

// readyStance turns readiness p, negated or not, into a stance: weighing
// an act (p 0) is one only when ruled out.
func readyStance(p float64, neg bool) (float64, bool) {
	switch {
	case p == 0 && neg:
		return -3, true
	case p == 0:
		return 0, false
	case neg:
		return -p, true
	}
	return p, true
}

// sharedObjectVerbs reports "and" or "or" at j between a verb of
// acceptance and another verb that share the object after them: "did not
// accept or recognise the ruling", "would sign and ratify the treaty".
func (a *analysis) sharedObjectVerbs(j int) bool {
	if j < 1 || j+2 >= len(a.toks) || !acceptBases.holds(a.toks[j-1].lex) {
		return false
	}
	v := a.toks[j+1]
	if v.kind != tokWord || v.cap || a.mentAt[j+1] >= 0 || npFunctionWords.holds(v.lex) {
		return false
	}
	return a.mentAt[j+2] >= 0 || objectDeterminers.holds(a.toks[j+2].lex)
}

// coordinatedVerbs reports verbs at i and j joined by "and" or "or" with
// nothing but quotation marks between: "stop and eliminate".
func (a *analysis) coordinatedVerbs(i, j int) bool {
	joined := false
	for k := i + 1; k < j; k++ {
		switch n := a.toks[k].norm; {
		case n == "and" || n == "or":
			joined = true
		case n == `"`:
		default:
			return false
		}
	}
	return joined
}

// beliefVerbs take a clause the subject holds true: "did not believe
// (that) X was realistic" denies it.
var beliefVerbs = lexSet(set(`believe believes believed think thinks thought expect expects expected feel feels felt`))

// disbelieved reports the clause whose subject is the topic at tok as
// the complement of a negated verb of belief: "did not believe that
// membership for X was a realistic outcome", "don't think the cap
// works".
func (a *analysis) disbelieved(f *frame, tok int) bool {
	start, _ := a.hitSpan(tok)
	for j := start - 1; j > 0 && j >= start-8 && f.covers(j); j-- {
		n := a.toks[j].norm
		if beliefVerbs.words[n] {
			return a.plainNegated(j)
		}
		if n == "that" {
			return beliefVerbs.holds(a.toks[j-1].lex) && a.plainNegated(j-1)
		}
		if a.toks[j].kind == tokPunct && n != "-" && n != "%" || auxiliaries.words[n] || negators.words[n] {
			return false
		}
	}
	return false
}

// counterThreat reads at k, after an effect verb or a form of "be", a
// counter promised against the subject: "(be) met with (a|an) [firm]
// response", "(draw) a swift response", "(trigger) retaliation".
func (a *analysis) counterThreat(f *frame, k int) bool {
	n := len(a.toks)
	if k+1 < n && a.toks[k].norm == "met" && a.toks[k+1].norm == "with" {
		k += 2
	} else if k > 0 && linkVerbs.holds(a.toks[k-1].lex) {
		return false
	}
	for j := k; j < n && j <= k+3 && f.covers(j); j++ {
		t := a.toks[j]
		if t.kind != tokWord {
			return false
		}
		if counterNouns.holds(t.lex) {
			// "a response to the plan" answers something else.
			return j+1 >= n || a.toks[j+1].norm != "to"
		}
		if t.cap || a.mentAt[j] >= 0 || blockingPrepositions.holds(t.lex) || t.norm == "of" || t.norm == "and" {
			return false
		}
	}
	return false
}

// onePenaltyBefore returns the one penalty topic named in the eight
// sentences before token k; none when two are.
func (a *analysis) onePenaltyBefore(si, k int) (news.TopicID, int, bool) {
	if len(a.r.penaltyTopics) == 0 {
		return "", -1, false
	}
	floor := a.sents[max(0, si-8)].t0
	var pen news.TopicID
	at := -1
	for _, m := range a.ments {
		if m.t0 >= k {
			break
		}
		if m.t0 < floor {
			continue
		}
		for _, tp := range m.topics {
			if !a.r.penaltyTopics[tp] || tp == pen {
				continue
			}
			if pen != "" || a.unanchored[tp] || a.unowned[tp] {
				return "", -1, false
			}
			pen, at = tp, m.t0
		}
	}
	return pen, at, pen != ""
}

// ownNotBargained reports the topic at tok as the speaker's own thing that
// a negated verb of bargaining will not give ground on: "would not bargain
// over its right to X", "will never compromise on their Y".
func (a *analysis) ownNotBargained(f *frame, tok int) bool {
	if tok < 3 || !ownBefore.holds(a.toks[tok-1].lex) {
		return false
	}
	if p := a.toks[tok-2].norm; p != "over" && p != "on" {
		return false
	}
	j := tok - 3
	if !bargainForms.holds(a.toks[j].lex) {
		return false
	}
	for _, rg := range f.content {
		if rg[0] <= j && tok < rg[1] {
			return a.negatedAt(j, rg[0])
		}
	}
	return false
}

// butThatBefore returns where a second reported clause opened by "but
// that" starts when the topic at tok stands in it ("said Zenda welcomed
// the pledge, but that X remained unacceptable"), else -1.
func (a *analysis) butThatBefore(f *frame, tok int) int {
	lo := f.coveredFrom(tok - 2) // f.covers(k) for k >= lo
	for k := tok - 2; k >= max(lo, 0) && k >= tok-20; k-- {
		if a.toks[k].norm == "but" && a.toks[k+1].norm == "that" && !a.inQuote(k) {
			return k + 2
		}
	}
	return -1
}

// counterTo reports the topic at tok as what measures answer: "measures
// in response to X", "steps in retaliation for X" (up to four words, a
// possessor's among them, before the topic's mention).
func (a *analysis) counterTo(f *frame, tok int) bool {
	j := tok - 1
	for n := 0; j > 0 && n < 4 && (a.toks[j].kind == tokWord || a.toks[j].kind == tokPoss) && !answerLinks.holds(a.toks[j].lex); n++ {
		j--
	}
	if j < 3 || !answerLinks.holds(a.toks[j].lex) || !answerNouns.holds(a.toks[j-1].lex) || a.toks[j-2].norm != "in" {
		return false
	}
	return f.covers(j-3) && counterHeads.holds(a.toks[j-3].lex)
}

// workOnBefore finds "work on" after an undo or freeze verb a little
// before the topic at tok, the topic inside what the work is on:
// "suspended work on the tariff cuts it was due to approve under X".
// Nothing between may end a clause (a comma, "and", "but", a
// subordinator).
func (a *analysis) workOnBefore(f *frame, tok int) (int, bool) {
	for p := tok - 1; p >= 2 && p > tok-14 && f.covers(p-2) && p-2 != f.cueTok; p-- {
		t := a.toks[p]
		if t.kind == tokPunct && t.norm != "-" && t.norm != "'" || t.norm == "and" || t.norm == "but" || subordinators.holds(t.lex) && t.norm != "that" {
			return 0, false
		}
		if t.norm != "on" || a.toks[p-1].norm != "work" {
			continue
		}
		if v := a.toks[p-2].norm; undoVerbs.words[v] || freezeForms.words[v] {
			return p - 2, true
		}
		return 0, false
	}
	return 0, false
}

// ownActAnswers reports the topic at tok as what the speaker's own act,
// referred to as "the deployment", "the move" or "it", is said to answer:
// "said the deployment was a response to Y's plans to station missiles",
// "it was a direct answer to the drills". A subject naming another side
// ("Zenda's tests were a response to …") is not the speaker's act.
func (a *analysis) ownActAnswers(f *frame, tok int) bool {
	start, _ := a.hitSpan(tok)
	j := start - 1
	for n := 0; j > 0 && n < 6 && a.toks[j].kind == tokWord && (!answerLinks.holds(a.toks[j].lex) || a.toks[j].norm == "to" && eventNouns.holds(a.toks[j-1].lex)); n++ {
		j-- // "Y's plans to station …", "the latest drills"
	}
	if j < 5 || a.toks[j].norm != "to" {
		return false
	}
	k := j - 1
	if !answerNouns.holds(a.toks[k].lex) && a.toks[k].norm != "answer" {
		return false
	}
	k--
	if a.toks[k].kind == tokWord && a.toks[k].norm != "a" && a.toks[k].norm != "an" {
		k-- // "a direct response"
	}
	if k < 3 || a.toks[k].norm != "a" && a.toks[k].norm != "an" || !beVerbs.holds(a.toks[k-1].lex) || !f.covers(k-2) {
		return false
	}
	// The subject: "it", "this", or "the"/"its"/"our" and one noun.
	s := k - 2
	if n := a.toks[s].norm; n == "it" || n == "this" {
		return s == f.content[0][0] || a.toks[s-1].norm == "that"
	}
	if a.toks[s].kind != tokWord || a.toks[s].cap || a.mentAt[s] >= 0 {
		return false
	}
	d := a.toks[s-1].norm
	if d != "the" && d != "its" && d != "our" && d != "this" {
		return false
	}
	return s-1 == f.content[0][0] || a.toks[s-2].norm == "that"
}

// regretClauseBefore reports the topic at tok inside what a regret verb
// is aimed at across a short clause: "regretted that Freedonia had
// decided to leave X", "regrets the announcement that Y intends to leave
// X", "regretted the decision to leave X". Another act on the topic in
// between ("regretted that Y had rejected the plan to …") or a clause
// boundary stops it.
func (a *analysis) regretClauseBefore(f *frame, start int) bool {
	si := a.sentOf[start]
	floor := int(a.sents[si].t0)
	for j := start - 1; j >= 1 && j >= start-14 && a.sentOf[j] == si && f.covers(j); j-- {
		t := a.toks[j]
		if t.kind == tokPoss || t.norm == `"` || t.norm == "-" {
			continue
		}
		if t.kind == tokPunct {
			return false
		}
		switch t.norm {
		case "and", "but", "or", "which", "who", "while", "because", "if", "unless", "although", "after", "before", "not", "never":
			return false
		}
		if undoVerbs.holds(t.lex) || negativeWords.holds(t.lex) || oppositionNouns.holds(t.lex) {
			return false
		}
		if c, ok := a.r.cues[t.norm]; ok && c.pol < 0 {
			return false
		}
		if t.norm != "that" && t.norm != "to" {
			continue
		}
		k := j - 1
		if eventActs.holds(a.toks[k].lex) || eventNouns.holds(a.toks[k].lex) {
			// "the announcement that …", "the decision to …".
			k--
			if k >= 0 && (possDeterminers.holds(a.toks[k].lex) || a.toks[k].kind == tokPoss) {
				k--
			}
		}
		if k >= floor && regretVerbs.holds(a.toks[k].lex) && f.covers(k) {
			return !a.negatedAt(k, floor)
		}
		if t.norm == "that" {
			return false
		}
	}
	return false
}

// enabledForSpeaker reads a topic in a clause where something "would
// let", "would allow", "will enable" someone to act: the enabled act is
// described, not judged. When the one enabled is the speaker's own side
// ("the list would allow Freedonia to remove weak claims faster") or
// the enabler is the speaker's own ("the bloc's proposal would let member
// states send migrants to X"), the speaker stands for it. The topic is
// in the enabler or in the act it enables, and no undo or refusal is
// aimed at it there.
func (a *analysis) enabledForSpeaker(f *frame, h topicHit) bool {
	if f.negated || f.cue.pol < 0 {
		return false
	}
	si := a.sentOf[h.tok]
	t0, t1 := int(a.sents[si].t0), int(a.sents[si].t1)
	lo, hi := max(t0+1, h.tok-14), min(t1-1, h.tok+14)
	for e := lo; e <= hi; e++ {
		if !enableForms.holds(a.toks[e].lex) || !modals.holds(a.toks[e-1].lex) || !f.covers(e) || e == h.tok {
			continue
		}
		if h.tok < e && !a.sameClause(h.tok, e) && !a.coordinatedSubject(h.tok, e-1) || h.tok > e && !a.sameClause(e, h.tok) {
			continue
		}
		// The one enabled: up to four words, then "to" or a bare verb.
		own := false
		for j := e + 1; j <= e+4 && j < t1; j++ {
			if mi := a.mentAt[j]; mi >= 0 && overlapActors(a.ments[mi].actors, f.actors) {
				own = true
			}
		}
		// The enabler: its subject, back to the clause start; the
		// speaker's own only as a possessor ("the bloc's proposal").
		subjOwn, subjSpeaker := false, false
		for j := e - 2; j >= t0 && j >= e-10 && f.covers(j); j-- {
			n := a.toks[j].norm
			if n == "that" || n == "," || j == f.cueTok {
				break
			}
			if mi := a.mentAt[j]; mi >= 0 && overlapActors(a.ments[mi].actors, f.actors) {
				m := a.ments[mi]
				if m.t1 < len(a.toks) && a.toks[m.t1].kind == tokPoss {
					subjOwn = true
				} else {
					subjSpeaker = true
				}
			}
			if n == "our" {
				subjOwn = true
			}
		}
		if subjSpeaker || !own && !subjOwn {
			return false
		}
		if h.tok > e {
			// The topic inside the enabled act: nothing undoing or
			// refusing it on the way.
			for j := e + 1; j < h.tok; j++ {
				n := a.toks[j].norm
				if undoVerbs.words[n] || negators.words[n] || a.mentAt[j] >= 0 && !overlapActors(a.ments[a.mentAt[j]].actors, f.actors) && len(a.ments[a.mentAt[j]].actors) > 0 {
					return false
				}
				if c, ok := a.r.cues[n]; ok && c.pol < 0 && !a.participleBeforeNoun(j, t1) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// participleBeforeNoun reports a past participle at j used as an
// adjective before a noun: "send rejected migrants" (not "to rejected",
// "had rejected the plan").
func (a *analysis) participleBeforeNoun(j, end int) bool {
	n := a.toks[j].norm
	if !strings.HasSuffix(n, "ed") || j == 0 || j+1 >= end || possDeterminers.holds(a.toks[j+1].lex) || !a.attributive(j, end) {
		return false
	}
	p := a.toks[j-1].norm
	return p != "to" && !modals.words[p] && p != "have" && p != "has" && p != "had" && !beVerbs.words[p] && p != "be" && p != "been"
}

// othersBusiness reports the phrase "sovereign right" or "internal
// affair" at k as what the topic at tok is said to be ("X was Y's
// internal affair"), within its clause, and the business of another named
// there than the speaker: no speaker's name, "its", "our" or "their" on
// it ("said the tests were its sovereign right" defends its own act).
func (a *analysis) othersBusiness(f *frame, tok, k int) bool {
	if k-tok > 12 || a.breakBetween(tok, k) {
		return false
	}
	be := -1
	for j := k - 1; j > tok && j >= k-4; j-- {
		if beVerbs.holds(a.toks[j].lex) || a.toks[j].norm == "remained" || a.toks[j].norm == "remains" {
			be = j
			break
		}
	}
	if be < 0 {
		return false
	}
	end := min(k+6, int(a.sents[f.sent].t1))
	other := false
	for j := be + 1; j < end; j++ {
		if j > k+2 && a.toks[j].kind == tokPunct {
			break
		}
		switch a.toks[j].norm {
		case "its", "our", "my", "their", "us", "own":
			return false
		}
		if mi := a.mentAt[j]; mi >= 0 && overlapActors(a.ments[mi].actors, f.actors) {
			return false
		}
		if n := a.toks[j].norm; a.toks[j].cap || n == "any" || n == "every" || n == "each" {
			other = true // "Sylvania's", "of any country"
		}
	}
	// Without another's name on it ("saying the tariffs were an internal
	// matter"), it may be the speaker's own business.
	return other && !a.negatedAt(k, be)
}

// relativeVerdict reads the speaker's name for the topic at tok in a
// relative clause right after it: ", which she called another example
// of X's dangerous behaviour", ", which he described as a trap". The
// namer is a pronoun or the speaker's own name; the first polar word of
// the name, before a clause break, gives the verdict.
func (a *analysis) relativeVerdict(f *frame, tok int) (float64, bool) {
	_, end := a.hitSpan(tok)
	t1 := int(a.sents[a.sentOf[tok]].t1)
	if end+3 >= t1 || a.toks[end].norm != "," || a.toks[end+1].norm != "which" {
		return 0, false
	}
	j := end + 2
	switch n := a.toks[j].norm; {
	case n == "he" || n == "she" || n == "they" || n == "it" || n == "we":
		j++
	case a.mentAt[j] >= 0 && overlapActors(a.ments[a.mentAt[j]].actors, f.actors):
		j = a.ments[a.mentAt[j]].t1
	default:
		return 0, false
	}
	if j >= t1 || !namingVerbs.holds(a.toks[j].lex) {
		return 0, false
	}
	for k := j + 1; k < t1 && k <= j+10; k++ {
		t := a.toks[k]
		if t.kind == tokPunct && t.norm != "-" && t.norm != `"` || clauseBreakers.holds(t.lex) || t.norm == "which" || t.norm == "that" {
			break
		}
		if t.kind != tokWord || a.mentAt[k] >= 0 {
			continue
		}
		if warningNouns.holds(t.lex) || k+1 < t1 && warningNouns.holds(a.toks[k+1].lex) {
			return 0, false // "a stern warning to …": a purpose, no verdict
		}
		p := 0.0
		switch {
		case positiveWords.holds(t.lex) && !intensifiers.holds(t.lex):
			p = 3
		case negativeWords.holds(t.lex):
			p = -3
		}
		if p != 0 {
			if a.negatedAt(k, j+1) {
				p = -p
			}
			return p, true
		}
	}
	return 0, false
}

// shippedOut reports "out of" right after the topic's mention at tok:
// "ship its stockpile of X out of the country", what is sent away.
func (a *analysis) shippedOut(tok int) bool {
	_, end := a.hitSpan(tok)
	return end+1 < len(a.toks) && a.toks[end].norm == "out" && a.toks[end+1].norm == "of"
}

// strippedOf reports a verb that takes the topic away from someone,
// the topic after "of" (and a determiner or "all"): "must strip
// Freedonia of all its missiles", "would deprive them of the right to
// X". A passive ("was stripped of its X") reports what was done to the
// subject and is left alone.
func (a *analysis) strippedOf(f *frame, tok int) (int, bool) {
	start, _ := a.hitSpan(tok)
	of := start - 1
	for of >= 0 && start-of <= 3 && (a.toks[of].norm == "all" || a.toks[of].norm == "its" || a.toks[of].norm == "their" || a.toks[of].norm == "the" || a.toks[of].norm == "any") {
		of--
	}
	if of >= 3 && a.toks[of].norm != "of" {
		// "strip it of the ability to carry out X", "of the capacity
		// to enrich X": the means to the topic taken away, through a
		// verb and its particle.
		to := of
		for to > of-2 && to > 0 && a.toks[to].norm != "to" && a.toks[to].kind == tokWord && !a.toks[to].cap {
			to--
		}
		if a.toks[to].norm == "to" {
			of = a.abilityOf(to)
		}
	}
	if of < 3 || a.toks[of].norm != "of" {
		return 0, false
	}
	return a.activeVerbBack(f, of-2, of-6, depriveVerbs.words)
}

// abilityOf returns the "of" before a noun of ability before the "to"
// at to ("of the ability to", "of its capacity to"), or -1.
func (a *analysis) abilityOf(to int) int {
	j := to - 1
	if !abilityNouns.holds(a.toks[j].lex) {
		return -1
	}
	j--
	if j >= 0 && (possDeterminers.holds(a.toks[j].lex) || a.toks[j].norm == "the" || a.toks[j].norm == "any" || a.toks[j].norm == "all") {
		j--
	}
	return j
}

// destroyedAt reports at j a participle of destroying or taking apart:
// "destroyed", "demolished", "blown up", "taken apart".
func (a *analysis) destroyedAt(j int) bool {
	n := a.toks[j].norm
	if destroyedForms.words[n] {
		return true
	}
	if !takenApartForms.words[n] || j+1 >= len(a.toks) {
		return false
	}
	switch a.toks[j+1].norm {
	case "up", "down", "apart":
		return true
	}
	return false
}

// undoneParticipleAt reports at j the participle of an undoing: an undo
// verb's "-ed" form ("dismantled", "removed") or one of destroying.
func (a *analysis) undoneParticipleAt(j int) bool {
	n := a.toks[j].norm
	return undoVerbs.words[n] && strings.HasSuffix(n, "ed") || a.destroyedAt(j)
}

// headBeforeUndone reports at j a plain noun heading the topic's word
// before it, an undoing's participle right after it: "the depot
// equipment dismantled", "its launch sites blown up".
func (a *analysis) headBeforeUndone(j int) bool {
	t := a.toks[j]
	if t.kind != tokWord || t.cap || j+1 >= len(a.toks) || finiteAux.holds(t.lex) || undoVerbs.holds(t.lex) || npFunctionWords.holds(t.lex) {
		return false
	}
	return a.undoneParticipleAt(j + 1)
}

// undoClauseOpener returns the "with" of an absolute clause ("…, with
// the depots blown up and dismantled") or the "which" after a
// preposition of a relative one ("the model under which the sites would
// be demolished") whose subject phrase holds the topic at tok, or -1. A
// conjunct after an undoing joined by "and" ("with the sites blown up
// and its equipment dismantled") shares its opener.
func (a *analysis) undoClauseOpener(tok int) int {
	start, _ := a.hitSpan(tok)
	for j := start - 1; j >= 1 && j >= start-12; j-- {
		t := a.toks[j]
		if t.kind == tokPunct {
			return -1
		}
		switch t.norm {
		case "with":
			return j
		case "which", "whom":
			if relativePrepositions.holds(a.toks[j-1].lex) {
				return j
			}
			return -1
		case "and":
			p := j - 1
			if n := a.toks[p].norm; (n == "up" || n == "down" || n == "apart") && p > 0 {
				p--
			}
			if !a.undoneParticipleAt(p) {
				return -1
			}
			j = p
			continue
		}
		if finiteAux.holds(t.lex) || modals.holds(t.lex) || subordinators.holds(t.lex) {
			return -1
		}
	}
	return -1
}

// barredFrom reports a verb that keeps someone from the topic's act
// right after "from": "must bar Freedonia from leaving X", "would
// prevent them from joining Y". A passive ("was barred from joining")
// reports what was done to the subject and is left alone.
func (a *analysis) barredFrom(f *frame, tok int) (int, bool) {
	start, _ := a.hitSpan(tok)
	if start < 3 || a.toks[start-1].norm != "from" {
		return 0, false
	}
	return a.activeVerbBack(f, start-2, start-6, barVerbs.words)
}

// activeVerbBack returns the first verb of verbs walking back from hi to
// lo within the frame's content and the clause (no punctuation): the
// verb that strips or bars, in the active voice; a passive ("was
// barred from", "was stripped of") reports what was done to its subject.
func (a *analysis) activeVerbBack(f *frame, hi, lo int, verbs map[string]bool) (int, bool) {
	for j := hi; j >= 1 && j >= lo && f.covers(j) && j != f.cueTok; j-- {
		t := a.toks[j]
		if t.kind == tokPunct {
			break
		}
		if verbs[t.norm] {
			if passiveBe.holds(a.toks[j-1].lex) {
				return 0, false
			}
			return j, true
		}
	}
	return 0, false
}

// actorModifier returns the watched actors named between a determiner
// at k and the noun at j ("the Zendan move", "the Sylvania decision"): the
// actor whose act the noun is.
func (a *analysis) actorModifier(k, j int) []news.ActorID {
	for x := k + 1; x < j; x++ {
		if mi := a.mentAt[x]; mi >= 0 && len(a.ments[mi].topics) == 0 && len(a.ments[mi].actors) > 0 {
			return a.ments[mi].actors
		}
		if t := a.toks[x]; t.cap && t.kind == tokWord && a.mentAt[x] < 0 && len(t.norm) >= 5 {
			// "the Zendan decision": an adjective made from an actor's
			// name, read as the watchlist's topic names are (namedDoers).
			if acts := a.r.actorsPrefixing(t.norm); len(acts) > 0 {
				return acts
			}
		}
	}
	return nil
}

// actorsPrefixing returns the watched actors with a capitalised alias
// word of four letters or more that begins w ("Zendan" for Zenda). Only
// for the rare act noun with a capitalised modifier: it tokenizes.
func (r *Rules) actorsPrefixing(w string) []news.ActorID {
	return r.actorsWithAliasWord(func(tk token) bool {
		return tk.cap && tk.kind == tokWord && len(tk.norm) >= 4 && strings.HasPrefix(w, tk.norm)
	})
}

// doneByActors reports a topic whose name names one of acts as doing
// or owning it ("X tariffs on Y", "X's bid").
func (a *analysis) doneByActors(tp news.TopicID, acts []news.ActorID) bool {
	return overlapActors(acts, a.r.namedDoers[tp]) || overlapActors(acts, a.r.ownerActors[tp])
}

// actorsAct returns, for an act noun whose modifier names the actors
// acts ("the Zendan decision"), the topic one of them does or owns
// that was named last in the sentence of k or the eight before it, else
// the one such headline topic.
func (a *analysis) actorsAct(si, k int, acts []news.ActorID) (news.TopicID, int, bool) {
	if len(a.r.namedDoers) == 0 && len(a.r.ownerActors) == 0 {
		return "", -1, false
	}
	keep := func(tp news.TopicID) bool {
		return a.doneByActors(tp, acts) && !a.unanchored[tp] && !a.unowned[tp]
	}
	if tp, ante, ok := a.lastMention(si-8, k, func(m mention) (news.TopicID, bool) { return firstTopicIn(m, keep) }); ok {
		return tp, ante, true
	}
	var hit news.TopicID
	for _, tp := range a.titleTopics {
		if keep(tp) {
			if hit != "" {
				return "", -1, false
			}
			hit = tp
		}
	}
	return hit, -1, hit != ""
}

// strifeOver reports, from token i, a strife said to be over: "had
// ended", "has ended", "was over", "is over" (not "would end", a
// prospect).
func (a *analysis) strifeOver(i, end int) bool {
	if i < end && (a.toks[i].norm == "had" || a.toks[i].norm == "has" || a.toks[i].norm == "is" || a.toks[i].norm == "was") {
		i++
	}
	if i >= end {
		return false
	}
	w := a.toks[i].norm
	return w == "ended" || w == "over" && a.toks[i-1].norm != "ended" && (a.toks[i-1].norm == "is" || a.toks[i-1].norm == "was")
}

// exerciseReferent is the topic of military exercises (one with an
// alias holding a noun of exercises) named or referred to last before
// k, for a phrase that says the exercises in other words.
func (a *analysis) exerciseReferent(si, k int) (news.TopicID, int, bool) {
	var cands []news.TopicID
	for _, head := range [...]string{"drills", "exercises", "manoeuvres", "maneuvers"} {
		for _, tp := range a.r.topicWords[head] {
			if !containsTopic(cands, tp) {
				cands = append(cands, tp)
			}
		}
	}
	tp, ante, ok := a.recentCandidate(si, k, "drills", cands)
	if !ok || ante < 0 {
		// Or the headline's exercises, the one topic of the kind it
		// names.
		tp, ante, ok = "", -1, false
		for _, t := range a.titleTopics {
			if containsTopic(cands, t) {
				if ok {
					return "", -1, false
				}
				tp, ok = t, true
			}
		}
	}
	if !ok || a.unanchored[tp] || a.unowned[tp] {
		return "", -1, false
	}
	return tp, ante, true
}
