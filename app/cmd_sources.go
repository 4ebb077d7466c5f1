package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/extract"
	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/sources"
)

const sourcesUsage = `stancebot sources — the watched sources.

Usage:
  stancebot sources list [--config FILE]
        every configured source, with how its last fetch went (from the store)
  stancebot sources add URL --config FILE [--id ID] [--name NAME] [--kind feed|page|telegram]
        [--schedule SPEC] [--actor ACTOR] [--language TAG] [--item SEL --link SEL --title SEL --date SEL]
        add a source to the config file (checked before it is written)
  stancebot sources remove ID --config FILE
        remove a source from the config file (its items and statements stay in the store)
  stancebot sources test URL|ID [--config FILE] [--kind K] [--item/--link/--title/--date SEL]
        fetch once and show the items and the statements they would yield; stores nothing
  stancebot sources import FILE.opml [--config FILE --write]
        the feeds of an OPML list as config entries: printed as YAML for the
        sources: list, or with --write added to the config file

The config file is where sources live: the store follows it at start-up
(a source removed from the file is disabled there, its history kept).
`

// cmdSources runs `stancebot sources SUBCOMMAND`.
func cmdSources(ctx context.Context, args []string, env Env) error {
	if len(args) == 0 || slices.Contains([]string{"-h", "--help", "-help", "help"}, args[0]) {
		fmt.Fprint(env.Stdout, sourcesUsage)
		if len(args) == 0 {
			return usagef("sources needs a subcommand: list, add, remove, test or import")
		}
		return nil
	}
	switch sub, rest := args[0], args[1:]; sub {
	case "list":
		return cmdSourcesList(ctx, rest, env)
	case "add":
		return cmdSourcesAdd(rest, env)
	case "remove", "rm":
		return cmdSourcesRemove(rest, env)
	case "test":
		return cmdSourcesTest(ctx, rest, env)
	case "import":
		return cmdSourcesImport(rest, env)
	default:
		return usagef("unknown sources subcommand %q (want list, add, remove, test or import)", sub)
	}
}

// sourceSpecs translates the config's sources into what the poller needs
// beyond the store: kind, page selectors, language, and file access for
// the file:// URLs the operator wrote. The lead wires it as
// PollerOptions.Specs.
func sourceSpecs(cfg *config.Config) map[string]sources.Spec {
	out := make(map[string]sources.Spec, len(cfg.Sources))
	for _, s := range cfg.Sources {
		out[s.ID] = specOf(s)
	}
	return out
}

func specOf(s config.Source) sources.Spec {
	spec := sources.Spec{
		Kind:      sources.Kind(s.Kind),
		Language:  s.Language,
		AllowFile: strings.HasPrefix(strings.ToLower(s.URL), "file:"),
	}
	if p := s.Page; p != nil {
		spec.Page = sources.PageSelectors{Item: p.Item, Link: p.Link, Title: p.Title, Date: p.Date, MaxArticles: p.MaxArticles}
	}
	return spec
}

// fetchOptions translates the config's fetch section.
func fetchOptions(cfg *config.Config, log *slog.Logger) sources.FetchOptions {
	o := sources.FetchOptions{
		Timeout:        cfg.Fetch.Timeout,
		ConnectTimeout: cfg.Fetch.ConnectTimeout,
		MaxBodyBytes:   cfg.Fetch.MaxBodyBytes,
		UserAgent:      cfg.Fetch.UserAgent,
		AllowPrivate:   cfg.Fetch.AllowPrivate,
		HostGap:        cfg.Fetch.HostGap,
		Logger:         log,
	}
	for _, n := range cfg.Fetch.AllowNetworks {
		if p, err := netip.ParsePrefix(strings.TrimSpace(n)); err == nil { // Validate reported the others
			o.AllowNets = append(o.AllowNets, p)
		}
	}
	return o
}

