package notify

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/stancebot/stancebot/news"
)

// AlertGroup is a channel's waiting alerts (encoded Alerts, oldest first)
// to be made into one post.
type AlertGroup struct {
	Channel  string
	Platform string
	Target   string
	Payloads [][]byte
	Oldest   time.Time
}

// NewPost is a post to add to the outbox.
type NewPost struct {
	Channel  string
	Platform string
	Target   string
	Key      string // unique: a post whose key was used is not added again
	Kind     string // "alert", "digest"
	Body     []byte // JSON of a Post
	// Muted records the post as never to be sent: every alert in it was
	// muted after it was queued.
	Muted bool
}

// QueuedPost is a post in the outbox.
type QueuedPost struct {
	ID        int64
	Channel   string
	Platform  string
	Target    string
	Key       string
	Kind      string
	Body      []byte // JSON of a Post
	State     string
	Attempts  int // attempts started, the claimed one included
	Repeated  bool
	LastError string
	Created   time.Time
	Delivered time.Time
}

// DigestState is where a channel's digest stands.
type DigestState struct {
	Period        time.Time // the period of its last digest
	LastStatement int64
}

// Outbox is the durable queue the Dispatcher drains. store/sqlite
// implements it (wired by app).
type Outbox interface {
	// OldestWaitingAlert is when the oldest alert not yet in a post was
	// queued; ok is false when none waits.
	OldestWaitingAlert(ctx context.Context) (t time.Time, ok bool, err error)
	// GroupAlerts makes one post per channel (per max alerts) of the
	// alerts waiting since due or before, atomically with marking them.
	GroupAlerts(ctx context.Context, due time.Time, max int, now time.Time, build func(AlertGroup) (NewPost, error)) (int, error)
	// NextPostDue is when the earliest pending post is due.
	NextPostDue(ctx context.Context) (t time.Time, ok bool, err error)
	// ClaimPost marks the oldest post due at now, on a channel not in
	// skip, as sending and logs the attempt, committed before it returns.
	ClaimPost(ctx context.Context, now time.Time, skip []string) (p QueuedPost, ok bool, err error)
	// PostDelivered, PostFailed and PostUnknown record an attempt's
	// outcome. PostFailed with a zero next gives up; PostUnknown repeats a
	// post once at most.
	PostDelivered(ctx context.Context, id int64, attempt int, now time.Time) error
	PostFailed(ctx context.Context, id int64, attempt int, now time.Time, reason string, next time.Time) error
	PostUnknown(ctx context.Context, id int64, attempt int, now time.Time, reason string, next time.Time) error
	// RecoverPosts treats posts left sending by a stopped process as
	// unknown outcomes.
	RecoverPosts(ctx context.Context, now time.Time) (int, error)
}

// DigestStore keeps each channel's digest state and makes digests
// atomically with moving it.
type DigestStore interface {
	StartDigest(ctx context.Context, channel string, now time.Time) (DigestState, error)
	MakeDigest(ctx context.Context, channel string, period time.Time, limit int, now time.Time,
		build func(recs []news.Record) (p NewPost, post bool, err error)) (made bool, err error)
}

// Defaults of DispatcherOptions.
const (
	DefaultGroupWait    = 30 * time.Second
	DefaultMaxPerPost   = 25
	DefaultPollInterval = time.Second
	DefaultMinBackoff   = 5 * time.Second
	DefaultMaxBackoff   = 10 * time.Minute
	DefaultMaxAttempts  = 10
	DefaultSendTimeout  = 30 * time.Second
	DefaultDigestLimit  = 1000
	DefaultPostInterval = time.Second
)

