"""Session 53 (issue 15, speakers53): a speaker only with evidence, from the fresh read of seed 5343 and the
tuned misses left by session 52."""

from __future__ import annotations

import pytest
from helpers import speakers


def _speakers(text: str) -> dict[str, str | None]:
    return speakers(text, lower=True)


_HARBOUR = (
    "The old sailor tom varek spent forty years on the boats of the northern harbour before he retired. "
    '" we went out every day of the year, even in the worst of the storms, " {frame}. '
    "He still walks by the water every morning."
)


@pytest.mark.parametrize("frame", ["varek remembers", "remembered tom varek", "tom varek remembered"])
def test_caseless_name_by_more_verbs_after_the_quote(frame: str) -> None:
    """Rule after-quote-verbs (frozen2-unseen "hilary remembers", training census "hill admitted",
    "remembered ron rogers"): in case-less text a name right by "remembers" or "remembered" (or "admitted",
    "quipped" where other rules do not read it) after the quote names its speaker, as by "said"."""
    quote = "we went out every day of the year, even in the worst of the storms"
    assert _speakers(_HARBOUR.format(frame=frame))[quote] == "Tom Varek"


def test_a_new_sentence_with_an_after_quote_verb_does_not_stop_the_quote_before() -> None:
    """Rule after-quote-verbs reads its verbs only right after a quote: "the actor admitted that he …"
    after a quote still lets that quote go on from the one before (caseless-adjacent; training census: the
    verbs added to every case-less read named a new speaker there and left the quote without one)."""
    text = (
        "On the late show the actor tom varek talked about his old co-star. "
        '" it is always a little strange, " varek said. " because the stories you hear are wild. " '
        'the actor admitted that he " reads the gossip pages every day to know if there is work. "'
    )
    assert _speakers(text)["because the stories you hear are wild"] == "Tom Varek"


_SINGER = (
    "Kanye west has a new record out this week and a long tour of the south to go with it. "
    "On sunday the rapper posted a photo of his dinner with his family at home. "
    '" we are going to eat all of this tonight to celebrate the record, " kanye added. '
    "The record sold well in its first week."
)


def test_caseless_first_name_of_the_one_person_read_whose_surname_is_a_word() -> None:
    """Rule first-name-entity (fresh read seed 5343, a training article: ""…," kanye added" had no speaker):
    a first name alone at the verb whose surname here is an ordinary word too ("west"), so no surname
    could be read after it, is the one person the entity pass read with that first word."""
    quote = "we are going to eat all of this tonight to celebrate the record"
    assert _speakers(_SINGER)[quote] == "Kanye West"


def test_caseless_first_name_with_no_person_read_stays_unattributed() -> None:
    """Rule first-name-entity needs the entity pass's person: a first name and an ordinary word that no
    list or evidence makes a person ("rocco hill") give no speaker."""
    text = _SINGER.replace("Kanye west", "Rocco hill").replace("kanye added", "rocco added")
    assert _speakers(text)["we are going to eat all of this tonight to celebrate the record"] is None


_FESTIVAL = (
    "Mara Lind talked about her new book at the festival on Sunday. The crowd included her husband, Tavi "
    'Okonkwo, in the front row. "I wrote most of it at night," she said.'
)


@pytest.mark.parametrize(
    "text",
    [
        _FESTIVAL,
        _FESTIVAL.replace(". The crowd included her husband,", ", with a crowd that included husband"),
    ],
)
def test_a_she_is_not_the_husband_named_before(text: str) -> None:
    """Rule kin-before-name (a Multi-News+ dev brief: ""…," she revealed" went to the "husband kanye west"
    named before it): a family word right before a name keeps the pronoun of the other gender off it, so a
    "she" does not take the husband whose first name no list holds."""
    assert speakers(text)["I wrote most of it at night"] != "Tavi Okonkwo"


def test_an_after_quote_verb_reads_only_a_quote_set_off_as_speech() -> None:
    """Rule after-quote-verbs (training census: ""idiot instead of using her name" documents also show reed
    admitted he …" lost its speaker): "admitted" after a quote that no comma, "?" or "!" sets off opens
    another sentence, and the quote keeps the speaker of its own sentence."""
    text = (
        "her neighbour, tom varek, and his wife were arrested last week. the couple faces several charges. "
        "another boy living at the house said the couple referred to the child as "
        '" the little ghost instead of using his name " '
        "records also show varek admitted he locked the door at night. the couple will be in court in may."
    )
    assert _speakers(text)["the little ghost instead of using his name"] == "another boy"


@pytest.mark.parametrize(
    "text",
    [
        'Kim Varek opened the new bakery on Main Street on Monday. "We bake every loaf by hand," she said.',
        'kim varek opened the new bakery on main street on monday. " we bake every loaf by hand, " she said.',
    ],
)
def test_a_she_may_be_a_person_whose_first_name_both_sexes_bear(text: str) -> None:
    """Rule unisex-fits (a Multi-News+ dev brief: ""…," she revealed" could not be Kim Kardashian's; the
    training census: Kelly Lopez, Jordan Linn Graham, Robin Quivers, Pat Wall …): a first name women and men
    bear alike, with no title and no he/she of the text's own, does not keep a "she" off its bearer."""
    assert _speakers(text)["we bake every loaf by hand"] == "Kim Varek"


@pytest.mark.parametrize("name", ["Tom Varek", "Kim Varek"])
def test_a_name_after_a_and_before_a_noun_is_a_modifier(name: str) -> None:
    """Rule a-modifier (training census: ""…" she angrily posted" after "… is not a kim kardashian fan" went
    to Kim Kardashian): "a Tom Varek supporter" names no one a pronoun could stand for, as "the Bush
    campaign" does not."""
    text = (
        f'The farmer at the fair is a {name} supporter from way back. "We need more rain this year," he said.'
    )
    assert speakers(text)["We need more rain this year"] != name
