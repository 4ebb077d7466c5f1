package extract

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/stancebot/stancebot/news"
)

// aliasWord is a word of a topic alias, and whether the alias writes it
// with a capital (part of a name).
type aliasWord struct {
	norm string
	name bool
	// nameID is the name's number in Rules.aliasNames, 0 when unknown.
	nameID int32
	// forms, for a name, are its country name or adjective forms
	// (nameForms).
	forms []string
	// syns, in a paraphrase of an alias that holds a name, are the
	// roots of the word's synonyms (paraphraseSynonyms).
	syns []string
	// actor, for a name in a paraphrase that is one actor's whole
	// alias ("SV" in "withdrawal of SV troops"), is that actor: any
	// other alias of it says the word ("Sylvania was considering
	// withdrawing troops").
	actor news.ActorID
}

// Rules extracts statements for one watchlist. It is safe for concurrent
// use after NewRules returns: Extract and Quotes only read it.
type Rules struct {
	match *matcher
	cues  map[string]*cue
	// baseCues are the bare verbs, cues only after an auxiliary ("did
	// not reject", "will welcome").
	baseCues map[string]*cue
	// phrasal cues by verb form: the particle that must follow and the cue.
	phrasal map[string][]*cue
	// cueWords holds every word lookupCue may start a cue at: the keys of
	// cues, baseCues and phrasal, the renew verbs and the forms of "be". It
	// turns away most other words, which are most of a text, before any
	// map look-up.
	cueWords *wordFilter
	// stanceWords holds every word stanceScore's per-token switch can
	// give a polarity: its word lists, the words it names, the cues. A
	// word not in it scores nothing, without a dozen map look-ups.
	stanceWords *wordFilter
	actors      map[news.ActorID]bool
	// topicWords maps the lower-case last word (the head) of a topic's
	// multi-word aliases to the topics, for nouns that refer back ("the tanker").
	topicWords map[string][]news.TopicID
	// headWords holds the keys of topicWords and topicPlural: most
	// words of a text head no topic, and headTopics and describedAlias
	// turn them away before the map look-up.
	headWords *wordFilter
	// describedWords holds every word describedAlias may find topics
	// for: the keys of topicWords, bare or with one of
	// describedSuffixes, and of topicPlural. Built in NewRules,
	// read-only afterwards.
	describedWords *wordFilter
	// topicAllWords maps every word (four letters or more, lower-cased)
	// of a topic's aliases to the topics, for possessors that refer back
	// ("the court's decision").
	topicAllWords map[string][]news.TopicID
	// topicAliasWords lists, per topic, each alias's words (lower case,
	// function words left out): a head noun refers to the topic in a
	// document that holds the alias's other words.
	topicAliasWords map[news.TopicID][][]aliasWord
	// aliasNames numbers, from 1, the names among topicAliasWords: the
	// words docHas is asked about, and the only ones whose presence a
	// document records (analysis.names).
	aliasNames map[string]int32
	// aliasNameWords holds aliasNames' keys: analysis.hasName looks up
	// every word of a document, and most are no alias name.
	aliasNameWords *wordFilter
	// documentTopics are the topics with an alias naming a document
	// ("plastics treaty"): what "the text" or "the draft" refers to.
	documentTopics map[news.TopicID]bool
	// topicPlural maps the singular of a plural head to its topics:
	// "fine" for "fines".
	topicPlural map[string][]news.TopicID
	// personActors are the actors that are one person: every alias ends
	// with the same capitalised word, and there are two or more.
	personActors map[news.ActorID]bool
	// aliasesOf lists each actor's aliases.
	aliasesOf map[news.ActorID][]string
	// demonyms are capitalised words that open two or more of an actor's
	// aliases before a role noun ("Sylvanian government", "Sylvanian
	// embassy") without being aliases themselves.
	demonyms map[string][]news.ActorID
	// actorWords maps a role noun that heads some of an actor's aliases
	// ("army" in "Sudanese army", "ministry" in "Ministry of X") to the
	// actors, so that "the army" prefers them.
	actorWords map[string][]news.ActorID
	// commonNouns maps the noun of an alias that is a common noun with
	// its article ("the alliance") to the actors that use it.
	commonNouns map[string][]news.ActorID
	// actorAliasWords holds every word of the actors' aliases: such a
	// word does not make a paraphrase of a topic alias distinctive.
	actorAliasWords map[string]bool
	// bag maps a word stem to the topics whose words have it (bag.go).
	bag map[string][]bagRef
	// paraAliases are the topic aliases a paraphrase may match, and
	// paraIndex finds them by the root of each of their words, and the
	// spaced aliases (as alias -1-i) by the root of their first word.
	paraAliases []paraAlias
	paraIndex   map[string][]paraRef
	// paraFilter holds paraIndex's keys, for findParaphrases to turn
	// away most words' roots before the map look-up.
	paraFilter *wordFilter
	// paraPrefixes holds the first four letters (prefix4) of paraIndex's
	// keys: a word none begins with has no root there, and
	// findParaphrases turns it away before working its root out.
	paraPrefixes *wordFilter
	// paraActors finds, by actor, the paraphrase words that are one of
	// the actor's whole aliases (aliasWord.actor).
	paraActors map[news.ActorID][]paraRef
	// spacedAliases are aliases of three or more words too close to
	// names alone for a paraphrase ("Freedonia joining ACME"): they match
	// only in their own order, spaced by a possessed noun ("Freedonia's
	// hopes of joining ACME").
	spacedAliases []paraAlias
	// pairAliases are aliases of one name and one act or head word
	// ("withdrawal from X", "strikes on X", "X withdrawal"): they match
	// the word in another form or a synonym beside the name ("leave the
	// rest of the X region", "raid on X", "X had to withdraw").
	pairAliases []pairAlias
	// actAliases are aliases with no name of one act in actParaphrases
	// and its object or subject matter ("give up its weapons"): they
	// match another verb or noun of the act with the same object
	// ("handing over the group's weapons").
	actAliases []actAlias
	// verbAliases are aliases of an object and a verbal noun
	// ("defence spending"), read as the verb with "on" the object.
	verbAliases []verbAlias
	// topicNameWords are the capitalised words of each topic's name
	// ("… for Marova").
	topicNameWords map[news.TopicID][]aliasWord
	// topicNameNorms holds every word of each topic's name, lower-cased:
	// "suspending" for "Suspending the X reform" (ownUndoWord).
	topicNameNorms map[news.TopicID]map[string]bool
	// nameUndoes marks the topics whose name undoes, ends or bans
	// something ("Withdrawal from X", "Ban on Y"): their aliases' undo
	// words are the topic's own act (ownUndoWord).
	nameUndoes map[news.TopicID]bool
	// nameActs holds the root of the act a topic's name opens with, "of"
	// after it ("releas" for "Release of the Y funds"): the topic's own
	// verb ("the funds cannot be released").
	nameActs map[news.TopicID]string
	// placeTopics are the topics whose name is a bid on a place ("bid to
	// acquire X", "annexation of X", "access to X's port"), with the
	// first words of the place's names (aliases of capitalised words
	// only); placeOrder holds the same topics in watchlist order, and
	// placeBidders the actors each one's name names as the bidder.
	placeTopics  map[news.TopicID][]string
	placeOrder   []news.TopicID
	placeBidders map[news.TopicID][]news.ActorID
	// antiWords are, per topic, the undoing words of its aliases that
	// name the topic's opposite ("zero enlargement" for "Enlargement of
	// the bloc"): a mention holding one counts the other way.
	antiWords map[news.TopicID]map[string]bool
	// ofForms, by head noun, are the topic aliases "M head" that may be
	// written "head of (the) M" ("membership of the EU" for "EU
	// membership").
	ofForms map[string][]ofForm
	// forceTopics have an alias naming an act of armed force ("military
	// action against X"): what "the use of force" refers back to.
	forceTopics []news.TopicID
	// onForms, by penalty head, are the topic aliases "M head" of two
	// lower-case words that may be written "head on (X's) M": "sanctions
	// on Sylvania's grain sector" for "grain sanctions".
	onForms map[string][]ofForm
	// forForms: some ofForm has a forName.
	forForms bool
	// duoForms are the topic aliases "A-B talks" of two actors' names
	// and a head of talks, and duoHeads their heads with the heads'
	// synonyms: "talks" in a clause that names both actors.
	duoForms []duoForm
	duoHeads []string
	// duoHeadWords holds duoHeads, so that findDuoForms turns away most
	// words before comparing them with each head.
	duoHeadWords *wordFilter
	// listHeads, by head noun, are the topic aliases "head of R", with R
	// as the form's words.
	listHeads map[string][]ofForm
	// headFormWords holds the keys of ofForms, onForms and listHeads and the
	// concessionWords: the words analysis.scanHeads stops at.
	headFormWords *wordFilter
	// nounCues are the cues of a renew verb's noun of position
	// ("renewed their push for").
	nounCues map[string]*cue
	// topicAnchors are, per topic, the names its own name and two or
	// more of its aliases share ("Tarland" for a Tarland ceasefire): the
	// place or party the topic is about.
	topicAnchors map[news.TopicID][]string
	// anchorForms gives, for each anchor and owner name, the words that
	// show it in a report: itself and its demonyms (anchorFormsOf);
	// anchorWords holds them all, the only capitalised words
	// markUnanchored needs to know present.
	anchorForms map[string][]string
	anchorWords map[string]bool
	// anchorFilter holds anchorWords: most capitalised words are turned
	// away before the map look-up.
	anchorFilter *wordFilter
	// penaltyTopics have an alias with a penalty noun ("oil sanctions",
	// "export ban"): what "the restrictions" may refer back to.
	penaltyTopics map[news.TopicID]bool
	// namePlaces are, per topic, the prepositions its name puts before
	// a capitalised word ("… for Marova"), and nameWords the capitalised
	// words of its name and aliases: "visa-free travel for X" names
	// another place when X is none of them.
	namePlaces map[news.TopicID]map[string]bool
	nameWords  map[news.TopicID][]string
	// topicOwners are, per topic, the names its name makes the owner
	// ("Zenda" in "Zenda's bid to join the EU"), and ownerActors the
	// watched actors with an alias word that is one of them.
	topicOwners map[news.TopicID][]string
	ownerActors map[news.TopicID][]news.ActorID
	// topicTargets holds, for a topic named as an act against something
	// ("Action against the X fleet", "Suspension of Y"), the words of
	// what the act is aimed at; undoTopics marks those whose act undoes
	// it ("suspension", "waiver").
	topicTargets map[news.TopicID]map[string]bool
	// stayTopics are the topics of troops leaving (-1: "Withdrawal
	// from X") or staying (+1: "Military presence in X"): troops that
	// remain oppose the first and back the second.
	stayTopics map[news.TopicID]float64
	// disarmTopics are the topics whose name takes someone's weapons
	// away ("Disarmament of X"): its weapons kept oppose it.
	disarmTopics map[news.TopicID]bool
	topicHeads   map[news.TopicID]map[string]bool
	// foreignTroops are the topics of troops from elsewhere ("foreign
	// troops in X"): "its forces" is never theirs.
	foreignTroops map[news.TopicID]bool
	undoTopics    map[news.TopicID]bool
	// transferTopics name goods handed to someone ("Supplying X to Y",
	// "arms sales to Y", "weapons package for Y").
	transferTopics map[news.TopicID]bool
	// transferTo holds the watched actors a transfer topic hands its
	// goods to ("… to Zenda", "… for Zenda").
	transferTo map[news.TopicID][]news.ActorID
	// aimedAt holds the watched actors a topic's name aims its act at
	// ("Sanctions on Y", "… border crossings with Y").
	aimedAt map[news.TopicID][]news.ActorID
	// namedDoers holds the watched actors a topic's name names as doing
	// it ("X-Y military exercises").
	namedDoers map[news.TopicID][]news.ActorID
	// spare keeps analyses' buffers between documents (see buffers).
	spare sync.Pool
}

