package extract

import "sync"

// lexID numbers a word of the lexicons; 0 is a word in none of them.
type lexID uint16

// lexVocab numbers every word of the package's word sets. lexSet fills it
// while the package is initialised; it is read-only afterwards, and each
// token carries its norm's number (token.lex) from tokenization on.
var lexVocab = map[string]lexID{}

// wordSet is a read-only word list of the lexicons. A token is looked up
// by its number (holds), one bit test instead of hashing its text; any
// other string by words.
type wordSet struct {
	words map[string]bool
	bits  []uint64 // bit id set for each word's lexID
}

// lexSet numbers the words of a lexicon list and returns it as a wordSet;
// only for package-level lists, built at initialisation.
func lexSet(words map[string]bool) *wordSet {
	s := &wordSet{words: words}
	for w, in := range words {
		if !in {
			// A word mapped to false ("it" among speakerPronouns) is
			// not in the list: holds agrees with words[w].
			continue
		}
		id, ok := lexVocab[w]
		if !ok {
			if len(lexVocab) >= 1<<16-1 {
				panic("extract: more lexicon words than a lexID numbers")
			}
			id = lexID(len(lexVocab) + 1)
			lexVocab[w] = id
		}
		for int(id>>6) >= len(s.bits) {
			s.bits = append(s.bits, 0)
		}
		s.bits[id>>6] |= 1 << (id & 63)
	}
	return s
}

// holds reports whether the word numbered id is in the list.
func (s *wordSet) holds(id lexID) bool {
	i := int(id >> 6)
	return i < len(s.bits) && s.bits[i]&(1<<(id&63)) != 0
}

// lexTable finds a token's lexID: an open-addressing table over lexVocab,
// built on first use, once every package-level list has been numbered.
// One hash of a few bytes and, mostly, one probe: cheaper than a map for
// the many short words of a document.
var lexTable = sync.OnceValue(func() *vocabTable {
	size := 1
	for size < 4*len(lexVocab) {
		size <<= 1
	}
	v := &vocabTable{slots: make([]lexID, size), words: make([]string, len(lexVocab)+1), mask: uint32(size - 1)}
	for w, id := range lexVocab {
		v.words[id] = w
		h := vocabHash(w) & v.mask
		for v.slots[h] != 0 {
			h = (h + 1) & v.mask
		}
		v.slots[h] = id
	}
	return v
})

// vocabTable maps a lexicon word to its lexID; read-only once built.
type vocabTable struct {
	slots []lexID  // by hash, linear probing; 0 is empty
	words []string // by lexID
	mask  uint32
}

// id returns w's lexID, 0 when w is in no lexicon list.
func (v *vocabTable) id(w string) lexID {
	h := vocabHash(w) & v.mask
	for {
		id := v.slots[h]
		if id == 0 || v.words[id] == w {
			return id
		}
		h = (h + 1) & v.mask
	}
}

// vocabHash is FNV-1a over w's bytes.
func vocabHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}
