package extract

import (
	"os"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/stancebot/stancebot/news"
)

func debugWatchlist(t testing.TB, path string) *news.Watchlist {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Actors []news.Actor `yaml:"actors"`
		Topics []news.Topic `yaml:"topics"`
	}
	if err := yaml.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	return &news.Watchlist{Actors: raw.Actors, Topics: raw.Topics}
}
