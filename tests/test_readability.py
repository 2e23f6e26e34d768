"""The context model: each rule of `readability.RULES` on sentences written for it, and what a
summary needs around a sentence that leans on another."""

from __future__ import annotations

import pytest
from helpers import Counted
from test_features import make_story

from newsbrief.model import Story
from newsbrief.readability import RULES, Need, dangling_count, needs, requirements


def story_needs(story: Story) -> list[Need | None]:
    """`needs` of a story's sentences, told whether the story lost its case, as a brief does."""
    return needs(story.sentences, story.caseless)


LEAD = "The city council voted on Monday to close the old harbour bridge for repairs."

# rule name -> (sentences after LEAD it must fire on, sentences after LEAD it must leave alone)
CASES: dict[str, tuple[list[str], list[str]]] = {
    "quote-continues": (["“We will reopen it in the spring. It is safe,” she said."], []),
    "quote-unattributed": (
        [
            "“The repairs are on schedule.”",
            "“Fine.” Then the mayor left.",
            '"The ferry is late, "and the bridge is closed for the whole winter."',
            "“” The ferry is free for all drivers.",
        ],
        [
            "“The repairs are on schedule,” the mayor said.",
            "“The repairs are on schedule,” explains engineer Ann Lee.",
            "“The repairs are on schedule,” the mayor tweeted.",
            # the quotation closes and the sentence goes on: a title as its subject, or a speaker
            "“Harbour Lights” is the best-known film about the old bridge.",
            "“The repairs are on schedule,” crowed engineer Ann Lee at the meeting.",
        ],
    ),
    # after the quotation "“Is the bridge safe?”" (see `_need_of`)
    "attribution-after-quotation": (
        ["Mayor Ann Lee asked at the meeting.", "The engineer shouted across the hall."],
        ["“It is not safe,” the engineer said.", "The council voted on Tuesday to close it."],
    ),
    "answer-after-question": (["When will the bridge reopen? Officials expect it by March."], []),
    # context49: a pronoun, the subject, after an opening a negative adverb inverts
    "inverted-pronoun": (
        ["Little did she know the bridge would fall.", "Never had they seen such cracks in the pillars."],
        ["Never had the council seen such cracks.", "Little was known about the pillars."],
    ),
    # context54: one of the parts the sentences before announced
    "ordinal-part": (
        ["In the first, 30 drivers crossed the bridge.", "Of the latter, most took the ferry."],
        ["In the first week, 30 drivers crossed the bridge.", "First, the council will hire an engineer."],
    ),
    # context54: a quotation opening on a third person's pronoun after its attribution
    # context55: a pronoun of one person past the first word, no name or person noun before it
    "inner-pronoun": (
        [
            "The success of her book made the ferry famous.",
            "A backpack that belonged to him was found on Tuesday.",
            "The report into her death was late.",
            # context56: plural people cannot be whom "his" or "her" stands for
            "The drivers said his car was late.",
            "The ferry's owners described her as a dedicated engineer.",
            # context56: a first word of ordinary English opens no name ("Ultimately", "Neighbors")
            "Ultimately the ferry's delay hurt her business.",
            "Neighbors describe him as violent.",
            "Drivers said his car was late.",  # plural people: not whom "his" means (context55 had it alone)
        ],
        [
            "A woman left her car on the road.",
            "The driver said his car was late.",
            "Each driver said his car was late.",
            "Following her partner's death, Ann Lee sold the ferry.",
            "Surely if a ruling goes against him, that shows Lee's case was weak.",
            "“The success of her book was great,” drivers said.",
            "The size of his victory strengthens Cardoso's hand.",
            "At the time of his arrest, Johnson had two tickets.",
        ],
    ),
    # context55: a first-person sentence of a statement a sentence before introduced (see the test below)
    "first-person-block": (["We apologize for the delay."], ["We all know the ferry is late."]),
    "quoted-pronoun": (
        [
            'Engineer Ann Lee said: "She was right about the pillars."',
            "The mayor says, “They never checked.”",
        ],
        [
            'Engineer Ann Lee said: "We were right about the pillars."',
            'Asked about the mayor, Ann Lee said, "She was right."',
        ],
    ),
    "enumeration": (
        [
            "First, the council will hire an engineer.",
            "That preparation should take three forms.",
            # session 43: a part counted, one of the things announced, a list's item
            "Number two is the ferry, and number three is the bridge.",
            "One would create 500 new ferry passes for students.",
            "The other would close the bridge at night.",
            "Information about the ferries you have taken;",
        ],
        [
            "The first engineer arrived in March with a team.",
            "First reactions to the vote were calm.",
            "One would think the ferry is free.",
            "One of the ferries would sail at night.",
            "The number of ferries will double.",
        ],
    ),
    "pronoun-or-connective-opening": (
        [
            "He said the vote was close.",
            "It was found on Friday.",
            "But drivers were angry.",
            "There, the council met the engineers.",
            "This angered the drivers.",
            "These were the worst floods in memory.",
            "Others said the ferry was late.",  # context56: the rest of a group told before
            "Others, wearing yellow jackets, walked the streets.",
        ],
        [
            # context60: the reader's present and country (issue 16's leads)
            "These days, drivers take the ferry.",
            "These United States need more bridges, the senator said.",
            # context49: "Other than" is "except", no other one told before
            "Other than the ferry, drivers have no way across.",
            "There's some good news for drivers: the ferry will be free.",
            "There are two ferries.",
            # "this week" is the reader's present, not a time told before
            "This week, the council approved a free ferry across the harbour.",
            "This year the ferry will run all night.",
            "This time around, drivers will pay no toll.",
            "This past weekend, the ferry carried 2,000 drivers.",
            # an "it" that tells the time points back at nothing
            "It's Friday afternoon, and two drivers are waiting at the ferry.",
            "It was 3 a.m. when the ferry left.",
        ],
    ),
    "connective-opening": (
        [
            "In addition to the toll, i.e.",  # context49: a fragment after the phrase
            "Later, the council met the engineers.",
            "Elsewhere, a ferry began service.",
            "Meantime, the council says it will pay for the repairs.",  # context59
            "Over on the mayor's page, the council posted its plans.",
            "Earlier that day, the council met the engineers.",
            "As the mayor hinted, the ferry will be free.",
            "Prior to that, the engineer served 13 years in the navy.",
            "On that day two engineers were detained.",
            "By then, the ferry was full.",
            "For that reason the council met again.",
            "As you were saying, that is not true.",
            # brief39 (session 39): a time, a claim or a denial told before
            "All the while, the engineers looked on calmly.",
            "In the meantime, the ferry runs every hour.",
            "In other words, the bridge is unsafe.",
            "Specifically, they measured the cracks in the pillars.",
            "Nor does the ferry carry trucks.",
            "Either way, the bridge stays closed until March.",
            # brief40 (session 40): granting, weighing or denying what was told before
            "Of course, the ferry was always the slowest way across.",
            "At best, the repairs are half done.",
            "At worst, the bridge stays shut all winter.",
            "On the contrary, the engineers found the pillars sound.",
            # context48: so far, in what the sentences before told
            "Already, three parties are calling for a ferry.",
            # brief41 (session 41): a time counted from an event told before
            "A week later, the ferry broke down.",
            "Two hours later, the engineers left.",
            "The next morning, the council met again.",
            "Conversely, the ferry made money.",
        ],
        [
            # context49: "In addition to" has its own object
            "In addition to the toll, drivers pay for parking.",
            "Specifically designed ferries will carry the trucks.",
            "Later this week, the council meets the engineers.",
            "Next week the council meets the engineers.",
            "The later ferry was full.",
            "Over at least two decades, the council repaired the bridge twice.",
            "As prices rose, analysts warned of a slowdown.",
            "On Thursday the council met the engineers.",
            "By thermal imaging, engineers found the cracks.",
            "For thatched roofs, the council pays half.",
            # the time is the reader's present, as "This week"
            "Earlier this week, the council approved a free ferry across the harbour.",
            "Later this year the ferry will run all night.",
            # a connective ends at its word's end (review39, session 39)
            "Plush toys sold out at the ferry terminal.",
            "Seen from the harbour, the bridge looks whole.",
            "Northern towns opened a second ferry.",
            "Earlier today the mayor closed the bridge.",
            "At least ten drivers waited for the ferry.",
            "Of course the ferry runs on Sundays, the mayor said.",  # no comma: a plain "of course" inside
        ],
    ),
    "pronoun-attribution": (
        ["“The ferry is ready,” he said on Tuesday.", "“We will not let them close it,” she emphasized."],
        ["“The ferry is ready,” Mayor Ann Lee said.", "“We will not let them close it,” Ann Lee emphasized."],
    ),
    "pronoun-before-name": (
        [
            "With each vote, she gained support from the residents.",
            "After protests, she kept the bridge closed.",
            "In a letter to Governor Ann Lee, he called for a ferry.",
            "At 5 p.m. he closed the bridge.",  # a clock time is no noun phrase
        ],
        [
            "Mayor Ann Lee said her office would pay for the ferry.",
            "A woman pushed a man to his death.",
            "Arias says she was fired.",
            "After Ann Lee saw the cracks, she closed the bridge.",
            # a counted or aged noun phrase before the pronoun is what it stands for
            "About 200 drivers spent two nights stranded in their cars.",
            "A 42-year-old engineer who says he saw the cracks spoke to the council.",
            # session 45, cataphora-name: a name opens the clause after the fronted phrase the pronoun is in
            "In her first speech as mayor, Ann Lee promised a free ferry.",
            "His car stalled on the bridge, Tom Reed walked the last mile home.",
            "In the midst of his first week in office, Reed’s deputy closed the bridge.",
            # ampersand-name: "At&t" and "AT&T" are names, not the preposition "At"
            "At&t says it will finish the bridge by June.",
            "AT&T said it would appeal the ruling on the bridge.",
        ],
    ),
    "demonstrative-that": (
        [
            "Engineer Ann Lee says that didn't happen.",
            "The mayor said that is the reason the ferry is free.",
            "“I think that was because the pillars were old,” the engineer said.",
            "Bids for that are now around $400.",  # brief40: a preposition's "that" before a verb
        ],
        [
            "The mayor said that the ferry would be free.",  # "that" opens the clause: its subject follows
            "The engineers found a crack that was two metres long.",  # a relative "that" after a noun
            "Officials believe that drivers will use the ferry.",
            "Drivers paid for that ferry ticket twice.",  # "that" before its noun
            "The cost of repairs that are needed will rise.",  # a relative "that" after a noun
        ],
    ),
    "that-noun": (
        [
            "Residents marched into that meeting to protest the closure.",
            "The pillars gave way at that point, the engineer said.",
            "The ferry was free for most of that winter.",
            "Before the floods, that choice would have been applauded.",  # an opening phrase, its subject
            "Now, that ferry has been left without a captain.",
        ],
        [
            "Drivers, cyclists and walkers crossed, in that order.",
            "The ferry was not free, nor cheap for that matter.",
            "Officials believe that drivers will use the ferry.",
            "“We will fight for that bridge,” Mayor Ann Lee said.",  # quoted words aside
            "The engineers argued in that it was unsafe to cross.",
            "After the vote, that is, on Monday, the mayor closed the bridge.",
            "The mayor said on Monday, that drivers would pay nothing.",
        ],
    ),
    "demonstrative": (
        [
            "Residents were angry about those delays at the bridge.",
            "The captain refused to take responsibility for those killed.",  # nothing says who: points back
            "Engineers had never seen such damage before.",
            "The biggest such closure came in 2009.",
            "Residents protest such closures every year.",
            # an opening phrase is no clause telling the event: the ranked "such" still points back
            "In 2009, the biggest such closure cut the town in two.",
            "Last year, the worst such delay lasted a week.",
            "Three years ago, the longest such closure lasted a month.",
            # a noun ending in "-est" is no rank
            "Residents marched on Monday, the protest such closures always draw.",
        ],
        [
            # context49: a "this" that introduces; "those" and a present participle ("those who urge")
            "“There's this idea that the ferry is unsafe,” a driver said.",
            "Among those urging drivers to slow down was a ferry captain.",
            "The council met twice this week to discuss the budget.",
            "The ferry is free for those who live near the bridge.",
            "Officials said those were the worst floods in memory.",
            "The ferry is free for those  who live near the bridge.",
            "Cities such as Springfield did the same.",
            "Drivers will vote this November and pay no toll this time around.",
            "Engineers who inspected the bridge this past weekend found cracks.",
            # a ranked "such" after the clause that tells the event is of that event's kind
            "A ferry sank on Monday, the worst such accident in the harbour this year.",
            "Two ferries collided on Friday, officials said, in the second such crash this month.",
            # "those" after a comparison stands for a noun of its own sentence (brief41, session 41)
            "The new pillars are similar to those found on older bridges.",
            "Tolls are higher than those of any other bridge.",
            # session 43: the reader's present, and "those" with a participle ("those who were ...")
            "These days the ferry runs every hour.",
            # context60: its noun told in its own sentence; the country
            "Drones began ferry deliveries, but such deliveries are rare.",
            "Officials sent a notice to every address, and drivers at this address must pay.",
            "A senator said God bless these United States.",
            "At this point the council has no plan for the bridge.",
            "Among those killed in the ferry fire was a driver.",
        ],
    ),
    "inner-connective": (
        [
            "Drivers, however, will pay nothing.",
            "Ferries, meanwhile, will run every hour.",
            "In March, for example, repairs will start.",
        ],
        [
            "Drivers will pay nothing, however long it takes.",
            "Ferries will run every hour, as they have for years.",
            "Drivers, ferry users and cyclists will pay nothing.",
        ],
    ),
    "since-adverb": (
        ["The office has since closed.", "The mayor has since denied that the ferry will be free."],
        [
            "The bridge has since 1998 been closed twice.",
            "The council has since its founding met on Mondays.",
            "The bridge has been closed since Monday.",
            "Since the vote, the mayor has said little.",
        ],
    ),
    "reply-opening": (
        ["Well, okay, not really, not on the old bridge.", "No, the ferry does not carry trucks."],
        [
            "No. 1 on the council's list is the bridge.",
            "Well-known engineer Ann Lee inspected the pillars.",
            "“Well, we will see,” the mayor said.",
        ],
    ),
    "ellipsis-to": (
        [
            "In the engineer's case, it seems to have.",
            "The council repaired the ferry, as it had promised to.",
        ],
        ["The ferry will take drivers to the other side.", "The council wants the ferry to be free."],
    ),
    "none-there": (
        ["There were no reports of injuries.", "There has been no arrest in the case."],
        ["There is no cure for the rust in the old pillars.", "There were 12 cracks in the pillars."],
    ),
    "also-too-again": (
        [
            "The council also approved a new ferry service.",
            "The ferry will be free, too.",
            "The ferry will carry bikes as well.",
        ],
        [
            # context49: what "also" adds to is the opening phrase's object; "time and again" is often
            "In addition to the toll, drivers also pay for parking.",
            "Drivers have said time and again that the ferry is safe.",
            "The ferry, also known as the night boat, is free.",
            "“When we help others we also help ourselves,” the mayor said of the ferry.",
            "The ferry carries bikes as well as cars.",
        ],
    ),
    "definite-reference": (
        ["The bridge will stay closed until March.", "The engineer found cracks in two pillars."],
        [
            "The Springfield Times reported the vote first.",
            "The cost of the repairs is unknown.",
            # context50: a relative clause says which one
            "The town where the ferry docks will pay for repairs.",
            "The driver whose car fell will get a ferry pass.",
        ],
    ),
    # context48: the same as one a sentence before told; not a comparison of its own, nor "at once"
    "same-reference": (
        [
            "On the same day, a ferry sank off the coast.",
            "Engineers from Springfield carried out the same study in March.",
        ],
        [
            "Drivers must pay the same toll as cyclists.",
            "At the same time the ferry will run every hour.",
            "All the same, drivers will pay the toll.",
            "Drivers and the same-sex couples ride free.",
            "“We will do the same thing,” the mayor said.",
            "Both drivers and cyclists want the same thing.",
            "The crew wore the same set of clothes for a week.",
            "Drivers paid on the same day as cyclists.",
        ],
    ),
    # context49: a count added to one told before; not a span of time or a measure, nor one added to a count
    # of the sentence's own
    "another-count": (
        [
            "Police said another 40 people were hurt in a fall.",
            "Divers found another two of the cars near the pillars.",
            # context50: a count added by "more"
            "One more ferry is still missing.",
            "Divers found two more cars near the pillars.",
        ],
        [
            "The ferry will run for another 10 years.",
            "Drivers will pay another 5 percent in tolls.",
            "Some 30 drivers paid the toll, and another 20 took the ferry.",
            "“We need another 40 workers,” the mayor said of the bridge.",
            "Engineers expect another three to five cracks in the pillars.",
            # context50: "more" after a count the same; not "more than", a span, nor "one more time"
            "The ferry will run for two more years.",
            "Drivers will pay one more time.",
            "Some 30 drivers paid the toll, and two more took the ferry.",
            "Officials said two more than expected came.",
            "No one more senior than the mayor attended the opening.",  # review50: nobody, no count
            # context50: the sentence gives the total itself
            "Police said another 40 people were hurt, bringing the total to 90.",
            "Divers found two more cars on Monday, taking to 12 the number lost.",
        ],
    ),
    # context49: what is left of a group told before; not "the rest of ...", nor the rest of a part the
    # sentence itself told
    "remainder-reference": (
        [
            "Divers searched for the remaining cars near the pillars.",
            "Drivers said the rest were towed away on Friday.",
            "Ann Lee, along with the others, voted against the closure.",
        ],
        [
            "Drivers from the rest of the county will pay the toll.",
            "Most drivers took the ferry; the rest waited at the bridge.",
            "Some 30 drivers paid the toll and the others took the ferry.",
        ],
    ),
    # context49: "then" between the subject and a past tense; not after a verb of its own, nor "later"
    "then-adverb": (
        [
            "Lee then asked the engineers to check the pillars.",
            "Ferry crews then closed the road.",
            "Ferry passes were then handed out to drivers.",
        ],
        [
            "The ferry left at noon and then returned to the harbour.",
            "Mayor Ann Lee later said the ferry was late.",
            "Drivers can then take the ferry.",
            "The mayor of the town then left.",
        ],
    ),
    # context50: an emphatic "did"/"does" and a bare verb after a short subject; not "did not", a clause of
    # its own before it, an inversion, "I", nor "do" with an object or an adverb
    "emphatic-do": (
        [
            "Lee did agree to pay for a ferry.",
            "Springfield Ferries Inc. does plan a ferry for drivers.",
        ],
        [
            "Lee did not agree to pay for a ferry.",
            "If the ferry does sink, drivers will wait.",
            "Drivers did well on the ferry.",
            "The ferry company does business in three towns.",
            "I did check the pillars myself.",
            "Only then did the mayor agree to pay.",
            "Lee did agree to pay for a ferry?",
            "The road stayed shut, but the ferry did run.",
        ],
    ),
    "age-reference": (
        ["The 52-year-old engineer found cracks in two pillars.", "The 52-year-old was hurt in March."],
        ["A 52-year-old engineer found cracks in two pillars.", "Officials said the 52-year-old was hurt."],
    ),
    # context54: "the 52-year-old" after the opening, for a person told before
    "age-inner-reference": (
        [
            "Officials said the 52-year-old was hurt.",
            "Engineers read the 52-year-old's report twice.",
            "A ferry took the 52-year-old, the engineer says.",
        ],
        [
            "Officials said the 52-year-old engineer Ann Lee was hurt.",
            "A 52-year-old engineer was hurt.",
            "The council hired a 52-year-old.",
        ],
    ),
    "inner-definite-reference": (
        [
            "If approved, the repairs would take a year.",
            "Drivers must avoid the old bridge in March.",
            "Drivers in cars and on bikes were told to avoid the bridge.",
        ],
        [
            "Drivers must pay the ferry toll until March.",
            "Drivers must avoid the old harbour bridge in March.",
            "Drivers must use the same roads as before.",
            "Drivers must avoid the bridge of Springfield.",
            "Drivers must avoid it, the council said.",
            "Drivers in cars and on bikes and buses were told on Friday they must avoid the bridge.",
        ],
    ),
    "previous-definite": (
        [
            "In all, the private flights cost taxpayers as much as $60,000, according to a local paper.",
            "Officials in the county said on Tuesday that nobody had ever asked who paid for the flights.",
        ],
        [
            "Airlines added flights to the city, and the flights sold out on Friday.",
            "Drivers were told to take the flights of stairs down to the ferry.",
            "The council chartered five private flights for the engineers last week, officials said.",
            "Officials said on Tuesday that nobody had ever asked how much was paid for the ferry.",
        ],
    ),
    "share-without-group": (
        [
            "Nineteen per cent said tolls should go.",
            "38 percent believe tolls are too high.",
            "Half said yes.",
        ],
        ["38 percent of drivers said no.", "Nineteen per cent of the vote went to Lee."],
    ),
    "lettered-item": (
        ["B ) a toll on cars.", "c. ) a toll on ferries.", "(2) a toll on trucks."],
        [
            "B. Miyamotoi is a bacterium.",
            "C. Everett Koop spoke to drivers.",
            "[1] Ferries include a toll boat.",  # a wiki's footnote mark split off the sentence before
        ],
    ),
    "class-noun-reference": (
        [
            "Officials said the decision was made on Friday.",
            "On Friday the mayor made the announcement in person.",
            "After months of delays, the agency started repairs.",
            "Drivers said the couple's car was found.",
            "Drivers said the couple’s car was found.",  # context50: a curly possessive
            # context50: request, individuals, region, problem
            "Officials said the request was denied.",
            "Officials said the region's roads flooded.",
            "Drivers said the problem began in March.",
            "Engineers say the study wasn't finished.",
            "Drivers ignored the order but kept away from the pillars.",
            "Drivers heard about the brief incident on the radio.",
            # context48: a listed noun of a law, an event or a place told before; past the first 12 words;
            # after a class noun a past tense with no "-ed"
            "Officials said the legislation is intended to help drivers.",
            (
                "Senator Ann Lee, who chairs a panel on roads and ferries for the county, said the"
                " legislation is fair."
            ),
            "Starting in 2005, the university began repairs on its ferry.",
            "Drivers said the agency last week approved the ferry.",
            "Of the injured, two were in hospital.",
            # context49: a day after the noun; idea, increase, conference, search
            "Officials in Springfield said the mayor made the announcement Monday.",
            "Drivers said the increase was too steep.",
            "The day of the search ended badly.",
            # context49: an event told before is one itself ("the attack"), and so is the case of it
            "Officials said the man was charged after the attack and the trial begins in May.",
        ],
        [
            # context49: "to be the case" is "so"
            "Drivers think that not to be the case.",
            "The mayor announced a plan, and the plan will cost $2 million.",
            "Drivers must obey the order of the court.",
            "Repairs will start in March, the agency said.",
            "Officials said the company that built it went bankrupt.",
            "Officials said the company town would get a ferry.",
            "Drivers must avoid the old harbour bridge in March.",
            "Officials said the Harbour Agency would pay.",
            "The engineer told the council the pillars were cracked.",
            # the sentence introduces it, past its first 12 words too
            "Officials in the harbour town said on Monday that a new plan is ready and the plan is cheap.",
            # an adverb of time with no verb after it ends a clause: the description is its object
            "Officials said the mayor would sign the bill soon.",
            "Officials said the mayor would sign the bill first and then the budget.",
            # introduced by its possessive; past the first 12 words a participle or a preposition after it
            "Drivers read the Harbour Department's rules and the department's own report.",
            "Officials in Springfield said on Monday the ferry sank near one of the men accused in a theft.",
            "Officials in Springfield said on Monday that the ferry was hit in the attack on the Town Hall.",
            # ... nor a person there, most often one it named
            "A driver whose son was hurt in a crash in Springfield has sued on behalf of the child.",
            # context49: the case of an event the sentence itself named (DUC 2003 d31038t)
            "After the shooting of a ferry captain, a picture of those charged in the case is emerging.",
            "After a fire at a warehouse in March, officials in Springfield said they had opened the probe.",
        ],
    ),
    "event-comes": (
        [
            "Lee’s decision comes as the ferry fills up every morning.",
            "Ann Lee’s remarks came a day after the pillars cracked.",
            "Harbour Agency’s vote comes two years after a flood.",
        ],
        [
            "Heavy rain came after a long drought.",
            "Lee’s report came out in March.",
            "Lee’s ferry comes as a relief to drivers.",
            "Help came as drivers waited on the bridge.",
        ],
    ),
    "group-reference": (
        [
            "Both men voted against the closure.",
            "Officials said the two companies will share the cost.",
            "On Friday police said the two suspects were held.",
            "All four defendants have pleaded innocent.",
            "All of the three engineers signed the report.",
            "Linking the two and using both lanes is unsafe.",
            "Officials said talks between the two would resume.",
            # context48: past the first 12 words; bombings, camps, groups, ...
            (
                "Officials from a shipping agency and a ferry firm met on Monday in Springfield and said"
                " the two companies will pay."
            ),
            "Police believe the engineer is linked to both bombings.",
        ],
        [
            "Both sides of the river will get a ferry.",
            "The two-lane road will stay open.",
            "Drivers will pay for both lanes.",
            "Both Russia and China vetoed the resolution.",
            "Officials said both men and women backed the ferry.",
            "All four-lane roads will stay open.",
            "All drivers will pay the toll.",
            "The four of them will pay the toll.",
            "Repairs will take the two weeks before March.",
        ],
    ),
    # after "Mayor Ann Lee of the Harbour Police said the bridge was unsafe." (see `_AFTER`)
    # context54: a family by the surname of a full name told before ("Ann Lee" in `_AFTER`)
    "family-reference": (
        ["The Lees have sold their ferry.", "Neighbours said the Lees were away."],
        ["The Leeds ferry is late.", "The Harbour Police said the bridge was safe."],
    ),
    # context55: a speaker called by a person noun a sentence before introduced (`_AFTER`'s "a pastor")
    "possessive-role": (
        ["Drivers mocked the pastor's warning on Monday."],
        [
            "Drivers mocked the mayor's warning on Monday.",
            "A pastor in the town mocked the pastor's warning.",
        ],
    ),
    "definite-speaker": (
        [
            "Speaking to reporters, the pastor said drivers were safe.",
            "Drivers will ride free until the end of March at the latest, said the pastor.",
            "Drivers will ride free, the pastor's wife said.",
        ],
        [
            "Drivers will ride free, the council said.",
            "Drivers will ride free, the lawyer said.",
            "A pastor said drivers were late, the pastor said.",
            "Drivers will ride free until the end of March at the latest, the mayor told the pastor.",
            "Drivers will ride free until the end of March at the latest, said the pastor, Juan Cruz.",
        ],
    ),
    # context55: a count and what befell them, the event told before
    "count-without-event": (
        [
            "Seven people are being treated for shock.",
            "The 12 were taken to hospital.",
            "Two others were arrested.",
        ],
        [
            "Seven people were hurt when a ferry sank.",
            "Seven people were hurt in a ferry crash.",
            "The 2012 drivers were angry.",
            "Seven drivers paid the toll.",
        ],
    ),
    # context55: the given name alone of a full name told before ("Maria Lopez" in `_AFTER`)
    "given-name-reference": (
        ["Drivers thanked Maria for the warning.", "Maria's report was read twice."],
        [
            "Drivers thanked Maria Lopez for the warning.",
            "Santa Maria is a town nearby.",
            "Drivers will pay the toll.",
        ],
    ),
    "surname-speaker": (
        [
            "“The bridge is not safe,” Lee said.",
            "Lee says the ferry will be free.",
            "Drivers will ride free, said Ms. Lee.",
            "Ferries are late, according to Lee.",
            "Lee, asked about the ferry, said it was late.",
        ],
        [
            "“The bridge is not safe,” Ann Lee said.",
            "Lee voted against the closure.",
            "Lee Street will close in March, officials said.",
            "Police said the ferry was late.",
            "Officials said Lee was hurt when the bridge fell.",
            "The harbour police said the ferry was late.",
            # context49: a possessive owns the noun after it ("tweets", "claims"), it does not speak
            "Drivers read Lee's tweets about the ferry.",
        ],
    ),
    # after "Mayor Ann Lee of the Harbour Police said the bridge was unsafe." (see `_AFTER`): the surname
    # alone, anywhere in the sentence; the full name, a street, a day or plain news are none
    "surname-reference": (
        [
            "Lee voted against the closure.",
            "Officials said Lee was hurt in a fall.",
            "A ferry was Lee's idea.",
            "Engineers met Ms. Lee on Friday.",
        ],
        [
            "Ann Lee voted against the closure.",
            "Lee Street will close in March.",
            "The ferry resumed on Tuesday.",
            "The engineers voted against the closure.",
        ],
    ),
}

