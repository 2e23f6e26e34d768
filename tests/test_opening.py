"""News first: the opening rules (`summarize.opening.RULES`) and the choice of the opening lead."""

from __future__ import annotations

import numpy as np
import pytest
from test_features import make_story

from newsbrief.model import Budget
from newsbrief.summarize import features as F
from newsbrief.summarize.opening import RULES, dated_news, lead_of, main_reports, opening, set_aside

SET_ASIDE = [
    # quotation-lede: the speaker's line before the news
    ("“Sometimes I lost hope,” Faraj said.", "quotation-lede"),
    ('"We will rebuild," the mayor told reporters on Monday.', "quotation-lede"),
    # Multi-News+ spaces its marks and may open a quotation with a straight single one
    ("' we have lost the harbour, the ferries. \" that is how the mayor put it on monday.", "quotation-lede"),
    # a short quotation is still a line with a comma inside or "is what ..." after it (not a title)
    ('" enough, " was all the mayor said on monday.', "quotation-lede"),
    ("“Rebuild” is what the mayor told reporters on Monday.", "quotation-lede"),
    ('" " is that appropriate? " she asked on monday.', "quotation-lede"),  # an empty mark: no title
    # reader-address: the writer speaks to the reader
    (
        "Saddle up to the gate on your next United flight and you may notice that there's now a "
        "different system in place for loading passengers.",
        "reader-address",
    ),
    ("Don't look for Amy Schumer in any Super Bowl LIII commercials this time around.", "reader-address"),
    ("If you've been watching this season of The Bachelor, you have met Bekah Martinez.", "reader-address"),
    # writer-voice: the writer's first person
    ("We measured maps of atmospheric water and its deuterated form across Mars.", "writer-voice"),
    ("We're told the bridge will stay shut until the summer.", "writer-voice"),
    ("I've been at or watched every Apple keynote and product launch event since 1998.", "writer-voice"),
    # a lower-cased story whose dateline was cut: the pronoun is left in lower case
    ("i've covered every flood on this river since 1998.", "writer-voice"),
    ("we drove to the dam before dawn to see the water rise.", "writer-voice"),
    # generic-lede: a frame that reports no event
    (
        "February is the time for movies that look slick and promising but turn out to have something "
        "major wrong with them.",
        "generic-lede",
    ),
    (
        "Anyone following the U.S. Senate race in New York this year could be forgiven for concluding "
        "that this is an epic battle.",
        "generic-lede",
    ),
    ("Sometimes there's as much drama in the casting of a movie as in the film itself.", "generic-lede"),
    # background-lede: the past before the news
    ("In 1992, in a good year for Democrats, Barbara Boxer won her seat in the Senate.", "background-lede"),
    ("Ten years ago this morning, meteorologist Robert Ricks faced a dilemma.", "background-lede"),
    ("In August 2014, physicians in Colorado noted a cluster of cases of limb weakness.", "background-lede"),
    ("Just 20 years ago, many archaeologists believed there was a human revolution.", "background-lede"),
    ("Once at the top of world field hockey, India would like to regain that glory.", "background-lede"),
    ("Once a sleepy fishing village, Tulum is now crowded with tourists all year.", "background-lede"),
    ("Once known as the Paris of the East, Shanghai has changed beyond recognition.", "background-lede"),
    # span-ago-lede (session 39): what happened months or years ago, before the news
    ("Ann Lee arrived in Dover almost a year ago with a mission: to mend the police force.", "span-ago-lede"),
    ("On an August day four years ago, a professor received a text from her student.", "span-ago-lede"),
    # caption-lede: a picture described in the present tense
    ("A woman waves the Egyptian flag during a protest supporting Mohamed Morsi in Cairo.", "caption-lede"),
    ("An unknown visitor arrives at a gated house in Woodland Hills on Tuesday, Jan. 24.", "caption-lede"),
    (
        "A worker returns a bag containing a runner's personal effects near the finish line on April 16.",
        "caption-lede",
    ),
    # anecdote-lede (session 17, duc2006-D0612C, duc2006-D0628A): one person's story before the news
    ("Like thousands of children, 7-year-old Kyle Carroll takes Ritalin for his disorder.", "anecdote-lede"),
    ("When Evan Rosenberg was 2 years old, he didn't play like other children.", "anecdote-lede"),
    ("When she was a teenager, Ann Lee moved from foster care to her own flat.", "anecdote-lede"),
    # session 23: a child portrayed as an ordinary one before the news of the illness
    ("Little Tom Reed, of Dover, Delaware, was a typical 4-year-old, playful and active.", "anecdote-lede"),
    ("Until last May, Ann Lee was a healthy 12-year-old who loved to swim.", "anecdote-lede"),
    # present-frame-lede (session 43, duc2003-d30042t): a scene in the reader's present, no event
    ("Outwardly at least, everything on display in the harbour these days seems calm.", "present-frame-lede"),
    ("Nowadays, the ferry carries more bicycles than cars.", "present-frame-lede"),
    # general-lede (session 46, multinews-val-50240 and a training story): a definition or a yearly habit
    ("Water bears, also known as moss piglets, are tiny animals that live in damp moss.", "general-lede"),
    ("Harbour Ferries Ltd., 12 Quay Road, is a shipping company that runs three boats.", "general-lede"),
    ("The idea of a cursed bridge is a staple of local folklore.", "general-lede"),
    ("Each year, drivers in the county cross the river bridge about four million times.", "general-lede"),
    ("Every day, ten thousand commuters take the ferry over the river.", "general-lede"),
]

