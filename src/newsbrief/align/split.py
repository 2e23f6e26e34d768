"""Clause-level facts (issue 14: links "between sentences, or clauses"): a long sentence cut into the
clauses a reader can check one by one, by a small table of named split rules, offsets kept.

`pieces(text)` gives each clause a rule cuts off, with the rest of the sentence, as (rule, start, end);
`align` compares a pair the sentence test leaves `related` once more with each piece of the longer
sentence in its place (`clause_fact`), so "the Harwick port closed on Monday" is cited by "Officials said
the Harwick port closed on Monday, and about 300 workers were sent home" through its first clause. A link
found that way keeps the clause in its evidence (`clause:<sa>-<ea>/<sb>-<eb>`, offsets within each
sentence, and `split:<rule>`), so a reader sees which part of the sentence states the fact. What a verb of
saying or finding reports is a piece too ("Lund's team found that salt-treated seedlings became more
resistant ...", rule `that-clause`), never after "not" or "denied" (`denied-report`), and one whose subject is
a pronoun leans on the reporter's words (`pronoun-leans`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .features import quoted_spans
from .subordinate import SEMICOLON

MIN_WORDS = 5  # a piece shorter than this states too little to be a fact alone
MIN_SENTENCE_WORDS = 12  # a sentence shorter than this is one claim: nothing to cut
# share of the smaller set of words of four letters or more that a piece and the other sentence share
# before the piece is read as a sentence (`worth_reading`): a plain word test first, since reading a piece's
# features costs as much as a sentence's (on the tuned files it keeps 12 of the 13 clause links the full
# test finds and reads a tenth of the pieces)
PIECE_SHARED = 0.4
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")


# rule `denied-report`: a "that" clause after "not", "never" or "denied" ("he did not say that ...", "she
# denied that ...") is what someone did not say: no piece
_NOT_SAID = re.compile(r"\b(?:not|never|no|denied|denies|deny|rejected|disputed)\b|n't\b", re.IGNORECASE)


class Split(NamedTuple):
    """A named split rule: `pattern` matches the break (its group 1 when it has one); the piece after it
    runs to `ends` (where the clause closes, or None: the end of the sentence), the piece before it from
    the sentence's start (not for a side clause, `_SIDE`); `leans`: the piece after it has no subject of
    its own ("who ...", "saying ...", "after they ..."): it is about someone the text before it names;
    `gate`: a string every match holds, the pattern tried only on a text that holds it (a cut of cost)."""

    name: str
    pattern: re.Pattern[str]
    ends: re.Pattern[str] | None
    leans: bool = False
    gate: str = ""


_CLAUSE_END = re.compile(r",\s|;\s|\s[—–]\s|\s--\s")
# words that make what follows them a condition, a question or a possibility: a piece cut out of a
# sentence holding one may drop the frame that keeps it from being stated ("if he committed perjury, ...")
# (the look-ahead of the first letters only skips at once the places no word of them opens)
FRAMED = re.compile(
    r"(?=[cimsuw?])(?:\b(?:if|unless|whether|can|could|may|might|would|should)\b|\?)", re.IGNORECASE
)
# a piece opening on one word and a comma ("possibly, imprisonment for two years"): a list, no clause
# (not the comma of a number: "37,847 of them were diagnosed ...")
_LISTED = re.compile(r"\w+,(?!\d)")

# rule `that-clause`: a verb of saying or finding, what may stand between it and "that", and "that"
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)"
_REPORTED = (
    r"\b(?:said|says|say|told\s+(?:police|reporters|investigators|(?:the|a)\s+\w+|\w+)|reported|reports"
    r"|announced|announces|found|finds|showed|shows|tweeted|confirmed|confirms|noted|notes|added|adds|wrote"
    r"|writes|concluded|determined|revealed|reveals|learned|stated|declared|saying|adding|noting|writing"
    r"|reporting|announcing|confirming)"
    rf"(?:\s+(?:on\s+)?{_DAYS}|\s+(?:also|earlier|later|previously|recently|again)"
    r"|\s+in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|interview|report|post|letter|conference|tweet|filing|release|email|study|paper)){0,3}"
    r"\s+that\s+(?!is\b|was\b|are\b|were\b|has\b|have\b|had\b|will\b)"
)

SPLITS: tuple[Split, ...] = (
    # "The port closed on Monday; 300 workers were sent home": two statements (not the ";" of "&amp;")
    Split("semicolon", re.compile(SEMICOLON + r"\s+"), None),
    # "The port closed on Monday, and 300 workers were sent home" (a comma, then a coordinator)
    # (not "Firefighters who rushed to the site, and those who worked there later ...": one subject of two
    # groups, rule `and-those`)
    Split(
        "and-clause",
        re.compile(r",\s+and\s+(?!(?:also|then)\b)(?!(?:those|others|people|anyone|all)\s+(?:who|that)\b)"),
        None,
    ),
    # "The port closed on Monday, but the airport stayed open"
    Split("but-clause", re.compile(r",\s+but\s+"), None),
    # "Jon Tallis, who ran the Harwick port for a decade, resigned on Monday": the side clause alone (not
    # "which means", a comment on the whole sentence)
    Split("relative", re.compile(r",\s+(?:who|which(?!\s+means))\s+"), _CLAUSE_END, leans=True),
    # "The port closed on Monday, leaving 300 workers without pay" / ", saying ...", ", adding ..."
    Split(
        "participle",
        re.compile(r",\s+(?=(?:saying|adding|leaving|bringing|prompting|forcing|making)\s)"),
        None,
        leans=True,
    ),
    # "The port closed on Monday after a storm hit the coast", ", while ...", ", as ..."
    Split(
        "time-clause",
        re.compile(r",\s+(?=(?:after|while|as|when|before)\s)|\s(?=(?:after|while|when)\s(?!the\s\w+\W*$))"),
        None,
        leans=True,
    ),
    # "After a storm hit the coast, the port closed on Monday"
    Split("time-opening", re.compile(r"^(?:After|While|As|When|Before)\s[^,;]{8,80}(,\s+)"), None),
    # "Officials said on Monday that the port closed after the storm": what is reported, alone (the text
    # before it, "officials said on Monday", is who reports it: no piece); only after a verb of saying or
    # finding and the words a report puts between ("told police", "on Monday", "in a statement"), never
    # the "that" of a relative clause ("found bloodstains that were ...")
    Split("that-clause", re.compile(_REPORTED), None, gate="that"),
)
# rules whose break is a side clause: the text before it is only what the clause is about, no piece
_SIDE = frozenset(["relative", "that-clause"])
# rules whose piece has a subject of its own: it leans on the text before it only when that subject is a
# pronoun ("the teen told police that he ..." is about whom the teen's words name: rule `pronoun-leans`)
_OWN_SUBJECT = frozenset(["that-clause"])
_PRONOUN = re.compile(r"(?:he|she|they|it|his|her|their|its|we|i)\b", re.IGNORECASE)


class Piece(NamedTuple):
    """A clause of a sentence: the rule that cut it, its start and end (offsets in the sentence)."""

    rule: str
    start: int
    end: int
    leans: bool = False  # about someone the text before `start` names (`Split.leans`)


def pieces(text: str) -> tuple[Piece, ...]:
    """Each clause a split rule cuts from `text`, in order of (start, end), a span once (the first rule
    of `SPLITS` that cuts it); none for a sentence under `MIN_SENTENCE_WORDS` words, no piece under
    `MIN_WORDS` or opening on a list's item."""
    if len(text.split()) < MIN_SENTENCE_WORDS:
        return ()
    out: dict[tuple[int, int], Piece] = {}
    quoted = [(s, e) for s, e, _ in quoted_spans(text)]
    for rule in SPLITS:
        if rule.gate not in text:
            continue  # no match can hold it (`Split.gate`)
        for m in rule.pattern.finditer(text):
            cut, after = m.span(1) if m.re.groups else m.span()
            if any(s < cut < e for s, e in quoted):
                continue  # rule `quote-whole`: a quotation is its speaker's words, never cut in two
            if rule.name in _OWN_SUBJECT and _NOT_SAID.search(text, max(0, cut - 40), cut):
                continue  # rule `denied-report`
            end = len(text)
            if rule.ends is not None and (e := rule.ends.search(text, after)) is not None:
                end = e.start()
            if rule.name not in _SIDE:
                out.setdefault((0, cut), Piece(rule.name, 0, cut))
            leans = rule.leans or (rule.name in _OWN_SUBJECT and _PRONOUN.match(text, after) is not None)
            out.setdefault((after, end), Piece(rule.name, after, end, leans))
    return tuple(p for _, p in sorted(out.items()) if _clause(text[p.start : p.end]))


def _clause(words: str) -> bool:
    """A piece long enough to state a fact alone, not a list's item."""
    return len(words.split()) >= MIN_WORDS and not _LISTED.match(words)


def words(text: str) -> frozenset[str]:
    """The words of four letters or more of `text`, in lower case (`worth_reading`)."""
    return frozenset(map(str.lower, _LONG_WORD.findall(text)))


def worth_reading(piece: frozenset[str], other: frozenset[str]) -> bool:
    """Whether a piece and the other sentence (their `words`) share `PIECE_SHARED` of the smaller."""
    return len(piece & other) >= PIECE_SHARED * max(1, min(len(piece), len(other)))
