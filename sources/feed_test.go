package sources_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/unicode"

	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/sources"
)

var fetchedAt = time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseFeedFormats(t *testing.T) {
	type want struct {
		guid, url, title, author, text string
		published                      time.Time
	}
	tests := []struct {
		name  string
		file  string
		src   news.Source
		items []want
	}{
		{
			name: "rss 2.0",
			file: "rss.xml",
			src:  news.Source{ID: "wire", URL: "https://news.example.com/rss"},
			items: []want{
				{
					guid: "wire-0001", url: "https://news.example.com/world/russia-purl?id=7",
					title: "Russia rejects PURL & security plan", author: "Desk Reporter",
					text:      "Russia’s Foreign Ministry rejected the plan.\n\nIt also rejected the PURL initiative.",
					published: time.Date(2026, 1, 9, 12, 45, 0, 0, time.UTC),
				},
				{
					url: "https://news.example.com/briefs/no-date", title: "No date, relative link",
					text: "A brief\n\nwith two lines.", published: fetchedAt,
				},
				{
					guid: "https://news.example.com/guid-only?fbclid=abc", url: "https://news.example.com/guid-only",
					text: "Permalink only in the GUID.", published: time.Date(2026, 1, 8, 7, 0, 0, 0, time.UTC),
				},
			},
		},
		{
			name: "atom 1.0",
			file: "atom.xml",
			src:  news.Source{ID: "mfa"},
			items: []want{
				{
					guid: "urn:example:mfa:101", url: "https://mfa.example.org/statements/101",
					title: "Statement on the Marinera", author: "Press Office",
					text:      "Statement\n\nThe ministry condemned the seizure.\n\nFirst point\n\nSecond point",
					published: time.Date(2026, 1, 9, 10, 0, 0, 0, time.UTC),
				},
				{
					guid: "urn:example:mfa:102", url: "https://mfa.example.org/statements/102",
					title: "Summary-only entry", text: "The ministry said it acted within its rights.",
					published: time.Date(2026, 1, 8, 5, 30, 0, 0, time.UTC),
				},
			},
		},
		{
			name: "json feed 1.1",
			file: "feed.json",
			src:  news.Source{ID: "json"},
			items: []want{
				{
					guid: "j-1", url: "https://json.example.net/a/1", title: "HTML item", author: "J. Writer",
					text: "First paragraph.\n\nSecond & last.", published: time.Date(2026, 1, 7, 10, 0, 0, 0, time.UTC),
				},
				{
					guid: "j-2", url: "https://json.example.net/a/2", title: "Text item",
					text:      "Plain first paragraph, wrapped.\n\nPlain second paragraph.",
					published: time.Date(2026, 1, 6, 10, 0, 0, 0, time.UTC),
				},
			},
		},
		{
			name: "iso-8859-1 encoded rss",
			file: "feedrs_iso8859.xml",
			src:  news.Source{ID: "br"},
			items: []want{{
				guid:      "https://www.inovacaotecnologica.com.br/noticias/noticia.php?artigo=revolucao-telas-pontos-quanticos-impressos-3d&id=010150200813",
				url:       "https://www.inovacaotecnologica.com.br/noticias/noticia.php?artigo=revolucao-telas-pontos-quanticos-impressos-3d&id=010150200813",
				title:     "Revolução nas telas com pontos quânticos impressos em 3D",
				text:      "A nova tecnologia permitiu criar as três cores primárias em 5.600 PPI, excedendo em muito as TVs QLED de 8K, que têm 100 PPI.",
				published: time.Date(2020, 8, 13, 9, 57, 55, 0, time.UTC),
			}},
		},
		{
			name:  "euc-kr encoded description",
			file:  "feedparser_euc_kr.xml",
			src:   news.Source{ID: "kr"},
			items: []want{{text: "년", published: fetchedAt}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, err := sources.ParseFeed(readTestdata(t, tt.file), tt.src, fetchedAt)
			if err != nil {
				t.Fatalf("ParseFeed: %v", err)
			}
			if len(items) != len(tt.items) {
				t.Fatalf("got %d items, want %d: %+v", len(items), len(tt.items), items)
			}
			for i, w := range tt.items {
				got := items[i]
				if got.SourceID != tt.src.ID || got.GUID != w.guid || got.URL != w.url || got.Title != w.title ||
					got.Author != w.author || got.Text != w.text || !got.Published.Equal(w.published) {
					t.Errorf("item %d:\n got %+v\nwant %+v", i, got, w)
				}
				if got.Hash != sources.ContentHash(got.Title, got.Text) {
					t.Errorf("item %d: hash %q is not the content hash of its title and text", i, got.Hash)
				}
			}
		})
	}
}

