package extract

import (
	"strings"

	"github.com/stancebot/stancebot/news"
)

// A place defended against a bid on it. A topic whose name is a bid,
// claim or pressure on a place ("bid to acquire Marova", "annexation of
// Marova", "access to Port Kell") is opposed by a speaker who answers
// for the place: "the island was not for sale", "Marova belongs to
// Marovans", "only its people could decide its future", "its
// sovereignty was not up for negotiation", "would not negotiate about
// selling part of the kingdom", "would not be pressured over territory".
// The place may be named by its alias, by a referring noun ("the
// territory", "the Northern island") or as the speaker's own sovereignty.

// placeBidWords are the words of a topic's name that make it a bid on a
// place.
var placeBidWords = lexSet(set(`acquire acquiring acquisition annex annexing annexation control
	purchase purchasing buy buying takeover seize seizing seizure cede ceding cession
	handover access claim claims sale sell selling occupation occupy`))

// defendedPlaceNouns refer to a place: "the territory", "the Northern island".
var defendedPlaceNouns = lexSet(set(`territory island islands archipelago kingdom country land region
	province peninsula enclave port`))

// placeCopulas are the words between a place and what is said of it:
// "the island was not for sale", "Marova is still not negotiable".
var placeCopulas = lexSet(set(`is was are were be been would will remains remained remain
	's still simply`))

// saleWords are the handing over of a place: "negotiate about selling
// part of the kingdom".
var saleWords = lexSet(set(`sale selling sell cede ceding cession handing giving transfer
	transferring`))

// placeTopicsOf finds the topics whose name is a bid on a place, with
// the first words of the place's names (aliases of capitalised words
// only that the name spells out, "… acquire Kelmar Island", or that
// another alias calls a place, "port of X"), and the lower-case words
// of their names.
func placeTopicsOf(w *news.Watchlist) (places, bids map[news.TopicID][]string, order []news.TopicID) {
	for _, t := range w.Topics {
		var words []string
		bid := false
		toks := tokenize(t.Name, 0, len(t.Name), nil)
		for i, tk := range toks {
			if tk.kind != tokWord {
				continue
			}
			words = append(words, tk.norm)
			if placeBidWords.holds(tk.lex) || (tk.norm == "take" || tk.norm == "hand") && i+1 < len(toks) && toks[i+1].norm == "over" {
				bid = true
			}
		}
		if !bid {
			continue
		}
		var names []string
		for _, al := range t.Aliases {
			if strings.ToUpper(al) == al {
				continue // an acronym
			}
			at := tokenize(al, 0, len(al), nil)
			proper := len(at) > 0 && len(at) <= 3
			for _, tk := range at {
				proper = proper && tk.kind == tokWord && tk.cap
			}
			if proper && len(at[0].norm) >= 3 && (strings.Contains(t.Name, al) || placeAlias(t.Aliases, at[0].norm)) {
				names = append(names, at[0].norm)
			}
		}
		if len(names) == 0 {
			continue
		}
		if places == nil {
			places, bids = make(map[news.TopicID][]string), make(map[news.TopicID][]string)
		}
		places[t.ID], bids[t.ID] = names, words
		order = append(order, t.ID)
	}
	return places, bids, order
}

// placeAlias reports a name the topic's aliases also give as a place:
// "port of X", "X island".
func placeAlias(aliases []string, name string) bool {
	for _, al := range aliases {
		at := tokenize(al, 0, len(al), nil)
		for i := 0; i+1 < len(at); i++ {
			if at[i].norm == name && defendedPlaceNouns.holds(at[i+1].lex) {
				return true // "X island"
			}
			if i+2 < len(at) && defendedPlaceNouns.holds(at[i].lex) && at[i+1].norm == "of" && at[i+2].norm == name {
				return true // "port of X"
			}
		}
	}
	return false
}

// placeBiddersOf finds, for each place topic, the actors its name names:
// the bidders ("Freedonia's bid …", "Freedonian access …"), whose words
// on the place are no defence of it.
func placeBiddersOf(w *news.Watchlist, bids map[news.TopicID][]string, demonyms map[string][]news.ActorID) map[news.TopicID][]news.ActorID {
	out := make(map[news.TopicID][]news.ActorID, len(bids))
	for tp, words := range bids {
		for _, act := range w.Actors {
			bidder := false
			for _, al := range act.Aliases {
				al = strings.ToLower(al)
				if strings.ContainsAny(al, " -") {
					continue
				}
				for _, word := range words {
					bidder = bidder || word == al || len(al) >= 4 && strings.HasPrefix(word, al)
				}
			}
			for _, word := range words {
				bidder = bidder || containsActor(demonyms[word], act.ID)
			}
			if bidder {
				out[tp] = append(out[tp], act.ID)
			}
		}
	}
	return out
}