// DispatcherOptions configure a Dispatcher. Outbox and Poster are
// required; Digests only with digest channels.
type DispatcherOptions struct {
	Outbox  Outbox
	Digests DigestStore
	// Poster sends each post to its channel, whatever the platform.
	Poster   Poster
	Channels []Channel // the configured channels (for digests)
	// GroupWait is how long a channel's first waiting alert waits for
	// others to join it in one post (alertmanager's group_wait).
	GroupWait  time.Duration
	MaxPerPost int // alerts in one post at most
	// PollInterval is how often the outbox is looked at when nothing is
	// known to be due (alerts queued by another process, `ingest --once`).
	PollInterval time.Duration
	// Retries: a failed send is tried again after MinBackoff, doubling up
	// to MaxBackoff, MaxAttempts times in all.
	MinBackoff, MaxBackoff time.Duration
	MaxAttempts            int
	SendTimeout            time.Duration
	// PostInterval spaces posts to one channel (Slack allows about one a
	// second). The wait happens before a post is claimed, not inside the
	// adapter after it, so a crash while waiting leaves no post in doubt.
	PostInterval time.Duration
	DigestLimit  int // statements read for one digest at most
	// Muted, when set, says whether a channel's alerts on a topic are
	// muted now (Router.Muted): a mute set while alerts wait for their
	// group keeps them out of the post.
	Muted func(channel string, topic news.TopicID, now time.Time) bool
	// OnOutcome, when set, is told each attempt's outcome (for metrics):
	// kind is "alert" or "digest", outcome "delivered", "retry", "failed"
	// or "unknown".
	OnOutcome func(kind, outcome string)
	Now       func() time.Time
	Logger    *slog.Logger
}

// Dispatcher turns waiting alerts into posts after the group wait, makes
// digests on schedule, and delivers posts. Run it once per database.
type Dispatcher struct {
	o    DispatcherOptions
	log  *slog.Logger
	poke chan struct{}

	mu      sync.Mutex
	digests map[string]DigestState // channel id → state, for digest channels

	lastSent map[string]time.Time // channel id → end of its last send (Run's goroutine only)
}

// NewDispatcher returns a Dispatcher; it panics without an Outbox or a
// Poster (a wiring mistake).
func NewDispatcher(o DispatcherOptions) *Dispatcher {
	if o.Outbox == nil || o.Poster == nil {
		panic("notify: NewDispatcher needs an Outbox and a Poster")
	}
	if o.GroupWait <= 0 {
		o.GroupWait = DefaultGroupWait
	}
	if o.MaxPerPost <= 0 {
		o.MaxPerPost = DefaultMaxPerPost
	}
	if o.PollInterval <= 0 {
		o.PollInterval = DefaultPollInterval
	}
	if o.MinBackoff <= 0 {
		o.MinBackoff = DefaultMinBackoff
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = DefaultMaxBackoff
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = DefaultMaxAttempts
	}
	if o.SendTimeout <= 0 {
		o.SendTimeout = DefaultSendTimeout
	}
	if o.PostInterval == 0 {
		o.PostInterval = DefaultPostInterval
	}
	if o.DigestLimit <= 0 {
		o.DigestLimit = DefaultDigestLimit
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return &Dispatcher{o: o, log: o.Logger, poke: make(chan struct{}, 1), digests: map[string]DigestState{}, lastSent: map[string]time.Time{}}
}

// Poke tells the dispatcher that alerts or posts were queued, so it looks
// now instead of at its next poll.
func (d *Dispatcher) Poke() {
	select {
	case d.poke <- struct{}{}:
	default:
	}
}

// Run delivers until ctx is done. At start it repeats, once, the posts a
// stopped process left in flight, and starts the digest state of new
// digest channels. Store errors are logged and retried; Run returns nil
// when ctx ends.
func (d *Dispatcher) Run(ctx context.Context) error {
	now := d.o.Now()
	n, err := d.o.Outbox.RecoverPosts(ctx, now)
	if ctx.Err() != nil {
		return nil
	}
	if err != nil {
		return fmt.Errorf("notify: %w", err)
	}
	if n > 0 {
		d.log.WarnContext(ctx, "posts interrupted by a stop will be repeated once", slog.Int("posts", n))
	}
	for _, ch := range d.o.Channels {
		if ch.Digest == nil || ch.Digest.Schedule == nil {
			continue
		}
		if d.o.Digests == nil {
			return errors.New("notify: digest channels need a DigestStore")
		}
		st, err := d.o.Digests.StartDigest(ctx, ch.ID, now)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			return fmt.Errorf("notify: %w", err)
		}
		d.mu.Lock()
		d.digests[ch.ID] = st
		d.mu.Unlock()
	}
	for {
		wake, err := d.step(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			d.log.ErrorContext(ctx, "notify step failed; retrying", slog.Any("error", err))
			wake = d.o.Now().Add(d.o.MinBackoff)
		}
		wait := max(wake.Sub(d.o.Now()), time.Millisecond)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-d.poke:
			t.Stop()
		case <-t.C:
		}
	}
}

