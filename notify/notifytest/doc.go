// Package notifytest holds fakes for the notify boundary, for the tests of
// notify and of the packages that drive it (bot's admin commands, app): an
// in-memory RuleStore, and an Outbox and a DigestStore with function
// fields.
//
// It imports notify, news and the standard library only. (Modelled on
// benbjohnson/wtf's mock package.)
package notifytest