// placeBidder reports a speaker named in the topic's name: the bidder.
func (a *analysis) placeBidder(f *frame, tp news.TopicID) bool {
	return overlapActors(a.r.placeBidders[tp], f.actors)
}

// bowedPressure reports the pressure a speaker says it will not bow to:
// "would not be pressured over territory".
func bowedPressure(n string) bool {
	switch n {
	case "pressured", "pressure", "blackmailed", "blackmail", "coerced", "coerce", "bullied", "bully", "intimidated", "forced":
		return true
	}
	return false
}

// placeTrigger reports a word placeDefence reads a defence at.
func placeTrigger(n string) bool {
	switch n {
	case "sale", "negotiable", "negotiation", "negotiations", "non-negotiable",
		"negotiate", "bargain", "compromise", "belongs", "belonged", "belong", "decide", "determine",
		"future", "fate", "solidarity", "stood", "stand", "stands", "standing":
		return true
	}
	return bowedPressure(n)
}

// placeRef reports the token j as part of the place of topic tp: its
// name ("Kelmar Island", an alias of capitalised words), or a place noun
// after a determiner ("the island", "the Northern island", "its
// territory"); start is where the phrase opens.
func (a *analysis) placeRef(j int, tp news.TopicID) (start int, ok bool) {
	if j < 0 || j >= len(a.toks) {
		return 0, false
	}
	t := a.toks[j]
	if t.kind != tokWord {
		return 0, false
	}
	if t.cap {
		mi := a.mentAt[j]
		if mi < 0 || !containsTopic(a.ments[mi].topics, tp) {
			return 0, false
		}
		m := a.ments[mi]
		for i := m.t0; i < m.t1; i++ {
			if !a.toks[i].cap || a.toks[i].kind != tokWord {
				return 0, false
			}
		}
		return m.t0, true
	}
	if !defendedPlaceNouns.holds(t.lex) {
		return 0, false
	}
	for i := j - 1; i >= 0 && i >= j-2; i-- {
		switch a.toks[i].norm {
		case "the", "its", "our", "their", "this", "that":
			return i, true
		}
		if !a.toks[i].cap {
			return 0, false
		}
	}
	return 0, false
}

// isPlace is placeRef without the start.
func (a *analysis) isPlace(j int, tp news.TopicID) bool {
	_, ok := a.placeRef(j, tp)
	return ok
}

// placePeople reports the token j as the place's own people: a name
// grown from the place's ("Marovans"), or "its/their (own) people".
func (a *analysis) placePeople(j int, tp news.TopicID) bool {
	if j < 1 || j >= len(a.toks) {
		return false
	}
	t := a.toks[j]
	if t.kind != tokWord {
		return false
	}
	if t.cap {
		for _, n := range a.r.placeTopics[tp] {
			if len(n) >= 4 && len(t.norm) > len(n) && strings.HasPrefix(t.norm, n) {
				return true
			}
		}
		return false
	}
	if t.norm == "people" || t.norm == "inhabitants" || t.norm == "citizens" {
		p := a.toks[j-1].norm
		if p == "own" && j >= 2 {
			p = a.toks[j-2].norm
		}
		if p == "its" || p == "their" {
			return true
		}
		return j+2 < len(a.toks) && a.toks[j+1].norm == "of" && a.isPlace(j+2, tp)
	}
	return false
}

// sovereigntyHeld reports the sovereignty (or territorial integrity) at
// j as the place's or the speaker's own: "its sovereignty", "the
// kingdom's territorial integrity", "Lorn's sovereignty (over Marova)"
// with Lorn the speaker, "the sovereignty of Marova".
func (a *analysis) sovereigntyHeld(f *frame, j int, tp news.TopicID) bool {
	s := j
	if a.toks[j].norm == "integrity" {
		if j < 1 || a.toks[j-1].norm != "territorial" {
			return false
		}
		s = j - 1
	}
	if s < 1 {
		return false
	}
	switch p := a.toks[s-1]; {
	case p.norm == "its" || p.norm == "our" || p.norm == "their":
		return true
	case p.kind == tokPoss && s >= 2:
		o := s - 2
		if a.isPlace(o, tp) {
			return true
		}
		if mi := a.mentAt[o]; mi >= 0 && overlapActors(a.ments[mi].actors, f.actors) {
			return true // "Lorn's sovereignty over Marova", said by Lorn
		}
	case p.norm == "the" && j+2 < len(a.toks) && a.toks[j+1].norm == "of":
		return a.isPlace(j+2, tp)
	}
	return false
}

