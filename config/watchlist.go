package config

import (
	"fmt"
	"os"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Watchlist is the watchlist file: the actors and topics the bot follows.
// app turns it into a news.Watchlist.
type Watchlist struct {
	Actors []Entry `yaml:"actors"`
	Topics []Entry `yaml:"topics"`
	// Warnings are doubtful but workable entries (an alias that names two
	// actors or two topics): the watchlist loads, and config check and the
	// bot's log show them.
	Warnings []Problem `yaml:"-"`
}

// Entry is one actor or topic: a lowercase slug id, a display name and the
// surface forms by which text names it.
type Entry struct {
	ID      string   `yaml:"id"`
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
}

// ActorIDs returns the ids of the actors in file order.
func (w *Watchlist) ActorIDs() []string { return entryIDs(w.Actors) }

// TopicIDs returns the ids of the topics in file order.
func (w *Watchlist) TopicIDs() []string { return entryIDs(w.Topics) }

func entryIDs(es []Entry) []string {
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return ids
}

// LoadWatchlist reads and checks the watchlist file at path. Its error is a
// *Problems naming every problem with its line and key.
func LoadWatchlist(path string) (*Watchlist, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Problems{List: []Problem{{Where: path, What: fmt.Sprintf("read watchlist: %v", unwrapPathError(err))}}}
	}
	return ParseWatchlist(data, path)
}

// ParseWatchlist decodes and checks a watchlist; name is the file name used
// in problems. Unknown keys, missing or non-slug ids, duplicate ids, empty
// names, empty alias lists and blank aliases are all reported together. An
// alias shared by two actors (or two topics) is only a warning: text that
// names it is read in its context, and refusing the whole watchlist for
// it would stop the bot.
func ParseWatchlist(data []byte, name string) (*Watchlist, error) {
	var w Watchlist
	pos, probs := decodeStrict(data, name, &w, nil)
	ps := &Problems{List: probs}
	if !isSyntaxOnly(probs) {
		w.check(pos, ps)
	}
	sortProblems(ps.List, name, "")
	if err := ps.err(); err != nil {
		return nil, err
	}
	sortProblems(w.Warnings, name, "")
	return &w, nil
}

// isSyntaxOnly tells a file that could not be read as YAML at all, after
// which checking the (empty) result would only add noise.
func isSyntaxOnly(probs []Problem) bool {
	return len(probs) == 1 && strings.HasPrefix(probs[0].What, "invalid YAML")
}

func (w *Watchlist) check(pos *positions, ps *Problems) {
	if len(w.Actors) == 0 {
		ps.add(pos.where("actors"), "no actors; list at least one")
	}
	if len(w.Topics) == 0 {
		ps.add(pos.where("topics"), "no topics; list at least one")
	}
	warn := &Problems{}
	checkEntries(pos, ps, warn, "actors", "actor", w.Actors)
	checkEntries(pos, ps, warn, "topics", "topic", w.Topics)
	w.Warnings = warn.List
}

var slugRE = regexp.MustCompile(`^[a-z0-9]+(?:[_-][a-z0-9]+)*$`)

// checkSlug reports an id that is empty or not a lowercase slug.
func checkSlug(ps *Problems, at, id string) {
	switch {
	case id == "":
		ps.add(at, "missing id")
	case !slugRE.MatchString(id):
		ps.add(at, "id %q is not a lowercase slug (a-z, 0-9, words joined by _ or -), e.g. %q", id, slugify(id))
	}
}

func slugify(s string) string {
	var b strings.Builder
	sep := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if sep && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r)
			sep = false
			continue
		}
		sep = true
	}
	if b.Len() == 0 {
		return "my_id"
	}
	return b.String()
}

func checkEntries(pos *positions, ps, warn *Problems, key, kind string, es []Entry) {
	firstID := map[string]string{}    // id -> path of its first entry
	aliasOwner := map[string]string{} // folded alias -> id of the entry that has it
	for i, e := range es {
		at := fmt.Sprintf("%s[%d]", key, i)
		checkSlug(ps, pos.where(at+".id"), e.ID)
		if e.ID != "" {
			if first, dup := firstID[e.ID]; dup {
				ps.add(pos.where(at+".id"), "duplicate %s id %q (first at %s)", kind, e.ID, lineOf(pos, first))
			} else {
				firstID[e.ID] = at
			}
		}
		if strings.TrimSpace(e.Name) == "" {
			ps.add(pos.where(at+".name"), "missing name")
		}
		if len(e.Aliases) == 0 {
			ps.add(pos.where(at+".aliases"), "no aliases; list at least one way text names this %s", kind)
		}
		seen := map[string]bool{}
		for j, a := range e.Aliases {
			apath := fmt.Sprintf("%s.aliases[%d]", at, j)
			f := foldAlias(a)
			if f == "" {
				ps.add(pos.where(apath), "blank alias")
				continue
			}
			if seen[f] {
				continue // a repeat within one entry is harmless
			}
			seen[f] = true
			if owner, taken := aliasOwner[f]; taken && owner != e.ID {
				warn.add(pos.where(apath), "alias %q also belongs to %s %q; text that names it may be read as either", strings.TrimSpace(a), kind, owner)
				continue
			}
			aliasOwner[f] = e.ID
		}
	}
}

// foldAlias is the form in which two aliases count as the same.
func foldAlias(a string) string {
	a = strings.NewReplacer("’", "'").Replace(a)
	return strings.ToLower(strings.Join(strings.Fields(a), " "))
}

func lineOf(pos *positions, path string) string {
	if l := pos.line(path); l > 0 {
		return fmt.Sprintf("line %d", l)
	}
	return path
}

// IsWatchlist reports whether data reads as a watchlist rather than a
// config file: a YAML mapping whose top-level keys include "actors" or
// "topics" and none of a config's. config check uses it to check a
// watchlist named on its own instead of refusing its keys.
func IsWatchlist(data []byte) bool {
	var top map[string]any
	if err := yaml.Unmarshal(data, &top); err != nil {
		return false
	}
	_, actors := top["actors"]
	_, topics := top["topics"]
	_, watchlist := top["watchlist"]
	_, sources := top["sources"]
	return (actors || topics) && !watchlist && !sources
}
