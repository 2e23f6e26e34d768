"""The default summarizer: a learned sentence scorer, concept-coverage selection, readable order.

1. Score: every sentence gets features (`summarize.features`) and a learned score
   (`summarize.scorer`, weights shipped in `default_weights.json`, trained by
   `scripts/train_default.py` on Multi-News train stories against ROUGE labels).
2. Select: greedy concept coverage + scores under the word budget, near-duplicates excluded
   (`summarize.select`).
3. Read: a sentence opening on an unresolved pronoun or connective ("He said ...", "But ...") is
   only taken right after the sentence before it in its document; the summary is ordered by
   position in the documents, keeping such pairs together.
"""

from __future__ import annotations

import numpy as np

from . import features as F
from .base import Budget, Story
from .scorer import Scorer, shipped
from .select import Options, greedy

_JUNK = F.NAMES.index("junk")
_DANGLING = F.NAMES.index("dangling")
_QUESTION = F.NAMES.index("question")


def scores(story: Story) -> np.ndarray:
    """Unsupervised sentence score: centroid similarity + support from other documents + lead bias.

    Kept as the unsupervised reference row of the ablation (same selection, this score).
    """
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

    def __init__(
        self,
        scorer: Scorer | None = None,
        options: Options | None = None,
        unsupervised: bool = False,
        readable: bool = True,
    ) -> None:
        self.scorer = scorer
        self.options = options or Options()
        self.unsupervised = unsupervised
        self.readable = readable

    def quality(self, story: Story, feats: F.StoryFeatures) -> np.ndarray:
        if self.unsupervised:
            return scores(story) / 3.0
        return (self.scorer or shipped()).score(feats.matrix)

    def select(self, story: Story, budget: Budget) -> list[int]:
        if not story.sentences:
            return []
        feats = F.compute(story)
        q = self.quality(story, feats)
        m = feats.matrix
        eligible = feats.candidate & (m[:, _JUNK] == 0) & (m[:, _QUESTION] == 0)
        eligible &= np.array([looks_like_sentence(s.text) for s in story.sentences], dtype=bool)
        requires: dict[int, int] = {}
        if self.readable:
            for i in np.flatnonzero(eligible & (m[:, _DANGLING] > 0)):
                i = int(i)
                prev = i - 1
                if prev >= 0 and story.sentences[prev].doc == story.sentences[i].doc and eligible[prev]:
                    requires[i] = prev
                else:
                    eligible[i] = False
        chosen = greedy(story, budget, q, eligible, feats.concepts, feats.weights, self.options, requires)
        return reading_order(story, chosen)


def looks_like_sentence(text: str) -> bool:
    """Not a fragment: starts like a sentence (capital, digit or quote) and is not in capitals."""
    first = text.lstrip("\"“‘'([")[:1]
    letters = [c for c in text if c.isalpha()]
    shouting = len(letters) > 10 and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    return bool(first) and not first.islower() and not shouting


def reading_order(story: Story, chosen: list[int]) -> list[int]:
    """Order for reading: by relative position in the documents, then document; a sentence
    directly following another chosen one of its document stays right after it."""
    picked = set(chosen)
    sents = story.sentences
    heads = [i for i in chosen if not (i - 1 in picked and sents[i - 1].doc == sents[i].doc)]
    lengths = story.doc_lengths

    def key(i: int) -> tuple[float, int, int]:
        s = story.sentences[i]
        return (s.index / max(lengths[s.doc], 1), s.doc, s.index)

    out: list[int] = []
    for h in sorted(heads, key=key):
        out.append(h)
        j = h + 1
        while j in picked and story.sentences[j].doc == story.sentences[h].doc:
            out.append(j)
            j += 1
    return out
