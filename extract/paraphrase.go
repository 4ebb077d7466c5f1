package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/stancebot/stancebot/news"
)

// paraAlias is a topic alias that may be matched as a paraphrase: three
// or more content words, two or more of them no actor's word and no
// participle.
type paraAlias struct {
	topic news.TopicID
	words []aliasWord
}

// paraRef points at one word of one paraAlias, or with pair at one
// pairAlias.
type paraRef struct {
	alias, word int
	pair        bool
	act         bool
	verb        bool
}

// verbAlias is a topic alias of two lower-case words, an object and a
// verbal noun in "-ing" ("defence spending"): the verb with "on" and
// the object says it too ("spend 5% of their output on defence").
type verbAlias struct {
	topic news.TopicID
	obj   string
	// verbFirst: the verbal noun before its object ("decommissioning
	// weapons"), said as the verb with a determiner ("decommission its
	// weapons").
	verbFirst bool
}

// actAlias is a topic alias with no name of one act in actParaphrases
// (group) and one or two other words, its object or subject matter.
type actAlias struct {
	topic  news.TopicID
	group  int
	others []aliasWord
}

// pairAlias is a topic alias of one name and one lower-case act or head
// word ("withdrawal from X", "X withdrawal"), with the alias's own
// prepositions.
type pairAlias struct {
	topic     news.TopicID
	name, act aliasWord
	nameFirst bool
	preps     []string
	pullOut   bool // an act of withdrawing: "pull (its troops) out of X"
}

// synonymRoots returns the roots of a word's other words in
// paraphraseSynonyms.
func synonymRoots(w string) []string {
	root := wordRoot(w)
	var out []string
	for k, syns := range paraphraseSynonyms {
		if wordRoot(k) != root {
			continue
		}
		for _, syn := range syns {
			if sr := wordRoot(syn); sr != root && !slices.Contains(out, sr) {
				out = append(out, sr)
			}
		}
	}
	sort.Strings(out)
	return out
}

// withSynonyms returns an alias's words with the synonyms of each
// lower-case word, for an alias that holds a name (the name keeps a
// paraphrase distinctive); else the words as they are.
func withSynonyms(words []aliasWord) []aliasWord {
	hasName := false
	for _, w := range words {
		hasName = hasName || w.name
	}
	if !hasName {
		return words
	}
	out := make([]aliasWord, len(words))
	copy(out, words)
	for i := range out {
		if !out[i].name {
			out[i].syns = synonymRoots(out[i].norm)
		}
	}
	return out
}

// addPairAlias lists an alias of one name and one act or head word
// (four letters or more, no actor's word, no participle).
func (r *Rules) addPairAlias(tp news.TopicID, al string, words []aliasWord) {
	ni := 0
	if words[1].name {
		ni = 1
	}
	act := words[1-ni]
	if len(act.norm) < 4 || r.actorAliasWords[act.norm] || strings.HasSuffix(act.norm, "ed") || len(words[ni].norm) < 3 {
		return
	}
	act.syns = synonymRoots(act.norm)
	pa := pairAlias{topic: tp, name: words[ni], act: act, nameFirst: ni == 0}
	withdraw := wordRoot("withdraw")
	pa.pullOut = !pa.nameFirst && (wordRoot(act.norm) == withdraw || slices.Contains(act.syns, withdraw))
	for _, tk := range tokenize(al, 0, len(al), nil) {
		if tk.kind == tokWord && (aliasStopWords.holds(tk.lex) || blockingPrepositions.holds(tk.lex) || routePrepositions.holds(tk.lex)) {
			pa.preps = append(pa.preps, tk.norm)
		}
	}
	pi := len(r.pairAliases)
	r.pairAliases = append(r.pairAliases, pa)
	root := wordRoot(act.norm)
	r.paraIndex[root] = append(r.paraIndex[root], paraRef{alias: pi, pair: true})
	for _, sr := range act.syns {
		r.paraIndex[sr] = append(r.paraIndex[sr], paraRef{alias: pi, pair: true})
	}
	if pa.pullOut {
		r.paraIndex["pull"] = append(r.paraIndex["pull"], paraRef{alias: pi, pair: true})
	}
}

// addActAlias lists an alias with no name of one act in actParaphrases
// and one or two other words of four letters or more, no actor's word and
// no participle: "give up its weapons", "interdiction of tankers",
// "nuclear negotiations".
func (r *Rules) addActAlias(tp news.TopicID, al string) {
	var ws []string
	for _, tk := range tokenize(al, 0, len(al), nil) {
		if tk.kind != tokWord || tk.cap {
			if tk.kind == tokWord {
				return // a name: the pair and paraphrase rules' case
			}
			continue
		}
		ws = append(ws, tk.norm)
	}
	group, at, n := -1, -1, 0
	for gi, entries := range actParaphrases {
		for _, e := range entries {
			ew := strings.Fields(e)
			for i := 0; i+len(ew) <= len(ws); i++ {
				if slices.Equal(ws[i:i+len(ew)], ew) && (group < 0 || len(ew) > n) {
					group, at, n = gi, i, len(ew)
				}
			}
		}
	}
	if group < 0 {
		return
	}
	aa := actAlias{topic: tp, group: group}
	for i, w := range ws {
		if i >= at && i < at+n || npFunctionWords.words[w] || aliasStopWords.words[w] {
			continue
		}
		if len(w) < 4 || r.actorAliasWords[w] || strings.HasSuffix(w, "ed") || group == len(actParaphrases)-1 && talkMannerWords.words[w] {
			return
		}
		aa.others = append(aa.others, aliasWord{norm: w, syns: actObjectSynonyms[w]})
	}
	if len(aa.others) == 0 || len(aa.others) > 2 {
		return
	}
	ai := len(r.actAliases)
	r.actAliases = append(r.actAliases, aa)
	if group == 0 && len(aa.others) == 1 && landWords.words[aa.others[0].norm] {
		// "ceding territory" said as "would not withdraw from land it
		// holds": one gives up land by leaving it.
		r.paraIndex[wordRoot("withdraw")] = append(r.paraIndex[wordRoot("withdraw")], paraRef{alias: ai, act: true})
	}
	var seen []string
	for _, e := range actParaphrases[group] {
		root := wordRoot(strings.Fields(e)[0])
		if slices.Contains(seen, root) {
			continue
		}
		seen = append(seen, root)
		r.paraIndex[root] = append(r.paraIndex[root], paraRef{alias: ai, act: true})
	}
}

