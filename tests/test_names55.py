"""Entities that hold on text never seen (session 55, names55), on text written here."""

from __future__ import annotations

import label_scoring as labels
from entity_mentions import mentions as _mentions


def test_names55_a_group_noun_opening_a_two_word_body_is_that_body() -> None:
    """Rule group-body: a plural group noun before a members' body head is a two-word name ("the leftist
    Workers Party", before: nothing, the group noun dropped and "Party" alone no name)."""
    found = _mentions(
        "Voters in the north backed the leftist Workers Party on Sunday, said Ana Pereira, a pollster. "
        "Her rivals in the Teachers Union said the vote was close."
    )
    assert found["Workers Party"] == ("organization", ["workers party"]), found
    assert found["Teachers Union"] == ("organization", ["teachers union"]), found


def test_names55_a_group_noun_alone_stays_no_name() -> None:
    """Group-body reads only a two-word name: the group noun alone or before a word that heads no body
    stays out."""
    found = _mentions("Workers said on Sunday they would strike. Police Union members met in the town hall.")
    assert not any(name.startswith(("Workers", "Police")) for name in found), found


def test_names55_a_portuguese_place_joined_by_do_is_one_place() -> None:
    """Rules portuguese-of and portuguese-place: "Rio Grande do Sul" is one place (before: "Rio Grande" and
    "Sul", two places), a place the data names before "do"."""
    found = _mentions(
        "Floods hit the southern state of Rio Grande do Sul on Monday, officials said. "
        "The governor of Rio Grande do Sul asked the capital for help."
    )
    assert found["Rio Grande do Sul"] == ("place", ["rio grande do sul", "rio grande do sul"]), found
    assert "Sul" not in found and "Rio Grande" not in found, found


def test_names55_english_do_between_capitals_joins_nothing() -> None:
    """Portuguese-of leaves English "do" after a question word or before "I" ("What do Italians")."""
    found = _mentions("The chef asked a question. What do Italians eat at noon? How do I know, he said.")
    assert not any(" do " in name for name in found), found


def test_names55_the_bench_decides_the_case_of_the_whole_story() -> None:
    """The bench reads a story's letter case as the brief does, over all its documents: a short lower-cased
    document labelled alone (too few words to tell by itself) is case-less when its story is."""
    short = "The mayor said the road would reopen next week after repairs to the old bridge were done."
    other = (
        "The city council met on tuesday to hear from residents about the closed bridge and the detour. "
        "Several said the detour added twenty minutes to their trip, and one asked who would pay for it. "
        "The mayor said the state would cover most of the cost and the city the rest, a spokesman said. "
        "Work crews had found cracks in two of the supports during an inspection last month, he said. "
        "The council voted to add a second crew so the work could finish before the school year starts."
    )
    alone = labels.LabelledStory("s1", [labels.LabelledDoc(0, short, [], [], [])], [])
    assert labels.prepare(alone).caseless is False  # the document by itself cannot tell
    whole = labels.LabelledStory("s1", [labels.LabelledDoc(0, short, [], [], [])], [], (short, other))
    assert labels.prepare(whole).caseless is True


def test_names55_sheik_and_mullah_are_titles() -> None:
    """Titles Sheik and Mullah (spellings beside the listed Sheikh): no part of the name ("Sheik Ahmed
    Yassin" -> Ahmed Yassin; before, "Mullah Mohammed Omar" was no name at all)."""
    found = _mentions("Mullah Karim Rahimi met Sheik Walid Nasser in the hills on Monday, aides said.")
    assert found["Karim Rahimi"] == ("person", ["karim rahimi"]), found
    assert found["Walid Nasser"] == ("person", ["walid nasser"]), found


def test_names55_apartments_wilderness_and_wharf_name_places() -> None:
    """Head words Apartments, Wilderness and Wharf (heads.tsv, place, last): a building and two places
    (before: an organisation, a person, nothing)."""
    found = _mentions(
        "The couple lived at the Elm Crest Apartments before the move, a neighbour said. "
        "They later hiked the remote Tarrow Wilderness and ate at Pelton's Wharf in the spring."
    )
    assert found["Elm Crest Apartments"][0] == "place", found
    assert found["Tarrow Wilderness"][0] == "place", found
    assert found["Pelton's Wharf"][0] == "place", found


def test_names55_a_company_named_without_its_legal_form_is_that_company() -> None:
    """Rule company-short-form: the words before a company's legal form are the company ("a Dow Jones
    spokesman" of "Dow Jones & Co."; before: a person), and so is a first word read a place only by
    "from X" ("an app from Xora" of "Xora Inc."; before: a place)."""
    found = _mentions(
        "Her manager told staff to install an app from Vrella on their phones, she said. "
        "Vrella Inc., since sold to a rival, did not reply. "
        "A Hollis Brandt spokesman declined to comment. "
        "Hollis Brandt &AMP; Co., the publisher, lost a contract."
    )
    assert found["Vrella Inc."] == ("organization", ["vrella", "vrella inc."]), found
    assert found["Hollis Brandt &AMP; Co."] == (
        "organization",
        ["hollis brandt", "hollis brandt &amp; co."],
    ), found
    assert "Vrella" not in found and "Hollis Brandt" not in found, found


def test_names55_a_place_keeps_its_kind_beside_a_company_named_after_it() -> None:
    """Company-short-form leaves a listed place ("from Denver" beside "Denver Inc.")."""
    found = _mentions("She flew in from Denver on Friday, a spokesman said. Denver Inc. was not involved.")
    assert found["Denver"][0] == "place", found


def test_names55_a_party_and_state_tag_is_no_name() -> None:
    """Rule party-tag: "D-Houston" between a name's commas and "(D-Union)" after a name are party-and-state
    tags, left out (before: a person and an organisation)."""
    found = _mentions(
        "State Sen. Marta Oyelaran, D-Bayport, said the bill would pass on Tuesday. "
        "Assemblyman Joe Kerrigan (D-Union) agreed with her, and the vote was set for noon."
    )
    assert not any(name.startswith("D-") for name in found), found
    assert found["Marta Oyelaran"][0] == "person" and found["Joe Kerrigan"][0] == "person", found


def test_names55_a_surname_that_is_an_ordinary_word_is_a_person_when_the_story_cues_it() -> None:
    """Rule surname-cued: "Tavio Brown" (an unknown run ending in an ordinary word: no name's shape alone)
    is a person when the story writes "Brown" alone with a person's cue ("Brown tweeted"); before: nothing."""
    found = _mentions(
        "A Tavio Brown fan in Ohio set up a page to pay the singer's debts on Monday. "
        "Brown tweeted on Sunday that he owed millions, and fans answered within hours."
    )
    assert found["Tavio Brown"] == ("person", ["tavio brown", "brown"]), found


def test_names55_an_ordinary_last_word_without_a_cue_stays_no_name() -> None:
    """Surname-cued needs the cue: a run ending in an ordinary word whose word alone no cue follows is left
    as before."""
    found = _mentions(
        "A Tavio Brown fan in Ohio set up a page on Monday. The brown paint dried within hours."
    )
    assert "Tavio Brown" not in found, found


def test_names55_surname_cued_leaves_an_office_before_a_name() -> None:
    """Surname-cued reads two-word runs only: in "UC Regent Wade Connerly" the word before the name is an
    office, so the three-word run stays open as before (quote rules then give "Connerly" his own quote)."""
    found = _mentions(
        "Exposing a rift in the party, UC Regent Wade Connerly and others spoke on Thursday. "
        "Connerly said the party suffers from its public image, and the others agreed."
    )
    assert not any(name.startswith("Regent") for name in found), found
