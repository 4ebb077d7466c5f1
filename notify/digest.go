package notify

import (
	"time"

	"github.com/stancebot/stancebot/news"
)

// maxCatchUp bounds the schedule steps DigestDue takes (a minutely
// schedule after months offline).
const maxCatchUp = 200_000

// DigestDue returns the digest a channel owes at now: the latest time p
// that the schedule fires with last < p <= now, where last is the period
// of its previous digest. Periods missed while the bot was down collapse
// into that one. ok is false when no digest is due; next is then the time
// it will be.
func DigestDue(s Schedule, last, now time.Time) (period time.Time, ok bool, next time.Time) {
	p := s.Next(last)
	if p.IsZero() {
		return time.Time{}, false, time.Time{}
	}
	if p.After(now) {
		return time.Time{}, false, p
	}
	for range maxCatchUp {
		n := s.Next(p)
		if n.IsZero() || n.After(now) {
			return p, true, n
		}
		p = n
	}
	return p, true, s.Next(p)
}

// NewDigest makes a channel's digest of recs (the statements stored since
// its last digest at since): those the channel lists, by its actors and
// topics, dated in its zone. post is false for an empty period unless the
// channel is quiet.
func NewDigest(spec DigestSpec, recs []news.Record, since, period time.Time) (d Digest, post bool) {
	for _, rec := range recs {
		if spec.wants(rec) {
			d.Records = append(d.Records, rec)
		}
	}
	if spec.Location != nil {
		period = period.In(spec.Location)
	}
	d.Period, d.Since = period, since.In(period.Location())
	return d, len(d.Records) > 0 || spec.Quiet
}
