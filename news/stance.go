package news

import "fmt"

// Stance is an actor's attitude toward what a topic names.
type Stance string

// The stances a statement can carry. StanceUnknown is only ever a position:
// the answer when nothing is known.
const (
	StanceSupport Stance = "support"
	StanceOppose  Stance = "oppose"
	StanceNeutral Stance = "neutral"
	StanceUnknown Stance = "unknown"
)

// String returns the stance as written in files and replies.
func (s Stance) String() string { return string(s) }

// ParseStance reads a statement stance (support, oppose or neutral).
func ParseStance(s string) (Stance, error) {
	switch Stance(s) {
	case StanceSupport, StanceOppose, StanceNeutral:
		return Stance(s), nil
	}
	return "", fmt.Errorf("news: unknown stance %q (want support, oppose or neutral)", s)
}

// Verb returns the stance as a present-tense verb for a sentence whose
// subject is the actor: "supports", "opposes", "is neutral on".
func (s Stance) Verb() string {
	switch s {
	case StanceSupport:
		return "supports"
	case StanceOppose:
		return "opposes"
	case StanceNeutral:
		return "is neutral on"
	}
	return "has no known position on"
}
