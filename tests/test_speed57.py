"""speed57: the look-aheads that skip where no word of an alternation opens match as the plain alternation."""

from __future__ import annotations

import re

from newsbrief import readability
from newsbrief.align import split

TEXTS = (
    "The pastor said on Sunday that he would return.",
    "SAID THE PROSECUTOR, WHO ASKED NOT TO BE NAMED.",
    "Officials pointed out that the figure, in that year, was unchanged.",
    "He ſaid nothing; she says she may come if asked?",
    "First, the ruling. Second, the appeal; three ways to fix it.",
    "There are several reasons to wait.",
    "Information about the apps you use;",
    "unlessly whetherby mights cannot",
    "",
)


def _plain(pattern: re.Pattern[str], look_ahead: str) -> re.Pattern[str]:
    return re.compile(pattern.pattern.replace(look_ahead, "", 1), pattern.flags)


def test_says_is_the_plain_alternation_of_its_words() -> None:
    plain = re.compile(r"\b(?:" + readability._SAYS_WORDS + r")\b", re.IGNORECASE)
    for text in TEXTS:
        for t in (text, text.lower(), text.upper()):
            got, want = readability._SAYS.search(t), plain.search(t)
            assert (got and got.span()) == (want and want.span()), t


def test_framed_that_noun_and_enumeration_match_as_without_their_look_aheads() -> None:
    for pattern, ahead in (
        (split.FRAMED, "(?=[cimsuw?])"),
        (readability._THAT_NOUN, r"(?=\w+\s+that\s)"),
        (readability._ENUMERATION, "(?=[;tfs])"),
    ):
        assert ahead in pattern.pattern
        plain = _plain(pattern, ahead)
        for text in TEXTS:
            for t in (text, text.lower(), text.upper()):
                got, want = pattern.search(t), plain.search(t)
                assert (got and got.span()) == (want and want.span()), (pattern.pattern[:30], t)
