package bot

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/stancebot/stancebot/news"
)

// SourceLister lists the watched sources with their fetch state (for
// /sources). news.SourceStore satisfies it.
type SourceLister interface {
	Sources(ctx context.Context) ([]news.SourceState, error)
}

// SourceListerFunc adapts a function to a SourceLister.
type SourceListerFunc func(ctx context.Context) ([]news.SourceState, error)

// Sources calls f.
func (f SourceListerFunc) Sources(ctx context.Context) ([]news.SourceState, error) { return f(ctx) }

// Options configure a Mux. Every field is optional: without a Ledger or
// Sources the commands that need them say so.
type Options struct {
	Watchlist *news.Watchlist
	Ledger    news.Ledger
	Sources   SourceLister
	Now       func() time.Time // default time.Now
	Logger    *slog.Logger     // default: discard
	// HistoryLimit caps the statements shown by /position and
	// /statements (default 10).
	HistoryLimit int
}

// Command is one chat command. Run gets the words after the command name;
// words in double quotes arrive as one.
type Command struct {
	Name  string // without the slash: "position"
	Usage string // "/position ACTOR TOPIC"
	Help  string // one line for /help
	// Admin commands are refused, politely, to users the platform does not
	// mark as admins.
	Admin bool
	Run   func(ctx context.Context, msg Message, args []string) Reply
}

// Mux routes chat messages to commands. It is the Handler every adapter is
// given, and is safe for concurrent use.
type Mux struct {
	w     *news.Watchlist
	led   news.Ledger
	src   SourceLister
	now   func() time.Time
	log   *slog.Logger
	limit int

	mu    sync.RWMutex
	cmds  map[string]Command
	order []string
}

var _ Handler = (*Mux)(nil)

// NewMux returns a Mux with the built-in commands registered: /position,
// /statements, /actors, /topics, /sources and /help.
func NewMux(o Options) *Mux {
	m := &Mux{
		w:     o.Watchlist,
		led:   o.Ledger,
		src:   o.Sources,
		now:   o.Now,
		log:   o.Logger,
		limit: o.HistoryLimit,
		cmds:  map[string]Command{},
	}
	if m.w == nil {
		m.w = &news.Watchlist{}
	}
	if m.now == nil {
		m.now = time.Now
	}
	if m.log == nil {
		m.log = slog.New(slog.DiscardHandler)
	}
	if m.limit <= 0 {
		m.limit = 10
	}
	for _, c := range m.builtins() {
		m.Register(c)
	}
	return m
}

// Register adds a command, or replaces the one of the same name (keeping
// its place in /help). It panics on a command without a name or Run, as
// that is a programming error.
func (m *Mux) Register(c Command) {
	name := commandName(c.Name)
	if name == "" || strings.ContainsAny(name, " \t\n") || c.Run == nil {
		panic(fmt.Sprintf("bot: register command %q: needs a one-word name and a Run func", c.Name))
	}
	c.Name = name
	if c.Usage == "" {
		c.Usage = "/" + name
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.cmds[name]; !ok {
		m.order = append(m.order, name)
	}
	m.cmds[name] = c
}

// Commands lists the registered commands in the order they were first
// registered (for /help, and for adapters that register slash commands
// with their platform).
func (m *Mux) Commands() []Command {
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make([]Command, 0, len(m.order))
	for _, name := range m.order {
		out = append(out, m.cmds[name])
	}
	return out
}

func (m *Mux) command(name string) (Command, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	c, ok := m.cmds[name]
	return c, ok
}

// Handle answers one message. The text may start with a slash or not
// ("/position russia purl", "position russia purl"); an unknown command
// gets the help, a command used wrongly gets its usage.
func (m *Mux) Handle(ctx context.Context, msg Message) (r Reply) {
	words := splitWords(msg.Text)
	if len(words) == 0 {
		return m.help(msg, nil)
	}
	name := commandName(words[0])
	c, ok := m.command(name)
	if !ok {
		m.log.DebugContext(ctx, "unknown command", "platform", msg.Platform)
		return unknownCommand(name, m.help(msg, nil))
	}
	if c.Admin && !msg.Admin {
		m.log.InfoContext(ctx, "admin command refused", "command", c.Name, "platform", msg.Platform)
		return Reply{Ephemeral: true, Blocks: []Block{{Kind: Paragraph, Spans: []Span{
			T("Sorry, "), B("/" + c.Name), T(" is for admins only."),
		}}}}
	}
	m.log.DebugContext(ctx, "command", "command", c.Name, "platform", msg.Platform)
	// Why: one faulty command must not take down the adapter that serves
	// every other user.
	defer func() {
		if p := recover(); p != nil {
			m.log.ErrorContext(ctx, "command panicked", "command", c.Name, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			r = oops()
		}
	}()
	return c.Run(ctx, msg, words[1:])
}

// commandName normalises a typed command word: "/Position" -> "position".
func commandName(s string) string {
	return strings.ToLower(strings.TrimPrefix(strings.TrimSpace(s), "/"))
}

// splitWords splits text into words at white space; double quotes (straight
// or curly, or guillemets) group words into one. Trailing ? and ! are
// dropped, as people type them in questions.
func splitWords(text string) []string {
	text = strings.TrimRight(strings.TrimSpace(text), "?!")
	var (
		words  []string
		cur    strings.Builder
		quoted bool // inside quotes
		inWord bool // cur holds a word, maybe an empty quoted one
	)
	flush := func() {
		if inWord {
			if w := strings.Join(strings.Fields(cur.String()), " "); w != "" {
				words = append(words, w)
			}
		}
		cur.Reset()
		inWord = false
	}
	for _, r := range text {
		switch {
		case isOpenQuote(r) && !quoted:
			flush()
			quoted, inWord = true, true
		case isCloseQuote(r) && quoted:
			flush()
			quoted = false
		case !quoted && (r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0'):
			flush()
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	flush()
	return words
}

func isOpenQuote(r rune) bool  { return r == '"' || r == '“' || r == '«' || r == '„' }
func isCloseQuote(r rune) bool { return r == '"' || r == '”' || r == '»' || r == '“' }

// unknownCommand puts "I don't know the command /name" before help.
func unknownCommand(name string, help Reply) Reply {
	help.Blocks = append([]Block{{Kind: Paragraph, Spans: []Span{
		T("I don't know the command "), B("/" + name), T(". Here is what I can do:"),
	}}}, help.Blocks...)
	return help
}

// oops is the reply when something on our side failed; the details go to
// the log, not to the chat.
func oops() Reply {
	return Reply{Ephemeral: true, Blocks: []Block{{Kind: Paragraph, Spans: []Span{
		T("Sorry, something went wrong on my side. Please try again in a moment."),
	}}}}
}

// usage is the reply to a command used wrongly.
func usage(c Command, why string, example string) Reply {
	r := Reply{Ephemeral: true}
	if why != "" {
		r.Blocks = append(r.Blocks, Block{Kind: Paragraph, Spans: []Span{T(why)}})
	}
	r.Blocks = append(r.Blocks, Block{Kind: Paragraph, Spans: []Span{T("Usage: "), B(c.Usage)}})
	if c.Help != "" || example != "" {
		spans := []Span{T(c.Help)}
		if example != "" {
			if c.Help != "" {
				spans = append(spans, T(" · "))
			}
			spans = append(spans, T("e.g. "+example))
		}
		r.Blocks = append(r.Blocks, Block{Kind: Context, Spans: spans})
	}
	return r
}