// targetOf reads a topic name made of an act and what it is aimed at:
// "Action against the X fleet", "Suspension of visa-free travel for Y".
// It returns the words after the first "against", "on" or "of" when the
// words before (heads) name an act against something or an undoing, and
// whether it is an undoing. A bracketed aside ("Tariffs on X goods
// (incl. the oil penalty)", "(support = backing the attacks)") glosses
// the name and is no part of either.
func targetOf(name string) (target, heads map[string]bool, undo bool) {
	all := tokenize(name, 0, len(name), nil)
	toks := all[:0:0]
	depth := 0
	for _, tk := range all {
		switch {
		case tk.kind == tokPunct && tk.norm == "(":
			depth++
		case tk.kind == tokPunct && tk.norm == ")":
			if depth > 0 {
				depth--
			}
		case depth == 0:
			toks = append(toks, tk)
		}
	}
	act := false
	heads = make(map[string]bool)
	for i, tk := range toks {
		if tk.kind != tokWord {
			continue
		}
		switch tk.norm {
		case "against", "on", "of":
			if !act && !undo || i+1 >= len(toks) {
				return nil, nil, false
			}
			target = make(map[string]bool)
			for _, t := range toks[i+1:] {
				if t.kind == tokWord && !npFunctionWords.holds(t.lex) {
					target[t.norm] = true
				}
			}
			return target, heads, undo
		}
		heads[tk.norm] = true
		if adverseActs.holds(tk.lex) {
			act = true
		}
		if undoNouns.holds(tk.lex) || waiverNouns.holds(tk.lex) {
			undo = true
		}
	}
	return nil, nil, false
}

