package extract

// refusedComplement reports a negated verb of consent some words before
// the topic in its clause, whose object phrase holds the topic: "would
// not recognise a government formed through the election", "no longer
// considered itself bound by the truce", "would not allow the group to
// hold the sea lanes to ransom". What is refused is made of the topic or
// is its act, and the refusal opposes it. It is left alone by a word of
// judgement, harm or undoing between ("would not accept any violation of
// the treaty", "would not allow anyone to derail the talks", "a
// government elected in defiance of the treaty"), by a particle of
// leaving ("would not allow them to pull out of the treaty"), by a
// clause boundary, by the topic as the subject of an infinitive ("would
// not allow the truce to collapse"), by an infinitive's act on a thing
// of the topic's ("would not allow foreign firms to run the turbines of
// the dam") and by a refusal whose subject is a
// watched side other than the speaker's.
func (a *analysis) refusedComplement(f *frame, tok int) (float64, bool) {
	m0, m1 := tok, tok+1
	if mi := a.mentAt[tok]; mi >= 0 {
		m0, m1 = a.ments[mi].t0, a.ments[mi].t1
	}
	toBetween, prepBetween := false, false
	for j, n := m0-1, 0; j >= 0 && n < 14 && f.covers(j); j-- {
		t := a.toks[j]
		if mi := a.mentAt[j]; mi >= 0 {
			j = a.ments[mi].t0
			continue
		}
		if t.kind == tokPoss || t.norm == "-" || t.norm == "'" {
			continue
		}
		if t.kind != tokWord {
			return 0, false
		}
		n++
		w := t.norm
		switch w {
		case "to":
			if prepBetween {
				// "would not allow foreign firms to run the turbines of
				// the dam": the act is on something of the topic's.
				return 0, false
			}
			toBetween = true
			continue
		case "of", "on", "in", "at", "for", "from", "with", "by", "under", "through", "over", "into", "across", "near", "around", "inside", "outside":
			if !toBetween && !(w == "of" && j > 0 && partWords.holds(a.toks[j-1].lex)) {
				prepBetween = true
			}
		case "and", "or", "but", "that", "which", "who", "whom", "whose", "while", "if", "unless",
			"until", "because", "as", "than", "without", "not", "no", "never", "nor", "only",
			"out", "away", "off", "defiance", "contravention", "disregard", "breach", "violation":
			return 0, false
		}
		if acceptBases.holds(t.lex) || asVerdictVerbs.holds(t.lex) || w == "bound" && a.toks[j+1].norm == "by" {
			if !a.consentNegated(j) || !toBetween && a.infinitiveAt(m1) || a.otherSubject(f, j) {
				return 0, false
			}
			// As a negated verb just before the topic (negatedVerbBefore).
			return -1.5, true
		}
		if !a.r.stanceWords.mayHave(w) && !harmVerbs.holds(t.lex) && !undoVerbs.holds(t.lex) && !undoNouns.holds(t.lex) && !erasingForms.holds(t.lex) && !negatingVerbs.holds(t.lex) {
			continue
		}
		if negativeWords.words[w] || positiveWords.words[w] || harmVerbs.words[w] || undoVerbs.words[w] || undoNouns.words[w] ||
			abuseNouns.words[w] || erasingForms.words[w] || negatingVerbs.words[w] {
			return 0, false
		}
		if _, ok := a.r.cues[w]; ok {
			return 0, false
		}
	}
	return 0, false
}

// consentNegated reports a negator before the verb of consent at j, over
// auxiliaries and a verb of regarding oneself: "would not accept", "no
// longer considered itself bound by".
func (a *analysis) consentNegated(j int) bool {
	for i := j - 1; i >= 0 && i >= j-5; i-- {
		n := a.toks[i].norm
		switch {
		case negators.words[n] && n != "without" && n != "nor":
			return true
		case n == "longer" || n == "still" || n == "itself" || n == "themselves" || n == "be" || n == "been" ||
			finiteAux.words[n] || modals.words[n] || regardSelfForms.words[n]:
		default:
			return false
		}
	}
	return false
}

