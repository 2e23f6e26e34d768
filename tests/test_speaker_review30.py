"""Session 30 review of session 29's speaker rules (review S1, S2): each case a wrong speaker found by the
review on invented texts (house names)."""

from __future__ import annotations

import pytest

from newsbrief import brief

_QUOTE = "“It has been twenty years since I saw her,” she said."


def _speakers(*texts: str) -> dict[str, str | None]:
    b = brief(texts=list(texts), words=60, timings=False)
    return {q.text.strip(" ,.").lower(): q.speaker for q in b.quotes}


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
