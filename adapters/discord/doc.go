// Package discord connects stancebot to Discord with
// github.com/bwmarrin/discordgo: application commands over the gateway
// (a bot token) or over HTTP interactions (POST /discord/interactions,
// verified with Ed25519), command registration, rendering of bot.Reply as
// embeds within Discord's limits, and posting digests and alerts to a
// channel (bot token) or a channel webhook URL, rate-limited and retried.
//
// Every message it sends carries allowed_mentions {"parse": []}, and every
// piece of source text is escaped (Escape), so nothing a source writes can
// ping @everyone, @here, a role or a user.
//
// It imports bot, discordgo and the standard library only: no store, no
// config (app translates config into Options). Modelled on
// prometheus/alertmanager's notify/discord (one integration, retry
// classification, secrets redacted from errors) and go-joe/joe's adapter
// shape.
package discord
