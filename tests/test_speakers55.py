"""Session 55 (issue 15, speakers55): a speaker only with evidence on cased text, from the errors of the cased
tuned sets (frozen-unseen … frozen8-unseen, analysis, heldout) read by shape."""

from __future__ import annotations

import pytest
from helpers import speakers

_AFTER = " The city council met later that week and voted on a new budget for the coming year."


def test_who_after_appositives_is_the_person_they_describe() -> None:
    """Rule who-after-appositives (frozen6 "Abdallah Shami, leader of the Islamic Jihad, a militant group
    sponsored by Iran, who affirmed "…"" went to the Islamic Jihad): the "who" clause hangs on the person the
    appositives describe, not on the body named inside them."""
    text = (
        "The crowd cheered Omar Sadiq, leader of the Free Path Front, a militant group backed by Iran, who "
        'affirmed "the struggle goes on until victory."' + _AFTER
    )
    assert speakers(text)["the struggle goes on until victory"] == "Omar Sadiq"


def test_who_after_one_appositive_is_the_person() -> None:
    """Rule who-after-appositives with one appositive naming a body ("the chairman of the Tenants Union")."""
    text = (
        "The council heard from Omar Sadiq, the chairman of the Tenants Union, who told members "
        '"we will not pay a cent more this year."' + _AFTER
    )
    assert speakers(text)["we will not pay a cent more this year"] == "Omar Sadiq"


def test_a_clause_after_the_name_is_no_appositive() -> None:
    """Rule who-after-appositives reads no clause as an appositive: after "adding that the Front, who
    chanted" the "who" is the Front's, so the chain does not reach back to the name before "adding"."""
    text = (
        "Omar Sadiq spoke on Friday. Later the mayor left, saying that the Free Path Front, who chanted "
        '"the struggle goes on until victory," would march.' + _AFTER
    )
    assert speakers(text).get("the struggle goes on until victory") != "Omar Sadiq"


@pytest.mark.parametrize("comma", ["", ","])
def test_a_relative_named_without_commas_is_no_bearer(comma: str) -> None:
    """Rule relative-unset (issue 15 left from session 54, shared family surnames: "Trudeau told" went to the
    brother): "his brother Michel Corbin" names a relative as "his brother, Michel Corbin," does, so a
    later bare "Corbin told" is the other bearer, named in full and not as a relative."""
    name = f"{comma} Michel Corbin{comma}"
    text = (
        f"Prime Minister Jean Corbin visited the grave of his brother{name} on Sunday. "
        '"We miss him every day," Corbin told reporters.' + _AFTER
    )
    assert speakers(text)["We miss him every day"] == "Jean Corbin"


def test_a_relative_named_without_commas_who_speaks_keeps_the_surname() -> None:
    """Rule relative-unset keeps relative-not-bearer's guard: a relative named speaking ("his wife Ann Corbin
    said") may go on by surname, so the later "Corbin said" stays hers."""
    text = (
        "Jean Corbin was not at the hearing on Monday. His wife Ann Corbin said the family was tired. "
        '"We just want this to be over soon," Corbin said.' + _AFTER
    )
    assert speakers(text)["We just want this to be over soon"] == "Ann Corbin"


def test_two_bodies_joined_by_and_the_are_no_one_speaker() -> None:
    """Rule joint-bodies (frozen3 "… Institute and the World Wildlife Fund declare that "…"" went to the
    second body): "the" before the second name joins a second speaker, so joint-speakers gives no one."""
    text = (
        'The Marine Science Institute and the Global Reef Fund declare that "the reefs are dying faster than '
        'anyone thought."' + _AFTER
    )
    assert speakers(text)["the reefs are dying faster than anyone thought"] is None


def test_the_first_of_two_joint_speakers_is_not_the_subject_head() -> None:
    """Rule joint-decided: when joint-speakers has decided that two people joined by "and" are no one speaker,
    the reported clause's subject-head fallback does not give the quote to the first of them."""
    text = (
        'Tom Hale and Ann Vole said in a joint statement that "the reefs are dying faster than anyone '
        'thought."' + _AFTER
    )
    assert speakers(text)["the reefs are dying faster than anyone thought"] is None


def test_the_native_of_a_place_is_the_person_named_last() -> None:
    """Rule native-head (frozen7 ""…," the New York native told Glenn Close" after a sentence about Lauren
    Bacall gave no one): "the Boston native" names a person by origin, as "the Texas Republican" does by
    party: the person named last, with the-role's guards."""
    text = (
        "Lena Marsh, who starred with Tom Vail, loved dogs all her life. "
        '"I never went a week without a dog," the Boston native told Ann Lee in an interview.' + _AFTER
    )
    assert speakers(text)["I never went a week without a dog"] == "Lena Marsh"


