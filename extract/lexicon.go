package extract

import "strings"

// The lexicons: general English, no actor, topic or article named. They
// are read-only tables: nothing writes to them after package
// initialisation.

// abbreviations end with a dot that does not end a sentence.
var abbreviations = lexSet(set(`mr mrs ms dr gen col lt sgt capt cpt gov sen rep st prof rev jr sr
	no nos vs jan feb mar apr aug sep sept oct nov dec inc ltd corp co mt ft maj adm cmdr
	pres supt dept fig approx gens lieut brig cdr messrs mme mlle sen sens reps hon est`))

// sentenceOpeners are words that, after an initialism such as "U.S.",
// show that the dot ended the sentence.
var sentenceOpeners = lexSet(set(`the a an he she it they we i but and in on at this that these those
	however meanwhile its his her their there if when while after before as since
	according officials president minister mr mrs ms`))

// polarity of a cue or a word toward what follows it.
type polarity int8

const (
	polNeutral polarity = 0
	polSupport polarity = 1
	polOppose  polarity = -1
)

// cue is a reporting verb (or a verb of position) and its polarity.
type cue struct {
	lemma string
	pol   polarity
	// particle, when set, must follow the verb for the cue to count
	// ("call for", "rule out"); a cue with a particle outranks the bare
	// verb.
	particle string
}

// cueForms lists each cue's lemma with its polarity and its inflected
// forms (base, third person, past, -ing). A verb listed with a particle
// is a phrasal cue.
var cueTable = []struct {
	pol   polarity
	forms string // lemma:forms, space separated groups
}{
	{polNeutral, `say:says,said,saying tell:tells,told,telling add:adds,added,adding
		state:states,stated,stating note:notes,noted,noting describe:describes,described,describing
		call:calls,called,calling argue:argues,argued,arguing insist:insists,insisted,insisting
		claim:claims,claimed,claiming write:writes,wrote,writing post:posts,posted,posting
		explain:explains,explained,explaining reply:replies,replied,replying
		maintain:maintains,maintained,maintaining reiterate:reiterates,reiterated,reiterating
		stress:stresses,stressed,stressing emphasise:emphasises,emphasised,emphasising
		emphasize:emphasizes,emphasized,emphasizing acknowledge:acknowledges,acknowledged,acknowledging
		repeat:repeats,repeated,repeating comment:comments,commented,commenting
		declare:declares,declared,declaring assert:asserts,asserted,asserting
		suggest:suggests,suggested,suggesting respond:responds,responded,responding
		confirm:confirms,confirmed,confirming tweet:tweets,tweeted,tweeting
		signal:signals,signalled,signaled,signalling
		indicate:indicates,indicated,indicating believe:believes,believed
		predict:predicts,predicted,predicting quote:quotes,quoted observe:observes,observed
		cite:citing
		admit:admits,admitted,admitting concede:concedes,conceded,conceding recall:recalls,recalled
		remark:remarks,remarked allege:alleges,alleged affirm:affirms,affirmed assure:assures,assured`},
	{polOppose, `reject:rejects,rejected,rejecting dismiss:dismisses,dismissed,dismissing
		condemn:condemns,condemned,condemning criticise:criticises,criticised,criticising
		criticize:criticizes,criticized,criticizing denounce:denounces,denounced,denouncing
		warn:warns,warned,warning object:objects,objected,objecting oppose:opposes,opposed,opposing
		deny:denies,denied,denying refuse:refuses,refused accuse:accuses,accused,accusing
		slam:slams,slammed,slamming protest:protests,protested,protesting
		blast:blasts,blasted,blasting decry:decries,decried,decrying deplore:deplores,deplored,deploring
		lambast:lambasts,lambasted lambaste:lambastes,lambasted castigate:castigates,castigated
		rebuke:rebukes,rebuked,rebuking repudiate:repudiates,repudiated
		challenge:challenges,challenged question:questions,questioned,questioning`},
	{polSupport, `welcome:welcomes,welcomed,welcoming support:supports,supported,supporting
		back:backs,backed,backing endorse:endorses,endorsed,endorsing hail:hails,hailed,hailing
		praise:praises,praised,praising agree:agrees,agreed accept:accepts,accepted
		approve:approves,approved defend:defends,defended,defending demand:demands,demanded,demanding
		require:requires,required urge:urges,urged,urging propose:proposes,proposed,proposing
		pledge:pledges,pledged,pledging commend:commends,commended,commending
		thank:thanks,thanked,thanking applaud:applauds,applauded,applauding laud:lauds,lauded
		favour:favours,favoured favor:favors,favored champion:champions,championed
		vow:vows,vowed,vowing promise:promises,promised,promising
		reaffirm:reaffirms,reaffirmed,reaffirming want:wants,wanted seek:seeks,sought
		press:presses,pressed,pressing`},
}

// phrasalCues are verb + particle cues whose polarity differs from the
// bare verb's: "called for" supports, "ruled out" opposes.
var phrasalCues = []struct {
	verbs    string
	particle string
	pol      polarity
	lemma    string
}{
	{"call calls called calling", "for", polSupport, "call for"},
	{"call calls called calling", "on", polSupport, "call on"},
	{"call calls called calling", "upon", polSupport, "call on"},
	{"rule rules ruled ruling", "out", polOppose, "rule out"},
	{"turn turns turned turning", "down", polOppose, "turn down"},
	{"point points pointed pointing", "to", polNeutral, "point to"},
	{"point points pointed pointing", "out", polNeutral, "point out"},
	{"speak speaks spoke speaking", "out", polNeutral, "speak out"},
	{"push pushes pushed pushing", "for", polSupport, "push for"},
	{"push pushes pushed pushing", "back", polOppose, "push back"},
	{"argue argues argued arguing", "for", polSupport, "argue for"},
	{"argue argues argued arguing", "against", polOppose, "argue against"},
	{"speak speaks spoke speaking", "against", polOppose, "speak against"},
	{"raise raises raised raising", "objections", polOppose, "raise objections"},
	{"raise raises raised raising", "concerns", polOppose, "raise concerns"},
	{"raise raises raised raising", "concern", polOppose, "raise concerns"},
	{"express expresses expressed expressing", "support", polSupport, "express support"},
	{"express expresses expressed expressing", "concern", polOppose, "express concern"},
	{"express expresses expressed expressing", "concerns", polOppose, "express concern"},
	{"express expresses expressed expressing", "opposition", polOppose, "express opposition"},
	{"express expresses expressed expressing", "reservations", polOppose, "express reservations"},
	{"voice voices voiced voicing", "support", polSupport, "voice support"},
	{"voice voices voiced voicing", "concern", polOppose, "voice concern"},
	{"voice voices voiced voicing", "concerns", polOppose, "voice concern"},
	{"voice voices voiced voicing", "opposition", polOppose, "voice opposition"},
	{"voice voices voiced voicing", "reservations", polOppose, "voice reservations"},
	{"make makes made making", "clear", polNeutral, "make clear"},
	{"make makes made making", "it", polNeutral, "make it clear"},
}

// lodgeForms lodge a complaint; complaintNouns are what is lodged: "lodged
// a strong protest with Y", "filed a complaint".
var lodgeForms = lexSet(set(`lodge lodges lodged lodging file files filed filing`))
var complaintNouns = lexSet(set(`protest protests complaint complaints`))

// governingHeads name a governing body: bare, with "the" or a possessive
// ("his government"), they are a side, never a topic headed by them ("a
// rival government").
var governingHeads = lexSet(set(`government governments administration administrations authorities cabinet`))

// roleNouns name someone who speaks for an institution: a phrase made of
// them ("the ministry", "the spokeswoman") is resolved to the most recent
// compatible speaker.
var roleNouns = lexSet(set(`ministry ministries spokesman spokeswoman spokesperson spokespeople official
	officials envoy ambassador president minister secretary chancellor premier ministers
	government administration office embassy mission delegation department command
	statement communique communiqué readout post council cabinet agency service army military
	foreign defence defense interior deputy chief senior prime leader leaders leadership
	representative representatives diplomat diplomats negotiator negotiators spokesmen
	spokeswomen commander commanders general admiral press secretary-general authorities
	movement group party bloc alliance regime palace adviser advisor aide aides
	head director governor mayor king queen prince emir sheikh commission parliament
	legislature senator lawmakers lawmaker source sources team country state nation side`))

// personRoles are role nouns that name a person (he/she), the rest name
// an institution (it/they).
var personRoles = lexSet(set(`spokesman spokeswoman spokesperson official envoy ambassador president
	minister secretary chancellor premier diplomat negotiator commander general admiral
	adviser advisor aide head director governor mayor king queen prince emir sheikh
	senator lawmaker representative leader`))

// titleHeads end a person's title though they are not personRoles:
// "foreign policy chief Ola Berg", "Secretary-General Ola Berg".
var titleHeads = lexSet(set(`chief secretary-general`))

// advisingRoles serve the person or body named after "to": "a senior
// adviser to President X" speaks for X (unlike "the ambassador to X").
var advisingRoles = lexSet(set(`adviser advisor aide advisers advisors aides`))

// portfolioWords name an official's brief in a title ("Energy Minister",
// "Trade Secretary").
// titleQualifiers stand capitalised in a title before its role noun:
// "Acting Under Secretary", "Deputy Prime Minister", "Senior Colonel".
var titleQualifiers = lexSet(set(`acting deputy vice under assistant senior chief principal permanent
	first prime foreign defence defense interior`))

var portfolioWords = lexSet(set(`energy trade finance economy economic health justice agriculture
	environment labour labor education transport industry culture home
	communications digital security treasury`))

// referringNouns, after a definite or demonstrative determiner, point
// back to a topic named earlier ("the plan", "this move").
var referringNouns = lexSet(set(`plan plans proposal proposals document documents deal deals initiative
	initiatives move moves package packages declaration declarations decision decisions
	framework frameworks agreement agreements programme program programmes programs
	measure measures step steps idea ideas scheme project text resolution resolutions
	effort efforts policy policies offer offers appointment talks process operation
	operations action actions bill law proposition blueprint roadmap road map accord pact
	treaty arrangement mechanism arrangement arrangements remarks comments announcement announcements signing
	plan's seizure seizures strikes strike attacks sinkings bombings raid raids campaign drills exercises sanctions extension
	outcome rules restrictions curbs mission ban freeze deployment expansion reform reforms
	request ruling verdict vote ratification approval adoption imposition motion draft drafts legislation
	regulation regulations directive amendment amendments laws deadline target order breakthrough
	understanding understandings`))

