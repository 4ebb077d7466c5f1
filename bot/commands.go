package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/stancebot/stancebot/news"
)

// overviewLimit caps the statements read to summarise an actor's stances
// across topics (/position ACTOR).
const overviewLimit = 500

func (m *Mux) builtins() []Command {
	return []Command{
		{Name: "position", Usage: "/position ACTOR TOPIC", Help: "an actor's stance on a topic, with the evidence, the source and how it changed", Run: m.position},
		{Name: "statements", Usage: "/statements ACTOR [TOPIC]", Help: "an actor's latest statements, with the evidence", Run: m.statements},
		{Name: "actors", Usage: "/actors", Help: "the actors on the watchlist and the names they go by", Run: m.actors},
		{Name: "topics", Usage: "/topics", Help: "the topics on the watchlist and the names they go by", Run: m.topics},
		{Name: "sources", Usage: "/sources", Help: "the watched sources and how their last fetch went", Run: m.sources},
		{Name: "help", Usage: "/help [COMMAND]", Help: "what each command does", Run: func(_ context.Context, msg Message, args []string) Reply { return m.help(msg, args) }},
	}
}

// example is a sample invocation of c built from the watchlist, so the
// help shows names the desk actually tracks.
func (m *Mux) example(c Command) string {
	var a, t string
	if len(m.w.Actors) > 0 {
		a = string(m.w.Actors[0].ID)
	}
	if len(m.w.Topics) > 0 {
		t = string(m.w.Topics[0].ID)
	}
	switch c.Name {
	case "position":
		if a != "" && t != "" {
			return "/position " + a + " " + t
		}
	case "statements":
		if a != "" {
			return "/statements " + a
		}
	}
	return ""
}

func (m *Mux) position(ctx context.Context, _ Message, args []string) Reply {
	c, _ := m.command("position")
	if len(args) == 0 {
		return usage(c, "Tell me an actor and a topic.", m.example(c))
	}
	ps := readPairs(m.w, args, false)
	switch {
	case len(ps) > 1:
		return ambiguous(c, args, ps)
	case len(ps) == 0:
		ms := explainMiss(m.w, args)
		if ms.noTopic {
			return m.overview(ctx, ms.knownA)
		}
		return m.missReply(c, args, ms)
	}
	if m.led == nil {
		return noLedger()
	}
	p, err := m.led.Position(ctx, ps[0].actor.ID, ps[0].topic.ID, m.limit)
	if err != nil {
		m.log.ErrorContext(ctx, "read position", "actor", string(ps[0].actor.ID), "topic", string(ps[0].topic.ID), "error", err)
		return oops()
	}
	// The ledger answers for the ids it was asked about, whatever it
	// fills in; a pair it never saw comes back empty.
	p.Actor, p.Topic = ps[0].actor.ID, ps[0].topic.ID
	r := RenderPosition(m.w, p, m.now())
	if len(p.Statements) >= m.limit && m.limit > 1 {
		r.Blocks = append(r.Blocks, Block{Kind: Context, Spans: []Span{
			T(fmt.Sprintf("The latest %d statements are shown.", len(p.Statements))),
		}})
	}
	return r
}

// overview answers /position ACTOR: the actor's newest stance on each
// topic it has spoken about.
func (m *Mux) overview(ctx context.Context, a news.Actor) Reply {
	if m.led == nil {
		return noLedger()
	}
	recs, err := m.led.Statements(ctx, a.ID, "", overviewLimit)
	if err != nil {
		m.log.ErrorContext(ctx, "read statements", "actor", string(a.ID), "error", err)
		return oops()
	}
	return RenderOverview(m.w, a.ID, recs)
}

func (m *Mux) statements(ctx context.Context, _ Message, args []string) Reply {
	c, _ := m.command("statements")
	if len(args) == 0 {
		return usage(c, "Tell me an actor, and a topic if you like.", m.example(c))
	}
	ps := readPairs(m.w, args, true)
	switch {
	case len(ps) > 1:
		return ambiguous(c, args, ps)
	case len(ps) == 0:
		return m.missReply(c, args, explainMiss(m.w, args))
	}
	if m.led == nil {
		return noLedger()
	}
	recs, err := m.led.Statements(ctx, ps[0].actor.ID, ps[0].topic.ID, m.limit)
	if err != nil {
		m.log.ErrorContext(ctx, "read statements", "actor", string(ps[0].actor.ID), "topic", string(ps[0].topic.ID), "error", err)
		return oops()
	}
	return RenderStatements(m.w, ps[0].actor.ID, ps[0].topic.ID, recs)
}

