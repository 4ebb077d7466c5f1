package app

import (
	"fmt"
	"io"

	"github.com/stancebot/stancebot/adapters/console"
	"github.com/stancebot/stancebot/adapters/slack"
)

// buildAdapters sets up the chat platforms the config enables; with none,
// the console adapter on the app's stdin and stdout.
func (a *App) buildAdapters() error {
	if mode := a.cfg.SlackMode(); a.cfg.SlackEnabled() && mode != "" {
		s := a.cfg.Secrets
		ad, err := slack.New(slack.Options{
			BotToken:      s.SlackBotToken,
			AppToken:      s.SlackAppToken,
			SigningSecret: s.SlackSigningSecret,
			APIURL:        a.cfg.Slack.APIURL,
			Mode:          mode,
			Admins:        a.cfg.Slack.Admins,
			Logger:        a.log.With("adapter", "slack"),
			Now:           a.o.Now,
		})
		if err != nil {
			return fmt.Errorf("slack: %w", err)
		}
		a.adapters = append(a.adapters, ad)
	}
	if len(a.adapters) == 0 {
		in := a.o.Stdin
		if in == nil {
			in = emptyReader{}
		}
		a.console = console.New(in, a.o.Stdout, console.Options{Logger: a.log})
		a.adapters = append(a.adapters, a.console)
	}
	return nil
}

type emptyReader struct{}

func (emptyReader) Read([]byte) (int, error) { return 0, io.EOF }
