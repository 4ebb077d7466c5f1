package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"

	"github.com/stancebot/stancebot/bot"
)

// Options configure the console adapter.
type Options struct {
	Logger *slog.Logger // default: discard
	// Prompt, when set, is written before each line is read (for an
	// interactive terminal; leave it empty for pipes).
	Prompt string
}

// Adapter talks to the bot over a reader and a writer. Run and Send may be
// called concurrently: writes are serialised, so a reply and a digest never
// interleave.
type Adapter struct {
	in     io.Reader
	out    io.Writer
	log    *slog.Logger
	prompt string

	mu sync.Mutex // guards out
}

var _ bot.Adapter = (*Adapter)(nil)

// New returns an adapter that reads commands from in and writes replies to
// out.
func New(in io.Reader, out io.Writer, o Options) *Adapter {
	a := &Adapter{in: in, out: out, log: o.Logger, prompt: o.Prompt}
	if a.log == nil {
		a.log = slog.New(slog.DiscardHandler)
	}
	return a
}

// Name is "console".
func (a *Adapter) Name() string { return "console" }

// Run reads lines until the input ends or ctx is done, answering each
// non-blank line with h before reading on. It returns nil at end of input,
// once every line read has been answered, and nil when ctx is done; an
// error only when reading or writing fails.
func (a *Adapter) Run(ctx context.Context, h bot.Handler) error {
	// Why a goroutine: a read from stdin cannot be interrupted, and Run
	// must return when ctx is done. The reader stops at the next line
	// once done is closed; until then it may stay blocked in Read.
	lines := make(chan string)
	readErr := make(chan error, 1)
	done := make(chan struct{})
	defer close(done)
	go a.read(lines, readErr, done)

	if err := a.writePrompt(); err != nil {
		return err
	}
	for {
		select {
		case <-ctx.Done():
			a.log.DebugContext(ctx, "console stopped")
			return nil
		case err := <-readErr:
			if err != nil {
				return fmt.Errorf("console: read input: %w", err)
			}
			a.log.DebugContext(ctx, "console input ended")
			return nil
		case line := <-lines:
			text := strings.TrimSpace(line)
			if text != "" {
				r := h.Handle(ctx, bot.Message{
					Platform: "console", Channel: "console", User: "console",
					Admin: true, Text: text,
				})
				if err := a.write(r.Plain(), true); err != nil {
					return err
				}
			}
			if err := a.writePrompt(); err != nil {
				return err
			}
		}
	}
}

// read sends each line of input to lines, then nil (end of input) or the
// read error to errc.
func (a *Adapter) read(lines chan<- string, errc chan<- error, done <-chan struct{}) {
	br := bufio.NewReader(a.in)
	for {
		line, err := br.ReadString('\n')
		if line != "" {
			select {
			case lines <- strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"):
			case <-done:
				return
			}
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				err = nil
			}
			errc <- err
			return
		}
	}
}

// Send writes r to the output under a "[#channel]" line.
func (a *Adapter) Send(ctx context.Context, channel string, r bot.Reply) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return a.write("[#"+channel+"]\n"+r.Plain(), true)
}

func (a *Adapter) writePrompt() error {
	if a.prompt == "" {
		return nil
	}
	return a.write(a.prompt, false)
}

// write writes s, followed by a blank line when sep is set so replies
// stand apart.
func (a *Adapter) write(s string, sep bool) error {
	if sep {
		if s == "" {
			return nil
		}
		if !strings.HasSuffix(s, "\n") {
			s += "\n"
		}
		s += "\n"
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, err := io.WriteString(a.out, s); err != nil {
		return fmt.Errorf("console: write output: %w", err)
	}
	return nil
}