// verdictNouns name a judgment passed on something ("welcomed the
// ruling" that found a ban unlawful): they refer back only to a topic
// whose alias they head, never to whatever was named last.
var verdictNouns = lexSet(set(`ruling rulings verdict verdicts judgment judgement finding findings`))

// protestNouns name an act of protest against something ("the strike
// had failed" after a walkout against a law): like verdict nouns, they
// refer back only to a topic whose alias they head.
var protestNouns = lexSet(set(`strike strikes walkout walkouts boycott boycotts protest protests`))

// pressureVerbs keep pressure up: "had to keep up pressure on X" wants
// the pressure, it does not condemn it.
var pressureVerbs = lexSet(set(`keep keeps kept maintain maintains maintained increase increases
	increased step stepped ramp ramped ratchet ratcheted sustain sustained`))

// eventConjunctions open a clause that dates an event of someone else's
// ("…, after a vote among member states failed to block it").
var eventConjunctions = lexSet(set(`after before when since once`))

// speechParticiples open a clause of speech without "that": "…, saying
// such a move would be suicide".
var speechParticiples = lexSet(set(`saying adding arguing insisting stressing noting`))

// distinctWords set a referring noun apart from what was named before:
// "a separate meeting", "the other deal" are not the topic named last.
var distinctWords = lexSet(set(`separate different other`))

// bodyAfterNouns head a compound whose first noun only says what the body
// or person deals with ("the foreign policy committee", "the talks
// team") or what a speech is ("his opening speech").
var bodyAfterNouns = lexSet(set(`committee committees subcommittee panel panels council chief chiefs
	adviser advisers advisor advisors official officials spokesman spokeswoman spokesperson
	team teams director directors envoy envoys unit speech speeches`))

// determiners that make a following referring noun point back.
var referringDeterminers = lexSet(set(`the this that these those such its their his her`))

// ownDeterminers make a head of troops after them the possessor's own
// army ("its forces"), never foreign troops named before.
var ownDeterminers = lexSet(set(`its their his her our`))

// ownBodies, after a possessive pronoun ("his government", "its
// parliament"), are the possessor's own institution, never a topic
// headed by the same noun ("rival government").
var ownBodies = lexSet(set(`government administration cabinet parliament ministry authorities leadership`))

// foreignWords mark a topic alias of troops from elsewhere: "foreign
// troops in X", "multinational force".
var foreignWords = lexSet(set(`foreign multinational international peacekeeping peacekeepers`))

// negators flip the polarity of what follows within a few words.
// yieldVerbs, negated after ", but", give up a stand against what was
// doubted ("…, but would not block it").
var yieldVerbs = lexSet(set(`block oppose veto obstruct object`))

var negators = lexSet(set(`not no never n't nor cannot neither without hardly nobody`))

// negatingVerbs flip what follows them ("refused to accept").
var negatingVerbs = lexSet(set(`refuse refuses refused refusing fail fails failed failing reject
	rejects rejected rejecting avoid avoids avoided avoiding prevent prevents prevented
	preventing avert averts averted averting deter deters deterred deterring counter
	counters countered countering combat combats combating tackle tackles tackled tackling`))

// positiveWords and negativeWords carry a stance in the content.
var positiveWords = lexSet(set(`good great important welcome welcomed welcomes welcoming necessary
	strong stronger historic success successful positive constructive progress
	breakthrough support supports supported supporting backs backed endorse endorsed
	essential vital crucial key fair fairness honour honor honoured honored commend commended
	praise praised agree agreed agreement ready willing hope hoped hopes hopeful
	achievement achieve committed commitment legitimate lawful legal justified right
	rights secure safe security peace peaceful stability stable benefit beneficial
	effective useful valuable urge urged demand demanded require requires required
	need needs needed must should deserve deserves advance advancing protect protects
	defend defends defended guarantee guaranteed contribute contributes encourage
	encouraged encouraging thank thanked grateful glad pleased proud appreciate
	appreciated continue determined pledge pledged promise promised proper cutting
	realistic feasible viable workable sensible reasonable acceptable appropriate
	sustainable credible wise want wants wanted seek seeks sought precondition
	prerequisite tolerate justification promising balanced landmark milestone victory
	boost helpful productive fruitful timely overdue transparent inclusive strengthen
	strengthens strengthening improve improves improvement safeguard safeguards
	reassuring commendable courageous excellent substantive respectful valid`))

var negativeWords = lexSet(set(`bad dangerous unacceptable premature violation violations violate violated
	violates illegal illegally illegitimate unlawful unlawfully escalation escalate escalating provocation
	provocations provocative aggression aggressive aggressor aggressors threat threaten threatens
	threatened destabilising destabilizing destabilise destabilize destabilises
	destabilizes politicised politicized destructive destroy wrong mistake
	absurd outrageous irresponsible reckless void flawed crude interference
	criminal crime crimes injustice injustices theft robbery kidnapping piracy terrorism terrorist unjust unfair unjustly unfairly
	concern concerns concerned worry worried alarm alarming regret regrettable
	reject rejected rejects rejecting oppose opposed opposes condemn condemned condemns
	condemning criticise criticised criticize criticized denounce denounced protest
	protested warn warned warns warning deny denied refuse refused object objected
	dismiss dismissed undermine undermines undermining undermined infringement
	breach breached breaches harm harmful hostile hostility militarisation
	militarization militarised militarized militarising militarizing confrontational confrontation aggravation war warmongering
	intimidation coercion blackmail bullying egregious dirty angered angry
	outrage outraged shameful failure failed sabotage obstruct obstructing
	obstructed hinder hindering risk risks risked sparking baseless false lies
	propaganda pressure punish punishment consequences never impossible futile
	useless meaningless farce sham unilateral annex annexation occupation occupier occupiers invasion invader invaders dead dead-end
	intervene intervention disaster disastrous catastrophe catastrophic nonsense betrayal
	shame fiasco ridiculous scandal scandalous deplorable appalling horrifying horrific
	horrendous bribe blunder performative unfortunate
	blackmail cowardly backdoor censorship overreach draconian heavy-handed rushed
	misguided counterproductive discriminatory setback setbacks hurt hurts hurting damage damages
	damaging extortion handicap cripple cripples crippling hobble irrational illogical
	senseless foolish dumb stupid shortsighted bureaucracy bureaucratic burden burdens
	burdensome cumbersome confusing incomprehensible unjustified unwarranted worrying
	troubling disappointing disappointed hypocritical hypocrisy arbitrary excessive
	disproportionate unfounded groundless unconstitutional undemocratic coercive
	protectionist protectionism biased unbalanced punitive meddling fraud fraudulent
	rigged falsification invalid devastating detrimental disruptive erode erodes eroding
	weaken weakens weakening worsen worsens worsening cruel cruelty inhumane inhuman brutal
	fabrication fabrications fabricated revenge vendetta blow confused strange trample
	tramples trampled trampling utopia
	brutality harsh meritless frivolous spurious divisive polarising polarizing
	endanger endangers endangered endangering jeopardise jeopardises jeopardize
	jeopardizes jeopardising jeopardizing imperil imperils challenging unrealistic
	unworkable unachievable impractical wreck wrecks wrecked wrecking ruin ruins ruined
	ruinous humiliation humiliating unfriendly incompatible inconsistent menace graveyard
	unjustifiable indefensible inexcusable outdated obsolete defunct`))

// abuseNouns are negative when aimed at something abstract: "an attack on
// free speech", not "attacks on Ruritania".
var abuseNouns = lexSet(set(`attack attacks assault assaults affront insult`))

// acceptBases are verbs of going ahead with something: negated before
// the topic ("asked X not to sign the agreement") they oppose it.
var acceptBases = lexSet(set(`sign accept approve ratify adopt implement join endorse renew extend allow
	permit comply
	complies complied obey honour honor respect abide abides abided abiding`))

// appealVerbs contest a ruling aimed at ("will appeal the ruling"), unless
// they ask for something ("appealed for calm", "appealed to X").
var appealVerbs = lexSet(set(`appeal appeals appealed appealing contest contests contested contesting`))

// rateHedges and rateUnits make up a rate inside a name: "tariffs of up
// to 35 percent on X".
var rateHedges = lexSet(set(`up to about around nearly almost some roughly as much many over more than`))
var rateUnits = lexSet(set(`percent per cent million billion trillion`))

// documentNouns refer back to a document; documentHeads, in a topic's
// alias, make the topic one ("plastics treaty", "peace plan").
var documentNouns = lexSet(set(`text texts draft drafts document documents`))
var documentHeads = lexSet(set(`treaty treaties agreement accord pact deal convention plan resolution
	declaration charter framework text protocol memorandum roadmap blueprint proposal
	bill law act`))

// stayVerbs, keptStates and purposeWords read a topic kept or defended
// by its purpose: "would stay in place", "are meant to". stayVerbs also
// keep a subject in the state of the participle after them: "the deal
// would stay frozen", "the accord remains suspended".
var stayVerbs = lexSet(set(`stay stays stayed remain remains remained`))

// startVerbs set something going; held back by a condition ("cannot
// begin until X", "could not move forward unless Y") they set terms.
var startVerbs = lexSet(set(`begin start proceed resume move go`))

// persistVerbs keep an act going, in the present or after a modal: "would
// keep up pressure until X", "will continue until Y".
var persistVerbs = lexSet(set(`keep keeps continue continues maintain maintains`))
var keptStates = lexSet(set(`place force effect`))
var purposeWords = lexSet(set(`meant designed intended aimed`))

// wantNouns name the want of what follows: "citing X's lack of
// commitment to the talks".
var wantNouns = lexSet(set(`lack absence failure refusal unwillingness`))

// retaliateForms answer an act. After the speaker's own side and a modal
// they promise a counter-blow ("warned that Sylvania would respond");
// after a vow ("vowed to respond to X") or with a firm adverb ("will
// respond firmly to X") the answer is a counter to what follows.
var retaliateForms = lexSet(set(`respond retaliate react`))

// aimForms before "against" say whom something is turned on: "the drills
// were not directed against anyone".
var aimForms = lexSet(set(`directed aimed targeted pointed`))

// courseStates after a stay verb and "on" keep a topic going as planned:
// "the withdrawal remained on schedule".
var courseStates = lexSet(set(`track schedule course`))

// positionWords name a stand someone takes: "backed the French
// position".
var positionWords = lexSet(set(`position positions stance line view views approach call demand demands`))

