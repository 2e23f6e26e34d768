"""Literal anchors of a regular expression: strings any match must contain, so a rule can be skipped
on text that has none of them (a substring test costs far less than a regex search).

`anchors(pattern)` reads the parsed pattern (`re._parser`, the standard library's own parser) and
returns `Anchors`: strings such that every match of the pattern contains at least one of them, or None
when it cannot tell (then the rule always runs). A literal matched case-insensitively is kept
lower-case and looked for in the lower-cased text; one matched case-sensitively is looked for as it
is. `may_match(found, text, lowered, special)` is the test. Written here because no library derives
this for Python's `re`.

Why it is exact (a pattern is only ever skipped where it cannot match):
- a run of literal characters must appear in every match; lower-casing is a per-character map, so a
  case-insensitive run's lower-cased form appears in the lower-cased text;
- with IGNORECASE an ASCII letter also matches four non-ASCII letters (İ ı K ſ, whose lower-case forms
  differ): text holding any of them never skips a case-insensitive anchor (`SPECIAL`); a non-ASCII
  literal under IGNORECASE is an anchor only when it has no case (the engine then matches it exactly);
- an alternation needs one anchor per branch; a repeat only when it must occur at least once;
  look-arounds, classes, wildcards and back-references give no anchor.
"""

from __future__ import annotations

import _sre
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

try:  # Python 3.11+
    from re import _constants as c
    from re import _parser as parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as c  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

SPECIAL = frozenset("\u0130\u0131\u212a\u017f")  # non-ASCII letters IGNORECASE equates with ASCII ones
_SPECIAL = re.compile("[" + "".join(sorted(SPECIAL)) + "]")
MIN_ANCHOR = 2  # shorter ASCII literals filter too little to be worth a test
# ASCII characters rare in news prose: an anchor holding one filters as a longer literal does (rule
# `rare-character`), as one holding a character past ASCII does
RARE_ASCII = frozenset("@[]{}<>|~^#=_\\")
RARE_WEIGHT = 3  # a rare character weighs as this many letters when anchor sets are compared


@dataclass(frozen=True, slots=True)
class Anchors:
    """One of these must be in any match: `lower` in the lower-cased text, `exact` in the text."""

    lower: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()


@cache
def anchors(pattern: re.Pattern[str], min_len: int = MIN_ANCHOR) -> Anchors | None:
    """The anchors every match of `pattern` contains one of; None if none are known (or an ASCII one is
    shorter than `min_len`: a pattern searched in long text may take single characters, "★", "*").
    Rule `rare-character`: a character past ASCII ("©") is an anchor whatever `min_len`: few paragraphs
    hold one, so it filters as a longer literal does (the copyright line rule, whose "©" left it no
    anchors, searched every short paragraph, ~45 us each on 200 characters); so is one of `RARE_ASCII`
    ("@"). An anchor set is chosen by its weakest anchor (`_weight`): "@" of an e-mail address over the
    "or" and "and" before it, which nearly every paragraph holds (name-contact-inline)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.LOCALE:
        return None
    found = _sequence(parser.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE))
    if not found or any(len(a) < min_len and not _rare(a) for a, _ in found):
        return None
    return Anchors(
        tuple(sorted({a for a, exact in found if not exact})),
        tuple(sorted({a for a, exact in found if exact})),
    )


@cache
def only_at_start(pattern: re.Pattern[str]) -> bool:
    """Can `pattern` match only at the start of the text (it opens with `^` or `\\A`, no MULTILINE)?
    `search` then tries one position, which costs less than looking for its anchors in the whole
    text (measured on LongBench dev paragraphs: every such line rule), so such a rule takes none."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.MULTILINE:
        return False
    items = parser.parse(pattern.pattern, pattern.flags)
    return len(items) > 0 and items[0] in ((c.AT, c.AT_BEGINNING), (c.AT, c.AT_BEGINNING_STRING))


def may_match(found: Anchors | None, text: str, lowered: str, special: bool) -> bool:
    """Could a pattern with these anchors match `text` (`lowered` is `text.lower()`; `special`: the text
    holds one of `SPECIAL`, see `has_special`)?"""
    if found is None:
        return True
    if any(map(text.__contains__, found.exact)):  # `a in text` for each anchor, the loop in C
        return True
    return bool(found.lower) and (special or any(map(lowered.__contains__, found.lower)))


class AnchorTable:
    """`may_match` for every pattern of a table at once: the positions of those that could match a text.
    An anchor several patterns share is looked for once, and the loops over the anchors run in C (a table
    of rules tried on every paragraph: a call of `may_match` per rule cost more than its tests)."""

    __slots__ = ("always", "cased", "exact", "lower")

    def __init__(self, found: Sequence[Anchors | None]) -> None:
        self.always = frozenset(k for k, f in enumerate(found) if f is None)  # no anchors: always tried
        self.cased = frozenset(k for k, f in enumerate(found) if f is not None and f.lower)
        exact: dict[str, set[int]] = {}
        lower: dict[str, set[int]] = {}
        for k, f in enumerate(found):
            for table, items in ((exact, f.exact), (lower, f.lower)) if f is not None else ():
                for a in items:
                    table.setdefault(a, set()).add(k)
        self.exact = {a: frozenset(ks) for a, ks in exact.items()}  # each anchor -> the patterns holding it
        self.lower = {a: frozenset(ks) for a, ks in lower.items()}

    def may_match(self, text: str, lowered: str, special: bool) -> set[int]:
        """The positions `k` for which `may_match(found[k], text, lowered, special)` holds."""
        out = set(self.always)
        out.update(*map(self.exact.__getitem__, filter(text.__contains__, self.exact)))
        if special:
            out |= self.cased
        else:
            out.update(*map(self.lower.__getitem__, filter(lowered.__contains__, self.lower)))
        return out


def has_special(text: str) -> bool:
    return not text.isascii() and _SPECIAL.search(text) is not None


_Found = list[tuple[str, bool]]  # (anchor, whether it is matched exactly)


def _rare(a: str) -> bool:
    """Whether an anchor holds a character few paragraphs hold: one past ASCII or one of `RARE_ASCII`."""
    return not a.isascii() or not RARE_ASCII.isdisjoint(a)


def _weight(found: _Found) -> int:
    """How well an anchor set filters: the length of its shortest anchor, a rare one (`_rare`) counted
    `RARE_WEIGHT` letters longer."""
    return min(len(a) + (RARE_WEIGHT if _rare(a) else 0) for a, _ in found)


def _sequence(items: parser.SubPattern | list, ignorecase: bool) -> _Found | None:  # type: ignore[type-arg]
    """The best anchor set of a sequence of parsed items (the one whose weakest anchor weighs most,
    `_weight`)."""
    best: _Found | None = None
    run: list[str] = []

    def consider(candidate: _Found | None) -> None:
        nonlocal best
        if candidate and (best is None or _weight(candidate) > _weight(best)):
            best = candidate

    def end_run() -> None:
        if run:
            text = "".join(run)
            consider([(text.lower(), False) if ignorecase else (text, True)])
            run.clear()

    for op, arg in items:
        if op is c.LITERAL:
            if ignorecase and not chr(arg).isascii() and _sre.unicode_iscased(arg):
                end_run()  # its case-insensitive matches are not simply its lower-case form
            else:
                run.append(chr(arg))
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


def _branch(alternatives: list, ignorecase: bool) -> _Found | None:  # type: ignore[type-arg]
    """An anchor from every alternative, or None when one alternative has none."""
    out: _Found = []
    for alt in alternatives:
        found = _sequence(alt, ignorecase)
        if not found:
            return None
        out.extend(found)
    return out
