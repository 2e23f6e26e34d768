"""Entity kinds and names by evidence (session 51, entities51), on text written here."""

from __future__ import annotations

from entity_mentions import mentions as _mentions


def test_entities51_an_ordinary_word_family_name_needs_evidence() -> None:
    """Rule ordinary-family-name: "Moon" of Moon Jae-in and "Park" of Park Geun-hye name their bearer alone
    where they read as a name ("Moon said", "Moon met", "Moon's aides", "Park told"), not after an
    article ("The Moon was full", "a new Moon") nor before the noun they modify ("Park officials", "Moon
    landing")."""
    text = (
        "President Moon Jae-in met the envoy in Seoul on Monday. Moon said the talks would go on, and Moon "
        "met the envoy again on Tuesday while Moon's aides waited outside. The Moon was full over the "
        "harbour that night, and a new Moon rose a month later. Moon landing films played on a screen "
        "nearby. Former president Park Geun-hye was in Busan. Park officials closed the gates at dusk, and "
        "Park rangers counted the visitors. Park told reporters she was tired."
    )
    found = _mentions(text)
    assert found["Moon Jae-in"] == ("person", ["moon jae-in", "moon", "moon", "moon"]), found
    assert found["Park Geun-hye"] == ("person", ["park geun-hye", "park"]), found
