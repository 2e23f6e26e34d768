"""A case-insensitive alternation of words written so that `re` searches it only from the letters its
words open on.

`re` skips ahead in C to the positions holding a pattern's first character only when the pattern opens on
a character class or a literal matched with letter case; a pattern compiled with `re.IGNORECASE`, or
opening on `\\b`, is tried at every position of the text (~10 us a sentence for a list of twenty words).
`gated` writes `\\b(?:cannot|denied|...)` as `[cCdD...](?:(?<=[cC])(?<!\\w.)(?i:annot)|...)`: the class
of the letters the words open on (each with every character `re` folds to it: "ſ" is an "s", "K" a "k",
"İ" and "ı" an "i"), then, for each first letter, a look-behind that the letter is one of its own and, for
a word read after `\\b`, that no word character stands before it, and the rest of its words, matched
case-insensitively. Words with one first letter keep their order, and no two first letters match at one
position, so the matches are those of the plain alternation (tests/test_letter_gate.py).
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

# every character `re.IGNORECASE` matches an ASCII letter to, besides its two cases
_FOLDS = {"i": "iIİı", "k": "kKK", "s": "sSſ"}


def _cases(letter: str) -> str:
    return _FOLDS.get(letter, letter + letter.upper())


def gated(alternatives: Sequence[tuple[str, bool]]) -> str:
    """The regex text of `(?i:alternative|...)`, each alternative (a regex opening on an ASCII letter not
    repeated, holding no capturing group: "said\\b", "n['’]t\\b") read after `\\b` when its flag is True,
    written to open on a character class (see the module docstring). Compile it without `re.IGNORECASE`:
    the class is written in both cases, and the rest of each word is matched case-insensitively."""
    groups: dict[str, list[str]] = {}
    for alt, bounded in alternatives:
        _check(alt)
        first = alt[0].lower()
        groups.setdefault(first, []).append((r"(?<!\w.)" if bounded else "") + f"(?i:{alt[1:]})")
    parts = [f"(?<=[{_cases(c)}])(?:{'|'.join(rests)})" for c, rests in groups.items()]
    gate = "".join(_cases(c) for c in sorted(groups))
    return f"[{gate}](?:{'|'.join(parts)})"


def gated_cased(alternatives: Sequence[str]) -> str:
    """The regex text of `\\b(?:alternative|...)`, case-sensitive, each alternative opening on an ASCII letter
    (as `gated` asks), written as one group per first letter, `c(?<!\\wc)(?:rest|...)`: the pattern opens on
    literals, so `re` searches it only from those letters; the matches are the plain alternation's."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        _check(alt)
        groups.setdefault(alt[0], []).append(alt[1:])
    return "(?:" + "|".join(f"{c}(?<!\\w{c})(?:{'|'.join(rests)})" for c, rests in groups.items()) + ")"


def _check(alt: str) -> None:
    """Refuse an alternative that opens on no ASCII letter, repeats it, or holds a capturing group (its
    groups would be numbered in the order of the letters)."""
    if not alt or alt[0].lower() not in string.ascii_lowercase or alt[1:2] in ("?", "*", "+", "{"):
        raise ValueError(f"gated: {alt!r} does not open on one ASCII letter")
    if re.compile(alt).groups:
        raise ValueError(f"gated: {alt!r} holds a capturing group")