// placeDefence returns the token of a defence of topic tp's place in the
// frame's content, or -1: the speaker answers the bid the topic names.
func (a *analysis) placeDefence(f *frame, tp news.TopicID) int {
	if !a.placeTriggered(f) {
		return -1
	}
	return a.triggeredDefence(f, tp)
}

// triggeredDefence is placeDefence for a frame placeTriggered has let
// through: callers that try several topics ask placeTriggered once.
func (a *analysis) triggeredDefence(f *frame, tp news.TopicID) int {
	if a.placeBidder(f, tp) {
		return -1
	}
	for _, rg := range f.content {
		for k := rg[0]; k < rg[1]; k++ {
			t := a.toks[k]
			if t.kind != tokWord {
				continue
			}
			switch n := t.norm; {
			case n == "sale" || n == "negotiable" || n == "negotiation" || n == "negotiations" || n == "non-negotiable":
				if a.placeNotForSale(f, k, rg[0], tp) {
					return k
				}
			case n == "negotiate" || n == "bargain" || n == "compromise" || bowedPressure(n):
				if a.negatedAt(k, rg[0]) && a.placeMatterAfter(f, k, tp) {
					return k // "would not negotiate over its sovereignty"
				}
			case n == "belongs" || n == "belonged" || n == "belong":
				if k+2 < rg[1] && a.toks[k+1].norm == "to" && !a.negatedAt(k, rg[0]) && a.isPlace(k-1, tp) {
					o := k + 2
					if a.toks[o].norm == "the" {
						o++
					}
					if o < rg[1] && a.placePeople(o, tp) {
						return k // "the island belonged to the Marovans"
					}
				}
			case n == "future" || n == "fate":
				if a.futureLeftToPeople(k, rg, tp) {
					return k // "the future of the island was for Marovans alone to decide"
				}
			case n == "solidarity" || n == "stood" || n == "stand" || n == "stands" || n == "standing":
				if a.standWithPeople(k, rg, tp) {
					return k // "stood with the people of Marova"
				}
			case n == "decide" || n == "determine":
				if a.ownFuture(k, rg, tp) && !a.negatedAt(k, rg[0]) {
					return k // "only its people could decide its future"
				}
			}
		}
	}
	return -1
}

// placeTriggered reports a word of the frame's content placeDefence
// reads a defence at: most frames have none.
func (a *analysis) placeTriggered(f *frame) bool {
	for _, rg := range f.content {
		for k := rg[0]; k < rg[1]; k++ {
			if t := a.toks[k]; t.kind == tokWord && len(t.norm) >= 4 && !t.cap && placeTrigger(t.norm) {
				return true
			}
		}
	}
	return false
}

// placeNotForSale reads "not for sale", "not negotiable", "not up for
// negotiation", "non-negotiable" at k, said of the place or of the
// sovereignty held over it.
func (a *analysis) placeNotForSale(f *frame, k, floor int, tp news.TopicID) bool {
	neg := -1
	if a.toks[k].norm == "non-negotiable" {
		neg = k
	}
	for j := k - 1; neg < 0 && j >= floor && j >= k-4; j-- {
		if n := a.toks[j].norm; negators.words[n] || n == "non" {
			neg = j
		} else if a.toks[j].kind == tokPunct && n != "-" && n != `"` {
			return false
		}
	}
	if neg < 0 {
		return false
	}
	for j := neg - 1; j >= floor && j >= neg-12; j-- {
		n := a.toks[j].norm
		if placeCopulas.words[n] {
			continue
		}
		if s, ok := a.placeRef(j, tp); ok {
			if s == 0 {
				return true
			}
			switch a.toks[s-1].norm {
			case "over", "of":
				continue // "sovereignty over Marova", "the integrity of Marova"
			case "on", "in", "for", "with", "at", "to", "from", "near", "around":
				return false // "the presence on Marova was not negotiable"
			}
			return true // "the island was not for sale"
		}
		if n == "sovereignty" || n == "integrity" {
			return a.sovereigntyHeld(f, j, tp)
		}
		if n == "," || n == ";" || n == "that" || n == "but" || n == "and" && j < neg-1 && a.toks[j+1].norm != "territorial" {
			return false
		}
		if a.mentAt[j] < 0 && a.toks[j].kind == tokWord && !a.toks[j].cap && j < neg-1 && n != "over" && n != "and" && n != "territorial" {
			// Another head between: "the talks on the island were not
			// negotiable" is no word on the island.
			return false
		}
	}
	return false
}

