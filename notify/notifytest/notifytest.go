package notifytest

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/notify"
)

// RuleStore is a notify.RuleStore in memory. It is safe for concurrent
// use; the zero value is ready.
type RuleStore struct {
	mu    sync.Mutex
	next  int64
	rules []notify.StoredRule
	mutes []notify.Mute
}

var _ notify.RuleStore = (*RuleStore)(nil)

// AddWatchRule keeps r under the next id.
func (s *RuleStore) AddWatchRule(_ context.Context, r notify.StoredRule) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.next++
	r.ID = s.next
	s.rules = append(s.rules, r)
	return r.ID, nil
}

// RemoveWatchRule drops channel's rule id, or returns news.ErrNotFound.
func (s *RuleStore) RemoveWatchRule(_ context.Context, channel string, id int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := slices.IndexFunc(s.rules, func(r notify.StoredRule) bool { return r.ID == id && r.Channel == channel })
	if i < 0 {
		return news.ErrNotFound
	}
	s.rules = slices.Delete(s.rules, i, i+1)
	return nil
}

// WatchRules lists the rules kept, oldest first.
func (s *RuleStore) WatchRules(context.Context) ([]notify.StoredRule, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.rules), nil
}

// SetMute keeps m in place of the channel's mute on its topic; a zero
// Until lifts it.
func (s *RuleStore) SetMute(_ context.Context, m notify.Mute) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mutes = slices.DeleteFunc(s.mutes, func(o notify.Mute) bool { return o.Channel == m.Channel && o.Topic == m.Topic })
	if !m.Until.IsZero() {
		s.mutes = append(s.mutes, m)
	}
	return nil
}

// Mutes lists the mutes in force at now.
func (s *RuleStore) Mutes(_ context.Context, now time.Time) ([]notify.Mute, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []notify.Mute
	for _, m := range s.mutes {
		if m.Until.After(now) {
			out = append(out, m)
		}
	}
	return out, nil
}

// Outbox is a notify.Outbox whose methods are function fields. A nil
// field answers with zero values and no error: nothing waits, nothing is
// due, an outcome is recorded.
type Outbox struct {
	OldestWaitingAlertFunc func(ctx context.Context) (time.Time, bool, error)
	GroupAlertsFunc        func(ctx context.Context, due time.Time, max int, now time.Time, build func(notify.AlertGroup) (notify.NewPost, error)) (int, error)
	NextPostDueFunc        func(ctx context.Context) (time.Time, bool, error)
	ClaimPostFunc          func(ctx context.Context, now time.Time, skip []string) (notify.QueuedPost, bool, error)
	PostDeliveredFunc      func(ctx context.Context, id int64, attempt int, now time.Time) error
	PostFailedFunc         func(ctx context.Context, id int64, attempt int, now time.Time, reason string, next time.Time) error
	PostUnknownFunc        func(ctx context.Context, id int64, attempt int, now time.Time, reason string, next time.Time) error
	RecoverPostsFunc       func(ctx context.Context, now time.Time) (int, error)
}

var _ notify.Outbox = (*Outbox)(nil)

// OldestWaitingAlert calls OldestWaitingAlertFunc.
func (o *Outbox) OldestWaitingAlert(ctx context.Context) (time.Time, bool, error) {
	if o.OldestWaitingAlertFunc == nil {
		return time.Time{}, false, nil
	}
	return o.OldestWaitingAlertFunc(ctx)
}

// GroupAlerts calls GroupAlertsFunc.
func (o *Outbox) GroupAlerts(ctx context.Context, due time.Time, max int, now time.Time, build func(notify.AlertGroup) (notify.NewPost, error)) (int, error) {
	if o.GroupAlertsFunc == nil {
		return 0, nil
	}
	return o.GroupAlertsFunc(ctx, due, max, now, build)
}

// NextPostDue calls NextPostDueFunc.
func (o *Outbox) NextPostDue(ctx context.Context) (time.Time, bool, error) {
	if o.NextPostDueFunc == nil {
		return time.Time{}, false, nil
	}
	return o.NextPostDueFunc(ctx)
}

// ClaimPost calls ClaimPostFunc.
func (o *Outbox) ClaimPost(ctx context.Context, now time.Time, skip []string) (notify.QueuedPost, bool, error) {
	if o.ClaimPostFunc == nil {
		return notify.QueuedPost{}, false, nil
	}
	return o.ClaimPostFunc(ctx, now, skip)
}

// PostDelivered calls PostDeliveredFunc.
func (o *Outbox) PostDelivered(ctx context.Context, id int64, attempt int, now time.Time) error {
	if o.PostDeliveredFunc == nil {
		return nil
	}
	return o.PostDeliveredFunc(ctx, id, attempt, now)
}

// PostFailed calls PostFailedFunc.
func (o *Outbox) PostFailed(ctx context.Context, id int64, attempt int, now time.Time, reason string, next time.Time) error {
	if o.PostFailedFunc == nil {
		return nil
	}
	return o.PostFailedFunc(ctx, id, attempt, now, reason, next)
}

// PostUnknown calls PostUnknownFunc.
func (o *Outbox) PostUnknown(ctx context.Context, id int64, attempt int, now time.Time, reason string, next time.Time) error {
	if o.PostUnknownFunc == nil {
		return nil
	}
	return o.PostUnknownFunc(ctx, id, attempt, now, reason, next)
}

// RecoverPosts calls RecoverPostsFunc.
func (o *Outbox) RecoverPosts(ctx context.Context, now time.Time) (int, error) {
	if o.RecoverPostsFunc == nil {
		return 0, nil
	}
	return o.RecoverPostsFunc(ctx, now)
}

// DigestStore is a notify.DigestStore whose methods are function fields.
// A nil StartDigestFunc starts at now; a nil MakeDigestFunc builds the
// digest of no statements.
type DigestStore struct {
	StartDigestFunc func(ctx context.Context, channel string, now time.Time) (notify.DigestState, error)
	MakeDigestFunc  func(ctx context.Context, channel string, period time.Time, limit int, now time.Time,
		build func(recs []news.Record) (notify.NewPost, bool, error)) (bool, error)
}

var _ notify.DigestStore = (*DigestStore)(nil)

// StartDigest calls StartDigestFunc.
func (d *DigestStore) StartDigest(ctx context.Context, channel string, now time.Time) (notify.DigestState, error) {
	if d.StartDigestFunc == nil {
		return notify.DigestState{Period: now}, nil
	}
	return d.StartDigestFunc(ctx, channel, now)
}

// MakeDigest calls MakeDigestFunc.
func (d *DigestStore) MakeDigest(ctx context.Context, channel string, period time.Time, limit int, now time.Time,
	build func(recs []news.Record) (notify.NewPost, bool, error)) (bool, error) {
	if d.MakeDigestFunc == nil {
		_, post, err := build(nil)
		return post, err
	}
	return d.MakeDigestFunc(ctx, channel, period, limit, now, build)
}
