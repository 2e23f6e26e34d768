"""Session 53 review (review53): mends to this session's landings, on sentences written here."""

from __future__ import annotations

from newsbrief import segment
from newsbrief.align import align
from newsbrief.clean import clean
from newsbrief.ingest import load_texts
from newsbrief.model import Story


def _links(a: str, b: str) -> list[tuple[str, str]]:
    docs = tuple(clean(r) for r in load_texts([a, b]))
    story = Story(docs, segment.split_all(docs))
    return [(k.kind, k.evidence[0]) for k in align(story).links]


def test_review53_a_short_remark_two_people_each_say_is_no_one_quotation() -> None:
    """Rule `quote-speakers-apart`: `same-short-quote` asked only a participant both name; here the one both
    name is the speaker of one and the object of the other's words: two remarks, no quote link."""
    a = 'Senator Ann Lund said the attacks on Tom Brook "speak for themselves."'
    b = 'Tom Brook said the polls "speak for themselves."'
    assert not any(kind == "quote" for kind, _ in _links(a, b))
    one = 'At a briefing, Tom Brook declined to explain his posts, saying they "speak for themselves."'
    told = 'Asked to clarify his posts, Tom Brook said he would let them "speak for themselves."'
    assert ("quote", "rule:same-short-quote") in _links(one, told)


def test_review53_a_quoted_phrase_another_person_uses_unquoted_is_no_quotation() -> None:
    """Rule `quote-speakers-apart`: Lund's quoted words that Brook, whom the quoting sentence never names,
    uses in his own words are not Lund's remark reported (`quote-reported` linked them)."""
    a = (
        '"This report is really a wake-up call to the farming community that a large number of wells '
        'are running dry," Ann Lund said.'
    )
    b = (
        "Tom Brook, the state engineer, called the drought a wake-up call to the farming community, which "
        "should be watching its water levels."
    )
    assert not any(kind == "quote" for kind, _ in _links(a, b))
    reported = b.replace(
        "Tom Brook, the state engineer, called the drought", "Lund and her co-authors believe their report is"
    )
    assert ("quote", "rule:quote-reported") in _links(a, reported)


def test_review53_one_sentence_worded_alike_by_two_people_is_no_one_quotation() -> None:
    """Rule `quote-speakers-apart`: two quotations worded alike (`quote-variant`), each given to another named
    speaker, are two people's words; with one speaker unnamed they may be one statement."""
    said = '"If you can lift a young player\'s confidence, you can alter their whole path in sport," {} said.'
    said_too = (
        '"If you can raise the confidence of a player at this young age, you can change their whole path in '
        'sport," {} said.'
    )
    assert not any(k == "quote" for k, _ in _links(said.format("Ann Lund"), said_too.format("Tom Brook")))
    assert ("quote", "rule:quote-variant") in _links(said.format("the coach"), said_too.format("Ann Lund"))
