"""Session 57 (issue 15, entities by evidence on case-less text): bodies, places and names read by the words
round them, on lower-cased text written here (Multi-News+ writes no capitals in names)."""

from __future__ import annotations

from newsbrief import brief

# A case-less opening of my own, long enough for the story to be told case-less.
_BRIDGE = (
    "The county board met on tuesday to talk about the new bridge over the river near the old mill. The plan "
    "would cost about $ 4 million and take two years to build, officials said. Residents have long asked for "
    "a safer way to cross the water during the spring floods, and the board said it would vote next month "
    "after a last round of public meetings in the town hall. "
)


def _entities(text: str) -> dict[str, str]:
    b = brief(texts=[_BRIDGE + text], words=40, timings=False)
    return {e.name: e.kind for e in b.entities}


def test_an_irregular_past_ends_a_bodys_name() -> None:
    """Rule past-ends-body: "the ministry of information brought those journalists" (before: "Ministry of
    Information Brought"), "the bureau of prisons took over" (before: "Bureau of Prisons Took")."""
    found = _entities(
        "Officials from the ministry of information brought those journalists to the area. "
        "The bureau of prisons took over the case on monday."
    )
    assert found.get("Ministry of Information") == "organization", found
    assert found.get("Bureau of Prisons") == "organization", found
    assert not any(name.endswith(("Brought", "Took")) for name in found), found


def test_a_university_named_after_a_person_is_the_university() -> None:
    """Rule person-university: "james cook university", "a george mason university professor", "john jay
    college" with no "the" before them (before: nothing); "emily went to college" names no college."""
    found = _entities(
        "Palaeontologists from the university of queensland and james cook university said it was new. "
        "A george mason university professor agreed, as did a dean at john jay college. "
        "His daughter emily went to college in the fall."
    )
    assert found.get("James Cook University") == "organization", found
    assert found.get("George Mason University") == "organization", found
    assert found.get("John Jay College") == "organization", found
    assert not any("Emily" in name for name in found), found


def test_a_medical_center_after_a_name_is_a_body() -> None:
    """Rule medical-centre: "maine medical center" is the hospital (before: the place Maine alone); "a
    boston medical center" names a kind of place, no body."""
    found = _entities(
        "The couple say maine medical center told them wednesday that it has concerns. "
        "Another patient was flown to a boston medical center."
    )
    assert found.get("Maine Medical Center") == "organization", found
    assert "Maine" not in found and "Boston Medical Center" not in found, found


def test_a_surname_that_owns_what_follows_ends_a_titled_name() -> None:
    """Rule titled-owning-surname: "prime minister theresa may's decision" is Theresa May (before:
    "Theresa" alone); the modal "may" elsewhere names no one."""
    found = _entities(
        "It followed prime minister theresa may's decision wednesday to expel 23 diplomats. "
        "The talks may resume next week, an aide said."
    )
    assert found.get("Theresa May") == "person", found
    assert "Theresa" not in found and "May" not in found, found


def test_a_place_that_is_a_given_name_before_a_surname_is_no_place() -> None:
    """Rules more-given-places and capital-half-name: "Bristol palin is responding", the capital a
    sentence's start gave, and "bristol palin" inside one: half a person's name, no place Bristol
    (before: the place); "bristol, england" stays the place."""
    found = _entities(
        "Bristol palin is responding to conspiracy theorists. The theory is that bristol palin was in "
        "las vegas last year."
    )
    assert found.get("Bristol") != "place", found
    assert _entities("He grew up in bristol, england, and moved away.").get("Bristol") == "place"


def test_a_company_by_the_words_only_a_company_takes() -> None:
    """Rule company-cue: "the head office of statoil", "shares of huawei", and the name alone elsewhere in
    the story (before: nothing); not "shares" as a verb ("susan sarandon shares major news") nor a word
    written before a body's head ("census headquarters" of "the census bureau")."""
    found = _entities(
        "The head office of statoil in stavanger was raided on tuesday. Statoil declined to comment. "
        "Shares of huawei fell on monday. The daughter of susan sarandon shares major news. "
        "The census bureau said the census headquarters was closed. From apple's secretive headquarters "
        "in the silicon valley to its sleek stores, it grew."
    )
    assert found.get("Statoil") == "organization", found
    assert found.get("Huawei") == "organization", found
    assert found.get("Susan Sarandon") == "person" and "Sarandon" not in found, found
    assert "Census" not in found and "Secretive" not in found, found


def test_a_journal_or_magazine_by_its_kinds_word() -> None:
    """Rule outlet-name: "the journal plos one", "the shukan asahi magazine", "told time magazine" (before:
    nothing); not "the new magazine", a nationality ("the british newspaper") nor a study's title after
    "of" ("the journal proceedings of ...")."""
    found = _entities(
        "Colleagues reported wednesday in the journal plos one that it was old. He told the shukan asahi "
        "magazine that abe would step down, and later told time magazine the same. She bought the new "
        "magazine. Snowden spoke to the british newspaper. It appeared in the journal proceedings of the "
        "national academy of sciences."
    )
    assert found.get("Plos One") == "organization", found
    assert found.get("Shukan Asahi") == "organization", found
    assert found.get("Time") == "organization", found
    assert not {"New", "British", "Proceedings"} & set(found), found


def test_a_settlement_named_after_village_of() -> None:
    """Rule settlement-of: "the village of gumsuri", "the tiny spanish village of castrillo matajudios"
    (before: nothing); not a first name ("the town of john ...")."""
    found = _entities(
        "Gunmen attacked the village of gumsuri on sunday. Voters in the tiny spanish village of castrillo "
        "matajudios decided to change the name."
    )
    assert found.get("Gumsuri") == "place", found
    assert found.get("Castrillo Matajudios") == "place", found


def test_a_first_name_before_a_known_surname_is_another_person() -> None:
    """Rule kin-first-name: "years ago, mark schreiber touted ..." in one article, "paul schreiber" named in
    another: Mark Schreiber, an ordinary first name after a comma (before: "Schreiber" alone there)."""
    b = brief(
        texts=[
            _BRIDGE + "Surgeon paul schreiber said on monday he would close the clinic. Schreiber spoke.",
            _BRIDGE + "At a clinic he opened years ago, mark schreiber touted the focus of the work.",
        ],
        words=40,
        timings=False,
    )
    names = {e.name: e.kind for e in b.entities}
    assert names.get("Mark Schreiber") == "person", names
    b = brief(texts=[_BRIDGE + "Sen. john said no. They would replace donald john trump."], words=40)
    assert "Donald John" not in {e.name for e in b.entities}  # a first name after a first name: no surname


def test_an_adjective_before_headquarters_names_no_company() -> None:
    """Rule company-cue's guard: "apple's secretive headquarters" (Multi-News+ dev 47569): an adjective, and a
    word after an owner, is no company's name (before the guard: the organisation "Secretive")."""
    from newsbrief.analyze.caseless import Found, _company_words

    text = "From apple's secretive headquarters in the valley it grew. The statoil headquarters were raided."
    assert _company_words(Found(text)) == {"statoil"}