// offerNouns and spurnVerbs: "ignored its offer of talks" (ownOfferSpurned).
var offerNouns = lexSet(set(`offer offers proposal proposals request requests invitation`))
var spurnVerbs = lexSet(set(`ignored ignoring ignore ignores rejected rejecting rebuffed rebuffing snubbed
	snubbing spurned spurning dismissed dismissing`))

// replyNouns: "had received no reply to" (unanswered); "the bloc's
// response to X would be unflinching" (a promised counter).
var replyNouns = lexSet(set(`reply replies response responses answer retaliation`))

// lossNouns, after "cost", are a harm done, not a price: "costing lives".
var lossNouns = lexSet(set(`lives life jobs livelihoods`))

// costNouns after raiseWords are a harm: "would raise costs", "fuel an
// arms race", "drive up
// prices".
var costNouns = lexSet(set(`costs cost prices price bills bill tension tensions race races`))
var raiseWords = lexSet(set(`raise raises raising raised up higher increase increases increasing
	heighten heightens heightening fuel fuels fuelling fueling double doubles doubled
	doubling triple triples tripled tripling heightened increased fuelled fueled
	inflame inflames inflamed inflaming stoke stokes stoked stoking`))

// contraryHeads before "against" make it a verdict: "the law went
// against the principles of fair competition".
var contraryHeads = lexSet(set(`go goes went gone going run runs ran running`))

// contradictForms set the topic against something it contradicts
// ("contradicts its policy"); after one, claimNouns name a claim it
// rebuts instead ("contradicting X's assertion").
var contradictForms = lexSet(set(`contradict contradicts contradicted contradicting`))
var claimNouns = lexSet(set(`assertion assertions claim claims statement statements report reports
	remarks suggestion suggestions account accounts`))

// subjectPossessives open a clause with its own subject after a
// subordinator: "as his government moves to …".
var subjectPossessives = lexSet(set(`his her its their`))

// appealNouns take an infinitive of someone else's act: "rejected calls
// to delay the project", "resisted pressure to scrap the deal".
var appealNouns = lexSet(set(`call calls demand demands request requests appeal appeals pressure
	proposal proposals attempt attempts effort efforts bid bids push pushes`))

// harmVerbs attack what follows them: criticising someone for obstructing
// a topic supports the topic ("slow" only as a verb, after "to":
// harmBefore).
var harmVerbs = lexSet(set(`obstruct obstructs obstructed obstructing hinder hinders hindered hindering
	undermine undermines undermined undermining sabotage sabotages sabotaged sabotaging
	derail derails derailed derailing torpedo torpedoes torpedoed torpedoing block blocks
	blocked blocking jeopardise jeopardises jeopardised jeopardising jeopardize jeopardizes
	jeopardized jeopardizing disrupt disrupts disrupted disrupting delay delays delayed
	delaying stall stalls stalled stalling thwart thwarts thwarted thwarting impede
	impedes impeded impeding wreck wrecks wrecked wrecking veto vetoes vetoed vetoing
	neglect neglects neglected neglecting slows slowed slowing violate violates violated
	violating breached breaching flout flouts flouted flouting evade evades evaded evading
	circumvent circumvents circumvented circumventing dodge dodges dodged dodging
	renege reneges reneged reneging backtrack backtracks backtracked backtracking
	fight fights fought fighting`))

// partNouns before "of" name a part of what follows: a harm to "parts of
// the deal" is a harm to the deal.
var partNouns = lexSet(set(`part parts`))

// harmNouns before "of" name a harm done to what follows: "a clear
// violation of the accords" defends the accords.
var harmNouns = lexSet(set(`violation violations breach breaches`))

// blockingPrepositions, inside a speaker phrase, introduce someone who is
// not the speaker ("the ambassador to X", "talks with X").
var blockingPrepositions = lexSet(set(`to with against at from on toward towards over about in into
	by between among after before than like versus vs`))

// headSynonyms name the same thing as a head noun of topic aliases: "the
// discussions" for a topic known as "X talks", "the reinstatement" for
// one known as "reimposition of X", "the manoeuvres" for "X drills".
var headSynonyms = synonymGroups(`talks discussions negotiations dialogue meeting
	reimposition reinstatement restoration
	drills exercises manoeuvres maneuvers
	pledge commitment promise
	target goal
	assets funds
	arms weapons weaponry
	remarks comments statements`)

// exerciseNouns name military exercises: "the exercises" refers back
// only to a topic of that kind, never to whatever was named last.
var exerciseNouns = lexSet(set(`drills exercises manoeuvres maneuvers drill exercise`))

// militaryDoingNouns, after "military", say a side's exercises in other
// words: "its military pressure", "aggressive military activities".
var militaryDoingNouns = lexSet(set(`pressure activity activities`))

// subjectVerbs open a predicate right after a subject: "X, which …,
// would spend".
var subjectVerbs = lexSet(set(`would will could should must can may might had has have was were is are`))

// truceNouns name a halt to fighting: "the truce" after "a temporary
// ceasefire".
var truceNouns = lexSet(set(`ceasefire ceasefires truce truces armistice`))

// definiteBefore point a bare head back to a thing named: "the truce",
// "this ceasefire".
var definiteBefore = lexSet(set(`the this that its their`))

// headPrepositions follow a head noun in a name: "truce in X".
var headPrepositions = lexSet(set(`in for between on with of`))

// transferHeads head an alias whose word before them is what is handed
// over: "arms sales", "weapons package", "grain deliveries".
var transferHeads = lexSet(set(`sale sales package packages delivery deliveries transfer transfers
	supply supplies shipment shipments`))

// handingForms open a topic name that hands goods over: "Supplying X
// to Y", "Delivery of X to Y".
var handingForms = lexSet(set(`supplying supply supplies delivering delivery deliveries sending
	providing provision giving transferring transfer transfers selling sale sales`))

// needForms want something for someone: "we need X for ourselves".
var needForms = lexSet(union(wantForms.words, set(`need needs needed`)))

// selfWords after "for" keep a thing for the one who needs it: "for
// itself", "for its own defence".
var selfWords = lexSet(set(`itself ourselves themselves himself herself myself us`))

// serveForms with an end after them judge what serves it: "no longer
// served its purpose", "had served their purpose".
var serveForms = lexSet(set(`serve serves served serving`))

// endNouns are the ends something serves: "purpose", "interests".
var endNouns = lexSet(set(`purpose purposes interest interests`))

// changeForms, negated after a topic, dismiss what it would do when
// their object is a state of things (stateObjects): "would not change
// the situation on the battlefield".
var changeForms = lexSet(set(`change changes changed alter alters altered`))

// stateObjects are the states of things a change verb leaves as they are.
var stateObjects = lexSet(set(`situation balance outcome course dynamics`))

// aliasHeadSynonyms name the same thing after a name: "Strelsau meeting"
// for an alias "Strelsau talks", "Ruritanian soldiers" for "Ruritanian troops".
var aliasHeadSynonyms = synonymGroups(`talks negotiations discussions meeting
	troops soldiers forces
	deal agreement accord pact`)

// agreementHeads name the same settled agreement after any modifier:
// "trade accord" for an alias "trade deal". Not "agreement", which is
// as often the act of agreeing or a framework still to be written.
var agreementHeads = synonymGroups(`deal accord`)

// aliasLeadSynonyms name the same act before "of" at the head of an
// alias: "departure of X troops" for "withdrawal of X troops".
var aliasLeadSynonyms = synonymGroups(`withdrawal departure pullout`)

// outsiderAdjectives name rule from outside before an abstract noun:
// "foreign tutelage" for "international tutelage" (read-only).
var outsiderAdjectives = synonymGroups(`international foreign external`)

// paraphraseSynonyms are general words that name the same act or thing
// as a head or modifier of a topic alias, for a paraphrase of an alias
// that holds a name: "restrictions on X crude" for "sanctions on X oil",
// "leave X" for "withdrawal from X", "raid on X" for "strikes on X";
// an act's noun and its verb where no common ending joins them
// ("expelling X refugees" for "expulsion of X refugees", "restore X
// sanctions" for "reimposition of X sanctions"; a past participle never
// matches, sameWord).
var paraphraseSynonyms = synonymGroups(`withdrawal withdraw leave pullout
	sanctions restrictions
	oil crude
	interdiction interception
	troops soldiers
	strikes raid raids airstrikes
	purchases purchase buys buy buying
	sales sale sell sells selling
	arms weapons
	expulsion expulsions expel expels expelling
	reimposition reimpose reimposing reinstatement reinstate reinstating restoration restore restoring`)

// forceActs name an act of armed force in a topic alias: what "the use
// of (military) force" refers back to (read-only).
var forceActs = [...]string{"military action", "use of force", "armed aggression", "military aggression",
	"military intervention", "armed intervention", "military operation", "military operations"}

// actParaphrases are general verbs and nouns of one act, one group a
// line, for an alias with no name of one act and its object or subject
// matter ("give up its weapons", "interdiction of tankers", "nuclear
// negotiations"): "handing over the group's weapons", "the interception
// of merchant vessels", "negotiating with X over the nuclear programme".
// A two-word entry is a verb and its particle; every inflection is
// listed (read-only).
var actParaphrases = [...][]string{
	{"give up", "gives up", "giving up", "gave up", "given up",
		"hand over", "hands over", "handing over", "handed over",
		"lay down", "lays down", "laying down", "laid down",
		"surrender", "surrenders", "surrendering", "surrendered",
		"relinquish", "relinquishes", "relinquishing", "relinquished",
		"cede", "cedes", "ceding", "ceded"},
	{"seize", "seizes", "seizing", "seized", "seizure", "seizures",
		"intercept", "intercepts", "intercepting", "intercepted", "interception", "interceptions",
		"interdict", "interdicts", "interdicting", "interdicted", "interdiction", "interdictions"},
	{"talks", "negotiations", "negotiation", "negotiate", "negotiates", "negotiating", "negotiated", "dialogue"},
}

// talkHeads name a round of talks: a headline or lead that uses one
// makes the talks the story's, and later they refer back to them: "the
// talks", "the negotiations"; not "meeting", often another body's ("at
// their next meeting") (read-only).
var talkHeads = lexSet(set(`talks negotiations negotiation discussions dialogue`))

// phraseEndWords after a noun close its phrase: a preposition or a
// clause word, "tariffs on X", "tariffs that …" (read-only).
var phraseEndWords = lexSet(set(`on over against from of for to in at by with that which unless until
	if as and or but from rising`))

// talkParts, after an ordinal (talkOrdinals), name a part of a round
// of talks: "the first day had been productive" (read-only).
var talkParts = lexSet(set(`day round session`))
var talkOrdinals = lexSet(set(`first second third fourth fifth latest final opening last`))