// NewRules compiles the watchlist's aliases. It fails when the watchlist
// is missing, an id is empty or repeated, or an alias cannot match
// anything (empty, or starting with punctuation).
func NewRules(w *news.Watchlist) (*Rules, error) {
	if w == nil {
		return nil, errors.New("extract: no watchlist")
	}
	seenA := make(map[news.ActorID]bool)
	for _, a := range w.Actors {
		if a.ID == "" {
			return nil, errors.New("extract: actor with an empty id")
		}
		if seenA[a.ID] {
			return nil, fmt.Errorf("extract: duplicate actor id %q", a.ID)
		}
		seenA[a.ID] = true
	}
	seenT := make(map[news.TopicID]bool)
	for _, t := range w.Topics {
		if t.ID == "" {
			return nil, errors.New("extract: topic with an empty id")
		}
		if seenT[t.ID] {
			return nil, fmt.Errorf("extract: duplicate topic id %q", t.ID)
		}
		seenT[t.ID] = true
	}
	m, err := newMatcher(w)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	r := &Rules{match: m, cues: make(map[string]*cue), baseCues: make(map[string]*cue), phrasal: make(map[string][]*cue), actors: seenA,
		topicWords: make(map[string][]news.TopicID)}
	r.demonyms = demonymsOf(w)
	r.aliasesOf = make(map[news.ActorID][]string, len(w.Actors))
	for _, act := range w.Actors {
		r.aliasesOf[act.ID] = act.Aliases
	}
	r.topicAllWords = make(map[string][]news.TopicID)
	r.topicAliasWords = make(map[news.TopicID][][]aliasWord)
	r.aliasNames = make(map[string]int32)
	r.aliasNameWords = new(wordFilter)
	r.documentTopics = make(map[news.TopicID]bool)
	for _, t := range w.Topics {
		for _, al := range t.Aliases {
			var words []aliasWord
			for _, tk := range tokenize(al, 0, len(al), nil) {
				if tk.kind == tokWord && !npFunctionWords.holds(tk.lex) && !aliasStopWords.holds(tk.lex) {
					w := aliasWord{norm: tk.norm, name: tk.cap}
					if w.name {
						w.forms = nameForms(w.norm)
						if r.aliasNames[w.norm] == 0 {
							r.aliasNames[w.norm] = int32(len(r.aliasNames) + 1)
							r.aliasNameWords.add(w.norm)
						}
						w.nameID = r.aliasNames[w.norm]
					}
					words = append(words, w)
				}
			}
			r.topicAliasWords[t.ID] = append(r.topicAliasWords[t.ID], words)
			for _, w := range words {
				if documentHeads.words[w.norm] {
					r.documentTopics[t.ID] = true
				}
			}
			for _, tk := range tokenize(al, 0, len(al), nil) {
				if tk.kind != tokWord || len(tk.norm) < 4 || npFunctionWords.holds(tk.lex) || aliasStopWords.holds(tk.lex) {
					continue
				}
				if !containsTopic(r.topicAllWords[tk.norm], t.ID) {
					r.topicAllWords[tk.norm] = append(r.topicAllWords[tk.norm], t.ID)
				}
			}
		}
	}
	r.topicTargets = make(map[news.TopicID]map[string]bool)
	r.undoTopics = make(map[news.TopicID]bool)
	r.topicHeads = make(map[news.TopicID]map[string]bool)
	for _, t := range w.Topics {
		if tw, heads, undo := targetOf(t.Name); tw != nil {
			r.topicTargets[t.ID] = tw
			r.topicHeads[t.ID] = heads
			r.undoTopics[t.ID] = undo
		}
	}
	r.transferTopics = make(map[news.TopicID]bool)
	r.foreignTroops = make(map[news.TopicID]bool)
	for _, t := range w.Topics {
		if nt := tokenize(t.Name, 0, len(t.Name), nil); len(nt) > 0 && handingForms.holds(nt[0].lex) {
			r.transferTopics[t.ID] = true
		}
		for _, al := range t.Aliases {
			for _, tk := range tokenize(al, 0, len(al), nil) {
				if transferHeads.holds(tk.lex) {
					r.transferTopics[t.ID] = true
				}
				if foreignWords.holds(tk.lex) {
					r.foreignTroops[t.ID] = true
				}
			}
		}
	}
	// aimedAt: the watched actors a topic's name aims its act at, a
	// capitalised name after "against", "on" or "with" ("Closure of X's
	// border crossings with Y", "Sanctions on Y"): "Y condemned the
	// move" is a reaction to that act.
	// namedDoers: the watched actors a topic's name names otherwise, as
	// the ones doing it ("X-Y military exercises", "X's bid").
	r.aimedAt = make(map[news.TopicID][]news.ActorID)
	r.namedDoers = make(map[news.TopicID][]news.ActorID)
	// The words of each actor's aliases, by the actor's place in
	// w.Actors, tokenized once for this loop and transferTo's.
	actorWords := make([][]token, len(w.Actors))
	for i, act := range w.Actors {
		for _, al := range act.Aliases {
			actorWords[i] = append(actorWords[i], tokenize(al, 0, len(al), nil)...)
		}
	}
	for _, t := range w.Topics {
		nt := tokenize(t.Name, 0, len(t.Name), nil)
		for i := 0; i < len(nt); i++ {
			if !nt[i].cap || nt[i].kind != tokWord {
				continue
			}
			prev := ""
			if i > 0 {
				prev = nt[i-1].norm
			}
			into := &r.namedDoers
			switch prev {
			case "against", "on", "with":
				into = &r.aimedAt
			case "for", "to", "from", "in", "into", "of", "over", "by":
				continue
			}
			for ai, act := range w.Actors {
				for _, tk := range actorWords[ai] {
					// A short name ("EU", "US") only as the name's first
					// word and whole ("US withdrawal from X", "EU ban on
					// Y's gas"), never inside it ("… to join the EU").
					short := len(tk.norm) < 4 && len(tk.norm) >= 2 && i == 0 && nt[i].norm == tk.norm
					if tk.cap && (short || len(tk.norm) >= 4 && strings.HasPrefix(nt[i].norm, tk.norm)) && !containsActor((*into)[t.ID], act.ID) {
						(*into)[t.ID] = append((*into)[t.ID], act.ID)
					}
				}
			}
		}
	}
	r.transferTo = make(map[news.TopicID][]news.ActorID)
	for _, t := range w.Topics {
		if !r.transferTopics[t.ID] {
			continue
		}
		id := t.ID
		for _, phrase := range append([]string{t.Name}, t.Aliases...) {
			pt := tokenize(phrase, 0, len(phrase), nil)
			for i := 1; i < len(pt); i++ {
				if !pt[i].cap || pt[i-1].norm != "to" && pt[i-1].norm != "for" {
					continue
				}
				for ai, act := range w.Actors {
					for _, tk := range actorWords[ai] {
						if tk.norm == pt[i].norm && !containsActor(r.transferTo[id], act.ID) {
							r.transferTo[id] = append(r.transferTo[id], act.ID)
						}
					}
				}
			}
		}
	}
	r.listHeads = make(map[string][]ofForm)
	for _, t := range w.Topics {
		for _, al := range t.Aliases {
			// "demilitarisation of X": its head may open a list that
			// shares the complement ("the demilitarisation,
			// disarmament and deradicalisation of X").
			toks := tokenize(al, 0, len(al), nil)
			if len(toks) < 3 || toks[1].norm != "of" || toks[0].cap || len(toks[0].norm) < 5 || npFunctionWords.holds(toks[0].lex) {
				continue
			}
			var rest []string
			for _, tk := range toks[2:] {
				rest = append(rest, tk.norm)
			}
			r.listHeads[toks[0].norm] = append(r.listHeads[toks[0].norm], ofForm{mod: rest, topic: t.ID})
		}
	}
	r.ofForms = make(map[string][]ofForm)
	pairs := acronymPairs(w)
	for _, t := range w.Topics {
		for _, al := range t.Aliases {
			for _, v := range append([]string{al}, acronymVariants(pairs, al)...) {
				r.addOfForm(v, t.ID)
			}
		}
	}
	r.duoForms, r.duoHeads, r.duoHeadWords = nil, nil, new(wordFilter)
	for _, t := range w.Topics {
		for _, al := range t.Aliases {
			r.addDuoForm(al, t.ID, t.Aliases)
		}
	}
	r.topicNameWords = make(map[news.TopicID][]aliasWord, len(w.Topics))
	r.topicNameNorms = make(map[news.TopicID]map[string]bool, len(w.Topics))
	r.nameUndoes = make(map[news.TopicID]bool)
	for _, t := range w.Topics {
		r.topicNameNorms[t.ID] = make(map[string]bool)
		nt := tokenize(t.Name, 0, len(t.Name), nil)
		r.nameUndoes[t.ID] = undoesSomething(nt)
		if len(nt) > 2 && nt[0].kind == tokWord && nt[1].norm == "of" && len(nt[0].norm) >= 6 {
			if r.nameActs == nil {
				r.nameActs = make(map[news.TopicID]string)
			}
			r.nameActs[t.ID] = wordRoot(nt[0].norm)
		}
		for _, tk := range nt {
			if tk.kind == tokWord {
				r.topicNameNorms[t.ID][tk.norm] = true
			}
			if tk.kind == tokWord && tk.cap {
				r.topicNameWords[t.ID] = append(r.topicNameWords[t.ID], aliasWord{norm: tk.norm, name: true, forms: nameForms(tk.norm)})
			}
		}
	}
	r.antiWords = antiWordsOf(w.Topics)
	r.stayTopics = stayTopicsOf(w.Topics)
	r.disarmTopics = disarmTopicsOf(w.Topics)
	var placeBidWords map[news.TopicID][]string
	r.placeTopics, placeBidWords, r.placeOrder = placeTopicsOf(w)
	r.placeBidders = placeBiddersOf(w, placeBidWords, r.demonyms)
	r.actorAliasWords = make(map[string]bool)
	for _, act := range w.Actors {
		for _, al := range act.Aliases {
			for _, tk := range tokenize(al, 0, len(al), nil) {
				if tk.kind == tokWord {
					r.actorAliasWords[tk.norm] = true
				}
			}
		}
	}
	r.buildParaphrases(w.Topics)
	r.buildBag(w)
	r.topicAnchors = topicAnchorsOf(w.Topics)
	r.topicOwners = make(map[news.TopicID][]string)
	r.ownerActors = make(map[news.TopicID][]news.ActorID)
	for _, t := range w.Topics {
		nt := tokenize(t.Name, 0, len(t.Name), nil)
		for i := 0; i+1 < len(nt); i++ {
			if nt[i].kind != tokWord || !nt[i].cap || nt[i+1].kind != tokPoss || containsString(r.topicOwners[t.ID], nt[i].norm) {
				continue
			}
			r.topicOwners[t.ID] = append(r.topicOwners[t.ID], nt[i].norm)
			for _, act := range w.Actors {
				for _, al := range act.Aliases {
					for _, tk := range tokenize(al, 0, len(al), nil) {
						if tk.norm == nt[i].norm && !containsActor(r.ownerActors[t.ID], act.ID) {
							r.ownerActors[t.ID] = append(r.ownerActors[t.ID], act.ID)
						}
					}
				}
			}
		}
	}
	r.buildAnchorForms()
	r.namePlaces = make(map[news.TopicID]map[string]bool)
	r.nameWords = make(map[news.TopicID][]string)
	for _, t := range w.Topics {
		nt := tokenize(t.Name, 0, len(t.Name), nil)
		for i := 0; i+1 < len(nt); i++ {
			if placePrepositions.holds(nt[i].lex) && nt[i+1].cap {
				if r.namePlaces[t.ID] == nil {
					r.namePlaces[t.ID] = make(map[string]bool)
				}
				r.namePlaces[t.ID][nt[i].norm] = true
			}
		}
		for _, text := range append([]string{t.Name}, t.Aliases...) {
			for _, tk := range tokenize(text, 0, len(text), nil) {
				if tk.kind == tokWord && tk.cap && !containsString(r.nameWords[t.ID], tk.norm) {
					r.nameWords[t.ID] = append(r.nameWords[t.ID], tk.norm)
				}
			}
		}
	}
	r.onForms = make(map[string][]ofForm)
	for _, t := range w.Topics {
		for _, al := range t.Aliases {
			toks := tokenize(al, 0, len(al), nil)
			if len(toks) != 2 || toks[0].kind != tokWord || toks[1].kind != tokWord || toks[0].cap || toks[1].cap {
				continue
			}
			m, head := toks[0].norm, toks[1].norm
			if !penaltyNouns.words[head] || !penaltyObject(m) {
				continue
			}
			r.onForms[head] = append(r.onForms[head], ofForm{mod: []string{m}, topic: t.ID})
		}
	}
	r.headFormWords = new(wordFilter)
	for _, heads := range []map[string][]ofForm{r.ofForms, r.onForms, r.listHeads} {
		for h := range heads {
			r.headFormWords.add(h)
		}
	}
	for w := range concessionWords.words {
		r.headFormWords.add(w)
	}
	if len(r.onForms) > 0 {
		for w := range earningNouns.words {
			r.headFormWords.add(w)
		}
	}
	r.forceTopics = nil
	for _, t := range w.Topics {
		for _, al := range t.Aliases {
			if forceAlias(al) {
				r.forceTopics = append(r.forceTopics, t.ID)
				break
			}
		}
	}
	r.penaltyTopics = make(map[news.TopicID]bool)
	for _, t := range w.Topics {
		for _, al := range t.Aliases {
			for _, tk := range tokenize(al, 0, len(al), nil) {
				if penaltyNouns.holds(tk.lex) || strings.HasPrefix(tk.norm, "sanction") {
					r.penaltyTopics[t.ID] = true
				}
			}
		}
	}
	r.actorWords = make(map[string][]news.ActorID)
	r.commonNouns = make(map[string][]news.ActorID)
	for _, act := range w.Actors {
		for _, al := range act.Aliases {
			toks := tokenize(al, 0, len(al), nil)
			if len(toks) == 2 && toks[0].norm == "the" && toks[1].kind == tokWord && !toks[1].cap && !containsActor(r.commonNouns[toks[1].norm], act.ID) {
				r.commonNouns[toks[1].norm] = append(r.commonNouns[toks[1].norm], act.ID)
			}
			h := len(toks) - 1
			for i, tk := range toks {
				if i > 0 && (tk.norm == "of" || tk.norm == "for") {
					h = i - 1
					break
				}
			}
			if h < 0 || !roleNouns.holds(toks[h].lex) {
				continue
			}
			if n := toks[h].norm; !containsActor(r.actorWords[n], act.ID) {
				r.actorWords[n] = append(r.actorWords[n], act.ID)
			}
		}
	}
	for _, t := range w.Topics {
		for _, al := range t.Aliases {
			toks := tokenize(al, 0, len(al), nil)
			if len(toks) < 2 {
				continue
			}
			// The alias's head: its last word before any preposition
			// ("seized tanker" → tanker, "agreement on X" → agreement).
			h := len(toks) - 1
			for i, tk := range toks {
				if i > 0 && (blockingPrepositions.holds(tk.lex) || routePrepositions.holds(tk.lex) || tk.norm == "of" || tk.norm == "for") {
					h = i - 1
					break
				}
			}
			if f := toks[0]; !f.cap && len(f.norm) > 4 && strings.HasSuffix(f.norm, "ing") {
				// "delaying the law": the act is the head, not its object.
				h = 0
			}
			if !toks[0].cap && (referringDeterminers.holds(toks[1].lex) || toks[1].norm == "a" || toks[1].norm == "an") {
				// "end the war", "lay its weapons": a verb and its
				// object; "the war" is not the act of ending it.
				continue
			}
			tk := toks[h]
			// A capitalised head counts when it is a referring noun:
			// "the treaty" for "Water Treaty".
			if tk.kind != tokWord || tk.cap && !referringNouns.holds(tk.lex) || len(tk.norm) < 3 || npFunctionWords.holds(tk.lex) || aliasStopWords.holds(tk.lex) {
				continue
			}
			if !containsTopic(r.topicWords[tk.norm], t.ID) {
				r.topicWords[tk.norm] = append(r.topicWords[tk.norm], t.ID)
			}
			if h > 0 && transferHeads.holds(tk.lex) {
				// "the weapons" for "weapons package for X": the goods
				// of a transfer name it.
				if g := toks[h-1]; g.kind == tokWord && !g.cap && len(g.norm) >= 4 && !npFunctionWords.holds(g.lex) && !containsTopic(r.topicWords[g.norm], t.ID) {
					r.topicWords[g.norm] = append(r.topicWords[g.norm], t.ID)
				}
			}
		}
	}
	for _, group := range cueTable {
		for _, entry := range strings.Fields(group.forms) {
			lemma, forms, ok := strings.Cut(entry, ":")
			if !ok || forms == "_" {
				continue
			}
			c := &cue{lemma: lemma, pol: group.pol}
			for _, f := range strings.Split(forms, ",") {
				r.cues[f] = c
			}
			r.baseCues[lemma] = c
		}
	}
	r.nounCues = make(map[string]*cue, len(positionNouns))
	for n, pol := range positionNouns {
		r.nounCues[n] = &cue{lemma: "renew " + n, pol: pol}
	}
	for _, p := range phrasalCues {
		for _, v := range strings.Fields(p.verbs) {
			r.phrasal[v] = append(r.phrasal[v], &cue{lemma: p.lemma, pol: p.pol, particle: p.particle})
		}
	}
	r.cueWords = new(wordFilter)
	for _, words := range []map[string]bool{renewVerbs.words, beVerbs.words, lodgeForms.words} {
		for w := range words {
			r.cueWords.add(w)
		}
	}
	for w := range r.cues {
		r.cueWords.add(w)
	}
	for w := range r.baseCues {
		r.cueWords.add(w)
	}
	for w := range r.phrasal {
		r.cueWords.add(w)
	}
	r.stanceWords = new(wordFilter)
	for _, words := range []map[string]bool{prolongForms.words, coercedForms.words, positiveWords.words, negativeWords.words, abuseNouns.words, hardWords.words, costNouns.words, contradictForms.words, gainNouns.words, helpForms.words, harmAdjectives.words, comparativeHarms.words} {
		for w := range words {
			r.stanceWords.add(w)
		}
	}
	for w := range r.cues {
		r.stanceWords.add(w)
	}
	for _, w := range stanceScoreWords {
		r.stanceWords.add(w)
	}
	r.topicPlural = make(map[string][]news.TopicID)
	for h, tps := range r.topicWords {
		if strings.HasSuffix(h, "s") && len(h) > 3 {
			r.topicPlural[h[:len(h)-1]] = tps
		}
	}
	r.headWords = new(wordFilter)
	for _, words := range []map[string][]news.TopicID{r.topicWords, r.topicPlural} {
		for w := range words {
			r.headWords.add(w)
		}
	}
	r.describedWords = new(wordFilter)
	for w := range r.topicWords {
		r.describedWords.add(w)
		for _, suf := range describedSuffixes {
			r.describedWords.add(w + suf)
		}
	}
	for w := range r.topicPlural {
		r.describedWords.add(w)
	}
	r.personActors = make(map[news.ActorID]bool)
	for _, act := range w.Actors {
		last := ""
		same := len(act.Aliases) >= 2
		for _, al := range act.Aliases {
			toks := tokenize(al, 0, len(al), nil)
			if len(toks) == 0 || !toks[len(toks)-1].cap || toks[len(toks)-1].upper {
				same = false
				break
			}
			if l := toks[len(toks)-1].norm; last == "" {
				last = l
			} else if l != last {
				same = false
				break
			}
		}
		r.personActors[act.ID] = same
	}
	return r, nil
}

