"""Session 30 review of session 29's speaker rules (review S1, S2): each case a wrong speaker found by the
review on invented texts (house names)."""

from __future__ import annotations

from functools import partial

import pytest
from helpers import speakers

_QUOTE = "“It has been twenty years since I saw her,” she said."


_speakers = partial(speakers, words=60, lower=True)  # keys lower-cased


@pytest.mark.parametrize(
    "text",
    [
        "Ardo Tallis called his wife from the Harwick station on Monday, and she answered at once. The crowd "
        "watched in silence. " + _QUOTE,
        "Ardo Tallis called his wife from the Harwick station on Monday, and she answered at once. "
        "Tallis said he was tired. The crowd watched in silence. " + _QUOTE,
    ],
)
def test_and_she_after_his_wife_is_the_wife(text: str) -> None:
    """Review S1 (0e06080, rule other-clause-subject): in "Ardo Tallis called his wife …, and she answered"
    the "she" after "and" is the wife, a noun of its gender standing between; read as his, it gave him both
    genders, which erased his own, and a later "she said" was his. He is a he: no speaker."""
    assert _speakers(text)["it has been twenty years since i saw her"] is None


def test_and_she_goes_on_with_the_named_subject_still() -> None:
    """Review M3's reading kept: a she after "and" with no woman between is the named woman's own."""
    got = _speakers(
        "Dana Whitcombe lost her job at the Harwick mill, and she moved to the coast with him. "
        "“It was the hardest year of my life,” she said."
    )
    assert got["it was the hardest year of my life"] == "Dana Whitcombe"


_TOLD = (
    " told Jon Tallis that he would not start on Saturday. "
    "“He has not trained well enough this month,” he said."
)


@pytest.mark.parametrize(
    "teller",
    [
        "His father has",
        "His father always",
        "His mother was",
        "The coach reportedly",
        "His family",
        "The New York Times",
    ],
)
def test_an_auxiliary_or_adverb_is_no_plural_teller(teller: str) -> None:
    """Review S2 (c4ce1d1, rule plural-teller): the teller is the word before "told" less the auxiliaries
    and adverbs ("has", "was", "always", "reportedly"), and a singular in -s ("Times") is no plural:
    the one told stays out, the coach's verdict is nobody's."""
    assert _speakers(teller + _TOLD)["he has not trained well enough this month"] is None


@pytest.mark.parametrize(
    "teller", ["His parents have", "Police have", "Harwick officials reportedly", "The Smiths"]
)
def test_a_plural_teller_before_an_auxiliary_still_goes_on(teller: str) -> None:
    """Rule plural-teller through the auxiliaries and adverbs: the teller can be no he/she, so the one told
    is the next "he said"."""
    text = (
        teller
        + " told Jon Tallis that the mill would close. “I have worked there for thirty years,” he said."
    )
    assert _speakers(text)["i have worked there for thirty years"] == "Jon Tallis"
