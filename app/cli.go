package app

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/extract"
	"github.com/stancebot/stancebot/extract/score"
	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/store/sqlite"
)

// Env is what the command line runs with: its environment and standard
// streams, injected so that tests can drive Main over pipes.
type Env struct {
	Getenv func(string) string
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// Exit codes, as CONTRACT.md fixes them.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// usageError is bad usage or bad input: exit 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

const mainUsage = `stancebot — who said what about which topic, with which stance.

Usage:
  stancebot [run] [--config FILE]          run the bot (no --config: the embedded demo)
  stancebot ingest --config FILE --once    poll every source once and exit
  stancebot position ACTOR TOPIC [--config FILE] [--json]
                                           an actor's position on a topic, from the store
  stancebot extract --watchlist FILE       documents (JSON lines) on stdin → statements on stdout
  stancebot quotes --watchlist FILE        documents on stdin → every attribution, as JSON lines
  stancebot eval --watchlist FILE --gold FILE [--errors]
                                           score extraction against a gold file
  stancebot config check FILE              validate a config file and its watchlist
  stancebot config dump [FILE]             print the config with secrets redacted
  stancebot sources list|add|remove|test|import   the watched sources (sources --help)

Every command has --help. Exit codes: 0 success, 1 runtime failure, 2 bad usage or input.
`

// Main runs the command line and returns the process exit code.
func Main(ctx context.Context, args []string, env Env) int {
	if env.Getenv == nil {
		env.Getenv = func(string) string { return "" }
	}
	if env.Stdin == nil {
		env.Stdin = strings.NewReader("")
	}
	cmd, rest := "run", args
	if len(args) > 0 && (!strings.HasPrefix(args[0], "-") || isHelp(args[0])) {
		cmd, rest = args[0], args[1:]
	}
	var err error
	switch cmd {
	case "run":
		err = cmdRun(ctx, rest, env)
	case "ingest":
		err = cmdIngest(ctx, rest, env)
	case "position":
		err = cmdPosition(ctx, rest, env)
	case "extract":
		err = cmdExtract(ctx, rest, env, false)
	case "quotes":
		err = cmdExtract(ctx, rest, env, true)
	case "eval":
		err = cmdEval(ctx, rest, env)
	case "config":
		err = cmdConfig(rest, env)
	case "sources":
		err = cmdSources(ctx, rest, env)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(env.Stdout, mainUsage)
		return exitOK
	default:
		err = usagef("unknown command %q\n\n%s", cmd, mainUsage)
	}
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, new(usageError)), errors.As(err, new(*config.Problems)):
		fmt.Fprintf(env.Stderr, "stancebot %s: %v\n", cmd, err)
		return exitUsage
	default:
		fmt.Fprintf(env.Stderr, "stancebot %s: %v\n", cmd, err)
		return exitFailure
	}
}

func isHelp(arg string) bool {
	switch arg {
	case "-h", "-help", "--help":
		return true
	}
	return false
}

// newFlags makes a flag set that returns its errors (Main prints them,
// once) and prints its usage to stderr.
func newFlags(name, usage string, env Env) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: stancebot %s\n\nFlags:\n", usage)
		fs.SetOutput(env.Stderr)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return fs
}

// noArgs refuses positional arguments a command does not take.
func noArgs(pos []string) error {
	if len(pos) > 0 {
		return usagef("unexpected argument %q (see --help)", pos[0])
	}
	return nil
}

// parseFlags parses flags placed anywhere among the positional arguments
// ("position russia purl --json" as well as "position --json russia purl").
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// loadConfig reads the config file, or, with no path, sets up the
// embedded default in the data directory.
func loadConfig(path string, env Env) (*config.Config, error) {
	if path != "" {
		return config.Load(path, env.Getenv)
	}
	dir := DataDir(env.Getenv)
	text, err := writeDemo(dir)
	if err != nil {
		return nil, err
	}
	abs, _ := filepath.Abs(dir)
	fmt.Fprintf(env.Stderr, "stancebot: no --config, using the embedded demo; data in %s (set XDG_DATA_HOME to move it)\n", abs)
	return config.Parse(text, "embedded demo config", abs, env.Getenv)
}

