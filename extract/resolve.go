package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/stancebot/stancebot/news"
)

// resolveSpeakers maps each frame's speaker phrase to watched actors, in
// reading order: an alias names the actor; a pronoun or a role phrase
// ("the ministry") takes the most recent compatible speaker; anything
// else is a speaker not on the watchlist.
func (a *analysis) resolveSpeakers() {
	for i := range a.frames {
		f := &a.frames[i]
		a.classifySpeaker(f)
		if f.how == howUnwatched && f.kind != frameDefault && a.bodyOfficial(i) {
			f.how = howRole
			f.person = personYes
		}
		if f.pronounOrRole && f.how == howRole {
			if act, ok := a.frontedPlace(f); ok {
				// "In Strelsau, the government said": wire copy moves to
				// a capital to quote its side, whoever spoke before.
				f.actors = []news.ActorID{act}
			} else {
				a.resolveFromContext(i)
			}
		} else if f.pronounOrRole {
			a.resolveFromContext(i)
		} else if f.how == howUnwatched && len(f.actors) == 0 {
			a.resolveAppositiveOwner(i)
		}
		if f.titled {
			a.resolveTitled(i)
		}
		if f.how == howUnwatched && f.kind == frameSubject && f.cue.lemma == "add" {
			if act, ok := a.addedBySameBody(i); ok {
				// "Zenda's ministry said … A spokesperson added that
				// Zenda would …": the body that just spoke.
				f.actors = []news.ActorID{act}
				f.how = howRole
			}
		}
		if f.kind != frameDefault {
			if act, ok := a.onBehalfOf(f); ok {
				// "Osk, speaking on behalf of the alliance, said …": the
				// body spoken for is who speaks.
				f.actors = []news.ActorID{act}
				f.how = howAlias
				f.titled = false
			}
		}
		if f.negated && f.cue.pol == polNeutral && (f.how == howAlias || f.how == howPronoun || f.how == howRole) {
			// "did not comment on the plan": no words to report. The
			// speaker stays salient for what follows.
			f.silent = true
		}
		if f.cue.pol == polNeutral && f.cueTok >= 0 && a.saidLittle(f.cueTok) || a.eachOther(f) {
			// "have said little about the deployment": a silence too;
			// "accused each other of violations": no one side's words.
			f.silent = true
		}
	}
}

// addedBySameBody returns the actor of the frame just before frame i
// when frame i's speaker is an indefinite role ("a spokesperson", "a
// senior official") that "added" to it and the added clause opens with
// that same actor: "The ministry said … A spokesperson added that
// Zenda would …". A role that could be another side's, or a clause about
// someone else, stays unresolved.
func (a *analysis) addedBySameBody(i int) (news.ActorID, bool) {
	f := &a.frames[i]
	if i == 0 || f.spk1-f.spk0 < 2 {
		return "", false
	}
	switch a.toks[f.spk0].norm {
	case "a", "an":
	default:
		return "", false
	}
	for k := f.spk0 + 1; k < f.spk1; k++ {
		if t := a.toks[k]; t.kind != tokWord || t.cap || !roleNouns.holds(t.lex) {
			return "", false
		}
	}
	g := &a.frames[i-1]
	if g.sent < f.sent-1 || g.silent || len(g.actors) != 1 || len(f.content) == 0 {
		return "", false
	}
	k := f.content[0][0]
	for k < f.content[0][1] && a.toks[k].kind == tokPunct {
		k++
	}
	if k < f.content[0][1] && a.toks[k].norm == "that" {
		k++
	}
	if k+1 < f.content[0][1] && a.toks[k].norm == "the" && a.mentAt[k] < 0 {
		k++
	}
	if k >= f.content[0][1] {
		return "", false
	}
	if mi := a.mentAt[k]; mi >= 0 && a.ments[mi].t0 == k && slices.Equal(a.ments[mi].actors, g.actors) {
		return g.actors[0], true
	}
	return "", false
}

// onBehalfOf returns the one watched actor named right after the speaker
// phrase in ", speaking on behalf of X" or ", on behalf of X".
func (a *analysis) onBehalfOf(f *frame) (news.ActorID, bool) {
	k := f.spk1
	if k+4 >= len(a.toks) || a.toks[k].norm != "," {
		return "", false
	}
	k++
	if n := a.toks[k].norm; n == "speaking" || n == "acting" {
		k++
	}
	if a.toks[k].norm != "on" || a.toks[k+1].norm != "behalf" || k+3 >= len(a.toks) || a.toks[k+2].norm != "of" {
		return "", false
	}
	k += 3
	mi := a.mentAt[k]
	if mi < 0 && a.toks[k].norm == "the" && k+1 < len(a.toks) {
		mi = a.mentAt[k+1]
	}
	if mi < 0 || int(a.sentOf[a.ments[mi].t0]) != f.sent {
		return "", false
	}
	m := a.ments[mi]
	if len(m.actors) != 1 || a.personOnly(m.actors) {
		return "", false
	}
	return m.actors[0], true
}

// saidLittle reports a neutral cue at k whose object is "little" or
// "nothing" and no clause: "said little about", "has said nothing
// publicly". Not "said little had changed".
func (a *analysis) saidLittle(k int) bool {
	j := k + 1
	if j+1 >= len(a.toks) || a.sentOf[j+1] != a.sentOf[k] {
		return false
	}
	switch a.toks[j].norm {
	case "little", "nothing":
	default:
		return false
	}
	switch a.toks[j+1].norm {
	case "about", "on", "of", "regarding", "publicly", "so", "since", ",", ".", ";":
		return true
	}
	return false
}

// eachOther reports a cue whose object is "each other" or "one another":
// "accused each other of violations" is no one side's statement.
func (a *analysis) eachOther(f *frame) bool {
	if f.cueTok < 0 || f.kind != frameSubject {
		return false
	}
	for _, rg := range f.content {
		if rg[0] <= f.cueTok || rg[0] > f.cueTok+2 || rg[0]+1 >= rg[1] {
			continue
		}
		first, second := a.toks[rg[0]].norm, a.toks[rg[0]+1].norm
		if first == "each" && second == "other" || first == "one" && second == "another" {
			return true
		}
	}
	return false
}

// documentIssuer returns, for a speaker phrase "the N" (N a lower-case
// noun), the one watched actor that a sentence of the three before names
// as the subject of an issuing verb with N as its object ("Firefly signed
// an executive order on Monday. The order said …").
func (a *analysis) documentIssuer(f *frame) (news.ActorID, bool) {
	if f.spk1-f.spk0 != 2 || a.toks[f.spk0].norm != "the" || f.sent == 0 {
		return "", false
	}
	n := a.toks[f.spk0+1]
	if n.kind != tokWord || n.cap || len(n.norm) < 4 {
		return "", false
	}
	for si := f.sent - 1; si >= 0 && si >= f.sent-3; si-- {
		s := a.sents[si]
		for k := s.t0 + 1; k < s.t1; k++ {
			if a.toks[k].norm != n.norm {
				continue
			}
			// Back over the object's article and modifiers to the verb.
			v := k - 1
			for v > s.t0 && k-v <= 4 && a.toks[v].kind == tokWord && !a.toks[v].cap && !issuingVerbs.holds(a.toks[v].lex) {
				v--
			}
			if !issuingVerbs.holds(a.toks[v].lex) || v == s.t0 {
				continue
			}
			mi := a.mentAt[v-1]
			if mi < 0 {
				continue
			}
			m := a.ments[mi]
			if m.t1 != v || len(m.actors) != 1 {
				continue
			}
			return m.actors[0], true
		}
	}
	return "", false
}

// unanchoredCommonAlias reports a speaker phrase that is one mention of
// act by a common-noun alias ("the group", "the movement": "the" and
// lower-case words) in a report that names act nowhere by a name (a
// mention with a capitalised word other than "The").
func (a *analysis) unanchoredCommonAlias(t0, t1 int, act news.ActorID) bool {
	mi := a.mentAt[t0]
	if mi < 0 || a.ments[mi].t0 != t0 || a.ments[mi].t1 != t1 || a.toks[t0].norm != "the" || t1-t0 < 2 {
		return false
	}
	for k := t0 + 1; k < t1; k++ {
		if a.toks[k].cap || a.toks[k].kind != tokWord {
			return false
		}
	}
	for _, m := range a.ments {
		if !containsActor(m.actors, act) {
			continue
		}
		for k := m.t0; k < m.t1; k++ {
			if t := a.toks[k]; t.cap && t.norm != "the" {
				return false
			}
		}
	}
	return true
}

// classifySpeaker looks at the words of a speaker phrase.
func (a *analysis) classifySpeaker(f *frame) {
	if a.companyPhrase(f.spk0, f.spk1) && !a.unwatchedNameBefore(f.spk0) {
		// "The company said", "a company spokesperson said": the
		// company that spoke last, resolved like a role.
		f.pronounOrRole = true
		f.how = howRole
		f.person = personNo
		return
	}
	if a.nonRepresentative(f.spk0, f.spk1) {
		f.how = howUnwatched
		f.person = a.phrasePerson(f.spk0, f.spk1)
		return
	}
	f.actors = a.phraseActors(f.spk0, f.spk1)
	f.person = a.phrasePerson(f.spk0, f.spk1)
	if len(f.actors) == 1 && a.unanchoredCommonAlias(f.spk0, f.spk1, f.actors[0]) {
		// "the group said" in a report that never names the group the
		// watchlist calls so: another group, the one that spoke last.
		f.actors = nil
		f.pronounOrRole = true
		f.how = howRole
		f.person = personNo
		return
	}
	if len(f.actors) == 0 {
		f.actors = a.surnameActors(f)
	}
	if len(f.actors) == 0 {
		f.actors = a.frontedCapital(f)
	}
	if len(f.actors) == 0 {
		if acts := a.appositiveActors(f); len(acts) > 0 {
			f.actors = acts
			f.person = personYes
		}
	}
	if len(f.actors) > 0 {
		f.how = howAlias
		return
	}
	if act, ok := a.documentIssuer(f); ok {
		// "Firefly signed an executive order … The order said …": the
		// document speaks for whoever issued it.
		f.actors = []news.ActorID{act}
		f.how = howRole
		f.person = personNo
		return
	}
	words := 0
	pron, first := "", ""
	roles := 0
	indefinite := false
	names := 0
	// "Its Energy Ministry", "their Interior Ministry": after a possessive
	// pronoun, a capitalised word before a role noun names a portfolio,
	// not a person or a place.
	portfolio := f.spk1-f.spk0 == 3 && possessivePronoun(a.toks[f.spk0].norm) && portfolioHeads.holds(a.toks[f.spk1-1].lex) || a.definitePortfolio(f.spk0, f.spk1)
	for k := f.spk0; k < f.spk1; k++ {
		t := a.toks[k]
		if t.kind != tokWord {
			continue
		}
		switch t.norm {
		case "the", "its", "his", "her", "their", "our", "separate", "joint", "same", "country's", "spokes":
			continue
		case "a", "an", "one":
			indefinite = true
			continue
		}
		if auxiliaries.holds(t.lex) {
			continue
		}
		if t.norm == "media" && a.pressOffice(k, f.spk1) {
			// "the army's media wing": the press office is a role.
			roles++
			words++
			k++
			continue
		}
		words++
		if t.norm == "we" || t.norm == "i" {
			first = t.norm
			continue
		}
		if _, ok := speakerPronouns.words[t.norm]; ok {
			pron = t.norm
			continue
		}
		if roleNouns.holds(t.lex) {
			roles++
			continue
		}
		if t.cap && !portfolio {
			names++
		}
	}
	switch {
	case first != "" && words == 1:
		// "We will never accept …": the author, when the document
		// speaks for an actor; unknown otherwise.
		if a.defaultActor != "" && !a.inQuote(f.spk0) {
			f.actors = []news.ActorID{a.defaultActor}
			f.how = howDefault
		} else {
			f.how = howNone
		}
	case pron != "" && words == 1:
		f.pronounOrRole = true
		f.how = howPronoun
		if speakerPronouns.words[pron] {
			f.person = personYes
		} else if pron == "it" {
			f.person = personNo
		}
	case roles > 0 && (roles == words || names == 0 && words-roles == 1 && !bareRoles.holds(a.toks[f.spk1-1].lex) || a.personsAide(f.spk0, f.spk1)) && !indefinite && !bareRoles.holds(a.toks[f.spk0].lex):
		// "the ministry", "its trade ministry", "the energy minister";
		// not "the local officials"
		f.pronounOrRole = true
		f.how = howRole
	case roles > 0 && names == 0 && indefinite && (f.kind != frameSubject || a.bodySpokesperson(f.spk0, f.spk1)):
		// "according to a government spokesman, Fredville would …", "a
		// foreign ministry spokesperson said Strelsau would …": the
		// actor that opens the reported clause, if any.
		if act, ok := a.contentSubject(f); ok {
			f.actors = []news.ActorID{act}
			f.how = howRole
		} else {
			f.how = howUnwatched
		}
	default:
		f.how = howUnwatched
		f.titled = f.kind != frameDefault && a.titledName(f.spk0, f.spk1)
	}
}