// addVerbAlias lists an alias of two lower-case words, an object of four
// letters or more and a verbal noun in "-ing":
// "defence spending".
func (r *Rules) addVerbAlias(tp news.TopicID, al string) {
	toks := tokenize(al, 0, len(al), nil)
	if len(toks) != 2 {
		return
	}
	o, v := toks[0], toks[1]
	if o.kind == tokWord && v.kind == tokWord && !o.cap && !v.cap && len(o.norm) >= 7 && strings.HasSuffix(o.norm, "ing") &&
		len(v.norm) >= 4 && !strings.HasSuffix(v.norm, "ing") && !r.actorAliasWords[v.norm] {
		vi := len(r.verbAliases)
		r.verbAliases = append(r.verbAliases, verbAlias{topic: tp, obj: v.norm, verbFirst: true})
		root := wordRoot(o.norm)
		r.paraIndex[root] = append(r.paraIndex[root], paraRef{alias: vi, verb: true})
		return
	}
	if o.kind != tokWord || v.kind != tokWord || o.cap || v.cap || len(o.norm) < 4 || ownDeterminers.holds(o.lex) || referringDeterminers.holds(o.lex) {
		return
	}
	if len(v.norm) < 7 || !strings.HasSuffix(v.norm, "ing") {
		return
	}
	vi := len(r.verbAliases)
	r.verbAliases = append(r.verbAliases, verbAlias{topic: tp, obj: o.norm})
	root := wordRoot(v.norm)
	r.paraIndex[root] = append(r.paraIndex[root], paraRef{alias: vi, verb: true})
}

// verbOnAt finds a verbal noun's verb at token k with "on" and the
// alias's object after it in the same stretch of the clause: "should
// spend 5% of their output on defence" for "defence spending". It
// returns the token range from the verb to the object.
func (a *analysis) verbOnAt(s sentence, va verbAlias, k int) (int, int, bool) {
	if a.mentAt[k] >= 0 || a.toks[k].cap {
		return -1, -1, false
	}
	for g := k + 1; g < s.t1 && g <= k+12; g++ {
		if a.clauseEdge(g) && a.toks[g].norm != "%" || a.mentAt[g] >= 0 {
			return -1, -1, false
		}
		if a.toks[g].norm != "on" {
			continue
		}
		h := g + 1
		if h < s.t1 && (a.toks[h].norm == "the" || ownDeterminers.holds(a.toks[h].lex)) {
			h++
		}
		if h < s.t1 && a.mentAt[h] < 0 && a.toks[h].norm == va.obj {
			return k, h + 1, true
		}
		return -1, -1, false
	}
	return -1, -1, false
}

// verbObjAt finds a verb-first alias's verb at token k with its object
// after a determiner: "to decommission its weapons", "including
// decommissioning their weapons" for "decommissioning weapons" (the
// alias word for word is a mention of its own). It returns the token
// range from the verb to the object.
func (a *analysis) verbObjAt(s sentence, va verbAlias, k int) (int, int, bool) {
	t := a.toks[k]
	if a.mentAt[k] >= 0 || t.cap || strings.HasSuffix(t.norm, "ed") || k+2 >= s.t1 {
		return -1, -1, false // a participle narrates or describes
	}
	d := a.toks[k+1].norm
	if d != "the" && !ownDeterminers.words[d] {
		return -1, -1, false
	}
	o := a.toks[k+2]
	if a.mentAt[k+2] >= 0 || o.cap || !(sameWord(o.norm, va.obj) || o.norm == va.obj+"s" || slices.Contains(actObjectSynonyms[va.obj], o.norm)) {
		return -1, -1, false
	}
	return k, k + 3, true
}

// buildParaphrases lists the aliases a paraphrase may match and indexes
// their words by root.
func (r *Rules) buildParaphrases(topics []news.Topic) {
	r.paraIndex = make(map[string][]paraRef)
	for _, t := range topics {
		for _, al := range t.Aliases {
			r.addActAlias(t.ID, al)
			r.addVerbAlias(t.ID, al)
		}
		for i, words := range r.topicAliasWords[t.ID] {
			if len(words) == 2 && words[0].name != words[1].name && i < len(t.Aliases) {
				r.addPairAlias(t.ID, t.Aliases[i], words)
				continue
			}
			if len(words) < 3 || len(words) > 64 {
				continue
			}
			distinct := 0
			for _, w := range words {
				if !r.actorAliasWords[w.norm] && !strings.HasSuffix(w.norm, "ed") {
					// A participle ("sanctioned tankers") is too
					// common a word to make a match distinctive.
					distinct++
				}
			}
			if distinct < 2 {
				if distinct == 1 {
					si := len(r.spacedAliases)
					r.spacedAliases = append(r.spacedAliases, paraAlias{topic: t.ID, words: words})
					root := wordRoot(words[0].norm)
					r.paraIndex[root] = append(r.paraIndex[root], paraRef{alias: -1 - si})
					for _, f := range words[0].forms {
						if fr := wordRoot(f); fr != root {
							r.paraIndex[fr] = append(r.paraIndex[fr], paraRef{alias: -1 - si})
						}
					}
				}
				continue
			}
			ai := len(r.paraAliases)
			words = withSynonyms(words)
			words = r.withActorWords(ai, words)
			r.paraAliases = append(r.paraAliases, paraAlias{topic: t.ID, words: words})
			for wi, w := range words {
				root := wordRoot(w.norm)
				r.paraIndex[root] = append(r.paraIndex[root], paraRef{alias: ai, word: wi})
				for _, sr := range w.syns {
					r.paraIndex[sr] = append(r.paraIndex[sr], paraRef{alias: ai, word: wi})
				}
				if !w.name {
					continue
				}
				// "Sylvania's oil" for "Sylvanian oil", "Freedonian soil"
				// for "Freedonia": a country's name for its adjective
				// and back.
				for _, f := range w.forms {
					if fr := wordRoot(f); fr != root {
						r.paraIndex[fr] = append(r.paraIndex[fr], paraRef{alias: ai, word: wi})
					}
				}
			}
		}
	}
	r.paraFilter = new(wordFilter)
	r.paraPrefixes = new(wordFilter)
	for root := range r.paraIndex {
		r.paraFilter.add(root)
		r.paraPrefixes.add(prefix4(root))
	}
}