func (m *Mux) actors(_ context.Context, _ Message, _ []string) Reply {
	items := make([][]Span, 0, len(m.w.Actors))
	for _, a := range m.w.Actors {
		items = append(items, named(string(a.ID), a.Name, a.Aliases))
	}
	return listing(fmt.Sprintf("Actors (%d)", len(items)), "No actors on the watchlist.", items)
}

func (m *Mux) topics(_ context.Context, _ Message, _ []string) Reply {
	items := make([][]Span, 0, len(m.w.Topics))
	for _, t := range m.w.Topics {
		items = append(items, named(string(t.ID), t.Name, t.Aliases))
	}
	return listing(fmt.Sprintf("Topics (%d)", len(items)), "No topics on the watchlist.", items)
}

// maxAliases caps the aliases shown per actor or topic; some have dozens.
const maxAliases = 6

// named is one line of /actors or /topics: the id, the name, and the
// aliases other than those two.
func named(id, name string, aliases []string) []Span {
	line := []Span{B(id)}
	if name != "" && !strings.EqualFold(name, id) {
		line = append(line, T(" — "+name))
	}
	var rest []string
	for _, al := range aliases {
		if !strings.EqualFold(al, id) && !strings.EqualFold(al, name) {
			rest = append(rest, al)
		}
	}
	if len(rest) == 0 {
		return line
	}
	more := ""
	if len(rest) > maxAliases {
		more = fmt.Sprintf(" and %d more", len(rest)-maxAliases)
		rest = rest[:maxAliases]
	}
	return append(line, T(" (also "+strings.Join(rest, ", ")+more+")"))
}

func listing(title, empty string, items [][]Span) Reply {
	if len(items) == 0 {
		return Reply{Ephemeral: true, Blocks: []Block{{Kind: Paragraph, Spans: []Span{T(empty)}}}}
	}
	return Reply{Ephemeral: true, Blocks: []Block{
		{Kind: Heading, Spans: []Span{B(title)}},
		{Kind: List, Items: items},
	}}
}

func (m *Mux) sources(ctx context.Context, _ Message, _ []string) Reply {
	if m.src == nil {
		return Reply{Ephemeral: true, Blocks: []Block{{Kind: Paragraph, Spans: []Span{T("No sources are configured.")}}}}
	}
	ss, err := m.src.Sources(ctx)
	if err != nil {
		m.log.ErrorContext(ctx, "list sources", "error", err)
		return oops()
	}
	return RenderSources(ss, m.now())
}

func (m *Mux) help(msg Message, args []string) Reply {
	if len(args) > 0 {
		name := commandName(args[0])
		c, ok := m.command(name)
		if !ok {
			return unknownCommand(name, m.help(msg, nil))
		}
		r := usage(c, "", m.example(c))
		if c.Admin {
			r.Blocks = append(r.Blocks, Block{Kind: Context, Spans: []Span{T("For admins only.")}})
		}
		return r
	}
	cmds := m.Commands()
	items := make([][]Span, 0, len(cmds))
	for _, c := range cmds {
		line := []Span{B(c.Usage)}
		if c.Help != "" {
			line = append(line, T(" — "+c.Help))
		}
		// Why: some Help lines (the admin commands') already say so.
		if c.Admin && !strings.HasSuffix(strings.TrimSpace(c.Help), "(admins)") {
			line = append(line, T(" (admins)"))
		}
		items = append(items, line)
	}
	r := Reply{Ephemeral: true, Blocks: []Block{
		{Kind: Heading, Spans: []Span{B("Commands")}},
		{Kind: List, Items: items},
	}}
	note := "Give actors and topics by id or by any of their names, in any case; put a name of several words in quotes if it is ambiguous."
	if c, ok := m.command("position"); ok {
		if ex := m.example(c); ex != "" {
			note += " Try " + ex + "."
		}
	}
	r.Blocks = append(r.Blocks, Block{Kind: Context, Spans: []Span{T(note)}})
	return r
}

func noLedger() Reply {
	return Reply{Ephemeral: true, Blocks: []Block{{Kind: Paragraph, Spans: []Span{
		T("The statement ledger is not available, so I can't answer that yet."),
	}}}}
}
