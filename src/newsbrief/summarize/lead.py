"""Lead: the first sentences of each document in turn (round robin), the classic baseline."""

from __future__ import annotations

from ..model import Budget, Story
from .base import fill, is_candidate


class LeadSummarizer:
    name = "lead"

    def select(self, story: Story, budget: Budget) -> list[int]:
        per_doc: list[list[int]] = [[] for _ in story.documents]
        for i, s in enumerate(story.sentences):
            if is_candidate(s):
                per_doc[s.doc].append(i)
        ranked: list[int] = []
        depth = max((len(p) for p in per_doc), default=0)
        for k in range(depth):
            ranked.extend(p[k] for p in per_doc if k < len(p))
        chosen = fill(ranked, story, budget)
        return sorted(chosen, key=lambda i: (story.sentences[i].index, story.sentences[i].doc))
