"""Whether a story lost its letter case: one decision, made once per story (`Story.caseless`) and read
by every stage that needs it (readability, align, coreference and attribution, numbers, agreement).

Multi-News+ text is lower-cased but for sentence starts: no name shows ("said john smith"), a month is
a plain word ("oct. 26"), and the rules that read capitals must stand down or read it otherwise. The
decision is a table of small named rules (`RULES`), all of which must hold, over the story's words
after each sentence's first:

- `enough-words`: at least CASE_WORDS of them (fewer cannot tell), or SHORT_CASE_WORDS of which not one
  is capitalised (`none-capitalised`: a short page of one document, all lower case, multinews-val-45791's
  99 words; cased English writes a name or "I" in fewer), or NAMED_SHORT_WORDS of which not one is
  capitalised and one is a `lower_names` word (`named-short`: "i felt sorry for rachel jeantel", a
  clip's caption; of 800 training stories' documents read alone, 20 of 48 with 8-39 such words now lose
  their case, no cased dev document did), a word of a web or e-mail address not counted there
  (`address-word`: "The clip spread on bbc.co.uk" writes a site's name as its address, in lower case);
- `few-capitals`: under CASED_SHARE of them capitalised (cased English news capitalises ~10 %), a
  capital right after a full stop not counted (Multi-News+ writes "the u.s. And its allies");
- `lower-name`: at least one is a word cased English always capitalises, written in lower case ("i",
  "monday", "mr", "fbi", "texas", a listed acronym, "hbo": `lower-acronym`; `lower_names`). A cased
  story that names no one ("mice that drank the additive ...") has few capitals too, and no such word;
  AP-style lower-case words ("french fries", "china" plates) are left out (`_LOWER_TOO`) or are no
  place at all ("English", "American" and "German" stay: AP capitalises them even in "English muffin",
  "American cheese", "German shepherd"). Or, read only where the rest holds and no such word shows, a
  person's name in lower case (`lower-person`: a listed first name that is no ordinary word, then a word
  that is none either, "jennifer aniston", "adam shulman"): 20 of 1,500 training stories name no listed
  place, body or weekday and were read as cased, so no name of theirs was found.

Two stages need an answer before or below the story: segmentation runs before a story exists, on one
paragraph (`paragraph_lost_case`), and the summarizer picks its weights and features per document
(`document_keeps_case`; with `Story.caseless` 4 Multi-News+ dev documents would move). Both tests live
here, by name, and nowhere else; readability's `capitalises_inside` tells one document's own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import itemgetter

from .lexicon.gazetteer import gazetteer, word_list

CASED_SHARE = 0.03  # cased English news capitalises ~10 % of non-initial words; lower-cased text < 1 %
CASE_WORDS = 100  # words after a sentence's first a story needs before its case can be told (else: cased)
SHORT_CASE_WORDS = 40  # as many, when not one of them is capitalised (`enough-words`' none-capitalised)
NAMED_SHORT_WORDS = 8  # as many, none capitalised, one a `lower_names` word (`enough-words`' named-short)

# a word or a number (align reads the same tokens: `align.features.tokens`)
TOKEN = re.compile(r"[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?(?:\.(?:[A-Za-z]\.)+)?|\d+(?:[.,]\d+)*")
_AFTER_STOP = re.compile(r"[.:?!]\s*$")  # searched in the few characters before a capital
# what `_AFTER_STOP` finds before a capital, anywhere in a sentence (none: no capital is after a stop)
_STOP_CAPITAL = re.compile(r"[.:?!]\s{0,2}[A-Z]")
_FIRST = itemgetter(0)
# a capital inside a sentence (after a word); the space first, so the regex engine skips to spaces
MID_CAPITAL = re.compile(r"\s(?<=[a-z,;]\s)[A-Z]")
MID_WORD = re.compile(r"\s(?<=[a-z,;]\s)\S")
DOC_WORDS = 20  # words inside sentences a document needs before its case can be told (else: cased)
_LETTER = re.compile(r"[^\W\d_]")
_OPENERS = "\"“‘'( \t"  # what may stand between a sentence's end and its first letter

# words cased English always capitalises, so written in lower case inside a sentence they show a story
# that lost its letter case, with the listed places and nationalities (`places.txt`, `demonyms.txt`)
# but those English also writes in lower case (`_LOWER_TOO`)
_LOST_CASE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "i i'm i've i'd i'll u.s. monday tuesday wednesday thursday friday saturday sunday january february"
        " april june july september october november december christmas mr mrs tv fbi cia cnn nbc cbs ceo gop"
        " nfl nba nasa usa facebook twitter google",
    )
)
_LOWER_TOO = frozenset(
    re.findall(
        r"\S+",
        "northern southern eastern western earth nice turkey china french chad guinea flint buffalo phoenix"
        " mecca poles polish atheist atheists evangelical evangelicals conservative conservatives liberal"
        " liberals democrat democrats democratic republican republicans ice sec",
    )
)


@lru_cache(maxsize=1)
def lower_names() -> frozenset[str]:
    """The words whose lower-case form inside a sentence shows a story that lost its case."""
    g = gazetteer()
    named = {p[0].lower() for p in g.places if len(p) == 1} | {w.lower() for w in g.demonyms}
    return (_LOST_CASE_WORDS | named | _listed_acronyms()) - _LOWER_TOO


def _listed_acronyms() -> set[str]:
    """Rule lower-acronym: the listed organisations and places written as an acronym of three letters or
    more ("HBO", "FCC", "NATO"), which cased English never writes in lower case; `_LOST_CASE_WORDS` held
    a few by hand ("fbi", "cnn"), and a story naming only "hbo" or "abc" read as cased (multinews-val-49472).
    Not the acronyms that name no body (`not_acronyms.txt`), nor "ICE" or "SEC" (`_LOWER_TOO`: words),
    nor a name the lists also write in title case (rule styled-name: "POLITICO" beside "Politico" is a
    name set in capitals, no acronym, and "politico" is an English word: mend41)."""
    g = gazetteer()
    names = {k[0] for k in g.orgs | g.places if len(k) == 1}
    styled = {n for n in names if n.capitalize() in names}  # "POLITICO" beside "Politico"
    return {n.lower() for n in names - styled if len(n) >= 3 and n.isalpha() and n.isupper()} - {
        w.lower() for w in word_list("not_acronyms.txt")
    }


@dataclass(frozen=True, slots=True)
class CaseCounts:
    """A story's words after each sentence's first: all, capitalised, and `lower_names` ones."""

    inside: int
    capitalised: int
    lower_names: int
    lower_persons: int = 0  # `lower-person`: counted only where no `lower_names` word shows


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    holds: Callable[[CaseCounts], bool]


RULES: tuple[Rule, ...] = (
    Rule(
        "enough-words",
        lambda c: (
            c.inside >= CASE_WORDS
            or (c.capitalised == 0 and c.inside >= (NAMED_SHORT_WORDS if c.lower_names else SHORT_CASE_WORDS))
        ),
    ),
    Rule("few-capitals", lambda c: c.capitalised < CASED_SHARE * c.inside),
    Rule("lower-name", lambda c: c.lower_names > 0 or c.lower_persons > 0),
)

# rule lower-person: a listed first name no ordinary word ("jennifer"; not "will", "mark"), then a word of at
# least two letters that is no ordinary word either ("aniston"): a person's name cased English capitalises
_PAIR = re.compile(r"\b([a-z]+) (?=([a-z][a-z'’\-]+)\b)")  # the second word looked at, not taken


def lower_persons(texts: Sequence[str]) -> int:
    """Rule lower-person: how many person's names `texts` write in lower case (`_PAIR`)."""
    from .analyze.caseless import _first_names, _not_surnames, ordinary

    firsts, not_surnames = _first_names(), _not_surnames()
    n = 0
    for t in texts:
        for m in _PAIR.finditer(t):
            first, last = m.groups()
            n += first in firsts and last not in not_surnames and not ordinary(last)
    return n


