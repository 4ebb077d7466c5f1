package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stancebot/stancebot/news"
)

// Run runs the conformance suite. open returns a fresh, empty store for
// each subtest; closing it is open's job (t.Cleanup).
func Run(t *testing.T, open func(t *testing.T) news.Store) {
	t.Helper()
	tests := []struct {
		name string
		run  func(t *testing.T, s news.Store)
	}{
		{"SourcesSync", testSourcesSync},
		{"RecordFetch", testRecordFetch},
		{"UnknownSource", testUnknownSource},
		{"ItemDedup", testItemDedup},
		{"ItemDedupPerSource", testItemDedupPerSource},
		{"EditedItemReplacesStatements", testEditedItemReplacesStatements},
		{"RecordFields", testRecordFields},
		{"PositionNewestPublishedWins", testPositionNewestPublishedWins},
		{"PositionLimit", testPositionLimit},
		{"PositionUnknownPair", testPositionUnknownPair},
		{"Statements", testStatements},
		{"StatementsSince", testStatementsSince},
		{"SyndicatedCopiesAreOneEntry", testSyndicatedCopies},
		{"Ping", testPing},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.run(t, open(t))
		})
	}
}

// day is a published date: noon UTC on day d of January 2026.
func day(d int) time.Time { return time.Date(2026, time.January, d, 12, 0, 0, 0, time.UTC) }

func syncSources(t *testing.T, s news.Store, srcs ...news.Source) {
	t.Helper()
	if err := s.SyncSources(t.Context(), srcs); err != nil {
		t.Fatalf("SyncSources: %v", err)
	}
}

func save(t *testing.T, s news.Store, item news.Item, stmts ...news.Statement) news.SavedItem {
	t.Helper()
	saved, err := s.SaveItem(t.Context(), item, stmts)
	if err != nil {
		t.Fatalf("SaveItem(%+v): %v", item, err)
	}
	return saved
}

func stmt(actor news.ActorID, topic news.TopicID, stance news.Stance, evidence string) news.Statement {
	return news.Statement{Doc: evidence, Actor: actor, Topic: topic, Stance: stance, Evidence: evidence, Speaker: "spokesperson", Confidence: 0.9}
}

// evidences lists the evidence of records, in order.
func evidences(rs []news.Record) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Evidence
	}
	return out
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func sourceByID(t *testing.T, s news.Store) map[string]news.SourceState {
	t.Helper()
	list, err := s.Sources(t.Context())
	if err != nil {
		t.Fatalf("Sources: %v", err)
	}
	out := map[string]news.SourceState{}
	for i, st := range list {
		if i > 0 && list[i-1].ID >= st.ID {
			t.Errorf("Sources not ordered by id: %q before %q", list[i-1].ID, st.ID)
		}
		out[st.ID] = st
	}
	return out
}

