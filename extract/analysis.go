package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/stancebot/stancebot/news"
)

// sentence is a span with its tokens toks[t0:t1].
type sentence struct {
	span
	t0, t1 int
}

// quoteSpan is a quotation: tokens (open, close) exclusive of the marks;
// close is the index of the closing mark, or the paragraph's last token
// + 1 when the quote is never closed.
type quoteSpan struct {
	open, close int
}

// analysis is everything learned about one document.
type analysis struct {
	r       *Rules
	text    string
	toks    []token
	sents   []sentence
	sentOf  []int32 // token -> sentence
	ments   []mention
	mentAt  []int32 // token -> mention index, -1 if none
	quoteOf []int32 // token -> quote index, -1 if outside quotes
	quotes  []quoteSpan
	frames  []frame
	cueMemo []cueMemo
	// spare holds the buffers the slices above were cut from, to hand
	// back when the document is done (Rules.release).
	spare *buffers
	// relCommas caches the commas followed by "which" or "whom", in
	// order: ownNamingFrame looks for them in every frame's content and
	// on to the sentence's end. Built by relativeCommas when first
	// asked; relCommasDone says it has been.
	relCommas     []int32
	relCommasDone bool
	// defaultActor speaks for the document's own text (an official feed).
	defaultActor news.ActorID
	// titleTopics are the topics the headline names, in order: context
	// for phrases that refer back, never evidence.
	titleTopics []news.TopicID
	// titleUndone are the headline's topics its verb undoes or blocks.
	titleUndone []news.TopicID
	// titleSpeaker is the one watched actor a headline opens with as
	// its speaker ("X says …", "X warns …"), if any.
	titleSpeaker news.ActorID
	// refAt gives, for the head of a definite phrase that refers back
	// to a topic by its alias's head noun ("the corridor" after
	// "transit corridor across X"), that topic; no entry when there is none.
	// Later phrases may refer back to it as to a mention. Keyed by
	// token: such phrases are few, a slice per token is mostly empty.
	refAt map[int32]news.TopicID
	// refMarks has a bit set for each token with an entry in refAt:
	// recentCandidate asks refAtTok of every token it walks back over,
	// and the bit answers most of them without the map.
	refMarks []uint64
	// names records, by number (Rules.aliasNames, less one), the topic
	// alias names the document's words include; built by scanHeads (or,
	// for a title's own analysis, when docHas first needs it).
	names []bool
	// concession caches concessive(), which insideCondition asks for
	// every topic mention: 0 not yet known, 1 no word of concession, 2
	// one. Set by scanHeads, or when first asked.
	concession uint8
	// rates caches hasRate: 0 not yet known, 1 no rate word ("%",
	// "percent", "per cent") in the document, 2 one.
	rates uint8
	// ofHeads, onHeads and listHeads are the tokens findOfForms,
	// findOnForms and findListHeads may start at (lower-case keys of
	// Rules.ofForms, onForms and listHeads), found by scanHeads in one
	// walk over the tokens.
	ofHeads, onHeads, listHeads []int32
	// earnHeads are the earning nouns findEarnForms may end at.
	earnHeads []int32
	// pieces memoises namedInPieces, asked again and again for the same
	// head noun; its answer depends only on the document.
	pieces map[piecesKey]piecesAnswer
	// unanchored are the topics whose anchors the report never names:
	// a mention in common words is not theirs.
	unanchored map[news.TopicID]bool
	// unowned are the topics whose owner ("Zenda's bid …") the report
	// never names.
	unowned map[news.TopicID]bool
	// sameDepth is set while sameDescription resolves an earlier use of
	// a referring noun, so that it looks back one step only.
	sameDepth bool
	// talksLead is set when the headline or the first sentence names
	// talks ("… after Freedonian-brokered talks in Strelsau"): the story is
	// about a round of talks, and "the talks" are those.
	talksLead bool
}

// buffers are an analysis's per-token and per-sentence slices, kept in
// Rules.spare between documents so that a stream of reports reuses them
// instead of allocating them afresh for each.
type buffers struct {
	toks    []token
	sents   []sentence
	sentOf  []int32
	ments   []mention
	mentAt  []int32
	quoteOf []int32
	frames  []frame
	cueMemo []cueMemo
}

// filled returns buf resliced to n elements, each set to v, growing it
// when it is too short.
func filled[T any](buf []T, n int, v T) []T {
	buf = slices.Grow(buf[:0], n)[:n]
	for i := range buf {
		buf[i] = v
	}
	return buf
}

// clear0 empties buf, dropping what the last document left in it.
func clear0[T any](buf []T) []T {
	clear(buf)
	return buf[:0]
}

// release hands a's buffers back for the next document; a must not be
// used after.
func (r *Rules) release(a *analysis) {
	b := a.spare
	b.toks, b.sents, b.sentOf, b.ments = a.toks, a.sents, a.sentOf, a.ments
	b.mentAt, b.quoteOf, b.frames, b.cueMemo = a.mentAt, a.quoteOf, a.frames, a.cueMemo
	*a = analysis{}
	r.spare.Put(b)
}

