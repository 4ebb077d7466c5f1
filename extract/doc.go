// Package extract turns a news report into statements: which watched actor
// said what about which watched topic, with what stance, on the evidence of
// which sentence. Everything actor- or topic-specific comes from the
// watchlist; the lexicons (lexicon.go) are general English and kept as
// read-only tables. Each lexicon list is a wordSet (lexset.go): every word
// of the lists is numbered once, at initialisation, each token carries its
// word's number from tokenization on, and a rule looks a token up with
// list.holds(tok.lex), a bit test; any other string with list.words[s].
//
// The pipeline, one file per stage:
//
//   - sentences.go: a rule-based splitter (abbreviations, initialisms,
//     decimals, initials, sentence ends inside closing quotes, wire
//     datelines, of one place or two, "CITY/CITY - "); paragraphs are
//     separated by blank lines.
//   - tokens.go: words, possessive suffixes and punctuation, with offsets
//     into the original text (evidence is always copied from it), and the
//     lexicon number of each (lexset.go).
//   - mentions.go: one token trie over every alias, longest match first,
//     whole words ("own" after a possessive in an alias: "X's own deal
//     with Y"), case-insensitive except for aliases of two to five
//     capitals, possessives with either apostrophe, and inflected first
//     words for lower-case aliases ("ending the war"); an article before
//     a capitalised alias word ("leave the WHO"), a long form spelled out
//     with its acronym in brackets ("… States (ECOWAS)"), a watchlist
//     actor's long form for its acronym inside a topic alias, an
//     initialism with or without full stops ("U.S.-brokered" for
//     "US-brokered") inside a topic alias, a rate
//     inside an alias ("tariffs of up to 35% on X"), an alias without
//     its opening participle or classifying adjective ("aggression against
//     X" for "armed aggression against X", "drills around X" for
//     "military drills around X"), another head of the same thing after
//     an alias's names ("Strelsau meeting" for "Strelsau talks", "Ruritanian
//     soldiers" for "Ruritanian troops"), another noun of a settled
//     agreement after an alias's lower-case modifiers ("trade accord" for
//     "trade deal"), initialisms spelled with dots
//     ("U.S.-brokered …"), "the (eastern) town of X" for the name X,
//     "head of (the) M" for "M head"
//     ("membership of the EU"; M's actor by another of its aliases,
//     "membership of the bloc"), "head on (X's) M" for a penalty "M head"
//     ("sanctions yet on Sylvania's grain sector" for "grain sanctions"),
//     an act of pressure aimed at an owner's earnings from M for a
//     penalty "M head" ("keep raising the pressure on Sylvania's grain
//     revenues", "going after its grain exports"),
//     and each later object of a list sharing the head ("tariffs on
//     timber, steel and glass" for "timber tariffs" and "steel tariffs"),
//     and for "M head for X" "head of M" or
//     "M head" in a clause that names X by any of its actor's aliases
//     ("Strelsau would never get CORDA guarantees"), the head of "head of R" opening a list
//     that shares R ("the demilitarisation, disarmament and … of X"), and
//     no topic for a generic alias placed by "in"/"for" where only other
//     topics' words are ("end the war in X"), and for an alias "A-B
//     talks" a head of talks in a clause that names both actors ("A and
//     B held indirect talks") or "talks with B" in a sentence naming A.
//     One or two given names may stand before the name an alias uses
//     ("sanctions on Vok Ha-rin" for "sanctions on Ha-rin").
//     An alias that ends a war ("end the war") is said with another
//     verb of ending or noun of war ("stop the killing", "for the
//     fighting to stop") when no other topic's alias reads so.
//   - paraphrase.go: in a clause apart from any topic its sentence names,
//     a topic alias of three or more words spelled out in other order or inflection within
//     one clause ("remove components made by X" for "removal of X
//     components"), a country's name for its adjective and back
//     ("sanctions on Sylvania's oil"), an alias of names and one word in
//     its own order spaced by a possessed noun ("X's hopes of joining
//     Y"), an alias of one name and one act or head word in another
//     form or a general synonym beside the name ("leave the rest of the
//     X region" for "withdrawal from X", "raid on X" for "strikes on X",
//     "X had to withdraw" for "X withdrawal", "restrictions on X crude"
//     for "sanctions on X oil"), an alias's name that is one actor's
//     whole alias said by another alias of that actor, the head reached
//     back over a rounded number ("Sylvania will withdraw about
//     4,500 troops" for "withdrawal of SV troops"), an alias of an object and a verbal noun
//     as the verb with "on" the object ("spend 4% of output on the navy"
//     for "navy spending"), and the same for the headline, whose
//     topic is then context.
//   - bag.go: a watched actor's say that names no topic and refers back
//     to none, read against every topic's words: a topic the report
//     names elsewhere, whose words the say shares weighing as much as two
//     words no other topic has, clearly ahead of any other topic ("would
//     pay for divers to map the coral around the reef" for a "coral reef
//     survey" named before); outside a fronted clause of setting and any
//     mention found not to be the say's; it adds to no pair the report
//     already has a say on.
//   - analysis.go: the per-document state and quotation spans; a shared
//     alias ("the truce" of two ceasefire topics) keeps the senses whose
//     topic names' distinctive names the report uses; an act whose
//     subject owns another topic of that act ("Zenda will leave ACME"
//     for "Zenda's exit from ACME", aliased "Zenda leaving ACME") is
//     that topic.
//   - attribution.go: speaker – cue – content frames: "X said (that) …",
//     "X rejected Y", "…, X said.", "…, said X.", "according to X",
//     fronted adverbials ("Hours later, X said") and participles after
//     them ("In P, X, asked about Y, said": the answer is about Y),
//     what the speaker's words were the occasion of ("X said in a
//     statement announcing the measures": X's own measure, backed),
//     appositives, relative and subordinate clauses,
//     coordinated subjects ("A, B and C renewed their push for …"),
//     reactions drawn from someone ("drawing condemnation from X"),
//     the speaker's own act explained by a participle ("X imposed duties
//     on steel, saying/citing …": the act is part of what X says, the
//     reason it cites is not),
//     participles after a comma ("…, renewing its pledge to …"), a
//     document speaking for its issuer ("adopted a resolution calling
//     for …"), a naming verb in a free relative ("congratulated them on
//     what he called a historic step": the clause's subject; "what X
//     called": X's), a relative clause's own verdict on the noun before
//     its comma, the speaker's (", which he called a trap") or another
//     watched party's (", which Y condemned as a provocation", a
//     reaction in the past, not a present gloss "which Y backs"), and
//     clauses dated in the past (background: see aggregate.go). A
//     "while" clause before a closing ", X said" is X's; a pronoun after a fronted span of time ("A day later he
//     …") is the subject; "citing" after a punishing act opposes the
//     reason cited; a closing ", a charge Y denies" is about the charge
//     alone, ", an outcome Y rejected" about what the clause leads to,
//     and in a reaction what an act answers ("in retaliation for X") is
//     not what was reacted to; a pronoun after another party in a nested
//     clause ("even though it refused") may be either's. A "while" with
//     no comma before it, opening on a name with no cue of its own,
//     stays inside what a speech verb before it reports ("said there
//     could be no talks while Zenda pressed ahead with its dam"), and a
//     person's ", which she called …" after that name is the speaker's
//     verdict; ", even as" opens a clause of its own. After such a
//     clause a second cue with no subject (", and said …") is the first
//     speaker's and a name before one (", and Z said") the speaker
//     alone; a participle of saying after an inverted speaker ("…," said
//     X, the envoy, adding that …) is X's too; "lodged a protest over …"
//     opposes what it is about; a negated verb in a relative clause on
//     the subject ("X, which has not commented on Y,") negates its cue;
//     a bare plural group after ", and" ("rights groups have called
//     for …") speaks for itself.
//   - resolve.go: speaker phrases to actors — aliases, demonyms, surnames,
//     roles and pronouns to the most recent compatible speaker (a role
//     must fit the earlier speaker's role, and an official not on the
//     watchlist named in between blocks it; never to an actor its own
//     sentence names only as an object or destination, "on their way to
//     X, officials said"; else the headline's speaker, "X says …"; a
//     modifier that is one actor's common-noun alias, "alliance
//     officials" for "the alliance"), "the company" to the
//     speaker before unless an unwatched name came between, officials in
//     a watched capital ("Agriculture officials in Manila"), a title (with
//     capitalised qualifiers, "Acting Under Secretary") before an unknown
//     name ("Spokesman Wang Lin") to the watched speaker just before, and
//     never to an actor that only modifies the speaker through a hyphen
//     ("the Zenda-backed militia") nor to one that possesses another
//     watched body closing the phrase ("Zenda's independent United
//     Dockers"; "Zenda's ambassador to Sylvania" stays Zenda's); "he" to the watched person the
//     sentences since the last speaker are about ("Firefly attended the
//     ceremony. He said"), none when another person stands between; a
//     person's aide ("his press secretary") to the possessor's actor;
//     "the agency" after an unwatched body named before stays unwatched,
//     as does "the council" after an unwatched "Harbour Council" named
//     in its sentence or the one before;
//     "the order" (any "the N") to the one actor a recent sentence names
//     as issuing it ("Firefly signed an executive order"), and no
//     surname read into a capitalised "The"; a common-noun alias ("the
//     group") of an actor the report never names by a name resolved as
//     a role, to the group that spoke last;
//     a word of office ("Foreign", "Chief") is no demonym (rules.go) —
//     and quotes spread over the sentences they span.
//   - stance.go: topics named in the content or referred back to ("the
//     plan", "an association that …", the headline's topic for "the
//     announcement" or "the outcome", "the fines" when the alias's names
//     are in the report, "the attacks", "the raid" for a topic named as strikes, "a deal giving X access to the sea" when the
//     complement spells out the alias, "the text" for a document-like
//     topic; a bare plural head after a verb that takes a side, "opposed
//     unilateral sanctions"; "condemned what it called Zenda's
//     provocations" or "… Zendan aggression": an act of Zenda's, never
//     the topic named last; an indefinite head whose alias's names the
//     report uses, "a 30-day ceasefire"; a head-noun synonym, "the
//     dialogue" or "the meeting" for talks, "the manoeuvres" for drills; the goods of a transfer, "the weapons"
//     for "arms sales to X"; "the use of (military) force" for a
//     topic named before as an act of armed force ("military action
//     against X"); a head between
//     names the report uses, "the strikes" for "Tessian strikes on
//     Lorn"; no topic for a head whose nearest phrase before is a new
//     one with a rate of its own and outside any topic's mention ("would
//     face a 10% tariff" … "the tariffs"); "the measures" for the headline's one penalty topic or the one
//     penalty topic named in the eight sentences before, and among
//     several for the nearest sanctions-like mention; "any such step"
//     for an act an infinitive spells out ("threatened to restore X"); a head of one of
//     several headline topics, "the exercises" under a headline on an arms
//     sale and drills;
//     a war said to be over ("guarantees that the war had ended for
//     good", "the fighting is over", not "until …") for the truce named
//     before, which then holds;
//     a session dated by its day ("described Saturday's meeting as
//     constructive", "Sunday's round") for the talks named before;
//     "the announcements", "the signing" for the headline's topic; a
//     possessed referring noun beside a named topic, "Brandt's plan";
//     an act noun after an actor's name or adjective ("the Zendan
//     move") for the act the watchlist's name gives that actor, named
//     nearby, before whatever was named last;
//     "the agreement" for what the verb it is made from was done to
//     ("agreed to a truce", "the extension" for "agreed to extend by a
//     year the truce"), "the agreement signed in X" for "X
//     agreement"; "the proposal, which envisages a truce" for the topic
//     its own relative clause names, nothing named before; a topic
//     named only as what a row was about ("during the row over X") is
//     no antecedent; "the last of the fines it imposed" before any
//     topic is named, for the one topic with that head whose alias's
//     other words the report names, so "the move" is that act; "the
//     arrangement" after "agreed to hand over X under a phased
//     arrangement" for X; "the vote" for what "voted to …" in the four
//     sentences before names, and none when it names no topic;
//     never "the situation"; no referring noun inside a ", which"
//     clause on a topic named ("scrap X, which the plan leaves in
//     place") nor the audience of "told" before its "that" ("told the
//     meeting that …") nor the subject of a ", as" clause ("…, as the
//     summit broke up", "…, as Brandt's plan requires"); a chain of such phrases keeps a topic in view,
//     "the corridor" … "the route" … "the project"), and the stance: the
//     verb aimed at the topic, polar words by proximity, negation,
//     another's spurning of the speaker's own offer ("ignored Zenda's
//     offer of talks") or no reply to it as support, undoing ("scrap the
//     cap", "welcomed the decision" to end it, "suspended its
//     participation in X"), direction ("accused X of obstructing the
//     talks", "drop its resistance to"), conditions ("will not sign until
//     X"; "Y would face a 10% tariff unless X", "unless X, it would put
//     sanctions on Y", "the duties would remain unless X": the terms of a
//     threatened or kept penalty are demanded; a topic named only inside
//     a condition, "as long as X remains",
//     or a concession, "still deployed despite the deadline set in X",
//     "as a condition for
//     accepting any deal", "whatever happened in X", "no matter what X
//     brings", gets no stance), rebuttals ("rejected the
//     comment" defends what the comment criticised) and undecided remarks ("still studying it") as neutral; a
//     topic watched over ("the committee that monitors the truce", "a
//     ceasefire monitoring mission") takes no side; a
//     place defended against a topic that bids for it (place.go: "the
//     island was not for sale", "its sovereignty was not up for
//     negotiation", "would not be pressured over territory") opposes it,
//     named or referred to, even after "ready to discuss X, but"; a
//     verdict or protest noun ("the ruling", "the strike") is not the
//     topic it judges, a challenge the speaker files is against it, a good
//     word harmed ("endanger peace") is no praise, a counter promised
//     against it ("would be met with an appropriate response", "vowed to
//     respond to X", "measures in response to X", "X's response would be
//     painful") opposes it, and someone else's
//     dated clause ("after a vote failed to block it") is no opinion.
//     The speaker's readiness for an act on the topic ("prepared to send
//     X", "in no hurry to", "not considering sending it"), troops that
//     stay (for their presence, against their withdrawal; an alias of
//     presence counts the other way), a topic spent or dismissed ("no
//     longer served its purpose", "would not change the situation"),
//     goods needed "for itself", "directed against", a denied belief
//     ("did not believe that X was realistic"), "did not concern it" and
//     a place stood behind (place.go: "stood firmly behind Zenda and
//     Kelmar Island") decide too; "this year", "the 2003 deal",
//     "weapons such as X" and "any deal must …" refer to no topic (nor
//     does "said that an agreement could still be signed": "that"
//     before an article opens the clause, and the phrase is a new one;
//     "the understanding" refers back as "the agreement" does; "the
//     talks" never to a penalty, an act of force or goods handed over
//     unless the topic is known as talks), nor
//     do "a separate meeting", a noun that only modifies a body ("the
//     foreign policy committee") or a governing body ("the government",
//     "his government"; "rival government" may be a topic). A topic the
//     speaker's own act is said to answer ("the deployment was a
//     response to X"), what a bar is aimed at ("must bar X from
//     joining Y"), work suspended on it, a regret across a short clause
//     ("regretted the decision to leave X") and "raised questions about"
//     oppose; an act it would let the speaker's side do ("would allow
//     Freedonia to …") backs; the speaker's own name for it after it
//     (", which she called …") decides; another's "internal affair" or
//     "sovereign right" takes no side; a bad word in what something
//     deters someone from is a harm avoided. A gain the topic erases
//     ("could undo 20 years of progress", "wiped out weeks of gains") and
//     "negative/adverse effects" charge it; "no intention of withdrawing
//     it" refuses the undoing as "not" would; a threat before "if Y went
//     ahead with X" ("would be void if", "corresponding measures if")
//     opposes X ("pressed ahead with" is no speech cue); "abide by" goes
//     ahead with X; a verdict X itself passes in a relative clause ("the
//     ruling that rejected Y's claims") and a wrong pursued outside X's
//     clause ("to investigate violations") are no words on X; "removed Y
//     from its sanctions list" undoes the sanctions; a word of feeling
//     before a clause without "that" ("disappointed the roadmap had been
//     dropped") judges the undoing it reports; "would help no one" denies
//     any good.
//   - aggregate.go: one statement per (actor, topic): a confidence-weighted
//     vote, the clearest agreeing sentence as evidence; "backed the French
//     position" takes that actor's lead stance; a mention through an
//     alias that names the topic undone ("zero depots", "dismantlement
//     of fuel depots" for a topic of the depots, whose name undoes
//     nothing) counts the other way, as does a paraphrase of it whose
//     participle a demand asks for ("must see the fuel depots
//     dismantled", "one in which the depots were torn down and
//     dismantled"). A verb aimed at talks on the topic ("ruled out
//     negotiations over X") takes no side on the topic, unless the
//     speaker stays away from them. A say dated in the past ("Last
//     week, X told allies …", "rejected it last month") still counts,
//     giving way to one of today's; a dated decision ("accepted the
//     deal in 2023") does not.
//
// Also read (rounds of fixes on fresh copy, each with its construction
// test): the speaker's own act as the object of its verb of doing ("said
// it had carried out strikes on …", "announced the strikes, saying …")
// is backed whatever harm words its reasons carry (so is one named by
// its own verb, "said it had designated Osk because …", and one whose
// sole doer the speaker is, defended by "accusing Y of …" when Y is its
// target or no watched party), and a short name
// opening a topic's name ("US ban on …") names its doer; an act aimed at
// the speaker is charged by the harm it did ("had killed civilians",
// "were killed in an air strike on Y") and "will not go unanswered"
// opposes it; verdicts from comparatives of harm ("would make it much
// worse", "harder to achieve"), a negated verb of judging ("no longer
// regarded X as realistic"), "a reward for aggression", "an attempt to
// subjugate", "overtaken by events", "valid"; a concession after ",
// even if", "whatever", "rather than"; verbs that strip, deny a right
// to, ship out of, evade, renege on the topic ("strip X of the ability
// to carry out Y" takes the means away); the topic destroyed or taken
// apart ("blown up", "demolished") when a demand, an obligation or the
// absolute or relative clause that sets out terms says so ("must
// follow the model, with the sites blown up and dismantled", "under
// which the sites would be demolished": the words before the clause
// govern the undoing, coordinated undo participles are one undoing, a
// conjunct after the first shares its "with"); undoing read through a
// possessive ("reverse last year's decision to decertify X", unless
// the verb opens the topic's own name), a time clause ("lifting X
// before Y withdrew would …"), the return of something frozen or
// seized, a headline that freezes a deal and "backed the decision"
// after it, "(not) proceed with legislation under X"; topics in other
// forms (a one-word act alias by its verb or noun, "not to retaliate"
// for "retaliation"; "a demilitarised X"; "spend 5% on defence" for
// "defence spending"; "them" for the topic of the speaker's relative
// clause); which topic ("that an agreement could …" is a new phrase,
// "the understanding" refers back, "the talks" never to a penalty or
// act of force, "the exercises" only to drills, a bare "the truce" to
// the truce named in more words, "X's move" to a topic X owns, no
// referring noun in ", which …" on a topic, in ", as …", or as the
// audience of "told … that"); who speaks ("Its envoy, Mira Osk, said",
// "Back in X," and "Within hours," fronted, a surname of a titled
// person named before, "The treaty, Osk said, would …", "the Health
// Ministry", "a department spokesperson", "an official at X's Interior
// Ministry", "accused X of … and said" as two clauses); undecided or
// non-committal speech ("would not comment on X", "was analysing X",
// "has begun a review of X", "X had not come up", "waiting to be
// briefed", "had taken note of Y's decision to lift X", "respected the
// right of Y to choose", "up to Y and its partners to settle", "a
// decision for individual member states", "was watching X calmly",
// "would keep monitoring X's operation", "without taking a position on
// whether X …" wherever X was first named, and any such remark in the
// answer to a fronted "Asked about X" with no word of position; an
// undecided clause before ", but" gives way to X named again after it
// with a stance) and
// bounds or agreement asked for ("must be necessary and proportionate",
// "as a last resort", "urged them to reach consensus on X", "stopped
// short of endorsing X") take no side, even under "urged"; "a matter for
// Xers alone" defends the place.
//
// It imports only news and the standard library; its sub-package score
// measures extraction against gold files (shared/eval-dev format) and the
// GUM Wikinews attribution set.
package extract