func testSourcesSync(t *testing.T, s news.Store) {
	ctx := t.Context()
	a := news.Source{ID: "a", Name: "Agency A", URL: "https://a.example/feed", Schedule: "@every 5m", DefaultActor: "russia"}
	b := news.Source{ID: "b", URL: "https://b.example/feed", Schedule: "@every 10m"}
	syncSources(t, s, a, b)

	got := sourceByID(t, s)
	if len(got) != 2 {
		t.Fatalf("after sync of a, b: %d sources, want 2", len(got))
	}
	if got["a"].Source != a || got["b"].Source != b {
		t.Errorf("stored sources = %+v, %+v; want %+v, %+v", got["a"].Source, got["b"].Source, a, b)
	}
	if !got["a"].LastFetched.IsZero() || !got["a"].NextCheck.IsZero() {
		t.Errorf("a new source has fetch times %v, %v; want zero (due now)", got["a"].LastFetched, got["a"].NextCheck)
	}

	if err := s.RecordFetch(ctx, "a", news.FetchResult{At: day(1), ETag: `"v1"`, LastModified: "Thu, 01 Jan 2026 12:00:00 GMT", NextCheck: day(2)}); err != nil {
		t.Fatalf("RecordFetch: %v", err)
	}
	save(t, s, news.Item{SourceID: "a", GUID: "g1", Title: "t", Published: day(1), Hash: "h1"})

	// a renamed, b gone from the config, c new.
	a2 := a
	a2.Name = "Agency A (renamed)"
	c := news.Source{ID: "c", URL: "https://c.example/feed"}
	syncSources(t, s, a2, c)

	got = sourceByID(t, s)
	if len(got) != 3 {
		t.Fatalf("after second sync: %d sources, want 3 (a removed source is kept, disabled)", len(got))
	}
	if got["a"].Name != a2.Name || got["a"].Disabled {
		t.Errorf("a after rename = %+v, want name %q and enabled", got["a"].Source, a2.Name)
	}
	if got["a"].ETag != `"v1"` || !got["a"].LastFetched.Equal(day(1)) || !got["a"].NextCheck.Equal(day(2)) {
		t.Errorf("a lost its fetch state on sync: %+v", got["a"])
	}
	if got["a"].Items != 1 {
		t.Errorf("a has Items = %d, want 1", got["a"].Items)
	}
	if !got["b"].Disabled {
		t.Errorf("b missing from config but not disabled: %+v", got["b"])
	}
	if got["c"].Disabled {
		t.Errorf("c new but disabled")
	}

	// b comes back.
	syncSources(t, s, a2, b, c)
	if st, err := s.SourceState(ctx, "b"); err != nil || st.Disabled {
		t.Errorf("b back in config: SourceState = %+v, %v; want enabled", st, err)
	}
}

func testRecordFetch(t *testing.T, s news.Store) {
	ctx := t.Context()
	syncSources(t, s, news.Source{ID: "a", URL: "https://a.example/feed"})
	boom := errors.New("fetch https://a.example/feed: 503 Service Unavailable")

	steps := []struct {
		name      string
		res       news.FetchResult
		wantETag  string
		wantLM    string
		wantErrs  int
		wantError string
		wantOK    time.Time // LastSuccess
	}{
		{"first success", news.FetchResult{At: day(1), ETag: `"v1"`, LastModified: "LM1", NextCheck: day(2)},
			`"v1"`, "LM1", 0, "", day(1)},
		{"not modified keeps validators", news.FetchResult{At: day(2), NotModified: true, NextCheck: day(3)},
			`"v1"`, "LM1", 0, "", day(2)},
		{"failure", news.FetchResult{At: day(3), Err: boom, NextCheck: day(4)},
			`"v1"`, "LM1", 1, boom.Error(), day(2)},
		{"second failure", news.FetchResult{At: day(4), Err: boom, NextCheck: day(6)},
			`"v1"`, "LM1", 2, boom.Error(), day(2)},
		{"success resets errors", news.FetchResult{At: day(6), ETag: `"v2"`, LastModified: "LM2", NextCheck: day(7)},
			`"v2"`, "LM2", 0, "", day(6)},
	}
	for _, step := range steps {
		if err := s.RecordFetch(ctx, "a", step.res); err != nil {
			t.Fatalf("%s: RecordFetch: %v", step.name, err)
		}
		st, err := s.SourceState(ctx, "a")
		if err != nil {
			t.Fatalf("%s: SourceState: %v", step.name, err)
		}
		if st.ETag != step.wantETag || st.LastModified != step.wantLM {
			t.Errorf("%s: validators %q, %q; want %q, %q", step.name, st.ETag, st.LastModified, step.wantETag, step.wantLM)
		}
		if st.ConsecutiveErrors != step.wantErrs || st.LastError != step.wantError {
			t.Errorf("%s: errors %d %q; want %d %q", step.name, st.ConsecutiveErrors, st.LastError, step.wantErrs, step.wantError)
		}
		if !st.LastFetched.Equal(step.res.At) || !st.NextCheck.Equal(step.res.NextCheck) {
			t.Errorf("%s: LastFetched %v NextCheck %v; want %v, %v", step.name, st.LastFetched, st.NextCheck, step.res.At, step.res.NextCheck)
		}
		if !st.LastSuccess.Equal(step.wantOK) {
			t.Errorf("%s: LastSuccess %v, want %v", step.name, st.LastSuccess, step.wantOK)
		}
	}
}

