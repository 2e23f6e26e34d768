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


def test_entities51_an_observatory_and_a_survey_are_bodies() -> None:
    """Head word Observatory (heads.tsv; caseless head-noun-org's "observatory") and the listed surveys
    ("United States Geological Survey", "Ordnance Survey"): the bodies, not a person ("Mauna Loa Observatory"
    was an unknown run of three words) nor the places they open on ("hawaii", "united states"); a survey
    that is a study ("the National Crime Victimization Survey") is no body."""
    cased = (
        "Scientists at the Mauna Loa Observatory said the ash cloud was thinning on Friday. The Ordnance "
        "Survey will print a new map, and the Mauna Loa Observatory posted its readings. The Regional Crime "
        "Victimization Survey found fewer thefts."
    )
    found = _mentions(cased)
    assert found["Mauna Loa Observatory"][0] == "organization", found
    assert found["Ordnance Survey"][0] == "organization", found
    assert not any("Victimization" in name for name in found), found
    caseless = (
        "Officials said the ash had reached a road near the town on tuesday. A photo provided by the united "
        "states geological survey shows the front, and scientists at the hawaii volcano observatory said it "
        "was moving slowly. The u.s. Geological survey said residents should be ready to leave soon."
    )
    found = _mentions(caseless)
    assert found["U.S. Geological Survey"] == (
        "organization",
        ["united states geological survey", "u.s. geological survey"],
    ), found
    assert found["Hawaii Volcano Observatory"][0] == "organization", found
    assert "Hawaii" not in found and "United States" not in found, found


def test_entities51_a_caseless_name_with_a_particle_and_three_titled_names() -> None:
    """Rule particle-surname: in a story that lost its case, a full name read with a particle ("osama bin
    laden", "Osama" now a listed first name) gives the particle and surname written alone ("bin laden's
    compound") to that person, not a bare "Laden"; rule titled-three-names: after a title, a first name, a
    second first name and a surname are one name ("president asif ali zardari"), not "Asif Ali"; not a
    hyphened word, which may be a verb ("judge susan leon green-lit the deal")."""
    text = (
        "Senators asked on monday whether the army of the country had protected osama bin laden before the "
        "raid on sunday night. Officials said bin laden had lived in the compound for years, and a senator "
        "said the house was built for bin laden. A neighbour said bin laden's guards rarely left the yard. "
        "The senator said president asif ali zardari had issued a statement hailing the raid, but he said "
        "the leader had to ask tough questions of his own army and his own spies in the weeks ahead. A "
        "district judge, judge susan leon green-lit the deal on friday."
    )
    found = _mentions(text)
    assert found["Osama bin Laden"] == (
        "person",
        ["osama bin laden", "bin laden", "bin laden", "bin laden"],
    ), found
    assert found["Asif Ali Zardari"] == ("person", ["asif ali zardari"]), found
    assert "Laden" not in found and "Asif Ali" not in found, found
    assert not any("Green" in name for name in found), found


def test_entities51_a_team_s_former_name_is_a_team() -> None:
    """Listed former team names (orgs.txt, teams.txt: "Charlotte Bobcats", "Montreal Expos"): the team, not
    a person named Charlotte; cased and in a story that lost its case."""
    found = _mentions(
        "He later bought a stake in the Charlotte Bobcats. Fans of the Montreal Expos were sad."
    )
    assert found["Charlotte Bobcats"] == ("organization", ["charlotte bobcats"]), found
    assert found["Montreal Expos"][0] == "organization", found
    caseless = (
        "The book says he won six titles, launched a sneaker line and went on to own a piece of the "
        "charlotte bobcats franchise. Readers said the book was long, and some said it was too long for a "
        "summer read, but the author said on monday that he had cut it twice."
    )
    found = _mentions(caseless)
    assert found["Charlotte Bobcats"] == ("organization", ["charlotte bobcats"]), found


def test_entities51_a_street_after_and_or_of_is_a_place() -> None:
    """Rule place-after-and (caseless place-led-head): "and" or "of" before a place's head word and its name
    ("between the old cemetery and apaa street", "the corner of kaohe street") does not join the name to a
    longer one as it may a body's ("national fish and wildlife foundation"): the street is a place."""
    text = (
        "The lava crossed the pasture between the old cemetery and apaa street on tuesday, officials said. "
        "Residents near the corner of kaohe street and the park were told to leave. The flow had moved "
        "about 300 yards since monday, the officials said, and it was still moving slowly."
    )
    found = _mentions(text)
    assert found["Apaa Street"] == ("place", ["apaa street"]), found
    assert found["Kaohe Street"] == ("place", ["kaohe street"]), found


def test_entities51_a_cemetery_is_a_place() -> None:
    """Caseless head-noun-place: "cemetery" is a place's head word ("the pahoa cemetery"), as "park" is."""
    text = (
        "The lava crossed the pasture between the pahoa cemetery and a street on tuesday, officials said. "
        "Residents were told to leave, and the flow had moved about 300 yards since monday, the officials "
        "said, and it was still moving slowly toward the town."
    )
    found = _mentions(text)
    assert found["Pahoa Cemetery"] == ("place", ["pahoa cemetery"]), found
