package sources

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/stancebot/stancebot/news"
)

// ErrNoOutlines is returned for an OPML document that lists no feed.
var ErrNoOutlines = errors.New("sources: OPML lists no feed (no outline with an xmlUrl)")

// OPMLFeed is one feed an OPML subscription list names.
type OPMLFeed struct {
	Title    string // the outline's title, else its text
	URL      string // xmlUrl
	HTMLURL  string // htmlUrl, the site
	Language string
	Category string // the titles of the enclosing outlines, joined by " / "
}

// ParseOPML reads the feeds of an OPML 1.0 or 2.0 subscription list (the
// export of any feed reader), nested folders included, in document order,
// each URL once. Only http(s) feed URLs are taken: a list from elsewhere
// must not slip in a file:// or other URL; the others are returned in
// skipped, with the reason.
func ParseOPML(r io.Reader) (feeds []OPMLFeed, skipped []string, err error) {
	var doc struct {
		XMLName xml.Name  `xml:"opml"`
		Body    []outline `xml:"body>outline"`
	}
	dec := xml.NewDecoder(r)
	dec.CharsetReader = charset.NewReaderLabel
	dec.Strict = false
	if err := dec.Decode(&doc); err != nil {
		return nil, nil, fmt.Errorf("parse OPML: %w", err)
	}
	seen := map[string]bool{}
	var walk func(os []outline, path []string)
	walk = func(os []outline, path []string) {
		for _, o := range os {
			title := collapseSpace(o.Title)
			if title == "" {
				title = collapseSpace(o.Text)
			}
			if raw := strings.TrimSpace(o.XMLURL); raw != "" {
				u, perr := url.Parse(raw)
				switch {
				case perr != nil:
					skipped = append(skipped, fmt.Sprintf("%q: not a URL", raw))
				case u.Scheme != "http" && u.Scheme != "https":
					skipped = append(skipped, fmt.Sprintf("%q: scheme %q (only http and https)", news.RedactURL(u.String()), u.Scheme))
				case u.Host == "":
					skipped = append(skipped, fmt.Sprintf("%q: no host", news.RedactURL(u.String())))
				case seen[u.String()]:
				default:
					seen[u.String()] = true
					feeds = append(feeds, OPMLFeed{
						Title: title, URL: u.String(), HTMLURL: strings.TrimSpace(o.HTMLURL),
						Language: strings.TrimSpace(o.Language), Category: strings.Join(path, " / "),
					})
				}
			}
			if len(o.Children) > 0 {
				sub := path
				if title != "" && o.XMLURL == "" {
					sub = append(append([]string(nil), path...), title)
				}
				walk(o.Children, sub)
			}
		}
	}
	walk(doc.Body, nil)
	if len(feeds) == 0 {
		return nil, skipped, ErrNoOutlines
	}
	return feeds, skipped, nil
}

type outline struct {
	Text, Title, XMLURL, HTMLURL, Language string
	Children                               []outline
}

// UnmarshalXML reads an outline's attributes whatever their case (xmlUrl,
// xmlURL and xmlurl are all found in the wild) and its child outlines.
func (o *outline) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	for _, a := range start.Attr {
		switch strings.ToLower(a.Name.Local) {
		case "text":
			o.Text = a.Value
		case "title":
			o.Title = a.Value
		case "xmlurl":
			o.XMLURL = a.Value
		case "htmlurl":
			o.HTMLURL = a.Value
		case "language":
			o.Language = a.Value
		}
	}
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if strings.EqualFold(t.Name.Local, "outline") {
				var c outline
				if err := c.UnmarshalXML(d, t); err != nil {
					return err
				}
				o.Children = append(o.Children, c)
			} else if err := d.Skip(); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}