func testUnknownSource(t *testing.T, s news.Store) {
	ctx := t.Context()
	if _, err := s.SourceState(ctx, "nope"); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("SourceState(unknown) error = %v, want news.ErrNotFound", err)
	}
	if err := s.RecordFetch(ctx, "nope", news.FetchResult{At: day(1)}); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("RecordFetch(unknown) error = %v, want news.ErrNotFound", err)
	}
	_, err := s.SaveItem(ctx, news.Item{SourceID: "nope", GUID: "g", Hash: "h", Published: day(1)},
		[]news.Statement{stmt("russia", "purl", news.StanceOppose, "e")})
	if !errors.Is(err, news.ErrNotFound) {
		t.Errorf("SaveItem(unknown source) error = %v, want news.ErrNotFound", err)
	}
	if got, err := s.Statements(ctx, "russia", "", 0); err != nil || len(got) != 0 {
		t.Errorf("after refused SaveItem: Statements = %d, %v; want none", len(got), err)
	}
}

// testItemDedup offers items twice and edited, for each kind of identity.
func testItemDedup(t *testing.T, s news.Store) {
	syncSources(t, s, news.Source{ID: "a", URL: "https://a.example/feed"})
	base := news.Item{SourceID: "a", Title: "Moscow rejects plan", Published: day(9), Text: "Russia rejected PURL."}

	tests := []struct {
		name          string
		first, second news.Item
		want          news.ItemStatus
	}{
		{"same guid same hash", with(base, "g1", "https://a.example/1", "h1"), with(base, "g1", "https://a.example/1", "h1"), news.ItemUnchanged},
		{"same guid edited", with(base, "g2", "https://a.example/2", "h2"), with(base, "g2", "https://a.example/2", "h2b"), news.ItemChanged},
		{"same guid new link", with(base, "g3", "https://a.example/3", "h3"), with(base, "g3", "https://a.example/3-moved", "h3b"), news.ItemChanged},
		{"other guid same link", with(base, "g4", "https://a.example/4", "h4"), with(base, "g4x", "https://a.example/4", "h4"), news.ItemNew},
		{"no guid same link same hash", with(base, "", "https://a.example/5", "h5"), with(base, "", "https://a.example/5", "h5"), news.ItemUnchanged},
		{"no guid same link edited", with(base, "", "https://a.example/6", "h6"), with(base, "", "https://a.example/6", "h6b"), news.ItemChanged},
		{"guid added later same link", with(base, "", "https://a.example/7", "h7"), with(base, "g7", "https://a.example/7", "h7b"), news.ItemChanged},
		{"no guid other link", with(base, "", "https://a.example/8", "h8"), with(base, "", "https://a.example/8x", "h8b"), news.ItemNew},
		{"hash only same", with(base, "", "", "h9"), with(base, "", "", "h9"), news.ItemUnchanged},
		{"hash only other", with(base, "", "", "h10"), with(base, "", "", "h10b"), news.ItemNew},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := t.Context()
			if st, err := s.ItemStatus(ctx, tc.first); err != nil || st != news.ItemNew {
				t.Fatalf("ItemStatus(first) = %v, %v; want new", st, err)
			}
			first := save(t, s, tc.first, stmt("russia", "purl", news.StanceOppose, tc.name+" v1"))
			if first.Status != news.ItemNew || len(first.Statements) != 1 {
				t.Fatalf("first SaveItem = %v with %d statements, want new with 1", first.Status, len(first.Statements))
			}
			if st, err := s.ItemStatus(ctx, tc.first); err != nil || st != news.ItemUnchanged {
				t.Errorf("ItemStatus(first again) = %v, %v; want unchanged", st, err)
			}
			before := countItems(t, s, "a")

			st, err := s.ItemStatus(ctx, tc.second)
			if err != nil || st != tc.want {
				t.Errorf("ItemStatus(second) = %v, %v; want %v", st, err, tc.want)
			}
			if after := countItems(t, s, "a"); after != before {
				t.Errorf("ItemStatus changed the store: %d items, was %d", after, before)
			}

			second := save(t, s, tc.second, stmt("russia", "purl", news.StanceOppose, tc.name+" v2"))
			if second.Status != tc.want {
				t.Errorf("SaveItem(second) status = %v, want %v", second.Status, tc.want)
			}
			wantItems, wantStmts := before, 1
			switch tc.want {
			case news.ItemNew:
				wantItems++
				wantStmts = 2
				if second.ID == first.ID {
					t.Errorf("new item got the first item's id %d", first.ID)
				}
			case news.ItemChanged, news.ItemUnchanged:
				if second.ID != first.ID {
					t.Errorf("same item got id %d, want %d", second.ID, first.ID)
				}
			}
			if tc.want == news.ItemUnchanged && len(second.Statements) != 0 {
				t.Errorf("unchanged item stored %d statements, want none", len(second.Statements))
			}
			if got := countItems(t, s, "a"); got != wantItems {
				t.Errorf("items after second offer = %d, want %d", got, wantItems)
			}
			var mine []string
			all, err := s.Statements(ctx, "russia", "purl", 0)
			if err != nil {
				t.Fatalf("Statements: %v", err)
			}
			for _, e := range evidences(all) {
				if e == tc.name+" v1" || e == tc.name+" v2" {
					mine = append(mine, e)
				}
			}
			if len(mine) != wantStmts {
				t.Errorf("statements of this case = %q, want %d", mine, wantStmts)
			}
			if tc.want == news.ItemChanged && (len(mine) != 1 || mine[0] != tc.name+" v2") {
				t.Errorf("edited item statements = %q, want only the new one", mine)
			}
		})
	}
}