func TestParseFeedRejectsWhatIsNotAFeed(t *testing.T) {
	for _, file := range []string{"malformed.xml", "not_a_feed.html", "gofeed_invalid.json", "gofeed_unknown.xml", "feedrs_invalid.xml"} {
		t.Run(file, func(t *testing.T) {
			items, err := sources.ParseFeed(readTestdata(t, file), news.Source{ID: "x"}, fetchedAt)
			if err == nil {
				t.Fatalf("ParseFeed accepted %s with %d items", file, len(items))
			}
			if !strings.HasPrefix(err.Error(), "parse feed: ") {
				t.Errorf("error %q does not say what failed", err)
			}
		})
	}
}

func TestParseFeedRejectsJSONThatIsNotAFeed(t *testing.T) {
	_, err := sources.ParseFeed([]byte(`{"ok":false,"error":"invalid_auth"}`), news.Source{ID: "x"}, fetchedAt)
	if !errors.Is(err, sources.ErrNotJSONFeed) {
		t.Fatalf("err = %v, want ErrNotJSONFeed", err)
	}
	items, err := sources.ParseFeed([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"Quiet","items":[]}`), news.Source{ID: "x"}, fetchedAt)
	if err != nil || len(items) != 0 {
		t.Fatalf("empty JSON Feed: %d items, %v; want none and no error", len(items), err)
	}
}

func TestParseFeedEmptyFeedIsNotAnError(t *testing.T) {
	body := `<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>`
	items, err := sources.ParseFeed([]byte(body), news.Source{ID: "q"}, fetchedAt)
	if err != nil || len(items) != 0 {
		t.Fatalf("got %d items, err %v; want none and no error", len(items), err)
	}
}

// rssOne is a one-item RSS feed.
func rssOne(guid, link, title, content, pubDate string) []byte {
	return []byte(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><item>` +
		`<guid>` + guid + `</guid><link>` + link + `</link><title>` + title + `</title>` +
		`<content:encoded><![CDATA[` + content + `]]></content:encoded><pubDate>` + pubDate + `</pubDate></item></channel></rss>`)
}

