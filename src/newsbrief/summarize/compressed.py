"""Method `compressed` (opt-in, eval only for now): the default's summary with removable parts cut.

A compressed sentence is a short list of spans of ONE source sentence, each verbatim at its offsets
(`spans`); joined, they are the sentence's text in the summary. `RULES` is an ordered table of small
named rules, each proposing cuts (offsets into the sentence text) from cues it can show:
an attribution closing a sentence (", officials said.", ", according to X."), an opening "According to
X, ", a parenthetical, an aside between dashes, an appositive or relative clause on a name (", a former
mayor," / ", who led the team,"; also one closing the sentence), a leading time adverbial ("On Tuesday,
"), a leading place adverbial whose place another document also names, and "also". A cut never takes a
number, a negation, or anything from a sentence's first quotation mark to its last; a sentence inside
a quotation opened earlier is never cut, and one with a quotation mark loses no attribution (a quote
keeps its speaker); attribution words are cut only by the attribution rules; a sentence whose cuts
would leave under `MIN_LEFT` of its characters stays whole.

Selection is the default's (its scores, concepts, context and editorial rules, all read on the uncut
story), except that a sentence costs the words its kept spans hold, so the summary shown fits the
budget and the words the cuts save go to more sentences. The default's own output does not change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from ..model import Budget, Sentence, Story

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_WHEN = (
    rf"(?:(?:on\s+|late\s+|early\s+|on\s+late\s+|on\s+early\s+)?{_DAY}{_PART}"
    r"|yesterday|today|tonight|last\s+night"
    r"|(?:earlier|later|last|this)\s+(?:week|month|weekend)"
    rf"|(?:on\s+)?{_DAY}'s)"
)
# Words no cut may take: numbers and negations (what was or was not done, and how much).
_PROTECTED = re.compile(
    r"\d|\b(?:not|no|never|none|nor|without|cannot|neither|nobody|nothing|nowhere"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|hundred|thousand|million|billion|trillion|half|dozen|first|second|third|only)\b"
    r"|n[’']t\b",
    re.IGNORECASE,
)
# Words of saying: only the attribution rules may cut them.
_SAYING = re.compile(
    r"\b(?:said|says|say|saying|told|tells|according|asked|added|stated|announced|wrote|claimed|argued"
    r"|reported|noted|explained)\b",
    re.IGNORECASE,
)
# A quotation mark: straight or curly double, `` and '' (DUC), a single mark not inside a word.
_QUOTE_MARK = re.compile(r"[\"“”‘`]|(?<!\w)['’]|['’](?!\w)")

MIN_LEFT = 0.5  # a sentence whose cuts would leave less than this share of its characters stays whole


@dataclass(frozen=True, slots=True)
class Cut:
    """`text[start:end]` of a sentence may be left out, by `rule`."""

    start: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class Setting:
    """What a sentence's story gives the rules: the places other documents name (lower case), and
    whether the sentence stands inside a quotation opened earlier or holds a quotation mark."""

    places: frozenset[str] = frozenset()
    quoted: bool = False  # holds a quotation mark: no attribution cut
    inside: bool = False  # starts inside a quotation opened earlier: no cut at all


Finder = Callable[[str, Setting], list[tuple[int, int]]]

_SAYS = r"(?:said|says|told\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,2}|reported|added|noted|explained|stated|announced)"
# ", officials said." / ", the company said on Tuesday." / ", he told reporters." closing the sentence.
_ATTRIBUTION_END = re.compile(
    rf",\s+(?!(?:and|but|or|so|as|which|who|that|while|when|because|if|though|although)\b)"
    rf"(?:[\w'’.-]+\s+){{1,5}}?{_SAYS}(?:\s+(?:{_WHEN}))?(?=[.!?]$)",
    re.IGNORECASE,
)
# ", said Jane Roe, a spokeswoman." / ", according to the police." closing the sentence.
_ATTRIBUTION_INVERTED = re.compile(
    r",\s+(?:said|according\s+to)\s+[^,;:()]{1,60}(?:,\s+[^,;:()]{1,60})?(?=[.!?]$)", re.IGNORECASE
)


def _attribution_end(text: str, setting: Setting) -> list[tuple[int, int]]:
    """An attribution closing a sentence that quotes no one (", officials said."): whose claim it is
    matters less in a brief that cites every sentence's source than the words it saves."""
    if setting.quoted or _QUOTE_MARK.search(text):
        return []
    m = _ATTRIBUTION_END.search(text) or _ATTRIBUTION_INVERTED.search(text)
    return [(m.start(), m.end())] if m and m.start() > 0 else []


_ACCORDING = re.compile(r"^According\s+to\s+[^,;:()]{1,80},\s+(?=[\w])", re.IGNORECASE)
# What may not follow a cut opening: an appositive or clause that leaned on it, or a connective.
_AFTER_OPENING = re.compile(
    r"(?:which|who|whose|whom|where|when|while|and|but|or|a|an|also|too|however|though"
    r"|[a-z]+(?:ed|ing))\b",
    re.IGNORECASE,
)


