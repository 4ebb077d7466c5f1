package notify_test

import (
	"fmt"

	"github.com/stancebot/stancebot/news"
	"github.com/stancebot/stancebot/notify"
)

// A desk that watches Russia's opposition hears of a new statement that
// opposes, and of a change away from opposing too.
func ExampleRule_Match() {
	rule := notify.Rule{
		Actors:  []news.ActorID{"russia"},
		Stances: []news.Stance{news.StanceOppose},
		On:      []notify.Event{notify.EventStatement, notify.EventChange},
	}
	opposes := news.Record{Statement: news.Statement{Actor: "russia", Topic: "purl", Stance: news.StanceOppose}}
	supports := news.Record{Statement: news.Statement{Actor: "russia", Topic: "purl", Stance: news.StanceSupport}}

	fmt.Println(rule.Match(notify.EventStatement, opposes, ""))
	fmt.Println(rule.Match(notify.EventStatement, supports, ""))
	fmt.Println(rule.Match(notify.EventChange, supports, news.StanceOppose))
	// Output:
	// true
	// false
	// true
}
