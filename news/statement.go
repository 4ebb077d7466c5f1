package news

import "time"

// Statement is one actor's stance on one topic in one document, with the
// sentence that carries it. Its JSON form is the contract's statement line.
type Statement struct {
	Doc        string  `json:"doc"`
	Actor      ActorID `json:"actor"`
	Topic      TopicID `json:"topic"`
	Stance     Stance  `json:"stance"`
	Evidence   string  `json:"evidence"`
	Speaker    string  `json:"speaker"`
	Confidence float64 `json:"confidence"`
}

// Record is a stored statement with where and when it was published.
type Record struct {
	ID int64
	Statement
	ItemID    int64
	SourceID  string
	Outlet    string
	Title     string
	URL       string
	Published time.Time
	Stored    time.Time
	// Also lists the other outlets that carried the same statement
	// (syndicated copy), when the store merges them.
	Also []Citation
}

// Citation is one more place a statement was published.
type Citation struct {
	Outlet    string
	Title     string
	URL       string
	Published time.Time
}

// Position is an actor's current stance on a topic: the stance of the
// newest published statement, since when it has held, and the history.
type Position struct {
	Actor  ActorID
	Topic  TopicID
	Stance Stance    // StanceUnknown when no statement is known
	Since  time.Time // published date of the oldest statement of the current unbroken run of this stance
	// Statements newest first by published date.
	Statements []Record
}

// Change is a move in a position: the stance before and after.
type Change struct {
	From, To Record
}

// Changes lists where the stance moved, newest first, from a position's
// history.
func (p Position) Changes() []Change {
	var out []Change
	for i := 0; i+1 < len(p.Statements); i++ {
		if p.Statements[i].Stance != p.Statements[i+1].Stance {
			out = append(out, Change{From: p.Statements[i+1], To: p.Statements[i]})
		}
	}
	return out
}

// SinceOf computes Position.Since from statements ordered newest first.
func SinceOf(stmts []Record) time.Time {
	if len(stmts) == 0 {
		return time.Time{}
	}
	since := stmts[0].Published
	for _, r := range stmts[1:] {
		if r.Stance != stmts[0].Stance {
			break
		}
		since = r.Published
	}
	return since
}
