"""Wire copies in one brief: a document that is a copy or a version of an earlier one (the same AP story in
another outlet, a write-through with a new top) is one source, not two.

Two documents are copies when every rule of `RULES` holds for their pair. The evidence a reader can check
is the share of the shorter one's text that the other holds word for word: its distinct word 4-grams
(`cluster.dedupe.shingle_hashes`, the clustering's copy signatures), counted exactly. A copy's `CopyOf`
names the earliest document of the brief it copies; `sources` gives each document its source (the first
document of its chain of copies), so agreement and citations count a document and its copies once.

The bars come from reading pairs of documents of one story at every level of sharing (session 20;
tuned: DUC 2003, DUC 2006 and LongBench dev, and the pool's WRITE stories): at half of the shorter one's
text or more, versions of one wire story (new tops, added paragraphs, a cut-down version); below, as
often as not, a later report that reuses some of the earlier one's paragraphs. A pair over the bar whose
shared text lies only in the shorter one's second half is such a follow-up (yesterday's story as
today's background), not a copy; a pair whose shared text is only quotations is two outlets that print
one statement (rule own-text).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from .model import CopyOf, Document, Entity, Mention

SHARED = 0.5  # share of the shorter document's word 4-grams the other holds
TOP = 0.25  # share of the 4-grams of the shorter one's first half the other holds
MIN_COMMON = 25  # 4-grams the two share at least: a couple of sentences, more than one quote or fact


@dataclass(frozen=True, slots=True)
class Pair:
    """What two documents share: how many distinct word 4-grams (`common`), the share of the shorter
    one's the other holds (`shared`), the same share of its first half's (`top`), and how many of its
    4-grams outside quotations the other holds (`own`) and their share (`own_share`; both read only when
    the others pass)."""

    common: int
    shared: float
    top: float
    own: int = 0
    own_share: float = 0.0


# The rules, in order; a pair is a copy when every one holds: (name, why, test).
RULES: tuple[tuple[str, str, Callable[[Pair], bool]], ...] = (
    ("enough-text", "more in common than one quote or one fact", lambda p: p.common >= MIN_COMMON),
    ("shared-text", "half the shorter one's text is the other's word for word", lambda p: p.shared >= SHARED),
    ("shared-top", "not only its end: a follow-up may reuse a report as background", lambda p: p.top >= TOP),
    (
        "own-text",
        "not only quotations (two outlets print one statement): as much text outside them, or half of it",
        lambda p: p.own >= MIN_COMMON or p.own_share >= SHARED,
    ),
)


# A quotation: words two independent outlets are expected to share (both print an airline's statement),
# so no evidence of a copy on their own (rule own-text). It closes in its paragraph or runs to the
# paragraph's end: news style opens each paragraph of a long statement and closes only the last one.
_QUOTED = re.compile(r"[“\"][^”\"\n]{0,2000}(?:[”\"]|$)", re.MULTILINE)


def own_words(text: str) -> str:
    """The text with each quotation blanked (one space): the reporter's own words."""
    return _QUOTED.sub(" ", text)