HARD_NEWS = [
    # a span ago in a relative clause, or with the day of the news (span-ago-lede leaves them)
    "A mother whose son was taken from her several months ago has regained custody of the boy.",
    "A man who escaped from prison two years ago was caught in Texas on Monday.",
    "An inmate escaped from prison two years ago and was caught in Texas on Monday.",
    "Kenyan rangers killed a lion that pounced on a man in a crowd after it escaped from a park in Nairobi.",
    "Police Chief Stephen Johnson was arrested for soliciting a prostitute on Friday, officials said.",
    "Tens of thousands took part in a march on Sunday against the new labour law.",
    "Israel and the Palestinians resumed talks on Monday after a pause of three years.",
    "A new round of talks on Monday ended without a deal, the mediators said.",
    "A man who walks his dog near the park every day found the bag on Tuesday.",
    "In a letter to the court on Friday, the company said it would appeal.",
    "Once more, the central bank raised its main interest rate on Thursday.",
    # "Once" as a conjunction opens the news (background-lede set both aside)
    "Once inside the school, the gunman opened fire on students in two classrooms.",
    "Once the votes were counted, the commission declared the incumbent the winner.",
    # a weekday alone dates the news, not a picture (caption-lede set it aside)
    "A man stands trial in Boston on Monday, accused of killing his neighbour in 2019.",
    "The mayor said in 2019 that the bridge would be rebuilt by 2024.",
    "Police said the suspect told officers: \u201cYou will never find the money.\u201d",
    # a definition's shape with the news in it, or a verb after "are" (general-lede leaves them)
    "Ann Lee, 45, is a mother of three who was killed on the bridge on Monday.",
    "The storm is a threat that forecasters said could reach the coast tonight.",
    "Harbour Ferries is now a company of four hundred workers after the merger.",
    "Police are investigating the death of a man found near the river bridge.",
    "Protesters are angry at the closure of the harbour to fishing boats.",
    "Each year the council votes on the bridge budget, and on Monday it voted it down.",
    "Meeting in Geneva on Monday, the ministers agreed to extend the ceasefire by a month.",
    "U.S. officials said on Monday that the talks would resume in Geneva.",
    "US officials said on Monday that the talks would resume in Geneva.",
    "I-95 was closed in both directions on Sunday after a tanker overturned near Baltimore.",
    # lower-cased: "us" is the country, "i-95" a road, an elision's mark no quotation
    "us officials said on monday that the talks would resume in geneva.",
    "i-95 was closed in both directions on sunday after a tanker overturned near baltimore.",
    "'90s pop star Ann Lee announced a farewell tour on Monday.",
    "Imagine Dragons cancelled the rest of their tour on Friday, the band said.",
    "Meet the Press host Chuck Todd said on Sunday that he would leave the show.",
    "Voters in Brazil appeared to re-elect President Fernando Henrique Cardoso on Sunday.",
    # a quoted title as the subject or a credit's word (quotation-lede, multinews-val-48603)
    '" me and orson welles " is a frothy backstage pass, courtesy of director richard linklater.',
    "“The Harbour” director Ann Lee said on Monday that she would film a sequel in Dover.",
    # a comparison with other bodies, a clause of an event (anecdote-lede)
    "Like other airlines, Delta cancelled hundreds of flights on Monday as the storm hit.",
    "When the bill was passed on Friday, the senators cheered in the chamber.",
    # an age in the news itself, not a portrait (anecdote-lede)
    "A 4-year-old boy was found safe on Monday after a night in the woods, police said.",
    "The suspect, who is a 19-year-old student, was charged with arson on Friday.",
    # the reader's present quoted, the news told (present-frame-lede)
    "The mayor said on Monday that \u201cthese days nobody is safe\u201d after the ferry sank.",
]