def test_a_native_unnamed_is_a_description() -> None:
    """Rule native-head: "a Boston native" introduced as the speaker is an unnamed source, as written."""
    text = (
        "Ann Lee met many visitors at the fair on Sunday. "
        '"It was a shock to all of us and to the kids," said a Boston native who asked not to be named.'
        + _AFTER
    )
    assert speakers(text)["It was a shock to all of us and to the kids"] == "a Boston native"


def test_the_native_named_dead_is_still_the_native() -> None:
    """Rule native-head leaves out role-the-dead: an obituary quotes the dead person by origin (frozen7
    "Bacall … was a lifelong dog lover. "…," the New York native told Glenn Close in a 2008 interview")."""
    text = (
        "Lena Marsh died on Tuesday at 89. Marsh, who starred with Tom Vail, loved dogs all her life. "
        '"I never went a week without a dog," the Boston native told Ann Lee in a 2008 interview.' + _AFTER
    )
    assert speakers(text)["I never went a week without a dog"] == "Lena Marsh"


def test_a_possessors_words_acted_on_are_still_the_possessors() -> None:
    """Rule possessor-lead (frozen-unseen "Ceballos' work is guided by one principle: "…"" gave no one): in a
    colon lead the passive after a possessor is the possessed words' or thinking's, so the lead's person
    speaks."""
    text = (
        "Carlos Montel tends the orchard at the inn. No spray has touched these trees in years.\n"
        "Montel's work is guided by one principle: "
        '"Take care of the soil and the soil will take care of you."' + _AFTER
    )
    assert speakers(text)["Take care of the soil and the soil will take care of you"] == "Carlos Montel"


def test_a_possessors_thing_acted_on_leaves_no_speaker() -> None:
    """Rule possessor-lead reads only words or thinking: "Montel's car was hit …:" tells what happened to a
    thing of his, no evidence the quote is his."""
    text = (
        "Carlos Montel tends the orchard at the inn. No spray has touched these trees in years.\n"
        "Montel's car was hit by a falling branch on Monday: \"It hurt a lot more than I ever thought it "
        'could."' + _AFTER
    )
    assert speakers(text)["It hurt a lot more than I ever thought it could"] is None


def test_a_quote_with_a_short_tail_goes_on_with_the_speaker() -> None:
    """Rule continued-tail (frozen8 ""…," he added at the church. "I saw about 10 people in windows who just
    jumped. They didn't even look down" beforehand." was missed): a quote opening its sentence with a sentence
    of its own inside, closed before a short narrative tail, is the same speaker's."""
    text = (
        'Omar Teller said he carried two children out. "Everyone was shouting," he added at the shelter, '
        'where families waited. "I watched the roof fall in. Nobody could get near the door" afterwards.'
        + _AFTER
    )
    got = speakers(text)
    assert got["I watched the roof fall in. Nobody could get near the door"] == "Omar Teller"


def test_a_tail_running_into_the_next_quote_goes_on_too() -> None:
    """Rule continued-tail: the tail may run into the next quotation (frozen7 "… our food supply" and the time
    that her sons had to learn "how to …"")."""
    text = (
        'Ada Golon said at a meeting that fishing gets harder. "My sons learn to fish from their uncles," '
        'she said. "But this spring the river dried up early. There were hardly any fish left, which cut our '
        'winter stores" and the weeks her sons had to learn "how to read the water."' + _AFTER
    )
    quote = "But this spring the river dried up early. There were hardly any fish left, which cut our winter"
    quote += " stores"
    assert speakers(text)[quote] == "Ada Golon"


def test_a_fragment_with_a_tail_is_no_continued_speech() -> None:
    """Rule continued-tail needs a whole sentence inside the quote: a short phrase before a tail ("… "a bad
    deal" for the city.") is no sentence-long quote, so it is not carried on as speech."""
    text = (
        'Ada Golon spoke at the meeting on Monday. "We will fight this," she said. "A very bad deal for '
        'everyone" was how the paper put it later.' + _AFTER
    )
    assert speakers(text).get("A very bad deal for everyone") is None


def test_a_tail_into_a_quote_attributed_after_it_is_not_carried_on() -> None:
    """Rule continued-tail reads no sentence that names its speaker after the next quotation (multiling
    "…a legal path" if we are faced with "fuss …," added Larijani" went to the speaker before): the quote
    is not carried on to the speaker of the quote before."""
    text = (
        '"We were ready to sign, but the offer is now on hold," said Secretary Rene Sollis. On Monday, the '
        'ministry had said the deal would "close very soon."\n"Their negotiators have misjudged this matter. '
        'The talks may go to court" if we see "more delays from them," added Sollis.' + _AFTER
    )
    got = speakers(text)
    assert got.get("Their negotiators have misjudged this matter. The talks may go to court") is None