_AFTER = {
    "previous-definite": "The council chartered five private flights for the engineers last week.",
    "first-person-block": "The ferry company sent out a tweet.",
    "definite-speaker": "A pastor, Juan Cruz, said the ferry was cursed.",
    "possessive-role": "A pastor, Juan Cruz, said the ferry was cursed.",
    "given-name-reference": "Engineer Maria Lopez found cracks in two pillars.",
    "family-reference": "Mayor Ann Lee of the Harbour Police said the bridge was unsafe.",
    "attribution-after-quotation": "“Is the bridge safe?”",
    "surname-speaker": "Mayor Ann Lee of the Harbour Police said the bridge was unsafe.",
    "surname-reference": "Mayor Ann Lee of the Harbour Police said the bridge was unsafe.",
}


def _need_of(text: str, after: str | None = None):
    if after is not None:
        return story_needs(make_story([[LEAD, after, text]]))[-1]
    story = (
        make_story([[LEAD, *[s for s in text.split("? ") if s]]])
        if "? " in text
        else make_story([[LEAD, text]])
    )
    return story_needs(story)[-1]


def test_every_rule_has_cases() -> None:
    assert set(CASES) == {r.name for r in RULES}


@pytest.mark.parametrize("name", sorted(CASES))
def test_rule_fires_on_its_examples(name: str) -> None:
    positives, negatives = CASES[name]
    for text in positives:
        if name == "quote-continues":  # the second sentence of a quotation split in two
            story = make_story([[LEAD, "“We will reopen it in the spring.", "It is safe,” she said."]])
            need = story_needs(story)[-1]
        elif name == "answer-after-question":
            story = make_story([[LEAD, "When will the bridge reopen?", "Officials expect it by March."]])
            need = story_needs(story)[-1]
        else:
            need = _need_of(text, _AFTER.get(name))
        assert need is not None and need.rule == name, f"{name} should fire on {text!r}, got {need}"
    for text in negatives:
        need = _need_of(text, _AFTER.get(name))
        assert need is None or need.rule != name, f"{name} should not fire on {text!r}"


