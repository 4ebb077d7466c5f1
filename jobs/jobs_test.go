package jobs

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

// logBuffer records JSON log lines; safe for concurrent use.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// records returns the logged records whose message is msg.
func (b *logBuffer) records(t *testing.T, msg string) []map[string]any {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(b.buf.Bytes()))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("log line %q: %v", sc.Text(), err)
		}
		if rec["msg"] == msg {
			out = append(out, rec)
		}
	}
	return out
}

func newLogger() (*slog.Logger, *logBuffer) {
	b := &logBuffer{}
	return slog.New(slog.NewJSONHandler(b, &slog.HandlerOptions{Level: slog.LevelDebug})), b
}

func TestPanickingJobIsRecoveredAndLogged(t *testing.T) {
	logger, logs := newLogger()
	s := New(logger)
	job := s.wrap("boom", JobFunc(func(context.Context) error { panic("kaboom") }))

	job.Run() // must not panic

	recs := logs.records(t, "job panicked")
	if len(recs) != 1 {
		t.Fatalf("got %d panic records, want 1", len(recs))
	}
	r := recs[0]
	if r["job"] != "boom" || r["level"] != "ERROR" || !strings.Contains(r["error"].(string), "kaboom") {
		t.Errorf("panic record %v: want job=boom, level ERROR, error kaboom", r)
	}
	if stack, _ := r["stack"].(string); !strings.Contains(stack, "goroutine") {
		t.Errorf("panic record has no stack: %v", r)
	}
}

func TestSchedulerKeepsRunningAfterPanics(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		logger, logs := newLogger()
		s := New(logger)
		var panics, ticks atomic.Int32
		if err := s.Add("boom", "@every 1m", JobFunc(func(context.Context) error {
			panics.Add(1)
			panic("kaboom")
		})); err != nil {
			t.Fatal(err)
		}
		if err := s.Add("tick", "@every 1m", JobFunc(func(context.Context) error {
			ticks.Add(1)
			return nil
		})); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error)
		go func() { done <- s.Run(ctx) }()

		time.Sleep(3*time.Minute + time.Second)
		synctest.Wait()
		if panics.Load() != 3 || ticks.Load() != 3 {
			t.Errorf("after 3 minutes: panicking job ran %d times, other job %d; want 3 and 3", panics.Load(), ticks.Load())
		}
		if n := len(logs.records(t, "job panicked")); n != 3 {
			t.Errorf("%d panics logged, want 3", n)
		}
		if n := len(logs.records(t, "job still running; tick skipped")); n != 0 {
			t.Errorf("%d ticks skipped: a panic left the job marked as running", n)
		}
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
}

func TestSlowJobIsNotStartedTwice(t *testing.T) {
	logger, logs := newLogger()
	s := New(logger)
	var runs atomic.Int32
	started := make(chan struct{}, 2)
	release := make(chan struct{})
	job := s.wrap("slow", JobFunc(func(context.Context) error {
		runs.Add(1)
		started <- struct{}{}
		<-release
		return nil
	}))

	first := make(chan struct{})
	go func() { job.Run(); close(first) }()
	<-started

	job.Run() // the next tick while the first run is still going: returns at once
	if n := runs.Load(); n != 1 {
		t.Fatalf("job started %d times while still running, want 1", n)
	}
	recs := logs.records(t, "job still running; tick skipped")
	if len(recs) != 1 || recs[0]["job"] != "slow" {
		t.Errorf("skip records %v: want one naming job slow", recs)
	}

	close(release)
	<-first
	job.Run() // once finished, the job runs again
	if n := runs.Load(); n != 2 {
		t.Errorf("job ran %d times after the first run ended, want 2", n)
	}
}

func TestJobErrorIsLoggedWithName(t *testing.T) {
	logger, logs := newLogger()
	s := New(logger)
	s.wrap("digest-desk", JobFunc(func(context.Context) error {
		return errors.New("post digest: channel not found")
	})).Run()

	recs := logs.records(t, "job failed")
	if len(recs) != 1 {
		t.Fatalf("got %d failure records, want 1", len(recs))
	}
	if recs[0]["job"] != "digest-desk" || recs[0]["error"] != "post digest: channel not found" {
		t.Errorf("failure record %v", recs[0])
	}
}

func TestRunCancelsJobsAndReturns(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		logger, _ := newLogger()
		s := New(logger)
		running := make(chan struct{})
		var sawCancel atomic.Bool
		if err := s.Add("poll", "@every 1m", JobFunc(func(ctx context.Context) error {
			close(running)
			<-ctx.Done()
			sawCancel.Store(true)
			return ctx.Err()
		})); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error)
		go func() { done <- s.Run(ctx) }()
		<-running
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
		if !sawCancel.Load() {
			t.Error("Run returned before the running job saw its context cancelled")
		}
	})
}

func TestRunWaitsAtMostTheShutdownTimeout(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		logger, logs := newLogger()
		s := New(logger, WithShutdownTimeout(10*time.Second))
		running := make(chan struct{})
		release := make(chan struct{})
		if err := s.Add("stuck", "@every 1m", JobFunc(func(context.Context) error {
			close(running)
			<-release // ignores its context
			return nil
		})); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error)
		go func() { done <- s.Run(ctx) }()
		<-running
		cancel()
		start := time.Now()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
		if waited := time.Since(start); waited != 10*time.Second {
			t.Errorf("Run waited %v for a stuck job, want the 10s shutdown timeout", waited)
		}
		if len(logs.records(t, "scheduler stopped with jobs still running")) != 1 {
			t.Error("the abandoned job was not logged")
		}
		close(release)
	})
}

func TestRunTwice(t *testing.T) {
	logger, _ := newLogger()
	s := New(logger)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := s.Run(ctx); err != nil {
		t.Fatalf("first Run: %v", err)
	}
	if err := s.Run(ctx); err == nil {
		t.Error("second Run: no error")
	}
}

func TestAddErrors(t *testing.T) {
	logger, _ := newLogger()
	noop := JobFunc(func(context.Context) error { return nil })
	tests := []struct {
		name, job, spec string
		j               Job
		want            []string // parts of the error
	}{
		{name: "bad spec", job: "poll", spec: "*/5 * *", j: noop, want: []string{`"poll"`, `"*/5 * *"`, "expected exactly 5 fields"}},
		{name: "empty name", job: "", spec: "@hourly", j: noop, want: []string{"empty name", `"@hourly"`}},
		{name: "nil job", job: "poll", spec: "@hourly", want: []string{`"poll"`, "nil job"}},
		{name: "duplicate name", job: "dup", spec: "@hourly", j: noop, want: []string{`"dup"`, "already added"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(logger)
			if err := s.Add("dup", "@daily", noop); err != nil {
				t.Fatal(err)
			}
			err := s.Add(tt.job, tt.spec, tt.j)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestEntries(t *testing.T) {
	logger, _ := newLogger()
	s := New(logger)
	for _, name := range []string{"poll", "digest-desk"} {
		if err := s.Add(name, "@hourly", JobFunc(func(context.Context) error { return nil })); err != nil {
			t.Fatal(err)
		}
	}
	es := s.Entries()
	if len(es) != 2 || es[0].Name != "digest-desk" || es[1].Name != "poll" || es[1].Spec != "@hourly" {
		t.Errorf("entries %+v", es)
	}
}