// withActorWords marks each name of a paraphrase alias that is one
// actor's whole alias with that actor, and indexes it in paraActors.
func (r *Rules) withActorWords(ai int, words []aliasWord) []aliasWord {
	var out []aliasWord
	for wi, w := range words {
		if !w.name || !r.actorAliasWords[w.norm] {
			continue
		}
		act, n := news.ActorID(""), 0
		for id, als := range r.aliasesOf {
			for _, al := range als {
				if strings.EqualFold(al, w.norm) {
					if act != id {
						n++
					}
					act = id
					break
				}
			}
		}
		if n != 1 {
			continue
		}
		if out == nil {
			out = make([]aliasWord, len(words))
			copy(out, words)
		}
		out[wi].actor = act
		if r.paraActors == nil {
			r.paraActors = make(map[news.ActorID][]paraRef)
		}
		r.paraActors[act] = append(r.paraActors[act], paraRef{alias: ai, word: wi})
	}
	if out == nil {
		return words
	}
	return out
}

// prefix4 returns w's first four bytes, or w when shorter. A word's root
// (wordRoot) is the word or four letters and more of it, so it shares
// the word's prefix4.
func prefix4(w string) string {
	if len(w) > 4 {
		return w[:4]
	}
	return w
}

// findParaphrases adds a topic mention for a clause that spells out a
// topic alias of three or more words in other order or inflection: "will
// remove components made by Firefly" for "removal of Firefly components".
// Conservative: in a sentence that names a topic, only in a clause apart
// from it ("imposed sanctions on Sylvania's oil companies, …, as talks to
// end the war stalled") and for a topic it does not name; every content
// word of the alias must appear within one stretch of the clause (no
// punctuation or clause break), at least two of them words that are no
// actor's and no participle, and only one topic may match.
func (a *analysis) findParaphrases() {
	if len(a.r.paraAliases) == 0 && len(a.r.spacedAliases) == 0 && len(a.r.pairAliases) == 0 && len(a.r.actAliases) == 0 && len(a.r.verbAliases) == 0 {
		return
	}
	masks := make([]uint64, len(a.r.paraAliases))
	var spaced [][2]int // spaced alias, token of its first word
	var pairs [][2]int  // pair alias, token of its act word
	var acts [][2]int   // act alias, token of its act word
	var verbs [][2]int  // verb alias, token of its verb
	var touched []int
	var namedHere []news.TopicID
	added := false
	for _, s := range a.sents {
		named := a.sentTopics(s, namedHere[:0])
		namedHere = named
		for _, ai := range touched {
			masks[ai] = 0
		}
		touched = touched[:0]
		spaced = spaced[:0]
		pairs = pairs[:0]
		acts = acts[:0]
		verbs = verbs[:0]
		for k := s.t0; k < s.t1; k++ {
			if a.toks[k].kind != tokWord {
				continue
			}
			if mi := a.mentAt[k]; mi >= 0 && a.r.paraActors != nil && a.ments[mi].t0 == k && len(a.ments[mi].topics) == 0 {
				// "Sylvania" for the "SV" of "withdrawal of SV
				// troops".
				for _, act := range a.ments[mi].actors {
					for _, ref := range a.r.paraActors[act] {
						if masks[ref.alias] == 0 {
							touched = append(touched, ref.alias)
						}
						masks[ref.alias] |= 1 << uint(ref.word)
					}
				}
			}
			n := a.toks[k].norm
			if !a.r.paraPrefixes.mayHave(prefix4(n)) {
				continue // no root in paraIndex begins so
			}
			root := wordRoot(n)
			if !a.r.paraFilter.mayHave(root) {
				continue
			}
			for _, ref := range a.r.paraIndex[root] {
				if ref.pair {
					pairs = append(pairs, [2]int{ref.alias, k})
					continue
				}
				if ref.act {
					acts = append(acts, [2]int{ref.alias, k})
					continue
				}
				if ref.verb {
					verbs = append(verbs, [2]int{ref.alias, k})
					continue
				}
				if ref.alias < 0 {
					// A spaced alias opening with this word.
					spaced = append(spaced, [2]int{-1 - ref.alias, k})
					continue
				}
				if masks[ref.alias] == 0 {
					touched = append(touched, ref.alias)
				}
				masks[ref.alias] |= 1 << uint(ref.word)
			}
		}
		var hitTopic news.TopicID
		hitT0, hitT1, n := -1, -1, 0
		// try counts a match of a topic not yet matched and not named in
		// the sentence: more than one topic means no paraphrase.
		try := func(tp news.TopicID, at func() (int, int, bool)) {
			if tp == hitTopic || containsTopic(named, tp) {
				return
			}
			if t0, t1, ok := at(); ok {
				n++
				hitTopic, hitT0, hitT1 = tp, t0, t1
			}
		}
		for _, st := range spaced {
			sa := a.r.spacedAliases[st[0]]
			try(sa.topic, func() (int, int, bool) { return a.spacedAt(s, sa.words, st[1]) })
		}
		for _, pt := range pairs {
			pa := a.r.pairAliases[pt[0]]
			try(pa.topic, func() (int, int, bool) { return a.pairAt(s, pa, pt[1]) })
		}
		var leave [][2]int
		for _, at := range acts {
			aa := a.r.actAliases[at[0]]
			if withdrawForms.holds(a.toks[at[1]].lex) {
				leave = append(leave, at)
				continue
			}
			try(aa.topic, func() (int, int, bool) { return a.actAt(s, aa, at[1]) })
		}
		for _, vt := range verbs {
			va := a.r.verbAliases[vt[0]]
			if va.verbFirst {
				try(va.topic, func() (int, int, bool) { return a.verbObjAt(s, va, vt[1]) })
				continue
			}
			try(va.topic, func() (int, int, bool) { return a.verbOnAt(s, va, vt[1]) })
		}
		for _, ai := range touched {
			pa := a.r.paraAliases[ai]
			if masks[ai] != 1<<uint(len(pa.words))-1 {
				continue
			}
			try(pa.topic, func() (int, int, bool) { return a.paraphraseAt(s, pa.words) })
		}
		if n == 0 {
			// "withdraw from land" for "ceding territory" only when no
			// topic of withdrawing reads it.
			for _, at := range leave {
				aa := a.r.actAliases[at[0]]
				try(aa.topic, func() (int, int, bool) { return a.actAt(s, aa, at[1]) })
			}
		}
		if n != 1 {
			continue
		}
		if len(named) > 0 && !a.apartFromNamed(s, hitTopic, hitT0, hitT1) {
			continue
		}
		m := mention{t0: hitT0, t1: hitT1, topics: []news.TopicID{hitTopic}, para: true}
		if a.foreignMention(m, hitTopic) {
			continue // "visa-free travel for X", another place's
		}
		a.ments = append(a.ments, m)
		added = true
	}
	if added {
		a.reindexMentions()
	}
}