@pytest.mark.parametrize(("text", "rule"), SET_ASIDE)
def test_a_feature_opening_is_set_aside_by_its_rule(text: str, rule: str) -> None:
    assert set_aside(text) == rule


@pytest.mark.parametrize("text", HARD_NEWS)
def test_a_hard_news_lead_is_not_set_aside(text: str) -> None:
    assert set_aside(text) is None


def test_every_rule_has_a_name_and_a_reason() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert all(r.reason for r in RULES)
    assert {rule for _, rule in SET_ASIDE} == set(names)  # each rule has an example above


REPORT = [
    "The city council approved the new budget for the river bridge on Monday after a long debate.",
    "The plan sets aside four million dollars for repairs to the bridge pillars next year.",
    "Council members said the repairs would start in the spring and last about six months.",
    "Drivers will use a ferry across the river while the bridge is closed for the repairs.",
    "The mayor said the town could not wait any longer for the state to pay for the bridge.",
]


def _open(docs: list[list[str]], favour: int, words: int = 80) -> str:
    """The opening `opening` picks when the scores favour document `favour`'s lead over every other."""
    story = make_story(docs)
    feats = F.compute(story)
    q = np.zeros(len(story.sentences))
    q[[i for i, s in enumerate(story.sentences) if s.doc == favour]] = 1.0
    eligible = feats.candidate.copy()
    seed = opening(story, feats, q, eligible, {}, Budget(words=words), lead_of(story, feats))
    assert len(seed) == 1
    return story.sentences[seed[0]].text


FEATURE = [
    "“We have waited for this bridge for twenty years,” said a shop owner beside the river.",
    "The shop owner said business had fallen by half since the old bridge was first shut.",
    "Her cafe on the east bank serves coffee to the ferry crews every morning.",
    "Customers from the west bank now take the ferry or stay at home, she said.",
    "She hopes the new bridge will bring the weekend visitors back to the cafe.",
]


def test_a_hard_news_lead_opens_instead_of_a_feature_lead() -> None:
    # the feature's lead scores best; the rule, not the score, decides
    assert _open([FEATURE, REPORT], favour=0) == REPORT[0]
    assert _open([FEATURE, REPORT], favour=1) == REPORT[0]


PAPER = [
    "Steel decks carry more traffic than ever, but few studies measured how fast they wear.",
    "We found that decks of old steel cracked twice as often as new ones (n = 40).",
    "Cracks grew fastest in salt air on the coast.",
    "These results suggest old bridges need checks each year.",
]


def test_a_papers_abstract_does_not_open_before_the_report() -> None:
    """brief49 (issue 16): a paper's abstract given as a source (`candidates.paper_docs`) is no report:
    its lead, however well scored, does not open ahead of the report's news."""
    assert _open([PAPER, REPORT], favour=0) == REPORT[0]
    assert _open([PAPER], favour=0) == PAPER[0]  # a paper alone still opens


