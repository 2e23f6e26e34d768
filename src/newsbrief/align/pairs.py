"""Candidate sentence pairs and the evidence each pair offers.

Candidates come from blocking, never from all pairs: an inverted index from each concept, number
unit and quoted trigram to the sentences holding it, where keys held by too many sentences (more
than `MAX_POSTINGS`, plus a share of the story) are dropped. A pair of sentences from different
documents is a candidate when it shares two keys, or one quoted trigram or one counted unit. The
cost grows with the postings of rare keys, not with the square of the story.

For each candidate, `compare` finds the best-matching pair of clauses (IDF-weighted concept
overlap, both ways) and reads what agrees and what clashes: participants, numbers, years,
negation, hedging, quoted words. The link rules (`rules.py`) and the scorer read only `Pair`.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..analyze.numbers import MEASURES, Count
from .features import Clause, Facts

MAX_POSTINGS = 12  # a key in more sentences than this (+ 5 % of the story) is too common to block on
MAX_RATIO = 3.0  # "1,200" vs "1,500" workers: one quantity reported differently; "150" vs "10,000": not
MONEY = frozenset(["%", "$", "£", "€"])  # measures that are a slot's value (a price, a share)
QUOTE_RUN = 4
BACKGROUND = 0.25  # weight of an attribution's words in how much of a sentence another states


@dataclass(frozen=True, slots=True)
class Pair:
    """Evidence for one cross-document sentence pair `a` < `b`."""

    a: int
    b: int
    cover_a: float  # share of clause a's concept weight the two clauses share
    cover_b: float
    sent_a: float  # share of sentence a's concept weight that sentence b states too
    sent_b: float
    shared: tuple[str, ...]  # shared concepts, heaviest first
    content: int  # shared concepts that are words (not participants, numbers, years)
    names: int  # shared participants
    context: int  # words and participants the two whole sentences share (numbers and years aside)
    unmatched: int  # matched clauses' counted things (units) that the other sentence does not give
    missing: int  # participants of one matched clause that the other sentence never names
    numbers_agree: int
    clash: tuple[Count, Count] | None  # the same counted thing, different values
    year_clash: bool
    negation_clash: bool
    hedge_clash: bool
    quote_run: int  # longest run of quoted words the two quotations share
    quote_only: bool  # one side's match lies inside its quotation, the other's is reported speech
    length_ratio: float


def idf(facts: Sequence[Facts]) -> dict[str, float]:
    """Smoothed IDF of each concept over the story's sentences."""
    df = Counter(c for f in facts for c in f.concepts)
    n = len(facts)
    return {c: math.log((1 + n) / (1 + k)) + 1.0 for c, k in df.items()}


def candidates(facts: Sequence[Facts]) -> list[tuple[int, int]]:
    """Cross-document pairs (a < b) worth comparing, by blocking on rare keys."""
    postings: dict[str, list[int]] = defaultdict(list)
    for k, f in enumerate(facts):
        if f.furniture:
            continue
        for key in _keys(f):
            postings[key].append(k)
    cap = MAX_POSTINGS + len(facts) // 20
    hits: Counter[tuple[int, int]] = Counter()
    strong: set[tuple[int, int]] = set()
    for key in sorted(postings):
        ks = postings[key]
        if len(ks) < 2 or len(ks) > cap:
            continue
        for x, p in enumerate(ks):
            for q in ks[x + 1 :]:
                if facts[p].doc != facts[q].doc:
                    pair = (p, q)
                    hits[pair] += 1
                    if key.startswith(("Q:", "U:")):
                        strong.add(pair)
    return sorted(p for p, c in hits.items() if c >= 2 or p in strong)


def _keys(f: Facts) -> set[str]:
    keys = set(f.concepts)
    keys.update("U:" + c.unit for c in f.counts if not c.measure)
    for q in f.quotes:
        keys.update("Q:" + " ".join(q[k : k + 3]) for k in range(len(q) - 2))
    return keys


