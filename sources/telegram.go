package sources

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"

	"github.com/stancebot/stancebot/news"
)

// maxTitleRunes is how much of a post's first line becomes its title.
const maxTitleRunes = 120

// ParseTelegram reads a public channel's web preview (https://t.me/s/NAME)
// into one item per post (div.tgme_widget_message with data-post): the
// GUID is the post's "channel/number", the URL its https://t.me/channel/
// number link, the text the post's text as paragraphs, the title its first
// line, the date its <time datetime>, the author the channel's name.
// Posts without text (a photo alone, a service message) are left out. A
// page with no message container at all is an error: it is not a channel
// preview (a login wall, a renamed channel).
func ParseTelegram(body []byte, src news.Source, fetched time.Time) ([]news.Item, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parse telegram page: %w", err)
	}
	if doc.Find(".tgme_channel_history, .tgme_widget_message_wrap, .tgme_widget_message").Length() == 0 {
		return nil, fmt.Errorf("parse telegram page: no channel messages (not a public channel preview)")
	}
	var items []news.Item
	seen := map[string]bool{}
	doc.Find("div.tgme_widget_message[data-post]").Each(func(_ int, m *goquery.Selection) {
		post, _ := m.Attr("data-post")
		post = strings.Trim(strings.TrimSpace(post), "/")
		channel, number, ok := strings.Cut(post, "/")
		if !ok || !isChannelName(channel) || number == "" || strings.Trim(number, "0123456789") != "" || seen[post] {
			return
		}
		seen[post] = true
		textSel := m.Find(".tgme_widget_message_text").First()
		h, _ := textSel.Html()
		text := HTMLToText(h)
		if text == "" {
			return
		}
		item := news.Item{
			SourceID: src.ID,
			GUID:     post,
			URL:      "https://t.me/" + post,
			Title:    firstLine(text),
			Author:   collapseSpace(m.Find(".tgme_widget_message_owner_name").First().Text()),
			Text:     text,
		}
		if dt, ok := m.Find(".tgme_widget_message_date time[datetime], time[datetime]").First().Attr("datetime"); ok {
			if t, err := time.Parse(time.RFC3339, strings.TrimSpace(dt)); err == nil {
				item.Published = clampDate(t, fetched)
			}
		}
		if item.Published.IsZero() {
			item.Published = fetched
		}
		item.Hash = ContentHash(item.Title, item.Text)
		items = append(items, item)
	})
	return items, nil
}

// firstLine is a post's title: its first paragraph's first sentence-ish
// line, cut at a word boundary to maxTitleRunes.
func firstLine(text string) string {
	line, _, _ := strings.Cut(text, "\n")
	line = collapseSpace(line)
	if utf8.RuneCountInString(line) <= maxTitleRunes {
		return line
	}
	rs := []rune(line)[:maxTitleRunes]
	cut := string(rs)
	if i := strings.LastIndex(cut, " "); i > maxTitleRunes/2 {
		cut = cut[:i]
	}
	return strings.TrimSpace(cut) + "…"
}
