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


def test_entities50_a_first_name_alone_before_a_verb_of_saying_is_a_person() -> None:
    """Rule first-name-spoken: in a story that lost its case, a listed first name the story never gives a
    surname, written alone before a verb of saying ("adele wrote"), is a person named by that one name, at
    each of its lone mentions ("adele continued"); a first name never spoken stays unread."""
    text = (
        "Earlier this week, adele continued her run of awards when she picked up seven nominations in new "
        'york. " thank you all so much! " adele wrote in a post on monday, and her label said the singer '
        "would tour in the autumn. A friend named in the post as harriet was not at the show, officials in "
        "los angeles said on tuesday, and the tour would open in london in october. A lawyer from fort lee "
        "said the venue had been paid."
    )
    found = _mentions(text)
    assert found["Adele"] == ("person", ["adele", "adele"]), found
    assert "Harriet" not in found and "Lee" not in found, found


def test_entities50_an_apposition_giving_an_area_makes_a_place() -> None:
    """Rule area-appositive (place-appositive): an unknown name whose apposition opens on the land's area (",
    a 12-acre wetlands project") is a place, and so are its other mentions; it was a person (an unknown run
    of two words)."""
    text = (
        "The site is Pico Verde, a 12-acre wetlands project downstream from the plant. Pico Verde is owned "
        "by a coalition of cities, and the agency supports Pico Verde and the planning for it."
    )
    found = _mentions(text)
    assert found["Pico Verde"] == ("place", ["pico verde", "pico verde", "pico verde"]), found


def test_entities50_an_acronym_spelling_a_place_is_that_place() -> None:
    """Rule place-acronym: an undecided acronym that spells a place the story names in full ("the GMT" beside
    "the Green Mountain Trail") is that place, not an organisation; a body's acronym stays the body's."""
    text = (
        "Walkers crowded the Green Mountain Trail this summer, the park service said on Monday. The GMT "
        "runs for 270 miles through Vermont, and rangers said the GMT had never been busier. The Hollis "
        "River Authority asked visitors to be careful near the HRA office."
    )
    found = _mentions(text)
    assert found["Green Mountain Trail"] == ("place", ["green mountain trail", "gmt", "gmt"]), found
    assert found["Hollis River Authority"] == ("organization", ["hollis river authority", "hra"]), found


def test_entities50_an_age_closes_a_three_word_name() -> None:
    """Rule aged-full-name: in a story that lost its case, two listed first names and a surname the story
    writes once, closed by an age in apposition ("grandmother marie carmen alvarez, 87,"), are one person's
    full name (without it, where such a name ends is unsure: none)."""
    text = (
        "The couple had dreamed of a future together, the woman's family said on monday. During dinner the "
        "woman told her grandmother marie carmen alvarez, 87, that she planned to marry in the spring. "
        "Police in los angeles said the driver stayed at the scene, and officials in texas said the case "
        "would go to a grand jury in the fall."
    )
    found = _mentions(text)
    assert found["Marie Carmen Alvarez"] == ("person", ["marie carmen alvarez"]), found


def test_review50_a_first_name_spoken_only_as_a_place_body_or_surname_is_no_person() -> None:
    """Rule first-name-spoken reads only a name that says something itself: not one in a preposition's
    object ("police in eugene said", a town: `spoken-object`), nor after a word no ordinary English
    ("mara-lyn tyler said", a surname: `spoken-after-name`), nor one the story has speak of itself as
    "it" ("chelsea said in a statement that it would appeal", a club: `spoken-it`)."""
    text = (
        "A driver was held on monday after a chase through the streets. Police in eugene said on tuesday "
        "that he had been driving at twice the limit, and officials in los angeles said the car was stolen. "
        "Its owner, mara-lyn tyler said she was glad. chelsea said in a statement that it would appeal the "
        "fine, and chelsea added that the player was hurt. The tour would open in london in october."
    )
    found = _mentions(text)
    assert not {"Eugene", "Tyler", "Chelsea"} & set(found), found
    assert found["Los Angeles"] == ("place", ["los angeles"]), found


def test_entities50_a_family_name_before_hyphened_syllables() -> None:
    """Rules syllable-tail and family-name-first: "Moon Jae-in" is one name though "-in" ends compounds
    ("drive-in"), and the bare "Moon" after it is that person, though "moon" is an ordinary word; the
    "Starlight Drive-in" is no person."""
    text = (
        "President Moon Jae-in met the envoy in Seoul on Monday. Moon said the talks would go on, and "
        "officials said Moon had invited him back. Crowds later gathered at the Starlight Drive-in nearby."
    )
    found = _mentions(text)
    assert found["Moon Jae-in"] == ("person", ["moon jae-in", "moon", "moon"]), found
    assert not any("Drive" in name and kind == "person" for name, (kind, _) in found.items()), found
