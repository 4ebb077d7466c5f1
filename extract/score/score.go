package score

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/stancebot/stancebot/news"
)

// GoldStatement is one labelled statement of a gold document.
type GoldStatement struct {
	Actor    news.ActorID `json:"actor"`
	Topic    news.TopicID `json:"topic"`
	Stance   news.Stance  `json:"stance"`
	Evidence string       `json:"evidence"`
	Optional bool         `json:"optional"`
}

// GoldDoc is a document with its gold statements (none for a plain
// document line).
type GoldDoc struct {
	news.Document
	Statements []GoldStatement
}

// docLine is a line of a documents file; other fields are ignored.
type docLine struct {
	ID         string          `json:"id"`
	Published  string          `json:"published"`
	Title      string          `json:"title"`
	URL        string          `json:"url"`
	Text       *string         `json:"text"`
	Statements json.RawMessage `json:"statements"`
}

// DocumentReader reads documents as JSON lines, one at a time: {"id",
// "published" (RFC 3339), "title", "url", "text", "statements"?}; other
// fields are ignored and blank lines skipped. A malformed line is an error
// naming its line number ("line 3: ...").
type DocumentReader struct {
	sc *bufio.Scanner
	n  int
	// Gold makes the reader decode and check each line's gold statements;
	// otherwise they are ignored like any other field.
	Gold bool
}

// NewDocumentReader reads documents from r.
func NewDocumentReader(r io.Reader) *DocumentReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 64*1024*1024)
	return &DocumentReader{sc: sc}
}

// Next returns the next document, or io.EOF after the last.
func (dr *DocumentReader) Next() (GoldDoc, error) {
	for dr.sc.Scan() {
		dr.n++
		line := bytes.TrimSpace(dr.sc.Bytes())
		if len(line) == 0 {
			continue
		}
		return dr.parse(line)
	}
	if err := dr.sc.Err(); err != nil {
		return GoldDoc{}, fmt.Errorf("line %d: %w", dr.n+1, err)
	}
	return GoldDoc{}, io.EOF
}

func (dr *DocumentReader) parse(line []byte) (GoldDoc, error) {
	n := dr.n
	var l docLine
	if err := json.Unmarshal(line, &l); err != nil {
		return GoldDoc{}, fmt.Errorf("line %d: %w", n, err)
	}
	if l.ID == "" {
		return GoldDoc{}, fmt.Errorf("line %d: missing \"id\"", n)
	}
	if l.Text == nil {
		return GoldDoc{}, fmt.Errorf("line %d: document %s: missing \"text\"", n, l.ID)
	}
	d := GoldDoc{Document: news.Document{ID: l.ID, Title: l.Title, URL: l.URL, Text: *l.Text}}
	if l.Published != "" {
		t, err := time.Parse(time.RFC3339, l.Published)
		if err != nil {
			return GoldDoc{}, fmt.Errorf("line %d: document %s: published: %w", n, l.ID, err)
		}
		d.Published = t
	}
	if !dr.Gold || len(l.Statements) == 0 || string(l.Statements) == "null" {
		return d, nil
	}
	if err := json.Unmarshal(l.Statements, &d.Statements); err != nil {
		return GoldDoc{}, fmt.Errorf("line %d: document %s: statements: %w", n, l.ID, err)
	}
	for i, s := range d.Statements {
		if s.Actor == "" || s.Topic == "" {
			return GoldDoc{}, fmt.Errorf("line %d: document %s: statement %d: missing actor or topic", n, l.ID, i+1)
		}
		if _, err := news.ParseStance(string(s.Stance)); err != nil {
			return GoldDoc{}, fmt.Errorf("line %d: document %s: statement %d: %w", n, l.ID, i+1, err)
		}
	}
	return d, nil
}

