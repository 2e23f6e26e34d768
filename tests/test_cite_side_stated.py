"""Rule `side-stated` (session 49, issue 14): a source that states only a line's side clause does not cite
the line; the main-clause finder it reads (`align/main_clause.py`). Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_align import _other_text, _story

from newsbrief.align import align
from newsbrief.align.main_clause import main_spans, main_verbs, side_stated
from newsbrief.cite import supports
from newsbrief.ingest import load_texts

_RESIGNED = (
    "The mayor of Harwick resigned after the town council voted on Monday to cut the depot budget by 40"
    " percent."
)
_DISCLOSE = (
    "Although Brill Freight, which is based in Harwick, is the largest haulier in the county, it does not"
    " publish its accounts."
)


def _main(text: str) -> list[str]:
    return [text[s:e].strip(" ,.") for s, e in main_spans(text)]


def test_session49_the_main_clause_is_the_sentence_less_its_side_stretches() -> None:
    """`main_spans`: an "after" clause is on the side; an opening "Although" clause runs past the aside set
    in it (", which is based in Harwick,") to its own comma (rule `opening-past-aside`: without it, "is the
    largest haulier in the county" was read as the main clause's); a sentence with no side stretch is all
    main clause."""
    assert _main(_RESIGNED) == ["The mayor of Harwick resigned"]
    assert _main(_DISCLOSE) == ["it does not publish its accounts"]
    assert _main("The council voted to cut the budget.") == ["The council voted to cut the budget"]
    assert main_verbs(_RESIGNED) == {"resign"}
    assert main_verbs(_DISCLOSE) == {"publish"}


@pytest.mark.parametrize(
    ("line", "other", "stated"),
    [
        (_RESIGNED, "The Harwick town council voted on Monday to cut the depot budget by 40 percent.", True),
        (_DISCLOSE, "Brill Freight, based in Harwick, is the largest haulier in the county.", True),
        # the main verb written by the other: it states the main clause
        (
            _RESIGNED,
            "The mayor of Harwick resigned, a week after the council voted to cut the budget.",
            False,
        ),
        # numbers are words without the comma after them ("2015," is 2015): the main words held
        (
            "Though the fever is still rare, that is twice the count of 2015, when 21 cases were confirmed.",
            "That is nearly twice the count of 2015, when 21 cases were confirmed all year.",
            False,
        ),
        # words written with a hyphen are words each ("second-fastest-selling")
        (
            "Brillex became the second fastest selling new drug this spring, after the sleeping pill Dormo.",
            "It has become the second-fastest-selling new drug in history after the sleeping pill Dormo.",
            False,
        ),
    ],
)
def test_session49_a_source_writing_only_the_side_clause_states_it_only(
    line: str, other: str, stated: bool
) -> None:
    assert side_stated(line, other) is stated


@pytest.mark.parametrize(
    ("line", "other"),
    [
        (_RESIGNED, "The Harwick town council voted on Monday to cut the depot budget by 40 percent."),
        (_DISCLOSE, "Brill Freight, based in Harwick, is the largest haulier in the county."),
    ],
)
def test_session49_a_source_stating_a_side_clause_does_not_cite_the_line(line: str, other: str) -> None:
    """Rule `side-stated` in `cite.supports`: the two sentences are a fact link (`same-words`) and the other
    still cites the sentence that says only what it says (the one-way link of the labels' convention), but it
    no longer cites the line, whose main clause it never states (both were cited)."""
    story = _story(load_texts([line, other]))
    (link,) = [k for k in align(story).links if k.kind == "fact"]
    mine = link.a if story.sentences[link.a].doc == 0 else link.b
    theirs = link.b if mine == link.a else link.a
    assert supports(link, mine, story.sentences[mine].text, _other_text(story, link, mine)) is False
    assert supports(link, theirs, story.sentences[theirs].text, _other_text(story, link, theirs)) is True


_VERSE = "Whoever crosses the old bridge at Harwick after dark will never sleep soundly again"


@pytest.mark.parametrize(
    ("other", "cited"),
    [
        (f'The screenwriter, who grew up in Harwick, borrowed the famous verse, "{_VERSE}."', False),
        (f'In the film the healer tells him: "{_VERSE}."', True),
    ],
)
def test_session49_a_quotation_brought_in_as_a_text_does_not_cite_a_speaker(other: str, cited: bool) -> None:
    """Rule `quote-text` (session 49, issue 14): a quotation the other sentence brings in as a text ("the
    famous verse, "...""), a mention of the words, does not state a line that gives them to a speaker and
    her act (it was cited, `same-quotation`); a source giving the words to the speaker still cites it."""
    line = f'The healer Maren stitches the wound, but pronounces Tallis to be cursed: "{_VERSE}."'
    story = _story(load_texts([line, other]))
    (link,) = [k for k in align(story).links if k.kind == "quote"]
    mine = link.a if story.sentences[link.a].doc == 0 else link.b
    assert supports(link, mine, story.sentences[mine].text, _other_text(story, link, mine)) is cited


_MASKS = "We have run out of masks and gloves this week, and nobody at the Harwick clinic is listening"


@pytest.mark.parametrize(
    ("other", "cited"),
    [
        (f'Dana Whitcombe, a nurse, described the view from the front lines: "{_MASKS}."', True),
        (f'The union toed the party line: "{_MASKS}."', True),
        (f'The protest signs carried the famous lines: "{_MASKS}."', False),
    ],
)
def test_session50_a_front_line_is_no_line_of_text(other: str, cited: bool) -> None:
    """Rule `line-compound` (session 50, issue 14): "line" in a compound that names no text ("the front
    lines", "the party line") does not make the quotation after it a text (`quote-text`), so a source
    quoting a nurse "on the front lines" still cites the line that gives her words; "the famous lines"
    still names a text."""
    line = f'Dana Whitcombe said on Monday: "{_MASKS}."'
    story = _story(load_texts([line, other]))
    (link,) = [k for k in align(story).links if k.kind == "quote"]
    mine = link.a if story.sentences[link.a].doc == 0 else link.b
    assert supports(link, mine, story.sentences[mine].text, _other_text(story, link, mine)) is cited