func cmdSourcesList(ctx context.Context, args []string, env Env) error {
	fs := newFlags("sources list", "sources list [--config FILE]", env)
	path := fs.String("config", "", "config file (default: the embedded demo)")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(*path, env)
	if err != nil {
		return err
	}
	states := map[string]news.SourceState{}
	if storeExists(cfg.Store) {
		st, err := openStore(ctx, cfg.Store, slog.New(slog.DiscardHandler), time.Now)
		if err != nil {
			return err
		}
		defer st.Close()
		ss, err := st.Sources(ctx)
		if err != nil {
			return fmt.Errorf("list sources: %w", err)
		}
		for _, s := range ss {
			states[s.ID] = s
		}
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tKIND\tSCHEDULE\tSTATE\tITEMS\tLAST SUCCESS\tURL")
	for _, s := range cfg.Sources {
		kind := s.Kind
		if kind == "" {
			kind = string(sources.DetectKind(s.URL))
		}
		state, items, last := "enabled", "-", "never"
		if s.Disabled {
			state = "disabled"
		}
		if st, ok := states[s.ID]; ok {
			items = fmt.Sprint(st.Items)
			if !st.LastSuccess.IsZero() {
				last = st.LastSuccess.Local().Format("2006-01-02 15:04")
			}
			if st.ConsecutiveErrors > 0 {
				state = fmt.Sprintf("%s, %d errors: %s", state, st.ConsecutiveErrors, oneLine(st.LastError, 60))
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", s.ID, kind, s.Schedule, state, items, last, redactedURL(s.URL))
	}
	return tw.Flush()
}

// storeExists reports whether the store is there to read, so that listing
// sources does not create an empty database.
func storeExists(dsn string) bool {
	if strings.Contains(dsn, "://") {
		return true
	}
	_, err := os.Stat(dsn)
	return err == nil
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func redactedURL(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		return u.Redacted()
	}
	return raw
}

// sourceEntry is a source as written in the config file.
type sourceEntry struct {
	ID           string     `yaml:"id"`
	Name         string     `yaml:"name,omitempty"`
	URL          string     `yaml:"url"`
	Kind         string     `yaml:"kind,omitempty"`
	Schedule     string     `yaml:"schedule,omitempty"`
	DefaultActor string     `yaml:"default_actor,omitempty"`
	Language     string     `yaml:"language,omitempty"`
	Page         *pageEntry `yaml:"page,omitempty"`
}

// pageEntry is a page source's selectors as written in the config file.
type pageEntry struct {
	Item  string `yaml:"item,omitempty"`
	Link  string `yaml:"link,omitempty"`
	Title string `yaml:"title,omitempty"`
	Date  string `yaml:"date,omitempty"`
}

// selectorFlags are the flags of a page source's selectors.
type selectorFlags struct{ item, link, title, date *string }

func addSelectorFlags(fs interface {
	String(name, value, usage string) *string
}) selectorFlags {
	return selectorFlags{
		item:  fs.String("item", "", "page: CSS selector of each entry on the list page"),
		link:  fs.String("link", "", "page: CSS selector of the entry's link"),
		title: fs.String("title", "", "page: CSS selector of the entry's title"),
		date:  fs.String("date", "", "page: CSS selector of the entry's date"),
	}
}

func (s selectorFlags) page() *pageEntry {
	if *s.item == "" && *s.link == "" && *s.title == "" && *s.date == "" {
		return nil
	}
	return &pageEntry{Item: *s.item, Link: *s.link, Title: *s.title, Date: *s.date}
}

func cmdSourcesAdd(args []string, env Env) error {
	fs := newFlags("sources add", "sources add URL --config FILE [flags]", env)
	path := fs.String("config", "", "config file to add the source to (required)")
	id := fs.String("id", "", "source id, a lowercase slug (default: made from the URL)")
	name := fs.String("name", "", "the outlet's name as readers know it")
	kind := fs.String("kind", "", "feed, page or telegram (default: telegram for t.me links, else feed)")
	schedule := fs.String("schedule", "", "cron spec, e.g. \"@every 10m\" (default "+config.DefaultSourceSchedule+")")
	actor := fs.String("actor", "", "watchlist actor the source speaks for (an official feed)")
	lang := fs.String("language", "", "language tag, e.g. en")
	sel := addSelectorFlags(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want one URL, got %d arguments", len(pos))
	}
	if *path == "" {
		return usagef("--config FILE is required: sources live in the config file")
	}
	if *kind == "" && sel.page() != nil {
		*kind = config.KindPage
	}
	e := sourceEntry{ID: *id, Name: *name, URL: strings.TrimSpace(pos[0]), Kind: *kind, Schedule: *schedule,
		DefaultActor: *actor, Language: *lang, Page: sel.page()}
	var added string
	err = editConfigSources(*path, env, func(seq *yaml.Node) error {
		ids := entryIDs(seq)
		if e.ID == "" {
			e.ID = uniqueID(sourceSlug(e.Name, e.URL), ids)
		} else if ids[e.ID] {
			return usagef("a source with id %q is already in %s", e.ID, *path)
		}
		for _, u := range entryURLs(seq) {
			if u == e.URL {
				return usagef("%s is already a source in %s", redactedURL(e.URL), *path)
			}
		}
		added = e.ID
		return appendEntry(seq, e)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "added source %s to %s\n", added, *path)
	return nil
}

func cmdSourcesRemove(args []string, env Env) error {
	fs := newFlags("sources remove", "sources remove ID --config FILE", env)
	path := fs.String("config", "", "config file to remove the source from (required)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want one source id, got %d arguments", len(pos))
	}
	if *path == "" {
		return usagef("--config FILE is required: sources live in the config file")
	}
	id := pos[0]
	err = editConfigSources(*path, env, func(seq *yaml.Node) error {
		for i, n := range seq.Content {
			if mappingValue(n, "id") == id {
				seq.Content = slices.Delete(seq.Content, i, i+1)
				return nil
			}
		}
		ids := make([]string, 0)
		for k := range entryIDs(seq) {
			ids = append(ids, k)
		}
		slices.Sort(ids)
		return usagef("no source %q in %s (sources: %s)", id, *path, strings.Join(ids, ", "))
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "removed source %s from %s; its items and statements stay in the store\n", id, *path)
	return nil
}

func cmdSourcesTest(ctx context.Context, args []string, env Env) error {
	fs := newFlags("sources test", "sources test URL|ID [--config FILE] [flags]", env)
	path := fs.String("config", "", "config file (default: the embedded demo)")
	kind := fs.String("kind", "", "feed, page or telegram (default: the source's, or from the URL)")
	sel := addSelectorFlags(fs)
	maxItems := fs.Int("max", 10, "items to show")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want one URL or source id, got %d arguments", len(pos))
	}
	k, err := sources.ParseKind(*kind)
	if err != nil {
		return usagef("%v", err)
	}
	cfg, err := loadConfig(*path, env)
	if err != nil {
		return err
	}
	var (
		src  news.Source
		spec sources.Spec
	)
	if i := slices.IndexFunc(cfg.Sources, func(s config.Source) bool { return s.ID == pos[0] }); i >= 0 {
		s := cfg.Sources[i]
		src = news.Source{ID: s.ID, Name: s.Name, URL: s.URL, Schedule: s.Schedule, DefaultActor: news.ActorID(s.DefaultActor)}
		spec = specOf(s)
	} else {
		u, err := url.Parse(pos[0])
		if err != nil || u.Scheme == "" {
			return usagef("%q is neither a source id in the config nor a URL", pos[0])
		}
		src = news.Source{ID: "test", URL: pos[0]}
		// Typed by the operator in their own shell, like the config file.
		spec = sources.Spec{AllowFile: strings.EqualFold(u.Scheme, "file")}
	}
	if k != "" {
		spec.Kind = k
	}
	if p := sel.page(); p != nil {
		spec.Page = sources.PageSelectors{Item: p.Item, Link: p.Link, Title: p.Title, Date: p.Date}
		if spec.Kind == "" {
			spec.Kind = sources.KindPage
		}
	}
	if spec.Kind == sources.KindPage {
		if err := sources.CheckSelectors(spec.Page); err != nil {
			return usagef("%v", err)
		}
		spec.Page.MaxArticles = min(max(*maxItems, 1), sources.DefaultMaxArticles)
	}
	w := watchlistFromConfig(cfg.Watchlist)
	rules, err := extract.NewRules(w)
	if err != nil {
		return fmt.Errorf("build extractor: %w", err)
	}
	fetcher := sources.NewFetcher(fetchOptions(cfg, slog.New(slog.DiscardHandler)))
	now := time.Now()
	items, articleErrs, err := sources.FetchItems(ctx, fetcher, src, spec, now)
	if err != nil {
		return fmt.Errorf("test %s: %w", redactedURL(src.URL), err)
	}
	kindShown := spec.Kind
	if kindShown == "" {
		kindShown = sources.DetectKind(src.URL)
	}
	fmt.Fprintf(env.Stdout, "%s (%s): %d items; nothing stored\n", redactedURL(src.URL), kindShown, len(items))
	stmts := 0
	for i, it := range items {
		if i == *maxItems {
			fmt.Fprintf(env.Stdout, "... %d more items (--max)\n", len(items)-i)
			break
		}
		fmt.Fprintf(env.Stdout, "\n%d. %s  %s\n", i+1, it.Published.Format("2006-01-02 15:04"), oneLine(it.Title, 100))
		if it.URL != "" {
			fmt.Fprintf(env.Stdout, "   %s\n", it.URL)
		}
		doc := news.Document{ID: sources.DocumentID(it), Title: it.Title, URL: it.URL, Published: it.Published,
			Text: it.Text, DefaultActor: src.DefaultActor}
		for _, s := range rules.Extract(doc) {
			stmts++
			speaker := ""
			if s.Speaker != "" {
				speaker = " (" + s.Speaker + ")"
			}
			fmt.Fprintf(env.Stdout, "   → %s %s %s%s: %q\n", s.Actor, s.Stance, s.Topic, speaker, oneLine(s.Evidence, 160))
		}
	}
	fmt.Fprintf(env.Stdout, "\n%d statements would be stored.\n", stmts)
	for _, e := range articleErrs {
		fmt.Fprintf(env.Stdout, "article skipped: %v\n", e)
	}
	return nil
}

func cmdSourcesImport(args []string, env Env) error {
	fs := newFlags("sources import", "sources import FILE.opml [--config FILE --write]", env)
	path := fs.String("config", "", "config file (needed with --write, and to avoid ids already used)")
	write := fs.Bool("write", false, "add the feeds to the config file instead of printing them")
	schedule := fs.String("schedule", "", "cron spec for the imported sources (default "+config.DefaultSourceSchedule+")")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want one OPML file, got %d arguments", len(pos))
	}
	if *write && *path == "" {
		return usagef("--write needs --config FILE")
	}
	f, err := os.Open(pos[0])
	if err != nil {
		return usagef("%v", err)
	}
	defer f.Close()
	feeds, skipped, err := sources.ParseOPML(f)
	if err != nil {
		return usagef("%s: %v", pos[0], err)
	}
	for _, s := range skipped {
		fmt.Fprintf(env.Stderr, "stancebot sources import: skipped %s\n", s)
	}
	entries := func(ids map[string]bool, urls []string) []sourceEntry {
		var out []sourceEntry
		for _, fd := range feeds {
			if slices.Contains(urls, fd.URL) {
				fmt.Fprintf(env.Stderr, "stancebot sources import: %s is already a source\n", redactedURL(fd.URL))
				continue
			}
			id := uniqueID(sourceSlug(fd.Title, fd.URL), ids)
			ids[id] = true
			out = append(out, sourceEntry{ID: id, Name: fd.Title, URL: fd.URL, Schedule: *schedule, Language: languageTag(fd.Language)})
		}
		return out
	}
	if !*write {
		ids, urls := map[string]bool{}, []string(nil)
		if *path != "" {
			cfg, err := config.Load(*path, env.Getenv)
			if err != nil {
				return err
			}
			for _, s := range cfg.Sources {
				ids[s.ID] = true
				urls = append(urls, s.URL)
			}
		}
		out := entries(ids, urls)
		var b bytes.Buffer
		enc := yaml.NewEncoder(&b)
		enc.SetIndent(2)
		if err := enc.Encode(map[string][]sourceEntry{"sources": out}); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "# %d feed(s) from %s; paste under sources: in the config file, or run again with --config FILE --write\n", len(out), filepath.Base(pos[0]))
		_, err = env.Stdout.Write(b.Bytes())
		return err
	}
	n := 0
	err = editConfigSources(*path, env, func(seq *yaml.Node) error {
		for _, e := range entries(entryIDs(seq), entryURLs(seq)) {
			if err := appendEntry(seq, e); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "added %d source(s) to %s\n", n, *path)
	return nil
}

// languageTag keeps an OPML language attribute only when it reads as a
// tag (the config refuses others).
func languageTag(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " /") || len(s) > 35 {
		return ""
	}
	return s
}

// sourceSlug makes a source id from a name, else the URL's host and path.
func sourceSlug(name, rawURL string) string {
	base := name
	if telegram, ok := strings.CutPrefix(sources.FetchURL(rawURL, sources.DetectKind(rawURL)), "https://t.me/s/"); ok && base == "" {
		base = "tg " + telegram
	}
	if base == "" {
		if u, err := url.Parse(rawURL); err == nil {
			base = strings.TrimPrefix(u.Hostname(), "www.") + " " + strings.Trim(u.Path, "/")
		}
	}
	var b strings.Builder
	sep := false
	for _, r := range strings.ToLower(base) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if sep && b.Len() > 0 {
				b.WriteByte('_')
			}
			sep = false
			b.WriteRune(r)
		default:
			sep = true
		}
		if b.Len() >= 40 {
			break
		}
	}
	if b.Len() == 0 {
		return "source"
	}
	return strings.Trim(b.String(), "_")
}

