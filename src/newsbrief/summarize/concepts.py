"""Exact concept coverage: the selection as an integer linear program (Gillick & Favre 2009).

    maximise   concepts * sum_c w_c y_c  +  sum_i q_i x_i
    subject to sum_i len_i x_i <= budget words          (and sum_i x_i <= budget sentences)
               y_c <= sum of x_i over the sentences i holding concept c
               x_i + x_j <= 1      i, j too similar (cosine >= redundancy) or stating the same fact
               x_i <= sum_j x_j    over the options j meeting sentence i's context need
               sum_{i in d} len_i x_i <= cap_d     (balance; dropped when it leaves the budget unfilled)
               x_seed = 1          (the opening)
               x binary, 0 <= y <= 1

with the concepts and weights of `features.word_bigrams` and q_i the sentence's learned score times
its length (`select.greedy`'s score term, undamped: redundancy is the concepts' and the pairs' job).
A concept held by one candidate only is folded into that sentence's q (no variable of its own).

The problem is kept small: the top `CANDIDATES` sentences by (score + concept weight) per word,
plus what they lean on. HiGHS (`scipy.optimize.milp`) solves it with a node limit, so the answer does
not depend on the machine's speed; when HiGHS finds no solution (or hits its time guard) the caller
falls back to the greedy selection. scipy is a core dependency; the import is lazy.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np

from ..model import Budget, Story
from .features import Concepts
from .select import FILL, Options

CANDIDATES = 120  # sentences offered to the solver (by value per word), plus what they lean on
NODE_LIMIT = 2000  # branch-and-bound nodes (deterministic bound on the work)
PAIR_PENALTY = 0.1  # cosine from which a pair of sentences pays for its overlap (0: never)
TIME_GUARD = 60.0  # seconds of wall time: a guard against a pathological problem only (the node
# limit bounds the work; a solve stopped by the clock is not used, the caller's greedy selection is)


def exact(
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
    candidates: int = CANDIDATES,
) -> list[int] | None:
    """The sentences maximising the objective above, or None when the solver gives no answer."""
    sents = story.sentences
    n = len(sents)
    if words is None:
        words = np.fromiter((s.words for s in sents), np.int64, n)
    length = np.maximum(words, 1).astype(float)
    limit = budget.words
    ok = eligible & (length >= opts.min_words)
    if limit is not None:
        ok &= length <= limit
    # A need is met only by options the solver may take; a sentence left with none is not taken.
    requires = {i: tuple(j for j in r if ok[j]) for i, r in (requires or {}).items() if ok[i]}
    for i in [i for i, r in requires.items() if not r]:
        ok[i] = False
        del requires[i]
    seed = tuple(i for i in seed if ok[i] and i not in requires)
    q = np.maximum(quality, 0.0) * length * opts.mu
    value = q + concepts.gain(n) * opts.concepts
    pool = _pool(np.flatnonzero(ok), value / length, requires, seed, candidates)
    if not len(pool):
        return []
    m = len(pool)
    at = np.full(n, -1)
    at[pool] = np.arange(m)
    # Concepts held by the pool: shared ones get a variable, a single holder's go into its value.
    inside = at[concepts.sentence] >= 0
    s_of, c_of = at[concepts.sentence[inside]], concepts.concept[inside]
    holders = np.bincount(c_of, minlength=len(concepts.weight))
    w = concepts.weight * opts.concepts
    single = holders[c_of] == 1
    gain = q[pool] + np.bincount(s_of[single], w[c_of[single]], minlength=m)
    shared = np.flatnonzero(holders >= 2)
    cvar = np.full(len(concepts.weight), -1)
    cvar[shared] = m + np.arange(len(shared))
    nv = m + len(shared)
    cost = -np.concatenate([gain, w[shared]])  # milp minimises

    rows: list[np.ndarray] = []  # (row, column, coefficient) triples, one block per kind
    upper: list[float] = []
    r = 0

    def block(row: np.ndarray, col: np.ndarray, coef: np.ndarray, ub: np.ndarray) -> None:
        nonlocal r
        rows.append(np.column_stack([row + r, col, coef]))
        upper.extend(ub.tolist())
        r += len(ub)

    if limit is not None:
        block(np.zeros(m, np.int64), np.arange(m), length[pool], np.array([float(limit)]))
    if budget.sentences is not None:
        block(np.zeros(m, np.int64), np.arange(m), np.ones(m), np.array([float(budget.sentences)]))
    # y_c - sum of its holders' x <= 0
    sh = cvar[c_of] >= 0
    k = np.searchsorted(shared, c_of[sh])
    block(
        np.concatenate([np.arange(len(shared)), k]),
        np.concatenate([m + np.arange(len(shared)), s_of[sh]]),
        np.concatenate([np.ones(len(shared)), -np.ones(int(sh.sum()))]),
        np.zeros(len(shared)),
    )
    sim = story.vectors.rows(pool)[:, pool]
    a, b = _exclusive(sim, pool, opts.redundancy, clash)
    if len(a):
        idx = np.arange(len(a))
        block(np.r_[idx, idx], np.r_[a, b], np.ones(2 * len(a)), np.ones(len(a)))
    if PAIR_PENALTY > 0 and opts.damping > 0:
        # Similar pairs pay the smaller score times their similarity (the greedy's damping):
        # z_ab >= x_a + x_b - 1 with cost on z.
        pa, pb = np.nonzero(np.triu((sim >= PAIR_PENALTY) & (sim < opts.redundancy), 1))
        if len(pa):
            zi = nv + np.arange(len(pa))
            pen = opts.damping * np.minimum(q[pool][pa], q[pool][pb]) * sim[pa, pb]
            cost = np.concatenate([cost, pen])
            nv += len(pa)
            idx = np.arange(len(pa))
            block(
                np.r_[idx, idx, idx],
                np.r_[pa, pb, zi],
                np.r_[np.ones(2 * len(pa)), -np.ones(len(pa))],
                np.ones(len(pa)),
            )
    dep = [
        (at[i], [at[j] for j in opts_ if at[j] >= 0]) for i, opts_ in sorted(requires.items()) if at[i] >= 0
    ]
    if dep:
        row = np.concatenate([np.full(1 + len(o), k) for k, (_, o) in enumerate(dep)])
        col = np.concatenate([[i, *o] for i, o in dep]).astype(np.int64)
        coef = np.concatenate([[1.0] + [-1.0] * len(o) for _, o in dep])
        block(row, col, coef, np.zeros(len(dep)))
    lower = np.zeros(nv)
    lower[at[list(seed)]] = 1.0
    base_rows = r
    if cap is not None and limit is not None:
        doc = np.fromiter((sents[i].doc for i in pool), np.int64, m)
        # The opening is taken whatever its document's cap (as in the greedy pass).
        opening = np.bincount([sents[i].doc for i in seed], [length[i] for i in seed], minlength=len(cap))
        block(doc, np.arange(m), length[pool], np.maximum(cap, opening).astype(float))
    x = _solve(cost, rows, upper, nv, m, lower)
    if r > base_rows and (x is None or length[pool][x].sum() < FILL * limit):
        # The caps give way when they leave the budget unfilled and dropping them fills more.
        loose = _solve(cost, rows[:-1], upper[:base_rows], nv, m, lower)
        if loose is not None and (x is None or length[pool][loose].sum() > length[pool][x].sum()):
            x = loose
    if x is None:
        return None
    return [int(i) for i in pool[x]]


def _pool(
    ok: np.ndarray,
    per_word: np.ndarray,
    requires: dict[int, tuple[int, ...]],
    seed: tuple[int, ...],
    size: int,
) -> np.ndarray:
    """The candidates offered to the solver: the best `size` by value per word (ties by index), the
    seed, and what each of them leans on (in turn, as the greedy's units); sorted."""
    order = ok[np.lexsort((ok, -per_word[ok]))]
    keep = set(int(i) for i in order[:size]) | set(seed)
    todo = sorted(keep)
    while todo:
        i = todo.pop()
        for j in requires.get(i, ()):
            if j not in keep:
                keep.add(j)
                todo.append(j)
    return np.array(sorted(keep), dtype=np.int64)


def _exclusive(
    sim: np.ndarray, pool: np.ndarray, redundancy: float, clash: Any
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (positions in `pool`, a < b) that may not be chosen together: too similar (`sim`, the
    pool's cosines), or (when `clash` is given) stating the same fact."""
    sim = sim >= redundancy
    if clash is not None:
        sim |= clash.dense(pool, pool)
    a, b = np.nonzero(np.triu(sim, 1))
    return a, b


def _solve(
    cost: np.ndarray,
    blocks: list[np.ndarray],
    upper: list[float],
    nv: int,
    m: int,
    lower: np.ndarray,
) -> np.ndarray | None:
    """Solve with HiGHS; the chosen pool positions (bool, length m), or None."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import csr_matrix

    trip = np.concatenate(blocks) if blocks else np.zeros((0, 3))
    nrows = int(trip[:, 0].max()) + 1 if len(trip) else 0
    a = csr_matrix(
        (trip[:, 2], (trip[:, 0].astype(np.int64), trip[:, 1].astype(np.int64))), shape=(nrows, nv)
    )
    integrality = np.zeros(nv)
    integrality[:m] = 1
    cons = [LinearConstraint(a, -np.inf, np.asarray(upper[:nrows]))] if nrows else []
    with _stdout_to_stderr():
        res = milp(
            cost,
            constraints=cons,
            integrality=integrality,
            bounds=Bounds(lower, np.ones(nv)),
            options={"node_limit": NODE_LIMIT, "time_limit": TIME_GUARD},
        )
    # scipy reports HiGHS's node limit ("Solution limit reached") as status 4 with the best
    # feasible answer in res.x: that answer is used, as the node limit is the intended bound.
    node_limited = res.status == 4 and "solution limit" in str(res.message).lower()
    if res.x is None or not (res.status in (0, 1) or node_limited):
        return None
    if res.status == 1 and "time" in str(res.message).lower():
        return None  # stopped by the clock: the answer would depend on the machine's speed
    return res.x[:m] > 0.5


_STDOUT_LOCK = threading.Lock()


@contextmanager
def _stdout_to_stderr() -> Iterator[None]:
    """Send file descriptor 1 to stderr meanwhile: HiGHS writes progress lines straight to the
    process's stdout (`disp=False` does not stop them), which would corrupt `--format json` output."""
    with _STDOUT_LOCK:
        sys.stdout.flush()
        try:
            saved = os.dup(1)
        except OSError:  # no stdout at all: nothing to protect
            yield
            return
        try:
            os.dup2(2, 1)
            yield
        finally:
            os.dup2(saved, 1)
            os.close(saved)


class ConceptsSummarizer:
    """The default summarizer (same scores, context needs, no fact twice, balance, opening, order)
    with this module's exact selection instead of the greedy one: method `ilp`."""

    name = "ilp"

    def __init__(self, options: Options | None = None) -> None:
        from dataclasses import replace

        from .default import DefaultSummarizer

        self._inner = DefaultSummarizer(options=replace(options or Options(), solver="ilp"))

    def select(self, story: Story, budget: Budget) -> list[int]:
        return self._inner.select(story, budget)
