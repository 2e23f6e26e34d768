"""Entities and the prepositions coreference reads (session 46, entities46), on text written here."""

from __future__ import annotations

from newsbrief import brief
from newsbrief.analyze import coreference as coref


def test_entities46_one_preposition_table_for_both_object_rules() -> None:
    """The two rules that read a name as a preposition's object take their prepositions from one table:
    "by" is object-not-speaker's only (in the pronoun's own sentence its agent is the doer), "with",
    "from" and "than" object-in-sentence's only (in the sentence before, their object may speak next)."""
    table = {p: rules - {"relative-sayer"} for p, rules in coref._OBJECT_PREPOSITIONS.items()}
    assert table["by"] == {"object-not-speaker"}
    assert all(table[p] == {"object-in-sentence"} for p in ("with", "from", "than"))
    assert all(table[p] == {"object-in-sentence", "object-not-speaker"} for p in ("to", "of", "about"))
    in_sentence, before = coref._PREPOSITION_BEFORE, coref._OBJECT_BEFORE
    assert in_sentence.search("paying to the ") and not in_sentence.search("founded by ")
    assert not in_sentence.search("according to ")
    assert before.search("The seat is held by Rep. ") and before.search("a letter to Gov. ")
    assert not before.search("an interview with ") and not before.search("a statement issued by ")


def _entities(text: str) -> dict[str, str]:
    b = brief(texts=[text], words=40, timings=False)
    return {e.name: e.kind for e in b.entities}


def test_entities46_two_bodies_joined_by_and_after_an_opening_the_are_two() -> None:
    """Rule the-before-listed: "The FBI and Justice Department" opening a sentence names two bodies, as
    "the FBI and Justice Department" does inside one; a head's "of" part joined by "and" stays one name
    ("The Department of Health and Human Services"), and so do a listed committee's words ("The Homeland
    Security and Governmental Affairs Committee") and a couple's foundation ("The Bill and Melinda Gates
    Foundation")."""
    text = (
        "The FBI and Justice Department opened an inquiry on Monday, officials said. The Department of "
        "Health and Human Services declined to comment. The Homeland Security and Governmental Affairs "
        "Committee met in Washington. The Bill and Melinda Gates Foundation gave money to the clinics. "
    )
    found = _entities(text)
    assert "FBI and Justice Department" not in found, found
    assert found.get("Justice Department") == "organization", found
    assert found.get("Department of Health and Human Services") == "organization", found
    assert found.get("Homeland Security and Governmental Affairs Committee") == "organization", found
    assert found.get("Bill and Melinda Gates Foundation") == "organization", found


def test_entities46_a_state_s_dotted_initials_after_a_town_are_a_place() -> None:
    """Rule dotted-state: in case-less text "columbia, s.c." and "woodbury, n.y." give the state as
    "indio, calif." does, though the initials' stop is inside the word; the span is the initials alone."""
    text = (
        "The campaign was run from columbia, s.c., on monday. Woodbury, n.y. was quiet, and so was "
        "indio, calif. on sunday. "
    ) * 3
    b = brief(texts=[text], words=40, timings=False)
    found = {e.name: e for e in b.entities}
    assert found["S.C."].kind == "place" and found["N.Y."].kind == "place", found.keys()
    assert found["Calif."].kind == "place", found.keys()


def test_entities46_a_county_by_its_name_is_a_place() -> None:
    """Rule county-name: "chester county", "los angeles county", "san mateo county" and "wayne county" (a
    first name) are places in case-less text; not where the name goes on to an office ("franklin county
    sheriff"), nor after an ordinary word ("the rural county")."""
    text = (
        "Deputies of the franklin county sheriff said chester county, pennsylvania, was quiet. Los "
        "angeles county and san mateo county sent help, and wayne county officials met in the rural "
        "county. "
    ) * 3
    found = _entities(text)
    for name in ("Chester County", "Los Angeles County", "San Mateo County", "Wayne County"):
        assert found.get(name) == "place", (name, found)
    assert not any(n.startswith(("Franklin", "Rural")) for n in found), found


def test_entities46_a_school_district_is_one_body_never_a_school_cut_short() -> None:
    """Rule school-district: "coatesville area school district" is one body; "the pennsylvania school
    district" (a listed place alone: a kind) and "the da faults school district" (a district attorney
    faults it) are none, and no "… School" is cut from any of them."""
    text = (
        "The drugs went to the coatesville area school district police. The pennsylvania school district "
        "said it called police, while the da faults school district for not doing enough. "
    ) * 3
    found = _entities(text)
    assert found.get("Coatesville Area School District") == "organization", found
    assert not any(n.endswith("School") or n.startswith(("Pennsylvania School", "Da ")) for n in found), found


def test_entities46_a_city_before_a_listed_daily_paper_is_the_paper() -> None:
    """Rule city-paper: "the philadelphia daily news" names the city's paper, not the place Philadelphia
    and "Daily News"; and two-word-town: "new milford, n.j." is the town, not "Milford"."""
    text = (
        "Archives of the philadelphia daily news and the new york daily news were read. The parents of "
        "a man from new milford, n.j., spoke on monday. "
    ) * 3
    found = _entities(text)
    assert found.get("Philadelphia Daily News") == "organization", found
    assert "Philadelphia" not in found and "Milford" not in found, found
    assert found.get("New Milford") == "place", found


