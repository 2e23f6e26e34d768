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
with an option that meets its need (and, when that option leans on another in turn, one of its
options: at most UNIT sentences), as one unit (summed gain / summed cost), taken in order. A
few rounds of local search then swap a chosen sentence for an unchosen one when that raises the
objective within the budget (greedy stops with words left over; a longer, equally good sentence
often fits); after a swap the greedy pass adds whatever fits the room it freed. A summary still
under FILL of its budget then gives one chosen sentence up (with what leans on it) when the greedy
pass, without it, fills more words at no lower objective: a pair too long for the words left, or a
long sentence a pair had kept out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ..model import Budget, Story
from .base import MIN_WORDS
from .features import Concepts

FILL = 0.9  # a summary uses at least this share of its word budget when the story allows it
UNIT = 3  # at most this many sentences come in as one unit (a sentence and what it leans on, in turn)


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
    fill_drop: bool = True  # a summary short of FILL may give a sentence up for what it kept out
    solver: str = "greedy"  # "greedy" (this module) or "ilp" (`summarize.concepts.exact`, greedy as fallback)


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
    alone: np.ndarray | None = None,
    start: tuple[int, ...] = (),
) -> list[int]:
    """Greedy selection; `requires[i] = (j, k, ...)` means i may only be picked once one of j, k, ...
    is chosen (the sentence it leans on: see `readability.requirements`); `clash` (`redundancy.same_fact`)
    says which sentences state the same fact (never both);
    `cap[d]` bounds the words taken from document d while other documents can still fill the
    budget (swaps keep to it too); `seed` sentences are taken first (the opening); a sentence not
    `alone` (one opening a quotation it does not close) only comes in with one that leans on it
    (the rest of the quotation), never by itself; `start`: sentences already chosen, whose words left
    are filled (none: from scratch)."""
    sents = story.sentences
    n = len(sents)
    vec = story.vectors
    if words is None:
        words = np.fromiter((s.words for s in sents), np.int64, n)
    length = np.maximum(words, 1).astype(float)
    q = np.maximum(quality, 0.0) * length * opts.mu
    req = np.array(
        [(i, j) for i, options in sorted((requires or {}).items()) for j in options], dtype=np.int64
    ).reshape(-1, 2)
    dependent = np.unique(req[:, 0])
    starts = np.searchsorted(req[:, 0], np.arange(n + 1))  # req is sorted by i: i's rows start here
    cost = length**opts.alpha
    doc = np.fromiter((s.doc for s in sents), np.int64, n)
    single = np.ones(n, dtype=bool) if alone is None else np.asarray(alone, dtype=bool)
    # A sentence that may not come alone and its rest are judged as one, however short each part
    # ("Texas gov. | Rick perry ...", "... army spc. | Alexis hutchinson."): min_words is not theirs.
    rest = ~single
    rest[req[~single[req[:, 1]], 0]] = True
    part = rest & (length < opts.min_words)  # a short part ("Texas gov.") repeats nothing: its rest may

    def grow(chosen: list[int], banned: int = -1) -> list[int]:
        """Add sentences to `chosen` (greedily, by gain / cost) while any fits; never `banned`."""
        chosen = list(chosen)
        picked = np.zeros(n, dtype=bool)
        picked[chosen] = True
        open_ = eligible & ((length >= opts.min_words) | rest) & ~picked
        if banned >= 0:
            open_[banned] = False
        taken = np.bincount(doc[chosen], length[chosen], minlength=int(doc.max()) + 1 if n else 0)
        words_left = (budget.words if budget.words is not None else 10**9) - int(length[chosen].sum())
        maxsim = vec.rows(chosen).max(axis=0) if chosen else np.zeros(n)
        open_ &= (maxsim < opts.redundancy) | part
        covered = np.zeros(len(concepts.weight), dtype=bool)
        for c in chosen:
            covered[concepts.of(c)] = True
            if clash is not None:
                open_[clash.row(c)] = False
        cgain = concepts.gain(n, covered) * opts.concepts
        capped = cap is not None
        queue = [] if chosen else [i for i in seed if open_[i] and single[i] and length[i] <= words_left]
        follow: list[int] = []  # the rest of a unit, each taken right after what it leans on
        while budget.words is None or words_left >= MIN_WORDS:
            if budget.sentences is not None and len(chosen) >= budget.sentences:
                break
            fits = open_ & (length <= words_left)
            ready = np.ones(n, dtype=bool)  # its need (if any) is met
            if len(req):
                met = np.zeros(n, dtype=bool)
                met[req[picked[req[:, 1]], 0]] = True
                ready[dependent] = met[dependent]
            if capped:
                within = fits & (taken[doc] + length <= cap[doc])
                # Only a sentence that could be taken now counts (one whose need is unmet cannot).
                if (within & ready).any():
                    fits = within
                else:
                    capped = False  # only the capped documents are left: let them fill the budget
            alone_now = fits.copy()
            fits &= ready
            if not fits.any():
                break
            gain = cgain + q * np.maximum(1.0 - opts.damping * maxsim, 0.0)
            ratio = np.where(fits & single, gain / cost, -np.inf)
            if follow and not fits[follow[0]]:
                follow = []  # the unit broke (its next sentence no longer fits): the rest cannot come in
            while queue and not (open_[queue[0]] and length[queue[0]] <= words_left):
                queue.pop(0)  # a seed after the first that no longer fits, or repeats a chosen one
            if queue:
                best = queue.pop(0)
            elif follow:
                best = follow.pop(0)
            else:
                best = int(np.argmax(ratio))
                room = UNIT if budget.sentences is None else budget.sentences - len(chosen)
                # A unit's ratio is a weighted mean of its sentences' ratios: it can only beat the
                # best single sentence when one of its dependent sentences does, or one that may not
                # come in alone.
                waiting = (alone_now & ~ready) | (fits & ~single)
                if (
                    opts.pairs
                    and len(req)
                    and room >= 2
                    and (gain[waiting] / cost[waiting] > ratio[best]).any()
                ):
                    unit = _best_unit(
                        req, starts, alone_now, fits, met, gain, cost, length, words_left, doc, taken,
                        cap if capped else None, clash, vec, opts.redundancy, room, ratio[best], single,
                    )  # fmt: skip
                    if unit is not None and unit[1] > ratio[best]:
                        best, follow = unit[0][0], list(unit[0][1:])
                if not np.isfinite(ratio[best]) and not follow:
                    break  # only sentences that may not come in alone are left, and no unit takes them
            chosen.append(best)
            picked[best] = True
            open_[best] = False
            taken[doc[best]] += length[best]
            words_left -= int(length[best])
            maxsim = np.maximum(maxsim, vec.rows([best])[0])
            open_ &= (maxsim < opts.redundancy) | part
            if clash is not None:
                open_[clash.row(best)] = False
            new = concepts.of(best)
            new = new[~covered[new]]
            if len(new):
                covered[new] = True
                cgain = concepts.gain(n, covered) * opts.concepts
        return chosen

    chosen = grow(list(start))
    if budget.words is not None and chosen:
        base = eligible & (length >= opts.min_words) & single
        swapped = False
        for _ in range(opts.swaps):
            move = _best_swap(
                chosen, budget.words, base, length, q, vec.rows(chosen), concepts, opts, req, clash, seed,
                limit=_cap_limit(chosen, doc, length, cap), single=single,
            )  # fmt: skip
            if move is None:
                break
            s, t = move
            chosen[chosen.index(s)] = t
            swapped = True
        if swapped:
            chosen = grow(chosen)  # a swap may leave room for another sentence
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
                limit=_cap_limit(chosen, doc, length, cap),
                single=single,
            )
            if move is None:
                break
            s, t = move
            chosen[chosen.index(s)] = t
            chosen = grow(chosen)
        # Fill by giving one sentence up: when no longer sentence fits in place of one, a chosen
        # sentence (with what leans on it) makes room for sentences or units it kept out, each of
        # them still under every rule (a pair too long for the words left, one whose antecedent
        # states a chosen sentence's fact). Of the moves that reach FILL, the best by the objective;
        # else the one that fills most; never one that lowers the objective (MN+ 100 w R2 -0.12
        # without that floor, -0.04 with it; 250 w +0.08 and +0.03: tuned).
        for _ in range(opts.swaps):
            used = float(length[chosen].sum())
            if not opts.fill_drop or used >= FILL * budget.words:
                break
            best: tuple[bool, float, list[int]] | None = None
            floor = _value(chosen, concepts, q, opts)  # a fill that lowers the objective is no gain
            for s in chosen:
                keep = _without(chosen, s, requires or {}, single)
                if s in seed or any(c in seed for c in chosen if c not in keep):
                    continue  # the opening stays
                after = grow(keep, banned=s)
                words, value = float(length[after].sum()), _value(after, concepts, q, opts)
                if words <= used or value < floor:
                    continue
                reach = words >= FILL * budget.words
                key = (reach, value if reach else words, after)
                if best is None or key[:2] > best[:2]:
                    best = key
            if best is None:
                break
            chosen = best[2]
    return chosen


