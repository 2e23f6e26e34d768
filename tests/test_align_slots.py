"""Session 21 (issue 14): a run of shared words is not a shared fact. Two sentences that share a run of
words (rule `same-words`) or are one text, each writing its own words in one slot, state two facts when
the two fillers are another person, name, thing, a stance against the act or another number
(`guards.slot_differs`, part of `rules.clashes`). Sentences written for these tests."""

from __future__ import annotations

import pytest
from align_texts import cited

from newsbrief.align.guards import other_as, slot_differs

TAIL = "was charged with two counts of first-degree murder and is being held without bail in the county jail."
TAX = "approved a measure to raise the sales tax by one cent to pay"
LIBRARY = "the library on Main Street at the end of the year"
WORKED = "has worked very little since last December, when she was hurt in a head-on collision."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # another town (`other-doer`; was a `same-words` fact)
        (
            f"Dunmore voters on Tuesday {TAX} for new schools.",
            f"Harwick voters on Tuesday {TAX} for new roads.",
        ),
        # another vehicle (`other-thing`; was `stated-within`)
        (
            "The plane carrying the team and its coaches landed safely at the airport late on Sunday night.",
            "The bus carrying the team and its coaches arrived safely at the airport late on Sunday night.",
        ),
        # a man and a woman (`other-person`)
        (f"He {TAIL}", f"She {TAIL}"),
        # two people in a story that lost its letter case (`other-given-name`)
        (
            "police said john whitcombe was charged with two counts of murder and held without bail.",
            "police said mary fenwick was charged with two counts of murder and held without bail.",
        ),
        # a patient and a nurse (`other-role`, session 39; was a `same-words` fact)
        (
            "The Harwick hospital on Monday confirmed the death of a patient from the new flu strain.",
            "The Harwick hospital on Monday confirmed the death of a nurse from the new flu strain.",
        ),
        # for and against (`against`)
        (
            f"The city council voted to close {LIBRARY}, officials said.",
            f"The city council voted against closing {LIBRARY}, officials said.",
        ),
    ],
)
def test_two_fillers_of_one_slot_are_two_facts_however_many_words_are_shared(a: str, b: str) -> None:
    assert not cited(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one text, word for word
        (f"Smith {TAIL}", f"Smith {TAIL}"),
        # who reports it is not the claim
        (
            f"The city council voted to close {LIBRARY}, officials said.",
            f"The city council voted to close {LIBRARY}, police said.",
        ),
        # a given name for a surname may be one person
        (
            f"Maria {WORKED}",
            f"Lopez {WORKED}",
        ),
    ],
)
def test_one_fact_in_shared_words_stays_a_citation(a: str, b: str) -> None:
    assert cited(a, b)


@pytest.mark.parametrize(
    ("a", "b", "rule"),
    [
        ("he was charged with murder", "she was charged with murder", "other-person"),
        ("he was charged with murder", "smith was charged with murder", ""),  # a pronoun for a name
        ("police said john whitcombe was held", "police said mary fenwick was held", "other-given-name"),
        ("dunmore voters approved the measure", "harwick voters approved the measure", "other-doer"),
        ("after a head-on collision on the road", "after a car wreck on the road", ""),  # not the subject
        ("said john smith the mayor of the town", "said mary jones the mayor of the town", ""),  # who said it
        ("the plane carrying the team landed", "the bus carrying the team landed", "other-thing"),
        ("the team landed safely on sunday", "the team arrived safely on sunday", ""),  # an act, no thing
        ("the cause of the explosions is unknown", "the cause of the accident is unknown", ""),  # not opening
        ("said the vessel was not carrying arms", "said the kursk was not carrying arms", ""),  # a name
        ("confirmed the death of a patient", "confirmed the death of a nurse", "other-role"),
        ("confirmed the death of two patients", "confirmed the death of two nurses", "other-role"),
        ("confirmed the death of a patient", "confirmed the death of a man", ""),  # a role and no role
        ("voted to close the library", "voted against closing the library", "against"),
        ("ruled quebec cannot secede", "ruled quebec can't secede", ""),  # one denial, two spellings
        ("the toll rose to 64 on monday", "the toll rose to 2975 on monday", "other-number"),
    ],
)
def test_slot_rules(a: str, b: str, rule: str) -> None:
    assert slot_differs(a.split(), b.split()) == rule


