package news

import (
	"strings"
	"time"
	"unicode"
)

// SyndicationWindow is how far apart in publication time two copies of one
// statement may be and still count as the same report carried by several
// outlets.
const SyndicationWindow = 72 * time.Hour

// MergeSyndicated folds syndicated copies into one entry: records of the
// same actor, topic and stance whose evidence sentences are the same or
// nearly the same (wire copy lightly edited by each outlet), published
// within SyndicationWindow of each other, from different items. recs must
// be newest first; the result keeps that order, each entry being the
// first (newest) copy met, with the other copies in Also, oldest first.
func MergeSyndicated(recs []Record) []Record {
	if len(recs) < 2 {
		return recs
	}
	out := make([]Record, 0, len(recs))
	words := make([]map[string]bool, 0, len(recs))
	items := make([]map[int64]bool, 0, len(recs))
	for _, r := range recs {
		w := evidenceWords(r.Evidence)
		merged := false
		for i := range out {
			k := &out[i]
			if k.Actor != r.Actor || k.Topic != r.Topic || k.Stance != r.Stance || items[i][r.ItemID] {
				continue
			}
			if d := k.Published.Sub(r.Published); d > SyndicationWindow || d < -SyndicationWindow {
				continue
			}
			if !nearlySame(words[i], w) {
				continue
			}
			k.Also = append([]Citation{{Outlet: r.Outlet, Title: r.Title, URL: r.URL, Published: r.Published}}, k.Also...)
			items[i][r.ItemID] = true
			merged = true
			break
		}
		if !merged {
			r.Also = append([]Citation(nil), r.Also...)
			out = append(out, r)
			words = append(words, w)
			items = append(items, map[int64]bool{r.ItemID: true})
		}
	}
	return out
}

// evidenceWords is the set of lower-cased words of a sentence, ignoring
// punctuation, quote styles and dashes.
func evidenceWords(s string) map[string]bool {
	set := map[string]bool{}
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		set[f] = true
	}
	return set
}

// nearlySame reports whether two word sets overlap by at least 80%
// (Jaccard), which lets an outlet's small edits through ("said on
// Thursday" for "said") but not a different sentence on the same topic.
func nearlySame(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	inter := 0
	for w := range a {
		if b[w] {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	return inter*5 >= union*4
}
