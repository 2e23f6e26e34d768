"""Kinds of names by evidence (session 45, names45): bodies named with "and", on text written here."""

from __future__ import annotations

import pytest

from newsbrief import brief
from newsbrief.analyze.namedata import data_places


def _entities(text: str) -> dict[str, str]:
    b = brief(texts=[text], words=40, timings=False)
    return {e.name.lower(): e.kind for e in b.entities}


def test_names45_caseless_committee_named_with_and_is_one_body() -> None:
    """Rule and-in-name: "the homeland security and governmental affairs committee" is one body, not the
    listed "homeland security" and a second committee; a first name ("frank lucas and senate agriculture
    committee"), an article after "and" or a listed name after it ("the state and california lottery
    commission") keeps the two apart."""
    text = (
        "senator ann smith, who leads the homeland security and governmental affairs committee, said the "
        "bill would pass. chairman frank lucas and senate agriculture committee staff met on monday. the "
        "campaign and the national finance committee did not reply. a man sued the state and california "
        "lottery commission on friday. "
    ) * 3
    found = _entities(text)
    assert found.get("homeland security and governmental affairs committee") == "organization", found
    assert "homeland security" not in found, found
    assert not any(name.startswith(("frank lucas and", "campaign and", "state and")) for name in found), found
    assert found.get("california lottery commission") == "organization", found


def test_names45_cased_committee_named_with_and_after_a_listed_body_is_one_body() -> None:
    """Rule and-in-name (cased): a listed body of two words, "and", then capitalised words ending on
    "Committee" is one committee's name; not before another head ("Homeland Security and Justice
    Department")."""
    text = (
        "Senator Ann Smith, who leads the Homeland Security and Governmental Affairs Committee, said the "
        "bill would pass. Homeland Security and Justice Department officials met on Monday."
    )
    found = _entities(text)
    assert found.get("homeland security and governmental affairs committee") == "organization", found
    assert "homeland security" not in found, found
    assert found.get("justice department") == "organization", found


def test_names45_a_hall_named_after_a_person_is_a_place() -> None:
    """Rule venue-named-after: "at Alice Tully Hall" is a place, not a person whose surname is Hall;
    "Mary Beth Hall" (two first names) and "Jim Hall" stay people."""
    text = (
        "The quartet played at Alice Tully Hall in New York on Friday. Mary Beth Hall, a violinist, said "
        "the hall was full. Jim Hall said the tickets sold out."
    )
    found = _entities(text)
    assert found.get("alice tully hall") == "place", found
    assert found.get("mary beth hall") == "person", found
    assert found.get("jim hall") == "person", found


def test_names45_caseless_title_then_a_listed_town_in_an_apposition_is_the_post_s_place() -> None:
    """Rule post-place: "marzio babille, unicef representative erbil, 5 august" names the post's place,
    not a person called Erbil (the holder is named before the comma)."""
    if not data_places():
        pytest.skip("the place data (the [names] extra) is not installed")
    text = (
        "statement on child deaths; attributable to marzio babille, unicef representative erbil, 5 august "
        "2014 – the reported deaths of children who fled their homes are a tragedy, the agency said. "
        "families walked for days without water, and the agency asked for help. "
    ) * 2
    b = brief(texts=[text], words=40, timings=False)
    kinds = {e.name.lower(): e.kind for e in b.entities}
    assert kinds.get("erbil") != "person", kinds
