package app

import (
	"io"

	"github.com/stancebot/stancebot/adapters/console"
)

// buildAdapters sets up the chat platforms the config enables; with none,
// the console adapter on the app's stdin and stdout.
func (a *App) buildAdapters() error {
	if len(a.adapters) == 0 {
		in := a.o.Stdin
		if in == nil {
			in = emptyReader{}
		}
		a.console = console.New(in, a.o.Stdout, console.Options{Logger: a.log})
		a.adapters = append(a.adapters, a.console)
	}
	return nil
}

type emptyReader struct{}

func (emptyReader) Read([]byte) (int, error) { return 0, io.EOF }
