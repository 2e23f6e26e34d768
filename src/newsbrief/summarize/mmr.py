"""Maximal Marginal Relevance (Carbonell & Goldstein 1998), the query being the story centroid.

Each step takes the sentence maximising  λ·sim(s, centroid) − (1−λ)·max sim(s, chosen)  among
those that still fit the budget, with λ = 0.7 and TF-IDF cosine for both similarities.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np

from ..model import Budget, Story
from .base import fill, reading_order
from .lexrank import candidates


def rerank(
    story: Story,
    budget: Budget,
    cand: np.ndarray,
    score: np.ndarray,
    penalty: Callable[[int], np.ndarray],
    weight: float,
) -> list[int]:
    """Greedy selection where each pick lowers the score of what resembles it.

    Step k takes the not yet considered candidate with the best `score - weight * max penalty`,
    where `penalty(i)` gives, for every candidate, how much it repeats an accepted sentence i.
    Budget filling is `base.fill`'s: its `accept` hook tells us which picks it kept.
    """
    worst = np.zeros(len(cand))
    open_ = np.ones(len(cand), dtype=bool)
    pos = {int(i): k for k, i in enumerate(cand)}

    def ranked() -> Iterator[int]:
        while open_.any():
            value = np.where(open_, score - weight * worst, -np.inf)
            k = int(np.argmax(value))
            open_[k] = False
            yield int(cand[k])

    def accept(i: int, chosen: list[int]) -> bool:
        # fill calls this only for a sentence that fits, and keeps it when we say yes.
        np.maximum(worst, penalty(i), out=worst)
        open_[pos[i]] = False
        return True

    return fill(ranked(), story, budget, accept)


class MMRSummarizer:
    name = "mmr"

    def __init__(self, lam: float = 0.7) -> None:
        self.lam = lam

    def select(self, story: Story, budget: Budget) -> list[int]:
        if not story.sentences:
            return []
        cand = candidates(story)
        v = story.vectors
        relevance = self.lam * v.centroid_similarity[cand]
        chosen = rerank(story, budget, cand, relevance, lambda i: v.rows([i])[0][cand], 1.0 - self.lam)
        return reading_order(story, chosen)
