package slack

import (
	"sync"
	"time"
)

// seenSet remembers ids for a while, bounded in size: the Events API
// event ids already handled, so a retry (X-Slack-Retry-Num) or a repeat
// is processed once. The oldest ids go first when it is full or they
// expire.
type seenSet struct {
	mu    sync.Mutex
	max   int
	ttl   time.Duration
	at    map[string]time.Time
	order []string // ids oldest first
}

func newSeenSet(max int, ttl time.Duration) *seenSet {
	return &seenSet{max: max, ttl: ttl, at: make(map[string]time.Time)}
}

// add records id at now and reports whether it was new.
func (s *seenSet) add(id string, now time.Time) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	// Expired ids go first, so a repeat after its ttl counts as new.
	for len(s.order) > 0 && now.Sub(s.at[s.order[0]]) > s.ttl {
		delete(s.at, s.order[0])
		s.order = s.order[1:]
	}
	if _, ok := s.at[id]; ok {
		return false
	}
	for len(s.order) >= s.max {
		delete(s.at, s.order[0])
		s.order = s.order[1:]
	}
	s.at[id] = now
	s.order = append(s.order, id)
	return true
}