// Flush groups the alerts whose wait is over and delivers the posts due
// now, then returns: the work in hand when a console session ends. What
// ctx leaves no time for stays queued for the next run. Call it after Run
// has returned, not alongside it.
func (d *Dispatcher) Flush(ctx context.Context) error {
	if _, err := d.o.Outbox.RecoverPosts(ctx, d.o.Now()); err != nil {
		return fmt.Errorf("notify: %w", err)
	}
	now := d.o.Now()
	if _, err := d.o.Outbox.GroupAlerts(ctx, now.Add(-d.o.GroupWait), d.o.MaxPerPost, now, d.buildAlertPost); err != nil {
		return fmt.Errorf("notify: %w", err)
	}
	for ctx.Err() == nil {
		cooling, err := d.deliverDue(ctx)
		if err != nil {
			return fmt.Errorf("notify: %w", err)
		}
		t, ok, err := d.o.Outbox.NextPostDue(ctx)
		if err != nil {
			return fmt.Errorf("notify: %w", err)
		}
		if !ok || t.After(d.o.Now()) || cooling.IsZero() {
			return nil
		}
		// Posts due on channels cooling down: wait for them.
		select {
		case <-ctx.Done():
		case <-time.After(cooling.Sub(d.o.Now())):
		}
	}
	d.log.InfoContext(ctx, "out of time; the posts left stay queued for the next run")
	return nil
}

// step does what is due now and returns when to look again.
func (d *Dispatcher) step(ctx context.Context) (time.Time, error) {
	now := d.o.Now()
	wake := now.Add(d.o.PollInterval)
	var errs []error

	for _, ch := range d.o.Channels {
		if ch.Digest == nil || ch.Digest.Schedule == nil {
			continue
		}
		d.mu.Lock()
		st := d.digests[ch.ID]
		d.mu.Unlock()
		period, due, next := DigestDue(ch.Digest.Schedule, st.Period, now)
		if due {
			if _, _, err := d.makeDigest(ctx, ch, period, now); err != nil {
				errs = append(errs, err)
				continue
			}
			_, _, next = DigestDue(ch.Digest.Schedule, period, now)
		}
		if !next.IsZero() && next.Before(wake) {
			wake = next
		}
	}

	if _, err := d.o.Outbox.GroupAlerts(ctx, now.Add(-d.o.GroupWait), d.o.MaxPerPost, now, d.buildAlertPost); err != nil {
		errs = append(errs, err)
	}
	cooling, err := d.deliverDue(ctx)
	if err != nil {
		errs = append(errs, err)
	}

	if t, ok, err := d.o.Outbox.OldestWaitingAlert(ctx); err != nil {
		errs = append(errs, err)
	} else if ok && t.Add(d.o.GroupWait).Before(wake) {
		wake = t.Add(d.o.GroupWait)
	}
	if t, ok, err := d.o.Outbox.NextPostDue(ctx); err != nil {
		errs = append(errs, err)
	} else if ok {
		if !t.After(d.o.Now()) && !cooling.IsZero() {
			// Due, but its channel is cooling down.
			t = cooling
		}
		if t.Before(wake) {
			wake = t
		}
	}
	return wake, errors.Join(errs...)
}