func with(it news.Item, guid, url, hash string) news.Item {
	it.GUID, it.URL, it.Hash = guid, url, hash
	return it
}

func countItems(t *testing.T, s news.Store, source string) int {
	t.Helper()
	st, err := s.SourceState(t.Context(), source)
	if err != nil {
		t.Fatalf("SourceState(%s): %v", source, err)
	}
	return st.Items
}

func testItemDedupPerSource(t *testing.T, s news.Store) {
	syncSources(t, s, news.Source{ID: "a", URL: "https://a.example/feed"}, news.Source{ID: "b", URL: "https://b.example/feed"})
	item := news.Item{SourceID: "a", GUID: "shared", URL: "https://wire.example/1", Title: "t", Published: day(1), Hash: "h"}
	save(t, s, item)
	item.SourceID = "b"
	if got := save(t, s, item); got.Status != news.ItemNew {
		t.Errorf("same item in another source: %v, want new", got.Status)
	}
	if a, b := countItems(t, s, "a"), countItems(t, s, "b"); a != 1 || b != 1 {
		t.Errorf("items per source = %d, %d; want 1, 1", a, b)
	}
	// Polling both again adds nothing.
	for _, src := range []string{"a", "b"} {
		item.SourceID = src
		if got := save(t, s, item); got.Status != news.ItemUnchanged {
			t.Errorf("re-offer in %s: %v, want unchanged", src, got.Status)
		}
	}
}

