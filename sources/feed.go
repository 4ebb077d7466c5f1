package sources

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/rss"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"github.com/stancebot/stancebot/news"
)

// ErrNotJSONFeed is returned for a JSON document with none of a JSON
// Feed's version, title or items.
var ErrNotJSONFeed = errors.New("sources: JSON document is not a JSON Feed (no version, title or items)")

// ParseFeed reads an RSS, Atom or JSON Feed document into items of src.
// Each item's Text is its content (content:encoded, content, or
// description, whichever has text first) as plain paragraphs joined by
// "\n\n"; URL is the canonical link (see CanonicalURL), resolved against the
// feed's link when relative, and "" unless it is http(s); Hash is the hex
// SHA-256 of the normalised title and text; Published is the item's date,
// else its update date, else fetched (a date after fetched is clamped to
// fetched).
//
// Items with nothing to identify or read (no GUID, link, title or text)
// are left out, and so are repeats within the feed (same GUID and link,
// or same link when there is no GUID): the first one wins, so an
// unchanged feed yields the same items every time. A GUID that the feed
// gives to items with different links is not an identity (a CMS that
// reuses ids, or puts the feed's own URL in every guid): those items are
// identified by their links instead. A document that is not a feed is an
// error; a feed with no items is not.
func ParseFeed(body []byte, src news.Source, fetched time.Time) ([]news.Item, error) {
	p, err := parseFeed(body, "", src, fetched)
	return p.Items, err
}

// Parsed is what one fetched document of a source yields.
type Parsed struct {
	Items []news.Item
	// Articles are the entries of a list page (KindPage) whose text is on
	// their own pages, still to be fetched.
	Articles []Article
	// TTL is the feed's own hint of how long to wait before the next
	// check (RSS <ttl>, sy:updatePeriod); 0 when it gives none.
	TTL time.Duration
}

// parseFeed is ParseFeed with the Content-Type header (for a charset the
// document does not declare) and the feed's TTL.
func parseFeed(body []byte, contentType string, src news.Source, fetched time.Time) (Parsed, error) {
	body, err := feedToUTF8(body, contentType)
	if err != nil {
		return Parsed{}, fmt.Errorf("parse feed: %w", err)
	}
	// A parser is cheap; one per call keeps this a pure function.
	fp := gofeed.NewParser()
	fp.KeepOriginalFeed = true
	feed, err := fp.Parse(bytes.NewReader(body))
	if err != nil {
		return Parsed{}, fmt.Errorf("parse feed: %w", err)
	}
	// gofeed takes any JSON object for a JSON Feed; an API error such as
	// {"error":"..."} must not pass for a quiet feed.
	if feed.FeedType == "json" && feed.FeedVersion == "" && feed.Title == "" && len(feed.Items) == 0 {
		return Parsed{}, fmt.Errorf("parse feed: %w", ErrNotJSONFeed)
	}
	var rssItems []*rss.Item
	var ttl time.Duration
	if rf, ok := feed.OriginalFeed().(*rss.Feed); ok {
		rssItems = rf.Items
		ttl = rssTTL(rf)
	}
	base := feedBase(feed, src.URL)
	items := make([]news.Item, 0, len(feed.Items))
	for i, fi := range feed.Items {
		if fi == nil {
			continue
		}
		item := news.Item{
			SourceID:  src.ID,
			GUID:      strings.TrimSpace(fi.GUID),
			URL:       itemLink(fi, base),
			Title:     inlineText(fi.Title),
			Author:    itemAuthor(fi),
			Published: itemDate(fi, fetched),
			Text:      itemText(fi),
		}
		if i < len(rssItems) && len(rssItems) == len(feed.Items) && rssItems[i] != nil && rssItems[i].Source != nil {
			aggregatedItem(&item, rssItems[i].Source)
		}
		if item.GUID == "" && item.URL == "" && item.Title == "" && item.Text == "" {
			continue
		}
		items = append(items, item)
	}
	return Parsed{Items: dedupeItems(dropReusedGUIDs(items)), TTL: ttl}, nil
}

// dropReusedGUIDs clears the GUID of items that share it with an item of
// another link: such a GUID does not tell items apart.
func dropReusedGUIDs(items []news.Item) []news.Item {
	links := map[string]string{}
	reused := map[string]bool{}
	for _, it := range items {
		if it.GUID == "" || it.URL == "" {
			continue
		}
		if l, ok := links[it.GUID]; ok && l != it.URL {
			reused[it.GUID] = true
		}
		links[it.GUID] = it.URL
	}
	if len(reused) == 0 {
		return items
	}
	for i := range items {
		if reused[items[i].GUID] && items[i].URL != "" {
			items[i].GUID = ""
		}
	}
	return items
}