# letters a case-insensitive pattern matches to an ASCII one that `str.lower` keeps apart ("ſ" as "s",
# "ı" and "İ" as "i")
_FOLDS_APART = ("ſ", "ı", "İ")


def folds_apart(text: str) -> bool:
    """The text holds a letter re.IGNORECASE reads as an ASCII one and `str.lower` keeps apart: a test of
    words in the lower-cased text cannot rule out a case-insensitive pattern's match (the cheap tests
    before costly patterns in align's features and the editor's rules)."""
    return not text.isascii() and any(c in text for c in _FOLDS_APART)


def matches_at(pattern: re.Pattern[str], text: str, low: str | None, starts: tuple[str, ...]) -> bool:
    """Whether case-insensitive `pattern`, each of whose matches opens on one of `starts` (lower case),
    matches in `text`: tried only where `low` (`text.lower()`) holds one of them, as
    `pattern.search(text) is not None` says (a case-insensitive pattern opening on letters has no literal
    prefix to skip by: its search runs the whole pattern at every position, ~1 ms on a long document).
    `low` None: the text holds a letter `folds_apart` names, whose lower case need not line up; searched."""
    if low is None:
        return pattern.search(text) is not None
    for key in starts:
        at = low.find(key)
        while at >= 0:
            if pattern.match(text, at):  # a look-behind and `\b` still read the text before `at`
                return True
            at = low.find(key, at + 1)
    return False