// apartFromNamed reports, in a sentence that names a topic, a paraphrase
// of another topic in a clause of its own: no topic is named in its
// stretch of the clause, and the topic it spells out is not named
// in the sentence.
func (a *analysis) apartFromNamed(s sentence, tp news.TopicID, t0, t1 int) bool {
	lo, hi := t0, t1
	for lo > s.t0 && !a.clauseEdge(lo-1) && !conditionOpeners.holds(a.toks[lo-1].lex) {
		// "the next phase cannot begin unless X gives up its weapons":
		// the condition is a clause of its own.
		lo--
	}
	for hi < s.t1 && !a.clauseEdge(hi) && !conditionOpeners.holds(a.toks[hi].lex) {
		if n := a.toks[hi].norm; hi > t1 && (n == "under" || n == "during" || n == "as" && hi+1 < s.t1 && asFrameWords.holds(a.toks[hi+1].lex)) {
			// "would not surrender its weapons under the next stage of
			// the Zenda truce", "... as a condition for the Zenda
			// truce": the frame it is said in, apart.
			break
		}
		hi++
	}
	for k := s.t0; k < s.t1; k++ {
		mi := a.mentAt[k]
		if mi < 0 || len(a.ments[mi].topics) == 0 {
			continue
		}
		if containsTopic(a.ments[mi].topics, tp) || k >= lo && k < hi {
			return false
		}
	}
	return true
}

// asFrameWords open the frame an act is said in after "as": "as a
// condition for ...", "as part of ..." (read-only).
var asFrameWords = lexSet(set(`a an the part`))

// clauseEdge is a token that ends a stretch of a clause: punctuation
// other than a hyphen, a clause breaker, "and" or "or".
func (a *analysis) clauseEdge(j int) bool {
	t := a.toks[j]
	return t.kind == tokPunct && t.norm != "-" || clauseBreakers.holds(t.lex) || t.norm == "and" || t.norm == "or"
}

// sentTopics appends to out the topics named in sentence s.
func (a *analysis) sentTopics(s sentence, out []news.TopicID) []news.TopicID {
	for k := s.t0; k < s.t1; k++ {
		if mi := a.mentAt[k]; mi >= 0 {
			for _, tp := range a.ments[mi].topics {
				if !containsTopic(out, tp) {
					out = append(out, tp)
				}
			}
		}
	}
	return out
}

// paraphraseAt finds every word of an alias in one unbroken stretch of
// the sentence; it returns the token range of the new mention: back from
// the alias's last word (its head) over the alias's own words, or else
// the first matched free token.
func (a *analysis) paraphraseAt(s sentence, words []aliasWord) (int, int, bool) {
	for k := s.t0; k < s.t1; k++ {
		if !a.anyParaWord(k, words) {
			continue
		}
		// A stretch from k: no punctuation or clause break.
		end := k
		for j := k; j < s.t1 && j < k+len(words)*2+3; j++ {
			t := a.toks[j]
			if t.norm == "and" && a.participlePair(j, k, s.t1) {
				continue // "blown up and dismantled"
			}
			if t.kind == tokPunct && t.norm != "-" || clauseBreakers.holds(t.lex) || t.norm == "and" || t.norm == "or" {
				break
			}
			end = j + 1
		}
		found := 0
		first, head := -1, -1
		for i, w := range words {
			at := -1
			for j := k; j < end; j++ {
				if a.paraWordAt(j, w) || a.wishedDone(s, j, w) {
					at = j
					break
				}
			}
			if at < 0 {
				break
			}
			found++
			if a.mentAt[at] < 0 && (first < 0 || at < first) {
				first = at
			}
			if i == len(words)-1 && a.mentAt[at] < 0 {
				head = at
			}
		}
		if found < len(words) || first < 0 {
			continue
		}
		if head < 0 {
			return first, first + 1, true
		}
		// Back from the head over the alias's own words ("remove
		// components"), so that its verb is not read as acting on it;
		// not over other words ("halt its offensive").
		t0 := head
		for t0 > first && a.mentAt[t0-1] < 0 {
			if a.anyParaWord(t0-1, words) {
				t0--
				continue
			}
			// "restrictions on X crude": over a preposition or an
			// article to the alias's word before it.
			if f := a.toks[t0-1]; t0-2 >= first && f.kind == tokWord && (npFunctionWords.holds(f.lex) || aliasStopWords.holds(f.lex)) && a.mentAt[t0-2] < 0 {
				if a.anyParaWord(t0-2, words) {
					t0 -= 2
					continue
				}
				// "talks toward an end to the war" for "talks to end
				// the war": over a preposition and an article.
				if g := a.toks[t0-2]; t0-3 >= first && g.kind == tokWord && npFunctionWords.holds(g.lex) && a.mentAt[t0-3] < 0 && a.anyParaWord(t0-3, words) {
					t0 -= 3
					continue
				}
			}
			// "withdrawing about 4,500 troops" for "troop withdrawal":
			// over a number and a word that rounds it to the alias's
			// word before it.
			if g := numberBefore(a.toks, t0, first); g >= first && a.mentAt[g] < 0 && g < t0-1 && a.anyParaWord(g, words) {
				t0 = g
				continue
			}
			// "duties on Sylvanian-made steel": over the second half
			// of a hyphenated compound whose first half is the
			// alias's word.
			if t0-3 >= first && a.toks[t0-1].kind == tokWord && a.toks[t0-2].norm == "-" && a.mentAt[t0-2] < 0 && a.mentAt[t0-3] < 0 && a.anyParaWord(t0-3, words) {
				t0 -= 3
				continue
			}
			break
		}
		return t0, head + 1, true
	}
	return -1, -1, false
}

// numberBefore returns, for a number just before token t0 (with a word
// that rounds it before the number: "about", "some", "nearly"), the
// token before them; else -1.
func numberBefore(toks []token, t0, first int) int {
	g := t0 - 1
	if g <= first || toks[g].kind != tokWord || toks[g].norm[0] < '0' || toks[g].norm[0] > '9' {
		return -1
	}
	g--
	if g > first && roundingWords.holds(toks[g].lex) {
		g--
	}
	return g
}

// roundingWords round the number after them: "about 4,500 troops"
// (read-only).
var roundingWords = lexSet(set(`about some around roughly nearly almost approximately over`))

