package app

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

const purlEvidence = "Russia also rejected the continuation of Trump’s Prioritised Ukraine Requirements List (PURL) initiative."

// feedServer serves the bundled sample feed over HTTP, with an ETag, and
// counts full (200) answers.
func feedServer(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	feed, err := demoFiles.ReadFile("demo/sample-feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	var full atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full.Add(1)
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write(feed)
	}))
	t.Cleanup(srv.Close)
	return srv, &full
}

// writeConfig writes a config and the demo watchlist into a temp dir.
func writeConfig(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	wl, err := demoFiles.ReadFile("demo/watchlist.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "watchlist.yaml"), wl, 0o600); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "stancebot.yaml")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func runMain(t *testing.T, stdin string, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(context.Background(), args, Env{
		Getenv: func(k string) string { return env[k] },
		Stdin:  strings.NewReader(stdin),
		Stdout: &out,
		Stderr: &errb,
	})
	return code, out.String(), errb.String()
}

func TestRunAnswersPositionFromAnHTTPFeed(t *testing.T) {
	srv, full := feedServer(t)
	cfg := writeConfig(t, `store: stancebot.db
watchlist: watchlist.yaml
sources:
  - id: wire
    name: Test Wire
    url: `+srv.URL+`/feed.xml
    schedule: "@every 1h"
fetch:
  allow_private: true
`)
	code, out, errs := runMain(t, "/position russia purl\n", nil, "run", "--config", cfg)
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	for _, want := range []string{"oppose", purlEvidence, "https://news.example/d000-russia-rejects-peace-plan", "2026-01-09"} {
		if !strings.Contains(out, want) {
			t.Errorf("/position reply lacks %q:\n%s", want, out)
		}
	}

	// A second run polls again: the server answers 304 and nothing is added twice.
	code, out, errs = runMain(t, "", nil, "position", "russia", "purl", "--config", cfg, "--json")
	if code != 0 {
		t.Fatalf("position: exit %d: %s", code, errs)
	}
	var p struct {
		Stance     string `json:"stance"`
		Since      string `json:"since"`
		Statements []struct {
			Stance, Evidence, URL, Published string
		} `json:"statements"`
	}
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatalf("position --json: %v\n%s", err, out)
	}
	if p.Stance != "oppose" || len(p.Statements) != 1 || p.Statements[0].Evidence != purlEvidence {
		t.Fatalf("position --json = %+v", p)
	}
	code, _, errs = runMain(t, "", nil, "ingest", "--config", cfg, "--once")
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	if got := full.Load(); got != 1 {
		t.Errorf("feed fetched in full %d times, want 1 (then 304)", got)
	}
	_, out, _ = runMain(t, "", nil, "position", "russia", "purl", "--config", cfg, "--json")
	if err := json.Unmarshal([]byte(out), &p); err != nil || len(p.Statements) != 1 {
		t.Errorf("after re-poll: %d statements, want 1 (%v)", len(p.Statements), err)
	}
}

func TestEmbeddedDefaultAnswersPosition(t *testing.T) {
	env := map[string]string{"XDG_DATA_HOME": t.TempDir()}
	code, out, errs := runMain(t, "/position russia purl\n", env)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(out, "oppose") || !strings.Contains(out, purlEvidence) {
		t.Errorf("reply lacks the stance or the evidence:\n%s", out)
	}
	if !strings.Contains(errs, filepath.Join(env["XDG_DATA_HOME"], "stancebot")) {
		t.Errorf("stderr does not say where the data is:\n%s", errs)
	}
}

func TestBadConfigExits2NamingEveryProblem(t *testing.T) {
	cfg := writeConfig(t, `store: stancebot.db
watchlist: watchlist.yaml
sources:
  - id: a
    url: ftp://example.com/feed
    schedule: "not a schedule"
  - id: a
    url: https://example.com/feed
    default_actor: atlantis
surprise: true
`)
	code, _, errs := runMain(t, "", nil, "config", "check", cfg)
	if code != 2 {
		t.Fatalf("exit %d, want 2; stderr:\n%s", code, errs)
	}
	for _, want := range []string{
		`sources[0].url: unsupported URL scheme "ftp"`,
		`sources[0].schedule: invalid cron spec`,
		`sources[1].id: duplicate source id "a"`,
		`sources[1].default_actor: unknown actor "atlantis"`,
		`surprise: unknown key`,
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr does not name %q:\n%s", want, errs)
		}
	}
}

func TestUnknownActorExits2WithClosestIDs(t *testing.T) {
	env := map[string]string{"XDG_DATA_HOME": t.TempDir()}
	code, _, errs := runMain(t, "", env, "position", "rusia", "purl")
	if code != 2 || !strings.Contains(errs, "russia") {
		t.Fatalf("exit %d, stderr %q; want 2 naming russia", code, errs)
	}
}

func TestUnknownCommandIsUsage(t *testing.T) {
	code, _, errs := runMain(t, "", nil, "frobnicate")
	if code != 2 || !strings.Contains(errs, "Usage") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
}

func TestExtractAndQuotesReadDocumentsFromStdin(t *testing.T) {
	wl := filepath.Join(filepath.Dir(writeConfig(t, "")), "watchlist.yaml")
	doc := `{"id":"x1","published":"2026-01-09T18:15:00+05:30","title":"t","url":"https://news.example/x1","text":"` + purlEvidence + `"}` + "\n"
	code, out, errs := runMain(t, doc, nil, "extract", "--watchlist", wl)
	if code != 0 || !strings.Contains(out, `"actor":"russia","topic":"purl","stance":"oppose"`) {
		t.Fatalf("extract: exit %d, out %q, err %q", code, out, errs)
	}
	code, out, _ = runMain(t, doc, nil, "quotes", "--watchlist", wl)
	if code != 0 || !strings.Contains(out, `"cue":"rejected"`) {
		t.Fatalf("quotes: exit %d, out %q", code, out)
	}
	code, _, errs = runMain(t, "{not json\n", nil, "extract", "--watchlist", wl)
	if code != 2 || !strings.Contains(errs, "line 1") {
		t.Fatalf("malformed line: exit %d, stderr %q; want 2 naming line 1", code, errs)
	}
}

