package config

import (
	"os"
	"strings"
	"testing"
)

func TestLoadWatchlistExample(t *testing.T) {
	w, err := LoadWatchlist("testdata/watchlist.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(w.TopicIDs(), ","); got != "purl,multinational_force,tanker_seizures" {
		t.Errorf("topics %q", got)
	}
	ru := w.Actors[0]
	if ru.ID != "russia" || ru.Name != "Russia" || len(ru.Aliases) != 8 || ru.Aliases[3] != "Russian Foreign Ministry" {
		t.Errorf("first actor %+v", ru)
	}
}

// The demo watchlist that ships with the app must load as it is.
func TestDemoWatchlistLoads(t *testing.T) {
	const demo = "../app/demo/watchlist.yaml"
	if _, err := os.Stat(demo); err != nil {
		t.Skipf("no demo watchlist: %v", err)
	}
	w, err := LoadWatchlist(demo)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := indexOf(w.ActorIDs(), "russia"); !ok {
		t.Error("demo watchlist has no russia")
	}
}

func indexOf(xs []string, x string) (int, bool) {
	for i, y := range xs {
		if y == x {
			return i, true
		}
	}
	return -1, false
}

func TestParseWatchlistProblems(t *testing.T) {
	const topics = "topics:\n  - id: purl\n    name: PURL\n    aliases: [PURL]\n"
	tests := []struct {
		name, yaml, where, what string
	}{
		{
			name:  "unknown key",
			yaml:  "actors:\n  - id: russia\n    name: Russia\n    alias: [Russia]\n" + topics,
			where: "wl.yaml:4: actors[0].alias", what: `unknown key "alias"`,
		},
		{
			name:  "unknown top-level key",
			yaml:  "actors:\n  - id: russia\n    name: Russia\n    aliases: [Russia]\n" + topics + "people: []\n",
			where: "wl.yaml:9: people", what: `unknown key "people"`,
		},
		{
			name:  "duplicate actor id",
			yaml:  "actors:\n  - id: russia\n    name: Russia\n    aliases: [Russia]\n  - id: russia\n    name: Moscow\n    aliases: [Moscow]\n" + topics,
			where: "wl.yaml:5: actors[1].id", what: `duplicate actor id "russia" (first at line 2)`,
		},
		{
			name:  "empty aliases",
			yaml:  "actors:\n  - id: russia\n    name: Russia\n    aliases: []\n" + topics,
			where: "wl.yaml:4: actors[0].aliases", what: "no aliases",
		},
		{
			name:  "missing aliases",
			yaml:  "actors:\n  - id: russia\n    name: Russia\n" + topics,
			where: "wl.yaml:2: actors[0].aliases", what: "no aliases",
		},
		{
			name:  "id not a slug",
			yaml:  "actors:\n  - id: United States\n    name: United States\n    aliases: [US]\n" + topics,
			where: "wl.yaml:2: actors[0].id", what: `e.g. "united_states"`,
		},
		{
			name:  "missing id",
			yaml:  "actors:\n  - name: Russia\n    aliases: [Russia]\n" + topics,
			where: "wl.yaml:2: actors[0].id", what: "missing id",
		},
		{
			name:  "empty name",
			yaml:  "actors:\n  - id: russia\n    name: ' '\n    aliases: [Russia]\n" + topics,
			where: "wl.yaml:3: actors[0].name", what: "missing name",
		},
		{
			name:  "blank alias",
			yaml:  "actors:\n  - id: russia\n    name: Russia\n    aliases:\n      - Russia\n      - ''\n" + topics,
			where: "wl.yaml:6: actors[0].aliases[1]", what: "blank alias",
		},
		{
			name:  "no topics",
			yaml:  "actors:\n  - id: russia\n    name: Russia\n    aliases: [Russia]\n",
			where: "wl.yaml: topics", what: "no topics",
		},
		{
			name:  "actors not a list",
			yaml:  "actors: russia\n" + topics,
			where: "wl.yaml:1: actors", what: `want a list, not "russia"`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseWatchlist([]byte(tt.yaml), "wl.yaml")
			if err == nil {
				t.Fatal("no error")
			}
			for _, p := range problemsOf(t, err) {
				if p.Where == tt.where && strings.Contains(p.What, tt.what) {
					return
				}
			}
			t.Errorf("no problem at %q containing %q; got:\n%v", tt.where, tt.what, err)
		})
	}
}

