"""Session 53 (issue 15, samesent53): the same-sentence speaker, from the fresh read of seed 5348: a name in
the quote's sentence that is not its sayer."""

from __future__ import annotations

import pytest
from helpers import cased_and_lower, speakers

_PAD = (
    " The town council met later that week to talk the matter over at length and voted on a new budget."
    " Its members said they would meet again in the spring to look at the plan for the coming year."
)


def _speakers(text: str) -> dict[str, str | None]:
    return speakers(text + _PAD, lower=True)


_DESCRIBED = (
    "Police chief Tom Reyes said two men robbed a jewellery shop at the mall on Sunday afternoon. "
    'After the two men ran out of the shop, a man described by {agent} as a "good samaritan" tried to stop '
    "them."
)


@pytest.mark.parametrize("text", cased_and_lower(_DESCRIBED.format(agent="Reyes")), ids=["cased", "caseless"])
def test_described_by_gives_the_words_to_the_agent(text: str) -> None:
    """Rule described-by (fresh read 5348, "a man described by mcmanus as a "…""): the subject of a passive
    verb of describing is the one described; the words are the agent's after "by"."""
    assert _speakers(text)["good samaritan"] == "Tom Reyes"


@pytest.mark.parametrize(
    "text", cased_and_lower(_DESCRIBED.format(agent="police")), ids=["cased", "caseless"]
)
def test_described_by_a_group_is_the_groups_words(text: str) -> None:
    """Rule described-by: an agent that is a description speaks as one; the one described never does."""
    assert _speakers(text)["good samaritan"] == "police"


def test_described_without_an_agent_keeps_its_subject() -> None:
    """Rule described-by reads only a "by" agent: "a woman Reyes described as" keeps Reyes, as before."""
    text = _DESCRIBED.format(agent="Reyes")
    text = text.replace("a man described by Reyes as", "a woman Reyes described as")
    assert _speakers(text)["good samaritan"] == "Tom Reyes"


def test_caseless_united_states_is_no_verb() -> None:
    """Rule united-states (fresh read 5348, a case-less caption "… calling the communist party of the united
    states a "fifth column""): "states" after "united" is the country, not a verb of saying whose subject is
    the party named before it."""
    text = (
        "the old file photo shows fbi director tom reyes calling the communist party of the united states a "
        '"hidden army" whose goal was the overthrow of the government.'
    )
    assert _speakers(text).get("hidden army") is None


def test_caseless_states_after_a_subject_is_still_a_verb() -> None:
    """Rule united-states is only the country: "the report states that …" still reads its verb."""
    text = (
        "the mayor tom reyes gave his yearly speech on monday in the town hall. "
        'the report states that the harbour "will need a new wall within ten years, or it will flood."'
    )
    assert _speakers(text)["will need a new wall within ten years, or it will flood"] == "the report"


_ANNOUNCED = (
    "Tom Reyes has signed a new deal with a shoe maker, two years after he last played. "
    "Reyes's lawyer, Ada Brook, made the announcement on the radio, calling the former player an "
    '"all american hero" and thanking the team.'
)


@pytest.mark.parametrize("text", cased_and_lower(_ANNOUNCED), ids=["cased", "caseless"])
def test_possessive_opener_is_not_the_participles_subject(text: str) -> None:
    """Rule possessive-opener (census 5353, "Kaepernick's attorney, mark geragos, made the announcement …,
    calling …"): the owner that opens the sentence is not the subject of "calling"; the name set off after
    its head noun is."""
    assert _speakers(text)["all american hero"] == "Ada Brook"


def test_possessive_opener_alone_names_no_owner() -> None:
    """Rule possessive-opener: with no name after the head noun, the owner still does not speak."""
    text = _ANNOUNCED.replace("Reyes's lawyer, Ada Brook, made", "Reyes's lawyer made")
    assert _speakers(text).get("all american hero") != "Tom Reyes"


_INTERVIEW = (
    "The president backed the new law on Wednesday after months of doubt. "
    "In an interview with ABC News' Ada Brook, the president described his thinking as an "
    '"evolution" over the years, and said he had talked it over with his family.'
)


@pytest.mark.parametrize("text", cased_and_lower(_INTERVIEW), ids=["cased", "caseless"])
def test_the_role_after_an_opening_phrases_object_is_someone_else(text: str) -> None:
    """Rules role-after-opener and role-opens-clause (census 5353, "In an interview with abc news' robin
    roberts, the president described … as an "…""): the host who closes the opening phrase is neither
    introduced as "the president" (a verb follows the role: a clause opens) nor the role's bearer."""
    assert _speakers(text)["evolution"] != "Ada Brook"
