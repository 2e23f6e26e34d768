"""bench/label_scoring.same_person: the bench's second, looser speaker test (the same person named in
another form), printed beside the strict one so a reader sees how much of a speaker loss is name form."""

from __future__ import annotations

import label_scoring as labels
import pytest


@pytest.mark.parametrize(
    ("gold", "pred"),
    [
        ("Boris Yeltsin", "Yeltsin"),
        ("Hugo Chavez Frias", "Hugo Chavez"),
        ("Bill Clinton", "President Clinton"),
        ("Mr. Smith", "John Smith"),
        ("John F. Kerry", "John Kerry"),
    ],
)
def test_the_same_person_in_another_form(gold: str, pred: str) -> None:
    assert labels.same_person(gold, pred)


@pytest.mark.parametrize(
    ("gold", "pred"),
    [
        ("Bill Clinton", "Hillary Clinton"),
        ("a spokesman", "Yeltsin"),
        ("Boris Yeltsin", None),
        ("the ministry", "ministry spokesman"),
        ("President Clinton", "President Yeltsin"),
    ],
)
def test_another_person_or_a_description_is_not(gold: str, pred: str | None) -> None:
    assert not labels.same_person(gold, pred)


def test_strict_stays_strict() -> None:
    # the strict test, which every other figure uses, does not take the looser forms
    assert not labels.same_speaker("Boris Yeltsin", "Yeltsin")
    assert labels.same_speaker("John F. Kerry", "John Kerry")