def _according_opening(text: str, setting: Setting) -> list[tuple[int, int]]:
    """An opening "According to the police, " of a sentence that quotes no one."""
    m = _ACCORDING.match(text)
    if not m or setting.quoted or _QUOTE_MARK.search(text) or _AFTER_OPENING.match(text, m.end()):
        return []
    return [(0, m.end())]


_PAREN = re.compile(r"\s+\([^()]{1,150}\)")


_ACRONYM = re.compile(r"\s+\([A-Z][A-Z&.-]+s?\)")


def _parenthetical(text: str, setting: Setting) -> list[tuple[int, int]]:
    """A parenthetical, " (…)" inside a sentence ("Smith (pictured) said", "Rep. Roe (D-Ohio)"), not an
    acronym being defined ("the Harbour Safety Board (HSB)"): later sentences may use it."""
    return [
        (m.start(), m.end())
        for m in _PAREN.finditer(text)
        if m.start() > 0 and not _ACRONYM.fullmatch(m.group())
    ]


_DASHES = re.compile(r"\s+(?:—|–|--)\s*[^—–]{1,150}?\s*(?:—|–|--)(?=\s)")


# After an aside, a word that opens a clause: the second dash closed an opening phrase, as a comma
# would ("In a sign of … — as well as … — the panel voted"), and the cut would lose that comma.
_CLAUSE_AFTER = re.compile(
    r"\s*(?:the|a|an|this|that|these|those|it|he|she|they|we|i|you|his|her|their|its|but|and|or|so|yet)\b",
    re.IGNORECASE,
)


def _dash_aside(text: str, setting: Setting) -> list[tuple[int, int]]:
    """An aside between two dashes ("Smith — who led the team — said"): the second dash goes too; not
    one before a clause's opening word."""
    return [(m.start(), m.end()) for m in _DASHES.finditer(text) if not _CLAUSE_AFTER.match(text, m.end())]


_APPOSITIVE = re.compile(
    r"\b[A-Z][\w'’.-]*(,\s+(?:a|an|the|who|whose|which)\s[^,;:()“”\"—–]{2,100}?,)"
    r"(?=\s+(?!and\b|or\b|but\b|as\b|the\b|a\b|an\b)[a-z])"
)
_CLAUSE_OPENING = re.compile(
    r"^\W*(?:after|before|when|while|as|if|because|since|although|though|once|until|in|on|at|for|with|"
    r"by|from|during|despite|under|over|like|unlike|among|amid|following|to|according)\b",
    re.IGNORECASE,
)
# An opening adverb is no name ("Ultimately, the data suggest …").
_NOT_A_NAME = re.compile(
    r"^\W*(?:\w+ly|however|meanwhile|still|instead|now|then|today|yesterday|also|indeed|moreover|yet|so"
    r"|thus|here|there|again|later|earlier|overall|first|last|next|besides|otherwise)$",
    re.IGNORECASE,
)


def _appositive(text: str, setting: Setting) -> list[tuple[int, int]]:
    """An appositive or relative clause, ", a former mayor," / ", who led the team," right after a
    capitalised name and before the verb ("Jane Roe, a former mayor, won …"); not after an opening
    phrase or clause, where the second comma may close the phrase rather than the appositive."""
    out = []
    for m in _APPOSITIVE.finditer(text):
        head = text[: m.start(1)]
        if "," in head or _CLAUSE_OPENING.match(head) or _NOT_A_NAME.match(head):
            continue
        out.append((m.start(1), m.end(1)))
    return out


# "… met Jane Roe, who chairs the panel." / "…, the mayor." closing the sentence after a name.
_APPOSITIVE_END = re.compile(r"\b[A-Z][\w'’.-]*(,\s+(?:a|an|the|who|whose)\s[^,;:()“”\"—–]{2,100}?)(?=[.]$)")


def _appositive_end(text: str, setting: Setting) -> list[tuple[int, int]]:
    """An appositive or relative clause on a name that closes the sentence (", who chairs the panel."),
    after a clause of three words or more with no comma (not "On Tuesday, the board …")."""
    m = _APPOSITIVE_END.search(text)
    if not m:
        return []
    head = text[: m.start(1)]
    if "," in head or len(head.split()) < 3 or _CLAUSE_OPENING.match(head):
        return []
    return [(m.start(1), m.end(1))]


_LEAD_WHEN = re.compile(rf"^(?:{_WHEN}),\s+(?=[a-zA-Z])", re.IGNORECASE)


def _leading_time(text: str, setting: Setting) -> list[tuple[int, int]]:
    """A leading "On Tuesday, " / "Yesterday, ": the story's time, said once in its opening."""
    m = _LEAD_WHEN.match(text)
    return [(0, m.end())] if m and not _AFTER_OPENING.match(text, m.end()) else []


_LEAD_PLACE = re.compile(r"^(?:In|At)\s+((?:[A-Z][\w'’.-]+)(?:\s+[A-Z][\w'’.-]+){0,3}),\s+(?=[a-zA-Z])")
# A region after the place ("In Paris, Texas, …") or a phrase that leaned on it.
_AFTER_PLACE = re.compile(r"(?:in|at|on|near|outside|where)\b|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,")


