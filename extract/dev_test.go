package extract_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/extract"
	"github.com/stancebot/stancebot/extract/score"
	"github.com/stancebot/stancebot/news"
)

func readDev(t testing.TB) []score.GoldDoc {
	t.Helper()
	return readGold(t, "testdata/dev.jsonl")
}

func readGold(t testing.TB, path string) []score.GoldDoc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := score.ReadDocuments(f)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func goldReport(t testing.TB, watchlist, gold string) score.Report {
	t.Helper()
	r, err := extract.NewRules(loadWatchlist(t, watchlist))
	if err != nil {
		t.Fatal(err)
	}
	docs := readGold(t, gold)
	var pred []news.Statement
	for _, d := range docs {
		pred = append(pred, r.Extract(d.Document)...)
	}
	rep, err := score.Evaluate(context.Background(), docs, pred, nil)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestDevScore guards against regressions on the dev set: the floors sit a
// little under what the rules achieve.
func TestDevScore(t *testing.T) {
	rep := goldReport(t, "testdata/watchlist.yaml", "testdata/dev.jsonl")
	if testing.Verbose() || os.Getenv("STANCEBOT_DEV_REPORT") != "" {
		t.Log("\n" + rep.String())
	}
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"pair F1", rep.PairF1, 0.88},
		{"stance accuracy", rep.StanceAcc, 0.92},
		{"strict F1", rep.StrictF1, 0.84},
		{"position accuracy", rep.PositionAcc, 0.85},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s %.3f, under the floor %.3f\n%s", f.name, f.got, f.floor, strings.TrimSpace(rep.String()))
		}
	}
}

// TestHeldOutScore scores articles with their own watchlists
// (testdata/heldout*.yaml), labelled before the rules first ran on them: a
// check that the rules are not tuned to the dev set's actors and topics.
func TestHeldOutScore(t *testing.T) {
	for _, set := range []string{"heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16"} {
		t.Run(set, func(t *testing.T) {
			rep := goldReport(t, "testdata/"+set+".yaml", "testdata/"+set+".jsonl")
			if testing.Verbose() {
				t.Log("\n" + rep.String())
			}
			if rep.PairF1 < 0.85 || rep.StanceAcc < 0.85 {
				t.Errorf("pair F1 %.3f, stance accuracy %.3f: under the floor 0.85\n%s", rep.PairF1, rep.StanceAcc, rep.String())
			}
		})
	}
}