// bodySpokesperson reports an indefinite spokesperson of a government
// body with no owner named: "a government spokesperson", "a foreign
// ministry spokesman". Such a voice speaks of its own side by name.
func (a *analysis) bodySpokesperson(t0, t1 int) bool {
	if t1-t0 < 3 || t1-t0 > 5 {
		return false
	}
	switch a.toks[t1-1].norm {
	case "spokesperson", "spokesman", "spokeswoman":
	default:
		return false
	}
	for k := t0 + 1; k < t1-1; k++ {
		switch a.toks[k].norm {
		case "government", "ministry", "presidency":
			return true
		}
	}
	return false
}

// titledName reports a speaker phrase that is a title and then a name
// the watchlist does not know, with nothing that says whose official it
// is: "Spokesman Wang Lin", "Energy Minister Ola Berg", "presidential
// spokesman Dele Ade"; not "Lilliputian Trade Minister Ola Berg" or
// "Ambassador Ola Berg of Lilliput".
func (a *analysis) titledName(t0, t1 int) bool {
	role := -1
	for k := t0; k < t1; k++ {
		t := a.toks[k]
		if a.mentAt[k] >= 0 || t.kind != tokWord {
			return false
		}
		if roleNouns.holds(t.lex) && !(role >= 0 && role+1 < t1 && (a.toks[role+1].norm == "for" || a.toks[role+1].norm == "of")) {
			role = k
		}
	}
	if role < 0 || !personRoles.holds(a.toks[role].lex) && !titleHeads.holds(a.toks[role].lex) {
		// "Industry group Armex", "Ruling party Unity": a body's
		// name, not an official's title.
		return false
	}
	// After the role, the name; or "for"/"of", then the portfolio and
	// the name ("Minister for Political Reform Ola Berg"), capitalised.
	first := role + 1
	if role+3 < t1 && t1-role-1 <= 7 && (a.toks[role+1].norm == "for" || a.toks[role+1].norm == "of") {
		first = role + 2
	} else if t1-role-1 < 1 || t1-role-1 > 3 {
		return false
	}
	for k := first; k < t1; k++ {
		if !a.toks[k].cap {
			return false
		}
	}
	for k := t0; k < role; k++ {
		t := a.toks[k]
		switch {
		case roleNouns.holds(t.lex) || portfolioWords.holds(t.lex) || titleQualifiers.holds(t.lex):
		case !t.cap && !npFunctionWords.holds(t.lex) && k > t0:
			// "presidential spokesman": a lowercase qualifier.
		case !t.cap && k == t0 && t.norm != "the":
		default:
			return false
		}
	}
	return true
}

// resolveTitled gives a titled, unknown person the actor of the speaker
// just before, within two sentences, when that speaker is watched: the
// official who speaks next in wire copy is that side's, unless another
// side was named in between.
//
// With no speaker before in that reach, a story datelined in a watched
// actor's capital ("STRELSAU - ") gives the official to that actor: wire
// copy names a foreign official's side ("Swedish Energy Minister …") —
// unless another watched side was named just before.
//
// A sentence that opens on a watched place before the official ("In
// Strelsau, Energy Minister Piet Varn said") gives the official to that
// place's actor first: wire copy moves to a capital to quote its side.
func (a *analysis) resolveTitled(i int) {
	f := &a.frames[i]
	if act, ok := a.frontedPlace(f); ok {
		f.actors = []news.ActorID{act}
		f.how = howRole
		f.person = personYes
		return
	}
	reaction := false
	for j := i - 1; j >= 0; j-- {
		g := &a.frames[j]
		if f.sent-g.sent > 2 {
			break
		}
		if g.kind == frameDefault || g.how == howNone || g.echo != 0 {
			continue // a closing reaction is not who the story follows
		}
		if g.sent == f.sent && g.spk0 >= f.spk0 {
			continue
		}
		if len(g.actors) == 0 && g.how == howUnwatched && a.noOfficials(g.spk0, g.spk1) {
			// "critics said", "Lilliput, Blefuscu and Laputa warned": no
			// side whose official speaks next, and the speakers before
			// them are no longer who the story follows; the dateline
			// or the story's lead side may still say whose.
			break
		}
		if len(g.actors) != 1 || g.how == howUnwatched || a.personOnly(g.actors) {
			return
		}
		if g.spk0 > 0 && a.toks[g.spk0-1].norm == "from" {
			// "drawing protests from Strelsau": a reaction the story
			// reports, not a side whose official speaks next; the
			// dateline may still say whose.
			reaction = true
			break
		}
		if f.sent-g.sent == 2 {
			if d, ok := a.datelineActor(); ok && d != g.actors[0] {
				// "STRELSAU - … Bellish press secretary Ola Berg said …
				// A separate board will include … Finance Minister Piet
				// Varn went further": a speaker a sentence away from
				// another side's story is not who owns the official.
				return
			}
		}
		f.actors = []news.ActorID{g.actors[0]}
		f.how = howRole
		f.person = personYes
		return
	}
	if act, ok := a.datelineActor(); ok {
		if !a.otherSideBefore(f, act) {
			f.actors = []news.ActorID{act}
			f.how = howRole
			f.person = personYes
		}
		return
	}
	// No watched dateline ("DUBAI - "): the side the story opens on
	// ("Sylvania's foreign minister ruled out …"), whose officials wire
	// copy then names by title alone, unless another side was named
	// just before, or a reaction drawn from another side.
	if act, ok := a.leadActor(); ok && !reaction && !a.otherSideBefore(f, act) {
		f.actors = []news.ActorID{act}
		f.how = howRole
		f.person = personYes
	}
}

// noOfficials reports an unwatched speaker phrase that cannot own the
// titled official who speaks next: a lowercase group with no name that
// speaks for no side ("critics", "some analysts"), or a list of three or
// more names ("Lilliput, Blefuscu and Laputa"), which no one minister
// serves.
func (a *analysis) noOfficials(t0, t1 int) bool {
	if t1 <= t0 || t1-t0 > 8 {
		return false
	}
	group, commas, ands := false, 0, 0
	for k := t0; k < t1; k++ {
		t := a.toks[k]
		switch {
		case t.norm == ",":
			commas++
		case t.norm == "and":
			ands++
		case t.kind != tokWord:
			return false
		case roleNouns.holds(t.lex):
			return false
		case t.cap:
			if group {
				return false
			}
		case nonRepresentatives.holds(t.lex):
			group = true
		}
	}
	if group {
		return !a.toks[t0].cap && commas == 0 && ands == 0
	}
	// A list: names, commas and one "and", every name capitalised.
	if commas == 0 || ands != 1 || a.toks[t1-1].norm == "and" {
		return false
	}
	for k := t0; k < t1; k++ {
		if t := a.toks[k]; t.kind == tokWord && t.norm != "and" && !t.cap {
			return false
		}
	}
	return true
}

// leadActor returns the one watched actor that opens the document's
// first sentence after its dateline, as its subject or its subject's
// owner: "DUBAI - Sylvania's foreign minister on Thursday …", "LOWTOWN -
// Ruritania said …". Not a person's name (that side is the dateline's
// or the speaker's), not a mention after a preposition.
func (a *analysis) leadActor() (news.ActorID, bool) {
	if len(a.sents) == 0 {
		return "", false
	}
	s := a.sents[0]
	k := s.t0
	if d := skipDateline(a.text, 0, paragraphEnd(a.text, 0)); d > 0 {
		for k < s.t1 && int(a.toks[k].start) < d {
			k++
		}
	}
	if k+1 < s.t1 && a.toks[k].norm == "the" {
		k++
	}
	if k >= s.t1 {
		return "", false
	}
	mi := a.mentAt[k]
	if mi < 0 {
		return "", false
	}
	m := a.ments[mi]
	if len(m.actors) != 1 || a.personOnly(m.actors) || !a.toks[m.t0].cap {
		return "", false
	}
	return m.actors[0], true
}

// otherSideBefore reports a watched actor other than act named in the
// sentence before the frame's or in its own before the speaker, and act
// not named there: the story has moved to that side ("… a military court
// in Lowtown sentenced X. Justice Minister Y said" in a story datelined
// elsewhere).
func (a *analysis) otherSideBefore(f *frame, act news.ActorID) bool {
	from := a.sents[f.sent].t0
	if f.sent > 0 {
		from = a.sents[f.sent-1].t0
	}
	other := false
	for k := from; k < f.spk0; k++ {
		mi := a.mentAt[k]
		if mi < 0 {
			continue
		}
		m := a.ments[mi]
		k = m.t1 - 1
		if containsActor(m.actors, act) {
			return false
		}
		if len(m.actors) > 0 {
			other = true
		}
	}
	return other
}

