"""Entity kinds by evidence on case-less text (session 48, entities48), on text written here."""

from __future__ import annotations

from entity_mentions import mentions as _mentions

from newsbrief import brief


def test_entities48_a_saint_s_short_form_opens_a_place() -> None:
    """Rule saint-stop: the lower-caser capitalised the word after "st." as if a sentence began there
    ("in st. Louis"); the stop is the short form's, so the listed place is read; "st." opens no person
    ("st. Gox said": no "St Gox"), though "st" with no stop may open a surname ("alain st ange")."""
    text = (
        "The mayor flew to st. Louis on friday to meet the families, and he said the city would help them "
        "all. The exchange, known as st. Gox, was closed that day, and st. Gox said on monday that it "
        "would open again soon. The police in the town said they were still looking for the man, tourism "
        "minister alain st ange told reporters. St ange said the families would be home by sunday. "
    )
    found = _mentions(text)
    assert found["St Louis"] == ("place", ["st. louis"]), found.keys()
    assert not any("Gox" in name for name in found), found.keys()
    assert found["St Ange"][0] == "person", found.keys()


def test_entities48_a_town_of_two_words_keeps_its_first_word() -> None:
    """Rule wider-place: a listed place or a body read by its head whose word before makes a town the
    place data lists ("west des moines", "new albany high school") is read from that word, not from the
    town's second word ("Des Moines", "Albany High School")."""
    text = (
        "The students of new albany high school were at the rally on monday, and the principal said they "
        "had been in west des moines before the event. Police in des moines said the buses left on time. "
        "The school said in a statement that the students were safe and would be home by the weekend. "
    )
    found = _mentions(text)
    assert found["New Albany High School"] == ("organization", ["new albany high school"]), found.keys()
    assert found["West Des Moines"] == ("place", ["west des moines"]), found.keys()
    assert found["Des Moines"] == ("place", ["des moines"]), found.keys()
    assert "Albany High School" not in found, found.keys()


def test_entities48_a_mc_name_takes_a_capital_after_mc() -> None:
    """Rule mc-name: a case-less name is shown as cased English writes it, "McCain", not "Mccain"; "Mack"
    keeps its small letter."""
    from newsbrief.analyze.caseless import cased

    assert cased("john mccain") == "John McCain"
    assert cased("erin mcallister-stone") == "Erin McAllister-Stone"
    assert cased("connie mack") == "Connie Mack"


def test_entities48_a_first_name_before_a_known_pair_is_no_part_of_it() -> None:
    """Rule first-not-middle: "primary victor john mccain" (the winner) beside "john mccain" twice more, and
    no "victor mccain": the person is John McCain, no "Victor John McCain"; "donald john trump" beside
    "donald trump" keeps its middle name."""
    text = (
        "Meghan mccain, the daughter of arizona senate primary victor john mccain, spoke on monday about the "
        "race. In theory, john mccain's hard turn could come to an end, and mccain said he would stay. "
        "Donald john trump was sworn in on friday, and donald trump said he was proud, trump said later. "
    )
    found = _mentions(text)
    assert "Victor John McCain" not in found, found.keys()
    assert found["John McCain"][0] == "person", found.keys()
    assert "victor john mccain" not in found["John McCain"][1], found["John McCain"]
    assert "Donald John Trump" in found, found.keys()


def test_entities48_a_credit_s_last_agency_opens_no_name() -> None:
    """Rule credit-slash: "mj photos/variety/rex/shutterstock swank also …": the word after the slash is the
    last agency of a photo credit glued to the story's next word, no "Shutterstock Swank"."""
    text = (
        "Hilary swank is a married woman! The oscar winner, 40, wed philip schneider on saturday, she said. "
        "It was beautiful, swank told vogue. Hilary swank and philip schneider mj photos/variety/rex/"
        "shutterstock swank also gave insight into her relationship. It was lovely, swank said. "
    )
    found = _mentions(text)
    assert not any("Shutterstock" in name for name in found), found.keys()
    assert found["Hilary Swank"][0] == "person", found.keys()


def test_entities48_a_surname_before_s_family_is_shown_as_a_surname() -> None:
    """Rule kin-possessive: an ordinary word a listed first name opens ("michael brown") is the surname when
    the story writes it alone before "'s family" ("and brown's family"); "the nation's mother" shows no
    surname ("michael nation" stays no person)."""
    text = (
        "A grand jury declined to indict officer darren wilson in the shooting of 18-year-old michael brown. "
        "It set off fury near where the teenager was shot, counter to the peace that the authorities and "
        "brown's family had asked for. The nation's mother of all debates began, said michael nation today. "
    )
    found = _mentions(text)
    assert found["Michael Brown"] == ("person", ["michael brown"]), found.keys()
    assert "Michael Nation" not in found, found.keys()


def test_entities48_a_city_that_is_a_given_name_before_a_surname_is_no_place() -> None:
    """Rule half-name: "savannah guthrie" and "orlando bloom" are half a person's name, no place Savannah or
    Orlando; "in savannah" is the city and "orlando police" the city's police (entities50's place-police)."""
    text = (
        "The show's co-host savannah guthrie is the front-runner to replace her, and actor orlando bloom was "
        "there too, the network said. The storm hit hardest in savannah on friday, and orlando police said "
        "the roads would stay closed until the water went down over the weekend. "
    )
    found = _mentions(text)
    assert found["Savannah"] == ("place", ["savannah"]), found.get("Savannah")
    assert found["Orlando police"] == ("organization", ["orlando police"]), found.keys()
    assert "Orlando" not in found, found.keys()