def case_counts(
    texts: Sequence[str], tokenized: Sequence[Sequence[tuple[str, int, int]]] | None = None
) -> CaseCounts:
    """The counts `RULES` read, over sentences `texts` (`tokenized`: each text's `TOKEN` matches as
    (word, start, end), when the caller has them, as align does). A capital right after a full stop, a
    colon, a question or exclamation mark is no capital inside a sentence: Multi-News+ put one after every
    full stop ("the u.s. And its allies", "e. B. Raposa"), and cased English after few ("Mr. Smith")."""
    return _case_counts(texts, tokenized)


def _case_counts(
    texts: Sequence[str],
    tokenized: Sequence[Sequence[tuple[str, int, int]]] | None,
    until_cased: bool = False,
) -> CaseCounts:
    """`case_counts`; `until_cased`: stopped once `few-capitals` cannot hold whatever the sentences left
    hold (each has fewer words than characters), so the counts are partial but fail a rule as the full
    ones do (`lost_case` reads only whether one fails; cased stories are most)."""
    inside = capitalised = lower = 0
    named = lower_names()
    left = sum(map(len, texts)) if until_cased else 0  # more than the words of the sentences left
    for n, t in enumerate(texts):
        if until_cased:
            if capitalised >= CASED_SHARE * (inside + left):
                break
            left -= len(t)
        if tokenized is None and _STOP_CAPITAL.search(t) is None:
            # no capital after a stop: the words alone tell, counted without their places (a `named`
            # word is lower case, so it is never one of the capitalised)
            words = TOKEN.findall(t)[1:]
            inside += len(words)
            capitalised += sum(map(str.isupper, map(_FIRST, words)))
            lower += sum(map(named.__contains__, words))
            continue
        toks = (
            tokenized[n] if tokenized is not None else [(m[0], m.start(), m.end()) for m in TOKEN.finditer(t)]
        )
        for w, at, _ in toks[1:]:  # the sentence's first word aside
            inside += 1
            if w[0].isupper():
                capitalised += _AFTER_STOP.search(t, max(at - 3, 0), at) is None
            elif w in named:
                lower += 1
    return CaseCounts(inside, capitalised, lower)


def cased_by(counts: CaseCounts) -> str | None:
    """The first rule of `RULES` that does not hold (the story keeps its case), or None (it lost it)."""
    return next((r.name for r in RULES if not r.holds(counts)), None)