// buildAlertPost makes a group of alerts into one post, leaving out those
// muted since they were queued.
func (d *Dispatcher) buildAlertPost(g AlertGroup) (NewPost, error) {
	alerts := make([]Alert, 0, len(g.Payloads))
	h := sha256.New()
	now := d.o.Now()
	for _, p := range g.Payloads {
		var a Alert
		if err := json.Unmarshal(p, &a); err != nil {
			return NewPost{}, fmt.Errorf("decode alert: %w", err)
		}
		h.Write([]byte(a.Key()))
		h.Write([]byte{0})
		if d.o.Muted != nil && d.o.Muted(g.Channel, a.Record.Topic, now) {
			continue
		}
		alerts = append(alerts, a)
	}
	key := fmt.Sprintf("alerts:%s:%d:%s", g.Channel, g.Oldest.UnixNano(), hex.EncodeToString(h.Sum(nil)[:8]))
	p := NewPost{Channel: g.Channel, Platform: g.Platform, Target: g.Target, Key: key, Kind: "alert", Body: []byte("{}")}
	if len(alerts) == 0 {
		p.Muted = true
		return p, nil
	}
	body, err := json.Marshal(Post{Alerts: alerts})
	if err != nil {
		return NewPost{}, fmt.Errorf("encode post: %w", err)
	}
	p.Body = body
	return p, nil
}

// makeDigest makes ch's digest for period (once per channel and period)
// and returns how many statements it lists and whether it posts.
func (d *Dispatcher) makeDigest(ctx context.Context, ch Channel, period, now time.Time) (n int, posted bool, err error) {
	d.mu.Lock()
	since := d.digests[ch.ID].Period
	d.mu.Unlock()
	made, err := d.o.Digests.MakeDigest(ctx, ch.ID, period, d.o.DigestLimit, now, func(recs []news.Record) (NewPost, bool, error) {
		digest, post := NewDigest(*ch.Digest, recs, since, period)
		n = len(digest.Records)
		if !post {
			return NewPost{}, false, nil
		}
		posted = true
		body, err := json.Marshal(Post{Digest: &digest})
		if err != nil {
			return NewPost{}, false, fmt.Errorf("encode digest: %w", err)
		}
		return NewPost{Channel: ch.ID, Platform: ch.Platform, Target: ch.Target,
			Key: "digest:" + ch.ID + ":" + period.UTC().Format(time.RFC3339Nano), Kind: "digest", Body: body}, true, nil
	})
	if err != nil {
		return 0, false, fmt.Errorf("digest of %s: %w", ch.ID, err)
	}
	// Made or not (another process made it), this period is done.
	d.mu.Lock()
	if st := d.digests[ch.ID]; period.After(st.Period) {
		st.Period = period
		d.digests[ch.ID] = st
	}
	d.mu.Unlock()
	if made {
		d.log.InfoContext(ctx, "digest made", slog.String("channel", ch.ID), slog.Int("statements", n), slog.Bool("posted", posted))
	}
	return n, posted && made, nil
}

// DigestNow makes channel's digest now, out of schedule (/digest now): it
// lists what was stored since its last digest, and the next scheduled
// digest starts from here. It returns how many statements it lists and
// whether a post was queued. The channel must have a digest.
func (d *Dispatcher) DigestNow(ctx context.Context, channel string) (n int, posted bool, err error) {
	var ch *Channel
	for i := range d.o.Channels {
		if d.o.Channels[i].ID == channel && d.o.Channels[i].Digest != nil {
			ch = &d.o.Channels[i]
		}
	}
	if ch == nil || d.o.Digests == nil {
		return 0, false, fmt.Errorf("digest of %s: the channel has no digest configured", channel)
	}
	now := d.o.Now()
	d.mu.Lock()
	_, started := d.digests[channel]
	d.mu.Unlock()
	if !started {
		st, err := d.o.Digests.StartDigest(ctx, channel, now)
		if err != nil {
			return 0, false, err
		}
		d.mu.Lock()
		d.digests[channel] = st
		d.mu.Unlock()
	}
	n, posted, err = d.makeDigest(ctx, *ch, now, now)
	if posted {
		d.Poke()
	}
	return n, posted, err
}

