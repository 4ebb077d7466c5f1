// Package sources owns everything between a configured source and the
// store:
//
//   - a safe HTTP client (fetch.go, policy.go, hostgate.go): conditional
//     GET, connect and total timeouts, a cap on the decompressed body, at
//     most 10 redirects, a clear User-Agent, one request per host at a time
//     with a politeness gap, and a URL policy against SSRF checked on the
//     resolved address at connect time (every redirect hop and DNS answer
//     included), refusing non-standard IP notations and loopback names up
//     front, http(s) only, file:// only for the operator's config sources;
//   - parsing (feed.go, charset.go, html.go, kind.go, page.go,
//     telegram.go, opml.go): RSS, Atom and JSON Feed through gofeed (Google
//     News search RSS included), HTML list pages by CSS selectors (goquery)
//     with each article's main text by readability, public Telegram channel
//     previews (t.me/s/NAME), OPML subscription lists; every text reduced to
//     plain paragraphs with hostile markup (scripts, hidden elements,
//     javascript: links, bidi overrides, zero-width characters) removed and
//     legacy encodings (windows-1251, KOI8-R, UTF-16/32, BOMs) decoded;
//     canonical links and content hashes;
//   - the Poller (poller.go): fetches due sources grouped by host with
//     bounded concurrency, hands new or edited items to an Extractor and
//     the store (correcting item identity for http/https and reused GUIDs),
//     and decides when each source is checked next (its cron schedule,
//     Cache-Control max-age, the feed's TTL, Retry-After, exponential
//     backoff), disabling a source after DisableAfter failures in a row.
//
// It imports news and third-party libraries (gofeed, goquery, cascadia,
// go-readability, robfig/cron, x/net, x/text) only; never bot, adapters,
// jobs or app. The store is used through the small Store interface
// declared here, which news.Store satisfies, and the optional
// SourceDisabler.
//
// Anchor: miniflux/v2 internal/reader/fetcher (request and response
// handling) and internal/reader/handler.RefreshFeed (the polling workflow).
package sources
