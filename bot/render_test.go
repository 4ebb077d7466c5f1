package bot

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stancebot/stancebot/news"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name.golden.txt, or rewrites that file
// with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden.txt")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test -update to create it): %v", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s (run go test ./bot -update to accept):\n--- got\n%s\n--- want\n%s", name, path, got, want)
	}
}

func position(t *testing.T, recs []news.Record, a news.ActorID, topic news.TopicID) news.Position {
	t.Helper()
	p, err := memLedger(recs).Position(context.Background(), a, topic, 10)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRenderGolden(t *testing.T) {
	w := testWatchlist()
	recs := testRecords()
	russia, _ := memLedger(recs).Statements(context.Background(), "russia", "", 0)
	tests := []struct {
		name  string
		reply func(t *testing.T) Reply
	}{
		{name: "position_changed", reply: func(t *testing.T) Reply {
			return RenderPosition(w, position(t, recs, "russia", "purl"), testNow)
		}},
		{name: "position_single", reply: func(t *testing.T) Reply {
			return RenderPosition(w, position(t, recs[:1], "russia", "purl"), date("2026-01-09T20:00:00+05:30"))
		}},
		{name: "position_unknown", reply: func(t *testing.T) Reply {
			return RenderPosition(w, position(t, recs, "ukraine", "purl"), testNow)
		}},
		{name: "position_actor_not_on_watchlist", reply: func(t *testing.T) Reply {
			r := recs[5]
			r.Actor, r.Outlet, r.Title, r.Speaker = "vatican", "", "", ""
			return RenderPosition(w, position(t, []news.Record{r}, "vatican", "tanker_seizure"), time.Time{})
		}},
		{name: "digest", reply: func(*testing.T) Reply { return RenderDigest(w, recs) }},
		{name: "digest_empty", reply: func(*testing.T) Reply { return RenderDigest(w, nil) }},
		{name: "statements", reply: func(*testing.T) Reply { return RenderStatements(w, "russia", "", russia) }},
		{name: "statements_none", reply: func(*testing.T) Reply { return RenderStatements(w, "eu", "purl", nil) }},
		{name: "overview", reply: func(*testing.T) Reply { return RenderOverview(w, "russia", russia) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			golden(t, tc.name, tc.reply(t).Plain())
		})
	}
}

func TestRenderPosition(t *testing.T) {
	w := testWatchlist()
	recs := testRecords()
	tests := []struct {
		name string
		p    news.Position
		now  time.Time
		says []string
		not  []string
	}{
		{name: "headline, since and age", p: position(t, recs, "russia", "purl"), now: testNow,
			says: []string{"Russia opposes PURL since 2026-01-05 (22 days ago)\n"}},
		{name: "newest evidence quoted with speaker, outlet, link and date", p: position(t, recs, "russia", "purl"), now: testNow,
			says: []string{"  > " + recs[0].Evidence + "\n",
				"Russian Foreign Ministry · The Hindu: " + recs[0].Title + " <" + recs[0].URL + "> · 2026-01-09"}},
		{name: "changes newest first", p: position(t, recs, "russia", "purl"), now: testNow,
			says: []string{"Changed from support to oppose on 2026-01-05.", "Before that, changed from neutral to support on 2025-12-01."}},
		{name: "history of every statement", p: position(t, recs, "russia", "purl"), now: testNow,
			says: []string{"History (4 statements", "2025-11-01 neutral", "2025-12-01 support", "2026-01-05 oppose", "2026-01-09 oppose"}},
		{name: "single statement has no history or change", p: position(t, recs[:1], "russia", "purl"), now: testNow,
			not: []string{"History", "Changed"}},
		{name: "today", p: position(t, recs[:1], "russia", "purl"), now: date("2026-01-09T23:00:00+05:30"),
			says: []string{"since 2026-01-09 (today)"}},
		{name: "yesterday in the outlet's zone", p: position(t, recs[:1], "russia", "purl"), now: date("2026-01-09T19:00:00Z"),
			says: []string{"since 2026-01-09 (yesterday)"}},
		{name: "no age without a clock", p: position(t, recs[:1], "russia", "purl"),
			says: []string{"since 2026-01-09\n"}},
		{name: "nothing known", p: news.Position{Actor: "us", Topic: "purl", Stance: news.StanceUnknown}, now: testNow,
			says: []string{"No statement by United States on PURL yet."}, not: []string{"since"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := RenderPosition(w, tc.p, tc.now).Plain()
			for _, s := range tc.says {
				if !strings.Contains(got, s) {
					t.Errorf("reply does not say %q:\n%s", s, got)
				}
			}
			for _, s := range tc.not {
				if strings.Contains(got, s) {
					t.Errorf("reply says %q:\n%s", s, got)
				}
			}
		})
	}
}

func TestRenderDigestGroups(t *testing.T) {
	w := testWatchlist()
	recs := testRecords()
	got := RenderDigest(w, recs)
	var summaries []string
	quotes := 0
	for _, b := range got.Blocks {
		switch b.Kind {
		case Paragraph:
			summaries = append(summaries, PlainText(b.Spans))
		case Quote:
			quotes++
		}
	}
	want := []string{
		"Russia — 6 new statements: opposes PURL (changed from support), opposes Multinational force, opposes Tanker seizure",
		"United States — 1 new statement: supports Tanker seizure",
	}
	if strings.Join(summaries, "\n") != strings.Join(want, "\n") {
		t.Errorf("summary lines:\n%s\nwant:\n%s", strings.Join(summaries, "\n"), strings.Join(want, "\n"))
	}
	if quotes != len(recs) {
		t.Errorf("%d statements quoted, want %d", quotes, len(recs))
	}
	// Every statement carries its evidence, link and date.
	plain := got.Plain()
	for _, r := range recs {
		for _, s := range []string{r.Evidence, r.URL, r.Published.Format(time.DateOnly)} {
			if !strings.Contains(plain, s) {
				t.Errorf("digest lacks %q", s)
			}
		}
	}
}

func TestShorten(t *testing.T) {
	tests := []struct {
		name, in string
		n        int
		want     string
	}{
		{name: "short stays", in: "Russia objected.", n: 20, want: "Russia objected."},
		{name: "cut at a word", in: "Russia objected to the idea of foreign forces", n: 20, want: "Russia objected to…"},
		{name: "runes not bytes", in: "Москва возразила против размещения", n: 14, want: "Москва…"},
		{name: "spaces folded", in: "a\n\nb", n: 10, want: "a b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := shorten(tc.in, tc.n); got != tc.want {
				t.Errorf("shorten(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
			}
		})
	}
}

