"""TextRank (Mihalcea & Tarau 2004) for sentences.

Edge weight between two sentences: the number of words they share over log|S1| + log|S2|
(words = stemmed content words); weighted PageRank with damping 0.85 by power iteration; the
best-ranked sentences are taken under the budget, skipping near-repeats.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..model import Budget, Story
from .base import fill, reading_order
from .lexrank import candidates, pagerank, redundancy_filter


def presence(term_lists: list[list[str]]) -> Any:
    """Sparse 0/1 matrix (sentences x words): which words each sentence contains."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, ts in enumerate(term_lists):
        for t in dict.fromkeys(ts):  # insertion order, not set order: same in every process
            rows.append(i)
            cols.append(vocab.setdefault(t, len(vocab)))
    shape = (len(term_lists), max(len(vocab), 1))
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)


def overlap_weights(term_lists: list[list[str]]) -> np.ndarray:
    """Mihalcea & Tarau's similarity for every pair: |{w in Si and w in Sj}| / (log|Si| + log|Sj|)."""
    present = presence(term_lists)
    shared = np.asarray((present @ present.T).todense(), dtype=float)
    loglen = np.log(np.maximum([len(ts) for ts in term_lists], 1))
    norm = loglen[:, None] + loglen[None, :]
    # Two one-word sentences (norm 0) sharing their word get weight 1, as in sumy.
    weights = np.divide(shared, norm, out=np.minimum(shared, 1.0), where=norm > 0)
    np.fill_diagonal(weights, 0.0)
    return weights


class TextRankSummarizer:
    name = "textrank"

    def __init__(self, damping: float = 0.85, redundancy: float = 0.5) -> None:
        self.damping = damping
        self.redundancy = redundancy

    def select(self, story: Story, budget: Budget) -> list[int]:
        if not story.sentences:
            return []
        cand = candidates(story)
        terms = story.vectors.terms
        score = pagerank(overlap_weights([terms[i] for i in cand]), self.damping)
        ranked = [int(cand[k]) for k in np.argsort(-score, kind="stable")]
        accept = redundancy_filter(story.vectors.similarity, self.redundancy)
        return reading_order(story, fill(ranked, story, budget, accept))
