"""LexRank (Erkan & Radev 2004): centrality in a thresholded cosine graph of the sentences.

Nodes are the candidate sentences, with an edge where the TF-IDF cosine exceeds 0.1 (self-loops
included, as in the paper); rows are divided by their degree and PageRank with damping 0.85
runs by power iteration. Sentences are then taken by score under the budget, skipping one too
similar to a sentence already taken (the light redundancy check most implementations add).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..model import Budget, Story
from ..represent import StoryVectors
from .base import fill, is_candidate, reading_order


def candidates(story: Story) -> np.ndarray:
    """Indices of the sentences a baseline may pick (all of them when none qualifies)."""
    idx = [i for i, s in enumerate(story.sentences) if is_candidate(s)]
    return np.array(idx or range(len(story.sentences)), dtype=np.int64)


DENSE_NODES = 1_000  # graphs up to this many nodes run dense (at most 8 MB): the same numbers, faster


def pagerank(weights: Any, damping: float = 0.85, tol: float = 1e-8, max_iter: int = 200) -> np.ndarray:
    """Stationary distribution of a random walk on `weights`, a sparse matrix (rows need not be
    normalised). Rows with no out-weight jump uniformly.

    Power iteration in numpy, linear in the edges: a scipy sparse product on a large graph, a
    dense one on a small graph (`DENSE_NODES`), where it is cheaper than sparse bookkeeping and
    far cheaper than building a networkx graph.
    """
    from scipy.sparse import csr_matrix, diags

    n = weights.shape[0]
    if n == 0:
        return np.zeros(0)
    if n <= DENSE_NODES:
        dense = weights.toarray() if hasattr(weights, "toarray") else np.asarray(weights, dtype=float)
        out = dense.sum(axis=1)
        trans = np.divide(dense, out[:, None], out=np.full_like(dense, 1.0 / n), where=out[:, None] > 0)
        step, dangling = trans.T, np.zeros(n, dtype=bool)
    else:
        weights = csr_matrix(weights)
        out = np.asarray(weights.sum(axis=1)).ravel()
        dangling = out <= 0
        step = csr_matrix((diags(np.divide(1.0, out, out=np.zeros(n), where=~dangling)) @ weights).T)
    p = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        nxt = (1.0 - damping) / n + damping * (step @ p + p[dangling].sum() / n)
        if np.abs(nxt - p).sum() < tol:
            return nxt
        p = nxt
    return p


def redundancy_filter(vectors: StoryVectors, threshold: float):
    """An `accept` callback for `fill` that rejects a sentence too similar to one already chosen."""

    def accept(i: int, chosen: list[int]) -> bool:
        return not chosen or float(vectors.cosines([i] * len(chosen), chosen).max()) < threshold

    return accept


class LexRankSummarizer:
    name = "lexrank"

    def __init__(self, threshold: float = 0.1, damping: float = 0.85, redundancy: float = 0.5) -> None:
        self.threshold = threshold
        self.damping = damping
        self.redundancy = redundancy

    def scores(self, story: Story, cand: np.ndarray) -> np.ndarray:
        from scipy.sparse import csr_matrix

        i, j, at = story.vectors.edges(cand)
        sim = story.vectors.neighbours.data[at]
        diag = np.flatnonzero(np.diff(story.vectors.matrix.indptr)[cand] > 0)  # self-loops, as in the paper
        edge = sim > self.threshold
        rows, cols = np.r_[i[edge], diag], np.r_[j[edge], diag]
        return pagerank(
            csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(cand), len(cand))), self.damping
        )

    def select(self, story: Story, budget: Budget) -> list[int]:
        if not story.sentences:
            return []
        cand = candidates(story)
        score = self.scores(story, cand)
        ranked = [int(cand[k]) for k in np.argsort(-score, kind="stable")]
        accept = redundancy_filter(story.vectors, self.redundancy)
        return reading_order(story, fill(ranked, story, budget, accept))
