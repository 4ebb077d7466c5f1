package notify

import (
	"time"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/news"
)

// DigestDetailLimit is how many statements a digest shows with their
// evidence; a longer digest shows only its per-actor summary lines.
const DigestDetailLimit = 30

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

// BuildDigest renders a channel's digest of recs (the statements stored
// since its last digest at since): filtered by the channel's actors and
// topics, grouped by actor then topic, newest first, one summary line per
// actor. post is false for an empty period unless the channel is quiet
// (then it is one short line).
func BuildDigest(w *news.Watchlist, spec DigestSpec, recs []news.Record, since, period time.Time) (r bot.Reply, post bool) {
	var picked []news.Record
	for _, rec := range recs {
		if spec.wants(rec) {
			picked = append(picked, rec)
		}
	}
	if spec.Location != nil {
		period = period.In(spec.Location)
	}
	when := period.Format("Mon 2 Jan 2006 15:04 MST")
	if len(picked) == 0 {
		if !spec.Quiet {
			return bot.Reply{}, false
		}
		return bot.Reply{Blocks: []bot.Block{
			{Kind: bot.Paragraph, Spans: []bot.Span{bot.T("No new statements since " + since.In(period.Location()).Format("Mon 2 Jan 15:04 MST") + ".")}},
			{Kind: bot.Context, Spans: []bot.Span{bot.T("Digest · " + when)}},
		}}, true
	}
	if len(picked) <= DigestDetailLimit {
		r = bot.RenderDigest(w, picked)
	} else {
		r = bot.RenderDigestSummary(w, picked)
		r.Blocks = append(r.Blocks, bot.Block{Kind: bot.Context, Spans: []bot.Span{
			bot.T("Too many to quote here: /statements ACTOR shows the evidence, /position ACTOR TOPIC the history."),
		}})
	}
	r.Blocks = append(r.Blocks, bot.Block{Kind: bot.Context, Spans: []bot.Span{
		bot.T("Digest · " + when + " · statements since " + since.In(period.Location()).Format("Mon 2 Jan 15:04 MST")),
	}})
	return r, true
}
