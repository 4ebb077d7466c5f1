package bot

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/stancebot/stancebot/news"
)

// shortEvidence is how many characters of evidence a history line shows.
const shortEvidence = 100

// RenderPosition renders the answer to /position: the stance as a
// headline with the date it has held since, the newest statement's
// evidence with its speaker, outlet, link and date, where the stance
// changed, and the history. now dates the "since" ("3 days ago"); a zero
// now leaves that out.
func RenderPosition(w *news.Watchlist, p news.Position, now time.Time) Reply {
	actor, topic := actorName(w, p.Actor), topicName(w, p.Topic)
	if len(p.Statements) == 0 {
		return Reply{Blocks: []Block{
			{Kind: Paragraph, Spans: []Span{T("No statement by "), B(actor), T(" on "), B(topic), T(" yet.")}},
			{Kind: Context, Spans: []Span{T("/statements " + string(p.Actor) + " lists what " + actor + " has said.")}},
		}}
	}
	newest := p.Statements[0]
	stance := p.Stance
	if stance == news.StanceUnknown || stance == "" {
		stance = newest.Stance
	}
	since := p.Since
	if since.IsZero() {
		since = news.SinceOf(p.Statements)
	}

	head := []Span{B(actor), T(" " + stance.Verb() + " "), B(topic)}
	if !since.IsZero() {
		head = append(head, T(" since "+day(since)))
		if age := daysAgo(since, now); age != "" {
			head = append(head, T(" ("+age+")"))
		}
	}
	r := Reply{Blocks: []Block{
		{Kind: Heading, Spans: head},
		{Kind: Quote, Spans: []Span{T(newest.Evidence)}},
		{Kind: Context, Spans: citation(newest, true)},
	}}
	if also := alsoIn(newest); also != nil {
		r.Blocks = append(r.Blocks, Block{Kind: Context, Spans: also})
	}

	changes := p.Changes()
	if len(changes) > 0 {
		r.Blocks = append(r.Blocks, Block{Kind: Paragraph, Spans: changeSpans("Changed", changes[0])})
		for _, ch := range changes[1:] {
			r.Blocks = append(r.Blocks, Block{Kind: Context, Spans: changeSpans("Before that, changed", ch)})
		}
	}

	if len(p.Statements) > 1 {
		items := make([][]Span, 0, len(p.Statements))
		for _, rec := range p.Statements {
			items = append(items, historyLine(rec))
		}
		r.Blocks = append(r.Blocks,
			Block{Kind: Paragraph, Spans: []Span{B(fmt.Sprintf("History (%d statements, newest first)", len(p.Statements)))}},
			Block{Kind: List, Items: items},
		)
	}
	return r
}

func changeSpans(lead string, ch news.Change) []Span {
	return []Span{T(lead + " from " + ch.From.Stance.String() + " to "), B(ch.To.Stance.String()),
		T(" on " + day(ch.To.Published) + ".")}
}

// historyLine is one compact line of a position's history: date, stance,
// the start of the evidence, the speaker and the outlet.
func historyLine(r news.Record) []Span {
	line := []Span{T(day(r.Published) + " "), B(r.Stance.String()), T(" — “" + shorten(r.Evidence, shortEvidence) + "” — ")}
	if r.Speaker != "" {
		line = append(line, T(r.Speaker+", "))
	}
	return append(line, outletLink(r))
}

// RenderStatements renders the answer to /statements: an actor's
// statements (on one topic, or on every topic when topic is ""), newest
// first as given, each with its evidence, speaker, outlet, link and date.
func RenderStatements(w *news.Watchlist, actor news.ActorID, topic news.TopicID, recs []news.Record) Reply {
	name := actorName(w, actor)
	on := ""
	if topic != "" {
		on = " on " + topicName(w, topic)
	}
	if len(recs) == 0 {
		return Reply{Blocks: []Block{{Kind: Paragraph, Spans: []Span{T("No statements by "), B(name), T(on + " yet.")}}}}
	}
	title := "Latest statement by "
	if len(recs) > 1 {
		title = fmt.Sprintf("Latest %d statements by ", len(recs))
	}
	r := Reply{Blocks: []Block{{Kind: Heading, Spans: []Span{T(title), B(name), T(on)}}}}
	for _, rec := range recs {
		r.Blocks = append(r.Blocks, statementBlocks(w, rec)...)
	}
	return r
}

// statementBlocks is one statement: the evidence, then the stance on the
// topic, the speaker and where and when it was published.
func statementBlocks(w *news.Watchlist, rec news.Record) []Block {
	ctx := append([]Span{B(rec.Stance.Verb() + " " + topicName(w, rec.Topic)), T(" · ")}, citation(rec, true)...)
	return []Block{
		{Kind: Quote, Spans: []Span{T(rec.Evidence)}},
		{Kind: Context, Spans: ctx},
	}
}