# Session 22 (falsecite): the known false-link causes the lead's frozen reading left: who a stretch before a
# shared name makes the claim's (`someone-else`), and a rise and a fall, a keep and a loss, written as
# verbs `OPPOSITES` did not hold (`direction`, `keep-lose`). Every pair below was a citation on 13c91a5.
TALKS = "said the talks with Seoul would resume in March after a long pause."
ARRESTED = "was arrested on Monday at the family home in Dallas."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (f"Kim's aide {TALKS}", f"Kim {TALKS}"),  # the aide said it, not Kim
        (f"kim's aide {TALKS.lower()}", f"kim {TALKS.lower()}"),  # the same, lower-cased
        (f"The wife of John Smith {ARRESTED}", f"John Smith {ARRESTED}"),  # she was arrested, not he
        (
            "the brother of john smith said he was innocent of all charges and would be cleared.",
            "john smith said he was innocent of all charges and would be cleared.",
        ),
        (
            "Oil prices climbed 5 percent on Monday as traders worried about supply.",
            "Oil prices slid 5 percent on Monday as traders worried about supply.",
        ),
        (
            "Sales at the chain grew 4 percent in the third quarter, the company reported.",
            "Sales at the chain shrank 4 percent in the third quarter, the company reported.",
        ),
        (
            "The mayor kept his job after the vote on Tuesday night.",
            "The mayor lost his job after the vote on Tuesday night.",
        ),
        (
            "The council approved the new stadium plan on Monday, officials said.",
            "The council blocked the new stadium plan on Monday, officials said.",
        ),
    ],
)
def test_session22_someone_else_or_the_opposite_is_two_facts(a: str, b: str) -> None:
    assert not cited(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a representative or a lawyer speaks for the principal: the words are his (tuned: labelled facts)
        (
            "Representatives for Intermex did not respond to requests for comment on Friday.",
            "Intermex did not respond to requests for comment on Friday.",
        ),
        (
            "Attorneys for Singer and Goddard have emphatically denied the new allegations in the suit.",
            "Singer and Goddard have denied the new allegations in the suit, calling them false.",
        ),
        # the relation written in both sentences, in two places: one person
        (
            "Police said the son of John Smith was arrested on Monday in Dallas.",
            "Police said John Smith's son was arrested on Monday in Dallas.",
        ),
        # two verbs of one direction are one fact
        (
            "Oil prices climbed 5 percent on Monday as traders worried about supply.",
            "Oil prices jumped 5 percent on Monday as traders worried about supply.",
        ),
    ],
)
def test_session22_one_fact_stays_a_citation(a: str, b: str) -> None:
    assert cited(a, b)


@pytest.mark.parametrize(
    ("a", "b", "rule"),
    [
        ("kim's aide said the talks would resume", "kim said the talks would resume", "someone-else"),
        ("the wife of john smith was arrested", "john smith was arrested", "someone-else"),
        ("a friend of john smith was arrested", "john smith was arrested", "someone-else"),
        ("the government of iraq said the talks would resume", "iraq said the talks would resume", ""),
        ("the son of smith was arrested", "smith's son was arrested", ""),  # the relation in both
    ],
)
def test_session22_slot_rules(a: str, b: str, rule: str) -> None:
    assert slot_differs(a.split(), b.split()) == rule


def test_session22_a_rise_for_a_fall_is_another_number_slot() -> None:
    a, b = "prices climbed 5 percent", "prices slid 5 percent"
    assert slot_differs(a.split(), b.split()) == "other-number"


