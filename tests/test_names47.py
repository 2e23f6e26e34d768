"""A speaker in a story that lost its case is shown as a reader expects the name (session 47, names47):
cased as the person's entity writes it, a scrape's spaced apostrophe closed up. Texts written here."""

from __future__ import annotations

import pytest
from helpers import speakers_and_rules

from newsbrief.analyze.caseless import cased_as, unspaced


@pytest.mark.parametrize(
    ("written", "name", "shown"),
    [
        ("essena o ' neill", "Essena O'Neill", "Essena O'Neill"),  # the entity's name itself
        ("robert k. Mericle", "Robert Mericle", "Robert K. Mericle"),  # a middle initial the name lacks
        ("donald trump", "Donald J. Trump", "Donald Trump"),
        ("crutcher's", "Crutcher", "Crutcher's"),  # a possessive's "'s" not cased
        ("john mccain", "John McCain", "John McCain"),  # the entity's own casing of a word
        ("Jane Sanders", "Bernie Sanders", "Jane Sanders"),  # a cased name left as it is
    ],
)
def test_names47_cased_as_shows_the_written_name_as_the_entity_cases_it(
    written: str, name: str, shown: str
) -> None:
    assert cased_as(written, name) == shown


def test_names47_unspaced_closes_only_an_apostrophe_spaced_on_both_sides() -> None:
    assert unspaced("mary o ' connor") == "mary o'connor"
    assert unspaced("the jones' lawyer") == "the jones' lawyer"  # a plural possessive keeps its space


def test_names47_caseless_speaker_by_pronoun_is_the_entity_name_not_the_spaced_scrape() -> None:
    """Rule caseless-shown-name (dev multinews-val-45386's shape): "mary o ' connor" written in full, then
    "she wrote": the speaker is "Mary O'Connor", the entity's name, not the mention as the scrape writes
    it."""
    text = (
        "famous runner mary o ' connor has decided to quit racing after ten years. The athlete, who will "
        'turn 30 this week, wrote a long letter to explain her decision to her fans. " i am done with the '
        "track, and i am at peace with it, \" she wrote. O ' connor won two national titles in her career. "
        "her coach said on monday that the team would miss her very much. "
    )
    assert speakers_and_rules(text)["i am done with the track, and i am at peace with it"] == (
        "Mary O'Connor",
        "pronoun-antecedent",
    )


def test_names47_caseless_name_as_written_is_cased() -> None:
    """Rule name-as-written in a case-less story (training-file multinews-train-7627's shape): the article
    writes "joseph maturo", the story's name is "Joseph Maturo Jr.": the speaker the pronoun reaches is
    "Joseph Maturo", as the name-in-phrase quote before it shows him, not "joseph maturo"."""
    first = (
        "the city council voted on tuesday to close the old harbor bridge. mayor joseph maturo jr. said the "
        "bridge was no longer safe for cars. the repairs would cost more than a new bridge, officials said. "
    )
    second = (
        "the old harbor bridge will close next week after a vote on tuesday. joseph maturo, who has led the "
        'town since 2007, asked for the vote. " we cannot wait for it to fall down, " maturo said. the '
        'bridge was built in 1961. " it is a sad day for the town, " he said. '
    )
    got = speakers_and_rules(first, second)
    assert got["we cannot wait for it to fall down"][0] == "Joseph Maturo"
    assert got["it is a sad day for the town"] == ("Joseph Maturo", "pronoun-antecedent")


def test_names47_caseless_possessive_proxy_cases_the_owner_name() -> None:
    """Rule possessive-proxy in a case-less story (training-file multinews-train-14294's shape): "dunleavy's
    daughter said" is shown "Dunleavy's daughter", the name part cased as the person's entity writes it."""
    first = (
        "the city council voted on tuesday to close the old harbor bridge. council member robert dunleavy "
        "said the bridge was no longer safe for cars. the repairs would cost more than a new bridge, "
        "officials said. "
    )
    second = (
        "the old harbor bridge will close next week after a vote on tuesday. robert k. dunleavy, who has "
        'served on the council since 2009, asked for the vote. " we cannot wait for it to fall down, " said '
        'dunleavy. the bridge was built in 1961. " my father is right about that old bridge, " dunleavy\'s '
        "daughter said. "
    )
    assert speakers_and_rules(first, second)["my father is right about that old bridge"] == (
        "Dunleavy's daughter",
        "possessive-proxy",
    )


def test_names47_caseless_description_cases_a_name_its_entity_holds_whole() -> None:
    """Rule caseless-shown-name in a description (dev multinews-val-47813's shape): "a netflix spokesperson"
    names the company the entity pass found, shown "a Netflix spokesperson"; an acronym whose entity is the
    spelled-out name ("one faa manager" beside "the federal aviation administration ( faa )") stays as
    written: no casing the entity's name does not hold."""
    text = (
        "netflix said on monday it would raise its prices next year. the service has more than 100 million "
        'users around the world. " we think our users will understand, " a netflix spokesperson said. the '
        'federal aviation administration ( faa ) said on tuesday the airport would stay open. " there is '
        'no danger to anyone, " one faa manager said. the faa did not give more details. '
    )
    got = speakers_and_rules(text)
    assert got["we think our users will understand"] == ("a Netflix spokesperson", "description"), got
    assert got["there is no danger to anyone"] == ("one faa manager", "description"), got
