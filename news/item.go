package news

import "time"

// Source is a place the bot watches: a feed or page URL polled on a schedule.
type Source struct {
	ID       string
	Name     string // the outlet as shown to readers; the id when empty
	URL      string
	Schedule string // robfig/cron spec, CRON_TZ= allowed
	// DefaultActor, when set, speaks for the source's own text (an official
	// ministry feed) when no other speaker is named.
	DefaultActor ActorID
	Disabled     bool
}

// Outlet returns the name readers know the source by.
func (s Source) Outlet() string {
	if s.Name != "" {
		return s.Name
	}
	return s.ID
}

// SourceState is a source with what the store remembers of fetching it.
type SourceState struct {
	Source
	ETag              string
	LastModified      string
	LastFetched       time.Time // zero: never fetched
	LastSuccess       time.Time
	LastError         string
	ConsecutiveErrors int
	NextCheck         time.Time // zero: due now
	Items             int       // items stored from this source
}

// FetchResult is what one poll of a source learned, recorded on the source.
type FetchResult struct {
	At           time.Time
	ETag         string
	LastModified string
	NotModified  bool
	Err          error // nil on success
	NextCheck    time.Time
}

// Item is one entry of a source: a feed item or an article page, its text
// reduced to plain paragraphs separated by blank lines.
type Item struct {
	SourceID  string
	GUID      string // as published; may be empty or reused
	URL       string // canonical link (tracking parameters removed)
	Title     string
	Author    string
	Published time.Time // the item's date; the fetch time when it has none
	Text      string
	Hash      string // content hash of title and text, hex
}

// ItemStatus says what the store made of an item it was offered.
type ItemStatus int

// The outcomes of offering an item to the store.
const (
	ItemNew       ItemStatus = iota + 1 // never seen: stored
	ItemChanged                         // seen, text edited: updated, to extract again
	ItemUnchanged                       // seen as it is: nothing to do
)

// String names the status for logs.
func (s ItemStatus) String() string {
	switch s {
	case ItemNew:
		return "new"
	case ItemChanged:
		return "changed"
	case ItemUnchanged:
		return "unchanged"
	}
	return "invalid"
}

// Document is the text the extractor reads: an item, or a line of a gold
// file.
type Document struct {
	ID        string
	Title     string
	URL       string
	Published time.Time
	Text      string
	// DefaultActor speaks for the document's own text when no other speaker
	// is named (an official feed).
	DefaultActor ActorID
}
