"""Session 51's review (review51): defects found in the session's landings, each on text written here."""

from __future__ import annotations

import pytest
from align_texts import cited
from entity_mentions import mentions as _mentions

from newsbrief.align.facts_apart import apart


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