func uniqueID(id string, taken map[string]bool) string {
	if !taken[id] {
		return id
	}
	for i := 2; ; i++ {
		if c := fmt.Sprintf("%s_%d", id, i); !taken[c] {
			return c
		}
	}
}

// editConfigSources loads the config file as a YAML tree (keeping its
// comments and key order), lets edit change the sources: list, checks the
// result as `config check` would, and writes it back atomically. The edit
// is refused, and the file left as it was, if it would add a problem the
// file did not already have.
func editConfigSources(path string, env Env, edit func(seq *yaml.Node) error) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return usagef("%v", err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return usagef("%s: %v", path, err)
	}
	if doc.Kind == 0 { // an empty file
		doc = yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{{Kind: yaml.MappingNode}}}
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return usagef("%s: the config file is not a YAML mapping", path)
	}
	root := doc.Content[0]
	var seq *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == "sources" {
			seq = root.Content[i+1]
		}
	}
	if seq == nil || (seq.Kind == yaml.ScalarNode && (seq.Tag == "!!null" || seq.Value == "")) {
		if seq == nil {
			seq = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
			root.Content = append(root.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "sources"}, seq)
		} else {
			*seq = yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		}
	}
	if seq.Kind != yaml.SequenceNode {
		return usagef("%s: sources is not a list", path)
	}
	if err := edit(seq); err != nil {
		return err
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	before := problemSet(config.Parse(data, path, filepath.Dir(path), env.Getenv))
	var added []config.Problem
	_, perr := config.Parse(b.Bytes(), path, filepath.Dir(path), env.Getenv)
	var ps *config.Problems
	if errors.As(perr, &ps) {
		for _, p := range ps.List {
			if !before[p.What] {
				added = append(added, p)
			}
		}
	}
	if len(added) > 0 {
		return &config.Problems{List: added}
	}
	return writeFileAtomic(path, b.Bytes())
}

