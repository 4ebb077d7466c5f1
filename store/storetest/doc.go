// Package storetest is the conformance suite every news.Store back end
// runs: Run(t, open) checks source sync and fetch state, per-source item
// deduplication (GUID, link, hash), statement replacement on edit,
// newest-published-wins positions and their Since, and the Statements and
// StatementsSince queries, through the news.Store interface only.
//
// It imports news and the standard library (testing) only, so a back end's
// _test.go can run it without pulling in another back end. (Modelled on
// nkanaev/yarr's src/storage/tests.)
package storetest