func newLogger(w io.Writer, level, format string) *slog.Logger {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		lv = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: lv}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func cmdRun(ctx context.Context, args []string, env Env) error {
	fs := newFlags("run", "run [--config FILE]", env)
	path := fs.String("config", "", "config file (default: the embedded demo)")
	if pos, err := parseFlags(fs, args); err != nil {
		return err
	} else if err := noArgs(pos); err != nil {
		return err
	}
	cfg, err := loadConfig(*path, env)
	if err != nil {
		return err
	}
	log := newLogger(env.Stderr, cfg.Log.Level, cfg.Log.Format)
	a, err := New(ctx, cfg, Options{Stdin: env.Stdin, Stdout: env.Stdout, Logger: log,
		GroupWait: cfg.Notify.GroupWait, Backfill: cfg.Notify.Backfill})
	if err != nil {
		return err
	}
	defer a.Close()
	return a.Run(ctx)
}

func cmdIngest(ctx context.Context, args []string, env Env) error {
	fs := newFlags("ingest", "ingest --config FILE --once", env)
	path := fs.String("config", "", "config file (default: the embedded demo)")
	once := fs.Bool("once", false, "poll every source once and exit")
	if pos, err := parseFlags(fs, args); err != nil {
		return err
	} else if err := noArgs(pos); err != nil {
		return err
	}
	if !*once {
		return usagef("ingest needs --once (to poll on the schedule, use `stancebot run`)")
	}
	cfg, err := loadConfig(*path, env)
	if err != nil {
		return err
	}
	log := newLogger(env.Stderr, cfg.Log.Level, cfg.Log.Format)
	a, err := New(ctx, cfg, Options{Stdout: env.Stdout, Logger: log,
		GroupWait: cfg.Notify.GroupWait, Backfill: cfg.Notify.Backfill})
	if err != nil {
		return err
	}
	defer a.Close()
	st, recs, err := a.Ingest(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "polled %d sources: %d fetched, %d not modified, %d failed; %d new items, %d changed; %d statements\n",
		st.Sources, st.Fetched, st.NotModified, st.Failed, st.NewItems, st.ChangedItems, len(recs))
	if st.Sources > 0 && st.Failed == st.Sources {
		return fmt.Errorf("every source failed (see `stancebot sources list` for their errors)")
	}
	return nil
}

// positionJSON is the contract's `position --json` shape.
type positionJSON struct {
	Actor      news.ActorID    `json:"actor"`
	Topic      news.TopicID    `json:"topic"`
	Stance     news.Stance     `json:"stance"`
	Since      string          `json:"since,omitempty"`
	Statements []statementJSON `json:"statements"`
}

type statementJSON struct {
	Stance    news.Stance `json:"stance"`
	Evidence  string      `json:"evidence"`
	Speaker   string      `json:"speaker"`
	Title     string      `json:"title"`
	URL       string      `json:"url"`
	Outlet    string      `json:"outlet,omitempty"`
	Published string      `json:"published"`
}

func cmdPosition(ctx context.Context, args []string, env Env) error {
	fs := newFlags("position", "position ACTOR TOPIC [--config FILE] [--json]", env)
	path := fs.String("config", "", "config file (default: the embedded demo)")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usagef("want ACTOR TOPIC, got %d arguments", len(pos))
	}
	cfg, err := loadConfig(*path, env)
	if err != nil {
		return err
	}
	w := watchlistFromConfig(cfg.Watchlist)
	actor, ok := w.FindActor(pos[0])
	if !ok {
		return usagef("unknown actor %q; closest: %s", pos[0], joinIDs(w.ClosestActors(pos[0], 3)))
	}
	topic, ok := w.FindTopic(pos[1])
	if !ok {
		return usagef("unknown topic %q; closest: %s", pos[1], joinIDs(w.ClosestTopics(pos[1], 3)))
	}
	if _, err := os.Stat(cfg.Store); errors.Is(err, os.ErrNotExist) && !strings.Contains(cfg.Store, "://") {
		return fmt.Errorf("no store at %s yet: run `stancebot ingest --once` (or `run`) first", cfg.Store)
	}
	st, err := openStore(ctx, cfg.Store, slog.New(slog.DiscardHandler), time.Now)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := st.Position(ctx, actor.ID, topic.ID, 0)
	if err != nil {
		return fmt.Errorf("position %s %s: %w", actor.ID, topic.ID, err)
	}
	if !*asJSON {
		fmt.Fprint(env.Stdout, bot.RenderPosition(w, p, time.Now()).Plain())
		return nil
	}
	out := positionJSON{Actor: p.Actor, Topic: p.Topic, Stance: p.Stance, Statements: []statementJSON{}}
	if out.Stance == "" {
		out.Stance = news.StanceUnknown
	}
	if len(p.Statements) > 0 {
		out.Since = p.Since.Format(time.RFC3339)
	}
	for _, r := range p.Statements {
		out.Statements = append(out.Statements, statementJSON{
			Stance: r.Stance, Evidence: r.Evidence, Speaker: r.Speaker, Title: r.Title,
			URL: r.URL, Outlet: r.Outlet, Published: r.Published.Format(time.RFC3339),
		})
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func joinIDs[T ~string](ids []T) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return strings.Join(s, ", ")
}