// ReadDocuments reads a whole gold file (documents with their gold
// statements, checked) with a DocumentReader.
func ReadDocuments(r io.Reader) ([]GoldDoc, error) {
	dr := NewDocumentReader(r)
	dr.Gold = true
	var out []GoldDoc
	for {
		d, err := dr.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
}

// Positioner answers /position: an actor's current stance on a topic
// (news.StanceUnknown when nothing is known).
type Positioner interface {
	Position(ctx context.Context, actor news.ActorID, topic news.TopicID) (news.Stance, error)
}

// PositionerFunc adapts a function to Positioner.
type PositionerFunc func(ctx context.Context, actor news.ActorID, topic news.TopicID) (news.Stance, error)

// Position calls f.
func (f PositionerFunc) Position(ctx context.Context, actor news.ActorID, topic news.TopicID) (news.Stance, error) {
	return f(ctx, actor, topic)
}

// Report is the outcome of Evaluate.
type Report struct {
	TP, FP, FN      int
	PairP, PairR    float64
	PairF1          float64
	StanceAcc       float64 // share of matched pairs with the gold stance
	StrictF1        float64 // F1 on (actor, topic, stance)
	PositionAcc     float64
	PositionChecked int
	PositionCorrect int
	// Errors lists each error on its own line: document, pair, kind
	// (FP, FN, stance) and what was expected.
	Errors []string
}

type pair struct {
	actor news.ActorID
	topic news.TopicID
}

// Evaluate scores predicted statements against gold documents as
// shared/eval-dev/README.md says: pairs per document (optional-only pairs
// ignored), stance on matched pairs, strict triples, and the position
// check. With pos nil, positions are computed from pred: for each pair
// the statement of the newest published document wins.
func Evaluate(ctx context.Context, docs []GoldDoc, pred []news.Statement, pos Positioner) (Report, error) {
	var rep Report
	byDoc := make(map[string][]news.Statement)
	for _, s := range pred {
		byDoc[s.Doc] = append(byDoc[s.Doc], s)
	}
	known := make(map[string]bool, len(docs))
	stanceOK, strictTP, strictFP, strictFN := 0, 0, 0, 0
	for _, d := range docs {
		if known[d.ID] {
			return Report{}, fmt.Errorf("score: duplicate document %s", d.ID)
		}
		known[d.ID] = true
		gold, optional := goldPairs(d.Statements)
		predicted, order := predictedPairs(byDoc[d.ID])
		for _, p := range order {
			st := predicted[p]
			g, inGold := gold[p]
			switch {
			case inGold:
				rep.TP++
				if st == g.Stance {
					stanceOK++
					strictTP++
				} else {
					strictFP++
					strictFN++
					rep.Errors = append(rep.Errors, fmt.Sprintf("%s %s/%s stance: predicted %s, gold %s (%q)", d.ID, p.actor, p.topic, st, g.Stance, g.Evidence))
				}
			case optional[p]:
			default:
				rep.FP++
				strictFP++
				rep.Errors = append(rep.Errors, fmt.Sprintf("%s %s/%s FP: predicted %s (%q)", d.ID, p.actor, p.topic, st, evidenceOf(byDoc[d.ID], p)))
			}
		}
		for _, p := range sortedPairs(gold) {
			if _, ok := predicted[p]; !ok {
				rep.FN++
				strictFN++
				rep.Errors = append(rep.Errors, fmt.Sprintf("%s %s/%s FN: gold %s (%q)", d.ID, p.actor, p.topic, gold[p].Stance, gold[p].Evidence))
			}
		}
	}
	for d := range byDoc {
		if !known[d] {
			return Report{}, fmt.Errorf("score: prediction for unknown document %s", d)
		}
	}
	rep.PairP = ratio(rep.TP, rep.TP+rep.FP)
	rep.PairR = ratio(rep.TP, rep.TP+rep.FN)
	rep.PairF1 = f1(rep.PairP, rep.PairR)
	rep.StanceAcc = ratio(stanceOK, rep.TP)
	rep.StrictF1 = f1(ratio(strictTP, strictTP+strictFP), ratio(strictTP, strictTP+strictFN))

	if pos == nil {
		pos = memoryPositions(docs, pred)
	}
	expected := expectedPositions(docs)
	for _, p := range sortedPairs2(expected) {
		got, err := pos.Position(ctx, p.actor, p.topic)
		if err != nil {
			return Report{}, fmt.Errorf("score: position %s %s: %w", p.actor, p.topic, err)
		}
		rep.PositionChecked++
		if got == expected[p] {
			rep.PositionCorrect++
		} else {
			rep.Errors = append(rep.Errors, fmt.Sprintf("position %s/%s: got %s, want %s", p.actor, p.topic, got, expected[p]))
		}
	}
	rep.PositionAcc = ratio(rep.PositionCorrect, rep.PositionChecked)
	return rep, nil
}

// goldPairs returns the pairs with a non-optional statement (with the
// first such statement) and the pairs that are optional only.
func goldPairs(stmts []GoldStatement) (map[pair]GoldStatement, map[pair]bool) {
	gold := make(map[pair]GoldStatement)
	opt := make(map[pair]bool)
	for _, s := range stmts {
		p := pair{s.Actor, s.Topic}
		if s.Optional {
			continue
		}
		if _, ok := gold[p]; !ok {
			gold[p] = s
		}
	}
	for _, s := range stmts {
		p := pair{s.Actor, s.Topic}
		if _, ok := gold[p]; s.Optional && !ok {
			opt[p] = true
		}
	}
	return gold, opt
}

// predictedPairs deduplicates a document's predictions: the most frequent
// stance per pair, ties to the first listed.
func predictedPairs(stmts []news.Statement) (map[pair]news.Stance, []pair) {
	counts := make(map[pair]map[news.Stance]int)
	firstOf := make(map[pair][]news.Stance)
	var order []pair
	for _, s := range stmts {
		p := pair{s.Actor, s.Topic}
		if counts[p] == nil {
			counts[p] = make(map[news.Stance]int)
			order = append(order, p)
		}
		if counts[p][s.Stance] == 0 {
			firstOf[p] = append(firstOf[p], s.Stance)
		}
		counts[p][s.Stance]++
	}
	out := make(map[pair]news.Stance, len(order))
	for _, p := range order {
		best := firstOf[p][0]
		for _, st := range firstOf[p][1:] {
			if counts[p][st] > counts[p][best] {
				best = st
			}
		}
		out[p] = best
	}
	return out, order
}

func evidenceOf(stmts []news.Statement, p pair) string {
	for _, s := range stmts {
		if s.Actor == p.actor && s.Topic == p.topic {
			return s.Evidence
		}
	}
	return ""
}

// expectedPositions: for every gold pair, the stance of the non-optional
// statement in the newest published document.
func expectedPositions(docs []GoldDoc) map[pair]news.Stance {
	type seen struct {
		at     time.Time
		stance news.Stance
	}
	best := make(map[pair]seen)
	for _, d := range docs {
		for _, s := range d.Statements {
			if s.Optional {
				continue
			}
			p := pair{s.Actor, s.Topic}
			if b, ok := best[p]; !ok || d.Published.After(b.at) {
				best[p] = seen{d.Published, s.Stance}
			}
		}
	}
	out := make(map[pair]news.Stance, len(best))
	for p, s := range best {
		out[p] = s.stance
	}
	return out
}

// memoryPositions answers positions from the predictions: per pair, the
// stance of the statement in the newest published document.
func memoryPositions(docs []GoldDoc, pred []news.Statement) Positioner {
	published := make(map[string]time.Time, len(docs))
	for _, d := range docs {
		published[d.ID] = d.Published
	}
	type seen struct {
		at     time.Time
		stance news.Stance
	}
	best := make(map[pair]seen)
	for _, s := range pred {
		p := pair{s.Actor, s.Topic}
		at := published[s.Doc]
		if b, ok := best[p]; !ok || at.After(b.at) {
			best[p] = seen{at, s.Stance}
		}
	}
	return PositionerFunc(func(_ context.Context, actor news.ActorID, topic news.TopicID) (news.Stance, error) {
		if s, ok := best[pair{actor, topic}]; ok {
			return s.stance, nil
		}
		return news.StanceUnknown, nil
	})
}

func sortedPairs(m map[pair]GoldStatement) []pair {
	out := make([]pair, 0, len(m))
	for p := range m {
		out = append(out, p)
	}
	sortPairs(out)
	return out
}

func sortedPairs2(m map[pair]news.Stance) []pair {
	out := make([]pair, 0, len(m))
	for p := range m {
		out = append(out, p)
	}
	sortPairs(out)
	return out
}

func sortPairs(ps []pair) {
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].actor != ps[j].actor {
			return ps[i].actor < ps[j].actor
		}
		return ps[i].topic < ps[j].topic
	})
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// String summarises the report on a few lines, errors last.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "pairs:    TP %d  FP %d  FN %d  P %.3f  R %.3f  F1 %.3f\n", r.TP, r.FP, r.FN, r.PairP, r.PairR, r.PairF1)
	fmt.Fprintf(&b, "stance:   accuracy on matched pairs %.3f\n", r.StanceAcc)
	fmt.Fprintf(&b, "strict:   F1 %.3f\n", r.StrictF1)
	fmt.Fprintf(&b, "position: %d/%d correct (%.3f)\n", r.PositionCorrect, r.PositionChecked, r.PositionAcc)
	if len(r.Errors) > 0 {
		fmt.Fprintf(&b, "errors (%d):\n", len(r.Errors))
		for _, e := range r.Errors {
			b.WriteString("  ")
			b.WriteString(e)
			b.WriteByte('\n')
		}
	}
	return b.String()
}
