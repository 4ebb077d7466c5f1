package bot

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/notify"
)

var alertT0 = time.Date(2026, 1, 9, 12, 0, 0, 0, time.UTC)

// alertRec is a statement by Maria Zakharova in a Wire story, published
// at alertT0.
func alertRec(id int64, actor news.ActorID, topic news.TopicID, stance news.Stance, evidence string) news.Record {
	return news.Record{ID: id, Statement: news.Statement{Actor: actor, Topic: topic, Stance: stance, Evidence: evidence,
		Speaker: "Maria Zakharova"}, Outlet: "Wire", Title: "Moscow rejects plan", URL: "https://example.org/a", Published: alertT0}
}

func TestRenderChangeShowsBeforeAndAfter(t *testing.T) {
	before := alertRec(3, "russia", "purl", news.StanceSupport, "Moscow said PURL could help end the war.")
	before.Speaker, before.Outlet, before.Title = "Dmitry Peskov", "TASS", "Kremlin on PURL"
	before.Published = time.Date(2025, 12, 1, 9, 0, 0, 0, time.FixedZone("", 3*3600))
	after := alertRec(10, "russia", "purl", news.StanceOppose, "Russia also rejected the continuation of Trump’s PURL initiative.")
	after.Published = time.Date(2026, 1, 9, 18, 15, 0, 0, time.FixedZone("", 19800))

	got := RenderAlerts(testWatchlist(), []notify.Alert{{Event: notify.EventChange, Record: after, From: news.StanceSupport, Before: &before}}).Plain()
	want := `Russia changed its position on PURL: support → oppose

Now: opposes PURL (2026-01-09)
  > Russia also rejected the continuation of Trump’s PURL initiative.
    Maria Zakharova · Wire: Moscow rejects plan <https://example.org/a> · 2026-01-09

Before: supported PURL (2025-12-01, 39 days before the change)
  > Moscow said PURL could help end the war.
    Dmitry Peskov · TASS: Kremlin on PURL <https://example.org/a> · 2025-12-01
`
	if got != want {
		t.Errorf("change alert:\n%s\nwant:\n%s", got, want)
	}
}

func TestRenderGroupPutsChangesFirstWithACount(t *testing.T) {
	purl := alertRec(10, "russia", "purl", news.StanceOppose, "Russia rejected PURL.")
	force := alertRec(11, "russia", "multinational_force", news.StanceOppose, "Moscow objected to a multinational force.")
	us := alertRec(12, "us", "purl", news.StanceSupport, "Washington backed PURL.")
	r := RenderAlerts(testWatchlist(), []notify.Alert{
		{Event: notify.EventStatement, Record: force},
		{Event: notify.EventChange, Record: purl, From: news.StanceNeutral},
		{Event: notify.EventStatement, Record: us},
	})
	text := r.Plain()
	if !strings.HasPrefix(text, "1 position change and 2 new statements\n") {
		t.Errorf("group heading:\n%s", text)
	}
	iChange, iForce, iUS := strings.Index(text, "changed its position"), strings.Index(text, "multinational force."), strings.Index(text, "Washington backed")
	if iChange < 0 || iForce < iChange || iUS < iForce {
		t.Errorf("want the change first, then the statements in order:\n%s", text)
	}
	if !strings.Contains(text, "no longer stored") {
		t.Errorf("a change without its old statement should say so:\n%s", text)
	}
}

func TestRenderManyStatementsOneLineEach(t *testing.T) {
	var alerts []notify.Alert
	for i := range 5 {
		actor := news.ActorID("russia")
		if i == 2 {
			actor = "us"
		}
		alerts = append(alerts, notify.Alert{Event: notify.EventStatement, Record: alertRec(int64(i), actor, "purl", news.StanceOppose, fmt.Sprintf("Statement number %d.", i))})
	}
	got := RenderAlerts(testWatchlist(), alerts).Plain()
	want := `5 new statements

----

Russia — 4 new statements
  - opposes PURL: “Statement number 0.” — Maria Zakharova · Wire: Moscow rejects plan <https://example.org/a> · 2026-01-09
  - opposes PURL: “Statement number 1.” — Maria Zakharova · Wire: Moscow rejects plan <https://example.org/a> · 2026-01-09
  - opposes PURL: “Statement number 3.” — Maria Zakharova · Wire: Moscow rejects plan <https://example.org/a> · 2026-01-09
  - opposes PURL: “Statement number 4.” — Maria Zakharova · Wire: Moscow rejects plan <https://example.org/a> · 2026-01-09

United States — 1 new statement
  - opposes PURL: “Statement number 2.” — Maria Zakharova · Wire: Moscow rejects plan <https://example.org/a> · 2026-01-09
`
	if got != want {
		t.Errorf("compact group:\n%s\nwant:\n%s", got, want)
	}
}