func TestDisabledSourceIsNoticedInTheAdminChannel(t *testing.T) {
	broken := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "upstream is down", http.StatusBadGateway)
	}))
	defer broken.Close()
	cfg := writeConfig(t, `store: stancebot.db
watchlist: watchlist.yaml
sources:
  - id: flaky
    name: Flaky Wire
    url: `+broken.URL+`/feed.xml
fetch:
  allow_private: true
  disable_after: 2
notify:
  admin_channel: ops
channels:
  - id: ops
    platform: console
    target: ops
`)
	// Every source failed: ingest says so with exit 1.
	if code, _, errs := runMain(t, "", nil, "ingest", "--config", cfg, "--once"); code != 1 || !strings.Contains(errs, "every source failed") {
		t.Fatalf("ingest with every source failing: exit %d, want 1: %s", code, errs)
	}
	code, out, errs := runMain(t, "", nil, "run", "--config", cfg)
	if code != 0 {
		t.Fatalf("run: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "[#ops]") || !strings.Contains(out, "Source flaky (Flaky Wire) stopped after 2 failed polls") {
		t.Errorf("no notice in the admin channel after the second failure:\n%s", out)
	}
}

func TestCLIUsage(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
		wantOut  string
	}{
		{"top-level help", []string{"--help"}, 0, "", "Usage:"},
		{"config help", []string{"config", "--help"}, 0, "config check FILE", ""},
		{"unknown flag once", []string{"run", "--bogus"}, 2, "flag provided but not defined: -bogus", ""},
		{"extra argument", []string{"run", "extra"}, 2, `unexpected argument "extra"`, ""},
		{"ingest without --once", []string{"ingest"}, 2, "--once", ""},
		{"position with one argument", []string{"position", "russia"}, 2, "want ACTOR TOPIC", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runMain(t, "", map[string]string{"XDG_DATA_HOME": t.TempDir()}, tt.args...)
			if code != tt.wantCode || !strings.Contains(errs, tt.wantErr) || !strings.Contains(out, tt.wantOut) {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d, %q, %q", code, out, errs, tt.wantCode, tt.wantOut, tt.wantErr)
			}
			if strings.Count(errs, tt.wantErr) > 1 && tt.wantErr != "" {
				t.Errorf("stderr repeats %q:\n%s", tt.wantErr, errs)
			}
		})
	}
}

func TestPositionWithoutAStoreSaysWhatToDo(t *testing.T) {
	code, _, errs := runMain(t, "", map[string]string{"XDG_DATA_HOME": t.TempDir()}, "position", "russia", "purl")
	if code != 1 || !strings.Contains(errs, "ingest --once") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
}

// TestConfigCheckWarnsSharedAlias: a watchlist alias that names two topics
// loads (exit 0) and config check says where it is.
func TestConfigCheckWarnsSharedAlias(t *testing.T) {
	cfg := writeConfig(t, "store: stancebot.db\nwatchlist: watchlist.yaml\n")
	wl := "actors:\n  - id: norland\n    name: Norland\n    aliases: [Norland]\n" +
		"topics:\n  - id: truce_a\n    name: A truce\n    aliases: [ceasefire, $5 billion fund]\n  - id: truce_b\n    name: B truce\n    aliases: [Ceasefire]\n"
	if err := os.WriteFile(filepath.Join(filepath.Dir(cfg), "watchlist.yaml"), []byte(wl), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runMain(t, "", nil, "config", "check", cfg)
	if code != 0 {
		t.Fatalf("exit %d, want 0; stderr:\n%s", code, errs)
	}
	if !strings.Contains(out, "ok") || !strings.Contains(errs, "warning: ") || !strings.Contains(errs, `watchlist.yaml:11: topics[1].aliases[0]: alias "Ceasefire" also belongs to topic "truce_a"`) {
		t.Errorf("stdout %q, stderr %q: want ok and the warning with its place", out, errs)
	}
}

// TestConfigCheckWatchlistAlone: a watchlist named on its own is checked
// as a watchlist (not refused for having no config keys), and its problems
// are listed with their lines.
func TestConfigCheckWatchlistAlone(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(good, []byte("actors:\n  - id: norland\n    name: Norland\n    aliases: [Norland, Nordby]\n"+
		"topics:\n  - id: dam\n    name: The river dam\n    aliases: [river dam, Ceasefire]\n  - id: truce\n    name: Truce\n    aliases: [ceasefire]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("actors:\n  - id: Norland!\n    name: Norland\n    aliases: []\ntopics:\n  - id: dam\n    aliases: [river dam]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runMain(t, "", nil, "config", "check", good)
	if code != 0 || !strings.Contains(out, "good.yaml: ok (watchlist: 1 actors, 2 topics)") || !strings.Contains(errs, `alias "ceasefire" also belongs to topic "dam"`) {
		t.Errorf("good watchlist: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	code, out, errs = runMain(t, "", nil, "config", "check", bad)
	if code == 0 || strings.Contains(out, "ok") {
		t.Fatalf("bad watchlist: exit %d, stdout %q: want a failure", code, out)
	}
	for _, want := range []string{"bad.yaml:2", "bad.yaml:4", "bad.yaml:6"} {
		if !strings.Contains(errs, want) {
			t.Errorf("bad watchlist: stderr %q lacks %q", errs, want)
		}
	}
}
