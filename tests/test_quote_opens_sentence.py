"""Session 17 review (fixV): rule quote-opens-sentence (coreference._quote_opens_sentence), tested on its
own: since the segmenter moves a spaced mark itself (4a9a33a) no story test needs it, so each test here
gives it the text as one sentence, as the splitter keeps it when it sees no sentence end."""

from __future__ import annotations

from newsbrief.analyze.coreference import _quote_opens_sentence
from newsbrief.analyze.spans import spans
from newsbrief.model import Sentence


def _cut(text: str) -> list[str]:
    one = [Sentence(doc=0, index=0, start=0, end=len(text), text=text)]
    return [s.text.strip() for s in _quote_opens_sentence(text, one, spans(text))]


def test_a_quote_after_a_full_stop_opens_a_sentence_in_an_odd_marked_paragraph() -> None:
    text = (
        'the board met on monday for middle schoolers. " what does this teach them, " said bernadette '
        'hartman. she called it " unfair'
    )
    assert _cut(text) == [
        "the board met on monday for middle schoolers.",
        '" what does this teach them, " said bernadette hartman. she called it " unfair',
    ]


def test_no_cut_after_an_abbreviation() -> None:
    text = 'She met Sen. "Smiling" Jim Dole at the fair on Monday, and "Smiling" Jim waved.'
    assert _cut(text) == [text]


def test_a_lone_digit_is_no_initial() -> None:
    """ "approved it 5-4. " ends a sentence: a digit before the full stop is no initial."""
    text = 'the court approved it 5-4. " this is a sad day for all of us, " said the mayor.'
    assert _cut(text)[0] == "the court approved it 5-4."
