"""Paraphrase evidence from word vectors: how much of one sentence the other states in other words.

Exact concepts (`features`: stems, the concept table's paraphrases folded) miss a paraphrased predicate
("failure to prepare" / "no real preparation", "removal of troops" / "reductions in military
posture"). Small distributional word vectors over the same concepts (`data/vectors.npy` and
`vectors.txt`, int8, 20,000 concepts x 96 dimensions, built from the Multi-News training file by
`scripts/train_word_vectors.py`) give each content word of one sentence its best cosine among the
other sentence's content words, and from those the soft features of `Soft`. Loaded lazily, once; only
when the scorer's weights name a soft feature (`uses_vectors`), so a brief without them never reads
the file.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from .features import Clause, Facts

SOFT_FEATURES = ("soft_min", "soft_max", "soft_share", "soft_pred", "soft_gain")
COVERED = 0.5  # a content word whose best cosine in the other sentence reaches this is stated there
# A word's best cosine among ten unrelated words is about 0.27 (median; 0.43 at the 90th percentile,
# over the 8,000 most frequent concepts): cosines count only above FLOOR, rescaled to 0-1.
FLOOR = 0.3


@dataclass(frozen=True, slots=True)
class Soft:
    """The soft evidence of one pair (all 0 without vectors)."""

    soft_a: float = 0.0  # share of sentence a's concept weight the other states, a word in other words
    # counting its best cosine lifted (`_lift`; exact concepts 1; participants, numbers, years only exactly)
    soft_b: float = 0.0
    soft_share: float = 0.0  # share of the shorter sentence's content words stated at cosine >= COVERED
    soft_pred: float = 0.0  # best cosine between the matched clauses' event words (`events`), lifted


NO_SOFT = Soft()


class Vectors:
    """Unit word vectors by concept, and each sentence's content words as a matrix (cached per story)."""

    def __init__(self, words: list[str], matrix: np.ndarray) -> None:
        import numpy as np

        self.row = {w: k for k, w in enumerate(words)}
        m = matrix.astype(np.float32)
        m /= np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-6)
        self.matrix = m

    def of(self, concepts: list[str]) -> np.ndarray:
        """The concepts' vectors as rows (zeros for a concept without one)."""

        rows = [self.row.get(c, -1) for c in concepts]
        out = self.matrix[[max(r, 0) for r in rows]]
        if -1 in rows:
            out[[k for k, r in enumerate(rows) if r < 0]] = 0.0
        return out


@lru_cache(maxsize=1)
def vectors() -> Vectors:
    import numpy as np

    data = resources.files("newsbrief.align").joinpath("data")
    words = data.joinpath("vectors.txt").read_text(encoding="utf-8").splitlines()  # one concept a line
    with data.joinpath("vectors.npy").open("rb") as fh:
        matrix = np.load(fh, allow_pickle=False)
    if len(words) != matrix.shape[0]:
        raise ValueError(f"vectors.txt has {len(words)} words for {matrix.shape[0]} rows of vectors.npy")
    return Vectors(words, matrix)


def uses_vectors(weights: dict) -> bool:
    return any(n in weights["coef"] for n in SOFT_FEATURES)


@dataclass(slots=True)
class _Sentence:
    words: list[str]  # content concepts, sorted
    at: dict[str, int]  # each content concept's place in `words`
    weights: list[float]  # their weights
    matrix: np.ndarray  # their vectors
    others: dict[str, float]  # the weight of each other concept (participants, numbers, years)
    total: float  # the whole sentence's concept weight


def _sentence(f: Facts, weight: dict[str, float], background: float, memo: dict) -> _Sentence:
    got = memo.get(f.index)
    if got is None:
        ws = {c: weight.get(c, 1.0) * (background if c in f.background else 1.0) for c in sorted(f.concepts)}
        words = [c for c in ws if ":" not in c]
        got = memo[f.index] = _Sentence(
            words,
            {c: k for k, c in enumerate(words)},
            [ws[c] for c in words],
            vectors().of(words),
            {c: w for c, w in ws.items() if ":" in c},
            math.fsum(ws.values()),
        )
    return got


def _best(a: _Sentence, b: _Sentence) -> tuple[list[float], list[float]]:
    """Each word's best cosine in the other sentence (1 for the same concept), both ways. Few numpy
    calls on small matrices: each costs more than the arithmetic."""
    if not a.words or not b.words:
        return [0.0] * len(a.words), [0.0] * len(b.words)
    sims = a.matrix @ b.matrix.T
    for c, i in a.at.items():
        j = b.at.get(c)
        if j is not None:
            sims[i, j] = 1.0
    return sims.max(axis=1).tolist(), sims.max(axis=0).tolist()


def _lift(cos: float) -> float:
    """A cosine as evidence: 0 up to `FLOOR`, 1 for the same concept."""
    return (cos - FLOOR) / (1.0 - FLOOR) if cos > FLOOR else 0.0


def _cover(s: _Sentence, best: list[float], other: Facts) -> float:
    if not s.total:
        return 0.0
    exact = math.fsum(w for c, w in s.others.items() if c in other.concepts)
    return (exact + math.fsum(w * _lift(x) for w, x in zip(s.weights, best, strict=True))) / s.total


def events(c: Clause, actions: dict[str, int]) -> list[str]:
    """A clause's event words: concepts told in the past tense ("voted"), after a modal ("may vote"),
    or naming an event (`pairs.ACTIONS`)."""
    return sorted(w for w in c.concepts if ":" not in w and (w in c.done or w in c.pending or w in actions))


def _events(f: Facts, c: Clause, actions: dict[str, int], memo: dict) -> tuple[list[str], np.ndarray]:
    key = (f.index, c.start)
    got = memo.get(key)
    if got is None:
        words = events(c, actions)
        got = memo[key] = (words, vectors().of(words))
    return got


def soft(
    fa: Facts,
    fb: Facts,
    x: Clause,
    y: Clause,
    weight: dict[str, float],
    background: float,
    actions: dict[str, int],
    memo: dict,
) -> Soft:
    """The soft evidence of the pair `fa`, `fb` whose best-matching clauses are `x`, `y` (`memo`: a dict
    kept for one story's pairs)."""
    sa, sb = _sentence(fa, weight, background, memo), _sentence(fb, weight, background, memo)
    ba, bb = _best(sa, sb)
    short = ba if len(ba) <= len(bb) else bb
    ea, eb = _events(fa, x, actions, memo), _events(fb, y, actions, memo)
    pred = 0.0
    if ea[0] and eb[0]:
        same = not set(ea[0]).isdisjoint(eb[0])
        pred = 1.0 if same else _lift(float((ea[1] @ eb[1].T).max()))
    return Soft(
        soft_a=_cover(sa, ba, fb),
        soft_b=_cover(sb, bb, fa),
        soft_share=sum(x >= COVERED for x in short) / len(short) if short else 0.0,
        soft_pred=pred,
    )
