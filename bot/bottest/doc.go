// Package bottest holds fakes for the bot boundary, for the tests of the
// packages that drive the bot or post through it (jobs, app): an
// Adapter with function fields and a Recorder that keeps what was sent.
//
// It imports bot and the standard library only. (Modelled on
// benbjohnson/wtf's mock package and go-joe/joe's joetest.)
package bottest