// RenderOverview renders an actor's newest stance on each topic it has
// spoken about (the answer to /position ACTOR), from its statements newest
// first.
func RenderOverview(w *news.Watchlist, actor news.ActorID, recs []news.Record) Reply {
	name := actorName(w, actor)
	if len(recs) == 0 {
		return Reply{Blocks: []Block{{Kind: Paragraph, Spans: []Span{T("No statements by "), B(name), T(" yet.")}}}}
	}
	seen := map[news.TopicID]bool{}
	var items [][]Span
	for _, rec := range recs {
		if seen[rec.Topic] {
			continue
		}
		seen[rec.Topic] = true
		items = append(items, []Span{
			B(rec.Stance.Verb() + " " + topicName(w, rec.Topic)),
			T(" — " + day(rec.Published) + ", "), outletLink(rec),
		})
	}
	return Reply{Blocks: []Block{
		{Kind: Heading, Spans: []Span{B(name), T(": latest stance by topic")}},
		{Kind: List, Items: items},
		{Kind: Context, Spans: []Span{T("/position " + string(actor) + " TOPIC shows the evidence and the history.")}},
	}}
}

// RenderDigest renders new statements for a channel: grouped by actor and
// then by topic, the groups with the newest statements first, one summary
// line per actor ("Russia — 3 new statements: opposes PURL, …") and each
// statement with its evidence, outlet, link and date.
func RenderDigest(w *news.Watchlist, recs []news.Record) Reply {
	if len(recs) == 0 {
		return Text("No new statements.")
	}
	type topicGroup struct {
		id   news.TopicID
		recs []news.Record
	}
	type actorGroup struct {
		id     news.ActorID
		topics []*topicGroup
		n      int
	}
	sorted := slices.Clone(recs)
	slices.SortStableFunc(sorted, func(a, b news.Record) int { return b.Published.Compare(a.Published) })
	var groups []*actorGroup
	byActor := map[news.ActorID]*actorGroup{}
	for _, rec := range sorted {
		g := byActor[rec.Actor]
		if g == nil {
			g = &actorGroup{id: rec.Actor}
			byActor[rec.Actor] = g
			groups = append(groups, g)
		}
		g.n++
		i := slices.IndexFunc(g.topics, func(t *topicGroup) bool { return t.id == rec.Topic })
		if i < 0 {
			g.topics = append(g.topics, &topicGroup{id: rec.Topic})
			i = len(g.topics) - 1
		}
		g.topics[i].recs = append(g.topics[i].recs, rec)
	}

	r := Reply{Blocks: []Block{{Kind: Heading, Spans: []Span{
		B(fmt.Sprintf("%s by %s", plural(len(recs), "new statement"), plural(len(groups), "actor"))),
	}}}}
	for gi, g := range groups {
		if gi > 0 {
			r.Blocks = append(r.Blocks, Block{Kind: Divider})
		}
		summary := make([]string, 0, len(g.topics))
		for _, t := range g.topics {
			s := t.recs[0].Stance.Verb() + " " + topicName(w, t.id)
			for _, older := range t.recs[1:] {
				if older.Stance != t.recs[0].Stance {
					s += " (changed from " + older.Stance.String() + ")"
					break
				}
			}
			summary = append(summary, s)
		}
		r.Blocks = append(r.Blocks, Block{Kind: Paragraph, Spans: []Span{
			B(actorName(w, g.id)), T(" — " + plural(g.n, "new statement") + ": " + strings.Join(summary, ", ")),
		}})
		for _, t := range g.topics {
			for _, rec := range t.recs {
				r.Blocks = append(r.Blocks, statementBlocks(w, rec)...)
			}
		}
	}
	return r
}

// RenderDigestSummary is the short form of RenderDigest: the count and one
// summary line per actor, without the evidence (the console prints it at
// start; /position and /statements give the details).
func RenderDigestSummary(w *news.Watchlist, recs []news.Record) Reply {
	full := RenderDigest(w, recs)
	var r Reply
	for _, b := range full.Blocks {
		if b.Kind == Heading || b.Kind == Paragraph {
			r.Blocks = append(r.Blocks, b)
		}
	}
	return r
}

