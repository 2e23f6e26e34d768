"""`cluster/arrays.py`: a refinement round's candidates and cosines as array products, to the dicts' bits."""

from __future__ import annotations

import random

import pytest

from newsbrief.cluster import arrays, engine
from newsbrief.cluster.vectors import cosine


def _vector(rng: random.Random, vocab: list[str], n: int) -> dict[str, float]:
    return {t: rng.random() for t in rng.sample(vocab, n)}


def test_term_ids_are_first_seen_and_stable() -> None:
    ids = arrays.TermIds()
    assert ids.of(["zeta", "alpha"]) == [0, 1]
    assert ids.of(["alpha", "beta", "zeta"]) == [1, 2, 0]
    assert len(ids) == 3
    assert ids.of(t for t in ["gamma", "alpha"]) == [3, 1]  # an iterator, read once


def test_as_arrays_sorts_the_ids_with_their_weights() -> None:
    vec = {"s47-later": 0.25, "s47-first": 0.5}
    arrays.TERMS.of(["s47-first", "s47-later"])  # numbered in this order: the dict's order is the other
    ids, weights = arrays.as_arrays(vec)
    assert list(ids) == sorted(ids) and list(weights) == [0.5, 0.25]


def test_the_product_gives_the_bits_of_each_cosine() -> None:
    rng = random.Random(47)
    vocab = [f"s47t{k}" for k in range(300)]
    left = [_vector(rng, vocab, rng.randint(0, 80)) for _ in range(120)]
    right = [_vector(rng, vocab, rng.randint(1, 300)) for _ in range(40)]
    pairs = [(rng.randrange(len(left)), rng.randrange(len(right))) for _ in range(1500)]
    got = arrays.cosines([arrays.as_arrays(v) for v in left], [arrays.as_arrays(v) for v in right], pairs)
    assert got == [cosine(left[i], right[j]) for i, j in pairs]  # exactly: the same floats
    assert arrays.cosines([], [], []) == []


def test_candidate_ids_are_those_the_round_ranks_ties_by_story() -> None:
    rng = random.Random(4747)
    vocab = [f"s47q{k}" for k in range(120)]
    postings: dict[str, set[int]] = {}
    for sid in range(150):
        for t in rng.sample(vocab[:80], 30):
            postings.setdefault(t, set()).add(sid)
    postings["s47q-empty"] = set()  # a term every story was taken off
    weights = [0.5, 0.25, 0.125]  # equal sums for different stories: ranked by id
    queries = [
        [(t, rng.choice(weights) if k % 2 else rng.random()) for t in rng.sample([*vocab, "s47q-empty"], 10)]
        for k in range(200)
    ]
    current = [rng.randrange(200) for _ in queries]
    got = arrays.candidate_ids(queries, current, postings, 5)
    for q, cur, ids in zip(queries, current, got, strict=True):
        acc: dict[int, float] = {cur: 0.0}
        for t, w in q:
            for sid in postings.get(t, ()):
                acc[sid] = acc.get(sid, 0.0) + w
        want = list(acc) if len(acc) <= 5 else [s for s, _ in engine.top(acc, 5)]
        assert ids == sorted({*want, cur})
    assert arrays.candidate_ids([[("s47-none", 1.0)]], [3], postings, 5) == [[3]]


@pytest.mark.parametrize("seed", [1, 2])
def test_refinement_with_array_rounds_moves_every_article_as_without(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    topics = [[f"s47r{s}w{k}" for k in range(12)] for s in range(6)]
    pieces = []
    for k in range(90):
        words = rng.choice(topics)[: rng.randint(4, 12)] + rng.sample([w for ts in topics for w in ts], 3)
        vec = {t: rng.random() for t in dict.fromkeys(words)}
        length = sum(w * w for w in vec.values()) ** 0.5
        pieces.append(engine.Piece(f"p{k:02d}", f"p{k:02d}", 100, {t: w / length for t, w in vec.items()}))
    first = {p.id: engine.Assignment(p.id, 1 + k % 9, "similar") for k, p in enumerate(pieces)}
    monkeypatch.setattr(engine, "ARRAY_ROUNDS", False)
    plain = engine.refine(pieces, first, lone=True)
    monkeypatch.setattr(engine, "ARRAY_ROUNDS", True)
    dots = engine.Dots()
    assert engine.refine(pieces, first, lone=True, dots=dots) == plain
    assert dots.vectors and dots.totals  # the array path ran
