"""Session 29 review of session 28's speaker rules (review M2, M3, S5; M4 is in test_speaker_review28.py):
each case a wrong or lost speaker found by the review on invented texts (house names)."""

from __future__ import annotations

from functools import partial

import pytest
from helpers import speakers

_speakers = partial(speakers, lower=True)  # keys lower-cased


_ARRESTED = "Jon Tallis was arrested at his Harwick home on Monday. "


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            _ARRESTED + "When the officer arrived, he found Tallis in the kitchen. “There was blood on the "
            "floor and on his hands,” he said.",
            "there was blood on the floor and on his hands",
        ),
        (
            _ARRESTED
            + "When the officer knocked, he heard Tallis shouting. “He told me to go away,” he said.",
            "he told me to go away",
        ),
    ],
)
def test_one_who_arrives_goes_on_into_the_main_clause(text: str, quote: str) -> None:
    """Review M2 (ca2c711, rule when-main-pronoun): after "When the officer arrived/knocked," a main clause
    opening on "he" is the officer's; only one who asks hands the "he" to another. The next "he said" is
    no longer the man the officer found (no speaker: the officer is named by role only)."""
    assert _speakers(text)[quote] is None


def test_when_main_clause_names_the_person_still_goes_on() -> None:
    """Rule when-main-pronoun's own case, kept: the main clause opens on the name."""
    got = _speakers(
        _ARRESTED
        + "When the officer knocked on the door, Tallis opened it at once. “I did nothing wrong and "
        "I will prove it in court,” he said."
    )
    assert got["i did nothing wrong and i will prove it in court"] == "Jon Tallis"


def test_and_he_goes_on_with_the_named_subject() -> None:
    """Review M3 (353faa9, rule other-clause-subject): "Sam Tallis met her …, and he married her" — the "he"
    after "and" is Sam Tallis himself, not another clause's subject; dropping it left the two "her" to make
    him female, and a later "she said" his."""
    got = _speakers(
        "Sam Tallis met her at the Harwick fair in 2010, and he married her a year later. “It was the best "
        "day of my life,” she said."
    )
    assert got["it was the best day of my life"] is None


@pytest.mark.parametrize("party", ["Republican ", ""])
def test_a_race_opponent_of_the_other_gender_leaves_the_possessor(party: str) -> None:
    """Review S5 (a980d20, rule possessor, "opponent"): "Jon Tallis's opponent, Dana Whitcombe, conceded";
    the opponent named in apposition is a woman, so "he said" can only be the possessor (rule
    holder-of-other-gender); an opponent of the pronoun's gender is still the holder."""
    got = _speakers(
        "Harwick councilman Tom Reed praised both candidates on Monday. Jon Tallis's "
        f"{party}opponent, Dana Whitcombe, conceded on Tuesday night. “It was a clean race and I thank her "
        "for it,” he said."
    )
    assert got["it was a clean race and i thank her for it"] == "Jon Tallis"
    got = _speakers(
        "Harwick councilman Tom Reed praised both candidates on Monday. Jon Tallis's "
        f"{party}opponent, Mark Whitcombe, conceded on Tuesday night. “It was a clean race and I thank him "
        "for it,” he said."
    )
    assert got["it was a clean race and i thank him for it"] != "Jon Tallis"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Police told Dana Whitcombe on Monday that her son had been found alive in Harwick. “I cried all "
            "night when I heard the news,” she said.",
            "i cried all night when i heard the news",
            "Dana Whitcombe",
        ),
        (
            "Doctors told Jon Tallis in March that he would never walk again. “I proved them wrong, and I "
            "will keep proving them wrong,” he said.",
            "i proved them wrong, and i will keep proving them wrong",
            "Jon Tallis",
        ),
        (
            "Harwick officials informed Dana Whitcombe of the decision on Monday. “It came as a complete "
            "shock to our whole family,” she said.",
            "it came as a complete shock to our whole family",
            "Dana Whitcombe",
        ),
        (
            "They told Jon Tallis the mill would close in Harwick. “I have worked there for thirty years and "
            "now it is gone,” he said.",
            "i have worked there for thirty years and now it is gone",
            "Jon Tallis",
        ),
        (
            "The company told Jon Tallis on Monday that his job was gone. “I have worked there for thirty "
            "years and now it is gone,” he said.",
            "i have worked there for thirty years and now it is gone",
            None,
        ),
        (
            "The judge told Jon Tallis that he faced ten years in prison. “This was a cruel and selfish "
            "crime,” he said.",
            "this was a cruel and selfish crime",
            None,
        ),
    ],
)
def test_one_told_by_a_plural_teller_goes_on(text: str, quote: str, speaker: str | None) -> None:
    """Live review S2 (c93f17e, rule told-quotation): after "told" the one told stays out only when the
    teller could be the he/she; "Police", "Doctors", "officials", "They" cannot (rule plural-teller), so the
    one told is the next "he said". A singular teller ("The company", "The judge") still leaves none."""
    assert _speakers(text)[quote] == speaker
