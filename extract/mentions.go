package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/stancebot/stancebot/news"
)

// aliasEntry is one alias as a token sequence and what it names.
type aliasEntry struct {
	text  string
	norms []string
	exact []string // when set, the tokens must match these exactly (capitals rule)
	// inflect: the alias starts with a lower-case word, which may also
	// match its inflected forms ("end the war" in "ending the war").
	inflect bool
	// names marks the alias words written with a capital: an article
	// may stand before them in the text ("withdraw from the WHO").
	names  []bool
	actors []news.ActorID
	topics []news.TopicID
}

// matcher finds alias mentions: a token trie keyed by the first token,
// longest match first.
type matcher struct {
	// firsts holds, by an alias's first word (or a stem of it), its
	// entries longest first, each with its length and second word
	// beside it: longest turns most entries away on these without
	// reading the entry itself.
	firsts map[string][]firstRef
	// firstFilter holds firsts' keys: longest is called for every word
	// of a text (and its stems), and most are no alias's first word.
	firstFilter *wordFilter
	// inflectable: some alias may match an inflected first word.
	inflectable bool
	// shortForms are the short forms of two to four capitals inside
	// topic aliases of more than one word ("ZU" in "ZU sanctions on
	// X"), which their long form spelled out in the text also matches
	// ("Zendan Union sanctions on X"); shortInitials marks their first
	// letters.
	shortForms    []string
	shortInitials uint32
}

// mention is a run of tokens naming watched actors and/or topics.
type mention struct {
	t0, t1 int // token range [t0, t1)
	actors []news.ActorID
	topics []news.TopicID
	// para: a paraphrase of the topic's alias, whose act may follow the
	// range ("the depots were dismantled" for "dismantlement of the
	// depots").
	para bool
}

// addUniqueVariants adds, for each variant that variantsOf makes of a
// topic alias, an alias of that topic: only when no other topic's alias
// makes the same variant and no alias already reads so.
func addUniqueVariants(w *news.Watchlist, index map[string]*aliasEntry, add func(alias string, actor news.ActorID, topic news.TopicID) error, variantsOf func(alias string) []string) error {
	byVariant := make(map[string][]news.TopicID)
	var order []string
	for _, t := range w.Topics {
		for _, al := range t.Aliases {
			for _, v := range variantsOf(al) {
				if len(byVariant[v]) == 0 {
					order = append(order, v)
				}
				if !containsTopic(byVariant[v], t.ID) {
					byVariant[v] = append(byVariant[v], t.ID)
				}
			}
		}
	}
	for _, v := range order {
		toks := tokenize(v, 0, len(v), nil)
		norms := make([]string, len(toks))
		for i, t := range toks {
			norms[i] = t.norm
		}
		if len(byVariant[v]) != 1 || index[strings.Join(norms, " ")] != nil {
			continue
		}
		if err := add(v, "", byVariant[v][0]); err != nil {
			return err
		}
	}
	return nil
}

