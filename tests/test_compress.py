"""Sentence compression's cut rules (measured in bench/bench_compress.py; the default does not use them)."""

from __future__ import annotations

import pytest
from compress import RULES, Setting, compressed_story, cuts, keep
from test_features import make_story

SETTING = Setting(frozenset({"baghdad"}))


def shortened(text: str) -> tuple[str, list[str]]:
    found = cuts(text, SETTING)
    return "".join(text[a:b] for a, b in keep(text, found)), [c.rule for c in found]


@pytest.mark.parametrize(
    ("text", "left", "rule"),
    [
        ("Jane Roe, a former mayor of the town, won the vote.", "Jane Roe won the vote.", "appositive"),
        (
            "The agency (which runs the port) closed the bridge.",
            "The agency closed the bridge.",
            "parenthetical",
        ),
        ("The plant — the town's largest — closed.", "The plant closed.", "dash-aside"),
        ("On Tuesday, the council voted to close it.", "the council voted to close it.", "leading-time"),
        ("Roe said Tuesday that the plan would fail.", "Roe said that the plan would fail.", "trailing-time"),
        ("In Baghdad, police closed the bridge.", "police closed the bridge.", "leading-place"),
    ],
)
def test_each_rule_cuts_what_it_names(text: str, left: str, rule: str) -> None:
    assert shortened(text) == (left, [rule])


@pytest.mark.parametrize(
    "text",
    [
        "The agency closed 3 bridges (of 12) on the river.",  # a number
        "The plant — never a profitable one — closed.",  # a negation
        "Roe, who said the plan would fail, voted against it.",  # an attribution
        "“We met on Tuesday,” Roe said.",  # a quotation's words
        "In Basra, police closed the bridge.",  # a place no other document names
        "The storm was predicted for Tuesday.",  # the word before needs the adverbial
        "By Monday, the river had fallen.",
        "On Tuesday, however, the council voted.",  # what follows leaned on the opening
        "After meeting Roe, the leaders agreed, however, to wait.",  # commas of an opening clause
        "Ultimately, the data suggest that smoke changes the walls.",  # an adverb is no name
    ],
)
def test_protected_words_and_needed_phrases_stay(text: str) -> None:
    assert shortened(text) == (text, [])


def test_a_cut_story_keeps_every_sentence_at_its_offsets() -> None:
    story = make_story(
        [
            [
                "Jane Roe, a former mayor, won the vote for the council seat on Sunday.",
                "She thanked her staff in Baghdad.",
            ],
            ["In Baghdad, police closed the bridge (the oldest in town).", "Roe spoke in Baghdad later."],
        ]
    )
    small = compressed_story(story, capitalise=False)
    texts = [s.text for s in small.sentences]
    assert texts == [
        "Jane Roe won the vote for the council seat.",
        "She thanked her staff in Baghdad.",
        "police closed the bridge.",
        texts[3],
    ]
    for s in small.sentences:
        assert small.documents[s.doc].text[s.start : s.end] == s.text
    only = compressed_story(story, rules=["parenthetical"])
    assert only.sentences[2].text == "In Baghdad, police closed the bridge."


def test_a_sentence_mostly_cut_is_left_whole() -> None:
    text = "Jane Roe, a former mayor of the town, won the vote on Sunday."  # 39 of 61 characters
    assert shortened(text) == (text, [])


def test_rule_names_are_unique() -> None:
    names = [n for n, _ in RULES]
    assert len(names) == len(set(names))