// problemSet is the set of problem descriptions (without their lines,
// which move when entries are added) of a Parse result.
func problemSet(_ *config.Config, err error) map[string]bool {
	out := map[string]bool{}
	var ps *config.Problems
	if errors.As(err, &ps) {
		for _, p := range ps.List {
			out[p.What] = true
		}
	}
	return out
}

func writeFileAtomic(path string, data []byte) error {
	mode := os.FileMode(0o600)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename, there is nothing to remove
	if _, err := io.Copy(tmp, bytes.NewReader(data)); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func appendEntry(seq *yaml.Node, e sourceEntry) error {
	var n yaml.Node
	if err := n.Encode(e); err != nil {
		return fmt.Errorf("encode source %s: %w", e.ID, err)
	}
	seq.Content = append(seq.Content, &n)
	return nil
}

// mappingValue is the scalar value of key in a mapping node.
func mappingValue(n *yaml.Node, key string) string {
	if n.Kind != yaml.MappingNode {
		return ""
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1].Value
		}
	}
	return ""
}

func entryIDs(seq *yaml.Node) map[string]bool {
	ids := map[string]bool{}
	for _, n := range seq.Content {
		if id := mappingValue(n, "id"); id != "" {
			ids[id] = true
		}
	}
	return ids
}

func entryURLs(seq *yaml.Node) []string {
	var out []string
	for _, n := range seq.Content {
		if u := mappingValue(n, "url"); u != "" {
			out = append(out, u)
		}
	}
	return out
}
