"""Session 55 (issue 14): a pair the sentence test leaves `related` because one sentence says more is
compared once more clause by clause (`align.clause_fact`, `align.split`): a clause that states the other
sentence makes the pair a `fact`, its span kept as evidence (`clause:`, `split:<rule>`); a condition, a
question or a modal in either sentence, a list's item and two other people or years never cite this way.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from align_texts import links

from newsbrief.align.split import pieces

# the clause that states the fact (rule `relative`, then `and-clause`): `related` before session 55
VENTS = (
    "The new ship honours pioneering Harwick University geologist Ann Lund, who predicted the existence of "
    "deep-sea vents — hot springs on the ocean floor — back in 1961.",
    "Lund published research predicting the existence of deep-sea vents in 1961, when she was a young "
    "lecturer at Harwick University's marine institute.",
)
PAY = (
    "A week later, the union voted to accept the offer for the first time in a decade, and the company "
    "raised Harwick workers' pay by six percent.",
    "The union accepted raising the Harwick workers' pay by six percent, and the company signed the deal in "
    "June 2004.",
)


def _facts(a: str, b: str) -> list[tuple[str, ...]]:
    return [k.evidence for k in links(a, b) if k.kind in ("fact", "quote")]


@pytest.mark.parametrize(
    ("a", "b", "clause", "rule"),
    [(*VENTS, "clause:75-116/0-147", "split:relative"), (*PAY, "clause:0-141/0-66", "split:and-clause")],
)
def test_a_clause_stating_the_other_sentence_cites(a: str, b: str, clause: str, rule: str) -> None:
    (evidence,) = _facts(a, b)
    assert clause in evidence and rule in evidence
    start, end = (int(x) for x in clause.split(":")[1].split("/")[0].split("-"))
    assert a[start:end] == "predicted the existence of deep-sea vents" or b[start:end].startswith("The union")


def test_the_clause_s_sentence_is_no_citation_of_the_other_way() -> None:
    """Rule `clause-one-way`: the link's `sentence:` share of the sentence cut is the whole sentence's, so
    the other outlet is no source for what the rest of it says ("The new ship honours ... Lund")."""
    from newsbrief.cite import supports

    (link,) = [k for k in links(*VENTS) if k.kind == "fact"]
    assert not supports(link, link.a, VENTS[0], VENTS[1])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a modal: the clause alone would drop it
        (PAY[0].replace("the company raised", "the company could raise"), PAY[1]),
        (VENTS[0].replace("who predicted", "who may have predicted"), VENTS[1]),
        # a condition
        (PAY[0].replace("and the company raised", "and if talks go well the company raised"), PAY[1]),
        # another year, another person
        (VENTS[0], VENTS[1].replace("in 1961", "in 1971")),
        (VENTS[0].replace("Ann Lund", "Tom Brook"), VENTS[1]),
    ],
)
def test_no_clause_citation_past_a_frame_or_a_clash(a: str, b: str) -> None:
    assert _facts(a, b) == []


def test_a_leaning_piece_needs_its_sentence_s_person() -> None:
    """Rule `leaning-piece`: "after they went ..." is about whom the text before it names (a story that lost
    its case: the two heads share no word)."""
    a = (
        "sen. ann lund, d-ore., carries her daughter maya after they went to the senate floor to vote, on "
        "capitol hill, thursday, april 19, 2018 in washington."
    )
    b = (
        "rep. tom brook, r-ariz., is questioned by reporters about changing his vote on the harwick budget, "
        "on capitol hill in washington, thursday, april 19, 2018."
    )
    assert _facts(a, b) == []


def test_pieces() -> None:
    text = "The Harwick port closed on Monday, and about 300 dock workers were sent home without pay."
    assert [(p.rule, text[p.start : p.end]) for p in pieces(text)] == [
        ("and-clause", "The Harwick port closed on Monday"),
        ("and-clause", "about 300 dock workers were sent home without pay."),
    ]
    # a side clause alone, not the name before it; its end at the next comma
    text = "Ann Lund, who ran the Harwick port for a decade, resigned on Monday after the storm hit the town."
    got = [(p.rule, text[p.start : p.end]) for p in pieces(text)]
    assert ("relative", "ran the Harwick port for a decade") in got
    assert ("time-clause", "after the storm hit the town.") in got
    assert all(p.start > 0 or p.rule != "relative" for p in pieces(text))
    # two groups of one subject (rule `and-those`) are no two clauses
    text = "Nurses who treated the injured that night, and those who worked at the ward later, face risks."
    assert pieces(text) == ()
    # a quotation is never cut (rule `quote-whole`): the ", and" inside it is no break
    text = '"The moderators asked a series of petty questions, and designed them to embarrass us," Lund said.'
    assert pieces(text) == ()
    # the ";" of "&amp;" is no break; a list's item ("possibly, prison") is no clause
    assert (
        pieces(
            "Lund, a spokeswoman for Barnes &amp; Noble, said the company had been working with the board."
        )
        == ()
    )
    text = "The mayor said the four men from Harwick face a fine, and possibly, prison for up to two years."
    assert [text[p.start : p.end] for p in pieces(text)] == [
        "The mayor said the four men from Harwick face a fine"
    ]
    assert pieces("The port closed, and workers went home.") == ()  # under `MIN_SENTENCE_WORDS`
