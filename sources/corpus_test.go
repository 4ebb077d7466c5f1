package sources_test

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/sources"
)

// headerLine is the HTTP header a feedparser test file assumes it was
// served with, written in its leading comment.
var headerLine = regexp.MustCompile(`(?m)^\s*Header:\s*Content-type:\s*(.+?)\s*$`)

// TestCorpus ingests every file of the feed corpora through file:// the
// way a configured source is: fetched by the Fetcher, parsed by Parse.
// A file must either parse into well-formed items or give an error, never
// panic. testdata/corpus (in the repository) always runs; the full shared
// corpora run when STANCEBOT_FEED_CORPUS names their parent directory.
func TestCorpus(t *testing.T) {
	dirs := []string{filepath.Join("testdata", "corpus")}
	if extra := os.Getenv("STANCEBOT_FEED_CORPUS"); extra != "" {
		for _, d := range []string{"feedparser-tests", "gofeed-testdata", "feed-rs-fixtures"} {
			dirs = append(dirs, filepath.Join(extra, d))
		}
	} else {
		t.Log("set STANCEBOT_FEED_CORPUS=/work/shared/data to run over the full shared corpora too")
	}
	fetcher := sources.NewFetcher(sources.FetchOptions{})
	var files, parsed, failed, panics, items int
	var errorsSeen []string
	for _, dir := range dirs {
		abs, err := filepath.Abs(dir)
		if err != nil {
			t.Fatal(err)
		}
		err = filepath.WalkDir(abs, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			name := d.Name()
			if strings.HasPrefix(name, "README") || strings.HasPrefix(name, "LICENSE") {
				return nil
			}
			files++
			got, err, panicked := ingestFile(fetcher, path)
			switch {
			case panicked != nil:
				panics++
				t.Errorf("%s: panic: %v", path, panicked)
			case err != nil:
				failed++
				if got != nil {
					t.Errorf("%s: items returned with error %v", path, err)
				}
				if err.Error() == "" {
					t.Errorf("%s: empty error", path)
				}
				errorsSeen = append(errorsSeen, fmt.Sprintf("%s: %v", filepath.Base(path), err))
			default:
				parsed++
				items += len(got)
				checkItems(t, got, news.Source{ID: "corpus", URL: "file://" + path})
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for i, e := range errorsSeen {
		if i == 10 && !testing.Verbose() {
			t.Logf("... %d more (-v shows all)", len(errorsSeen)-10)
			break
		}
		t.Log("error recorded: " + e)
	}
	t.Logf("corpus: %d files, %d parsed (%d items), %d errors recorded, %d panics", files, parsed, items, failed, panics)
	if parsed == 0 {
		t.Fatal("no feed parsed")
	}
}

// ingestFile fetches path through file:// and parses it as a feed,
// with the Content-Type its test comment assumes, catching a panic.
func ingestFile(f *sources.Fetcher, path string) (items []news.Item, err error, panicked any) {
	defer func() { panicked = recover() }()
	u := (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
	resp, err := f.Fetch(context.Background(), u, sources.Validators{}, true)
	if err != nil {
		return nil, err, nil
	}
	contentType := ""
	if m := headerLine.FindSubmatch(resp.Body); m != nil {
		contentType = string(m[1])
	}
	src := news.Source{ID: "corpus", URL: u}
	p, err := sources.Parse(resp.Body, contentType, src, sources.Spec{Kind: sources.KindFeed}, fetchedAt)
	return p.Items, err, nil
}
