package extract_test

import (
	"os"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/stancebot/stancebot/news"
)

// loadWatchlist reads a watchlist file in the contract's YAML shape (the
// config package owns the real loader; tests keep their own to stay
// independent of it).
func loadWatchlist(t testing.TB, path string) *news.Watchlist {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Actors []struct {
			ID      string   `yaml:"id"`
			Name    string   `yaml:"name"`
			Aliases []string `yaml:"aliases"`
		} `yaml:"actors"`
		Topics []struct {
			ID      string   `yaml:"id"`
			Name    string   `yaml:"name"`
			Aliases []string `yaml:"aliases"`
		} `yaml:"topics"`
	}
	if err := yaml.Unmarshal(b, &raw); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	w := &news.Watchlist{}
	for _, a := range raw.Actors {
		w.Actors = append(w.Actors, news.Actor{ID: news.ActorID(a.ID), Name: a.Name, Aliases: a.Aliases})
	}
	for _, tp := range raw.Topics {
		w.Topics = append(w.Topics, news.Topic{ID: news.TopicID(tp.ID), Name: tp.Name, Aliases: tp.Aliases})
	}
	return w
}
