"""Kinds of names in case-less text by evidence (session 45, entities45), on lower-cased text written here."""

from __future__ import annotations

import pytest

from newsbrief import brief
from newsbrief.analyze.namedata import data_places


def _entities(text: str) -> dict[str, str]:
    b = brief(texts=[text], words=40, timings=False)
    return {e.name: e.kind for e in b.entities}


def test_entities45_the_place_before_a_newspaper_s_head_is_the_paper() -> None:
    """Rule paper-head: "the columbus dispatch reports" names the paper, not the place Columbus; not
    before "office" ("the columbus post office", a building) nor without "the" ("a dispatch")."""
    text = (
        "A juror took pills during the trial, the columbus dispatch reports. The lawyer told the "
        "columbus dispatch that he would appeal. Mail piled up at the columbus post office, and a "
        "dispatch from the court said nothing. "
    ) * 3
    found = _entities(text)
    assert found.get("Columbus Dispatch") == "organization", found
    assert "Columbus Post" not in found, found


def test_entities45_a_listed_town_shown_by_a_cue_is_that_place_across_the_story() -> None:
    """Rules place-cue ("the town of samarra", "the tikrit area", "mount kirkuk" as mount-name: a name the
    place data lists, where only a place stands) and place-again (that word alone elsewhere in the story,
    "convoys left samarra"); not before a verb of saying nor after a first name ("jenna tikrit said")."""
    text = (
        "Fighting reached the town of samarra on monday, and families fled toward the tikrit area. Aid "
        "convoys left samarra on tuesday. Jenna tikrit said the roads were closed. "
        "Shepherds climbed mount kirkuk to escape. "
    ) * 3
    if not data_places():
        pytest.skip("the place data (the [names] extra) is not installed")
    found = _entities(text)
    assert found.get("Samarra") == "place", found
    assert found.get("Mount Kirkuk") == "place", found
    if "Tikrit" in found:
        assert found["Tikrit"] == "place", found
    b = brief(texts=[text], words=40, timings=False)
    samarra = next(e for e in b.entities if e.name == "Samarra")
    assert len(samarra.mentions) == 6, samarra.mentions  # "town of samarra" and "left samarra", three times


def test_entities45_an_irish_o_written_with_spaced_apostrophe_is_one_surname() -> None:
    """Rule spaced-o: "ron o ' brien" (a scrape's spaces round the apostrophe) is the person Ron O'Brien,
    and "o ' brien said" alone is him too; "five o ' clock" names no one."""
    text = (
        "County prosecutor ron o ' brien said the pills were never found. O ' brien said on monday that "
        "the jurors had left by five o ' clock. "
    ) * 3
    b = brief(texts=[text], words=40, timings=False)
    people = {e.name: len(e.mentions) for e in b.entities if e.kind == "person"}
    assert people.get("Ron O'Brien") == 6, people
    assert not any("Clock" in n for n in people), people


def test_entities45_place_again_reads_no_owner_title_or_longer_name_as_the_place() -> None:
    """place-cue's and place-again's guards: "in rodriguez's car" is an owner, no cue, so "rian rodriguez"
    stays no place; "nolan's dunkirk" and "\" dunkirk \"" are the film though "in dunkirk" named the town;
    "the islamic society of wichita" holds the town inside a body's name."""
    text = (
        "Police tracked rian rodriguez across three states, and the pair were seen in rodriguez's car. "
        "The battle took place in dunkirk, a port. Christopher nolan's dunkirk opened on friday, and "
        '" dunkirk " led the box office. A spokesman for the islamic society of wichita said the '
        "mosque in wichita was closed. "
    ) * 3
    if not data_places():
        pytest.skip("the place data (the [names] extra) is not installed")
    b = brief(texts=[text], words=40, timings=False)
    places = {e.name: len(e.mentions) for e in b.entities if e.kind == "place"}
    assert "Rodriguez" not in places, places
    assert places.get("Dunkirk") == 3 and places.get("Wichita") == 3, places


def test_entities45_a_union_named_by_its_place_and_members_is_a_body_no_kind_of_union() -> None:
    """Rule union-name: "the chicago teachers union" is a body; "a swedish union", "a white-collar union",
    "the nurses union" and "a new york union" name kinds of union, so no body."""
    text = (
        "The chicago teachers union said the strike would go on. A swedish union backed it, and a "
        "white-collar union stayed out; the nurses union and a new york union sent letters. "
    ) * 3
    found = _entities(text)
    assert found.get("Chicago Teachers Union") == "organization", found
    assert not any(n.endswith("Union") and n != "Chicago Teachers Union" for n in found), found


def test_entities45_a_listed_town_before_a_comma_and_a_state_spelled_out_is_a_place() -> None:
    """Rule town-comma-state: "laurel, indiana" and "yonkers, new york" name towns, as "laurel, ind." did."""
    text = "She left her laurel, indiana, home in 1974, and a man from yonkers, new york, found her. " * 3
    if not data_places():
        pytest.skip("the place data (the [names] extra) is not installed")
    found = _entities(text)
    assert found.get("Laurel") == "place" and found.get("Yonkers") == "place", found


def test_entities45_capitol_hill_is_a_listed_place_in_case_less_text_too() -> None:
    """places.txt lists Capitol Hill, which the capitalised-run rules read as a place already: lower-cased
    ("lawmakers on capitol hill") it was no entity at all."""
    text = (
        "Lawmakers on capitol hill said on monday that the bill would pass. The senator returned to "
        "capitol hill later that week and told reporters the vote could come soon. "
    ) * 3
    found = _entities(text)
    assert found.get("Capitol Hill") == "place", found