@pytest.mark.parametrize(
    ("a", "b", "rule"),
    [
        ("the bodyguard for john smith was arrested", "john smith was arrested", "someone-else"),
        ("a doctor for john smith said he was fine", "john smith said he was fine", "someone-else"),
        # a lawyer speaks for the principal: no relation (`guards._RELATION` holds no lawyer)
        ("attorneys for john smith denied the charges", "john smith denied the charges", ""),
    ],
)
def test_someone_else_reads_a_relation_before_for(a: str, b: str, rule: str) -> None:
    """Rule `someone-else` with "for" ending the stretch (session 22 tested "of" and the possessive only).
    Sentences written for this test; it passes on 819a28a and fails with "for" taken out of
    `guards._HOLDER`."""
    assert slot_differs(a.split(), b.split()) == rule


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Attorney General Dana Whitcombe said on Monday that the state would appeal the Harwick ruling.",
            "A lawyer for Dana Whitcombe said on Monday that she would appeal the Harwick ruling.",
        ),
        (
            "Dana Whitcombe said on Monday that the state would appeal the Harwick ruling.",
            "Dana Whitcombe's attorney said on Monday that she would appeal the Harwick ruling.",
        ),
        (
            "Jon Tallis said on Friday that the company would close the Dunmore plant.",
            "An aide to Jon Tallis said on Friday that he would close the Dunmore plant.",
        ),
    ],
)
def test_session33_another_sayer_and_another_doer_is_no_citation(a: str, b: str) -> None:
    """Rule `other-sayer` (session 33): one sentence's speaker speaks for the other's ("a lawyer for X", "X's
    attorney", "an aide to X") and the subject of what is said differs too ("the state" / "she"): two
    claims (was `stated-within`, then `same-words`). Sentences written for this test."""
    assert not cited(a, b)


@pytest.mark.parametrize(
    ("a", "b", "rule"),
    [
        (
            "a lawyer for dana whitcombe said that the state would appeal",
            "dana whitcombe said that she would appeal",
            "other-sayer",
        ),
        # either alone is left to the other rules: a spokesman's words are the principal's ...
        (
            "a spokesman for dana whitcombe said that she would appeal",
            "dana whitcombe said that she would appeal",
            "",
        ),
        # ... and one sayer may say it of the state or of herself
        ("dana whitcombe said that the state would appeal", "dana whitcombe said that she would appeal", ""),
    ],
)
def test_session33_other_sayer_needs_both_apart(a: str, b: str, rule: str) -> None:
    assert slot_differs(a.split(), b.split()) == rule


def test_session33_an_attack_is_not_its_gunman() -> None:
    """ "attacker" stems to "attack", so in `equivalents.txt`'s group of gunmen it joined the event to the
    people who do it and bridged this pair into a fact (`equivalent:attack=gunman`, session 33). Sentences
    written for this test."""
    a = "Police said the attack at the Harwick mall was an act of terror."
    b = "Police said the gunman at the Harwick mall was an army veteran."
    assert not cited(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # another thing identified, as another thing (was `same-fact`)
        (
            "Police identified the attack at the Harwick mall as terrorism.",
            "Police identified the gunman at the Harwick mall as Jon Tallis.",
        ),
        # one thing, described as two (was `same-words`)
        (
            "Police described the attack at the Harwick mall as terrorism.",
            "Police described the attack at the Harwick mall as a robbery.",
        ),
        (
            "Jon Tallis served as mayor of Harwick for 12 years before he retired in 2019.",
            "Jon Tallis served as police chief of Harwick for 12 years before he retired in 2019.",
        ),
    ],
)
def test_session34_another_complement_after_as_is_no_citation(a: str, b: str) -> None:
    """Rule `other-as` (session 34): one verb that says what its object is or is taken for ("identified ...
    as", "described ... as", "served as") in both sentences, with complements that share no word: two facts.
    Sentences written for this test."""
    assert not cited(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Police identified the gunman at the Harwick mall as Jon Tallis, a local teacher.",
            "Police identified the gunman at the Harwick mall as Jon Tallis.",
        ),
        (
            "Police described the attack at the Harwick mall as terrorism.",
            "Police described the attack at the Harwick mall as an act of terrorism.",
        ),
    ],
)
def test_session34_one_complement_after_as_still_cites(a: str, b: str) -> None:
    """A guard of rule `other-as`: complements with a word alike are one thing (cited before and after)."""
    assert cited(a, b)


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("police named him as the gunman", "police named him as jon tallis", True),
        ("police named him as the gunman", "police named him as the lone gunman", False),
        # "such as", "as well as": no complement
        ("the store listed coats such as parkas", "the store listed coats such as anoraks", False),
        (
            "police named the gunman as well as the victim",
            "police named the gunman as well as a driver",
            False,
        ),
        # no verb of `_AS_VERBS` before "as"
        ("the crowd cheered as the mayor arrived", "the crowd cheered as the band arrived", False),
    ],
)
def test_session34_other_as_reads_a_verbs_complement(a: str, b: str, apart: bool) -> None:
    assert other_as(a.split(), b.split()) is apart
