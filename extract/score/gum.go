package score

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/stancebot/stancebot/extract"
	"github.com/stancebot/stancebot/news"
)

// GUMScore is attribution precision and recall on one slice of the GUM
// Wikinews set.
type GUMScore struct {
	Gold, Predicted int // attributions in the gold file; quotes the rules found
	MatchedGold     int // gold attributions matched by a quote
	MatchedPred     int // quotes matching a gold attribution
	P, R, F1        float64
}

// GUMReport scores news and interview documents separately, without
// image captions (as shared/data/gum-wikinews-attribution/README.md
// suggests), plus the share of negative attributions that came out
// negated.
type GUMReport struct {
	News, Interview GUMScore
	// NegativeMatched and NegativeNegated count gold negative
	// attributions ("denied that") matched, and matched with the quote
	// marked negated.
	NegativeMatched, NegativeNegated int
}

// String prints the scores on a few lines.
func (g GUMReport) String() string {
	line := func(name string, s GUMScore) string {
		return fmt.Sprintf("%-10s gold %3d  quotes %3d  P %.3f  R %.3f  F1 %.3f\n", name, s.Gold, s.Predicted, s.P, s.R, s.F1)
	}
	return line("news", g.News) + line("interview", g.Interview) +
		fmt.Sprintf("negative attributions matched %d, negated %d\n", g.NegativeMatched, g.NegativeNegated)
}

// gumAttribution is a line of attributions.jsonl (the fields used).
type gumAttribution struct {
	Doc            string `json:"doc"`
	Genre          string `json:"genre"`
	Polarity       string `json:"polarity"`
	SourceText     string `json:"source_text"`
	SourceEntities []struct {
		Text     string  `json:"text"`
		Identity *string `json:"identity"`
		First    string  `json:"first_mention_in_doc"`
	} `json:"source_entities"`
	ContentText string `json:"content_text"`
	InCaption   bool   `json:"in_caption"`
}

// ScoreGUM runs r.Quotes over every document of the GUM Wikinews subset
// in dir (conllu/*.conllu, rebuilt into paragraphs from their "# text ="
// and "# newpar" lines) and matches the quotes with attributions.jsonl: a
// quote matches a gold attribution when its content overlaps the gold
// content (token F1 ≥ 0.5, or one contains the other) and its speaker
// matches the gold source (the source text, an entity's text, identity
// or first mention; equal, contained, or sharing the last word).
// Caption attributions and the quotes in caption sentences are left out.
func ScoreGUM(dir string, r *extract.Rules) (GUMReport, error) {
	var rep GUMReport
	golds, err := readGUMAttributions(filepath.Join(dir, "attributions.jsonl"))
	if err != nil {
		return rep, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "conllu", "*.conllu"))
	if err != nil {
		return rep, fmt.Errorf("gum: %w", err)
	}
	if len(files) == 0 {
		return rep, fmt.Errorf("gum: no conllu files in %s", dir)
	}
	sort.Strings(files)
	for _, path := range files {
		doc, genre, captions, err := readGUMDocument(path)
		if err != nil {
			return rep, err
		}
		var gold []gumAttribution
		for _, g := range golds[doc.ID] {
			if !g.InCaption {
				gold = append(gold, g)
			}
		}
		var quotes []extract.Quote
		for _, q := range r.Quotes(doc) {
			if !captions[q.Sentence] {
				quotes = append(quotes, q)
			}
		}
		s := &rep.News
		if genre == "interview" {
			s = &rep.Interview
		}
		s.Gold += len(gold)
		s.Predicted += len(quotes)
		usedGold := make([]bool, len(gold))
		for _, q := range quotes {
			matched := false
			for i, g := range gold {
				if !gumMatch(q, g) {
					continue
				}
				matched = true
				if !usedGold[i] {
					usedGold[i] = true
					s.MatchedGold++
					if g.Polarity == "negative" {
						rep.NegativeMatched++
						if q.Negated {
							rep.NegativeNegated++
						}
					}
					break
				}
			}
			if matched {
				s.MatchedPred++
			}
		}
	}
	for _, s := range []*GUMScore{&rep.News, &rep.Interview} {
		s.P = ratio(s.MatchedPred, s.Predicted)
		s.R = ratio(s.MatchedGold, s.Gold)
		s.F1 = f1(s.P, s.R)
	}
	return rep, nil
}

