// Package bot is the chat core shared by every platform: the incoming
// Message, the platform-neutral Reply that adapters render, the Adapter
// interface, the command Mux and the commands themselves (/position,
// /statements, /actors, /topics, /sources, /help), and the rendering of
// positions, statements and digests as Replies (RenderPosition,
// RenderStatements, RenderOverview, RenderDigest, RenderSources). Fakes for
// the tests of other packages are in bot/bottest.
//
// It imports news and the standard library only: no adapter, no store
// implementation, no config. Adapters (adapters/console, adapters/slack,
// adapters/discord) import bot. (Modelled on go-joe/joe's adapter.go and
// shomali11/slacker's handler.go.)
package bot
