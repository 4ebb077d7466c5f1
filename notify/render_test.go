package notify

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/news"
)

func TestRenderChangeShowsBeforeAndAfter(t *testing.T) {
	before := rec(3, "russia", "purl", news.StanceSupport, "Moscow said PURL could help end the war.")
	before.Speaker, before.Outlet, before.Title = "Dmitry Peskov", "TASS", "Kremlin on PURL"
	before.Published = time.Date(2025, 12, 1, 9, 0, 0, 0, time.FixedZone("", 3*3600))
	after := rec(10, "russia", "purl", news.StanceOppose, "Russia also rejected the continuation of Trump’s PURL initiative.")
	after.Published = time.Date(2026, 1, 9, 18, 15, 0, 0, time.FixedZone("", 19800))

	got := RenderAlerts(testWatchlist, []Alert{{Event: EventChange, Record: after, From: news.StanceSupport, Before: &before}}).Plain()
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
	purl := rec(10, "russia", "purl", news.StanceOppose, "Russia rejected PURL.")
	force := rec(11, "russia", "multinational_force", news.StanceOppose, "Moscow objected to a multinational force.")
	us := rec(12, "us", "purl", news.StanceSupport, "Washington backed PURL.")
	r := RenderAlerts(testWatchlist, []Alert{
		{Event: EventStatement, Record: force},
		{Event: EventChange, Record: purl, From: news.StanceNeutral},
		{Event: EventStatement, Record: us},
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
	var alerts []Alert
	for i := range 5 {
		actor := news.ActorID("russia")
		if i == 2 {
			actor = "us"
		}
		alerts = append(alerts, Alert{Event: EventStatement, Record: rec(int64(i), actor, "purl", news.StanceOppose, fmt.Sprintf("Statement number %d.", i))})
	}
	got := RenderAlerts(testWatchlist, alerts).Plain()
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

func TestRenderKeepsSourceTextPlain(t *testing.T) {
	evil := rec(1, "russia", "purl", news.StanceOppose, "<!channel> *PURL* is <https://evil.example|a trap>")
	r := RenderAlerts(testWatchlist, []Alert{{Event: EventStatement, Record: evil}})
	for _, b := range r.Blocks {
		for _, s := range b.Spans {
			if strings.Contains(s.Text, "<!channel>") && (s.Bold || s.URL != "") {
				t.Errorf("source text became markup: %+v", s)
			}
		}
		if b.Kind == bot.Quote && b.Spans[0].Text != evil.Evidence {
			t.Errorf("evidence changed: %q", b.Spans[0].Text)
		}
	}
}
