// Package app wires stancebot together and runs it: it reads the config,
// opens the store, builds the extractor, the poller, the bot core and the
// chat adapters, starts the schedule and the HTTP endpoints, and shuts all
// of it down within a bounded time. It also holds the command-line
// interface (Main) and the embedded default configuration that `go run .`
// uses.
//
// It is the only package that imports everything; nothing imports it but
// the root main.go. (Modelled on prometheus/alertmanager's app package.)
package app
