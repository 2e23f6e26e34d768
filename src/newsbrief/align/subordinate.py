"""Where a sentence says something on the side: its relative, appositive and subordinate stretches.

The labelling convention of the alignment files (`bench/labels/README.md`): "a claim shared only by a
subordinate clause of one sentence is `related`". "Elian was found clinging to an inner tube" is not
what "Elian has been at the center of a custody battle since fishermen found him lashed to an inner
tube" states: that sentence's claim is the custody battle, the finding its background. A stretch
opens at ", which" / ", who" / ", where" / ", when" / ", while" / ", although" / ", even as", at ", (both)
located in" / ", based in" (rule `located-aside`), at "since" /
"after" / "because" / "although" / "whereas" before a clause (not "since 1984", nor "since May 2012",
"since last May": a date, rule `since-a-date`), or at an appositive
", the ..." between two commas (not one with a verb group of an auxiliary or a modal and no relative
word, the clause after an opening phrase: "Next 31 Jan. 2027, the Moon will offer an eclipse, ...",
rule `opening-then-clause`, also one that opens a "that" clause: "said that early in its dive, the plane
may have ...", rule `that-opening`), and runs to the next comma or semicolon (or the end; not the comma
of "16,000", rule `number-comma`); a sentence that
opens on such a conjunction ("After learning that the ministry had issued tenders, the group said
...") opens on a side stretch, and an aside between two dashes ("the case _ the first such trial since
the handover _ has set a precedent", "— which was written by Republicans —") is one, unless it gives
numbers. Hand-written
with regular expressions: a parser (spaCy) would cost more than the whole align stage.
"""

from __future__ import annotations

import re

from ..lexicon.months import names_pattern

_AFTER_COMMA = re.compile(
    r",\s+(?:(?:which|who|whom|whose|where|when|while|whereas|although|though|even\s+as)\b"
    r"|(?:the|a|an)\s+(?=[^,]{3,60},)"
    # rule `located-aside` (session 34): where the things just named lie, ", both located in the X region"
    r"|(?:(?:both|all|each|also)\s+)?(?:located|situated|based)\s+(?:in|on|at|near|along)\b)"
)
_CONJUNCTIONS = ("since", "after", "because", "although", "whereas")
# rule `since-a-date`: a conjunction before a month is a preposition, as before a year: "since May 2012",
# "since last May, ...", "after April 3 on ..."; a month a verb follows is a name ("since May said")
_A_DATE = (
    rf"(?:(?:early|late|last|mid-)\s*)?(?:{names_pattern()})\b(?:\s\d{{1,2}}\b)?"
    r"(?:,?\s\d{4}\b|(?=\s*[,.;:)]|\s*$|\s(?:on|in|at|for|to|and|but|with|when|as|amid|under|until)\b))"
)
_CONJUNCTION = re.compile(rf"\b(?:since|after|because|although|whereas)\s+(?![\d(])(?!{_A_DATE})")
# a sentence that opens on one ("After learning that ...,", "Because the plant closed,"), to its comma
_OPENING = re.compile(
    rf"\s*[\"“‘']?(?:Since|After|Because|Although|Whereas|Though|While)\s+(?![\d(])(?!{_A_DATE})"
)
# rule `opening-then-clause`: ", the ... ," is no appositive when a verb group with an auxiliary or a modal
# stands in it before its comma and no relative word opens a clause of its own there ("Next 31 Jan. 2018,
# the Moon will offer an eclipse, well visible ...": the sentence's clause, after an opening phrase)
_CLAUSE_VERB = re.compile(
    r"(?:(?!\b(?:who|whom|whose|which|that|where|when)\b)[^,])*?"
    r"\b(?:will|would|can|could|may|might|must|should|shall|is|are|was|were|has|have|had)\s+(?:not\s+)?[a-z]+"
    r"[^,]*,",
    re.IGNORECASE,
)
# the opening phrase that rule applies after: a sentence opening on a time or place word or a number ("Next
# 31 Jan. 2027,", "On Monday,", "In Karsh,"); after a name ("Smith, the man police had sought for years, was
# arrested") the stretch is an appositive whatever verb it holds (review37)
_OPENING_PHRASE = re.compile(
    r"\s*[\"“‘']?(?:\d|(?:Next|Last|This|On|In|At|By|During|Early|Late|Later|Earlier|Until|Before|Within|For"
    r"|From|Over|Around|Near|Today|Yesterday|Tomorrow|Tonight|Meanwhile)\b)"
)
# ... or of a "that" clause, lower-cased there (rule `that-opening`)
_THAT_OPENING = re.compile(_OPENING_PHRASE.pattern, re.IGNORECASE)
_CLAUSE_COMMA = re.compile(r",(?=\s)")  # not the comma of "2,600"
# an aside between two dashes: " _ ... _ " (newswire), " — ... — ", " -- ... -- ", " – ... – "
_ASIDE = re.compile(r"\s(_|—|--|–)\s[^_—–]{3,150}?\s\1\s")
_DIGIT = re.compile(r"\d")
# a semicolon that ends no HTML entity ("Barnes &AMP; Noble", "AT&amp;T" in newswire): a clause break
SEMICOLON = r"(?<!&[A-Za-z]{2})(?<!&[A-Za-z]{3})(?<!&[A-Za-z]{4});"
_SEMICOLON = re.compile(SEMICOLON)


