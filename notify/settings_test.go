package notify_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/notify"
	"github.com/stancebot/stancebot/notify/notifytest"
)

// TestSettingsOutliveARestart sets a rule and a mute from chat, then
// starts over with a new Router on the same store: both still apply.
func TestSettingsOutliveARestart(t *testing.T) {
	store := &notifytest.RuleStore{}
	now := func() time.Time { return dispatchT0 }
	desk := notify.Channel{ID: "desk", Platform: "slack", Target: "C1", Rules: []notify.Rule{{}}}
	purl := statement(1, "purl", "Russia rejected PURL.")
	force := statement(2, "multinational_force", "Moscow objected to a multinational force.")
	route := func(r *notify.Router, rec news.Record) []string {
		var ids []string
		for _, id := range []string{"desk", "slack:C9"} {
			if len(r.Route(notify.Saved{Published: dispatchT0, Records: []news.Record{rec}}, dispatchT0)[id]) > 0 {
				ids = append(ids, id)
			}
		}
		return ids
	}

	first := notify.NewRouter([]notify.Channel{desk}, notify.RouterOptions{})
	s := notify.NewSettings(first, store, now)
	if err := s.Load(t.Context()); err != nil {
		t.Fatal(err)
	}
	c9 := notify.Channel{ID: notify.ChatChannelID("slack", "C9"), Platform: "slack", Target: "C9"}
	sr, err := s.AddRule(t.Context(), c9, notify.Rule{Topics: []news.TopicID{"multinational_force"}}, "U1")
	if err != nil {
		t.Fatal(err)
	}
	if sr.ID == 0 || sr.CreatedBy != "U1" || !sr.Created.Equal(dispatchT0) {
		t.Errorf("stored rule %+v", sr)
	}
	if err := s.SetMute(t.Context(), notify.Mute{Channel: "desk", Topic: "purl", Until: dispatchT0.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}

	restarted := notify.NewRouter([]notify.Channel{desk}, notify.RouterOptions{})
	if err := notify.NewSettings(restarted, store, now).Load(t.Context()); err != nil {
		t.Fatal(err)
	}
	for _, r := range []*notify.Router{first, restarted} {
		if got := route(r, force); len(got) != 2 {
			t.Errorf("the force statement reaches %v, want desk and slack:C9", got)
		}
		if got := route(r, purl); len(got) != 0 {
			t.Errorf("muted PURL reaches %v", got)
		}
	}

	if err := s.RemoveRule(t.Context(), "desk", sr.ID); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("removing another channel's rule: %v, want news.ErrNotFound", err)
	}
	if err := s.RemoveRule(t.Context(), c9.ID, sr.ID); err != nil {
		t.Fatal(err)
	}
	if got := route(first, force); len(got) != 1 {
		t.Errorf("after the rule's removal the force statement reaches %v, want desk only", got)
	}
}