func TestWatchlistProblemsReportedTogether(t *testing.T) {
	yaml := `actors:
  - id: Russia
    name: Russia
    aliases: []
  - id: ukraine
    name: ""
    aliases: [Ukraine]
  - id: ukraine
    name: Kyiv
    aliases: [Kyiv]
    colour: blue
topics:
  - id: purl
    name: PURL
`
	_, err := ParseWatchlist([]byte(yaml), "wl.yaml")
	if err == nil {
		t.Fatal("no error")
	}
	want := []string{
		"wl.yaml:2: actors[0].id",
		"wl.yaml:4: actors[0].aliases",
		"wl.yaml:6: actors[1].name",
		"wl.yaml:8: actors[2].id",
		"wl.yaml:11: actors[2].colour",
		"wl.yaml:13: topics[0].aliases",
	}
	probs := problemsOf(t, err)
	var got []string
	for _, p := range probs {
		got = append(got, p.Where)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems at:\n%s\nwant, in this order:\n%s\nerror:\n%v", strings.Join(got, "\n"), strings.Join(want, "\n"), err)
	}
	if n := strings.Count(err.Error(), "\n") + 1; n != len(want) {
		t.Errorf("Error() has %d lines, want one per problem (%d)", n, len(want))
	}
}

func FuzzParseWatchlist(f *testing.F) {
	seed, err := os.ReadFile("testdata/watchlist.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte("actors: [{id: a, name: A, aliases: [A]}]\ntopics: [{id: t, name: T, aliases: [T]}]\n"))
	f.Add([]byte("actors:\n  - id: a\n    aliases: []\n  - id: a\n"))
	f.Add([]byte("actors: {id: a}\ntopics: 3\n"))
	f.Add([]byte("- [\n"))
	f.Add([]byte("&a [*a]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := ParseWatchlist(data, "fuzz.yaml")
		if err != nil {
			for _, p := range problemsOf(t, err) {
				if p.What == "" || !strings.HasPrefix(p.Where, "fuzz.yaml") {
					t.Fatalf("problem without place or text: %+v", p)
				}
			}
			return
		}
		// Whatever is accepted keeps the watchlist's promises.
		for _, es := range [][]Entry{w.Actors, w.Topics} {
			if len(es) == 0 {
				t.Fatal("accepted an empty list")
			}
			ids := map[string]bool{}
			for _, e := range es {
				if !slugRE.MatchString(e.ID) || ids[e.ID] {
					t.Fatalf("accepted id %q", e.ID)
				}
				ids[e.ID] = true
				if strings.TrimSpace(e.Name) == "" || len(e.Aliases) == 0 {
					t.Fatalf("accepted entry %+v", e)
				}
				for _, a := range e.Aliases {
					if strings.TrimSpace(a) == "" {
						t.Fatalf("accepted blank alias in %+v", e)
					}
				}
			}
		}
	})
}

// TestWatchlistSharedAliasWarns: an alias of two actors or two topics is a
// warning with its place, not a refusal of the whole watchlist.
func TestWatchlistSharedAliasWarns(t *testing.T) {
	yaml := "actors:\n  - id: russia\n    name: Russia\n    aliases: [Kremlin]\n  - id: moscow\n    name: Moscow\n    aliases: [kremlin]\n" +
		"topics:\n  - id: truce_a\n    name: A truce\n    aliases: [ceasefire]\n  - id: truce_b\n    name: B truce\n    aliases: [Ceasefire]\n"
	w, err := ParseWatchlist([]byte(yaml), "wl.yaml")
	if err != nil {
		t.Fatalf("ParseWatchlist: %v", err)
	}
	want := []string{
		`wl.yaml:7: actors[1].aliases[0]: alias "kremlin" also belongs to actor "russia"; text that names it may be read as either`,
		`wl.yaml:14: topics[1].aliases[0]: alias "Ceasefire" also belongs to topic "truce_a"; text that names it may be read as either`,
	}
	if len(w.Warnings) != len(want) {
		t.Fatalf("warnings = %v, want %d", w.Warnings, len(want))
	}
	for i, p := range w.Warnings {
		if p.String() != want[i] {
			t.Errorf("warning %d = %q, want %q", i, p.String(), want[i])
		}
	}
}
