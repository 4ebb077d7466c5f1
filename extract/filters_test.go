package extract

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestStanceScoreWords: every word stanceScore's per-token switch names
// is in stanceScoreWords, or the stanceWords filter would turn it away.
func TestStanceScoreWords(t *testing.T) {
	src, err := os.ReadFile("stance.go")
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	i := strings.Index(s, "\nfunc (a *analysis) stanceScore(")
	j := strings.Index(s[i:], "case !a.r.stanceWords.mayHave(t.norm):")
	k := strings.Index(s[i+j:], "\n\t\t\tif p == 0 {")
	if i < 0 || j < 0 || k < 0 {
		t.Fatal("stanceScore's switch not found")
	}
	body := s[i+j : i+j+k]
	for _, m := range regexp.MustCompile(`case t\.norm == "([^"]+)"`).FindAllStringSubmatch(body, -1) {
		if !slices.Contains(stanceScoreWords[:], m[1]) {
			t.Errorf("stanceScoreWords lacks %q", m[1])
		}
	}
}

// TestWordFilter: a word added is always maybe there.
func TestWordFilter(t *testing.T) {
	var f wordFilter
	words := strings.Fields("a an the said Ukraine ukrainian ceasefire  x yy zzz ’s")
	for _, w := range words {
		f.add(w)
	}
	for _, w := range words {
		if !f.mayHave(w) {
			t.Errorf("%q added but not found", w)
		}
	}
}

// TestListUnions: a word of the lists is always held by their union,
// looked up by the lexicon number a token of it carries.
func TestListUnions(t *testing.T) {
	for _, tc := range []struct {
		union *wordSet
		sets  []map[string]bool
	}{
		{phraseStopWords, []map[string]bool{npFunctionWords.words, finiteAux.words, negators.words, clauseBreakers.words, subordinators.words}},
		{undoNounOfWords, []map[string]bool{finiteAux.words, modals.words, subordinators.words, undoNouns.words}},
		{spentWords, []map[string]bool{subordinators.words, serveForms.words, changeForms.words}},
	} {
		for _, words := range tc.sets {
			for w := range words {
				if !tc.union.holds(lexTable().id(w)) {
					t.Errorf("%q in a list but not held", w)
				}
			}
		}
	}
}

// TestCoveredFrom: a walk back while f.covers(j) stops where
// coveredFrom says, for ranges apart, meeting or empty.
func TestCoveredFrom(t *testing.T) {
	for _, content := range [][][2]int{
		{{3, 7}},
		{{3, 7}, {9, 12}},
		{{7, 10}, {3, 7}},
		{{3, 7}, {7, 7}, {7, 12}},
		{},
	} {
		f := &frame{content: content}
		for k := -1; k < 14; k++ {
			want := k + 1
			for j := k; j >= 0 && f.covers(j); j-- {
				want = j
			}
			if got := f.coveredFrom(k); got != want {
				t.Errorf("%v: coveredFrom(%d) = %d, want %d", content, k, got, want)
			}
		}
	}
}
