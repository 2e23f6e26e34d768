"""Session 28 review of session 27's speaker rules (review M2-M4, S1, S3, S4): each case a wrong or lost
speaker found by the review on invented texts (house names)."""

from __future__ import annotations

from functools import partial

import pytest
from helpers import speakers

from newsbrief import brief

_speakers = partial(speakers, lower=True)  # keys lower-cased


_SHOT = "He pointed a gun at me and then he just ran into the trees"


@pytest.mark.parametrize(
    "opening",
    [
        "Police said a man who shot the officer fled into the woods near Harwick on Monday.",
        "A man attacked the officer near Harwick on Monday.",
    ],
)
@pytest.mark.parametrize("case", ["cased", "lower"])
def test_an_indefinite_description_holds_modifiers_only_before_its_head(opening: str, case: str) -> None:
    """Review M4 (e9bf716): rule modifiers-only in unnamed-source-before. "a man who shot the officer" is
    no unnamed source whose head is "officer": the words between "a" and the head are modifiers only (no
    article, pronoun, relative or auxiliary), so "“…,” the officer said" is the officer's, not "a man"'s
    (nor "A man attacked the officer"'s)."""
    text = f'{opening} "{_SHOT}," the officer said.'
    got = _speakers(text.lower() if case == "lower" else text)
    assert (got[_SHOT.lower()] or "").lower() == "the officer"


_POSTED = (
    "Dana Whitcombe posted a long message on Facebook on Monday, writing “I am so sorry for what happened to "
    "the people of Harwick that night.” Police say she was driving at 90 mph. “She had been drinking at a "
    "bar in Harwick for four hours before the crash,” the Post says."
)
_DRINKING = "she had been drinking at a bar in harwick for four hours before the crash"


@pytest.mark.parametrize("case", ["cased", "lower"])
def test_the_post_says_is_not_the_one_who_posted(case: str) -> None:
    """Review M2 (7a6855b): rule text-verb read "the Post says" after a sentence with "posted" as her
    post: the newspaper's account of her drinking became Dana Whitcombe's own words. "post" is no text
    of text-verb (in lower-cased text "the post" is a paper more often than a post), and a capitalised
    noun is never the text (rule capitalised-text)."""
    got = _speakers(_POSTED.lower() if case == "lower" else _POSTED)
    assert (got[_DRINKING] or "").lower() != "dana whitcombe"


_WORDS = ("singer-songwriter", "ex-champion", "marathoner", "olympian", "frontman", "republican", "teammate")


def test_a_describing_word_before_a_surname_is_no_other_first_name() -> None:
    """Review M3 (7987a11): rule describing-word in other-first-name. In case-less text a hyphenated or
    agent word before the bare surname at the verb ("singer-songwriter whitcombe said") describes the
    person: the speaker stays Dana Whitcombe, never an invented "Singer-songwriter Whitcombe"."""
    docs = [
        'dana whitcombe won the harwick marathon on sunday. "i trained for two years for this one race and '
        f'it paid off today," {word} whitcombe said after the race.'
        for word in ("two-time champion", "34-year-old", *_WORDS)
    ]
    b = brief(texts=docs, words=40, timings=False)
    assert len(b.quotes) == len(docs)
    assert [q.speaker for q in b.quotes] == ["Dana Whitcombe"] * len(docs)


_ARRESTED = "Jon Tallis was arrested at his Harwick home on Monday. "
_COURT = "I did nothing wrong and I will prove it in court"


@pytest.mark.parametrize(
    "text",
    [
        f"When the officer knocked on the door, Tallis opened it at once. “{_COURT},” he said.",
        f"When the officer knocked, Tallis was asleep. “{_COURT},” he said.",
        f"When the reporter asked about the charges, he smiled. “{_COURT},” he said.",
        f"When the detective asked about the money, he said, “{_COURT}.”",
    ],
)
def test_a_when_clause_role_goes_on_only_into_a_main_clause_opening_on_the_pronoun(text: str) -> None:
    """Review S1 (2b494bd): rule when-main-pronoun in clause-subject. The role of a "When" clause is the
    he/she after it only when the main clause opens on that pronoun, and not after one who asks or
    arrives: "When the officer knocked on the door, Tallis opened it" leaves Jon Tallis the "he" (the
    quote had no speaker)."""
    assert _speakers(_ARRESTED + text)[_COURT.lower()] == "Jon Tallis"