// Quote is one attribution found in a document: who (speaker, and the
// watched actor when there is one) said what (content) with which cue.
type Quote struct {
	Doc      string       `json:"doc"`
	Speaker  string       `json:"speaker"`
	Actor    news.ActorID `json:"actor"` // "" when the speaker is not watched
	Cue      string       `json:"cue"`
	Content  string       `json:"content"`
	Sentence string       `json:"sentence"`
	Negated  bool         `json:"negated"`
}

// Extract returns the statements of doc: at most one per actor and topic,
// ordered by the position of their first evidence.
func (r *Rules) Extract(doc news.Document) []news.Statement {
	a := r.analyse(doc)
	out := a.statements(doc.ID)
	r.release(a)
	return out
}

// Quotes returns every attribution in doc, watched speaker or not, in
// document order. A speaker who stands for several watched actors yields
// one quote per actor.
func (r *Rules) Quotes(doc news.Document) []Quote {
	a := r.analyse(doc)
	var out []Quote
	for i := range a.frames {
		f := &a.frames[i]
		if f.kind == frameDefault {
			continue
		}
		q := Quote{
			Doc:      doc.ID,
			Speaker:  a.speakerText(f),
			Cue:      a.cueText(f),
			Content:  a.contentText(f),
			Sentence: a.sentText(f.sent),
			Negated:  f.negated,
		}
		if len(f.actors) == 0 {
			out = append(out, q)
			continue
		}
		for _, act := range f.actors {
			q.Actor = act
			out = append(out, q)
		}
	}
	r.release(a)
	return out
}

