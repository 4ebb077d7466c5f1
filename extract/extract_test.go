package extract_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/extract"
	"github.com/stancebot/stancebot/news"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func devRules(t testing.TB) *extract.Rules {
	t.Helper()
	r, err := extract.NewRules(loadWatchlist(t, "testdata/watchlist.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestSeedReport is the example the product started from: Russia's
// rejection of PURL in d000.
func TestSeedReport(t *testing.T) {
	r := devRules(t)
	var doc news.Document
	for _, d := range readDev(t) {
		if d.ID == "d000" {
			doc = d.Document
		}
	}
	const want = "Russia also rejected the continuation of Trump’s Prioritised Ukraine Requirements List (PURL) initiative."
	for _, s := range r.Extract(doc) {
		if s.Actor == "russia" && s.Topic == "purl" {
			if s.Stance != news.StanceOppose || s.Evidence != want || s.Doc != "d000" {
				t.Fatalf("russia/purl = %s %q (doc %s), want oppose %q", s.Stance, s.Evidence, s.Doc, want)
			}
			return
		}
	}
	t.Fatal("no russia/purl statement in d000")
}

// TestGolden compares each dev document's statements with
// testdata/golden/<id>.json; run with -update to accept changes.
func TestGolden(t *testing.T) {
	r := devRules(t)
	for _, d := range readDev(t) {
		t.Run(d.ID, func(t *testing.T) {
			got := r.Extract(d.Document)
			if got == nil {
				got = []news.Statement{}
			}
			b, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			b = append(b, '\n')
			path := filepath.Join("testdata", "golden", d.ID+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, b, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -run TestGolden -update)", err)
			}
			if string(want) != string(b) {
				t.Errorf("statements of %s changed (run with -update to accept):\ngot:\n%s\nwant:\n%s", d.ID, b, want)
			}
		})
	}
}

// checkInvariants asserts what every extraction must keep, whatever the
// text: evidence copied from the text, one statement per pair, a valid
// stance, the document's id, ordered by evidence position.
func checkInvariants(t *testing.T, doc news.Document, stmts []news.Statement) {
	t.Helper()
	seen := make(map[string]bool)
	for _, s := range stmts {
		if s.Doc != doc.ID {
			t.Errorf("statement doc %q, want %q", s.Doc, doc.ID)
		}
		if s.Evidence == "" || !strings.Contains(doc.Text, s.Evidence) {
			t.Errorf("evidence %q is not in the text", s.Evidence)
		}
		if _, err := news.ParseStance(string(s.Stance)); err != nil {
			t.Error(err)
		}
		key := string(s.Actor) + "/" + string(s.Topic)
		if seen[key] {
			t.Errorf("two statements for %s", key)
		}
		seen[key] = true
		if s.Confidence <= 0 || s.Confidence > 1 {
			t.Errorf("confidence %v out of (0, 1]", s.Confidence)
		}
	}
}

// TestPetrarchSentences runs the PETRARCH-2 unit-test sentences (synthetic
// wire copy, testdata/petrarch2) through the rules with a watchlist of
// their invented places: nothing may panic and the invariants hold.
func TestPetrarchSentences(t *testing.T) {
	w := &news.Watchlist{
		Actors: []news.Actor{
			{ID: "arnor", Aliases: []string{"Arnor", "Arnorian government"}},
			{ID: "gondor", Aliases: []string{"Gondor", "Minas Tirith", "Gondor government"}},
			{ID: "osgiliath", Aliases: []string{"Osgiliath"}},
		},
		Topics: []news.Topic{
			{ID: "ties", Aliases: []string{"diplomatic ties", "relations", "embassy"}},
			{ID: "aid", Aliases: []string{"aid", "assistance", "loan"}},
			{ID: "talks", Aliases: []string{"talks", "negotiations", "peace"}},
		},
	}
	r, err := extract.NewRules(w)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("testdata/petrarch2/sentences.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	n, withStatements := 0, 0
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var rec struct{ ID, Text string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		doc := news.Document{ID: rec.ID, Text: rec.Text}
		stmts := r.Extract(doc)
		checkInvariants(t, doc, stmts)
		r.Quotes(doc)
		n++
		if len(stmts) > 0 {
			withStatements++
		}
	}
	if n < 250 {
		t.Fatalf("read %d sentences, want the whole suite", n)
	}
	t.Logf("%d sentences, %d with statements", n, withStatements)
}

func TestQuotes(t *testing.T) {
	r, err := extract.NewRules(loadWatchlist(t, "testdata/invented.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	doc := news.Document{ID: "q1", Text: "“The dam project is reckless,” Firefly said on Monday. " +
		"Analyst Jane Doe said the plan would not work. Sylvania did not reject the Water Treaty."}
	got := r.Quotes(doc)
	want := []extract.Quote{
		{Doc: "q1", Speaker: "Firefly", Actor: "freedonia", Cue: "said", Content: "The dam project is reckless", Sentence: "“The dam project is reckless,” Firefly said on Monday."},
		{Doc: "q1", Speaker: "Analyst Jane Doe", Cue: "said", Content: "the plan would not work.", Sentence: "Analyst Jane Doe said the plan would not work."},
		{Doc: "q1", Speaker: "Sylvania", Actor: "sylvania", Cue: "reject", Content: "the Water Treaty.", Sentence: "Sylvania did not reject the Water Treaty.", Negated: true},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d quotes, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("quote %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

func TestNewRulesErrors(t *testing.T) {
	tests := []struct {
		name string
		w    *news.Watchlist
		want string
	}{
		{"nil", nil, "no watchlist"},
		{"empty alias", &news.Watchlist{Actors: []news.Actor{{ID: "a", Aliases: []string{"  "}}}}, "empty alias"},
		{"punctuation alias", &news.Watchlist{Topics: []news.Topic{{ID: "t", Aliases: []string{"--"}}}}, "has no letter or digit"},
		{"duplicate actor", &news.Watchlist{Actors: []news.Actor{{ID: "a", Aliases: []string{"A"}}, {ID: "a", Aliases: []string{"B"}}}}, "duplicate actor id"},
		{"duplicate topic", &news.Watchlist{Topics: []news.Topic{{ID: "t", Aliases: []string{"x"}}, {ID: "t", Aliases: []string{"y"}}}}, "duplicate topic id"},
		{"empty id", &news.Watchlist{Actors: []news.Actor{{Aliases: []string{"A"}}}}, "empty id"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := extract.NewRules(tc.w)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestConcurrentExtract shares one Rules between goroutines (run with
// -race).
func TestConcurrentExtract(t *testing.T) {
	r := devRules(t)
	docs := readDev(t)
	want := make([][]news.Statement, len(docs))
	for i, d := range docs {
		want[i] = r.Extract(d.Document)
	}
	done := make(chan error, 4)
	for g := 0; g < 4; g++ {
		go func() {
			for i, d := range docs {
				got := r.Extract(d.Document)
				if len(got) != len(want[i]) {
					done <- os.ErrInvalid
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Fatal("concurrent extraction gave different results")
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, d := range readDev(f) {
		f.Add(d.Text)
	}
	f.Add("“Unclosed quote. He said: “nested ‘single’ quote” U.S. Mr. J. Doe said 1.5 percent…")
	f.Add("BRUSSELS - \n\n\n'’s ’ \" , said . . .")
	r := devRules(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc := news.Document{ID: "f", Text: text}
		checkInvariants(t, doc, r.Extract(doc))
		r.Quotes(doc)
	})
}

func BenchmarkExtract(b *testing.B) {
	r := devRules(b)
	docs := readDev(b)
	size, sentences := 0, 0
	for _, d := range docs {
		size += len(d.Text)
		sentences += extract.CountSentences(d.Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			r.Extract(d.Document)
		}
	}
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	if cpu > 0 {
		// Per second of CPU: what one core does when no one else runs.
		b.ReportMetric(float64(sentences)*float64(b.N)/cpu.Seconds(), "sentences/cpu-s")
	}
}

// TestAliasWithLeadingSign: an alias that begins with a currency sign or a
// hash is matched from its first word, and does not stop the watchlist
// from loading.
func TestAliasWithLeadingSign(t *testing.T) {
	w := &news.Watchlist{
		Actors: []news.Actor{{ID: "norland", Name: "Norland", Aliases: []string{"Norland"}}},
		Topics: []news.Topic{{ID: "fund", Name: "Investment fund", Aliases: []string{"$550 billion investment package", "#FairTrade"}}},
	}
	r, err := extract.NewRules(w)
	if err != nil {
		t.Fatalf("NewRules: %v", err)
	}
	for _, text := range []string{
		"Norland said it welcomed the $550 billion investment package.",
		"Norland said it welcomed the 550 billion investment package.",
		"Norland said it backed the #FairTrade campaign.",
	} {
		got := r.Extract(news.Document{ID: "d", Text: text})
		if len(got) != 1 || got[0].Topic != "fund" || got[0].Stance != news.StanceSupport {
			t.Errorf("%q: got %+v, want one support statement on fund", text, got)
		}
	}
}
