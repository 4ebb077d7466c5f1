package app

import (
	"embed"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// demoFiles is the embedded default: a config, the dev watchlist and a
// sample feed, so that `go run .` works with no network and no tokens.
//
//go:embed demo/config.yaml demo/watchlist.yaml demo/sample-feed.xml
var demoFiles embed.FS

// DataDir is where the embedded default keeps its database and files:
// $XDG_DATA_HOME/stancebot when XDG_DATA_HOME is set, else ./data.
func DataDir(getenv func(string) string) string {
	if x := getenv("XDG_DATA_HOME"); x != "" {
		return filepath.Join(x, "stancebot")
	}
	return "data"
}

// writeDemo writes the demo watchlist and feed into dir and returns the
// demo config's text with the feed's file:// URL filled in.
func writeDemo(dir string) ([]byte, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("demo: data directory %s: %w", dir, err)
	}
	if err := os.MkdirAll(abs, 0o750); err != nil {
		return nil, fmt.Errorf("demo: create data directory: %w", err)
	}
	for _, name := range []string{"watchlist.yaml", "sample-feed.xml"} {
		b, err := demoFiles.ReadFile("demo/" + name)
		if err != nil {
			return nil, fmt.Errorf("demo: %w", err)
		}
		if err := os.WriteFile(filepath.Join(abs, name), b, 0o640); err != nil {
			return nil, fmt.Errorf("demo: write %s: %w", name, err)
		}
	}
	cfg, err := demoFiles.ReadFile("demo/config.yaml")
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	feed := (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(abs, "sample-feed.xml"))}).String()
	return []byte(strings.ReplaceAll(string(cfg), "{{FEED_URL}}", feed)), nil
}
