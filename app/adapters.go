package app

import (
	"fmt"
	"io"

	"github.com/stancebot/stancebot/adapters/console"
	"github.com/stancebot/stancebot/adapters/discord"
	"github.com/stancebot/stancebot/adapters/slack"
)

// buildAdapters sets up the chat platforms the config enables; with none,
// the console adapter on the app's stdin and stdout.
func (a *App) buildAdapters() error {
	if a.cfg.SlackEnabled() {
		mode := a.cfg.SlackMode()
		if mode == "" {
			mode = slack.ModePost // a bot token alone: post digests and alerts only
		}
		s := a.cfg.Secrets
		ad, err := slack.New(slack.Options{
			BotToken:      s.SlackBotToken,
			AppToken:      s.SlackAppToken,
			SigningSecret: s.SlackSigningSecret,
			APIURL:        a.cfg.Slack.APIURL,
			Mode:          mode,
			Admins:        a.cfg.Slack.Admins,
			Logger:        a.log,
			Now:           a.o.Now,
		})
		if err != nil {
			return fmt.Errorf("slack: %w", err)
		}
		a.adapters = append(a.adapters, ad)
	}
	if mode := a.cfg.DiscordMode(); mode != "" {
		s := a.cfg.Secrets
		var actors, topics []discord.Choice
		for _, x := range a.watchlist.Actors {
			actors = append(actors, discord.Choice{Name: x.Name, Value: string(x.ID)})
		}
		for _, x := range a.watchlist.Topics {
			topics = append(topics, discord.Choice{Name: x.Name, Value: string(x.ID)})
		}
		ad, err := discord.New(discord.Options{
			BotToken:      s.DiscordBotToken,
			ApplicationID: s.DiscordApplicationID,
			PublicKey:     s.DiscordPublicKey,
			APIURL:        a.cfg.Discord.APIURL,
			Mode:          mode,
			GuildIDs:      a.cfg.Discord.GuildIDs,
			Actors:        actors,
			Topics:        topics,
			Logger:        a.log,
			Now:           a.o.Now,
		})
		if err != nil {
			return fmt.Errorf("discord: %w", err)
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
