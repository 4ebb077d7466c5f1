package sources

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"

	"github.com/stancebot/stancebot/news"
)

// DefaultMaxArticles is how many new article pages one poll of a list page
// fetches; the rest wait for the next poll.
const DefaultMaxArticles = 20

// ErrNoSelectors is returned for a page source without a link selector.
var ErrNoSelectors = errors.New("sources: page source needs a link selector")

// PageSelectors say where a list page (a ministry's "statements" page)
// keeps its entries. They are CSS selectors (goquery/cascadia syntax).
type PageSelectors struct {
	// Item selects each entry; "" means every Link match is an entry.
	Item string
	// Link selects the entry's link (an element with href) inside Item;
	// "" inside an Item means its first a[href]. Required without Item.
	Link string
	// Title selects the entry's title inside Item; "" means the link text.
	Title string
	// Date selects the entry's date inside Item: its datetime, content or
	// title attribute, else its text. "" leaves the date to the article
	// page.
	Date string
	// MaxArticles caps the article pages fetched per poll; default 20.
	MaxArticles int
}

// Article is an entry of a list page: the page its text is on.
type Article struct {
	URL       string // canonical, http(s) only
	Title     string
	Published time.Time // zero when the list gives no date
}

// ParseListPage reads the entries of an HTML list page, in page order,
// one per distinct link. Links are resolved against the page's <base> or
// pageURL; links that are not http(s) (javascript:, mailto:) are left out.
func ParseListPage(body []byte, pageURL string, sel PageSelectors, fetched time.Time) ([]Article, error) {
	if sel.Item == "" && sel.Link == "" {
		return nil, ErrNoSelectors
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parse list page: %w", err)
	}
	base, _ := url.Parse(pageURL)
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b, err := url.Parse(strings.TrimSpace(href)); err == nil {
			if base != nil {
				b = base.ResolveReference(b)
			}
			base = b
		}
	}
	var entries *goquery.Selection
	if sel.Item != "" {
		entries, err = find(doc.Selection, sel.Item)
	} else {
		entries, err = find(doc.Selection, sel.Link)
	}
	if err != nil {
		return nil, err
	}
	var out []Article
	seen := map[string]bool{}
	var selErr error
	entries.EachWithBreak(func(_ int, e *goquery.Selection) bool {
		link := e
		if sel.Item != "" {
			linkSel := sel.Link
			if linkSel == "" {
				linkSel = "a[href]"
			}
			if link, selErr = find(e, linkSel); selErr != nil {
				return false
			}
		}
		link = link.First()
		href, ok := link.Attr("href")
		if !ok {
			if link, ok = firstHref(link); !ok {
				return true
			}
			href, _ = link.Attr("href")
		}
		u := safeLink(href, base)
		if u == "" || seen[u] {
			return true
		}
		seen[u] = true
		a := Article{URL: u, Title: collapseSpace(link.Text())}
		if sel.Title != "" {
			t, err := find(e, sel.Title)
			if err != nil {
				selErr = err
				return false
			}
			if s := collapseSpace(t.First().Text()); s != "" {
				a.Title = s
			}
		}
		if sel.Date != "" {
			d, err := find(e, sel.Date)
			if err != nil {
				selErr = err
				return false
			}
			a.Published = clampDate(dateOf(d.First()), fetched)
		}
		out = append(out, a)
		return true
	})
	if selErr != nil {
		return nil, selErr
	}
	return out, nil
}

// find runs a CSS selector, turning cascadia's panic-free compile error
// into ours.
func find(s *goquery.Selection, selector string) (*goquery.Selection, error) {
	// goquery.Find swallows a selector that does not compile (it finds
	// nothing); check first so a typo in the config is an error.
	if err := compileSelector(selector); err != nil {
		return nil, err
	}
	return s.Find(selector), nil
}

// firstHref is the element itself or its first descendant with an href.
func firstHref(s *goquery.Selection) (*goquery.Selection, bool) {
	if a := s.Find("[href]").First(); a.Length() > 0 {
		return a, true
	}
	return nil, false
}

// dateOf reads a date from an element's datetime, content or title
// attribute, else its text.
func dateOf(s *goquery.Selection) time.Time {
	for _, attr := range []string{"datetime", "content", "title"} {
		if v, ok := s.Attr(attr); ok {
			if t, ok := parseLooseDate(v); ok {
				return t
			}
		}
	}
	t, _ := parseLooseDate(s.Text())
	return t
}