def _leading_place(text: str, setting: Setting) -> list[tuple[int, int]]:
    """A leading "In Baghdad, " opening a sentence when another document names the place too (the setting)."""
    m = _LEAD_PLACE.match(text)
    if not m or m.group(1).lower().rstrip(".") not in setting.places:
        return []
    if _AFTER_OPENING.match(text, m.end()) or _AFTER_PLACE.match(text, m.end()):
        return []
    return [(0, m.end())]


_ALSO = re.compile(r"(?<=\w)\s+also(?=\s+[a-z])")


def _also(text: str, setting: Setting) -> list[tuple[int, int]]:
    """The word "also" between two words ("She also won"): it points back to what the summary may not hold."""
    return [(m.start(), m.end()) for m in _ALSO.finditer(text)]


RULES: tuple[tuple[str, Finder], ...] = (
    ("attribution-end", _attribution_end),
    ("according-opening", _according_opening),
    ("parenthetical", _parenthetical),
    ("dash-aside", _dash_aside),
    ("appositive", _appositive),
    ("appositive-end", _appositive_end),
    ("leading-time", _leading_time),
    ("leading-place", _leading_place),
    ("also", _also),
)
ATTRIBUTION_RULES = frozenset({"attribution-end", "according-opening"})


def cuts(text: str, setting: Setting = Setting(), rules: Sequence[str] | None = None) -> list[Cut]:
    """The cuts the rules allow in a sentence, in order, none overlapping, none protected."""
    marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
    found: list[Cut] = []
    for name, finder in RULES:
        if rules is not None and name not in rules:
            continue
        for a, b in finder(text, setting):
            part = text[a:b]
            # Nothing from a sentence's first quotation mark to its last: a quotation stays whole.
            if _PROTECTED.search(part) or (marks and a <= marks[-1] and b > marks[0]):
                continue
            if name not in ATTRIBUTION_RULES and _SAYING.search(part):
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


def settings(story: Story) -> list[Setting]:
    """Per sentence: the places named after "in"/"at" in the other documents or in its own dateline,
    and whether it holds a quotation mark or starts inside a quotation opened earlier in its paragraph."""
    named = [
        {m.group(1).lower().rstrip(".") for m in _PLACE_WORD.finditer(d.text)}
        | ({d.dateline.lower()} if d.dateline else set())
        for d in story.documents
    ]
    places = []
    for k, d in enumerate(story.documents):
        others = set().union(*(named[j] for j in range(len(named)) if j != k))
        places.append(frozenset(others | ({d.dateline.lower()} if d.dateline else set())))
    out: list[Setting] = []
    para = (-1, -1)
    straight = curly = 0
    for s in story.sentences:
        if (s.doc, s.paragraph) != para:
            para, straight, curly = (s.doc, s.paragraph), 0, 0
        inside = straight % 2 == 1 or curly > 0
        out.append(Setting(places[s.doc], inside or bool(_QUOTE_MARK.search(s.text)), inside))
        straight += s.text.count('"')
        curly = max(curly + s.text.count("“") - s.text.count("”"), 0)
    return out


def sentence_spans(
    s: Sentence, setting: Setting, rules: Sequence[str] | None = None
) -> list[tuple[int, int]]:
    """The spans of a sentence kept in a summary, as offsets into its document's clean text."""
    found = [] if setting.inside else cuts(s.text, setting, rules)
    return [(s.start + a, s.start + b) for a, b in keep(s.text, found)] if found else [(s.start, s.end)]


class CompressedSummarizer:
    """The default's selection with each sentence costing the words its cut spans keep."""

    name = "compressed"

    def __init__(self, rules: Sequence[str] | None = None) -> None:
        from .default import DefaultSummarizer

        self.default = DefaultSummarizer()
        self.rules = tuple(rules) if rules is not None else None

    def spans(
        self, story: Story, chosen: Iterable[int], given: Sequence[Setting] | None = None
    ) -> list[list[tuple[int, int]]]:
        """Per chosen sentence: its kept spans (offsets into its document's clean text)."""
        given = given or settings(story)
        return [sentence_spans(story.sentences[i], given[i], self.rules) for i in chosen]

    def texts(self, story: Story, chosen: Sequence[int]) -> list[str]:
        """Per chosen sentence: its kept spans joined, as the summary shows it."""
        out = []
        for i, kept in zip(chosen, self.spans(story, chosen), strict=True):
            text = story.documents[story.sentences[i].doc].text
            out.append("".join(text[a:b] for a, b in kept))
        return out

    def select(self, story: Story, budget: Budget) -> list[int]:
        """The default's selection, each sentence's words those of its kept spans."""
        spans = self.spans(story, range(len(story.sentences)))
        docs = [story.documents[s.doc].text for s in story.sentences]
        lengths = np.fromiter(
            (sum(len(t[a:b].split()) for a, b in kept) for t, kept in zip(docs, spans, strict=True)),
            np.int64,
            len(docs),
        )
        return self.default.select(story, budget, lengths=lengths)
