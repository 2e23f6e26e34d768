"""Centroid-based summarization (MEAD; Radev, Jing, Styś & Tam 2004).

Score of sentence i:  C_i + P_i + F_i  (all weights 1, MEAD's defaults), where
- C_i sums the centroid values of the words in the sentence; the centroid holds the story's
  top words by (count per document) × IDF (IDF from the story's own sentences here; MEAD used
  a background corpus, which we do not ship);
- P_i = (n − pos + 1) / n · C_max, position in its document (pos counted from 1);
- F_i = cosine with the first sentence of its document · C_max (MEAD: first-sentence overlap).
Sentences are then taken greedily, each pick minus C_max · its redundancy with what was already
taken (MEAD's reranker: 2·|shared words| / (|S1| + |S2|)).
"""

from __future__ import annotations

import numpy as np

from ..model import Budget, Story
from .base import reading_order
from .lexrank import candidates
from .mmr import rerank

CENTROID_WORDS = 100


def centroid_values(story: Story, top: int = CENTROID_WORDS) -> np.ndarray:
    """Centroid weight per vocabulary term: count per document × IDF, only the `top` best kept."""
    v = story.vectors
    counts = np.zeros(len(v.idf))
    for ts in v.terms:
        for t in ts:
            counts[v.vocab[t]] += 1
    values = counts / max(len(story.documents), 1) * v.idf
    if len(values) > top:
        values[np.argsort(-values, kind="stable")[top:]] = 0.0
    return values


def word_overlap(story: Story, k: int) -> np.ndarray:
    """MEAD's redundancy of sentence k with every sentence: 2·|shared words| / (|S1| + |S2|), on
    the pairs of `StoryVectors.shared_terms` (every pair sharing a word in a normal-size story)."""
    v = story.vectors
    shared, sizes = v.shared_terms, np.diff(v.presence.indptr)
    a, b = shared.indptr[k], shared.indptr[k + 1]
    cols = shared.indices[a:b]
    out = np.zeros(len(sizes))
    out[cols] = 2.0 * shared.data[a:b] / (sizes[k] + sizes[cols])
    return out


class CentroidSummarizer:
    name = "centroid"

    def __init__(self, top: int = CENTROID_WORDS, redundancy: float = 1.0) -> None:
        self.top = top
        self.redundancy = redundancy

    def scores(self, story: Story) -> tuple[np.ndarray, float]:
        """Every sentence's MEAD score, and C_max."""
        v = story.vectors
        cv = centroid_values(story, self.top)
        c = np.array([sum(cv[v.vocab[t]] for t in dict.fromkeys(ts)) for ts in v.terms])
        cmax = float(c.max()) if len(c) and c.max() > 0 else 1.0
        lengths = story.doc_lengths
        first: dict[int, int] = {}
        for i, s in enumerate(story.sentences):
            first.setdefault(s.doc, i)
        pos = np.array([(lengths[s.doc] - s.index) / max(lengths[s.doc], 1) for s in story.sentences])
        firsts = np.array([first[s.doc] for s in story.sentences])
        f = v.cosines(np.arange(len(firsts)), firsts)
        return c + cmax * pos + cmax * f, cmax

    def select(self, story: Story, budget: Budget) -> list[int]:
        if not story.sentences:
            return []
        cand = candidates(story)
        score, cmax = self.scores(story)

        def penalty(i: int) -> np.ndarray:
            return word_overlap(story, i)[cand]

        chosen = rerank(story, budget, cand, score[cand], penalty, self.redundancy * cmax)
        return reading_order(story, chosen)