// frontedPlace returns the one watched actor named by a sentence that
// opens "In X," or "At (the) X," right before the frame's speaker phrase:
// "In Strelsau, Energy Minister Piet Varn said", "At the Foreign
// Ministry, deputy spokesman Ola Berg said".
func (a *analysis) frontedPlace(f *frame) (news.ActorID, bool) {
	t0 := a.sents[f.sent].t0
	if f.spk0 < t0+3 || a.toks[t0].norm != "in" && a.toks[t0].norm != "at" || a.toks[f.spk0-1].norm != "," {
		return "", false
	}
	p := t0 + 1
	if a.toks[p].norm == "the" {
		p++ // "At the Foreign Ministry, spokesman Ola Berg said"
	}
	mi := a.mentAt[p]
	if mi < 0 {
		return "", false
	}
	m := a.ments[mi]
	if m.t0 != p || m.t1 != f.spk0-1 || len(m.actors) != 1 || !a.toks[m.t0].cap || a.personOnly(m.actors) {
		return "", false
	}
	return m.actors[0], true
}

// datelineActor returns the one watched actor with an alias that is the
// place of the document's dateline ("STRELSAU - ", "STRELSAU, Ruritania
// - "), if any: none for a story filed from two watched places
// ("LORN/STRELSAU - "), whose officials the dateline cannot place.
func (a *analysis) datelineActor() (news.ActorID, bool) {
	acts := a.datelineActors()
	if len(acts) != 1 {
		return "", false
	}
	return acts[0], true
}

// datelineActors returns the watched actors with an alias that is a
// place of the document's dateline: one for "STRELSAU - ", one for each
// place of "LORN/STRELSAU - ". A place that names two actors leaves the
// whole dateline with none.
func (a *analysis) datelineActors() []news.ActorID {
	end := paragraphEnd(a.text, 0)
	k := skipDateline(a.text, 0, end)
	if k == 0 {
		return nil
	}
	places := a.text[:k]
	if c := strings.IndexAny(places, ",(-–—"); c >= 0 {
		places = places[:c]
	}
	var out []news.ActorID
	for _, place := range strings.Split(places, "/") {
		place = strings.TrimSpace(place)
		if place == "" {
			continue
		}
		var found news.ActorID
		for id, aliases := range a.r.aliasesOf {
			for _, al := range aliases {
				if strings.EqualFold(al, place) {
					if found != "" && found != id {
						return nil
					}
					found = id
					break
				}
			}
		}
		if found != "" && !containsActor(out, found) {
			out = append(out, found)
		}
	}
	return out
}

// nonRepresentative reports a speaker phrase whose words show it does not
// speak for the actor it names ("former", "opposition", "analysts"),
// unless those words are part of an alias.
func (a *analysis) nonRepresentative(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		if mi := a.mentAt[k]; mi >= 0 && a.personOnly(a.ments[mi].actors) {
			// "Former President Evo Morales" for the actor Evo Morales:
			// the person speaks for himself, whatever his title.
			return false
		}
	}
	for k := t0; k < t1; k++ {
		if mi := a.mentAt[k]; mi >= 0 {
			k = a.ments[mi].t1 - 1
			continue
		}
		if k > t0 && a.mentAt[k-1] >= 0 && orgTypes.holds(a.toks[k].lex) {
			continue // "the United Steelworkers union": the name's own kind
		}
		if k > t0+1 && a.mentAt[k-2] >= 0 && (a.toks[k-1].norm == "chief" || a.toks[k-1].norm == "senior" || a.toks[k-1].norm == "lead") {
			continue // "IMF chief economist": a title in the body
		}
		if nonRepresentatives.holds(a.toks[k].lex) && !a.ownsKind(k, t1) && !a.pressOffice(k, t1) {
			return true
		}
		if n := a.toks[k].norm; n == "," || relativeWords.words[n] {
			return false // an appositive or a relative clause follows
		}
	}
	return false
}

// companyPhrase reports "the company", "the firm" or "a company
// spokesperson" as the whole speaker phrase.
func (a *analysis) companyPhrase(t0, t1 int) bool {
	if t1-t0 < 2 || t1-t0 > 3 {
		return false
	}
	det, head := a.toks[t0].norm, a.toks[t0+1].norm
	if head != "company" && head != "firm" {
		return false
	}
	if t1-t0 == 2 {
		return det == "the"
	}
	switch a.toks[t0+2].norm {
	case "spokesperson", "spokesman", "spokeswoman":
		return det == "a" || det == "the"
	}
	return false
}

// unwatchedNameBefore reports a capitalised word that is no watched
// name between the start of the previous sentence and token k (sentence
// openings aside): "Zenda fined Acme Shipping. The company said …" is
// Acme's word, not the last watched speaker's.
func (a *analysis) unwatchedNameBefore(k int) bool {
	si := int(a.sentOf[k])
	floor := a.sents[max(0, si-1)].t0
	for j := k - 1; j >= floor; j-- {
		t := a.toks[j]
		if t.kind != tokWord || !t.cap || a.mentAt[j] >= 0 {
			continue
		}
		if j == a.sents[a.sentOf[j]].t0 || a.toks[j-1].norm == `"` {
			continue
		}
		return true
	}
	return false
}

// personOnly reports actors that are each one person: all their aliases
// end with the same word, a surname ("Evo Morales", "Morales").
func (a *analysis) personOnly(acts []news.ActorID) bool {
	if len(acts) == 0 {
		return false
	}
	for _, act := range acts {
		if !a.r.personActors[act] {
			return false
		}
	}
	return true
}

// phraseActors returns the watched actors named in a speaker phrase,
// leaving out those after a preposition that introduces someone else
// ("the ambassador to X").
func (a *analysis) phraseActors(t0, t1 int) []news.ActorID {
	var out []news.ActorID
	blocked := false
	for k := t0; k < t1; k++ {
		t := a.toks[k]
		if t.norm == "and" || t.norm == "," {
			blocked = false
		}
		if mi := a.mentAt[k]; mi >= 0 {
			m := a.ments[mi]
			if a.hyphenModified(m.t1, t1) {
				// "the commander of the Zenda-backed militia": the
				// actor backs the one who speaks.
				k = m.t1 - 1
				continue
			}
			if a.hyphenPair(m.t0, m.t1, t0, t1) {
				// "the minister for Freedonia-Zenda trade": the pair
				// names a relation; the minister is the first-named
				// side's, as a country names itself first.
				k = m.t1 - 1
				continue
			}
			if a.possessorOfBody(m, t1) {
				// "Zenda's paramilitary Harbour Guard said": the body
				// that speaks is the one named last; the possessor
				// only places it.
				k = m.t1 - 1
				continue
			}
			if !blocked {
				for _, act := range m.actors {
					if !containsActor(out, act) {
						out = append(out, act)
					}
				}
			}
			k = m.t1 - 1
			continue
		}
		if blockingPrepositions.holds(t.lex) && !(t.norm == "to" && k > t0 && advisingRoles.holds(a.toks[k-1].lex)) {
			// "the ambassador to X" is not X's; "an adviser to X",
			// "an aide to X" speaks for X.
			blocked = true
		}
		// "Sylvanian officials": a demonym the watchlist uses before role
		// nouns, itself followed by a role noun.
		// Not after a capitalised compass word: "South Sylvanian
		// officials" are another people's.
		if acts := a.r.demonyms[t.norm]; len(acts) > 0 && t.cap && !blocked && !(k > t0 && a.toks[k-1].cap && compassWords.holds(a.toks[k-1].lex)) && (a.roleFollows(k+1, t1) || a.documentHead(k+1, t1)) {
			for _, act := range acts {
				if !containsActor(out, act) {
					out = append(out, act)
				}
			}
		}
	}
	if len(out) == 0 {
		out = a.officialsIn(t0, t1)
	}
	return out
}

// possessorOfBody reports a mention m in a speaker phrase ending at t1
// that possesses another watched actor's mention closing the phrase,
// with only lower-case words between: "Zenda" in "Zenda's paramilitary
// Harbour Guard", not in "Zenda's Harbour Guard envoy" (an official
// of the possessor's, maybe, to the body named) nor when the two name
// one actor ("Zenda's Dr Ruth Varn").
func (a *analysis) possessorOfBody(m mention, t1 int) bool {
	k := m.t1
	if k >= t1 || a.toks[k].kind != tokPoss || len(m.actors) == 0 {
		return false
	}
	for k++; k < t1 && a.mentAt[k] < 0; k++ {
		// Words that describe the body, not an office or a place
		// it is in or sent to ("Zenda's ambassador to Tessia").
		if t := a.toks[k]; t.kind != tokWord || t.cap || roleNouns.holds(t.lex) || governingHeads.holds(t.lex) || blockingPrepositions.holds(t.lex) || t.norm == "of" || t.norm == "for" {
			return false
		}
	}
	if k >= t1 {
		return false
	}
	m2 := a.ments[a.mentAt[k]]
	if m2.t1 != t1 || len(m2.actors) == 0 || a.r.personActors[m2.actors[0]] {
		return false
	}
	return !overlapActors(m2.actors, m.actors)
}

// hyphenModified reports a mention ending at m1 that modifies the noun
// after it through a hyphen and a participle ("Zenda-backed",
// "Zenda-funded"), inside a phrase ending at t1 that goes on after it.
func (a *analysis) hyphenModified(m1, t1 int) bool {
	return m1+2 < t1 && a.toks[m1].norm == "-" && hyphenParticiples.holds(a.toks[m1+1].lex)
}

// hyphenParticiples join a name to the noun it modifies: "Zenda-backed
// rebels", "a Zenda-funded militia".
var hyphenParticiples = lexSet(set(`backed funded sponsored armed trained supported aligned allied installed controlled run`))

// hyphenPair reports a mention from m0 to m1 joined by a hyphen to a
// mention before it inside the phrase t0–t1: "Zenda" in "Freedonia-Zenda
// trade".
func (a *analysis) hyphenPair(m0, m1, t0, t1 int) bool {
	return m0-2 >= t0 && a.toks[m0-1].norm == "-" && a.mentAt[m0-2] >= 0
}

// frontedCapital reads "In Fredville, a government spokesman said": an
// unnamed official of the government or a ministry, after a fronted
// place that is one watched actor's alias, speaks for it.
func (a *analysis) frontedCapital(f *frame) []news.ActorID {
	s := a.sents[f.sent]
	if f.kind != frameSubject || a.toks[s.t0].norm != "in" || s.t0+2 >= f.spk0 {
		return nil
	}
	mi := a.mentAt[s.t0+1]
	if mi < 0 || a.ments[mi].t0 != s.t0+1 || len(a.ments[mi].actors) != 1 || a.toks[f.spk0-1].norm != "," {
		return nil
	}
	if e := int(a.ments[mi].t1); e != f.spk0-1 {
		// "In Fredville, which has long seen itself as a broker, the
		// Foreign Ministry said": a relative clause on the place.
		if e+1 >= f.spk0-1 || a.toks[e].norm != "," || (a.toks[e+1].norm != "which" && a.toks[e+1].norm != "where") || a.nextComma(e+1, f.spk0) != f.spk0-1 {
			return nil
		}
	}
	role := false
	for k := f.spk0; k < f.spk1; k++ {
		n := a.toks[k].norm
		switch {
		case n == "a" || n == "the" || n == "senior" || n == "government" || n == "foreign" || n == "defence" || n == "defense" || n == "interior" || n == "commerce" || portfolioWords.words[n]:
		case n == "spokesman" || n == "spokeswoman" || n == "spokesperson" || n == "ministry" || n == "official" || n == "officials":
			role = true
		default:
			return nil
		}
	}
	if !role {
		return nil
	}
	return a.ments[mi].actors
}