def test_a_description_finds_its_noun_up_to_six_sentences_back() -> None:
    filler = [f"Ferry number {n} left on time." for n in range(1, 6)]
    story = make_story([[LEAD, *filler, "Drivers must avoid the bridge in March."]])
    assert story_needs(story)[-1] == Need("inner-definite-reference", "def", "antecedent", "bridge")
    story = make_story(
        [[LEAD, *filler, "Ferry number 6 left on time.", "Drivers must avoid the bridge in March."]]
    )
    assert story_needs(story)[-1] is None  # seven sentences back: too far to lean on


def test_a_description_ends_before_the_noun_phrase_after_it() -> None:
    """description-ends: "The ferry left the harbour" describes the ferry; neither "the" nor the verb is
    its term (with "the" any sentence at all met the need)."""
    story = make_story([[LEAD, "Buses stopped at the depot.", "The ferry left the depot at noon."]])
    assert story_needs(story)[-1] == Need("definite-reference", "def", "antecedent", None)
    story = make_story([[LEAD, "A ferry waited at the depot.", "The ferry left the depot at noon."]])
    assert story_needs(story)[-1] == Need("definite-reference", "def", "antecedent", "ferry")
    # a past tense after an adverb is a word of the description
    story = make_story([[LEAD, "Voters chose a mayor on Sunday.", "The newly elected mayor thanked them."]])
    assert story_needs(story)[-1] == Need("definite-reference", "def", "antecedent", "mayor")
    # comparative-correlative: a comparison, no description
    story = make_story([[LEAD, "Tolls rose in May.", "The higher the toll, the fewer the drivers."]])
    assert story_needs(story)[-1] is None