def compare(fa: Facts, fb: Facts, weight: dict[str, float]) -> Pair:
    """The evidence of one pair: best clause match, then agreements and clashes."""
    best: tuple[float, Clause, Clause, frozenset[str]] | None = None
    for x in fa.clauses:
        wx = _mass(x.concepts, weight)
        for y in fb.clauses:
            shared = x.concepts & y.concepts
            if not shared:
                continue
            ws = _mass(shared, weight)
            wy = _mass(y.concepts, weight)
            px, py = ws / wx, ws / wy
            f = 2 * px * py / (px + py)
            if best is None or f > best[0]:
                best = (f, x, y, shared)
    if best is None:
        x, y, shared = fa.clauses[0], fb.clauses[0], frozenset()
    else:
        _, x, y, shared = best
    ws = _mass(shared, weight)
    clash, agree = number_relation(fa.counts, fb.counts)
    qrun = quote_run(fa.quotes, fb.quotes)
    missing = len({n for n in x.concepts if n.startswith("E:")} - fb.names) + len(
        {n for n in y.concepts if n.startswith("E:")} - fa.names
    )
    ya, yb = fa.years, fb.years
    la, lb = len(fa.concepts), len(fb.concepts)
    return Pair(
        a=fa.index,
        b=fb.index,
        cover_a=ws / _mass(x.concepts, weight),
        cover_b=ws / _mass(y.concepts, weight),
        sent_a=_stated(fa, fb, weight),
        sent_b=_stated(fb, fa, weight),
        shared=tuple(sorted(shared, key=lambda c: (-weight.get(c, 1.0), c))),
        content=sum(1 for c in shared if ":" not in c),
        names=sum(1 for c in shared if c.startswith("E:")),
        context=sum(1 for c in fa.concepts & fb.concepts if not c.startswith(("N:", "Y:"))),
        unmatched=len({c.unit for c in x.counts} - {c.unit for c in fb.counts})
        + len({c.unit for c in y.counts} - {c.unit for c in fa.counts}),
        missing=missing,
        numbers_agree=agree,
        clash=clash,
        year_clash=bool(ya and yb and not ya & yb),
        negation_clash=x.negated != y.negated,
        hedge_clash=x.hedged != y.hedged,
        quote_run=qrun,
        quote_only=bool(fa.quotes) != bool(fb.quotes) and qrun == 0,
        length_ratio=min(la, lb) / max(la, lb, 1),
    )


def _stated(f: Facts, g: Facts, weight: dict[str, float]) -> float:
    """Share of sentence f's weight that sentence g states too; who reports it (an attribution
    clause) weighs a quarter."""
    total = shared = 0.0
    for c in f.concepts:
        w = weight.get(c, 1.0) * (BACKGROUND if c in f.background else 1.0)
        total += w
        if c in g.concepts:
            shared += w
    return shared / total if total else 0.0


def _mass(concepts: frozenset[str], weight: dict[str, float]) -> float:
    return sum(weight.get(c, 1.0) for c in concepts) or 1.0


def number_relation(xs: Sequence[Count], ys: Sequence[Count]) -> tuple[tuple[Count, Count] | None, int]:
    """(a clash, how many counted things agree): a clash is a counted thing both give, no value of
    one fitting any of the other's (approximations widen each), within `MAX_RATIO` of each other."""
    clash = None
    agree = 0
    for unit in sorted({c.unit for c in xs} & {c.unit for c in ys}):
        if unit in MEASURES and unit not in MONEY:
            continue  # durations and sizes: "three hours" and "two hours" describe different things
        a = [c for c in xs if c.unit == unit]
        b = [c for c in ys if c.unit == unit]
        if any(p.overlaps(q) for p in a for q in b):
            agree += 1
            continue
        if clash is None:
            near = [
                (p, q) for p in a for q in b if max(p.value, q.value) <= MAX_RATIO * min(p.value, q.value)
            ]
            if near:
                clash = near[0]
    return clash, agree


def quote_run(qa: Sequence[tuple[str, ...]], qb: Sequence[tuple[str, ...]]) -> int:
    """The longest run of words that a quotation of one sentence shares with one of the other."""
    best = 0
    for p in qa:
        for q in qb:
            best = max(best, _common_run(p, q))
    return best


def _common_run(p: tuple[str, ...], q: tuple[str, ...]) -> int:
    best = 0
    prev = [0] * (len(q) + 1)
    for x in p:
        cur = [0] * (len(q) + 1)
        for k, y in enumerate(q, 1):
            if x == y:
                cur[k] = prev[k - 1] + 1
                best = max(best, cur[k])
        prev = cur
    return best
