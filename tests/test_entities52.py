"""Entity names by evidence (session 52, entities52), on text written here."""

from __future__ import annotations

from entity_mentions import mentions as _mentions


def test_entities52_an_ordinary_word_after_a_title_and_before_a_verb_is_a_surname() -> None:
    """Rule titled-word-name: "President Park said", "President Moon met", "Judge Park ruled" name a person
    (title-chain dropped the one ordinary word as a chain of titles); a word of a listed title ("Attorney
    General said") and a word before the noun it modifies ("President Park officials") stay no name."""
    found = _mentions("President Park said she was tired. The talks went on, and the envoy left Seoul.")
    assert found["Park"] == ("person", ["park"]), found
    found = _mentions(
        "President Park Geun-hye met the envoy in Seoul. Later President Park said she was tired."
    )
    assert found["Park Geun-hye"] == ("person", ["park geun-hye", "park"]), found
    assert _mentions("President Moon met the envoy in Seoul on Monday.")["Moon"][0] == "person"
    assert _mentions("Judge Park ruled on Monday that the case could go on.")["Park"][0] == "person"
    found = _mentions(
        "President Park officials closed the gates. The Attorney General said so, and the Surgeon General "
        "warned them. The Chief Executive said the firm would grow."
    )
    assert not found, found