func (r *Rules) analyse(doc news.Document) *analysis {
	b, _ := r.spare.Get().(*buffers)
	if b == nil {
		b = new(buffers)
	}
	a := &analysis{r: r, text: doc.Text, defaultActor: doc.DefaultActor, spare: b}
	spans := splitSentences(doc.Text, nil)
	a.sents = slices.Grow(b.sents[:0], len(spans))
	a.toks = slices.Grow(b.toks[:0], len(doc.Text)/5)
	// The words' norms are slices of one lowered copy of the text.
	lower := lowerASCII(doc.Text)
	for _, s := range spans {
		t0 := len(a.toks)
		a.toks = tokenizeLower(doc.Text, lower, s.start, s.end, a.toks)
		a.sents = append(a.sents, sentence{span: s, t0: t0, t1: len(a.toks)})
	}
	a.sentOf = filled(b.sentOf, len(a.toks), 0)
	a.mentAt = filled(b.mentAt, len(a.toks), -1)
	for si, s := range a.sents {
		for k := s.t0; k < s.t1; k++ {
			a.sentOf[k] = int32(si)
		}
	}
	// Room for a mention every eight tokens, so that the mentions seldom
	// grow.
	a.ments = slices.Grow(clear0(b.ments), len(a.toks)/8)
	for _, s := range a.sents {
		before := len(a.ments)
		a.ments = r.match.find(doc.Text, a.toks[s.t0:s.t1], a.ments)
		for k := before; k < len(a.ments); k++ {
			a.ments[k].t0 += s.t0
			a.ments[k].t1 += s.t0
		}
	}
	var tt []token
	if doc.Title != "" {
		tt = tokenize(doc.Title, 0, len(doc.Title), nil)
	}
	a.talksLead = hasTalkWord(tt)
	if len(a.sents) > 0 && !a.talksLead {
		a.talksLead = hasTalkWord(a.toks[a.sents[0].t0:a.sents[0].t1])
	}
	a.scanHeads()
	a.findOfForms()
	a.findOnForms()
	a.findEarnForms()
	a.findDuoForms()
	a.findListHeads()
	a.dropElsewhere()
	a.dropUnanchored(tt)
	a.bareHeadBack()
	for mi, m := range a.ments {
		for k := m.t0; k < m.t1; k++ {
			a.mentAt[k] = int32(mi)
		}
	}
	a.findParaphrases()
	if doc.Title != "" {
		tms := r.match.find(doc.Title, tt, nil)
		if tp, ok := r.titleParaphrase(tt, tms); ok {
			// "US hits Sylvanian oil with broadest sanctions yet" for
			// "sanctions on Sylvanian oil": the story's topic as context.
			a.titleTopics = append(a.titleTopics, tp)
		}
		if len(a.titleTopics) == 0 {
			if tp, ok := a.titleHead(tt, tms); ok {
				// "… backs US proposal for 30-day ceasefire" in a report
				// that names the place of "ceasefire in X".
				a.titleTopics = append(a.titleTopics, tp)
			}
		}
		for mi, m := range tms {
			if mi == 0 && m.t0 == 0 && len(m.actors) == 1 && m.t1 < len(tt) && headlineSpeechVerbs.holds(tt[m.t1].lex) {
				a.titleSpeaker = m.actors[0]
			}
			for _, tp := range m.topics {
				if !containsTopic(a.titleTopics, tp) {
					a.titleTopics = append(a.titleTopics, tp)
				}
				for j := m.t0 - 1; j >= 0 && j >= m.t0-10; j-- {
					if r.undoTopics[tp] && r.targetSpan(tp, tt[m.t0:m.t1], false) {
						break // "moves to suspend X", the topic a suspension of X
					}
					if n := tt[j].norm; titleClauseBreaks.words[n] {
						break // "calls X a dead end as Y nears return"
					}
					if n := tt[j].norm; undoVerbs.words[n] && r.ownUndoWord(tp, n) {
						break // "lifts ban on X" for "X imports (lifting the ban)"
					}
					if n := tt[j].norm; undoVerbs.words[n] && curbOn(tt[j+1:m.t0]) {
						break // "lifts curbs on X exports": the curbs undone
					}
					if n := tt[j].norm; (undoVerbs.words[n] || harmVerbs.words[n] && !stanceVerbs.words[n] || freezeForms.words[n] && frozenHead(tt[m.t1-1].norm)) && !(n == "end" && j > 0 && tt[j-1].norm == "dead") {
						// "Holm blocks X's bid": the story's act undoes it;
						// "vows to fight X" is a stand, no act done.
						a.titleUndone = append(a.titleUndone, tp)
						break
					}
				}
			}
		}
	}
	a.findThanked()
	a.findReferences()
	a.findQuotes()
	a.findFrames(doc.DefaultActor)
	return a
}

// namedSense keeps, of the topics a shared alias names ("the truce" for
// a Lorn-Tessia truce and a Lorn-Kelmar one), those whose own names'
// distinctive names the report uses: none named Kelmar, the truce is
// Lorn and Tessia's. With none or all of them named, all stay.
func (a *analysis) namedSense(tps []news.TopicID) []news.TopicID {
	var kept []news.TopicID
	for _, tp := range tps {
		distinct, named := false, false
		for _, w := range a.r.topicNameWords[tp] {
			if len(w.norm) < 3 || monthWord(w.norm) {
				continue
			}
			other := false
			for _, o := range tps {
				if o != tp && containsNameWord(a.r.topicNameWords[o], w.norm) {
					other = true
					break
				}
			}
			if other {
				continue
			}
			distinct = true
			if a.docHas(w.norm) || a.docHasForm(w.forms) {
				named = true
				break
			}
		}
		if !distinct || named {
			kept = append(kept, tp)
		}
	}
	if len(kept) == 0 {
		return tps
	}
	return kept
}

// containsNameWord reports the word among a topic's name words.
func containsNameWord(ws []aliasWord, w string) bool {
	for _, x := range ws {
		if x.norm == w {
			return true
		}
	}
	return false
}

// docHasForm reports one of a name's other forms in the document.
func (a *analysis) docHasForm(forms []string) bool {
	for _, f := range forms {
		if a.docHas(f) {
			return true
		}
	}
	return false
}

// dropUnanchored takes from a mention in common words ("the truce",
// "end the war") a topic whose anchors (the place or party its name and
// aliases share) the report never names, title included: in a report on
// one conflict, "the truce" is not another conflict's. It also takes a
// topic followed by another place than its own ("visa-free travel for
// X"), and a topic whose owner ("Zenda's bid to join the EU") the
// report never names from a mention that names no more than watched
// actors ("EU accession talks" in a report on another country). A
// mention left with more than one topic keeps the senses the report
// names (namedSense).
func (a *analysis) dropUnanchored(title []token) {
	if len(a.r.topicAnchors) > 0 || len(a.r.topicOwners) > 0 {
		a.markUnanchored(title)
	}
	out := a.ments[:0]
	for _, m := range a.ments {
		if len(m.topics) > 0 {
			kept, changed := m.topics[:0:0], false
			for _, tp := range m.topics {
				if a.foreignMention(m, tp) {
					changed = true
					continue
				}
				if len(a.r.ownerActors) > 0 {
					if own, ok := a.ownedSibling(m, tp); ok {
						// "Zenda will withdraw from ACME": the
						// subject's own withdrawal, not another's.
						tp, changed = own, true
					}
				}
				if !containsTopic(kept, tp) {
					kept = append(kept, tp)
				}
			}
			if changed {
				m.topics = kept
			}
			if len(m.topics) > 1 {
				m.topics = a.namedSense(m.topics)
			}
		}
		if len(m.topics) > 0 || len(m.actors) > 0 {
			out = append(out, m)
		}
	}
	a.ments = out
}

