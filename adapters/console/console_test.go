package console

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/stancebot/stancebot/bot"
)

// echo answers every message with its text, and records what it saw.
type echo struct {
	mu   sync.Mutex
	seen []bot.Message
}

func (e *echo) Handle(_ context.Context, m bot.Message) bot.Reply {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.seen = append(e.seen, m)
	return bot.Text("you said: " + m.Text)
}

func TestRunAnswersEachLine(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		prompt string
		want   string
		lines  int // messages handed to the handler
	}{
		{name: "one line", in: "/position russia purl\n",
			want: "you said: /position russia purl\n\n", lines: 1},
		{name: "last line without newline", in: "/help\n/actors",
			want: "you said: /help\n\nyou said: /actors\n\n", lines: 2},
		{name: "blank lines skipped, spaces trimmed", in: "\n   \n  /topics  \r\n\n",
			want: "you said: /topics\n\n", lines: 1},
		{name: "empty input", in: "", want: "", lines: 0},
		{name: "prompt before each line", in: "/help\n", prompt: "> ",
			want: "> you said: /help\n\n> ", lines: 1},
		{name: "long line", in: strings.Repeat("x", 200000) + "\n",
			want: "you said: " + strings.Repeat("x", 200000) + "\n\n", lines: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			h := &echo{}
			a := New(strings.NewReader(tc.in), &out, Options{Prompt: tc.prompt})
			if err := a.Run(context.Background(), h); err != nil {
				t.Fatalf("Run at end of input = %v, want nil", err)
			}
			if out.String() != tc.want {
				t.Errorf("output %q, want %q", out.String(), tc.want)
			}
			if len(h.seen) != tc.lines {
				t.Errorf("handler saw %d messages, want %d", len(h.seen), tc.lines)
			}
			for _, m := range h.seen {
				if m.Platform != "console" || m.Channel != "console" || m.User != "console" || !m.Admin {
					t.Errorf("message %+v: want platform, channel and user console, admin", m)
				}
			}
		})
	}
}

func TestRunWithMux(t *testing.T) {
	var out bytes.Buffer
	a := New(strings.NewReader("/nope\n"), &out, Options{})
	if err := a.Run(context.Background(), bot.NewMux(bot.Options{})); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "I don't know the command /nope") || !strings.Contains(out.String(), "/position ACTOR TOPIC") {
		t.Errorf("output:\n%s", out.String())
	}
}

// TestRunConversation drives the adapter over a pipe, as a terminal
// would: each reply comes before the next line is typed.
func TestRunConversation(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	a := New(inR, outW, Options{})
	done := make(chan error, 1)
	go func() { done <- a.Run(context.Background(), &echo{}) }()

	replies := bufio.NewReader(outR)
	for i := range 3 {
		if _, err := fmt.Fprintf(inW, "/position %d\n", i); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{fmt.Sprintf("you said: /position %d\n", i), "\n"} {
			got, err := replies.ReadString('\n')
			if err != nil || got != want {
				t.Fatalf("read %q, %v; want %q", got, err, want)
			}
		}
	}
	inW.Close()
	if err := <-done; err != nil {
		t.Errorf("Run after input closed = %v, want nil", err)
	}
}

func TestRunReturnsWhenCancelled(t *testing.T) {
	inR, inW := io.Pipe() // never written: the read blocks
	defer inW.Close()
	a := New(inR, io.Discard, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx, &echo{}) }()
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run after cancel = %v, want nil", err)
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("device gone") }

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

func TestRunReportsIOErrors(t *testing.T) {
	tests := []struct {
		name string
		in   io.Reader
		out  io.Writer
		want string
	}{
		{name: "read", in: failingReader{}, out: io.Discard, want: "console: read input: device gone"},
		{name: "write", in: strings.NewReader("/help\n"), out: failingWriter{}, want: "console: write output: broken pipe"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := New(tc.in, tc.out, Options{}).Run(context.Background(), &echo{})
			if err == nil || err.Error() != tc.want {
				t.Errorf("Run = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestSend(t *testing.T) {
	var out bytes.Buffer
	a := New(strings.NewReader(""), &out, Options{})
	if err := a.Send(context.Background(), "desk", bot.Text("Russia — 1 new statement")); err != nil {
		t.Fatal(err)
	}
	if want := "[#desk]\nRussia — 1 new statement\n\n"; out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := a.Send(ctx, "desk", bot.Text("late")); !errors.Is(err, context.Canceled) {
		t.Errorf("Send on a cancelled context = %v, want context.Canceled", err)
	}
}

// TestSendWhileRunning sends digests while commands are answered; run
// with -race. Every reply and every digest must come out whole.
func TestSendWhileRunning(t *testing.T) {
	const n = 50
	var in strings.Builder
	for i := range n {
		fmt.Fprintf(&in, "/cmd %d\n", i)
	}
	var out bytes.Buffer
	a := New(strings.NewReader(in.String()), &out, Options{})
	digest := bot.Reply{Blocks: []bot.Block{
		{Kind: bot.Heading, Spans: []bot.Span{bot.B("Digest")}},
		{Kind: bot.Paragraph, Spans: []bot.Span{bot.T("body")}},
	}}

	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		if err := a.Run(context.Background(), &echo{}); err != nil {
			t.Errorf("Run = %v", err)
		}
	}()
	go func() {
		defer wg.Done()
		for range n {
			if err := a.Send(context.Background(), "desk", digest); err != nil {
				t.Errorf("Send = %v", err)
			}
		}
	}()
	wg.Wait()

	got := out.String()
	if c := strings.Count(got, "[#desk]\nDigest\n\nbody\n\n"); c != n {
		t.Errorf("%d whole digests, want %d", c, n)
	}
	for i := range n {
		if !strings.Contains(got, fmt.Sprintf("you said: /cmd %d\n\n", i)) {
			t.Errorf("reply %d missing or broken", i)
		}
	}
}

func TestName(t *testing.T) {
	if got := New(nil, nil, Options{}).Name(); got != "console" {
		t.Errorf("Name() = %q", got)
	}
}