func TestRenderAlertsKeepsSourceTextPlain(t *testing.T) {
	evil := alertRec(1, "russia", "purl", news.StanceOppose, "<!channel> *PURL* is <https://evil.example|a trap>")
	r := RenderAlerts(testWatchlist(), []notify.Alert{{Event: notify.EventStatement, Record: evil}})
	quotes := 0
	for _, b := range r.Blocks {
		for _, s := range b.Spans {
			if strings.Contains(s.Text, "<!channel>") && (s.Bold || s.URL != "") {
				t.Errorf("source text became markup: %+v", s)
			}
		}
		if b.Kind == Quote {
			quotes++
			if b.Spans[0].Text != evil.Evidence {
				t.Errorf("evidence changed: %q", b.Spans[0].Text)
			}
		}
	}
	if quotes != 1 {
		t.Errorf("%d quotes of the evidence, want 1", quotes)
	}
}

func TestRenderChannelDigest(t *testing.T) {
	kyiv, err := time.LoadLocation("Europe/Kyiv")
	if err != nil {
		t.Skipf("no zone data: %v", err)
	}
	period := time.Date(2026, 1, 9, 8, 0, 0, 0, kyiv)
	since := period.AddDate(0, 0, -1)
	purl := alertRec(1, "russia", "purl", news.StanceOppose, "Russia rejected PURL.")
	force := alertRec(2, "russia", "multinational_force", news.StanceOppose, "Moscow objected to a multinational force.")
	us := alertRec(3, "us", "purl", news.StanceSupport, "Washington backed PURL.")
	var many []news.Record
	for i := range DigestDetailLimit + 1 {
		many = append(many, alertRec(int64(i), "russia", "purl", news.StanceOppose, "Russia rejected PURL again."))
	}

	tests := []struct {
		name   string
		recs   []news.Record
		want   []string
		dont   []string
		quotes bool
	}{
		{"grouped with a summary line per actor, dated in the channel's zone", []news.Record{purl, force, us},
			[]string{"Russia — 2 new statements: opposes PURL, opposes Multinational force", "United States — 1 new statement", "Washington backed PURL.",
				"Digest · Fri 9 Jan 2026 08:00 EET · statements since Thu 8 Jan 08:00 EET"}, nil, true},
		{"a quiet channel's empty digest is one line", nil,
			[]string{"No new statements since Thu 8 Jan 08:00 EET.", "Digest · Fri 9 Jan 2026 08:00 EET"}, []string{"new statements by"}, false},
		{"a long digest keeps the summary and drops the evidence", many,
			[]string{"Russia — 31 new statements", "Too many to quote here"}, []string{"rejected PURL again"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := RenderChannelDigest(testWatchlist(), notify.Digest{Since: since, Period: period, Records: tt.recs})
			text := r.Plain()
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("digest lacks %q:\n%s", w, text)
				}
			}
			for _, w := range tt.dont {
				if strings.Contains(text, w) {
					t.Errorf("digest has %q:\n%s", w, text)
				}
			}
			quotes := false
			for _, b := range r.Blocks {
				quotes = quotes || b.Kind == Quote
			}
			if quotes != tt.quotes {
				t.Errorf("digest quotes evidence: %v, want %v:\n%s", quotes, tt.quotes, text)
			}
		})
	}
}

func TestRenderPostRendersWhatItCarries(t *testing.T) {
	purl := alertRec(1, "russia", "purl", news.StanceOppose, "Russia rejected PURL.")
	tests := []struct {
		name string
		post notify.Post
		want string
	}{
		{"alerts", notify.Post{Alerts: []notify.Alert{{Event: notify.EventStatement, Record: purl}}}, "Russia opposes PURL"},
		{"a digest", notify.Post{Digest: &notify.Digest{Since: alertT0.Add(-time.Hour), Period: alertT0, Records: []news.Record{purl}}}, "Digest · Fri 9 Jan 2026 12:00 UTC"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := RenderPost(testWatchlist(), tt.post).Plain(); !strings.Contains(got, tt.want) {
				t.Errorf("post lacks %q:\n%s", tt.want, got)
			}
		})
	}
}
