"""LexRank (Erkan & Radev 2004): centrality in a thresholded cosine graph of the sentences.

Nodes are the candidate sentences, with an edge where the TF-IDF cosine exceeds 0.1 (self-loops
included, as in the paper); rows are divided by their degree and PageRank with damping 0.85
runs by power iteration. Sentences are then taken by score under the budget, skipping one too
similar to a sentence already taken (the light redundancy check most implementations add).
"""

from __future__ import annotations

import numpy as np

from ..model import Budget, Story
from .base import fill, is_candidate, reading_order


def candidates(story: Story) -> np.ndarray:
    """Indices of the sentences a baseline may pick (all of them when none qualifies)."""
    idx = [i for i, s in enumerate(story.sentences) if is_candidate(s)]
    return np.array(idx or range(len(story.sentences)), dtype=np.int64)


def pagerank(
    weights: np.ndarray, damping: float = 0.85, tol: float = 1e-8, max_iter: int = 200
) -> np.ndarray:
    """Stationary distribution of a random walk on `weights` (rows need not be normalised).

    Rows with no out-weight jump uniformly. Plain numpy power iteration: at a few hundred nodes it
    is a few milliseconds, far cheaper than building a networkx graph.
    """
    n = weights.shape[0]
    if n == 0:
        return np.zeros(0)
    out = weights.sum(axis=1)
    trans = np.divide(weights, out[:, None], out=np.full_like(weights, 1.0 / n), where=out[:, None] > 0)
    p = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        nxt = (1.0 - damping) / n + damping * (trans.T @ p)
        if np.abs(nxt - p).sum() < tol:
            return nxt
        p = nxt
    return p


def redundancy_filter(sim: np.ndarray, threshold: float):
    """An `accept` callback for `fill` that rejects a sentence too similar to one already chosen."""

    def accept(i: int, chosen: list[int]) -> bool:
        return not chosen or float(sim[i, chosen].max()) < threshold

    return accept


class LexRankSummarizer:
    name = "lexrank"

    def __init__(self, threshold: float = 0.1, damping: float = 0.85, redundancy: float = 0.5) -> None:
        self.threshold = threshold
        self.damping = damping
        self.redundancy = redundancy

    def scores(self, story: Story, cand: np.ndarray) -> np.ndarray:
        sim = story.vectors.similarity[np.ix_(cand, cand)]
        adjacency = (sim > self.threshold).astype(float)
        return pagerank(adjacency, self.damping)

    def select(self, story: Story, budget: Budget) -> list[int]:
        if not story.sentences:
            return []
        cand = candidates(story)
        score = self.scores(story, cand)
        ranked = [int(cand[k]) for k in np.argsort(-score, kind="stable")]
        accept = redundancy_filter(story.vectors.similarity, self.redundancy)
        return reading_order(story, fill(ranked, story, budget, accept))
