package app

import (
	"database/sql"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The crash test builds the stancebot binary, runs it against a fake Slack
// Web API, and kills it with SIGKILL at random points while it posts, over
// many runs; then it lets one run finish and counts, per channel and
// statement, the posts the fake received: none may be missing, and a
// statement may come twice only because a kill left its post's outcome
// unknown. STANCEBOT_CRASH_RUNS sets the number of killed runs (default
// 30); -short skips the test.

const (
	crashChannels  = 3
	crashBatchSize = 10 // new feed items before each run
)

// markerRE finds the marker each test statement carries.
var markerRE = regexp.MustCompile(`S\d{5}`)

// fakeSlack is a Slack Web API that accepts chat.postMessage after a short
// random delay (so that kills land while a request is in flight) and
// records which statement markers each post carried.
type fakeSlack struct {
	mu       sync.Mutex
	posts    []fakePost
	inFlight int
	received chan struct{} // one value per chat.postMessage received
}

type fakePost struct {
	channel string
	markers map[string]bool
}

func newFakeSlack(t *testing.T) (*fakeSlack, *httptest.Server) {
	f := &fakeSlack{received: make(chan struct{}, 10000)}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if !strings.HasSuffix(r.URL.Path, "/chat.postMessage") {
			_, _ = io.WriteString(w, `{"ok":true}`)
			return
		}
		body, _ := io.ReadAll(r.Body)
		f.mu.Lock()
		f.inFlight++
		f.mu.Unlock()
		f.received <- struct{}{}
		time.Sleep(time.Duration(2+rand.IntN(14)) * time.Millisecond)
		form, _ := url.ParseQuery(string(body))
		p := fakePost{channel: form.Get("channel"), markers: map[string]bool{}}
		for _, m := range markerRE.FindAllString(string(body), -1) {
			p.markers[m] = true
		}
		f.mu.Lock()
		f.inFlight--
		f.posts = append(f.posts, p)
		f.mu.Unlock()
		fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"%d.000100"}`, p.channel, time.Now().UnixNano())
	}))
	t.Cleanup(srv.Close)
	return f, srv
}

// counts returns, per "channel/marker", how many posts carried it.
func (f *fakeSlack) counts() map[string]int {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[string]int{}
	for _, p := range f.posts {
		for m := range p.markers {
			out[p.channel+"/"+m]++
		}
	}
	return out
}

// duplicatePosts counts posts whose statements a channel had all been
// sent before, in one earlier post: a whole post repeated.
func (f *fakeSlack) duplicatePosts() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	seen := map[string]bool{}
	n := 0
	for _, p := range f.posts {
		ms := make([]string, 0, len(p.markers))
		for m := range p.markers {
			ms = append(ms, m)
		}
		slices.Sort(ms)
		key := p.channel + ":" + strings.Join(ms, ",")
		if seen[key] {
			n++
		}
		seen[key] = true
	}
	return n
}

func (f *fakeSlack) busy() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.inFlight > 0
}

func (f *fakeSlack) requests() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.posts)
}

// crashFeed writes an RSS feed with the seed item and batches 1..n of
// statements, each with its marker.
func crashFeed(t *testing.T, path string, batches int) {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Crash wire</title><link>https://wire.example/</link>`)
	item := func(marker string) {
		fmt.Fprintf(&b, `<item><title>Moscow note %[1]s</title><link>https://wire.example/%[1]s</link><guid>%[1]s</guid><pubDate>%[2]s</pubDate>`+
			`<description>Russia also rejected the continuation of Trump’s Prioritised Ukraine Requirements List (PURL) initiative, the ministry said in note %[1]s.</description></item>`,
			marker, time.Now().UTC().Format(time.RFC1123Z))
	}
	item("S00000")
	for i := 1; i <= batches*crashBatchSize; i++ {
		item(fmt.Sprintf("S%05d", i))
	}
	b.WriteString(`</channel></rss>`)
	if err := os.WriteFile(path+".tmp", []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path+".tmp", path); err != nil {
		t.Fatal(err)
	}
}

// skipGroupWait moves the waiting alerts' queued time back past the group
// wait, standing in for the 30 seconds the test would otherwise sleep. It
// runs only while no stancebot process is alive.
func skipGroupWait(t *testing.T, dbPath string) {
	t.Helper()
	db, err := sql.Open("sqlite", dbPath+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`UPDATE alerts SET queued = queued - ? WHERE post_id IS NULL`, int64(time.Hour)); err != nil {
		t.Fatal(err)
	}
}

