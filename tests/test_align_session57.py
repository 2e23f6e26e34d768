"""Session 57 (issue 14, claims57): one demand told in other words is one fact ("wants" / "is holding out
for" / "is asking for" / "demanded"), through the concept `demand` of `align/data/concepts.txt`; a demand of
another value, or by another party, is none. Sentences written for these tests."""

from __future__ import annotations

import pytest
from align_texts import cited, kinds_and_rules

_WANTS = "The Harwick drivers' union wants a 6 percent pay rise."


@pytest.mark.parametrize(
    "other",
    [
        "The Harwick drivers' union is holding out for 6 percent.",
        "The Harwick drivers' union is asking for 6 percent.",
        "The Harwick drivers' union has demanded 6 percent.",
        "The Harwick drivers' union is pressing for 6 percent.",
    ],
)
def test_one_demand_in_other_words_is_one_fact(other: str) -> None:
    """Concept `demand`: "wants", "is holding out for", "is asking for", "has demanded" state one demand
    (was `related/same-topic`: "see also" only, the built-in example's "6 percent" line)."""
    assert cited(_WANTS, other)


@pytest.mark.parametrize(
    "other",
    [
        "The Harwick drivers' union is holding out for 8 percent.",  # another value: no one fact
        "Harwick Transit has offered a 3 percent pay rise.",  # another act, another party
    ],
)
def test_another_value_or_another_act_is_no_fact(other: str) -> None:
    assert not cited(_WANTS, other)


def test_the_examples_demand_cites_its_second_outlet() -> None:
    """The built-in example: "The union wants a 6 percent pay rise." and "The union is holding out for 6
    percent." are one fact."""
    rules = kinds_and_rules(
        "The union wants a 6 percent pay rise. The company has offered 3 percent.",
        "The union is holding out for 6 percent. Dana Okafor leads the union.",
    )
    assert ("fact", "rule:same-fact") in rules