// demonymsOf finds, per actor, the capitalised first words of aliases
// that are followed by a role noun, in at least two aliases, and are not
// aliases on their own.
func demonymsOf(w *news.Watchlist) map[string][]news.ActorID {
	aliases := make(map[string]bool)
	for _, a := range w.Actors {
		for _, al := range a.Aliases {
			aliases[strings.ToLower(strings.TrimSpace(al))] = true
		}
	}
	out := make(map[string][]news.ActorID)
	for _, a := range w.Actors {
		count := make(map[string]int)
		for _, al := range a.Aliases {
			toks := tokenize(al, 0, len(al), nil)
			if len(toks) < 2 || toks[0].kind != tokWord || !toks[0].cap || toks[1].kind != tokWord {
				continue
			}
			role := false
			for _, t := range toks[1:] {
				if roleNouns.holds(t.lex) {
					role = true
				}
			}
			// A word of office ("Foreign Adviser", "Home Adviser",
			// "Chief Adviser") names a portfolio or a rank that every
			// government has, no people.
			if d := toks[0].norm; role && !aliases[d] && !npFunctionWords.words[d] && !portfolioWords.words[d] && !roleNouns.words[d] {
				count[d]++
			}
		}
		for d, n := range count {
			if n >= 2 && !containsActor(out[d], a.ID) {
				out[d] = append(out[d], a.ID)
			}
		}
		for _, al := range a.Aliases {
			for _, d := range derivedDemonyms(al) {
				if !aliases[d] && !containsActor(out[d], a.ID) {
					out[d] = append(out[d], a.ID)
				}
			}
		}
	}
	return out
}

