package extract

import (
	"slices"
	"testing"

	"github.com/stancebot/stancebot/news"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "One here. Two there! Three?", []string{"One here.", "Two there!", "Three?"}},
		{"title abbreviation", "Mr. Smith met Gen. Jones on Jan. 5. They talked.", []string{"Mr. Smith met Gen. Jones on Jan. 5.", "They talked."}},
		{"initialism mid-sentence", "The U.S. Navy said so. It left.", []string{"The U.S. Navy said so.", "It left."}},
		{"initialism at the end", "He flew to the U.S. The talks began.", []string{"He flew to the U.S.", "The talks began."}},
		{"decimal", "Prices rose 1.5 percent. Then fell.", []string{"Prices rose 1.5 percent.", "Then fell."}},
		{"initial", "John F. Kennedy spoke. Crowds cheered.", []string{"John F. Kennedy spoke.", "Crowds cheered."}},
		{"closing quote", "“We will not yield.” The minister left.", []string{"“We will not yield.”", "The minister left."}},
		{"quote then lower case", "“Is it over?” he asked. Yes.", []string{"“Is it over?” he asked.", "Yes."}},
		{"paragraphs", "First para\nwraps here.\n\nSecond para.", []string{"First para\nwraps here.", "Second para."}},
		{"dateline", "BRUSSELS - The bloc agreed. It was late.", []string{"The bloc agreed.", "It was late."}},
		{"dateline of two places", "CAIRO/WASHINGTON - The bloc agreed. It was late.", []string{"The bloc agreed.", "It was late."}},
		{"number ending", "It happened in 1995. Nobody knew.", []string{"It happened in 1995.", "Nobody knew."}},
		{"no end mark", "Just a fragment", []string{"Just a fragment"}},
		{"ellipsis inside a quote", "“… This constitutes a breach,” it said.", []string{"“… This constitutes a breach,” it said."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range splitSentences(tc.text, nil) {
				got = append(got, tc.text[s.start:s.end])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	text := "Russia’s U.S.-backed plan, don't 57,000 1.5% allies' “quote”"
	var got []string
	for _, tk := range tokenize(text, 0, len(text), nil) {
		got = append(got, tk.norm)
	}
	want := []string{"russia", "'s", "u.s.", "-", "backed", "plan", ",", "don't", "57,000", "1.5", "%", "allies", "'", `"`, "quote", `"`}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestMentions(t *testing.T) {
	w := &news.Watchlist{
		Actors: []news.Actor{
			{ID: "us", Aliases: []string{"US", "United States", "U.S."}},
			{ID: "eu", Aliases: []string{"EU", "European Union"}},
			{ID: "ru", Aliases: []string{"Moscow", "Russia's Foreign Ministry"}},
		},
		Topics: []news.Topic{
			{ID: "deal", Aliases: []string{"EU deal", "end the war"}},
		},
	}
	m, err := newMatcher(w)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want []string // matched text
	}{
		{"capitals only", "Let us talk to the US and the eu.", []string{"US"}},
		{"possessive either apostrophe", "Moscow's view and Moscow’s answer", []string{"Moscow", "Moscow"}},
		{"alias with possessive", "Russia’s Foreign Ministry said", []string{"Russia’s Foreign Ministry"}},
		{"longest match first", "The EU deal and the EU", []string{"EU deal", "EU"}},
		{"whole words", "Moscowitz and USA", nil},
		{"hyphenated", "a US-backed plan", []string{"US"}},
		{"inflected lower-case alias", "efforts aimed at ending the war", []string{"ending the war"}},
		{"initialism", "the U.S. said", []string{"U.S."}},
		{"case-insensitive", "the EUROPEAN UNION and the european union", []string{"EUROPEAN UNION", "european union"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := tokenize(tc.text, 0, len(tc.text), nil)
			var got []string
			for _, mt := range m.find(tc.text, toks, nil) {
				got = append(got, tc.text[toks[mt.t0].start:toks[mt.t1-1].end])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