// deliverDue sends every post due now, one at a time, keeping
// PostInterval between two posts to one channel. cooling is when the
// first channel left out for that reason may post again (zero: none).
func (d *Dispatcher) deliverDue(ctx context.Context) (cooling time.Time, err error) {
	for ctx.Err() == nil {
		now := d.o.Now()
		var skip []string
		cooling = time.Time{}
		for ch, t := range d.lastSent {
			if free := t.Add(d.o.PostInterval); free.After(now) {
				skip = append(skip, ch)
				if cooling.IsZero() || free.Before(cooling) {
					cooling = free
				}
			}
		}
		p, ok, err := d.o.Outbox.ClaimPost(ctx, now, skip)
		if err != nil || !ok {
			return cooling, err
		}
		err = d.deliver(ctx, p)
		d.lastSent[p.Channel] = d.o.Now()
		if err != nil {
			return cooling, err
		}
	}
	return cooling, nil
}

// deliver sends one claimed post and records the outcome.
func (d *Dispatcher) deliver(ctx context.Context, p QueuedPost) error {
	log := d.log.With(slog.Int64("post", p.ID), slog.String("channel", p.Channel), slog.String("kind", p.Kind), slog.Int("attempt", p.Attempts))
	// Why WithoutCancel: the outcome must be recorded even when shutdown
	// cancels the send, or the post would be repeated needlessly.
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	var post Post
	err := json.Unmarshal(p.Body, &post)
	if err == nil && post.Empty() {
		err = errors.New("nothing to post")
	}
	if err != nil {
		log.ErrorContext(ctx, "post does not decode; giving up", slog.Any("error", err))
		d.outcome(p.Kind, "failed")
		return d.o.Outbox.PostFailed(rctx, p.ID, p.Attempts, d.o.Now(), "body does not decode: "+err.Error(), time.Time{})
	}
	sctx, scancel := context.WithTimeout(ctx, d.o.SendTimeout)
	err = d.o.Poster.Post(sctx, Channel{ID: p.Channel, Platform: p.Platform, Target: p.Target}, post)
	scancel()
	now := d.o.Now()
	switch {
	case err == nil:
		log.InfoContext(ctx, "post delivered")
		d.outcome(p.Kind, "delivered")
		return d.o.Outbox.PostDelivered(rctx, p.ID, p.Attempts, now)
	case errors.Is(err, ErrUndeliverable):
		log.ErrorContext(ctx, "post cannot be delivered; giving up", slog.String("platform", p.Platform), slog.Any("error", err))
		d.outcome(p.Kind, "failed")
		return d.o.Outbox.PostFailed(rctx, p.ID, p.Attempts, now, err.Error(), time.Time{})
	case ctx.Err() != nil || UnknownOutcome(err):
		next := now.Add(d.backoff(p.Attempts))
		if p.Repeated {
			log.ErrorContext(ctx, "post outcome unknown again; not repeating it", slog.Any("error", err))
		} else {
			log.WarnContext(ctx, "post outcome unknown; repeating it once", slog.Any("error", err), slog.Time("next", next))
		}
		d.outcome(p.Kind, "unknown")
		return d.o.Outbox.PostUnknown(rctx, p.ID, p.Attempts, now, err.Error(), next)
	case p.Attempts >= d.o.MaxAttempts:
		log.ErrorContext(ctx, "post failed; giving up", slog.Any("error", err))
		d.outcome(p.Kind, "failed")
		return d.o.Outbox.PostFailed(rctx, p.ID, p.Attempts, now, err.Error(), time.Time{})
	default:
		next := now.Add(d.backoff(p.Attempts))
		log.WarnContext(ctx, "post failed; retrying", slog.Any("error", err), slog.Time("next", next))
		d.outcome(p.Kind, "retry")
		return d.o.Outbox.PostFailed(rctx, p.ID, p.Attempts, now, err.Error(), next)
	}
}

func (d *Dispatcher) outcome(kind, outcome string) {
	if d.o.OnOutcome != nil {
		d.o.OnOutcome(kind, outcome)
	}
}

// backoff is the wait after attempt n failed: MinBackoff doubling, at most
// MaxBackoff.
func (d *Dispatcher) backoff(n int) time.Duration {
	b := d.o.MinBackoff
	for i := 1; i < n && b < d.o.MaxBackoff; i++ {
		b *= 2
	}
	return min(b, d.o.MaxBackoff)
}
