package notify

import (
	"fmt"
	"time"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/news"
)

// RenderAlerts renders one post for a channel's group of alerts: position
// changes first (each before → after, with both evidence sentences,
// speakers and dates), then new statements, in the order given within
// each kind (more than three: one line each, grouped by actor). All source
// text is plain spans; adapters escape it.
func RenderAlerts(w *news.Watchlist, alerts []Alert) bot.Reply {
	var changes, stmts []Alert
	for _, a := range alerts {
		if a.Event == EventChange {
			changes = append(changes, a)
		} else {
			stmts = append(stmts, a)
		}
	}
	var r bot.Reply
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
		r.Blocks = append(r.Blocks, bot.Block{Kind: bot.Heading, Spans: []bot.Span{bot.B(head)}})
	}
	for i, a := range changes {
		if i > 0 || len(alerts) > 1 {
			r.Blocks = append(r.Blocks, bot.Block{Kind: bot.Divider})
		}
		r.Blocks = append(r.Blocks, changeBlocks(w, a)...)
	}
	if len(stmts) > 0 && len(alerts) > 1 {
		r.Blocks = append(r.Blocks, bot.Block{Kind: bot.Divider})
	}
	if len(stmts) <= compactAfter {
		for _, a := range stmts {
			r.Blocks = append(r.Blocks, statementBlocks(w, a.Record)...)
		}
		return r
	}
	// Many statements: one line each, grouped by actor in order of first
	// appearance, so a burst stays one message that reads top to bottom.
	var order []news.ActorID
	byActor := map[news.ActorID][][]bot.Span{}
	for _, a := range stmts {
		rec := a.Record
		if _, ok := byActor[rec.Actor]; !ok {
			order = append(order, rec.Actor)
		}
		line := []bot.Span{bot.B(rec.Stance.Verb() + " " + topicName(w, rec.Topic)), bot.T(": “" + rec.Evidence + "” — ")}
		byActor[rec.Actor] = append(byActor[rec.Actor], append(line, citation(rec)...))
	}
	for _, id := range order {
		r.Blocks = append(r.Blocks,
			bot.Block{Kind: bot.Paragraph, Spans: []bot.Span{bot.B(actorName(w, id)), bot.T(" — " + plural(len(byActor[id]), "new statement"))}},
			bot.Block{Kind: bot.List, Items: byActor[id]})
	}
	return r
}

// compactAfter is how many new statements a post shows in full; more are
// one line each.
const compactAfter = 3

// statementBlocks is one new statement: "Russia opposes PURL", the
// evidence, then speaker, outlet, linked title and date.
func statementBlocks(w *news.Watchlist, rec news.Record) []bot.Block {
	return []bot.Block{
		{Kind: bot.Paragraph, Spans: []bot.Span{
			bot.B(actorName(w, rec.Actor)), bot.T(" " + rec.Stance.Verb() + " "), bot.B(topicName(w, rec.Topic)),
		}},
		{Kind: bot.Quote, Spans: []bot.Span{bot.T(rec.Evidence)}},
		{Kind: bot.Context, Spans: citation(rec)},
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
func changeBlocks(w *news.Watchlist, a Alert) []bot.Block {
	rec := a.Record
	actor, topic := actorName(w, rec.Actor), topicName(w, rec.Topic)
	out := []bot.Block{
		{Kind: bot.Heading, Spans: []bot.Span{
			bot.B(actor), bot.T(" changed its position on "), bot.B(topic), bot.T(": "),
			bot.T(string(a.From) + " → "), bot.B(string(rec.Stance)),
		}},
		{Kind: bot.Paragraph, Spans: []bot.Span{
			bot.B("Now: "), bot.T(rec.Stance.Verb() + " " + topic + " (" + day(rec.Published) + ")"),
		}},
		{Kind: bot.Quote, Spans: []bot.Span{bot.T(rec.Evidence)}},
		{Kind: bot.Context, Spans: citation(rec)},
	}
	before := []bot.Span{bot.B("Before: "), bot.T(pastVerb(a.From) + " " + topic)}
	if a.Before == nil {
		return append(out, bot.Block{Kind: bot.Paragraph, Spans: append(before,
			bot.T(" (the statement that said so is no longer stored)"))})
	}
	b := *a.Before
	before = append(before, bot.T(" ("+day(b.Published)))
	if held := heldFor(b.Published, rec.Published); held != "" {
		before = append(before, bot.T(", "+held+" before the change"))
	}
	before = append(before, bot.T(")"))
	return append(out,
		bot.Block{Kind: bot.Paragraph, Spans: before},
		bot.Block{Kind: bot.Quote, Spans: []bot.Span{bot.T(b.Evidence)}},
		bot.Block{Kind: bot.Context, Spans: citation(b)},
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

// citation is where a statement comes from: speaker, outlet, linked title,
// date.
func citation(r news.Record) []bot.Span {
	var out []bot.Span
	if r.Speaker != "" {
		out = append(out, bot.T(r.Speaker+" · "))
	}
	outlet := r.Outlet
	if outlet == "" {
		outlet = r.SourceID
	}
	switch {
	case r.Title != "" && outlet != "":
		out = append(out, bot.T(outlet+": "), link(r.Title, r.URL))
	case r.Title != "":
		out = append(out, link(r.Title, r.URL))
	case outlet != "":
		out = append(out, link(outlet, r.URL))
	default:
		out = append(out, link(r.URL, r.URL))
	}
	return append(out, bot.T(" · "+day(r.Published)))
}

func link(text, url string) bot.Span {
	if url == "" {
		return bot.T(text)
	}
	return bot.L(text, url)
}

func actorName(w *news.Watchlist, id news.ActorID) string {
	if w != nil {
		if a, ok := w.Actor(id); ok && a.Name != "" {
			return a.Name
		}
	}
	return string(id)
}

func topicName(w *news.Watchlist, id news.TopicID) string {
	if w != nil {
		if t, ok := w.Topic(id); ok && t.Name != "" {
			return t.Name
		}
	}
	return string(id)
}

// day is a date as the desk writes it, in the zone it was published in.
func day(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.Format(time.DateOnly)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