// bareHeadBack gives a definite bare head that is one topic's alias
// ("the truce" for a Lorn-Tessia truce) the topic of the nearest
// mention before it in more words with the same head, or a word of the
// same kind ("declared a temporary ceasefire in Kelmar's civil war …
// the truce would run until April"), when its own topic was not named
// in more words before it: the phrase points back.
func (a *analysis) bareHeadBack() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if len(m.topics) != 1 || m.t1-m.t0 != 1 || m.t0 == 0 {
			continue
		}
		t := a.toks[m.t0]
		if t.kind != tokWord || t.cap || !definiteBefore.holds(a.toks[m.t0-1].lex) {
			continue
		}
		tp := m.topics[0]
		for j := mi - 1; j >= 0; j-- {
			p := a.ments[j]
			if len(p.topics) == 0 || !sameHeadKind(a.mentionHead(p), t.norm) {
				continue
			}
			if p.t1-p.t0 < 2 {
				continue // "a one-month truce": as bare as this one
			}
			if containsTopic(p.topics, tp) || len(p.topics) != 1 {
				break
			}
			named := false
			for _, q := range a.ments[:j] {
				if q.t1-q.t0 > 1 && containsTopic(q.topics, tp) {
					named = true
					break
				}
			}
			if !named {
				m.topics = p.topics[:1:1]
			}
			break
		}
	}
}

// mentionHead is a mention's head noun: its last word, or its first before a
// preposition ("truce in Kelmar").
func (a *analysis) mentionHead(m mention) string {
	if m.t1-m.t0 > 2 && headPrepositions.holds(a.toks[m.t0+1].lex) {
		return a.toks[m.t0].norm
	}
	return a.toks[m.t1-1].norm
}

// sameHeadKind reports two head nouns of the same thing: the same noun,
// or two words for a halt to fighting.
func sameHeadKind(h, w string) bool {
	return sameNoun(h, w) || truceNouns.words[h] && truceNouns.words[w]
}

// ownedSibling returns, for a mention m of topic tp whose subject, a
// watched actor named right before it (but for auxiliaries), is not
// its owner, the one other topic whose name makes that actor its owner
// and whose aliases hold the roots of m's common words: "Zenda will
// withdraw from ACME" is "Zenda's withdrawal from ACME", not the
// "withdrawal from ACME" of another member.
func (a *analysis) ownedSibling(m mention, tp news.TopicID) (news.TopicID, bool) {
	s0 := a.sents[a.sentOf[m.t0]].t0
	j := m.t0
	for n := 0; j > s0 && n < 3; n++ {
		if w := a.toks[j-1].norm; !finiteAux.words[w] && w != "to" && w != "not" && w != "also" {
			break
		}
		j--
	}
	var subj []news.ActorID
	for _, p := range a.ments {
		if p.t1 == j && p.t0 >= s0 && len(p.actors) > 0 {
			subj = p.actors
			break
		}
	}
	if len(subj) == 0 {
		return "", false
	}
	if overlapActors(subj, a.r.ownerActors[tp]) {
		return "", false
	}
	var found news.TopicID
	for tp2, acts := range a.r.ownerActors {
		if tp2 == tp || !overlapActors(subj, acts) || !a.sharesRoot(m, tp2) {
			continue
		}
		if found != "" {
			return "", false
		}
		found = tp2
	}
	return found, found != ""
}

// sharesRoot reports a mention m whose every common word (five letters
// or more) has the root of a word of one of tp's aliases: "withdraw from
// ACME" for "X's withdrawal from ACME", not "return to talks" for
// "forced returns".
func (a *analysis) sharesRoot(m mention, tp news.TopicID) bool {
	n := 0
	for k := m.t0; k < m.t1; k++ {
		t := a.toks[k]
		if t.kind != tokWord || t.cap || len(t.norm) < 5 {
			continue
		}
		root, found := wordRoot(t.norm), false
		for _, ws := range a.r.topicAliasWords[tp] {
			for _, w := range ws {
				if !w.name && wordRoot(w.norm) == root {
					found = true
				}
			}
		}
		if !found {
			return false
		}
		n++
	}
	return n > 0
}

// foreignMention reports a mention that is not about topic tp: in
// common words, when its anchors are never named or another place
// follows it; naming no more than watched actors, when its owner is
// never named.
func (a *analysis) foreignMention(m mention, tp news.TopicID) bool {
	if a.unowned[tp] && !a.distinctive(m) {
		return true
	}
	if a.namesInMention(m) {
		return false
	}
	return a.unanchored[tp] || a.otherPlaceAfter(m, tp)
}

