"""Citations: each summary sentence points at its own place and at the documents that say the same."""

from __future__ import annotations

import numpy as np

from .model import Span, SummarySentence
from .summarize.base import Story

SUPPORT_THRESHOLD = 0.45  # TF-IDF cosine from which another document's sentence counts as support


def cite(
    story: Story, chosen: list[int], threshold: float = SUPPORT_THRESHOLD
) -> tuple[SummarySentence, ...]:
    """Summary sentences with their source span and, per other document, its best supporting span."""
    out: list[SummarySentence] = []
    sim = story.vectors.similarity if chosen else np.zeros((0, 0))
    docs = np.array([s.doc for s in story.sentences])
    for i in chosen:
        s = story.sentences[i]
        support: list[Span] = []
        for d in range(len(story.documents)):
            if d == s.doc:
                continue
            idx = np.flatnonzero(docs == d)
            if not len(idx):
                continue
            best = idx[int(np.argmax(sim[i, idx]))]
            if sim[i, best] >= threshold:
                b = story.sentences[int(best)]
                support.append(Span(d, b.start, b.end))
        out.append(SummarySentence(s.text, s.doc, s.start, s.end, tuple(support)))
    return tuple(out)