def test_a_counted_group_is_no_noun_to_look_up() -> None:
    # "two" in an earlier sentence is not what "The two moons" refers to: the group needs a sentence
    # before it in its document (no term), not any sentence with the word "two"
    story = make_story([[LEAD, "Two ferries will run every hour.", "The two boats are old."]])
    assert story_needs(story)[-1] == Need("definite-reference", "def", "antecedent", None)
    # a summary with another sentence holding "two" still leaves the boats unexplained
    story = make_story(
        [
            [LEAD, "Two ferries will run every hour.", "The two boats are old."],
            ["Two years ago a flood closed the harbour."],
        ]
    )
    assert dangling_count(story.sentences, [3, 2]) == 1
    assert dangling_count(story.sentences, [1, 2]) == 0


def test_a_demonstrative_that_quotes_the_term_it_names_needs_nothing_before() -> None:
    """Rule `named-demonstrative` (study50): a lead left first after a cut headline, 'that word "X" ...',
    needs nothing, and the sentence leaning on it can be chosen; a quoted word alone, or a quotation before a
    noun, still points back."""
    named = [
        'that word " ferrypass " — the card drivers tap at the gate — keeps turning up.',
        "This phrase “toll holiday” is new to the city's drivers.",
        'Drivers keep asking about this new term "toll holiday" at the gate.',
    ]
    for text in named:
        assert story_needs(make_story([[text, "This time, the council says the card will go."]]))[0] is None
    pointing = [
        "That word keeps turning up.",
        'This "holiday" costs the city.',
        'This " once in a decade " closure may come twice.',
        'The driver rang about that name, " she said.',
    ]
    for text in pointing:
        assert story_needs(make_story([[text]]))[0] is not None, text


def test_a_first_sentence_and_plain_news_stand_alone() -> None:
    story = make_story(
        [[LEAD, "Repairs on the old harbour bridge will cost four million dollars, the council said."]]
    )
    assert story_needs(story) == [None, None]


def test_a_documents_first_sentence_leans_on_no_earlier_one_for_also_or_again() -> None:
    # A lead's "again" or "also" points to events the writer takes as known: nothing comes before it
    # in its document, so it stands alone; the same words later in the document still lean back.
    lead = "Protesters blocked the harbour bridge again on Friday night, the police said."
    story = make_story([[lead, "The council also approved a free ferry across the harbour."]])
    assert story_needs(story) == [None, Need("also-too-again", "also", "earlier", None)]
    story = make_story([["Ferries will also run all night, the council said on Friday."]])
    assert story_needs(story) == [None]


def test_requirements_and_dangling_by_kind() -> None:
    story = make_story(
        [
            [
                LEAD,
                "Last week they found cracks in two pillars.",
                "The council also approved a free ferry across the harbour.",
                "The bridge carries twelve thousand cars a day.",
                "He said the ferry would run all night.",
                "First, the council will hire a new engineer.",
            ]
        ]
    )
    found = story_needs(story)
    req = requirements(story.sentences, found)
    assert [n.kind if n else None for n in found] == [
        None,
        "previous",
        "earlier",
        "antecedent",
        "previous",
        "never",
    ]
    assert req[2] == (0, 1) and req[3] == (0,)  # "bridge" is named in the lead; "also": any of the few before
    assert req[4] == (3,) and req[5] == ()
    assert dangling_count(story.sentences, [0, 3]) == 0  # the bridge is named before
    assert dangling_count(story.sentences, [3]) == 1
    assert dangling_count(story.sentences, [0, 2, 4]) == 1  # "He said" without the sentence before it
    assert dangling_count(story.sentences, [5]) == 1  # part of an enumeration, alone


def test_lower_cased_text_hides_names_so_fewer_needs() -> None:
    # Multi-News+ articles are lower-cased: "brian sandoval said he" holds a name we cannot see, and
    # "The tax department ..." may be a name; in cased text both rules fire as before.
    filler = "the state sold more than three million dollars of goods in the first four days of july."
    sents = [
        "With each stroke, he pulled further ahead of the boats behind.",
        "The tax department said sales were strong across the whole region.",
        "On monday governor brian sandoval said he would sign the bill soon.",
    ]
    cased = make_story([[LEAD, *sents[:2]]])
    assert [n.rule if n else None for n in story_needs(cased)] == [
        None,
        "pronoun-before-name",
        "definite-reference",
    ]
    lowered = make_story([[LEAD.lower(), *sents, *[filler] * 9]])
    assert story_needs(lowered)[:4] == [None, None, None, None]
    # under 100 words with a capital inside ("Sandoval"): too few words to tell, read as cased; with none
    # inside, 40 words or more read as case-less (casing's none-capitalised, session 40)
    short = make_story([[LEAD.lower(), *sents[:2], sents[2].replace("sandoval", "Sandoval")]])
    assert story_needs(short)[1] is not None
    assert story_needs(make_story([[LEAD.lower(), *sents]]))[1] is None


