package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSourcesAddRemoveKeepTheConfigValid(t *testing.T) {
	cfg := writeConfig(t, `# desk config
store: stancebot.db
watchlist: watchlist.yaml
sources:
  - id: wire   # the main wire
    url: https://wire.example.com/rss
`)
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string // in stdout (or stderr when the code is not 0)
	}{
		{"add a telegram channel with an actor", []string{"sources", "add", "https://t.me/ruritania_mfa", "--actor", "russia", "--config", cfg}, 0, "added source tg_ruritania_mfa"},
		{"add a page source by its selectors", []string{"sources", "add", "https://mfa.example.org/statements", "--name", "Ruritania MFA", "--item", "li.news", "--link", "a", "--config", cfg}, 0, "added source ruritania_mfa"},
		{"the same URL twice", []string{"sources", "add", "https://wire.example.com/rss", "--config", cfg}, 2, "already a source"},
		{"an actor not in the watchlist", []string{"sources", "add", "https://x.example/rss", "--actor", "nobody", "--config", cfg}, 2, `unknown actor "nobody"`},
		{"a bad selector", []string{"sources", "add", "https://x.example/list", "--link", "a[href", "--config", cfg}, 2, "invalid CSS selector"},
		{"remove", []string{"sources", "remove", "wire", "--config", cfg}, 0, "removed source wire"},
		{"remove what is not there", []string{"sources", "remove", "wire", "--config", cfg}, 2, `no source "wire"`},
		{"add without a config", []string{"sources", "add", "https://x.example/rss"}, 2, "--config FILE is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runMain(t, "", nil, tt.args...)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d; stdout %q stderr %q", code, tt.wantCode, out, errOut)
			}
			got := out
			if code != 0 {
				got = errOut
			}
			if !strings.Contains(got, tt.wantOut) {
				t.Errorf("output %q, want %q in it", got, tt.wantOut)
			}
		})
	}
	data, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for _, want := range []string{"# desk config", "id: tg_ruritania_mfa", "default_actor: russia", "kind: page", "item: li.news"} {
		if !strings.Contains(text, want) {
			t.Errorf("config lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "wire.example.com") || strings.Contains(text, "nobody") {
		t.Errorf("config keeps a removed or refused source:\n%s", text)
	}
	if code, out, errOut := runMain(t, "", nil, "config", "check", cfg); code != 0 {
		t.Errorf("config check after the edits: %d %s %s", code, out, errOut)
	}
}

func TestSourcesImportOPML(t *testing.T) {
	cfg := writeConfig(t, "store: stancebot.db\nwatchlist: watchlist.yaml\nsources:\n  - id: gov\n    url: https://gov.example.fw/feed.xml\n")
	opml := filepath.Join(filepath.Dir(cfg), "feeds.opml")
	if err := os.WriteFile(opml, []byte(`<opml version="2.0"><body><outline text="Gov">
<outline text="Fenwick Gov" xmlUrl="https://gov.example.fw/feed.xml"/>
<outline text="Strelsau Times" xmlUrl="https://times.example/rss" language="en"/>
<outline text="Local" xmlUrl="file:///etc/passwd"/></outline></body></opml>`), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runMain(t, "", nil, "sources", "import", opml, "--config", cfg)
	if code != 0 || !strings.Contains(out, "id: strelsau_times") || strings.Contains(out, "gov.example.fw") || strings.Contains(out, "passwd") {
		t.Fatalf("print: %d\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "file") || !strings.Contains(errOut, "already a source") {
		t.Errorf("stderr %q: want the file:// feed skipped and the known one named", errOut)
	}
	if code, out, errOut := runMain(t, "", nil, "sources", "import", opml, "--config", cfg, "--write"); code != 0 || !strings.Contains(out, "added 1 source") {
		t.Fatalf("write: %d %s %s", code, out, errOut)
	}
	if code, out, _ := runMain(t, "", nil, "sources", "list", "--config", cfg); code != 0 || !strings.Contains(out, "strelsau_times") {
		t.Errorf("list after import: %d\n%s", code, out)
	}
}

func TestSourcesTestShowsItemsAndStatementsStoringNothing(t *testing.T) {
	srv, full := feedServer(t)
	cfg := writeConfig(t, "store: stancebot.db\nwatchlist: watchlist.yaml\nfetch:\n  allow_private: true\n")
	code, out, errOut := runMain(t, "", nil, "sources", "test", srv.URL+"/feed.xml", "--config", cfg)
	if code != 0 {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
	if !strings.Contains(out, "nothing stored") || !strings.Contains(out, "russia oppose purl") || !strings.Contains(out, purlEvidence) {
		t.Errorf("output lacks the items and the PURL statement:\n%s", out)
	}
	if full.Load() != 1 {
		t.Errorf("%d fetches, want 1", full.Load())
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(cfg), "stancebot.db")); !os.IsNotExist(err) {
		t.Errorf("sources test created the store (%v)", err)
	}
	// The default policy refuses the loopback test server, naming it.
	strict := writeConfig(t, "store: stancebot.db\nwatchlist: watchlist.yaml\n")
	if code, _, errOut := runMain(t, "", nil, "sources", "test", srv.URL+"/feed.xml", "--config", strict); code != 1 || !strings.Contains(errOut, "URL policy") {
		t.Errorf("strict: exit %d, %q", code, errOut)
	}
}