// officialsIn reads "Agriculture officials in Manila", "senior officials
// in Strelsau": officials or authorities, with nothing before them but
// a portfolio or a rank, located in a watched capital speak for it. Not
// "diplomats in Bruges" (whose, is not said) nor "Western officials in
// Fredville".
func (a *analysis) officialsIn(t0, t1 int) []news.ActorID {
	for k := t0; k+2 < t1; k++ {
		n := a.toks[k].norm
		if bodyMembers.words[n] {
			return a.memberOfBody(k+1, t1)
		}
		if n == "officials" || n == "authorities" {
			if a.toks[k+1].norm != "in" {
				return a.memberOfBody(k+1, t1)
			}
			mi := a.mentAt[k+2]
			if mi < 0 || a.ments[mi].t0 != k+2 || a.ments[mi].t1 != t1 {
				return a.memberOfBody(k+1, t1)
			}
			return a.ments[mi].actors
		}
		if a.toks[k].kind != tokWord || !(portfolioWords.words[n] || n == "the" || n == "senior" || n == "top" || n == "government" || k == t0 && (n == "a" || n == "an" || n == "one")) {
			return nil
		}
	}
	return nil
}

// bodyMembers are those who speak for a body they are placed in by
// "at", "in" or "from": "an official at Zenda's Trade Ministry".
// ownGovernments, lower-case after a watched possessor, name its own
// government: "officials in Jo Doe's government".
var ownGovernments = lexSet(set(`government administration cabinet`))

var bodyMembers = lexSet(set(`official spokesperson spokesman spokeswoman`))

// memberOfBody returns the actor of a government body closing the phrase
// after "at", "in" or "from" at k: a watched actor's body ("at Zenda's
// Trade Ministry") or a watched people's ("at the Zendan Trade
// Ministry"); none for a place ("an official in Strelsau") or a body of
// no one's watched.
func (a *analysis) memberOfBody(k, t1 int) []news.ActorID {
	if k+2 >= t1 {
		return nil
	}
	if h := a.toks[t1-1]; !h.cap && ownGovernments.holds(h.lex) && a.toks[t1-2].kind == tokPoss {
		// "officials in President Jo Doe's government": the
		// possessor's own government, its side.
		if mi := a.mentAt[t1-3]; mi >= 0 && a.ments[mi].t1 == t1-2 && len(a.ments[mi].actors) == 1 {
			m := a.ments[mi]
			for j := k + 1; j < int(m.t0); j++ {
				// "in President Jo Doe's government": a title before
				// the name.
				if t := a.toks[j]; t.kind != tokWord || !t.cap && t.norm != "the" {
					return nil
				}
			}
			switch a.toks[k].norm {
			case "at", "in", "from":
				if int(m.t0) > k {
					return m.actors
				}
			}
		}
		return nil
	}
	if !bodyHeads.holds(a.toks[t1-1].lex) || !a.toks[t1-1].cap {
		return nil
	}
	switch a.toks[k].norm {
	case "at", "in", "from":
	default:
		return nil
	}
	k++
	if a.toks[k].norm == "the" {
		k++
	}
	var acts []news.ActorID
	if mi := a.mentAt[k]; mi >= 0 && a.ments[mi].t0 == k {
		m := a.ments[mi]
		if m.t1 == t1 && len(m.actors) == 1 {
			// "an official at Zenda's Trade Ministry", the body an
			// alias of its own.
			return m.actors
		}
		if m.t1 >= t1 || a.toks[m.t1].kind != tokPoss {
			return nil
		}
		acts, k = m.actors, m.t1+1
	} else if d := a.r.demonyms[a.toks[k].norm]; len(d) > 0 && a.toks[k].cap {
		acts, k = d, k+1
	}
	if len(acts) != 1 || k >= t1 {
		return nil
	}
	for ; k < t1; k++ {
		if t := a.toks[k]; t.kind != tokWord || !t.cap || a.mentAt[k] >= 0 {
			return nil
		}
	}
	return acts
}

// documentHead reports a document noun that ends the phrase right after
// a demonym: "the Sylvanian memorandum said" speaks for Sylvania.
func (a *analysis) documentHead(k, t1 int) bool {
	return k+1 == t1 && actorDocuments.holds(a.toks[k].lex)
}

// roleFollows reports a role noun within the next three words.
func (a *analysis) roleFollows(k, t1 int) bool {
	for j := k; j < t1 && j < k+3; j++ {
		if roleNouns.holds(a.toks[j].lex) {
			return true
		}
		if a.toks[j].kind != tokWord {
			return false
		}
	}
	return false
}

// phrasePerson guesses whether a speaker phrase names a person: a role
// noun for a person, or a run of two capitalised words that are not role
// nouns (a full name).
func (a *analysis) phrasePerson(t0, t1 int) personness {
	run := 0
	org := false
	bodyName := false
	for k := t0; k < t1; k++ {
		t := a.toks[k]
		if personRoles.holds(t.lex) {
			return personYes
		}
		if roleNouns.holds(t.lex) || actorDocuments.holds(t.lex) {
			org = true
		}
		if t.norm == "the" || t.norm == "a" || t.norm == "an" {
			continue // "The Sylvanian document": an article, not a name
		}
		if t.norm == "of" && k > t0 && bodyHeads.holds(a.toks[k-1].lex) {
			// "Ministry of Water Resources": the body's name, not a
			// person's.
			bodyName = true
			run = 0
			continue
		}
		if bodyName && (t.cap || t.norm == "and") {
			continue
		}
		bodyName = false
		if t.kind == tokWord && t.cap && !roleNouns.holds(t.lex) {
			run++
			if run >= 2 {
				return personYes
			}
		} else if t.norm != "-" {
			run = 0
		}
	}
	if org {
		return personNo
	}
	return personUnknown
}

// resolveFromContext gives frame i the actors of the most recent
// compatible speaker within a few sentences.
func (a *analysis) resolveFromContext(i int) {
	f := &a.frames[i]
	if act, ok := a.relativeClauseOwner(f); ok {
		f.actors = []news.ActorID{act}
		return
	}
	if act, ok := a.placeOwner(f); ok {
		f.actors = []news.ActorID{act}
		return
	}
	want := f.person
	aide := f.how == howRole && a.personsAide(f.spk0, f.spk1)
	if aide {
		// "His national security adviser, Jo Doe, said …": the aide
		// speaks for whoever "his" is, found as "he" would be.
		f.how = howPronoun
		want = personYes
		defer func() {
			if f.how == howPronoun {
				f.how = howRole
			}
		}()
	}
	if f.how == howRole {
		if mod, _ := a.bodyPortfolio(f.spk0, f.spk1); mod != "" {
			if act, ok := a.portfolioBefore(i, mod); ok {
				// "Defence Minister Ivo Rask said … The Defence Ministry
				// said …": the ministry of the minister of that brief.
				f.actors = []news.ActorID{act}
				return
			}
		}
	}
	if f.how == howRole {
		want = a.phrasePerson(f.spk0, f.spk1)
		if f.kind == frameInverted && want != personYes {
			// "Osaka-on-Sea lodged a protest …, the ministry said": the actor
			// that opens the reported clause.
			if act, ok := a.contentSubject(f); ok {
				f.actors = []news.ActorID{act}
				return
			}
		}
		if a.resolveNamedBody(f) || a.resolveRoleByModifier(f) || a.resolveSameBody(i) || a.resolveRoleByHead(i) {
			return
		}
	}
	pick := -1
	mismatch := false
	for j := i - 1; j >= 0; j-- {
		g := &a.frames[j]
		if f.sent-g.sent > 6 {
			break
		}
		if g.how == howNone || g.kind == frameDefault || g.echo != 0 {
			continue
		}
		if want == personYes && f.how == howPronoun && a.embeddedSpeaker(j) {
			// "Jo Doe said … while Zenda insisted on …. He said …": he
			// is the person, not the side inside the person's words.
			continue
		}
		if f.how == howRole && want == personYes && a.titledAfter(i, j) {
			// "Speaking alongside Firefly, the crown prince said … Firefly
			// said … The crown prince also said …": the one of that title,
			// not a name with no title that spoke since.
			mismatch = true
			continue
		}
		if f.how == howRole && want == personYes && !a.sameRole(f, g) {
			// "the deputy prime minister" is not the energy minister
			// who spoke before.
			mismatch = true
			continue
		}
		if want == personUnknown || g.person == personUnknown || g.person == want {
			pick = j
			break
		}
	}
	if f.how == howPronoun && want == personYes {
		// "Firefly attended the ceremony. He said …": he is the watched
		// person the sentences since the last speaker are about.
		floor := f.sent - 3
		if pick >= 0 {
			floor = a.frames[pick].sent
		}
		m, ok, blocked := a.personSubjectSince(floor, f)
		if ok {
			f.actors = m.actors
			f.speakerName = a.rangeText(m.t0, m.t1)
			return
		}
		if blocked {
			// "Firefly met Anna Trentino, who he said …": he or she
			// may be either.
			f.how = howNone
			return
		}
	}
	if pick < 0 && !mismatch {
		for j := i - 1; j >= 0; j-- {
			g := &a.frames[j]
			if f.sent-g.sent > 2 {
				break
			}
			if g.how != howNone && g.kind != frameDefault && g.echo == 0 {
				pick = j
				break
			}
		}
	}
	if pick < 0 {
		if f.how == howRole && !mismatch {
			// "X will …, the foreign ministry said": the one watched
			// actor named before it in the sentence.
			if act, ok := a.soleActorBefore(f.sent, f.spk0); ok {
				f.actors = []news.ActorID{act}
				return
			}
			if act := a.titleSpeaker; act != "" && !(want == personNo && a.personOnly([]news.ActorID{act})) {
				// "X says first aid is reaching Y" over "… are on their
				// way to Y, officials said": the headline's speaker.
				f.actors = []news.ActorID{act}
				return
			}
			if want != personYes && f.sent > 0 && f.sent <= 2 && a.noFramesBefore(i) {
				// "Sylvania banned rice exports. The food ministry said …":
				// the one actor of the lead, when nobody has spoken yet.
				if act, ok := a.soleActorBefore(f.sent-1, int(a.sents[f.sent-1].t1)); ok {
					f.actors = []news.ActorID{act}
					return
				}
			}
		}
		f.how = howNone
		return
	}
	g := &a.frames[pick]
	if want != personNo && a.unwatchedSubjectBetween(g.sent, f.sent) {
		// "Ostland's deputy prime minister Karl Bauer arrived on
		// Monday. He said …": he is Bauer, not the earlier speaker.
		f.how = howUnwatched
		f.actors = nil
		return
	}
	f.actors = g.actors
	if g.how == howUnwatched {
		f.how = howUnwatched
	}
	if f.person == personUnknown {
		f.person = g.person
	}
	f.speakerName = a.speakerText(g)
}

