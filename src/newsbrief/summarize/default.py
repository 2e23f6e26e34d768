"""The default summarizer: centrality and cross-document support, selected with redundancy control."""

from __future__ import annotations

import numpy as np

from .base import Budget, Story, fill, is_candidate, reading_order

REDUNDANCY = 0.5  # cosine above which a sentence repeats one already chosen


def scores(story: Story) -> np.ndarray:
    """Unsupervised sentence score: centroid similarity + support from other documents + lead bias."""
    v = story.vectors
    sim = v.similarity
    n = len(story.sentences)
    docs = np.array([s.doc for s in story.sentences])
    support = np.zeros(n)
    for i in range(n):
        other = docs != docs[i]
        if other.any():
            support[i] = sim[i, other].max()
    pos = np.array([s.index for s in story.sentences], dtype=float)
    return v.centroid_similarity + 0.5 * support + 0.3 / (1.0 + pos / 3.0)


class DefaultSummarizer:
    name = "default"

    def select(self, story: Story, budget: Budget) -> list[int]:
        if not story.sentences:
            return []
        score = scores(story)
        cand = [i for i, s in enumerate(story.sentences) if is_candidate(s)]
        ranked = sorted(cand, key=lambda i: (-score[i], i))
        sim = story.vectors.similarity

        def novel(i: int, chosen: list[int]) -> bool:
            return all(sim[i, j] < REDUNDANCY for j in chosen)

        return reading_order(story, fill(ranked, story, budget, novel))
