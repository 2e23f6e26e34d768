"""Session 44 (issue 14): two facts a reading of shared words took for one, each told apart by one named
rule (`align.facts_apart`, `pairs.value_moved`), so neither cites the other; the same fact told alike
still cites. Sentences written for these tests."""

from __future__ import annotations

import pytest
from align_texts import cited, kinds_and_rules

from newsbrief.align.facts_apart import apart


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # detained and released is no arrest (`released-not-arrested`; was a `claim-voice` fact)
        (
            "Mark Ellison was detained for questioning on Tuesday and later released.",
            "Police arrested Mark Ellison on Tuesday.",
        ),
        # another market, one shape of numbers (`other-commodity`; was a `same-claim` fact)
        (
            "Oil prices rose 2 percent to $85 a barrel on Monday.",
            "Gold prices rose 2 percent to $1,850 an ounce on Monday.",
        ),
        # ... and one text but the market (was a `same-words` fact)
        (
            "Oil prices fell 3 percent on Monday as traders worried about demand.",
            "Gold prices fell 3 percent on Monday as traders worried about demand.",
        ),
        # one person, one outcome, another cause (`other-cause`; were `same-fact` and `same-claim` facts)
        (
            "The singer Dana Lowell died in a car crash on Sunday, her publicist said.",
            "The singer Dana Lowell died of cancer on Sunday, her publicist said.",
        ),
        (
            "Dana Lowell, the singer, was killed in a car crash on Sunday.",
            "Dana Lowell, the singer, died of cancer on Sunday.",
        ),
        # the other participant's value (`value-moved`; was a `stated-within` fact)
        (
            "Shares of Acme rose 5 percent and shares of Brill rose 3 percent on Friday.",
            "Shares of Acme rose 3 percent on Friday.",
        ),
    ],
)
def test_two_facts_told_apart_are_not_cited(a: str, b: str) -> None:
    assert not cited(a, b), kinds_and_rules(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Police detained Mark Ellison on Tuesday outside his home in Dunmore.",
            "Mark Ellison was arrested on Tuesday outside his home in Dunmore.",
        ),
        (
            "The singer Dana Lowell died in a car crash on Sunday, her publicist said.",
            "Dana Lowell, the singer, was killed in a car crash on Sunday.",
        ),
        (
            "Shares of Acme rose 5 percent and shares of Brill rose 3 percent on Friday.",
            "Shares of Acme rose 5 percent on Friday.",
        ),
        # a name far before a value is not whose value it is (`VALUE_NEAR`)
        (
            "Dunmore, with 85,000 people, is Ostland's third-largest town, on the river's east bank some 200 "
            "kilometers north of Harwick. The old mill in Dunmore closed in May.",
            "Dunmore is about 200 kilometers north of Harwick.",
        ),
    ],
)
def test_one_fact_told_alike_still_cites(a: str, b: str) -> None:
    assert cited(a, b), kinds_and_rules(a, b)


@pytest.mark.parametrize(
    ("a", "b", "rule"),
    [
        (" he was detained and released ", " he was arrested ", "released-not-arrested"),
        (" he was arrested and later released on bail ", " he was detained and released ", ""),
        (" oil prices fell ", " crude futures fell ", ""),
        (" natural gas prices rose ", " gold prices rose ", "other-commodity"),
        (" gold rose ", " oil rose ", ""),  # no price named: not read
        (" he died of a heart attack ", " he died after a long illness ", ""),  # "illness" names no cause
        (" he was shot dead after a car crash ", " he died in the shooting ", ""),
        (" he died of a stroke ", " his death from cancer ", "other-cause"),
    ],
)
def test_rules_read_words(a: str, b: str, rule: str) -> None:
    assert apart(a, b) == rule
    assert apart(b, a) == rule


def test_session45_a_name_said_is_not_stated_by_a_sentence_naming_her() -> None:
    """Session 45 (cite45, item 3; multinews-val-46141, a lower-cased story): "my name is X." was stated
    (`stated-in-main`) by a sentence naming X beside the "names" of a petition; rule `name-only` tells them
    apart, while the same words, or a sentence saying what she is called, still state it."""
    intro = "my name is dana lowell."
    petition = (
        "during last week's meeting, the board was presented with a petition, bearing more than 275,000 "
        "names, protesting the ouster of a scout leader, dana lowell, who had served for a year."
    )
    assert not cited(intro, petition) and not cited(petition, intro), kinds_and_rules(intro, petition)
    assert cited(intro, intro)
    assert apart(" my name is dana lowell . ", " a woman named dana lowell spoke . ") == ""


def test_session51_a_sentence_pointing_at_its_page_states_no_fact_of_the_story() -> None:
    """Session 51 (cite51; a training story's scores table): "... final scores in the Solar Decathlon 2015
    are shown below." was cited (`same-fact`) by a sentence sharing its names and year; rule `page-pointer`
    tells them apart, while a sentence with "below" or "above" that points at no page still cites."""
    table = "Final scores for every team in the Harwick Solar Cup 2015 are shown below."
    team = (
        "A team of Eastbrook University students will unveil their new solar house in Varna this week as "
        "judging begins in the Harwick Solar Cup 2015."
    )
    assert not cited(table, team) and not cited(team, table), kinds_and_rules(table, team)
    winners = " the winners of the cup were named "
    assert apart(" below are the winners of the cup ", winners) == "page-pointer"
    assert apart(" watch the video below ", " the video shows the crash ") == "page-pointer"
    assert apart(" the water rose above the bridge ", " the water rose below the deck ") == ""
    river = "Floodwater rose above the railings of the Varna bridge on Tuesday, police said."
    assert cited(river, "Police said floodwater rose above the railings of the Varna bridge on Tuesday.")


def test_session51_an_embedded_post_s_footer_states_nothing() -> None:
    """Session 51 (cite51; unseen training stories): "See more of <name> on Facebook", an embedded post's
    footer, was cited each way (`same-fact`) with a line naming that person; rule `page-pointer` reads it
    as words about the page."""
    footer = "See more of dana whitcombe on facebook"  # a story that lost its letter case
    line = "At least, for facebook user dana whitcombe."
    assert not cited(footer, line) and not cited(line, footer), kinds_and_rules(footer, line)
    wrote = " dana whitcombe wrote on facebook "
    assert apart(" see more of dana whitcombe on facebook ", wrote) == "page-pointer"
    assert apart(" you can see more of dana whitcombe on facebook ", wrote) == ""