// markUnanchored finds the topics with anchors the report (title
// included) never names, and that it does not name by a name of their
// own ("International Court of Justice ruling"); and the topics with an
// owner it never names, by name, demonym or any alias of the actor.
func (a *analysis) markUnanchored(title []token) {
	// present holds the report's capitalised words that are anchor
	// forms (Rules.anchorWords), built when first asked.
	var present map[string]bool
	has := func(anchor string) bool {
		if present == nil {
			present = make(map[string]bool)
			for _, ts := range [][]token{a.toks, title} {
				for _, t := range ts {
					if t.kind == tokWord && t.cap && a.r.anchorFilter.mayHave(t.norm) && a.r.anchorWords[t.norm] {
						present[t.norm] = true
					}
				}
			}
		}
		for _, f := range a.r.anchorForms[anchor] {
			if present[f] {
				return true
			}
		}
		return false
	}
	named := map[news.TopicID]bool{}
	distinct := map[news.TopicID]bool{}
	speaking := map[news.ActorID]bool{}
	for _, m := range a.ments {
		for _, act := range m.actors {
			speaking[act] = true
		}
		if len(m.topics) > 0 && a.namesInMention(m) {
			for _, tp := range m.topics {
				named[tp] = true
				if a.distinctive(m) {
					distinct[tp] = true
				}
			}
		}
	}
	mark := func(set *map[news.TopicID]bool, tp news.TopicID) {
		if *set == nil {
			*set = make(map[news.TopicID]bool)
		}
		(*set)[tp] = true
	}
	for _, m := range a.ments {
		for _, tp := range m.topics {
			if anchors := a.r.topicAnchors[tp]; len(anchors) > 0 && !named[tp] && !a.unanchored[tp] {
				if !slices.ContainsFunc(anchors, has) {
					mark(&a.unanchored, tp)
				}
			}
			if owners := a.r.topicOwners[tp]; len(owners) > 0 && !distinct[tp] && !a.unowned[tp] {
				found := slices.ContainsFunc(owners, has)
				for _, act := range a.r.ownerActors[tp] {
					if speaking[act] {
						found = true
						break
					}
				}
				if !found {
					mark(&a.unowned, tp)
				}
			}
		}
	}
}

// anchorFormsOf returns the words that show an anchor in a report: the
// anchor and its demonyms, "Freedonian" for "Freedonia", "Tarlanders" for
// "Tarland".
func anchorFormsOf(anchor string) []string {
	out := []string{anchor}
	stem := strings.TrimRight(anchor, "aeiou")
	if len(stem) < 3 {
		return out
	}
	for _, suf := range [...]string{"an", "ans", "ian", "ians", "i", "is", "ese", "n", "ns"} {
		out = append(out, stem+suf)
	}
	return out
}

// buildAnchorForms fills anchorForms and anchorWords from topicAnchors
// and topicOwners.
func (r *Rules) buildAnchorForms() {
	r.anchorForms = make(map[string][]string)
	r.anchorWords = make(map[string]bool)
	r.anchorFilter = new(wordFilter)
	for _, names := range []map[news.TopicID][]string{r.topicAnchors, r.topicOwners} {
		for _, ns := range names {
			for _, n := range ns {
				if _, ok := r.anchorForms[n]; ok {
					continue
				}
				r.anchorForms[n] = anchorFormsOf(n)
				for _, f := range r.anchorForms[n] {
					r.anchorWords[f] = true
					r.anchorFilter.add(f)
				}
			}
		}
	}
}

// distinctive reports a mention with a name of its own: a capitalised
// word no watched actor's alias uses ("Alaska summit", not "EU
// accession talks"), or a number.
func (a *analysis) distinctive(m mention) bool {
	for k := m.t0; k < m.t1; k++ {
		t := a.toks[k]
		if t.kind != tokWord {
			continue
		}
		if t.cap && k != a.sents[a.sentOf[k]].t0 && !a.r.actorAliasWords[t.norm] || strings.ContainsAny(t.norm, "0123456789") {
			return true
		}
	}
	return false
}

// otherPlaceAfter reports a mention in common words followed by a place
// the topic is not about, where the topic's name sets a place after the
// same preposition: "visa-free travel for Zendans" for a topic named
// "suspension of visa-free travel for Marova".
func (a *analysis) otherPlaceAfter(m mention, tp news.TopicID) bool {
	k := m.t1
	if k+1 >= len(a.toks) || !a.r.namePlaces[tp][a.toks[k].norm] {
		return false
	}
	w := a.toks[k+1]
	if w.norm == "the" && k+2 < len(a.toks) {
		w = a.toks[k+2]
	}
	if w.kind != tokWord || !w.cap || w.upper {
		return false
	}
	for _, n := range a.r.nameWords[tp] {
		if sameName(w.norm, n) {
			return false
		}
	}
	return true
}

// sameName reports one name or its demonym: "Marova", "Marovans".
func sameName(w, n string) bool {
	if w == n {
		return true
	}
	stem := strings.TrimRight(n, "aeiou")
	if len(stem) < 4 {
		return false
	}
	return strings.HasPrefix(w, stem) || strings.HasPrefix(n, strings.TrimRight(w, "aeiou"))
}

// namesInMention reports a mention with a capitalised word other than
// its sentence's first, or a number ("pre-2014 borders"): a name, not
// common words.
func (a *analysis) namesInMention(m mention) bool {
	for k := m.t0; k < m.t1; k++ {
		t := a.toks[k]
		if t.cap && k != a.sents[a.sentOf[k]].t0 || t.kind == tokWord && strings.ContainsAny(t.norm, "0123456789") {
			return true
		}
	}
	return false
}

// findQuotes pairs quotation marks within each paragraph.
func (a *analysis) findQuotes() {
	a.quoteOf = filled(a.spare.quoteOf, len(a.toks), -1)
	para := -1
	open := -1
	closeAt := func(end int) {
		if open >= 0 {
			a.quotes = append(a.quotes, quoteSpan{open: open, close: end})
			open = -1
		}
	}
	for si, s := range a.sents {
		if s.para != para {
			if si > 0 {
				closeAt(a.sents[si-1].t1)
			}
			para = s.para
		}
		for k := s.t0; k < s.t1; k++ {
			t := a.toks[k]
			if t.kind != tokPunct || t.norm != `"` {
				continue
			}
			switch a.text[t.start:t.end] {
			case "“", "«", "„":
				closeAt(k)
				open = k
			case "”", "»":
				if open >= 0 {
					closeAt(k)
				}
			default: // a straight quote toggles
				if open >= 0 {
					closeAt(k)
				} else {
					open = k
				}
			}
		}
	}
	if len(a.sents) > 0 {
		closeAt(a.sents[len(a.sents)-1].t1)
	}
	for qi, q := range a.quotes {
		for k := q.open; k < q.close && k < len(a.toks); k++ {
			a.quoteOf[k] = int32(qi)
		}
		if q.close < len(a.toks) {
			a.quoteOf[q.close] = int32(qi)
		}
	}
}

