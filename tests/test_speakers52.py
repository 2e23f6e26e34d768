"""Session 52 (issue 15, speakers52): a speaker only with evidence, from the fresh read of seed 5243 and the
tuned misses left by session 51."""

from __future__ import annotations

import pytest
from helpers import speakers


def _speakers(text: str) -> dict[str, str | None]:
    return speakers(text, lower=True)


def _both(text: str) -> list[str]:
    return [text, text.lower()]


_CLIP = (
    "The late-night show poked fun at the new mayor in a short clip that ran on Sunday evening. "
    '"Our harbour is the biggest harbour, believe me," a voiceover says, copying the mayor\'s voice. '
    '"Other harbours are a total disaster."'
)


@pytest.mark.parametrize("text", _both(_CLIP), ids=["cased", "caseless"])
def test_voiceover_speaks(text: str) -> None:
    """Speaking head "voiceover" (frozen2-unseen, "a voiceover says"): the voice of a clip is a description
    that speaks, and the quote after it goes on with it."""
    q = _speakers(text)
    assert q["our harbour is the biggest harbour, believe me"] == "a voiceover"
    assert q["other harbours are a total disaster"] == "a voiceover"


_FILING = (
    "The two sides filed their settlement on Monday in the district court after three years of talks. "
    '"The tune is worth far more to the public than to any one owner," states the memorandum in support of '
    "the settlement."
)


@pytest.mark.parametrize("text", _both(_FILING), ids=["cased", "caseless"])
def test_memorandum_speaks(text: str) -> None:
    """Speaking head "memorandum" (frozen2-unseen, "states the memorandum in support of …"): read as "the
    memo" is, the description is the speaker."""
    quote = "the tune is worth far more to the public than to any one owner"
    assert _speakers(text)[quote] == "the memorandum"
