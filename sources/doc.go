// Package sources owns everything between a configured source and the
// store: a safe HTTP client (conditional GET, timeouts, a cap on the
// decompressed body, at most 10 redirects, a URL policy against SSRF checked
// on the resolved address at connect time), feed parsing (RSS, Atom and JSON
// Feed through gofeed) into news.Items with plain-text paragraphs, canonical
// links and content hashes, and the Poller that fetches due sources, hands
// new or edited items to an Extractor and the store, and decides when each
// source is checked next (its cron schedule; exponential backoff and
// Retry-After on errors).
//
// It imports news and third-party libraries (gofeed, robfig/cron, x/net/html,
// x/sync, x/text) only; never bot, adapters, jobs or app. The store is used
// through the small Store interface declared here, which news.Store
// satisfies.
//
// Anchor: miniflux/v2 internal/reader/fetcher (request and response
// handling) and internal/reader/handler.RefreshFeed (the polling workflow).
package sources
