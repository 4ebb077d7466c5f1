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
// Each set has a loose floor (a set of a dozen pairs moves a lot with one
// error); the sets pooled have a tight one.
func TestHeldOutScore(t *testing.T) {
	// paraphraseStress sets were written after round 6 as a check of the
	// paraphrase match; half their articles name the topic only by
	// synonyms ("restricting exports of chipmaking machines" for "curbs on
	// exports of chipmaking machines"), which no rule reads yet. They
	// count in the pool but have no floor of their own (figures in
	// testdata/README.md).
	paraphraseStress := map[string]bool{"heldout39": true}
	sets := []string{"heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34", "heldout35", "heldout36", "heldout37", "heldout38", "heldout39", "heldout40", "heldout41"}
	var pl pool
	for _, set := range sets {
		t.Run(set, func(t *testing.T) {
			rep := goldReport(t, "testdata/"+set+".yaml", "testdata/"+set+".jsonl")
			if testing.Verbose() {
				t.Log("\n" + rep.String())
			}
			pl.add(rep)
			if !paraphraseStress[set] && (rep.PairF1 < 0.75 || rep.StanceAcc < 0.75) {
				t.Errorf("pair F1 %.3f, stance accuracy %.3f: under the floor 0.75\n%s", rep.PairF1, rep.StanceAcc, rep.String())
			}
		})
	}
	p, r, f1, st, _ := pl.figures(t)
	t.Logf("pooled: TP %d FP %d FN %d  P %.3f R %.3f F1 %.3f  stance %.3f", pl.tp, pl.fp, pl.fn, p, r, f1, st)
	if p < 0.97 || f1 < 0.93 || st < 0.95 {
		t.Errorf("pooled P %.3f, F1 %.3f, stance %.3f: under the floors 0.97, 0.93, 0.95", p, f1, st)
	}
}

// pool sums the reports of several sets: pairs, stance on matched pairs
// and the position check.
type pool struct {
	tp, fp, fn, posOK, posN int
	stanceOK                float64
}

func (pl *pool) add(rep score.Report) {
	pl.tp, pl.fp, pl.fn = pl.tp+rep.TP, pl.fp+rep.FP, pl.fn+rep.FN
	pl.stanceOK += rep.StanceAcc * float64(rep.TP)
	pl.posOK, pl.posN = pl.posOK+rep.PositionCorrect, pl.posN+rep.PositionChecked
}

// figures returns pooled pair precision, recall and F1, stance accuracy
// and position accuracy; with no pair matched there is nothing to pool.
func (pl *pool) figures(t testing.TB) (p, r, f1, stance, position float64) {
	t.Helper()
	if pl.tp == 0 || pl.posN == 0 {
		t.Fatalf("no pair matched (TP %d FP %d FN %d, %d positions checked)", pl.tp, pl.fp, pl.fn, pl.posN)
	}
	p = float64(pl.tp) / float64(pl.tp+pl.fp)
	r = float64(pl.tp) / float64(pl.tp+pl.fn)
	return p, r, 2 * p * r / (p + r), pl.stanceOK / float64(pl.tp), float64(pl.posOK) / float64(pl.posN)
}
