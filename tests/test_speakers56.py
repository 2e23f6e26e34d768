"""Session 56 (issue 15, speakers56): a speaker only with evidence on text nobody tuned on, from a fresh read
of Multi-News+ training stories (`random.Random(5652)`): wrong speakers made right or left unattributed."""

from __future__ import annotations

import pytest
from helpers import cased_and_lower, quotes, speakers

_AFTER = " The city council met later that week and voted on a new budget for the coming year."


def _speaker(text: str, quote: str) -> str | None:
    lower = text == text.lower()
    return speakers(text, lower=lower).get(quote.lower() if lower else quote, "missing")


@pytest.mark.parametrize("text", cased_and_lower(
    "The messages were released on Monday. In one, Ms. Lena Hart asks: the deal is \"never going to close, "
    "right? right?!\" Mr. Omar Vance responds: \"No. No it won't. We will stop it.\"" + _AFTER
))  # fmt: skip
def test_a_colon_after_the_next_speaker_leads_into_the_next_quote(text: str) -> None:
    """Rule colon-leads-next: "Mr. Vance responds:" after a question that ends its sentence introduces the
    next quote, not the question."""
    assert _speaker(text, "never going to close, right? right?!") != "Omar Vance"
    assert _speaker(text, "No. No it won't. We will stop it") == "Omar Vance"


@pytest.mark.parametrize("text", cased_and_lower(
    "Omar Vance was sentenced in 2001. \"I could not say it then,\" he said at a hearing in August. "
    "He added, "
    "according to the Associated Press, that he felt \"more and more shame\" as each year passed." + _AFTER
))  # fmt: skip
def test_according_to_set_off_after_a_verb_of_saying_is_the_carrier(text: str) -> None:
    """Rule according-aside: "he added, according to the Associated Press, that …" names where his words were
    reported: the words stay his, never the agency's."""
    assert _speaker(text, "more and more shame") == "Omar Vance"


def test_according_to_then_a_person_with_a_verb_of_his_own_is_nobody_named() -> None:
    """Rule according-then-subject: "According to the AP, Vance slammed the media for "…"": the word is
    Vance's, no verb of saying names him, so it is not the agency's."""
    text = (
        "Omar Vance spoke at a club in Boston on Friday night. According to the Associated Press, Vance "
        "slammed "
        'the media for "twisting and bending" the words of the mayor in the leaked tape.' + _AFTER
    )
    assert _speaker(text, "twisting and bending") in (None, "missing")


def test_according_to_police_keeps_the_police() -> None:
    """According-then-subject leaves a clause with an auxiliary alone: "According to police, Vance was "…"" is
    the police's account."""
    text = (
        'Omar Vance was arrested on Friday night in Boston. According to police, Vance was "acting in a '
        'strange and violent way" when officers arrived at the house.' + _AFTER
    )
    assert _speaker(text, "acting in a strange and violent way") == "police"


@pytest.mark.parametrize("text", cased_and_lower(
    "The state adopted the burial rule in December. Armed with new arguments, critics said the rule does not "
    "further \"uphold the dignity of life\" as some proponents have argued, because cremation is still "
    "allowed." + _AFTER
))  # fmt: skip
def test_as_proponents_have_argued_names_whose_words(text: str) -> None:
    """Rule as-argued: "as some proponents have argued" right after the closing mark: the words are the
    proponents', never the critics' of the sentence."""
    assert _speaker(text, "uphold the dignity of life") != "critics"


@pytest.mark.parametrize("frame", ["as long as", "as soon as", "as well as"])
def test_as_long_as_is_no_attribution(frame: str) -> None:
    """As-argued reads no "as long as … said": the subject must be the speaker's, not a conjunction's."""
    text = (
        f'Mayor Ann Corbin said the plan would "hold for a decade" {frame} the council said yes to it, and '
        "she would sign it." + _AFTER
    )
    assert quotes(text)["hold for a decade"].speaker == "Ann Corbin"


_BAKERY = (
    "This year the festival turns 30. In 1994, {who} had just opened a bakery in the old mill and had "
    'taken up baking at night. But she found she had a problem: where to sell the bread? " i sold loaves '
    'from my car, and it worked, " she says. " you know, everyone starts somewhere. " across town, lisa '
    'okafor was in the same spot. She and a friend built a stall. " we borrowed a truck and drove to the '
    'market, " miller remembers.' + _AFTER
)


def test_a_she_no_rule_resolved_takes_the_named_speaker_who_opens_the_clause_before() -> None:
    """Rule pronoun-known-speaker: in case-less text the entity pass misses "hinda miller", so "she says" had
    no antecedent; the same woman speaks by name later ("miller remembers"), and she opens the clause two
    sentences before with no one else named: hers."""
    got = speakers(_BAKERY.format(who="hinda miller"), lower=True)
    assert got["i sold loaves from my car, and it worked"] == "Hinda Miller"


def test_a_she_is_not_a_mister_named_before() -> None:
    """Pronoun-known-speaker takes no man for a "she": "mr. miller" (an honorific) cannot be the "she"."""
    got = speakers(_BAKERY.format(who="mr. miller"), lower=True)
    assert got.get("i sold loaves from my car, and it worked") is None


def test_a_lower_case_possessive_before_a_speaking_head_is_a_description() -> None:
    """Rule caseless-possessive: "tony vantreck's anguished sister told the daily news" in case-less text is
    the unnamed source cased text reads as a possessive description."""
    text = (
        "the man was taken to a hospital on wednesday after being seen again near the campus. "
        '"he is in a mental unit and he hears voices," tony vantreck\'s anguished sister told the daily '
        "news. he was arrested on friday." + _AFTER.lower()
    )
    got = speakers(text, lower=True)["he is in a mental unit and he hears voices"]
    assert got is not None and got.lower() == "tony vantreck's anguished sister"


def test_a_question_its_speaker_said_goes_on_in_that_voice() -> None:
    """Rule said-question: in case-less text a quote right after a question its speaker "said" ("…?" said one
    woman near the gate.) goes on in her voice; a question someone "asked" still waits for another voice."""
    text = (
        'The town was quiet again on sunday after the blasts. Crowds gathered near the hospital. "is this '
        'the peace they promised us? " said one woman near the gate. " they want us gone. This is the end of '
        'our street. " but others wondered who had planted the bombs.' + _AFTER
    )
    assert speakers(text, lower=True)["they want us gone. this is the end of our street"] == "one woman"
    asked = text.replace("said one woman", "asked one woman")
    assert speakers(asked, lower=True).get("they want us gone. this is the end of our street") is None
