"""Patterns written to open on a character (issue 16's speed line) match what their `\\b` or look-behind
forms match.

`re` searches a pattern that opens on a character class or a literal only from the positions holding
one (it skips the others in C); a pattern that opens on `\\b` or a look-behind is tried at every
position. So `(?<![\\w.])[A-Z]{2,6}` is written `[A-Z](?<![\\w.][A-Z])[A-Z]{1,5}`: the look-behind moves
after the first character and looks one further back. Each rewritten pattern is checked here against its
old form on written cases and on random strings of the characters those look-behinds read.
"""

from __future__ import annotations

import random
import re
import re._parser as sre_parse
from importlib import import_module

import pytest

_WORD = r"[A-Z][a-z][\w'’-]*"
# (module, pattern name, the pattern as it was written before, flags)
_REWRITTEN = [
    ("newsbrief.align.aliases", "_LONG", rf"\b{_WORD}(?:\s+(?:(?:of|and|for|the|on|in|&)\s+)*{_WORD})+", 0),
    ("newsbrief.align.aliases", "_ACRONYM", r"(?<![\w.])[A-Z]{2,6}(?![\w.])", 0),
    (
        "newsbrief.analyze.coreference",
        "_COUPLE",
        r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][a-z]+)\b(?![ \t]+[A-Z])",
        0,
    ),
    (
        "newsbrief.align.features",
        "_BIG_NUMBER",
        r"(?<![\w.,$£€])(?:\d{1,3}(?:,\d{3})+|\d{3,})(?!\d|[\w,]\d|\.\d)",
        0,
    ),
    ("newsbrief.analyze.numbers", "_YEAR", r"(?<![\w$£€.,])(19\d\d|20\d\d)(?!\w|,\d)", 0),
    ("newsbrief.align.pairs", "_WRITTEN_NUMBER", r"(?<![\w.,])\d[\d,]*(?:\.\d+)?", 0),
]
_IDS = [f"{m.rsplit('.', 1)[1]}.{name}" for m, name, _, _ in _REWRITTEN]

_CASES = [
    "The FBI and the DEA (DEA) met U.S. agents; NASA's A.B.C. team.",
    "ABCDEFG and AB, .AB and AB. and _AB or AB_ and X1AB, ĀAB",
    "Federal Bureau of Investigation and the Drug Enforcement Administration",
    "O'Neill’s Bar-Illan Institute of the Arts & Sciences",
    "John and Mary Smith came; MJohn and Mary Smith; John and Mary Smith Jones",
    "86,000 reserves, 1,200 people, 12,34 and 1234567, $2,000, £300, €450, .500 and 3.500",
    "In 1998, 2004 and 19999; ,1990 .2001 $2010 x2012 2020s 2021,5 (1999) 2100",
    "3.5 million, 10,733.83 points, 391.01 and a1 2 b,3 .4",
    "\nAB\nJohn and Mary Smith\n1999\n100,000\n",
    "İstanbul ſKAB KAB ıAB and John and Mary Smith",
]


def _random_texts(n: int, seed: int = 47) -> list[str]:
    """Strings of the characters the patterns and their look-behinds read (letters of both cases, digits,
    punctuation, the symbols, spaces and line breaks, letters past ASCII)."""
    rng = random.Random(seed)
    alphabet = list("ABDFMNOSXJabdhnorsy0129.,$£€'’-&_()  \n\tİıſKĀé")
    words = ["and", "of", "the", "John", "Mary", "Smith", "FBI", "1999", "2004", "1,200", "100,000", "3.5"]
    out = []
    for _ in range(n):
        parts = [
            rng.choice(words) if rng.random() < 0.3 else rng.choice(alphabet)
            for _ in range(rng.randrange(30))
        ]
        out.append("".join(parts))
    return out


def _matches(p: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in p.finditer(text)]


@pytest.mark.parametrize(("module", "name", "old", "flags"), _REWRITTEN, ids=_IDS)
def test_rewritten_pattern_matches_what_its_old_form_matched(
    module: str, name: str, old: str, flags: int
) -> None:
    new, was = getattr(import_module(module), name), re.compile(old, flags)
    for text in _CASES + _random_texts(3000):
        assert _matches(new, text) == _matches(was, text), text
        for pos in range(0, len(text), 7):  # a search from inside the text looks behind its start as before
            assert bool(new.match(text, pos)) == bool(was.match(text, pos)), (text, pos)


def _first_op(pattern: str, flags: int) -> object:
    """The first operation `re` runs of a pattern, looked for inside the groups it opens on."""
    items = sre_parse.parse(pattern, flags)
    while items.data and items.data[0][0] is sre_parse.SUBPATTERN:
        items = items.data[0][1][-1]
    return items.data[0][0]


@pytest.mark.parametrize(("module", "name", "old", "flags"), _REWRITTEN, ids=_IDS)
def test_rewritten_pattern_opens_on_a_character(module: str, name: str, old: str, flags: int) -> None:
    new = getattr(import_module(module), name)
    assert _first_op(new.pattern, new.flags) in (sre_parse.IN, sre_parse.LITERAL, sre_parse.BRANCH)
    assert _first_op(old, flags) in (sre_parse.AT, sre_parse.ASSERT_NOT)  # the old form did not
