package jobs

import (
	"strings"
	"testing"
	"time"
)

func TestParseScheduleNext(t *testing.T) {
	utc := func(s string) time.Time {
		t.Helper()
		tm, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return tm.UTC()
	}
	tests := []struct {
		name string
		spec string
		from string   // RFC 3339
		want []string // the next runs, in UTC
	}{
		{
			// Kyiv moves from EET (UTC+2) to EEST (UTC+3) at 03:00 on Sunday
			// 2026-03-29: 08:00 local is 06:00Z before and 05:00Z after.
			name: "weekday mornings in Kyiv across the spring change",
			spec: "CRON_TZ=Europe/Kyiv 0 8 * * 1-5",
			from: "2026-03-26T12:00:00Z",
			want: []string{"2026-03-27T06:00:00Z", "2026-03-30T05:00:00Z", "2026-03-31T05:00:00Z"},
		},
		{
			name: "every day in Kyiv across the spring change",
			spec: "CRON_TZ=Europe/Kyiv 0 8 * * *",
			from: "2026-03-28T00:00:00Z",
			want: []string{"2026-03-28T06:00:00Z", "2026-03-29T05:00:00Z", "2026-03-30T05:00:00Z"},
		},
		{
			// 03:30 does not exist in Kyiv on 2026-03-29; robfig/cron skips
			// that day rather than running twice or at a wrong hour.
			name: "a time the spring change skips",
			spec: "CRON_TZ=Europe/Kyiv 30 3 * * *",
			from: "2026-03-28T00:00:00Z",
			want: []string{"2026-03-28T01:30:00Z", "2026-03-30T00:30:00Z"},
		},
		{
			// Kyiv moves back at 04:00 EEST on 2026-10-25.
			name: "every day in Kyiv across the autumn change",
			spec: "CRON_TZ=Europe/Kyiv 0 8 * * *",
			from: "2026-10-24T00:00:00Z",
			want: []string{"2026-10-24T05:00:00Z", "2026-10-25T06:00:00Z"},
		},
		{
			name: "same spec in New York",
			spec: "CRON_TZ=America/New_York 0 8 * * *",
			from: "2026-03-28T00:00:00Z",
			want: []string{"2026-03-28T12:00:00Z", "2026-03-29T12:00:00Z"},
		},
		{
			name: "same spec in Tokyo, TZ= form",
			spec: "TZ=Asia/Tokyo 0 8 * * *",
			from: "2026-03-28T00:00:00Z",
			want: []string{"2026-03-28T23:00:00Z", "2026-03-29T23:00:00Z"},
		},
		{
			name: "descriptor",
			spec: "@every 15m",
			from: "2026-03-28T00:00:00Z",
			want: []string{"2026-03-28T00:15:00Z", "2026-03-28T00:30:00Z"},
		},
		{
			name: "named days",
			spec: "CRON_TZ=UTC 0 9 * * mon",
			from: "2026-03-28T00:00:00Z",
			want: []string{"2026-03-30T09:00:00Z", "2026-04-06T09:00:00Z"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sched, err := ParseSchedule(tt.spec)
			if err != nil {
				t.Fatal(err)
			}
			at := utc(tt.from)
			for i, w := range tt.want {
				at = sched.Next(at)
				if !at.Equal(utc(w)) {
					t.Fatalf("run %d: got %s, want %s", i+1, at.UTC().Format(time.RFC3339), w)
				}
			}
		})
	}
}

func TestParseScheduleRejects(t *testing.T) {
	tests := []struct {
		name, spec, why string
	}{
		{"too few fields", "*/5 * *", "expected exactly 5 fields"},
		{"seconds field", "0 0 8 * * *", "expected exactly 5 fields"},
		{"empty", " ", "empty"},
		{"zone without schedule", "CRON_TZ=Europe/Kyiv", "a time zone but no schedule"},
		{"unknown zone", "CRON_TZ=Europe/Kyv 0 8 * * *", "Europe/Kyv"},
		{"minute out of range", "61 * * * *", "above maximum"},
		{"unknown descriptor", "@fortnightly", "unrecognized descriptor"},
		{"every below a second", "@every 100ms", "at least 1s"},
		{"every negative", "@every -5m", "at least 1s"},
		{"every not a duration", "@every often", "often"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseSchedule(tt.spec)
			if err == nil {
				t.Fatal("accepted")
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "invalid cron spec \""+tt.spec+"\": ") || !strings.Contains(msg, tt.why) {
				t.Errorf("error %q: want it to quote the spec and say %q", msg, tt.why)
			}
		})
	}
}

func FuzzParseSchedule(f *testing.F) {
	for _, s := range []string{"@every 5m", "CRON_TZ=Europe/Kyiv 0 8 * * 1-5", "TZ=", "CRON_TZ= ", "*/0 * * * *", "1-0/0 * * * *"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, spec string) {
		sched, err := ParseSchedule(spec) // must not panic
		if err == nil && sched == nil {
			t.Fatal("nil schedule without error")
		}
	})
}
