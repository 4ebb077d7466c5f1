// Command stancebot watches news sources, finds the statements key actors
// make about tracked topics, keeps a dated and sourced ledger of their
// positions, and answers questions about it in chat. `go run .` runs it on
// its embedded demo; see README.md.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/stancebot/stancebot/app"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := app.Main(ctx, os.Args[1:], app.Env{Getenv: os.Getenv, Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr})
	stop()
	os.Exit(code)
}
