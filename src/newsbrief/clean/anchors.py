"""Literal anchors of a regular expression: words any match must contain, so a rule can be skipped
on text that has none of them (a substring test costs far less than a regex search).

`anchors(pattern)` reads the parsed pattern (`re._parser`, the standard library's own parser) and
returns lower-case strings such that every match of the pattern contains at least one of them, or
None when it cannot tell (then the rule always runs). `may_match(anchors, lowered)` is the test, on
the text lower-cased once. Written here because no library derives this for Python's `re`.

Why it is exact (a rule is only ever skipped when its pattern cannot match):
- a run of literal characters must appear in every match; lower-casing is a per-character map, so the
  run's lower-cased form appears in the lower-cased text;
- with IGNORECASE an ASCII letter also matches four non-ASCII letters (İ ı K ſ, whose lower-case forms
  differ): text holding any of them is never skipped (`SPECIAL`); a non-ASCII literal under IGNORECASE
  is not used as an anchor;
- an alternation needs one anchor per branch; a repeat only when it must occur at least once;
  look-arounds, classes, wildcards and back-references give no anchor.
"""

from __future__ import annotations

import re
from functools import cache

try:  # Python 3.11+
    from re import _constants as c
    from re import _parser as parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as c  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

SPECIAL = frozenset("\u0130\u0131\u212a\u017f")  # non-ASCII letters IGNORECASE equates with ASCII ones
_SPECIAL = re.compile("[" + "".join(sorted(SPECIAL)) + "]")
MIN_ANCHOR = 2  # shorter literals filter too little to be worth a test

Anchors = tuple[str, ...]


@cache
def anchors(pattern: re.Pattern[str]) -> Anchors | None:
    """Lower-case strings one of which every match of `pattern` contains; None if none is known."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.LOCALE:
        return None
    found = _sequence(parser.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE))
    if not found or min(map(len, found)) < MIN_ANCHOR:
        return None
    return tuple(sorted(set(found)))


def may_match(found: Anchors | None, lowered: str, special: bool) -> bool:
    """Could a pattern with these anchors match the text whose `str.lower()` is `lowered`?
    `special`: the text holds one of `SPECIAL` (see `has_special`)."""
    if found is None or special:
        return True
    return any(a in lowered for a in found)


def has_special(text: str) -> bool:
    return not text.isascii() and _SPECIAL.search(text) is not None


def _sequence(items: parser.SubPattern | list, ignorecase: bool) -> list[str] | None:  # type: ignore[type-arg]
    """The best anchor set of a sequence of parsed items (the one whose shortest anchor is longest)."""
    best: list[str] | None = None
    run: list[str] = []

    def consider(candidate: list[str] | None) -> None:
        nonlocal best
        if candidate and (best is None or min(map(len, candidate)) > min(map(len, best))):
            best = candidate

    def end_run() -> None:
        if run:
            consider(["".join(run)])
            run.clear()

    for op, arg in items:
        if op is c.LITERAL:
            ch = chr(arg)
            if ignorecase and not ch.isascii():
                end_run()  # its case-insensitive matches are not simply its lower-case form
            else:
                run.append(ch.lower())
            continue
        end_run()
        if op is c.SUBPATTERN:
            _group, add, remove, inner = arg
            ic = (ignorecase or bool(add & re.IGNORECASE)) and not (remove & re.IGNORECASE)
            consider(_sequence(inner, ic))
        elif op is c.BRANCH:
            consider(_branch(arg[1], ignorecase))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, _high, inner = arg
            if low >= 1:
                consider(_sequence(inner, ignorecase))
        elif op is getattr(c, "ATOMIC_GROUP", None):
            consider(_sequence(arg, ignorecase))
        # AT (anchors, \b), IN (classes), ANY, NOT_LITERAL, ASSERT(_NOT), GROUPREF...: no anchor
    end_run()
    return best


def _branch(alternatives: list, ignorecase: bool) -> list[str] | None:  # type: ignore[type-arg]
    """An anchor from every alternative, or None when one alternative has none."""
    out: list[str] = []
    for alt in alternatives:
        found = _sequence(alt, ignorecase)
        if not found:
            return None
        out.extend(found)
    return out