def test_a_report_of_an_event_opens_instead_of_a_definition() -> None:
    # general-lede (multinews-val-50240: a court case's encyclopedia entry opened before the report
    # of the company's new policy): the definition is set aside, the event opens.
    entry = [
        "The Harbour Bridge, also known as the Old Span, is a steel bridge that crosses the river at Dover.",
        "It was built in 1931 and carries about ten thousand cars a day.",
        "The bridge has four lanes and a footpath on its east side.",
        "Its pillars were last repaired in 1990, after a flood.",
    ]
    assert _open([entry, REPORT], favour=0) == REPORT[0]
    assert set_aside(entry[0]) == "general-lede"


def test_the_most_shared_lead_opens() -> None:
    # Two reports of one council vote and a third with another angle on the story: the vote, which
    # another document states too, opens rather than the one outlet's angle that scores best.
    angle = [
        "The ferry company expects to double its crossings over the river during the bridge closure.",
        "The ferry company said it would hire ten more workers for the extra crossings.",
        "Tickets for the ferry crossing will cost two dollars for cars and nothing for walkers.",
        "The ferry company has run crossings on the river for more than forty years.",
    ]
    other = [
        "The city council on Monday approved the new budget for the river bridge after a long debate.",
        "The repairs to the bridge pillars will cost four million dollars, the council said.",
        "Work on the bridge is expected to start in the spring and last six months.",
        "The mayor said the town could not wait any longer for the state to pay.",
    ]
    assert _open([angle, REPORT, other], favour=0) in (REPORT[0], other[0])


def test_when_every_lead_is_set_aside_the_best_one_still_opens() -> None:
    docs = [
        ["Sometimes a town must choose between its bridge and its budget; this week it did.", *REPORT[1:4]],
        ["Anyone who drives over the river bridge knows that its pillars are cracked and old.", *REPORT[1:4]],
    ]
    assert _open(docs, favour=1) == docs[1][0]
    assert _open(docs, favour=0) == docs[0][0]


@pytest.mark.parametrize(
    "text",
    [
        "The council approved the bridge budget on Monday after a long debate.",
        "Police said the driver was arrested yesterday near the river bridge.",
        "The ferry began its first crossings on Dec. 12, the company said.",
        "The mayor signed the plan last week, two days after the vote.",
        "On election day, voters turned the council's majority out of office.",
    ],
)
def test_dated_news_names_the_day_and_quotes_no_one(text: str) -> None:
    assert dated_news(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge has stood over the river for ninety years.",  # no day
        "“We waited twenty years,” the mayor said on Monday.",  # a quotation
        "' it is a good day, ' the mayor said on monday.",  # Multi-News+ spaced single marks
        "In 1992, the council voted on Monday to build the bridge.",  # background-lede
        "Earlier this month, the council met to discuss the bridge.",  # a month is no day of the news
    ],
)
def test_dated_news_refuses_an_undated_quoted_or_set_aside_sentence(text: str) -> None:
    assert not dated_news(text)


def test_when_every_lead_is_set_aside_a_dated_news_sentence_opens() -> None:
    # `dated-news` (LongBench dev: a quotation lead, "Sometimes I lost hope," opened a report whose
    # next sentence told the killings of the week): the report's news sentence opens, not the quotation,
    # and not a quotation of the day nor a dated sentence below a report's first NEWS_DEPTH.
    quote = "“We have waited for this bridge for twenty years,” said a shop owner beside the river."
    dated = "The city council approved the new budget for the river bridge on Monday after a debate."
    docs = [
        [quote, dated, *REPORT[2:5]],
        ["Anyone who drives over the river bridge knows that its pillars are cracked and old.", *REPORT[1:5]],
    ]
    assert _open(docs, favour=0) == dated
    assert _open(docs, favour=1) == dated
    quoted = "“It was a long debate,” the mayor said of the bridge budget on Monday night."
    docs[0][1] = quoted
    assert _open(docs, favour=0) == quote  # no news sentence: the best lead as it is
    docs[0][1:] = [*REPORT[2:5], dated]  # the fourth sentence: too far down
    assert _open(docs, favour=0) == quote