func (a *analysis) inQuote(k int) bool { return a.quoteOf[k] >= 0 }

func (a *analysis) sentText(si int) string {
	s := a.sents[si]
	return a.text[s.start:s.end]
}

func (a *analysis) tokText(k int) string { return a.text[a.toks[k].start:a.toks[k].end] }

// rangeText is the document text covering tokens [t0, t1).
func (a *analysis) rangeText(t0, t1 int) string {
	if t0 >= t1 {
		return ""
	}
	return a.text[a.toks[t0].start:a.toks[t1-1].end]
}

func (a *analysis) speakerText(f *frame) string {
	if f.speakerName != "" && (f.how == howPronoun || f.how == howRole) {
		return f.speakerName
	}
	if f.spk0 < f.spk1 {
		return strings.Trim(a.rangeText(f.spk0, f.spk1), ` ,"“”`)
	}
	return f.speakerName
}

func (a *analysis) cueText(f *frame) string {
	if f.cueTok < 0 {
		return ""
	}
	return a.tokText(f.cueTok)
}

func (a *analysis) contentText(f *frame) string {
	var parts []string
	for _, rg := range f.content {
		if !a.hasWords(rg[0], rg[1]) {
			continue
		}
		if s := strings.Trim(a.rangeText(rg[0], rg[1]), " ,;:“”\"‘’"); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " … ")
}

// headlineSpeechVerbs, right after a headline's opening name, make that
// name the story's speaker: "X says …", "X warns …".
var headlineSpeechVerbs = lexSet(set(`says said warns warned tells told insists insisted vows vowed
	announces announced confirms confirmed claims claimed urges urged`))

// titleHead returns the one topic that the lower-case head nouns of a
// headline naming no topic stand for, each by an alias whose other words
// are names the report uses (namedInPieces).
func (a *analysis) titleHead(tt []token, tms []mention) (news.TopicID, bool) {
	for _, m := range tms {
		if len(m.topics) > 0 {
			return "", false
		}
	}
	var found news.TopicID
	for _, t := range tt {
		if t.kind != tokWord || t.cap || len(a.r.headTopics(t.norm)) == 0 {
			continue
		}
		tp, ok := a.namedInPieces(a.r.headTopics(t.norm), t.norm)
		if !ok {
			continue
		}
		if found != "" && found != tp {
			return "", false
		}
		found = tp
	}
	return found, found != ""
}

// dropElsewhere takes its topics from a mention placed, by "in" or "for"
// and a name, where only other topics' aliases are ("to end the war in
// X" when X is a word of other topics and none of this one's): the
// generic phrase is about that other place. When one of those topics
// shares the mention's head word ("peace plan for X" and "20-point plan
// for X"), the mention is that topic's.
func (a *analysis) dropElsewhere() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if len(m.topics) == 0 || m.t1+1 >= len(a.toks) {
			continue
		}
		if p := a.toks[m.t1].norm; p != "in" && p != "for" {
			continue
		}
		x := m.t1 + 1
		if a.toks[x].norm == "the" && x+1 < len(a.toks) {
			x++
		}
		t := a.toks[x]
		if t.kind != tokWord || !t.cap {
			continue
		}
		others := a.r.topicAllWords[t.norm]
		if len(others) == 0 {
			continue
		}
		own := false
		for _, tp := range m.topics {
			if a.r.topicHasWord(tp, t) {
				own = true
			}
		}
		if own {
			continue
		}
		head := a.toks[m.t1-1].norm
		var moved []news.TopicID
		for _, tp := range others {
			if containsTopic(m.topics, tp) || containsTopic(moved, tp) {
				continue
			}
			if len(a.r.headTopics(head)) > 0 && containsTopic(a.r.headTopics(head), tp) {
				moved = append(moved, tp)
			}
		}
		if len(moved) == 1 {
			m.topics = moved
		} else {
			m.topics = nil
		}
	}
}

// findOfForms adds a topic mention for "head of (the) M" where the
// watchlist has "M head" ("membership of the EU" for "EU membership"),
// over an actor named as M; it leaves a phrase that is part of another
// mention alone.
func (a *analysis) findOfForms() {
	if len(a.r.ofForms) == 0 {
		return
	}
	var add []mention
	drop := map[int]bool{}
	next := 0 // a token after the last mention added
	for _, k32 := range a.ofHeads {
		k := int(k32)
		if k+1 >= len(a.toks) {
			break
		}
		if k < next {
			continue
		}
		if a.r.forForms && k > 0 && a.toks[k-1].cap && a.toks[k+1].norm != "of" {
			// "Sylvania should not expect ACME membership" for "ACME
			// membership for Sylvania".
			if m, ok := a.forFormAt(k); ok {
				add = append(add, m)
				for mi, am := range a.ments {
					if am.t0 == k-1 && am.t1 == k && len(am.topics) == 0 {
						drop[mi] = true
					}
				}
				continue
			}
		}
		if t := a.toks[k]; k+2 >= len(a.toks) || t.kind != tokWord || t.cap || len(t.norm) < 4 || a.toks[k+1].norm != "of" {
			continue
		}
		fs := a.r.ofForms[a.toks[k].norm]
		if len(fs) == 0 || a.toks[k].cap || a.toks[k+1].norm != "of" || a.inMention(k) || a.inMention(k+1) {
			continue
		}
		x := k + 2
		if a.toks[x].norm == "the" {
			x++
		}
		for _, f := range fs {
			x := x
			end := x + len(f.mod)
			if end > len(a.toks) || int(a.sentOf[end-1]) != int(a.sentOf[k]) {
				continue
			}
			ok := true
			for i, w := range f.mod {
				if a.toks[x+i].norm != w {
					ok = false
					break
				}
			}
			if !ok && f.modActor != "" {
				// "membership of the bloc" for "EU membership": the
				// modifier's actor by another of its aliases.
				if m0, m1, named := a.actorMentionAt(k+2, f.modActor); named && a.sentOf[m1-1] == a.sentOf[k] {
					x, end, ok = m0, m1, true
				}
			}
			if !ok || end < len(a.toks) && a.toks[end].kind == tokWord && !a.toks[end].cap && !npFunctionWords.holds(a.toks[end].lex) && !finiteAux.holds(a.toks[end].lex) && !pastVerbAfter(a.toks[end]) && !ofFormFollower(a.toks[end]) {
				// "membership of the EU budget committee": not the
				// alias's modifier alone.
				continue
			}
			if f.to && !a.namesTo(f, end) || !f.to && f.forName != "" && !a.namesFor(f, k, end) {
				continue
			}
			// The span may cover only mentions of actors, which
			// it replaces.
			clean := true
			for mi, m := range a.ments {
				if m.t1 <= x || m.t0 >= end {
					continue
				}
				if len(m.topics) > 0 || m.t0 < x || m.t1 > end {
					clean = false
					break
				}
				drop[mi] = true
			}
			if !clean {
				continue
			}
			add = append(add, mention{t0: k, t1: end, topics: []news.TopicID{f.topic}})
			next = end
			break
		}
	}
	if len(add) == 0 {
		return
	}
	kept := a.ments[:0]
	for mi, m := range a.ments {
		if !drop[mi] {
			kept = append(kept, m)
		}
	}
	a.ments = append(kept, add...)
	sort.SliceStable(a.ments, func(i, j int) bool { return a.ments[i].t0 < a.ments[j].t0 })
}