// participlePair reports "and" at j between two participles of one
// passive ("were blown up and dismantled"), inside k–end.
func (a *analysis) participlePair(j, k, end int) bool {
	if j-1 < k || j+1 >= end {
		return false
	}
	p, n := a.toks[j-1].norm, a.toks[j+1].norm
	return (strings.HasSuffix(p, "ed") || strings.HasSuffix(p, "en") || p == "up" || p == "down" || p == "out" || p == "off") && strings.HasSuffix(n, "ed")
}

// wishedDone reports a participle at j of an alias's act noun or verb
// ("dismantled" for "dismantlement") in a sentence that asks for it: a
// modal or a word of demand comes before it ("any deal must see the
// depots dismantled", "the only acceptable deal is one in which the
// depots are dismantled"). Narration ("the depots were dismantled")
// names no act of the alias.
func (a *analysis) wishedDone(s sentence, j int, w aliasWord) bool {
	n := a.toks[j].norm
	if w.name || !strings.HasSuffix(n, "ed") || strings.HasSuffix(w.norm, "ed") {
		return false
	}
	if r := wordRoot(n); len(r) < 5 || r != wordRoot(w.norm) {
		return false
	}
	for k := s.t0; k < j; k++ {
		if m := a.toks[k].norm; modals.words[m] || demandWords.words[m] {
			return true
		}
	}
	return false
}

// demandWords ask for what follows them without a modal: "the only
// acceptable deal", "insisted on".
var demandWords = lexSet(set(`acceptable demand demands demanded insist insists insisted require requires required`))

// spacedAt finds an alias's words in their own order from token k, each
// right after the one before it or after a possessive, "of", "to" or "for" and at most
// two lower-case nouns: "Freedonia's hopes of joining ACME" for "Freedonia
// joining ACME". It returns the token range from the first word to the
// last.
func (a *analysis) spacedAt(s sentence, words []aliasWord, k int) (int, int, bool) {
	if !aliasWordAt(a.toks[k], words[0]) || a.mentAt[k] >= 0 && len(a.ments[a.mentAt[k]].topics) > 0 {
		return -1, -1, false
	}
	j := k
	for _, w := range words[1:] {
		next := -1
		for g := j + 1; g < s.t1 && g <= j+4; g++ {
			if aliasWordAt(a.toks[g], w) {
				next = g
				break
			}
			if !a.spacer(g) {
				break
			}
		}
		if next < 0 {
			return -1, -1, false
		}
		j = next
	}
	return k, j + 1, true
}

// spacer is a token that may stand between two words of a spaced alias:
// a possessive, "of", "to", "for", or a lower-case word that is no verb
// of a clause, no negation and no name.
func (a *analysis) spacer(g int) bool {
	t := a.toks[g]
	switch {
	case t.kind == tokPoss:
		return true
	case t.kind != tokWord || t.cap || a.mentAt[g] >= 0:
		return false
	case t.norm == "of" || t.norm == "to" || t.norm == "for":
		return true
	}
	return !phraseStop(t) && !strings.HasSuffix(t.norm, "ed")
}

// phraseStop reports a word that no noun phrase's modifiers run over: a
// function word, a finite auxiliary, a negation, a clause break, a
// subordinator, "and" or "or".
func phraseStop(t token) bool {
	return phraseStopWords.holds(t.lex)
}

// pairAt finds a pair alias's act word at token k in another form or a
// synonym beside its name: after it, spaced by the alias's own
// prepositions, articles, "of" and lower-case nouns ("leave the rest of
// the X region" for "withdrawal from X", "raid on X" for "strikes on
// X"); for an alias that puts the name first, only "of (the) X" ("the
// withdrawal of X troops" for "X withdrawal": "strikes on X positions"
// are no "X strikes") or X as the subject of the act's verb ("X had to
// withdraw"). It returns the token range from the act word to the name,
// or the act word alone.
func (a *analysis) pairAt(s sentence, pa pairAlias, k int) (int, int, bool) {
	t := a.toks[k]
	// "pull its troops out of X": withdrawing, only with "out" before X.
	pull := pa.pullOut && pullOutForms.holds(t.lex)
	if a.mentAt[k] >= 0 {
		return -1, -1, false
	}
	if !pull && !aliasWordAt(t, pa.act) {
		if !pa.nameFirst {
			return a.doneToName(s, pa, k)
		}
		return -1, -1, false
	}
	if pa.nameFirst {
		g := k + 1
		if g < s.t1 && a.toks[g].norm == "of" {
			g++
			if g < s.t1 && a.toks[g].norm == "the" {
				g++
			}
			if g < s.t1 && aliasWordAt(a.toks[g], pa.name) {
				return k, g + 1, true
			}
		}
		// "X had to withdraw", "X must withdraw": the verb of the
		// act itself, not a synonym, after its subject.
		if !sameWord(t.norm, pa.act.norm) || t.norm == pa.act.norm {
			return -1, -1, false
		}
		for g := k - 1; g >= s.t0 && g >= k-4; g-- {
			u := a.toks[g]
			if aliasWordAt(u, pa.name) {
				if p := a.toks[g-1].norm; g > s.t0 && (p == "of" || p == "for" || blockingPrepositions.words[p] || routePrepositions.words[p]) {
					return -1, -1, false // "the leaders of X must …": X is no subject
				}
				if !a.bareAct(s, k+1) {
					return -1, -1, false // "X must withdraw the bill"
				}
				return k, k + 1, true
			}
			if u.kind != tokWord || !finiteAux.holds(u.lex) && u.norm != "to" && !negators.holds(u.lex) && !troopNouns.holds(u.lex) {
				return -1, -1, false
			}
		}
		return -1, -1, false
	}
	out, reach, from := false, k+7, k+1
	if pull {
		reach += 3 // over "its troops out"
	}
	if pa.pullOut && !pull {
		// "the withdrawal of Ruritanian forces from the rest of X",
		// "withdraw its troops from X": over the troops withdrawn,
		// theirs by a demonym the topic's name uses, or the subject's.
		if g := a.withdrawnTroops(s, pa.topic, k+1); g > k+1 {
			from = g
			reach += g - k - 1
		}
	}
	// A noun after its determiner: an article right after it opens
	// another noun phrase, and X is that one's ("called the attack a
	// violation of X's sovereignty"); a name right after it opens a
	// clause ("an attack X condemned").
	noun := k > s.t0 && (a.toks[k-1].kind == tokPoss || referringDeterminers.holds(a.toks[k-1].lex) || a.toks[k-1].norm == "a" || a.toks[k-1].norm == "an")
	for g := from; g < s.t1 && g <= reach; g++ {
		u := a.toks[g]
		if noun && g == k+1 && (u.norm == "a" || u.norm == "an" || u.norm == "the" || u.cap) {
			return -1, -1, false
		}
		if aliasWordAt(u, pa.name) {
			if pull && !out {
				return -1, -1, false
			}
			return k, g + 1, true
		}
		switch {
		case u.kind != tokWord:
			return -1, -1, false
		case pull && !out && u.norm == "out" && g+1 < s.t1 && a.toks[g+1].norm == "of":
			out = true
		case pull && !out && g <= k+2 && (subjectPossessives.holds(u.lex) || troopNouns.holds(u.lex)):
			// "pull its troops out of"
		case slices.Contains(pa.preps, u.norm), u.norm == "of", u.norm == "the", u.norm == "a", u.norm == "an":
		case u.norm == "not" && g+1 < s.t1 && a.toks[g+1].norm == "only":
			g++ // "leave not only X but also …"
		case u.norm == "to" || u.norm == "for" || blockingPrepositions.holds(u.lex) || routePrepositions.holds(u.lex) || aliasStopWords.holds(u.lex) || !a.spacer(g):
			return -1, -1, false // another preposition: another relation
		}
	}
	return -1, -1, false
}