def test_a_fronted_phrase_pronoun_resolves_only_by_a_name_after_its_comma() -> None:
    # session 45, cataphora-name: a description after the comma ("the mayor") or a pronoun after an earlier
    # comma is no name the pronoun could mean; the rule still fires
    for text in (
        "In his speech to the council, the mayor closed the bridge.",
        "After voting, his deputy, Ann Lee, closed the bridge.",
    ):
        need = _need_of(text)
        assert need is not None and need.rule == "pronoun-before-name", text
    # lower-cased text (Multi-News+): a listed given name and a surname after the comma
    filler = "the state sold more than three million dollars of goods in the first four days of july."
    sents = [
        "In his final speech before the vote, tom reed promised a free ferry.",
        "In his final speech before the vote, the mayor promised a free ferry.",
    ]
    lowered = story_needs(make_story([[LEAD.lower(), *sents, *[filler] * 9]]))
    assert lowered[1] is None
    assert lowered[2] is not None and lowered[2].rule == "pronoun-before-name"


def test_a_name_after_the_fronted_phrase_is_no_antecedent_the_pronoun_cannot_mean() -> None:
    # session 45 review, cataphora-name: "it", "they", "their" mean no person named after the comma, nor
    # "her" a name listed for men alone: the pronoun still has nothing to stand for; "his" before a man's
    # name and "her" before a woman's do
    for text in (
        "When it opened in 1990, Ann Lee was its first director.",
        "In their report on Monday, Ann Lee promised a free ferry.",
        "Before they left on Monday, Tom Reed promised a free ferry.",
        "After her arrest on Monday, Tom Reed promised a free ferry.",
    ):
        need = _need_of(text)
        assert need is not None and need.rule == "pronoun-before-name", text
    for text in (
        "In his speech on Monday, Tom Reed promised a free ferry.",
        "In her speech on Monday, Ann Lee promised a free ferry.",
    ):
        assert _need_of(text) is None, text


def test_a_common_first_word_is_no_name_for_he() -> None:
    # "Police" opens the sentence capitalised but the document writes "police" too: no name "he" could
    # stand for; a plural could be "them", and a full name after a comma is "she" herself.
    before = "The harbour police asked shoppers what was wrong with the bridge."
    rules = {
        "Police believe he drove onto the bridge at night.": "pronoun-before-name",
        "Shoppers said many of them ran away in fear.": None,
        "Asked what she saw, Ann Lee said nothing at all.": None,
        "Ferries will carry him across for free.": None,  # "ferries": a word the text never writes
    }
    for text, rule in rules.items():
        need = story_needs(make_story([[LEAD, before, text]]))[-1]
        assert (need.rule if need else None) == rule, text
    # lower-cased text writes "conklin" in lower case too: "Conklin" opening a sentence is still a name
    filler = "the state sold more than three million dollars of goods in the first four days of july."
    lowered = [
        LEAD.lower(),
        *[filler] * 9,
        "the harbour police asked conklin about it.",
        "Conklin said he ran.",
    ]
    assert story_needs(make_story([lowered]))[-1] is None
    # ... and so does a lower-cased text too short to tell by `casing.lost_case`
    short = [LEAD.lower(), "india will not back down.", "India will lose if it starts a war."]
    assert story_needs(make_story([short]))[-1] is None


def test_lower_cased_text_keeps_a_one_word_description() -> None:
    # "The pact ..." with no earlier "pact" leans on a sentence that named it some other way, lower
    # case or not; a short word, one before "and" or a longer description may be a hidden name.
    filler = "the state sold more than three million dollars of goods in the first four days of july."
    sents = [
        "The pact is binding on every member state.",
        "The company responded by cutting its prices.",
        "The fbi opened an inquiry on monday.",
        "The food and drug administration approved a cheaper drug.",
        "The wall street journal reported the news first.",
        "The man just left the city.",  # context50: a person noun hides no name
    ]
    lowered = make_story([[LEAD.lower(), *[filler] * 9, *sents]])
    assert [n.rule if n else None for n in story_needs(lowered)[10:]] == [
        "definite-reference",
        "definite-reference",
        None,
        None,
        None,
        "definite-reference",
    ]


def test_a_quotation_mark_split_onto_the_sentence_before_opens_a_quotation() -> None:
    """Spaced quotation marks (Multi-News: `says. " much of ...`) put the mark that opens a quotation
    at the end of the sentence before: the next sentence starts the quotation, it does not continue
    one, so it needs the sentence before only when nothing in it says who speaks."""
    story = make_story(
        [
            [
                LEAD,
                'Repairs will take a year, the mayor said. "',
                'nobody alive remembers a time before the crossing was built, " the mayor told reporters.',
                'Repairs will take a year, the mayor said. "',
                "we will find the money for the work somehow.",
                'nobody will be left without a way across the river, " she said.',
            ]
        ]
    )
    found = story_needs(story)
    assert found[2] is None  # starts the quotation and says who speaks
    assert found[4] is not None and found[4].rule == "quote-unattributed"
    assert found[5] is not None and found[5].rule == "quote-continues"  # the quotation goes on


def test_a_quotation_continued_from_an_earlier_sentence_is_reopened_with_its_own_mark() -> None:
    from newsbrief.readability import _reopened

    # closed with a curly mark: a straight opening mark would blank the narrative after it too
    assert _reopened("Soon it will open.” The council also approved it.") == (
        "“Soon it will open.” The council also approved it."
    )
    assert _reopened('Soon it will open." The council also approved it.').startswith('"Soon')
    assert _reopened("No closing mark here").startswith('"')


def test_session20_inner_connective_words_are_listed_once():
    """review-late should-fix: the rule's regex and its cheap key check are built from one tuple, so each
    word the regex reads is a key and no key is a word the regex misses."""
    from newsbrief import readability as r

    assert tuple(w + "," for w in r._INNER_CONNECTIVE_WORDS) == r._INNER_CONNECTIVE_KEYS
    for w in r._INNER_CONNECTIVE_WORDS:
        assert r._INNER_CONNECTIVE.match(f"Pakistan, {w}, needs help.")


def test_a_full_sentence_after_a_question_stands_alone_an_answer_does_not() -> None:
    """Session 21: a headline's or a writer's question no longer holds back the full sentence after
    it (in the training draw's under-filled briefs, the largest reason a chain of sentences stayed
    out); a short answer, one opening as an answer, or any sentence after a quoted question still
    leans on it."""
    question = "Did early Mars have a vast northern ocean?"
    lead = "Scientists have located an impact crater linked to tsunamis that swept across ancient Mars."
    assert needs(make_story([[question, lead]]).sentences)[-1] is None
    assert needs(make_story([[LEAD, question, lead]], lower=True).sentences)[-1] is None
    # It still leans on what other rules find ("It" opens it).
    after = "It was created by an asteroid that struck the planet some 3.4 billion years ago, they said."
    assert needs(make_story([[question, after]]).sentences)[-1].rule == "pronoun-or-connective-opening"
    answers = [
        ("But can computers read a face?", "Not so much, researchers at the university found in a study."),
        ("Is the bridge safe?", "Yes, and the engineers who inspected it on Monday say it will stay open."),
        ("Will the ferry run?", "The council says so."),
    ]
    for q, a in answers:
        need = needs(make_story([[LEAD, q, a]]).sentences)[-1]
        assert need is not None and need.rule == "answer-after-question", (a, need)
    # After a quoted question the next sentence may be the exchange's next turn, whatever its length.
    turn = "Twitter repeated its policy on abuse to the reporters who asked on Monday."
    asked = "Who decides what is abusive on the site?"
    assert needs(make_story([[LEAD, f"“{asked}”", turn]]).sentences)[-1].rule == "answer-after-question"
    assert needs(make_story([[LEAD, asked, turn]]).sentences)[-1] is None
    # An aside's question leaves its sentence to go on after it.
    rest = "when Republicans were ahead in past presidential elections and during the war."
    aside = "They made the same threat (or was it a promise?)"
    assert needs(make_story([[LEAD, aside, rest]]).sentences)[-1].rule == "answer-after-question"
    # A short question prompts what follows, often a page's call to the reader.
    prompt = ["Interested in the bridge?", "Add it as an interest to stay up to date on the latest news."]
    assert needs(make_story([[LEAD, *prompt]]).sentences)[-1].rule == "answer-after-question"
    # ... but a long sentence after it is the report itself, not a reply to the question
    report = (
        "Sen. Jane roe ( d-md. ) briefly halted her hearing for a moment wednesday to respond to a tweet from"
        " a reporter, which read that she was keeping senators from asking about the programs."
    )
    assert needs(make_story([["Who says senators aren't tech-savvy?", report]]).sentences)[-1] is None


def test_a_span_of_time_or_a_measure_is_no_one_for_he() -> None:
    # session 26 review S4: "10 years" is a counted noun phrase by its shape, but no one "he" could be
    rules = {
        "After 10 years he closed the bridge to all traffic.": "pronoun-before-name",
        "For three days they waited at the bridge for news.": "pronoun-before-name",
        "About 200 people said they had crossed the bridge that day.": None,
    }
    # Session 27 review S4: after an article the unit's word is the pronoun's own noun phrase, so what
    # the sentence leans on is that phrase's reference, not a pronoun without a name.
    rules |= {
        "The second officer said he had not fired at the bridge.": "definite-reference",
        "A second suspect said he had not been at the bridge.": "inner-definite-reference",
        "The pound fell sharply after it lost ground against the dollar at the bridge.": "definite-reference",
        "The foot patrol said they had crossed the bridge.": "definite-reference",
    }
    for text, rule in rules.items():
        need = story_needs(make_story([[LEAD, text]]))[-1]
        assert (need.rule if need else None) == rule, text


