package extract_test

import (
	"fmt"
	"os"
	"reflect"
	"testing"

	"github.com/stancebot/stancebot/extract"
	"github.com/stancebot/stancebot/news"
)

// TestSameStatementsEveryRun: rules built again from the same watchlist
// give the same statements for the same reports. Go randomises map order
// on every run, so an order taken from a map would show here as a
// statement that comes and goes.
func TestSameStatementsEveryRun(t *testing.T) {
	for i := 1; i <= 82; i++ {
		set := fmt.Sprintf("b%02d", i)
		wl := "testdata/realistic/" + set + ".yaml"
		if _, err := os.Stat(wl); err != nil {
			continue // the dev watchlist: one run below is enough
		}
		t.Run(set, func(t *testing.T) { sameEveryRun(t, wl, "testdata/realistic/"+set+".jsonl") })
	}
	t.Run("dev", func(t *testing.T) { sameEveryRun(t, "testdata/watchlist.yaml", "testdata/dev.jsonl") })
}

func sameEveryRun(t *testing.T, watchlist, gold string) {
	docs := readGold(t, gold)
	var first []news.Statement
	for run := range 4 {
		r, err := extract.NewRules(loadWatchlist(t, watchlist))
		if err != nil {
			t.Fatal(err)
		}
		var got []news.Statement
		for _, d := range docs {
			got = append(got, r.Extract(d.Document)...)
		}
		if run == 0 {
			first = got
			continue
		}
		if !reflect.DeepEqual(got, first) {
			t.Fatalf("run %d differs from the first:\n%v\n%v", run, got, first)
		}
	}
}
