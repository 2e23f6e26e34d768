"""Session 51's review (review51): defects found in the session's landings, each on text written here."""

from __future__ import annotations

from entity_mentions import mentions as _mentions


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
