"""Entities that hold on text never seen (session 55, names55), on text written here."""

from __future__ import annotations

import label_scoring as labels
from entity_mentions import mentions as _mentions


def test_names55_a_group_noun_opening_a_two_word_body_is_that_body() -> None:
    """Rule group-body: a plural group noun before a members' body head is a two-word name ("the leftist
    Workers Party", before: nothing, the group noun dropped and "Party" alone no name)."""
    found = _mentions(
        "Voters in the north backed the leftist Workers Party on Sunday, said Ana Pereira, a pollster. "
        "Her rivals in the Teachers Union said the vote was close."
    )
    assert found["Workers Party"] == ("organization", ["workers party"]), found
    assert found["Teachers Union"] == ("organization", ["teachers union"]), found


def test_names55_a_group_noun_alone_stays_no_name() -> None:
    """Group-body reads only a two-word name: the group noun alone or before a word that heads no body
    stays out."""
    found = _mentions("Workers said on Sunday they would strike. Police Union members met in the town hall.")
    assert not any(name.startswith(("Workers", "Police")) for name in found), found


def test_names55_a_portuguese_place_joined_by_do_is_one_place() -> None:
    """Rules portuguese-of and portuguese-place: "Rio Grande do Sul" is one place (before: "Rio Grande" and
    "Sul", two places), a place the data names before "do"."""
    found = _mentions(
        "Floods hit the southern state of Rio Grande do Sul on Monday, officials said. "
        "The governor of Rio Grande do Sul asked the capital for help."
    )
    assert found["Rio Grande do Sul"] == ("place", ["rio grande do sul", "rio grande do sul"]), found
    assert "Sul" not in found and "Rio Grande" not in found, found


def test_names55_english_do_between_capitals_joins_nothing() -> None:
    """Portuguese-of leaves English "do" after a question word or before "I": no name of "What do Italians"."""
    found = _mentions("The chef asked a question. What do Italians eat at noon? How do I know, he said.")
    assert not any(" do " in name for name in found), found


def test_names55_the_bench_decides_the_case_of_the_whole_story() -> None:
    """The bench reads a story's letter case as the brief does, over all its documents: a short lower-cased
    document labelled alone (too few words to tell by itself) is case-less when its story is."""
    short = "The mayor said the road would reopen next week after repairs to the old bridge were done."
    other = (
        "The city council met on tuesday to hear from residents about the closed bridge and the detour. "
        "Several said the detour added twenty minutes to their trip, and one asked who would pay for it. "
        "The mayor said the state would cover most of the cost and the city the rest, a spokesman said. "
        "Work crews had found cracks in two of the supports during an inspection last month, he said. "
        "The council voted to add a second crew so the work could finish before the school year starts."
    )
    alone = labels.LabelledStory("s1", [labels.LabelledDoc(0, short, [], [], [])], [])
    assert labels.prepare(alone).caseless is False  # the document by itself cannot tell
    whole = labels.LabelledStory("s1", [labels.LabelledDoc(0, short, [], [], [])], [], (short, other))
    assert labels.prepare(whole).caseless is True