// doneToName finds a pair alias's act at token k as a participle said
// of its name: before the name after "a" or "an" ("a demilitarised X"
// for "demilitarisation of X"), or after it as the subject of a passive
// in a sentence that asks for it ("X would be fully demilitarised",
// "insisted that X be released" for "release X"). Narration ("X was
// released on Monday") names no act, as for wishedDone. It returns the
// token range of the name and the participle.
func (a *analysis) doneToName(s sentence, pa pairAlias, k int) (int, int, bool) {
	n := a.toks[k].norm
	if !strings.HasSuffix(n, "ed") || strings.HasSuffix(pa.act.norm, "ed") {
		return -1, -1, false
	}
	if r := wordRoot(n); len(r) < 5 || r != wordRoot(pa.act.norm) {
		return -1, -1, false
	}
	if k > s.t0 && k+1 < s.t1 {
		if p := a.toks[k-1].norm; (p == "a" || p == "an") && aliasWordAt(a.toks[k+1], pa.name) {
			return k, k + 2, true
		}
	}
	be := false
	for g := k - 1; g >= s.t0 && g >= k-5; g-- {
		u := a.toks[g]
		if aliasWordAt(u, pa.name) {
			if !be || !a.wishedDone(s, k, pa.act) {
				return -1, -1, false
			}
			if g > s.t0 {
				if p := a.toks[g-1].norm; p == "of" || p == "for" || blockingPrepositions.words[p] || routePrepositions.words[p] {
					return -1, -1, false // "the leaders of X were released"
				}
			}
			return g, k + 1, true
		}
		switch {
		case u.kind != tokWord:
			return -1, -1, false
		case passiveBe.holds(u.lex):
			be = true
		case finiteAux.holds(u.lex), modals.holds(u.lex), negators.holds(u.lex), strings.HasSuffix(u.norm, "ly"):
		default:
			return -1, -1, false
		}
	}
	return -1, -1, false
}

// withdrawnTroops returns the token after the troops a withdrawal names
// at j: "of X forces", X a capitalised word of the topic's name ("the
// withdrawal of Ruritanian troops" for a topic of Ruritania's
// withdrawal, never of another side's), or "its forces"; else j.
func (a *analysis) withdrawnTroops(s sentence, tp news.TopicID, j int) int {
	if j+1 < s.t1 && subjectPossessives.holds(a.toks[j].lex) && troopNouns.holds(a.toks[j+1].lex) {
		return j + 2
	}
	if j+2 >= s.t1 || a.toks[j].norm != "of" || !a.toks[j+1].cap || !troopNouns.holds(a.toks[j+2].lex) {
		return j
	}
	for _, w := range a.r.topicNameWords[tp] {
		if aliasWordAt(a.toks[j+1], w) {
			return j + 3
		}
	}
	return j
}

// actAt finds at token k a verb or noun of an act alias's act in
// actParaphrases with the alias's other words: after it in the same
// stretch of the clause ("handing over the group's weapons", "the
// interception of merchant vessels"; for talks, after "over", "on" or
// "about": "negotiating with X over the nuclear programme"), or for a
// passive participle, before it ("the weapons would not be handed
// over"). It returns the act's tokens.
func (a *analysis) actAt(s sentence, aa actAlias, k int) (int, int, bool) {
	e := -1
	pron := false
	for _, entry := range actParaphrases[aa.group] {
		w0, w1, two := strings.Cut(entry, " ")
		if a.toks[k].norm != w0 {
			continue
		}
		if !two {
			e = k + 1
			break
		}
		if k+1 < s.t1 && a.toks[k+1].norm == w1 {
			e = k + 2
			break
		}
		if k+2 < s.t1 && (a.toks[k+1].norm == "them" || a.toks[k+1].norm == "it") && a.toks[k+2].norm == w1 {
			// "would not hand them over": the object named before.
			e, pron = k+3, true
			break
		}
	}
	if e < 0 && aa.group == 0 && withdrawForms.holds(a.toks[k].lex) && landWords.words[aa.others[0].norm] {
		// "withdraw (its troops) from land it controls" for "ceding
		// territory".
		g := k + 1
		if g+1 < s.t1 && ownDeterminers.holds(a.toks[g].lex) && troopNouns.holds(a.toks[g+1].lex) {
			g += 2
		}
		if g < s.t1 && a.toks[g].norm == "from" {
			e = g + 1
		}
	}
	if e < 0 || a.toks[k].cap && k > s.t0 {
		return -1, -1, false
	}
	for g := k; g < e; g++ {
		if a.mentAt[g] >= 0 {
			return -1, -1, false
		}
	}
	talks := aa.group == len(actParaphrases)-1
	all := uint8(1)<<uint(len(aa.others)) - 1
	found := uint8(0)
	if pron {
		// The pronoun's antecedent earlier in the sentence: "open to
		// storing its weapons, but would not hand them over".
		for g := k - 1; g >= s.t0 && g >= k-16 && found != all; g-- {
			found |= actOtherAt(a.toks[g], aa.others)
		}
		if found == all {
			return k, e, true
		}
		return -1, -1, false
	}
	linked := !talks
	for g := e; g < s.t1 && g < e+9 && found != all; g++ {
		t := a.toks[g]
		if t.kind == tokPoss {
			continue
		}
		if t.kind != tokWord || a.actStop(t) {
			break
		}
		if t.norm == "over" || t.norm == "on" || t.norm == "about" {
			if !talks {
				break
			}
			linked = true
			continue
		}
		if !talks && t.norm != "of" && (blockingPrepositions.holds(t.lex) || aliasStopWords.holds(t.lex)) {
			break // another relation: "seized ... from the port"
		}
		if linked {
			found |= actOtherAt(t, aa.others)
		}
	}
	if found == all {
		return k, e, true
	}
	if talks || !strings.HasSuffix(a.toks[k].norm, "ed") {
		return -1, -1, false
	}
	// A passive: a form of "be" before the participle, the object
	// before it ("the movement's weapons would not be handed over").
	found, passive := uint8(0), false
	for g := k - 1; g >= s.t0 && g >= k-8 && found != all; g-- {
		t := a.toks[g]
		if t.kind == tokPoss {
			continue
		}
		if t.kind != tokWord || clauseBreakers.holds(t.lex) || subordinators.holds(t.lex) || t.norm == "and" || t.norm == "or" {
			break
		}
		switch t.norm {
		case "be", "been", "being", "is", "are", "was", "were":
			passive = true
			continue
		}
		if passive {
			found |= actOtherAt(t, aa.others)
		}
	}
	if passive && found == all {
		return k, e, true
	}
	return -1, -1, false
}

