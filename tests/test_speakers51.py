"""Session 51 (issue 15, speakers51): a speaker only with evidence, from the fresh read of seed 5143."""

from __future__ import annotations

import pytest
from helpers import speakers

_HOST_NIGHT = (
    "Few hosts could draw two former mayors, Tom Wendell, Ada Price, Kim Lobo and Rita Vance onto a single "
    "evening, but tonight the old anchor managed it for the last broadcast of his long-running show. "
    "Critics may say the anchor was never tough on a guest, yet few people could gather so much goodwill. "
    'On his last night, the visibly moved host said he was "out of words." He said he "never expected the '
    'program to run this long," and thanked the crew and the viewers for staying with him. '
    'He closed by saying, "rather than farewell, let us just say see you later."'
)


@pytest.mark.parametrize("text", [_HOST_NIGHT, _HOST_NIGHT.lower()], ids=["cased", "caseless"])
def test_list_member_is_no_antecedent(text: str) -> None:
    """Rule list-member (multinews-train-9042: the host's "he said" went to the first of a list of guests):
    no one of a list of three or more names is the he that goes on; unattributed rather than a guest."""
    q = speakers(text)
    assert q["never expected the program to run this long"] is None
    assert q["rather than farewell, let us just say see you later"] is None


_TAIL = ' spoke at the dinner on Friday. He said the town "will not forget what the mill gave it," and left.'


@pytest.mark.parametrize(
    "opening",
    [
        "Tom Wendell and Ada Price",  # two names are no list
        "In Dover, Tom Wendell, a former mayor,",  # a place and an apposition are no items
        "Tom Wendell, minister for roads, housing and the coast,",  # ordinary words are no names
        "In Palm Beach, Fla., Tom Wendell",  # places are no people (longbench ...e2454f's Trump)
    ],
)
def test_list_member_leaves_appositions_and_pairs(opening: str) -> None:
    """Rule list-member reads only lists of names: a pair, an apposition or a title's list of portfolios
    leaves the pronoun its antecedent."""
    assert speakers(opening + _TAIL)["will not forget what the mill gave it"] == "Tom Wendell"


def test_list_member_of_three_names_as_subject() -> None:
    """Three people named together leave "he" unsure: unattributed."""
    q = speakers("Tom Wendell, Ada Price and Kim Lobo" + _TAIL)
    assert q["will not forget what the mill gave it"] is None


_PAGEANT = (
    "There is a talent round and an evening-wear round, but the organisers of the contest in shanghai say "
    "it is no joke. Eight finalists from across china will take the stage of a nightclub in beijing on "
    "saturday. "
    '" we are teachers, we are engineers and we are proud of it, " said {} marco vell, from the north of the '
    'country. " nobody has to hide any more. " the winner will go on to the world final in oslo next month.'
)


@pytest.mark.parametrize(
    "role", ["contestant", "historian", "observer", "anthropologist", "seismologist", "ranger", "pianist"]
)
def test_role_words_lead_a_caseless_speaker(role: str) -> None:
    """role_words.txt (session 51: fresh read multinews-train-14175 "said contestant emilio liu", training
    census "longtime iowa observer david yepsen said", "anthropologist elena dellù told", "caltech
    seismologist egill hauksson"; "a park ranger told reporters" had no description): a role noun before a
    case-less name leads it, as "student" did."""
    q = speakers(_PAGEANT.format(role))
    assert q["we are teachers, we are engineers and we are proud of it"] == "Marco Vell"
    assert q["nobody has to hide any more"] == "Marco Vell"


def test_leads_next_told_gives_the_quote_before_no_teller() -> None:
    """Rule leads-next-told (training census multinews-train-38513: Palin's written words went to the
    activist who "told the new york times " that …" after them): a quote ending its own sentence is not the
    words of the one who "told" an addressee right before the next opening mark."""
    text = (
        "the governor anne varek wrote on facebook on monday about the leaks and the site that posted them. "
        "She said the founder had put lives at risk and asked why nobody had stopped him. Varek wrote that "
        'his "posting of those files exposed the names of many people to danger. He is no reporter at all. " '
        'activist tom wendell told the daily paper " that hundreds of people had joined the protest online. "'
    )
    q = speakers(text)
    written = "posting of those files exposed the names of many people to danger. He is no reporter at all"
    assert q[written] != "Tom Wendell"
    assert q["that hundreds of people had joined the protest online"] == "Tom Wendell"
