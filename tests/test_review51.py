"""Session 51's review (review51): defects found in the session's landings, each on text written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from align_texts import cited
from entity_mentions import mentions as _mentions

from newsbrief import brief
from newsbrief.align.facts_apart import apart
from newsbrief.cli import main
from newsbrief.render import render


def test_review51_a_family_name_before_its_own_verb_is_still_its_bearer() -> None:
    """Rule ordinary-family-name (59ed9d6e) dropped "Park" of Park Geun-hye before any verb `verbs.txt`
    leaves out as also a noun ("visited", "ordered", "thanked"), an irregular past it did not list
    ("shook", "wore") or an adverb ("quickly denied"): each is still a mention of her, while the noun she
    does not name ("Park rangers") and the article-led word ("the Park") are not."""
    text = (
        "Former president Park Geun-hye arrived in Busan on Friday. Park visited the harbour first, and "
        "Park thanked the dock crews. Park shook hands with the mayor. Park quickly denied the rumour. "
        "Park ordered a review. Park rangers closed the trail at dusk, and the Park stayed quiet."
    )
    found = _mentions(text)
    assert found["Park Geun-hye"] == ("person", ["park geun-hye", *["park"] * 5]), found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Forecasters expect to see temperatures below freezing across the valley on Tuesday night.",
            "Temperatures across the valley will fall below freezing on Tuesday night, forecasters said.",
        ),
        (
            "Analysts expect to see mortgage rates below 3 percent by the end of the year.",
            "Mortgage rates will fall below 3 percent by the end of the year, analysts said.",
        ),
        (
            "Shares of Harwick were listed above the offering price on Friday.",
            "Harwick shares opened above the offering price on Friday.",
        ),
        (
            "Support for the measure stood at 38 percent in the poll above the margin of error.",
            "The measure had 38 percent support in the poll.",
        ),
    ],
    ids=["see-below-freezing", "see-below-a-number", "listed-above-a-price", "the-poll-above"],
)
def test_review51_below_or_above_a_level_points_at_no_page(a: str, b: str) -> None:
    """Rule page-pointer (a1e4205f) took "below"/"above" before a level for a pointer at the page and
    blocked each of these citations; a pointer ends its sentence or opens no number or determiner."""
    assert cited(a, b) and cited(b, a)
    assert apart(" the results are shown below ", " x ") == "page-pointer"
    assert apart(" the chart above shows the rates ", " x ") == "page-pointer"


@pytest.mark.parametrize(
    ("key", "span"),
    [
        ("removed", {"start": 9, "end": 4, "reason": "share-bar", "text": "Share"}),
        ("repaired", {"start": 9, "end": 4, "reason": "mojibake", "was": "x"}),
    ],
)
def test_review51_a_saved_span_that_ends_before_it_starts_is_one_line(
    tmp_path: Path, capsys, key: str, span: dict
) -> None:
    """332a8383 read saved briefs with the schema, which bounds each offset alone: a removed or repaired
    span ending before it starts, refused by the hand tables before, rendered again as it was."""
    made = brief(texts=["The council met on Monday and voted to close the bridge."], timings=False)
    data = json.loads(render(made, "json"))
    data["documents"][0][key] = [span]
    saved = tmp_path / "bad.json"
    saved.write_text(json.dumps(data), encoding="utf-8")
    assert main(["render", str(saved), "--format", "json"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"documents[0].{key}[0]: span 9-4 ends before it starts" in err, err
