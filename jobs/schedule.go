package jobs

import (
	"fmt"
	"strings"
	"time"

	"github.com/robfig/cron/v3"

	// CRON_TZ needs zone data; distroless images have no /usr/share/zoneinfo.
	_ "time/tzdata"
)

// parser accepts five fields (minute hour day-of-month month day-of-week),
// descriptors (@yearly ... @hourly, @every <duration>) and a CRON_TZ= or
// TZ= prefix. Seconds are not accepted: config files use the common form.
var parser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// ParseSchedule parses a cron spec such as "@every 15m" or
// "CRON_TZ=Europe/Kyiv 0 8 * * 1-5". Its error names the spec and the
// reason; specs robfig/cron would accept surprisingly (an @every under a
// second, which it silently rounds up) or crash on (CRON_TZ with nothing
// after it) are refused.
func ParseSchedule(spec string) (sched cron.Schedule, err error) {
	fail := func(why string) error { return fmt.Errorf("invalid cron spec %q: %s", spec, why) }
	s := strings.TrimSpace(spec)
	if s == "" {
		return nil, fail("empty")
	}
	rest := s
	if strings.HasPrefix(rest, "TZ=") || strings.HasPrefix(rest, "CRON_TZ=") {
		_, after, ok := strings.Cut(rest, " ")
		if !ok || strings.TrimSpace(after) == "" {
			return nil, fail("a time zone but no schedule")
		}
		rest = strings.TrimSpace(after)
	}
	if d, ok := strings.CutPrefix(rest, "@every "); ok {
		if dur, perr := time.ParseDuration(strings.TrimSpace(d)); perr == nil && dur < time.Second {
			return nil, fail("@every needs at least 1s")
		}
	}
	defer func() {
		// robfig/cron's parser indexes into the spec; never let a config
		// typo crash the process.
		if r := recover(); r != nil {
			sched, err = nil, fail(fmt.Sprint(r))
		}
	}()
	sched, err = parser.Parse(s)
	if err != nil {
		return nil, fail(err.Error())
	}
	return sched, nil
}