// actStop ends the stretch after an act: a clause break, a finite verb,
// a negation, "to" or a lower-case participle.
func (a *analysis) actStop(t token) bool {
	return clauseBreakers.holds(t.lex) || subordinators.holds(t.lex) || finiteAux.holds(t.lex) || negators.holds(t.lex) ||
		t.norm == "and" || t.norm == "or" || t.norm == "to" || !t.cap && strings.HasSuffix(t.norm, "ed")
}

// actOtherAt returns, as bits, which of an act alias's other words a
// token spells, up to inflection or by a general synonym
// (actObjectSynonyms).
func actOtherAt(t token, others []aliasWord) uint8 {
	if t.cap {
		return 0
	}
	var bits uint8
	for i, w := range others {
		if sameWord(t.norm, w.norm) || t.norm == w.norm+"s" || slices.Contains(w.syns, t.norm) {
			bits |= 1 << uint(i)
		}
	}
	return bits
}

// bareAct reports the token after an act's verb as leaving it without
// an object of its own: the clause's end, a conjunction, "from", a time
// preposition, an adverb in -ly, or the subject's own troops ("withdraw
// its forces").
func (a *analysis) bareAct(s sentence, g int) bool {
	if g >= s.t1 || a.toks[g].kind != tokWord {
		return true
	}
	switch w := a.toks[g].norm; {
	case w == "from" || w == "and" || w == "or" || w == "but" || w == "by" || w == "within" || w == "before":
		return true
	case strings.HasSuffix(w, "ly") && !a.toks[g].cap:
		return true
	case w == "its" || w == "their":
		return g+1 < s.t1 && troopNouns.holds(a.toks[g+1].lex)
	}
	return false
}

// anyParaWord reports a token that spells one of a paraphrase's words,
// whose names may be said by another alias of their actor (paraWordAt).
func (a *analysis) anyParaWord(k int, words []aliasWord) bool {
	for _, w := range words {
		if a.paraWordAt(k, w) {
			return true
		}
	}
	return false
}

// paraWordAt reports a token that spells an alias word (aliasWordAt), or
// for a name that is one actor's whole alias, a token of an alias of
// that actor that names no topic ("Sylvania" for "SV").
func (a *analysis) paraWordAt(k int, w aliasWord) bool {
	if aliasWordAt(a.toks[k], w) {
		return true
	}
	if w.actor == "" {
		return false
	}
	mi := a.mentAt[k]
	return mi >= 0 && len(a.ments[mi].topics) == 0 && slices.Contains(a.ments[mi].actors, w.actor)
}

// aliasWordAt reports a token that spells an alias word: the same word up
// to inflection, or for a capitalised alias word, the same country as
// name or adjective ("Sylvania" for "Sylvanian", "Freedonian" for "Freedonia").
func aliasWordAt(t token, w aliasWord) bool {
	if sameWord(t.norm, w.norm) {
		return true
	}
	if len(w.syns) > 0 && !strings.HasSuffix(t.norm, "ed") {
		r := ""
		for _, syn := range w.syns {
			// A root begins its word: only a synonym the word begins
			// with may be its root, found once.
			if !strings.HasPrefix(t.norm, syn) {
				continue
			}
			if r == "" {
				r = wordRoot(t.norm)
			}
			if r == syn {
				return true
			}
		}
	}
	if !w.name || !t.cap {
		return false
	}
	for _, f := range w.forms {
		if f == t.norm {
			return true
		}
	}
	return false
}

// nameForms returns the regular forms a country's name and its adjective
// take of each other: russia, russian; iran, iranian; ukraine,
// ukrainian; japan, japanese; china, chinese.
func nameForms(w string) []string {
	if len(w) < 4 {
		return nil
	}
	var out []string
	switch {
	case strings.HasSuffix(w, "ian"):
		out = append(out, w[:len(w)-3], w[:len(w)-3]+"e", w[:len(w)-1])
	case strings.HasSuffix(w, "an"):
		out = append(out, w[:len(w)-2], w[:len(w)-1])
	case strings.HasSuffix(w, "ese"):
		out = append(out, w[:len(w)-3], w[:len(w)-3]+"a")
	case strings.HasSuffix(w, "a"):
		out = append(out, w+"n", w[:len(w)-1]+"ese")
	case strings.HasSuffix(w, "e"):
		out = append(out, w[:len(w)-1]+"ian")
	case strings.HasSuffix(w, "i"):
		// israeli, israel; azerbaijani, azerbaijan
		out = append(out, w[:len(w)-1])
	default:
		out = append(out, w+"ian", w+"ese")
	}
	kept := out[:0]
	for _, f := range out {
		if len(f) >= 4 {
			kept = append(kept, f)
		}
	}
	return kept
}

// sameWord compares two lower-case words up to inflection and a
// nominal ending: "remove" and "removal", "components" and "component".
func sameWord(x, y string) bool {
	if x == y {
		return true
	}
	if strings.HasSuffix(x, "ed") != strings.HasSuffix(y, "ed") {
		// "the case had been handled" narrates an event; it does not
		// name "the handling of the case".
		return false
	}
	// A root of four letters or more begins its word: words that do
	// not begin alike have none in common.
	if len(x) < 4 || len(y) < 4 || x[:4] != y[:4] {
		return false
	}
	rx, ry := wordRoot(x), wordRoot(y)
	return len(rx) >= 4 && rx == ry
}

