package config

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a configuration: where it is and what is
// wrong. Where reads "file:line: key.path" when all three are known, e.g.
// "stancebot.yaml:14: sources[2].schedule", and drops what is not known.
type Problem struct {
	Where string
	What  string
}

func (p Problem) String() string {
	if p.Where == "" {
		return p.What
	}
	return p.Where + ": " + p.What
}

// Problems lists everything wrong with a configuration. Load, Parse,
// ParseWatchlist and Validate return it as their error.
type Problems struct {
	List []Problem
}

// Error returns one line per problem.
func (p *Problems) Error() string {
	lines := make([]string, len(p.List))
	for i, pr := range p.List {
		lines[i] = pr.String()
	}
	return strings.Join(lines, "\n")
}

func (p *Problems) add(where, format string, args ...any) {
	p.List = append(p.List, Problem{Where: where, What: fmt.Sprintf(format, args...)})
}

// err returns p as an error, or nil when there is no problem.
func (p *Problems) err() error {
	if len(p.List) == 0 {
		return nil
	}
	return p
}

// where formats a Problem's Where from a file name, a line (0: unknown) and a
// key path ("" for the file as a whole).
func where(file string, line int, path string) string {
	var b strings.Builder
	b.WriteString(file)
	if file != "" && line > 0 {
		fmt.Fprintf(&b, ":%d", line)
	}
	if path != "" {
		if b.Len() > 0 {
			b.WriteString(": ")
		}
		b.WriteString(path)
	}
	return b.String()
}