// talkMannerWords describe how talks are held, not what they are about:
// an alias "direct talks" is not "negotiations on direct flights"
// (read-only).
var talkMannerWords = lexSet(set(`direct indirect formal informal bilateral trilateral multilateral
	secret further fresh technical preliminary proximity`))

// actObjectSynonyms name the same object of an act in actParaphrases
// more generally: "merchant vessels" for "tankers", "land" for
// "territory" (read-only).
var actObjectSynonyms = synonymGroups(`tankers tanker vessels vessel ships ship
	weapons arms
	territory territories land lands`)

// pullOutForms name withdrawing with "out" before the place: "pull its
// troops out of X" for "withdrawal from X" (a past participle narrates;
// read-only).
var pullOutForms = lexSet(set(`pull pulls pulling`))

// troopNouns are what a side withdraws: "withdraw its forces".
var troopNouns = lexSet(set(`troops forces soldiers army units personnel`))

// synonymGroups reads groups of words, one group a line, into each word's
// other words.
func synonymGroups(s string) map[string][]string {
	out := make(map[string][]string)
	for _, line := range strings.Split(s, "\n") {
		ws := strings.Fields(line)
		for _, w := range ws {
			for _, o := range ws {
				if o != w {
					out[w] = append(out[w], o)
				}
			}
		}
	}
	return out
}

// titleClauseBreaks, in a headline, open another clause: a verb before
// them is not aimed at a topic after them ("X calls talks a dead end as
// sanctions near return").
var titleClauseBreaks = lexSet(set(`as while amid after when because since , ; :`))

// timePrepositions open a phrase that dates what is said ("after the
// summit"), not its matter.
var timePrepositions = lexSet(set(`after during before since`))

// audienceCues are verbs of telling whose object is the audience: "told
// the meeting that …".
var audienceCues = lexSet(set(`told tell tells telling assured assures assuring informed informs`))

// adjectiveNounExceptions end like an adjective but are nouns that open
// a compound ("withdrawal deadline for X"): an alias keeps them.
var adjectiveNounExceptions = lexSet(set(`capital withdrawal proposal approval trial rival arrival
	renewal removal survival referral dismissal disposal signal journal traffic republic
	initiative executive directive representative incentive objective narrative
	secretary anniversary boundary salary library summary commentary emissary adversary
	sanctuary dignitary clinic topic logic music panic tactic mechanic guardian
	politician technician physician musician ritual festival tribunal terminal
	material rental approval referendum arsenal portal canal cartel chemical`))

// settlementNouns name a place by its kind before "of" and its name:
// "the town of Uvel" is Uvel.
var settlementNouns = lexSet(set(`town city village port region province district`))

// routePrepositions, like blockingPrepositions, end a topic alias's head
// ("transit route through X" → route).
var routePrepositions = lexSet(set(`through across along via within under near beyond around`))

// dealHeads head the name of a deal: "nuclear deal"; dealHeadList
// are the same, in order, and dealHeads is built from it.
var dealHeadList = []string{"deal", "agreement", "accord"}
var dealHeads = lexSet(set(strings.Join(dealHeadList, " ")))

// asideAdverbs, set off by commas right after a verb, leave the verb
// its object: "rejected, however, demands that …".
var asideAdverbs = lexSet(set(`however though nevertheless nonetheless meanwhile moreover
	furthermore indeed again also too instead`))

// frontStarters open a fronted adverbial that ends at the first comma
// ("In a statement, …", "However, …", "Speaking to reporters, …").
var frontStarters = lexSet(set(`in at on after before during however meanwhile earlier later
	separately since last under following while when as also still yet instead moreover
	furthermore additionally but and so then now today yesterday overnight asked
	responding speaking addressing writing asked for with without despite amid by
	nevertheless nonetheless likewise similarly besides indeed first second finally
	elsewhere there here once although though within back upon throughout`))

// backgroundOpeners mark a sentence about the past ("Last month, …", "A
// week earlier …"): what it reports is background, not a new statement.
var backgroundWords = lexSet(set(`last earlier ago previously formerly`))

// skippable words sit between a speaker and the cue: auxiliaries,
// adverbs, time words.

var auxiliaries = lexSet(set(`has have had is was were are be been will would could should may might
	must can did does do also later again once further repeatedly strongly publicly privately
	specifically already still then now reportedly firmly sharply swiftly quickly
	initially previously separately earlier meanwhile even just recently subsequently
	formally officially explicitly openly flatly categorically emphatically angrily
	immediately himself herself itself themselves last night morning afternoon evening today yesterday tonight
	monday tuesday wednesday thursday friday saturday sunday on late early this week
	month year`))

// pronouns that can be a speaker, with whether they name a person.
var speakerPronouns = lexSet(map[string]bool{"he": true, "she": true, "it": false, "they": false})

// thirdPronoun reports a subject pronoun of the third person: one of
// speakerPronouns ("it", "they", "he", "she").
func thirdPronoun(n string) bool {
	_, ok := speakerPronouns.words[n]
	return ok
}

// relativeWords open a relative clause or appositive to skip in a subject.
var relativeWords = lexSet(set(`who which whose whom that where`))

// clauseBreakers end a clause: what follows belongs to someone else.
var clauseBreakers = lexSet(set(`while whereas but although though`))

// conditionOpeners open a clause of condition or cause with its own
// subject: "could not move forward unless X gave up its weapons".
var conditionOpeners = lexSet(set(`unless if because once`))

// subordinators open a subordinate clause whose own subject follows.
var subordinators = lexSet(set(`after before since when as because if unless until once that while
	whereas although though where`))

// adverbialSubordinators open an adverbial clause that may have a
// subject of its own: "after X pushed for …".
var adverbialSubordinators = lexSet(set(`after before when while as because since until once although though
	whereas`))

// passiveMarkers before a participle make the cue passive ("was
// rejected"): the speaker is not the subject.
var passiveMarkers = lexSet(set(`is was were are be been being get got gets`))

// wordFilter sits in front of a map keyed by words: one bit per 16-bit
// hash of a key's length and first, middle and last bytes. Most words of
// a text are no key, and a clear bit turns them away before the map
// hashes the whole string; a set bit says only "maybe". Built with the
// map and read-only afterwards.
type wordFilter [1 << 10]uint64

// filterHash is the top 16 bits of a 32-bit hash of a word's length and
// first, middle and last bytes.
func filterHash(w string) uint32 {
	if w == "" {
		return 0
	}
	x := uint32(len(w)) | uint32(w[0])<<8 | uint32(w[len(w)>>1])<<16 | uint32(w[len(w)-1])<<24
	return x * 0x9E3779B1 >> 16
}

func (f *wordFilter) add(w string) {
	h := filterHash(w)
	f[h>>6] |= 1 << (h & 63)
}

// mayHave is false only for a word never added.
func (f *wordFilter) mayHave(w string) bool {
	h := filterHash(w)
	return f[h>>6]&(1<<(h&63)) != 0
}

// Unions of the word lists that per-token walks look up: one bit test
// (holds) tells the words a walk stops at or looks further at from the
// many it steps over.
var (
	// phraseStopWords: the words phraseStop reports.
	phraseStopWords = lexSet(union(npFunctionWords.words, finiteAux.words, negators.words, clauseBreakers.words, subordinators.words, set(`and or`)))
	// undoAimedWords: every word undoAimed's walk stops or looks further
	// at.
	undoAimedWords = lexSet(union(subordinators.words, undoVerbs.words, putForms.words, suspendedStates.words, shipForms.words, set(`and but up down`)))
	// undoNounOfWords: every word undoNounOf's walk stops or looks
	// further at, punctuation aside.
	undoNounOfWords = lexSet(union(finiteAux.words, modals.words, subordinators.words, undoNouns.words, set(`and but`)))
	// localGovernorWords: the word lists localGovernor looks up per word.
	localGovernorWords = lexSet(union(lesserWords.words, concernNouns.words, misuseVerbs.words, appealVerbs.words, acceptBases.words, stanceVerbs.words))
	// spentWords: the lists spentOrUnchanged's walk looks up.
	spentWords = lexSet(union(subordinators.words, serveForms.words, changeForms.words))
)

// union is one list of the words of sets.
func union(sets ...map[string]bool) map[string]bool {
	m := make(map[string]bool)
	for _, words := range sets {
		for w := range words {
			m[w] = true
		}
	}
	return m
}

// firstWords is the set of the first words of phrases.
func firstWords(phrases []string) map[string]bool {
	m := make(map[string]bool)
	for _, p := range phrases {
		if f := strings.Fields(p); len(f) > 0 {
			m[f[0]] = true
		}
	}
	return m
}

func set(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// joinedSet is set for entries of two words joined by "+".
func joinedSet(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[strings.ReplaceAll(w, "+", " ")] = true
	}
	return m
}

// helpForms before "no one" or "nobody" deny any good: "would help no
// one".
var helpForms = lexSet(set(`help helps helped benefit benefits benefited serve serves served`))

// feelingWords take a clause with "that" left out: "was glad the
// sanctions had been lifted" (feltClause).
var feelingWords = lexSet(union(concernAdjectives.words, set(`glad pleased happy relieved delighted satisfied
	disappointed sorry saddened dismayed unhappy`)))

// pursueVerbs go after a wrong: "to investigate violations", "would
// prosecute war crimes" is for the pursuit, not against it (pursuedWrong).
var pursueVerbs = lexSet(set(`investigate investigates investigated investigating probe probes probed probing
	prosecute prosecutes prosecuted prosecuting`))

// listNouns and removeForms make "removed X from its sanctions list"
// (removedFromList).
var listNouns = lexSet(set(`list lists blacklist`))
var removeForms = lexSet(set(`remove removes removed removing delist delists delisted`))

// threatNouns, before "if Y went ahead with X", make the clause a
// threat (with negativeWords: "void", "warned"): "would take
// corresponding measures if …".
var threatNouns = lexSet(set(`measures countermeasures retaliate retaliation respond response`))

// contentVerbs say what a text or plan holds: "which envisages a truce".
var contentVerbs = lexSet(set(`envisages envisage envisaged includes include included contains contain
	foresees foresee provides outlines sets calls proposes`))

// durationWords say for how long, between a verb and its object:
// "extend by a year the truce", "suspend for six months the duties".
var durationWords = lexSet(set(`by for a one two three four five six nine twelve 30 60 90 another further year years month months week weeks day days`))

