package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"

	"github.com/bwmarrin/discordgo"

	"github.com/stancebot/stancebot/bot"
)

// Commands returns the application commands stancebot registers:
// /position (actor, topic), /statements (actor, optional topic), /actors,
// /topics, /sources, /help. Actor and topic options autocomplete from
// Options.Actors and Options.Topics.
func Commands() []*discordgo.ApplicationCommand {
	actor := func(required bool) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionString, Name: "actor",
			Description: "Actor id or name, e.g. russia", Required: required, Autocomplete: true,
		}
	}
	topic := func(required bool) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionString, Name: "topic",
			Description: "Topic id or name, e.g. purl", Required: required, Autocomplete: true,
		}
	}
	cmd := func(name, desc string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommand {
		return &discordgo.ApplicationCommand{
			Type: discordgo.ChatApplicationCommand, Name: name, Description: desc, Options: opts,
		}
	}
	return []*discordgo.ApplicationCommand{
		cmd("position", "An actor's stance on a topic, with the evidence", actor(true), topic(true)),
		cmd("statements", "An actor's latest statements, optionally on one topic", actor(true), topic(false)),
		cmd("actors", "The actors on the watchlist"),
		cmd("topics", "The topics on the watchlist"),
		cmd("sources", "The sources watched and how their last fetch went"),
		cmd("help", "What stancebot can do"),
	}
}

// registerCommands overwrites the application's commands in one request
// per guild (GuildIDs) or once globally.
func (a *Adapter) registerCommands(ctx context.Context) error {
	appID := a.applicationID()
	if appID == "" {
		return errors.New("discord: register commands: no application id (set DISCORD_APPLICATION_ID)")
	}
	guilds := a.o.GuildIDs
	if len(guilds) == 0 {
		guilds = []string{""}
	}
	for _, g := range guilds {
		err := a.call(ctx, "", func(opts ...discordgo.RequestOption) error {
			_, err := a.session.ApplicationCommandBulkOverwrite(appID, g, Commands(), opts...)
			return err
		})
		if err != nil {
			if g == "" {
				return fmt.Errorf("discord: register commands globally: %w", err)
			}
			return fmt.Errorf("discord: register commands in guild %s: %w", g, err)
		}
		a.log.InfoContext(ctx, "commands registered", slog.String("guild_id", g), slog.Int("commands", len(Commands())))
	}
	return nil
}

// optionOrder is the order a command's options take in the text the bot
// core reads.
var optionOrder = []string{"actor", "topic"}

// commandText turns an application command into what a user would type:
// "/position russia purl". A value with spaces is quoted, which the bot
// core reads as one word.
func commandText(d discordgo.ApplicationCommandInteractionData) string {
	parts := []string{"/" + d.Name}
	byName := map[string]string{}
	var extra []string
	for _, o := range d.Options {
		var v string
		if o.Value != nil {
			v = strings.TrimSpace(fmt.Sprint(o.Value))
		}
		if o.Type == discordgo.ApplicationCommandOptionSubCommand {
			extra = append(extra, o.Name)
			continue
		}
		if v == "" {
			continue
		}
		if slices.Contains(optionOrder, o.Name) {
			byName[o.Name] = v
		} else {
			extra = append(extra, quoteArg(v))
		}
	}
	for _, n := range optionOrder {
		if v, ok := byName[n]; ok {
			parts = append(parts, quoteArg(v))
		}
	}
	return strings.Join(append(parts, extra...), " ")
}

func quoteArg(v string) string {
	v = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		if r == '"' {
			return -1
		}
		return r
	}, v)
	v = strings.Join(strings.Fields(v), " ")
	if strings.Contains(v, " ") {
		return `"` + v + `"`
	}
	return v
}

// messageFor is the bot.Message for an interaction. Admin means the member
// may manage the server (or is an administrator).
func messageFor(in *discordgo.Interaction, text string) bot.Message {
	m := bot.Message{Platform: "discord", Channel: in.ChannelID, Text: text}
	switch {
	case in.Member != nil:
		if in.Member.User != nil {
			m.User = in.Member.User.ID
		}
		m.Admin = in.Member.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) != 0
	case in.User != nil:
		m.User = in.User.ID
	}
	return m
}

// maxChoices is Discord's limit on autocomplete choices.
const maxChoices = 25

// autocomplete answers the focused option of an autocomplete interaction:
// the actors or topics whose name or value contains what was typed,
// those that start with it first, at most 25.
func (a *Adapter) autocomplete(d discordgo.ApplicationCommandInteractionData) []*discordgo.ApplicationCommandOptionChoice {
	var focused *discordgo.ApplicationCommandInteractionDataOption
	for _, o := range d.Options {
		if o.Focused {
			focused = o
		}
	}
	if focused == nil {
		return []*discordgo.ApplicationCommandOptionChoice{}
	}
	var pool []Choice
	switch focused.Name {
	case "actor":
		pool = a.o.Actors
	case "topic":
		pool = a.o.Topics
	}
	var typed string
	if focused.Value != nil {
		typed = strings.ToLower(strings.TrimSpace(fmt.Sprint(focused.Value)))
	}
	var first, then []*discordgo.ApplicationCommandOptionChoice
	for _, c := range pool {
		name, value := strings.ToLower(c.Name), strings.ToLower(c.Value)
		ch := &discordgo.ApplicationCommandOptionChoice{Name: cutRunes(c.Name, 100), Value: cutRunes(c.Value, 100)}
		switch {
		case strings.HasPrefix(name, typed) || strings.HasPrefix(value, typed):
			first = append(first, ch)
		case strings.Contains(name, typed) || strings.Contains(value, typed):
			then = append(then, ch)
		}
	}
	out := append(first, then...)
	if out == nil {
		out = []*discordgo.ApplicationCommandOptionChoice{}
	}
	if len(out) > maxChoices {
		out = out[:maxChoices]
	}
	return out
}

// cutRunes cuts s to at most n characters.
func cutRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// keepRegistering registers the commands in the background until that
// works or ctx ends. A failure other than a refused token (a 5xx, a
// network error, a 403 for a missing scope) is logged at WARN and tried
// again with exponential backoff and jitter, regBackoffMin doubling up to
// regBackoffMax, while interactions and Send keep working. A refused token
// is sent on the returned channel, for Run to stop with. done closes when
// the goroutine has ended.
func (a *Adapter) keepRegistering(ctx context.Context) (refused <-chan error, done <-chan struct{}) {
	fatal := make(chan error, 1)
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		backoff := a.regBackoffMin
		for attempt := 1; ; attempt++ {
			err := a.registerCommands(ctx)
			if err == nil || ctx.Err() != nil {
				return
			}
			if errors.Is(err, ErrInvalidToken) {
				fatal <- err
				return
			}
			wait := backoff/2 + rand.N(backoff/2+1)
			a.log.WarnContext(ctx, "registering commands failed; still answering interactions, will retry",
				slog.String("error", err.Error()), slog.Int("attempt", attempt), slog.Duration("retry_in", wait))
			if sleep(ctx, wait) != nil {
				return
			}
			backoff = min(backoff*2, a.regBackoffMax)
		}
	}()
	return fatal, finished
}