// wordRoot strips one inflectional or nominal ending: the first of
// rootEndings[w's last letter] that ends w, leaving more than three
// letters ("sanctions" sanction, "agreement" agre, "dismantled" dismantl,
// "cooperate" and "cooperation" cooper).
func wordRoot(w string) string {
	if len(w) < 5 {
		return w // too short for any ending
	}
	c := w[len(w)-1]
	if int(c) >= len(rootEndings) {
		return w
	}
	for _, suf := range rootEndings[c] {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// rootEndings are wordRoot's endings by their last letter, longest first
// (read-only).
var rootEndings = [...][]string{
	'd': {"ated", "ed"},
	'e': {"ate", "e"},
	'g': {"ating", "ing"},
	'l': {"al"},
	'n': {"ation"},
	's': {"ations", "ates", "ings", "als", "es", "s"},
	't': {"ement", "ment"},
}

// titleParaphrase returns the one topic a headline with no topic named
// spells out in other words, as a body sentence would be read.
func (r *Rules) titleParaphrase(tt []token, tms []mention) (news.TopicID, bool) {
	if len(r.paraAliases) == 0 || len(tt) == 0 {
		return "", false
	}
	for _, m := range tms {
		if len(m.topics) > 0 {
			return "", false
		}
	}
	t := &analysis{r: r, toks: tt, sents: []sentence{{t0: 0, t1: len(tt)}}, ments: tms}
	t.mentAt = make([]int32, len(tt))
	t.sentOf = make([]int32, len(tt)) // one sentence: every token in the first
	for i := range t.mentAt {
		t.mentAt[i] = -1
	}
	for mi, m := range tms {
		for k := m.t0; k < m.t1; k++ {
			t.mentAt[k] = int32(mi)
		}
	}
	t.findParaphrases()
	for _, m := range t.ments {
		if len(m.topics) == 1 {
			return m.topics[0], true
		}
	}
	return "", false
}

// thankForms are the verb "thank"; thankedActs name what one thanks
// another for doing, an act of the other's that is the story's topic
// ("thanked Holm for his support") (read-only).
var thankForms = lexSet(set(`thank thanks thanked thanking`))
var thankedActs = lexSet(set(`support backing help assistance aid approval`))
var landWords = lexSet(set(`territory territories land lands`))
var withdrawForms = lexSet(set(`withdraw withdraws withdrawing`))
var thankedPronouns = lexSet(set(`him her them us me you it`))

// findThanked adds a topic mention for the act a speaker thanks another
// for, said as help in general: "thanked Holm for what he called
// historic support", "thanked Ruritania for the approval". The act is
// the story's own topic: the only one the document has named before, or
// the headline's one topic named before. Only in a sentence that names
// no topic.
func (a *analysis) findThanked() {
	added := false
	for _, s := range a.sents {
		for k := s.t0; k < s.t1; k++ {
			if n := a.toks[k].norm; a.toks[k].kind != tokWord || !strings.HasPrefix(n, "thank") || !thankForms.words[n] || a.toks[k].cap && k > s.t0 {
				continue
			}
			g := a.thankedActAt(s, k)
			if g < 0 {
				continue
			}
			named := false
			for j := s.t0; j < s.t1 && !named; j++ {
				named = a.mentAt[j] >= 0 && len(a.ments[a.mentAt[j]].topics) > 0
			}
			if named {
				break
			}
			tp, ok := a.storyTopicBefore(s.t0)
			if !ok {
				break
			}
			a.ments = append(a.ments, mention{t0: g, t1: g + 1, topics: []news.TopicID{tp}, para: true})
			added = true
			break
		}
	}
	if added {
		a.reindexMentions()
	}
}

// thankedActAt returns the token of the act thanked for after the verb
// "thank" at k: the one thanked (a name or a pronoun), "for", perhaps
// "what he called", a determiner and up to two modifiers, then a word
// of thankedActs; else -1.
func (a *analysis) thankedActAt(s sentence, k int) int {
	g := k + 1
	for ; g < s.t1 && g <= k+6; g++ {
		t := a.toks[g]
		if t.norm == "for" {
			break
		}
		if t.kind == tokPoss || t.cap || t.norm == "the" || thankedPronouns.holds(t.lex) {
			continue
		}
		return -1
	}
	if g >= s.t1 || a.toks[g].norm != "for" || g == k+1 {
		return -1
	}
	g++
	if g+2 < s.t1 && a.toks[g].norm == "what" && subjectPronouns.holds(a.toks[g+1].lex) && a.toks[g+2].norm == "called" {
		g += 3
	}
	if g < s.t1 && (a.toks[g].norm == "the" || ownDeterminers.holds(a.toks[g].lex)) {
		g++
	}
	for n := 0; g < s.t1 && n < 4; g, n = g+1, n+1 {
		t := a.toks[g]
		if t.kind == tokWord && thankedActs.holds(t.lex) {
			if g+1 < s.t1 && (a.toks[g+1].norm == "for" || a.toks[g+1].norm == "of" || a.toks[g+1].norm == "to") {
				return -1 // "support for Y": its own object, said
			}
			return g
		}
		if t.kind == tokWord && !t.cap || t.kind == tokPunct && (t.norm == "\"" || t.norm == "'") {
			continue
		}
		return -1
	}
	return -1
}

// storyTopicBefore returns the only topic the document has named before
// token k, or the headline's one topic when named before k.
func (a *analysis) storyTopicBefore(k int) (news.TopicID, bool) {
	var only news.TopicID
	n := 0
	for _, m := range a.ments {
		if m.t0 >= k {
			break
		}
		for _, tp := range m.topics {
			if tp != only {
				only = tp
				n++
			}
		}
	}
	if n == 1 {
		return only, true
	}
	if len(a.titleTopics) == 1 {
		if _, ok := a.mentionedBefore(a.titleTopics[0], k); ok {
			return a.titleTopics[0], true
		}
	}
	return "", false
}

// reindexMentions puts the mentions back in document order after some
// were appended, and rebuilds mentAt from them.
func (a *analysis) reindexMentions() {
	sort.SliceStable(a.ments, func(i, j int) bool { return a.ments[i].t0 < a.ments[j].t0 })
	for i := range a.mentAt {
		a.mentAt[i] = -1
	}
	for mi, m := range a.ments {
		for k := m.t0; k < m.t1; k++ {
			a.mentAt[k] = int32(mi)
		}
	}
}
