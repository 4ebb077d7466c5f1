package sources

import (
	"fmt"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// NextScheduled is the first time after now that a cron spec (robfig/cron
// standard syntax: five fields, descriptors such as @hourly and @every 5m,
// an optional CRON_TZ= prefix) fires. An empty spec is DefaultSchedule.
func NextScheduled(spec string, now time.Time) (time.Time, error) {
	spec = strings.TrimSpace(spec)
	if spec == "" {
		spec = DefaultSchedule
	}
	sched, err := cron.ParseStandard(spec)
	if err != nil {
		return time.Time{}, fmt.Errorf("parse schedule %q: %w", spec, err)
	}
	next := sched.Next(now)
	if next.IsZero() { // a spec that never fires, such as 30 February
		return time.Time{}, fmt.Errorf("schedule %q never fires", spec)
	}
	return next, nil
}

// Backoff is the wait after the n-th consecutive error: 1m, 2m, 4m, ...
// doubling, capped at maxWait.
func Backoff(n int, maxWait time.Duration) time.Duration {
	if n < 1 {
		n = 1
	}
	d := firstBackoff
	for i := 1; i < n; i++ {
		d *= 2
		if d >= maxWait {
			return maxWait
		}
	}
	return min(d, maxWait)
}