func TestRenderDigestSummaryKeepsOneLinePerActorWithoutEvidence(t *testing.T) {
	recs := []news.Record{
		{Statement: news.Statement{Actor: "ruritania", Topic: "canal_toll", Stance: news.StanceOppose, Evidence: "Strelsau rejected the canal toll, the ministry said."}, Published: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)},
		{Statement: news.Statement{Actor: "grand_fenwick", Topic: "canal_toll", Stance: news.StanceSupport, Evidence: "The Duchy welcomed the canal toll."}, Published: time.Date(2026, 1, 3, 0, 0, 0, 0, time.UTC)},
	}
	w := &news.Watchlist{
		Actors: []news.Actor{{ID: "ruritania", Name: "Ruritania"}, {ID: "grand_fenwick", Name: "Grand Fenwick"}},
		Topics: []news.Topic{{ID: "canal_toll", Name: "Canal toll"}},
	}
	got := RenderDigestSummary(w, recs).Plain()
	for _, want := range []string{"2 new statements by 2 actors", "Grand Fenwick — 1 new statement: supports Canal toll", "Ruritania — 1 new statement: opposes Canal toll"} {
		if !strings.Contains(got, want) {
			t.Errorf("summary lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "rejected the canal toll") {
		t.Errorf("summary carries evidence:\n%s", got)
	}
}
