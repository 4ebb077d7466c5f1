package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stancebot/stancebot/extract"
	"github.com/stancebot/stancebot/news"
)

// TestConstructions runs each kind of sentence the rules must read, with
// an invented watchlist (testdata/invented.yaml), and checks the
// statements as (actor, topic, stance) triples.
func TestConstructions(t *testing.T) {
	r, err := extract.NewRules(loadWatchlist(t, "testdata/invented.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		text  string
		def   news.ActorID
		wants []string // "actor/topic/stance"
	}{
		{"the move is the act done, not a topic the act was imposed on", "Sylvania imposed the steel tariffs on Monday. The tariffs build on curbs Sylvania first imposed on the dam project in 2022. Zenda condemned the move.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"the move is an act on a phrase that referred back by its head, not a topic named in a reply since", "Sylvania imposed the steel tariffs in 2022. On Monday it said it was lifting the last of the tariffs. Trentino said Sylvania remained committed to the Water Treaty. Zenda welcomed the move.", "", []string{"sylvania/water_treaty/support", "zenda/steel_tariffs/oppose"}},
		{"an undo verb before a paraphrase reaches over a hyphenated compound", "Sylvania urged Freedonia to drop the sanctions on Zendan-grown grain.", "", []string{"sylvania/grain_sanctions/oppose"}},
		{"lifting a paraphrased suspension over a hyphenated compound", "Sylvania urged Freedonia to lift the suspension of Zendan-built ferries.", "", []string{"sylvania/ferry_ban/oppose"}},
		{"a negated verb of acceptance governs the object it shares with a verb after or", "Osk said Zenda did not accept or recognise the so-called Tribunal ruling.", "", []string{"zenda/tribunal_ruling/oppose"}},
		{"verbs of acceptance joined by and share the object", "Osk said Zenda would sign and ratify the Water Treaty.", "", []string{"zenda/water_treaty/support"}},
		{"a referring word before another referring noun: the compound is the subject", "Ruritania announced the dam project on Monday. Osk said the project plan was a destabilising attempt to advance Ruritania's claims.", "", []string{"zenda/dam_project/oppose"}},
		{"disappointed by the decision opposes what was decided", "Sylvania imposed the steel tariffs. Zenda said it was disappointed by the decision and that security in the region should be provided by the region's own forces.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"inconsistent with something good is still a charge", "Osk said the steel tariffs were inconsistent with the mutually beneficial relationship the two leaders had agreed on.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"called unjustifiable", "Osk called the steel tariffs unjustifiable and urged that they be lifted.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"the government is a governing body, not a topic headed by government", "The militia set up the rival government in Tarland last month. Osk said the company had no links to the government and would cooperate with any investigation.", "", nil},
		{"his government is the speaker's own, not a rival government", "The militia set up the rival government in Tarland last month. Osk hailed what he called a historic moment and said his government would seek to join CORDA.", "", []string{"zenda/zenda_bid/support"}},
		{"the new government may still refer to a topic headed by government", "Zenda set up the rival government in Tarland last month. Osk said the new government would provide services to millions.", "", []string{"zenda/tarland_rival_cabinet/support"}},
		{"lodging a protest after the topic opposes it", "Zenda lodged a strong protest with Sylvania on Sunday after the steel tariffs took effect.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"filing a complaint against the topic opposes it", "Zenda filed a formal complaint against the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"a negated verb in a relative clause on the subject: no comment, no statement", "Zenda, which has not commented on the steel tariffs, displayed a new ship in March.", "", nil},
		{"a while clause with no speech verb is part of what the speaker said, and a person's verdict on it is the speaker's", "Foreign Minister Mira Osk said there was no basis for talks while Sylvania pressed ahead with its Grand Dam, which she called a dangerous provocation.", "", []string{"zenda/dam_project/oppose"}},
		{"a while clause with a speech verb of its own is the other speaker's", "Foreign Minister Mira Osk said the dam project was a disaster while Sylvania insisted that it was safe.", "", []string{"sylvania/dam_project/support", "zenda/dam_project/oppose"}},
		{"what an even-as clause names is not what the subjects hailed", "Zenda and Freedonia hailed the Water Treaty on Sunday as the start of a new era, even as a senior Sylvanian official threatened to block the dam project.", "", []string{"freedonia/water_treaty/support", "zenda/water_treaty/support"}},
		{"a document speaks for who issued it, not for the last speaker", "Lena Holm said on Tuesday she regretted the decision. Firefly signed an executive order on Monday. The order said the dam project was a disaster.", "", []string{"freedonia/dam_project/oppose"}},
		{"a capitalised article is no surname of an alias that opens with it", "The Dockers said they would study the plan. The order also halts work and says the dam project will go ahead.", "", nil},
		{"a common-noun alias in a report that never names its actor is the group that spoke last", "Zenda rejected the Water Treaty on Monday. In a statement, the alliance said it would not be bound by the Water Treaty.", "", []string{"zenda/water_treaty/oppose"}},
		{"a common-noun alias in a report that names its actor is that actor", "ACME met in Fredville on Monday. In a statement, the alliance said it would not be bound by the Water Treaty.", "", []string{"acme/water_treaty/oppose"}},
		{"regretting an announcement that another intends the topic opposes it", "Sylvania said it regrets the announcement that Freedonia intends to leave ACME.", "", []string{"sylvania/acme_exit/oppose"}},
		{"regretting that another decided the topic opposes it", "Sylvania said it regretted that Freedonia had decided to leave ACME.", "", []string{"sylvania/acme_exit/oppose"}},
		{"regretting the decision to do the topic opposes it", "Sylvania said it regretted the decision to leave ACME.", "", []string{"sylvania/acme_exit/oppose"}},
		{"regretting that another rejected a plan for the topic is not against it", "Sylvania said it regretted that Freedonia had rejected the plan to leave ACME.", "", nil},
		{"a topic that could undo years of progress is harmed by it, whatever the good word", "Osk urged Sylvania to keep funding the Coastal Fund, warning that the steel tariffs could undo 20 years of progress.", "", []string{"zenda/coastal_fund/support", "zenda/steel_tariffs/oppose"}},
		{"a topic that wiped out gains is charged with the harm", "Osk said the steel tariffs had wiped out weeks of gains in trade through the port.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"a topic that brought progress is still praised", "Osk said the steel tariffs had brought years of progress.", "", []string{"zenda/steel_tariffs/support"}},
		{"a topic said to have no negative impact is defended", "Osk said the dam project will not have a negative impact downstream.", "", []string{"zenda/dam_project/support"}},
		{"a topic said to have negative effects is charged with them", "Osk said the steel tariffs would have immense negative effects on exporters.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"no intention of undoing the topic keeps it", "Osk said Zenda had no intention of withdrawing the steel tariffs.", "", []string{"zenda/steel_tariffs/support"}},
		{"no intention of withdrawing a pronoun for the topic keeps it", "Osk has refused, telling lawmakers that the steel tariffs were consistent with the law and that she had no intention of withdrawing them.", "", []string{"zenda/steel_tariffs/support"}},
		{"plans to undo the topic still oppose it", "Osk said Zenda had plans to lift the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"a threat if another presses ahead with the topic opposes it", "Osk warned that the agreement would be void if Sylvania pressed ahead with the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"measures promised if another goes ahead with the topic oppose it, whatever the verb before", "Osk defended the dam project and warned that Zenda would take corresponding measures if Sylvania went ahead with the steel tariffs.", "", []string{"zenda/dam_project/support", "zenda/steel_tariffs/oppose"}},
		{"a condition with no threat before it takes no side", "Osk said Zenda would welcome it if Sylvania went ahead with the steel tariffs.", "", nil},
		{"abiding by the topic is going ahead with it, whatever the charge after", "Osk said it had fully abided by the Water Treaty and accused Sylvania of failing to implement key provisions.", "", []string{"zenda/water_treaty/support"}},
		{"a verdict the topic passes in a relative clause is not the speaker's on it", "Osk said the river accord that rejected Sylvania's expansive claims was final, and urged Sylvania to abide by it.", "", []string{"zenda/water_treaty/support"}},
		{"a verdict the topic passes after ', which' is not the speaker's on it", "Osk said the river accord, which condemned Sylvania's dam building, was a good deal.", "", []string{"zenda/water_treaty/support"}},
		{"a harm the topic does in a relative clause is still the speaker's charge", "Osk said the steel tariffs that hurt farmers were a mistake.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"removing names from a sanctions list undoes the sanctions, and welcoming the move opposes them", "Sylvania removed Osk and 47 other officials from its sanctions blacklist, according to a notice on its website. Zenda welcomed the move.", "", []string{"zenda/osk_sanctions/oppose"}},
		{"adding names to a sanctions list is no undoing", "Sylvania added Osk and 47 other officials to its sanctions blacklist, according to a notice on its website. Zenda welcomed the move.", "", []string{"sylvania/osk_sanctions/support", "zenda/osk_sanctions/support"}},
		{"a topic that would allow the speaker's side to act is backed, whatever the act's words", "Firefly said the Water Treaty would allow Freedonia to remove illegal dams faster.", "", []string{"freedonia/water_treaty/support"}},
		{"the speaker's own plan that would let others carry out the topic backs it", "Firefly said the Freedonian government's plan would let member states send rejected migrants on deportation flights.", "", []string{"freedonia/deportation_flights/support"}},
		{"a topic that would allow another side to act is not the speaker's gain", "Firefly said the Water Treaty would allow Zenda to dump waste illegally.", "", []string{"freedonia/water_treaty/oppose"}},
		{"an enabled act against the topic still opposes it", "Firefly said the plan would let Freedonia scrap the steel tariffs.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"a topic called another's internal affair takes no side", "Osk said the steel tariffs were Sylvania's internal affair.", "", []string{"zenda/steel_tariffs/neutral"}},
		{"a topic called a sovereign matter for another takes no side", "Osk said the dam project was a sovereign matter for Sylvania and that it was too early to judge.", "", []string{"zenda/dam_project/neutral"}},
		{"a topic called the sovereign right of any country takes no side", "Trentino said joining CORDA was the sovereign right of any country, including Zenda.", "", []string{"sylvania/zenda_bid/neutral"}},
		{"a topic called its own sovereign right is defended", "Osk said the missile tests were its sovereign right.", "", []string{"zenda/missile_tests/support"}},
		{"interference in internal affairs is no hands-off remark", "Osk condemned the interference in the internal affairs of Zenda by the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"following the topic, which the speaker called dangerous, opposes it", "ACME spokeswoman Lena Holm said the alliance was closely following the missile tests, which she called another example of Zenda's dangerous and escalatory behaviour, but saw no need to change its own posture.", "", []string{"acme/missile_tests/oppose"}},
		{"what the speaker described the topic as, in a relative clause, decides", "Lena Holm said ACME was closely following the missile tests, which she called a clear threat.", "", []string{"acme/missile_tests/oppose"}},
		{"a relative clause naming the topic a stern warning passes no verdict", "Osk said Zendan forces were taking part in the missile tests, which she described as a stern warning to separatists. Osk said the missile tests were legitimate and necessary.", "", []string{"zenda/missile_tests/support"}},
		{"the speaker's own act said to be a response to the topic opposes it", "Osk said the deployment was a response to Sylvanian missile tests.", "", []string{"zenda/missile_tests/oppose"}},
		{"another side's act said to be a response to the topic is no counter of the speaker's", "Osk said Sylvania's drills were a response to the missile tests.", "", []string{"zenda/missile_tests/support"}},
		{"the speaker's own act said to be a response to plans for the topic opposes it", "Osk said the deployment was a response to Sylvanian plans to carry out missile tests next year.", "", []string{"zenda/missile_tests/oppose"}},
		{"cancelling what the topic names as cancelled is the topic's own act, not its undoing", "Freedonia announced the river grant cuts on Friday. Firefly said on Monday that Freedonia had cancelled 80% of the grants at the River Agency after a six-week review, and that the 1,000 that remain will be run by the ministry.", "", []string{"freedonia/grant_cuts/support"}},
		{"cancelling the topic itself still undoes it", "Osk said Freedonia had cancelled the river grant cuts.", "", []string{"zenda/grant_cuts/oppose"}},
		{"barring someone from the topic's act opposes it", "Osk insisted that any new agreement must bar Freedonia from leaving ACME altogether.", "", []string{"zenda/acme_exit/oppose"}},
		{"never preventing someone from the topic's act is no stand against it", "Osk said Zenda would never prevent Freedonia from leaving ACME.", "", []string{"zenda/acme_exit/support"}},
		{"being barred from the topic's act is not barring it", "Firefly said Freedonia was barred from leaving ACME.", "", []string{"freedonia/acme_exit/support"}},
		{"a topic that raised questions about someone's commitment is doubted", "Osk said Sylvania needed to uphold democratic values, and that the dam project raised questions about the country's commitment to that tradition.", "", []string{"zenda/dam_project/oppose"}},
		{"deterring people from a dangerous act is no harm of the topic", "Firefly said the deportation flights deterred people from making the dangerous journey north.", "", []string{"freedonia/deportation_flights/support"}},
		{"what a statement announces is the speaker's own measure", "Zenda raised duties on Monday. \"Enough is enough,\" Osk said in a statement announcing the steel tariffs, adding that more could follow.", "", []string{"zenda/steel_tariffs/support"}},
		{"what is announced in speaking is the speaker's own measure, referred back", "Zenda raised the steel tariffs on Monday. \"Enough is enough,\" Osk said in announcing the measures.", "", []string{"zenda/steel_tariffs/support"}},
		{"such a step is the act an infinitive names, not a topic named after it", "Ruritania has threatened to expel Zendan migrants who arrived during the border talks. Osk said any such step would be met with a firm response.", "", []string{"zenda/migrant_expulsions/oppose"}},
		{"a topic met with a response is opposed, whatever the response is called", "Ruritania has threatened to expel Zendan migrants. Osk said such a step would be met with an appropriate response.", "", []string{"zenda/migrant_expulsions/oppose"}},
		{"a topic that would draw a response is opposed", "Rassendyll said the grain sanctions would draw a firm response.", "", []string{"ruritania/grain_sanctions/oppose"}},
		{"a topic that was a response to something is not threatened", "Rassendyll said the grain sanctions were a response to smuggling and were fully justified.", "", []string{"ruritania/grain_sanctions/support"}},
		{"the measures for the one penalty the report named, several sentences back", "Zenda imposed the grain sanctions on Monday. Rassendyll met Firefly in Fredville on Tuesday. The two leaders discussed the border talks. Trentino visited the port. \"Enough is enough,\" Osk said in announcing the measures.", "", []string{"zenda/grain_sanctions/support"}},
		{"the speaker's own response that would be painful threatens the topic", "Sylvania wants to lend the frozen Zendan assets to Freedonia. Osk said any use of Zenda's assets would amount to theft and warned that Zenda's response would be painful.", "", []string{"sylvania/frozen_zendan_assets/support", "zenda/frozen_zendan_assets/oppose"}},
		{"would not bargain over its own topic holds on to it", "Osk said Zenda would not bargain over its missile tests, which it described as a red line.", "", []string{"zenda/missile_tests/support"}},
		{"will never compromise on its own topic holds on to it", "Rassendyll said Ruritania will never compromise on its dam project.", "", []string{"ruritania/dam_project/support"}},
		{"a leading but before the subject and its participle", "But a Zendan official, speaking on condition of anonymity because he was not authorised to brief the media, said that the dam project was a disaster.", "", []string{"zenda/dam_project/oppose"}},
		{"a leading and before the subject and its appositive", "And Osk, the envoy, said the dam project was a disaster.", "", []string{"zenda/dam_project/oppose"}},
		{"a leading but before a fronted adverbial", "But in Fredville, Osk said the dam project was a disaster.", "", []string{"zenda/dam_project/oppose"}},
		{"closely following what he called statements about the topic is undecided", "Osk said Zenda was closely following what he called the rather dramatic statements about the dam project, noting that the river was a zone of Zenda's interests.", "", []string{"zenda/dam_project/neutral"}},
		{"asked about the topic, closely following what he called a situation is undecided", "Osk, asked about Sylvania's renewed talk of the dam project, said Zenda was closely following what he called a rather dramatic situation.", "", []string{"zenda/dam_project/neutral"}},
		{"a verdict before closely following still decides", "Osk said the dam project was a disaster and that Zenda was closely following what Sylvania called a normal situation.", "", []string{"zenda/dam_project/oppose"}},
		{"a clause before but that is another proposition", "Osk said Zenda had noted the pledge to talk, which was good, but that the Sylvanian plan for the dam project was unchanged and remained unacceptable.", "", []string{"zenda/dam_project/oppose"}},
		{"not recognising the topic as legitimate opposes it", "Sylvania imposed the steel tariffs on Monday. Osk told reporters that Zenda did not recognise the Sylvanian move as legitimate and would not consider itself bound by it.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"recognising the topic as lawful backs it", "Osk said Zenda recognised the steel tariffs as lawful.", "", []string{"zenda/steel_tariffs/support"}},
		{"at the ministry of a watched side, its official speaks for it", "Osk said the dam project was vital. At the Sylvanian Foreign Ministry, deputy spokesman Ola Berg told reporters that the dam project was a disaster.", "", []string{"sylvania/dam_project/oppose", "zenda/dam_project/support"}},
		{"measures vowed in response to the topic oppose it", "Zenda on Friday vowed to take forceful measures in response to the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"measures in retaliation for another's topic oppose it", "Osk said Zenda would take measures in retaliation for Sylvania's new steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"his adviser speaks for whoever he is", "President Rufus Firefly told reporters the border talks were useful. His national security adviser, Jan Kers, said the steel tariffs were unacceptable.", "", []string{"freedonia/border_talks/support", "freedonia/steel_tariffs/oppose"}},
		{"his press secretary is not an earlier secretary general", "Zenda's secretary general, Mira Osk, said the dam project was vital. Karl Rassendyll said the border talks were useful. His press secretary, Ola Berg, said the steel tariffs were unacceptable.", "", []string{"ruritania/border_talks/support", "ruritania/steel_tariffs/oppose", "zenda/dam_project/support"}},
		{"selling weapons to a place for arms sales to it", "Rassendyll urged Freedonia to stop selling weapons to Zenda.", "", []string{"ruritania/zenda_arms/oppose"}},
		{"the sale of weapons to a place for arms sales to it", "Rassendyll said Ruritania welcomed the sale of weapons to Zenda.", "", []string{"ruritania/zenda_arms/support"}},
		{"this war is the strife, not the topic named last", "Zenda announced the dam project on Monday. Trentino said it was getting harder and harder for Zenda to fund this war.", "", nil},
		{"not pulling back from a place until the topic is done demands it", "Osk said Zendan troops would not pull back from the so-called buffer line until the border talks had resumed.", "", []string{"zenda/border_talks/support"}},
		{"such as opens examples, not a phrase referring back", "Zenda announced the grain sanctions on Monday. Trentino warned that deliveries of goods such as fertiliser would draw a very serious response.", "", nil},
		{"a pronoun after a span of time is the subject of a participle's clause", "Firefly said the border talks were useful. A day later he hardened his position, writing that Freedonia would never accept the steel tariffs.", "", []string{"freedonia/border_talks/support", "freedonia/steel_tariffs/oppose"}},
		{"the agreement for a topic agreed to before, not one whose name is only a speaker", "Zenda agreed to a truce in Tarland on Sunday, days after its latest missile tests. Speaking in Fredville, Firefly said Freedonia looked forward to implementing the agreement.", "", []string{"zenda/tarland_truce/support", "freedonia/tarland_truce/support"}},
		{"agreeing to start talks is not the agreement", "Zenda agreed to start talks in Tarland. Speaking in Fredville, Firefly said Freedonia looked forward to implementing the agreement.", "", []string{"freedonia/fredville_agreement/support"}},
		{"the agreement signed in a place for the alias that names the place", "Zenda and Ruritania signed the Tarland framework agreement in March. Osk said Zenda remained committed to implementing the agreement signed in Fredville.", "", []string{"zenda/fredville_agreement/support"}},
		{"the agreement alone still the agreement named last", "Zenda and Ruritania signed the Tarland framework agreement in March. Osk said Zenda remained committed to implementing the agreement.", "", []string{"zenda/tarland_framework/support"}},
		{"suspending its participation in the topic opposes it", "Osk said Zenda was suspending its participation in the border talks.", "", []string{"zenda/border_talks/oppose"}},
		{"suspending its participation in the topic with its modifiers", "Osk said it was suspending its participation in Freedonian-mediated quota negotiations.", "", []string{"zenda/quota_talks/oppose"}},
		{"resuming its participation in the topic backs it", "Osk said Zenda would resume its participation in the border talks.", "", []string{"zenda/border_talks/support"}},
		{"a topic that is costing lives is opposed", "Firefly said the steel tariffs were costing lives in Sylvania.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"reports from the topic called horrifying oppose it", "Firefly said reports of killings of civilians fleeing the Grand Dam were horrifying.", "", []string{"freedonia/dam_project/oppose"}},
		{"another's ignoring the speaker's own offer of the topic backs it", "Osk said Ruritania had ignored Zenda's offer of border talks.", "", []string{"zenda/border_talks/support"}},
		{"wanting consultation on the topic is no backing of it", "Zenda said on Monday it would not sign the Fredville agreement in its current form. Osk told reporters that ministers wanted wider consultation on the Fredville agreement and would not be rushed.", "", []string{"zenda/fredville_agreement/oppose"}},
		{"ruling out talks over the topic is no stand against it", "Ruritania said the dam project was vital. Rassendyll later ruled out direct negotiations with Zenda over the dam project, calling it vital.", "", []string{"ruritania/dam_project/support", "ruritania/frontier_talks/oppose"}},
		{"staying away from talks on the topic is still a stand against it", "Rassendyll said Ruritania would no longer take part in talks on the dam project.", "", []string{"ruritania/dam_project/oppose"}},
		{"a time phrase in a charge refers to no topic", "Zenda said on Monday it would consider the border talks. Osk accused Ruritania of stirring unrest in the region before elections due later this year.", "", []string{"zenda/border_talks/neutral"}},
		{"a time phrase ending a charge is no reference", "Zenda said on Monday it would consider the border talks. Osk accuses Ruritania of sheltering smugglers, who have killed dozens of its soldiers this year.", "", []string{"zenda/border_talks/neutral"}},
		{"accused another of spurning the speaker's own offer of the topic", "Osk accused Ruritania of ignoring Zenda's offer of border talks.", "", []string{"zenda/border_talks/support"}},
		{"the speaker's rejecting another's offer of the topic opposes it", "Osk said Zenda had rejected Ruritania's offer of border talks.", "", []string{"zenda/border_talks/oppose"}},
		{"no reply to the speaker's own topic backs it", "Osk said Zenda had received no reply to the border talks proposal it sent in May.", "", []string{"zenda/border_talks/support"}},
		{"the speaker's own response promised after a verdict is a threat against the topic", "Zenda imposed the grain sanctions on Monday. Rassendyll said any use of the sanctions would amount to theft and warned that Ruritania's response would be painful.", "", []string{"ruritania/grain_sanctions/oppose"}},
		{"a naming verb coordinated after the cue judges the topic it names", "Zenda imposed the grain sanctions. Rassendyll demanded the release of the ships and called the sanctions a kidnapping.", "", []string{"ruritania/grain_sanctions/oppose"}},
		{"a just punishment for another's provocations backs the speaker's own act", "Zenda held naval drills around Zenda. Osk said the drills were a just and necessary punishment for the provocations of Ruritania.", "", []string{"zenda/zenda_drills/support"}},
		{"just as an adverb before a verdict is no praise", "Zenda held naval drills around Zenda. Rassendyll said the drills were just a provocation.", "", []string{"ruritania/zenda_drills/oppose"}},
		{"the weapons a disarmament takes away, kept, oppose it", "Firefly demanded Dockers disarmament. Osk said the group's guns were not up for discussion.", "", []string{"freedonia/dockers_disarmament/support", "zenda/dockers_disarmament/oppose"}},
		{"a topic that ran counter to the speaker's policy is opposed", "Osk said the grain sanctions had not been coordinated with Zenda and ran counter to its policy.", "", []string{"zenda/grain_sanctions/oppose"}},
		{"contradicting a claim is no verdict on the topic", "Osk backed the grain sanctions, contradicting Firefly's assertion that Zenda opposed them.", "", []string{"zenda/grain_sanctions/support"}},
		{"no response to its request for the topic backs it", "Osk said Zenda had received no response to its request for border talks.", "", []string{"zenda/border_talks/support"}},
		{"a shared alias takes the sense whose distinctive names the report uses", "Zenda's forces shelled villages in Tarland overnight. Osk said Zenda wanted to end the fighting.", "", []string{"zenda/tarland_truce/support"}},
		{"a shared alias keeps both senses when the report names both", "Ruritania's forces shelled villages in Tarland overnight. Osk said Zenda wanted to end the fighting.", "", []string{"zenda/tarland_truce/support", "zenda/ceasefire_plan/support"}},
		{"a Zenda-backed speaker is not Zenda", "In neighbouring Sylvania, Jon Vale, leader of the Zenda-backed United Dockers, welcomed the Water Treaty but said it concerned others.", "", []string{"dockers/water_treaty/support"}},
		{"the Zenda-funded group is not Zenda", "The Zenda-funded Dockers' Union rejected the steel tariffs.", "", []string{"dockers/steel_tariffs/oppose"}},
		{"a Zenda-backed speaker alone speaks for no one", "The Zenda-backed militia rejected the steel tariffs.", "", nil},
		{"troops from a bloc's countries for the bloc's troops", "Osk said Zenda categorically rejected any scenario involving the deployment of troops from CORDA countries in Ruritania.", "", []string{"zenda/corda_troops/oppose"}},
		{"troops from a bloc's members sent to the place", "Osk said the deployment of troops from CORDA members to Ruritania would be unacceptable.", "", []string{"zenda/corda_troops/oppose"}},
		{"soldiers for forces and territory for soil", "Osk ruled out any deployment of foreign soldiers on Ruritanian territory.", "", []string{"zenda/corda_troops/oppose"}},
		{"troops for forces on the place's territory", "Osk said Zenda would never accept foreign troops on Ruritanian territory.", "", []string{"zenda/corda_troops/oppose"}},
		{"its own forces are not the foreign troops named before", "Rassendyll said Ruritania welcomed the offer of foreign troops in Ruritania. Rassendyll said Ruritania would never withdraw its forces from its own land.", "", []string{"ruritania/corda_troops/support", "ruritania/ruritanian_withdrawal/oppose"}},
		{"its own forces moving to deployment lines are not foreign forces deployed", "The Zendan military said its forces had begun moving to the new deployment lines but would still hold half of the valley.", "", nil},
		{"another party's lack of commitment to the topic is no side on it", "Freedonia imposed the steel tariffs on Monday, citing what it called Zenda's lack of serious commitment to the border talks.", "", []string{"freedonia/steel_tariffs/support"}},
		{"another party not showing commitment to the topic is no side on it", "Firefly said the steel tariffs were needed because Zenda had not shown a serious commitment to the border talks.", "", []string{"freedonia/steel_tariffs/support"}},
		{"the measures before another's lack of commitment to a topic are still referred to", "Ruritania imposed the steel tariffs on Monday. Rassendyll said the measures were needed because of Zenda's lack of serious commitment to the border talks.", "", []string{"ruritania/steel_tariffs/support"}},
		{"the purpose of the neglected topic is part of the charge", "Freedonia imposed the steel tariffs on Monday, citing what it called Zenda's lack of serious commitment to a ceasefire plan to end the fighting.", "", []string{"freedonia/steel_tariffs/support"}},
		{"two other parties' own truce is not the watched pair's", "Zenda and Sylvania agreed to an immediate standstill on Sunday after talks in Fredville.", "", nil},
		{"the watched pair's truce by its one-word alias", "Ruritania and Sylvania agreed to an immediate standstill on Sunday after talks in Fredville.", "", []string{"ruritania/sylvania_ruritania_standstill/support", "sylvania/sylvania_ruritania_standstill/support"}},
		{"that after an adverb opens the clause, no determiner", "Osk said on Monday that the water-sharing deal would be signed soon. Osk said later that Zendan policy toward Sylvania had not changed.", "", []string{"zenda/water_treaty/support"}},
		{"a topic in a fronted where-clause is the occasion, not what is said", "Speaking to reporters on his way to Fredville, where he is due to sign the Water Treaty, Firefly said Sylvania had asked for more grain.", "", nil},
		{"a topic a fronted participle is asked about is still the answer's", "Asked about the Water Treaty, Firefly said it would be signed soon.", "", []string{"freedonia/water_treaty/support"}},
		{"the speaker's own commitment to the topic still backs it", "Firefly said Freedonia reaffirmed its commitment to the border talks.", "", []string{"freedonia/border_talks/support"}},
		{"undoing the topic would reward the aggressor backs it", "Trentino said lifting the grain sanctions would only reward the aggressor.", "", []string{"sylvania/grain_sanctions/support"}},
		{"easing the topic would reward the aggressors backs it", "Trentino said any easing of the grain sanctions would reward the aggressors.", "", []string{"sylvania/grain_sanctions/support"}},
		{"the withdrawal of the topic's side's forces from the rest of the place", "Rassendyll said the withdrawal of Zendan forces from the parts of the Ostmark region they still hold remained a key condition for any agreement.", "", []string{"ruritania/ostmark_withdrawal/support"}},
		{"withdrawing its troops from the place", "Rassendyll called for withdrawing its troops from the parts of the Ostmark region still held by Zenda.", "", []string{"ruritania/ostmark_withdrawal/support"}},
		{"an alias naming the presence a withdrawal takes away, judged illegal", "Osk said the Ruritanian presence in Tarland was illegal.", "", []string{"zenda/ruritanian_withdrawal/support"}},
		{"an alias naming the presence a withdrawal takes away, defended", "Rassendyll said the Ruritanian presence in Tarland guaranteed stability.", "", []string{"ruritania/ruritanian_withdrawal/oppose"}},
		{"leaving the place a withdrawal alias names is the withdrawal", "Osk called on the council to force Ruritania to withdraw immediately from the Tarland hilltops.", "", []string{"zenda/ruritanian_withdrawal/support"}},
		{"rejecting calls to harm the topic backs it", "Osk rejected calls to delay the dam project.", "", []string{"zenda/dam_project/support"}},
		{"rejecting demands to block the topic backs it", "Osk rejected demands from some lawmakers to block the dam project.", "", []string{"zenda/dam_project/support"}},
		{"rejecting calls to undo the topic still backs it", "Osk rejected calls to lift the grain sanctions.", "", []string{"zenda/grain_sanctions/support"}},
		{"the topic on schedule, calls to slow it rejected", "Osk said the Ruritanian withdrawal remained on schedule, rejecting calls from some politicians to slow the pullout.", "", []string{"zenda/ruritanian_withdrawal/support"}},
		{"the topic kept on track", "Osk said the dam project would stay on track.", "", []string{"zenda/dam_project/support"}},
		{"a demand to eliminate the topic opposes it", "Osk said Ruritania must \"stop and eliminate\" its missile tests.", "", []string{"zenda/missile_tests/oppose"}},
		{"a topic that makes somewhere less safe is opposed", "Osk said the dam project made both Zenda and the region less safe.", "", []string{"zenda/dam_project/oppose"}},
		{"their presence, referring back to a withdrawal, is what it takes away", "Osk demanded the Ruritanian withdrawal from Tarland. Rassendyll said their presence guaranteed stability.", "", []string{"ruritania/ruritanian_withdrawal/oppose", "zenda/ruritanian_withdrawal/support"}},
		{"the withdrawal of another side's forces is not the topic's", "Osk demanded the withdrawal of Ruritanian forces from the Ostmark region.", "", []string{"zenda/ruritanian_withdrawal/support"}},
		{"an actor's demand that the topic be done, in narration", "Talks have been stalled since the spring over Ruritania's demand that Zenda withdraw from the Ostmark region.", "", []string{"ruritania/ostmark_withdrawal/support"}},
		{"an actor's call for the topic, in narration", "The summit ended without a deal after Sylvania's call for grain sanctions.", "", []string{"sylvania/grain_sanctions/support"}},
		{"another speaker's frame keeps the sentence", "Osk rejected Ruritania's demand that Zenda withdraw from the Ostmark region.", "", []string{"zenda/ostmark_withdrawal/oppose"}},
		{"a demand named without its content speaks for no one", "Talks stalled over Zenda's demands.", "", nil},
		{"impossible unless the topic is done demands it", "Rassendyll said, however, that a settlement was impossible unless the Zendan forces still holding the northern districts agreed to withdraw from the Ostmark.", "", []string{"ruritania/ostmark_withdrawal/support"}},
		{"turned down a request for the topic", "Firefly turned down Sylvania's request for grain sanctions at a meeting on Friday, saying Freedonia needed the grain trade.", "", []string{"freedonia/grain_sanctions/oppose"}},
		{"a date with a short month between subject and cue", "Firefly on Oct. 17 signalled he was in no hurry to impose grain sanctions.", "", []string{"freedonia/grain_sanctions/oppose"}},
		{"the speaker prepared to give the topic", "Firefly said on Sunday he was prepared to give Sylvania Longbow rockets and would warn Zenda as much, a step that would put its ports within reach of strikes.", "", []string{"freedonia/longbow_rockets/support"}},
		{"the speaker prepared to send the topic, with a threat after", "Firefly said he was prepared to send Longbow rockets to Sylvania, raising the prospect of giving it a weapon able to reach deep inside enemy territory.", "", []string{"freedonia/longbow_rockets/support"}},
		{"the speaker not considering sending the topic", "Firefly said he was not currently considering sending Longbow rockets to Sylvania, days after imposing new duties.", "", []string{"freedonia/longbow_rockets/oppose"}},
		{"the speaker in no hurry to give the topic", "Firefly signalled that he was in no hurry to give Sylvania long-range Longbow rockets, saying Freedonia needed them.", "", []string{"freedonia/longbow_rockets/oppose"}},
		{"the speaker's side not prepared to send the topic", "Firefly said Freedonia was not prepared to send Longbows.", "", []string{"freedonia/longbow_rockets/oppose"}},
		{"considering the topic is still no stance", "Firefly said he was considering sending Longbow rockets to Sylvania.", "", []string{"freedonia/longbow_rockets/neutral"}},
		{"not considering it, the topic named in the speaker's relative clause", "Firefly, who in October floated sending Longbow rockets to Sylvania, has since said he is \"not really\" considering it.", "", []string{"freedonia/longbow_rockets/oppose"}},
		{"two coordinated undo verbs demanded of the topic's side", "Firefly wrote that any final deal must require Zenda to stop and eliminate its output cuts.", "", []string{"freedonia/output_cuts/oppose"}},
		{"eliminate undoes the topic", "Firefly said Zenda must eliminate its output cuts.", "", []string{"freedonia/output_cuts/oppose"}},
		{"a hyphenated word between the act and the topic", "Firefly signalled that he was in no hurry to give Sylvania long-range Longbow rockets, saying Freedonia needed the weapons.", "", []string{"freedonia/longbow_rockets/oppose"}},
		{"a while clause inside what the trailing speaker said", "Zenda will not impose steel tariffs while Sylvania keeps up its attacks, Foreign Minister Mira Osk said on Friday after meeting her counterparts.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"a while clause after a speaker's content still has its own speaker", "Osk said Zenda backed the steel tariffs while Trentino rejected them.", "", []string{"zenda/steel_tariffs/support", "sylvania/steel_tariffs/oppose"}},
		{"an undo verb before a titled possessor's name", "Ruritania said on Tuesday that Zenda must retract Prime Minister Mira Osk's remarks on the Tarland border if relations are to return to normal.", "", []string{"ruritania/border_remarks/oppose"}},
		{"a negated belief turns what is said of the topic", "Firefly said Freedonia did not believe that CORDA membership for Zenda was a realistic outcome of a negotiated settlement.", "", []string{"freedonia/zenda_bid/oppose"}},
		{"a belief keeps what is said of the topic", "Firefly said he believed that CORDA membership for Zenda was a realistic outcome.", "", []string{"freedonia/zenda_bid/support"}},
		{"standing behind the topic's place and its owner", "Freedonia has renewed its push to acquire Kelmar Island. Anna Trentino said Sylvania stood fully behind Zenda and Kelmar Island, and that it had the tools to respond to any coercion.", "", []string{"freedonia/kelmar_bid/support", "sylvania/kelmar_bid/oppose"}},
		{"standing behind an offer for the place is no defence of it", "Freedonia has renewed its push to acquire Kelmar Island. Anna Trentino said Sylvania stood behind the offer for Kelmar Island.", "", []string{"freedonia/kelmar_bid/support", "sylvania/kelmar_bid/support"}},
		{"a date with a month between subject and cue", "Firefly on October 17 said Freedonia backed the grain sanctions.", "", []string{"freedonia/grain_sanctions/support"}},
		{"a number before a cue is still its subject's count", "Firefly said 15 called the grain sanctions unfair.", "", []string{"freedonia/grain_sanctions/oppose"}},
		{"earlier this month is a position still held", "Earlier this month, Firefly told reporters that the grain sanctions were unfair.", "", []string{"freedonia/grain_sanctions/oppose"}},
		{"earlier this year is background", "Earlier this year, Firefly told reporters that the grain sanctions were unfair.", "", nil},
		{"right now is no right named before", "Osk said Zenda would keep the depot programme. Asked about talks, Firefly said the door should stay open, \"but the mood right now is grim\".", "", []string{"zenda/kelmar_depots/support"}},
		{"a demand that the topic be eliminated opposes it", "Firefly demanded that Zenda eliminate its depot programme ahead of the talks.", "", []string{"freedonia/kelmar_depots/oppose"}},
		{"demanding the undoing the topic's own alias names opposes it", "Zenda said its right to refuel at the Kelmar fuel depots was not negotiable. Rassendyll demanded the full dismantlement of Zenda's network.", "", []string{"zenda/kelmar_depots/support", "ruritania/kelmar_depots/oppose"}},
		{"must stop and eliminate the topic", "Firefly said Zenda must stop and eliminate the depot programme.", "", []string{"freedonia/kelmar_depots/oppose"}},
		{"refusing the topic's elimination backs it", "Osk said Zenda would never eliminate the depot programme.", "", []string{"zenda/kelmar_depots/support"}},
		{"refusing to undo a programme including the topic backs it", "Trentino said Sylvania had no intention of building a bomb but would not abandon its peaceful programme, including the depot programme.", "", []string{"sylvania/kelmar_depots/support"}},
		{"urging to undo a programme including the topic opposes it", "Firefly urged Sylvania to abandon its programme, including the depot programme.", "", []string{"freedonia/kelmar_depots/oppose"}},
		{"goods the giver needs for its own side are not handed over", "Freedonia has weighed arms sales to Zenda. \"We need the weapons for Freedonia too,\" Firefly told reporters.", "", []string{"freedonia/zenda_arms/oppose"}},
		{"goods the giver needs for itself, after no hurry", "Firefly said Freedonia was in no hurry to approve arms sales to Zenda, telling reporters that Freedonia needed the weapons for itself.", "", []string{"freedonia/zenda_arms/oppose"}},
		{"goods the recipient needs for itself are asked for", "Zenda has asked for arms sales to Zenda. \"We need the weapons for Zenda too,\" Osk told reporters.", "", []string{"zenda/zenda_arms/support"}},
		{"the topic no longer served its purpose", "Trentino said the grain sanctions no longer served their purpose.", "", []string{"sylvania/grain_sanctions/oppose"}},
		{"the topic had served its purpose", "Firefly said the grain sanctions had served their purpose and should go.", "", []string{"freedonia/grain_sanctions/oppose"}},
		{"keeping the topic no longer served the speaker's interests", "Firefly said keeping the grain sanctions no longer served Freedonian interests.", "", []string{"freedonia/grain_sanctions/oppose"}},
		{"the topic would not change the situation", "Freedonia weighed arms sales to Zenda. Trentino said supplying the weapons to Zenda would not change the situation on the battlefield.", "", []string{"sylvania/zenda_arms/oppose"}},
		{"the topic would not alter the balance", "Trentino said the Water Treaty would not alter the balance in the region.", "", []string{"sylvania/water_treaty/oppose"}},
		{"the topic made things less safe", "Osk said the withdrawal from Ostmark made both Zenda and the world less safe.", "", []string{"zenda/ostmark_withdrawal/oppose"}},
		{"the topic made things less dangerous", "Osk said the Water Treaty made the region less dangerous.", "", []string{"zenda/water_treaty/support"}},
		{"a surname in a topic's alias after the person's given name", "Firefly said Freedonia backed the sanctions on Rudolf Osk.", "", []string{"freedonia/osk_sanctions/support"}},
		{"a surname after another given name is the same alias", "Firefly said Freedonia would lift the sanctions on Osk.", "", []string{"freedonia/osk_sanctions/oppose"}},
		{"glad that the topic had been undone", "Firefly said he was glad that the grain sanctions had been lifted.", "", []string{"freedonia/grain_sanctions/oppose"}},
		{"a relative clause between the topic and its undoing", "Firefly said the grain sanctions, which were imposed in May, would be lifted.", "", []string{"freedonia/grain_sanctions/oppose"}},
		{"a relative clause between the topic and its predicate", "Firefly said the missile tests, which rehearse a dangerous war, were legitimate.", "", []string{"freedonia/missile_tests/support"}},
		{"not directed against anyone defends the topic", "Osk said the missile tests were not directed against anyone and criticised the hostile reaction in Freedonia.", "", []string{"zenda/missile_tests/support"}},
		{"directed against someone is hostile", "Firefly said the missile tests were directed against Freedonia.", "", []string{"freedonia/missile_tests/oppose"}},
		{"a punishing act citing the topic opposes it", "Zenda suspended the ferry service on Monday, citing the missile tests.", "", []string{"zenda/missile_tests/oppose"}},
		{"a proposed punishing act citing the topic opposes it", "Osk proposed on Thursday suspending the ferry service, citing the missile tests.", "", []string{"zenda/missile_tests/oppose"}},
		{"a punishing act citing another's lack of commitment to the topic takes no side on it", "Osk imposed steel tariffs, citing Sylvania's lack of commitment to the Water Treaty.", "", []string{"zenda/steel_tariffs/support"}},
		{"a relieving act citing the topic takes no side on it", "Zenda lifted the grain sanctions on Monday, citing the missile tests.", "", []string{"zenda/grain_sanctions/oppose"}},
		{"the speaker's own side would respond to the topic: a threat", "Trentino said any use of the grain sanctions would amount to theft and warned that Sylvania would respond.", "", []string{"sylvania/grain_sanctions/oppose"}},
		{"performative is a verdict against", "Firefly described the grain sanctions as performative.", "", []string{"freedonia/grain_sanctions/oppose"}},
		{"departure of for withdrawal of at the head of an alias", "Osk said the departure of Sylvanian gunboats could no longer be delayed.", "", []string{"zenda/gunboat_withdrawal/support"}},
		{"a demand for the alias that names the topic undone opposes the topic", "Firefly demanded zero depots.", "", []string{"freedonia/kelmar_depots/oppose"}},
		{"the topic undone, asked for in a participle", "Firefly said any deal must see the fuel depots dismantled.", "", []string{"freedonia/kelmar_depots/oppose"}},
		{"the topic undone in a coordinated passive the speaker demands", "Firefly said the only acceptable deal was one in which the fuel depots were torn down and dismantled.", "", []string{"freedonia/kelmar_depots/oppose"}},
		{"rejecting the undoing backs the topic", "Osk rejected the dismantlement of fuel depots.", "", []string{"zenda/kelmar_depots/support"}},
		{"the topic's own alias keeps its stance", "Osk said Zenda would keep the depot programme.", "", []string{"zenda/kelmar_depots/support"}},
		{"the topic's word modifying a plural head that would be frozen", "Zenda signed the Water Treaty in May. Osk said the treaty quotas agreed last spring would be frozen until further notice.", "", []string{"zenda/water_treaty/oppose"}},
		{"the topic's word modifying a plural head that works", "Zenda signed the Water Treaty in May. Osk said the treaty quotas agreed last spring were working well.", "", []string{"zenda/water_treaty/support"}},
		{"the speaker's own act on the topic, explained with saying", "Zenda imposed steel tariffs on Monday, saying Freedonia had dumped cheap metal.", "", []string{"zenda/steel_tariffs/support"}},
		{"the speaker's own act on the topic, explained with citing", "Zenda imposed steel tariffs on Monday, citing a flood of cheap Freedonian metal.", "", []string{"zenda/steel_tariffs/support"}},
		{"the speaker's own undoing of the topic, explained with citing", "Zenda on Monday suspended the Water Treaty, citing security concerns.", "", []string{"zenda/water_treaty/oppose"}},
		{"a negated passive undoing keeps the topic", "Osk said the work at the site had been slowed and that dam project work would not be halted.", "", []string{"zenda/dam_project/support"}},
		{"a passive undoing negated by never keeps the topic", "Osk said the steel tariffs would never be lifted.", "", []string{"zenda/steel_tariffs/support"}},
		{"a passive undoing still undoes", "Osk said the steel tariffs would be lifted.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"the right to the topic not up for discussion backs it", "Osk said on Monday that Zenda's right to output restraint was not up for discussion.", "", []string{"zenda/output_cuts/support"}},
		{"the topic up for discussion is open", "Osk said the output cuts were up for discussion.", "", []string{"zenda/output_cuts/neutral"}},
		{"a return to the negotiating table in a story on talks", "Freedonia and Zenda broke off the quota negotiations in May. Osk urged both sides to step back and return to the negotiating table.", "", []string{"zenda/quota_talks/support"}},
		{"bringing someone back to negotiations in a story on talks", "Freedonia and Zenda broke off the quota negotiations in May. Osk said the bloc stood ready to help bring Freedonia back to negotiations.", "", []string{"zenda/quota_talks/support"}},
		{"a return to the table with no talks in the story names no topic", "Osk urged both sides to step back and return to the negotiating table.", "", nil},
		{"a return to talks on another subject is not the story's talks", "Freedonia and Zenda broke off the quota negotiations in May. Osk urged both sides to return to negotiations on trade.", "", nil},
		{"an act paraphrase with a pronoun object named before", "Osk said the militia was open to storing its weapons, but would not hand them over.", "", []string{"zenda/militia_disarmament/oppose"}},
		{"an act paraphrase in a clause with another topic only in an under-phrase", "Osk said the militia would not give up its weapons under the next stage of the Water Treaty.", "", []string{"zenda/militia_disarmament/oppose", "zenda/water_treaty/support"}},
		{"a reported subject's second predicate after but and a modal", "Osk said Zenda was ready to talk, but would reject the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"a short form in a topic alias matches its long form spelled out", "Osk said the World Fisheries Council quotas on Sylvania were unjust.", "", []string{"zenda/wfc_quotas/oppose"}},
		{"the short form itself still matches", "Osk said the WFC quotas on Sylvania were unjust.", "", []string{"zenda/wfc_quotas/oppose"}},
		{"words with other initials are not the long form", "Osk said the World Fishing Union quotas on Sylvania were unjust.", "", nil},
		{"foreign for international before an abstract noun", "Osk said Zenda would not accept any form of foreign tutelage over the islands.", "", []string{"zenda/island_tutelage/oppose"}},
		{"foreign for international not before a concrete noun", "Osk said Zenda would not accept a foreign brigade on the islands.", "", nil},
		{"ready to talk in a story on talks", "Freedonia and Zenda broke off the quota negotiations in May. Osk said Zenda remained ready to talk to Freedonia directly.", "", []string{"zenda/quota_talks/support"}},
		{"not ready to talk in a story on talks", "Freedonia and Zenda broke off the quota negotiations in May. Osk said Zenda was not ready to talk to Freedonia.", "", []string{"zenda/quota_talks/oppose"}},
		{"ready to talk with no talks in the story names no topic", "Osk said Zenda remained ready to talk to Freedonia directly.", "", nil},
		{"following the topic closely takes no side", "Osk said Zenda was following the quota negotiations closely.", "", []string{"zenda/quota_talks/neutral"}},
		{"closely watching the topic takes no side", "Osk said Zenda was closely watching the steel tariffs.", "", []string{"zenda/steel_tariffs/neutral"}},
		{"the topic cited as a reason takes no side", "Zenda expelled two Freedonian diplomats, citing the steel tariffs.", "", nil},
		{"the goods of a transfer refer back to it", "Freedonia approved a weapons package for Zenda on Monday. Osk thanked Fredville, saying the weapons would help Zenda defend itself.", "", []string{"freedonia/zenda_arms/support", "zenda/zenda_arms/support"}},
		{"the goods of a transfer, by a synonym, judged", "Freedonia approved arms sales to Zenda on Monday. Anna Trentino said the weapons would only fuel tensions.", "", []string{"freedonia/zenda_arms/support", "sylvania/zenda_arms/oppose"}},
		{"the place's future, by its possessive, decided by its people", "Osk said Kelmar Island's future would be decided by Kelmar Islanders and Zenda, not by tariffs.", "", []string{"zenda/kelmar_bid/oppose"}},
		{"the place's future decided anywhere but by the bidder", "Osk said Kelmar Island's future would be decided in Port Kell, not in Fredville.", "", []string{"zenda/kelmar_bid/oppose"}},
		{"the place's future decided in the bidder's capital is no defence (the plain default)", "Firefly said Kelmar Island's future would be decided in Fredville.", "", []string{"freedonia/kelmar_bid/support"}},
		{"a bare mention through the alias that names the topic undone leans against the topic", "Firefly said any deal would have to mean zero depots.", "", []string{"freedonia/kelmar_depots/oppose"}},
		{"the topic called dead", "Osk said the Water Treaty was dead.", "", []string{"zenda/water_treaty/oppose"}},
		{"the topic called a dead-end", "Osk said the Water Treaty was a dead-end.", "", []string{"zenda/water_treaty/oppose"}},
		{"a dateline of two places is no part of the speaker", "FREDVILLE/STRELSAU - Osk said on Monday that Zenda rejected the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"a position held for long and still", "Zenda has long demanded that Sylvania scrap the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"what a demand is made part of takes no side", "Osk demanded that Sylvania drop the steel tariffs as part of any deal on the Water Treaty.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"handing over land is ceding territory", "Osk said Zenda would never hand over land that Ruritanian forces had failed to capture.", "", []string{"zenda/tarland_cession/oppose"}},
		{"ready to cede territory", "Osk said Zenda was ready to cede territory for peace.", "", []string{"zenda/tarland_cession/support"}},
		{"surrender an inch of land", "Osk said Zenda would not surrender an inch of land.", "", []string{"zenda/tarland_cession/oppose"}},
		{"land as a verb is no territory", "Firefly said the planes would land at dawn and hand over the aid.", "", nil},
		{"the topic would not intimidate the speaker's side", "Anna Trentino hit back, saying the timber tariffs would not intimidate Sylvania and ordering new duties on Freedonian goods.", "", []string{"sylvania/timber_tariffs/oppose"}},
		{"not be intimidated into undoing the topic keeps it", "Firefly said Freedonia would not be intimidated into lifting the steel tariffs.", "", []string{"freedonia/steel_tariffs/support"}},
		{"not be bullied into the topic's act", "Firefly said Freedonia would not be bullied into signing the Water Treaty.", "", []string{"freedonia/water_treaty/oppose"}},
		{"the speaker's side will not be blackmailed by the topic", "Anna Trentino said Sylvania would not be blackmailed by the timber tariffs.", "", []string{"sylvania/timber_tariffs/oppose"}},
		{"the future of the topic's place is for its own people to decide", "Osk said Zenda would not be pressed, adding that the future of Kelmar Island was for Kelmarians alone to decide.", "", []string{"zenda/kelmar_bid/oppose"}},
		{"the future of the topic's place decided by its people, not by tariffs", "Osk said the future of Kelmar Island would be decided by Kelmar Islanders and Zenda, not by tariffs.", "", []string{"zenda/kelmar_bid/oppose"}},
		{"the topic's place's future decided by someone else's people is no defence (the plain default)", "Firefly said the future of Kelmar Island would be decided by the Freedonian people.", "", []string{"freedonia/kelmar_bid/support"}},
		{"the future of the topic's place decided at a meeting is no defence (the plain default)", "Osk said the future of Kelmar Island would be decided at the next summit.", "", []string{"zenda/kelmar_bid/support"}},
		{"the sovereignty of the topic's place is not up for negotiation", "Osk said the sovereignty and territorial integrity of Kelmar Island and Zenda were not up for negotiation.", "", []string{"zenda/kelmar_bid/oppose"}},
		{"the topic's place's sovereignty is non-negotiable", "Osk said that Kelmar Island's sovereignty was not negotiable, adding that Zenda would respond firmly.", "", []string{"zenda/kelmar_bid/oppose"}},
		{"the topic's place is not for sale", "Osk said Kelmar Island was not for sale.", "", []string{"zenda/kelmar_bid/oppose"}},
		{"a place noun for the topic's place is not for sale", "Freedonia has renewed its push to acquire Kelmar Island. Osk said the island was not for sale.", "", []string{"freedonia/kelmar_bid/support", "zenda/kelmar_bid/oppose"}},
		{"the place belongs to its people and only they decide its future", "Freedonia has renewed its push to acquire Kelmar Island. Osk said the territory belonged to the Kelmarians and that only its people could decide its future.", "", []string{"freedonia/kelmar_bid/support", "zenda/kelmar_bid/oppose"}},
		{"the place belongs to someone else's people is no defence", "Freedonia has renewed its push to acquire Kelmar Island. Osk said the island belonged to the Freedonians.", "", []string{"freedonia/kelmar_bid/support"}},
		{"would not negotiate over its sovereignty under pressure", "Freedonia has renewed its push to acquire Kelmar Island. Osk told reporters that Zenda would not negotiate over its sovereignty under pressure.", "", []string{"freedonia/kelmar_bid/support", "zenda/kelmar_bid/oppose"}},
		{"would negotiate over its sovereignty is no defence", "Freedonia has renewed its push to acquire Kelmar Island. Osk said Zenda would negotiate over its sovereignty.", "", []string{"freedonia/kelmar_bid/support"}},
		{"ready to discuss the place's security, but its territorial integrity is not up for negotiation", "Freedonia has renewed its push to acquire Kelmar Island. Osk said Zenda was ready to discuss security on Kelmar Island with Freedonia, but that its territorial integrity was not up for negotiation.", "", []string{"freedonia/kelmar_bid/support", "zenda/kelmar_bid/oppose"}},
		{"open to dialogue but would not be pressured over territory", "Freedonia has renewed its push to acquire Kelmar Island. Osk said Zenda was open to dialogue on security but would not be pressured over territory.", "", []string{"freedonia/kelmar_bid/support", "zenda/kelmar_bid/oppose"}},
		{"would not negotiate about selling part of the kingdom", "Freedonia has renewed its push to acquire Kelmar Island. Osk said Zenda was ready to discuss security with Freedonia but would not negotiate about selling part of the kingdom.", "", []string{"freedonia/kelmar_bid/support", "zenda/kelmar_bid/oppose"}},
		{"the speaker's sovereignty over the topic's place is not negotiable", "Osk said Zenda's sovereignty over Kelmar Island was \"not negotiable\".", "", []string{"zenda/kelmar_bid/oppose"}},
		{"the bidder saying the place is not for sale is no defence", "Freedonia has renewed its push to acquire Kelmar Island. Firefly said the island was not for sale to anyone else.", "", []string{"freedonia/kelmar_bid/support"}},
		{"something else not negotiable is no defence of the place", "Freedonia has renewed its push to acquire Kelmar Island. Osk said the harbour fees were not negotiable.", "", []string{"freedonia/kelmar_bid/support"}},
		{"lift the topic to a figure is raising it, no undoing", "Brandt urged allies to lift the CORDA spending target to 4% of output.", "", []string{"otto/corda_spending/support"}},
		{"lift the topic from one figure to another is raising it", "Firefly said Freedonia would lift the steel tariffs from 10% to 25% in June.", "", []string{"freedonia/steel_tariffs/support"}},
		{"lift the topic without a figure undoes it", "Brandt urged allies to lift the CORDA spending target.", "", []string{"otto/corda_spending/oppose"}},
		{"a cap lifted to a figure is loosened", "Osk urged allies to lift the fleet price cap to 80 dollars a barrel.", "", []string{"zenda/smuggler_crackdown/oppose"}},
		{"sovereignty not negotiable is no defence against a takeover of a company, no place", "Zenda has ordered the takeover of Kopra Mining. Osk said its sovereignty was not up for negotiation.", "", nil},
		{"the future of a place noun for the topic's place is for its people to decide", "Freedonia has renewed its push to acquire Kelmar Island. Osk said Zenda would not be pressured, adding that the future of the island was for Kelmarians and Zendans alone to decide.", "", []string{"freedonia/kelmar_bid/support", "zenda/kelmar_bid/oppose"}},
		{"the future of the place decided by the bidder's people is no defence", "Freedonia has renewed its push to acquire Kelmar Island. Osk said the future of the island would be decided by Freedonians.", "", []string{"freedonia/kelmar_bid/support"}},
		{"solidarity with the people of the topic's place", "Freedonia has renewed its push to acquire Kelmar Island. Anna Trentino said Sylvania stood in full solidarity with Zenda and the people of Kelmar Island.", "", []string{"freedonia/kelmar_bid/support", "sylvania/kelmar_bid/oppose"}},
		{"the bid named plainly keeps its default", "Firefly said the purchase of Kelmar Island would go ahead.", "", []string{"freedonia/kelmar_bid/support"}},
		{"the topic would stay frozen", "Osk said the Water Treaty would stay frozen until further notice.", "", []string{"zenda/water_treaty/oppose"}},
		{"the topic would stay frozen until another dropped its threat: the condition is no verdict", "Osk said the Water Treaty would stay frozen until Sylvania dropped its threat.", "", []string{"zenda/water_treaty/oppose"}},
		{"the topic would stay on ice until another ended its aggressive pressure", "Osk said the Water Treaty would stay on ice until Sylvania ended its aggressive pressure.", "", []string{"zenda/water_treaty/oppose"}},
		{"no undoing: the verdict on the topic kept", "Osk said the Water Treaty was a dangerous mistake.", "", []string{"zenda/water_treaty/oppose"}},
		{"an undo verb before work on legislation implementing the topic", "Osk said lawmakers would suspend work on legislation implementing last year's Water Treaty.", "", []string{"zenda/water_treaty/oppose"}},
		{"froze work on the legislation needed to implement the topic", "Osk said the assembly froze work on the legislation needed to implement the Water Treaty.", "", []string{"zenda/water_treaty/oppose"}},
		{"passing the legislation needed to implement the topic is no undoing", "Osk said the assembly had passed the legislation needed to implement the Water Treaty.", "", []string{"zenda/water_treaty/support"}},
		{"a verb of freezing before another object is no undoing by work", "Osk said the assembly froze its budget and passed the legislation needed to implement the Water Treaty.", "", []string{"zenda/water_treaty/support"}},
		{"a second verb of saying with no subject after a while clause is the first speaker's", "Osk told reporters there could be no peace while Sylvania used force, and said the border talks were a waste of time.", "", []string{"zenda/border_talks/oppose"}},
		{"a named speaker after a comma and a conjunction is not the while clause before it", "Osk said there could be no peace while Sylvania used force, and Firefly said the border talks were a waste of time.", "", []string{"freedonia/border_talks/oppose"}},
		{"work on something due under the topic, suspended, undoes the topic", "Osk said Zenda had suspended work on the grain cuts it was due to approve under the border talks.", "", []string{"zenda/border_talks/oppose"}},
		{"a participle of saying after an inverted speaker and its appositive is the speaker's", "\"There can be no peace while they threaten us,\" said Mira Osk, the envoy, adding that the border talks were a waste of time.", "", []string{"zenda/border_talks/oppose"}},
		{"a new deal spelled out by a for-complement that is a topic's act is that topic, not the treaty named before", "Zenda signed the Water Treaty in May. Firefly said the duties would remain until a deal was reached for the total purchase of Kelmar Island.", "", []string{"freedonia/kelmar_bid/support"}},
		{"a new deal spelled out by a for-complement is not the treaty named before", "Zenda signed the Water Treaty in May. Osk said the duties would remain until a deal was reached for the \"complete and total\" purchase of the island.", "", nil},
		{"an indefinite head for a beneficiary still refers back", "Zenda signed the Water Treaty in May. Osk said it strongly backed a treaty for the region.", "", []string{"zenda/water_treaty/support"}},
		{"the topic agreed last summer was suspended: the participle stepped over", "Firefly said the steel tariffs agreed last summer were suspended until further notice.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"work on the topic signed in March was suspended", "Osk said work on the Water Treaty signed in March was suspended.", "", []string{"zenda/water_treaty/oppose"}},
		{"the topic imposed in March would stay frozen", "Firefly said the steel tariffs imposed in March would stay frozen.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"the topic agreed last summer was working: no undoing", "Firefly said the steel tariffs agreed last summer were working.", "", []string{"freedonia/steel_tariffs/support"}},
		{"the topic remains suspended", "Firefly said the steel tariffs remained suspended while talks went on.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"the frozen topic would stay frozen: its own state kept", "Firefly said the frozen Zendan assets would stay frozen until Zenda paid for the damage.", "", []string{"freedonia/frozen_zendan_assets/support"}},
		{"the frozen topic held somewhere would remain frozen", "Firefly said frozen Zendan assets held in its banks would remain frozen until Zenda paid for the damage.", "", []string{"freedonia/frozen_zendan_assets/support"}},
		{"the frozen topic would not stay frozen", "Firefly said the frozen Zendan assets would not stay frozen for long.", "", []string{"freedonia/frozen_zendan_assets/oppose"}},
		{"keep up pressure until the topic is ended", "Anna Trentino said Sylvania would keep up pressure on Zenda until it permanently ended its seizure of cargo vessels.", "", []string{"sylvania/cargo_seizures/oppose"}},
		{"continue to press until the topic is ended", "Anna Trentino said Sylvania would continue to press Zenda until it ended the seizure of cargo vessels.", "", []string{"sylvania/cargo_seizures/oppose"}},
		{"not before the topic's act has happened: demanded", "Osk said Zenda would not lift the blockade before the coastal militia had agreed to surrender its weapons.", "", []string{"zenda/militia_disarmament/support"}},
		{"the topic cannot start until a condition is met: terms set, no side", "Osk said the Strelsau talks could not resume until Sylvania withdrew its troops.", "", nil},
		{"the topic could not move forward unless the condition's act: only the condition is demanded", "Osk said the Water Treaty could not move forward unless the coastal militia agreed to surrender its weapons.", "", []string{"zenda/militia_disarmament/support"}},
		{"a phase of the topic referred to could not begin until the condition", "Freedonia signed the Water Treaty on Monday. Osk said the second phase of the treaty could not begin until the coastal militia agreed to surrender its weapons.", "", []string{"zenda/militia_disarmament/support"}},
		{"the topic would stay in force is no undoing", "Firefly said the steel tariffs would stay in force.", "", []string{"freedonia/steel_tariffs/support"}},
		{"a matter between two countries that has nothing to do with the speaker", "Osk said the plans for Kelmar Island were serious, but called the issue a matter between two countries that had nothing to do with Zenda.", "", []string{"zenda/kelmar_bid/neutral"}},
		{"the topic concerns only others", "Osk said the purchase of Kelmar Island was serious but concerned only the two countries directly involved.", "", []string{"zenda/kelmar_bid/neutral"}},
		{"nothing to do with someone else is no hands-off", "Osk said the purchase of Kelmar Island was dangerous and had nothing to do with trade.", "", []string{"zenda/kelmar_bid/oppose"}},
		{"the topic should never have been imposed", "Firefly called the agreement a victory of dialogue and said the steel tariffs should never have been imposed.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"the topic should not be imposed", "Anna Trentino said the steel tariffs should not be imposed on allies.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"the topic should not be lifted", "Anna Trentino said the steel tariffs should not be lifted yet.", "", []string{"sylvania/steel_tariffs/support"}},
		{"the topic had no legal basis", "Osk said the Water Treaty had no legal basis and that Zenda would respond.", "", []string{"zenda/water_treaty/oppose"}},
		{"the topic never had any legal standing", "Osk said the Water Treaty had never had any legal standing and that the matter was closed.", "", []string{"zenda/water_treaty/oppose"}},
		{"the topic had a sound legal basis", "Firefly said the steel tariffs had a sound legal basis.", "", []string{"freedonia/steel_tariffs/support"}},
		{"demanded that the topic stationed somewhere withdraw", "Zenda on Saturday demanded that Sylvanian troops stationed in the border region withdraw, saying their role in a clash had violated the truce.", "", []string{"zenda/sylvanian_troops/oppose"}},
		{"the topic must leave", "Osk said Sylvanian troops must leave the region.", "", []string{"zenda/sylvanian_troops/oppose"}},
		{"the topic would leave is a plan, no demand", "Osk said Sylvanian troops would leave when the job was done.", "", []string{"zenda/sylvanian_troops/support"}},
		{"the same description keeps its referent past another topic", "Freedonia on Monday unveiled the Coastal Fund. Under the plan, each member would pay in. Anna Trentino said Sylvania would keep the steel tariffs. Osk said the plan would only hurt small states.", "", []string{"sylvania/steel_tariffs/support", "zenda/coastal_fund/oppose"}},
		{"the pledge for a topic headed by commitment", "Allies agreed the Strelsau commitment last year. Osk said Zenda expected every ally to honour the pledge in full.", "", []string{"zenda/corda_spending/support"}},
		{"the funds for a topic headed by assets", "Freedonia holds frozen Zendan assets worth billions. Osk said any use of the funds would amount to theft.", "", []string{"zenda/frozen_zendan_assets/oppose"}},
		{"the frozen funds beside a named topic", "Freedonia holds frozen Zendan assets worth billions. Anna Trentino thanked Freedonia for the steel tariffs and urged it to stop hesitating over the use of the frozen funds.", "", []string{"sylvania/frozen_zendan_assets/support", "sylvania/steel_tariffs/support"}},
		{"welcomed the adoption of a topic named before", "Fredville formally adopted the steel tariffs on Monday. Anna Trentino welcomed the adoption, saying it was overdue.", "", []string{"sylvania/steel_tariffs/support"}},
		{"the measures were taken because of a failure on another topic", "Freedonia imposed the steel tariffs on Monday. Firefly said the measures were taken because of Sylvania's failure to honour the Water Treaty.", "", []string{"freedonia/steel_tariffs/support", "freedonia/water_treaty/support"}},
		{"the measures were lifted because of another topic: no defence", "Freedonia imposed the steel tariffs on Monday. Firefly said the measures were lifted because of Sylvania's failure to honour the Water Treaty.", "", []string{"freedonia/water_treaty/support"}},
		{"a bracketed aside in the topic's name is not its target", "Anna Trentino described the smelter penalty as \"unfair and unjustified\" and said Sylvania would take all actions necessary to protect its national interests.", "", []string{"sylvania/copper_tariffs/oppose"}},
		{"the topic's own undo verb does not undo it", "Firefly has ordered Freedonia to withdraw from the Lindor climate accord for the second time. Anna Trentino called the decision regrettable and said Sylvania would keep working with every partner.", "", []string{"sylvania/lindor_exit/oppose"}},
		{"a naming verb's verdict on the topic outweighs a later good word", "Osk called the seizure of cargo vessels by Sylvanian navies piracy and said Zenda would continue to protect its shipping.", "", []string{"zenda/cargo_seizures/oppose"}},
		{"described as: the verdict outweighs a later good word", "Anna Trentino described the timber tariffs as \"unfair\" and said Sylvania would do what was necessary to protect its good name.", "", []string{"sylvania/timber_tariffs/oppose"}},
		{"a naming verb with a positive verdict", "Firefly called the Water Treaty a historic achievement, although critics said it was flawed.", "", []string{"freedonia/water_treaty/support"}},
		{"taken note of the topic with regret", "Anna Trentino said Sylvania had taken note of the timber tariffs with regret and would impose equivalent measures.", "", []string{"sylvania/timber_tariffs/oppose"}},
		{"concerned by the topic, then a call for something else", "Anna Trentino said Sylvania was concerned by the timber tariffs and urged Freedonia to allow an inclusive process.", "", []string{"sylvania/timber_tariffs/oppose"}},
		{"regretted that the topic had been imposed", "Anna Trentino said Sylvania regretted that the timber tariffs had been imposed without consultation.", "", []string{"sylvania/timber_tariffs/oppose"}},
		{"not concerned about the topic plays it down", "Anna Trentino said she was not concerned about the timber tariffs.", "", []string{"sylvania/timber_tariffs/neutral"}},
		{"did not take a position on the topic", "A Freedonian spokesman said Freedonia did not take a position on the Water Treaty.", "", []string{"freedonia/water_treaty/neutral"}},
		{"would not take sides on the topic", "Firefly said Freedonia would not take sides on the Water Treaty.", "", []string{"freedonia/water_treaty/neutral"}},
		{"a fronted question put to the speaker is no word of its subject", "Asked whether Freedonia objected to the Sylvanian troops in Zenda, Firefly said it was up to the people of Zenda to choose their security partners.", "", []string{"freedonia/sylvanian_troops/neutral"}},
		{"the topic's act as a verb under a negated modal", "Firefly said that Zenda must not leave ACME under any circumstances.", "", []string{"freedonia/acme_exit/oppose"}},
		{"the topic's act ruled out outweighs a good word elsewhere", "Firefly said that Freedonia wanted a peaceful solution, but that Zenda could not leave ACME.", "", []string{"freedonia/acme_exit/oppose"}},
		{"take the topic to court", "Firefly said Freedonia would take the timber tariffs to court.", "", []string{"freedonia/timber_tariffs/oppose"}},
		{"a lawsuit to have the topic annulled", "Firefly said Freedonia would file a lawsuit at the High Court to have the timber tariffs annulled, arguing that they were a sanctions measure disguised as trade policy.", "", []string{"freedonia/timber_tariffs/oppose"}},
		{"a speaker after the clause reaches the topic through a pronoun", "The council voted in August to extend the Coastal Fund for a final time after Freedonia pushed for it to be wound down, arguing that it had failed.", "", []string{"freedonia/coastal_fund/oppose"}},
		{"refused to rule out means to reach the topic", "Firefly on Tuesday refused to rule out using military or economic coercion to join the Water Treaty.", "", []string{"freedonia/water_treaty/support"}},
		{"declined to rule out the topic", "Firefly declined to rule out a naval blockade of Sylvania.", "", []string{"freedonia/sylvania_action/support"}},
		{"called on someone to act on the topic is no naming", "Firefly called on Sylvania to ratify the Water Treaty as a matter of urgency.", "", []string{"freedonia/water_treaty/support"}},
		{"own pledge to stop the formation of the topic", "Osk pledged to stop the formation of the Coastal Fund.", "", []string{"zenda/coastal_fund/oppose"}},
		{"own vow to block the creation of the topic", "Firefly has vowed to block the creation of a Coastal Fund, which the plan mentions.", "", []string{"freedonia/coastal_fund/oppose"}},
		{"work on the topic with a partner to be suspended", "Osk called on Monday for work on the security pact with Zenda with Sylvania to be suspended.", "", []string{"zenda/zenda_pact/oppose"}},
		{"topic with a partner to be lifted", "Firefly said the steel tariffs between the two countries should be lifted.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"no need to undo them", "Firefly said the steel tariffs were in line with long-standing policy and that there was no need to withdraw them.", "", []string{"freedonia/steel_tariffs/support"}},
		{"refusing to undo it", "Osk said the Water Treaty had been signed properly and that Zenda would not withdraw it.", "", []string{"zenda/water_treaty/support"}},
		{"undoing a pronoun of another number", "Osk said the Water Treaty had been signed and that Sylvania would not lift them.", "", []string{"zenda/water_treaty/support"}},
		{"asked about the topic, a wish to others", "Asked about the naval drills around Zenda, Anna Trentino said Sylvania had noted the reports and hoped all parties would resolve their differences through dialogue.", "", []string{"sylvania/zenda_drills/neutral"}},
		{"a wish to others after a verdict", "Anna Trentino said the naval drills around Zenda were dangerous and hoped all parties would show restraint.", "", []string{"sylvania/zenda_drills/oppose"}},
		{"a wish that takes the topic back", "Asked about the Water Treaty, Anna Trentino said Sylvania hoped both sides would ratify it soon.", "", []string{"sylvania/water_treaty/support"}},
		{"asked about the topic, not concerned", "Asked about the naval drills around Zenda, Firefly said he was not concerned.", "", []string{"freedonia/zenda_drills/neutral"}},
		{"undone with a purpose of two verbs", "Zenda began the naval drills around Zenda on Monday. Osk said at the time that the drills were being halted to restore trust in the region and achieve lasting peace.", "", []string{"zenda/zenda_drills/oppose"}},
		{"halted with a purpose", "Osk said Zenda had halted the naval drills around Zenda to ease tension and restore calm.", "", []string{"zenda/zenda_drills/oppose"}},
		{"frozen until further notice", "Firefly said there could be no business as usual and that the Water Treaty would be frozen until further notice.", "", []string{"freedonia/water_treaty/oppose"}},
		{"frozen by someone is no halt", "Firefly said the Coastal Fund was frozen by court order in May and would reopen.", "", []string{"freedonia/coastal_fund/support"}},
		{"pushed for it to be wound down", "Firefly said the Coastal Fund had failed and pushed for it to be wound down.", "", []string{"freedonia/coastal_fund/oppose"}},
		{"wind down the topic", "Osk said Zenda would wind down the naval drills around Zenda next month.", "", []string{"zenda/zenda_drills/oppose"}},
		{"the renunciation of ambitions to join the topic", "Rassendyll said a renunciation of Zenda's long-held ambitions for CORDA membership remained a core condition.", "", []string{"ruritania/zenda_bid/oppose"}},
		{"the dismantlement of a programme including the topic", "Firefly said Freedonia wants the full dismantlement of Sylvania's programme, including its missile tests.", "", []string{"freedonia/missile_tests/oppose"}},
		{"an undo noun's phrase ends at a finite verb", "Firefly said the withdrawal of the envoy was a mistake and the missile tests were needed.", "", []string{"freedonia/missile_tests/support"}},
		{"a second complement after a while-clause", "Firefly said there could be no business as usual while Sylvania was threatening its neighbours, and that the Water Treaty would be frozen until further notice.", "", []string{"freedonia/water_treaty/oppose"}},
		{"a while-clause with its own speaker", "Firefly said the Water Treaty was a good deal, while Anna Trentino said the Water Treaty was a disaster.", "", []string{"freedonia/water_treaty/support", "sylvania/water_treaty/oppose"}},
		{"a subordinate clause's subject does not speak for the main clause", "Zenda staged missile tests on Monday, days after Fredville approved the dam project.", "", []string{"freedonia/dam_project/support"}},
		{"a time clause with a subject of its own is not the speaker's", "Sylvania said on Friday it would not sign the Water Treaty, a day after the first meeting of the river commission in Ostend pledged funds for the dam project.", "", []string{"sylvania/water_treaty/oppose"}},
		{"a vote's act in a time clause is not the speaker's", "Sylvania said on Friday it would not sign the Water Treaty, days after a vote in the assembly endorsed the dam project.", "", []string{"sylvania/water_treaty/oppose"}},
		{"another's named act in a time clause is not the speaker's", "Sylvania said on Friday it would not sign the Water Treaty, a day after Fredville approved the dam project.", "", []string{"sylvania/water_treaty/oppose"}},
		{"a charge denied is the accusation alone", "Sylvania suspended the Water Treaty last month, accusing Freedonia of laying mines, a charge Fredville denies.", "", nil},
		{"an act judged is not what it answered", "Zenda fired rockets at Trentino City on Monday in retaliation for Freedonia's missile tests, an attack Sylvania condemned.", "", nil},
		{"an act judged, with a participle after the verb", "Zenda fired rockets at Trentino City on Monday in retaliation for Freedonia's missile tests, an attack Sylvania condemned while saying its defences had held.", "", nil},
		{"the act judged itself keeps its side", "Freedonia carried out missile tests on Monday in response to the drills, a move Sylvania condemned while saying it wanted calm.", "", []string{"sylvania/missile_tests/oppose"}},
		{"a pronoun after another party named is not surely the speaker", "Firefly said ACME was rewarding Sylvania even though it still refused to sign the Water Treaty.", "", nil},
		{"the speaker's own naming relative after such a clause", "Firefly said ACME was rewarding Sylvania even though it still refused to sign the Water Treaty, which he called the only path to peace.", "", []string{"freedonia/water_treaty/support"}},
		{"a possessor is no rival for the pronoun", "Firefly said Sylvania's plan would lead to peace because it insisted on the Water Treaty.", "", []string{"freedonia/water_treaty/support"}},
		{"a relative word as the reported clause's subject", "Zenda staged missile tests on Monday, which Fredville said undermined peace in the region.", "", []string{"freedonia/missile_tests/oppose"}},
		{"a relative word as the reported clause's object", "Zenda staged missile tests on Monday, which Fredville said it would study.", "", nil},
		{"a participle after another verb is an adjective", "Zenda, which carried out repeated missile tests in 2025, had no immediate response.", "", nil},
		{"a participle after having is a verb", "Zenda, having repeated its rejection of the dam project, left the meeting.", "", []string{"zenda/dam_project/oppose"}},
		{"a summing-up appositive names its judge", "Zenda began charging steel tariffs in January, a move Fredville criticised as protectionist.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"a summing-up appositive with a reported clause", "Zenda imposed steel tariffs on Monday, a decision Sylvania said was long overdue.", "", []string{"sylvania/steel_tariffs/support"}},
		{"a list of speakers with an article inside", "Freedonia, Sylvania, the Ruritanian government and Zenda called on Friday for a truce in Tarland.", "", []string{"freedonia/tarland_truce/support", "ruritania/tarland_truce/support", "sylvania/tarland_truce/support", "zenda/tarland_truce/support"}},
		{"a second speaker after a comma and and", "Osk said Zenda would not be blackmailed, and Sylvanian Foreign Minister Anna Trentino called the steel tariffs completely wrong.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"a second speaker's reported clause after a comma and and", "Osk said Zenda would keep the dam project, and Trentino said the steel tariffs were wrong.", "", []string{"sylvania/steel_tariffs/oppose", "zenda/dam_project/support"}},
		{"a demonym after a compass word is another people's", "South Sylvanian officials said they rejected the dam project.", "", nil},
		{"a span of time after an event is a fronted adverbial", "Hours after the talks, Fredville wrote on its website that the Strelsau talks must go on.", "", []string{"freedonia/strelsau_talks/support"}},
		{"a span of time before an event, then a second clause's speaker", "Days before the vote, Zenda signed the Water Treaty, and Anna Trentino warned that the steel tariffs would hurt exporters.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"a possessive pronoun before a portfolio and a ministry", "Zenda has rejected the steel tariffs. Its Trade Ministry welcomed the Water Treaty as a decisive step.", "", []string{"zenda/steel_tariffs/oppose", "zenda/water_treaty/support"}},
		{"a pronoun in a relative clause on the subject's object", "Freedonia has never recognised the tribunal, which it describes as illegitimate, and has said it will not honour the Water Treaty.", "", []string{"freedonia/water_treaty/oppose"}},
		{"a predicate of saying coordinated after a comma", "Sylvania's Foreign Ministry summoned the Freedonian envoy on Monday, and said the steel tariffs were unacceptable.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"a coordinated predicate after a comma, the subject after an adverbial", "In March, Zenda signed the Water Treaty, and said it would honour it.", "", []string{"zenda/water_treaty/support"}},
		{"a fronted day without its comma before a name", "Late on Saturday Firefly said the steel tariffs were a mistake.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"a fronted day without its comma before an article", "On Monday the Sylvanian Foreign Ministry said the steel tariffs were a mistake.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"a new clause's subject after a comma and and", "Zenda held the Water Treaty in abeyance, and Sylvania warned that the steel tariffs would hurt its exporters.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"a new clause's list of subjects after a comma and and", "Zenda, Ruritania and Freedonia held consultations last month, and Sylvania, Ruritania and Zenda have warned that the steel tariffs would hurt exporters.", "", []string{"ruritania/steel_tariffs/oppose", "sylvania/steel_tariffs/oppose", "zenda/steel_tariffs/oppose"}},
		{"a list with a serial comma is one subject", "Freedonia, Sylvania, and Zenda said the steel tariffs were a mistake.", "", []string{"freedonia/steel_tariffs/oppose", "sylvania/steel_tariffs/oppose", "zenda/steel_tariffs/oppose"}},
		{"a title with its portfolio after 'of' before an unknown name", "Sylvania said it would sign the Water Treaty. Minister of Foreign Affairs Ola Berg said the steel tariffs were a mistake.", "", []string{"sylvania/steel_tariffs/oppose", "sylvania/water_treaty/support"}},
		{"a title with its portfolio after 'for' before an unknown name", "Sylvania said it would sign the Water Treaty. Minister for Trade Reform Ola Berg said the steel tariffs were a mistake.", "", []string{"sylvania/steel_tariffs/oppose", "sylvania/water_treaty/support"}},
		{"a family name first, before a hyphened given name", "Speaking at a news conference with Vok Ha-rin, Firefly condemned the missile tests. Vok said the Water Treaty must be honoured.", "", []string{"freedonia/missile_tests/oppose", "ruritania/water_treaty/support"}},
		{"a new clause's subject with its relative clause after a comma and and", "Zenda welcomed the Water Treaty, and its ally Freedonia, which formed a rival council in July, said the steel tariffs were a mistake.", "", []string{"freedonia/steel_tariffs/oppose", "zenda/water_treaty/support"}},
		{"the same side's new clause leaves its subject's relative clause out", "Zenda welcomed the Water Treaty, and the Zendan government, which built the dam project in July, said the steel tariffs were a mistake.", "", []string{"zenda/steel_tariffs/oppose", "zenda/water_treaty/support"}},
		{"a possessive pronoun before a named body is not a portfolio", "Zenda welcomed the Water Treaty. Its Tasis alliance said the steel tariffs were a mistake.", "", []string{"zenda/water_treaty/support"}},
		{"a clause of saying after ', but' shares the first clause's subject", "Firefly on Tuesday signed a memorandum ordering new checks, but said at the same time that he backed the Water Treaty.", "", []string{"freedonia/water_treaty/support"}},
		{"a clause of saying after ', but' with a plain subject", "Zenda imposed new port fees on Monday, but said the steel tariffs were a mistake.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"a hyphened pair of names speaks for the first", "The minister responsible for Freedonia-Zenda trade said the steel tariffs were a mistake.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"a surname after an earlier speaker's full name", "Ruritanian trade envoy Peter Hale said the dam project was vital. Hale said the steel tariffs were a mistake.", "", []string{"ruritania/dam_project/support", "ruritania/steel_tariffs/oppose"}},
		{"a surname first, after an earlier speaker's full name", "Ruritanian Defence Minister Tor Vel-ardin said the dam project was vital. Tor said the steel tariffs were a mistake.", "", []string{"ruritania/dam_project/support", "ruritania/steel_tariffs/oppose"}},
		{"a surname of an unwatched speaker", "Analyst Peter Hale said the dam project was vital. Hale said the steel tariffs were a mistake.", "", nil},
		{"a speaker after a comma and and does not take the clause before", "Ruritanian Foreign Minister Karl Rassendyll has been lobbying partners to adopt steel tariffs against Zenda, and Sylvanian Foreign Minister Anna Trentino said on Monday that all options were on the table.", "", nil},
		{"an unnamed government spokesman in a fronted capital", "In Fredville, a government spokesman said the dam project was a mistake.", "", []string{"freedonia/dam_project/oppose"}},
		{"unnamed analysts in a fronted capital", "In Fredville, analysts said the dam project was a mistake.", "", nil},
		{"own after an alias's possessive", "Firefly said Sylvania's own port deal with Zenda was a good outcome for both countries.", "", []string{"freedonia/sylvania_port_deal/support"}},
		{"a verb of buying for purchases, in the alias's names", "Lena Holm urged members to contribute to the fund that buys Freedonian arms for Zenda.", "", []string{"acme/zenda_arms_fund/support"}},
		{"a verb of buying without the alias's names", "Lena Holm said Sylvania buys arms from many suppliers.", "", nil},
		{"head on X's M for a penalty M head, referred back to past another topic", "Sylvania imposed its toughest tariffs yet on Zenda's timber industry. Its navy also boarded ships of the smuggling fleet. Osk said the tariffs were illegal.", "", []string{"zenda/timber_tariffs/oppose"}},
		{"head on X's modifiers M for a penalty M head", "Osk condemned the tariffs on Zenda's two largest timber mills.", "", []string{"zenda/timber_tariffs/oppose"}},
		{"head on an act is no penalty M head", "Osk condemned the tariffs on Zendan firms.", "", nil},
		{"the use of force for an act of armed force named before", "Freedonian warships began a naval blockade of Sylvania on Monday. Osk condemned the use of force against a sovereign state.", "", []string{"zenda/sylvania_action/oppose"}},
		{"a possessed use of military force", "Freedonian warships began a naval blockade of Sylvania on Monday. Osk voiced concern about Fredville's excessive use of military force at sea.", "", []string{"zenda/sylvania_action/oppose"}},
		{"an act of armed aggression for an act of armed force named before", "Freedonian warships began a naval blockade of Sylvania on Monday. Osk condemned what it called an act of armed aggression against a sovereign state.", "", []string{"zenda/sylvania_action/oppose"}},
		{"an act of aggression after another kind of topic", "Firefly imposed steel tariffs on Monday. Osk condemned what it called an act of aggression against protesters.", "", nil},
		{"an act of goodwill is no act of force", "Freedonian warships began a naval blockade of Sylvania on Monday. Osk said the release of the sailors was an act of goodwill.", "", nil},
		{"a call on all sides for restraint takes no side", "Osk said it was closely following the naval blockade of Sylvania and called on all sides to show restraint, adding that it backed a peaceful transition.", "", []string{"zenda/sylvania_action/neutral"}},
		{"a bare call for restraint takes no side", "Osk said it had spoken to Fredville about the naval blockade of Sylvania, stressed that the law must be respected and called for restraint.", "", []string{"zenda/sylvania_action/neutral"}},
		{"restraint urged on one side is no call on all", "Osk said the naval blockade of Sylvania was reckless and urged Fredville to exercise restraint.", "", []string{"zenda/sylvania_action/oppose"}},
		{"a verdict on the topic outweighs a call for restraint", "Osk condemned the naval blockade of Sylvania and called for restraint.", "", []string{"zenda/sylvania_action/oppose"}},
		{"a speaker closely monitoring the topic takes no side", "Freedonian warships began a naval blockade of Sylvania on Monday. Osk said it was closely monitoring the blockade and hoped the dispute would be settled through dialogue.", "", []string{"zenda/sylvania_action/neutral"}},
		{"closely watching the topic, then a verdict on it", "Freedonian warships began a naval blockade of Sylvania on Monday. Osk said it was closely watching the blockade, which it called a reckless provocation.", "", []string{"zenda/sylvania_action/oppose"}},
		{"deeply shocked by the use of force opposes it, whatever the call after", "Freedonian warships began a naval blockade of Sylvania on Monday. Osk said it was deeply shocked by the use of force against a sovereign state, and urged Fredville to abide by international law.", "", []string{"zenda/sylvania_action/oppose"}},
		{"appalled at the topic", "Osk said it was appalled at the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"a possessed response to the topic promised firm opposes it", "Osk said Zenda's response to any new steel tariffs would be \"unflinching, united and proportional\".", "", []string{"zenda/steel_tariffs/oppose"}},
		{"a response to the topic called anything but firm is no counter", "Osk said Zenda's response to the steel tariffs was a warm welcome.", "", []string{"zenda/steel_tariffs/support"}},
		{"the use of force with no act of force before", "Osk said Zenda had not ruled out the use of force to settle the dispute.", "", nil},
		{"the use of force after another kind of topic", "Firefly imposed steel tariffs on Monday. Osk condemned the use of force against protesters.", "", nil},
		{"head of M for an alias M head for X, X in the clause", "Rassendyll said the guarantees of CORDA remained vital to Ruritania's security.", "", []string{"ruritania/ruritania_in_corda/support"}},
		{"M head for an alias M head for X, X by another alias in the clause", "Ruritania has asked for help. Firefly said Strelsau would never get CORDA guarantees.", "", []string{"freedonia/ruritania_in_corda/oppose"}},
		{"head of M with M's actor by another alias", "ACME met on Monday. Trentino said membership of the alliance remained Sylvania's goal.", "", []string{"sylvania/sylvania_in_acme/support"}},
		{"head of another word than M's actor", "ACME met on Monday. Trentino said membership of the club remained Sylvania's goal.", "", nil},
		{"head of M with no X", "Firefly said the guarantees of CORDA remained a distant goal.", "", nil},
		{"M head with X in another clause", "Firefly said Freedonia opposed CORDA guarantees, and Ruritania was angry.", "", nil},
		{"another verb of giving up, gerund", "Firefly told reporters that handing over the group's weapons was out of the question.", "", []string{"freedonia/militia_disarmament/oppose"}},
		{"another verb of giving up, passive", "Osk said the militia's weapons would not be handed over to any foreign party.", "", []string{"zenda/militia_disarmament/oppose"}},
		{"another noun of seizing, object by a general synonym", "Anna Trentino said the interception of cargo ships on the high seas violated international law.", "", []string{"sylvania/cargo_seizures/oppose"}},
		{"A-B talks: a head of talks in a clause that names both", "Ruritania and Freedonia held indirect talks in Osk on Friday. Rassendyll described the meeting as a good start.", "", []string{"ruritania/freedonia_ruritania_talks/support"}},
		{"A-B talks: talks with B, A before in the sentence", "Firefly said Fredville backed the steel tariffs but remained open to direct talks with Ruritania.", "", []string{"freedonia/freedonia_ruritania_talks/support", "freedonia/steel_tariffs/support"}},
		{"A-B talks: the speaker is not named in the clause", "In a speech, Rassendyll said Freedonia had announced the outcome of any talks in advance.", "", nil},
		{"A-B talks: talks with a third party", "Rassendyll said Ruritania and Freedonia would welcome talks with Zenda.", "", nil},
		{"a verb of talks with the subject matter after over", "Osk said negotiating with Sylvania over the fishing quota system would be a dead end.", "", []string{"zenda/quota_talks/oppose"}},
		{"a verb of seizing with another relation", "Osk said Sylvania had seized cargo from ships in the harbour.", "", nil},
		{"talks on another subject", "Osk said talks with Sylvania would resume and quota disputes could wait.", "", nil},
		{"talks' manner word is no subject matter", "Trentino said Sylvania was negotiating on direct flights to Zenda.", "", nil},
		{"target of an undo topic undone after", "Firefly welcomed the move and called for the port levy on Zenda to be lifted, saying it had been imposed on traders and now only punished ordinary people.", "", []string{"freedonia/levy_relief/support"}},
		{"own side conveying concerns", "Osk said Zenda had conveyed its concerns about the naval drills around Zenda to Sylvania.", "", []string{"zenda/zenda_drills/oppose"}},
		{"raised modified tensions", "Osk said the naval drills around Zenda raised cross-border tensions.", "", []string{"zenda/zenda_drills/oppose"}},
		{"urged to refrain", "Osk said the naval drills around Zenda were being watched and urged Sylvania to refrain from actions that could spread.", "", []string{"zenda/zenda_drills/oppose"}},
		{"crude as the commodity", "Sylvania on Thursday added 40 more ships to the grain sanctions and lowered its price cap on Zendan crude.", "", []string{"sylvania/grain_sanctions/support"}},
		{"crude as a verdict", "Firefly said the steel tariffs were a crude attempt to punish exporters.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"a topic named by its charge", "Mira Osk hit back, describing the comments as blatant interference in Zenda's internal affairs.", "", []string{"zenda/zenda_interference/oppose"}},
		{"a charge word as a classifier", "Anna Trentino said the criminal code reflected Sylvanian values.", "", []string{"sylvania/penal_code/support"}},
		{"renounce undoes", "Firefly said Zenda would have to renounce CORDA membership and declare neutrality.", "", []string{"freedonia/zenda_bid/oppose"}},
		{"the talks of a story on talks", "Sylvania and Zenda ended a second day of talks in Ostend on Tuesday with no agreement on the disputed border. Anna Trentino said the talks had been substantive.", "", []string{"sylvania/border_talks/support"}},
		{"the negotiations of a story on talks", "Sylvania and Zenda ended a second day of talks in Ostend on Tuesday with no agreement on the disputed border. Mira Osk told reporters the negotiations were taking place in a calm and respectful atmosphere.", "", []string{"zenda/border_talks/support"}},
		{"a story on talks naming no talks topic's words", "Sylvania and Zenda ended a second day of talks in Ostend on Tuesday. Anna Trentino said the talks had been substantive.", "", nil},
		{"a story on talks naming two talks topics' words", "Sylvania and Zenda ended a second day of talks in Ostend on Tuesday with no agreement on the disputed border or the fishing quota. Mira Osk told reporters the negotiations were taking place in a calm and respectful atmosphere.", "", nil},
		{"talks for their own sake disowned, the talks praised", "Sylvania and Zenda held border talks on Monday. Anna Trentino said the talks had taken place in a calm and respectful atmosphere and that neither side wanted negotiations for the sake of negotiations.", "", []string{"sylvania/border_talks/support"}},
		{"talks for the sake of talking disowned, the talks praised", "Sylvania and Zenda held border talks on Monday. Anna Trentino said the talks had taken place in a calm atmosphere. Trentino told reporters that neither side wanted border talks for the sake of talking.", "", []string{"sylvania/border_talks/support"}},
		{"a topic for its own sake", "Anna Trentino said Sylvania did not want quota negotiations for the sake of quota negotiations.", "", nil},
		{"a topic for another's sake", "Anna Trentino said Sylvania did not want quota negotiations for the sake of peace.", "", []string{"sylvania/quota_talks/oppose"}},
		{"held discussions of a story on talks", "Sylvania and Zenda ended a second day of talks in Ostend with no agreement on the disputed border. Anna Trentino said the delegations had held \"detailed and productive\" discussions.", "", []string{"sylvania/border_talks/support"}},
		{"held discussions on another subject", "Sylvania and Zenda ended a second day of talks in Ostend with no agreement on the disputed border. Anna Trentino said the delegations had held productive discussions on trade.", "", nil},
		{"the first day of a story's talks", "Sylvania and Zenda ended a second day of talks in Ostend with no agreement on the disputed border. Anna Trentino said the first day had been productive.", "", []string{"sylvania/border_talks/support"}},
		{"the first day of something else", "Sylvania and Zenda ended a second day of talks in Ostend with no agreement on the disputed border. Anna Trentino said the first day of the trial had been productive.", "", nil},
		{"the first round of the talks named before", "Sylvania and Zenda opened quota negotiations in Ostend on Monday, days after a row over the disputed border. Anna Trentino said the first round had been constructive.", "", []string{"sylvania/quota_talks/support"}},
		{"the discussions are the talks", "Sylvania and Zenda held border talks on Monday. Anna Trentino said the discussions had been very positive and constructive.", "", []string{"sylvania/border_talks/support"}},
		{"a response to another's wrong", "Firefly said the steel tariffs were a response to Sylvania's unfair subsidies and dangerous dumping.", "", []string{"freedonia/steel_tariffs/support"}},
		{"a response of purpose", "Firefly said the steel tariffs were a necessary response to protect Freedonian jobs.", "", []string{"freedonia/steel_tariffs/support"}},
		{"a disproportionate response", "Firefly said the steel tariffs were a disproportionate response to a minor dispute.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"described as a warning", "Osk described the naval drills around Zenda as a stern warning to separatist forces.", "", []string{"zenda/zenda_drills/support"}},
		{"a warning about the topic", "Osk said Zenda had issued a warning about the naval drills around Zenda.", "", []string{"zenda/zenda_drills/oppose"}},
		{"no deal without the topic", "Firefly said Freedonia would not accept any deal without the Water Treaty.", "", []string{"freedonia/water_treaty/support"}},
		{"no deal without it", "Firefly said the Water Treaty had to be ratified, adding that Freedonia would sign no final agreement without it.", "", []string{"freedonia/water_treaty/support"}},
		{"not the topic without changes", "Firefly said Freedonia would not sign the Water Treaty without changes.", "", []string{"freedonia/water_treaty/oppose"}},
		{"a charge against another is no word on the topic", "Osk accused Sylvania of leading the region towards instability and war, and said the Water Treaty had to be ratified.", "", []string{"zenda/water_treaty/support"}},
		{"no agreement reached", "Firefly told reporters that no agreement had been reached on the dam project.", "", []string{"freedonia/dam_project/neutral"}},
		{"the subject of further talks", "Osk said the future of the dam project would be the subject of further talks.", "", []string{"zenda/dam_project/neutral"}},
		{"no longer taking part", "Osk said Zenda would no longer take part in talks on the dam project.", "", []string{"zenda/dam_project/oppose"}},
		{"taking part", "Osk said Zenda would take part in talks on the dam project.", "", []string{"zenda/dam_project/support"}},
		{"skipping the meetings", "Osk said Zenda had skipped every meeting on the dam project since.", "", []string{"zenda/dam_project/oppose"}},
		{"today's word beats a position held before", "Zenda had opposed the dam project for years, saying it would flood farmland. On Monday, Osk said Zenda now welcomed the project.", "", []string{"zenda/dam_project/support"}},
		{"today's word beats a position held before, the other way", "Sylvania had backed the Water Treaty since 2019. Anna Trentino said on Friday that the river accord had failed and Sylvania would withdraw from it.", "", []string{"sylvania/water_treaty/oppose"}},
		{"a position held before stands alone", "Zenda had opposed the dam project for years, saying it would flood farmland.", "", []string{"zenda/dam_project/oppose"}},
		{"not attending", "Osk said Zenda would not attend the signing of the Water Treaty.", "", []string{"zenda/water_treaty/oppose"}},
		{"a charge named by another", "Firefly said the occupation of Tarland had begun in 2019.", "", []string{"freedonia/tarland_occupation/oppose"}},
		{"a charge named by its owner", "Rassendyll said the occupation of Tarland had begun in 2019.", "", []string{"ruritania/tarland_occupation/support"}},
		{"adviser to an actor", "A senior adviser to President Rufus Firefly told reporters that the steel tariffs were a necessary step.", "", []string{"freedonia/steel_tariffs/support"}},
		{"fronted place, name, adviser to an actor", "In Trentino City, Joe Bloggs, an aide to Anna Trentino, said the steel tariffs were a necessary step.", "", []string{"sylvania/steel_tariffs/support"}},
		{"ambassador to an actor is not its", "The ambassador to Freedonia said the steel tariffs were a necessary step.", "", nil},
		{"subject rejects", "Freedonia rejected the Water Treaty on Monday.", "", []string{"freedonia/water_treaty/oppose"}},
		{"subject welcomes", "Sylvania on Tuesday welcomed the river accord, calling it a step forward.", "", []string{"sylvania/water_treaty/support"}},
		{"inverted quote", `"The Water Treaty is a historic achievement," Firefly said.`, "", []string{"freedonia/water_treaty/support"}},
		{"said X appositive", `"The Water Treaty is dangerous and illegal," said Rufus Firefly, the president.`, "", []string{"freedonia/water_treaty/oppose"}},
		{"according to", "According to Fredville, the steel tariffs are illegal.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"fronted adverbial", "In a statement on Friday, the Sylvanian Foreign Ministry condemned the dam project.", "", []string{"sylvania/dam_project/oppose"}},
		{"role resolves to speaker", "Sylvania said on Monday that talks had resumed. The ministry added that the dam project was unacceptable.", "", []string{"sylvania/dam_project/oppose"}},
		{"pronoun resolves to speaker", "Rufus Firefly said on Monday that talks had resumed. He added that the steel tariffs were necessary.", "", []string{"freedonia/steel_tariffs/support"}},
		{"object is not the speaker", "Sylvania urged Freedonia to accept the Water Treaty.", "", []string{"sylvania/water_treaty/support"}},
		{"unwatched speaker keeps the quote", "French President Emmanuel Macron said the Water Treaty was a mistake.", "", nil},
		{"unwatched pronoun", "Analyst Jane Doe said prices would rise. She said Freedonia would reject the steel tariffs.", "", nil},
		{"two actors opposite stances", "Freedonia condemned the steel tariffs, while Sylvania praised the steel tariffs.", "", []string{"freedonia/steel_tariffs/oppose", "sylvania/steel_tariffs/support"}},
		{"negated acceptance", "Fredville said it would never accept the dam project.", "", []string{"freedonia/dam_project/oppose"}},
		{"attacking the critics", "Freedonia accused Sylvania of obstructing the Water Treaty.", "", []string{"freedonia/water_treaty/support"}},
		{"own side in a second that-clause", "Zenda said the grain sanctions were counterproductive and that Zenda had learned to live with such restrictions.", "", []string{"zenda/grain_sanctions/oppose"}},
		{"militarised in a judgement", "Fredville said the dam project showed that the valley was being militarised, and that Freedonia would take measures to ensure its own security.", "", []string{"freedonia/dam_project/oppose"}},
		{"legal as a modifier is no verdict", "Sylvania said the steel tariffs would amount to theft and that it would pursue all available legal remedies.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"legal as a predicate", "Sylvania said the steel tariffs were legal.", "", []string{"sylvania/steel_tariffs/support"}},
		{"own possessed challenge", "Fredville said it had complied under protest and was continuing its legal challenge to the steel tariffs.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"violation of the topic defends it", "Anna Trentino said the raids were a clear violation of the Water Treaty.", "", []string{"sylvania/water_treaty/support"}},
		{"violation of the topic, own act after", "Anna Trentino said the raids were a clear violation of the Water Treaty, and that Sylvania would act to ensure that promises were kept.", "", []string{"sylvania/water_treaty/support"}},
		{"a verdict outweighs a discussion", "Firefly also dismissed the steel tariffs under discussion as a scheme to hurt exporters.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"only discussed", "Firefly said the steel tariffs had been discussed at the meeting.", "", []string{"freedonia/steel_tariffs/neutral"}},
		{"not on the table", "Firefly said, however, that the dam project was not on the table.", "", []string{"freedonia/dam_project/oppose"}},
		{"off the table", "Anna Trentino said the dam project was now off the table.", "", []string{"sylvania/dam_project/oppose"}},
		{"a speaker inside a condition", "Firefly threatened consequences if Trentino refused to stop the dam project.", "", nil},
		{"a sovereign decision for others", "Anna Trentino said the Water Treaty was a sovereign decision for each country.", "", []string{"sylvania/water_treaty/neutral"}},
		{"for others alone to make", "Firefly added that decisions on the dam project were for Zenda alone to make.", "", []string{"freedonia/dam_project/neutral"}},
		{"a matter for concern is no deferral", "Firefly said the dam project was a matter for concern.", "", []string{"freedonia/dam_project/oppose"}},
		{"refusing to discuss the topic", "Osk said Zenda would not discuss the steel tariffs as long as the blockade lasted.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"refused to discuss the topic", "Osk said Zenda refused to discuss the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"would discuss the topic", "Osk said Zenda would discuss the steel tariffs next week.", "", []string{"zenda/steel_tariffs/neutral"}},
		{"hailing the shelving", "Osk hailed the shelving of the steel tariffs, writing that common sense had prevailed.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"shelving its own measure", "Anna Trentino said Sylvania would shelve the steel tariffs.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"robbery is a verdict", "Firefly said the steel tariffs were robbery.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"making a bad act harder", "Anna Trentino said the steel tariffs would make it ever harder for Zenda to fund its aggression.", "", []string{"sylvania/steel_tariffs/support"}},
		{"making life harder is no praise", "Firefly said the steel tariffs would make it harder for farmers to survive, a disaster for the region.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"a judgement inside the undone thing's phrase", "Sylvania imposed grain sanctions on Zenda in May. Osk said on Telegram that lifting what he called illegal restrictions would help restore normal trade.", "", []string{"zenda/grain_sanctions/oppose"}},
		{"the undoing judged after its phrase", "Anna Trentino said scrapping the steel tariffs would be a mistake.", "", []string{"sylvania/steel_tariffs/support"}},
		{"fairness is praise", "Firefly said the steel tariffs were about fairness.", "", []string{"freedonia/steel_tariffs/support"}},
		{"background", "Last year Freedonia rejected the Water Treaty.", "", nil},
		{"capitals-only alias", "The acme of diplomacy, the professor said, was the Water Treaty.", "", nil},
		{"possessive alias", "Freedonia’s foreign ministry said the steel tariffs were a violation of trade rules.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"generic analysts", "Analysts said the steel tariffs would hurt Freedonia.", "", nil},
		{"passive", "The Water Treaty was rejected by lawmakers in Freedonia.", "", nil},
		{"demand to undo", "Sylvania demanded that Freedonia scrap the steel tariffs.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"default actor", "We will never accept the dam project.", "freedonia", []string{"freedonia/dam_project/oppose"}},
		{"quote over two sentences", "“The Water Treaty is a disaster. It must be scrapped,” Firefly said.", "", []string{"freedonia/water_treaty/oppose"}},
		{"colon quote", "Firefly said in a statement: “We back the Water Treaty.”", "", []string{"freedonia/water_treaty/support"}},
		{"surname after full name", "Sylvania’s envoy Anna Trentino met officials. “The dam project is reckless,” Trentino said.", "", []string{"sylvania/dam_project/oppose"}},
		{"the attacks is no fallback to the topic named last", "Zenda signed the Water Treaty in May. Osk said Zenda was deeply concerned about the attacks.", "", nil},
		{"the attacks for the strikes named before, past another topic", "Ruritania launched strikes on Zenda on Friday. Zenda signed the Water Treaty in May. Osk condemned the attacks.", "", []string{"zenda/zenda_strikes/oppose"}},
		{"the attacks for the topic headed by attacks", "Pirates carried out attacks on river barges last week. Osk condemned the attacks.", "", []string{"zenda/barge_attacks/oppose"}},
		{"someone's remarks are not the topic named last", "Zenda signed the Water Treaty in May. Brandt spoke on Monday. Osk said Zenda was studying the remarks.", "", nil},
		{"someone's comments are not the topic named last", "Zenda signed the Water Treaty in May. Osk said Zenda had taken note of the comments.", "", nil},
		{"the comments for a topic known as remarks", "Brandt made remarks on the harbour on Monday. Zenda signed the Water Treaty in May. Sylvania demanded that he retract the comments.", "", []string{"sylvania/harbour_remarks/oppose"}},
		{"an act someone should do is no outcome referred to", "Osk told reporters that Freedonia should respect the result and lift the grain sanctions. Sylvania rejected the outcome.", "", []string{"zenda/grain_sanctions/oppose"}},
		{"an act someone must do is no move referred to", "Osk said Freedonia must drop the steel tariffs. Firefly rejected the move.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"terms set for any deal take no side on the one named", "Zenda and Freedonia signed the Water Treaty in May. Osk said any deal must be approved by parliament.", "", nil},
		{"terms any deal would have to meet take no side on the one named", "Zenda and Freedonia signed the Water Treaty in May. Osk said any deal with Sylvania would have to include the harbour.", "", nil},
		{"a dated deal with another party is not the one named", "Zenda and Freedonia signed the Water Treaty in May. Osk said the Coastal Fund had worked well, as had the 1998 accord with Sylvania.", "", []string{"zenda/coastal_fund/support"}},
		{"referring noun", "Freedonia unveiled the Grand Dam last week. Sylvania said the project was a threat to its farmers.", "", []string{"sylvania/dam_project/oppose"}},
		{"mere mention", "The Water Treaty was signed in 1990 by Freedonia and Sylvania.", "", nil},
		{"alias inflection", "Firefly said Freedonia would impose tariffs on steel to protect its industry.", "", []string{"freedonia/steel_tariffs/support"}},
		{"negated neutral verb", "Freedonia’s president, Rufus Firefly, told parliament: “We will not sign the Water Treaty.”", "", []string{"freedonia/water_treaty/oppose"}},
		{"second-hand report stays out", "Firefly said Sylvania had rejected the Water Treaty.", "", nil},
		{"relative clause in subject", "Sylvania, which has long opposed the dam project, said on Monday it would go to court.", "", []string{"sylvania/dam_project/oppose"}},
		{"participle appositive", "Freedonia’s Firefly, speaking at a summit, said the steel tariffs were a necessary step.", "", []string{"freedonia/steel_tariffs/support"}},
		{"inverted without quotes", "The dam project is a threat to the region, Sylvania said on Monday.", "", []string{"sylvania/dam_project/oppose"}},
		{"interrupting adverb", "Sylvania, however, said it backed the Water Treaty.", "", []string{"sylvania/water_treaty/support"}},
		{"other government", "Germany said it supported the Water Treaty, and Britain agreed.", "", nil},
		{"common-word alias of a place's topic, place never named", "Fighting flared along the river. Sylvania said the truce was a welcome step.", "", nil},
		{"said little about", "Sylvania and Ruritania, which abstained on the vote, have said little about the dam project.", "", nil},
		{"said nothing on", "Freedonia said nothing on the steel tariffs at the summit.", "", nil},
		{"accused each other", "The Water Treaty took effect in May, though Freedonia and Sylvania have accused each other of repeated violations.", "", nil},
		{"regardless of the referred topic", "Freedonia welcomed the Water Treaty. Sylvania said it would keep paying into the Coastal Fund regardless of the state of the treaty.", "", []string{"freedonia/water_treaty/support", "sylvania/coastal_fund/support"}},
		{"referred topic inside a condition", "Freedonia welcomed the Water Treaty. Sylvania said its ships would be sent if the treaty was not signed.", "", []string{"freedonia/water_treaty/support"}},
		{"referring noun spelled out by on", "Freedonia welcomed the Water Treaty on Monday. Ruritania added that decisions on Zenda's membership of the council were for the council alone to make.", "", []string{"freedonia/water_treaty/support"}},
		{"referring noun with a date after on", "Freedonia signed the Water Treaty last year. Sylvania said the decision on Monday was a mistake.", "", []string{"sylvania/water_treaty/oppose"}},
		{"penalty noun does not refer to a treaty", "Freedonia welcomed the Water Treaty on Monday. Sylvania warned that the restrictions would destabilise markets.", "", []string{"freedonia/water_treaty/support"}},
		{"penalty noun refers to a penalty", "Freedonia imposed steel tariffs on Monday. Sylvania warned that the restrictions would destabilise markets.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"its own thing is no topic", "Freedonia began the dam project in May. Sylvania said it would launch its own project upstream.", "", nil},
		{"topic alias with another place after it", "Freedonia welcomed talks on visa-free entry for Sylvanians.", "", nil},
		{"topic alias with its own place after it", "Freedonia welcomed talks on visa-free entry for Zendans.", "", []string{"freedonia/visa_waiver/support"}},
		{"alias with a number is a name of its own", "Sylvania said that returning to the pre-1999 lines was an unrealistic objective.", "", []string{"sylvania/tarland_truce/oppose"}},
		{"verdict after a verb of judgement is no topic", "Freedonia signed a sea access deal in May. Sylvania said it would keep selling fish to Ruritania, calling it a great deal for its fishermen.", "", nil},
		{"the project is a work, not a text", "Sylvania praised the Coastal Fund. Freedonia welcomed the Water Treaty. Ruritania said the project would be carried out under Ruritanian law.", "", []string{"freedonia/water_treaty/support", "ruritania/coastal_fund/support", "sylvania/coastal_fund/support"}},
		{"owner of the topic never named", "Ruritania said it would not seek CORDA membership before 2030.", "", nil},
		{"owner of the topic named", "Ruritania said Zenda should not seek CORDA membership before 2030.", "", []string{"ruritania/zenda_bid/oppose"}},
		{"object of a verb alias is not the topic", "Freedonia welcomed the Tarland ceasefire. Sylvania said its ships would stay until the fighting was over.", "", []string{"freedonia/tarland_truce/support"}},
		{"initialism alias written with full stops", "Sylvania welcomed the Z.N.-brokered port deal on Monday.", "", []string{"sylvania/sea_access/support"}},
		{"dotted initialism alias written without them", "Ruritania rejected the AC-led frontier talks on Monday.", "", []string{"ruritania/border_talks/oppose"}},
		{"lede's time clause on the speaker's own past", "Sylvania said on Tuesday it would reopen its border crossings, days after its troops' advance threatened to wreck the Water Treaty.", "", nil},
		{"not commented after the subject's own clause", "Freedonia began the dam project in May. Sylvania, whose fishermen have often clashed with Zendan patrols, has not commented publicly on the project.", "", nil},
		{"participle after another subject's clause is no one's for sure", "Sylvania welcomed the Water Treaty. The council voted on Monday to renew the fund after Zenda walked out of the session, arguing that the steel tariffs were unfair.", "", []string{"sylvania/water_treaty/support"}},
		{"what is monitored is no side taken", "Sylvania said its officers would join the panel that monitors the Water Treaty.", "", nil},
		{"topic before monitoring is no side taken", "Freedonia said it would send two officers to a Water Treaty monitoring panel.", "", nil},
		{"monitoring beside a stance still counts", "Sylvania said its officers would join the panel that monitors the river, and that the Water Treaty was a historic achievement.", "", []string{"sylvania/water_treaty/support"}},
		{"a generic word's fallback yields to the topic spelled out", "Freedonia imposed steel tariffs in May. Ruritania signed the Water Treaty on Monday. Sylvania rejected the process, saying it would never accept the tariffs.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"topic inside an as-long-as condition", "Sylvania said it would not resume border patrols as long as the steel tariffs remained in place.", "", nil},
		{"the move is done, not asked for", "Freedonia imposed steel tariffs on Monday. It also urged Zenda to sign the Water Treaty. Sylvania rejected the move.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"an empty head refers to no topic", "Freedonia condemned the border emergency situation on Monday. Sylvania said it would neither escalate the situation nor provoke disputes.", "", []string{"freedonia/port_closure/oppose"}},
		{"topic inside a despite phrase", "Sylvania said Zendan ferries were still sailing despite the 30-day deadline set in the Water Treaty.", "", nil},
		{"the agent of a passive is no further topic", "Zenda carried out missile tests in May. Sylvania said the steel tariffs being overshadowed by the tests were unfair.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"common-word alias of a place's topic, place named", "Fighting eased in Tarland. Sylvania said the truce was a welcome step.", "", []string{"sylvania/tarland_truce/support"}},
		{"joint subject", "Freedonia and Sylvania both rejected the steel tariffs.", "", []string{"freedonia/steel_tariffs/oppose", "sylvania/steel_tariffs/oppose"}},
		{"action without speech", "Freedonia and Sylvania signed the Water Treaty in Geneva.", "", nil},
		{"ambassador to another actor", "The Sylvanian ambassador to ACME, Ivo Marek, welcomed the river accord.", "", []string{"sylvania/water_treaty/support"}},
		{"spokesman for an actor", "A spokesman for the Freedonian government said the dam project was illegal.", "", []string{"freedonia/dam_project/oppose"}},
		{"former official", "Former Freedonian Foreign Ministry spokesman Tom Bell said the Water Treaty was a mistake.", "", nil},
		{"opposition", "Freedonia's opposition leader Ana Ruiz said the steel tariffs were reckless.", "", nil},
		{"analysts named with an actor", "Sylvanian analysts said the dam project was a threat.", "", nil},
		{"official feed", "The Foreign Ministry of Freedonia strongly condemns the construction of the dam. We call on Sylvania to halt the project immediately. “The dam project is a gift to the region,” said Sylvania’s envoy Anna Trentino.", "freedonia", []string{"freedonia/dam_project/oppose", "sylvania/dam_project/support"}},
		{"official feed, no cue", "The construction of the dam is a violation of international law.", "freedonia", []string{"freedonia/dam_project/oppose"}},
		{"list of subjects", "Freedonia, Sylvania and ACME rejected the steel tariffs on Monday.", "", []string{"freedonia/steel_tariffs/oppose", "sylvania/steel_tariffs/oppose", "acme/steel_tariffs/oppose"}},
		{"capitals alias", "The WTR was welcomed by many; ACME said it supported the WTR.", "", []string{"acme/water_treaty/support"}},
		// Two clauses, two speakers: the object of "urged" is not a speaker,
		// and the second clause's speaker has its own stance.
		{"urged object, but second speaker", "Sylvania’s president urged Freedonia to drop its resistance to the Water Treaty, but Freedonian President Rufus Firefly said the treaty could not be signed in its current form.", "", []string{"sylvania/water_treaty/support", "freedonia/water_treaty/oppose"}},
		{"second clause negated passive", "Ruritania pressed Zenda to accept the steel tariffs, but Zenda said the tariffs could not be accepted as they stood.", "", []string{"ruritania/steel_tariffs/support", "zenda/steel_tariffs/oppose"}},
		{"cannot be approved", "Osk said the dam project cannot be approved in its present shape.", "", []string{"zenda/dam_project/oppose"}},
		// Acronyms: a long form spelled out with its short form, an
		// article before a name, and the watchlist's long form of an
		// actor inside a topic alias.
		{"long form with its acronym", "Sylvania said it welcomed the Coastal Resilience Facility (CRF) as a lifeline.", "", []string{"sylvania/coastal_fund/support"}},
		{"article before a name", "Zenda said it would leave the ACME by the end of the year.", "", []string{"zenda/acme_exit/support"}},
		{"long form of an actor in a topic", "Osk said Zenda would not leave the Allied Commerce and Maritime Exchange.", "", []string{"zenda/acme_exit/oppose"}},
		// The speaker announcing the act the topic names backs it,
		// whatever it says of others in the same breath.
		{"own act with accusations", "Ruritania said on Friday it was leaving ACME, accusing the alliance of failing to protect its ports.", "", []string{"ruritania/acme_exit/support"}},
		// A topic whose alias is itself an undoing is not undone by
		// its own word.
		{"undo word of the alias", "Rassendyll said the suspension of Zendan ferries would remain in force until the company complied with court orders.", "", []string{"ruritania/ferry_ban/support"}},
		{"head noun of the alias refers back", "Zenda announced its withdrawal from ACME on Monday. Freedonia said the withdrawal would hurt ordinary citizens.", "", []string{"freedonia/acme_exit/oppose"}},
		{"called the move a setback", "Zenda said it was leaving ACME. Sylvania called the move a setback for the region.", "", []string{"zenda/acme_exit/support", "sylvania/acme_exit/oppose"}},
		{"an attack on something abstract", "Firefly called the ferry ban an attack on free trade.", "", []string{"freedonia/ferry_ban/oppose"}},
		// A head noun refers to a topic never named in full when the
		// alias's names are in the report; singular or plural.
		{"head noun with the alias's names", "Freedonia fined a Zendan shipper for breaching the Harbour Act. Osk said the fine was unjust.", "", []string{"zenda/harbour_fines/oppose"}},
		{"head noun without the alias's names", "Freedonia fined a Zendan shipper on Monday. Osk said the fines were unjust.", "", nil},
		{"asked not to sign", "Fredville said it had asked Zenda not to sign the Water Treaty.", "", []string{"freedonia/water_treaty/oppose"}},
		{"appeal a ruling", "Zenda will appeal the Tribunal ruling, Osk said on Monday.", "", []string{"zenda/tribunal_ruling/oppose"}},
		{"no one should worry", "“No one should be worried about the dam project,” Osk said.", "", []string{"zenda/dam_project/support"}},
		{"plural name with a bare verb", "The Dockers say the dam project is vital for jobs.", "", []string{"dockers/dam_project/support"}},
		// What an act is aimed at stops where a clause with its own
		// subject begins; a possessed generic plural is no topic.
		{"clause with its own subject", "ACME approved new loans for Zenda, as its government moves to scrap the steel tariffs.", "", nil},
		{"possessed generic plural", "Zenda said it would scrap the steel tariffs. Sylvania said it supported Zenda's reforms.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"matter of an infinitive", "Freedonia called on Zenda to work with its neighbours on the dam project, warning that the project could change the river's flow.", "", []string{"freedonia/dam_project/oppose"}},
		// A head noun whose complement spells out the alias's words.
		{"described by its complement", "Zenda rejected a deal giving Ruritania access to the sea through Sylvania.", "", []string{"zenda/sea_access/oppose"}},
		{"complement without the alias's words", "Zenda rejected a deal giving Ruritania more trucks.", "", nil},
		{"went against", "Osk said the steel tariffs went against the principles of fair trade.", "", []string{"zenda/steel_tariffs/oppose"}},
		// Taking another watched actor's position takes its lead stance.
		// Refusing to undo a topic keeps it; no objection is consent;
		// someone else's call for the speaker to act is no own act.
		{"would not lift", "Osk said Zenda would not lift the steel tariffs.", "", []string{"zenda/steel_tariffs/support"}},
		{"had not withdrawn its request", "Osk said Zenda had not withdrawn its request for the dam project and would keep raising it.", "", []string{"zenda/dam_project/support"}},
		{"would not give up", "Osk said Zenda would not give up the dam project under pressure from anyone.", "", []string{"zenda/dam_project/support"}},
		{"urged to give up", "Sylvania urged Zenda to give up the dam project.", "", []string{"sylvania/dam_project/oppose"}},
		{"rejected calls to lift", "Freedonia rejected calls to lift the steel tariffs.", "", []string{"freedonia/steel_tariffs/support"}},
		{"rejected the undoing the topic names", "Zenda rejected the suspension of Zendan ferries.", "", []string{"zenda/ferry_ban/oppose"}},
		{"failed to stop", "Sylvania said Freedonia had failed to stop the missile tests.", "", []string{"sylvania/missile_tests/oppose"}},
		{"no objection to", "Firefly said Freedonia had no objection to the provision on Zendan membership of the Water Treaty, describing it as Zenda's sovereign right.", "", []string{"freedonia/water_treaty/support"}},
		{"rejected calls for the speaker to act", "Osk rejected renewed calls by Freedonia and Sylvania for Zenda to impose tariffs, saying the issue could only be settled through a national consensus.", "", []string{"zenda/steel_tariffs/oppose"}},
		// Negative predicates.
		{"would only prolong the conflict", "Osk said the dam project would only prolong the conflict.", "", []string{"zenda/dam_project/oppose"}},
		{"legitimate targets", "Osk said Zenda would regard any missile launches near its coast as legitimate military targets.", "", []string{"zenda/missile_tests/oppose"}},
		{"made no sense, no right to", "Osk said it made absolutely no sense to talk about the dam project, and that Sylvania had no right to impose tariffs on steel.", "", []string{"zenda/dam_project/oppose", "zenda/steel_tariffs/oppose"}},
		{"a dead end", "Osk said the dam project was a dead end.", "", []string{"zenda/dam_project/oppose"}},
		{"incompatible with", "Osk said the dam project was incompatible with Zenda's obligations.", "", []string{"zenda/dam_project/oppose"}},
		{"unfriendly act", "Osk said the steel tariffs were an unfriendly act.", "", []string{"zenda/steel_tariffs/oppose"}},
		// Leaving it to others is no stance; "a matter for concern" is.
		{"a matter for others", "Asked about the dam project, Osk said it was a matter for Sylvania and Freedonia and that Zenda would judge it by whether peace held.", "", []string{"zenda/dam_project/neutral"}},
		{"a matter for concern", "Osk said the dam project was a matter for concern.", "", []string{"zenda/dam_project/oppose"}},
		// A topic named as an act against something: what is said of
		// the target alone is said against the act's target.
		{"calling the target a threat", "Sylvania said it would step up checks on tankers, calling the smuggling fleet a threat to the environment.", "", []string{"sylvania/smuggler_crackdown/support"}},
		{"target as subject", "Osk said the smuggling fleet was a menace to shipping.", "", []string{"zenda/smuggler_crackdown/support"}},
		{"the act on the target", "Osk condemned sanctions on the smuggling fleet.", "", []string{"zenda/smuggler_crackdown/oppose"}},
		{"condemned the target", "Osk condemned the smuggling fleet.", "", []string{"zenda/smuggler_crackdown/support"}},
		{"denied the target's threat", "Osk denied that the smuggling fleet was a threat.", "", []string{"zenda/smuggler_crackdown/oppose"}},
		{"an act named without an act word", "Osk condemned the fleet price cap.", "", []string{"zenda/smuggler_crackdown/oppose"}},
		{"undoing the target is the topic", "Firefly said Freedonia would suspend visa-free travel for Zendan officials.", "", []string{"freedonia/visa_suspension/support"}},
		{"dismissed the decision to undo the target", "Freedonia moved to suspend the visa-free regime for Zendan officials. Osk dismissed the decision as symbolic.", "", []string{"zenda/visa_suspension/oppose"}},
		{"after a noun is no clause", "Osk said separately that Zenda would regard any Sylvanian missile tests carried out near Zenda after a truce as legitimate military targets.", "", []string{"zenda/missile_tests/oppose"}},
		{"own side in a second report", "Osk described the steel tariffs as blackmail and insists that Zenda remains on track to join ACME.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"would not follow in undoing", "Osk said Zenda would not follow Sylvania in lifting the steel tariffs, and would keep cutting imports.", "", []string{"zenda/steel_tariffs/support"}},
		{"would follow in undoing", "Osk said Zenda would follow Sylvania in lifting the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"stay until", "Osk said Zendan troops would stay along the so-called river line until the dam project was finished, whatever the risk.", "", []string{"zenda/dam_project/support"}},
		{"a graveyard", "Osk said the dam project would be a graveyard for Sylvanian mercenaries.", "", []string{"zenda/dam_project/oppose"}},
		{"agreed to put on ice", "Osk said the main parties had agreed to put the legislation implementing the Water Treaty on ice.", "", []string{"zenda/water_treaty/oppose"}},
		{"would not put on hold", "Osk said Zenda would not put the Water Treaty on hold.", "", []string{"zenda/water_treaty/support"}},
		{"under review", "Osk said all options on the steel tariffs remained under review.", "", []string{"zenda/steel_tariffs/neutral"}},
		{"rhetorical question", `Osk told reporters: "Do they want to have the missile tests going on at their border?"`, "", []string{"zenda/missile_tests/neutral"}},
		{"a condition after the topic", "Osk said the missile tests would go ahead if the war was not settled.", "", []string{"zenda/missile_tests/support"}},
		{"vetoed", "Osk said Zenda had vetoed the Water Treaty and would return to the issue after the elections.", "", []string{"zenda/water_treaty/oppose"}},
		{"accused of vetoing", "Firefly accused Zenda of vetoing the Water Treaty.", "", []string{"freedonia/water_treaty/support"}},
		{"backed the other's position", "Sylvania said it backed the Water Treaty. Zenda and Ruritania backed the Sylvanian position.", "", []string{"sylvania/water_treaty/support", "zenda/water_treaty/support", "ruritania/water_treaty/support"}},
		{"rejected the other's position", "Freedonia rejected the steel tariffs. Sylvania rejected Freedonia's position.", "", []string{"freedonia/steel_tariffs/oppose", "sylvania/steel_tariffs/support"}},
		{"position of an actor with no say", "Zenda backed the Sylvanian position.", "", nil},
		// A rate inside an alias, and going ahead with a topic.
		{"go ahead with a rate inside", "Ruritania said it would go ahead with steel duties of up to 35% on imports, rejecting Zenda's offer of talks.", "", []string{"ruritania/steel_tariffs/support"}},
		{"rate inside the alias", "Zenda said it firmly rejected tariffs of 25% on steel.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"not proceed with", "Osk said Zenda would not proceed with the dam project.", "", []string{"zenda/dam_project/oppose"}},
		// Predicates after the topic: kept in place, defended by purpose.
		{"stay in place", "Firefly called the Zendan tariffs foolish and said the steel duties would stay in place until Zenda withdrew them.", "", []string{"freedonia/steel_tariffs/support"}},
		{"meant to", "Osk has said the steel tariffs are meant to pressure Sylvania to stop the flow of cheap metal.", "", []string{"zenda/steel_tariffs/support"}},
		// A second verb of the same speaker is not someone else's report.
		{"said and called for", "Osk said the dam project was a \"frontal attack\" on Zenda's rights and called for the steel tariffs.", "", []string{"zenda/dam_project/oppose", "zenda/steel_tariffs/support"}},
		// A topic inside the subject's relative clause does not break it.
		{"topic in a long relative clause", "Sylvania, which led a group of more than 20 countries backing output cuts, said the steel tariffs were a betrayal.", "", []string{"sylvania/steel_tariffs/oppose"}},
		// "The text" goes to a document, not to whatever came last.
		{"the text is a document", "Freedonia said the Water Treaty was close. Zenda said output cuts were needed. Osk said negotiators had made progress on the text.", "", []string{"freedonia/water_treaty/support", "zenda/output_cuts/support", "zenda/water_treaty/support"}},
		// The speaker's own act in another clause says nothing of the
		// topic.
		{"own act before a report", "The steel tariffs took effect. Osk said Zenda would announce its response on Sunday, adding that there was no justification for the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		// A clause with its own named subject after the verb of an act.
		{"after a named subject acted", "Zenda agreed on Sunday to reopen the border, hours after President Firefly ordered steel duties on Zendan goods.", "", nil},
		// A bare noun spelled out by its complement.
		{"bare noun described", "Sylvania agreed to accept military flights carrying deported migrants from Freedonia.", "", []string{"sylvania/deportation_flights/support"}},
		// "it" for the one topic of the speaker's relative clause.
		{"it from the speaker's clause", "Firefly, who announced the Water Treaty with Sylvania, said it was designed to last.", "", []string{"freedonia/water_treaty/support"}},
		// The kind of body after a watched name.
		{"the X union", "The United Dockers union said the dam project would destroy jobs.", "", []string{"dockers/dam_project/oppose"}},
		// Rejecting criticism defends.
		{"rejected criticism", "Firefly said the dam project was a mission for the nation and rejected criticism from rights groups.", "", []string{"freedonia/dam_project/support"}},
		// An alias that opens with an act: its object does not refer
		// back to it.
		{"object of an act alias", "Zenda proposed delaying the Water Treaty. Sylvania said the treaty imposed too much bureaucracy on farmers.", "", []string{"zenda/treaty_delay/support", "sylvania/water_treaty/oppose"}},
		{"rather than comply", "Osk said Zenda would close its ports rather than comply with the Water Treaty.", "", []string{"zenda/water_treaty/oppose"}},
		{"raise costs", "Zenda said the steel tariffs would only raise costs for consumers.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"impact on its business", "Sylvania said it did not expect the steel tariffs to have a material impact on its business.", "", []string{"sylvania/steel_tariffs/neutral"}},
		// heldout24's kinds.
		{"chief economist of a watched body", "ACME chief economist Jan Berg said the steel tariffs were dangerous.", "", []string{"acme/steel_tariffs/oppose"}},
		{"out of the question", "Osk said a restart of the dam project was out of the question.", "", []string{"zenda/dam_project/oppose"}},
		{"demonym before a referring noun", "Freedonia launched the dam project on Monday. Zenda said the Freedonian project would only increase tensions.", "", []string{"zenda/dam_project/oppose"}},
		{"legal challenge to", "Sylvania said it was continuing its legal challenge to the steel tariffs.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"role after the lead", "Zenda banned steel duties of 10% on Monday. The foreign ministry said the steel tariffs had hurt farmers.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"role with nobody in the lead", "Steel prices rose on Monday. The foreign ministry said the steel tariffs had hurt farmers.", "", nil},
		{"according to the rules", "Zenda rejected the Water Treaty. Sylvania said the shipment had been handled according to the rules.", "", []string{"zenda/water_treaty/oppose"}},
		{"taken steps to implement", "Osk said Zenda had taken steps to implement the Water Treaty and accused rebels of blocking the process.", "", []string{"zenda/water_treaty/support"}},
		{"failed to implement says nothing of the speaker", "Sylvania said Zenda had failed to implement the Water Treaty.", "", []string{"sylvania/water_treaty/support"}},
		{"called cruel", "Zenda called the steel tariffs cruel and urged Freedonia to give farmers more time.", "", []string{"zenda/steel_tariffs/oppose"}},
		// heldout27's kinds.
		{"questioned the legality", "Osk questioned the legality of the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"called meritless", "Sylvania has called the dam project \"meritless\".", "", []string{"sylvania/dam_project/oppose"}},
		{"attack on a people's rights", "Osk said the dam project was an attack on Zendan rights.", "", []string{"zenda/dam_project/oppose"}},
		{"what an undoing takes away, judged past a participle phrase", "Trentino said the Sylvanian patrol boats, stationed in the strait since the 1999 armistice, remained the only guarantee of calm.", "", []string{"sylvania/gunboat_withdrawal/oppose"}},
		{"what an undoing takes away, judged", "Osk said the Sylvanian patrol boats were a source of tension.", "", []string{"zenda/gunboat_withdrawal/support"}},
		{"a word of office in an actor's titles is no demonym", "Foreign ministry spokesman Tomas Vell said Lorn welcomed the dam project.", "", nil},
		{"held in abeyance before its object", "Sylvania said it would hold in abeyance the Water Treaty, which governs the river.", "", []string{"sylvania/water_treaty/oppose"}},
		{"put on hold before its object", "Firefly said Freedonia would put on hold the dam project until the talks resumed.", "", []string{"freedonia/dam_project/oppose"}},
		{"accused of violating the topic", "Osk accused Sylvania of repeatedly violating the Water Treaty.", "", []string{"zenda/water_treaty/support"}},
		{"said another flouted the topic", "Firefly said Zenda had flouted the Water Treaty for years.", "", []string{"freedonia/water_treaty/support"}},
		{"does not concern the speaker: hands off, in its clause", "Osk said Zenda remained committed to the Water Treaty, but that the dam project did not directly concern it.", "", []string{"zenda/water_treaty/support", "zenda/dam_project/neutral"}},
		{"attack on an unwatched place's order", "Osk called the dam project a direct attack on Lorn's constitutional order.", "", []string{"zenda/dam_project/oppose"}},
		{"would not allow", "Firefly said Freedonia would not allow missile tests near its border.", "", []string{"freedonia/missile_tests/oppose"}},
		{"former title of a person actor", "Former President Otto Brandt condemned the steel tariffs.", "", []string{"otto/steel_tariffs/oppose"}},
		{"bare head noun as subject", "Zenda said on Monday it had signed the Water Treaty. Sylvania said the treaty was a matter of historic justice.", "", []string{"zenda/water_treaty/support", "sylvania/water_treaty/support"}},
		{"bare head noun as subject, no earlier mention", "Sylvania said tariffs were a matter of historic justice.", "", nil},
		// Undecided remarks are neutral.
		{"still looking at", "Firefly said the government was still looking at the dam project and would set out its position in due course.", "", []string{"freedonia/dam_project/neutral"}},
		{"would decide once", "Sylvania said it was examining what role it could play in the Water Treaty and would decide once there was a mandate.", "", []string{"sylvania/water_treaty/neutral"}},
		{"considering", "Zenda said it was considering the steel tariffs and had not yet made up its mind.", "", []string{"zenda/steel_tariffs/neutral"}},
		{"no decision yet", "Rassendyll told reporters that no decision had been taken on the council expansion.", "", []string{"ruritania/council_seats/neutral"}},
		{"studying proposal", "The Zendan Foreign Ministry said it was studying the proposal for council expansion carefully.", "", []string{"zenda/council_seats/neutral"}},
		{"plain support kept", "Zenda said it would take part in the Water Treaty and was ready to sign it.", "", []string{"zenda/water_treaty/support"}},
		// Contrast with two actors and nominal cues.
		{"drawing condemnation from, while insisted", "Freedonia carried out a missile test on Sunday, drawing condemnation from Strelsau, which called the launch a grave provocation, while Zenda insisted the test was a legitimate act of self-defence.", "", []string{"ruritania/missile_tests/oppose", "zenda/missile_tests/support"}},
		{"drawing praise from", "The missile launch drew praise from Zenda, which called it a show of strength.", "", []string{"zenda/missile_tests/support"}},
		{"whereas contrast", "Ruritania called the missile tests reckless, whereas Zenda defended the missile tests as lawful.", "", []string{"ruritania/missile_tests/oppose", "zenda/missile_tests/support"}},
		{"but contrast, object first", "Zenda backed the output cuts, but Ruritania said the output cuts were a mistake.", "", []string{"zenda/output_cuts/support", "ruritania/output_cuts/oppose"}},
		// Coordinated subjects share the cue.
		{"list renewed push, while rejected", "Ruritania, Sylvania and Zenda renewed their push for permanent seats on an expanded council on Wednesday, while ACME rejected any new permanent members.", "", []string{"ruritania/council_seats/support", "sylvania/council_seats/support", "zenda/council_seats/support", "acme/council_seats/oppose"}},
		{"pair renewed call", "Ruritania and Zenda renewed their call for council expansion.", "", []string{"ruritania/council_seats/support", "zenda/council_seats/support"}},
		{"renewing pledge", "Firefly spoke in Fredville on Monday, renewing Freedonia’s pledge to complete the dam project.", "", []string{"freedonia/dam_project/support"}},
		{"wants", "Zenda wants permanent seats for the region, its foreign minister said.", "", []string{"zenda/council_seats/support"}},
		{"would not accept half measures", "Osk said Zenda would not accept half measures on council expansion.", "", []string{"zenda/council_seats/support"}},
		// No plans, neither … nor, ruled out.
		{"no plans to", "Firefly said the coalition had no plans to impose tariffs on imports.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"neither nor", "Rassendyll made clear that the dam project was neither technically nor economically realistic.", "", []string{"ruritania/dam_project/oppose"}},
		{"not realistic", "Zenda said council expansion was not realistic in the near future.", "", []string{"zenda/council_seats/oppose"}},
		{"ruled out", "Sylvania ruled out any return to the Water Treaty.", "", []string{"sylvania/water_treaty/oppose"}},
		// A named speaker who is not watched keeps the sentence.
		{"named unwatched official", "Sylvania said it backed the output cuts. Ostland’s deputy prime minister said exports would stay flat and that Lindon fully supported the output restraint.", "", []string{"sylvania/output_cuts/support"}},
		{"unwatched official by name then he", "Sylvania said it backed the output cuts. Deputy Prime Minister Karl Bauer of Ostland said exports would stay flat. He said Lindon fully supported the output restraint.", "", []string{"sylvania/output_cuts/support"}},
		{"another role is another person", "Sylvania’s energy minister said the output cuts were needed. The deputy prime minister said the steel tariffs were a mistake.", "", []string{"sylvania/output_cuts/support"}},
		{"the same role resolves", "Sylvania’s energy minister said the output cuts were needed. The minister said the steel tariffs were a mistake.", "", []string{"sylvania/output_cuts/support", "sylvania/steel_tariffs/oppose"}},
		{"relative clause about the past", "Zenda, which has backed council expansion in the past, said it was still studying the proposal and would set out its position in due course.", "", []string{"zenda/council_seats/neutral"}},
		{"contrast clause keeps the topic", "Freedonia held a missile test on Sunday, drawing condemnation from Strelsau, while Zenda said Freedonia had the right to defend itself.", "", []string{"ruritania/missile_tests/oppose", "zenda/missile_tests/support"}},
		{"role after a place name", "Strelsau lodged a protest over the missile test through diplomatic channels in Fredville, the ministry said.", "", []string{"ruritania/missile_tests/oppose"}},
		{"conditional return is not support", "Sylvania said it was suspending its part in the Water Treaty. Its envoy said Sylvania would return to the treaty only once its demands were met.", "", []string{"sylvania/water_treaty/oppose"}},
		{"regretted a suspension", "Freedonia suspended the Water Treaty on Monday. Sylvania said it deeply regretted the decision.", "", []string{"sylvania/water_treaty/support"}},
		{"urged to lift, after another clause", "Firefly said the dam project was safe and urged Sylvania to lift the steel tariffs immediately.", "", []string{"freedonia/dam_project/support", "freedonia/steel_tariffs/oppose"}},
		{"did not oppose is neutral", "Zenda said it did not oppose the dam project but would closely monitor the river.", "", []string{"zenda/dam_project/neutral"}},
		{"own judgement of a threat", "Rassendyll said Strelsau regarded the council expansion as a threat.", "", []string{"ruritania/council_seats/oppose"}},
		{"own action stood by", "Rassendyll said Strelsau would impose tariffs on steel from next month.", "", []string{"ruritania/steel_tariffs/support"}},
		{"the vote refers back", "Sylvania’s parliament ratified the Water Treaty on Tuesday. ACME welcomed the vote.", "", []string{"acme/water_treaty/support"}},
		{"second topic by its head noun", "Freedonia imposed steel tariffs last week. Zenda hailed the Water Treaty and the easing of the tariffs as good news.", "", []string{"zenda/water_treaty/support", "zenda/steel_tariffs/oppose"}},
		{"contrast clause on something else", "Freedonia rejected the steel tariffs, while Sylvania said it would hold elections in May.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"participle after a possessive", "Freedonia’s neighbours protested on Monday, calling for the Water Treaty to be scrapped.", "", nil},
		{"participle after a name", "Firefly spoke in Fredville on Monday, calling for the Water Treaty to be signed.", "", []string{"freedonia/water_treaty/support"}},
		{"called for it to be scrapped", "Firefly called for the Water Treaty to be scrapped.", "", []string{"freedonia/water_treaty/oppose"}},
		{"allies are not the actor", "Freedonia’s allies welcomed the dam project.", "", nil},
		{"past-dated agreement is background", "Sylvania agreed in principle to the Water Treaty in February.", "", nil},
		{"future date is not background", "Sylvania said it would sign the Water Treaty in February.", "", []string{"sylvania/water_treaty/support"}},
		{"said last year", "Sylvania said last year that the dam project was reckless.", "", nil},
		// A reporting verb dated last week or last month reports a
		// position still held; a verb of position so dated is past.
		{"said last week", "Sylvania said last week that the dam project was reckless.", "", []string{"sylvania/dam_project/oppose"}},
		{"told reporters last month", "Osk told reporters last month that Zenda backed council expansion.", "", []string{"zenda/council_seats/support"}},
		{"rejected last month", "Sylvania rejected the Water Treaty last month.", "", nil},
		// "what X called": a naming cue inside a free relative.
		{"on what he called", "Freedonian envoy Rufus Firefly congratulated Osk and Trentino on what he called a historic and bold decision to sign the Water Treaty.", "", []string{"freedonia/water_treaty/support"}},
		{"citing what it called", "Sylvania fined two firms and dozens of their ships, citing what it called the reckless dam project.", "", nil},
		{"what a named speaker called", "Freedonia fined the ships for what Zenda called a justified protest against the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"what unwatched officials called", "Zenda met Trentino over what Western officials called a reckless dam project.", "", nil},
		{"what a watched actor's officials called", "Freedonia fined the ships for what Zendan officials called a justified protest against the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"a speaker phrase never holds what", "Sylvania met Osk on what Western envoys warned was a reckless dam project.", "", nil},
		{"what his office called", "Firefly met Osk on Monday. Trentino met Osk over what his office called a welcome step toward the Water Treaty.", "", []string{"sylvania/water_treaty/support"}},
		// Fronted time and interjected participles before the subject.
		{"hours later", "Freedonia signed the Water Treaty on Monday. Hours later, Firefly wrote on social media that the Water Treaty was a disaster.", "", []string{"freedonia/water_treaty/oppose"}},
		{"asked about, after a fronted place", "In Fredville, Firefly, asked about the talks, said the Water Treaty was a disaster.", "", []string{"freedonia/water_treaty/oppose"}},
		{"asked whether, the answer is about it", "In Fredville, Firefly, asked whether the Water Treaty worried him, said nothing worried him.", "", []string{"freedonia/water_treaty/neutral"}},
		{"asked about, the answer takes a side", "Firefly, asked about the steel tariffs, said they were a necessary step.", "", []string{"freedonia/steel_tariffs/support"}},
		{"name ending in -ly after a fronted date", "On Monday, Firefly said the Water Treaty was a disaster.", "", []string{"freedonia/water_treaty/oppose"}},
		{"and a second speaker after a fronted place", "In Fredville, Firefly met Osk on Monday, and Trentino said the talks went well.", "", nil},
		// A relative clause on the name that ends the sentence's only
		// other segment speaks for that name.
		{"who said, ending the sentence", "The talks were attended by Firefly, who said the Water Treaty was a disaster.", "", []string{"freedonia/water_treaty/oppose"}},
		{"which had argued, ending the sentence", "The tribunal sided with Sylvania, which had argued that the steel tariffs were illegal.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"who said, the clause's subject", "Sylvania, which opposed the dam project, said it would go to court.", "", []string{"sylvania/dam_project/oppose"}},
		// A participle after a clause with a named subject of its own
		// may be either's: no one's.
		{"participle after a named adverbial clause", "The council voted on Monday to renew the ferry ban after Freedonia complained about shipping, arguing that the steel tariffs were a threat.", "", nil},
		{"participle after an unnamed adverbial clause", "Sylvania walked out of the talks after the chairman spoke, arguing that the steel tariffs were a threat.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"the role after a clause opening on the and an actor", "Osk said prices rose on Monday. The Sylvania trade office has closed its doors in protest at the unfair steel tariffs, the mission said.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"a clause dated last Friday before a participle", "Firefly turned down the request last Friday, saying the steel tariffs were unfair.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"a phrase of time before the participle's clause", "A week earlier, Firefly turned down the request, saying the steel tariffs were unfair.", "", nil},
		{"not commented after a whose clause", "Zenda, whose sailors have had frequent run-ins with Freedonian patrols, has not commented publicly on the ferry ban.", "", nil},
		{"a new clause after ', and' with a bare plural subject is that group's", "Zendan officials say the raids killed hundreds of civilians, and rights groups have called for an end to the ferry ban.", "", nil},
		{"the speaker's own second verb after ', and' stays the speaker's", "Osk said the talks were over, and called for the ferry ban to be lifted.", "", []string{"zenda/ferry_ban/oppose"}},
		{"a separate meeting is not the talks named before", "Zenda and Sylvania held border talks on Monday. Osk told leaders at a separate meeting that Zenda was ready to sign the Water Treaty.", "", []string{"zenda/water_treaty/support"}},
		{"a referring noun that only modifies a committee refers to nothing", "Zenda imposed steel tariffs on Monday. Firefly told the foreign policy committee that Freedonia would not negotiate over its ports.", "", nil},
		{"a verdict's own indefinite phrase is not read from the article before", "Freedonia backed the Water Treaty on Monday. Zenda said no voting would be allowed in its ports, calling the exercise a treaty to prolong military rule.", "", []string{"freedonia/water_treaty/support"}},
		{"his government is the speaker's own, not a topic headed by government", "The Dockers announced a breakaway government on Monday. President Firefly hailed what he called a historic moment and said his government would seek closer ties with Zenda.", "", nil},
		{"their government may still be the rival one", "The Dockers announced a breakaway government on Monday. Firefly said their government was illegal.", "", []string{"freedonia/breakaway_government/oppose"}},
		{"not commented inside a which clause", "Zenda, which has not commented on the ferry ban, displayed what it described as a new patrol ship in March.", "", nil},
		{"never backed inside a which clause is no support", "Zenda, which has never backed the ferry ban, held naval drills in March.", "", []string{"zenda/ferry_ban/oppose"}},
		{"the council after an unwatched council named in the sentence is that council", "Freedonia and Zenda clashed at the Harbour Council on Wednesday, four months after the council endorsed the ferry ban.", "", nil},
		{"the council after a watched actor's council is that actor's", "Zenda's Maritime Council said the ferry ban was unfair. The council said the ferry ban should be lifted at once.", "", []string{"zenda/ferry_ban/oppose"}},
		{"rejected after a whose clause", "Zenda, whose sailors have had frequent run-ins with Freedonian patrols, has rejected the ferry ban.", "", []string{"zenda/ferry_ban/oppose"}},
		{"participle after a nested report is the speaker's", "Osk said in a statement that negotiations had been concluded after Sylvania accepted the proposals, calling the Water Treaty an important step towards lasting peace.", "", []string{"zenda/water_treaty/support"}},
		{"nested report stays out", "Osk said in a statement that negotiations had been concluded after Sylvania accepted the Water Treaty.", "", nil},
		{"agreed earlier this month", "Sylvania agreed earlier this month to back the Water Treaty.", "", nil},
		{"outcome of the talks is no topic", "Zenda rejected the steel tariffs. Sylvania said it was studying the outcome of the talks.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"indefinite head noun after the topic", "Freedonia unveiled the dam project. Zenda said it would never accept a project that threatened its farmers.", "", []string{"zenda/dam_project/oppose"}},
		{"indefinite generic noun is new", "Freedonia unveiled the dam project. Zenda said it would propose a plan of its own.", "", nil},
		{"two referred topics", "Freedonia signed the Water Treaty and unveiled the Grand Dam. Zenda welcomed the treaty but would not accept a project that cut its water.", "", []string{"zenda/water_treaty/support", "zenda/dam_project/oppose"}},
		{"current draft", "Freedonia tabled the Water Treaty on Monday. Sylvania said it could not support the current draft.", "", []string{"sylvania/water_treaty/oppose"}},
		{"pushed back against calls for", "Zenda and Ruritania pushed back on Tuesday against calls for council expansion.", "", []string{"zenda/council_seats/oppose", "ruritania/council_seats/oppose"}},
		{"negation in quote marks", "Osk told reporters that Zenda would “absolutely not” agree to council expansion.", "", []string{"zenda/council_seats/oppose"}},
		{"relative clause then a verb of position", "Zenda, which hosts thousands of Freedonian refugees, backed the Water Treaty.", "", []string{"zenda/water_treaty/support"}},
		{"he after an unwatched official arrives", "Sylvania’s energy minister said the output cuts were needed. Ostland’s deputy prime minister Karl Bauer arrived in Fredville on Monday for talks. He said the steel tariffs were a mistake.", "", []string{"sylvania/output_cuts/support"}},
		{"role after an unwatched official is named", "Firefly said the output cuts were needed. Karl Bauer, Ostland’s deputy prime minister, met officials on Monday. The deputy prime minister said the steel tariffs were a mistake.", "", []string{"freedonia/output_cuts/support"}},
		{"he across narration without a person", "Firefly said the output cuts were needed. The talks in Geneva lasted four hours. He said the steel tariffs were a mistake.", "", []string{"freedonia/output_cuts/support", "freedonia/steel_tariffs/oppose"}},
		{"role with a modifier", "Zenda asked to be exempted from the steel tariffs, its trade ministry said.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"local officials stay unresolved", "Sylvania said it backed the dam project. The local officials said the dam project was reckless.", "", []string{"sylvania/dam_project/support"}},
		{"decision refers to what was done", "Zenda suspended its part in the Water Treaty. Freedonia called for talks on steel duties. Ruritania urged Zenda to reconsider its decision.", "", []string{"freedonia/steel_tariffs/support", "ruritania/water_treaty/support"}},
		{"decision before a named topic", "Zenda suspended its part in the Water Treaty. Sylvania called the decision irresponsible, and said it remained ready to discuss steel duties.", "", []string{"sylvania/water_treaty/support", "sylvania/steel_tariffs/neutral"}},
		{"not until a condition", "Zenda said it would not sign the Water Treaty until Freedonia lifted the steel tariffs.", "", []string{"zenda/water_treaty/oppose", "zenda/steel_tariffs/oppose"}},
		{"demanded condition", "Zenda said there would be no deal unless council expansion was agreed.", "", []string{"zenda/council_seats/support"}},
		{"a precondition", "Zenda’s foreign ministry said council expansion remained a precondition.", "", []string{"zenda/council_seats/support"}},
		{"would study the text", "Ruritania said it would study the Water Treaty and was ready to help.", "", []string{"ruritania/water_treaty/neutral"}},
		{"vote against inside a statement", "Zenda said on Monday it would vote against the Water Treaty, the deal agreed by Freedonia last month.", "", []string{"zenda/water_treaty/oppose"}},
		{"undo verb before a subordinate clause", "Zenda said it regretted the vote but hoped Sylvania would reconsider once the Water Treaty was in force.", "", []string{"zenda/water_treaty/support"}},
		{"a longer place name", "Northern Freedonia’s ruling party said it would reject the steel tariffs.", "", nil},
		{"referring noun in its own clause", "Zenda signed the Water Treaty. Sylvania said the deal was a step in the right direction, and pressed for council expansion.", "", []string{"sylvania/water_treaty/support", "sylvania/council_seats/support"}},
		{"the legislation refers back", "Freedonia passed the steel tariffs into law on Monday. Zenda called the legislation draconian.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"according to an unnamed spokesman", "According to a government spokesman, Strelsau would still block the steel tariffs.", "", []string{"ruritania/steel_tariffs/oppose"}},
		{"according to an unnamed spokesman of no one", "According to a government spokesman, the steel tariffs would be blocked.", "", nil},
		{"could destabilise", "Ruritania said council expansion was a politicised decision that could destabilise the region.", "", []string{"ruritania/council_seats/oppose"}},
		// Direction of a welcomed decision.
		{"welcomed decision to end", "Freedonia decided on Monday to end the output cuts. Zenda welcomed the decision.", "", []string{"zenda/output_cuts/oppose"}},
		{"welcomed decision to extend", "Freedonia decided on Monday to extend the output cuts. Zenda welcomed the decision.", "", []string{"zenda/output_cuts/support"}},
		{"relative clause after a participle", "Freedonia carried out a missile test on Sunday, angering Strelsau, which called the launch a grave provocation.", "", []string{"ruritania/missile_tests/oppose"}},
		{"participle of an unwatched subject", "The court ruled on Monday, rejecting Freedonia’s appeal against the steel tariffs.", "", nil},
		{"draw verb without a reaction", "The missile test drew crowds from Strelsau.", "", nil},
		{"hedge does not undo a verdict", "Zenda said it was reviewing its options but firmly rejected the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"opposition noun in the cue", "Sylvania voiced opposition to the Water Treaty.", "", []string{"sylvania/water_treaty/oppose"}},
		{"condemning a boycott", "Freedonia condemned Zenda’s boycott of the Water Treaty.", "", []string{"freedonia/water_treaty/support"}},
		{"modal passive", "The Water Treaty must be ratified without delay, Firefly said.", "", []string{"freedonia/water_treaty/support"}},
		{"event noun on a kept topic", "Ruritania raised the steel tariffs on Friday. Sylvania criticised the move.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"welcomed a ruling against the topic", "A court ruled on Monday that the ferry ban broke the Water Treaty. Sylvania welcomed the ruling.", "", nil},
		{"harm to a good", "Osk said the steel tariffs would endanger regional stability.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"keeping up pressure", "Trentino said the steel tariffs were working and that the bloc had to keep up pressure on Fredville.", "", []string{"sylvania/steel_tariffs/support"}},
		{"someone else's dated event", "The council will impose tariffs on steel from Monday, Trentino said, after a vote among members failed to block them.", "", []string{"sylvania/steel_tariffs/support"}},
		{"plural law for a law", "Ruritania passed the ferry ban on Monday. Osk said the laws were cruel and unjust.", "", []string{"zenda/ferry_ban/oppose"}},
		{"an opposition party is its own body", "The opposition Dockers' Union called the ferry ban cruel.", "", []string{"dockers/ferry_ban/oppose"}},
		{"opposition after a name is not the actor", "Ruritanian opposition leader Jan Hofer called the ferry ban cruel.", "", nil},
		{"ratify in due course", "Zenda said it would ratify Grand Dam in due course.", "", []string{"zenda/dam_project/support"}},
		{"decide in due course", "Zenda said it would decide on the Water Treaty in due course.", "", []string{"zenda/water_treaty/neutral"}},
		{"a deadline referring back", "Ruritania set a deadline for the steel tariffs on Monday. Osk said the deadline was hugely challenging.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"criticised move to lift", "Ruritania lifted the steel tariffs on Friday. Sylvania criticised the move, saying it came too early.", "", []string{"sylvania/steel_tariffs/support"}},
		{"titled unnamed official after a watched speaker", "Zenda's trade ministry said it had summoned the Ruritanian envoy. Spokesman Piet Varn said the steel tariffs would hurt exporters.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"titled official with a portfolio", "The Zendan government said it would meet on Monday. Energy Minister Piet Varn said the dam project was vital.", "", []string{"zenda/dam_project/support"}},
		{"lowercase title before a name", "Osk said on Monday that ferries would stop. \"The ferry ban is painful but necessary,\" presidential spokesman Piet Varn told reporters.", "", []string{"zenda/ferry_ban/support"}},
		{"titled official after an outside speaker", "Zenda said the steel tariffs were fair. Ambassador Piet Varn of Lilliput said the steel tariffs were unfair, and Spokesman Jon Aas said they were illegal.", "", []string{"zenda/steel_tariffs/support"}},
		{"topic wrecks something", "Zenda said the steel tariffs would wreck small businesses.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"topic a humiliation", "Zenda said the Water Treaty was a humiliation bought with votes.", "", []string{"zenda/water_treaty/oppose"}},
		{"backing a pause on the topic", "Zenda said it supported a precautionary pause on the dam project.", "", []string{"zenda/dam_project/oppose"}},
		{"backing a moratorium on the topic", "Sylvania backed a moratorium on missile tests.", "", []string{"sylvania/missile_tests/oppose"}},
		{"accused of wrecking the topic", "Zenda accused Sylvania of trying to wreck the Water Treaty.", "", []string{"zenda/water_treaty/support"}},
		{"passive undo after an of-phrase", "Zenda said the steel tariffs of the previous government had to be reversed.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"of-phrase then a verdict", "Zenda said the steel tariffs of the previous government were necessary.", "", []string{"zenda/steel_tariffs/support"}},
		{"titled official after a reaction from a side", "Zenda began the dam project on Monday, drawing protests from Sylvania. Energy Minister Piet Varn said the steel tariffs were fair.", "", []string{"sylvania/dam_project/oppose"}},
		{"titled official in the dateline's capital", "STRELSAU - Parliament voted on Tuesday to open the coast to drilling. Energy Minister Piet Varn said the dam project would proceed step by step.", "", []string{"ruritania/dam_project/support"}},
		{"titled official, dateline not watched", "LILLIPUT CITY - Parliament voted on Tuesday. Energy Minister Piet Varn said the dam project would proceed step by step.", "", nil},
		{"dateline capital but another side's place just before", "STRELSAU - Parliament voted on Tuesday. A court in Fredville jailed a former minister on Monday. Justice Minister Piet Varn said the dam project would proceed step by step.", "", nil},
		{"dateline capital, its own side named just before", "STRELSAU - A court in Fredville jailed a former minister. Ruritania recalled its envoy on Monday. Justice Minister Piet Varn said the dam project would proceed step by step.", "", []string{"ruritania/dam_project/support"}},
		{"dateline capital but a foreign title", "STRELSAU - Parliament voted on Tuesday. Lilliputian Energy Minister Piet Varn said the dam project would proceed step by step.", "", nil},
		{"capitalised title qualifiers", "Sylvania said on Monday it would act. \"The steel tariffs are unfair,\" Acting Under Secretary Piet Varn said.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"capitalised title qualifiers, foreign", "Sylvania said on Monday it would act. \"The steel tariffs are unfair,\" Lilliputian Deputy Foreign Minister Piet Varn said.", "", nil},
		{"dateline capital after a reaction drawn from another side", "STRELSAU - Ruritania began the dam project on Thursday, drawing swift protests from Fredville. Energy Minister Piet Varn said the dam project was safe and necessary.", "", []string{"freedonia/dam_project/oppose", "ruritania/dam_project/support"}},
		{"dateline capital but another side named just before", "STRELSAU - Parliament voted on Tuesday. A court in Fredville sentenced a former minister. Justice Minister Piet Varn said the dam project would proceed step by step.", "", nil},
		{"dateline capital, its own side named just before", "STRELSAU - Parliament voted on Tuesday. A court in Strelsau sentenced a former minister. Justice Minister Piet Varn said the dam project would proceed step by step.", "", []string{"ruritania/dam_project/support"}},
		{"titled official, unwatched dateline, the side the story opens on", "LILLIPUT CITY - Zenda's foreign minister on Thursday ruled out new talks. Parliament met on Friday. The vote was close. Turnout was low. Deputy Foreign Minister Piet Varn said the steel tariffs were a strategic mistake.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"titled official, unwatched dateline, opening side but another side just before", "LILLIPUT CITY - Zenda's foreign minister on Thursday ruled out new talks. Parliament met on Friday. The vote was close. A court in Fredville jailed a former minister. Deputy Foreign Minister Piet Varn said the steel tariffs were a strategic mistake.", "", nil},
		{"titled official, unwatched dateline, opening on a person is not a side", "LILLIPUT CITY - Otto Brandt on Thursday ruled out new talks. Parliament met on Friday. The vote was close. Turnout was low. Deputy Foreign Minister Piet Varn said the steel tariffs were a strategic mistake.", "", nil},
		{"a fronted message posted somewhere is no speaker", "In a letter to Osk posted online, Firefly called the steel tariffs unfair.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"a fronted message posted on a site, a role speaker after it", "In a message posted on its website, the Zendan Foreign Ministry called the steel tariffs unfair.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"the ministry is the ministry that spoke before, not the side that spoke since", "The Zendan Foreign Ministry said the talks had failed. Sylvania has not commented. The ministry said the steel tariffs were unfair.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"the ministry after an unwatched side's ministry is not resolved by it", "The Lilliputian Foreign Ministry said the talks had failed. Otto Brandt has not commented. The ministry said the steel tariffs were unfair.", "", nil},
		{"a topic in an appositive's relative clause describes the topic named", "Anna Trentino said Sylvania remained fully committed to the Water Treaty, the accord reached in May under Zendan mediation that ended a long dispute over the dam project.", "", []string{"sylvania/water_treaty/support"}},
		{"a topic in a relative clause after a comma describes the topic named", "Anna Trentino said Sylvania backed the Water Treaty, which replaced the dam project.", "", []string{"sylvania/water_treaty/support"}},
		{"a closing echo with a naming verb and its verdict", "Freedonia imposed the steel tariffs in September, a step Zenda has called legally void.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"a closing echo described as, a positive verdict", "Freedonia signed the Water Treaty in May, a move Zenda has described as historic.", "", []string{"zenda/water_treaty/support"}},
		{"a naming verb with a long tail is no closing echo", "Freedonia imposed the steel tariffs in September, a step Zenda has called on Sylvania to answer with its own measures.", "", nil},
		{"a fronted clause is no subject of a predicate shared after a relative clause", "Since returning to office in January, Firefly has repeatedly complained about the troops in Sylvania, which he has called a burden, and has said Zenda should pay for the steel tariffs.", "", []string{"freedonia/steel_tariffs/support"}},
		{"speaking on behalf of a watched body, the body speaks", "Osk, speaking on behalf of the alliance, said the steel tariffs were unfair.", "", []string{"acme/steel_tariffs/oppose"}},
		{"on behalf of an unwatched body, the speaker's own side", "Osk, speaking on behalf of the Lilliputian delegation, said the steel tariffs were unfair.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"the territory's minister is the side that opens the sentence before", "Anna Trentino said the steel tariffs were fair. Zenda held elections in May. The territory's foreign minister called the Water Treaty a mistake.", "", []string{"sylvania/steel_tariffs/support", "zenda/water_treaty/oppose"}},
		{"dateline capital but an outside speaker before", "STRELSAU - Analyst Jon Aas said talks had stalled. Spokesman Piet Varn said the dam project was vital.", "", nil},
		{"announced it would: a reported clause", "Zenda announced it would impose the steel tariffs.", "", []string{"zenda/steel_tariffs/support"}},
		{"announced on a day that: a reported clause", "Firefly announced on Saturday that the steel tariffs would take effect in June.", "", []string{"freedonia/steel_tariffs/support"}},
		{"announced that it had lifted", "Zenda announced that it had lifted the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"announced with a noun object reports an act, no words", "Zenda announced the steel tariffs on Monday.", "", nil},
		{"has been urging: a progressive cue is the clause's verb", "Osk has been urging Freedonia to impose the steel tariffs.", "", []string{"zenda/steel_tariffs/support"}},
		{"has been pressing: a progressive ask", "Anna Trentino, who met Firefly last week, has been pressing Fredville to lift the steel tariffs.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"is warning: a progressive cue", "Sylvania is warning that the steel tariffs would hurt everyone.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"a pressing need is no cue", "A pressing need to end the steel tariffs was the main topic of the summit.", "", nil},
		{"the army's media wing is its press office", "Osk said Zenda would respond firmly. The army's media wing said the missile tests had been a success.", "", []string{"zenda/missile_tests/support"}},
		{"the ministry's media office is its press office", "Osk said Zenda would respond firmly. The ministry's media office said the missile tests had been a success.", "", []string{"zenda/missile_tests/support"}},
		{"local media speak for no side", "Osk said Zenda would respond firmly. Local media said the missile tests had been a success.", "", nil},
		{"a side's media speak for no side", "Osk said Zenda would respond firmly. Zendan media said the missile tests had been a success.", "", nil},
		{"dateline capital after critics: the group owns no official", "STRELSAU - Parliament voted to ban rallies, in a decree that critics said ended any hope of reform. Energy Minister Piet Varn said the dam project would proceed step by step.", "", []string{"ruritania/dam_project/support"}},
		{"opening side after a list of unwatched countries that warned", "LILLIPUT CITY - Zenda's foreign minister on Thursday ruled out new talks. Osk said Zenda would keep the Water Treaty. Brobdingnag, Laputa and Blefuscu have warned they could impose the steel tariffs. Deputy Foreign Minister Piet Varn said such a step would be a strategic mistake.", "", []string{"zenda/water_treaty/support", "zenda/steel_tariffs/oppose"}},
		{"a list of unwatched countries does not hand the official to the speaker before", "LILLIPUT CITY - Parliament met on Friday. Anna Trentino said the talks would resume. Brobdingnag, Laputa and Blefuscu have warned they could impose the steel tariffs. Deputy Foreign Minister Piet Varn said such a step would be a strategic mistake.", "", nil},
		{"one unwatched country before still owns its official", "LILLIPUT CITY - Zenda's foreign minister on Thursday ruled out new talks. Brobdingnag has warned it could impose the steel tariffs. Deputy Foreign Minister Piet Varn said such a step would be a strategic mistake.", "", nil},
		{"an unwatched named group before still owns its official", "STRELSAU - Parliament voted on Tuesday. The Harbour Pilots Guild said the dam project was dangerous. Spokesman Piet Varn said the dam project was a mistake.", "", nil},
		{"but that: a second reported clause", "Osk said talks were still possible, but that any deal would require Sylvania to accept the Water Treaty.", "", []string{"zenda/water_treaty/support"}},
		{"was blunt: the words after a colon", "Firefly, the president, was blunt: the steel tariffs were a disaster.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"it was clear: the writer's words", "Firefly spoke on Monday. It was clear: the steel tariffs were a disaster.", "", nil},
		{"a demonym's document, then it", "The Sylvanian document said the dam project was a threat. It also required Zenda to scrap the steel tariffs.", "", []string{"sylvania/dam_project/oppose", "sylvania/steel_tariffs/oppose"}},
		{"a demonym's memorandum", "Analysts met on Monday. The Sylvanian memorandum called the dam project a threat.", "", []string{"sylvania/dam_project/oppose"}},
		{"a demand someone rejected", "Zenda has demanded that Sylvania scrap the steel tariffs, a demand Sylvania has repeatedly rejected. Energy Minister Piet Varn said the dam project was vital.", "", []string{"zenda/steel_tariffs/oppose", "sylvania/steel_tariffs/support", "zenda/dam_project/support"}},
		{"a proposal someone welcomed", "Zenda has proposed the Water Treaty, a proposal Sylvania welcomed on Monday.", "", []string{"zenda/water_treaty/support", "sylvania/water_treaty/support"}},
		{"a move someone condemned", "Ruritania built the Grand Dam, a move Sylvania condemned.", "", []string{"sylvania/dam_project/oppose"}},
		{"a demand outsiders rejected", "Zenda has demanded that Sylvania scrap the steel tariffs, a demand analysts have rejected.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"a reaction is not to the circumstance", "Zenda signed a pact during the steel tariffs talks, a move Sylvania condemned.", "", nil},
		{"own side among the reported", "Osk said Zenda and Sylvania had agreed to scrap the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"another side reported", "Osk said Sylvania had agreed to scrap the steel tariffs.", "", nil},
		{"said little about", "Zenda and Sylvania, which abstained on the vote, have said little about the dam project.", "", nil},
		{"said little had changed", "Osk said little had changed and the dam project was a threat.", "", []string{"zenda/dam_project/oppose"}},
		{"titled official after a fronted watched place", "Zenda said the steel tariffs were fair. In Strelsau, Energy Minister Piet Varn said the dam project was vital.", "", []string{"zenda/steel_tariffs/support", "ruritania/dam_project/support"}},
		{"fronted watched place but a foreign title", "Zenda said the steel tariffs were fair. In Strelsau, Lilliputian Energy Minister Piet Varn said the dam project was vital.", "", []string{"zenda/steel_tariffs/support"}},
		{"titled official with another demonym", "Zenda said the steel tariffs were fair. Lilliputian Trade Minister Piet Varn said the steel tariffs were unfair.", "", []string{"zenda/steel_tariffs/support"}},
		{"a strike is not the topic", "Workers walked out against the steel tariffs on Monday. Osk said the strike had failed.", "", nil},
		{"it with a past-tense verb after the speaker's clause", "Osk, the minister who sponsored the dam project, said it protected the valley.", "", []string{"zenda/dam_project/support"}},
		{"it with a present-tense verb after the speaker's clause", "Trentino, who has studied the Water Treaty, said it hurts farmers.", "", []string{"sylvania/water_treaty/oppose"}},
		{"own court challenge", "Zenda said it had filed a court challenge against the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"the order for a ban", "A judge ordered the ferry ban on Monday. Osk called the order an attack on free trade.", "", []string{"zenda/ferry_ban/oppose"}},
		{"a resolution calling for", "Zenda adopted a resolution calling for an end to the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"a statement urging", "Sylvania issued a joint statement urging all sides to back the Water Treaty.", "", []string{"sylvania/water_treaty/support"}},
		{"someone else's resolution", "Analysts said the council adopted a resolution calling for the steel tariffs.", "", nil},
		{"tripled costs", "Osk said the ferry ban had tripled transport costs.", "", []string{"zenda/ferry_ban/oppose"}},
		// Rejecting a critic's words defends what they criticised.
		{"rejected the comments, saying", "Freedonia imposed steel tariffs on Monday. Sylvania called the steel tariffs unfair. Freedonia rejected the comments, saying the tariffs were an internal matter.", "", []string{"sylvania/steel_tariffs/oppose", "freedonia/steel_tariffs/support"}},
		{"dismissed the remarks", "Zenda dismissed the remarks, saying the dam project was safe.", "", []string{"zenda/dam_project/support"}},
		// A practical objection is against the topic.
		{"difficult to enforce", "The company said the ferry ban would be difficult to enforce. Sylvania said the ferry ban would be difficult to enforce and urged Zenda to pick another route instead.", "", []string{"sylvania/ferry_ban/oppose"}},
		{"difficult to say is no verdict", "Zenda said it was difficult to say whether the dam project would go ahead.", "", []string{"zenda/dam_project/neutral"}},
		{"without considering is no hedge", "Zenda said it respected the decision but was concerned about the dam project, which had been rushed through without properly considering the evidence.", "", []string{"zenda/dam_project/oppose"}},
		{"wants nothing to do with", "Osk said Zenda wanted nothing to do with the Water Treaty.", "", []string{"zenda/water_treaty/oppose"}},
		{"urged to remove", "Zenda imposed the ferry ban on Monday, citing safety. Sylvania urged Zenda to remove the restrictions.", "", []string{"sylvania/ferry_ban/oppose", "zenda/ferry_ban/support"}},
		{"officials in a capital", "Agriculture officials in Strelsau warned that the ferry ban could push up prices.", "", []string{"ruritania/ferry_ban/oppose"}},
		{"diplomats in a capital", "Diplomats in Strelsau warned that the ferry ban could push up prices.", "", nil},
		{"other officials in a capital", "Lilliputian officials in Strelsau warned that the ferry ban could push up prices.", "", nil},
		// A topic alias spelled out in other order or inflection, in one
		// clause of a sentence that names no topic.
		{"alias reordered and inflected", "Sylvania said it would never accept a deal on access to the sea.", "", []string{"sylvania/sea_access/oppose"}},
		{"alias words across a clause break", "Sylvania said the sea was calm, and access to the port was a deal breaker.", "", nil},
		{"alias noun as a verb", "Osk said Zenda would use the Harbour Act to fine foreign ships.", "", []string{"zenda/harbour_fines/support"}},
		{"country name for its adjective", "Sylvania said the new sanctions on Zenda's grain exports were necessary.", "", []string{"sylvania/grain_sanctions/support"}},
		{"paraphrase in a clause apart from a named topic", "Sylvania imposed sanctions on Zenda's two biggest grain exporters on Monday, as talks on the dam project stalled. Osk said the sanctions were an attack on Zendan farmers.", "", []string{"zenda/grain_sanctions/oppose"}},
		{"country adjective for its name", "Osk said any deployment of troops on Sylvanian soil would be a provocation.", "", []string{"zenda/foreign_troops/oppose"}},
		{"alias spaced by a possessed noun", "Osk said Sylvania's hopes of joining ACME were unrealistic.", "", []string{"zenda/sylvania_in_acme/oppose"}},
		{"alias spaced by a verb", "Osk said Sylvania would not stop Freedonia joining ACME.", "", nil},
		{"head of the modifier", "Zenda said it backed the expansion of the council.", "", []string{"zenda/council_seats/support"}},
		{"head of an actor's name", "Zenda imposed the ferry ban on Monday. Osk added that decisions on Sylvania's membership of ACME were dangerous.", "", []string{"zenda/sylvania_in_acme/oppose"}},
		{"alias without its participle", "Osk said the repeated incursion into Zenda was a crime.", "", []string{"zenda/zenda_incursion/oppose"}},
		{"head between the names the report uses", "Ruritanian jets hit targets near Zenda on Sunday. Osk condemned the raids as a dangerous escalation.", "", []string{"zenda/zenda_raids/oppose"}},
		{"head between names the report does not use", "Jets hit targets near Zenda on Sunday. Osk condemned the raids as a dangerous escalation.", "", nil},
		{"another head after the alias's names", "Osk described the Strelsau meeting as very positive and constructive.", "", []string{"zenda/strelsau_talks/support"}},
		{"another head for troops", "Osk condemned the presence of Sylvanian soldiers near the border.", "", []string{"zenda/sylvanian_troops/oppose"}},
		{"initialism with dots inside an alias", "Osk welcomed the U.N. monitoring mission as a step forward.", "", []string{"zenda/un_monitors/support"}},
		{"possessed referring noun beside a named topic", "Zenda unveiled a ceasefire plan on Monday. Sylvania said Zenda's plan would bring calm because it insisted on output cuts.", "", []string{"sylvania/ceasefire_plan/support", "sylvania/output_cuts/support"}},
		{"the town of a name in an alias", "Osk condemned the strikes on the northern town of Zenda as a crime.", "", []string{"zenda/zenda_strikes/oppose"}},
		{"the situation is no topic", "Sylvania said it would not escalate the situation. Osk had spoken of a life-threatening situation on Monday.", "", nil},
		{"the meeting for talks named before", "Zenda and Sylvania opened border talks on Monday. Osk said the meeting had been held in a positive atmosphere.", "", []string{"zenda/border_talks/support"}},
		{"the meeting, no talks named", "Zenda and Sylvania met on Monday. Osk said the meeting had been held in a positive atmosphere.", "", nil},
		{"alias without its classifying adjective", "Ruritania began large-scale drills around Zenda on Monday. Osk condemned the drills.", "", []string{"zenda/zenda_drills/oppose"}},
		{"head-noun synonym of a reduced alias", "Ruritania staged drills around Zenda on Monday. Sylvania said the manoeuvres were a dangerous provocation.", "", []string{"sylvania/zenda_drills/oppose"}},
		{"compound noun is not dropped", "Osk said the trade pact with Zenda was a mistake.", "", nil},
		{"alias head opening a list", "Sylvania condemned the construction, financing and operation of the dam.", "", []string{"sylvania/dam_project/oppose"}},
		{"alias with an inflected first word", "Freedonia said it would not sign the Water Treaty until Zenda sealed its borders.", "", []string{"freedonia/water_treaty/oppose", "freedonia/port_closure/support"}},
		{"alias words in two clauses", "Osk said Zenda would use the old port law to fine foreign ships, and the Harbour Act would stay.", "", nil},
		// A head noun of a topic refers back over a chain of phrases
		// that refer back to it.
		{"the corridor, then the corridor again", "Engineers drew up a transit corridor through Zenda on Monday. Prices rose. Traders waited. Ships queued. Markets fell. The corridor was studied by engineers. Banks were closed. Ports were shut. Roads were empty. Osk said the corridor would be a threat to Zendan sovereignty.", "", []string{"zenda/trade_corridor/oppose"}},
		{"the corridor, too far back", "Engineers drew up a transit corridor through Zenda on Monday. Prices rose. Traders waited. Ships queued. Markets fell. Engineers were busy. Banks were closed. Ports were shut. Roads were empty. Osk said the corridor would be a threat to Zendan sovereignty.", "", nil},
		// An indefinite head of a topic whose alias's names the report
		// uses; a hyphenated modifier is one modifier.
		{"a truce where its place is named", "Sylvania said it was ready to accept a proposal for an immediate 30-day armistice with Zenda.", "", []string{"sylvania/zenda_truce/support"}},
		{"a truce elsewhere", "Sylvania said it was ready to accept a proposal for an immediate 30-day truce.", "", nil},
		{"after the decision is a date", "Sylvania imposed steel tariffs on Monday. Osk told reporters after the decision that Zenda would study its options.", "", nil},
		// A synonym of an alias's head noun refers back as the head does.
		{"the dialogue for talks", "Zenda and Sylvania held border talks on Monday. Osk said Zenda welcomed the start of the dialogue.", "", []string{"zenda/border_talks/support"}},
		{"the reinstatement for the reimposition", "Zenda announced the reimposition of the grain levy on Monday. Sylvania said the reinstatement was illegal.", "", []string{"sylvania/grain_levy/oppose"}},
		{"the dialogue, no talks named", "Zenda and Sylvania met on Monday. Osk said Zenda welcomed the start of the dialogue.", "", nil},
		{"the project after the corridor", "Zenda imposed steel tariffs in May. Engineers drew up a transit corridor through Zenda on Monday. Prices rose. Traders waited. The corridor was studied by engineers. Ships queued. Osk said the project would be a threat to Zendan sovereignty.", "", []string{"zenda/trade_corridor/oppose"}},
		// A generic alias placed where only other topics are.
		{"generic alias placed elsewhere", "Osk said the plan to end the fighting in Zenda was welcome.", "", nil},
		{"generic alias in its own place", "Osk said the plan to end the fighting in Ruritania was welcome.", "", []string{"zenda/ceasefire_plan/support"}},
		// The company that spoke last.
		{"the company said", "Zenda fined Acme Shipping under the Harbour Act on Monday. Acme Shipping said it would appeal. The company said the fines under the Harbour Act were unfair.", "", nil},
		{"the company said, watched company", "Zenda imposed the ferry ban on Monday. The Dockers said the ferry ban hurt workers. The company said the steel tariffs were unfair.", "", []string{"dockers/ferry_ban/oppose", "dockers/steel_tariffs/oppose"}},
		{"a company spokesperson, an unwatched firm in between", "The Dockers said the ferry ban hurt workers. Zenda also fined Acme Shipping. A company spokesperson said the steel tariffs were unfair.", "", []string{"dockers/ferry_ban/oppose"}},
		{"unfairly", "Osk said the ferry ban was unfairly targeting Zendan sailors.", "", []string{"zenda/ferry_ban/oppose"}},
		// "The attacks" refers back only to a topic named as strikes.
		{"the attacks for strikes", "Ruritania launched strikes on Zenda on Sunday. Osk said the attacks were outrageous.", "", []string{"zenda/zenda_strikes/oppose"}},
		{"the attacks for something else", "Zenda imposed the ferry ban on Monday. Rebels attacked a port on Tuesday. Sylvania said the attacks were cruel.", "", nil},
		// A topic named only inside a condition gets no stance from it.
		{"as a condition for accepting", "Zenda has made it clear that it requires council expansion as a condition for accepting any Water Treaty.", "", []string{"zenda/council_seats/support"}},
		{"in exchange for", "Osk said Zenda would back council expansion in exchange for signing the Water Treaty.", "", []string{"zenda/council_seats/support"}},
		{"before accepting", "Sylvania said it wanted council expansion before accepting the Water Treaty.", "", []string{"sylvania/council_seats/support"}},
		{"condition topic named outside too", "Zenda said the Water Treaty was fair and that it required council expansion as a condition for the Water Treaty.", "", []string{"zenda/water_treaty/support", "zenda/council_seats/support"}},
		// A topic named in other words: a verb form or a synonym of an
		// alias's act or head word beside the alias's name.
		{"verb of a name-first act", "Osk said Ruritania had to withdraw completely.", "", []string{"zenda/ruritanian_withdrawal/support"}},
		{"synonym of the act, spaced name", "Osk said Ruritanian forces must leave the rest of the Tarland region.", "", []string{"zenda/ruritanian_withdrawal/support"}},
		{"act of the name", "Osk demanded the withdrawal of Ruritanian units.", "", []string{"zenda/ruritanian_withdrawal/support"}},
		{"a synonym of a strike, the name another noun's", "Firefly called the raid a flagrant violation of Zenda's sovereignty.", "", nil},
		{"a synonym of a strike, the name a clause's subject", "Firefly said the raid Zenda had feared never came.", "", nil},
		{"a synonym of a strike, then its verdict", "Firefly called the raid on Zenda a flagrant violation of international law.", "", []string{"freedonia/zenda_strikes/oppose"}},
		{"synonym of a strike", "Osk denounced the weekend raid on Zenda as a crime.", "", []string{"zenda/zenda_strikes/oppose"}},
		{"verb of an act noun with its named object", "Osk urged Sylvania to stop forcibly expelling Zendan migrants.", "", []string{"zenda/migrant_expulsions/oppose"}},
		{"verb of an act noun, apart from a named topic", "Osk said the Water Treaty was vital and urged Sylvania to stop expelling Zendan migrants.", "", []string{"zenda/migrant_expulsions/oppose", "zenda/water_treaty/support"}},
		{"verb of an act noun's synonym", "Trentino said the move to restore CORDA sanctions was illegal.", "", []string{"sylvania/corda_sanctions_return/oppose"}},
		{"an act noun spelled out by its agent and infinitive is that act, not the undoing before", "Ruritania suspended the steel tariffs in May. Sylvania backed the decision by Zenda and Freedonia to restore the tariffs.", "", []string{"sylvania/steel_tariffs/support"}},
		{"an act noun spelled out by its infinitive, condemned", "Ruritania suspended the steel tariffs in May. Sylvania condemned the move by Zenda to restore the tariffs.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"such a move is the act just named, judged in a saying clause", "Ruritania threatened to impose steel tariffs on Monday. Osk urged Freedonia to press Ruritania not to go ahead, saying such a move would be a disaster.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"such a step is the act a verb aims at, not a topic in a condition after it", "The talks on the border resumed in May. Ruritania warned that it could impose steel tariffs if the talks failed. Osk said such a step would be a grave mistake.", "", []string{"ruritania/steel_tariffs/oppose", "zenda/steel_tariffs/oppose"}},
		{"the move a party condemns is the act aimed at it, not its own act named since", "Ruritania carried out air strikes on Zenda overnight. Osk said joining CORDA remained Zenda's goal. The Zendan Foreign Ministry called the move a grave provocation.", "", []string{"zenda/zenda_bid/support", "zenda/zenda_strikes/oppose"}},
		{"an act noun whose infinitive names no topic still points back", "Ruritania signed the Water Treaty on Monday. Sylvania welcomed the move to open the border.", "", []string{"sylvania/water_treaty/support"}},
		{"past participle of an act noun's verb is no mention", "Osk said Sylvania had expelled Zendan migrants last year.", "", nil},
		{"pull its troops out of the place", "Osk said Ruritania would not pull its troops out of the parts of the Tarland region it still holds.", "", []string{"zenda/ruritanian_withdrawal/oppose"}},
		{"pull out of the place", "Osk said Ruritania must pull out of Tarland.", "", []string{"zenda/ruritanian_withdrawal/support"}},
		{"pull without out is no withdrawal", "Osk said Ruritania would pull its weight in Tarland.", "", nil},
		{"verb of an act noun without its object", "Firefly said Freedonia would restore order and expel smugglers.", "", nil},
		{"synonym of a penalty head", "Firefly said the restrictions on Zendan grain were unfair.", "", []string{"freedonia/grain_sanctions/oppose"}},
		{"another preposition is another relation", "Osk said the Ruritanian delegation would leave for Tarland on Monday.", "", nil},
		{"an owner is no subject", "Osk said the leaders of Ruritania had to withdraw.", "", nil},
		{"a verb with its own object", "Osk said Ruritania would withdraw the complaint.", "", nil},
		{"an act on the name is not the name's act", "Osk said strikes on Ruritanian positions were justified.", "", nil},
		{"the topic remained a problem", "Firefly said the steel tariffs on Freedonian metals remained a serious problem and that Freedonia would keep talking.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"the topic was no problem", "Firefly said the steel tariffs were not a problem for Freedonian exporters.", "", []string{"freedonia/steel_tariffs/support"}},
		{"the topic was an attempt to shift blame", "Trentino said the steel duties were an attempt to shift blame onto Sylvania for the slump.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"the topic caused indignation", "Trentino said the grain sanctions had caused strong public indignation in Sylvania, and that talks would be hard.", "", []string{"sylvania/grain_sanctions/oppose"}},
		{"the topic ran counter to a policy", "Osk said the naval drills around Zenda had not been announced in advance and ran counter to its policy.", "", []string{"zenda/zenda_drills/oppose"}},
		{"the topic could send the wrong signal", "Osk said the naval drills around Zenda could send the wrong signal to investors.", "", []string{"zenda/zenda_drills/oppose"}},
		{"the topic amounted to a charge", "Trentino said the grain sanctions amounted to legalised theft.", "", []string{"sylvania/grain_sanctions/oppose"}},
		{"the topic under a condition is no subject", "Osk said the steel tariffs would be dropped if the dispute was not settled.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"a warning to others, coordinated", "Osk said the naval drills around Zenda, code-named Storm, were a stern warning to separatist forces and to external interference.", "", []string{"zenda/zenda_drills/support"}},
		{"an act aimed at others", "Osk said the naval drills around Zenda were a punitive and deterrent action against separatist forces.", "", []string{"zenda/zenda_drills/support"}},
		{"concern conveyed to someone about the topic", "Trentino said Sylvania had conveyed its serious concern to Zenda about the naval drills around Zenda.", "", []string{"sylvania/zenda_drills/oppose"}},
		{"no concerns over the topic", "Trentino said Sylvania had no concerns over the naval drills around Zenda.", "", []string{"sylvania/zenda_drills/support"}},
		{"the topic as the means of a harm", "Trentino said any attempt to obstruct peace by imposing steel tariffs was doomed to fail.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"vowed to block the topic", "Osk vowed to block the Water Treaty.", "", []string{"zenda/water_treaty/oppose"}},
		{"vowed to block the topic's act", "Osk has repeatedly vowed to block the signing of the Water Treaty.", "", []string{"zenda/water_treaty/oppose"}},
		{"another trying to block the topic", "Osk said Sylvania was trying to block the Water Treaty.", "", []string{"zenda/water_treaty/support"}},
		{"the topic not up for negotiation", "Firefly said the steel tariffs were not part of any agreement and were not up for negotiation.", "", []string{"freedonia/steel_tariffs/support"}},
		{"the topic sent a signal of support", "Firefly said the Water Treaty sent a strong signal of support to farmers.", "", []string{"freedonia/water_treaty/support"}},
		{"accused another of neglecting the topic", "Osk accused Sylvania of neglecting the Water Treaty.", "", []string{"zenda/water_treaty/support"}},
		{"the topic misused", "Trentino said Freedonia had abused the grain sanctions for years.", "", []string{"sylvania/grain_sanctions/oppose"}},
		{"he is the watched person the sentence since the last speaker is about", "Anna Trentino said the Water Treaty was fair. President Rufus Firefly arrived in Strelsau on Monday. He said the Water Treaty was unfair.", "", []string{"sylvania/water_treaty/support", "freedonia/water_treaty/oppose"}},
		{"he after a fronted time phrase's subject", "Anna Trentino said the Water Treaty was fair. Two days later, Rufus Firefly visited Strelsau. \"The Water Treaty is a disaster,\" he told reporters.", "", []string{"sylvania/water_treaty/support", "freedonia/water_treaty/oppose"}},
		{"a name after an initialism's full stop is no subject of its own", "Anna Trentino said the bond between her and U.S. President Rufus Firefly was good. \"The Water Treaty is a disaster,\" she said.", "", []string{"sylvania/water_treaty/oppose"}},
		{"he is the subject of his own sentence, not the speaker before", "Anna Trentino said the Water Treaty was fair. Rufus Firefly, who took office in May, struck a cautious tone, saying little. \"The Water Treaty is a disaster,\" he said.", "", []string{"sylvania/water_treaty/support", "freedonia/water_treaty/oppose"}},
		{"a span of time fronted without its comma before he", "Rufus Firefly told reporters the grain sanctions were fair. Hours later he wrote on X that the Water Treaty was a disaster.", "", []string{"freedonia/grain_sanctions/support", "freedonia/water_treaty/oppose"}},
		{"later fronted without its comma before he", "Firefly praised the grain sanctions. Later he said the Water Treaty was a disaster.", "", []string{"freedonia/grain_sanctions/support", "freedonia/water_treaty/oppose"}},
		{"a day later fronted without its comma before a name", "A day later Trentino said the Water Treaty was fair.", "", []string{"sylvania/water_treaty/support"}},
		{"an outcome in a closing appositive is what the clause leads to", "The Water Treaty also holds out a possible pathway to steel tariffs, an outcome Firefly has repeatedly rejected.", "", []string{"freedonia/steel_tariffs/oppose"}},
		{"an outcome with nothing led to sums up nothing", "The Water Treaty holds out steel tariffs, an outcome Firefly has repeatedly rejected.", "", nil},
		{"the speaker's own naming relative inside its content is its own verdict", "Osk said Zenda had discussed the steel tariffs, which she called an injustice, with Trentino.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"whom she described as invaders inside the content", "Osk said Zenda had discussed the Sylvanian troops, whom she described as invaders, with Trentino.", "", []string{"zenda/sylvanian_troops/oppose"}},
		{"which it describes as unlawfully issued", "Osk said Zenda would not be bound by the Tribunal ruling, which it describes as unlawfully issued.", "", []string{"zenda/tribunal_ruling/oppose"}},
		{"glad a topic called an injustice was lifted", "Osk said Zenda was glad that the steel tariffs, which she called an injustice, had been lifted.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"which X condemned: the reaction is to the noun phrase before the comma", "Ruritania imposed steel tariffs, which Zenda condemned as a provocation and blamed on Freedonia.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"which X welcomed as overdue", "Ruritania imposed steel tariffs, which Zenda welcomed as overdue.", "", []string{"zenda/steel_tariffs/support"}},
		{"which X opposed after a name that is not the topic", "Ruritania signed the Water Treaty with Sylvania, which Zenda has long opposed.", "", nil},
		{"another watched party's reaction in a relative clause inside the content", "Firefly said Freedonia would sign the Water Treaty, which Osk has condemned as a trap.", "", []string{"freedonia/water_treaty/support", "zenda/water_treaty/oppose"}},
		{"another watched party's welcome in a relative clause inside the content", "Firefly said Freedonia would sign the Water Treaty, which Osk welcomed.", "", []string{"freedonia/water_treaty/support", "zenda/water_treaty/support"}},
		{"a present-tense gloss in a relative clause is no reaction", "Firefly said Freedonia would sign the Water Treaty, which Osk backs.", "", []string{"freedonia/water_treaty/support"}},
		{"which he called: the verdict is on the noun phrase before the comma", "Rufus Firefly visited the dam project, which he called a disaster.", "", []string{"freedonia/dam_project/oppose"}},
		{"which he called after the sentence's own subject", "Trentino said the Water Treaty was fair. Rufus Firefly signed the Water Treaty, which he called a disaster.", "", []string{"sylvania/water_treaty/support", "freedonia/water_treaty/oppose"}},
		{"he after two people in his own sentence is either", "Trentino said the Water Treaty was fair. Rufus Firefly met Trentino to discuss the steel tariffs, which he called a mistake.", "", []string{"sylvania/water_treaty/support"}},
		{"a watchlist surname is a person", "Anna Trentino backed the Water Treaty. Rufus Firefly arrived. Trentino arrived on Monday. She said the steel tariffs were a mistake.", "", []string{"sylvania/water_treaty/support", "sylvania/steel_tariffs/oppose"}},
		{"a second relative clause draws a reaction from another", "Zenda held missile tests on Wednesday, the second day of drills that Fredville denounced as reckless and that drew sharp criticism from Sylvania.", "", []string{"freedonia/missile_tests/oppose", "sylvania/missile_tests/oppose"}},
		{"the agency is the unwatched agency named before, not the speaker before it", "Sylvania condemned the Water Treaty. Freedonia imposed the duties, according to the Harbour Safety Agency. The agency said the steel tariffs were fair.", "", []string{"sylvania/water_treaty/oppose"}},
		{"an unwatched subject since still blocks he", "Anna Trentino said the Water Treaty was fair. Rufus Firefly met Karl Bauer. Karl Bauer arrived on Monday. He said the Water Treaty was unfair.", "", []string{"sylvania/water_treaty/support"}},
		{"a possessive phrase of time inside an appositive is no clause of its own", "Firefly defended his order, signed hours after his inauguration, to impose tariffs on steel.", "", []string{"freedonia/steel_tariffs/support"}},
		{"a vowed response to the topic opposes it", "Osk vowed to respond to the steel tariffs.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"a pledge to retaliate against the topic opposes it", "Osk pledged to retaliate against the grain sanctions.", "", []string{"zenda/grain_sanctions/oppose"}},
		{"a count after an alias's preposition", "Osk condemned the sanctions on 12 Zendan banks.", "", []string{"zenda/zendan_bank_sanctions/oppose"}},
		{"the measures for the nearest sanctions, not an older alias that says measures", "Ruritania said it was studying the measures on Sylvanian ports. Separately, Freedonia imposed sanctions on three Zendan banks. Osk denounced the measures as illegal.", "", []string{"ruritania/port_measures/neutral", "zenda/zendan_bank_sanctions/oppose"}},
		{"a decision called unfortunate is opposed", "Freedonia imposed the steel tariffs on Monday. Trentino called the decision \"really unfortunate\" and said Sylvania would stay the course.", "", []string{"sylvania/steel_tariffs/oppose"}},
		{"a date after a demanded thing is its date, not the demand's", "Osk has demanded border talks in 2025 and accused Ruritania of stalling.", "", []string{"zenda/border_talks/support"}},
		{"a date right after the demand still dates it", "Osk demanded in March that Ruritania join the border talks.", "", nil},
		{"a consequence singled out by only after a modal is a charge against the subject", "Osk said the steel tariffs would only make bread more expensive for families.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"a second predicate singled out by only", "Osk said the steel tariffs were unfair and would only reward smugglers.", "", []string{"zenda/steel_tariffs/oppose"}},
		{"only before a condition is no charge", "Osk said the dam project would only go ahead if Ruritania paid for it.", "", []string{"zenda/dam_project/support"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := news.Document{ID: "t", Text: tc.text, DefaultActor: tc.def}
			var got []string
			for _, s := range r.Extract(doc) {
				got = append(got, fmt.Sprintf("%s/%s/%s", s.Actor, s.Topic, s.Stance))
				if !strings.Contains(tc.text, s.Evidence) || s.Evidence == "" {
					t.Errorf("evidence %q is not a sentence of the text", s.Evidence)
				}
			}
			slices.Sort(got)
			want := slices.Clone(tc.wants)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got %v, want %v\ntext: %s", got, want, tc.text)
			}
		})
	}
}

// TestSpeakerIsANounPhrase checks the speaker text of every statement on
// the dev and held-out sets: a short noun phrase (the subject; at most ten
// words, as titles run long), never a clause with a finite verb in it.
func TestSpeakerIsANounPhrase(t *testing.T) {
	finite := map[string]bool{}
	for _, w := range strings.Fields(`is was are were has have had will would says said tells told argues
		argued adds added states stated claims claimed warns warned insists insisted rejects rejected
		accuses accused denies denied urges urged calls called wants wanted`) {
		finite[w] = true
	}
	sets := []struct{ watchlist, gold string }{
		{"testdata/watchlist.yaml", "testdata/dev.jsonl"},
		{"testdata/heldout.yaml", "testdata/heldout.jsonl"},
		{"testdata/heldout2.yaml", "testdata/heldout2.jsonl"},
		{"testdata/heldout3.yaml", "testdata/heldout3.jsonl"},
		{"testdata/heldout4.yaml", "testdata/heldout4.jsonl"},
		{"testdata/heldout5.yaml", "testdata/heldout5.jsonl"},
		{"testdata/heldout6.yaml", "testdata/heldout6.jsonl"},
		{"testdata/heldout7.yaml", "testdata/heldout7.jsonl"},
		{"testdata/heldout8.yaml", "testdata/heldout8.jsonl"},
		{"testdata/heldout9.yaml", "testdata/heldout9.jsonl"},
		{"testdata/heldout10.yaml", "testdata/heldout10.jsonl"},
		{"testdata/heldout11.yaml", "testdata/heldout11.jsonl"},
		{"testdata/heldout12.yaml", "testdata/heldout12.jsonl"},
		{"testdata/heldout13.yaml", "testdata/heldout13.jsonl"},
		{"testdata/heldout14.yaml", "testdata/heldout14.jsonl"},
		{"testdata/heldout15.yaml", "testdata/heldout15.jsonl"},
		{"testdata/heldout16.yaml", "testdata/heldout16.jsonl"},
	}
	n := 0
	for _, set := range sets {
		r, err := extract.NewRules(loadWatchlist(t, set.watchlist))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range readGold(t, set.gold) {
			for _, s := range r.Extract(d.Document) {
				n++
				words := strings.Fields(s.Speaker)
				if len(words) == 0 || len(words) > 10 {
					t.Errorf("%s %s/%s: speaker %q is not a short noun phrase", d.ID, s.Actor, s.Topic, s.Speaker)
					continue
				}
				for _, w := range words {
					if w = strings.Trim(w, `,.;:"“”`); finite[w] {
						t.Errorf("%s %s/%s: speaker %q holds the verb %q", d.ID, s.Actor, s.Topic, s.Speaker, w)
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no statements at all")
	}
}

// TestTitleContext: the headline is context for a phrase that refers back
// (never evidence).
func TestTitleContext(t *testing.T) {
	r, err := extract.NewRules(loadWatchlist(t, "testdata/invented.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, title, text string
		wants             []string
	}{
		{"generic noun before any topic", "Sylvania unveils dam project", "Freedonia said the plan was reckless.", []string{"freedonia/dam_project/oppose"}},
		{"head noun of one topic", "Zenda tests a new missile launch system", "Ruritania said the launch was a provocation.", []string{"ruritania/missile_tests/oppose"}},
		{"no title, no referent", "", "Freedonia said the plan was reckless.", nil},
		{"the freeze of a topic that undoes nothing is the topic held up", "Zendan parliament freezes approval of Water Treaty", "Osk said the freeze would stay in place until the threats were withdrawn.", []string{"zenda/water_treaty/oppose"}},
		{"the freeze of a freeze topic is the topic", "Sylvania extends the ferry ban", "Sylvania extended the ferry ban on Monday. Osk said the freeze was a relief.", []string{"zenda/ferry_ban/support"}},
		{"title names two topics", "Dam project and steel tariffs on agenda", "Freedonia said the plan was reckless.", nil},
		{"the measures for the headline's one penalty topic", "Sylvania imposes grain sanctions as Zenda presses on with dam project", "Sylvania acted on Monday. Prices rose in Strelsau. Traders waited. Ships queued. Freedonia welcomed the Sylvanian measures, calling them a strong signal.", []string{"freedonia/grain_sanctions/support"}},
		{"the measures, headline with two penalty topics", "Sylvania imposes grain sanctions and Freedonia steel tariffs", "Sylvania acted on Monday. Prices rose in Strelsau. Traders waited. Ships queued. Ruritania welcomed the measures, calling them a strong signal.", nil},
		{"announcements go to the headline's topic", "Freedonia and Zenda agree Water Treaty", "Freedonia and Zenda said they had agreed on the Water Treaty. Zenda said steel tariffs were a separate matter. ACME welcomed the announcements.", []string{"acme/water_treaty/support", "freedonia/water_treaty/support", "zenda/steel_tariffs/support", "zenda/water_treaty/support"}},
		{"the signing goes to the headline's topic", "Freedonia and Zenda sign Water Treaty", "Freedonia and Zenda signed the Water Treaty on Monday. Prices rose. Traders waited. Ships queued. ACME welcomed the signing as a milestone.", []string{"acme/water_treaty/support"}},
		{"announcement goes to the headline's topic", "Freedonia and Zenda agree Water Treaty", "Freedonia and Zenda said they had agreed on the Water Treaty. Zenda said steel tariffs were a separate matter. ACME welcomed the announcement.", []string{"acme/water_treaty/support", "freedonia/water_treaty/support", "zenda/steel_tariffs/support", "zenda/water_treaty/support"}},
		{"headline's topic in other words", "Sylvania hits Zendan grain with new sanctions", "Zenda said the new sanctions were an attack on its farmers.", []string{"zenda/grain_sanctions/oppose"}},
		{"bare head after a verb that takes a side", "Sylvania hits Zendan grain with new sanctions", "Osk said Zenda had always opposed unilateral sanctions.", []string{"zenda/grain_sanctions/oppose"}},
		{"bare head before a phrase that refers back", "Sylvania hits Zendan grain with new sanctions", "Sylvania imposed sanctions on Zendan grain. Asked about the measures, Osk said Zenda had always opposed unilateral sanctions.", []string{"zenda/grain_sanctions/oppose"}},
		{"bare head, no topic in the story", "", "Osk said Zenda had always opposed unilateral sanctions.", nil},
		{"bare head after another verb", "Sylvania hits Zendan grain with new sanctions", "Osk said Zenda would study unilateral sanctions.", nil},
		{"the breakthrough", "Freedonia and Zenda agree Water Treaty", "Freedonia and Zenda said they had agreed on the Water Treaty. Zenda said steel tariffs were a separate matter. ACME welcomed the breakthrough.", []string{"acme/water_treaty/support", "freedonia/water_treaty/support", "zenda/steel_tariffs/support", "zenda/water_treaty/support"}},
		{"headline head noun, place named in the report", "Sylvania backs proposal for 30-day armistice", "Zenda said it would take the offer to its allies. ACME welcomed the outcome.", []string{"acme/zenda_truce/support", "zenda/zenda_truce/support"}},
		{"headline head noun, place not named", "Sylvania backs proposal for 30-day armistice", "ACME welcomed the outcome.", nil},
		{"headline verb in another clause", "Firefly calls talks a 'dead end' as steel tariffs near return", "Ruritania triggered the steel tariffs in August. Anna Trentino has welcomed the Ruritanian decision, calling it a response to unfair trade.", []string{"sylvania/steel_tariffs/support"}},
		{"headline verb undoes the topic", "Zenda drops steel tariffs", "Zenda said on Monday it would drop the steel tariffs. Anna Trentino welcomed the decision.", []string{"sylvania/steel_tariffs/oppose", "zenda/steel_tariffs/oppose"}},
		{"an act of armed aggression for the headline's act of armed force", "Freedonia begins naval blockade of Sylvania", "Osk condemned what it called an act of armed aggression against a sovereign state.", []string{"zenda/sylvania_action/oppose"}},
		{"an act of aggression, headline with no act of force", "Zenda drops steel tariffs", "Osk condemned what it called an act of aggression against a sovereign state.", nil},
		{"troops that remain oppose their withdrawal", "Ruritania keeps troops at hilltop posts as withdrawal deadline passes", "Ruritanian units held five hilltop posts in Tarland on Tuesday. Rassendyll told reporters the troops would remain at the posts to protect residents.", []string{"ruritania/ruritanian_withdrawal/oppose"}},
		{"troops that will not remain back their withdrawal", "Ruritania keeps troops at hilltop posts as withdrawal deadline passes", "Ruritanian units held five hilltop posts in Tarland on Tuesday. Rassendyll told reporters the troops would not remain at the posts beyond March.", []string{"ruritania/ruritanian_withdrawal/support"}},
		{"the headline's topic by its head before the text names any topic", "Sylvania lifts grain sanctions on Zenda", "Sylvania said on Monday it was lifting the last of the sanctions. Osk welcomed the move.", []string{"sylvania/grain_sanctions/oppose", "zenda/grain_sanctions/oppose"}},
		{"measures do not go to the headline", "Freedonia agrees Water Treaty", "Zenda imposed steel tariffs. Freedonia said the measures were reckless.", []string{"freedonia/steel_tariffs/oppose"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := news.Document{ID: "t", Title: tc.title, Text: tc.text}
			var got []string
			for _, s := range r.Extract(doc) {
				got = append(got, fmt.Sprintf("%s/%s/%s", s.Actor, s.Topic, s.Stance))
				if !strings.Contains(tc.text, s.Evidence) {
					t.Errorf("evidence %q is not from the text", s.Evidence)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.wants) {
				t.Errorf("got %v, want %v", got, tc.wants)
			}
		})
	}
}

// TestHeadNounPicksItsMention: when two topics share a head noun ("the
// tariffs" heads "tariffs on steel" and "retaliatory tariffs"), a
// referring phrase goes back to the mention that uses the word.
func TestHeadNounPicksItsMention(t *testing.T) {
	w := &news.Watchlist{
		Actors: []news.Actor{{ID: "alpha", Aliases: []string{"Alphaland"}}, {ID: "beta", Aliases: []string{"Betaland"}}},
		Topics: []news.Topic{
			{ID: "steel_tariffs", Aliases: []string{"tariffs on steel"}},
			{ID: "countermeasures", Aliases: []string{"countermeasures", "retaliatory tariffs"}},
		},
	}
	r, err := extract.NewRules(w)
	if err != nil {
		t.Fatal(err)
	}
	doc := news.Document{ID: "t", Text: "Alphaland imposed tariffs on steel. Betaland promised countermeasures. Alphaland defended the tariffs."}
	var got []string
	for _, s := range r.Extract(doc) {
		got = append(got, fmt.Sprintf("%s/%s/%s", s.Actor, s.Topic, s.Stance))
	}
	slices.Sort(got)
	if want := []string{"alpha/steel_tariffs/support", "beta/countermeasures/support"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestHeadlineReferences checks phrases that point back to the story's
// own act, named in the headline: "the outcome" of talks goes to the
// headline's topic when the text named it before.
func TestHeadlineReferences(t *testing.T) {
	r, err := extract.NewRules(loadWatchlist(t, "testdata/invented.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, title, text string
		wants             []string
	}{
		{"outcome of the talks", "Talks on the Water Treaty end without a deal",
			"Delegates failed to agree the Water Treaty on Friday. Sylvania, which had pushed hardest for a deal, called the outcome a missed opportunity.",
			[]string{"sylvania/water_treaty/support"}},
		{"the move after a headline that blocks", "Freedonia blocks the Grand Dam",
			"Officials announced the order on Friday. Zenda, which had opposed the dam project from the start, welcomed the move.",
			[]string{"zenda/dam_project/oppose"}},
		{"the attacks for the headline's one topic of attack", "Sylvania says Tarland truce is over after strikes on Zenda",
			"Fighting resumed on Friday. Osk said in a statement that the bombs had fallen on homes, and condemned the attacks.",
			[]string{"zenda/zenda_strikes/oppose"}},
		{"the sinkings for a topic of attack named before", "Strikes on Zenda resume",
			"Ruritania resumed air strikes on Zenda on Monday. Firefly described the sinkings as a violation of the law, and said Freedonia would sign the Water Treaty.",
			[]string{"freedonia/water_treaty/support", "freedonia/zenda_strikes/oppose"}},
		{"the raid for a topic of attack named before", "Zenda counts the cost",
			"Ruritania launched air strikes on Zenda on Monday. Firefly defended the raid on Tuesday, and said Freedonia would act again.",
			[]string{"freedonia/zenda_strikes/support"}},
		{"the raid with no topic of attack in view", "Police search offices in Tarland",
			"Police searched the offices of a newspaper on Monday. Firefly defended the raid on Tuesday.",
			nil},
		{"a head of one of two headline topics", "Ruritania stages naval drills around Zenda after steel tariffs",
			"Sylvania imposed steel tariffs on Monday. Osk said the drills were a reckless provocation.",
			[]string{"zenda/zenda_drills/oppose"}},
		{"a head another headline topic also uses", "Freedonia backs delay of the Water Treaty as dam project stalls",
			"Work stopped on Monday. Osk said the treaty was unfair.",
			nil},
		{"the attacks with two topics of attack in the headline", "Strikes on Zenda and Ruritanian raids on Zenda go on",
			"Osk said in a statement that the bombs had fallen on homes, and condemned the attacks.",
			nil},
		{"condemned what it called X: the headline's topic named last", "Ruritania stages naval drills around Zenda",
			"Warships took part in the naval drills around Zenda on Monday. Osk condemned what he called reckless provocations.",
			[]string{"zenda/zenda_drills/oppose"}},
		{"condemned what it called X: a topic the headline does not name", "Tension rises near Zenda",
			"Warships took part in the naval drills around Zenda on Monday. Osk condemned what he called reckless provocations.",
			nil},
		{"outcome with no headline topic", "Talks end without a deal",
			"Delegates met on Friday. Sylvania called the outcome a missed opportunity.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range r.Extract(news.Document{ID: "t", Title: tc.title, Text: tc.text}) {
				got = append(got, fmt.Sprintf("%s/%s/%s", s.Actor, s.Topic, s.Stance))
			}
			slices.Sort(got)
			want := slices.Clone(tc.wants)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}

// TestDerivedDemonyms: the adjective of a watched place name, before a
// role noun, names the actor ("the Philippine foreign ministry"), though
// no alias spells it.
func TestDerivedDemonyms(t *testing.T) {
	w := &news.Watchlist{
		Actors: []news.Actor{
			{ID: "marovia", Aliases: []string{"Marovia", "Marov City"}},
			{ID: "kardany", Aliases: []string{"Kardany"}},
			{ID: "tesslines", Aliases: []string{"Tesslines"}},
			{ID: "vorna", Aliases: []string{"Vorna"}},
		},
		Topics: []news.Topic{{ID: "steel_tariffs", Aliases: []string{"steel tariffs"}}},
	}
	r, err := extract.NewRules(w)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		wants      []string
	}{
		{"ia adds n", "The Marovian foreign ministry said the steel tariffs were illegal.", []string{"marovia/steel_tariffs/oppose"}},
		{"y drops", "Kardan officials said the steel tariffs were illegal.", []string{"kardany/steel_tariffs/oppose"}},
		{"es drops s", "The Tessline foreign ministry said the steel tariffs were illegal.", []string{"tesslines/steel_tariffs/oppose"}},
		{"a becomes ese", "The Vornese foreign ministry said the steel tariffs were illegal.", []string{"vorna/steel_tariffs/oppose"}},
		{"not before a role noun", "Marovian analysts said the steel tariffs were illegal.", nil},
		{"another word", "The Marovan foreign ministry said the steel tariffs were illegal.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range r.Extract(news.Document{ID: "t", Text: tc.text}) {
				got = append(got, fmt.Sprintf("%s/%s/%s", s.Actor, s.Topic, s.Stance))
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.wants) {
				t.Errorf("got %v, want %v", got, tc.wants)
			}
		})
	}
}

// TestRoleSpeakerNotTheObject: a role or group speaker ("alliance
// officials") is never the actor its sentence names only as a
// destination or an object; it goes to a speaker before it, the
// headline's speaker, or no one. A modifier that is the noun of one
// actor's alias ("the alliance") names that actor; of two, neither.
func TestRoleSpeakerNotTheObject(t *testing.T) {
	watchlist := func(allianceOf ...news.ActorID) *news.Watchlist {
		w := &news.Watchlist{
			Actors: []news.Actor{
				{ID: "ruritania", Aliases: []string{"Ruritania"}},
				{ID: "freedonia", Aliases: []string{"Freedonia"}},
				{ID: "sylvania", Aliases: []string{"Sylvania"}},
			},
			Topics: []news.Topic{{ID: "canal_tolls", Aliases: []string{"canal tolls"}}},
		}
		for i := range w.Actors {
			if slices.Contains(allianceOf, w.Actors[i].ID) {
				w.Actors[i].Aliases = append(w.Actors[i].Aliases, "the alliance")
			}
		}
		return w
	}
	shared := watchlist("ruritania", "sylvania")
	sole := watchlist("sylvania")
	const onTheirWay = "The first canal tolls collected under a new joint scheme are on their way to Freedonia, alliance officials said on Wednesday."
	tests := []struct {
		name, title, text string
		w                 *news.Watchlist
		wants             []string
	}{
		{"destination, headline speaker", "Ruritania says first canal tolls are reaching Freedonia", onTheirWay, shared,
			[]string{"ruritania/canal_tolls/support"}},
		{"destination, no headline speaker", "First canal tolls reach Freedonia", onTheirWay, shared, nil},
		{"destination, modifier names one actor", "First canal tolls reach Freedonia", onTheirWay, sole,
			[]string{"sylvania/canal_tolls/support"}},
		{"destination, bare officials", "First canal tolls reach Freedonia",
			"The first canal tolls collected under a new joint scheme are on their way to Freedonia, officials said on Wednesday.", shared, nil},
		{"object of a verb", "",
			"The canal tolls will help Freedonia rebuild its ports, the ministry said.", shared, nil},
		{"beneficiary after for", "",
			"The canal tolls are a lifeline for Freedonia, diplomats said.", shared, nil},
		{"subject of the clause", "",
			"Freedonia will keep the canal tolls, the ministry said.", shared,
			[]string{"freedonia/canal_tolls/support"}},
		{"earlier speaker wins over the object", "",
			"Ruritania said on Monday it would keep the canal tolls. The canal tolls are vital for Freedonia, officials said.", shared,
			[]string{"ruritania/canal_tolls/support"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := extract.NewRules(tc.w)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range r.Extract(news.Document{ID: "t", Title: tc.title, Text: tc.text}) {
				got = append(got, fmt.Sprintf("%s/%s/%s", s.Actor, s.Topic, s.Stance))
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.wants) {
				t.Errorf("got %v, want %v", got, tc.wants)
			}
		})
	}
}