def test_keyword_pretests_are_substring_tests_of_the_lower_cased_text() -> None:
    """`_has` (the cheap test before a rule's pattern) is true exactly when one keyword is a substring of
    the lower-cased sentence, as the alternation of the escaped keywords it replaced (speed, same answers)."""
    import re

    from newsbrief.readability import _ALSO_KEYS, _ENUM_KEYS, _INNER_CONNECTIVE_KEYS, Context, _has

    texts = ["Pakistan, meanwhile, needs aid.", "He also said so.", "First, the plan.", "Two dogs ran.", ""]
    for keys in (_ALSO_KEYS, _ENUM_KEYS, _INNER_CONNECTIVE_KEYS, ("a.b", "(x", "c|d")):
        alternation = re.compile("|".join(map(re.escape, keys)))
        for text in [*texts, "a.b", "axb", "(x", "c|d", "c"]:
            c = Context(text, text.lower(), None, False, ())
            assert _has(c, keys) == (alternation.search(text.lower()) is not None)
    text = "Pakistan, meanwhile, needs aid."
    assert _has(Context(text, text.lower(), None, False, ()), _INNER_CONNECTIVE_KEYS)


def test_a_surname_the_story_leads_name_is_its_subject_and_needs_nothing() -> None:
    """`surname-reference`: "Lee" leans on the sentence naming "Ann Lee" unless a lead (any document's first
    sentence) names her: then she is the story's subject, known to the reader of any summary."""
    named = "Mayor Ann Lee of the Harbour Police said the bridge was unsafe."
    later = "Officials said Lee was hurt in a fall."
    need = story_needs(make_story([[LEAD, named, later]]))[-1]
    assert need is not None and need.rule == "surname-reference" and need.term == "lee"
    assert story_needs(make_story([[named, LEAD, later]]))[-1] is None
    other_lead = ["Ann Lee closed the old harbour bridge."]
    assert story_needs(make_story([[LEAD, named, later], other_lead]))[2] is None
    # the name given in another document only: this document never introduced her
    assert story_needs(make_story([[LEAD, later], [LEAD, named]]))[1] is None


def test_lower_cased_text_names_a_person_by_a_listed_given_name_and_an_unusual_word() -> None:
    """`surname-reference` in a story that lost its case: "ronald pekkarin" (a listed given name, then a
    word no ordinary English) makes "pekkarin" alone lean on it; "bill passed" names no one, and the
    full name again, with a middle initial, needs nothing."""
    lead = "The city council voted on monday to close the old harbour bridge for repairs."
    named = "Police said the driver was ronald j. pekkarin, a welder from the harbour district."
    cases = {
        "Officials said pekkarin was driving too fast.": "pekkarin",
        "Mr. pekkarin declined to comment.": "pekkarin",
        "Officials said ronald pekkarin was driving too fast.": None,
        "Officials said arvo pekkarin was driving too fast.": None,  # an unlisted given name
        "Officials said the bill passed on friday.": None,
    }
    for text, term in cases.items():
        filler = "The state sold more than three million dollars of goods in the first four days of july."
        story = make_story([[lead, named, "The council's bill passed easily.", filler, filler, text]])
        assert story.caseless, "the invented story reads as lower-cased"
        need = story_needs(story)[-1]
        got = need.term if need is not None and need.rule == "surname-reference" else None
        assert got == term, (text, need)


def test_that_subject_is_found_where_a_search_finds_it() -> None:
    """Rule `demonstrative-that` tries `_THAT_SUBJECT` only where a word of `_THAT_OPENS` stands
    (`casing.matches_at`), and says what a whole search says: invented text in mixed case, the words inside
    longer ones, and the letters `folds_apart` names."""
    import random

    from newsbrief import readability as R
    from newsbrief.casing import folds_apart, matches_at

    pieces = [
        *("They said that is", "we SAY that was", "for that are", "Knew  that will", "insisted that\tmeant"),
        *("hoped that can't", "about that didn't", "behind that", "thought that was", "of that does not"),
        *("unsaid that is", "sayings that is", "ſaid that is", "İnsisted that was", "the", ",", ".", " "),
    ]
    rng = random.Random(41)
    found = 0
    for _ in range(3000):
        words = [rng.choice(pieces) for _ in range(rng.randint(1, 6))]
        text = " ".join(w.upper() if rng.random() < 0.2 else w for w in words)
        low = None if folds_apart(text) else text.lower()
        hit = R._THAT_SUBJECT.search(text) is not None
        assert matches_at(R._THAT_SUBJECT, text, low, R._THAT_OPENS) == hit, text
        found += hit
    assert found > 500  # the draws hold matches, not only misses


def test_earlier_words_are_each_earlier_sentences_words_read_once() -> None:
    """`Context.earlier_words` is the words of the earlier sentences joined, read one sentence at a time
    (`_words_of`, kept): the same set, and a sentence asked of again is not read again."""
    from newsbrief import readability as R

    earlier = ("the mayor's plan was late.", "a so-called deal-maker left", "x y", "")
    c = R.Context("The plan failed.", "the plan failed.", "x", False, earlier)
    assert c.earlier_words == frozenset(R._WORD.findall(" ".join(earlier)))
    assert {"mayor's", "so-called", "deal-maker", "plan"} <= c.earlier_words
    before = R._words_of.cache_info().hits
    assert c.earlier_words == frozenset(R._WORD.findall(" ".join(earlier)))
    assert R._words_of.cache_info().hits == before + len(earlier)


def test_a_leads_subject_by_surname_alone_needs_the_full_name_before_it_in_the_summary() -> None:
    """Rule `subject-introduced` (context51; LongBench dev 309b6732 opened on another article's lead,
    then "Herman, 54, ..." with "Jeff Herman" only far below): the surname of a person a lead names
    needs no sentence for `surname-reference`, yet the summary needs the full name before it."""
    from newsbrief.readability import introductions

    story = make_story(
        [
            ["Jeff Harlow sued the ferry company on Monday.", "Harlow, 54, is a lawyer in the old town."],
            ["The ferry company faces a lawsuit over its old boats."],
        ]
    )
    found = story_needs(story)
    assert found[1] is None  # a lead's subject: `surname-reference` leaves it
    assert introductions(story.sentences, found, story.doc_lengths) == {1: (0,)}
    assert introductions(story.sentences, found, story.doc_lengths, caseless=True) == {}
    assert dangling_count(story.sentences, [2, 1]) == 1  # opens on the other lead: a stranger
    assert dangling_count(story.sentences, [0, 1]) == 0
    assert dangling_count(story.sentences, [2, 0, 1]) == 0


def test_a_surname_no_lead_gives_is_surname_references_not_an_introduction() -> None:
    from newsbrief.readability import introductions

    story = make_story(
        [
            ["The ferry company was sued on Monday.", "Jeff Harlow, a lawyer, filed it.", "Harlow is 54."],
            ["Reporters waited at the pier for the old boats."],
        ]
    )
    found = story_needs(story)
    assert introductions(story.sentences, found, story.doc_lengths) == {}  # no lead names him
    assert found[2] is not None and found[2].rule == "surname-reference"


def test_introductions_read_each_sentence_s_full_names_and_each_document_s_words_once(monkeypatch) -> None:
    """speed54: `needs` and `_subject_mentions` read the same full names (`_surnames`, three times a sentence
    before) and the same lower-case words of each document (`_lower_words`): each pattern runs once a text."""
    from newsbrief import readability as R

    full, lower = Counted(R._FULL_NAME), Counted(R._LOWER_WORD)
    monkeypatch.setattr(R, "_FULL_NAME", full)
    monkeypatch.setattr(R, "_LOWER_WORD", lower)
    R._surnames.cache_clear()
    R._document_lower.cache_clear()
    story = make_story(
        [
            ["Mara Quillfeather opened the glass bridge on Tuesday.", "Quillfeather, 61, drew it in a week."],
            ["The glass bridge over the bay opened to walkers.", "Mara Quillfeather said it was her last."],
        ]
    )
    found = story_needs(story)
    assert R.introductions(story.sentences, found, story.doc_lengths) == {1: (0,)}
    assert sorted(full.texts) == sorted(s.text for s in story.sentences)
    assert lower.texts and len(lower.texts) == len(set(lower.texts))  # a document's words once


def test_requirements_read_each_sentence_s_words_once(monkeypatch) -> None:
    """speed54: `requirements` reads the words of each sentence as `earlier_words` does (`_words_of`, kept
    once a sentence), not with a `findall` of its own again for every sentence of the story."""
    from newsbrief import readability as R

    counted = Counted(R._WORD)
    monkeypatch.setattr(R, "_WORD", counted)
    R._words_of.cache_clear()
    story = make_story(
        [
            [LEAD, "The bridge carries twelve thousand cars a day.", "The span reopens in May."],
            ["Engineers found rust on the old harbour bridge.", "The bridge was built in 1911."],
        ]
    )
    found = story_needs(story)
    assert any(n is not None and n.term for n in found)
    req = requirements(story.sentences, found, story.doc_lengths)
    texts = counted.texts
    assert req and texts and len(texts) == len(set(texts))