def _without(
    chosen: list[int], out: int, requires: dict[int, tuple[int, ...]], single: np.ndarray
) -> list[int]:
    """`chosen` less `out` and, in turn, what then loses its need or is a quotation's opening part
    left without its rest."""
    keep = [c for c in chosen if c != out]
    while True:
        held = set(keep)
        gone = {
            i
            for i in keep
            if (i in requires and not held.intersection(requires[i])) or (not single[i] and i + 1 not in held)
        }
        if not gone:
            return keep
        keep = [i for i in keep if i not in gone]


def _value(chosen: list[int], concepts: Concepts, q: np.ndarray, opts: Options) -> float:
    """The objective of a selection: the weight of the concepts it covers plus its sentences' scores."""
    cover = np.unique(np.concatenate([concepts.of(i) for i in chosen])) if chosen else np.zeros(0, np.int64)
    return float(concepts.weight[cover].sum()) * opts.concepts + float(q[chosen].sum())


def _cap_limit(
    chosen: list[int], doc: np.ndarray, length: np.ndarray, cap: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """For swaps: each sentence's document, the words each document gives now, and the most it
    may give (its cap, or what it gives already when greedy filling went past the cap)."""
    if cap is None:
        return None
    taken = np.bincount(doc[chosen], length[chosen], minlength=len(cap))
    return doc, taken, np.maximum(cap, taken)


def _best_unit(
    req: np.ndarray,
    starts: np.ndarray,
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
    clash: Any,
    vec: Any,
    redundancy: float,
    room: int = UNIT,
    beat: float = -np.inf,
    single: np.ndarray | None = None,
) -> tuple[tuple[int, ...], float] | None:
    """The best unit (its sentences in the order to take them, its ratio): a sentence i whose need is
    not met yet, with an option j that meets it, and, when j leans on another sentence in turn, an
    option of j's, and so on (at most `room` sentences, the first one standing alone); no two of
    them too similar nor stating the same fact (`clash`); valued as one unit (summed gain /
    summed cost), if better than `beat`; the sentence taken last must be `single` (not one opening a
    quotation the unit does not close). Without units a sentence that leans on another only comes
    in when that one was chosen for its own sake, so greedy selection leaves out quotations and
    follow-ups worth more than their context, and a quotation over three sentences never comes in
    whole."""
    open_dep = alone & ~met  # could be taken but for its need
    head = open_dep if single is None else open_dep & single
    paths = req[head[req[:, 0]]]  # (i, j) rows, then (i, j, k) ...
    best: tuple[tuple[int, ...], float] | None = None
    while len(paths) and paths.shape[1] <= room:
        end = paths[:, -1]
        # Done (a unit that may beat `beat`: one of its sentences does), or it may grow.
        done = fits[end] & (gain[paths] > beat * cost[paths]).any(axis=1)
        paths = paths[done | (open_dep[end] & (paths.shape[1] < room))]
        paths = paths[_unit_ok(paths, length, words_left, doc, taken, cap, clash, vec, redundancy)]
        end = paths[:, -1]
        done = paths[fits[end]]
        if len(done):
            r = gain[done].sum(axis=1) / cost[done].sum(axis=1)
            k = int(np.argmax(r))
            if r[k] > (beat if best is None else best[1]):
                best = tuple(int(x) for x in done[k, ::-1]), float(r[k])
        grow = paths[open_dep[end] & ~fits[end]]
        if not len(grow) or paths.shape[1] == room:
            break
        # Extend each open path by the best option of its last sentence (by gain / cost; one per
        # sentence, so the paths never outnumber the requirement rows, whatever the story's size),
        # among the options that can be taken now when the next sentence is the unit's last.
        ends = np.unique(grow[:, -1])
        count = starts[ends + 1] - starts[ends]
        at = np.repeat(starts[ends] - (np.cumsum(count) - count), count) + np.arange(int(count.sum()))
        e, k = req[at, 0], req[at, 1]
        keep = fits[k] | (open_dep[k] & (paths.shape[1] + 1 < room))
        e, k = e[keep], k[keep]
        if not len(e):
            break
        order = np.lexsort((-gain[k] / cost[k], e))  # by end, best option first
        e, k = e[order], k[order]
        first = np.r_[True, e[1:] != e[:-1]]
        best_of = np.full(len(length), -1)
        best_of[e[first]] = k[first]
        option = best_of[grow[:, -1]]
        paths = np.column_stack([grow[option >= 0], option[option >= 0]])
    return best


def _unit_ok(
    paths: np.ndarray,
    length: np.ndarray,
    words_left: float,
    doc: np.ndarray,
    taken: np.ndarray,
    cap: np.ndarray | None,
    clash: Any,
    vec: Any,
    redundancy: float,
) -> np.ndarray:
    """Which paths (rows of sentence indices) may come in together: they fit the words left and the
    caps of their documents, the newest sentence is no other member, not too similar to any nor
    stating the same fact."""
    total = length[paths].sum(axis=1)
    ok = total <= words_left
    last = paths[:, -1]
    if cap is not None:
        d, size = doc[paths], length[paths]
        for c in range(paths.shape[1]):  # the unit's words in the document of its c-th sentence
            in_d = (size * (d == d[:, c : c + 1])).sum(axis=1)
            ok &= taken[d[:, c]] + in_d <= cap[d[:, c]]
    for c in range(paths.shape[1] - 1):
        other = paths[:, c]
        ok &= other != last
        idx = np.flatnonzero(ok)
        if not len(idx):
            return ok
        ok[idx] = vec.cosines(other[idx], last[idx]) < redundancy
        if clash is not None:
            idx = np.flatnonzero(ok)
            ok[idx] = ~clash.has(other[idx], last[idx])
    return ok


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
    limit: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
    single: np.ndarray | None = None,
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
        hits = clash.dense(rows).astype(np.int64)  # k x n, as `ok`
        ok &= (hits.sum(axis=0)[None, :] - hits) == 0
    if limit is not None:
        # Balance: t's document may not go over its cap, nor further over it than it already is.
        doc, taken, room_d = limit
        same = doc[rows][:, None] == doc[None, :]
        after = taken[doc][None, :] + length[None, :] - np.where(same, length[rows][:, None], 0.0)
        ok &= after <= room_d[doc][None, :]
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
        both = req[in_s[req[:, 0]] & in_s[req[:, 1]]]
        ok[np.isin(rows, both[:, 1])] = False  # what a chosen sentence leans on stays
        if single is not None:  # and so does the rest of a quotation a chosen sentence opens
            ok[np.isin(rows, both[~single[both[:, 1]], 0])] = False
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
