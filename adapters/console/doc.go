// Package console is the chat adapter for a terminal or a pipe: commands
// are read line by line from an io.Reader (stdin), replies are written as
// plain text to an io.Writer (stdout). It is the default when no chat
// platform is configured, so `go run .` answers `/position russia purl`
// with no network and no tokens; at end of input Run returns nil.
//
// It imports bot and the standard library only. (Modelled on go-joe/joe's
// CLI adapter with injectable I/O.)
package console
