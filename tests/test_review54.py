"""Session 54 review (review54): mends to this session's landings, on sentences written here."""

from __future__ import annotations

import pytest
from align_texts import links as _links

# Two ordinary sentences each side, in lower case, so that the story has lost its letter case
_LOWER_A = (
    " The mayor asked residents to stay calm and to avoid the city centre for the rest of the week."
    " Schools and shops in the old town stayed shut on friday while police searched the streets."
)
_LOWER_B = (
    " Officers closed the seafront road and asked people to keep away from the promenade on friday."
    " Flags on public buildings across the country were lowered to half-mast for three days."
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "a harwick survey shows tallis with 42 % support to whitcombe's 40 %.",
            "a brook poll found whitcombe has 42 percent to tallis's 40 percent.",
        ),
        (
            "tom hadley was sentenced to 12 years and rosa vance to 5 years.",
            "rosa vance served 12 years while tom hadley served 5 years.",
        ),
    ],
)
def test_review54_values_swapped_in_lower_cased_text_are_no_fact(a: str, b: str) -> None:
    """Rule `caseless-swapped`: in a story that lost its letter case no name is a participant, so two polls
    giving two candidates each other's values were one fact (`same-numbers`, claims54's left item); the
    words both sentences write before each value own it, as the participants do in cased text."""
    from newsbrief.align.features import story_casing

    assert story_casing([a, *_LOWER_A.split(". "), b, *_LOWER_B.split(". ")]).caseless
    found = {(k.kind, k.evidence[0]) for k in _links(a + _LOWER_A, b + _LOWER_B)}
    assert ("related", "rule:values-swapped") in found
    assert not any(kind == "fact" for kind, _ in found)


def test_review54_lower_cased_values_in_one_order_stay_one_fact() -> None:
    """`caseless-swapped` reads only a swap: the same two values of the same two owners, written in
    another order, are still one fact."""
    found = {
        k.kind
        for k in _links(
            "the survey gave smith 48 percent and jones 45 percent of the vote." + _LOWER_A,
            "jones had 45 percent of the vote and smith 48 percent in the survey." + _LOWER_B,
        )
    }
    assert "fact" in found


@pytest.mark.parametrize(
    "a",
    [
        "Not far from the stadium, police arrested two men suspected of selling fake tickets on Saturday.",
        "Far from the stadium, police arrested two men suspected of selling fake tickets on Saturday.",
    ],
)
def test_review54_far_from_a_place_frames_nothing(a: str) -> None:
    """`untrue-frame` read any "far from" as calling what follows untrue, so a place ("not far from the
    stadium") hid a fact both sentences state; "is far from", or "Far from" opening on no place, still
    frames."""
    b = "Police arrested two men suspected of selling fake tickets near the stadium on Saturday."
    assert "fact" in {k.kind for k in _links(a, b)}


@pytest.mark.parametrize(
    "a",
    [
        "The peace deal is far from certain to end the fighting in the northern province this year.",
        "Far from ending the fighting in the northern province, the peace deal has stalled this year.",
    ],
)
def test_review54_far_from_as_untrue_still_frames(a: str) -> None:
    """The untrue "far from" (after a linking verb, or opening on no place) still cites nothing."""
    b = "The peace deal will end the fighting in the northern province this year."
    assert "fact" not in {k.kind for k in _links(a, b)}


@pytest.mark.parametrize("about", ["40", "forty", "about 40"])
def test_review54_in_the_region_of_a_number_is_no_region(about: str) -> None:
    """`region-in-wider` bound a count to "the region of" whatever followed, so "in the region of 40 people"
    (about 40) was one region's toll beside a country's 90: the conflict was hidden."""
    a = f"Police said the flooding killed in the region of {about} people across the valley on Saturday."
    b = "Police said the flooding killed 90 people across the valley in Kenya on Saturday."
    assert "conflict" in {k.kind for k in _links(a, b)}


def test_review54_the_region_of_a_place_still_binds_its_count() -> None:
    """A region of a place still binds its count (conflicts54's `region-in-wider`)."""
    a = "Police said the flooding killed 40 people in the region of Harwick on Saturday."
    b = "Police said the flooding killed 90 people in Kenya on Saturday."
    assert "conflict" not in {k.kind for k in _links(a, b)}


def test_review54_a_spokeswoman_s_we_is_her_firm_s_statement() -> None:
    """`own-words-apart` took two speakers for two statements when one sentence names the other's speaker
    too: the firm's spokeswoman says "we" for the firm, one statement two outlets confirm."""
    a = '"We will continue to cooperate fully with the investigation," Acme spokeswoman Jo Roe said.'
    b = "Acme said it will continue to cooperate fully with the investigation."
    assert "fact" in {k.kind for k in _links(a, b)}


def test_review54_two_speakers_who_never_name_each_other_stay_apart() -> None:
    """Two named speakers, neither named in the other sentence, each saying it of themselves: still two
    statements (claims54's `own-words-apart`)."""
    a = '"Our thoughts and prayers go out to the families of the victims," Governor Ann Lund said.'
    b = "Police Chief Tom Brook said his thoughts and prayers go out to the families of the victims."
    assert ("related", "rule:own-words-apart") in {(k.kind, k.evidence[0]) for k in _links(a, b)}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "A pay dispute that has kept 300 workers off the job at the Harwick plant since March is over.",
            "The 300 workers at the Harwick plant have been off the job since March, the union said.",
        ),
        (
            "The pay dispute that closed the Harwick port for three weeks in March cost shippers $40m.",
            "The Harwick port was closed for three weeks in March, costing shippers $40m.",
        ),
    ],
)
def test_review54_a_dispute_that_did_something_denies_nothing(a: str, b: str) -> None:
    """`denied-frame` read the noun "dispute" before a relative "that" as the verb ("they dispute that ..."),
    so a pay dispute's own clause was a denied claim and the fact both sentences state was hidden."""
    assert "fact" in {k.kind for k in _links(a, b)}


def test_review54_the_verb_dispute_still_frames() -> None:
    """The verb "dispute(s) that" before a clause's subject is still a denial."""
    a = "The union disputes that the Harwick plant closed for three weeks in March."
    b = "The Harwick plant closed for three weeks in March, the company said."
    assert "fact" not in {k.kind for k in _links(a, b)}