func testEditedItemReplacesStatements(t *testing.T, s news.Store) {
	ctx := t.Context()
	syncSources(t, s, news.Source{ID: "a", URL: "https://a.example/feed"})
	item := news.Item{SourceID: "a", GUID: "g", URL: "https://a.example/1", Title: "v1", Published: day(5), Hash: "h1"}
	save(t, s, item,
		stmt("russia", "purl", news.StanceOppose, "Russia rejected PURL."),
		stmt("russia", "force", news.StanceOppose, "Russia objected to the force."))

	item.Title, item.Hash = "v2", "h2"
	saved := save(t, s, item,
		stmt("russia", "purl", news.StanceSupport, "Russia welcomed PURL."),
		stmt("usa", "purl", news.StanceSupport, "The US backed PURL."))
	if saved.Status != news.ItemChanged || len(saved.Statements) != 2 {
		t.Fatalf("edit: %v with %d statements, want changed with 2", saved.Status, len(saved.Statements))
	}

	got, err := s.Statements(ctx, "russia", "", 0)
	if err != nil {
		t.Fatalf("Statements: %v", err)
	}
	if want := []string{"Russia welcomed PURL."}; !sameStrings(evidences(got), want) {
		t.Errorf("russia statements after edit = %q, want %q", evidences(got), want)
	}
	if len(got) == 1 && got[0].Title != "v2" {
		t.Errorf("statement title = %q, want the edited item's %q", got[0].Title, "v2")
	}
	pos := position(t, s, "russia", "purl", 0)
	if pos.Stance != news.StanceSupport {
		t.Errorf("russia/purl after edit = %v, want support", pos.Stance)
	}
	if pos := position(t, s, "russia", "force", 0); pos.Stance != news.StanceUnknown || len(pos.Statements) != 0 {
		t.Errorf("russia/force after its only statement was edited away = %v with %d statements, want unknown with none", pos.Stance, len(pos.Statements))
	}
	if pos := position(t, s, "usa", "purl", 0); pos.Stance != news.StanceSupport {
		t.Errorf("usa/purl = %v, want support", pos.Stance)
	}
}

func testRecordFields(t *testing.T, s news.Store) {
	syncSources(t, s,
		news.Source{ID: "tass", Name: "TASS", URL: "https://tass.example/rss"},
		news.Source{ID: "nameless", URL: "https://n.example/rss"})
	kyiv := time.FixedZone("", 5*3600+1800)
	pub := time.Date(2026, time.January, 9, 18, 15, 0, 0, kyiv)
	item := news.Item{SourceID: "tass", GUID: "d000", URL: "https://tass.example/d000", Title: "Moscow rejects plan", Published: pub, Hash: "h"}
	in := news.Statement{Doc: "d000", Actor: "russia", Topic: "purl", Stance: news.StanceOppose,
		Evidence: "Russia also rejected the continuation of Trump’s Prioritised Ukraine Requirements List (PURL) initiative.",
		Speaker:  "Russian Foreign Ministry", Confidence: 0.9}
	saved := save(t, s, item, in)
	other := save(t, s, news.Item{SourceID: "nameless", GUID: "x", Title: "x", Published: day(1), Hash: "h"},
		stmt("russia", "force", news.StanceOppose, "x"))

	got, err := s.Statements(t.Context(), "russia", "purl", 0)
	if err != nil || len(got) != 1 {
		t.Fatalf("Statements = %d, %v; want 1", len(got), err)
	}
	r := got[0]
	if r.Statement != in {
		t.Errorf("statement = %+v, want %+v", r.Statement, in)
	}
	if r.ItemID != saved.ID || r.SourceID != "tass" || r.Outlet != "TASS" || r.Title != item.Title || r.URL != item.URL {
		t.Errorf("record = item %d source %q outlet %q title %q url %q; want %d tass TASS %q %q",
			r.ItemID, r.SourceID, r.Outlet, r.Title, r.URL, saved.ID, item.Title, item.URL)
	}
	if !r.Published.Equal(pub) || r.Stored.IsZero() || r.ID == 0 {
		t.Errorf("record published %v stored %v id %d; want %v, a stored time and an id", r.Published, r.Stored, r.ID, pub)
	}
	if len(saved.Statements) != 1 || saved.Statements[0].ID != r.ID {
		t.Errorf("SaveItem returned %+v, want the stored record %d", saved.Statements, r.ID)
	}
	if len(other.Statements) == 1 && other.Statements[0].Outlet != "nameless" {
		t.Errorf("outlet of a source without a name = %q, want its id", other.Statements[0].Outlet)
	}
}

func position(t *testing.T, s news.Store, a news.ActorID, tp news.TopicID, limit int) news.Position {
	t.Helper()
	pos, err := s.Position(t.Context(), a, tp, limit)
	if err != nil {
		t.Fatalf("Position(%s, %s, %d): %v", a, tp, limit, err)
	}
	if pos.Actor != a || pos.Topic != tp {
		t.Errorf("Position(%s, %s) answered for %s, %s", a, tp, pos.Actor, pos.Topic)
	}
	return pos
}

