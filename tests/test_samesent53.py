"""Session 53 (issue 15, samesent53): the same-sentence speaker, from the fresh read of seed 5348: a name in
the quote's sentence that is not its sayer."""

from __future__ import annotations

import pytest
from helpers import speakers

_PAD = (
    " The town council met later that week to talk the matter over at length and voted on a new budget."
    " Its members said they would meet again in the spring to look at the plan for the coming year."
)


def _speakers(text: str) -> dict[str, str | None]:
    return speakers(text + _PAD, lower=True)


def _both(text: str) -> list[str]:
    return [text, text.lower()]


_DESCRIBED = (
    "Police chief Tom Reyes said two men robbed a jewellery shop at the mall on Sunday afternoon. "
    'After the two men ran out of the shop, a man described by {agent} as a "good samaritan" tried to stop '
    "them."
)


@pytest.mark.parametrize("text", _both(_DESCRIBED.format(agent="Reyes")), ids=["cased", "caseless"])
def test_described_by_gives_the_words_to_the_agent(text: str) -> None:
    """Rule described-by (fresh read 5348, "a man described by mcmanus as a "…""): the subject of a passive
    verb of describing is the one described; the words are the agent's after "by"."""
    assert _speakers(text)["good samaritan"] == "Tom Reyes"


@pytest.mark.parametrize("text", _both(_DESCRIBED.format(agent="police")), ids=["cased", "caseless"])
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