def lost_case(
    texts: Sequence[str], tokenized: Sequence[Sequence[tuple[str, int, int]]] | None = None
) -> bool:
    """Whether the story of sentences `texts` lost its letter case (every rule of `RULES` holds;
    `tokenized`: as `case_counts` takes it)."""
    counts = _case_counts(texts, tokenized, until_cased=True)
    if (
        not counts.capitalised
        and NAMED_SHORT_WORDS <= counts.inside < SHORT_CASE_WORDS
        and counts.lower_names
    ):
        counts = replace(counts, lower_names=_named_outside(texts))  # rules address-word, quoted-word
    if cased_by(counts) == "lower-name":  # the rest holds: a person's name in lower case may still show it
        counts = replace(counts, lower_persons=lower_persons(texts))
    return cased_by(counts) is None


# rule address-word: a web address or an e-mail, whose words are written in lower case whatever the text's
# case ("bbc.co.uk", "jo@mail.co.uk"); a part after a dot has two letters or more, so "u.s." is no address.
# Each starts where its run of characters does (the look-behinds): tried inside a long run too, each try
# scanned the run to its end ("_" * 20,000 took a minute; review53)
_ADDRESS = re.compile(r"(?<!\S)\S*@\S+|(?<![\w-])[\w-]+(?:\.[A-Za-z0-9-]{2,})+\S*")
# rule quoted-word (review53): words quoted as written ('Jo roe tweeted: "i am fine, thanks for asking."'): a
# post or a caption keeps its writer's case, which tells nothing of the text's
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')


def _named_outside(texts: Sequence[str]) -> int:
    """Rules address-word and quoted-word: the `lower_names` words of `texts` after each sentence's first,
    none inside an address (`_ADDRESS`) or a quotation (`_QUOTED`); read only for named-short, where one such
    word decides a short text's case."""
    named = lower_names()
    return sum(
        sum(map(named.__contains__, TOKEN.findall(_QUOTED.sub(" ", _ADDRESS.sub(" ", t)))[1:])) for t in texts
    )


def paragraph_lost_case(para: str) -> bool:
    """Whether one paragraph lost its letter case, for segmentation (no story yet): no capital but a
    sentence's first letter ("It reopens in may." is case-less; "(Associated Press)", "in June" are not).
    Rule credit-then-sentence (session 55, 25536): a sentence also starts after a spaced closing bracket,
    Multi-News+'s tokenised credit whose dateline the cleaner took ("... ( associated press ) The house
    condemned gov. Matt bevin's ..."); cased text writes "(AP) The" unspaced (census, cleaned MN+ dev and
    the first 1,500 training stories: 8 documents move, all wrong cuts undone: "in this monday, oct. | 24,
    2016")."""
    for m in _LETTER.finditer(para):
        if m.group().isupper():
            before = para[: m.start()].rstrip(_OPENERS)
            if before and before[-1] not in ".!?…" and not before.endswith(" )"):
                return False
    return True


# `MID_WORD` with the word's first character as its group: one pass gives both counts, the words inside
# sentences and (their first characters in A-Z) the matches of `MID_CAPITAL`, which are exactly those
# (a match is a space and one character, so neither pattern's matches overlap)
_MID_FIRST = re.compile(r"\s(?<=[a-z,;]\s)(\S)")
_CAPITAL = re.compile(r"[A-Z]")


def document_keeps_case(text: str) -> bool:
    """Whether one document keeps its letter case, for the summarizer's weights and features: at least
    CASED_SHARE of its words inside sentences capitalised, or fewer than DOC_WORDS such words."""
    firsts = _MID_FIRST.findall(text)  # `MID_WORD`'s matches, by their first character
    words = len(firsts)
    return words < DOC_WORDS or len(_CAPITAL.findall("".join(firsts))) >= CASED_SHARE * words


def capitalises_inside(text: str) -> bool:
    """Whether `text` capitalises any word inside a sentence (lower-cased text capitalises none)."""
    return MID_CAPITAL.search(text) is not None