func TestParseFeedHash(t *testing.T) {
	const date = "Fri, 09 Jan 2026 12:45:00 GMT"
	base := rssOne("g1", "https://ex.com/a", "Title", "<p>Russia rejected the plan.</p>", date)
	tests := []struct {
		name     string
		other    []byte
		sameHash bool
	}{
		{"identical", rssOne("g1", "https://ex.com/a", "Title", "<p>Russia rejected the plan.</p>", date), true},
		{"rewrapped markup", rssOne("g1", "https://ex.com/a", "Title", "<p>\n  Russia rejected\n  the plan.\n</p>", date), true},
		{"tracking link and new date", rssOne("g1", "https://ex.com/a?utm_source=x", "Title", "<p>Russia rejected the plan.</p>", "Sat, 10 Jan 2026 08:00:00 GMT"), true},
		{"edited text", rssOne("g1", "https://ex.com/a", "Title", "<p>Russia accepted the plan.</p>", date), false},
		{"edited title", rssOne("g1", "https://ex.com/a", "New title", "<p>Russia rejected the plan.</p>", date), false},
		{"text moved into title", rssOne("g1", "https://ex.com/a", "Title Russia", "<p>rejected the plan.</p>", date), false},
	}
	first, err := sources.ParseFeed(base, news.Source{ID: "s"}, fetchedAt)
	if err != nil || len(first) != 1 {
		t.Fatalf("base feed: %d items, %v", len(first), err)
	}
	if !regexp.MustCompile(`^[0-9a-f]{64}$`).MatchString(first[0].Hash) {
		t.Fatalf("hash %q is not hex sha256", first[0].Hash)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := sources.ParseFeed(tt.other, news.Source{ID: "s"}, fetchedAt)
			if err != nil || len(got) != 1 {
				t.Fatalf("%d items, %v", len(got), err)
			}
			if (got[0].Hash == first[0].Hash) != tt.sameHash {
				t.Errorf("same hash = %v, want %v", got[0].Hash == first[0].Hash, tt.sameHash)
			}
			if got[0].URL != first[0].URL {
				t.Errorf("canonical URL %q, want %q", got[0].URL, first[0].URL)
			}
		})
	}
	// NFC: "é" precomposed and as e + combining acute hash alike.
	if sources.ContentHash("Caf\u00e9", "x") != sources.ContentHash("Cafe\u0301", "x") {
		t.Error("unicode normalisation forms hash differently")
	}
}

