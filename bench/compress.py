"""Sentence compression kept honest: spans of a sentence a summary could leave out (bench only).

A compressed sentence is the list of spans of one source sentence left after the cuts, each verbatim
at its offsets. `RULES` is an ordered table of small named rules; each proposes cuts (offsets into the
sentence text): a parenthetical, an aside between dashes, an appositive or non-restrictive clause
after a name, a leading or trailing time adverbial (a weekday, "yesterday", "last week") and a
leading place adverbial whose place another document also names (the story's setting). A cut never
takes a quotation's words, a number, a negation or an attribution ("X said", "according to"): whose
words they are, and what was or was not done, is what a brief promises.

`compressed_story` rebuilds a story with every sentence cut (new clean texts, offsets remapped) so the
default can select among compressed sentences: `bench/bench_compress.py` measures what that is worth.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from newsbrief.model import Document, Sentence, Story

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_WHEN = (
    rf"(?:(?:on\s+|late\s+|early\s+|on\s+late\s+|on\s+early\s+)?{_DAY}{_PART}"
    r"|yesterday|tonight|last\s+night"
    r"|(?:earlier|later|last|this)\s+(?:week|month|weekend)"
    r"|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s)"
)
# Words a cut may never take: numbers, negations, attributions (the brief promises whose words these are).
_PROTECTED = re.compile(
    r"\d|\b(?:not|no|never|none|nor|without|n't|cannot|neither|nobody|nothing"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|hundred|thousand|million|billion|trillion|half|dozen|first|second|third"
    r"|said|says|say|saying|told|tells|according|asked|added|stated|announced|wrote|claimed|argued)\b"
    r"|n[’']t\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|‘[^’]*’(?!\w)")


MIN_LEFT = 0.4  # a sentence whose cuts would leave less than this share of its characters stays whole


@dataclass(frozen=True, slots=True)
class Cut:
    """`text[start:end]` of a sentence may be left out, by `rule`."""

    start: int
    end: int
    rule: str


Finder = Callable[[str, "Setting"], list[tuple[int, int]]]


@dataclass(frozen=True, slots=True)
class Setting:
    """What the story's setting is: the places other documents name (lower-cased), per document."""

    places: frozenset[str] = frozenset()


_PAREN = re.compile(r"\s+\([^()]{1,150}\)")


def _parenthetical(text: str, setting: Setting) -> list[tuple[int, int]]:
    """A parenthetical, " (…)" inside a sentence ("Smith (pictured) said", "the FBI (Federal Bureau …)")."""
    return [(m.start(), m.end()) for m in _PAREN.finditer(text) if m.start() > 0]


_DASHES = re.compile(r"\s+(?:—|–|--)\s*[^—–]{1,150}?\s*(?:—|–|--)(?=\s)")


def _dash_aside(text: str, setting: Setting) -> list[tuple[int, int]]:
    """An aside between two dashes ("Smith — who led the team — said"): the second dash goes too."""
    return [(m.start(), m.end()) for m in _DASHES.finditer(text)]


_APPOSITIVE = re.compile(
    r"\b[A-Z][\w'’.-]*(,\s+(?:a|an|the|who|whose|which)\s[^,;:()“”\"—–]{2,100}?,)"
    r"(?=\s+(?!and\b|or\b|but\b|as\b|the\b|a\b|an\b)[a-z])"
)
_CLAUSE_OPENING = re.compile(
    r"^\W*(?:after|before|when|while|as|if|because|since|although|though|once|until|in|on|at|for|with|"
    r"by|from|during|despite|under|over|like|unlike|among|amid|following|to)\b",
    re.IGNORECASE,
)


# An opening adverb is no name ("Ultimately, the data suggest …").
_NOT_A_NAME = re.compile(
    r"^\W*(?:\w+ly|however|meanwhile|still|instead|now|then|today|yesterday|also|indeed|moreover|yet|so"
    r"|thus|here|there|again|later|earlier|overall|first|last|next|besides|otherwise)$",
    re.IGNORECASE,
)


def _appositive(text: str, setting: Setting) -> list[tuple[int, int]]:
    """An appositive, ", a former mayor," / ", who led the team," right after a capitalised name and
    before the verb ("Jane Roe, a former mayor, won …"); not after an opening phrase or clause, where the
    second comma may close the phrase rather than the appositive."""
    out = []
    for m in _APPOSITIVE.finditer(text):
        head = text[: m.start(1)]
        if "," in head or _CLAUSE_OPENING.match(head) or _NOT_A_NAME.match(head):
            continue
        out.append((m.start(1), m.end(1)))
    return out


_LEAD_WHEN = re.compile(rf"^(?:{_WHEN}),\s+(?=[a-zA-Z])", re.IGNORECASE)
_TRAIL_WHEN = re.compile(rf"\s+(?:{_WHEN})(?=\s*(?:[.!?]\W*$|[,;]|\s+that\b))", re.IGNORECASE)


def _leading_time(text: str, setting: Setting) -> list[tuple[int, int]]:
    """A leading "On Tuesday, " / "Yesterday, ": the story's time, said once in its opening."""
    m = _LEAD_WHEN.match(text)
    return [(0, m.end())] if m and not _AFTER_OPENING.match(text, m.end()) else []