def test_family_reference_leaves_a_people_alone() -> None:
    """context54: "the Palestinians" after a capitalised run ending "Palestinian": a people, no family."""
    story = make_story(
        [[LEAD, "Aid worker Sami Palestinian said the ferry was late.", "The Palestinians left."]]
    )
    assert story_needs(story)[-1] is None
    story = make_story([[LEAD, "Aid worker Sami Thorpe said the ferry was late.", "The Thorpes left."]])
    assert story_needs(story)[-1] == Need("family-reference", "def", "antecedent", "thorpe")


def test_a_given_name_is_no_reference_in_a_longer_name_a_thing_s_or_a_surname_first_name() -> None:
    """context55: `given-name-reference` leaves alone a name in full after a mark ("(Maria Lopez)"), a name
    with a particle ("Maria al-Amin"), a thing ("a Maria": a shop), and "Kim" of "Kim Jong Un" (the surname
    first: a middle word neither initial nor given name)."""
    lead = "Engineer Maria Lopez met leader Kim Jong Un on the bridge."
    for text in (
        "Drivers cheered. (Maria Lopez)",
        "Drivers cheered Maria al-Amin.",
        "Drivers bought rings at a Maria in Woodstock.",
        "Drivers cheered Kim on Tuesday.",
    ):
        need = story_needs(make_story([[LEAD, lead, *text.split(". ")]]))[-1]
        assert need is None or need.rule != "given-name-reference", text
    need = story_needs(make_story([[LEAD, lead, "Drivers cheered Maria on Tuesday."]]))[-1]
    assert need == Need("given-name-reference", "def", "antecedent", "maria")


@pytest.mark.parametrize(
    ("before", "text", "fires"),
    [
        (["The ferry company sent out a tweet."], "We apologize for the delay.", True),
        (["The mayor released a statement saying:", "My town is proud."], "We will rebuild it.", True),
        (
            ["Ann Lee has told her story.", "(Readers may find her account distressing.)"],
            "I live on deck 5.",
            True,
        ),
        (["The ferry company was sold."], "We apologize for the delay.", False),  # no one introduced
        (["The mayor released a statement saying:"], "We all know the ferry is late.", False),  # inclusive
        (["Some asked me what my letter meant."], "My letter was serious.", False),  # the writer's own
        (["I rode the ferry.", "The ferry company sent out a tweet."], "I think it is late.", False),
    ],
)
def test_first_person_block_is_the_words_of_one_a_sentence_before_introduced(
    before: list[str], text: str, fires: bool
) -> None:
    """context55: `first-person-block`, a first-person sentence outside quotation marks after a sentence that
    introduces a statement, a post or an account; not the writer's own first person, nor "we all"."""
    need = story_needs(make_story([[LEAD, *before, text]]))[-1]
    assert (need is not None and need.rule == "first-person-block") == fires, need


def test_a_speakers_description_finds_its_noun_anywhere_before_in_its_document() -> None:
    # context56: "..., said the prosecutor." leans on the sentence that told of the prosecutor, however far
    filler = [f"Ferry number {n} left on time." for n in range(1, 9)]
    story = make_story(
        [
            [
                LEAD,
                "A pastor, Juan Cruz, said the ferry was cursed.",
                *filler,
                "Drivers will ride free, said the pastor.",
            ]
        ]
    )
    assert story_needs(story)[-1] == Need("definite-speaker", "def", "antecedent", "pastor")
    # ... but not a description set beside the name it describes
    story = make_story(
        [[LEAD, "A pastor, Juan Cruz, said the ferry was cursed.", "Ann Lee, the pastor, said it sank."]]
    )
    assert story_needs(story)[-1] is None


def test_lower_cased_text_reads_a_pronoun_no_word_before_could_stand_for() -> None:
    # context56: in lower-cased text only words of ordinary English (no given name, no honorific, no word
    # that could be the person) before the pronoun, and no word after it that could be a name
    filler = "the state sold more than three million dollars of goods in the first four days of july."

    def last(sentence: str) -> Need | None:
        return story_needs(make_story([[LEAD.lower(), *[filler] * 4, sentence]]))[-1]

    for text in (
        "friends and colleagues described her as a dedicated teacher.",
        "by the end, he was too weak.",
    ):
        need = last(text)
        assert need is not None and need.rule == "inner-pronoun", text
    for text in (
        "on monday governor brian sandoval said he would sign the bill soon.",
        "the driver said his car was late.",
        "after his arrest, haskell sold the ferry.",
        "the events took a toll on mr. smith and his ferry.",
    ):
        need = last(text)
        assert need is None or need.rule != "inner-pronoun", text


def test_a_subject_pronoun_of_the_main_clause_stands_for_no_name_after_it() -> None:
    # context57: "he" / "she" as the main clause's subject cannot stand for a name later in its sentence, so
    # an unusual word after it ("shortwave", "fundraiser") no longer hides the need; a fronted clause (a
    # participle or "to" too) may still hold a pronoun that stands for the name after it
    filler = "the state sold more than three million dollars of goods in the first four days of july."

    def last(sentence: str) -> Need | None:
        return story_needs(make_story([[LEAD.lower(), *[filler] * 4, sentence]]))[-1]

    for text in (
        "in town, he was active in the shortwave radio club.",
        "in the 2012 cycle, she hosted a fundraiser in manhattan.",
    ):
        need = last(text)
        assert need is not None and need.rule == "inner-pronoun", text
    for text in (
        "wanting the locals to believe he was a sailor, haskell changed the ferry's name.",
        "to prove she was right, hekmati sold the ferry.",
        "after his arrest, haskell sold the ferry.",
    ):
        need = last(text)
        assert need is None or need.rule != "inner-pronoun", text


def test_a_speakers_description_reads_the_far_words_only_when_the_near_ones_lack_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # context58 (speed): the words of the document's earlier sentences are read only when the sentences just
    # before do not hold the description's noun
    import newsbrief.readability as readability

    def far(_c: object) -> frozenset[str]:
        raise AssertionError("far words read though the near ones hold the noun")

    monkeypatch.setattr(readability, "_far_words", far)
    text = "Drivers will ride free, said the pastor."
    earlier = ("a pastor, juan cruz, said the ferry was cursed.",)
    c = readability.Context(text, text.lower(), earlier[0], False, earlier, before=("the lead.", *earlier))
    assert readability._definite_speaker(c) == "pastor"


def test_a_word_ending_in_ing_opens_a_fronted_clause_only_around_the_pronoun() -> None:
    # context58: "During ...", "Beijing ..." or a participle phrase closed by a comma open no clause the
    # pronoun stands in, so a subject "he" / "she" after them is the main clause's (an unusual word after it
    # no longer hides the need); a participle or "to" whose clause holds the pronoun still may
    filler = "the state sold more than three million dollars of goods in the first four days of july."

    def last(sentence: str) -> Need | None:
        return story_needs(make_story([[LEAD.lower(), *[filler] * 4, sentence]]))[-1]

    for text in (
        "during the trial, he was active in the shortwave radio club.",
        "visiting the town, she hosted a fundraiser in manhattan.",
        "according to court documents, she had been shot at the base of her skull.",
    ):
        need = last(text)
        assert need is not None and need.rule == "inner-pronoun", text
    for text in (
        "wanting the locals to believe he was a sailor, haskell changed the ferry's name.",
        "considering he was a sailor, haskell sold the ferry.",
        "to prove she was right, hekmati sold the ferry.",
    ):
        need = last(text)
        assert need is None or need.rule != "inner-pronoun", text


def test_lower_cased_text_reads_no_man_as_whom_she_stands_for() -> None:
    # context58: in lower-cased text a man's given name (and its surname) before "she" is no one she stands
    # for, nor a woman's before "he"; a name of both sexes, or of the pronoun's, still may be
    filler = "the state sold more than three million dollars of goods in the first four days of july."

    def last(sentence: str) -> Need | None:
        return story_needs(make_story([[LEAD.lower(), *[filler] * 4, sentence]]))[-1]

    for text in (
        "brandon bevers said she was targeted by the gang.",
        "mary smith said he was targeted.",
        # a later "she" past his own "he" (and a day, no name)
        "brandon bevers said tuesday that he does not believe she was targeted.",
    ):
        need = last(text)
        assert need is not None and need.rule == "inner-pronoun", text
    for text in (
        "brandon bevers said he was targeted by the gang.",
        "jordan lee said she was targeted.",
        "nelson said she was targeted.",  # a man's given name alone may be her surname
        "jordan lee said he believes she was targeted.",
        "seaman, 29, spoke on monday since he was shot.",  # an agent noun in -man may name him
    ):
        need = last(text)
        assert need is None or need.rule != "inner-pronoun", text


def test_a_role_in_the_possessive_leans_on_the_sentence_that_told_of_it() -> None:
    # context57 (`possessive-role`): "the president's comments" leans on a sentence before that used the
    # role; not when this sentence introduces the role itself, nor a role no sentence before used
    filler = "the state sold more than three million dollars of goods in the first four days of july."

    def last(*sentences: str) -> Need | None:
        return story_needs(make_story([[LEAD.lower(), *[filler] * 4, *sentences]]))[-1]

    need = last("the president spoke on monday.", "a minister condemned the president's comments on sunday.")
    assert need is not None and need.rule == "possessive-role" and need.term == "president"
    need = last("a minister condemned the comments of the president and the president's aides on sunday.")
    assert need is None or need.rule != "possessive-role"
    need = last("a minister condemned the governor's comments on sunday.")
    assert need is None or need.rule != "possessive-role"


