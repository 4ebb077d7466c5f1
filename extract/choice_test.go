package extract_test

import (
	"testing"

	"github.com/stancebot/stancebot/extract"
	"github.com/stancebot/stancebot/news"
)

// TestEvidenceChoice checks which of several agreeing sentences becomes a
// statement's evidence: a decision ("agreed", "approved") is an act, and
// a sentence in which the actor speaks on the topic is the better quote.
func TestEvidenceChoice(t *testing.T) {
	r, err := extract.NewRules(loadWatchlist(t, "testdata/invented.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, want string
		actor            news.ActorID
		topic            news.TopicID
	}{
		{"a word on the topic beats the decision in the lead",
			"Freedonia and Sylvania agreed on Monday to a new river accord after two days of talks. Anna Trentino said the river accord would bring stability to farmers on both banks.",
			"Anna Trentino said the river accord would bring stability to farmers on both banks.", "sylvania", "water_treaty"},
		{"an approval beaten by a word on the topic",
			"The Zendan government on Friday approved the dam project, the largest in its history. Osk told reporters the dam project was a historic achievement for the country.",
			"Osk told reporters the dam project was a historic achievement for the country.", "zenda", "dam_project"},
		{"a decision alone is the evidence",
			"Freedonia and Sylvania agreed on Monday to a new river accord after two days of talks.",
			"Freedonia and Sylvania agreed on Monday to a new river accord after two days of talks.", "sylvania", "water_treaty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got *news.Statement
			stmts := r.Extract(news.Document{ID: "x", Text: tc.text})
			for i := range stmts {
				if stmts[i].Actor == tc.actor && stmts[i].Topic == tc.topic {
					got = &stmts[i]
				}
			}
			if got == nil {
				t.Fatalf("no statement for %s/%s in %v", tc.actor, tc.topic, stmts)
			}
			if got.Evidence != tc.want {
				t.Errorf("evidence %q, want %q", got.Evidence, tc.want)
			}
		})
	}
}
