// Package bot is the chat core shared by every platform: the incoming
// Message, the platform-neutral Reply that adapters render, the Adapter
// interface, the command Mux and the commands themselves (/position,
// /statements, /actors, /topics, /sources, /help, and the admin commands
// /watch, /digest and /mute in Admin), and the rendering of positions,
// statements, digests and notify's posts as Replies (RenderPosition,
// RenderStatements, RenderOverview, RenderDigest, RenderSources,
// RenderPost with RenderAlerts and RenderChannelDigest). Fakes for the
// tests of other packages are in bot/bottest.
//
// It imports news, notify (for the data it renders and the rules the admin
// commands change, through the AlertSettings and Digester interfaces owned
// here) and the standard library only: no adapter, no store
// implementation, no config. Adapters (adapters/console, adapters/slack,
// adapters/discord) import bot. (Modelled on go-joe/joe's adapter.go and
// shomali11/slacker's handler.go.)
package bot
