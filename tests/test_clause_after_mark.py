"""Session 54 (issue 15, attrib54): rule clause-after-mark. After a quote that ends in "?" or "!", a subject
and "said"/"told" that take a clause of their own begin a new sentence, not the quote's attribution."""

from __future__ import annotations

import pytest
from helpers import cased_and_lower, speakers

_PAD = (
    " The town council met later that week to talk the matter over at length and voted on a new budget."
    " Its members said they would meet again in the spring to look at the plan for the coming year."
)
_LEAD = "Mayor Dana Lee spoke to the council about the new road on Tuesday evening. "


def _speaker(text: str, quote: str) -> str | None:
    return speakers(text + _PAD, lower=True).get(quote)


@pytest.mark.parametrize(
    ("after", "quote"),
    [
        ('"Why now?" Lee said.', "why now?"),
        ('"Why now?" asked Lee.', "why now?"),
        ('"Not again!" Lee told reporters.', "not again!"),
        ('"We will not wait!" Lee said on Tuesday.', "we will not wait!"),
    ],
)
def test_said_after_the_mark_keeps_its_speaker(after: str, quote: str) -> None:
    """A verb of saying right after the mark that ends its sentence (or takes an object) tags the quote."""
    for text in cased_and_lower(_LEAD + after):
        assert _speaker(text, quote) == "Dana Lee"


@pytest.mark.parametrize(
    ("after", "quote"),
    [
        ('"Why now?" Lee said that the board would meet on Friday.', "why now?"),
        ('"Who pays?" Lee said the board would decide in May.', "who pays?"),
        ('"Why now?" City officials said a student reported the leak first.', "why now?"),
        ('"Enough!" Lee told reporters that the vote would wait.', "enough!"),
    ],
)
def test_said_a_clause_after_the_mark_is_a_new_sentence(after: str, quote: str) -> None:
    """Rule clause-after-mark: "X said that …" / "X said the board would …" after "?"/"!" reports
    something else; the quote gets no speaker from it."""
    for text in cased_and_lower(_LEAD + after):
        assert _speaker(text, quote) is None
