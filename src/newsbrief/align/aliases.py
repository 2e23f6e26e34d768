"""Which acronyms a story spells out itself, and the long form each stands for (issue 14).

One party written two ways ("the FBI" / "the Federal Bureau of Investigation", "SAG" / "the Screen
Actors Guild") is one participant only where the story shows it, never guessed from outside it. An
ordered table of named rules, the first that holds wins:

* `acronym-in-parentheses`: a long form followed by the acronym in parentheses, "the Screen Actors Guild
  (SAG)", the initials of its last capitalised words spelling the acronym (two letters or more);
* `acronym-initials`: an acronym of three letters or more, written on its own somewhere in the story,
  that the initials of all of a long form's capitalised words spell ("FBI" / "Federal Bureau of
  Investigation": joining words such as "of" are not counted);
* `acronym-in-list`: where the run whole spells none, one name of a run that joins two with "and" ("Agents
  of the Federal Bureau of Investigation and the Drug Enforcement Administration": "FBI", "DEA"), each
  part two capitalised words or more, the initials of its last ones spelling an acronym of three letters
  or more written on its own in the story.

`features.story_casing` reads the long forms as the acronym's participant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ..represent import STOP_WORDS

# the lower-case words a long form may hold between its capitalised words ("Bureau of Investigation")
JOINING = frozenset(["of", "and", "for", "the", "on", "in", "&"])
_WORD = r"[A-Z][a-z][\w'’-]*"
# a long form: two capitalised words or more, joining words between them
# each opens on its first letter and looks behind it (`\b` as `(?<!\w[A-Z])`): a pattern opening on a
# character class is searched only from the positions holding one (`re` skips the rest in C), one opening
# on `\b` or a look-behind is tried at every position (the same matches: tests/test_pattern_prefix.py)
_LONG = re.compile(rf"[A-Z](?<!\w[A-Z])[a-z][\w'’-]*(?:\s+(?:(?:of|and|for|the|on|in|&)\s+)*{_WORD})+")
_ACRONYM = re.compile(r"[A-Z](?<![\w.][A-Z])[A-Z]{1,5}(?![\w.])")
_IN_PARENTHESES = re.compile(r"\s*\(([A-Z]{2,6})\)")


class Alias(NamedTuple):
    """An acronym and the long form the story shows it stands for."""

    acronym: str
    long: tuple[str, ...]  # the long form's words as written, joining words too ("Bureau", "of", ...)
    rule: str


def _spelled(acronym: str, words: Sequence[str], whole: bool) -> tuple[str, ...] | None:
    """The tail of `words` (a long form's words) whose capitalised words' initials are the acronym,
    joining words inside it kept (`whole`: only all of its capitalised words), or None."""
    caps = [k for k, w in enumerate(words) if w not in JOINING]
    n = len(acronym)
    if len(caps) < n or (whole and len(caps) != n):
        return None
    tail = caps[-n:]
    if "".join(words[k][0] for k in tail) != acronym:
        return None
    return tuple(words[tail[0] :])


# the ordered table: (rule, the acronym must follow the long form in parentheses, the shortest letters,
# the long form's capitalised words all spelled)
Rule = tuple[str, bool, int, bool]
RULES: tuple[Rule, ...] = (
    ("acronym-in-parentheses", True, 2, False),  # "Hollywood's Screen Actors Guild (SAG)": its tail
    ("acronym-initials", False, 3, True),  # "FBI" / "Federal Bureau of Investigation": all of it
)
IN_LIST: Rule = (
    "acronym-in-list",
    False,
    3,
    False,
)  # rule `acronym-in-list`: one name of "X and Y", its tail


def _named(words: Sequence[str]) -> list[str]:
    """`words` without the stop words it opens on ("The", "At": no part of the name)."""
    words = list(words)
    while words and words[0].lower() in STOP_WORDS:
        words = words[1:]
    return words


def _parts(words: Sequence[str]) -> list[list[str]]:
    """The names a run joins with "and" ("Federal Bureau of Investigation", "Drug Enforcement
    Administration"), each of two capitalised words or more; none when the run holds no "and"."""
    parts: list[list[str]] = [[]]
    for w in words:
        if w == "and":
            parts.append([])
        else:
            parts[-1].append(w)
    named = [_named(p) for p in parts] if len(parts) > 1 else []
    return [p for p in named if sum(w not in JOINING for w in p) >= 2]


def story_aliases(texts: Sequence[str]) -> list[Alias]:
    """The acronyms the story's `texts` spell out (see the module docstring), one long form each: the
    first the table finds, in the order of the texts. An acronym two long forms spell is left out."""
    written = frozenset(m.group() for t in texts for m in _ACRONYM.finditer(t) if not t.isupper())
    found: dict[str, Alias | None] = {}
    for text in texts:
        for m in _LONG.finditer(text):
            words = _named(m.group().split())
            paren = _IN_PARENTHESES.match(text, m.end())
            got = [(rule[0], x) for rule in RULES if (x := _match(words, paren, rule, written))]
            if not got:  # rule `acronym-in-list`: the run's names joined by "and", each on its own
                got = [
                    (IN_LIST[0], x) for part in _parts(words) if (x := _match(part, None, IN_LIST, written))
                ]
            for rule, (acronym, long) in got:
                if acronym not in found:
                    found[acronym] = Alias(acronym, long, rule)
                elif (known := found[acronym]) is not None and known.long != long:
                    found[acronym] = None  # two long forms: the story does not say which
    return [a for a in found.values() if a is not None]


def _match(
    words: Sequence[str], paren: re.Match[str] | None, rule: Rule, written: frozenset[str]
) -> tuple[str, tuple[str, ...]] | None:
    """(acronym, long form) when `rule` of the table finds one in a long form's `words` (`paren`: the
    acronym in parentheses after it), an acronym of `written`; else None."""
    _, after, letters, whole = rule
    initials = "".join(w[0] for w in words if w not in JOINING)
    if after:
        acronym = paren.group(1) if paren else ""
    elif whole:
        acronym = initials if initials in written else ""
    else:  # the longest tail of the initials written as an acronym ("Agents of the Federal Bureau ...")
        tails = (initials[k:] for k in range(len(initials) - letters + 1))
        acronym = next((t for t in tails if t in written), "")
    long = _spelled(acronym, words, whole) if len(acronym) >= letters else None
    return None if long is None else (acronym, long)
