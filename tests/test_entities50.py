"""Entity kinds by evidence (session 50, entities50), on text written here."""

from __future__ import annotations

from entity_mentions import mentions as _mentions


def test_entities50_a_place_s_police_is_an_organisation() -> None:
    """Rule place-police: a place right before "police" or "city council" in lower case names that body, an
    organisation with the head word ("Dunmore police", "the Dunmore city council"); the town's other
    mentions stay a place."""
    text = (
        "A man was arrested in Dunmore on Friday after a chase through the town centre. Dunmore police said "
        "he had been driving at twice the limit. The Dunmore city council said it would review the town's "
        "speed cameras, and residents of Dunmore said they were relieved."
    )
    found = _mentions(text)
    assert found["Dunmore police"] == ("organization", ["dunmore police"]), found
    assert found["Dunmore city council"] == ("organization", ["dunmore city council"]), found
    assert found["Dunmore"] == ("place", ["dunmore", "dunmore"]), found


def test_entities50_a_place_s_police_in_caseless_text() -> None:
    """Rule place-police on a story that lost its case: "ferguson police" is the body, "ferguson, missouri"
    the town."""
    text = (
        "Protests went on after ferguson police shot a man in ferguson, missouri, on saturday. His family "
        "said ferguson police had not told them the truth about the shooting. A lawyer for the family said "
        "on monday that they would sue the city, and hundreds marched to the station in the evening."
    )
    found = _mentions(text)
    assert found["Ferguson police"] == ("organization", ["ferguson police", "ferguson police"]), found
    assert found["Ferguson"] == ("place", ["ferguson"]), found