// capitalsOnly reports an alias of two to five capital letters (US, EU,
// ACME), which the contract says matches only in capitals.
func capitalsOnly(alias string) bool {
	if len(alias) < 2 || len(alias) > 5 {
		return false
	}
	for _, r := range alias {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func newMatcher(w *news.Watchlist) (*matcher, error) {
	m := &matcher{}
	// byFirst gathers the entries by first word; firsts is built from it.
	byFirst := make(map[string][]*aliasEntry)
	index := make(map[string]*aliasEntry)
	// entries is index in the order the aliases were added, so that
	// entries of one length keep the watchlist's order on every run.
	var entries []*aliasEntry
	add := func(alias string, actor news.ActorID, topic news.TopicID) error {
		a := strings.TrimSpace(alias)
		if a == "" {
			return fmt.Errorf("empty alias")
		}
		toks := tokenize(a, 0, len(a), nil)
		for len(toks) > 0 && toks[0].kind != tokWord {
			// "$550 billion package", "#MeToo": the alias is matched
			// from its first word; the sign before it is not needed.
			toks = toks[1:]
		}
		norms := make([]string, 0, len(toks))
		names := make([]bool, 0, len(toks))
		hasWord := false
		for _, t := range toks {
			norms = append(norms, t.norm)
			names = append(names, t.cap)
			if t.kind == tokWord {
				hasWord = true
			}
		}
		if !hasWord {
			return fmt.Errorf("alias %q: has no letter or digit", alias)
		}
		exact := capitalsOnly(a)
		key := strings.Join(norms, " ")
		if exact {
			key = "=" + a
		}
		e := index[key]
		if e == nil {
			e = &aliasEntry{text: a, norms: norms, names: names, inflect: !toks[0].cap && !exact}
			m.inflectable = m.inflectable || e.inflect
			if exact {
				e.exact = []string{a}
			}
			index[key] = e
			entries = append(entries, e)
			byFirst[norms[0]] = append(byFirst[norms[0]], e)
		}
		if actor != "" && !containsActor(e.actors, actor) {
			e.actors = append(e.actors, actor)
		}
		if topic != "" && !containsTopic(e.topics, topic) {
			e.topics = append(e.topics, topic)
		}
		return nil
	}
	for _, a := range w.Actors {
		for _, al := range a.Aliases {
			if err := add(al, a.ID, ""); err != nil {
				return nil, fmt.Errorf("actor %s: %w", a.ID, err)
			}
		}
	}
	pairs := acronymPairs(w)
	for _, t := range w.Topics {
		for _, al := range t.Aliases {
			if err := add(al, "", t.ID); err != nil {
				return nil, fmt.Errorf("topic %s: %w", t.ID, err)
			}
			m.addShortForms(al)
			for _, v := range acronymVariants(pairs, al) {
				if err := add(v, "", t.ID); err != nil {
					return nil, fmt.Errorf("topic %s: %w", t.ID, err)
				}
			}
			if v, ok := dottedVariant(al); ok {
				// "U.S.-brokered peace deal" for "US-brokered peace
				// deal", and back.
				if err := add(v, "", t.ID); err != nil {
					return nil, fmt.Errorf("topic %s: %w", t.ID, err)
				}
			}
		}
	}
	// "aggression against X" for "armed aggression against X": an alias
	// that opens with a participle before its head noun and a
	// preposition, and ends in a name, matches without the participle
	// when no other alias reads so.
	if err := addUniqueVariants(w, index, add, func(al string) []string {
		if v, ok := withoutParticiple(al); ok {
			return []string{v}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	// "Strelsau meeting" for "Strelsau talks", "Ruritanian soldiers" for
	// "Ruritanian troops": an alias of names and one head noun, with
	// another head that names the same thing, when no other topic's
	// alias reads so.
	if err := addUniqueVariants(w, index, add, headVariants); err != nil {
		return nil, err
	}
	// "trade accord" for "trade deal": an alias of modifiers and a noun
	// of agreement, with another such noun, when no other topic's alias
	// reads so.
	if err := addUniqueVariants(w, index, add, agreementVariants); err != nil {
		return nil, err
	}
	// "foreign soldiers in Ruritania" for "foreign troops in Ruritania",
	// "troops from CORDA countries to Ruritania" for "CORDA troops in
	// Ruritania", "on Ruritanian territory" for "on Ruritanian soil": an
	// alias of troops said in the other ways wire copy says it.
	if err := addUniqueVariants(w, index, add, troopVariants); err != nil {
		return nil, err
	}
	// "departure of X troops" for "withdrawal of X troops": an alias
	// led by a noun of leaving and "of", with another such noun.
	if err := addUniqueVariants(w, index, add, leadVariants); err != nil {
		return nil, err
	}
	// "stop the killing" for "end the war", "for the fighting to stop"
	// for "end the fighting": an alias that ends a war is said with
	// another verb of ending or another noun of the war, when no other
	// topic's alias reads so.
	if err := addUniqueVariants(w, index, add, endingVariants); err != nil {
		return nil, err
	}
	// "not to retaliate" for "retaliation", "cannot enrich" for
	// "enrichment", "disarmament" for "disarm": a one-word alias of an
	// act is said by the verb or noun of the same act, when no other
	// alias reads so.
	if err := addUniqueVariants(w, index, add, actFormVariants); err != nil {
		return nil, err
	}
	// "foreign tutelage" for "international tutelage": an alias of an
	// adjective of outside parties and one abstract noun, when no other
	// topic's alias reads so.
	if err := addUniqueVariants(w, index, add, outsiderVariants); err != nil {
		return nil, err
	}
	// An inflectable alias whose first word is itself inflected
	// ("changes its constitution") is found from that word's stems too,
	// as "changed its constitution" is.
	for _, e := range entries {
		if !e.inflect {
			continue
		}
		var buf [3]string
		for _, st := range stems(e.norms[0], buf[:0]) {
			if !slices.Contains(byFirst[st], e) {
				byFirst[st] = append(byFirst[st], e)
			}
		}
	}
	// Longest first, so the first full match at a position is the one to
	// keep.
	m.firstFilter = new(wordFilter)
	m.firsts = make(map[string][]firstRef, len(byFirst))
	for k, es := range byFirst {
		sortEntries(es)
		m.firstFilter.add(k)
		refs := make([]firstRef, len(es))
		for i, e := range es {
			refs[i] = firstRef{e: e, n: len(e.norms)}
			if len(e.norms) > 1 {
				refs[i].second = e.norms[1]
			}
		}
		m.firsts[k] = refs
	}
	return m, nil
}

// firstRef is an alias entry in matcher.firsts: its number of words and
// its second word ("" for one word).
type firstRef struct {
	e      *aliasEntry
	n      int
	second string
}

func sortEntries(es []*aliasEntry) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && len(es[j].norms) > len(es[j-1].norms); j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

func containsActor(xs []news.ActorID, x news.ActorID) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func containsTopic(xs []news.TopicID, x news.TopicID) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// addShortForms records the short forms of two to four capitals inside a
// topic alias of more than one word.
func (m *matcher) addShortForms(al string) {
	toks := tokenize(al, 0, len(al), nil)
	if len(toks) < 2 {
		return
	}
	for _, t := range toks {
		if t.kind != tokWord || !t.upper || len(t.norm) < 2 || len(t.norm) > 4 || t.norm[0] < 'a' || t.norm[0] > 'z' {
			continue
		}
		short := al[t.start:t.end]
		if !slices.Contains(m.shortForms, short) {
			m.shortForms = append(m.shortForms, short)
			m.shortInitials |= 1 << (t.norm[0] - 'a')
		}
	}
}

// inlineLongForms adds to exps the long forms, spelled out in the text,
// of the short forms inside topic aliases: one capitalised word for each
// capital, in order ("Zendan Union" for "ZU").
func (m *matcher) inlineLongForms(toks []token, exps []expansion) []expansion {
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if !t.cap || t.upper || t.kind != tokWord || t.norm[0] < 'a' || t.norm[0] > 'z' || m.shortInitials&(1<<(t.norm[0]-'a')) == 0 {
			continue
		}
		for _, short := range m.shortForms {
			n := len(short)
			if i+n > len(toks) || t.norm[0] != short[0]|0x20 {
				continue
			}
			ok := true
			for k := 0; k < n && ok; k++ {
				w := toks[i+k]
				ok = w.kind == tokWord && w.cap && !w.upper && len(w.norm) > 1 && w.norm[0] == short[k]|0x20
			}
			if ok {
				exps = append(exps, expansion{start: i, end: i + n, norm: strings.ToLower(short), text: short})
				break
			}
		}
	}
	return exps
}

// find returns the mentions in toks, left to right, none overlapping.
func (m *matcher) find(text string, toks []token, out []mention) []mention {
	exps := expansions(text, toks)
	if len(m.shortForms) > 0 {
		exps = m.inlineLongForms(toks, exps)
	}
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.kind != tokWord {
			i++
			continue
		}
		best, end := m.longest(text, toks, i, t.norm, false, exps)
		if best == nil && m.inflectable {
			var buf [3]string
			for _, st := range stems(t.norm, buf[:0]) {
				if best, end = m.longest(text, toks, i, st, true, exps); best != nil {
					break
				}
			}
		}
		if x, ok := expansionAt(exps, i); ok {
			// "Economic Community of West African States (ECOWAS)":
			// the long form names what the short form names, the
			// longer match kept ("Zendan Union sanctions on X" over
			// the name "Zendan Union").
			if b, e := m.longest(text, toks, i, x.norm, false, exps); b != nil && (best == nil || e > end) {
				best, end = b, e
			}
		}
		if best == nil {
			i++
			continue
		}
		if i > 0 && toks[i-1].cap && compassWords.holds(toks[i-1].lex) && toks[i].cap {
			// "Northern Ireland", "South Sudan": a longer name that is
			// not the alias.
			i = end
			continue
		}
		// A whole-word match: the tokenizer already splits on non-word
		// characters, so token boundaries are word boundaries.
		out = append(out, mention{t0: i, t1: end, actors: best.actors, topics: best.topics})
		i = end
	}
	return out
}

// longest returns the longest alias starting at token i whose first token
// is first (the token's norm, one of its stems when inflected, or the
// short form of a long form spelled out there), and where it ends.
func (m *matcher) longest(text string, toks []token, i int, first string, inflected bool, exps []expansion) (*aliasEntry, int) {
	if !m.firstFilter.mayHave(first) {
		return nil, 0
	}
	t := toks[i]
	for _, ref := range m.firsts[first] {
		if i+ref.n > len(toks) {
			// Every alias word takes at least one token (a long form
			// spelled out takes more), so it cannot fit.
			continue
		}
		if len(exps) == 0 && ref.n > 1 {
			// matchAt's first test, without the call: the second word
			// is the alias's, or an article, "of" or "own" it may
			// step over.
			if n := toks[i+1].norm; n != ref.second && n != "the" && n != "of" && n != "own" {
				continue
			}
		}
		e := ref.e
		if inflected && !e.inflect {
			continue
		}
		if e.exact != nil {
			got := text[t.start:t.end]
			if x, ok := expansionAt(exps, i); ok && x.norm == first {
				got = x.text
			}
			if got != e.exact[0] {
				continue
			}
		}
		if end := e.matchAt(toks, i, exps); end > 0 {
			return e, end
		}
	}
	return nil, 0
}

// matchAt matches the alias from token i, whose first word the caller
// has checked, and returns where the match ends (0 for none). An article
// may stand before a word the alias capitalises ("leave the WHO" for
// "leave WHO"), and a long form spelled out with its short form in
// brackets matches the short form.
func (e *aliasEntry) matchAt(toks []token, i int, exps []expansion) int {
	j := i
	for k := 0; k < len(e.norms); k++ {
		if j >= len(toks) {
			return 0
		}
		if k > 0 && e.names[k] && toks[j].norm == "the" && e.norms[k-1] != "the" && j+1 < len(toks) {
			j++
			if n := placeOf(toks, j); n > j {
				// "withdraw from the eastern town of Uvel" for
				// "withdraw from Uvel".
				j = n
			}
		}
		if k > 0 && toks[j].norm == "of" && e.norms[k] != "of" {
			// "tariffs of up to 35% on X" for "tariffs on X".
			j = skipRate(toks, j)
			if j >= len(toks) {
				return 0
			}
		}
		if k > 0 && toks[j].norm == "own" && toks[j-1].kind == tokPoss && e.norms[k] != "own" {
			// "Sylvania's own agreement with X" for "Sylvania's
			// agreement with X".
			if j++; j >= len(toks) {
				return 0
			}
		}
		if len(exps) > 0 {
			if x, ok := expansionAt(exps, j); ok && x.norm == e.norms[k] {
				j = x.end
				continue
			}
		}
		if k > 0 && toks[j].norm != e.norms[k] && j+1 < len(toks) && toks[j+1].norm == e.norms[k] && countedAfter(e.norms[k-1], toks[j]) {
			// "sanctions on three Zendan officials" for "sanctions
			// on Zendan officials": a count after the preposition.
			j++
		}
		if k > 0 && toks[j].norm != e.norms[k] {
			if !e.names[k] || e.names[k-1] || !toks[j].cap {
				return 0
			}
			// "sanctions on Vok Ha-rin" for "sanctions on Ha-rin": the
			// given names before the name the alias uses.
			if j = skipGivenNames(toks, j, e.norms[k]); toks[j].norm != e.norms[k] {
				return 0
			}
		}
		j++
	}
	return j
}

// countedAfter reports a count (digits or a number word) at t after an
// alias's preposition prev: "on three", "against 12".
func countedAfter(prev string, t token) bool {
	if prev != "on" && prev != "against" {
		return false
	}
	if c := t.norm[0]; c >= '0' && c <= '9' {
		return t.kind == tokWord
	}
	return numberWords.holds(t.lex)
}

// skipGivenNames returns the token of name after one or two capitalised
// words from j ("Vok Ha-rin" for "Ha-rin"), or j when none such stand
// there.
func skipGivenNames(toks []token, j int, name string) int {
	for n := j; n < len(toks) && n <= j+2; n++ {
		if toks[n].norm == name {
			return n
		}
		if toks[n].kind != tokWord || !toks[n].cap {
			break
		}
	}
	return j
}

// skipRate returns the token after a rate that follows "of" at j ("of
// 25%", "of up to 35 percent", "of about $2 billion"), or j when none
// does.
func skipRate(toks []token, j int) int {
	i := j + 1
	for n := 0; n < 3 && i < len(toks) && rateHedges.holds(toks[i].lex); n++ {
		i++
	}
	if i < len(toks) && (toks[i].norm == "$" || toks[i].norm == "€" || toks[i].norm == "£") {
		i++
	}
	if i >= len(toks) || toks[i].kind != tokWord || toks[i].norm[0] < '0' || toks[i].norm[0] > '9' {
		return j
	}
	i++
	if i < len(toks) && (toks[i].norm == "%" || rateUnits.holds(toks[i].lex)) {
		i++
	}
	return i
}

// expansion is a long form followed by its short form in brackets:
// "Economic Community of West African States (ECOWAS)", tokens
// [start, end).
type expansion struct {
	start, end int
	norm, text string
}

func expansionAt(exps []expansion, i int) (expansion, bool) {
	for _, x := range exps {
		if x.start == i {
			return x, true
		}
	}
	return expansion{}, false
}

// expansions finds the long forms spelled out before their short form in
// brackets, where the short form's letters begin the long form's words in
// order.
func expansions(text string, toks []token) []expansion {
	var out []expansion
	for p := 1; p+2 < len(toks); p++ {
		if toks[p].norm != "(" || toks[p+2].norm != ")" || !toks[p+1].upper || toks[p+1].kind != tokWord {
			continue
		}
		short := text[toks[p+1].start:toks[p+1].end]
		if len(short) < 2 || len(short) > 8 {
			continue
		}
		best := -1
		for s := p - 1; s >= 0 && s >= p-12; s-- {
			if toks[s].kind != tokWord {
				break
			}
			if toks[s].cap && acronymOf(short, toks[s:p]) {
				best = s
			}
		}
		if best >= 0 {
			out = append(out, expansion{start: best, end: p + 3, norm: toks[p+1].norm, text: short})
		}
	}
	return out
}

// acronymFiller are the small words a long form may skip.
var acronymFiller = lexSet(set(`of and for the on in de des du la le el del da do das dos`))

// acronymOf reports words (tokens) that spell the acronym: each
// capitalised word gives the next one to three letters from its start,
// the small words may give none.
func acronymOf(acr string, words []token) bool {
	var rec func(ai, wi int) bool
	rec = func(ai, wi int) bool {
		if wi == len(words) {
			return ai == len(acr)
		}
		w := words[wi]
		if !w.cap && !acronymFiller.holds(w.lex) {
			return false
		}
		if acronymFiller.holds(w.lex) && !w.cap && rec(ai, wi+1) {
			return true
		}
		for n := 1; n <= 3 && n <= len(w.norm) && ai+n <= len(acr); n++ {
			if !strings.EqualFold(w.norm[:n], acr[ai:ai+n]) {
				break
			}
			if rec(ai+n, wi+1) {
				return true
			}
		}
		return false
	}
	return len(words) >= 2 && rec(0, 0)
}

// acronymVariants returns a topic alias with an actor's short form
// replaced by the same actor's long form, or the long form by the short
// form ("leave ECOWAS", "leave the Economic Community of West African
// States"), when the watchlist lists both for one actor.
func acronymVariants(pairs [][2]string, alias string) []string {
	var out []string
	for _, p := range pairs {
		short, long := p[0], p[1]
		if v := replaceWord(alias, short, long); v != alias {
			out = append(out, v)
		}
		if strings.Contains(alias, long) {
			out = append(out, strings.ReplaceAll(alias, long, short))
		}
	}
	return out
}

// dottedVariant returns an alias with its initialisms of two or three
// capitals written the other way, with or without full stops: "US-led
// coalition" and "U.S.-led coalition", "U.N. mission" and "UN mission".
// Only an alias of more than its initialism has one; a bare "US" keeps
// the capitals rule.
func dottedVariant(alias string) (string, bool) {
	toks := tokenize(alias, 0, len(alias), nil)
	if len(toks) < 2 {
		return "", false
	}
	var b strings.Builder
	last := 0
	changed := false
	for _, t := range toks {
		if t.kind != tokWord {
			continue
		}
		w := alias[t.start:t.end]
		var repl string
		switch {
		case (len(w) == 2 || len(w) == 3) && capitalsOnly(w):
			var d strings.Builder
			for _, r := range w {
				d.WriteRune(r)
				d.WriteByte('.')
			}
			repl = d.String()
		case (len(w) == 4 || len(w) == 6) && dottedCapitals(w):
			repl = strings.ReplaceAll(w, ".", "")
		default:
			continue
		}
		b.WriteString(alias[last:t.start])
		b.WriteString(repl)
		last = int(t.end)
		changed = true
	}
	if !changed {
		return "", false
	}
	b.WriteString(alias[last:])
	return b.String(), true
}

// dottedCapitals reports an initialism with full stops: "U.S.", "U.N.".
func dottedCapitals(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i%2 == 0 && (c < 'A' || c > 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// acronymPairs lists each actor's (short form, long form) alias pairs.
func acronymPairs(w *news.Watchlist) [][2]string {
	var out [][2]string
	for _, a := range w.Actors {
		for _, short := range a.Aliases {
			if !capitalsOnly(short) {
				continue
			}
			for _, long := range a.Aliases {
				if long == short || !strings.Contains(long, " ") {
					continue
				}
				if acronymOf(short, tokenize(long, 0, len(long), nil)) {
					out = append(out, [2]string{short, long})
				}
			}
		}
	}
	return out
}

// replaceWord replaces whole words equal to old.
func replaceWord(s, old, repl string) string {
	f := strings.Fields(s)
	changed := false
	for i, w := range f {
		if w == old {
			f[i] = repl
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}

// stems returns the bare forms an inflected word may come from:
// ending → end, seized → seize, disarmed → disarm, stopping → stop.
func stems(w string, out []string) []string {
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		b := w[:n-3]
		out = append(out, b, b+"e")
		if len(b) > 2 && b[len(b)-1] == b[len(b)-2] {
			out = append(out, b[:len(b)-1])
		}
	case n > 4 && strings.HasSuffix(w, "ed"):
		b := w[:n-2]
		out = append(out, b, w[:n-1])
		if len(b) > 2 && b[len(b)-1] == b[len(b)-2] {
			out = append(out, b[:len(b)-1])
		}
	case n > 4 && strings.HasSuffix(w, "ies"):
		out = append(out, w[:n-3]+"y")
	case n > 3 && strings.HasSuffix(w, "es"):
		out = append(out, w[:n-2], w[:n-1])
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		out = append(out, w[:n-1])
	}
	return out
}

// withoutParticiple returns an alias "armed aggression against X" without
// its opening participle, or "military drills around X" without its
// classifying adjective, when a lower-case head noun and a preposition
// follow it and the alias ends in a name. A noun that opens a compound
// ("security agreement with X", "trade deal with X") is kept: without it
// the head names any agreement with X.
func withoutParticiple(al string) (string, bool) {
	toks := tokenize(al, 0, len(al), nil)
	if len(toks) < 4 {
		return "", false
	}
	p, head, prep, last := toks[0], toks[1], toks[2], toks[len(toks)-1]
	if p.kind != tokWord || p.cap || len(p.norm) < 5 || npFunctionWords.holds(p.lex) {
		return "", false
	}
	if !strings.HasSuffix(p.norm, "ed") && !classifyingAdjective(p.norm) {
		return "", false
	}
	if head.kind != tokWord || head.cap || len(head.norm) < 4 || npFunctionWords.holds(head.lex) || !blockingPrepositions.holds(prep.lex) && !routePrepositions.holds(prep.lex) {
		return "", false
	}
	if last.kind != tokWord || !last.cap {
		return "", false
	}
	return strings.TrimSpace(al[head.start:]), true
}

// classifyingAdjective reports a word with the ending of an adjective
// that classifies its noun ("military", "naval", "humanitarian",
// "restrictive"), not of a noun that opens a compound.
func classifyingAdjective(w string) bool {
	if adjectiveNounExceptions.words[w] {
		return false
	}
	for _, suf := range [...]string{"ary", "al", "ic", "ive", "ian", "ous"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// outsiderVariants returns an alias of two lower-case words, an
// adjective in outsiderAdjectives and an abstract noun ("-ship", "-age",
// "-ism"), with the group's other adjectives: "foreign tutelage" for
// "international tutelage". A concrete head ("international force")
// keeps its adjective: a foreign force need not be an international one.
func outsiderVariants(al string) []string {
	toks := tokenize(al, 0, len(al), nil)
	if len(toks) != 2 || toks[0].kind != tokWord || toks[1].kind != tokWord || toks[0].cap || toks[1].cap {
		return nil
	}
	syns := outsiderAdjectives[toks[0].norm]
	head := toks[1].norm
	if len(syns) == 0 || !(strings.HasSuffix(head, "ship") || strings.HasSuffix(head, "age") || strings.HasSuffix(head, "ism")) {
		return nil
	}
	out := make([]string, 0, len(syns))
	for _, s := range syns {
		out = append(out, s+" "+head)
	}
	return out
}

// headVariants returns an alias of capitalised words and a lower-case
// head noun ("Strelsau talks", "Ruritanian troops") with each other head of
// the head's group in aliasHeadSynonyms.
func headVariants(al string) []string {
	return swappedHeads(al, 2, 0, aliasHeadSynonyms, func(t token) bool { return t.kind != tokWord || t.cap })
}

// agreementVariants returns an alias of one or two lower-case modifier
// words before a noun of agreementHeads ("trade deal") with each other
// noun of its group ("trade accord").
func agreementVariants(al string) []string {
	return swappedHeads(al, 2, 3, agreementHeads, func(t token) bool {
		return t.kind == tokWord && !t.cap && !npFunctionWords.holds(t.lex)
	})
}

// swappedHeads returns al, of at least minToks tokens (and at most maxToks
// when not 0) ending on a lower-case head noun that groups lists, with the
// head swapped for each other noun of its group, when every word before
// the head is a modifier.
func swappedHeads(al string, minToks, maxToks int, groups map[string][]string, modifier func(token) bool) []string {
	toks := tokenize(al, 0, len(al), nil)
	if len(toks) < minToks || maxToks > 0 && len(toks) > maxToks {
		return nil
	}
	head := toks[len(toks)-1]
	if head.kind != tokWord || head.cap {
		return nil
	}
	syns := groups[head.norm]
	if len(syns) == 0 {
		return nil
	}
	for _, t := range toks[:len(toks)-1] {
		if !modifier(t) {
			return nil
		}
	}
	out := make([]string, 0, len(syns))
	for _, syn := range syns {
		out = append(out, al[:head.start]+syn)
	}
	return out
}

// leadVariants returns an alias that opens with a lower-case noun of
// aliasLeadSynonyms and "of" ("withdrawal of X troops") with each other
// noun of its group ("departure of X troops").
func leadVariants(al string) []string {
	toks := tokenize(al, 0, len(al), nil)
	if len(toks) < 3 || toks[0].kind != tokWord || toks[0].cap || toks[1].norm != "of" {
		return nil
	}
	syns := aliasLeadSynonyms[toks[0].norm]
	out := make([]string, 0, len(syns))
	for _, syn := range syns {
		out = append(out, syn+al[toks[0].end:])
	}
	return out
}

// actFormVariants returns the other form of a one-word lower-case alias
// of an act: the verb of a noun in "-ation" or "-ment" ("escalation" →
// "escalate", "deployment" → "deploy", "disarmament" → "disarm"), and
// the noun of a bare verb ("deploy" → "deployment", "disarm" →
// "disarmament", "escalate" → "escalation"). The verb's inflections
// match through stems, the alias being lower-case.
func actFormVariants(al string) []string {
	if len(al) < 5 {
		return nil
	}
	for i := 0; i < len(al); i++ {
		if al[i] < 'a' || al[i] > 'z' {
			return nil
		}
	}
	n := len(al)
	switch {
	case strings.HasSuffix(al, "ation"):
		// "normalisation" → "normalise", "mediation" → "mediate".
		if b := al[:n-5]; len(b) >= 4 {
			if c := b[len(b)-1]; c == 's' || c == 'z' {
				return []string{b + "e"}
			}
			return []string{b + "ate"}
		}
	case strings.HasSuffix(al, "ament"):
		if n-5 >= 4 {
			return []string{al[:n-5]}
		}
	case strings.HasSuffix(al, "ment"):
		// Not a verb in "-e" ("statement", "settlement", "agreement"):
		// those are verbs of everyday use.
		if b := al[:n-4]; len(b) >= 5 && b[len(b)-1] != 'e' {
			return []string{b}
		}
	case strings.HasSuffix(al, "ate"):
		return []string{al[:n-1] + "ion"}
	case strings.HasSuffix(al, "s"), strings.HasSuffix(al, "e"), strings.HasSuffix(al, "ed"),
		strings.HasSuffix(al, "ing"), strings.HasSuffix(al, "ion"), strings.HasSuffix(al, "al"):
		// A plural, a noun or a form already inflected.
	default:
		return []string{al + "ment", al + "ament"}
	}
	return nil
}

// troopHeads name soldiers sent somewhere, in a topic alias.
var troopHeads = lexSet(set(`troops soldiers forces`))

// troopBlocs name the members of a bloc named by its acronym: "troops
// from CORDA countries" for "CORDA troops".
var troopBlocs = [...]string{"countries", "members", "allies"}

// troopVariants returns an alias with one head of troops ("foreign
// troops in X", "CORDA forces on X soil", "deployment of foreign
// forces") with each other head of troops; a bloc's acronym before the
// head also after it ("troops from CORDA countries in X"); "to X" for
// "in X" after the head ("sending foreign troops to X"); and "on X
// territory" for "on X soil".
func troopVariants(al string) []string {
	toks := tokenize(al, 0, len(al), nil)
	h := -1
	for i, t := range toks {
		if ownDeterminers.holds(t.lex) {
			return nil // "withdraw its troops": one party's own
		}
		if t.kind != tokWord || t.cap || !troopHeads.holds(t.lex) {
			continue
		}
		if h >= 0 {
			return nil
		}
		h = i
	}
	if h < 0 || len(toks) < 2 {
		return nil
	}
	prefix, rest := al[:toks[h].start], al[toks[h].end:]
	var rests []string
	rests = append(rests, rest)
	if h+2 < len(toks) && toks[h+1].norm == "in" {
		rests = append(rests, al[toks[h].end:toks[h+1].start]+"to"+al[toks[h+1].end:])
	}
	if n := len(toks); n >= h+4 && toks[n-1].norm == "soil" && toks[n-3].norm == "on" {
		rests = append(rests, al[toks[h].end:toks[n-1].start]+"territory")
	}
	bloc := h == 1 && capitalsOnly(strings.TrimSpace(prefix))
	var out []string
	for hd := range troopHeads.words {
		for _, r := range rests {
			if v := prefix + hd + r; v != al {
				out = append(out, v)
			}
			if !bloc {
				continue
			}
			for _, b := range troopBlocs {
				out = append(out, hd+" from "+strings.TrimSpace(prefix)+" "+b+r)
			}
		}
	}
	slices.Sort(out)
	return out
}

// placeOf returns the token after "[modifiers] town of" at j (up to two
// modifiers before a noun of a place, then "of" and a capitalised word:
// "eastern Lowlander town of Uvel"), or j when none is there.
func placeOf(toks []token, j int) int {
	for i := j; i < len(toks) && i <= j+2; i++ {
		t := toks[i]
		if t.kind != tokWord {
			return j
		}
		if settlementNouns.holds(t.lex) {
			if i+2 < len(toks) && toks[i+1].norm == "of" && toks[i+2].cap {
				return i + 2
			}
			return j
		}
	}
	return j
}

// sayingForms report speech: the speaker before one is not named in the
// clause of what it said.
var sayingForms = lexSet(set(`said says say told tells added adds wrote writes stated`))

// duoForm is a topic alias "A-B talks": the actors each name stands for
// and the head with its synonyms.
type duoForm struct {
	topic news.TopicID
	a, b  []news.ActorID
	heads []string
}

// duoActorsNamed reports a duo form both of whose actors the report
// names somewhere: without one, findDuoForms has nothing to find, and
// skips its walk over every token.
func (a *analysis) duoActorsNamed() bool {
	var named []news.ActorID
	for _, m := range a.ments {
		for _, act := range m.actors {
			if !containsActor(named, act) {
				named = append(named, act)
			}
		}
	}
	for _, f := range a.r.duoForms {
		if containsActor(named, f.a[0]) && containsActor(named, f.b[0]) {
			return true
		}
	}
	return false
}

// actorsNamed lists the actors one of whose aliases holds the word w.
func (r *Rules) actorsNamed(w string) []news.ActorID {
	return r.actorsWithAliasWord(func(tk token) bool { return tk.norm == w })
}

// actorsWithAliasWord lists, sorted, the actors one of whose aliases has
// a word that keep accepts. It tokenizes every alias: for building the
// rules and for rare paths only.
func (r *Rules) actorsWithAliasWord(keep func(token) bool) []news.ActorID {
	var out []news.ActorID
	for act, als := range r.aliasesOf {
		for _, al := range als {
			for _, tk := range tokenize(al, 0, len(al), nil) {
				if keep(tk) && !containsActor(out, act) {
					out = append(out, act)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// addDuoForm indexes an alias of two actors' names joined by a hyphen
// before a head of talks ("Sylvania-Zenda talks"), when no actor is
// named by both.
func (r *Rules) addDuoForm(al string, tp news.TopicID, others []string) {
	toks := tokenize(al, 0, len(al), nil)
	if len(toks) != 4 || toks[1].norm != "-" || !toks[0].cap || !toks[2].cap || toks[3].cap || toks[0].kind != tokWord || toks[2].kind != tokWord || toks[3].kind != tokWord {
		return
	}
	head := toks[3].norm
	heads := []string{head}
	for _, h := range aliasHeadSynonyms[head] {
		if h != "meeting" { // "at a meeting in Osk, Sylvania urged Zenda …"
			heads = append(heads, h)
		}
	}
	if len(heads) == 1 || head == "meeting" || head == "troops" || head == "soldiers" || head == "forces" {
		return // a head of talks only: "… talks", "… negotiations"
	}
	if talkHeads.words[head] {
		// "remained available for direct engagement with Zenda":
		// diplomacy's word for talks, read only with both actors named.
		heads = append(heads, "engagement")
		if dealAlias(others) {
			// a topic known both as "A-B talks" and as "X deal":
			// "remained open to a negotiated agreement with Zenda".
			for _, h := range dealHeadList {
				if !slices.Contains(heads, h) {
					heads = append(heads, h)
				}
			}
		}
	}
	a, b := r.actorsNamed(toks[0].norm), r.actorsNamed(toks[2].norm)
	if len(a) != 1 || len(b) != 1 || a[0] == b[0] {
		return
	}
	r.duoForms = append(r.duoForms, duoForm{topic: tp, a: a, b: b, heads: heads})
	for _, h := range heads {
		if !slices.Contains(r.duoHeads, h) {
			r.duoHeads = append(r.duoHeads, h)
			r.duoHeadWords.add(h)
		}
	}
}

// dealAlias reports an alias among als whose last word is a head of a
// deal ("nuclear deal", "agreement on X's programme" does not end so).
func dealAlias(als []string) bool {
	for _, al := range als {
		toks := tokenize(al, 0, len(al), nil)
		if n := len(toks); n >= 2 && dealHeads.holds(toks[n-1].lex) {
			return true
		}
	}
	return false
}

// findDuoForms adds a topic mention for a head of talks that is no part
// of another mention, in a clause that names no topic, whose sentence
// names both actors of an alias "A-B talks" within the stretch between
// punctuation around it: "Zenda and Sylvania held indirect talks in
// Osk", "Sylvania … but remained open to direct talks with Zenda". A
// "with" or "between" after the head must name one of the two; only one
// topic may match; without "with" or "between", both actors are named
// in the head's own clause.
func (a *analysis) findDuoForms() {
	if len(a.r.duoForms) == 0 || !a.duoActorsNamed() {
		return
	}
	var add []mention
	for k := range a.toks {
		t := a.toks[k]
		if t.kind != tokWord || t.cap || len(t.norm) < 4 || !a.r.duoHeadWords.mayHave(t.norm) || !slices.Contains(a.r.duoHeads, t.norm) || a.inMention(k) {
			continue
		}
		si := a.sentOf[k]
		stop := func(j int) bool {
			tj := a.toks[j]
			return a.sentOf[j] != si || tj.kind == tokPunct && tj.norm != "-" && tj.norm != "'"
		}
		clause := func(j int) bool {
			tj := a.toks[j]
			return clauseBreakers.holds(tj.lex) || subordinators.holds(tj.lex) || relativeWords.holds(tj.lex) || sayingForms.holds(tj.lex)
		}
		w0, w1 := k, k+1
		for w0 > 0 && !stop(w0-1) {
			w0--
		}
		for w1 < len(a.toks) && !stop(w1) {
			w1++
		}
		// The head's own clause names no topic.
		c0, c1 := k, k+1
		for c0 > w0 && !clause(c0-1) {
			c0--
		}
		for c1 < w1 && !clause(c1) {
			c1++
		}
		clean := true
		var named, inClause []news.ActorID
		for _, m := range a.ments {
			if m.t1 <= w0 || m.t0 >= w1 {
				continue
			}
			in := m.t1 > c0 && m.t0 < c1
			if len(m.topics) > 0 && in {
				clean = false
				break
			}
			named = append(named, m.actors...)
			if in {
				inClause = append(inClause, m.actors...)
			}
		}
		if !clean {
			continue
		}
		var with []news.ActorID
		if k+2 < w1 && (a.toks[k+1].norm == "with" || a.toks[k+1].norm == "between") {
			with = []news.ActorID{}
			for _, m := range a.ments {
				if m.t0 == k+2 || m.t0 == k+3 && a.toks[k+2].norm == "the" {
					with = append(with, m.actors...)
				}
			}
		}
		var hit news.TopicID
		n := 0
		for _, f := range a.r.duoForms {
			if f.topic == hit || !slices.Contains(f.heads, t.norm) || !containsActor(named, f.a[0]) || !containsActor(named, f.b[0]) {
				continue
			}
			if with != nil && !containsActor(with, f.a[0]) && !containsActor(with, f.b[0]) {
				continue
			}
			if with == nil && dealHeads.holds(t.lex) {
				// "any agreement must see Zenda's port closed": a deal
				// is the pair's only with "with" or "between".
				continue
			}
			if with == nil && (!containsActor(inClause, f.a[0]) || !containsActor(inClause, f.b[0])) {
				// Without "with", both in the head's own clause: not
				// "Osk said Sylvania announced the outcome of any
				// talks, namely the closure of Zenda's port".
				continue
			}
			hit = f.topic
			n++
		}
		if n == 1 {
			add = append(add, mention{t0: k, t1: k + 1, topics: []news.TopicID{hit}})
		}
	}
	a.addMentions(add)
}

// endingVariants returns an alias that holds a verb of ending, "the"
// and a noun of war ("end the war", "negotiations to end the
// fighting") with each other verb and noun of those groups
// (endingVerbs, warNouns), and an alias that is only those three words
// also in the order of "for the killing to stop".
func endingVariants(al string) []string {
	toks := tokenize(al, 0, len(al), nil)
	for i := 0; i+2 < len(toks); i++ {
		if !endingVerbs.holds(toks[i].lex) || toks[i+1].norm != "the" || !warNouns.holds(toks[i+2].lex) {
			continue
		}
		pre, post := al[:toks[i].start], al[toks[i+2].end:]
		var out []string
		for _, v := range endingVerbList {
			for _, n := range warNounList {
				if v == toks[i].norm && n == toks[i+2].norm {
					continue
				}
				out = append(out, pre+v+" the "+n+post)
			}
		}
		if i == 0 && len(toks) == 3 {
			for _, v := range endingVerbList {
				for _, n := range warNounList {
					out = append(out, "the "+n+" to "+v)
				}
			}
		}
		return out
	}
	return nil
}