# A word before the adverbial that needs it ("predicted for Tuesday", "By Monday", "and on Saturday, …").
_NEEDS_NEXT = re.compile(
    r"(?:^|\s)(?:by|for|into|until|till|since|from|before|after|and|or|but|than|of|to|on|at|in|as|late|early"
    r"|earlier|later|possibly|probably|as|until|through|between|the|a|an|next|every|each|this|that)\W*$",
    re.IGNORECASE,
)


def _trailing_time(text: str, setting: Setting) -> list[tuple[int, int]]:
    """A trailing " on Tuesday" / " yesterday" before the sentence's end, a comma or "that", after a
    word that does not need it."""
    return [
        (m.start(), m.end())
        for m in _TRAIL_WHEN.finditer(text)
        if m.start() > 0 and not _NEEDS_NEXT.search(text[: m.start()])
    ]


_LEAD_PLACE = re.compile(r"^(?:In|At)\s+((?:[A-Z][\w'’.-]+)(?:\s+[A-Z][\w'’.-]+){0,3}),\s+(?=[a-zA-Z])")
# What may not follow a cut opening: a connective or phrase that leaned on it, or the place's region.
_AFTER_OPENING = re.compile(
    r"(?:however|meanwhile|though|too|also|in|at|on|near|outside|where|when|while|and|but|or)\b"
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,",
    re.IGNORECASE,
)


def _leading_place(text: str, setting: Setting) -> list[tuple[int, int]]:
    """A leading "In Baghdad, " opening a sentence when another document names the place too (the setting)."""
    m = _LEAD_PLACE.match(text)
    if not m or m.group(1).lower().rstrip(".") not in setting.places or _AFTER_OPENING.match(text, m.end()):
        return []
    return [(0, m.end())]


RULES: tuple[tuple[str, Finder], ...] = (
    ("parenthetical", _parenthetical),
    ("dash-aside", _dash_aside),
    ("appositive", _appositive),
    ("leading-time", _leading_time),
    ("trailing-time", _trailing_time),
    ("leading-place", _leading_place),
)


def cuts(text: str, setting: Setting = Setting(), rules: Sequence[str] | None = None) -> list[Cut]:
    """The cuts the rules allow in a sentence, in order, none overlapping, none protected."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    found: list[Cut] = []
    for name, finder in RULES:
        if rules is not None and name not in rules:
            continue
        for a, b in finder(text, setting):
            if _PROTECTED.search(text[a:b]) or any(a < qe and qs < b for qs, qe in quoted):
                continue
            if any(a < c.end and c.start < b for c in found):
                continue
            found.append(Cut(a, b, name))
    found.sort(key=lambda c: c.start)
    left = len(text) - sum(c.end - c.start for c in found)
    return found if found and left >= MIN_LEFT * len(text) else []


def keep(text: str, found: Sequence[Cut]) -> list[tuple[int, int]]:
    """The spans of `text` left after the cuts (offsets into the sentence)."""
    out, at = [], 0
    for c in found:
        if c.start > at:
            out.append((at, c.start))
        at = c.end
    if at < len(text):
        out.append((at, len(text)))
    return out


_PLACE_WORD = re.compile(r"\b(?:In|At|in|at)\s+((?:[A-Z][\w'’.-]+)(?:\s+[A-Z][\w'’.-]+){0,3})")


def setting_of(story: Story) -> list[Setting]:
    """Per document: the places named after "in"/"at" in the other documents, or in its dateline."""
    named = [
        {m.group(1).lower().rstrip(".") for m in _PLACE_WORD.finditer(d.text)}
        | ({d.dateline.lower()} if d.dateline else set())
        for d in story.documents
    ]
    out = []
    for k in range(len(story.documents)):
        others = set().union(*(named[j] for j in range(len(named)) if j != k)) if len(named) > 1 else set()
        dl = story.documents[k].dateline
        out.append(Setting(frozenset(others | ({dl.lower()} if dl else set()))))
    return out


def compressed_story(story: Story, rules: Sequence[str] | None = None, capitalise: bool = True) -> Story:
    """The story with every sentence's cuts taken out of its document's clean text (offsets remapped).

    For measurement only: with `capitalise`, a sentence whose opening was cut starts with a capital, as
    the fragment test expects (shown to a reader it would open with an ellipsis instead).
    """
    settings = setting_of(story)
    by_doc: dict[int, list[Sentence]] = {}
    for s in story.sentences:
        by_doc.setdefault(s.doc, []).append(s)
    docs: list[Document] = []
    new_sents: list[Sentence] = []
    for k, d in enumerate(story.documents):
        parts: list[str] = []
        at = 0
        size = 0
        for s in by_doc.get(k, []):
            parts.append(d.text[at : s.start])
            size += s.start - at
            found = cuts(s.text, settings[k], rules)
            text = "".join(s.text[a:b] for a, b in keep(s.text, found)) if found else s.text
            if found and found[0].start == 0 and capitalise:
                text = text[:1].upper() + text[1:]
            new_sents.append(replace(s, start=size, end=size + len(text), text=text))
            parts.append(text)
            size += len(text)
            at = s.end
        parts.append(d.text[at:])
        docs.append(replace(d, text="".join(parts)))
    return Story(tuple(docs), tuple(new_sents), story.left_out)
