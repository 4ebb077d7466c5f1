package slack

import (
	"context"
	"sync"
	"time"
)

// adminTTL is how long a workspace-admin answer from users.info is reused.
const adminTTL = 10 * time.Minute

// adminCache remembers which users Slack says are workspace admins or
// owners, so that admin commands cost one users.info call per user per
// adminTTL.
type adminCache struct {
	mu     sync.Mutex
	byUser map[string]adminEntry
	warned bool // users.info failed once (e.g. no users:read scope): said once
}

type adminEntry struct {
	admin   bool
	expires time.Time
}

// isAdmin reports whether user may run admin commands: listed in
// slack.admins, or a workspace admin or owner according to users.info
// (which needs the users:read scope; without it only the list counts).
func (a *Adapter) isAdmin(ctx context.Context, user string) bool {
	if a.admins[user] {
		return true
	}
	if user == "" {
		return false
	}
	now := a.now()
	c := &a.adminCache
	c.mu.Lock()
	e, ok := c.byUser[user]
	c.mu.Unlock()
	if ok && now.Before(e.expires) {
		return e.admin
	}
	u, err := a.api.GetUserInfoContext(ctx, user)
	if err != nil {
		c.mu.Lock()
		first := !c.warned
		c.warned = true
		c.mu.Unlock()
		if first {
			a.log.WarnContext(ctx, "slack users.info failed: only slack.admins may run admin commands (add the users:read scope to let workspace admins)", "error", err)
		}
		return false
	}
	admin := u.IsAdmin || u.IsOwner || u.IsPrimaryOwner
	c.mu.Lock()
	if c.byUser == nil {
		c.byUser = map[string]adminEntry{}
	}
	c.byUser[user] = adminEntry{admin: admin, expires: now.Add(adminTTL)}
	c.mu.Unlock()
	return admin
}
