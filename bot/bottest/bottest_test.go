package bottest

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/stancebot/stancebot/bot"
)

func TestRecorder(t *testing.T) {
	tests := []struct {
		name    string
		err     error
		wantErr bool
		want    int
	}{
		{name: "records", want: 20},
		{name: "fails when told", err: errors.New("rate limited"), wantErr: true, want: 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := &Recorder{Err: tc.err}
			var wg sync.WaitGroup
			for range 20 {
				wg.Go(func() {
					err := r.Send(context.Background(), "desk", bot.Text("digest"))
					if (err != nil) != tc.wantErr {
						t.Errorf("Send = %v, want error %v", err, tc.wantErr)
					}
				})
			}
			wg.Wait()
			got := r.Sent()
			if len(got) != tc.want {
				t.Fatalf("recorded %d, want %d", len(got), tc.want)
			}
			for _, s := range got {
				if s.Channel != "desk" || s.Reply.Plain() != "digest\n" {
					t.Errorf("recorded %+v", s)
				}
			}
		})
	}
}

func TestAdapterDefaults(t *testing.T) {
	a := &Adapter{}
	if a.Name() != "test" {
		t.Errorf("Name() = %q", a.Name())
	}
	if err := a.Send(context.Background(), "desk", bot.Text("x")); err == nil {
		t.Error("Send without SendFunc succeeded")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := a.Run(ctx, bot.NewMux(bot.Options{})); err != nil {
		t.Errorf("Run = %v", err)
	}
	rec := &Recorder{}
	a.SendFunc = rec.Send
	if err := a.Send(context.Background(), "desk", bot.Text("x")); err != nil || len(rec.Sent()) != 1 {
		t.Errorf("Send through SendFunc = %v, recorded %d", err, len(rec.Sent()))
	}
}