// looseDateLayouts are the date forms government sites print, tried in
// order. Day-first numeric forms only: month-first is the exception
// outside the US and would misread 03.04.2026.
var looseDateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700",
	"02.01.2006 15:04", "02.01.2006", "2.1.2006", "02/01/2006",
	"2 January 2006 15:04", "2 January 2006", "January 2, 2006 15:04", "January 2, 2006", "Jan 2, 2006", "2 Jan 2006",
}

var dateLike = regexp.MustCompile(`\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}\.\d{1,2}\.\d{4}(?: \d{2}:\d{2})?|\d{1,2}/\d{1,2}/\d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}`)

func parseLooseDate(s string) (time.Time, bool) {
	s = collapseSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	cands := []string{s}
	if m := dateLike.FindString(s); m != "" && m != s {
		cands = append(cands, m)
	}
	for _, c := range cands {
		for _, layout := range looseDateLayouts {
			if t, err := time.Parse(layout, c); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// clampDate keeps a date from lying in the future (a wrong zone).
func clampDate(t, fetched time.Time) time.Time {
	if !t.IsZero() && !fetched.IsZero() && t.After(fetched) {
		return fetched
	}
	return t
}

// ArticlePage is the readable part of an article page.
type ArticlePage struct {
	Title     string
	Author    string
	Text      string    // plain paragraphs separated by blank lines
	Published time.Time // zero when the page gives none
}

// ParseArticle extracts an article page's main text with readability,
// falling back to the text of its <article>, <main> or <body> when
// readability finds nothing. The page is decoded by its Content-Type
// charset or <meta charset>.
func ParseArticle(body []byte, contentType, pageURL string) (ArticlePage, error) {
	body = htmlToUTF8(body, contentType)
	u, _ := url.Parse(pageURL)
	var page ArticlePage
	parser := readability.NewParser() // holds per-document state: one per page
	art, err := parser.Parse(bytes.NewReader(body), u)
	if err == nil && art.Node != nil {
		var b strings.Builder
		if rerr := art.RenderHTML(&b); rerr == nil {
			page.Text = HTMLToText(b.String())
		}
		page.Title = inlineText(art.Title())
		page.Author = inlineText(art.Byline())
		if t, terr := art.PublishedTime(); terr == nil {
			page.Published = t
		}
	}
	if page.Text == "" {
		doc, perr := html.Parse(bytes.NewReader(body))
		if perr != nil {
			return ArticlePage{}, fmt.Errorf("parse article %s: %w", pageURL, perr)
		}
		gq := goquery.NewDocumentFromNode(doc)
		for _, s := range []string{"article", "main", "body"} {
			if n := gq.Find(s).First(); n.Length() > 0 {
				h, _ := goquery.OuterHtml(n)
				if page.Text = HTMLToText(h); page.Text != "" {
					break
				}
			}
		}
		if page.Title == "" {
			page.Title = collapseSpace(gq.Find("title").First().Text())
		}
	}
	if page.Text == "" && page.Title == "" {
		return ArticlePage{}, fmt.Errorf("parse article %s: no text found", pageURL)
	}
	return page, nil
}

// articleItem makes the item of a list-page entry from its page. The
// list's title and date win over the page's (the list is what the desk
// reads); the page's date over the fetch time.
func articleItem(src news.Source, a Article, page ArticlePage, fetched time.Time) news.Item {
	item := news.Item{
		SourceID:  src.ID,
		GUID:      a.URL,
		URL:       a.URL,
		Title:     a.Title,
		Author:    page.Author,
		Published: a.Published,
		Text:      page.Text,
	}
	if item.Title == "" {
		item.Title = page.Title
	}
	if item.Published.IsZero() {
		item.Published = clampDate(page.Published, fetched)
	}
	if item.Published.IsZero() {
		item.Published = fetched
	}
	item.Hash = ContentHash(item.Title, item.Text)
	return item
}

// compileSelector compiles a CSS selector, naming it in the error.
func compileSelector(selector string) error {
	if _, err := cascadia.ParseGroup(selector); err != nil {
		return fmt.Errorf("sources: CSS selector %q: %w", selector, err)
	}
	return nil
}

// CheckSelectors reports the first selector of sel that does not compile,
// and a missing link selector.
func CheckSelectors(sel PageSelectors) error {
	if sel.Item == "" && sel.Link == "" {
		return ErrNoSelectors
	}
	for _, s := range []string{sel.Item, sel.Link, sel.Title, sel.Date} {
		if s == "" {
			continue
		}
		if err := compileSelector(s); err != nil {
			return err
		}
	}
	return nil
}
