"""Entity kinds by evidence (session 49, entities49), on text written here."""

from __future__ import annotations

from entity_mentions import mentions as _mentions


def test_entities49_metropolitan_opens_a_city_body() -> None:
    """Rule metro-body: "metropolitan" before a city's body read by its head is the name's first word, at a
    sentence's start too ("Metropolitan nashville police department"), not "Nashville Police Department"."""
    text = (
        "Officers of the metropolitan nashville police department said on monday that the man was held. "
        "The department said he would be in court on friday, and his lawyer said he would plead not guilty. "
        "A spokesman for the city said the mayor had been told, and residents said they were shocked. "
    )
    found = _mentions(text)
    assert found["Metropolitan Nashville Police Department"][0] == "organization", found.keys()
    assert "Nashville Police Department" not in found, found.keys()


def test_entities49_a_surname_after_an_honorific_confirms_a_pair() -> None:
    """Rule honorific-shown: an unlisted first name opening a sentence before a surname the document writes
    after "mr." ("Tavio marquelle" … "mr. Marquelle") is one person's full name, not the surname alone."""
    text = (
        "The hearing was put off on monday. Tavio marquelle faces a string of charges, including fraud and "
        "theft. His lawyer said in a statement that the state must prove its case and that mr. Marquelle is "
        "innocent. The inquiry into marquelle began in april, officials said on friday. "
    )
    found = _mentions(text)
    assert found["Tavio Marquelle"] == (
        "person",
        ["tavio marquelle", "marquelle", "marquelle"],
    ), found


def test_entities49_a_given_name_after_the_is_no_person() -> None:
    """Rule the-first-name: a lone given name after "the" and before a mark or a verb names a ship or a
    hotel ("the Paloma was", "the Mackenzie, a hotel"), no person; "the Clinton administration" still names
    the person, and "Paloma Faith" is a person."""
    text = (
        "The boat left Miami on Monday. The Paloma was carrying 40 people when it struck a reef, and "
        "the crew of the Paloma said no one was hurt. Staff at the Mackenzie, a hotel near the harbour, said "
        "the guests were safe. The Clinton administration said it would help, and Paloma Faith sang for them."
    )
    found = _mentions(text)
    assert "Mackenzie" not in found, found
    assert found["Paloma Faith"] == ("person", ["paloma faith"]), found
    assert found["Clinton"][0] == "person", found


def test_entities49_an_animal_s_name_is_no_person() -> None:
    """Rule pet-name: a name right after an animal's noun ("the dog, Biscuit", "a horse named Tamsin") is
    the animal's, left out with its other mentions ("Biscuit had been barking"); the owner stays a person."""
    text = (
        "Firefighters said the family's dog, Biscuit, was found alive in the yard on Monday, and a horse "
        "named Tamsin was led out of the barn. Robert Hale, the owner, said Biscuit had been barking all "
        "night and that Tamsin was calm. Hale said the family would rebuild the house."
    )
    found = _mentions(text)
    assert "Biscuit" not in found, found
    assert "Tamsin" not in found, found
    assert found["Robert Hale"][0] == "person", found


def test_entities49_what_an_actor_starred_in_is_a_work() -> None:
    """Rule starred-in: a name after "starred in", "a cameo in" or "the sequel to" is a work, left out with
    its other mentions (no place "Harbour Lights" by "in"); a listed place stays ("starred in London")."""
    text = (
        "Nora Vale starred in Harbour Lights, which earned $300 million, and had a cameo in Grey Meadow. "
        "Harbour Lights was a hit, Vale said on Monday. She also starred in London stage plays for years."
    )
    found = _mentions(text)
    assert "Harbour Lights" not in found, found
    assert "Grey Meadow" not in found, found
    assert found["London"][0] == "place", found
    assert found["Nora Vale"][0] == "person", found


