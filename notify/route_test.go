package notify

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/news"
)

var testWatchlist = &news.Watchlist{
	Actors: []news.Actor{
		{ID: "russia", Name: "Russia", Aliases: []string{"Russia", "Moscow", "Kremlin"}},
		{ID: "us", Name: "United States", Aliases: []string{"US", "Washington"}},
	},
	Topics: []news.Topic{
		{ID: "purl", Name: "PURL", Aliases: []string{"PURL", "Prioritised Ukraine Requirements List"}},
		{ID: "multinational_force", Name: "Multinational force", Aliases: []string{"multinational force"}},
	},
}

var t0 = time.Date(2026, 1, 9, 12, 0, 0, 0, time.UTC)

func rec(id int64, actor news.ActorID, topic news.TopicID, stance news.Stance, evidence string) news.Record {
	return news.Record{ID: id, Statement: news.Statement{Actor: actor, Topic: topic, Stance: stance, Evidence: evidence,
		Speaker: "Maria Zakharova"}, Outlet: "Wire", Title: "Moscow rejects plan", URL: "https://example.org/a", Published: t0}
}

func TestRuleMatch(t *testing.T) {
	purlOppose := rec(1, "russia", "purl", news.StanceOppose, "Russia rejected PURL.")
	tests := []struct {
		name  string
		rule  Rule
		event Event
		from  news.Stance
		want  bool
	}{
		{"empty rule matches any statement", Rule{}, EventStatement, "", true},
		{"empty rule matches any change", Rule{}, EventChange, news.StanceSupport, true},
		{"actor listed", Rule{Actors: []news.ActorID{"us", "russia"}}, EventStatement, "", true},
		{"actor not listed", Rule{Actors: []news.ActorID{"us"}}, EventStatement, "", false},
		{"topic not listed", Rule{Topics: []news.TopicID{"multinational_force"}}, EventStatement, "", false},
		{"stance listed", Rule{Stances: []news.Stance{news.StanceOppose}}, EventStatement, "", true},
		{"stance not listed", Rule{Stances: []news.Stance{news.StanceSupport}}, EventStatement, "", false},
		{"change away from a listed stance", Rule{Stances: []news.Stance{news.StanceSupport}}, EventChange, news.StanceSupport, true},
		{"statement-only rule ignores changes", Rule{On: []Event{EventStatement}}, EventChange, news.StanceSupport, false},
		{"change-only rule ignores statements", Rule{On: []Event{EventChange}}, EventStatement, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.rule.Match(tt.event, purlOppose, tt.from); got != tt.want {
				t.Errorf("Match = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestParseRule(t *testing.T) {
	tests := []struct {
		name    string
		words   []string
		want    Rule
		wantErr string
	}{
		{"actor and topic by alias", []string{"Moscow", "purl"}, Rule{Actors: []news.ActorID{"russia"}, Topics: []news.TopicID{"purl"}}, ""},
		{"stance and event", []string{"russia", "opposes", "changes"}, Rule{Actors: []news.ActorID{"russia"}, Stances: []news.Stance{news.StanceOppose}, On: []Event{EventChange}}, ""},
		{"quoted alias", []string{"multinational force"}, Rule{Topics: []news.TopicID{"multinational_force"}}, ""},
		{"any", []string{"any"}, Rule{}, ""},
		{"nothing", nil, Rule{}, "at least one"},
		{"unknown word names the closest", []string{"rusia"}, Rule{}, "closest actor: russia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseRule(testWatchlist, tt.words)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			a, _ := json.Marshal(got)
			b, _ := json.Marshal(tt.want)
			if string(a) != string(b) {
				t.Errorf("rule = %s, want %s", a, b)
			}
		})
	}
}

func TestRoute(t *testing.T) {
	desk := Channel{ID: "desk", Platform: "slack", Target: "C1", Rules: []Rule{
		{Actors: []news.ActorID{"russia"}, On: []Event{EventStatement, EventChange}},
	}}
	changesOnly := Channel{ID: "changes", Platform: "discord", Target: "D1", Rules: []Rule{{On: []Event{EventChange}}}}
	purl := rec(10, "russia", "purl", news.StanceOppose, "Russia rejected PURL.")
	force := rec(11, "russia", "multinational_force", news.StanceOppose, "Moscow objected to a multinational force.")
	usPurl := rec(12, "us", "purl", news.StanceSupport, "Washington backed PURL.")
	before := rec(3, "russia", "purl", news.StanceSupport, "Moscow said PURL could help.")
	change := Change{Actor: "russia", Topic: "purl", From: news.StanceSupport, To: news.StanceOppose, Before: &before}

	type want struct {
		channel string
		event   Event
		rec     int64
	}
	tests := []struct {
		name  string
		saved Saved
		mutes []Mute
		want  []want
	}{
		{
			name:  "new statements reach the channels whose rules match",
			saved: Saved{Published: t0, Records: []news.Record{purl, usPurl}},
			want:  []want{{"desk", EventStatement, 10}},
		},
		{
			name:  "a change is one change alert, and reaches change-only channels",
			saved: Saved{Published: t0, Records: []news.Record{purl, force}, Changes: []Change{change}},
			want:  []want{{"changes", EventChange, 10}, {"desk", EventChange, 10}, {"desk", EventStatement, 11}},
		},
		{
			name:  "a first statement is not a change",
			saved: Saved{Published: t0, Records: []news.Record{purl}, Changes: []Change{{Actor: "russia", Topic: "purl", From: news.StanceUnknown, To: news.StanceOppose}}},
			want:  []want{{"desk", EventStatement, 10}},
		},
		{
			name:  "a source's first poll seeds without alerts",
			saved: Saved{Seeding: true, Published: t0, Records: []news.Record{purl}, Changes: []Change{change}},
		},
		{
			name:  "an item older than the backfill window raises nothing",
			saved: Saved{Published: t0.Add(-49 * time.Hour), Records: []news.Record{purl}},
		},
		{
			name:  "a muted topic is skipped in that channel only",
			saved: Saved{Published: t0, Records: []news.Record{purl, force}, Changes: []Change{change}},
			mutes: []Mute{{Channel: "desk", Topic: "purl", Until: t0.Add(time.Hour)}},
			want:  []want{{"changes", EventChange, 10}, {"desk", EventStatement, 11}},
		},
		{
			name:  "an expired mute does nothing",
			saved: Saved{Published: t0, Records: []news.Record{purl}},
			mutes: []Mute{{Channel: "desk", Topic: "purl", Until: t0}},
			want:  []want{{"desk", EventStatement, 10}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewRouter([]Channel{desk, changesOnly}, RouterOptions{})
			r.SetMutes(tt.mutes)
			q, err := r.Queue(t.Context(), tt.saved, t0)
			if err != nil {
				t.Fatal(err)
			}
			var got []want
			for _, qa := range q {
				var a Alert
				if err := json.Unmarshal(qa.Payload, &a); err != nil {
					t.Fatal(err)
				}
				got = append(got, want{qa.Channel, a.Event, a.Record.ID})
				if a.Event == EventChange && (a.Before == nil || a.Before.Evidence != before.Evidence || a.From != news.StanceSupport) {
					t.Errorf("change alert lost its before: %+v", a)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("alerts = %v\nwant     %v", got, tt.want)
			}
		})
	}
}

func TestChatRulesRouteToTheirChannel(t *testing.T) {
	r := NewRouter(nil, RouterOptions{})
	body, _ := json.Marshal(Rule{Topics: []news.TopicID{"purl"}})
	if err := r.SetChatRules([]StoredRule{{ID: 1, Channel: ChatChannelID("slack", "C9"), Platform: "slack", Target: "C9", Rule: body}}); err != nil {
		t.Fatal(err)
	}
	q, err := r.Queue(t.Context(), Saved{Published: t0, Records: []news.Record{rec(1, "us", "purl", news.StanceSupport, "Washington backed PURL.")}}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if len(q) != 1 || q[0].Channel != "slack:C9" || q[0].Platform != "slack" || q[0].Target != "C9" {
		t.Fatalf("queued %+v, want one alert for slack:C9", q)
	}
}

func TestAlertKeyIsTheContent(t *testing.T) {
	a := Alert{Event: EventStatement, Record: rec(1, "russia", "purl", news.StanceOppose, "Russia rejected  PURL.")}
	b := a
	b.Record.ID, b.Record.URL = 99, "https://example.org/copy" // stored again, or a copy elsewhere
	b.Record.Evidence = "russia rejected PURL."
	if a.Key() != b.Key() {
		t.Errorf("the same statement got two keys: %q, %q", a.Key(), b.Key())
	}
	c := a
	c.Record.Stance = news.StanceSupport
	if a.Key() == c.Key() {
		t.Error("a different stance got the same key")
	}
}