// infinitiveAt reports "to" and a verb at k: "allow the truce to
// collapse".
func (a *analysis) infinitiveAt(k int) bool {
	if k+1 >= len(a.toks) || a.toks[k].norm != "to" {
		return false
	}
	t := a.toks[k+1]
	return t.kind == tokWord && !t.cap && !objectDeterminers.holds(t.lex) && a.mentAt[k+1] < 0
}

// otherSubject reports a watched side other than the speaker's named
// just before the verb at j in its clause: "said Zenda would not accept
// the plan" is Zenda's refusal, reported.
func (a *analysis) otherSubject(f *frame, j int) bool {
	for i := j - 1; i >= 0 && i >= j-6 && f.covers(i); i-- {
		t := a.toks[i]
		if mi := a.mentAt[i]; mi >= 0 {
			m := a.ments[mi]
			return len(m.actors) > 0 && !overlapActors(m.actors, f.actors)
		}
		if t.kind != tokWord || t.norm == "that" {
			return false
		}
	}
	return false
}

// regardSelfForms regard the speaker's own side as something: "no longer
// considered itself bound by".
var regardSelfForms = lexSet(set(`consider considers considered regard regards regarded feel feels felt deem deems deemed`))

// partWords take a part of what follows "of": "one of the busiest lanes".
var partWords = lexSet(set(`one some part parts any all most many much each either`))

// overdueUndo reports an undo verb at j negated in the perfect with
// "still" or "yet", by a subject that is not the speaker's side: "said
// X's prime minister had still not retracted her remarks", "Y has not
// yet lifted the duties", "Y has yet to withdraw the order". The
// undoing is overdue: a reproach, the speaker wants the topic undone.
func (a *analysis) overdueUndo(f *frame, j int) bool {
	perfect, overdue, neg := false, false, false
	i := j - 1
	for ; i >= 0 && i >= j-4; i-- {
		n := a.toks[i].norm
		switch {
		case n == "still" || n == "yet":
			overdue = true
		case n == "not" || n == "never" || n == "n't":
			neg = true
		case n == "to" && i == j-1:
		case n == "had" || n == "has" || n == "have":
			perfect = true
		default:
			goto done
		}
		if perfect {
			break
		}
	}
done:
	if !perfect || !overdue || !neg && !(j > 1 && a.toks[j-1].norm == "to" && a.toks[j-2].norm == "yet") {
		return false
	}
	// The subject: a watched side other than the speaker's, or a noun
	// phrase naming none; never a pronoun, which may be the speaker.
	for k := i - 1; k >= 0 && k >= i-6 && f.covers(k); k-- {
		t := a.toks[k]
		if mi := a.mentAt[k]; mi >= 0 {
			m := a.ments[mi]
			if len(m.actors) > 0 && overlapActors(m.actors, f.actors) {
				return false
			}
			k = m.t0
			continue
		}
		if t.kind == tokPoss {
			continue
		}
		if t.kind != tokWord || t.norm == "that" {
			return k < i-1
		}
		if isSpeakerPronoun(t.norm) || t.norm == "they" || t.norm == "he" || t.norm == "she" {
			return false
		}
	}
	return true
}

// harmNounBetween reports a noun of harm and a preposition aiming it
// between j and tok: "any violation of", "an attack on", "a threat to".
func (a *analysis) harmNounBetween(j, tok int) bool {
	for k := j + 1; k+1 < tok; k++ {
		n := a.toks[k].norm
		if (negativeWords.words[n] || abuseNouns.words[n]) && !negators.words[n] && a.mentAt[k] < 0 {
			switch a.toks[k+1].norm {
			case "of", "on", "against", "to":
				return true
			}
		}
	}
	return false
}
