package notify

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// RuleStore keeps the alert rules added from chat and the mutes.
type RuleStore interface {
	AddWatchRule(ctx context.Context, r StoredRule) (int64, error)
	// RemoveWatchRule returns news.ErrNotFound when channel has no rule id.
	RemoveWatchRule(ctx context.Context, channel string, id int64) error
	WatchRules(ctx context.Context) ([]StoredRule, error)
	// SetMute stores a mute; a zero Until lifts it.
	SetMute(ctx context.Context, m Mute) error
	Mutes(ctx context.Context, now time.Time) ([]Mute, error)
}

// Settings are the alert rules added from chat and the mutes, kept in a
// RuleStore and in force in a Router: each change is stored first, then
// routes. The admin chat commands (bot.Admin) make the changes. It is safe
// for concurrent use.
type Settings struct {
	router *Router
	store  RuleStore
	now    func() time.Time
}

// NewSettings returns the Settings of router kept in store; now dates the
// rules added (nil: time.Now). It panics without a Router or a RuleStore
// (a wiring mistake).
func NewSettings(router *Router, store RuleStore, now func() time.Time) *Settings {
	if router == nil || store == nil {
		panic("notify: NewSettings needs a Router and a RuleStore")
	}
	if now == nil {
		now = time.Now
	}
	return &Settings{router: router, store: store, now: now}
}

// Load puts the stored rules and the mutes in force into the Router: at
// start, so that what was set from chat outlives a restart.
func (s *Settings) Load(ctx context.Context) error {
	if err := s.reload(ctx); err != nil {
		return fmt.Errorf("load watch rules: %w", err)
	}
	mutes, err := s.store.Mutes(ctx, s.now())
	if err != nil {
		return fmt.Errorf("load mutes: %w", err)
	}
	s.router.SetMutes(mutes)
	return nil
}

func (s *Settings) reload(ctx context.Context) error {
	rules, err := s.store.WatchRules(ctx)
	if err != nil {
		return err
	}
	return s.router.SetChatRules(rules)
}

// Channels lists the configured channels.
func (s *Settings) Channels() []Channel { return s.router.Channels() }

// ChatRules lists the rules added from chat for channel.
func (s *Settings) ChatRules(channel string) []StoredRule { return s.router.ChatRules(channel) }

// Mutes lists channel's mutes in force at now.
func (s *Settings) Mutes(channel string, now time.Time) []Mute { return s.router.Mutes(channel, now) }

// AddRule stores r for the channel at (its ID, Platform and Target), as
// added by user by, and routes by it from now on.
func (s *Settings) AddRule(ctx context.Context, at Channel, r Rule, by string) (StoredRule, error) {
	body, err := json.Marshal(r)
	if err != nil {
		return StoredRule{}, fmt.Errorf("encode watch rule: %w", err)
	}
	sr := StoredRule{Channel: at.ID, Platform: at.Platform, Target: at.Target, Rule: body, CreatedBy: by, Created: s.now()}
	if sr.ID, err = s.store.AddWatchRule(ctx, sr); err != nil {
		return StoredRule{}, fmt.Errorf("add watch rule: %w", err)
	}
	if err := s.reload(ctx); err != nil {
		return StoredRule{}, fmt.Errorf("reload watch rules: %w", err)
	}
	return sr, nil
}

// RemoveRule removes channel's rule id, added from chat; it returns
// news.ErrNotFound (wrapped) when channel has no such rule.
func (s *Settings) RemoveRule(ctx context.Context, channel string, id int64) error {
	if err := s.store.RemoveWatchRule(ctx, channel, id); err != nil {
		return fmt.Errorf("remove watch rule: %w", err)
	}
	if err := s.reload(ctx); err != nil {
		return fmt.Errorf("reload watch rules: %w", err)
	}
	return nil
}

// SetMute stores m and applies it; a zero Until lifts the mute.
func (s *Settings) SetMute(ctx context.Context, m Mute) error {
	if err := s.store.SetMute(ctx, m); err != nil {
		return fmt.Errorf("set mute: %w", err)
	}
	s.router.Mute(m)
	return nil
}
