"""Session 57 (issue 15, speakers57): case-less speakers the rules could not read, from a fresh read of
Multi-News+ training stories (`random.Random(5745)`): a role the list lacks, a nested quote's comma, a
person's initials after a role, a listed word that the entity pass reads as a surname."""

from __future__ import annotations

import pytest
from helpers import speakers

from newsbrief.analyze import attribution

_AFTER = " the city council met later that week and voted on a new budget for the coming year."


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("ceo dana mills said at the launch on monday.", "Dana Mills"),
        ("celebrity psychotherapist laura keane told the magazine.", "Laura Keane"),
        ("says singer-songwriter tom baxley, who has known her for years.", "Tom Baxley"),
    ],
)
def test_a_role_written_as_one_the_list_holds_leads_the_name(lead: str, name: str) -> None:
    """Rule role-by-form: "ceo", "psychotherapist" (a word ending in "therapist"), "singer-songwriter" (a
    compound whose last part is a role) stand before a speaker's name as a listed role does."""
    text = (
        "the company showed its new phones at a hall in the city on monday. "
        f'"our phones and watches all work together in harmony, " {lead}' + _AFTER
    )
    assert speakers(text, lower=True)["our phones and watches all work together in harmony"] == name


def test_a_comma_before_a_nested_closing_mark_sets_the_quote_off() -> None:
    """Rule nested-close-set-off: ""… ' keep up the good work, ' " protest organizer kevin marsh told …" is
    set off by its comma as ""…," kevin marsh told" is."""
    text = (
        "the protesters have stood outside the agency every day since june. some staff even cheer them on. "
        "\"sometimes they walk by and say, ' keep up the good work, ' \" protest organizer kevin marsh told "
        "the local paper." + _AFTER
    )
    got = speakers(text, lower=True)
    assert got["sometimes they walk by and say, ' keep up the good work, '"] == "Kevin Marsh"


def test_initials_after_a_role_are_the_first_part_of_the_name() -> None:
    """Rule initials-after-role: "campaign spokesman r.c. dunmore" … ""…," dunmore told reporters": the
    initials open the name, which "dunmore" stands for; "u.s." before a name is no initials."""
    text = (
        "the campaign said on friday that no one had reached out to the governor. campaign spokesman r.c. "
        'dunmore said talks would be premature. "any talks along those lines would come much later in the '
        'process, " dunmore told reporters.' + _AFTER
    )
    assert speakers(text, lower=True)["any talks along those lines would come much later in the process"] == (
        "R.C. Dunmore"
    )


def test_a_plural_before_a_surname_is_no_first_name() -> None:
    """Rule inflected-not-name: "… fourth ) chances fox said" (a headline glued to the text) does not make
    "chances" a first name that leaves "fox" unsure, and rule person-over-listing reads "maren fox" as a
    person, though the lists hold "Fox" as a body: the one full name the text writes is the speaker's."""
    text = (
        "second ( or third, fourth ) chances fox said that the hearing would go on. superior court judge "
        'maren fox heard the case on friday. "there is nothing better than a fresh start for a young '
        'actor, " fox told the actress and her attorney, shawn chapman holley, who argued that she should '
        "stay." + _AFTER
    )
    got = speakers(text, lower=True)["there is nothing better than a fresh start for a young actor"]
    assert got == "Maren Fox"


@pytest.mark.parametrize("lead", ["said rasmus tiller, who's written two books on the brothers."])
def test_who_s_after_an_unlisted_name_describes_a_person(lead: str) -> None:
    """Rule who-s-apposed: "who's" after two words no list holds ("rasmus tiller, who's written …") is an
    apposition that says they are a person's name, as "who" is."""
    text = (
        "the museum opened a new room about the brothers at a hall in the city on monday. "
        f'"what is even more astounding is how long they kept at their research, " {lead}' + _AFTER
    )
    got = speakers(text, lower=True)["what is even more astounding is how long they kept at their research"]
    assert got == "Rasmus Tiller"


def test_a_role_then_a_name_set_off_by_a_comma_is_the_role_s_name() -> None:
    """Rule role-then-name: "said lead author of the study, chris whaley." names the author; after a person
    noun ("the lawyer for the victim, john smith") the name is that person's: the rule reads no speaker."""
    quote = "take any city and compare the number of births each doctor sees in a year"
    text = (
        "a new study looked at the number of doctors in each city. "
        f'"{quote}, " said lead author of the study, chris whaley.' + _AFTER
    )
    assert speakers(text, lower=True)[quote] == "Chris Whaley"
    victim = "the lawyer for the victim, chris whaley."
    at = len("the lawyer")
    assert attribution._role_then_name(victim, ["the", "lawyer"], at) is None
    assert attribution._role_then_name(victim.replace("victim", "study"), ["the", "lawyer"], at) == [
        "chris",
        "whaley",
    ]
