package score_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stancebot/stancebot/extract"
	"github.com/stancebot/stancebot/extract/score"
	"github.com/stancebot/stancebot/news"
)

// gumDir is the GUM Wikinews attribution set: STANCEBOT_GUM_DIR, or the
// shared data directory next to the repository.
func gumDir(t *testing.T) string {
	if d := os.Getenv("STANCEBOT_GUM_DIR"); d != "" {
		return d
	}
	d := filepath.Join("..", "..", "..", "shared", "data", "gum-wikinews-attribution")
	if _, err := os.Stat(filepath.Join(d, "attributions.jsonl")); err != nil {
		t.Skip("GUM data not found; set STANCEBOT_GUM_DIR to shared/data/gum-wikinews-attribution")
	}
	return d
}

// TestScoreGUM measures who-said-what on real Wikinews copy and guards
// the news figure with a floor a little under what the rules reach.
func TestScoreGUM(t *testing.T) {
	dir := gumDir(t)
	r, err := extract.NewRules(&news.Watchlist{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := score.ScoreGUM(dir, r)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + rep.String())
	if rep.News.F1 < 0.58 {
		t.Errorf("news attribution F1 %.3f under the floor", rep.News.F1)
	}
}

func TestScoreGUMSynthetic(t *testing.T) {
	r, err := extract.NewRules(&news.Watchlist{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := score.ScoreGUM(filepath.Join("testdata", "gum"), r)
	if err != nil {
		t.Fatal(err)
	}
	// Gold: two attributions (Smith said …; the mayor denied …), one
	// caption. The rules find both and one more ("Critics argued").
	if rep.News.Gold != 2 || rep.News.MatchedGold != 2 || rep.News.Predicted != 3 || rep.News.MatchedPred != 2 {
		t.Errorf("report %+v", rep.News)
	}
	if rep.NegativeMatched != 1 || rep.NegativeNegated != 1 {
		t.Errorf("negative matched %d, negated %d; want 1, 1", rep.NegativeMatched, rep.NegativeNegated)
	}
}