// testPositionNewestPublishedWins stores statements in one order with
// published dates in another and checks the position after each.
func testPositionNewestPublishedWins(t *testing.T, s news.Store) {
	type offer struct {
		day    int
		stance news.Stance
	}
	tests := []struct {
		name      string
		offers    []offer // in the order stored
		want      news.Stance
		wantSince int // day
		wantOrder []string
	}{
		{"one", []offer{{10, news.StanceOppose}}, news.StanceOppose, 10, []string{"10"}},
		{"older stored later does not override",
			[]offer{{10, news.StanceOppose}, {5, news.StanceSupport}}, news.StanceOppose, 10, []string{"10", "5"}},
		{"newer overrides",
			[]offer{{5, news.StanceSupport}, {10, news.StanceOppose}}, news.StanceOppose, 10, []string{"10", "5"}},
		{"run since its oldest",
			[]offer{{12, news.StanceOppose}, {3, news.StanceSupport}, {8, news.StanceOppose}, {10, news.StanceOppose}},
			news.StanceOppose, 8, []string{"12", "10", "8", "3"}},
		{"late old statement breaks the run",
			[]offer{{8, news.StanceOppose}, {12, news.StanceOppose}, {10, news.StanceNeutral}},
			news.StanceOppose, 12, []string{"12", "10", "8"}},
		{"whole history one stance",
			[]offer{{20, news.StanceSupport}, {2, news.StanceSupport}, {11, news.StanceSupport}},
			news.StanceSupport, 2, []string{"20", "11", "2"}},
		{"same date: later stored wins",
			[]offer{{7, news.StanceSupport}, {7, news.StanceOppose}}, news.StanceOppose, 7, []string{"7", "7"}},
	}
	syncSources(t, s, news.Source{ID: "a", URL: "https://a.example/feed"})
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			actor := news.ActorID(fmt.Sprintf("actor%d", i))
			for j, o := range tc.offers {
				save(t, s, news.Item{SourceID: "a", GUID: fmt.Sprintf("%s-%d", actor, j), Title: "t",
					Published: day(o.day), Hash: fmt.Sprintf("h%d", j)},
					stmt(actor, "purl", o.stance, fmt.Sprint(o.day)))
			}
			pos := position(t, s, actor, "purl", 0)
			if pos.Stance != tc.want {
				t.Errorf("stance = %v, want %v", pos.Stance, tc.want)
			}
			if !pos.Since.Equal(day(tc.wantSince)) {
				t.Errorf("since = %v, want %v", pos.Since, day(tc.wantSince))
			}
			if got := evidences(pos.Statements); !sameStrings(got, tc.wantOrder) {
				t.Errorf("statements (by published day) = %q, want %q", got, tc.wantOrder)
			}
			if len(pos.Statements) > 0 && pos.Statements[0].Stance != pos.Stance {
				t.Errorf("newest statement says %v but the position is %v", pos.Statements[0].Stance, pos.Stance)
			}
			if want := news.SinceOf(pos.Statements); !pos.Since.Equal(want) {
				t.Errorf("since = %v, but news.SinceOf(statements) = %v", pos.Since, want)
			}
		})
	}
}

func testPositionLimit(t *testing.T, s news.Store) {
	syncSources(t, s, news.Source{ID: "a", URL: "https://a.example/feed"})
	// Oppose from day 1 to day 6, then support on day 7 and 8.
	for d := 1; d <= 8; d++ {
		stance := news.StanceOppose
		if d >= 7 {
			stance = news.StanceSupport
		}
		save(t, s, news.Item{SourceID: "a", GUID: fmt.Sprint(d), Title: "t", Published: day(d), Hash: fmt.Sprint(d)},
			stmt("russia", "purl", stance, fmt.Sprint(d)))
	}
	tests := []struct {
		limit int
		want  []string
	}{
		{0, []string{"8", "7", "6", "5", "4", "3", "2", "1"}},
		{1, []string{"8"}},
		{3, []string{"8", "7", "6"}},
		{20, []string{"8", "7", "6", "5", "4", "3", "2", "1"}},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("limit %d", tc.limit), func(t *testing.T) {
			pos := position(t, s, "russia", "purl", tc.limit)
			if got := evidences(pos.Statements); !sameStrings(got, tc.want) {
				t.Errorf("statements = %q, want %q", got, tc.want)
			}
			// Since comes from the whole history, not the page shown.
			if pos.Stance != news.StanceSupport || !pos.Since.Equal(day(7)) {
				t.Errorf("position = %v since %v, want support since %v", pos.Stance, pos.Since, day(7))
			}
		})
	}
}

