// Package news is stancebot's vocabulary: actors and topics on a watchlist,
// sources and the items fetched from them, the statements extracted from
// items, and the positions (the newest stance per actor × topic) that the
// ledger answers with. It also declares the storage contract that every
// back end (store/sqlite, later store/postgres) implements and that
// store/storetest checks.
//
// It imports only the standard library, and nothing of ours imports less:
// every other package may import news. (Modelled on benbjohnson/wtf's root
// package.)
package news