// personSubjectSince returns the mention of a watched person that is the
// subject of the latest sentence after sentence floor, up to the
// pronoun's own: "Firefly attended the ceremony. He said …", "Firefly,
// who took office in May, struck a cautious tone, saying …, which he
// called …". A sentence whose subject is someone the watchlist does not
// know ends the search (unwatchedSubjectBetween), as does, in the
// pronoun's own sentence, another name between the subject and the
// pronoun, which leaves the pronoun blocked: either may be meant.
func (a *analysis) personSubjectSince(floor int, f *frame) (m mention, ok, blocked bool) {
	for si := f.sent; si > floor && si >= 0; si-- {
		s := a.sents[si]
		if si < f.sent && a.afterInitialism(s.t0) {
			continue // "… and R.F. President Jo Doe was …": no sentence of its own
		}
		k, mi := a.openingMention(s)
		if si == f.sent && (mi < 0 || a.ments[mi].t1 > f.spk0 || k == f.spk0) {
			continue
		}
		if mi < 0 || a.inQuote(k) || !a.subjectPerson(mi) {
			if si < f.sent && a.unwatchedSubjectBetween(si-1, si+1) {
				return mention{}, false, false
			}
			continue
		}
		m = a.ments[mi]
		if si == f.sent {
			// "Firefly met Anna Trentino, who he said …": another
			// person may be meant.
			run := 0
			for j := m.t1; j < f.spk0; j++ {
				if mj := a.mentAt[j]; mj >= 0 {
					if a.personMention(mj) {
						return mention{}, false, true
					}
					j = a.ments[mj].t1 - 1
					run = 0
					continue
				}
				if t := a.toks[j]; t.kind == tokWord && t.cap {
					if run++; run >= 2 {
						return mention{}, false, true
					}
				} else {
					run = 0
				}
			}
		}
		return m, true, false
	}
	return mention{}, false, false
}

// openingMention returns where the mention that opens sentence s as its
// subject stands and its index: after up to four capitalised words of a
// title ("President Rufus Firefly", "Foreign Minister Anna Trentino") or
// after a fronted phrase up to a comma ("Two days before the meeting,
// Firefly …"); mi is -1 when there is none.
func (a *analysis) openingMention(s sentence) (k int, mi int32) {
	k = s.t0
	for n := 0; n < 4 && k+1 < s.t1 && a.mentAt[k] < 0 && a.toks[k].kind == tokWord && a.toks[k].cap && a.toks[k+1].cap; n++ {
		k++
	}
	if a.mentAt[k] >= 0 {
		return k, a.mentAt[k]
	}
	c := s.t0
	for c < s.t1 && c-s.t0 < 10 && !a.isPunct(c, ",") && a.mentAt[c] < 0 {
		c++
	}
	if c >= s.t1 || !a.isPunct(c, ",") {
		return s.t0, -1
	}
	return c + 1, a.mentAt[c+1]
}

// afterInitialism reports a sentence start k right after an initialism's
// full stop ("R.F."): the splitter's guess, not surely a sentence.
func (a *analysis) afterInitialism(k int) bool {
	if k < 2 {
		return false
	}
	p := a.toks[k-1]
	if p.kind == tokWord {
		return strings.HasSuffix(p.norm, ".")
	}
	q := a.toks[k-2]
	return p.norm == "." && q.kind == tokWord && (q.upper || len(q.norm) == 1 || strings.Contains(q.norm, "."))
}

// subjectPerson reports a mention of one watched person that opens a
// clause as its subject: followed by a verb or an appositive comma, not
// by a possessive or "and".
func (a *analysis) subjectPerson(mi int32) bool {
	m := a.ments[mi]
	if len(m.actors) != 1 || !a.personMention(mi) || m.t1 >= len(a.toks) {
		return false
	}
	t := a.toks[m.t1]
	switch {
	case t.norm == ",":
		return true
	case t.kind != tokWord || t.cap || t.norm == "and" || t.norm == "or":
		return false
	}
	return true
}

// personMention reports a mention that names a person: a full name or a
// title ("Rufus Firefly", "President Firefly"), or a surname the report
// gave in full before ("Firefly" after "Rufus Firefly").
func (a *analysis) personMention(mi int32) bool {
	m := a.ments[mi]
	if len(m.actors) != 1 {
		return false
	}
	if a.r.personActors[m.actors[0]] {
		return true
	}
	if a.phrasePerson(m.t0, m.t1) == personYes {
		return true
	}
	if m.t1-m.t0 != 1 || !a.toks[m.t0].cap {
		return false
	}
	name := a.toks[m.t0].norm
	for _, al := range a.r.aliasesOf[m.actors[0]] {
		// "Trentino" of "Anna Trentino": a surname the watchlist gives.
		if i := strings.LastIndexByte(al, ' '); i > 0 && strings.EqualFold(al[i+1:], name) && givenNameOrTitle(al[:i]) {
			return true
		}
	}
	for _, n := range a.ments {
		if n.t0 >= m.t0 {
			break
		}
		if n.t1-n.t0 >= 2 && len(n.actors) == 1 && n.actors[0] == m.actors[0] && a.toks[n.t1-1].norm == name && a.phrasePerson(n.t0, n.t1) == personYes {
			return true
		}
	}
	return false
}

// givenNameOrTitle reports the words before a surname in an alias as a
// given name or a title: capitalised words, none an article or a role
// noun of a body ("Anna", "President"; not "the", not "Foreign
// Ministry").
func givenNameOrTitle(s string) bool {
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(w)
		if w[0] < 'A' || w[0] > 'Z' || lw == "the" || roleNouns.words[lw] && !personRoles.words[lw] {
			return false
		}
	}
	return s != ""
}

// unwatchedSubjectBetween reports a sentence strictly between s0 and s1
// whose subject names a person or an official not on the watchlist: a
// full name ("Karl Bauer") or a role of someone else ("Ostland's deputy
// prime minister"), with no watched alias in it.
func (a *analysis) unwatchedSubjectBetween(s0, s1 int) bool {
	for si := s0 + 1; si < s1; si++ {
		s := a.sents[si]
		run, names, roles := 0, 0, 0
		for k := s.t0; k < s.t1; k++ {
			t := a.toks[k]
			if a.mentAt[k] >= 0 {
				if len(a.ments[a.mentAt[k]].actors) > 0 {
					names, roles = 0, 0
					break // a watched actor in the subject
				}
				k = a.ments[a.mentAt[k]].t1 - 1
				run = 0
				continue
			}
			if t.kind == tokPoss || t.norm == "-" || t.norm == "," || npFunctionWords.holds(t.lex) && !t.cap {
				run = 0
				continue
			}
			if roleNouns.holds(t.lex) {
				roles++
				run = 0
				continue
			}
			if t.kind == tokWord && t.cap {
				run++
				if run >= 2 {
					names++
				}
				continue
			}
			break // the verb: the subject ends
		}
		if names > 0 || roles > 0 && a.opensWithName(si) {
			return true
		}
	}
	return false
}

// opensWithName reports a sentence whose first word is a capitalised
// name, not an article: "Ostland's deputy prime minister …".
func (a *analysis) opensWithName(si int) bool {
	t := a.toks[a.sents[si].t0]
	return t.kind == tokWord && t.cap && t.norm != "the" && t.norm != "a" && t.norm != "an" && !roleNouns.holds(t.lex) && a.mentAt[a.sents[si].t0] < 0
}

// contentSubject returns the one watched actor that opens a frame's
// reported clause (after punctuation): "Budapest would still block …".
func (a *analysis) contentSubject(f *frame) (news.ActorID, bool) {
	if len(f.content) == 0 {
		return "", false
	}
	var rg [2]int
	if f.kind == frameAccording && f.content[0][0] < f.cueTok {
		if len(f.content) < 2 {
			return "", false
		}
		rg = f.content[1]
	} else {
		rg = f.content[0]
	}
	k := rg[0]
	for k < rg[1] && a.toks[k].kind == tokPunct {
		k++
	}
	if k+1 < rg[1] && a.toks[k].norm == "the" && a.mentAt[k] < 0 {
		k++ // "The United Nations force has begun …, the mission said"
	}
	if k >= rg[1] {
		return "", false
	}
	if mi := a.mentAt[k]; mi >= 0 && len(a.ments[mi].actors) == 1 {
		return a.ments[mi].actors[0], true
	}
	return "", false
}

// sameRole reports whether a person's role phrase (f: "the deputy prime
// minister") can name the earlier speaker g: always when g was named
// without a role for a person ("Sylvania", "Jane Doe"), else only when
// every word of the role is in g's phrase ("Deputy Prime Minister Karl
// Bauer").
func (a *analysis) sameRole(f, g *frame) bool {
	gw := make(map[string]bool)
	hasRole := false
	for _, w := range strings.Fields(strings.ToLower(a.speakerText(g))) {
		w = strings.Trim(w, ",.;:'’\"“”")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		gw[w] = true
		if personRoles.words[w] {
			hasRole = true
		}
	}
	if !hasRole {
		return true
	}
	for k := f.spk0; k < f.spk1; k++ {
		t := a.toks[k]
		if t.kind != tokWord || referringDeterminers.holds(t.lex) || t.norm == "a" || t.norm == "an" || t.norm == "country's" {
			continue
		}
		if !gw[t.norm] {
			return false
		}
	}
	return true
}

// spreadQuotes gives the sentences of a quote without a frame of their
// own the frame of the sentence that attributes the quote, and a quote
// that follows a quoted frame in the same paragraph that frame's speaker.
func (a *analysis) spreadQuotes() {
	frameOfSent := make(map[int]int, len(a.frames))
	for i, f := range a.frames {
		if _, ok := frameOfSent[f.sent]; !ok {
			frameOfSent[f.sent] = i
		}
	}
	n := len(a.frames)
	var extra []frame
	lastQuoted := -1 // frame index of the last frame whose content held a quote
	lastQuotedPara := -1
	for _, q := range a.quotes {
		if q.open >= len(a.toks) {
			continue
		}
		s0 := int(a.sentOf[q.open])
		closeTok := q.close
		if closeTok >= len(a.toks) {
			closeTok = len(a.toks) - 1
		}
		s1 := int(a.sentOf[closeTok])
		// The attributing frame: one whose content covers the quote.
		att := -1
		for i := 0; i < n && att < 0; i++ {
			f := &a.frames[i]
			if f.sent < s0 || f.sent > s1 {
				continue
			}
			for k := q.open; k <= closeTok; k++ {
				if f.covers(k) {
					att = i
					break
				}
			}
		}
		if att < 0 && lastQuoted >= 0 && lastQuotedPara == a.sents[s0].para && a.quoteStartsSentence(q, s0) {
			att = lastQuoted
		}
		if att < 0 {
			continue
		}
		lastQuoted = att
		lastQuotedPara = a.sents[s1].para
		for si := s0; si <= s1; si++ {
			if _, ok := frameOfSent[si]; ok {
				continue
			}
			g := a.frames[att]
			nf := frame{
				kind: frameQuote, sent: si, cueTok: g.cueTok, cue: g.cue,
				spk0: g.spk0, spk1: g.spk1, speakerName: g.speakerName, actors: g.actors,
				how: g.how, person: g.person, background: g.background, silent: g.silent,
				content: [][2]int{{a.sents[si].t0, a.sents[si].t1}},
			}
			frameOfSent[si] = -1
			extra = append(extra, nf)
		}
	}
	if len(extra) == 0 {
		return
	}
	a.frames = append(a.frames, extra...)
	sort.SliceStable(a.frames, func(i, j int) bool { return a.frames[i].sent < a.frames[j].sent })
}

