// Package score measures extraction against gold files in the format of
// shared/eval-dev (JSON lines of documents with their labelled
// statements): pair precision, recall and F1 on (actor, topic), stance
// accuracy on matched pairs, strict F1 on (actor, topic, stance), and the
// /position check (the newest published statement wins).
//
// It imports news, extract and the standard library; nothing of ours
// imports it but the command line (stancebot eval) and tests.
package score