// intentNouns, after "no", disown the act they name: "no intention of
// withdrawing them", "no plans to lift the ban".
var intentNouns = lexSet(set(`intention intentions plan plans desire wish`))

// harmAdjectives before effectNouns make a charge of harm: "a negative
// impact", "adverse effects".
var harmAdjectives = lexSet(set(`negative adverse`))
var effectNouns = lexSet(set(`impact impacts effect effects consequence consequences repercussions`))

// gainNouns name what was won; erasingForms, the verbs that undo it
// ("wipe out" and "roll back" as two words); gainMeasures, the words
// between: "undo 20 years of hard-won progress" (erasedGain).
var gainNouns = lexSet(set(`progress gains achievements advances improvements successes strides headway`))
var erasingForms = lexSet(joinedSet(`undo undoes undid undone undoing erase erases erased erasing
	reverse reverses reversed reversing squander squanders squandered squandering
	wipe+out wipes+out wiped+out wiping+out roll+back rolls+back rolled+back rolling+back`))
var gainMeasures = lexSet(set(`of the its their our his her much all many hard-won recent
	past last few several two three four five ten twenty decades`))

// undoVerbs, aimed at a topic, turn a demand against it: "urged X to
// halt the drills", "demanded that Y retract the remarks".
var undoVerbs = lexSet(set(`retract retracts retracted retracting withdraw withdraws withdrew withdrawn withdrawing
	scrap scraps scrapped scrapping abandon abandons abandoned abandoning drop drops
	dropped dropping cancel cancels cancelled canceled cancelling halt halts halted
	halting stop stops stopped stopping cease ceases ceased ceasing reverse reverses reversed reversing revoke
	revokes revoked rescind rescinds rescinded suspend suspends suspended suspending
	quit quits quitting exit exits exited exiting reconsider reconsiders reconsidered
	reconsidering rethink exempt exempted exemption exemptions lift lifts
	lifting lifted ease eases easing eased end ending ended abolish abolishes abolished
	abolishing repeal repeals repealed repealing terminate terminates terminated
	suspension withdrawal scrapping lifting repeal abolition cancellation termination
	reversal rollback remove removes removed removing removal pause pauses paused
	pausing moratorium shelve shelves shelved shelving renounce renounces renounced
	renouncing relinquish relinquishes relinquished relinquishing forgo forgoes forgoing
	renunciation dismantle dismantles dismantled dismantling dismantlement annul annuls
	annulled annulling annulment overturn overturns overturned overturning eliminate
	eliminates eliminated eliminating elimination`))

// changeParticiples say a line or a state is altered: "borders could not
// be changed by force".
var changeParticiples = lexSet(set(`changed redrawn altered moved shifted`))

// rewardForms, followed by "for", say a wrong is rewarded: "a reward
// for aggression".
var rewardForms = lexSet(set(`reward rewards rewarding`))

// meritNouns name what earns a reward: "a reward for years of work".
var meritNouns = lexSet(set(`work efforts effort patience restraint cooperation loyalty years decades service reforms`))

// returnNouns give back what is held, heldWords say it is held: "the
// return of the frozen reserves", "the release of the seized tankers"
// (returnOfHeld).
var returnNouns = lexSet(set(`return release unfreezing handback restitution`))
var heldWords = lexSet(set(`frozen immobilised immobilized seized confiscated impounded blocked held detained`))

// antiAliasWords in a topic's alias make it name the topic undone:
// "zero enlargement", "dismantlement of the border posts", "withdraw from
// the pact" for a topic of staying in it.
var antiAliasWords = lexSet(set(`zero dismantle dismantles dismantled dismantling dismantlement
	abolition abolish renunciation renounce elimination eliminate withdraw withdrawal leave
	quit exit freeze lifting lift repeal rescind revoke scrap scrapping suspension suspend`))

// presenceNouns, in an alias of a topic whose name undoes something,
// name what it takes away: "presence of X troops" for "Withdrawal of X
// troops".
var presenceNouns = lexSet(set(`presence stationing`))

// disarmNameWords, in a topic's name, make it a topic of taking weapons
// away: "Disarmament of X"; weaponNouns, referring back to it, name
// what it takes away ("its weapons were not up for discussion").
var disarmNameWords = lexSet(set(`disarmament disarming disarm decommissioning demilitarisation demilitarization`))
var weaponNouns = lexSet(set(`weapons arms weaponry arsenal arsenals guns`))

// handOverWords hand something over or give it up: the first words of
// actParaphrases' first group ("hand" of "hand over").
var handOverWords = lexSet(firstWords(actParaphrases[0]))

// departNouns, in a topic's name that undoes something, make it a topic
// of troops leaving: "Withdrawal from X", "Reduction of Y troops".
var departNouns = lexSet(set(`withdrawal withdrawing pullout pull-out drawdown departure reduction`))

// undoishNameWords, in a topic's name, make the topic itself an undoing,
// ending, banning or stopping of something, so that its aliases' undoing
// words name it and not its opposite.
var undoishNameWords = lexSet(set(`ban bans banning banned end ending ended leave leaving left
	exit exits phase-out phaseout closure closing dissolution dissolving reduction ceasefire
	truce demilitarisation demilitarization disarmament disarming neutralisation
	neutralization relief removing halting stopping pausing pause delay delaying cuts cut
	cutting freeze freezing moratorium`))

// causativeVerbs have a participle after their object done to it: "to
// have the law annulled", "wants the sanctions lifted".
var causativeVerbs = lexSet(set(`have has get gets got want wants wanted see`))

// ruleForms before "out" exclude what follows: "ruled out talks".
var ruleForms = lexSet(set(`rule rules ruled ruling`))

// refusalForms before "to rule out" keep it open: "refused to rule out".
var refusalForms = lexSet(set(`refused refuses refusing refuse declined declines declining decline`))

// hopeForms open a wish: "hoped all parties would exercise restraint".
var hopeForms = lexSet(set(`hope hoped hopes hoping`))

// concernAdjectives, negated after a form of "be", play a matter down:
// "he was not concerned".
var concernAdjectives = lexSet(set(`concerned worried`))

// dismayAdjectives take the topic as their cause: "was concerned by the
// move", "alarmed at the drills", "deeply shocked by the use of force".
var dismayAdjectives = lexSet(union(concernAdjectives.words, set(`alarmed dismayed troubled shocked appalled horrified outraged disappointed`)))

// dismayNouns after "with" mark a regretful reception: "took note of the
// decision with regret", "noted with concern the drills".
var dismayNouns = lexSet(set(`regret concern alarm dismay`))

// expressVerbs voice a feeling named by their object: "expressed regret
// over the plan", "voiced concern about the drills".
var expressVerbs = lexSet(set(`express expresses expressed expressing voice voices voiced voicing`))

// enableForms after a modal grant someone an act: "would let X …",
// "will allow X to …".
var enableForms = lexSet(set(`let allow enable permit help`))

// ownBusinessAdjectives and ownBusinessNouns name a side's own
// business: "internal affair", "sovereign right", "domestic matter".
var (
	ownBusinessAdjectives = lexSet(set(`internal sovereign domestic`))
	ownBusinessNouns      = lexSet(set(`affair affairs matter matters right decision choice business issue`))
)

// barVerbs keep someone from an act: "bar X from enriching", "prevent
// them from joining".
var barVerbs = lexSet(set(`bar bars barred barring prevent prevents prevented preventing prohibit
	prohibits prohibited prohibiting forbid forbids forbade forbidding`))

// deterVerbs keep someone from what follows "from": "deterred people
// from making the dangerous journey" (a harm avoided, a good done).
var deterVerbs = lexSet(set(`deter deters deterred deterring discourage discourages discouraged
	discouraging dissuade dissuades dissuaded dissuading`))

// possDeterminers open a noun phrase: "the", "its" ("regretted its
// decision to …").
var possDeterminers = lexSet(set(`the a an its his her their our this`))

// bareBreakers end a bare noun phrase scanned backwards: a determiner or
// a possessive makes it someone's in particular.
var bareBreakers = lexSet(union(possDeterminers.words, set(`that these those`)))

// objectDeterminers open an object noun phrase: "accept or recognise
// the ruling", "sign and ratify any deal".
var objectDeterminers = lexSet(union(possDeterminers.words, set(`these those any`)))

// regretVerbs before a that-clause regret what it says: "regretted that
// the measure had been taken".
var regretVerbs = lexSet(set(`regret regrets regretted regretting deplore deplores deplored lament laments lamented`))

// destroyedForms are participles of destroying or taking apart: what
// they are said of is undone, when a demand, an obligation or an
// absolute or relative clause sets them out ("with the depots
// destroyed", "under which the sites would be demolished").
// takenApartForms take "up", "down" or "apart" after them: "blown up",
// "torn down", "taken apart".
var destroyedForms = lexSet(set(`destroyed demolished razed bulldozed obliterated wrecked dismantled scrapped`))
var takenApartForms = lexSet(set(`blown torn taken pulled knocked broken`))

// relativePrepositions before "which" open a relative clause that sets
// out terms or a way: "the model under which …", "a deal in which …".
var relativePrepositions = lexSet(set(`in under by through whereby`))

// abilityNouns, after "of" and before "to" and a verb, name the means
// to act that a deprive verb takes away: "strip it of the ability to
// test missiles".
var abilityNouns = lexSet(set(`ability capacity capability capabilities means power right wherewithal`))

// windForms before "down" make an undo verb: "wind down the mission".
var windForms = lexSet(set(`wind winds winding wound`))

// giveForms before "up" make an undo verb: "give up its weapons".
var giveForms = lexSet(set(`give gives gave given giving`))

// undoNouns, as a referring phrase ("the suspension"), point back to a
// topic and undo it.
var undoNouns = lexSet(set(`suspension withdrawal scrapping abolition cancellation termination
	reversal rollback repeal lifting shelving renunciation dismantlement elimination`))

// tailStarters may follow a cue in an inverted attribution ("…," the
// ministry said on Telegram / told reporters).
var tailStarters = lexSet(set(`on in at to during after before late earlier last this yesterday today
	tonight reporters journalists lawmakers parliament
	monday tuesday wednesday thursday friday saturday sunday`))

// npFunctionWords may sit inside a speaker phrase.
var npFunctionWords = lexSet(set(`the a an its his her their our this that these those of for and
	to in at on with from by top senior deputy former new acting chief state
	foreign defence defense interior spokes joint separate own country's`))

// aliasStopWords in a topic alias do not refer back to it on their own.
var aliasStopWords = lexSet(set(`with from into over under about between against after before
	during without within than them they there where which while whose`))