def test_a_when_clause_role_still_goes_on_into_its_own_pronoun() -> None:
    """Rule clause-subject kept: "When the valet learned …, he shook his head. “…” he said": the valet's
    words (named nowhere), not the chief's."""
    got = _speakers(
        "Police chief Jon Tallis was arrested on Monday. When the valet learned the chief was snared in an "
        "undercover sting, he shook his head. “Oh, wow!” he said. “That is some bad luck.”"
    )
    assert got["oh, wow!"] is None


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Jon Tallis appeared in the Harwick court on Monday. The judge told Tallis that he faced ten "
            "years in prison. “I will fight these charges with everything I have,” he said.",
            "i will fight these charges with everything i have",
        ),
        # session 29 review, S2: the teller's own verdict on the one told
        (
            "The judge told Jon Tallis that he faced ten years in prison for the Harwick fire. “This was a "
            "cruel and selfish crime,” he said.",
            "this was a cruel and selfish crime",
        ),
        (
            "The Harwick coach told Jon Tallis that he would not start on Saturday. “He has not trained well "
            "enough this week,” he said.",
            "he has not trained well enough this week",
        ),
    ],
)
def test_one_told_that_something_is_no_speaker_of_the_next_he_said(text: str, quote: str) -> None:
    """Rule told-quotation, session 29 (review S2): after "The judge told Tallis that …" the next "he said"
    is the judge's verdict ("This was a cruel and selfish crime") as often as Tallis's reply ("I will fight
    these charges", session 28's review S3, which 2bef224 gave to Tallis), and the sentence does not say
    which: no speaker. One asked still answers (the test below)."""
    assert _speakers(text)[quote] is None


_PROUD = "We are proud of what this town has built over the last ten years"


@pytest.mark.parametrize(
    "who",
    [
        "the union president and Mayor Jon Tallis said in a joint statement",
        "the union's leader and Governor Jon Tallis said",
        "the home coach and Harwick Athletic Director Jon Tallis said together",
    ],
)
def test_a_role_and_a_public_office_or_a_joint_statement_are_two_speakers(who: str) -> None:
    """Review S4 (83d555d): rule joint-office in joint-role. A public office after the "and" ("the union
    president and Mayor Jon Tallis") is another body's than the role before it, and "joint", "both" or
    "together" says two spoke: no one speaker, not Jon Tallis alone."""
    got = _speakers(f"Harwick signed the contract on Monday. “{_PROUD},” {who}.")
    assert got[_PROUD.lower()] is None


def test_a_founder_and_chief_executive_is_still_one_speaker() -> None:
    """Rule joint-role kept: "the company's founder and Chief Executive Jon Tallis said" is one person."""
    got = _speakers(
        f"Harwick signed the contract on Monday. “{_PROUD},” said the company's founder and Chief "
        "Executive Jon Tallis."
    )
    assert got[_PROUD.lower()] == "Jon Tallis"


def test_the_post_in_lower_case_in_cased_text_is_her_post() -> None:
    """Rule cased-post (review M2's fix, refined): in cased text "the post says" in lower case after a
    sentence with "posted" is that post, the poster's words (as 7a6855b gave); "the Post" stays the
    paper and case-less "the post" no post (test above)."""
    got = _speakers(
        "Dana Whitcombe posted a long message on Facebook on Monday, writing “I am so sorry for what "
        "happened to the people of Harwick that night.” “I will never drive again after what I did,” the "
        "post says."
    )
    assert got["i will never drive again after what i did"] == "Dana Whitcombe"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jon Tallis toured the burned mill in Harwick on Monday. Reporters asked Tallis about the cause "
            "of the fire. “We do not know yet, but we will find out,” he said.",
            "Jon Tallis",
        ),
        (
            "Dana Whitcombe spoke in Harwick on Monday. A reporter asked Whitcombe whether she would run "
            "again. “We do not know yet, but we will find out,” she said.",
            "Dana Whitcombe",
        ),
    ],
)
def test_one_asked_about_something_may_be_the_one_who_answers(text: str, speaker: str) -> None:
    """Review S2 (final version; ee85a1f): rule told-quotation also keeps "<someone> asked X about /
    whether …. “…,” he said" X's answer (it had no speaker)."""
    assert _speakers(text)["we do not know yet, but we will find out"] == speaker


def test_one_speaker_may_work_together_and_two_are_both_proud() -> None:
    """Rule joint-office refined: in the quotation only "both" says two spoke ("“We are both proud …,” the
    home coach and Harwick Athletic Director Jon Tallis said": none); "“We will work together …,” said the
    company's founder and Chief Executive Jon Tallis" stays his (joint-office gave none)."""
    got = _speakers(
        "Harwick signed the contract on Monday. “We will work together with the town on every part of this "
        "plan,” said the company's founder and Chief Executive Jon Tallis. “We are both proud of what this "
        "town has built,” the home coach and Harwick Athletic Director Jon Tallis said."
    )
    assert got["we will work together with the town on every part of this plan"] == "Jon Tallis"
    assert got["we are both proud of what this town has built"] is None