// actorMentionAt returns the span of an actor-only mention of act that
// opens at token j, or at j+1 after "the".
func (a *analysis) actorMentionAt(j int, act news.ActorID) (int, int, bool) {
	for _, m := range a.ments {
		if m.t0 > j+1 {
			break
		}
		if (m.t0 == j || m.t0 == j+1 && a.toks[j].norm == "the") && len(m.topics) == 0 && len(m.actors) == 1 && m.actors[0] == act {
			return m.t0, m.t1, true
		}
	}
	return 0, 0, false
}

// findOnForms adds a topic mention, over the head alone, for "head on
// (the) (X's) (modifiers) M" where the watchlist has the penalty "M head":
// "sanctions on Sylvania's grain sector" for "grain sanctions", "curbs
// on the country's two largest grain traders". Only a head that is no
// part of another mention, and only names, possessives, numbers and
// lower-case modifiers between.
func (a *analysis) findOnForms() {
	if len(a.r.onForms) == 0 {
		return
	}
	var add []mention
	for _, k32 := range a.onHeads {
		k := int(k32)
		if k+2 >= len(a.toks) {
			break
		}
		p := k + 1
		if a.toks[p].norm == "yet" && p+2 < len(a.toks) {
			p++ // "its toughest sanctions yet on X"
		}
		if t := a.toks[k]; t.kind != tokWord || t.cap || a.toks[p].norm != "on" && a.toks[p].norm != "against" {
			continue
		}
		fs := a.r.onForms[a.toks[k].norm]
		if len(fs) == 0 {
			continue
		}
		si := a.sentOf[k]
		if a.inMention(k) {
			// "tariffs on autos, steel and aluminium" for "tariffs on
			// autos" and "steel tariffs": the head is shared by every
			// object of the list.
			if m, ok := a.mentionFrom(k); ok && len(m.topics) == 1 && m.t1 == p+2 {
				add = append(add, a.onListMore(m.t1, si, fs, m.topics[0])...)
			}
			continue
		}
		var hit news.TopicID
		n := 0
		hitAt := -1
	scan:
		for j := p + 1; j < len(a.toks) && j <= p+7 && a.sentOf[j] == si; j++ {
			t := a.toks[j]
			switch {
			case t.kind == tokPoss || t.kind == tokWord && (t.cap || isDigits(t.norm) || t.norm == "the" || t.norm == "a" || t.norm == "its" || t.norm == "their"):
				continue
			case t.kind != tokWord || phraseStop(t) || a.inMention(j) && !a.actorOnly(j):
				break scan
			case strings.HasSuffix(t.norm, "ing") || strings.HasSuffix(t.norm, "ed") || relativeWords.holds(t.lex):
				break scan // "a ban on allowing nuclear arms": an act, no object
			}
			for _, f := range fs {
				if sameWord(t.norm, f.mod[0]) && f.topic != hit {
					hit = f.topic
					n++
				}
			}
			if n > 0 {
				hitAt = j
				break
			}
		}
		if n == 1 {
			add = append(add, mention{t0: k, t1: k + 1, topics: []news.TopicID{hit}})
			if hitAt == p+1 {
				// "tariffs on steel, aluminium and autos": the other
				// objects of the list share the head too.
				add = append(add, a.onListMore(hitAt+1, si, fs, hit)...)
			}
		}
	}
	a.addMentions(add)
}

