// Package slack connects stancebot to Slack with github.com/slack-go/slack.
//
// It owns everything Slack-specific: the two ways of receiving commands
// (Socket Mode over a websocket, or signed HTTP requests on /slack/commands,
// /slack/events and /slack/interactions), the v0 request-signature check,
// rendering a bot.Reply as Block Kit (mrkdwn escaped, split to Slack's
// limits), answering slash commands through response_url, and posting
// digests and alerts with chat.postMessage under a per-channel rate limit
// with Retry-After and 5xx retries. The app manifest (manifest.yaml) and a
// README section on setting the app up live here too.
//
// It imports bot (and, through it, nothing else of ours), slack-go and the
// golang.org/x modules; never a store, config or another adapter. The app
// package wires it: New(Options) from the config's slack section and the
// SLACK_* environment secrets, Run(ctx, mux), Routes(httpMux) and Send for
// the outbox.
//
// Anchors: shomali11/slacker (ack, then dispatch), go-joe/slack-adapter
// (no message text or tokens in logs), slack-go's socketmode examples.
package slack
