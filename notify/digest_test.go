package notify

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/stancebot/stancebot/news"
)

func mustSchedule(t *testing.T, spec string) cron.Schedule {
	t.Helper()
	s, err := cron.ParseStandard(spec)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

func TestDigestDue(t *testing.T) {
	const kyivWeekdays = "CRON_TZ=Europe/Kyiv 0 8 * * 1-5"
	tests := []struct {
		name       string
		spec       string
		last, now  string
		wantPeriod string // "" when not due
		wantNext   string
	}{
		{"a minute early: not due", kyivWeekdays, "2026-01-08T06:00:00Z", "2026-01-09T05:59:00Z", "", "2026-01-09T06:00:00Z"},
		{"08:00 Kyiv (UTC+2 in winter) is 06:00 UTC", kyivWeekdays, "2026-01-08T06:00:00Z", "2026-01-09T06:00:00Z", "2026-01-09T06:00:00Z", "2026-01-12T06:00:00Z"},
		{"no digest at the weekend", kyivWeekdays, "2026-01-09T06:00:00Z", "2026-01-11T12:00:00Z", "", "2026-01-12T06:00:00Z"},
		{"down for days: the missed periods collapse into the latest", kyivWeekdays, "2026-01-09T06:00:00Z", "2026-01-13T09:00:00Z", "2026-01-13T06:00:00Z", "2026-01-14T06:00:00Z"},
		{"Kyiv in summer (UTC+3): 08:00 is 05:00 UTC", kyivWeekdays, "2026-06-04T05:00:00Z", "2026-06-05T05:00:00Z", "2026-06-05T05:00:00Z", "2026-06-08T05:00:00Z"},
		{"spring forward in Kyiv: 23 hours after the last", "CRON_TZ=Europe/Kyiv 0 8 * * *", "2026-03-28T06:00:00Z", "2026-03-29T05:00:00Z", "2026-03-29T05:00:00Z", "2026-03-30T05:00:00Z"},
		{"fall back in Kyiv: 25 hours after the last", "CRON_TZ=Europe/Kyiv 0 8 * * *", "2026-10-24T05:00:00Z", "2026-10-25T05:30:00Z", "", "2026-10-25T06:00:00Z"},
		{"India has no DST and a half-hour offset", "CRON_TZ=Asia/Kolkata 0 9 * * *", "2026-03-28T03:30:00Z", "2026-03-29T03:30:00Z", "2026-03-29T03:30:00Z", "2026-03-30T03:30:00Z"},
		{"Sydney falls back in April", "CRON_TZ=Australia/Sydney 0 8 * * *", "2026-04-03T21:00:00Z", "2026-04-04T22:00:00Z", "2026-04-04T22:00:00Z", "2026-04-05T22:00:00Z"},
		// robfig/cron skips a local time that does not exist: on the day
		// New York springs forward there is no 02:30, so no digest; the
		// next one lists everything since the last (nothing is lost).
		{"a skipped local time posts the next day", "CRON_TZ=America/New_York 30 2 * * *", "2026-03-07T07:30:00Z", "2026-03-08T12:00:00Z", "", "2026-03-09T06:30:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			period, ok, next := DigestDue(mustSchedule(t, tt.spec), utc(tt.last), utc(tt.now))
			if ok != (tt.wantPeriod != "") {
				t.Fatalf("due = %v (period %v), want due %v", ok, period, tt.wantPeriod != "")
			}
			if ok && !period.Equal(utc(tt.wantPeriod)) {
				t.Errorf("period = %v, want %s", period.UTC(), tt.wantPeriod)
			}
			if !next.Equal(utc(tt.wantNext)) {
				t.Errorf("next = %v, want %s", next.UTC(), tt.wantNext)
			}
		})
	}
}

// TestDigestOncePerLocalDayAcrossDST walks a dispatcher's clock in
// five-minute steps through both of a year's DST changes and checks that a daily
// 08:00 digest comes exactly once per local day, at 08:00 local time.
func TestDigestOncePerLocalDayAcrossDST(t *testing.T) {
	for _, zone := range []string{"Europe/Kyiv", "America/New_York", "Australia/Sydney"} {
		t.Run(zone, func(t *testing.T) {
			loc, err := time.LoadLocation(zone)
			if err != nil {
				t.Skipf("no zone data: %v", err)
			}
			sched := mustSchedule(t, "CRON_TZ="+zone+" 0 8 * * *")
			for _, month := range []time.Month{time.March, time.April, time.October, time.November} {
				start := time.Date(2026, month, 1, 0, 0, 0, 0, loc)
				end := start.AddDate(0, 1, 0)
				last := start
				days := map[string]int{}
				for now := start; now.Before(end); now = now.Add(5 * time.Minute) {
					period, ok, _ := DigestDue(sched, last, now)
					if !ok {
						continue
					}
					local := period.In(loc)
					if local.Hour() != 8 || local.Minute() != 0 {
						t.Errorf("digest at %v local, want 08:00", local)
					}
					if !period.Equal(now) {
						t.Errorf("digest for %v made at %v: late", period, now)
					}
					days[local.Format(time.DateOnly)]++
					last = period
				}
				want := end.AddDate(0, 0, -1).Day()
				if len(days) != want {
					t.Errorf("%s: digests on %d days, want %d", month, len(days), want)
				}
				for d, n := range days {
					if n != 1 {
						t.Errorf("%s: %d digests", d, n)
					}
				}
			}
		})
	}
}