class _Grams:
    """A document's distinct word 4-grams, those outside its quotations (`own`) and those of its first
    half (both read when a pair needs them)."""

    def __init__(self, text: str) -> None:
        from .cluster.dedupe import shingle_hashes

        self.text = text
        self.all = frozenset(shingle_hashes(text))
        self._top: frozenset[int] | None = None
        self._own: frozenset[int] | None = None

    @property
    def top(self) -> frozenset[int]:
        if self._top is None:
            from .cluster.dedupe import shingle_hashes

            self._top = frozenset(shingle_hashes(self.text[: len(self.text) // 2]))
        return self._top

    @property
    def own(self) -> frozenset[int]:
        if self._own is None:
            from .cluster.dedupe import shingle_hashes

            self._own = frozenset(shingle_hashes(own_words(self.text)))
        return self._own


def pair(a: _Grams, b: _Grams, common: int | None = None) -> Pair:
    """What the shorter of two documents shares with the other (`common`: their shared 4-grams, when
    known)."""
    short, long = (a, b) if len(a.all) <= len(b.all) else (b, a)
    if not short.all:
        return Pair(0, 0.0, 0.0)
    common = len(short.all & long.all) if common is None else common
    shared = common / len(short.all)
    if shared < SHARED or common < MIN_COMMON:  # the first half is read only when it may be a copy
        return Pair(common, shared, 0.0)
    top = len(short.top & long.all) / len(short.top) if short.top else 0.0
    if top < TOP:
        return Pair(common, shared, top)
    own = len(short.own & long.own)
    return Pair(common, shared, top, own, own / len(short.own) if short.own else 0.0)


def is_copy(p: Pair) -> bool:
    return all(test(p) for _, _, test in RULES)


SPARSE_FROM = 20  # documents from which the shared 4-grams come from one sparse product


def _commons(grams: Sequence[_Grams], sparse_from: int = SPARSE_FROM) -> dict[tuple[int, int], int]:
    """The 4-grams each pair of documents (i < j) shares, for the pairs sharing any: a set intersection
    per pair for a few documents; from `sparse_from`, one sparse product of the documents-by-4-grams
    matrix with its transpose (every pair in C, not in Python: a story at the byte limit has ~1,000)."""
    if len(grams) < sparse_from:
        pairs = ((i, j, len(grams[i].all & grams[j].all)) for j in range(len(grams)) for i in range(j))
        return {(i, j): n for i, j, n in pairs if n}
    import numpy as np
    from scipy.sparse import csr_matrix, triu

    sizes = [len(g.all) for g in grams]
    if sum(sizes) == 0:
        return {}
    flat = np.fromiter((h for g in grams for h in g.all), np.int64, sum(sizes))
    _, cols = np.unique(flat, return_inverse=True)
    rows = np.repeat(np.arange(len(grams)), sizes)
    m = csr_matrix(
        (np.ones(len(cols), np.int32), (rows, cols.ravel())), shape=(len(grams), int(cols.max()) + 1)
    )
    c = triu(m @ m.T, k=1).tocoo()
    return {(int(i), int(j)): int(v) for i, j, v in zip(c.row, c.col, c.data, strict=True)}


def find_copies(documents: Sequence[Document]) -> tuple[CopyOf | None, ...]:
    """Each document's `CopyOf` (the earliest document it is a copy of, and their shared share), or None."""
    grams = [_Grams(d.text) for d in documents]
    commons = _commons(grams)
    out: list[CopyOf | None] = []
    for j, g in enumerate(grams):
        found = None
        for i in range(j):
            common = commons.get((i, j), 0)
            if common < MIN_COMMON:
                continue
            p = pair(grams[i], g, common)
            if is_copy(p):
                found = CopyOf(i, round(p.shared, 2))
                break
        out.append(found)
    return tuple(out)


def sources(copies: Sequence[CopyOf | None]) -> tuple[int, ...]:
    """Each document's source: itself, or for a copy the source of the document it copies."""
    out: list[int] = []
    for j, c in enumerate(copies):
        out.append(out[c.doc] if c is not None else j)
    return tuple(out)


def of_documents(documents: Sequence[Document]) -> tuple[int, ...]:
    """`sources` of a brief's documents, from their `copy_of`."""
    return sources([d.copy_of for d in documents])


def one_per_source(docs: Iterable[int], source: Sequence[int], own: int | None = None) -> tuple[int, ...]:
    """The documents, one a source (a copy's is its original's): `own` for its source, else the earliest;
    for the markers of a value or a quote, where a copy's repeat is no second outlet."""
    firsts: dict[int, int] = {} if own is None else {source[own]: own}
    for d in sorted(set(docs)):
        firsts.setdefault(source[d], d)
    return tuple(sorted(firsts.values()))


def with_copies(documents: Sequence[Document], copies: Sequence[CopyOf | None]) -> tuple[Document, ...]:
    """The documents, each copy carrying its `CopyOf`."""
    return tuple(d if c is None else replace(d, copy_of=c) for d, c in zip(documents, copies, strict=True))


REACH = 3  # words on each side of a mention that make its passage


@dataclass(frozen=True, slots=True)
class _Words:
    """A text's words, lower-cased, with their starts and ends (both ascending: found by bisection)."""

    words: list[str]
    starts: list[int]
    ends: list[int]


def _words(text: str) -> _Words:
    found = list(re.finditer(r"\w+", text))
    return _Words([m.group().lower() for m in found], [m.start() for m in found], [m.end() for m in found])


def _passage(words: _Words, start: int, end: int) -> str:
    """The mention's words (those that overlap `start:end`) and `REACH` words on each side, lower-cased,
    as " a b c "."""
    first = bisect_right(words.ends, start)  # the first word that ends after the mention starts
    last = bisect_left(words.starts, end) - 1  # the last word that starts before the mention ends
    if first > last:
        return ""
    lo, hi = max(0, first - REACH), last + REACH + 1
    return " " + " ".join(words.words[lo:hi]) + " "


def mention_counts(entities: Sequence[Entity], documents: Sequence[Document]) -> tuple[int, ...]:
    """Each entity's mentions, less a copy's repeats: a mention in a copy whose passage (the name and
    `REACH` words on each side) is that of the entity's mention in an earlier document of its source is
    that mention again. A copy's new top names someone anew."""
    source = of_documents(documents)
    read: dict[int, _Words] = {}

    def passage(m: Mention) -> str:
        if m.doc not in read:
            read[m.doc] = _words(documents[m.doc].text)
        return _passage(read[m.doc], m.start, m.end)

    def count(e: Entity) -> int:
        if all(source[m.doc] == m.doc for m in e.mentions):
            return len(e.mentions)
        seen: set[tuple[int, str]] = set()  # (source, passage) of the mentions before
        n = 0
        for m in sorted(e.mentions, key=lambda m: (m.doc, m.start)):
            key = (source[m.doc], passage(m))
            n += not (source[m.doc] != m.doc and key[1] and key in seen)
            seen.add(key)
        return n

    return tuple(count(e) for e in entities)