// derivedDemonyms returns the regular adjective forms of a one-word,
// capitalised place name, lower case: Marovia → Marovian, Brazil →
// Brazilian, Nippa → Japanese, Kardania → Kardan, Mexico → Mexican, Italy →
// Italian, Germany → German, Philippines → Philippine. They count only
// before a role noun ("the Philippine foreign ministry").
func derivedDemonyms(alias string) []string {
	toks := tokenize(alias, 0, len(alias), nil)
	if len(toks) != 1 || toks[0].kind != tokWord || !toks[0].cap || len(toks[0].norm) < 4 {
		return nil
	}
	p := toks[0].norm
	stem := p[:len(p)-1]
	out := []string{p + "n", p + "ian", p + "ese", p + "an"}
	switch p[len(p)-1] {
	case 'a', 'o':
		out = append(out, stem+"ese", stem+"an")
	case 'y':
		out = append(out, stem+"ian", stem)
	case 's':
		if strings.HasSuffix(p, "es") {
			out = append(out, stem)
		}
	}
	return out
}

// topicAnchorsOf returns, per topic, the capitalised words of its name
// that two or more of its aliases also write with a capital, and none
// in lower case: what a
// report about that topic names somewhere ("Tarland" for "Tarland ceasefire
// and the 20-point plan for Tarland", with aliases "Tarland ceasefire",
// "ceasefire in Tarland").
func topicAnchorsOf(topics []news.Topic) map[news.TopicID][]string {
	out := make(map[news.TopicID][]string)
	for _, t := range topics {
		for _, nt := range tokenize(t.Name, 0, len(t.Name), nil) {
			if nt.kind != tokWord || !nt.cap || len(nt.norm) < 3 || containsString(out[t.ID], nt.norm) {
				continue
			}
			n, common := 0, false
			for _, al := range t.Aliases {
				for _, at := range tokenize(al, 0, len(al), nil) {
					if at.norm == nt.norm && !at.cap {
						common = true // "stabilisation force": a word, not a name
					}
				}
				for _, at := range tokenize(al, 0, len(al), nil) {
					if at.cap && at.norm == nt.norm {
						n++
						break
					}
				}
			}
			if n >= 2 && !common {
				out[t.ID] = append(out[t.ID], nt.norm)
			}
		}
	}
	return out
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// topicHasWord reports a word of one of the topic's aliases, or a name in
// its own name, at token t,
// as a paraphrase would match it.
func (r *Rules) topicHasWord(tp news.TopicID, t token) bool {
	for _, w := range r.topicNameWords[tp] {
		if aliasWordAt(t, w) {
			return true
		}
	}
	for _, ws := range r.topicAliasWords[tp] {
		for _, w := range ws {
			if aliasWordAt(t, w) {
				return true
			}
		}
	}
	return false
}

// ofForm is a topic alias "M head" read as "head of (the) M": the
// modifier's words.
type ofForm struct {
	mod   []string
	topic news.TopicID
	// forName, for an alias "M head for X", is X: the form holds only
	// in a clause that names X ("membership of ACME remained a goal
	// for Sylvania" for "ACME membership for Sylvania").
	forName   string
	forActors []news.ActorID
	// to: the alias is "M head to X" ("ACME expansion to Sylvania"),
	// read only as "head of M to (verb) X", X right after: "the
	// expansion of the alliance to include Sylvania".
	to bool
	// modActor is the one actor a one-word modifier names ("EU"), whose
	// other aliases may stand for it ("membership of the bloc").
	modActor news.ActorID
}

// addOfForm indexes an alias of one to three modifier words before a
// lower-case head noun, all words, none a function word: "EU
// membership".
func (r *Rules) addOfForm(al string, tp news.TopicID) {
	toks := tokenize(al, 0, len(al), nil)
	if len(toks) < 2 || len(toks) > 4 {
		return
	}
	forName, to := "", false
	if len(toks) == 4 && toks[2].norm == "to" && toks[3].kind == tokWord && toks[3].cap && toks[0].kind == tokWord && toks[0].cap {
		to = true
	}
	if len(toks) == 4 && (toks[2].norm == "for" || to) && toks[3].kind == tokWord && toks[3].cap && toks[0].kind == tokWord && toks[0].cap {
		// "M head for X": the head's owner named apart.
		forName = toks[3].norm
		toks = toks[:2]
	}
	head := toks[len(toks)-1]
	if head.cap || len(head.norm) < 4 || strings.HasSuffix(head.norm, "ing") {
		return
	}
	var mod []string
	for _, tk := range toks {
		if tk.kind != tokWord || npFunctionWords.holds(tk.lex) || blockingPrepositions.holds(tk.lex) || tk.norm == "for" || tk.norm == "to" {
			return
		}
		mod = append(mod, tk.norm)
	}
	mod = mod[:len(mod)-1]
	for _, f := range r.ofForms[head.norm] {
		if f.topic == tp && slices.Equal(f.mod, mod) && f.forName == forName && f.to == to {
			return
		}
	}
	f := ofForm{mod: mod, topic: tp, forName: forName, to: to}
	if len(mod) == 1 && toks[0].cap {
		if acts := r.actorsNamed(mod[0]); len(acts) == 1 {
			f.modActor = acts[0]
		}
	}
	if forName != "" {
		// The actors X names: any of their aliases names X ("Osk" for Zenda).
		for act, als := range r.aliasesOf {
			for _, a := range als {
				for _, tk := range tokenize(a, 0, len(a), nil) {
					if tk.norm == forName && !containsActor(f.forActors, act) {
						f.forActors = append(f.forActors, act)
					}
				}
			}
		}
		slices.Sort(f.forActors)
	}
	r.forForms = r.forForms || forName != ""
	r.ofForms[head.norm] = append(r.ofForms[head.norm], f)
}

// forceAlias reports an alias that names an act of armed force by one of
// forceActs' phrases, whole words: "military action against X", "armed
// aggression against X".
func forceAlias(al string) bool {
	var ws []string
	for _, tk := range tokenize(al, 0, len(al), nil) {
		if tk.kind == tokWord {
			ws = append(ws, tk.norm)
		}
	}
	for _, e := range forceActs {
		ew := strings.Fields(e)
		for i := 0; i+len(ew) <= len(ws); i++ {
			if slices.Equal(ws[i:i+len(ew)], ew) {
				return true
			}
		}
	}
	return false
}

// penaltyObject reports a modifier of a penalty alias that names what the
// penalty is on ("oil", "grain", "car"): four letters or fewer or a noun's
// ending, no adjective's ("secondary", "retaliatory", "personal") or
// participle's, no word of the penalty itself.
func penaltyObject(m string) bool {
	if penaltyNouns.words[m] || npFunctionWords.words[m] {
		return false
	}
	for _, suf := range [...]string{"al", "ive", "ary", "ory", "ic", "ed", "ing", "ful", "ous", "ern", "ist", "wide", "day", "level"} {
		if strings.HasSuffix(m, suf) {
			return false
		}
	}
	return len(m) >= 3
}

// headTopics is topicWords[w], the topics with an alias headed by w,
// after a look at the filter.
func (r *Rules) headTopics(w string) []news.TopicID {
	if !r.headWords.mayHave(w) {
		return nil
	}
	return r.topicWords[w]
}
