package slack

import (
	"context"
	"strings"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// startCommand answers a slash command in the background: the handler
// runs, then respond posts the answer. The caller has already
// acknowledged (or is about to, within Slack's three seconds); it reports
// false when no handler is running.
func (a *Adapter) startCommand(cmd slackapi.SlashCommand) bool {
	h := a.currentHandler()
	if h == nil {
		return false
	}
	c := commandReply{
		channel:     cmd.ChannelID,
		user:        cmd.UserID,
		responseURL: cmd.ResponseURL,
		received:    a.now(),
	}
	text := strings.TrimSpace(cmd.Command + " " + cmd.Text)
	return a.goWork(func(ctx context.Context) {
		a.log.DebugContext(ctx, "slack command", "command", cmd.Command, "channel", cmd.ChannelID)
		reply := h.Handle(ctx, a.message(ctx, cmd.ChannelID, cmd.UserID, text))
		a.respond(ctx, c, reply)
	})
}

// startMention answers "@stancebot position russia purl" in the thread it
// was asked in. Messages from bots are ignored, so two bots never talk in
// a loop.
func (a *Adapter) startMention(ev slackevents.AppMentionEvent) bool {
	h := a.currentHandler()
	if h == nil {
		return false
	}
	if ev.BotID != "" || ev.User == "" || ev.Channel == "" {
		return true
	}
	text := mentionCommand(ev.Text)
	thread := ev.ThreadTimeStamp
	if thread == "" {
		thread = ev.TimeStamp
	}
	return a.goWork(func(ctx context.Context) {
		reply := h.Handle(ctx, a.message(ctx, ev.Channel, ev.User, text))
		t := target{channel: ev.Channel, threadTS: thread}
		if reply.Ephemeral {
			t.ephemeralUser = ev.User
		}
		msgs := RenderBlocks(reply)
		fallback := fallbackText(reply)
		for i, blocks := range msgs {
			if err := a.post(ctx, t, blocks, fallback); err != nil {
				a.log.ErrorContext(ctx, "slack answer not delivered", "channel", ev.Channel, "part", i+1, "parts", len(msgs), "error", err)
				return
			}
		}
	})
}

// mentionCommand turns a mention's text into a command line: the leading
// <@U…> mentions dropped, Slack's &amp; &lt; &gt; undone, and a "/" put in
// front ("position russia purl" → "/position russia purl"). A bare
// mention asks for help.
func mentionCommand(text string) string {
	text = strings.TrimSpace(text)
	for strings.HasPrefix(text, "<@") {
		end := strings.IndexByte(text, '>')
		if end < 0 {
			break
		}
		text = strings.TrimSpace(text[end+1:])
	}
	text = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(text)
	if text == "" {
		return "/help"
	}
	if !strings.HasPrefix(text, "/") {
		text = "/" + text
	}
	return text
}