// dedupeItems sets each item's hash and drops repeats (same GUID, else
// same link, else same hash), keeping the first.
func dedupeItems(items []news.Item) []news.Item {
	seen := make(map[string]bool, len(items))
	out := items[:0]
	for _, item := range items {
		item.Hash = ContentHash(item.Title, item.Text)
		key := "h:" + item.Hash
		switch {
		case item.GUID != "":
			key = "g:" + item.GUID
		case item.URL != "":
			key = "u:" + item.URL
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, item)
	}
	return out
}

// maxFeedTTL caps what a feed may ask: a day.
const maxFeedTTL = 24 * time.Hour

// rssTTL reads <ttl> (minutes) or the syndication module's
// updatePeriod/updateFrequency.
func rssTTL(rf *rss.Feed) time.Duration {
	if n, err := strconv.Atoi(strings.TrimSpace(rf.TTL)); err == nil && n > 0 {
		return min(time.Duration(n)*time.Minute, maxFeedTTL)
	}
	sy := rf.Extensions["sy"]
	if sy == nil {
		return 0
	}
	value := func(name string) string {
		if es := sy[name]; len(es) > 0 {
			return strings.TrimSpace(es[0].Value)
		}
		return ""
	}
	var period time.Duration
	switch strings.ToLower(value("updatePeriod")) {
	case "hourly":
		period = time.Hour
	case "daily":
		period = 24 * time.Hour
	case "weekly", "monthly", "yearly":
		period = maxFeedTTL
	default:
		return 0
	}
	freq, err := strconv.Atoi(value("updateFrequency"))
	if err != nil || freq < 1 {
		freq = 1
	}
	return min(period/time.Duration(freq), maxFeedTTL)
}

// aggregatedItem tidies an item that an aggregator (Google News) took from
// another outlet, named by RSS <source>: the outlet becomes the author and
// its " - Outlet" suffix leaves the title; a redirect link that carries
// the article's address in a url= parameter is unwrapped.
func aggregatedItem(item *news.Item, s *rss.Source) {
	outlet := inlineText(s.Title)
	if outlet == "" {
		return
	}
	if item.Author == "" {
		item.Author = outlet
	}
	if t, ok := strings.CutSuffix(item.Title, " - "+outlet); ok && strings.TrimSpace(t) != "" {
		item.Title = strings.TrimSpace(t)
	}
	if u, err := url.Parse(item.URL); err == nil && strings.HasSuffix(u.Hostname(), "news.google.com") {
		if target := safeLink(u.Query().Get("url"), nil); target != "" {
			item.URL = target
		}
	}
}

// utf16ToUTF8 transcodes a document that starts with a UTF-16 byte order
// mark, which gofeed's type detection does not read, and makes its XML
// declaration say utf-8 so the XML decoder does not convert it again.
// Anything else is returned as it is.
func utf16ToUTF8(body []byte) ([]byte, error) {
	var order unicode.Endianness
	switch {
	case bytes.HasPrefix(body, []byte{0xFF, 0xFE}):
		order = unicode.LittleEndian
	case bytes.HasPrefix(body, []byte{0xFE, 0xFF}):
		order = unicode.BigEndian
	default:
		return body, nil
	}
	if bytes.HasPrefix(body, []byte{0xFF, 0xFE, 0, 0}) {
		return body, nil // UTF-32LE: see xmlAutodetect
	}
	out, err := unicode.UTF16(order, unicode.ExpectBOM).NewDecoder().Bytes(body)
	if err != nil {
		return nil, fmt.Errorf("decode UTF-16: %w", err)
	}
	return declareUTF8(out), nil
}

// xmlDeclEncoding finds the encoding named by a leading XML declaration.
var xmlDeclEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']`)

// ContentHash is the hex SHA-256 of a title and text after Unicode (NFC)
// and white-space normalisation, so re-encoding or re-wrapping a feed does
// not make an item look edited.
func ContentHash(title, text string) string {
	h := sha256.New()
	h.Write([]byte(normForHash(title)))
	h.Write([]byte{0})
	h.Write([]byte(normForHash(text)))
	return hex.EncodeToString(h.Sum(nil))
}

func normForHash(s string) string {
	return collapseSpace(norm.NFC.String(s))
}

// itemText is the first of content and description that has text.
func itemText(fi *gofeed.Item) string {
	for _, s := range []string{fi.Content, fi.Description} {
		if t := bodyText(s); t != "" {
			return t
		}
	}
	return ""
}