def test_entities49_a_pair_apposed_to_a_role_after_a_comma() -> None:
    """Rule role-comma-name: a role word or a title, a comma, then two words no ordinary English closed by a
    comma ("a well-known rabbi, dovid aharsky, who …") are a person's name though the first name is not
    listed; ordinary words there are no name ("the coach, then angry, …")."""
    text = (
        "The man was charged in 1994 with robbing a well-known rabbi, dovid aharsky, who ran a school in the "
        "city. The coach, then angry, left the room after the game, and the team said on friday that the "
        "case had been closed. The rabbi was not hurt, the lawyer said, and the family thanked the police. "
    )
    found = _mentions(text)
    assert found["Dovid Aharsky"] == ("person", ["dovid aharsky"]), found
    assert not any("Angry" in name for name in found), found


def test_entities49_a_vessel_s_name_is_no_person() -> None:
    """Rule vessel-name: a name right after a vessel's noun ("the research vessel Marta Quell") is the
    vessel's, no person, and left out where the story names it again ("The Marta Quell returned")."""
    text = (
        "A small robot was lowered from the research vessel Marta Quell on Monday to film the wreck. The "
        "Marta Quell returned to port on Friday, and Captain Ann Ross said the crew was safe and well."
    )
    found = _mentions(text)
    assert "Marta Quell" not in found, found
    assert found["Ann Ross"][0] == "person", found


def test_entities49_a_hyphened_noun_is_no_vessel() -> None:
    """Rules vessel-name and pet-name read a whole noun: "hard-liner Omar Beskin" and "top-dog Ann Lee" are
    people (a "liner" and a "dog" only as the end of a hyphened word)."""
    text = "The hard-liner Omar Beskin came second, and top-dog Ann Lee said she was pleased with the vote."
    found = _mentions(text)
    assert found["Omar Beskin"][0] == "person", found
    assert found["Ann Lee"][0] == "person", found


def test_entities49_a_place_before_a_currency_names_money() -> None:
    """Rule currency-place: a listed place before a currency's name ("600,000 New Zealand dollars") names
    the money, no place; the place elsewhere in the text stays ("in Wellington, New Zealand")."""
    text = (
        "The court ordered the party to pay 600,000 New Zealand dollars to the publisher on Wednesday. The "
        "firm also paid 20 million Hong Kong dollars, a spokesman said."
    )
    found = _mentions(text)
    assert "New Zealand" not in found, found
    assert "Hong Kong" not in found, found
    found = _mentions(text + " The hearing was held in Wellington, New Zealand.")
    assert found["New Zealand"] == ("place", ["new zealand"]), found


def test_entities49_a_place_before_a_currency_names_money_in_caseless_text() -> None:
    """Rule currency-place on case-less text: "new zealand dollars" names no place; "in new zealand" does."""
    text = (
        "A judge ordered the conservative party to pay the publisher 600,000 new zealand dollars plus "
        "interest on wednesday. The party said it would appeal, and the publisher said it was pleased with "
        "the ruling. The song was used in the campaign without a license, the judge said on friday. "
    )
    found = _mentions(text)
    assert "New Zealand" not in found, found
    found = _mentions(text + "The hearing was held in new zealand last year. ")
    assert found["New Zealand"] == ("place", ["new zealand"]), found


def test_entities49_a_saint_s_short_form_opens_a_river() -> None:
    """Rule saint-in-name: a place read by its head ("river") takes a saint's short form and its stop before
    it ("the st. Quellan river"), whose capital the lower-caser gave: one place, not "Quellan River"."""
    text = (
        "Police boats patrol the st. Quellan river at the scene of the crash on sunday in jacksonville, "
        "florida, and divers said the search would go on for days. Mayor lenny curry said on monday that "
        "the city would help the families, and gov. rick scott said the state would send more boats. "
    )
    found = _mentions(text)
    assert found["St Quellan River"] == ("place", ["st. quellan river"]), found
    assert "Quellan River" not in found, found


def test_entities49_a_word_opening_a_longer_surname_is_not_shown_alone() -> None:
    """Rule honorific-shown: "mr al rawandi" shows no surname "al" (another word no ordinary English goes
    on after it), so "Tariq al rawandi" is not read as a first name and "al"."""
    text = (
        "The fine was only $250, but the fight has cost him $100,000 so far. Tariq al rawandi says he is "
        "ready to take the case to the high court. The trouble for mr al rawandi began when officers "
        "stopped him in march, and his lawyer said on monday that the fine was unfair. "
    )
    found = _mentions(text)
    assert "Tariq Al" not in found, found
