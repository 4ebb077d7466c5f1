package slack

import (
	"strings"
	"testing"
	"time"
)

func TestNewValidates(t *testing.T) {
	tests := []struct {
		name     string
		opts     Options
		wantMode string
		wantErrs []string // each must appear in the error
	}{
		{name: "socket mode", opts: Options{BotToken: "xoxb-1", AppToken: "xapp-1"}, wantMode: ModeSocket},
		{name: "http mode", opts: Options{BotToken: "xoxb-1", SigningSecret: "s"}, wantMode: ModeHTTP},
		{name: "explicit http with app token", opts: Options{Mode: ModeHTTP, BotToken: "xoxb-1", AppToken: "xapp-1", SigningSecret: "s"}, wantMode: ModeHTTP},
		{name: "api url without trailing slash", opts: Options{BotToken: "xoxb-1", SigningSecret: "s", APIURL: "http://127.0.0.1:9/api"}, wantMode: ModeHTTP},
		{name: "nothing set", opts: Options{}, wantErrs: []string{"SLACK_BOT_TOKEN"}},
		{name: "socket without app token", opts: Options{Mode: ModeSocket, BotToken: "xoxb-1"}, wantErrs: []string{"SLACK_APP_TOKEN"}},
		{name: "bot token given as app token", opts: Options{Mode: ModeSocket, BotToken: "xoxb-1", AppToken: "xoxb-2"}, wantErrs: []string{"xapp-"}},
		{name: "unknown mode", opts: Options{Mode: "rtm", BotToken: "xoxb-1"}, wantErrs: []string{`mode "rtm"`}},
		{name: "bad api url and no bot token", opts: Options{SigningSecret: "s", APIURL: "slack.local"}, wantErrs: []string{"api_url", "SLACK_BOT_TOKEN"}},
		{name: "negative interval", opts: Options{BotToken: "xoxb-1", SigningSecret: "s", PostInterval: -1}, wantErrs: []string{"negative"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := New(tc.opts)
			if len(tc.wantErrs) == 0 {
				if err != nil {
					t.Fatalf("New: %v", err)
				}
				if a.Mode() != tc.wantMode || a.Name() != "slack" {
					t.Fatalf("mode %q name %q, want %q slack", a.Mode(), a.Name(), tc.wantMode)
				}
				return
			}
			if err == nil {
				t.Fatal("New accepted bad options")
			}
			for _, w := range tc.wantErrs {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not name %q", err, w)
				}
			}
			for _, secret := range []string{tc.opts.BotToken, tc.opts.AppToken, tc.opts.SigningSecret} {
				if len(secret) > 2 && strings.Contains(err.Error(), secret) {
					t.Errorf("error %q shows a secret", err)
				}
			}
		})
	}
}

func TestMentionCommand(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "mention then command", in: "<@U0BOT> position russia purl", want: "/position russia purl"},
		{name: "already slashed", in: "<@U0BOT> /actors", want: "/actors"},
		{name: "bare mention is help", in: "<@U0BOT>", want: "/help"},
		{name: "two mentions", in: "<@U0BOT> <@U1> topics", want: "/topics"},
		{name: "slack escapes undone", in: "<@U0BOT> position us &amp; eu", want: "/position us & eu"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCommand(tc.in); got != tc.want {
				t.Fatalf("mentionCommand(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSeenSetBounded(t *testing.T) {
	tests := []struct {
		name string
		run  func(t *testing.T)
	}{
		{name: "repeat within ttl is not new", run: func(t *testing.T) {
			s := newSeenSet(10, time.Hour)
			now := time.Unix(1000, 0)
			if !s.add("a", now) || s.add("a", now.Add(time.Minute)) {
				t.Fatal("want a new, then seen")
			}
		}},
		{name: "expired id is new again", run: func(t *testing.T) {
			s := newSeenSet(10, time.Hour)
			now := time.Unix(1000, 0)
			s.add("a", now)
			if !s.add("a", now.Add(2*time.Hour)) {
				t.Fatal("want a new after its ttl")
			}
		}},
		{name: "oldest dropped when full", run: func(t *testing.T) {
			s := newSeenSet(2, time.Hour)
			now := time.Unix(1000, 0)
			s.add("a", now)
			s.add("b", now)
			s.add("c", now)
			if len(s.at) > 2 || !s.add("a", now) || s.add("c", now) {
				t.Fatalf("set holds %d ids; want at most 2, a forgotten, c kept", len(s.at))
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}