// findEarnForms adds a topic mention for "X's M earnings" where an act
// of pressure aims at them and the watchlist has the penalty "M head":
// "would keep raising the pressure on Sylvania's grain revenues", "was
// going after its grain exports" for "grain sanctions". The earnings
// need an owner (a possessive or "its"/"their") and the act a word of
// pressure at most four words before it; M may be the first of two
// ("oil and gas revenues").
func (a *analysis) findEarnForms() {
	var add []mention
	for _, k32 := range a.earnHeads {
		k := int(k32)
		si := a.sentOf[k]
		if k < 3 || a.inMention(k) {
			continue
		}
		m := k - 1
		if k >= 5 && a.toks[k-2].norm == "and" {
			m = k - 3 // "oil and gas revenues"
		}
		mt := a.toks[m]
		if mt.kind != tokWord || mt.cap || a.inMention(m) || a.sentOf[m] != si {
			continue
		}
		var hit news.TopicID
		n := 0
		for _, fs := range a.r.onForms {
			for _, f := range fs {
				if f.mod[0] == mt.norm && f.topic != hit {
					hit = f.topic
					n++
				}
			}
		}
		if n != 1 {
			continue
		}
		// The owner right before M: "X's", "its", "their".
		o := m - 1
		own := false // "its"/"their": only after a preposition
		switch {
		case a.toks[o].kind == tokPoss:
			o -= 2
			for o >= 0 && a.sentOf[o] == si && a.toks[o].kind == tokWord && a.toks[o].cap {
				o--
			}
		case a.toks[o].norm == "its" || a.toks[o].norm == "their":
			o--
			own = true
		default:
			continue
		}
		// The act of pressure: "on"/"after" before the owner, a word
		// of pressure at most four words back.
		// The mention spans the act with its object: the act is the
		// penalty ("pressure on X's M revenues" for "sanctions on X's M").
		at := -1
		if o >= 1 && a.sentOf[o] == si {
			switch a.toks[o].norm {
			case "against":
				at = o
			case "on":
				for j := o - 1; j >= 0 && j >= o-4 && a.sentOf[j] == si && a.toks[j].kind == tokWord; j-- {
					if squeezeWords.holds(a.toks[j].lex) {
						at = j
						break
					}
				}
			case "after":
				if g := a.toks[o-1].norm; g == "going" || g == "go" || g == "goes" || g == "went" {
					at = o - 1
				}
			default:
				// "hitting X's M revenues", not the owner's own act
				// ("Zenda cut its grain exports").
				if !own && squeezeWords.holds(a.toks[o].lex) {
					at = o
				}
			}
		}
		if at < 0 {
			continue
		}
		for j := at; j < m; j++ {
			if a.inMention(j) && !a.actorOnly(j) {
				at = -1
				break
			}
		}
		if at >= 0 {
			add = append(add, mention{t0: at, t1: k + 1, topics: []news.TopicID{hit}})
		}
	}
	a.addMentions(add)
}

// mentionFrom returns the mention that starts at token k.
func (a *analysis) mentionFrom(k int) (mention, bool) {
	for _, m := range a.ments {
		if m.t0 == k {
			return m, true
		}
		if m.t0 > k {
			break
		}
	}
	return mention{}, false
}

// onListMore returns, for a list of single-word objects going on at j
// after the first object of "head on M1" (", M2 and M3"), a mention over
// each later object Mi of an alias "Mi head" of another topic than
// first. The list goes on only through commas and one "and" or "or"; an
// object no alias has is passed over.
func (a *analysis) onListMore(j int, si int32, fs []ofForm, first news.TopicID) []mention {
	var out []mention
	seen := first
	for items := 0; items < 6; items++ {
		if j+1 >= len(a.toks) || a.sentOf[j+1] != si {
			break
		}
		last := false
		switch a.toks[j].norm {
		case ",":
			j++
			if n := a.toks[j].norm; n == "and" || n == "or" {
				last = true
				j++
			}
		case "and", "or":
			last = true
			j++
		default:
			return out
		}
		if j >= len(a.toks) || a.sentOf[j] != si {
			break
		}
		t := a.toks[j]
		if t.kind != tokWord || t.cap || phraseStop(t) || a.inMention(j) {
			break
		}
		var hit news.TopicID
		n := 0
		for _, f := range fs {
			if sameWord(t.norm, f.mod[0]) && f.topic != hit {
				hit = f.topic
				n++
			}
		}
		if n == 1 && hit != seen {
			out = append(out, mention{t0: j, t1: j + 1, topics: []news.TopicID{hit}})
			seen = hit
		}
		j++
		if last {
			break
		}
	}
	return out
}

// actorOnly reports a token inside mentions of actors only (before
// mentAt is built).
func (a *analysis) actorOnly(k int) bool {
	for _, m := range a.ments {
		if m.t0 <= k && k < m.t1 && len(m.topics) > 0 {
			return false
		}
	}
	return true
}

// pastVerbAfter is a word after a phrase that is its clause's past verb,
// no noun it modifies: "membership of ACME remained a goal".
func pastVerbAfter(t token) bool {
	return len(t.norm) > 4 && strings.HasSuffix(t.norm, "ed")
}

// ofFormFollower is a word after "head of M" that closes the phrase, a
// preposition, not a noun M modifies: "regarded membership of ACME as
// the best guarantee", "membership of ACME after the war".
func ofFormFollower(t token) bool {
	return t.norm == "as" || blockingPrepositions.holds(t.lex) || routePrepositions.holds(t.lex) || timePrepositions.holds(t.lex)
}

// forFormAt finds, at the head k of an alias "M head for X" right after
// its one-word M, the alias without its "for X" in a clause that names
// X; M may be an actor's mention, nothing else.
func (a *analysis) forFormAt(k int) (mention, bool) {
	t := a.toks[k]
	if t.kind != tokWord || t.cap || len(t.norm) < 4 {
		return mention{}, false
	}
	for _, f := range a.r.ofForms[t.norm] {
		if f.forName == "" || f.to || len(f.mod) != 1 || a.toks[k-1].norm != f.mod[0] || a.inMention(k) {
			continue
		}
		clean := true
		for _, m := range a.ments {
			if m.t0 <= k-1 && k-1 < m.t1 && (len(m.topics) > 0 || m.t0 != k-1 || m.t1 != k) {
				clean = false
			}
		}
		if clean && a.namesFor(f, k-1, k+1) {
			return mention{t0: k - 1, t1: k + 1, topics: []news.TopicID{f.topic}}, true
		}
	}
	return mention{}, false
}

// namesTo reports, for a form of an alias "M head to X" ending at end,
// "to" there and X within a verb of taking in after it: "the expansion of
// the alliance to include Sylvania", "to take in Sylvania".
func (a *analysis) namesTo(f ofForm, end int) bool {
	if end+1 >= len(a.toks) || a.toks[end].norm != "to" {
		return false
	}
	si := a.sentOf[end]
	for j := end + 1; j <= end+3 && j < len(a.toks) && a.sentOf[j] == si; j++ {
		t := a.toks[j]
		if t.kind != tokWord {
			return false
		}
		if t.cap {
			return a.isForName(f, j)
		}
	}
	return false
}