// finiteAux are verbs that show a clause, not a speaker phrase.
var finiteAux = lexSet(set(`is was were are has have had will would could should can may might must
	be been does did do`))

// timeUnits and timeQuantities make a lede's time clause: ", days
// after …", ", a week before …".
var timeUnits = lexSet(set(`hour hours day days week weeks month months`))
var timeQuantities = lexSet(set(`hours days weeks months`))

// calendarNouns name a stretch of time after a demonstrative: "this
// year", "earlier this week", "these days" say when, and refer back to
// nothing.
var calendarNouns = lexSet(union(timeNouns.words, set(`years weeks months days time spring summer autumn
	winter season decade`)))

// ownBefore open a time clause on the speaker's own doings: "days after
// its capture of the town".
var ownBefore = lexSet(set(`its their his her it they he she`))

// haltHeads, referring back to a topic that undoes nothing, name it held
// up: "the freeze would stay in place" after work on a treaty was frozen.
var haltHeads = lexSet(set(`freeze moratorium`))

// asVerdictVerbs pass a verdict through "as": "did not recognise the
// move as legitimate".
var asVerdictVerbs = lexSet(set(`recognise recognises recognised recognize recognizes recognized`))

// answerLinks join an answer noun (answerNouns) to what it answers: "in
// response to", "in retaliation for".
var answerLinks = lexSet(set(`to for`))

// bargainForms, negated before "over"/"on" and the speaker's own thing,
// hold on to it: "would not bargain over its right to X".
var bargainForms = lexSet(set(`bargain negotiate compromise haggle budge`))

// numberWords before a cue form make it a noun ("three points").
var numberWords = lexSet(set(`one two three four five six seven eight nine ten dozen dozens hundreds
	thousands several many few some`))

// suspendedStates after "in"/"on" say a topic is undone for now: "in
// abeyance", "on hold", "on ice".
var suspendedStates = lexSet(set(`abeyance hold ice`))

// workCarriers stand between an undo verb and the topic it undoes, and
// workNouns among them name the work on it: "suspend work on legislation
// implementing X", "froze work on the legislation needed to implement X",
// "halted the ratification of X", "suspended its participation in X";
// a time's possessive among them ("last year's X") carries too.
var workNouns = lexSet(set(`work legislation law laws bill bills approval ratification participation involvement`))
var workCarriers = lexSet(union(workNouns.words, set(`on the its their needed required to implement implementing of
	last this year month week summer spring autumn winter in`)))

// freezeForms undo the work named after them ("froze work on X"), not a
// thing itself ("froze the assets" holds them).
var freezeForms = lexSet(set(`freeze freezes froze freezing pause pauses paused pausing`))

// frozenHead reports a head noun that freezing halts rather than holds:
// "freezes trade deal", "froze the talks" (not "froze the assets").
func frozenHead(w string) bool {
	return documentHeads.words[w] || w == "talks" || w == "negotiations"
}

// putForms with a suspended state after the topic undo it: "put the deal
// on ice".
var putForms = lexSet(set(`put puts putting place places placed placing keep keeps kept keeping`))

// holdForms before "in abeyance" suspend: "would hold in abeyance the treaty".
var holdForms = lexSet(set(`hold holds holding held`))

// hedgeWords show a speaker still making up its mind: what it says of
// the topic is neither for nor against.
var hedgeWords = lexSet(set(`examining considering studying weighing reviewing assessing evaluating
	mulling pondering deliberating undecided analysing analyzing`))

// reviewOpeners before "a review of X" start one: "has begun a review of
// the pact", "ordered a review of the deal".
var reviewOpeners = lexSet(set(`begun began begin begins launched launch launches ordered order orders
	opened started start starts initiated conducting undertaking announced`))

// respectForms before "the right of X to …" leave it to X.
var respectForms = lexSet(set(`respect respects respected respecting`))

// waitForms before "to be briefed": "was waiting to be briefed".
var waitForms = lexSet(set(`wait waits waiting waited`))

// stopForms before "short of": "stopped short of endorsing it".
var stopForms = lexSet(set(`stop stops stopped stopping`))

// watchForms with "closely" show a speaker watching, not judging: "was
// following the talks closely", "was closely monitoring the exercises"
// (read-only).
var watchForms = lexSet(set(`follow follows following followed watch watches watching watched monitor monitors monitoring monitored`))

// withheldWords after "declined to" or "refused to" withhold a view:
// "declined to say whether …", "refused to comment".
var withheldWords = lexSet(set(`say comment specify answer elaborate disclose confirm`))

// hedgeBases, after "would", "will" or "to", show the same: "would
// study the text".
var hedgeBases = lexSet(set(`study examine consider review assess evaluate weigh analyse analyze`))

// oppositionNouns name a stand against what follows "to", "of" or
// "against": rejecting the resistance backs what it resisted.
var oppositionNouns = lexSet(set(`resistance opposition objection objections veto boycott hostility
	rejection obstruction protest protests complaint complaints challenge challenges lawsuit
	lawsuits`))

// filingVerbs bring a noun of opposition: "filed a challenge against".
var filingVerbs = lexSet(set(`file files filed filing lodge lodges lodged lodging launch launches
	launched launching bring brings brought bringing mount mounts mounted mounting
	submit submits submitted submitting continue continues continued continuing pursue
	pursues pursued pursuing`))

// issuedNouns and issueVerbs: a document a body issues, which then
// speaks for it ("adopted a resolution calling for …").
var issuedNouns = lexSet(set(`statement resolution resolutions communique declaration letter`))
var issueVerbs = lexSet(set(`issued issues issue adopted adopts adopt passed passes released
	releases published publishes sent sends approved approves`))

// modals before a passive predicate ("could not be signed").
// subjectPronouns open a clause as its subject: "said that it would …".
var subjectPronouns = lexSet(set(`it they he she we i you`))

var modals = lexSet(set(`could would can cannot should must may might will shall`))

// acceptParticiples, after "be", say the topic goes ahead: "must be
// ratified", "could not be signed".
var acceptParticiples = lexSet(set(`signed accepted approved ratified adopted implemented endorsed
	supported backed allowed permitted tolerated agreed justified welcomed extended renewed
	passed completed enforced respected honoured honored concluded finalised finalized
	implemented recognised recognized`))

// renewVerbs take a noun of position as their object and then report
// it: "renewed their push for X", "reiterated its opposition to Y".
var renewVerbs = lexSet(set(`renew renews renewed renewing reiterate reiterates reiterated
	reiterating repeat repeats repeated repeating restate restates restated restating
	reaffirm reaffirms reaffirmed reaffirming step steps stepped stepping`))

// positionNouns, after a renew verb, carry the stance: "push for",
// "opposition to".
var positionNouns = map[string]polarity{
	"push": polSupport, "call": polSupport, "calls": polSupport, "demand": polSupport,
	"demands": polSupport, "bid": polSupport, "pledge": polSupport, "commitment": polSupport,
	"support": polSupport, "backing": polSupport, "appeal": polSupport, "campaign": polSupport,
	"opposition": polOppose, "objection": polOppose, "objections": polOppose,
	"criticism": polOppose, "rejection": polOppose, "condemnation": polOppose,
	"warning": polOppose, "warnings": polOppose,
}

// drawVerbs take a reaction noun and "from" its speaker: "drawing
// condemnation from X", "won praise from Y".
var drawVerbs = lexSet(set(`draw draws drew drawn drawing prompt prompts prompted prompting spark
	sparks sparked sparking trigger triggers triggered triggering provoke provokes provoked
	provoking earn earns earned earning win wins won winning attract attracts attracted
	attracting receive receives received receiving meet meets met`))

// reactionNouns, after a draw verb, are a reaction and its polarity.
var reactionNouns = map[string]polarity{
	"condemnation": polOppose, "criticism": polOppose, "protest": polOppose, "protests": polOppose,
	"rebuke": polOppose, "rebukes": polOppose, "anger": polOppose, "outrage": polOppose,
	"objections": polOppose, "ire": polOppose, "backlash": polOppose, "warning": polOppose,
	"warnings": polOppose, "censure": polOppose, "opposition": polOppose, "condemnations": polOppose,
	"praise": polSupport, "support": polSupport, "backing": polSupport, "welcome": polSupport,
	"approval": polSupport, "applause": polSupport, "endorsement": polSupport,
	"endorsements": polSupport,
}

// eventNouns refer back to what was done to a topic ("the decision", "the
// move"), not to the topic itself.
var eventNouns = lexSet(set(`decision decisions move moves step steps announcement announcements signing plan plans proposal
	measure measures action initiative outcome breakthrough adoption imposition`))

// lesserWords describe less than a full measure: refusing "half
// measures" on a topic demands the topic in full.
var lesserWords = lexSet(set(`half partial piecemeal watered token cosmetic`))

// judgementVerbs after the speaker's own name introduce its judgement of
// what follows ("Strelsau regarded the expansion as a threat"), not an
// action it stands by.
var judgementVerbs = lexSet(set(`regard regards regarded consider considers considered view views viewed
	see sees saw deem deems deemed call calls called describe describes described find finds
	found treat treats treated`))

// penaltyNouns name a measure taken against someone: "the restrictions"
// refers back only to a topic that is one.
var penaltyNouns = lexSet(set(`sanctions sanction restrictions restriction curbs curb ban bans embargo
	embargoes tariffs tariff duties penalties fines freeze listings blacklisting`))

// earningNouns are what a country earns by a trade, the object an act
// of pressure aims at: "hitting X's oil revenues".
var earningNouns = lexSet(set(`revenues revenue income earnings exports`))

// squeezeWords, within a few words before "X's M earnings", aim an act of
// pressure at them: "pressure on", "a direct hit on", "going after",
// "moved against".
var squeezeWords = lexSet(set(`pressure hit hits hitting target targets targeting targeted squeeze
	squeezing choke choking curb curbing slash slashing cut cutting drain draining against`))

// placePrepositions put a place after a topic's noun: "visa-free travel
// for X", "ceasefire in X".
var placePrepositions = lexSet(set(`for in of on over with`))

// namingVerbs name something in the speaker's own words: "what he
// called a historic step", "what it described as interference".
var namingVerbs = lexSet(set(`call calls called describe describes described term terms termed
	dub dubs dubbed brand brands branded label labels labelled labeled`))

// judgementParticiples pass a verdict on their object: "…, calling the
// arrangement a great deal".
var judgementParticiples = lexSet(set(`calling describing terming branding labelling labeling dubbing`))

// undertakingNouns name a work carried out (a route, a dam), never a
// text: "the project" does not refer back to a treaty.
var undertakingNouns = lexSet(set(`project projects`))