// quoteStartsSentence reports a quote that opens its sentence.
func (a *analysis) quoteStartsSentence(q quoteSpan, si int) bool {
	return q.open == a.sents[si].t0
}

// addDefaultFrames gives the document's default actor every sentence
// that has no frame and is not inside someone's quote.
func (a *analysis) addDefaultFrames(actor news.ActorID) {
	has := make(map[int]bool, len(a.frames))
	for _, f := range a.frames {
		has[f.sent] = true
	}
	var extra []frame
	for si, s := range a.sents {
		if has[si] {
			continue
		}
		extra = append(extra, frame{
			kind: frameDefault, sent: si, cueTok: -1, actors: []news.ActorID{actor},
			how: howDefault, content: [][2]int{{s.t0, s.t1}},
		})
	}
	a.frames = append(a.frames, extra...)
	sort.SliceStable(a.frames, func(i, j int) bool { return a.frames[i].sent < a.frames[j].sent })
}

// surnameActors resolves a speaker named by surname only ("Lin said")
// after a full name that is an alias ("Lin Jian") earlier in the
// document: the speaker phrase's last capitalised word matches the last
// or first word of that earlier mention.
func (a *analysis) surnameActors(f *frame) []news.ActorID {
	last := -1
	for k := f.spk1 - 1; k >= f.spk0; k-- {
		if a.toks[k].kind == tokWord && a.toks[k].cap {
			last = k
			break
		}
	}
	if last > f.spk0 && a.toks[last-1].cap {
		// "Abu Taleb said" after "Mahmud Abu Taleb, a senior official
		// of Zenda, said": a surname of two words.
		return a.longSurnameActors(f)
	}
	if last < 0 {
		return nil // no name
	}
	if n := a.toks[last].norm; n == "the" || n == "a" || n == "an" {
		return nil // "The order": a capitalised article, no surname
	}
	name := a.toks[last].norm
	for _, m := range a.ments {
		if m.t0 >= f.spk0 {
			break
		}
		if len(m.actors) == 0 || m.t1-m.t0 < 2 {
			continue
		}
		first, end := a.toks[m.t0], a.toks[m.t1-1]
		// A hyphened given name ends lower-case: "Osk Mi-ran" for "Osk".
		endCap := end.cap || m.t1-m.t0 >= 3 && a.toks[m.t1-2].norm == "-" && a.toks[m.t1-3].cap
		if first.cap && endCap && (end.norm == name || first.norm == name || a.beforeParticleName(m, name)) {
			f.person = personYes
			return m.actors
		}
	}
	// An earlier speaker of one watched side named in full: "Defence
	// Minister Osk Mi-ran told …" then "Osk said"; "Lena Holm" then
	// "Holm".
	for j := range a.frames {
		g := &a.frames[j]
		if g == f || g.sent >= f.sent {
			break
		}
		if len(g.actors) != 1 || g.how == howUnwatched || g.how == howNone {
			continue
		}
		for k := g.spk0 + 1; k < g.spk1; k++ {
			if t := a.toks[k]; t.norm != name || !t.cap || !a.toks[k-1].cap {
				continue
			}
			if k+1 == g.spk1 || a.toks[k+1].cap && a.toks[k+1].kind == tokWord && (k+2 == g.spk1 || a.toks[k+2].norm == "-") {
				f.person = personYes
				return g.actors
			}
		}
	}
	if f.spk1-f.spk0 == 1 {
		return a.titledFullName(f.spk0, name)
	}
	return nil
}

// titledFullName resolves a lone surname by the nearest full name before
// k that ends in it, whose capitalised title names one watched side,
// though it was no speaker: "after meeting Zendan Trade Envoy Ola Berg"
// then "Berg said".
func (a *analysis) titledFullName(k int, name string) []news.ActorID {
	for j := k - 1; j >= 2; j-- {
		t, g := a.toks[j], a.toks[j-1]
		if t.norm != name || !t.cap || a.mentAt[j] >= 0 || g.kind != tokWord || !g.cap || a.mentAt[j-1] >= 0 {
			continue
		}
		if j+1 < len(a.toks) && a.toks[j+1].cap && a.toks[j+1].kind == tokWord {
			continue // part of a longer name
		}
		b, role := j-1, false
		for b > 0 {
			p := a.toks[b-1]
			if mi := a.mentAt[b-1]; mi >= 0 {
				b = a.ments[mi].t0
				continue
			}
			if p.kind != tokWord || !p.cap {
				break
			}
			role = role || personRoles.holds(p.lex)
			b--
		}
		if !role {
			return nil
		}
		if acts := a.phraseActors(b, j+1); len(acts) == 1 {
			return acts
		}
		return nil
	}
	return nil
}

// beforeParticleName reports name as the word before a family name that
// opens on a lower-case particle in a full-name alias: "Sami" of "Tarek
// Sami al-Dahan", the name a report uses again.
func (a *analysis) beforeParticleName(m mention, name string) bool {
	k := m.t1 - 4
	if k <= m.t0 {
		return false
	}
	t, p := a.toks[k], a.toks[k+1]
	return t.norm == name && t.cap && p.kind == tokWord && !p.cap && len(p.norm) <= 3 && a.toks[k+2].norm == "-" && a.toks[k+3].cap
}

// resolveSameBody resolves "the ministry" (a definite body named by its
// head noun alone) to the speaker before, within six sentences, whose
// phrase has that head ("Zenda's Foreign Ministry said …"): the body
// introduced before, not a side that spoke since ("Sylvania has not
// commented"). A body of that head left unresolved leaves it to the
// speakers before.
//
// A body named with its brief ("the commerce ministry") is the one of
// that brief and head before: "A spokesperson for Zenda's commerce
// ministry said … The commerce ministry defended …".
func (a *analysis) resolveSameBody(i int) bool {
	f := &a.frames[i]
	if a.toks[f.spk0].norm != "the" || !bodyHeads.holds(a.toks[f.spk1-1].lex) {
		return false
	}
	switch f.spk1 - f.spk0 {
	case 2:
		return a.sameBodyBefore(i, "", a.toks[f.spk0+1].norm)
	case 3:
		if mod := a.toks[f.spk0+1]; mod.kind == tokWord && !roleNouns.holds(mod.lex) && a.mentAt[f.spk0+1] < 0 {
			return a.sameBodyBefore(i, mod.norm, a.toks[f.spk0+2].norm)
		}
	}
	return false
}

// bodyOfficial resolves "a department spokesperson", "a ministry
// official" (a determiner, a body's head noun and a person's role) to the
// body of that head that spoke before, as resolveSameBody does "the
// ministry": "Zenda's Trade Ministry said … A ministry spokesman said …".
func (a *analysis) bodyOfficial(i int) bool {
	f := &a.frames[i]
	if f.spk1-f.spk0 != 3 || !bodyHeads.holds(a.toks[f.spk0+1].lex) || !personRoles.holds(a.toks[f.spk0+2].lex) || a.toks[f.spk0+1].cap {
		return false
	}
	switch a.toks[f.spk0].norm {
	case "a", "an", "the", "one":
	default:
		return false
	}
	head := a.toks[f.spk0+1].norm
	if a.sameBodyBefore(i, "", head) {
		return len(f.actors) == 1
	}
	// "The Zendan Trade Department cleared the sale. A department
	// spokesperson said …": the body named last in this sentence or the
	// one before, when it is one watched actor's.
	from := a.sents[f.sent].t0
	if f.sent > 0 {
		from = a.sents[f.sent-1].t0
	}
	for j := f.spk0 - 1; j > from; j-- {
		if t := a.toks[j]; t.norm != head || !t.cap {
			continue
		}
		for k := j; k >= from && (a.toks[k].cap || a.toks[k].kind == tokPoss); k-- {
			if mi := a.mentAt[k]; mi >= 0 {
				if acts := a.ments[mi].actors; len(acts) == 1 {
					f.actors = []news.ActorID{acts[0]}
					return true
				}
				return false
			}
		}
		return false
	}
	return false
}

// sameBodyBefore resolves frame i to the speaker before, within six
// sentences, whose phrase has the body head noun head.
func (a *analysis) sameBodyBefore(i int, mod, head string) bool {
	f := &a.frames[i]
	for j := i - 1; j >= 0; j-- {
		g := &a.frames[j]
		if f.sent-g.sent > 6 {
			break
		}
		if g.how == howNone || g.kind == frameDefault || g.echo != 0 || g.spk1-g.spk0 < 2 {
			continue
		}
		has := false
		for k := g.spk0; k < g.spk1; k++ {
			if a.toks[k].norm == head && (mod == "" || k > g.spk0 && a.toks[k-1].norm == mod) {
				has = true
				break
			}
		}
		if !has {
			continue
		}
		if g.how == howUnwatched && a.toks[g.spk1-1].norm == head && a.toks[g.spk1-1].cap {
			// "according to the Harbour Safety Agency. The agency
			// said …": the body named before, which no one watches.
			f.how = howUnwatched
			f.actors = nil
			f.person = personNo
			return true
		}
		if len(g.actors) != 1 || g.how == howUnwatched {
			return false
		}
		f.actors = []news.ActorID{g.actors[0]}
		f.person = personNo
		return true
	}
	return false
}

// resolveNamedBody leaves "the council" unwatched when its sentence or
// the one before names an unwatched body of that head ("Sylvania and
// Zenda clashed at the Harbour Council, weeks after the council adopted
// …"): the body just named, not the speaker before.
func (a *analysis) resolveNamedBody(f *frame) bool {
	if f.spk1-f.spk0 != 2 || a.toks[f.spk0].norm != "the" || personRoles.holds(a.toks[f.spk0+1].lex) {
		return false
	}
	head := a.toks[f.spk0+1].norm
	from := a.sents[f.sent].t0
	if f.sent > 0 {
		from = a.sents[f.sent-1].t0
	}
	for j := f.spk0 - 1; j > from; j-- {
		t := a.toks[j]
		if t.norm != head || !t.cap || !a.toks[j-1].cap {
			continue
		}
		for k := j; k >= from && (a.toks[k].cap || a.toks[k].kind == tokPoss); k-- {
			// "Zenda's Maritime Council": a watched actor's body.
			if mi := a.mentAt[k]; mi >= 0 && len(a.ments[mi].actors) > 0 {
				return false
			}
		}
		f.how = howUnwatched
		f.actors = nil
		f.person = personNo
		return true
	}
	return false
}