def test_lower_cased_text_names_a_person_by_an_honorific_and_an_unusual_word() -> None:
    # context56: "mr. hekmati" names him as "amir hekmati" would; a later bare "hekmati" leans on it, but an
    # honorific before a listed given name ("dr. alison ng") gives no surname "alison"
    filler = "the state sold more than three million dollars of goods in the first four days of july."

    def last(*sentences: str) -> Need | None:
        return story_needs(make_story([[LEAD.lower(), *[filler] * 4, *sentences]]))[-1]

    need = last("the case against mr. hekmati was secret.", "officials said hekmati was a spy.")
    assert need is not None and need.rule == "surname-reference" and need.term == "hekmati"
    need = last("dr. alison ng led the study.", "officials said alison was right.")
    assert need is None or need.rule != "surname-reference"
    # and a month before the comma is no name a speaker's description stands beside
    need = last(
        "a pastor, juan cruz, said the ferry was cursed.", "drivers rode free in april, the pastor says."
    )
    assert need is not None and need.rule == "definite-speaker"


def test_an_ordinary_first_word_that_is_a_surname_told_before_may_be_whom_the_pronoun_means() -> None:
    story = make_story(
        [[LEAD, "Engineer Ray Rice checked the pillars.", "Rice thinks his pillars are safe."]]
    )
    need = story_needs(story)[-1]
    assert need is None or need.rule != "inner-pronoun"
    story = make_story([[LEAD, "Rose thinks her pillars are safe."]])  # a listed given name
    need = story_needs(story)[-1]
    assert need is None or need.rule != "inner-pronoun"


def test_a_leads_expletive_it_points_at_nothing_before() -> None:
    # context59 `expletive-it`: a document's first sentence whose "it" holds the place of the clause after it
    # leans on nothing (no sentence comes before a lead); later in a document the same opening keeps its need
    # (such a sentence goes on with its paragraph's topic), and an "it" that is a thing ("hard to watch") too
    for lead in (
        "It is fair to say that few drivers know when the harbour bridge will reopen.",
        "It should come as no surprise that the ferry across the harbour is late again.",
        "It's not clear whether the council will pay for the repairs of the harbour bridge.",
        "It seems that the harbour bridge will stay closed all winter.",
    ):
        assert story_needs(make_story([[lead]])) == [None], lead
        assert story_needs(make_story([[lead.lower()]], lower=True)) == [None], lead
        need = story_needs(make_story([[LEAD, lead]]))[-1]
        assert need is not None and need.cue == "pron", lead
    for lead in ("It was hard to watch.", "It is likely to pass on Monday.", "It is a shame."):
        assert story_needs(make_story([[lead]]))[0] is not None, lead


def test_a_leads_sad_news_elapsed_time_and_cleft_it_point_at_nothing_before() -> None:
    # context60 (brief60's dev leads): more placeholder "it" openings of a document's first sentence; later in
    # a document they keep their need, and a cleft on a thing told before ("It was in it that ...") too
    for lead in (
        "It is with great sadness that the council reports the death of its harbour master.",
        "It's been a week since the harbour bridge closed for repairs.",
        "It has been three long months since the ferry last sailed.",
        "It's come to my attention that the ferry no longer stops at the harbour.",
        "It was in May of 1925 when the council first closed the harbour bridge.",
        "It wasn't just any engineer who found the cracks in the harbour bridge.",
    ):
        assert story_needs(make_story([[lead]])) == [None], lead
        assert story_needs(make_story([[lead.lower()]], lower=True)) == [None], lead
        need = story_needs(make_story([[LEAD, lead]]))[-1]
        assert need is not None and need.cue == "pron", lead
    for lead in ("It has been a disaster since March.", "It was in the river, police said."):
        assert story_needs(make_story([[lead]]))[0] is not None, lead


def test_a_leads_fronted_pronoun_means_the_subject_after_its_comma() -> None:
    # context59 `lead-cataphora`: in a document's first sentence a person's pronoun in the fronted phrase
    # means the clause's subject, whatever opens that clause; later in a document it may mean someone before
    for lower in (False, True):
        for lead in (
            "In her first interview since the vote, council member Ann Lee said the bridge must close.",
            "In their closed meeting, which the paper reported, engineers said the pillars were cracked.",
        ):
            text = lead.lower() if lower else lead
            assert story_needs(make_story([[text]], lower=lower)) == [None], text
        text = "In her first interview since the vote, she said the bridge must close."
        assert story_needs(make_story([[text]], lower=lower))[0] is not None
    need = story_needs(make_story([[LEAD, "In her first interview since the vote, the mayor said no."]]))[-1]
    assert need is not None and need.rule == "pronoun-before-name"


def test_a_leads_first_is_no_part_of_an_enumeration() -> None:
    # context59 `lead-first`: "First, ..." opening a document with no second part after it is no list's part
    # (none was announced before it); after another sentence it is still a list's first part
    text = "First, the council closed the harbour bridge to trucks on Monday."
    assert story_needs(make_story([[text]])) == [None]
    assert story_needs(make_story([[text, "And now the ferry is late."]]))[0] is None
    need = story_needs(make_story([[LEAD, text]]))[-1]
    assert need is not None and need.rule == "enumeration"
    # ... unless its document goes on with a second part: then it is one, its announcement cut
    need = story_needs(make_story([[text, "The ferry is late.", "Second, the council raised fares."]]))[0]
    assert need is not None and need.rule == "enumeration"


def test_this_time_after_again_and_out_of_this_world_point_at_nothing_before() -> None:
    # context59: "out of this world" an idiom (`_DEMONSTRATIVE_IDIOM`), and in a lead "again, this time ..."
    # (the time before is the sentence's own "again")
    text = "The council found an 'out of this world' way to pay for the harbour bridge."
    assert story_needs(make_story([[text]])) == [None]
    need = story_needs(make_story([[LEAD, text]]))[-1]
    assert need is None or need.rule != "demonstrative"
    # "again, this time" only in a lead: later the time before is the sentence before's
    text = "The ferry company has raised its fares again, this time by ten percent."
    assert story_needs(make_story([[text]])) == [None]
    need = story_needs(make_story([[LEAD, text]]))[-1]
    assert need is not None and need.rule == "demonstrative"
    need = story_needs(make_story([[LEAD, "This time, the ferry company raised its fares."]]))[-1]
    assert need is not None


def test_a_lead_that_names_its_speaker_needs_no_sentence_for_he_said() -> None:
    # context59 `lead-named-speaker`: ", he told ..." in a document's first sentence that names a person the
    # pronoun may be; a lead naming no one, or a woman for "he", keeps the need, as a later sentence does
    filler = "the state sold more than three million dollars of goods in the first four days of july."
    for text, lower in (
        ("Engineer Ann Lee, who saw the bridge in May, found two cracks, she told reporters.", 0),
        ("engineer sean brody, who saw the bridge in may, found two cracks, he told reporters.", 1),
    ):
        assert story_needs(make_story([[text, *[filler] * 4]], lower=bool(lower)))[0] is None, text
        need = story_needs(make_story([[LEAD, *[filler] * 4, text]], lower=bool(lower)))[-1]
        assert need is not None and need.rule == "pronoun-attribution", text
    for text in (
        "The bridge will close for a year, he told reporters.",
        "Harbour engineer Ann Lee found two cracks, he told reporters.",
    ):
        assert story_needs(make_story([[text]]))[0] is not None, text


def test_a_mark_before_its_speaker_closes_the_quotation_whatever_was_counted() -> None:
    # context59 `speaker-closes-quote`: Multi-News text loses a quotation mark across paragraphs; a last mark
    # after a comma and before its speaker (', " said lee, ...') closes the quotation, so the sentences after
    # it are read outside one (before: every later sentence of the document was `quote-continues`)
    doc = [
        '" the bridge is closed, " she said at the meeting on monday. "',
        'we will reopen it in the spring. "',
        'so we waited, and nothing happened, " said lee, a member of the council.',
        "the ferry company raised its fares by ten percent.",
    ]
    got = story_needs(make_story([doc], lower=True))
    assert got[-1] is None
    assert got[1] is not None and got[1].cue == "quote"


def test_a_long_sentence_is_read_in_time_linear_in_its_words() -> None:
    """own-antecedent and previous-definite read the words before each match: they re-read the sentence's
    start at every "this plan" / "the site" (a 9,000-word run-on page took 15 s for one rule, 113 s at
    24,000 words); the words seen are grown once now (review60). The answers are the short sentence's."""
    import time

    from newsbrief.readability import Context, _demonstrative, _previous_definite

    run_on = "A plan " + "and this plan " * 3000 + "ended."
    site = "Site visitors see " + "the site and " * 3000 + "ended."
    started = time.perf_counter()
    assert not _demonstrative(Context(run_on, run_on.lower(), "A budget.", False, ()))
    assert not _previous_definite(Context(site, site.lower(), "They built a site there.", False, ()))
    assert time.perf_counter() - started < 3.0
    # the same answers as before on short sentences: named before (no need), not named (a need)
    assert not _demonstrative(Context("A plan and this plan.", "a plan and this plan.", None, False, ()))
    assert _demonstrative(Context("So this plan failed.", "so this plan failed.", None, False, ()))
    short = "Visitors saw the site."
    assert _previous_definite(Context(short, short.lower(), "They built a site there.", False, ())) == "site"
    short = "Site visitors saw the site."
    assert not _previous_definite(Context(short, short.lower(), "They built a site there.", False, ()))