func testPositionUnknownPair(t *testing.T, s news.Store) {
	syncSources(t, s, news.Source{ID: "a", URL: "https://a.example/feed"})
	save(t, s, news.Item{SourceID: "a", GUID: "g", Title: "t", Published: day(1), Hash: "h"},
		stmt("russia", "purl", news.StanceOppose, "e"))
	for _, p := range []struct {
		actor news.ActorID
		topic news.TopicID
	}{{"russia", "tanker"}, {"usa", "purl"}, {"nobody", "nothing"}} {
		pos := position(t, s, p.actor, p.topic, 20)
		if pos.Stance != news.StanceUnknown || !pos.Since.IsZero() || len(pos.Statements) != 0 {
			t.Errorf("Position(%s, %s) = %v since %v with %d statements; want unknown, zero, none",
				p.actor, p.topic, pos.Stance, pos.Since, len(pos.Statements))
		}
	}
}

func testStatements(t *testing.T, s news.Store) {
	syncSources(t, s, news.Source{ID: "a", URL: "https://a.example/feed"})
	// Stored out of published order, several per item.
	save(t, s, news.Item{SourceID: "a", GUID: "1", Title: "t", Published: day(5), Hash: "1"},
		stmt("russia", "purl", news.StanceOppose, "ru purl 5"),
		stmt("russia", "force", news.StanceOppose, "ru force 5"),
		stmt("usa", "purl", news.StanceSupport, "us purl 5"))
	save(t, s, news.Item{SourceID: "a", GUID: "2", Title: "t", Published: day(9), Hash: "2"},
		stmt("russia", "tanker", news.StanceOppose, "ru tanker 9"))
	save(t, s, news.Item{SourceID: "a", GUID: "3", Title: "t", Published: day(2), Hash: "3"},
		stmt("russia", "purl", news.StanceNeutral, "ru purl 2"))

	tests := []struct {
		name  string
		actor news.ActorID
		topic news.TopicID
		limit int
		want  []string
	}{
		{"all topics", "russia", "", 0, []string{"ru tanker 9", "ru purl 5", "ru force 5", "ru purl 2"}},
		{"all topics limited", "russia", "", 3, []string{"ru tanker 9", "ru purl 5", "ru force 5"}},
		{"newest only", "russia", "", 1, []string{"ru tanker 9"}},
		{"one topic", "russia", "purl", 0, []string{"ru purl 5", "ru purl 2"}},
		{"other actor", "usa", "", 0, []string{"us purl 5"}},
		{"nothing", "china", "", 0, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Statements(t.Context(), tc.actor, tc.topic, tc.limit)
			if err != nil {
				t.Fatalf("Statements: %v", err)
			}
			// Within one item (same date) the order is not specified.
			if g := evidences(got); !sameSet(g, tc.want) || !publishedNewestFirst(got) {
				t.Errorf("Statements(%s, %q, %d) = %q, want %q", tc.actor, tc.topic, tc.limit, g, tc.want)
			}
		})
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	n := map[string]int{}
	for _, s := range a {
		n[s]++
	}
	for _, s := range b {
		n[s]--
	}
	for _, c := range n {
		if c != 0 {
			return false
		}
	}
	return true
}

func publishedNewestFirst(rs []news.Record) bool {
	for i := 1; i < len(rs); i++ {
		if rs[i].Published.After(rs[i-1].Published) {
			return false
		}
	}
	return true
}

