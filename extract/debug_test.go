package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/news"
)

// TestDebugFrames prints the frames of documents when STANCEBOT_DEBUG_DOC
// names one (or "all"); STANCEBOT_DEBUG_SET picks the set (dev, the
// default, or a heldoutN). STANCEBOT_DEBUG_TEXT prints the frames of one
// text instead, read with the invented watchlist (or the set's). It checks
// nothing: it is a tool for looking at errors by kind.
// STANCEBOT_DEBUG_MENTIONS=1 also lists the headline's topics and every
// topic mention with its sentence.
func TestDebugFrames(t *testing.T) {
	want := os.Getenv("STANCEBOT_DEBUG_DOC")
	text := os.Getenv("STANCEBOT_DEBUG_TEXT")
	if want == "" && text == "" {
		t.Skip("set STANCEBOT_DEBUG_DOC=d000 (or all), or STANCEBOT_DEBUG_TEXT with the invented watchlist, to print frames")
	}
	set := os.Getenv("STANCEBOT_DEBUG_SET")
	wl, gold := "testdata/watchlist.yaml", "testdata/dev.jsonl"
	if set != "" && set != "dev" {
		wl, gold = "testdata/"+set+".yaml", "testdata/"+set+".jsonl"
	}
	if text != "" && set == "" {
		wl = "testdata/invented.yaml"
	}
	w := debugWatchlist(t, wl)
	r, err := NewRules(w)
	if err != nil {
		t.Fatal(err)
	}
	var b []byte
	if text != "" {
		b, err = json.Marshal(map[string]string{"id": "text", "text": text})
		want = "text"
	} else {
		b, err = os.ReadFile(gold)
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var d struct {
			ID, Title, Text string
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		if want != "all" && d.ID != want {
			continue
		}
		a := r.analyse(news.Document{ID: d.ID, Title: d.Title, Text: d.Text})
		if os.Getenv("STANCEBOT_DEBUG_MENTIONS") != "" {
			fmt.Printf("%s TITLE %v\n", d.ID, a.titleTopics)
			for _, m := range a.ments {
				if len(m.topics) > 0 {
					fmt.Printf("%s MENT s%d %v %q\n", d.ID, a.sentOf[m.t0], m.topics, a.text[a.toks[m.t0].start:a.toks[m.t1-1].end])
				}
			}
		}
		for i := range a.frames {
			f := &a.frames[i]
			var tops []string
			for _, h := range a.frameTopics(f) {
				ante := ""
				if h.ante >= 0 {
					ante = fmt.Sprintf(",ante=s%d:%q", a.sentOf[h.ante], a.tokText(h.ante))
				}
				if h.bag {
					ante += ",bag"
				}
				tops = append(tops, fmt.Sprintf("%s(%+.1f,ref=%v,%q%s)", h.topic, a.stanceScore(f, h), h.referred, a.tokText(h.tok), ante))
			}
			fmt.Printf("%s s%d kind=%d how=%d bg=%v spk=%q actors=%v cue=%q neg=%v topics=%v\n   content=%q\n", d.ID, f.sent, f.kind, f.how, f.background, a.speakerText(f), f.actors, a.cueText(f), f.negated, tops, a.contentText(f))
		}
		for _, s := range a.statements(d.ID) {
			fmt.Printf("  => %s/%s %s %.2f %q | %s\n", s.Actor, s.Topic, s.Stance, s.Confidence, s.Speaker, s.Evidence)
		}
	}
}