// isForName reports the capitalised word at j as X of an alias "M head
// for X": its name, a form of it, or inside a mention of its actor.
func (a *analysis) isForName(f ofForm, j int) bool {
	if n := a.toks[j].norm; n == f.forName || slices.Contains(nameForms(f.forName), n) {
		return true
	}
	for _, m := range a.ments {
		if m.t0 <= j && j < m.t1 {
			for _, act := range m.actors {
				if containsActor(f.forActors, act) {
					return true
				}
			}
		}
	}
	return false
}

// namesFor reports, for a form of an alias "M head for X" at [t0, t1),
// X named in the same stretch of its clause (its name, a form of it or
// any alias of its actor: "membership of ACME remained a goal written
// into Sylvania's charter"), and no other owner beside the phrase: not
// "Norland's membership of ACME", "membership of ACME for Norland".
func (a *analysis) namesFor(f ofForm, t0, t1 int) bool {
	isX := func(j int) bool { return a.toks[j].cap && a.isForName(f, j) }
	if t0 >= 2 && a.toks[t0-1].kind == tokPoss && !isX(t0-2) {
		return false
	}
	if t1+1 < len(a.toks) && (a.toks[t1].norm == "for" || a.toks[t1].norm == "of") && a.toks[t1+1].cap && !isX(t1+1) {
		return false
	}
	si := a.sentOf[t0]
	edge := func(j int) bool {
		t := a.toks[j]
		if (t.norm == "and" || t.norm == "or") && j+1 < len(a.toks) {
			// Modifiers coordinated: "the cheapest and most reliable
			// guarantee of Sylvania's security" is one phrase.
			switch a.toks[j+1].norm {
			case "most", "more", "least", "less":
				return false
			}
		}
		return t.kind == tokPunct && t.norm != "-" || clauseBreakers.holds(t.lex) || t.norm == "and" || t.norm == "or"
	}
	for j := t0 - 1; j >= 0 && a.sentOf[j] == si && !edge(j); j-- {
		if isX(j) {
			return true
		}
	}
	for j := t1; j < len(a.toks) && a.sentOf[j] == si && !edge(j); j++ {
		if isX(j) {
			return true
		}
	}
	return false
}

// inMention reports a token inside a mention found so far (before mentAt
// is built).
func (a *analysis) inMention(k int) bool {
	for _, m := range a.ments {
		if m.t0 <= k && k < m.t1 {
			return true
		}
		if m.t0 > k {
			break
		}
	}
	return false
}

// scanHeads walks the tokens once for what later questions need: the
// words findOfForms, findOnForms and findListHeads may start at, whether
// the report has a word of concession (concessive), and the alias names
// it has (names, for hasName).
func (a *analysis) scanHeads() {
	a.concession = 1
	a.names = make([]bool, len(a.r.aliasNames))
	for k, t := range a.toks {
		if t.kind != tokWord {
			continue
		}
		if a.r.aliasNameWords.mayHave(t.norm) {
			if n := a.r.aliasNames[t.norm]; n > 0 {
				a.names[n-1] = true
			}
		}
		if !a.r.headFormWords.mayHave(t.norm) {
			continue
		}
		if concessionWords.holds(t.lex) {
			a.concession = 2
		}
		if t.cap {
			continue
		}
		if len(a.r.ofForms[t.norm]) > 0 {
			a.ofHeads = append(a.ofHeads, int32(k))
		}
		if len(a.r.onForms[t.norm]) > 0 {
			a.onHeads = append(a.onHeads, int32(k))
		}
		if len(a.r.onForms) > 0 && earningNouns.holds(t.lex) {
			a.earnHeads = append(a.earnHeads, int32(k))
		}
		if len(a.r.listHeads[t.norm]) > 0 {
			a.listHeads = append(a.listHeads, int32(k))
		}
	}
}

// findListHeads adds a topic mention for the head of an alias "head of R"
// that opens a list sharing the complement: "the full demilitarisation,
// disarmament and deradicalisation of X" for "demilitarisation of X".
func (a *analysis) findListHeads() {
	if len(a.r.listHeads) == 0 {
		return
	}
	var add []mention
	for _, k32 := range a.listHeads {
		k := int(k32)
		if k+1 >= len(a.toks) {
			break
		}
		if t, n := a.toks[k], a.toks[k+1].norm; t.kind != tokWord || t.cap || len(t.norm) < 5 || n != "," && n != "and" && n != "or" {
			continue
		}
		fs := a.r.listHeads[a.toks[k].norm]
		if len(fs) == 0 || a.toks[k].cap || a.inMention(k) {
			continue
		}
		if n := a.toks[k+1].norm; n != "," && n != "and" && n != "or" {
			continue
		}
		// Over the list: lower-case words, commas, "and", "or", to "of".
		of := -1
		for j := k + 1; j < len(a.toks) && j <= k+10 && a.sentOf[j] == a.sentOf[k]; j++ {
			t := a.toks[j]
			if t.norm == "of" {
				of = j
				break
			}
			if t.norm == "," || t.norm == "and" || t.norm == "or" || t.kind == tokWord && !t.cap && !npFunctionWords.holds(t.lex) && !finiteAux.holds(t.lex) {
				continue
			}
			break
		}
		if of < 0 || of == k+1 {
			continue
		}
		for _, f := range fs {
			end := of + 1 + len(f.mod)
			if end > len(a.toks) {
				continue
			}
			ok := true
			for i, w := range f.mod {
				if a.toks[of+1+i].norm != w {
					ok = false
					break
				}
			}
			if ok {
				add = append(add, mention{t0: k, t1: k + 1, topics: []news.TopicID{f.topic}})
				break
			}
		}
	}
	a.addMentions(add)
}

// addMentions adds mentions found by a later pass and keeps a.ments in
// document order.
func (a *analysis) addMentions(add []mention) {
	if len(add) == 0 {
		return
	}
	a.ments = append(a.ments, add...)
	sort.SliceStable(a.ments, func(i, j int) bool { return a.ments[i].t0 < a.ments[j].t0 })
}