// placeMatterAfter reads what a refused negotiation or pressure is about:
// "over its sovereignty", "about selling part of the kingdom", "over
// territory", "on Marova".
func (a *analysis) placeMatterAfter(f *frame, k int, tp news.TopicID) bool {
	if k+2 >= len(a.toks) || !f.covers(k+1) {
		return false
	}
	switch a.toks[k+1].norm {
	case "over", "about", "on", "into":
	default:
		return false
	}
	for j := k + 2; j < len(a.toks) && j <= k+5 && f.covers(j); j++ {
		n := a.toks[j].norm
		switch {
		case n == "sovereignty" || n == "integrity":
			return a.sovereigntyHeld(f, j, tp)
		case n == "territory" || saleWords.words[n]:
			return true
		case a.isPlace(j, tp):
			return true
		case a.toks[j].kind != tokWord:
			return false
		}
	}
	return false
}

// futureLeftToPeople reads "the future of the island was for Marovans
// (and Lornish) alone to decide", "its fate would be determined by its
// people" at the noun k.
func (a *analysis) futureLeftToPeople(k int, rg [2]int, tp news.TopicID) bool {
	j := k + 1
	switch {
	case j+1 < rg[1] && a.toks[j].norm == "of":
		if !a.isPlace(j+1, tp) && !(a.toks[j+1].norm == "the" && a.isPlace(j+2, tp)) {
			return false
		}
	case k > rg[0] && (a.toks[k-1].norm == "its" || a.toks[k-1].norm == "their"):
	case k-1 > rg[0] && a.toks[k-1].kind == tokPoss && a.isPlace(k-2, tp):
		// "Marova's future would be decided by Marovans"
	default:
		return false
	}
	decide, own := false, false
	for m := k + 1; m < rg[1] && m <= k+14; m++ {
		switch n := a.toks[m].norm; {
		case n == ";" || n == "but" || n == "whether" || n == "if":
			return false
		case n == "decide" || n == "decided" || n == "determine" || n == "determined":
			if a.negatedAt(m, k) {
				return false
			}
			decide = true
		case (n == "matter" || n == "question") && m+1 < rg[1] && a.toks[m+1].norm == "for":
			// "Marova's future was a matter for Marovans alone": theirs
			// to decide.
			decide = true
		case a.placePeople(m, tp) || n == "not" && a.bidderAfter(m+1, tp):
			// "… decided by Marovans", "… decided in Port Kell, not in
			// Fredville": its people, or anyone but the bidder.
			own = true
		}
		if decide && own {
			return true
		}
	}
	return false
}

// bidderAfter reports "in X" or "by X" at j, X a bidder named in topic
// tp's name: "not in Fredville".
func (a *analysis) bidderAfter(j int, tp news.TopicID) bool {
	if j+1 >= len(a.toks) || a.toks[j].norm != "in" && a.toks[j].norm != "by" {
		return false
	}
	mi := a.mentAt[j+1]
	return mi >= 0 && overlapActors(a.ments[mi].actors, a.r.placeBidders[tp])
}

// standWithPeople reads "stood with (X and) the people of Marova", "in
// solidarity with Marovans" at k.
func (a *analysis) standWithPeople(k int, rg [2]int, tp news.TopicID) bool {
	w := k + 1
	if w < rg[1] && a.toks[k].norm != "solidarity" && strings.HasSuffix(a.toks[w].norm, "ly") {
		w++ // "stood firmly with"
	}
	if w >= rg[1] || a.negatedAt(k, rg[0]) {
		return false
	}
	behind := a.toks[w].norm == "behind" && a.toks[k].norm != "solidarity"
	if a.toks[w].norm != "with" && !behind {
		return false
	}
	for m := w + 1; m < rg[1] && m <= w+7; m++ {
		if a.placePeople(m, tp) || a.toks[m].cap && a.isPlace(m, tp) && a.namesOnly(w+1, m) {
			// "stood with the people of Marova", "stood fully behind
			// Zenda and Kelmar Island": the place itself backed.
			return true
		}
		if t := a.toks[m]; t.kind != tokWord && t.kind != tokPoss {
			return false
		}
	}
	return false
}