// bodyPortfolio returns the brief and head of a speaker phrase that is
// "the", a brief and a ministry's head: "the Defence Ministry" → defence,
// ministry; "" when it is not one.
func (a *analysis) bodyPortfolio(t0, t1 int) (string, string) {
	if t1-t0 != 3 || a.toks[t0].norm != "the" || !portfolioHeads.holds(a.toks[t1-1].lex) || a.mentAt[t0+1] >= 0 {
		return "", ""
	}
	mod := portfolioName(a.toks[t0+1])
	if mod == "" {
		return "", ""
	}
	return mod, a.toks[t1-1].norm
}

// portfolioName returns the brief a word names in a body's or an
// official's title ("Defence", "Trade"), with one spelling of defence.
func portfolioName(t token) string {
	if t.kind != tokWord {
		return ""
	}
	switch t.norm {
	case "defence", "defense":
		return "defence"
	case "foreign", "interior":
		return t.norm
	}
	if portfolioWords.holds(t.lex) {
		return t.norm
	}
	return ""
}

// portfolioBefore returns the one watched actor of the latest speaker
// whose title or body has brief mod: "Defence Minister Ivo Rask",
// "Zenda's defence ministry". A brief names one body of a side, so the
// search goes back to the report's start.
func (a *analysis) portfolioBefore(i int, mod string) (news.ActorID, bool) {
	for j := i - 1; j >= 0; j-- {
		g := &a.frames[j]
		if g.how == howNone || g.how == howUnwatched || g.kind == frameDefault || g.echo != 0 || g.spk1-g.spk0 < 2 {
			continue
		}
		for k := g.spk0; k+1 < g.spk1; k++ {
			if portfolioName(a.toks[k]) != mod {
				continue
			}
			if n := a.toks[k+1]; portfolioHeads.holds(n.lex) || n.norm == "minister" || n.norm == "secretary" {
				if len(g.actors) == 1 {
					return g.actors[0], true
				}
				return "", false
			}
		}
	}
	return "", false
}

// personSpeaker reports a frame whose speaker is a person: a role or a
// name ("the minister", "Ola Berg"), or a watched person's mention.
func (a *analysis) personSpeaker(e *frame) bool {
	if e.person == personYes {
		return true
	}
	mi := a.mentAt[e.spk0]
	return mi >= 0 && e.spk1 > e.spk0 && a.ments[mi].t1 == e.spk1 && a.personMention(mi)
}

// titledAfter reports an earlier frame than j, in reach of frame i,
// whose speaker phrase has a person's role and the very words of frame
// i's role ("the crown prince" for "The crown prince"), when frame j's
// phrase has no role: j is someone else.
func (a *analysis) titledAfter(i, j int) bool {
	f, g := &a.frames[i], &a.frames[j]
	for k := g.spk0; k < g.spk1; k++ {
		if personRoles.holds(a.toks[k].lex) {
			return false
		}
	}
	for h := j - 1; h >= 0 && f.sent-a.frames[h].sent <= 6; h-- {
		e := &a.frames[h]
		if e.kind == frameDefault || e.echo != 0 || e.spk1-e.spk0 != f.spk1-f.spk0 {
			continue
		}
		same := true
		for k := 0; k < f.spk1-f.spk0 && same; k++ {
			same = a.toks[e.spk0+k].norm == a.toks[f.spk0+k].norm
		}
		if same {
			return true
		}
	}
	return false
}

// embeddedSpeaker reports frame j as a speaker that is not a person
// whose phrase follows, in its sentence, a person's speaker and cue: "Jo Doe told reporters that Zenda saw no basis for talks
// while Fredville insisted on …". The person is who the report is
// following, and whom "he" or "she" next refers to.
func (a *analysis) embeddedSpeaker(j int) bool {
	g := &a.frames[j]
	if g.person == personYes || g.spk1 <= g.spk0 {
		return false
	}
	for h := j - 1; h >= 0 && a.frames[h].sent == g.sent; h-- {
		if e := &a.frames[h]; a.personSpeaker(e) && e.how != howNone && e.cueTok >= 0 && e.cueTok < g.spk0 && e.spk1 <= g.spk0 {
			return true
		}
	}
	return false
}

// bodyHeads name a government body that "the …" refers back to.
var bodyHeads = lexSet(set(`ministry embassy agency department commission command office`))

// resolveRoleByHead resolves a role phrase whose head noun heads some
// actors' aliases ("the army" → an actor known as "Sudanese army"): the
// most recent speaker among those actors, else the most recent mention of
// one of them in this sentence or the three before.
func (a *analysis) resolveRoleByHead(i int) bool {
	f := &a.frames[i]
	head := ""
	for k := f.spk1 - 1; k >= f.spk0; k-- {
		if roleNouns.holds(a.toks[k].lex) {
			head = a.toks[k].norm
			break
		}
	}
	cands := a.r.actorWords[head]
	if len(cands) == 0 {
		return false
	}
	var acts []news.ActorID
	for j := i - 1; j >= 0 && len(acts) == 0; j-- {
		g := &a.frames[j]
		if f.sent-g.sent > 6 {
			break
		}
		if g.how == howNone || g.how == howUnwatched {
			continue
		}
		for _, act := range g.actors {
			if containsActor(cands, act) {
				acts = append(acts, act)
			}
		}
	}
	if len(acts) == 0 {
		floor := a.sents[max(0, f.sent-3)].t0
		for k := f.spk0 - 1; k >= floor && len(acts) == 0; k-- {
			if mi := a.mentAt[k]; mi >= 0 {
				if m := a.ments[mi]; !a.subjectMention(mi) {
					// "… in Fredville, the ministry said": a place, not
					// the speaker's side; "will help X …": an object.
					k = m.t0
					continue
				}
				for _, act := range a.ments[mi].actors {
					if containsActor(cands, act) {
						acts = append(acts, act)
					}
				}
				k = a.ments[mi].t0
			}
		}
	}
	if len(acts) == 0 {
		return false
	}
	f.actors = acts
	return true
}

// soleActorBefore returns the watched actor named before token k in
// sentence si, when exactly one is.
// noFramesBefore reports frame i as the document's first attribution.
func (a *analysis) noFramesBefore(i int) bool {
	for j := 0; j < i; j++ {
		if a.frames[j].how != howNone {
			return false
		}
	}
	return true
}

// Only a mention that can be a subject counts: "aid is on its way to X,
// officials said" names X as the destination, never as who spoke.
func (a *analysis) soleActorBefore(si, k int) (news.ActorID, bool) {
	var only news.ActorID
	for j := a.sents[si].t0; j < k; j++ {
		mi := a.mentAt[j]
		if mi < 0 {
			continue
		}
		if !a.subjectMention(mi) {
			j = a.ments[mi].t1 - 1
			continue
		}
		for _, act := range a.ments[mi].actors {
			if only != "" && only != act {
				return "", false
			}
			only = act
		}
		j = a.ments[mi].t1 - 1
	}
	return only, only != ""
}

// ownsKind reports a word of opposition or rebellion at k that is the
// kind of the watched body named after it in the phrase: "the opposition
// Labour Party", "Opposition leader Peter Dutton", "the rebel M23 group",
// unlike "Ruritanian opposition leader", where the name comes first.
func (a *analysis) ownsKind(k, t1 int) bool {
	switch a.toks[k].norm {
	case "opposition", "rebel", "rebels":
	default:
		return false
	}
	for j := k + 1; j < t1 && j <= k+4; j++ {
		if a.mentAt[j] >= 0 {
			return len(a.ments[a.mentAt[j]].actors) > 0
		}
		if n := a.toks[j].norm; n == "," || relativeWords.words[n] {
			return false
		}
	}
	return false
}

// pressOffice reports "media" as the head of a body's own press office:
// "the army's media wing", "the ministry's media office" speak for the
// body; "media" alone ("local media said") does not.
func (a *analysis) pressOffice(k, t1 int) bool {
	if a.toks[k].norm != "media" || k+1 >= t1 {
		return false
	}
	switch a.toks[k+1].norm {
	case "wing", "office":
		return true
	}
	return false
}

// subjectMention reports a mention that may be the subject of its
// clause: it opens the sentence or a clause, or follows a determiner,
// or is coordinated with such a mention ("Freedonia and Sylvania").
// After a preposition ("on their way to X", "a lifeline for X") or a
// lower-case word such as a verb ("will help X") it is an object or a
// complement, never the one who speaks.
func (a *analysis) subjectMention(mi int32) bool {
	for {
		m := a.ments[mi]
		j := m.t0 - 1
		if j < 0 || int(a.sentOf[j]) != int(a.sentOf[m.t0]) {
			return true
		}
		t := a.toks[j]
		switch {
		case t.norm == "and" || t.norm == "or" || t.norm == ",":
			// Coordinated: as the mention before it, if one ends here.
			if j == 0 || a.mentAt[j-1] < 0 || int(a.sentOf[j-1]) != int(a.sentOf[m.t0]) {
				return t.norm == ","
			}
			mi = a.mentAt[j-1]
			continue
		case t.kind != tokWord:
			return true // a quote, a bracket, a dash
		case objectPrepositions.holds(t.lex):
			return false
		case subjectOpeners.holds(t.lex):
			return true
		case t.cap:
			return true // a name or a sentence opening before it
		}
		return false
	}
}

// objectPrepositions introduce an object, a complement or a destination.
var objectPrepositions = lexSet(set(`to for on against with from into onto in at by of over
	toward towards about through across under via upon within without despite including
	amid among between after before than like versus vs near around`))

// subjectOpeners may stand just before a clause's subject.
var subjectOpeners = lexSet(set(`the a an its his her their our this that these those which
	who while whereas although though because since as when if but so where whether
	also now meanwhile however then`))

// resolveRoleByModifier reads a role phrase whose modifier is the noun
// of one actor's common-noun alias: "alliance officials" for the one
// actor known as "the alliance". Two actors with that alias leave it to
// the speakers before.
func (a *analysis) resolveRoleByModifier(f *frame) bool {
	for k := f.spk0; k+1 < f.spk1; k++ {
		t := a.toks[k]
		if t.kind != tokWord || t.cap && k != a.sents[f.sent].t0 || !roleNouns.holds(a.toks[k+1].lex) {
			continue
		}
		if acts := a.r.commonNouns[t.norm]; len(acts) == 1 {
			f.actors = []news.ActorID{acts[0]}
			return true
		}
	}
	return false
}

// definitePortfolio reports a speaker phrase that is "the" and one or two
// portfolio words before a portfolio head: "the Health Ministry", "the
// Trade Department" — a ministry like "the ministry", not a name.
func (a *analysis) definitePortfolio(t0, t1 int) bool {
	n := t1 - t0
	if n < 3 || n > 4 || a.toks[t0].norm != "the" || !portfolioHeads.holds(a.toks[t1-1].lex) {
		return false
	}
	for k := t0 + 1; k < t1-1; k++ {
		if a.toks[k].kind != tokWord || !portfolioWords.holds(a.toks[k].lex) || a.mentAt[k] >= 0 {
			return false
		}
	}
	return true
}

