"""Session 57 (issue 14, claims57): one demand told in other words is one fact ("wants" / "is holding out
for" / "is asking for" / "demanded"), through the concept `demand` of `align/data/concepts.txt`; a demand of
another value, or by another party, is none. Sentences written for these tests."""

from __future__ import annotations

import pytest
from align_texts import cited, kinds_and_rules

from newsbrief.align.features import cut_verbless

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


_FOUND = (
    "Strands of Washington's hair were discovered inside a leather book, \"Gaines Universal Register or"
    ' American and British Kalendar for the Year 1793."'
)


@pytest.mark.parametrize("lower", [False, True])
def test_a_cut_sentence_that_only_names_a_thing_cites_nothing(lower: bool) -> None:
    """Rule `cut-verbless` (`features.cut_verbless`): an article's last sentence cut off mid-phrase, with no
    verb but "titled", names the book and states nothing of it (was `same-words`, then `same-fact`)."""
    a = _FOUND
    b = (
        "Archivists at Union College in Schenectady found the almanac on a shelf last month."
        " The leather-bound book, titled Gaines Universal Register or American and British Kalendar for"
    )
    if lower:
        a, b = a.lower(), b.lower()
    assert not cited(a, b)


def test_a_cut_sentence_with_a_verb_still_states_its_claim() -> None:
    a = "Police arrested three men on Monday in connection with the Harwick bank robbery."
    b = "The bank in Harwick was closed all week. Police arrested three men on Monday in connection with the"
    assert cited(a, b)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("The leather-bound book, titled Gaines Universal Register or American Kalendar for", True),
        ("The leather-bound book, titled Gaines Universal Register or American Kalendar", False),  # no cut
        ("The 45-year-old man from Harwick and his", True),
        ("The 45-year-old man from Harwick, who was", False),  # "was": maybe a claim
        ("[1] Requires an iCloud account", False),  # a line that ends on a word: no cut
        ("About the Harwick plan: it calls for about $200 billion in", False),  # a pronoun: a verb unread
        ("Beatification is the final step before sainthood", False),  # a clause the splitter cut
        ("Police arrested three men on Monday in connection with the", False),
        ("The leather-bound book, titled Gaines Universal Register, was found in 2018.", False),
        ("The leather-bound book in the Harwick library.", False),
    ],
)
def test_cut_verbless(text: str, cut: bool) -> None:
    assert cut_verbless(text) is cut