func TestParseFeedClampsFutureDates(t *testing.T) {
	body := rssOne("g", "https://ex.com/a", "T", "<p>x</p>", "Mon, 01 Jan 2099 00:00:00 GMT")
	items, err := sources.ParseFeed(body, news.Source{ID: "s"}, fetchedAt)
	if err != nil || len(items) != 1 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	if !items[0].Published.Equal(fetchedAt) {
		t.Errorf("published %s, want the fetch time %s", items[0].Published, fetchedAt)
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"already canonical", "https://ex.com/a?id=1", "https://ex.com/a?id=1"},
		{"lowercase host and scheme", "HTTPS://News.EXAMPLE.com/Path", "https://news.example.com/Path"},
		{"drop fragment", "https://ex.com/a#comments", "https://ex.com/a"},
		{"drop default port", "http://ex.com:80/a", "http://ex.com/a"},
		{"keep other port", "https://ex.com:8443/a", "https://ex.com:8443/a"},
		{"drop utm params, keep others in order", "https://ex.com/a?b=2&utm_source=rss&a=1&utm_medium=feed", "https://ex.com/a?b=2&a=1"},
		{"drop click ids", "https://ex.com/a?fbclid=x&gclid=y&msclkid=z", "https://ex.com/a"},
		{"tracking names case-insensitive", "https://ex.com/a?UTM_Source=x&id=3", "https://ex.com/a?id=3"},
		{"empty path becomes slash", "https://ex.com", "https://ex.com/"},
		{"ipv6 host", "http://[2001:DB8::1]:80/x", "http://[2001:db8::1]/x"},
		{"not absolute left alone", "/relative/path", "/relative/path"},
		{"other scheme left alone", "mailto:desk@ex.com", "mailto:desk@ex.com"},
		{"trimmed", "  https://ex.com/a  ", "https://ex.com/a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sources.CanonicalURL(tt.in); got != tt.want {
				t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// checkItems asserts what every parsed item must be, whatever the input.
func checkItems(t *testing.T, items []news.Item, src news.Source) {
	t.Helper()
	hexHash := regexp.MustCompile(`^[0-9a-f]{64}$`)
	for i, it := range items {
		if it.SourceID != src.ID {
			t.Errorf("item %d: source %q", i, it.SourceID)
		}
		if !hexHash.MatchString(it.Hash) {
			t.Errorf("item %d: hash %q", i, it.Hash)
		}
		if it.Published.IsZero() || it.Published.After(fetchedAt) {
			t.Errorf("item %d: published %s", i, it.Published)
		}
		if it.GUID == "" && it.URL == "" && it.Title == "" && it.Text == "" {
			t.Errorf("item %d is empty", i)
		}
		if strings.Contains(it.Text, "\n\n\n") || it.Text != strings.TrimSpace(it.Text) {
			t.Errorf("item %d: text %q is not clean paragraphs", i, it.Text)
		}
		if strings.ContainsAny(it.Title, "\n") {
			t.Errorf("item %d: title %q spans lines", i, it.Title)
		}
	}
}

func FuzzParseFeed(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*"))
	if err != nil {
		f.Fatal(err)
	}
	corpus, err := filepath.Glob(filepath.Join("testdata", "corpus", "*"))
	if err != nil {
		f.Fatal(err)
	}
	files = append(files, corpus...)
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	src := news.Source{ID: "fuzz", URL: "https://fuzz.example/feed"}
	f.Fuzz(func(t *testing.T, body []byte) {
		items, err := sources.ParseFeed(body, src, fetchedAt)
		if err != nil {
			if items != nil {
				t.Fatalf("items returned with error %v", err)
			}
			return
		}
		checkItems(t, items, src)
	})
}

func TestParseFeedByteOrderMarks(t *testing.T) {
	plain := rssOne("g", "https://ex.com/a", "Заголовок", "<p>Москва отвергла план.</p>", "Fri, 09 Jan 2026 12:45:00 GMT")
	utf16 := func(order unicode.Endianness) []byte {
		xml := strings.Replace(string(plain), `<?xml version="1.0"?>`, `<?xml version="1.0" encoding="UTF-16"?>`, 1)
		b, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes([]byte(xml))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name string
		body []byte
	}{
		{"utf-8 without bom", plain},
		{"utf-8 with bom", append([]byte("\xEF\xBB\xBF"), plain...)},
		{"utf-16le with bom", utf16(unicode.LittleEndian)},
		{"utf-16be with bom", utf16(unicode.BigEndian)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, err := sources.ParseFeed(tt.body, news.Source{ID: "s"}, fetchedAt)
			if err != nil || len(items) != 1 {
				t.Fatalf("%d items, %v", len(items), err)
			}
			if items[0].Title != "Заголовок" || items[0].Text != "Москва отвергла план." {
				t.Errorf("title %q, text %q", items[0].Title, items[0].Text)
			}
		})
	}
}

// bigFeed is an RSS feed of n items of a few HTML paragraphs each.
func bigFeed(n int) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Big</title>`)
	for i := range n {
		fmt.Fprintf(&b, `<item><guid>g%d</guid><link>https://ex.com/a/%d?utm_source=rss</link><title>Item %d</title>`+
			`<pubDate>Fri, 09 Jan 2026 12:45:00 GMT</pubDate><content:encoded><![CDATA[`, i, i, i)
		for range 5 {
			b.WriteString(`<p>Russia&rsquo;s Foreign Ministry <b>rejected</b> the plan, calling it <a href="x">a true axis of war</a>, and objected to a multinational force.</p>`)
		}
		b.WriteString(`]]></content:encoded></item>`)
	}
	b.WriteString(`</channel></rss>`)
	return []byte(b.String())
}

func BenchmarkParseFeed(b *testing.B) {
	body := bigFeed(200)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		items, err := sources.ParseFeed(body, news.Source{ID: "s"}, fetchedAt)
		if err != nil || len(items) != 200 {
			b.Fatal(len(items), err)
		}
	}
}

func BenchmarkHTMLToText(b *testing.B) {
	html := strings.Repeat(`<p>Russia&rsquo;s Foreign Ministry <b>rejected</b> the plan, calling it <a href="x">a true axis of war</a>.</p><script>x()</script>`, 200)
	b.SetBytes(int64(len(html)))
	for b.Loop() {
		sources.HTMLToText(html)
	}
}
