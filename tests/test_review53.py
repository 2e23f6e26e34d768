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


def test_review53_a_lower_case_post_quoted_in_a_short_cased_text_keeps_its_case() -> None:
    """Rule quoted-word (casing's named-short): a post quoted as its writer typed it ("i", "june" in lower
    case) tells nothing of the text's case, so the short cased text keeps it; written outside the quotation,
    the same words still tell a text that lost its case."""
    from newsbrief.casing import lost_case

    assert not lost_case(
        ['Whitcombe later posted: "i am fine, thanks to everyone who asked about me in june."']
    )
    assert not lost_case(
        ["Whitcombe later posted: “i am fine, thanks to everyone who asked about me in june.”"]
    )
    assert lost_case(
        ["Whitcombe later posted that i am fine, thanks to everyone who asked about me in june."]
    )


def test_review53_a_long_run_of_word_characters_is_read_in_one_pass() -> None:
    """Rule address-word: each address is tried where its run of characters starts; tried at every character
    of a run 30,000 long, the pattern took minutes (each try scans the run to its end), now milliseconds."""
    import time

    from newsbrief.casing import lost_case

    text = (
        "The juror said i felt sorry for the witness in june, who was hard to follow "
        + "x" * 30_000
        + " there."
    )
    start = time.perf_counter()
    assert lost_case([text])
    assert time.perf_counter() - start < 5


def test_review53_no_evidence_or_not_true_before_a_shared_run_denies_it() -> None:
    """Rule `denial-frame`: "There is no evidence ..." and "It is not true that ..." deny the words after
    them as "denied" does; a run word for word ("same-words") beside the same words affirmed is no fact."""
    paid = "the firm paid seasonal workers less than the legal minimum wage"
    said = f"{paid.capitalize()}, union leader Ann Lund said."
    assert ("fact", "rule:same-words") in _links(said, f"Ann Lund said {paid} for years.")
    assert not any(k == "fact" for k, _ in _links(said, f"There is no evidence {paid}, the judge ruled."))
    misled = "the mayor misled voters about the cost of the new stadium"
    found = f"{misled.capitalize()}, the report found."
    assert not any(k == "fact" for k, _ in _links(found, f"It is not true that {misled}, the report found."))