func testStatementsSince(t *testing.T, s news.Store) {
	ctx := t.Context()
	syncSources(t, s, news.Source{ID: "a", URL: "https://a.example/feed"})
	// Stored in this order; published in another.
	first := save(t, s, news.Item{SourceID: "a", GUID: "1", Title: "t", Published: day(9), Hash: "1"},
		stmt("russia", "purl", news.StanceOppose, "first"))
	second := save(t, s, news.Item{SourceID: "a", GUID: "2", Title: "t", Published: day(1), Hash: "2"},
		stmt("usa", "purl", news.StanceSupport, "second"))
	save(t, s, news.Item{SourceID: "a", GUID: "3", Title: "t", Published: day(5), Hash: "3"},
		stmt("russia", "force", news.StanceOppose, "third"))
	if !second.Statements[0].Stored.After(first.Statements[0].Stored) {
		t.Skipf("the store's clock did not move between two saves (%v); cannot test StatementsSince", first.Statements[0].Stored)
	}

	tests := []struct {
		name  string
		after time.Time
		limit int
		want  []string
	}{
		{"everything", time.Time{}, 0, []string{"first", "second", "third"}},
		{"limited", time.Time{}, 2, []string{"first", "second"}},
		{"after the first", first.Statements[0].Stored, 0, []string{"second", "third"}},
		{"after the second", second.Statements[0].Stored, 0, []string{"third"}},
		{"after all", time.Now().Add(time.Hour), 0, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.StatementsSince(ctx, tc.after, tc.limit)
			if err != nil {
				t.Fatalf("StatementsSince: %v", err)
			}
			if g := evidences(got); !sameStrings(g, tc.want) {
				t.Errorf("StatementsSince(%v, %d) = %q, want %q", tc.after, tc.limit, g, tc.want)
			}
		})
	}
}

func testPing(t *testing.T, s news.Store) {
	if err := s.Ping(context.Background()); err != nil {
		t.Errorf("Ping: %v", err)
	}
}

// testSyndicatedCopies: one statement carried by several outlets (the same
// wire sentence, the same actor and topic, close in time) is one ledger
// entry listing all its sources.
func testSyndicatedCopies(t *testing.T, s news.Store) {
	syncSources(t, s, news.Source{ID: "wire", Name: "Wire", URL: "https://wire.example/rss"},
		news.Source{ID: "paper", Name: "Paper", URL: "https://paper.example/rss"})
	const sentence = "Ruritania rejected the canal toll as illegal, the ministry said."
	save(t, s, news.Item{SourceID: "wire", GUID: "w1", URL: "https://wire.example/1", Title: "Wire story", Published: day(3), Hash: "w1"},
		stmt("ruritania", "canal_toll", news.StanceOppose, sentence))
	save(t, s, news.Item{SourceID: "paper", GUID: "p1", URL: "https://paper.example/1", Title: "Paper story", Published: day(3).Add(2 * time.Hour), Hash: "p1"},
		stmt("ruritania", "canal_toll", news.StanceOppose, sentence))
	save(t, s, news.Item{SourceID: "paper", GUID: "p2", URL: "https://paper.example/2", Title: "Later story", Published: day(9), Hash: "p2"},
		stmt("ruritania", "canal_toll", news.StanceOppose, "Ruritania said it would challenge the canal toll in court."))

	p := position(t, s, "ruritania", "canal_toll", 0)
	if len(p.Statements) != 2 {
		t.Fatalf("Position has %d entries, want 2 (the syndicated pair merged): %q", len(p.Statements), evidences(p.Statements))
	}
	merged := p.Statements[1]
	if merged.Outlet != "Paper" || len(merged.Also) != 1 || merged.Also[0].Outlet != "Wire" || merged.Also[0].URL != "https://wire.example/1" {
		t.Errorf("merged entry = %s with Also %+v; want Paper, also Wire", merged.Outlet, merged.Also)
	}
	recs, err := s.Statements(t.Context(), "ruritania", "canal_toll", 0)
	if err != nil || len(recs) != 2 {
		t.Errorf("Statements: %d entries, %v; want 2", len(recs), err)
	}
}