# A long analysis whose lead cannot open, a long feature and two shorter wire reports of one event
# (a DUC cluster: a 1,400-word analysis, a 774-word feature, 300-500-word reports). The feature's
# scene-setting lead is set aside by no rule.
LONG_FEATURE = [
    "Along the quiet river bank below the old stone bridge, a fisherman cast his line alone at dawn.",
    *[
        f"The old bridge has stood over the river for {n} decades, and the town grew up around its arches."
        for n in ("nine", "eight", "seven", "six", "five", "four", "three", "two")
    ],
]
ANALYSIS = [
    f"The bridge debate of the {n} is a lesson in how small towns pay for the roads they cannot lose."
    for n in ("sixties", "seventies", "eighties", "nineties", "last decade", "last year", "spring", "summer")
] * 2
OTHER = [
    "The city council on Monday approved the new budget for the river bridge after a long debate.",
    "The repairs to the bridge pillars will cost four million dollars, the council said.",
    "Work on the bridge is expected to start in the spring and last six months.",
    "Drivers will cross the river by ferry while the bridge is shut, the council said.",
    "The mayor said the town could not wait any longer for the state to pay for the repairs.",
    "The vote ended a debate on the bridge that had lasted for more than two years in the town.",
]


def test_a_long_analysis_whose_lead_cannot_open_does_not_set_the_main_reports() -> None:
    # Main among the reports whose lead may open (`main_reports`): the reports are under half the
    # analysis' length but over half the feature's, so the better scored news of the vote opens, not
    # the fisherman (the only main report's lead that could open when the analysis set the bar).
    story = make_story([ANALYSIS, LONG_FEATURE, [*REPORT, OTHER[5]], OTHER])
    feats = F.compute(story)
    q = np.array([0.2 if s.doc == 1 else 0.6 for s in story.sentences])
    eligible = feats.candidate.copy()
    eligible[0] = False  # the analysis' lead leans on what it does not say
    seed = opening(story, feats, q, eligible, {}, Budget(words=80), lead_of(story, feats))
    assert story.sentences[seed[0]].text in (REPORT[0], OTHER[0])


def test_when_no_main_reports_lead_stands_alone_a_shorter_reports_lead_still_opens(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Session 38 (LongBench dev, a 3,255-word feature beside a 406-word report): the longest report's
    # lead leans on what it leaves out, and the reports are under half its length; the main reports
    # are then counted among those whose lead stands alone, and the news of the vote opens, where the
    # summary once opened in reading order. Not a document of a few words (FALLBACK_WORDS): these
    # reports are short, so none opens until the bar is lowered.
    import newsbrief.summarize.opening as O

    story = make_story([ANALYSIS, REPORT, OTHER])
    feats = F.compute(story)
    q = np.full(len(story.sentences), 0.5)
    eligible = feats.candidate.copy()
    eligible[0] = False  # the analysis' lead leans on what it does not say
    first = lead_of(story, feats)
    assert opening(story, feats, q, eligible, {}, Budget(words=80), first) == ()
    monkeypatch.setattr(O, "FALLBACK_WORDS", 10)
    seed = opening(story, feats, q, eligible, {}, Budget(words=80), first)
    assert [story.sentences[i].text for i in seed] in ([REPORT[0]], [OTHER[0]])
    eligible[feats.candidate] = False  # no lead stands alone: nothing is seeded
    assert opening(story, feats, q, eligible, {}, Budget(words=80), first) == ()


def test_main_reports_measures_against_the_longest_report_whose_lead_may_open() -> None:
    sizes = np.array([1400.0, 774.0, 500.0, 300.0, 0.0])
    assert main_reports(sizes, np.array([1, 2, 3])).tolist() == [True, True, True, False, False]
    assert main_reports(sizes, np.array([0, 1, 2, 3])).tolist() == [True, True, False, False, False]
