"""Budgeted selection for the default summarizer: greedy concept coverage with cost scaling.

Objective (monotone submodular, maximised greedily as in Lin & Bilmes 2010):

    F(S) = sum over concepts c covered by S of w_c  +  mu * sum over i in S of q_i * len_i

where concepts are the story's content bigrams used by two or more documents (w_c = number of
documents using c, as in the ICSI ILP system of Gillick & Favre 2009) and q_i is the learned
sentence score (expected ROUGE precision of the sentence). Each step adds the sentence with
the best gain / len**alpha that fits the word budget; a sentence too similar to a chosen one
(syndicated copy, restatement) is never added, and its gain is damped by its similarity to
what is already chosen.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .base import MIN_WORDS, Budget, Story


@dataclass(frozen=True)
class Options:
    mu: float = 1.0  # weight of the learned scores against concept coverage
    alpha: float = 1.0  # cost scaling: gain / words**alpha
    concepts: float = 1.0  # weight of the concept-coverage term (0 = scores only)
    redundancy: float = 0.5  # cosine above which a sentence repeats a chosen one: never both
    damping: float = 1.0  # score term multiplied by (1 - damping * max similarity to chosen)
    min_words: int = 6  # shorter sentences are not selected (they rarely carry the story)


def greedy(
    story: Story,
    budget: Budget,
    quality: np.ndarray,
    eligible: np.ndarray,
    concept_sets: list[set[tuple[str, str]]],
    weights: dict[tuple[str, str], float],
    opts: Options,
    requires: dict[int, int] | None = None,
) -> list[int]:
    """Greedy selection; `requires[i] = j` means i may only be picked right after j is chosen."""
    sents = story.sentences
    n = len(sents)
    sim = story.vectors.similarity
    length = np.array([max(s.words, 1) for s in sents], dtype=float)
    q = np.maximum(quality, 0.0) * length * opts.mu
    # Concept gains are kept up to date as concepts get covered.
    cgain = np.array([sum(weights.get(b, 0.0) for b in bg) for bg in concept_sets]) * opts.concepts
    holders: dict[tuple[str, str], list[int]] = {}
    for k, bg in enumerate(concept_sets):
        for b in bg:
            if b in weights:
                holders.setdefault(b, []).append(k)
    covered: set[tuple[str, str]] = set()
    maxsim = np.zeros(n)
    chosen: list[int] = []
    open_ = eligible & (length >= opts.min_words)
    requires = requires or {}
    words_left = budget.words if budget.words is not None else 10**9
    cost = length**opts.alpha
    while True:
        if budget.sentences is not None and len(chosen) >= budget.sentences:
            break
        fits = open_ & (length <= words_left)
        for i, j in requires.items():
            if fits[i] and j not in chosen:
                fits[i] = False
        if not fits.any():
            break
        gain = cgain + q * np.maximum(1.0 - opts.damping * maxsim, 0.0)
        ratio = np.where(fits, gain / cost, -np.inf)
        best = int(np.argmax(ratio))
        if ratio[best] <= 0:
            break
        chosen.append(best)
        open_[best] = False
        words_left -= int(length[best])
        maxsim = np.maximum(maxsim, sim[best])
        open_ &= maxsim < opts.redundancy
        for b in concept_sets[best] - covered:
            if b in holders:
                cgain[holders[b]] -= weights[b] * opts.concepts
        covered |= concept_sets[best]
        if budget.words is not None and words_left < MIN_WORDS:
            break
    return chosen