// portfolioHeads end a portfolio's name: "its Energy Ministry", "their
// Foreign Office" — not "its Tasis alliance", a body of its own.
var portfolioHeads = lexSet(set(`ministry department office`))

// personsAide reports a speaker phrase that is a person's possessive
// pronoun and a lower-case role of up to three words ending in a role
// noun: "his press secretary", "her national security adviser". The
// role is the possessor's official, so it stands for the possessor's
// actor, not for an earlier speaker with a like title.
func (a *analysis) personsAide(t0, t1 int) bool {
	if t1-t0 < 2 || t1-t0 > 4 {
		return false
	}
	if w := a.toks[t0].norm; w != "his" && w != "her" {
		return false
	}
	for k := t0 + 1; k < t1; k++ {
		if t := a.toks[k]; t.kind != tokWord || t.cap || a.mentAt[k] >= 0 {
			return false
		}
	}
	last := a.toks[t1-1].norm
	return roleNouns.words[last] && personRoles.words[last] && !bareRoles.words[last]
}

// possessivePronoun: "its", "their", "his", "her".
func possessivePronoun(w string) bool {
	return w == "its" || w == "their" || w == "his" || w == "her"
}

// placeOwner resolves a role phrase owned by a place noun ("the
// territory's foreign minister", "the island's premier") to the one
// watched actor that opens the sentence before as its subject: "Lindor,
// which …, has cooled on the deal. The territory's foreign minister said
// …".
func (a *analysis) placeOwner(f *frame) (news.ActorID, bool) {
	if f.how != howRole || f.sent == 0 || f.spk1-f.spk0 < 4 || a.toks[f.spk0].norm != "the" {
		return "", false
	}
	if !placeNouns.holds(a.toks[f.spk0+1].lex) || a.toks[f.spk0+2].kind != tokPoss {
		return "", false
	}
	t0 := a.sents[f.sent-1].t0
	mi := a.mentAt[t0]
	if mi < 0 {
		return "", false
	}
	m := a.ments[mi]
	if len(m.actors) != 1 || a.personOnly(m.actors) || !a.toks[t0].cap {
		return "", false
	}
	return m.actors[0], true
}

// placeNouns stand for a watched place named before ("the territory").
var placeNouns = lexSet(set(`territory island region enclave province kingdom`))

// relativeClauseOwner returns the actor that opens the sentence of a
// pronoun speaker in a relative clause on its own object: "Freedonia has
// never recognised the court, which it describes as illegitimate". No
// other watched name may stand between them.
func (a *analysis) relativeClauseOwner(f *frame) (news.ActorID, bool) {
	if f.how != howPronoun || f.spk1-f.spk0 != 1 || f.spk0 < 1 {
		return "", false
	}
	if p := a.toks[f.spk0].norm; p != "it" && p != "they" {
		return "", false
	}
	if r := a.toks[f.spk0-1].norm; r != "which" && r != "that" {
		return "", false
	}
	t0 := a.sents[f.sent].t0
	mi := a.mentAt[t0]
	if mi < 0 || len(a.ments[mi].actors) != 1 || a.personOnly(a.ments[mi].actors) {
		return "", false
	}
	for k := a.ments[mi].t1; k < f.spk0; k++ {
		if a.mentAt[k] >= 0 && len(a.ments[a.mentAt[k]].actors) > 0 {
			return "", false
		}
		if t := a.toks[k]; t.kind == tokPunct && t.norm != "," || a.inQuote(k) {
			return "", false
		}
	}
	return a.ments[mi].actors[0], true
}

// appositiveSpan returns the appositive that places an unwatched person
// named as the subject of a cue: "Ola Berg, a senior official of Zenda,
// said", "Ola Berg, who heads Zenda's delegation, told". The name must
// be a bare full name (capitalised words, no title, no watched alias),
// followed by a comma, the appositive and a second comma, then the cue
// with only adverbs between. It returns the appositive's span and
// where its body phrase starts (after "who" and its verb).
func (a *analysis) appositiveSpan(f *frame) (int, int, int, bool) {
	if f.kind != frameSubject || f.cueTok < 0 || f.spk1-f.spk0 < 2 || f.spk1+2 >= f.cueTok {
		return 0, 0, 0, false
	}
	if a.toks[f.spk1].norm != "," || a.inQuote(f.spk1) {
		return 0, 0, 0, false
	}
	for k := f.spk0; k < f.spk1; k++ {
		t := a.toks[k]
		if a.mentAt[k] >= 0 || !t.cap && t.norm != "-" || roleNouns.holds(t.lex) {
			return 0, 0, 0, false
		}
	}
	if !a.toks[f.spk0].cap || !a.toks[f.spk1-1].cap {
		return 0, 0, 0, false
	}
	c := -1
	for j := f.spk1 + 1; j < f.cueTok; j++ {
		if a.toks[j].norm == "," {
			c = j
			break
		}
	}
	a0 := f.spk1 + 1
	if c < 0 || c-a0 < 2 || c-a0 > 14 || !a.onlyFiller(c+1, f.cueTok) {
		return 0, 0, 0, false
	}
	for j := a0; j < c; j++ {
		t := a.toks[j]
		if a.inQuote(j) || t.kind == tokPunct && t.norm != "-" && t.norm != "." {
			return 0, 0, 0, false
		}
	}
	b := a0
	if a.toks[b].norm == "who" {
		// "who heads Zenda's delegation": a verb of leading, then the
		// body led.
		if !leadingVerbs.holds(a.toks[b+1].lex) {
			return 0, 0, 0, false
		}
		return a0, c, b + 2, true
	}
	// Otherwise a role heads the appositive: "a senior official of
	// Zenda", "Zenda's foreign minister", "a member of the group's
	// political bureau"; not "a critic of Zenda", "a former minister".
	if a.nonRepresentative(a0, c) {
		return 0, 0, 0, false
	}
	for j := a0; j < c; j++ {
		n := a.toks[j].norm
		if n == "former" || n == "ex" || n == "retired" {
			return 0, 0, 0, false
		}
		if personRoles.words[n] || n == "member" {
			return a0, c, a0, true
		}
		if blockingPrepositions.words[n] || n == "of" || n == "for" {
			break
		}
	}
	return 0, 0, 0, false
}

// leadingVerbs, after "who", place a person at the head of a body:
// "who heads the delegation", "who chairs the committee".
var leadingVerbs = lexSet(set(`heads leads chairs runs directs represents coordinates oversees commands`))

// appositiveActors resolves an unwatched person named with an
// appositive that places them in one watched actor's service: "Ola
// Berg, Zenda's foreign minister, said", "Ola Berg, a senior adviser to
// President Firefly, said". An appositive naming no watched actor, or
// two, leaves the person unresolved.
func (a *analysis) appositiveActors(f *frame) []news.ActorID {
	a0, a1, _, ok := a.appositiveSpan(f)
	if !ok {
		return nil
	}
	if a.unwatchedEmployer(a0, a1) {
		return nil
	}
	acts := a.phraseActors(a0, a1)
	if len(acts) != 1 || a.personOnly(acts) {
		return nil
	}
	return acts
}

// unwatchedEmployer reports an appositive that places the person in a
// named body the watchlist does not know, whose side they do not speak
// for: "project director at the Harbour Policy Institute", "head of
// the Grand Canal Authority of Zenda", "president of Zenda's Rice
// Growers Association" (not "Zenda's Foreign Ministry").
func (a *analysis) unwatchedEmployer(a0, a1 int) bool {
	for j := a0; j+1 < a1; j++ {
		t := a.toks[j]
		if mi := a.mentAt[j]; mi >= 0 {
			m := a.ments[mi]
			e := int(m.t1)
			if e+1 < a1 && a.toks[e].kind == tokPoss && a.toks[e+1].cap && a.mentAt[e+1] < 0 {
				last := e + 1
				for last+1 < a1 && a.toks[last+1].cap && a.mentAt[last+1] < 0 {
					last++
				}
				if !bodyHeads.holds(a.toks[last].lex) && !roleNouns.holds(a.toks[last].lex) {
					return true
				}
			}
			j = e - 1
			continue
		}
		if t.norm != "at" && t.norm != "of" {
			continue
		}
		k := j + 1
		if a.toks[k].norm == "the" && k+1 < a1 {
			k++
		}
		if a.toks[k].cap && a.mentAt[k] < 0 && !roleNouns.holds(a.toks[k].lex) {
			return true
		}
	}
	return false
}

// resolveAppositiveOwner resolves an unlisted person whose appositive
// places them in a body owned by a role noun that refers back: "Ola
// Berg, a member of the group's political bureau, said", "Ola Berg, the
// ministry's spokeswoman, said". The owner ("the group") is resolved as
// "the group said" would be; the person speaks for it when it resolves
// to one watched side.
func (a *analysis) resolveAppositiveOwner(i int) {
	f := &a.frames[i]
	_, a1, b, ok := a.appositiveSpan(f)
	if !ok {
		return
	}
	o := -1
	for j := b; j+2 < a1; j++ {
		if a.mentAt[j] >= 0 {
			return
		}
		if a.toks[j].norm == "the" && roleNouns.holds(a.toks[j+1].lex) && a.toks[j+2].kind == tokPoss {
			if o >= 0 {
				return
			}
			o = j
		}
	}
	if o < 0 || a.unwatchedEmployer(b, a1) {
		return
	}
	spk0, spk1, person, name := f.spk0, f.spk1, f.person, f.speakerName
	f.spk0, f.spk1 = o, o+2
	f.how, f.person, f.pronounOrRole = howRole, personNo, true
	a.resolveFromContext(i)
	f.spk0, f.spk1, f.pronounOrRole, f.speakerName = spk0, spk1, false, name
	if f.how == howRole && len(f.actors) == 1 && !a.personOnly(f.actors) {
		f.person = personYes
		return
	}
	f.how, f.actors, f.person = howUnwatched, nil, person
}

// longSurnameActors resolves a speaker phrase of two or three
// capitalised words that ends the full name of an earlier speaker of
// one watched side: "Mahmud Abu Taleb, a senior official of Zenda,
// said …" then "Abu Taleb said".
func (a *analysis) longSurnameActors(f *frame) []news.ActorID {
	n := f.spk1 - f.spk0
	if n < 2 || n > 3 {
		return nil
	}
	for k := f.spk0; k < f.spk1; k++ {
		if t := a.toks[k]; t.kind != tokWord || !t.cap || a.mentAt[k] >= 0 || roleNouns.holds(t.lex) {
			return nil
		}
	}
	for j := range a.frames {
		g := &a.frames[j]
		if g == f || g.sent >= f.sent {
			break
		}
		if len(g.actors) != 1 || g.how == howUnwatched || g.how == howNone || g.spk1-g.spk0 <= n {
			continue
		}
		if !a.toks[g.spk1-n-1].cap {
			continue
		}
		same := true
		for d := 0; d < n; d++ {
			if a.toks[g.spk1-n+d].norm != a.toks[f.spk0+d].norm {
				same = false
				break
			}
		}
		if same {
			f.person = personYes
			return g.actors
		}
	}
	return nil
}