def test_entities46_a_body_found_by_its_head_is_that_body_again_after_a() -> None:
    """Rule body-again: "a tabbot foundation spokesman" is the body "the tabbot foundation" names in the
    same story, though "a" before a head alone names a kind (place-led-head)."""
    text = (
        "The tabbot foundation will assess women over the phone from monday. A tabbot foundation "
        "spokesman said the service was common in regional areas, where women face costs for the treatment. "
    ) * 4
    b = brief(texts=[text], words=40, timings=False)
    foundation = [e for e in b.entities if e.name == "Tabbot Foundation"]
    assert foundation and foundation[0].kind == "organization", [e.name for e in b.entities]
    assert len(foundation[0].mentions) == 8, foundation[0].mentions


def test_entities46_a_pair_before_a_verb_of_saying_in_the_present_is_a_person() -> None:
    """Rule said-present: "suresh prabhu tells dgca" shows a person's name as "suresh prabhu said" does."""
    text = (
        "Jet passengers bled on monday after the crew forgot a switch. Suresh prabhu tells officials "
        "to prepare an audit of all planes, and the airline said it was looking into the flight. "
    ) * 4
    assert _entities(text).get("Suresh Prabhu") == "person", _entities(text)


def test_entities46_a_maker_before_its_model_s_number_is_the_product() -> None:
    """Rule maker-model: "an EgyptAir Boeing 767" and "The Airbus A330-200" name products, no mention of
    the bodies there; "A Boeing spokesman", a year after the name ("Boeing 2017 profits") and an operator
    before a number ("An American Airlines 737") still do; in case-less text too ("a boeing 737 aircraft")."""
    cased = (
        "An EgyptAir Boeing 767 left Cairo on Friday. The Airbus A330-200 was last heard from over the "
        "Atlantic. A Boeing spokesman said Boeing 2017 profits rose. An American Airlines 737 landed."
    )
    b = brief(texts=[cased], words=40, timings=False)
    found = {e.name: len(e.mentions) for e in b.entities}
    assert found.get("Boeing") == 2 and "Airbus" not in found, found
    assert found.get("American Airlines") == 1, found  # an operator's plane: the body stays
    caseless = (
        "Passengers on board a boeing 737 aircraft flying from mumbai on monday bled, and a boeing "
        "spokesman said the crew forgot a switch that keeps the pressure in the cabin. "
    ) * 4
    b = brief(texts=[caseless], words=40, timings=False)
    found = {e.name: len(e.mentions) for e in b.entities}
    assert found.get("Boeing") == 4, found


def test_entities46_a_plural_describing_word_is_no_first_name() -> None:
    """Rule plural-describes: "the best preachers graham knew" names Graham, the one the story quotes,
    not a person "Preachers Graham"."""
    text = (
        "Billy graham died on wednesday. Some of the best preachers graham knew spoke at the service, "
        "and franklin graham writes that his father was ready. "
    ) * 4
    found = _entities(text)
    assert not any(n.startswith("Preachers") for n in found), found
    assert found.get("Billy Graham") == "person", found


def test_entities46_a_team_demonym_before_what_is_done_to_people_is_people() -> None:
    """Rule demonym-passive: in a story on the Houston Texans, "the texans were moved to shelters" are
    people, so "the texans" alone names no team in that story; "the texans were favored" stays the team."""
    people = (
        "The houston texans opened their stadium to flood victims on monday. The texans were moved to "
        "shelters after the storm, and the texans slept on cots. "
    ) * 3
    b = brief(texts=[people], words=40, timings=False)
    team = [e for e in b.entities if e.name == "Houston Texans"]
    assert team and len(team[0].mentions) == 3, [(e.name, len(e.mentions)) for e in b.entities]
    fans = (
        "The houston texans beat the colts on sunday, and the texans won again on monday. The texans "
        "were favored by six points at home. "
    ) * 3
    b = brief(texts=[fans], words=40, timings=False)
    team = [e for e in b.entities if e.name == "Houston Texans"]
    assert team and len(team[0].mentions) == 9, [(e.name, len(e.mentions)) for e in b.entities]


def test_entities46_the_name_in_a_photo_credit_is_the_photographer() -> None:
    """Rule credit-name: "( ap photo/mark lennihan )" and "( ap photo/jessica hill, file )" name
    photographers, though "mark" and "hill" are ordinary words; "( ap photo/courtesy of the family )" and
    "( ap photo/ifc films )" name none."""
    text = (
        "Workers left the plant on monday, and the company said the plant in ohio would reopen next week "
        "after the repairs ( ap photo/mark lennihan ) while the union said talks would go on ( ap "
        "photo/jessica hill, file ) and a girl smiled in a picture ( ap photo/courtesy of the family ) as "
        "the film opened in june ( ap photo/ifc films ) to good reviews. "
    ) * 4
    found = _entities(text)
    assert found.get("Mark Lennihan") == "person" and found.get("Jessica Hill") == "person", found
    assert not any(n.startswith(("Courtesy", "Ifc")) for n in found), found


def test_mend46_relative_sayer_reads_the_one_preposition_table() -> None:
    """Rule relative-sayer (attribution) takes the prepositions whose object is no "who" clause's subject
    from coreference's one table (review46: it kept a list of its own): "under" is its only, "than" and
    the motion words not its, and each one it reads stops a name after it being the clause's subject."""
    from newsbrief.analyze import attribution

    table = coref._OBJECT_PREPOSITIONS
    assert table["under"] == {"relative-sayer"}
    assert all("relative-sayer" not in table[p] for p in ("than", "into", "over", "toward"))
    reads = [p for p, rules in table.items() if "relative-sayer" in rules]
    assert all(attribution._NOT_ANTECEDENT_BEFORE.search(f"an adviser {p} ") for p in reads)
    assert not attribution._NOT_ANTECEDENT_BEFORE.search("better than ")
