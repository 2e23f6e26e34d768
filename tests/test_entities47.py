"""Entity kinds by evidence on case-less text (session 47, entities47), on text written here."""

from __future__ import annotations

from entity_mentions import mentions as _mentions


def test_entities47_a_surname_guessed_ordinary_by_its_ending_comes_again() -> None:
    """Rule guessed-ordinary: a surname the table read after a title ("dr. Kent brantly") whose ending
    alone makes it look ordinary ("-ly"; Punkt never saw "brantly" in lower case) is the person again
    where the story writes it alone ("brantly said"), as "writebol" is."""
    text = (
        "Dr. Kent brantly walked around the room at the hospital on thursday, hugging the staff. Brantly "
        "and nancy writebol have been discharged, the hospital said. Writebol was released tuesday. "
        '" today is a miraculous day, " brantly said at a news conference in atlanta on thursday. '
    )
    kind, said = _mentions(text)["Kent Brantly"]
    assert kind == "person" and said.count("brantly") == 2, said


def test_entities47_el_is_a_particle_of_a_surname() -> None:
    """Rule el-particle: "christina el moussa" is one person, no "Christina El"; her first name alone is
    her again, and a listed first name before "and" and her name shares the surname (couple-name)."""
    text = (
        "Reality stars terry and christina el moussa have called it quits after seven years, a source "
        "told reporters in california on monday. Shortly after the fight, christina was seen leaving the "
        "house. The couple said in a statement that they would keep working together. "
    )
    found = _mentions(text)
    assert "Christina El" not in found, found.keys()
    kind, said = found["Christina el Moussa"]
    assert kind == "person" and said == ["christina el moussa", "christina"], said
    assert found["Terry el Moussa"][0] == "person", found.keys()


def test_entities47_a_place_after_the_title_miss_is_a_pageant_s() -> None:
    """Rule pageant-title: a listed place after the title "miss" ("the 2013 miss usa pageant", "former
    miss belgium") is no place; after the verb ("will miss france", "didn't miss italy") it is."""
    text = (
        "The host appeared with nick jonas during the 2013 miss usa pageant in new york on sunday. Former "
        "miss belgium claudia smit was there, the organisers said in a statement. Fans will miss france "
        "this summer, and they didn't miss italy last year, said sen. rand paul of kentucky. "
    )
    found = _mentions(text)
    assert "United States" not in found and "Belgium" not in found, found.keys()
    assert found["France"][0] == "place" and found["Italy"][0] == "place", found.keys()


def test_entities47_a_name_whose_initials_the_story_writes_alone_is_a_body() -> None:
    """Rule initials-name: "the congressional budget office" is a body, though every word of it is an
    ordinary one, when the story writes its initials alone ("the cbo said"), and so is that acronym; not
    without a body's head ("public service announcement" … "the psa"), nor a name a place's head goes on
    from ("baltimore washington international airport" … "bwi")."""
    text = (
        "The congressional budget office released an analysis on monday, sen. rand paul of kentucky said. "
        "The cbo did not have time to provide a precise estimate, the analysis said. She taped a public "
        "service announcement in new york, and the psa aired on monday. The plane landed at baltimore "
        "washington international airport, and everyone made it safely to bwi, said donald trump. "
    )
    found = _mentions(text)
    kind, said = found["Congressional Budget Office"]
    assert kind == "organization" and said == ["congressional budget office", "cbo"], said
    assert not any("announcement" in name.lower() for name in found), found.keys()
    assert "Baltimore Washington International" not in found, found.keys()


def test_entities47_a_company_s_head_word_makes_a_body_not_a_person_or_a_place() -> None:
    """Head words of a company ("Strategies", "Consulting", "Associates", "Airways"): "Oath Strategies
    said" is a body, no person (issue 15: a body that speaks, believes or thinks stays one); in case-less
    text "qatar airways" is the airline, no place Qatar, and a listed airline keeps its own name ("ap
    american airlines" is two bodies)."""
    found = _mentions(
        "Oath Strategies said the campaign paid it $1 million. Marlow Consulting believes the ads "
        "worked, and Network Associates thinks so too. The agency believes it can act. "
    )
    assert found["Oath Strategies"][0] == "organization", found
    assert found["Marlow Consulting"][0] == "organization", found
    assert found["Network Associates"][0] == "organization", found
    found = _mentions(
        "The cabin of a qatar airways plane. Ap american airlines on thursday said it received a notice "
        "from qatar airways, sen. rand paul of kentucky said in new york on monday. Qatar airways said it "
        "wanted to buy about 10 % of the shares, donald trump said in washington. "
    )
    assert found["Qatar Airways"][0] == "organization" and "Qatar" not in found, found.keys()
    assert found["American Airlines"][0] == "organization", found.keys()


def test_entities47_two_unknown_words_before_a_generation_s_mark_are_a_person() -> None:
    """Rule suffix-pair: "mercutio southall jr." is a person though "mercutio" is in no list, as only a
    person's name takes the mark, and "southall" alone is that person again; no name inside a longer one
    ("martin luther king jr." gives no "Luther King Jr.")."""
    text = (
        "At a campaign event in birmingham, the candidate demanded the removal of a well-known activist, "
        "mercutio southall jr. A fight broke out, sen. rand paul of kentucky said. At one point, southall "
        "fell to the ground. The march on martin luther king jr. day was quiet. "
    )
    found = _mentions(text)
    kind, said = found["Mercutio Southall Jr."]
    assert kind == "person" and said == ["mercutio southall jr.", "southall"], said
    assert not any(name.startswith("Luther") for name in found), found.keys()


def test_entities47_a_college_s_first_word_alone_is_the_college() -> None:
    """Rule body-opener: the first word of a university or hospital the story names in full, alone
    ("emory doctors said", "according to emory"), is the body; not a word the story writes as a town's
    ("in wingate", "wingate police"), nor one that describes ("hebrew")."""
    text = (
        "Dr. Kent brantly walked around the room at emory university hospital on thursday, hugging the "
        "staff. Both patients were given blood tests, emory doctors said in a statement released from "
        "emory hospital. She was released on tuesday, according to emory, sen. rand paul said. A student "
        "at wingate university was shot in wingate on monday, wingate police said. "
    )
    found = _mentions(text)
    kind, said = found["Emory"]
    assert kind == "organization" and said == ["emory", "emory"], said
    assert "Wingate" not in found, found.keys()


def test_review47_a_college_s_first_word_where_a_town_stands_is_no_body() -> None:
    """Rule body-opener (review47): a word the story writes where a town stands (`_town_at`: "georgetown
    residents", "residents of georgetown") is the town's as often as the body's, so it is never the body
    alone ("Georgetown" was an organization for the people of the neighbourhood; "residents of georgetown"
    is the town's, rule town-at). Text written for this
    test."""
    for where in ("georgetown residents said", "residents of georgetown said"):
        text = (
            "the victim was taken to georgetown university hospital on monday , police said . "
            f"{where} the street had been closed for hours . officers arrived within minutes , the chief "
            "told reporters . "
        )
        other = (
            "the shooting happened near a bar late on sunday . the man was in stable condition at the "
            "hospital . neighbors said they heard three shots . the investigation continues , a police "
            "spokesman said ."
        )
        found = _mentions(text, other)
        assert "Georgetown University Hospital" in found, found.keys()  # the rule's table holds the body
        assert found.get("Georgetown", ("place",))[0] == "place", where  # the town's, or not named
