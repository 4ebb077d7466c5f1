package bot

import (
	"time"

	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/notify"
)

// DigestDetailLimit is how many statements a channel's digest shows with
// their evidence; a longer digest shows only its per-actor summary lines.
const DigestDetailLimit = 30

// compactAfter is how many new statements an alert post shows in full;
// more are one line each.
const compactAfter = 3

// RenderPost renders what notify posts to a channel: a group of alerts
// (RenderAlerts) or a digest (RenderChannelDigest).
func RenderPost(w *news.Watchlist, p notify.Post) Reply {
	if p.Digest != nil {
		return RenderChannelDigest(w, *p.Digest)
	}
	return RenderAlerts(w, p.Alerts)
}

// RenderAlerts renders one post for a channel's group of alerts: position
// changes first (each before → after, with both evidence sentences,
// speakers and dates), then new statements, in the order given within
// each kind (more than three: one line each, grouped by actor). All source
// text is plain spans; adapters escape it.
func RenderAlerts(w *news.Watchlist, alerts []notify.Alert) Reply {
	var changes, stmts []notify.Alert
	for _, a := range alerts {
		if a.Event == notify.EventChange {
			changes = append(changes, a)
		} else {
			stmts = append(stmts, a)
		}
	}
	var r Reply
	if len(alerts) > 1 {
		var parts []string
		if n := len(changes); n > 0 {
			parts = append(parts, plural(n, "position change"))
		}
		if n := len(stmts); n > 0 {
			parts = append(parts, plural(n, "new statement"))
		}
		head := parts[0]
		if len(parts) > 1 {
			head += " and " + parts[1]
		}
		r.Blocks = append(r.Blocks, Block{Kind: Heading, Spans: []Span{B(head)}})
	}
	for i, a := range changes {
		if i > 0 || len(alerts) > 1 {
			r.Blocks = append(r.Blocks, Block{Kind: Divider})
		}
		r.Blocks = append(r.Blocks, changeBlocks(w, a)...)
	}
	if len(stmts) > 0 && len(alerts) > 1 {
		r.Blocks = append(r.Blocks, Block{Kind: Divider})
	}
	if len(stmts) <= compactAfter {
		for _, a := range stmts {
			r.Blocks = append(r.Blocks, newStatementBlocks(w, a.Record)...)
		}
		return r
	}
	// Many statements: one line each, grouped by actor in order of first
	// appearance, so a burst stays one message that reads top to bottom.
	var order []news.ActorID
	byActor := map[news.ActorID][][]Span{}
	for _, a := range stmts {
		rec := a.Record
		if _, ok := byActor[rec.Actor]; !ok {
			order = append(order, rec.Actor)
		}
		line := []Span{B(rec.Stance.Verb() + " " + topicName(w, rec.Topic)), T(": “" + rec.Evidence + "” — ")}
		byActor[rec.Actor] = append(byActor[rec.Actor], append(line, citation(rec, true)...))
	}
	for _, id := range order {
		r.Blocks = append(r.Blocks,
			Block{Kind: Paragraph, Spans: []Span{B(actorName(w, id)), T(" — " + plural(len(byActor[id]), "new statement"))}},
			Block{Kind: List, Items: byActor[id]})
	}
	return r
}

// newStatementBlocks is one new statement in an alert: "Russia opposes
// PURL", the evidence, then speaker, outlet, linked title and date.
func newStatementBlocks(w *news.Watchlist, rec news.Record) []Block {
	return []Block{
		{Kind: Paragraph, Spans: []Span{
			B(actorName(w, rec.Actor)), T(" " + rec.Stance.Verb() + " "), B(topicName(w, rec.Topic)),
		}},
		{Kind: Quote, Spans: []Span{T(rec.Evidence)}},
		{Kind: Context, Spans: citation(rec, true)},
	}
}

// changeBlocks is one position change:
//
//	Russia changed its position on PURL: support → oppose
//	Now: opposes PURL (2026-01-09)
//	  > evidence
//	    speaker · outlet: title · date
//	Before: supported PURL (since 2025-11-02)
//	  > evidence
//	    speaker · outlet: title · date
func changeBlocks(w *news.Watchlist, a notify.Alert) []Block {
	rec := a.Record
	actor, topic := actorName(w, rec.Actor), topicName(w, rec.Topic)
	out := []Block{
		{Kind: Heading, Spans: []Span{
			B(actor), T(" changed its position on "), B(topic), T(": "),
			T(string(a.From) + " → "), B(string(rec.Stance)),
		}},
		{Kind: Paragraph, Spans: []Span{
			B("Now: "), T(rec.Stance.Verb() + " " + topic + " (" + day(rec.Published) + ")"),
		}},
		{Kind: Quote, Spans: []Span{T(rec.Evidence)}},
		{Kind: Context, Spans: citation(rec, true)},
	}
	before := []Span{B("Before: "), T(pastVerb(a.From) + " " + topic)}
	if a.Before == nil {
		return append(out, Block{Kind: Paragraph, Spans: append(before,
			T(" (the statement that said so is no longer stored)"))})
	}
	b := *a.Before
	before = append(before, T(" ("+day(b.Published)))
	if held := heldFor(b.Published, rec.Published); held != "" {
		before = append(before, T(", "+held+" before the change"))
	}
	before = append(before, T(")"))
	return append(out,
		Block{Kind: Paragraph, Spans: before},
		Block{Kind: Quote, Spans: []Span{T(b.Evidence)}},
		Block{Kind: Context, Spans: citation(b, true)},
	)
}

// pastVerb is the stance as a past-tense verb: "supported".
func pastVerb(s news.Stance) string {
	switch s {
	case news.StanceSupport:
		return "supported"
	case news.StanceOppose:
		return "opposed"
	case news.StanceNeutral:
		return "was neutral on"
	}
	return "had no known position on"
}

// heldFor says how long before t the date from was, in days: "12 days";
// "" when not a whole day or undated.
func heldFor(from, t time.Time) string {
	if from.IsZero() || t.IsZero() || !t.After(from) {
		return ""
	}
	days := int(t.Sub(from).Hours() / 24)
	if days < 1 {
		return ""
	}
	return plural(days, "day")
}

// RenderChannelDigest renders a channel's digest: its statements grouped
// by actor then topic with one summary line per actor (RenderDigest; more
// than DigestDetailLimit: the summary lines only), dated in the channel's
// zone; a quiet channel's empty digest is one short line.
func RenderChannelDigest(w *news.Watchlist, d notify.Digest) Reply {
	when := d.Period.Format("Mon 2 Jan 2006 15:04 MST")
	since := d.Since.In(d.Period.Location()).Format("Mon 2 Jan 15:04 MST")
	if len(d.Records) == 0 {
		return Reply{Blocks: []Block{
			{Kind: Paragraph, Spans: []Span{T("No new statements since " + since + ".")}},
			{Kind: Context, Spans: []Span{T("Digest · " + when)}},
		}}
	}
	var r Reply
	if len(d.Records) <= DigestDetailLimit {
		r = RenderDigest(w, d.Records)
	} else {
		r = RenderDigestSummary(w, d.Records)
		r.Blocks = append(r.Blocks, Block{Kind: Context, Spans: []Span{
			T("Too many to quote here: /statements ACTOR shows the evidence, /position ACTOR TOPIC the history."),
		}})
	}
	r.Blocks = append(r.Blocks, Block{Kind: Context, Spans: []Span{
		T("Digest · " + when + " · statements since " + since),
	}})
	return r
}