// weekdays date a phrase ("the decision on Monday").
var weekdays = lexSet(set(`monday tuesday wednesday thursday friday saturday sunday`))

// months, after "in" or "last", date a verb in the past.
var months = lexSet(set(`january february march april may june july august september october
	november december`))

// actionVerbs do something to what follows ("decided to impose
// tariffs"): a later "the decision" points back to it.
var actionVerbs = lexSet(set(`impose imposes imposed imposing introduce introduces introduced introducing
	adopt adopts adopted adopting approve approves approved approving sign signs signed
	signing extend extends extended extending launch launches launched launching
	announce announces announced announcing raise raises raised raising`))

// unansweredWords, negated after an act ("will not go unanswered"), say
// it will be answered or punished.
var unansweredWords = lexSet(set(`unanswered unpunished unavenged unchallenged`))

// sufferedVerbs, after an act aimed at the speaker, name the harm it
// charges the act with ("the strikes had killed civilians").
var sufferedVerbs = lexSet(set(`kill kills killed wound wounds wounded damage damages damaged`))

// doneVerbs, with the speaker as subject, do the act named right after
// them ("said it had carried out strikes", "declared a ceasefire").
var doneVerbs = lexSet(union(actionVerbs.words, set(`carry carries carried carrying conduct conducts conducted
	conducting stage stages staged staging declare declares declared declaring implement
	implements implemented implementing order orders ordered ordering`)))

// eventActs are the event nouns that name the story's act itself ("the
// announcement", "the decision"): with nothing acted on nearby they go
// back to the headline's topic.
var eventActs = lexSet(set(`announcement announcements signing decision decisions move moves step steps outcome breakthrough`))

// stanceVerbs, before "for" or "against" inside what a speaker says, take
// a side: "said it would vote against the deal".
var stanceVerbs = lexSet(set(`vote votes voted voting campaign campaigns campaigned campaigning lobby
	lobbies lobbied lobbying fight fights fought fighting`))

// compassWords, capitalised before a capitalised alias, make a longer
// place name that is not the alias ("Northern Ireland", "South Sudan").
var compassWords = lexSet(set(`north south east west northern southern eastern western central new
	upper lower greater`))

// discussWords mark a topic that was only talked about. All begin with
// "discuss": openQuestion tests the prefix before the look-up.
var discussWords = lexSet(set(`discuss discussed discusses discussing discussion discussions`))

// pluralBases are the bare cue verbs safe to read as verbs after a plural
// noun ("officials say"); others are also adverbs or nouns ("inspectors
// back into", "voters call").
var pluralBases = lexSet(set(`say warn argue insist claim believe suggest deny reject oppose accuse
	agree urge demand welcome support predict note condemn criticise criticize dismiss
	fear acknowledge contend maintain stress`))

// nonRepresentatives in a speaker phrase show someone who does not speak
// for the actor the phrase names: "former alliance chief", "Ruritanian
// opposition leader", "critics of the palace", "Ruritanian media".
var nonRepresentatives = lexSet(set(`former ex opposition critics critic dissident dissidents exiled rebels
	rebel protesters protester activists activist analysts analyst experts expert economists
	economist lawmakers lawmaker legislators legislator media newspaper newspapers outlets
	journalists journalist commentators commentator citizens residents voters people public
	businesses companies company firms firm carmakers farmers unions union opponents
	opponent scholars scholar researchers researcher observers observer sources residents
	neighbours neighbors allies partners rivals adversaries`))

// critiqueNouns, after a verb of rejection, make it a defence:
// "rejected criticism", "dismissed the concerns".
var critiqueNouns = lexSet(set(`criticism criticisms criticism's concerns concern objections accusations
	accusation allegations allegation complaints claims fears doubts comment comments
	remarks`))

// orgTypes, right after a watched name, say what kind of body it is
// ("the X union", "the Y company"): the name speaks.
var orgTypes = lexSet(set(`union company firm group corporation`))

// bareRoles, opening a speaker phrase without an article ("officials
// said", "diplomats said"), name people not otherwise identified: they
// are not resolved to the last speaker.
var bareRoles = lexSet(set(`officials diplomats sources negotiators aides leaders authorities
	representatives spokesmen spokespeople ministers commanders`))

// conditionNouns before "for" open a condition on what follows: "as a
// condition for accepting any deal", "in exchange for signing it".
var conditionNouns = lexSet(set(`condition conditions precondition preconditions prerequisite exchange return`))

// rebuttalVerbs turn down what someone else said: "rejected the comment",
// "dismissed the criticism" (unlike "voiced concerns", the speaker's own).
var rebuttalVerbs = lexSet(set(`reject rejects rejected rejecting dismiss dismisses dismissed dismissing
	rebuff rebuffs rebuffed rebuffing refute refutes refuted refuting deny denies denied denying`))

// hardWords before "to" and one of enforceBases make a practical
// objection: "would be difficult to enforce", "impossible to implement".
var hardWords = lexSet(set(`difficult hard impossible`))

var enforceBases = lexSet(set(`enforce implement police apply administer verify monitor`))

// wantForms before "nothing to do with" turn a want into a refusal.
var wantForms = lexSet(set(`want wants wanted wanting`))

// beVerbs are the finite forms of "be"; with plainSpeaking and
// degreeWords they make the cue "X was blunt: …", a manner of speaking
// stated with a colon before the words.
// ownHarmVerbs, after the speaker's own act as their subject, name the
// harm it is meant to do ("the ban would hit Y's economy").
// warMeansWords, after "Y's", open what Y wages war with ("Y's war
// chest", "Y's military machine"): harm to it is what an act aimed at Y
// is for.
var warMeansWords = lexSet(set(`war military arms`))

var ownHarmVerbs = lexSet(set(`hit hits hurt hurts destroy destroys destroyed cripple crippled squeeze squeezed weaken weakened degrade degraded punish punished cuts drain drains starve starves choke chokes`))

// accusedForms, as participles after the people they modify ("those
// accused of …"), name a charge others face.
var accusedForms = lexSet(set(`accused suspected charged convicted`))

// haveAux are forms of "have" before a participle.
var haveAux = lexSet(set(`has have had`))

var beVerbs = lexSet(set(`is are was were`))

// passiveBe are the forms of "be" before a passive participle.
var passiveBe = lexSet(union(beVerbs.words, set(`be been being`)))
var plainSpeaking = lexSet(set(`blunt blunter clear clearer unequivocal emphatic adamant categorical
	explicit frank forthright defiant unambiguous direct firm`))
var degreeWords = lexSet(set(`more even equally also just less`))

// issuingVerbs put out a document that then speaks for its issuer:
// "signed an executive order", "issued a decree".
var issuingVerbs = lexSet(set(`signed issued released published unveiled circulated`))

// actorDocuments are documents that speak for the side whose demonym
// stands before them: "the Sylvanian memorandum said".
var actorDocuments = lexSet(set(`document memorandum statement communique declaration letter
	readout draft proposal response reply note`))

// echoNouns name what a sentence reported, in a closing appositive that
// gives someone's reaction to it: ", a demand X has rejected".
var echoNouns = lexSet(union(accusationNouns.words, set(`demand demands proposal claim claims request
	condition conditions offer idea suggestion move step plan decision attack attacks`)))

// echoPlurals may open such an appositive with no article: "…, changes
// Zenda has described as painful", "…, strikes Zenda condemned as a
// violation".
var echoPlurals = lexSet(set(`changes moves steps measures strikes attacks demands proposals
	claims conditions decisions plans cuts restrictions launches tests`))

// echoClauseOpeners open the clause a bare plural echo noun names.
var echoClauseOpeners = lexSet(set(`when after as because while before since until`))

// echoEndNouns, in such an appositive, name an end state: what the clause
// leads "to", not the whole clause ("… holds out a pathway to X, an
// outcome Y has rejected": Y rejects X, not what holds it out).
var echoEndNouns = lexSet(set(`outcome prospect scenario`))

// circumstancePrepositions open a phrase of time or circumstance.
var circumstancePrepositions = lexSet(set(`during amid after before since until under despite throughout`))

// comparativeHarms after a verb of making judge what makes them: "would
// make matters worse", "made a settlement harder" (madeWorse).
var comparativeHarms = lexSet(set(`worse harder tougher costlier difficult`))

// makeForms before "sense" make a verdict: "made no sense to …".
var makeForms = lexSet(set(`make makes made making`))

// prolongForms before a strifeNoun make a harm: "would only prolong the
// conflict".
var prolongForms = lexSet(set(`prolong prolongs prolonged prolonging`))

// coercedForms, negated ("will not be blackmailed", "would not
// intimidate us"), are defiance of the pressure: a stand against what
// presses, not a word in its favour.
var coercedForms = lexSet(set(`blackmail blackmailed intimidate intimidated coerce coerced bully bullied cow cowed`))

// shipForms send away what "out of" follows: "ship its stockpile out
// of the country".
var shipForms = lexSet(set(`ship ships shipped shipping send sends sent sending move moves moved moving transfer transfers transferred transferring`))

// denyForms withhold what follows from someone: "denied its right to X".
var denyForms = lexSet(set(`deny denies denied denying`))

// depriveVerbs take what follows "of" away from their object: "strip
// X of its missiles", "deprive X of the right to build".
var depriveVerbs = lexSet(set(`strip strips stripped stripping deprive deprives deprived depriving rid rids ridding`))

// endForms put an end to what follows: "an end to the war", "halt
// the fighting".
var endForms = lexSet(set(`end ends ended ending halt halts halted halting stop stops stopped stopping`))

var strifeNouns = lexSet(set(`conflict conflicts war wars fighting suffering crisis bloodshed violence hostilities`))

// adverseActs, in a topic's name before "against", "on" or "of", make
// the topic an act against what follows: "Action against X", "Sanctions
// on Y". waiverNouns, like undoNouns, make it an undoing: "Waiver of Z".
var adverseActs = lexSet(set(`action actions sanctions sanction measure measures crackdown strikes strike
	attacks attack ban bans blockade embargo restrictions curbs tariffs tariff campaign
	operation operations seizure seizures raid raids boarding`))
var waiverNouns = lexSet(set(`waiver waivers exemption exemptions removal`))

// pastForms are irregular past tenses that show a clause: "when an
// inquiry found …".
var pastForms = lexSet(set(`found made took began came went won lost held met led put set gave
	broke brought caught fell left ran saw sent sought struck told threw wrote`))

