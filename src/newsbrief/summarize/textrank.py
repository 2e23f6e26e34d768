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


def overlap_weights(story: Story, cand: np.ndarray) -> Any:
    """Mihalcea & Tarau's similarity |{w in Si and w in Sj}| / (log|Si| + log|Sj|) between the
    candidates, on the pairs of the story's sparse similarity (`StoryVectors.neighbours`: every pair
    sharing a word in a normal-size story)."""
    from scipy.sparse import csr_matrix

    v = story.vectors
    i, j, at = v.edges(cand)
    shared = v.shared_terms.data[at].astype(float)
    loglen = np.log(np.maximum([len(v.terms[k]) for k in cand], 1))
    norm = loglen[i] + loglen[j]
    # Two one-word sentences (norm 0) sharing their word get weight 1, as in sumy.
    weights = np.divide(shared, norm, out=np.minimum(shared, 1.0), where=norm > 0)
    return csr_matrix((weights, (i, j)), shape=(len(cand), len(cand)))


class TextRankSummarizer:
    name = "textrank"

    def __init__(self, damping: float = 0.85, redundancy: float = 0.5) -> None:
        self.damping = damping
        self.redundancy = redundancy

    def select(self, story: Story, budget: Budget) -> list[int]:
        if not story.sentences:
            return []
        cand = candidates(story)
        score = pagerank(overlap_weights(story, cand), self.damping)
        ranked = [int(cand[k]) for k in np.argsort(-score, kind="stable")]
        accept = redundancy_filter(story.vectors, self.redundancy)
        return reading_order(story, fill(ranked, story, budget, accept))
