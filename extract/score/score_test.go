package score_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/extract/score"
	"github.com/stancebot/stancebot/news"
)

func TestReadDocuments(t *testing.T) {
	in := `{"id":"a","published":"2026-01-09T18:15:00+05:30","title":"T","url":"https://x/a","text":"Hello.","based_on":"seed","statements":[{"actor":"r","topic":"p","stance":"oppose","evidence":"Hello.","optional":true}]}

{"id":"b","text":"Plain document."}
`
	docs, err := score.ReadDocuments(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	a := docs[0]
	if a.ID != "a" || a.Title != "T" || a.URL != "https://x/a" || a.Text != "Hello." {
		t.Errorf("document a read as %+v", a.Document)
	}
	if want := time.Date(2026, 1, 9, 12, 45, 0, 0, time.UTC); !a.Published.Equal(want) {
		t.Errorf("published %v, want %v", a.Published, want)
	}
	if len(a.Statements) != 1 || !a.Statements[0].Optional || a.Statements[0].Stance != news.StanceOppose {
		t.Errorf("statements %+v", a.Statements)
	}
	if len(docs[1].Statements) != 0 || !docs[1].Published.IsZero() {
		t.Errorf("document b read as %+v", docs[1])
	}
}

func TestReadDocumentsErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"bad json", "{\"id\":\"a\",\"text\":\"x\"}\n\n{oops\n", "line 3:"},
		{"no id", `{"text":"x"}`, `line 1: missing "id"`},
		{"no text", `{"id":"a"}`, `line 1: document a: missing "text"`},
		{"bad date", `{"id":"a","text":"x","published":"yesterday"}`, "line 1: document a: published"},
		{"bad stance", `{"id":"a","text":"x","statements":[{"actor":"r","topic":"p","stance":"maybe"}]}`, "line 1: document a: statement 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := score.ReadDocuments(strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func day(d int) time.Time { return time.Date(2026, 1, d, 0, 0, 0, 0, time.UTC) }

func gs(actor, topic string, st news.Stance, optional bool) score.GoldStatement {
	return score.GoldStatement{Actor: news.ActorID(actor), Topic: news.TopicID(topic), Stance: st, Optional: optional}
}

func st(doc, actor, topic string, s news.Stance) news.Statement {
	return news.Statement{Doc: doc, Actor: news.ActorID(actor), Topic: news.TopicID(topic), Stance: s}
}

// The scoring rules of shared/eval-dev/README.md, one case each.
func TestEvaluate(t *testing.T) {
	docs := []score.GoldDoc{
		{Document: news.Document{ID: "d1", Published: day(1)}, Statements: []score.GoldStatement{
			gs("a", "x", news.StanceSupport, false),
			gs("a", "x", news.StanceSupport, false), // a pair counted once
			gs("b", "x", news.StanceOppose, false),
			gs("c", "x", news.StanceOppose, true), // optional only: ignored
			gs("a", "y", news.StanceOppose, false),
		}},
		{Document: news.Document{ID: "d2", Published: day(5)}, Statements: []score.GoldStatement{
			gs("a", "x", news.StanceOppose, false), // newer: the position is oppose
		}},
	}
	pred := []news.Statement{
		st("d1", "a", "x", news.StanceSupport), // TP, stance right
		st("d1", "b", "x", news.StanceSupport), // TP, stance wrong (2 of 3 votes)
		st("d1", "b", "x", news.StanceSupport),
		st("d1", "b", "x", news.StanceOppose),
		st("d1", "c", "x", news.StanceSupport), // optional: neither TP nor FP
		st("d1", "d", "x", news.StanceSupport), // FP
		// a/y missed: FN
		st("d2", "a", "x", news.StanceOppose), // TP
	}
	rep, err := score.Evaluate(context.Background(), docs, pred, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.TP != 3 || rep.FP != 1 || rep.FN != 1 {
		t.Errorf("TP/FP/FN = %d/%d/%d, want 3/1/1", rep.TP, rep.FP, rep.FN)
	}
	near := func(name string, got, want float64) {
		t.Helper()
		if got < want-1e-9 || got > want+1e-9 {
			t.Errorf("%s = %.4f, want %.4f", name, got, want)
		}
	}
	near("pair P", rep.PairP, 0.75)
	near("pair R", rep.PairR, 0.75)
	near("pair F1", rep.PairF1, 0.75)
	near("stance accuracy", rep.StanceAcc, 2.0/3)
	// strict: TP 2, FP 1 (d/x) + 1 (b/x wrong), FN 1 (a/y) + 1 (b/x).
	near("strict F1", rep.StrictF1, 0.5)
	// positions: a/x oppose (d2 newer) right, b/x oppose got support,
	// a/y oppose got unknown.
	if rep.PositionChecked != 3 || rep.PositionCorrect != 1 {
		t.Errorf("positions %d/%d, want 1/3", rep.PositionCorrect, rep.PositionChecked)
	}
	for _, want := range []string{"d1 d/x FP", "d1 a/y FN", "d1 b/x stance", "position b/x"} {
		if !strings.Contains(strings.Join(rep.Errors, "\n"), want) {
			t.Errorf("errors miss %q:\n%s", want, strings.Join(rep.Errors, "\n"))
		}
	}
	out := rep.String()
	for _, want := range []string{"F1 0.750", "1/3", "errors (", "d1 d/x FP"} {
		if !strings.Contains(out, want) {
			t.Errorf("String() lacks %q:\n%s", want, out)
		}
	}
}

func TestEvaluatePositioner(t *testing.T) {
	docs := []score.GoldDoc{{Document: news.Document{ID: "d1"}, Statements: []score.GoldStatement{gs("a", "x", news.StanceSupport, false)}}}
	asked := 0
	pos := score.PositionerFunc(func(_ context.Context, actor news.ActorID, topic news.TopicID) (news.Stance, error) {
		asked++
		if actor != "a" || topic != "x" {
			t.Errorf("asked %s/%s", actor, topic)
		}
		return news.StanceSupport, nil
	})
	rep, err := score.Evaluate(context.Background(), docs, nil, pos)
	if err != nil {
		t.Fatal(err)
	}
	if asked != 1 || rep.PositionCorrect != 1 || rep.PositionAcc != 1 {
		t.Errorf("asked %d, positions %d/%d", asked, rep.PositionCorrect, rep.PositionChecked)
	}
	boom := errors.New("store down")
	_, err = score.Evaluate(context.Background(), docs, nil, score.PositionerFunc(func(context.Context, news.ActorID, news.TopicID) (news.Stance, error) {
		return "", boom
	}))
	if !errors.Is(err, boom) {
		t.Errorf("err = %v, want the positioner's error wrapped", err)
	}
}

func TestEvaluateUnknownDocument(t *testing.T) {
	_, err := score.Evaluate(context.Background(), nil, []news.Statement{st("zz", "a", "x", news.StanceSupport)}, nil)
	if err == nil || !strings.Contains(err.Error(), "zz") {
		t.Fatalf("err = %v, want one naming the unknown document", err)
	}
}