func readGUMAttributions(path string) (map[string][]gumAttribution, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gum: %w", err)
	}
	defer f.Close()
	out := make(map[string][]gumAttribution)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	n := 0
	for sc.Scan() {
		n++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g gumAttribution
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("gum: %s: line %d: %w", path, n, err)
		}
		out[g.Doc] = append(out[g.Doc], g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gum: %s: %w", path, err)
	}
	return out, nil
}

// readGUMDocument rebuilds a document's text: sentences joined by spaces
// within a paragraph, paragraphs by blank lines. It also returns the
// genre and the caption sentences (paragraphs GUM marks as figure
// captions or images).
func readGUMDocument(path string) (news.Document, string, map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return news.Document{}, "", nil, fmt.Errorf("gum: %w", err)
	}
	defer f.Close()
	var doc news.Document
	genre := ""
	captions := make(map[string]bool)
	var paras [][]string
	caption := false
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# newdoc id = "):
			doc.ID = strings.TrimPrefix(line, "# newdoc id = ")
		case strings.HasPrefix(line, "# meta::genre = "):
			genre = strings.TrimPrefix(line, "# meta::genre = ")
		case strings.HasPrefix(line, "# meta::title = "):
			doc.Title = strings.TrimPrefix(line, "# meta::title = ")
		case strings.HasPrefix(line, "# meta::sourceURL = "):
			doc.URL = strings.TrimPrefix(line, "# meta::sourceURL = ")
		case line == "# newpar" || strings.HasPrefix(line, "# newpar "):
			paras = append(paras, nil)
		case strings.HasPrefix(line, "# newpar_block = "):
			caption = strings.Contains(line, "caption") || strings.Contains(line, "figure")
		case strings.HasPrefix(line, "# text = "):
			text := strings.TrimPrefix(line, "# text = ")
			if len(paras) == 0 {
				paras = append(paras, nil)
			}
			paras[len(paras)-1] = append(paras[len(paras)-1], text)
			if caption || strings.HasPrefix(text, "Image:") {
				captions[text] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		return news.Document{}, "", nil, fmt.Errorf("gum: %s: %w", path, err)
	}
	var b strings.Builder
	for _, p := range paras {
		if len(p) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(strings.Join(p, " "))
	}
	doc.Text = b.String()
	if doc.ID == "" {
		doc.ID = strings.TrimSuffix(filepath.Base(path), ".conllu")
	}
	return doc, genre, captions, nil
}

// gumMatch: content overlap and speaker agreement.
func gumMatch(q extract.Quote, g gumAttribution) bool {
	if !contentOverlaps(q.Content, g.ContentText) {
		return false
	}
	names := []string{g.SourceText}
	for _, e := range g.SourceEntities {
		names = append(names, e.Text, e.First)
		if e.Identity != nil {
			names = append(names, strings.ReplaceAll(*e.Identity, "_", " "))
		}
	}
	sp := normWords(q.Speaker)
	if len(sp) == 0 {
		return false
	}
	for _, n := range names {
		if nameMatches(sp, normWords(n)) {
			return true
		}
	}
	return false
}

func nameMatches(a, b []string) bool {
	if len(b) == 0 {
		return false
	}
	as, bs := strings.Join(a, " "), strings.Join(b, " ")
	if as == bs || strings.Contains(" "+as+" ", " "+bs+" ") || strings.Contains(" "+bs+" ", " "+as+" ") {
		return true
	}
	last := func(ws []string) string { return ws[len(ws)-1] }
	return len(last(a)) > 2 && last(a) == last(b)
}

// contentOverlaps: token F1 ≥ 0.5 or containment after normalising.
func contentOverlaps(a, b string) bool {
	wa, wb := normWords(a), normWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	sa, sb := strings.Join(wa, " "), strings.Join(wb, " ")
	if strings.Contains(sa, sb) || strings.Contains(sb, sa) {
		return true
	}
	count := make(map[string]int, len(wb))
	for _, w := range wb {
		count[w]++
	}
	common := 0
	for _, w := range wa {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	p := float64(common) / float64(len(wa))
	r := float64(common) / float64(len(wb))
	return f1(p, r) >= 0.5
}

// normWords lower-cases s and keeps its words (letters and digits).
func normWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
