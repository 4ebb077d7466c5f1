package bottest

import (
	"context"
	"errors"
	"sync"

	"github.com/stancebot/stancebot/bot"
)

// Adapter is a bot.Adapter whose methods are function fields. A nil
// NameFunc names it "test"; a nil RunFunc waits for ctx; a nil SendFunc
// fails.
type Adapter struct {
	NameFunc func() string
	RunFunc  func(ctx context.Context, h bot.Handler) error
	SendFunc func(ctx context.Context, channel string, r bot.Reply) error
}

var _ bot.Adapter = (*Adapter)(nil)

// Name calls NameFunc.
func (a *Adapter) Name() string {
	if a.NameFunc == nil {
		return "test"
	}
	return a.NameFunc()
}

// Run calls RunFunc.
func (a *Adapter) Run(ctx context.Context, h bot.Handler) error {
	if a.RunFunc == nil {
		<-ctx.Done()
		return nil
	}
	return a.RunFunc(ctx, h)
}

// Send calls SendFunc.
func (a *Adapter) Send(ctx context.Context, channel string, r bot.Reply) error {
	if a.SendFunc == nil {
		return errors.New("bottest: Send not expected")
	}
	return a.SendFunc(ctx, channel, r)
}

// Sent is one reply posted to a channel.
type Sent struct {
	Channel string
	Reply   bot.Reply
}

// Recorder is a bot.Sender that keeps every reply it is sent, in order. It
// is safe for concurrent use; the zero value is ready.
type Recorder struct {
	// Err, when set, is returned by Send instead of recording.
	Err error

	mu   sync.Mutex
	sent []Sent
}

var _ bot.Sender = (*Recorder)(nil)

// Send records r for channel, or returns r.Err.
func (r *Recorder) Send(ctx context.Context, channel string, reply bot.Reply) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.Err != nil {
		return r.Err
	}
	r.sent = append(r.sent, Sent{Channel: channel, Reply: reply})
	return nil
}

// Sent returns a copy of what was sent so far.
func (r *Recorder) Sent() []Sent {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Sent(nil), r.sent...)
}