def test_entities48_more_given_names_open_a_name() -> None:
    """first_names.txt's entities48 lines: a given name in common use that the lists lacked opens a person's
    name in case-less text ("scarlett johansson", "leonardo dicaprio", "tarek el moussa"); each woman's
    name is on female_names.txt (or unisex_names.txt), so no "he" goes to her by default."""
    from newsbrief.lexicon.gazetteer import gazetteer

    text = (
        "Scarlett johansson and leonardo dicaprio have been seeing a lot of each other, a source said on "
        "monday. Reality star tarek el moussa was there too, and the couple left the party together after "
        "midnight, the source added in a statement to the magazine on tuesday. "
    )
    found = _mentions(text)
    for name in ("Scarlett Johansson", "Leonardo Dicaprio", "Tarek el Moussa"):
        assert found.get(name, ("", []))[0] == "person", found.keys()
    g = gazetteer()
    assert {"Scarlett", "Hoda", "Demi"} <= g.female_names & g.first_names, "women's names"
    assert "Leonardo" not in g.female_names and "Nicola" in g.unisex_names


def test_entities48_a_university_s_medical_center_is_the_body_named() -> None:
    """Rule head-first-hospital: "taken to the university of cincinnati medical center" names the hospital,
    one body, no "University of Cincinnati"; "studied at the university of maryland" keeps the university."""
    text = (
        "The wounded man was taken to the university of cincinnati medical center in critical condition, "
        "the police said on sunday. His sister studied at the university of maryland, and doctors at the "
        "hospital said he was stable on monday morning after the long operation. "
    )
    found = _mentions(text)
    assert found["University of Cincinnati Medical Center"][0] == "organization", found.keys()
    assert "University of Cincinnati" not in found, found.keys()
    assert found["University of Maryland"][0] == "organization", found.keys()


def test_entities48_a_title_word_after_a_head_may_stand_in_a_spelled_name() -> None:
    """Rule head-then-title: "the directorate general of civil aviation ( dgca )" is one body, and "dgca"
    alone is it again, though "general" is a title word."""
    text = (
        "India's aviation regulator, the directorate general of civil aviation ( dgca ), said on monday "
        "that it had ordered checks of the planes, and the dgca said the airline would have to ground the "
        "jets until the checks were done, officials said in a statement to the press. "
    )
    found = _mentions(text)
    kind, said = found["Directorate General of Civil Aviation"]
    assert kind == "organization" and said.count("dgca") == 2, said


def test_entities48_versus_is_no_surname() -> None:
    """Rule versus-not-surname: "piers morgan vs. heather mills": "vs" ends no name, so "morgan" (a listed
    first name too) is the surname and Piers Morgan a person."""
    text = (
        "So now it's piers morgan vs. Heather mills in the latest phone-hacking row, the paper said on "
        "monday. At the time, morgan was the editor of the tabloid, and he denied it in a statement to the "
        "press. A member of parliament accused morgan of hacking but later apologized to him for it. "
    )
    found = _mentions(text)
    assert found["Piers Morgan"] == ("person", ["piers morgan", "morgan", "morgan"]), found.keys()


def test_entities48_simone_is_borne_by_men_too() -> None:
    """Simone is an Italian man's name as often as a French woman's: it is on unisex_names.txt, not
    female_names.txt, so "he said" after a man named Simone is his (it was left unattributed)."""
    text = (
        "Simone Bianchi taught mathematics in a village school near the river for eleven years before it "
        "closed. The children had no books and the roof leaked every winter, he told the council in March. "
        "\u201cWe did what we could with what we had,\u201d he said. \u201cIt was never enough.\u201d"
    )
    other = "The council in the village said on Monday it would open a new school in the spring."
    b = brief(texts=[text, other], words=60, timings=False)
    assert [q.speaker for q in b.quotes] == ["Simone Bianchi", "Simone Bianchi"], b.quotes


def test_review48_a_town_that_is_also_a_given_name_stays_a_place() -> None:
    """review48: "Petra" and "Malia" (entities48's list of given names) are towns the stories write more often
    ("officials in Petra said", "the storm hit Malia"): with them listed, the place read by its context became
    a person, a false kind; the two are left off the lists, and the place stands as before entities48."""
    pad = (
        "The police in the town said they were still looking for the man, the mayor told reporters on "
        "Friday. The officials said the families would be home by Sunday. "
    )
    found = _mentions(
        "Tourists crowded into Petra on Monday, officials said. The rose city of Petra drew many visitors "
        "last year, said tour guide Jon Harwick. Officials in Petra said the site would stay open all week. "
        + pad
    )
    assert found["Petra"][0] == "place", found
    found = _mentions(
        "The storm hit Malia on Monday, and officials in Malia said the beach was closed. " + pad
    )
    assert found["Malia"][0] == "place", found