// ownFuture reads "(only) its people could decide its future",
// "Marovans alone would decide their future" at the verb k.
func (a *analysis) ownFuture(k int, rg [2]int, tp news.TopicID) bool {
	future := false
	for j := k + 1; j < rg[1] && j <= k+3; j++ {
		if n := a.toks[j].norm; n == "future" || n == "fate" {
			future = true
			break
		}
	}
	if !future {
		return false
	}
	for j := k - 1; j >= rg[0] && j >= k-4; j-- {
		if a.placePeople(j, tp) {
			return true
		}
		if a.toks[j].kind != tokWord {
			return false
		}
	}
	return false
}

// placeTopicDefended returns, for a frame that names no topic, the place
// topic the report named before whose place the content defends: "said
// the territory was not for sale" after "… bid to acquire Marova".
func (a *analysis) placeTopicDefended(f *frame) (topicHit, bool) {
	if len(a.r.placeTopics) == 0 || !a.placeTriggered(f) {
		return topicHit{}, false
	}
	k0 := int(a.sents[f.sent].t0)
	best, bestAt := news.TopicID(""), -1
	for _, tp := range a.r.placeOrder {
		if m, ok := a.mentionedBefore(tp, k0); ok && m > bestAt {
			best, bestAt = tp, m
		} else if !ok && bestAt < 0 && best == "" && containsTopic(a.titleTopics, tp) {
			best = tp
		}
	}
	if best == "" {
		return topicHit{}, false
	}
	if k := a.triggeredDefence(f, best); k >= 0 {
		return topicHit{topic: best, tok: k, referred: true, ante: bestAt}, true
	}
	return topicHit{}, false
}

// placeVerdict reports a defence of the place of the topic named (or
// referred to) at tok: a position taken, however open the speaker says
// it is to talks on other things.
func (a *analysis) placeVerdict(f *frame, tok int) bool {
	if len(a.r.placeTopics) == 0 || !a.placeTriggered(f) {
		return false
	}
	if mi := a.mentAt[tok]; mi >= 0 {
		for _, tp := range a.ments[mi].topics {
			if a.r.placeTopics[tp] != nil && a.triggeredDefence(f, tp) >= 0 {
				return true
			}
		}
		return false
	}
	for _, tp := range a.r.placeOrder {
		if a.triggeredDefence(f, tp) == tok {
			return true // the defence is what refers to the topic
		}
	}
	return false
}

// namesOnly reports nothing but capitalised words, "and" and "the"
// between i and j: "behind Zenda and Kelmar Island", not "behind its
// offer for Kelmar Island".
func (a *analysis) namesOnly(i, j int) bool {
	for k := i; k < j; k++ {
		if t := a.toks[k]; !t.cap && t.norm != "and" && t.norm != "the" {
			return false
		}
	}
	return true
}

// placeAsSetting reports a place topic's hit at tok that is the place's
// bare name standing as a party or the setting of something else, with
// no bid on it: one of the parties "between Kelmar, Zenda and Ruritania",
// or after "over", "about" or "with" on a noun that is no bid ("calm
// tempers over Kelmar", "talks with Kelmar", not "control over
// Kelmar"). The good words around it are said of the talks or the
// tempers, not of the bid; a speaker the topic names as the bidder is
// left alone.
func (a *analysis) placeAsSetting(f *frame, h topicHit) bool {
	names := a.r.placeTopics[h.topic]
	if names == nil || h.referred || a.placeBidder(f, h.topic) {
		return false
	}
	t0, t1 := a.hitSpan(h.tok)
	if t1-t0 > 2 || !containsString(names, a.toks[t0].norm) || t1 < len(a.toks) && a.toks[t1].kind == tokPoss {
		return false
	}
	j := t0 - 1
	for j >= 0 && t0-j <= 8 && f.covers(j) && (a.toks[j].norm == "," || a.toks[j].norm == "and" || a.toks[j].norm == "the" || a.toks[j].kind == tokWord && a.toks[j].cap) {
		j--
	}
	if j < 1 || !f.covers(j) {
		return false
	}
	switch a.toks[j].norm {
	case "between":
		return true
	case "over", "about", "with":
		if j < t0-1 {
			return false
		}
		n := a.toks[j-1].norm
		return a.toks[j-1].kind == tokWord && !placeBidWords.words[n] && !saleWords.words[n] && !a.r.topicNameNorms[h.topic][n]
	}
	return false
}
