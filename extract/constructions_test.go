package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/extract"
	"github.com/stancebot/stancebot/news"
)

// TestConstructions runs each kind of sentence the rules must read, with
// an invented watchlist (testdata/invented.yaml), and checks the
// statements as (actor, topic, stance) triples.
func TestConstructions(t *testing.T) {
	r, err := extract.NewRules(loadWatchlist(t, "testdata/invented.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		text  string
		def   news.ActorID
		wants []string // "actor/topic/stance"
	}{
		{"subject rejects", "Freedonia rejected the Water Treaty on Monday.", "", []string{"freedonia/water_treaty/oppose"}},
		{"subject welcomes", "Sylvania on Tuesday welcomed the river accord, calling it a step forward.", "", []string{"sylvania/water_treaty/support"}},
		{"inverted quote", `"The Water Treaty is a historic achievement," Firefly said.`, "", []string{"freedonia/water_treaty/support"}},
		{"said X appositive", `"The Water Treaty is dangerous and illegal," said Rufus Firefly, the president.`, "", []string{"freedonia/water_treaty/oppose"}},
		{"according to", "According to Fredville, the steel tariffs are illegal.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"fronted adverbial", "In a statement on Friday, the Sylvanian Foreign Ministry condemned the dam project.", "", []string{"sylvania/dam_project/oppose"}},
		{"role resolves to speaker", "Sylvania said on Monday that talks had resumed. The ministry added that the dam project was unacceptable.", "", []string{"sylvania/dam_project/oppose"}},
		{"pronoun resolves to speaker", "Rufus Firefly said on Monday that talks had resumed. He added that the steel tariffs were necessary.", "", []string{"freedonia/steel_tariffs/support"}},
		{"object is not the speaker", "Sylvania urged Freedonia to accept the Water Treaty.", "", []string{"sylvania/water_treaty/support"}},
		{"unwatched speaker keeps the quote", "French President Emmanuel Macron said the Water Treaty was a mistake.", "", nil},
		{"unwatched pronoun", "Analyst Jane Doe said prices would rise. She said Freedonia would reject the steel tariffs.", "", nil},
		{"two actors opposite stances", "Freedonia condemned the steel tariffs, while Sylvania praised the steel tariffs.", "", []string{"freedonia/steel_tariffs/oppose", "sylvania/steel_tariffs/support"}},
		{"negated acceptance", "Fredville said it would never accept the dam project.", "", []string{"freedonia/dam_project/oppose"}},
		{"attacking the critics", "Freedonia accused Sylvania of obstructing the Water Treaty.", "", []string{"freedonia/water_treaty/support"}},
		{"background", "Last year Freedonia rejected the Water Treaty.", "", nil},
		{"capitals-only alias", "The acme of diplomacy, the professor said, was the Water Treaty.", "", nil},
		{"possessive alias", "Freedonia’s foreign ministry said the steel tariffs were a violation of trade rules.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"generic analysts", "Analysts said the steel tariffs would hurt Freedonia.", "", nil},
		{"passive", "The Water Treaty was rejected by lawmakers in Freedonia.", "", nil},
		{"demand to undo", "Sylvania demanded that Freedonia scrap the steel tariffs.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"default actor", "We will never accept the dam project.", "freedonia", []string{"freedonia/dam_project/oppose"}},
		{"quote over two sentences", "“The Water Treaty is a disaster. It must be scrapped,” Firefly said.", "", []string{"freedonia/water_treaty/oppose"}},
		{"colon quote", "Firefly said in a statement: “We back the Water Treaty.”", "", []string{"freedonia/water_treaty/support"}},
		{"surname after full name", "Sylvania’s envoy Anna Trentino met officials. “The dam project is reckless,” Trentino said.", "", []string{"sylvania/dam_project/oppose"}},
		{"referring noun", "Freedonia unveiled the Grand Dam last week. Sylvania said the project was a threat to its farmers.", "", []string{"sylvania/dam_project/oppose"}},
		{"mere mention", "The Water Treaty was signed in 1990 by Freedonia and Sylvania.", "", nil},
		{"alias inflection", "Firefly said Freedonia would impose tariffs on steel to protect its industry.", "", []string{"freedonia/steel_tariffs/support"}},
		{"negated neutral verb", "Freedonia’s president, Rufus Firefly, told parliament: “We will not sign the Water Treaty.”", "", []string{"freedonia/water_treaty/oppose"}},
		{"second-hand report stays out", "Firefly said Sylvania had rejected the Water Treaty.", "", nil},
		{"relative clause in subject", "Sylvania, which has long opposed the dam project, said on Monday it would go to court.", "", []string{"sylvania/dam_project/oppose"}},
		{"participle appositive", "Freedonia’s Firefly, speaking at a summit, said the steel tariffs were a necessary step.", "", []string{"freedonia/steel_tariffs/support"}},
		{"inverted without quotes", "The dam project is a threat to the region, Sylvania said on Monday.", "", []string{"sylvania/dam_project/oppose"}},
		{"interrupting adverb", "Sylvania, however, said it backed the Water Treaty.", "", []string{"sylvania/water_treaty/support"}},
		{"other government", "Germany said it supported the Water Treaty, and Britain agreed.", "", nil},
		{"joint subject", "Freedonia and Sylvania both rejected the steel tariffs.", "", []string{"freedonia/steel_tariffs/oppose", "sylvania/steel_tariffs/oppose"}},
		{"action without speech", "Freedonia and Sylvania signed the Water Treaty in Geneva.", "", nil},
		{"ambassador to another actor", "The Sylvanian ambassador to ACME, Ivo Marek, welcomed the river accord.", "", []string{"sylvania/water_treaty/support"}},
		{"spokesman for an actor", "A spokesman for the Freedonian government said the dam project was illegal.", "", []string{"freedonia/dam_project/oppose"}},
		{"former official", "Former Freedonian Foreign Ministry spokesman Tom Bell said the Water Treaty was a mistake.", "", nil},
		{"opposition", "Freedonia's opposition leader Ana Ruiz said the steel tariffs were reckless.", "", nil},
		{"analysts named with an actor", "Sylvanian analysts said the dam project was a threat.", "", nil},
		{"official feed", "The Foreign Ministry of Freedonia strongly condemns the construction of the dam. We call on Sylvania to halt the project immediately. “The dam project is a gift to the region,” said Sylvania’s envoy Anna Trentino.", "freedonia", []string{"freedonia/dam_project/oppose", "sylvania/dam_project/support"}},
		{"official feed, no cue", "The construction of the dam is a violation of international law.", "freedonia", []string{"freedonia/dam_project/oppose"}},
		{"list of subjects", "Freedonia, Sylvania and ACME rejected the steel tariffs on Monday.", "", []string{"freedonia/steel_tariffs/oppose", "sylvania/steel_tariffs/oppose", "acme/steel_tariffs/oppose"}},
		{"capitals alias", "The WTR was welcomed by many; ACME said it supported the WTR.", "", []string{"acme/water_treaty/support"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := news.Document{ID: "t", Text: tc.text, DefaultActor: tc.def}
			var got []string
			for _, s := range r.Extract(doc) {
				got = append(got, fmt.Sprintf("%s/%s/%s", s.Actor, s.Topic, s.Stance))
				if !strings.Contains(tc.text, s.Evidence) || s.Evidence == "" {
					t.Errorf("evidence %q is not a sentence of the text", s.Evidence)
				}
			}
			slices.Sort(got)
			want := slices.Clone(tc.wants)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got %v, want %v\ntext: %s", got, want, tc.text)
			}
		})
	}
}
