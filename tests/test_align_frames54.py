"""Session 54 (issue 14): a claim one sentence frames as denied, untrue, hearsay, a question or a
possibility, and one stock phrase two speakers each say of themselves, cite nothing (`facts_apart` rules
`denied-frame`, `untrue-frame`, `hearsay-frame`, `question-frame`, `possible-frame`;
`pairs.own_words_apart`); the same frame on both sides, or one speaker, still cites; a short quotation
after ", saying" is its sentence's subject's (`pairs._saying_subject`). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from align_texts import cited, kinds_and_rules

from newsbrief.align.facts_apart import apart


@pytest.mark.parametrize(
    ("a", "b", "rule"),
    [
        # a verb of denial and "claims that" (was a `same-fact` fact: "rejected" was no negation word)
        (
            '"The mayor misled voters about the cost of the new stadium project," councillor Ann Lund said.',
            "Mayor Tom Brook rejected claims that he misled voters about the cost of the new stadium "
            "project.",
            "denied-frame",
        ),
        # ... "dismissed claims that" (was a `same-words` fact)
        (
            "The company dismissed claims that it dumped waste into the Carrow River for years.",
            "Inspectors found the company dumped waste into the Carrow River for years.",
            "denied-frame",
        ),
        # ... "refuted allegations that" (was a `same-fact` fact)
        (
            "The minister refuted allegations that she accepted gifts from the building firm.",
            "Auditors said the minister accepted gifts from the building firm.",
            "denied-frame",
        ),
        # a frame that calls its clause untrue (was a `quote-reported` quote)
        (
            '"It would be wrong to claim that rising sea levels threaten coastal towns," Tom Brook said.',
            "Scientists warn that rising sea levels threaten coastal towns along the eastern shore.",
            "untrue-frame",
        ),
        # "hardly" (was a `quote-reported` quote)
        (
            '"This report is really a wake-up call to the farming community that a large number of wells '
            'are running dry," Ann Lund said.',
            "Critics said it was hardly a wake-up call to the farming community, which has watched its "
            "water levels for decades.",
            "untrue-frame",
        ),
        # a rumour is no source (was a `same-words` fact)
        (
            "There were unconfirmed reports that the gunman had been arrested near the station.",
            "Police said the gunman had been arrested near the station on Monday night.",
            "hearsay-frame",
        ),
        # a question asks what the other states (was a `same-words` fact)
        (
            "Did the minister know about the payments to the consulting firm before the election?",
            "The minister knew about the payments to the consulting firm before the election.",
            "question-frame",
        ),
        # ... and so does "Whether ... remains unclear" (was a `same-fact` fact)
        (
            "Whether the airport will expand its main runway remains unclear.",
            "The airport will expand its main runway, the transport ministry said.",
            "question-frame",
        ),
    ],
)
def test_frames54_a_framed_claim_cites_nothing(a: str, b: str, rule: str) -> None:
    assert not cited(a, b)
    assert not cited(b, a)
    words = [" " + " ".join(w.strip('".,').lower() for w in t.split()) + " " for t in (a, b)]  # `Facts.words`
    assert apart(*words) == rule


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one frame on both sides: one denial reported twice
        (
            "Mayor Tom Brook rejected claims that he misled voters about the cost of the new stadium "
            "project.",
            "On Monday Mayor Tom Brook rejected claims that he misled voters about the cost of the new "
            "stadium project.",
        ),
        # "rejected" with no clause after it is what happened, not a denial
        (
            "Voters in Carrow County rejected the new sales tax by a wide margin on Tuesday.",
            "On Tuesday, Carrow County voters rejected the new sales tax by a wide margin.",
        ),
    ],
)
def test_frames54_one_frame_on_both_sides_still_cites(a: str, b: str) -> None:
    assert cited(a, b)


def test_frames54_a_stock_phrase_two_speakers_say_of_themselves_is_two_statements() -> None:
    """Rule `own-words-apart`: one stock phrase, each of two named speakers saying it of themselves (was a
    `same-words` fact); one speaker saying it twice still cites."""
    a = (
        '"Our thoughts and prayers go out to the families of the victims," Governor Dana Whitcombe said on '
        "Sunday."
    )
    b = "Police Chief Tom Brook said his thoughts and prayers go out to the families of the victims."
    assert ("related", "rule:own-words-apart") in kinds_and_rules(a, b)
    assert not cited(a, b)
    coach = "Coach Ann Lund said the team played its best football of the season on Saturday."
    rival = "Rival coach Tom Brook said his team played its best football of the season on Saturday."
    assert not cited(coach, rival)
    again = "Governor Dana Whitcombe said her thoughts and prayers go out to the families of the victims."
    assert cited(a, again)


def test_frames54_a_short_quote_after_saying_is_the_subjects() -> None:
    """Rule `saying-subject`: 'Lund declined to explain her attacks on Brook, saying they "speak for
    themselves."' gives the words to Lund, so Brook's own "speak for themselves" is another remark (was a
    `same-short-quote` quote: the sentence read no speaker); said by Brook both times, one remark."""
    lund = (
        "At a briefing, Senator Ann Lund declined to explain her attacks on Tom Brook, saying they "
        '"speak for themselves."'
    )
    brook = 'Tom Brook said he would let them "speak for themselves."'
    assert not cited(lund, brook)
    own = 'At a briefing, Tom Brook declined to explain his posts, saying they "speak for themselves."'
    assert ("quote", "rule:same-short-quote") in kinds_and_rules(own, brook)


def test_frames54_a_frame_after_what_both_share_frames_none_of_it() -> None:
    """`facts_apart._framed_shared`: the fact both state comes before the frame ("..., there has been
    speculation that ..."), so the frame tells nothing apart (a tuned pair of this shape was lost without
    it); the same frame before the shared words does."""
    before = (
        " because a ferry sank off the island of kell in 1994 when its bow door opened there has been "
        "speculation that this may have been the cause "
    )
    other = (
        " that speculation grew because a ferry sank off the island of kell in 1994 when its bow door opened "
    )
    assert apart(before, other) == ""
    framed = " there has been speculation that a ferry sank off the island of kell in 1994 "
    assert apart(framed, " a ferry sank off the island of kell in 1994 ") == "hearsay-frame"


def test_frames54_what_may_be_so_is_not_what_is() -> None:
    """Rule `possible-frame`: a modal of possibility right before the verb both write ("could be closed" /
    "was closed": was a `same-words` fact); a modal before a word the other never writes frames another
    clause ("hundreds more could be tested" beside the hospital stays both state), and a modal on both sides
    tells nothing apart."""
    could = "Officials said the bridge could be closed to traffic for the rest of the year."
    was = "The bridge was closed to traffic for the rest of the year, officials said."
    assert not cited(could, was)
    words = " the bridge {} closed to traffic for the rest of the year "
    assert apart(words.format("could be"), words.format("was")) == "possible-frame"
    assert apart(words.format("could be"), words.format("might be")) == ""
    tested = (
        " at least nine patients have been hospitalized and dozens more could be screened after eating at a "
        "cafe in dunmore "
    )
    stays = " nine patients have been hospitalized after eating at a cafe in dunmore health officials said "
    assert apart(tested, stays) == ""
