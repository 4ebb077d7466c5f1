package notify

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"time"

	"github.com/stancebot/stancebot/news"
)

// Post is what one post says, as data: a channel's group of alerts, or a
// digest. Exactly one of Alerts and Digest is set. It is stored in the
// outbox (NewPost.Body is its JSON) and handed to the Poster; package bot
// renders it.
type Post struct {
	// Alerts are a channel's waiting alerts, oldest first, the muted ones
	// left out.
	Alerts []Alert `json:"alerts,omitempty"`
	Digest *Digest `json:"digest,omitempty"`
}

// Empty says whether p has nothing to post.
func (p Post) Empty() bool { return len(p.Alerts) == 0 && p.Digest == nil }

// Digest is a channel's digest for one period: the statements stored since
// its previous digest that the channel lists. No Records is a quiet
// channel's "nothing new" (a digest that is not quiet is not posted then).
type Digest struct {
	// Since is the period of the previous digest, Period this one's, both
	// in the zone the channel's digests are dated in (they keep it through
	// JSON).
	Since, Period time.Time
	// Records are the statements the digest lists, as the store gave them.
	Records []news.Record
}

// digestJSON is Digest as stored: the zone by name, as a time in JSON
// keeps only its offset ("EET" would come back as "+0200").
type digestJSON struct {
	Since   time.Time     `json:"since"`
	Period  time.Time     `json:"period"`
	Zone    string        `json:"zone,omitempty"`
	Records []news.Record `json:"records,omitempty"`
}

// MarshalJSON stores d with the name of its zone.
func (d Digest) MarshalJSON() ([]byte, error) {
	return json.Marshal(digestJSON{Since: d.Since, Period: d.Period, Zone: d.Period.Location().String(), Records: d.Records})
}

// UnmarshalJSON reads a Digest back in its zone, when that zone is known
// here; otherwise at the offset it was stored with.
func (d *Digest) UnmarshalJSON(b []byte) error {
	var j digestJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*d = Digest{Since: j.Since, Period: j.Period, Records: j.Records}
	if j.Zone == "" {
		return nil
	}
	if loc, err := time.LoadLocation(j.Zone); err == nil {
		if _, off := j.Period.Zone(); off == offsetIn(j.Period, loc) {
			d.Since, d.Period = j.Since.In(loc), j.Period.In(loc)
		}
	}
	return nil
}

// offsetIn is t's offset from UTC in loc, in seconds.
func offsetIn(t time.Time, loc *time.Location) int {
	_, off := t.In(loc).Zone()
	return off
}

// Poster posts to a chat channel; app implements it with bot's rendering
// and the platform adapter's Sender.
type Poster interface {
	// Post sends p to ch. An error wrapping ErrUndeliverable means trying
	// again cannot help: the post is given up at once. An error for which
	// UnknownOutcome is true leaves it open whether p arrived: the post is
	// repeated once at most. Any other error means it did not arrive: the
	// post is tried again with backoff.
	Post(ctx context.Context, ch Channel, p Post) error
}

// PosterFunc adapts a function to a Poster.
type PosterFunc func(ctx context.Context, ch Channel, p Post) error

// Post calls f.
func (f PosterFunc) Post(ctx context.Context, ch Channel, p Post) error { return f(ctx, ch, p) }

// ErrUndeliverable marks a post error that trying again cannot mend (no
// adapter runs for the channel's platform); Posters wrap it.
var ErrUndeliverable = errors.New("notify: undeliverable")

// ErrUnknownOutcome marks a send error after which the post may or may not
// have reached the channel; Posters may wrap it.
var ErrUnknownOutcome = errors.New("notify: outcome unknown")

// UnknownOutcome says whether a send error leaves it open whether the post
// arrived: a timeout (the request may have been received), or an error
// wrapping ErrUnknownOutcome. Other errors are taken to mean it did not.
func UnknownOutcome(err error) bool {
	if errors.Is(err, ErrUnknownOutcome) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
