package slack

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// socketStopTimeout bounds the wait for the Socket Mode client to close
// after Run's context ends.
const socketStopTimeout = 5 * time.Second

// ackFunc acknowledges a Socket Mode request (the envelope id, no
// payload: acknowledgements stay small, answers go by the Web API).
type ackFunc func(req socketmode.Request) error

// runSocket keeps a Socket Mode connection until ctx ends, handing each
// event to handleSocketEvent.
func (a *Adapter) runSocket(ctx context.Context) error {
	client := socketmode.New(a.api,
		socketmode.OptionLog(slog.NewLogLogger(a.log.Handler(), slog.LevelDebug)))
	errc := make(chan error, 1)
	go func() { errc <- client.RunContext(ctx) }()
	ack := func(req socketmode.Request) error { return client.Ack(req) }
	for {
		select {
		case evt := <-client.Events:
			a.handleSocketEvent(ctx, evt, ack)
		case err := <-errc:
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("slack socket mode: %w", err)
		case <-ctx.Done():
			select {
			case <-errc:
			case <-time.After(socketStopTimeout):
				a.log.Warn("slack socket mode client did not stop in time")
			}
			return nil
		}
	}
}

// handleSocketEvent acts on one Socket Mode event: a slash command is
// acknowledged at once and answered in the background through its
// response_url; an app_mention is acknowledged and answered once per
// event id; connection events are logged.
func (a *Adapter) handleSocketEvent(ctx context.Context, evt socketmode.Event, ack ackFunc) {
	doAck := func() {
		if evt.Request == nil || evt.Request.EnvelopeID == "" {
			return
		}
		if err := ack(*evt.Request); err != nil {
			a.log.WarnContext(ctx, "slack socket mode ack failed", "type", string(evt.Type), "error", err)
		}
	}
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		a.log.DebugContext(ctx, "slack socket mode connecting")
	case socketmode.EventTypeConnected:
		a.log.InfoContext(ctx, "slack socket mode connected")
	case socketmode.EventTypeHello, socketmode.EventTypeDisconnect:
		a.log.DebugContext(ctx, "slack socket mode", "event", string(evt.Type))
	case socketmode.EventTypeConnectionError, socketmode.EventTypeInvalidAuth,
		socketmode.EventTypeIncomingError, socketmode.EventTypeErrorBadMessage,
		socketmode.EventTypeErrorWriteFailed:
		a.log.WarnContext(ctx, "slack socket mode trouble", "event", string(evt.Type), "error", eventError(evt.Data))
	case socketmode.EventTypeSlashCommand:
		// Acknowledge first: Slack shows an error after three seconds.
		doAck()
		cmd, ok := evt.Data.(slackapi.SlashCommand)
		if !ok {
			return
		}
		if !a.startCommand(cmd) {
			a.log.WarnContext(ctx, "slack command dropped: shutting down", "command", cmd.Command, "channel", cmd.ChannelID)
		}
	case socketmode.EventTypeEventsAPI:
		doAck()
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if !ok || ev.Type != slackevents.CallbackEvent {
			return
		}
		if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok && cb.EventID != "" {
			if !a.seen.add(cb.EventID, a.now()) {
				a.log.DebugContext(ctx, "slack event already handled", "event_id", cb.EventID)
				return
			}
		}
		switch m := ev.InnerEvent.Data.(type) {
		case *slackevents.AppMentionEvent:
			a.startMention(*m)
		case slackevents.AppMentionEvent:
			a.startMention(m)
		}
	default:
		// interactive and anything newer: acknowledged, nothing to do.
		doAck()
	}
}

// eventError describes a connection event's error for the log. The
// concrete types come first: some implement error but panic in Error()
// when their cause is nil.
func eventError(data any) string {
	var cause error
	switch v := data.(type) {
	case *slackapi.ConnectionErrorEvent:
		cause = v.ErrorObj
	case *slackapi.IncomingEventError:
		cause = v.ErrorObj
	case *socketmode.ErrorBadMessage:
		cause = v.Cause
	case *socketmode.ErrorWriteFailed:
		cause = v.Cause
	case error:
		cause = v
	case nil:
		return ""
	default:
		return fmt.Sprintf("%T", data)
	}
	if cause == nil {
		return ""
	}
	return cause.Error()
}
