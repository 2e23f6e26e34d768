"""Budgeted selection for the default summarizer: greedy concept coverage with cost scaling.

Objective (monotone submodular, maximised greedily as in Lin & Bilmes 2010):

    F(S) = sum over concepts c covered by S of w_c  +  mu * sum over i in S of q_i * len_i

where concepts are the story's word bigrams used by at least 30 % of its documents and two
(`features.word_bigrams`; w_c = share of the documents using c, after the ICSI ILP system of
Gillick & Favre 2009) and q_i is the learned
sentence score (expected ROUGE precision of the sentence). Each step adds the sentence with
the best gain / len**alpha that fits the word budget; a sentence too similar to a chosen one
(syndicated copy, restatement) is never added, and its gain is damped by its similarity to
what is already chosen. A sentence that leans on another (`requires`) is also offered together
with an option that meets its need, as one unit (summed gain / summed cost), taken in order. A
few rounds of local search then swap a chosen sentence for an unchosen one when that raises the
objective within the budget (greedy stops with words left over; a longer, equally good sentence
often fits).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ..model import Budget, Story
from .base import MIN_WORDS
from .features import Concepts

FILL = 0.9  # a summary uses at least this share of its word budget when the story allows it


@dataclass(frozen=True)
class Options:
    mu: float = 1.0  # weight of the learned scores against concept coverage
    alpha: float = 1.0  # cost scaling: gain / words**alpha
    concepts: float = 1.0  # weight of the concept-coverage term (0 = scores only)
    redundancy: float = 0.5  # cosine above which a sentence repeats a chosen one: never both
    damping: float = 1.0  # score term multiplied by (1 - damping * max similarity to chosen)
    swaps: int = 4  # rounds of local search after the greedy pass (swap one sentence for a better one)
    min_words: int = 6  # shorter sentences are not selected (they rarely carry the story)
    decay: float = 1.0  # scores of sentences past POS_CAP times ((1 + POS_CAP) / (1 + rank)) ** decay
    pairs: bool = True  # a sentence that leans on another may come in with it, valued as a pair


def greedy(
    story: Story,
    budget: Budget,
    quality: np.ndarray,
    eligible: np.ndarray,
    concepts: Concepts,
    opts: Options,
    requires: dict[int, tuple[int, ...]] | None = None,
    words: np.ndarray | None = None,
    clash: Any = None,
    cap: np.ndarray | None = None,
    seed: tuple[int, ...] = (),
) -> list[int]:
    """Greedy selection; `requires[i] = (j, k, ...)` means i may only be picked once one of j, k, ...
    is chosen (the sentence it leans on: see `readability.requirements`); `clash[i, j]` (a sparse
    boolean CSR matrix, `redundancy.same_fact`) means i and j state the same fact (never both);
    `cap[d]` bounds the words taken from document d while other documents can still fill the
    budget; `seed` sentences are taken first (the opening)."""
    sents = story.sentences
    n = len(sents)
    vec = story.vectors
    if words is None:
        words = np.fromiter((s.words for s in sents), np.int64, n)
    length = np.maximum(words, 1).astype(float)
    q = np.maximum(quality, 0.0) * length * opts.mu
    covered = np.zeros(len(concepts.weight), dtype=bool)
    cgain = concepts.gain(n) * opts.concepts
    maxsim = np.zeros(n)
    chosen: list[int] = []
    picked = np.zeros(n, dtype=bool)
    open_ = eligible & (length >= opts.min_words)
    req = np.array(
        [(i, j) for i, options in sorted((requires or {}).items()) for j in options], dtype=np.int64
    ).reshape(-1, 2)
    dependent = np.unique(req[:, 0])
    words_left = budget.words if budget.words is not None else 10**9
    cost = length**opts.alpha
    doc = np.fromiter((s.doc for s in sents), np.int64, n)
    taken = np.zeros(int(doc.max()) + 1 if n else 0)
    capped = cap is not None
    queue = [i for i in seed if open_[i] and length[i] <= words_left]
    follow = -1  # the dependent sentence of a pair, taken right after what it leans on
    clash_keys = np.zeros(0, np.int64)  # same-fact pairs as sorted keys i * n + j
    if clash is not None:
        clash.sum_duplicates()
        clash_keys = np.repeat(np.arange(n, dtype=np.int64), np.diff(clash.indptr)) * n + clash.indices
    while True:
        if budget.sentences is not None and len(chosen) >= budget.sentences:
            break
        fits = open_ & (length <= words_left)
        if capped:
            within = fits & (taken[doc] + length <= cap[doc])
            if within.any():
                fits = within
            else:
                capped = False  # only the capped documents are left: let them fill the budget
        alone = fits.copy()
        if len(req):
            met = np.zeros(n, dtype=bool)
            met[req[picked[req[:, 1]], 0]] = True
            fits[dependent] &= met[dependent]
        if not fits.any():
            break
        gain = cgain + q * np.maximum(1.0 - opts.damping * maxsim, 0.0)
        ratio = np.where(fits, gain / cost, -np.inf)
        if queue:
            best = queue.pop(0)
        elif follow >= 0 and fits[follow]:
            best, follow = follow, -1
        else:
            best = int(np.argmax(ratio))
            if opts.pairs and len(req) and (budget.sentences is None or len(chosen) + 2 <= budget.sentences):
                pair = _best_pair(req, alone, fits, met, gain, cost, length, words_left, doc, taken,
                                  cap if capped else None, clash_keys, vec, opts.redundancy)  # fmt: skip
                if pair is not None and pair[2] > ratio[best]:
                    best, follow = pair[1], pair[0]
        chosen.append(best)
        picked[best] = True
        open_[best] = False
        taken[doc[best]] += length[best]
        words_left -= int(length[best])
        maxsim = np.maximum(maxsim, vec.rows([best])[0])
        open_ &= maxsim < opts.redundancy
        if clash is not None:
            open_[clash.indices[clash.indptr[best] : clash.indptr[best + 1]]] = False
        new = concepts.of(best)
        new = new[~covered[new]]
        if len(new):
            covered[new] = True
            cgain = concepts.gain(n, covered) * opts.concepts
        if budget.words is not None and words_left < MIN_WORDS:
            break
    if budget.words is not None and chosen:
        base = eligible & (length >= opts.min_words)
        for _ in range(opts.swaps):
            move = _best_swap(
                chosen, budget.words, base, length, q, vec.rows(chosen), concepts, opts, req, clash, seed
            )
            if move is None:
                break
            s, t = move
            chosen[chosen.index(s)] = t
        # Fill: while under FILL of the budget, swap a sentence for a longer one that fits.
        for _ in range(opts.swaps):
            used = float(length[chosen].sum())
            if used >= FILL * budget.words:
                break
            move = _best_swap(
                chosen,
                budget.words,
                base,
                length,
                q,
                vec.rows(chosen),
                concepts,
                opts,
                req,
                clash,
                seed,
                fill=True,
            )
            if move is None:
                break
            s, t = move
            chosen[chosen.index(s)] = t
    return chosen


def _best_pair(
    req: np.ndarray,
    alone: np.ndarray,
    fits: np.ndarray,
    met: np.ndarray,
    gain: np.ndarray,
    cost: np.ndarray,
    length: np.ndarray,
    words_left: float,
    doc: np.ndarray,
    taken: np.ndarray,
    cap: np.ndarray | None,
    clash_keys: np.ndarray,
    vec: Any,
    redundancy: float,
) -> tuple[int, int, float] | None:
    """The best pair (i, j, ratio): a sentence i whose need is not met yet, with an option j that
    meets it and can be taken on its own, not too similar to it nor stating the same fact
    (`clash_keys`), valued as one unit (summed gain / summed cost). Without
    pairs a sentence that leans on another only comes in when that one was chosen for its own
    sake, so greedy selection leaves out quotations and follow-ups worth more than their context."""
    i, j = req[:, 0], req[:, 1]
    ok = alone[i] & ~met[i] & fits[j] & (length[i] + length[j] <= words_left)
    if cap is not None:
        same = doc[i] == doc[j]
        ok &= ~same | (taken[doc[i]] + length[i] + length[j] <= cap[doc[i]])
    at = np.flatnonzero(ok)
    if not len(at):
        return None
    at = at[vec.cosines(i[at], j[at]) < redundancy]
    if len(clash_keys) and len(at):
        want = i[at] * len(length) + j[at]
        pos = np.minimum(np.searchsorted(clash_keys, want), len(clash_keys) - 1)
        at = at[clash_keys[pos] != want]
    if not len(at):
        return None
    r = (gain[i[at]] + gain[j[at]]) / (cost[i[at]] + cost[j[at]])
    k = int(np.argmax(r))
    return int(i[at[k]]), int(j[at[k]]), float(r[k])


def _best_swap(
    chosen: list[int],
    words: int,
    base: np.ndarray,
    length: np.ndarray,
    q: np.ndarray,
    chosen_sim: np.ndarray,
    concepts: Concepts,
    opts: Options,
    req: np.ndarray,
    clash: Any = None,
    seed: tuple[int, ...] = (),
    fill: bool = False,
) -> tuple[int, int] | None:
    """The swap (chosen s -> unchosen t) that raises the objective most within the budget, if any.

    Each sentence is valued by its gain given the other chosen ones (as if taken last), so a swap
    pays when t's gain given the rest beats s's; the word budget and the constraints still hold.
    All (s, t) pairs are scored at once: rows are the chosen sentences, columns all sentences
    (`chosen_sim`: the chosen sentences' similarity rows).
    """
    n, k = len(length), len(chosen)
    rows = np.asarray(chosen, dtype=np.int64)
    in_s = np.zeros(n, dtype=bool)
    in_s[rows] = True
    row_of = np.full(n, -1)
    row_of[rows] = np.arange(k)
    # Concepts: those no chosen sentence covers pay for every row; one covered only by s pays in row s.
    held = in_s[concepts.sentence]
    count = np.bincount(concepts.concept[held], minlength=len(concepts.weight))
    owner = np.full(len(concepts.weight), -1)
    owner[concepts.concept[held]] = row_of[concepts.sentence[held]]
    gain = np.tile(concepts.gain(n, count > 0), (k, 1))
    only = count[concepts.concept] == 1
    at = owner[concepts.concept[only]] * n + concepts.sentence[only]
    gain += (
        np.bincount(at, concepts.weight[concepts.concept[only]], minlength=k * n).reshape(k, n).astype(float)
    )
    gain *= opts.concepts
    # Scores, damped by the similarity to the rest: the largest over chosen rows other than s.
    top = chosen_sim.argmax(axis=0)
    first = chosen_sim.max(axis=0)
    second = np.where(np.arange(k)[:, None] == top[None, :], -np.inf, chosen_sim).max(axis=0) if k > 1 else 0
    ms = np.where(np.arange(k)[:, None] == top[None, :], second, first[None, :])
    ms = np.maximum(ms, 0.0)
    gain += q[None, :] * np.maximum(1.0 - opts.damping * ms, 0.0)
    room = words - float(length[rows].sum()) + length[rows]
    ok = (base & ~in_s)[None, :] & (length[None, :] <= room[:, None]) & (ms < opts.redundancy)
    if clash is not None:
        # t may not state a fact that a chosen sentence other than s states.
        hits = clash[rows].toarray().astype(np.int64)  # k x n, as `ok`
        ok &= (hits.sum(axis=0)[None, :] - hits) == 0
    if seed:
        ok[np.isin(rows, seed)] = False  # the opening stays
    if len(req):
        # t may come in when one of its options is chosen and is not the sentence s going out.
        held_req = req[in_s[req[:, 1]]]
        count = np.bincount(held_req[:, 0], minlength=n)
        loss = np.zeros((k, n), dtype=np.int64)
        np.add.at(loss, (row_of[held_req[:, 1]], held_req[:, 0]), 1)
        dependent = np.unique(req[:, 0])
        ok[:, dependent] &= (count[dependent][None, :] - loss[:, dependent]) > 0
        needed = req[in_s[req[:, 0]] & in_s[req[:, 1]], 1]
        ok[np.isin(rows, needed)] = False  # what a chosen sentence leans on stays
    delta = np.where(ok, gain, -np.inf) - gain[np.arange(k), rows][:, None]
    if fill:
        # The best swap that reaches FILL of the budget, else the one that adds the most words.
        more = length[None, :] - length[rows][:, None]
        ok &= more > 0
        if not ok.any():
            return None
        reach = ok & (float(length[rows].sum()) + more >= FILL * words)
        pick = np.where(reach, delta, -np.inf) if reach.any() else np.where(ok, more, -np.inf)
        best = np.unravel_index(int(np.argmax(pick)), pick.shape)
        return int(rows[best[0]]), int(best[1])
    best = np.unravel_index(int(np.argmax(delta)), delta.shape)
    if delta[best] <= 1e-9:
        return None
    return int(rows[best[0]]), int(best[1])