// irregularParticiples open a reduced relative clause after a comma:
// "Firefly, known as the Fox, said".
var irregularParticiples = lexSet(set(`known seen born sworn chosen given taken shown written driven`))

// followForms before "X in" + an act share it: "would not follow X in
// easing sanctions".
var followForms = lexSet(set(`follow follows followed following join joins joined joining`))

// emptyHeads say nothing of their own: "the situation", "the issue".
var emptyHeads = lexSet(set(`situation situations issue issues matter matters question questions thing
	things problem problems circumstances developments`))

// askForms ask another to act: "called on X to withdraw", "urged X to
// lift".
var askForms = lexSet(set(`call calls called calling urge urges urged urging ask asks asked asking
	demand demands demanded demanding press presses pressed pressing appeal appealed
	appealing want wants wanted`))

// notJudging are the polar cues that do not judge their object: "denied
// the fleet existed", "urged the fleet to leave".
var notJudging = lexSet(set(`deny warn accuse refuse question challenge object protest demand require
	urge propose pledge vow promise want seek press agree thank`))

// responseNouns before "to", "for" or "against" open what the topic
// answers: "a response to unfair subsidies", "action against dumping".
var responseNouns = lexSet(set(`response responses reaction answer reply retaliation riposte action
	actions measure measures deterrent step steps`))

// talkNouns after "the subject of" leave a question open: "would be the
// subject of further talks".
var talkNouns = lexSet(union(talkHeads.words, set(`discussion consultations`)))

// consultNouns are talkNouns and the looser words for talking things over
// that a verb may aim at instead of their subject: "wanted wider
// consultation on the package", "ruled out contacts over X".
var consultNouns = lexSet(union(talkNouns.words, set(`consultation contacts`)))

// abstainVerbs stay away from something, partakeVerbs (negated) and
// "take part" join it: "skipped every meeting", "would no longer take
// part in talks on X".
var abstainVerbs = lexSet(set(`skip skips skipped skipping boycott boycotts boycotted boycotting shun
	shuns shunned shunning snub snubs snubbed snubbing`))
var partakeVerbs = lexSet(set(`participate participates participated participating attend attends
	attended attending`))
var takeForms = lexSet(set(`take takes took taken taking`))

// chargeNouns heading a topic's alias name it as a wrong done:
// "aggression against X", "interference in X's affairs".
var chargeNouns = lexSet(set(`aggression interference meddling occupation invasion annexation
	intervention provocation provocations coercion intimidation blackmail extortion bullying
	piracy theft robbery kidnapping militarisation militarization`))

// statementNouns name the vehicle of a speech act: "said in a statement
// announcing …".
var statementNouns = lexSet(set(`statement statements post message video speech release`))

// announcingForms put a measure in force as they speak of it: "said in a
// statement announcing the duties", "said in unveiling the plan".
var announcingForms = lexSet(set(`announcing unveiling`))

// accuseForms open a charge against someone: "accused X of …".
var accuseForms = lexSet(set(`accuse accuses accused accusing`))

// firmAdjectives, said of a reply (replyNouns), make a promised counter:
// "the bloc's response to X would be unflinching".
var firmAdjectives = lexSet(set(`unflinching firm robust resolute decisive swift proportionate proportional
	forceful determined`))

// refrainVerbs after "urged X to" make the call one for restraint.
var refrainVerbs = lexSet(set(`refrain desist`))

// failForms before "to" + an undo verb make a reproach, not a refusal:
// "had failed to stop the tests".
var failForms = lexSet(set(`fail fails failed failing`))

// linkVerbs join a subject to what is said of it: "the duties were …",
// "the cap remained …", "the listing amounted to …". effectVerbs name
// what it caused: "had caused strong public indignation", "could send
// the wrong signal".
var linkVerbs = lexSet(union(beVerbs.words, stayVerbs.words, set(`be been being become becomes became seem seems
	seemed prove proves proved proven constitute constitutes constituted represent represents
	represented amount amounts amounted`)))

// refuseObjects, negated in a relative clause on a predicate noun,
// refuse what the subject is called: "a tax that Zenda would not accept",
// "a step which could not be tolerated".
var refuseObjects = lexSet(set(`accept tolerate allow permit recognise recognize accepted tolerated
	allowed permitted recognised recognized`))

// raisingVerbs hedge the verb of their "to" infinitive: "appeared to
// amount to …", "seems to be …".
var raisingVerbs = lexSet(set(`appear appears appeared seem seems seemed`))

// amountForms before "to" lay a charge: "amounted to forced labour".
var amountForms = lexSet(set(`amount amounts amounted`))

var effectVerbs = lexSet(set(`cause causes caused causing spark sparks sparked provoke provokes provoked
	trigger triggers triggered send sends sent draw draws drew drawn`))

// predicateNegatives judge a subject only as its predicate ("remained a
// serious problem", "was doomed to fail", "caused indignation"): too
// loose to count anywhere in a sentence.
var predicateNegatives = lexSet(set(`problem problems problematic doomed indignation outcry
	backlash resentment fury uproar anger criticism condemnation ploy pretext excuse
	smokescreen stunt gimmick waste root`))

// intensifiers before an evaluative word only strengthen it: "strong
// public indignation", "great concern".
var intensifiers = lexSet(set(`strong stronger great deep serious grave`))

// deflectVerbs after "an attempt to" make the attempt a charge: "an
// attempt to shift blame".
var deflectVerbs = lexSet(set(`shift deflect divert distract smear contain suppress blackmail
	coerce intimidate interfere meddle subjugate subdue dominate annex overthrow topple
	encircle`))

// misuseVerbs fault someone's use of the topic: "abused export
// controls", "weaponised the visa regime".
var misuseVerbs = lexSet(set(`abuse abuses abused abusing misuse misuses misused misusing
	weaponise weaponises weaponised weaponising weaponize weaponizes weaponized
	weaponizing overstretch overstretches overstretched overstretching`))

// concernNouns before "about", "over" or "at" the topic are a stand
// against it: "conveyed its serious concern about the exercises".
var concernNouns = lexSet(set(`concern concerns worry worries alarm misgivings reservations`))

// warningNouns aim their complement elsewhere: in "the drills were a
// stern warning to separatist forces", the words after judge the forces.
var warningNouns = lexSet(set(`warning warnings deterrent message signal`))

// purposeAdjectives before a response or warning noun say what the act
// is for, not how good it is: "a punitive and deterrent action".
var purposeAdjectives = lexSet(set(`punitive deterrent retaliatory defensive preventive preemptive
	pre-emptive`))

// actHeads before "of" leave a harm verb aimed at what follows: "block the
// creation of a state".
var actHeads = lexSet(set(`creation establishment formation implementation signing ratification
	adoption expansion deployment extension renewal construction`))

// openNouns after "up for" leave a subject open to change: "not up for
// negotiation" keeps it.
var openNouns = lexSet(set(`negotiation negotiations debate discussion discussions renegotiation grabs`))

// madeParticiples, right after the topic, open a reduced relative that
// says when or where it was made ("the tariff cuts agreed last summer
// were suspended"): a description, stepped over to the topic's verb.
var madeParticiples = lexSet(set(`agreed signed reached struck concluded adopted approved announced
	unveiled imposed introduced`))

// legalGrounds are what a measure stands on in law: "no legal basis",
// "any legal standing".
var legalGrounds = lexSet(set(`basis grounds footing standing validity`))

// departVerbs, in the base form after a modal or a demand, call the
// topic's presence away: "the troops must leave", "demanded that the
// troops withdraw".
var departVerbs = lexSet(set(`leave withdraw depart`))

// accusationNouns name a charge: "…, accusing Y of X, a charge Y denies"
// is about the charge alone (echoNouns holds them too).
var accusationNouns = lexSet(set(`accusation accusations charge charges allegation allegations`))

// Response nouns, one family: replyNouns answer a word or an act ("no
// reply to", "its response to X would be firm"); answerNouns, before an
// answerLink, name what an act answers ("in retaliation for", "in
// response to", "in reaction to"); counterNouns are a counter promised
// against something ("would draw a response", "met with reprisals"), and
// counterHeads the acts that answer it ("measures in response to X").
var answerNouns = lexSet(set(`retaliation response revenge reprisal reaction`))
var counterNouns = lexSet(set(`response responses retaliation reprisal reprisals countermeasures
	counter-measures riposte`))
var counterHeads = lexSet(set(`measures countermeasures steps action`))

// firmAdverbs make an answer a counter: "will respond firmly to".
var firmAdverbs = lexSet(set(`firmly strongly forcefully decisively resolutely accordingly
	robustly swiftly`))

// vowForms promise an act: "vowed to respond to …".
var vowForms = lexSet(set(`vow vows vowed vowing pledge pledges pledged pledging promise
	promises promised promising threaten threatens threatened threatening`))

// coverNouns name any act of pressure in general: "the measures" after
// "imposed sanctions on X" is those sanctions, as much as a topic whose
// alias says "measures".
var coverNouns = lexSet(set(`measure measures`))

// demandLemmas are cues whose object is still to come: a date after it
// ("demanded a vote in 2025") is the object's, not the demand's.
var demandLemmas = lexSet(map[string]bool{"demand": true, "urge": true, "seek": true, "want": true,
	"require": true, "propose": true, "press": true, "call for": true, "push for": true})

// irregularPastEvents are past forms of verbs of event that do not end in
// "-ed": "…, as the summit began", "as Strelsau came under pressure".
var irregularPastEvents = lexSet(set(`came began met held went fell rose grew broke took sought got left`))

// endingVerbList and warNounList say ending a war in other words: "stop
// the killing", "halt the fighting" for "end the war" (read-only);
// endingVerbs and warNouns are the same words as sets.
var endingVerbList = [...]string{"end", "stop", "halt"}
var warNounList = [...]string{"war", "fighting", "killing", "bloodshed", "conflict", "hostilities"}
var endingVerbs = lexSet(set(strings.Join(endingVerbList[:], " ")))
var warNouns = lexSet(set(strings.Join(warNounList[:], " ")))

// datedTalkNouns, possessed by a day ("Saturday's meeting", "Sunday's
// round"), name a session of talks named before (read-only).
var datedTalkNouns = lexSet(set(`meeting round session talks discussions negotiations`))

// truceHeads head a topic of a truce, which a strife said to be over
// refers to ("the war had ended for good") (read-only).
var truceHeads = [...]string{"ceasefire", "truce"}

// overConjunctions before a strife said to be over make it a time or a
// condition: "stay until the fighting was over" (read-only).
var overConjunctions = lexSet(set(`until till unless if whether when once after before since while`))