def stretches(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each subordinate stretch of a sentence, in order of their starts (they may nest
    or touch). Plain string tests first: this runs on every sentence."""
    found = list(_AFTER_COMMA.finditer(text)) if "," in text else []
    if any(w in text for w in _CONJUNCTIONS):
        found = sorted(found + list(_CONJUNCTION.finditer(text)), key=lambda m: m.start())
    out = []
    first = _OPENING.match(text) if "," in text else None
    comma = _CLAUSE_COMMA.search(text, first.end()) if first is not None else None
    if comma is not None:
        out.append((first.start(), comma.start()))
    if " _ " in text or "—" in text or " -- " in text or "–" in text:
        # one that gives numbers breaks down the count before it ("100 passengers _ 96 Germans, two
        # Danes, an American and an Austrian _"): what the sentence states, not a remark on the side
        out.extend((m.start(), m.end()) for m in _ASIDE.finditer(text) if not _DIGIT.search(m.group()))
    for m in found:
        if (
            m.group().endswith((" the ", " a ", " an "))
            and _CLAUSE_VERB.match(text, m.end())
            and _opening_phrase_before(text, m.start())
        ):
            continue  # rule `opening-then-clause`: "Next 31 Jan. 2018, the Moon will offer ...,": no aside
        semi = _SEMICOLON.search(text, m.end()) if ";" in text else None
        comma = _CLAUSE_COMMA.search(text, m.end())  # rule `number-comma`: not the comma of "16,000"
        ends = [x for x in (comma.start() if comma else -1, semi.start() if semi else -1) if x >= 0]
        out.append((m.start(), min(ends) if ends else len(text)))
    return tuple(sorted(out))


def _opening_phrase_before(text: str, at: int) -> bool:
    """The clause whose comma is at `at` opens on an opening phrase (`_OPENING_PHRASE`): the sentence's, or
    that of a "that" clause with no clause comma between it and `at` (rule `that-opening`: "investigators
    said that early in its dive, the plane may have exceeded ...")."""
    if _OPENING_PHRASE.match(text):
        return True
    that = text.rfind(" that ", 0, at)
    return (
        that >= 0
        and _THAT_OPENING.match(text, that + 5, at) is not None
        and (_CLAUSE_COMMA.search(text, that, at) is None)
    )


def inside(at: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """`at` lies in one of `spans` ((start, end), end excluded). A plain loop: claims and pairs ask it of
    every spot and word, where `any()` over a generator cost three times as much."""
    for a, b in spans:  # noqa: SIM110 (the loop is the point: see above)
        if a <= at < b:
            return True
    return False
