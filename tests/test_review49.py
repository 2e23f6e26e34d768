"""A reviewer's cases (session 49, review49): rules kept off ordinary news sentences; text written here."""

from __future__ import annotations

from entity_mentions import mentions as _mentions


def test_review49_an_animal_noun_read_as_a_verb_names_no_animal() -> None:
    """Rule pet-name: "dog" after "to" is a verb ("questions continue to dog Kowalczyk"): the person stays.
    (Kowalczyk says something herself: since names50's lone-word-speaker, "aides to Kowalczyk said" is no
    evidence of a person.)"""
    text = (
        "Questions continue to dog Kowalczyk as the vote nears. Kowalczyk said on Monday that she had done "
        "nothing wrong, and her aides said the claims were false. Voters said they wanted answers."
    )
    assert _mentions(text)["Kowalczyk"][0] == "person"


def test_review49_a_speaker_after_an_animal_s_comma_is_no_animal() -> None:
    """Rule pet-name: a name after "horse," that no mark closes is the speaker ("a beautiful horse, Kowalczyk
    said"), and keeps that mention; "the family's dog, Biscuit, was" is still the dog's."""
    text = (
        "The mare was worth a fortune, and it was a beautiful horse, Kowalczyk said on Monday. "
        "Anna Kowalczyk, who trained the animal for years, said she would miss it. The family's dog, "
        "Biscuit, was unhurt."
    )
    found = _mentions(text)
    assert found["Anna Kowalczyk"] == ("person", ["kowalczyk", "anna kowalczyk"]), found
    assert "Biscuit" not in found, found


def test_review49_a_vessel_noun_read_as_a_verb_names_no_vessel() -> None:
    """Rule vessel-name: "ship" after a modal is a verb ("will ship Halvorsen turbines"); "the cruise ship
    Paloma Star" is still a vessel."""
    text = (
        "Officials said the firms will ship Halvorsen turbines to the coast this year. Halvorsen said on "
        "Monday that it had hired 200 workers. The cruise ship Paloma Star left port on Sunday."
    )
    found = _mentions(text)
    assert found["Halvorsen"][1] == ["halvorsen"], found
    assert "Paloma Star" not in found, found


def test_review49_the_owner_of_a_film_starred_in_is_no_work() -> None:
    """Rule starred-in: a possessive before a lower-case word after "starred in" is the work's maker
    ("starred in Kowalczyk's first film"), not the work; "a cameo in Harbour Nights" is still one."""
    text = (
        "The actor starred in Kowalczyk's first film and had a cameo in Harbour Nights. Kowalczyk said on "
        "Monday that the actor was a friend. The studio said the film would be shown again."
    )
    found = _mentions(text)
    assert found["Kowalczyk"] == ("person", ["kowalczyk"]), found
    assert "Harbour Nights" not in found, found


def test_review49_a_place_before_pounds_the_verb_stays_a_place() -> None:
    """Rule currency-place: "pounds" after a place is the verb ("Russia pounds Kharkiv"), so the place stays,
    in capitals and in case-less text alike; "new zealand dollars" still names the money."""
    text = (
        "Russia pounds Kharkiv with missiles. Officials in Kharkiv said on Monday that the strikes hit "
        "homes, and the mayor said three people died."
    )
    assert _mentions(text)["Russia"] == ("place", ["russia"])
    caseless = (
        "A judge ordered the conservative party to pay the publisher 600,000 new zealand dollars plus "
        "interest on wednesday. The party said it would appeal, and the judge said the ruling was final. "
        "Officials said on monday that russia pounds kharkiv every night, and the mayor said people died. "
    )
    found = _mentions(caseless)
    assert found["Russia"] == ("place", ["russia"]), found
    assert "New Zealand" not in found, found


def test_review49_a_short_report_of_a_log_in_wall_is_no_notice() -> None:
    """Rule log-in (short notices): "must log in to view" in a report's voice ("Harwick Post readers must
    log in to view ...") is news, not a notice; the site's "you must log in to continue" still is."""
    from newsbrief.cluster.notices import notice

    assert notice("Harwick Post readers must log in to view its stories from Monday, the paper said.") is None
    assert notice("Notice you must log in to continue.") == "log-in"
    assert notice("Must sign in to read.") == "log-in"


def test_review49_a_report_of_a_study_keeps_its_participants_and_results() -> None:
    """Rules abstract-setup-inline, abstract-label-inline: a report whose sentences open on "Participants
    were", "Results showed" and "Findings were" is no structured abstract: nothing is cut (it lost its
    method sentences and left "showed a 30 percent drop ..." with no subject)."""
    from newsbrief.clean import clean
    from newsbrief.model import RawDoc

    text = (
        "A daily walk may cut the risk of heart disease, researchers said on Monday. Participants were asked "
        "to walk for 30 minutes a day. The team followed 4,000 adults. Results showed a 30 percent drop in "
        "heart attacks. Findings were published in a journal on Monday. Doctors said the study was large."
    )
    doc = clean(RawDoc(id="x", source="x", raw=text))
    assert doc.text == text
    assert not doc.removed


def test_review49_a_cased_sentence_keeps_its_video_and_analysis_nouns() -> None:
    """Rules media-button-prefix, analysis-label-inline need a lower-cased sentence (`lead-caseless`, or for a
    label a capital opening its sentence: "Analysis The letter ..."), as
    the buttons and labels they cut come in: "Video the police released on Monday shows ..." and "Analysis
    in the Harwick lab found ..." are news whose subject was cut; "Photo a ferry company said on thursday"
    still loses its button."""
    from newsbrief.clean import clean
    from newsbrief.model import RawDoc

    for text in (
        "Video the police released on Monday shows the man running from the store. Officers held him.",
        "Officials said the water was unsafe. Analysis in the Harwick lab found lead in 12 of 40 samples.",
    ):
        assert clean(RawDoc(id="x", source="x", raw=text)).text == text
    lead = "Photo a ferry company said on thursday that it was buying the bridge."
    assert clean(RawDoc(id="x", source="x", raw=lead)).text == lead.removeprefix("Photo ")
    boxed = "The mayor quit. Analysis The letter Harwick printed shows how tired he was."
    assert clean(RawDoc(id="x", source="x", raw=boxed)).text == boxed.replace("Analysis ", "")


def test_review49_an_address_and_a_street_after_on_are_two_places() -> None:
    """Rule `address-apart` does not lift the clash when the other sentence names a street after "on"
    whatever its last word ("a house on Kingsway"): two streets, no one fact; a district still agrees."""
    from test_align_claims import _links

    a = (
        "Dana Whitcombe, 52, was found dead on Monday in the garden of his house in the 400 block of Alder "
        "Lane."
    )
    b = "Neighbours found the 52-year-old Whitcombe on Monday in the garden of a house on Kingsway."
    assert "fact" not in {k.kind for k in _links(a, b)}
    c = (
        "Neighbours found the 52-year-old Whitcombe on Monday in the garden of a house in the quiet Fernhill "
        "district."
    )
    assert [k.kind for k in _links(a, c)] == ["fact"]