func TestNewDigest(t *testing.T) {
	kyiv, err := time.LoadLocation("Europe/Kyiv")
	if err != nil {
		t.Skipf("no zone data: %v", err)
	}
	period := time.Date(2026, 1, 9, 6, 0, 0, 0, time.UTC) // 08:00 in Kyiv
	since := period.AddDate(0, 0, -1)
	purl := rec(1, "russia", "purl", news.StanceOppose, "Russia rejected PURL.")
	force := rec(2, "russia", "multinational_force", news.StanceOppose, "Moscow objected to a multinational force.")
	us := rec(3, "us", "purl", news.StanceSupport, "Washington backed PURL.")

	tests := []struct {
		name     string
		spec     DigestSpec
		recs     []news.Record
		wantPost bool
		want     []int64 // the records listed, by id
	}{
		{"every statement, as given", DigestSpec{}, []news.Record{purl, force, us}, true, []int64{1, 2, 3}},
		{"filtered by actor", DigestSpec{Actors: []news.ActorID{"us"}}, []news.Record{purl, us}, true, []int64{3}},
		{"filtered by topic", DigestSpec{Topics: []news.TopicID{"multinational_force"}}, []news.Record{purl, force, us}, true, []int64{2}},
		{"an empty period posts nothing", DigestSpec{}, nil, false, nil},
		{"nothing matching posts nothing", DigestSpec{Topics: []news.TopicID{"multinational_force"}}, []news.Record{us}, false, nil},
		{"a quiet channel posts that nothing is new", DigestSpec{Quiet: true}, nil, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.spec.Location = kyiv
			d, post := NewDigest(tt.spec, tt.recs, since, period)
			if post != tt.wantPost {
				t.Fatalf("post = %v, want %v", post, tt.wantPost)
			}
			var got []int64
			for _, r := range d.Records {
				got = append(got, r.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("records %v, want %v", got, tt.want)
			}
			if p := d.Period.Format("Mon 2 Jan 2006 15:04 MST"); p != "Fri 9 Jan 2026 08:00 EET" {
				t.Errorf("period %s, want it in the channel's zone", p)
			}
			if s := d.Since.Format("Mon 2 Jan 15:04 MST"); s != "Thu 8 Jan 08:00 EET" {
				t.Errorf("since %s, want it in the channel's zone", s)
			}
		})
	}
}

func TestDigestKeepsItsZoneThroughJSON(t *testing.T) {
	kyiv, err := time.LoadLocation("Europe/Kyiv")
	if err != nil {
		t.Skipf("no zone data: %v", err)
	}
	tests := []struct {
		name   string
		period time.Time
		want   string
	}{
		{"a named zone", time.Date(2026, 1, 9, 8, 0, 0, 0, kyiv), "Fri 9 Jan 2026 08:00 EET"},
		{"summer time in that zone", time.Date(2026, 6, 5, 8, 0, 0, 0, kyiv), "Fri 5 Jun 2026 08:00 EEST"},
		{"UTC", time.Date(2026, 1, 9, 8, 0, 0, 0, time.UTC), "Fri 9 Jan 2026 08:00 UTC"},
		{"an unnamed offset keeps its offset", time.Date(2026, 1, 9, 8, 0, 0, 0, time.FixedZone("", 19800)), "Fri 9 Jan 2026 08:00 +0530"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := Post{Digest: &Digest{Since: tt.period.AddDate(0, 0, -1), Period: tt.period,
				Records: []news.Record{rec(1, "russia", "purl", news.StanceOppose, "Russia rejected PURL.")}}}
			b, err := json.Marshal(in)
			if err != nil {
				t.Fatal(err)
			}
			var out Post
			if err := json.Unmarshal(b, &out); err != nil {
				t.Fatal(err)
			}
			if out.Digest == nil || len(out.Digest.Records) != 1 || out.Digest.Records[0].Evidence != "Russia rejected PURL." {
				t.Fatalf("decoded %+v", out)
			}
			if got := out.Digest.Period.Format("Mon 2 Jan 2006 15:04 MST"); got != tt.want || !out.Digest.Period.Equal(tt.period) {
				t.Errorf("period %s, want %s", got, tt.want)
			}
			const layout = "2006-01-02 15:04 MST"
			if got, want := out.Digest.Since.Format(layout), in.Digest.Since.Format(layout); got != want {
				t.Errorf("since %s, want %s", got, want)
			}
		})
	}
}