// RenderSources renders /sources: each source with its outlet and link,
// when it was last fetched, how many items it gave, and its last error
// with when it last succeeded. Credentials in a source URL (user name and
// password, secret-looking query values) are never shown, in the link or
// in the error.
func RenderSources(ss []news.SourceState, now time.Time) Reply {
	if len(ss) == 0 {
		return Reply{Ephemeral: true, Blocks: []Block{{Kind: Paragraph, Spans: []Span{T("No sources are configured.")}}}}
	}
	items := make([][]Span, 0, len(ss))
	for _, s := range ss {
		// Why: a feed URL may carry credentials (user:password@, ?token=),
		// and /sources is read in shared channels.
		shown := redactURL(s.URL)
		name := s.Outlet()
		if name == s.URL {
			name = shown
		}
		line := []Span{B(s.ID), T(" — "), link(name, shown)}
		var facts []string
		switch {
		case s.Disabled:
			facts = append(facts, "disabled")
		case s.LastFetched.IsZero():
			facts = append(facts, "not fetched yet")
		case s.LastError != "":
			facts = append(facts, "last tried "+ago(s.LastFetched, now))
		default:
			facts = append(facts, "fetched "+ago(s.LastFetched, now))
		}
		if s.LastError != "" {
			e := "failing: " + shorten(redactText(s.LastError, s.URL), 120)
			if s.ConsecutiveErrors > 1 {
				e += fmt.Sprintf(" (%d times in a row)", s.ConsecutiveErrors)
			}
			facts = append(facts, e)
			if s.LastSuccess.IsZero() {
				facts = append(facts, "never fetched successfully")
			} else {
				facts = append(facts, "last success "+ago(s.LastSuccess, now))
			}
		}
		facts = append(facts, plural(s.Items, "item"))
		if !s.Disabled && !now.IsZero() && !s.NextCheck.IsZero() && s.NextCheck.After(now) {
			facts = append(facts, "next check "+in(s.NextCheck, now))
		}
		items = append(items, append(line, T(" · "+strings.Join(facts, " · "))))
	}
	return Reply{Ephemeral: true, Blocks: []Block{
		{Kind: Heading, Spans: []Span{B(fmt.Sprintf("Sources (%d)", len(ss)))}},
		{Kind: List, Items: items},
	}}
}

// citation is where a statement comes from: speaker (when asked), outlet,
// the linked title, and the published date.
func citation(r news.Record, speaker bool) []Span {
	var out []Span
	if speaker && r.Speaker != "" {
		out = append(out, T(r.Speaker+" · "))
	}
	outlet := outletName(r)
	switch {
	case r.Title != "" && outlet != "":
		out = append(out, T(outlet+": "), link(r.Title, r.URL))
	case r.Title != "":
		out = append(out, link(r.Title, r.URL))
	default:
		out = append(out, outletLink(r))
	}
	return append(out, T(" · "+day(r.Published)))
}

// alsoIn lists the other outlets that carried the statement, or nil.
func alsoIn(r news.Record) []Span {
	if len(r.Also) == 0 {
		return nil
	}
	out := []Span{T("Also reported by ")}
	for i, c := range r.Also {
		if i > 0 {
			out = append(out, T(", "))
		}
		name := c.Outlet
		if name == "" {
			name = c.Title
		}
		out = append(out, link(name, c.URL))
	}
	return out
}

func outletLink(r news.Record) Span {
	name := outletName(r)
	if name == "" {
		name = r.Title
	}
	if name == "" {
		name = r.URL
	}
	return link(name, r.URL)
}

func outletName(r news.Record) string {
	if r.Outlet != "" {
		return r.Outlet
	}
	return r.SourceID
}

func link(text, url string) Span {
	if url == "" {
		return T(text)
	}
	return L(text, url)
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

// day is a date as the desk writes it: 2026-01-09, in the zone the outlet
// published it in.
func day(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.Format(time.DateOnly)
}

// daysAgo says how many calendar days before now t was, in t's zone:
// "today", "yesterday", "18 days ago"; "" when now is zero or before t.
func daysAgo(t, now time.Time) string {
	if now.IsZero() || now.Before(t) {
		return ""
	}
	y1, m1, d1 := t.Date()
	y2, m2, d2 := now.In(t.Location()).Date()
	days := int(time.Date(y2, m2, d2, 0, 0, 0, 0, time.UTC).Sub(time.Date(y1, m1, d1, 0, 0, 0, 0, time.UTC)).Hours() / 24)
	switch days {
	case 0:
		return "today"
	case 1:
		return "yesterday"
	}
	return fmt.Sprintf("%d days ago", days)
}

// ago is a short relative time: "just now", "5m ago", "3h ago", "4d ago".
func ago(t, now time.Time) string {
	if now.IsZero() {
		return t.UTC().Format("2006-01-02 15:04 UTC")
	}
	if d := now.Sub(t); d < time.Minute {
		return "just now"
	}
	return span(now.Sub(t)) + " ago"
}

// in is a short time to come: "in 5m".
func in(t, now time.Time) string { return "in " + span(t.Sub(now)) }

func span(d time.Duration) string {
	switch {
	case d < time.Minute:
		return "<1m"
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh", int(d/time.Hour))
	}
	return fmt.Sprintf("%dd", int(d/(24*time.Hour)))
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// shorten cuts s to at most n characters at a word boundary, with "…".
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:.") + "…"
}