// outboxInDoubt reads the outbox after the runs: the "channel/marker"
// pairs of posts given up in doubt, and how many posts are in each state.
func outboxInDoubt(t *testing.T, dbPath string) (map[string]bool, map[string]int) {
	t.Helper()
	db, err := sql.Open("sqlite", dbPath+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT state, target, body FROM posts`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	givenUp, states := map[string]bool{}, map[string]int{}
	for rows.Next() {
		var state, target string
		var body []byte
		if err := rows.Scan(&state, &target, &body); err != nil {
			t.Fatal(err)
		}
		states[state]++
		if state == "unknown" {
			for _, m := range markerRE.FindAllString(string(body), -1) {
				givenUp[target+"/"+m] = true
			}
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return givenUp, states
}

func TestCrashLosesNothingAndRepeatsOnlyPostsInDoubt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and kills it many times; skipped with -short")
	}
	runs := 30
	if s := os.Getenv("STANCEBOT_CRASH_RUNS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("STANCEBOT_CRASH_RUNS=%q: want a positive number", s)
		}
		runs = n
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "stancebot")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	fake, srv := newFakeSlack(t)
	wl, err := demoFiles.ReadFile("demo/watchlist.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "watchlist.yaml"), wl, 0o600); err != nil {
		t.Fatal(err)
	}
	feed := filepath.Join(dir, "feed.xml")
	dbPath := filepath.Join(dir, "stancebot.db")
	var cfg strings.Builder
	fmt.Fprintf(&cfg, "store: stancebot.db\nwatchlist: watchlist.yaml\nsources:\n  - id: wire\n    name: Crash Wire\n    url: file://%s\n    schedule: \"@every 1h\"\n", feed)
	fmt.Fprintf(&cfg, "http:\n  listen: 127.0.0.1:0\nslack:\n  api_url: %s/api/\nlog:\n  level: debug\nchannels:\n", srv.URL)
	for c := 1; c <= crashChannels; c++ {
		fmt.Fprintf(&cfg, "  - id: desk%d\n    platform: slack\n    target: C%07d\n    alerts:\n      - topics: [purl]\n", c, c)
	}
	cfgPath := filepath.Join(dir, "stancebot.yaml")
	if err := os.WriteFile(cfgPath, []byte(cfg.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "SLACK_BOT_TOKEN=xoxb-crash-test", "SLACK_SIGNING_SECRET=crash-test-secret", "SLACK_APP_TOKEN=")
	logf, err := os.Create(filepath.Join(dir, "stancebot.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logf.Close()
	command := func(args ...string) *exec.Cmd {
		cmd := exec.Command(bin, args...)
		cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = dir, env, logf, logf
		return cmd
	}
	ingest := func() {
		t.Helper()
		if err := command("ingest", "--config", cfgPath, "--once").Run(); err != nil {
			log, _ := os.ReadFile(logf.Name())
			t.Fatalf("ingest: %v; log:\n%s", err, log)
		}
	}

	// The first poll seeds the ledger: no alerts for the seed item.
	crashFeed(t, feed, 0)
	ingest()

	var kills, inDoubt int
	start := time.Now()
	for run := 1; run <= runs; run++ {
		crashFeed(t, feed, run) // the run's own first poll stores batch `run`
		skipGroupWait(t, dbPath)
		for len(fake.received) > 0 {
			<-fake.received
		}
		cmd := command("run", "--config", cfgPath)
		cmd.Stdin = strings.NewReader("")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if rand.IntN(3) == 0 {
			time.Sleep(time.Duration(rand.IntN(800)) * time.Millisecond) // anywhere, startup included
		} else {
			k := 1 + rand.IntN(crashChannels)
			deadline := time.After(3 * time.Second)
		wait:
			for range k {
				select {
				case <-fake.received:
				case <-deadline:
					break wait
				}
			}
			time.Sleep(time.Duration(rand.IntN(10)) * time.Millisecond)
		}
		if fake.busy() {
			inDoubt++
		}
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		kills++
	}

	// A last run, not killed, delivers what is left.
	ingest() // a killed run may not have stored its whole batch
	skipGroupWait(t, dbPath)
	cmd := command("run", "--config", cfgPath)
	cmd.Stdin = strings.NewReader("")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	want := runs * crashBatchSize * crashChannels
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if len(fake.counts()) >= want {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(1500 * time.Millisecond) // any stray repeat would arrive by now
	_ = cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("last run did not exit cleanly on SIGTERM: %v", err)
		}
	case <-time.After(15 * time.Second):
		_ = cmd.Process.Kill()
		t.Error("last run did not stop within 15s of SIGTERM")
	}

	counts := fake.counts()
	givenUp, states := outboxInDoubt(t, dbPath)
	lost, lostInDoubt, duplicated, thrice := 0, 0, 0, 0
	var missing []string
	for c := 1; c <= crashChannels; c++ {
		for i := 1; i <= runs*crashBatchSize; i++ {
			key := fmt.Sprintf("C%07d/S%05d", c, i)
			n := counts[key]
			switch {
			case n == 0 && givenUp[key]:
				lostInDoubt++
			case n == 0:
				lost++
				missing = append(missing, key)
			case n > 2:
				thrice++
				fallthrough
			case n == 2:
				duplicated += n - 1
			}
		}
	}
	for key := range counts {
		if strings.HasSuffix(key, "/S00000") {
			t.Errorf("the seed item was alerted: %s", key)
		}
	}
	dupPosts := fake.duplicatePosts()
	t.Logf("crash test: %d runs killed with SIGKILL (%d while a post was in flight) in %v; %d posts received for %d channel×statement pairs; "+
		"lost %d, duplicated %d pairs in %d repeated posts; outbox at the end: %v",
		kills, inDoubt, time.Since(start).Round(time.Second), fake.requests(), want, lost+lostInDoubt, duplicated, dupPosts, states)
	if lostInDoubt > 0 {
		// By design: a post in doubt is repeated once; when the repeat is
		// in doubt too (killed again before the outcome was recorded), a
		// third send could post it a third time, so it is given up and
		// logged as an error instead.
		t.Logf("%d of the lost pairs were in posts given up after two sends in doubt (outbox state unknown)", lostInDoubt)
	}
	if lost > 0 {
		log, _ := os.ReadFile(logf.Name())
		var notable []string
		for _, line := range strings.Split(string(log), "\n") {
			if strings.Contains(line, "level=WARN") || strings.Contains(line, "level=ERROR") {
				notable = append(notable, line)
			}
		}
		t.Errorf("%d channel×statement pairs never posted, not in doubt: %v\nwarnings and errors of the runs:\n%s", lost, missing, strings.Join(notable, "\n"))
	}
	if thrice > 0 {
		t.Errorf("%d statements posted more than twice to one channel", thrice)
	}
	if dupPosts > kills {
		t.Errorf("%d repeated posts from %d kills: more than one post in doubt per kill", dupPosts, kills)
	}
}
