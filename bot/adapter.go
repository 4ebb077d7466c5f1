package bot

import "context"

// Message is a command or line of text that reached the bot from a chat
// platform.
type Message struct {
	Platform string // "console", "slack", "discord"
	Channel  string // platform channel id
	User     string // platform user id
	Text     string // e.g. "/position russia purl"
	// Admin is true when the platform says the user may run admin
	// commands (console: always).
	Admin bool
}

// Handler answers a message. The Mux is the Handler every adapter is given.
type Handler interface {
	Handle(ctx context.Context, m Message) Reply
}

// HandlerFunc adapts a function to a Handler.
type HandlerFunc func(ctx context.Context, m Message) Reply

// Handle calls f.
func (f HandlerFunc) Handle(ctx context.Context, m Message) Reply { return f(ctx, m) }

// Sender posts a reply to a channel outside any conversation: digests and
// alerts.
type Sender interface {
	Send(ctx context.Context, channel string, r Reply) error
}

// SenderFunc adapts a function to a Sender.
type SenderFunc func(ctx context.Context, channel string, r Reply) error

// Send calls f.
func (f SenderFunc) Send(ctx context.Context, channel string, r Reply) error {
	return f(ctx, channel, r)
}

// Adapter connects the bot to one chat platform. Run receives messages and
// answers them with h until ctx is done (or, for the console, until its
// input ends), then returns.
type Adapter interface {
	Name() string
	Run(ctx context.Context, h Handler) error
	Sender
}