// loadRules reads a watchlist file and builds the extractor.
func loadRules(path string) (*news.Watchlist, *extract.Rules, error) {
	if path == "" {
		return nil, nil, usagef("--watchlist FILE is required")
	}
	cw, err := config.LoadWatchlist(path)
	if err != nil {
		return nil, nil, err
	}
	w := watchlistFromConfig(cw)
	r, err := extract.NewRules(w)
	if err != nil {
		return nil, nil, fmt.Errorf("build extractor: %w", err)
	}
	return w, r, nil
}

func cmdExtract(ctx context.Context, args []string, env Env, quotes bool) error {
	name := "extract"
	if quotes {
		name = "quotes"
	}
	usage := name + " --watchlist FILE < documents.jsonl"
	if quotes {
		usage += "\n       stancebot quotes [--watchlist FILE] --gum DIR   (score against GUM Wikinews attributions)"
	}
	fs := newFlags(name, usage, env)
	wpath := fs.String("watchlist", "", "watchlist file (YAML)")
	gum := ""
	if quotes {
		fs.StringVar(&gum, "gum", "", "score attributions against the GUM Wikinews gold in DIR (e.g. ../shared/data/gum-wikinews-attribution)")
	}
	if pos, err := parseFlags(fs, args); err != nil {
		return err
	} else if err := noArgs(pos); err != nil {
		return err
	}
	if gum != "" {
		return scoreGUM(*wpath, gum, env)
	}
	_, rules, err := loadRules(*wpath)
	if err != nil {
		return err
	}
	// One document at a time: output flows as input comes, memory stays
	// flat, and a bad line N keeps the answers to lines 1..N-1.
	bw := bufio.NewWriter(env.Stdout)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	docs := score.NewDocumentReader(env.Stdin)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		d, err := docs.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			_ = bw.Flush()
			return usageError{fmt.Sprintf("stdin: %v", err)}
		}
		if quotes {
			for _, q := range rules.Quotes(d.Document) {
				if err := enc.Encode(q); err != nil {
					return err
				}
			}
		} else {
			for _, st := range rules.Extract(d.Document) {
				if err := enc.Encode(st); err != nil {
					return err
				}
			}
		}
		if err := bw.Flush(); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// scoreGUM prints how well `quotes` finds the attributions of the GUM
// Wikinews documents; a watchlist is optional (attribution does not need
// watched actors).
func scoreGUM(wpath, dir string, env Env) error {
	w := &news.Watchlist{}
	if wpath != "" {
		cw, err := config.LoadWatchlist(wpath)
		if err != nil {
			return err
		}
		w = watchlistFromConfig(cw)
	}
	rules, err := extract.NewRules(w)
	if err != nil {
		return fmt.Errorf("build extractor: %w", err)
	}
	rep, err := score.ScoreGUM(dir, rules)
	if err != nil {
		return usagef("--gum %s: %v", dir, err)
	}
	fmt.Fprint(env.Stdout, rep.String())
	return nil
}

func cmdEval(ctx context.Context, args []string, env Env) error {
	fs := newFlags("eval", "eval --watchlist FILE --gold FILE [--errors]", env)
	wpath := fs.String("watchlist", "", "watchlist file (YAML)")
	gpath := fs.String("gold", "", "gold file (JSON lines, as shared/eval-dev)")
	showErrors := fs.Bool("errors", false, "list every error")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	_, rules, err := loadRules(*wpath)
	if err != nil {
		return err
	}
	if *gpath == "" {
		return usagef("--gold FILE is required")
	}
	f, err := os.Open(*gpath)
	if err != nil {
		return usagef("%v", err)
	}
	defer f.Close()
	docs, err := score.ReadDocuments(f)
	if err != nil {
		return usagef("%s: %v", *gpath, err)
	}
	rep, err := evaluate(ctx, rules, docs)
	if err != nil {
		return err
	}
	if !*showErrors {
		rep.Errors = nil // the summary only; --errors lists each one
	}
	fmt.Fprint(env.Stdout, rep.String())
	return nil
}