func itemAuthor(fi *gofeed.Item) string {
	for _, p := range fi.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			return inlineText(p.Name)
		}
	}
	if fi.Author != nil && strings.TrimSpace(fi.Author.Name) != "" {
		return inlineText(fi.Author.Name)
	}
	if fi.DublinCoreExt != nil {
		for _, c := range fi.DublinCoreExt.Creator {
			if strings.TrimSpace(c) != "" {
				return inlineText(c)
			}
		}
	}
	return ""
}

func itemDate(fi *gofeed.Item, fetched time.Time) time.Time {
	var t time.Time
	switch {
	case fi.PublishedParsed != nil && !fi.PublishedParsed.IsZero():
		t = *fi.PublishedParsed
	case fi.UpdatedParsed != nil && !fi.UpdatedParsed.IsZero():
		t = *fi.UpdatedParsed
	default:
		return fetched
	}
	// A date in the future (a wrong time zone, a scheduled post) would sit
	// on top of every position until then.
	if !fetched.IsZero() && t.After(fetched) {
		return fetched
	}
	return t
}

// feedBase is the URL relative item links are resolved against: the feed's
// own link when absolute, else the source URL.
func feedBase(feed *gofeed.Feed, srcURL string) *url.URL {
	for _, s := range []string{feed.FeedLink, feed.Link, srcURL} {
		if u, err := url.Parse(strings.TrimSpace(s)); err == nil && u.IsAbs() && u.Host != "" {
			return u
		}
	}
	return nil
}

func itemLink(fi *gofeed.Item, base *url.URL) string {
	link := strings.TrimSpace(fi.Link)
	if link == "" {
		for _, l := range fi.Links {
			if l = strings.TrimSpace(l); l != "" {
				link = l
				break
			}
		}
	}
	if link == "" {
		// RSS items often carry their permalink only as the GUID.
		if g := strings.TrimSpace(fi.GUID); strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
			link = g
		}
	}
	if link == "" {
		return ""
	}
	return safeLink(link, base)
}

// safeLink resolves link against base and returns its canonical form, or
// "" when it is not an absolute http(s) URL: a javascript:, data: or
// other link must never reach a reader as the source of a statement.
func safeLink(link string, base *url.URL) string {
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil {
		return ""
	}
	if !u.IsAbs() && base != nil {
		u = base.ResolveReference(u)
	}
	if s := strings.ToLower(u.Scheme); (s != "http" && s != "https") || u.Host == "" {
		return ""
	}
	return CanonicalURL(u.String())
}

// CanonicalURL returns the link in the form used to recognise the same
// article: scheme and host lowercased, default port and fragment dropped,
// tracking parameters (utm_*, fbclid, gclid, ...) removed, the order of the
// remaining ones kept. A link that does not parse as an absolute http(s)
// URL is returned trimmed but otherwise as it is.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return raw
	}
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") { // IPv6 literal
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		u.RawQuery = dropTracking(u.RawQuery)
	}
	u.ForceQuery = false
	return u.String()
}

// dropTracking removes tracking parameters from a raw query, keeping the
// others exactly as written and in order.
func dropTracking(rawQuery string) string {
	parts := strings.Split(rawQuery, "&")
	kept := parts[:0]
	for _, p := range parts {
		if p == "" {
			continue
		}
		name, _, _ := strings.Cut(p, "=")
		if n, err := url.QueryUnescape(name); err == nil {
			name = n
		}
		if isTrackingParam(strings.ToLower(name)) {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "&")
}

// isTrackingParam reports whether a lowercased query parameter name only
// tracks the reader (campaign tags, click ids) and never selects content.
func isTrackingParam(name string) bool {
	if strings.HasPrefix(name, "utm_") || strings.HasPrefix(name, "mtm_") ||
		strings.HasPrefix(name, "at_") || strings.HasPrefix(name, "hsa_") {
		return true
	}
	switch name {
	case "pk_campaign", "pk_kwd", "pk_keyword", "pk_source", "pk_medium", "pk_content", "pk_cid",
		"fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
		"ttclid", "li_fat_id", "igshid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok",
		"oly_anon_id", "oly_enc_id", "vero_id", "rb_clickid", "s_cid", "wt_mc", "wt.mc_id",
		"ocid", "cmpid", "ito", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee",
		"__twitter_impression", "ref_src", "ref_url", "guccounter", "guce_referrer", "guce_referrer_sig", "xtor":
		return true
	}
	return false
}
