package news

import (
	"testing"
	"time"
)

func TestMergeSyndicated(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2026, 2, 1, h, 0, 0, 0, time.UTC) }
	rec := func(item int64, outlet, evidence string, published time.Time, stance Stance) Record {
		return Record{ItemID: item, Outlet: outlet, URL: "https://" + outlet + ".example/x", Published: published,
			Statement: Statement{Actor: "ruritania", Topic: "canal_toll", Stance: stance, Evidence: evidence}}
	}
	const wire = "Ruritania rejected the canal toll as “illegal and unacceptable”, the foreign ministry said."
	tests := []struct {
		name      string
		in        []Record
		wantLen   int
		wantAlso  []string // outlets merged into the first entry, oldest first
		wantFirst string
	}{
		{
			name: "same sentence in three outlets is one entry",
			in: []Record{
				rec(3, "c", wire, at(9), StanceOppose),
				rec(2, "b", wire, at(8), StanceOppose),
				rec(1, "a", wire, at(7), StanceOppose),
			},
			wantLen: 1, wantFirst: "c", wantAlso: []string{"a", "b"},
		},
		{
			name: "a lightly edited copy merges",
			in: []Record{
				rec(2, "b", "Ruritania on Tuesday rejected the canal toll as 'illegal and unacceptable', the foreign ministry said.", at(8), StanceOppose),
				rec(1, "a", wire, at(7), StanceOppose),
			},
			wantLen: 1, wantFirst: "b", wantAlso: []string{"a"},
		},
		{
			name: "a different sentence stays separate",
			in: []Record{
				rec(2, "b", "Ruritania said it would take the canal toll to the international court.", at(8), StanceOppose),
				rec(1, "a", wire, at(7), StanceOppose),
			},
			wantLen: 2, wantFirst: "b",
		},
		{
			name: "the same sentence months apart is a new statement",
			in: []Record{
				rec(2, "b", wire, at(7).Add(90*24*time.Hour), StanceOppose),
				rec(1, "a", wire, at(7), StanceOppose),
			},
			wantLen: 2, wantFirst: "b",
		},
		{
			name: "another stance never merges",
			in: []Record{
				rec(2, "b", wire, at(8), StanceSupport),
				rec(1, "a", wire, at(7), StanceOppose),
			},
			wantLen: 2, wantFirst: "b",
		},
		{
			name: "two statements of one item are not copies of each other",
			in: []Record{
				rec(1, "a", wire, at(8), StanceOppose),
				rec(1, "a", wire, at(8), StanceOppose),
			},
			wantLen: 2, wantFirst: "a",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MergeSyndicated(tt.in)
			if len(got) != tt.wantLen {
				t.Fatalf("got %d entries, want %d: %+v", len(got), tt.wantLen, got)
			}
			if got[0].Outlet != tt.wantFirst {
				t.Errorf("first entry from %q, want %q", got[0].Outlet, tt.wantFirst)
			}
			var also []string
			for _, c := range got[0].Also {
				also = append(also, c.Outlet)
			}
			if len(also) != len(tt.wantAlso) {
				t.Fatalf("Also = %v, want %v", also, tt.wantAlso)
			}
			for i := range also {
				if also[i] != tt.wantAlso[i] {
					t.Errorf("Also = %v, want %v", also, tt.wantAlso)
				}
			}
		})
	}
}