// evaluate extracts every gold document, stores the statements in a
// scratch SQLite ledger as the bot would, and scores both the statements
// and the /position answers read back from that ledger.
func evaluate(ctx context.Context, rules *extract.Rules, docs []score.GoldDoc) (score.Report, error) {
	dir, err := os.MkdirTemp("", "stancebot-eval-")
	if err != nil {
		return score.Report{}, err
	}
	defer os.RemoveAll(dir)
	db, err := sqlite.Open(ctx, filepath.Join(dir, "eval.db"), sqlite.Options{})
	if err != nil {
		return score.Report{}, err
	}
	defer db.Close()
	src := news.Source{ID: "gold", Name: "gold", URL: "file:///gold", Schedule: "@every 1h"}
	if err := db.SyncSources(ctx, []news.Source{src}); err != nil {
		return score.Report{}, err
	}
	var preds []news.Statement
	for _, d := range docs {
		stmts := rules.Extract(d.Document)
		preds = append(preds, stmts...)
		sum := sha256.Sum256([]byte(d.ID + "\x00" + d.Title + "\x00" + d.Text))
		item := news.Item{SourceID: src.ID, GUID: d.ID, URL: d.URL, Title: d.Title,
			Published: d.Published, Text: d.Text, Hash: hex.EncodeToString(sum[:])}
		if _, err := db.SaveItem(ctx, item, stmts); err != nil {
			return score.Report{}, fmt.Errorf("store %s: %w", d.ID, err)
		}
	}
	pos := score.PositionerFunc(func(ctx context.Context, a news.ActorID, t news.TopicID) (news.Stance, error) {
		p, err := db.Position(ctx, a, t, 1)
		return p.Stance, err
	})
	return score.Evaluate(ctx, docs, preds, pos)
}

func cmdConfig(args []string, env Env) error {
	if len(args) > 0 && isHelp(args[0]) {
		fmt.Fprint(env.Stderr, "Usage: stancebot config check FILE   validate a config file and its watchlist (or a watchlist alone), naming every problem\n"+
			"       stancebot config dump [FILE]   print the config (the embedded demo without FILE) with secrets redacted\n")
		return nil
	}
	if len(args) == 0 || (args[0] != "check" && args[0] != "dump") {
		return usagef("usage: stancebot config check FILE | config dump [FILE]")
	}
	sub := args[0]
	fs := newFlags("config "+sub, "config "+sub+" FILE", env)
	pos, err := parseFlags(fs, args[1:])
	if err != nil {
		return err
	}
	path := ""
	if len(pos) > 0 {
		path = pos[0]
	}
	if sub == "check" && len(pos) != 1 {
		return usagef("usage: stancebot config check FILE")
	}
	if sub == "check" {
		if data, err := os.ReadFile(path); err == nil && config.IsWatchlist(data) {
			return checkWatchlist(path, env)
		}
	}
	cfg, err := loadConfig(path, env)
	if err != nil {
		return err
	}
	if sub == "dump" {
		fmt.Fprint(env.Stdout, cfg.Redacted())
		return nil
	}
	printWarnings(cfg.Watchlist, env)
	fmt.Fprintf(env.Stdout, "%s: ok (%d sources, %d actors, %d topics, %d channels)\n",
		path, len(cfg.Sources), len(cfg.Watchlist.Actors), len(cfg.Watchlist.Topics), len(cfg.Channels))
	return nil
}

// checkWatchlist checks a watchlist file named on its own ("config check
// watchlist.yaml"), as the config that names it would.
func checkWatchlist(path string, env Env) error {
	w, err := config.LoadWatchlist(path)
	if err != nil {
		return err
	}
	printWarnings(w, env)
	fmt.Fprintf(env.Stdout, "%s: ok (watchlist: %d actors, %d topics)\n", path, len(w.Actors), len(w.Topics))
	return nil
}

func printWarnings(w *config.Watchlist, env Env) {
	for _, p := range w.Warnings {
		fmt.Fprintf(env.Stderr, "warning: %s\n", p)
	}
}
